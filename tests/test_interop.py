"""Bodies the real API writes or documents: read without loss, in both formats.

The vectors are in tests/vectors/interop/ (see its README for where each comes from). Requests
stay strict: what the API's rules refuse is still refused, with the same fix hints.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smscodec as sc
from smscodec import strategies as ss

VECTORS = Path(__file__).parent / "vectors" / "interop"

#: Which model each vector is, by the start of its name.
MODELS: dict[str, type[Any]] = {
    "spec-sms-response": sc.SmsResponse,
    "spec-api-exception": sc.RequestError,
    "v1-doc-text-multi-request": sc.TextMultiRequest,
    "v1-doc-binary-multi-request": sc.BinaryMultiRequest,
    "plus-destinations-request": sc.TextMultiRequest,
    "server-response-nulls": sc.SmsResponse,
    "validation-errors": sc.RequestError,
}


def _model(name: str) -> type[Any]:
    return next(model for prefix, model in MODELS.items() if name.startswith(prefix))


PAIRS = sorted({p.stem for p in VECTORS.glob("*.json")})


def test_every_vector_has_its_twin_and_a_model() -> None:
    stems = {p.stem for p in VECTORS.iterdir() if p.suffix in (".json", ".xml")}
    assert stems == set(PAIRS), "each vector comes as NAME.json and NAME.xml"
    assert all(_model(name) for name in PAIRS)


@pytest.mark.parametrize("name", PAIRS)
@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_vector_decodes_and_round_trips(name: str, fmt: Any) -> None:
    model = _model(name)
    value = sc.decode((VECTORS / f"{name}.{fmt}").read_bytes(), model, format=fmt)
    for out in ("json", "xml"):
        assert sc.decode(sc.encode(value, format=out), model, format=out) == value


@pytest.mark.parametrize("name", PAIRS)
def test_the_twins_are_one_value(name: str) -> None:
    model = _model(name)
    from_json = sc.decode((VECTORS / f"{name}.json").read_bytes(), model)
    from_xml = sc.decode((VECTORS / f"{name}.xml").read_bytes(), model, format="xml")
    assert from_json == from_xml


# --- 1. XML items named <messages> -----------------------------------------------------------


def test_messages_items_are_read_and_message_items_written() -> None:
    data = (VECTORS / "v1-doc-text-multi-request.xml").read_bytes()
    request = sc.decode(data, sc.TextMultiRequest, format="xml")
    assert [m.to for m in request.messages] == [
        ("41793026727", "41793026731"), ("41793026785",)
    ]
    written = sc.encode(request, format="xml")
    assert b"<messages><message>" in written and b"<messages><messages>" not in written


def test_other_item_names_are_still_refused_in_requests() -> None:
    body = (b"<request><messages><msg><to>41793026727</to><text>x</text></msg></messages>"
            b"</request>")
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(body, sc.TextMultiRequest, format="xml")
    assert [(i.path, i.code) for i in info.value] == [("/messages/0", "xml.item")]


# --- 2 and 3. tolerant responses: optional fields, nulls ---------------------------------------


def test_a_response_without_sms_count_or_to() -> None:
    value = sc.decode(b'{"messages":[{"status":{"groupId":1,"id":26},"messageId":"m"}]}',
                      sc.SmsResponse)
    sent = value.messages[0]
    assert (sent.to, sent.sms_count, sent.status.name, sent.status.group_name) == (
        None, None, None, None)
    assert sc.encode(value) == b'{"messages":[{"status":{"groupId":1,"id":26},"messageId":"m"}]}'


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ('{"messages":[{"to":"1","status":{"groupId":1,"id":26}}]}', "/messages/0/messageId"),
        ('{"messages":[{"to":"1","messageId":"m"}]}', "/messages/0/status"),
        ('{"messages":[{"status":{"id":26},"messageId":"m"}]}', "/messages/0/status/groupId"),
        ('{"messages":[{"status":{"groupId":1},"messageId":"m"}]}', "/messages/0/status/id"),
        ('{"bulkId":"b"}', "/messages"),
    ],
)
def test_what_a_response_means_nothing_without_is_still_required(body: str, path: str) -> None:
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(body, sc.SmsResponse)
    assert [(i.path, i.code) for i in info.value] == [(path, "field.missing")]


def test_strict_demands_every_response_field_and_flags_null() -> None:
    data = (VECTORS / "server-response-nulls.json").read_bytes()
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(data, sc.SmsResponse, strict=True)
    assert {(i.path, i.code) for i in info.value} == {
        ("/bulkId", "type.string"),
        ("/messages/0/status/action", "type.string"),
        ("/messages/0/smsCount", "type.integer"),
    }
    no_count = b'{"messages":[{"to":"1","status":{"groupId":1,"groupName":"PENDING","id":26,' \
        b'"name":"PENDING_ACCEPTED","description":"d"},"messageId":"m"}]}'
    assert sc.decode(no_count, sc.SmsResponse).messages[0].sms_count is None
    with pytest.raises(sc.ValidationError) as strict:
        sc.decode(no_count, sc.SmsResponse, strict=True)
    assert [(i.path, i.code) for i in strict.value] == [("/messages/0/smsCount", "field.missing")]


@pytest.mark.parametrize("member", ["bulkId", "action", "smsCount", "to", "text"])
def test_null_reads_as_absent_in_tolerant_mode(member: str) -> None:
    status = '{"groupId":1,"groupName":"P","id":2,"name":"N","description":"D"}'
    bodies = {
        "bulkId": (sc.SmsResponse, '{"bulkId":null,"messages":[]}'),
        "action": (sc.SmsResponse, '{"messages":[{"status":{"groupId":1,"id":2,"action":null},'
                                   '"messageId":"m"}]}'),
        "smsCount": (sc.SmsResponse, '{"messages":[{"status":' + status + ',"smsCount":null,'
                                     '"messageId":"m"}]}'),
        "to": (sc.SmsResponse, '{"messages":[{"to":null,"status":' + status + ',"messageId":"m"}'
                               ']}'),
        "text": (sc.RequestError, '{"requestError":{"serviceException":{"messageId":"X",'
                                  '"text":null,"validationErrors":null}}}'),
    }
    model, body = bodies[member]
    value: Any = sc.decode(body, model)
    assert b"null" not in sc.encode(value)
    assert f'"{member}"'.encode() not in sc.encode(value)


def test_null_for_a_required_field_is_still_refused() -> None:
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(b'{"messages":[{"status":{"groupId":1,"id":2},"messageId":null}]}',
                  sc.SmsResponse)
    assert [(i.path, i.code) for i in info.value] == [("/messages/0/messageId", "type.string")]


def test_requests_take_no_null_for_absent() -> None:
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(b'{"from":null,"to":"41793026727","text":"x"}', sc.TextSingleRequest)
    assert [(i.path, i.code) for i in info.value] == [("/from", "type.string")]


# --- 4. the current API's error root ----------------------------------------------------------


def test_api_exception_root_and_the_bare_root_read_alike() -> None:
    wrapped = (VECTORS / "spec-api-exception-400.xml").read_bytes()
    bare = sc.encode(sc.decode(wrapped, sc.RequestError, format="xml"), format="xml")
    assert bare.startswith(b'<?xml version="1.0" encoding="UTF-8"?><requestError>')
    assert sc.decode(bare, sc.RequestError, format="xml") == sc.decode(
        wrapped, sc.RequestError, format="xml", strict=True
    )


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (b"<Oops><requestError><serviceException><messageId>X</messageId><text>t</text>"
         b"</serviceException></requestError></Oops>", [("", "xml.root")]),
        (b"<ApiException><requestError><serviceException><messageId>X</messageId><text>t</text>"
         b"</serviceException></requestError><extra/></ApiException>",
         [("/extra", "field.unknown")]),
    ],
)
def test_strict_checks_the_envelope(body: bytes, found: list[tuple[str, str]]) -> None:
    assert sc.decode(body, sc.RequestError, format="xml").service_exception.message_id == "X"
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(body, sc.RequestError, format="xml", strict=True)
    assert [(i.path, i.code) for i in info.value] == found


def test_paths_and_lines_inside_the_envelope() -> None:
    body = (b"<ApiException>\n<requestError>\n<serviceException>\n<messageId>X</messageId>\n"
            b"<text><b/></text>\n</serviceException>\n</requestError>\n</ApiException>")
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(body, sc.RequestError, format="xml")
    assert [(i.path, i.code, i.line) for i in info.value] == [
        ("/requestError/serviceException/text", "type.string", 5)
    ]


# --- 5. validationErrors ------------------------------------------------------------------------


def test_validation_errors_are_kept_exactly() -> None:
    value = sc.decode((VECTORS / "validation-errors.json").read_bytes(), sc.RequestError)
    errors = value.service_exception.validation_errors
    assert errors is not None
    assert list(errors.items()) == [
        ("messages[0].destinations[0].to",
         ("size must be between 0 and 64", "must not be blank")),
        ("messages[0].text", ("must not be null",)),
    ]
    assert sc.encode(value) == (VECTORS / "validation-errors.json").read_bytes().strip()
    hash(value)  # still a value


def test_validation_errors_from_python_are_frozen() -> None:
    error = sc.ServiceException(message_id="X", validation_errors={"a": ["m", "n"]})  # type: ignore[dict-item]
    assert error.validation_errors == {"a": ("m", "n")}
    assert isinstance(error.validation_errors["a"], tuple)
    with pytest.raises(TypeError):
        error.validation_errors["b"] = ("x",)  # type: ignore[index]


@pytest.mark.parametrize(
    ("members", "path", "code"),
    [
        ('"validationErrors":{"a":"m"}', "/requestError/serviceException/validationErrors/a",
         "type.array"),
        ('"validationErrors":{"a":["m",1]}',
         "/requestError/serviceException/validationErrors/a/1", "type.string"),
        ('"validationErrors":{"a":[],"a":["m"]}',
         "/requestError/serviceException/validationErrors/a", "field.duplicate"),
        ('"validationErrors":[]', "/requestError/serviceException/validationErrors",
         "type.object"),
    ],
)
def test_bad_validation_errors(members: str, path: str, code: str) -> None:
    body = '{"requestError":{"serviceException":{"messageId":"X",' + members + "}}}"
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(body, sc.RequestError)
    assert [(i.path, i.code) for i in info.value] == [(path, code)]


@pytest.mark.parametrize(
    "inner",
    [
        b"<entry><value>m</value></entry>",
        b"<entry><key>a</key><key>b</key></entry>",
        b"<entry><key><b/></key></entry>",
    ],
)
def test_an_xml_entry_without_one_key_is_refused(inner: bytes) -> None:
    body = (b"<requestError><serviceException><messageId>X</messageId><validationErrors>"
            + inner + b"</validationErrors></serviceException></requestError>")
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(body, sc.RequestError, format="xml")
    assert [(i.path, i.code) for i in info.value] == [
        ("/requestError/serviceException/validationErrors", "xml.map_entry")
    ]


def test_xml_map_keys_in_tolerant_and_strict_reading() -> None:
    body = (b"<requestError><serviceException><messageId>X</messageId><text>t</text>"
            b"<validationErrors><entry><value>1</value><key>k</key><note/><value>2</value></entry><other/>"
            b"</validationErrors></serviceException></requestError>")
    value = sc.decode(body, sc.RequestError, format="xml")
    assert value.service_exception.validation_errors == {"k": ("1", "2")}
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(body, sc.RequestError, format="xml", strict=True)
    assert {i.code for i in info.value} == {"xml.map_entry"}


def test_error_body_fills_validation_errors_by_path() -> None:
    body = (b'{"messages":[{"from":"Wine-Shop","to":["+41 79 302 67 27","0041793026727"],'
            b'"text":""}]}')
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(body, sc.TextMultiRequest)
    error = sc.error_body(info.value)
    errors = error.service_exception.validation_errors
    assert errors is not None
    by_path: dict[str, list[str]] = {}
    for issue in info.value:
        by_path.setdefault(issue.path, []).append(issue.message)
    assert {k: list(v) for k, v in errors.items()} == by_path
    assert list(errors) == list(by_path)
    for fmt in ("json", "xml"):
        assert sc.decode(sc.encode(error, format=fmt), sc.RequestError, format=fmt) == error


@given(st.lists(st.tuples(st.sampled_from(["", "/a", "/a/0", "/b"]), st.text(max_size=5)),
                min_size=1, max_size=6))
def test_error_body_groups_every_issue(found: list[tuple[str, str]]) -> None:
    issues = [sc.Issue(path=p, code="field.missing", message=m) for p, m in found]
    errors = sc.error_body(sc.ValidationError(issues)).service_exception.validation_errors
    assert errors is not None
    assert sum(len(v) for v in errors.values()) == len(found)
    for path, message in found:
        assert message in errors[path]


# --- 6. destinations with '+' ------------------------------------------------------------------


def test_plus_is_kept_as_written() -> None:
    data = (VECTORS / "plus-destinations-request.json").read_bytes()
    request = sc.decode(data, sc.TextMultiRequest)
    assert request.messages[0].to == ("+41793026727", "41793026731")
    assert sc.encode(request) == data.strip()
    assert sc.sms_count(request.messages[1]) == 1


@pytest.mark.parametrize(
    ("to", "code", "hint"),
    [
        ("+41 79 302 67 27", "destination.format", "write 41793026727"),
        ("++41793026727", "destination.format", "write 41793026727"),
        ("0041793026727", "destination.leading_zero", "write 41793026727"),
        ("+0041793026727", "destination.leading_zero", "write 41793026727"),
        ("079302672", "destination.leading_zero", "national format"),
        ("+079302672", "destination.leading_zero", "country code"),
        ("+123456", "destination.length", "7 to 15"),
        ("+1234567890123456", "destination.length", "7 to 15"),
        ("+", "destination.format", "international format"),
        ("41793026727+", "destination.format", "international format"),
    ],
)
def test_other_forms_are_refused_with_their_fix(to: str, code: str, hint: str) -> None:
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(('{"to":"' + to + '","text":"x"}').encode(), sc.TextSingleRequest)
    (issue,) = info.value.issues
    assert (issue.path, issue.code) == ("/to", code)
    assert hint in issue.message and repr(to) in issue.message


@given(ss.destination_numbers())
def test_every_drawn_destination_is_valid_with_or_without_plus(number: str) -> None:
    bare = number.removeprefix("+")
    for to in (bare, "+" + bare):
        request = sc.TextSingleRequest(to=(to,), text="x")
        for fmt in ("json", "xml"):
            assert sc.decode(sc.encode(request, format=fmt), sc.TextSingleRequest,
                             format=fmt).to == (to,)


def test_a_map_key_is_a_string_like_any_other() -> None:
    body = ('{"requestError":{"serviceException":{"messageId":"X",'
            '"validationErrors":{"a\\ud800":[]}}}}')
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(body, sc.RequestError)
    assert [(i.path, i.code) for i in info.value] == [
        ("/requestError/serviceException/validationErrors/a\\ud800", "string.surrogate")
    ]
    # A key XML cannot carry is refused when writing XML, and said to be the key.
    error = sc.RequestError(service_exception=sc.ServiceException(
        message_id="X", validation_errors={"a\uffff": ("m",)}))
    with pytest.raises(sc.EncodeError) as refused:
        sc.encode(error, format="xml")
    assert refused.value.issues[0].message.startswith("its key holds U+FFFF at index 1")
    assert sc.decode(sc.encode(error), sc.RequestError) == error
