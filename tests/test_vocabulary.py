"""The description vocabulary the API's newer bodies need, on small bodies made for the tests
(`vocab_bodies`): arrays of objects inside objects, optional objects several levels deep,
booleans, closed and open enums, exact decimals, timestamps, and unions of object shapes.

Each is driven through both codecs (decode, canonical encode, round-trip laws), the
validator's issues (same code and path in JSON and XML), the constructors, the JSON Schema
and XSD generators, and the code generators (run here on these bodies).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from datetime import datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema  # type: ignore[import-untyped, unused-ignore]
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree
from vocab_bodies import (
    PRIORITIES,
    REPORT_RESPONSE,
    SEND_REQUEST,
    STATUSES,
    TEXT_PART,
    BinaryPart,
    Destination,
    Message,
    Options,
    ReportResponse,
    Result,
    SendRequest,
    TextPart,
    Window,
)

from smscodec import DecodeError, Limits, SmsCodecError, ValidationError
from smscodec import strategies as ss
from smscodec._codegen import fast, plain
from smscodec._codegen.source import Module
from smscodec._core.report import Report
from smscodec._core.tree import Fraction
from smscodec._fastpath import ENCODERS
from smscodec._json import codec as jsoncodec
from smscodec._json.write import write_object
from smscodec._spec.bodies import BODY_OF
from smscodec._spec.rules.decimals import (
    MAX_DIGITS,
    decimal,
    decimal_text,
    digits,
    fast_decimal,
    from_text,
)
from smscodec._spec.rules.scalars import enum
from smscodec._spec.rules.timestamps import TIMESTAMP, fast_timestamp, timestamp, timestamp_text
from smscodec._spec.vocabulary import Body, Field, Kind, members
from smscodec._validate.combinators import union_rule
from smscodec._validate.walk import validate
from smscodec._xml import codec as xmlcodec
from smscodec._xml import markup
from smscodec._xml import read as xmlread
from smscodec._xml.write import write as write_xml
from smscodec.schemas import json_schema_of, xsd_of

L = Limits()
UTC = timezone.utc  # noqa: UP017 (the name the docs use)
PLUS_ONE = timezone(timedelta(hours=1))


def decode(data: bytes | str, body: Body, fmt: str = "json", *, strict: bool = False,
           limits: Limits = L) -> Any:
    codec: Any = jsoncodec if fmt == "json" else xmlcodec
    return codec.decode(data, body, limits, strict=strict)


def encode(obj: Any, body: Body, fmt: str = "json") -> bytes:
    return jsoncodec.write(obj, body) if fmt == "json" else write_xml(obj, body)


class Raw(str):
    """A JSON number's text, written into a test body as it is."""


def json_of(tree: Any) -> bytes:
    """JSON text of a test tree, with `Raw` numbers written as their text."""
    raws: list[str] = []

    def mark(value: Any) -> Any:
        if isinstance(value, Raw):
            raws.append(value)
            return f"@raw{len(raws) - 1}@"
        if isinstance(value, dict):
            return {k: mark(v) for k, v in value.items()}
        if isinstance(value, list):
            return [mark(v) for v in value]
        return value

    text = json.dumps(mark(tree), ensure_ascii=False)
    for i, raw in enumerate(raws):
        text = text.replace(f'"@raw{i}@"', raw)
    return text.encode()


def xml_of(tree: dict[str, Any], body: Body) -> bytes:
    """The XML twin of a test tree, following the description (item and union names)."""
    assert body.xml_root is not None
    root = etree.Element(body.xml_root)
    _fill(root, tree, body.fields)
    return bytes(etree.tostring(root, encoding="UTF-8", xml_declaration=True))


def _fill(el: etree._Element, obj: dict[str, Any], fields: tuple[Any, ...]) -> None:
    spec = {f.wire: f for f in fields}
    for key, value in obj.items():
        _put(etree.SubElement(el, key), value, spec.get(key))


def _put(el: etree._Element, value: Any, f: Any) -> None:
    if isinstance(value, dict):
        _fill(el, value, members(f) if f is not None else ())
    elif isinstance(value, list):
        for item in value:
            sub = etree.SubElement(el, f.item)
            if isinstance(item, dict):
                _fill(sub, item, f.body.fields)
            else:
                _put(sub, item, None)
    elif value is True or value is False:
        el.text = "true" if value else "false"
    else:
        el.text = str(value)


def issues(call: Any) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        call()
    return [(i.path, i.code) for i in caught.value.issues]


REQUEST: dict[str, Any] = {
    "messages": [
        {
            "destinations": [{"to": "41793026727", "messageId": "m1"}, {"to": "+41793026728"}],
            "content": {"text": "Hi Jenny"},
            "flash": True,
            "priority": "HIGH",
            "sendAt": "2019-11-09T16:00:00.000+0000",
            "options": {
                "notify": False,
                "window": {"start": "2019-11-09T16:00:00.000+0100",
                           "end": "2019-11-09T18:30:00.250-0330"},
            },
        },
        {"destinations": [{"to": "41793026727"}], "content": {"hex": "41 42", "dataCoding": 8}},
    ]
}
REQUEST_MODEL = SendRequest(messages=(
    Message(
        destinations=(Destination(to="41793026727", message_id="m1"),
                      Destination(to="+41793026728")),
        content=TextPart(text="Hi Jenny"),
        flash=True,
        priority="HIGH",
        send_at=datetime(2019, 11, 9, 16, tzinfo=UTC),
        options=Options(notify=False, window=Window(
            start=datetime(2019, 11, 9, 16, tzinfo=PLUS_ONE),
            end=datetime(2019, 11, 9, 18, 30, 0, 250000,
                         tzinfo=timezone(-timedelta(hours=3, minutes=30))),
        )),
    ),
    Message(destinations=(Destination(to="41793026727"),),
            content=BinaryPart(hex=b"AB", data_coding=8)),
))
RESPONSE: dict[str, Any] = {
    "results": [
        {"messageId": "m1", "status": "DELIVERED", "price": Raw("0.0100"), "currency": "EUR",
         "doneAt": "2019-11-09T16:00:00.000+0000"},
        {"messageId": "m2", "status": "PENDING"},
    ]
}


# --- decoding and canonical encoding ---------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_request_decodes_into_models_and_encodes_back_as_it_was(fmt: str) -> None:
    data = json_of(REQUEST) if fmt == "json" else xml_of(REQUEST, SEND_REQUEST)
    request = decode(data, SEND_REQUEST, fmt)
    assert request == REQUEST_MODEL
    first = request.messages[0]
    assert type(first.destinations) is tuple and first.destinations[1].message_id is None
    assert first.options.window.end.utcoffset() == -timedelta(hours=3, minutes=30)
    # Canonical output is the input here: compact JSON, members in description order.
    assert encode(request, SEND_REQUEST) == json_of(REQUEST).replace(b", ", b",").replace(
        b": ", b":")
    canonical_xml = encode(request, SEND_REQUEST, "xml")
    assert canonical_xml == xml_of(REQUEST, SEND_REQUEST).replace(
        b"<?xml version='1.0' encoding='UTF-8'?>\n", b'<?xml version="1.0" encoding="UTF-8"?>')


def test_the_canonical_request_in_both_formats() -> None:
    second = REQUEST_MODEL.messages[1]
    assert encode(SendRequest(messages=(second,)), SEND_REQUEST) == (
        b'{"messages":[{"destinations":[{"to":"41793026727"}],'
        b'"content":{"hex":"41 42","dataCoding":8}}]}'
    )
    assert encode(SendRequest(messages=(second,)), SEND_REQUEST, "xml") == (
        b'<?xml version="1.0" encoding="UTF-8"?><request><messages><message><destinations>'
        b"<destination><to>41793026727</to></destination></destinations><content><hex>41 42"
        b"</hex><dataCoding>8</dataCoding></content></message></messages></request>"
    )


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_response_keeps_decimals_timestamps_and_unknown_enum_values(fmt: str) -> None:
    tree = {"results": [{**RESPONSE["results"][0], "status": "EXPIRED_LATER"},
                        RESPONSE["results"][1]]}
    data = json_of(tree) if fmt == "json" else xml_of(tree, REPORT_RESPONSE)
    response = decode(data, REPORT_RESPONSE, fmt)
    first, second = response.results
    assert first.status == "EXPIRED_LATER"  # open: kept as the string it is
    assert str(first.price) == "0.0100" and first.price.as_tuple().exponent == -4
    assert first.done_at == datetime(2019, 11, 9, 16, tzinfo=UTC)
    assert second.price is None and second.done_at is None and second.currency is None
    assert b'"price":0.0100' in encode(response, REPORT_RESPONSE)
    assert b"<price>0.0100</price>" in encode(response, REPORT_RESPONSE, "xml")
    assert b"2019-11-09T16:00:00.000+0000" in encode(response, REPORT_RESPONSE, fmt)
    assert issues(lambda: decode(data, REPORT_RESPONSE, fmt, strict=True)) == [
        ("/results/0/status", "enum.unknown")
    ]


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_optional_nested_objects_absent_are_none_and_not_written(fmt: str) -> None:
    tree = {"messages": [{"destinations": [{"to": "41793026727"}], "content": {"text": "a"},
                          "options": {}}]}
    data = json_of(tree) if fmt == "json" else xml_of(tree, SEND_REQUEST)
    message = decode(data, SEND_REQUEST, fmt).messages[0]
    assert message.options == Options() and message.options.window is None
    assert message.flash is message.priority is message.send_at is None
    assert encode(SendRequest(messages=(message,)), SEND_REQUEST) == (
        b'{"messages":[{"destinations":[{"to":"41793026727"}],"content":{"text":"a"},'
        b'"options":{}}]}'
    )
    assert b"<options></options>" in encode(SendRequest(messages=(message,)), SEND_REQUEST,
                                            "xml")
    only_window = Options(window=Window(start=datetime(2020, 1, 1, tzinfo=UTC)))
    written = write_object(only_window, OPTIONS_BODY)
    assert written == '{"window":{"start":"2020-01-01T00:00:00.000+0000"}}'


OPTIONS_BODY = Options.__sms_body__  # type: ignore[attr-defined]


# --- each kind's reading and writing ---------------------------------------------------------


def _message(**changes: Any) -> dict[str, Any]:
    return {"messages": [{"destinations": [{"to": "41793026727"}], "content": {"text": "a"},
                          **changes}]}


def _result(**changes: Any) -> dict[str, Any]:
    return {"results": [{"messageId": "m", "status": "PENDING", **changes}]}


@pytest.mark.parametrize(("text", "value"), [
    ("true", True), ("false", False), ("1", True), ("0", False), (" true\n", True),
    ("\t0 ", False),
])
def test_xml_booleans_are_read_as_xs_boolean_and_written_as_words(text: str, value: bool) -> None:
    data = xml_of(_message(flash=text), SEND_REQUEST)
    message = decode(data, SEND_REQUEST, "xml").messages[0]
    assert message.flash is value
    written = encode(SendRequest(messages=(message,)), SEND_REQUEST, "xml")
    assert f"<flash>{'true' if value else 'false'}</flash>".encode() in written


@pytest.mark.parametrize(("raw", "expected", "written"), [
    ("0.0100", "0.0100", "0.0100"), ("5", "5", "5"), ("-12.50", "-12.50", "-12.50"),
    ("1e2", "1E+2", "100"), ("5E-3", "0.005", "0.005"), ("-0.0", "-0.0", "-0.0"),
    ("-0", "0", "0"), ("0.000000000000000000000000000001", "1E-30",
                       "0.000000000000000000000000000001"),
])
def test_json_decimals_are_exact_and_written_back_digit_for_digit(
    raw: str, expected: str, written: str
) -> None:
    result = decode(json_of(_result(price=Raw(raw))), REPORT_RESPONSE).results[0]
    assert result.price == Decimal(expected) and str(result.price) == expected
    assert f'"price":{written}}}'.encode() in encode(ReportResponse(results=(result,)),
                                                     REPORT_RESPONSE)


@pytest.mark.parametrize(("text", "expected"), [
    ("0.0100", "0.0100"), (" 7 ", "7"), ("+1.5", "1.5"), (".5", "0.5"), ("5.", "5"),
])
def test_xml_decimals_are_read_as_xs_decimal(text: str, expected: str) -> None:
    result = decode(xml_of(_result(price=text), REPORT_RESPONSE), REPORT_RESPONSE,
                    "xml").results[0]
    assert result.price == Decimal(expected) and decimal_text(result.price) == expected


def test_equal_decimals_keep_their_own_digits() -> None:
    # Equal values (Python's ==), written as each was read: trailing zeros are the server's.
    a = Result(message_id="m", status="PENDING", price=Decimal("0.01"))
    b = Result(message_id="m", status="PENDING", price=Decimal("0.0100"))
    assert a == b and hash(a) == hash(b)
    assert encode(ReportResponse(results=(a,)), REPORT_RESPONSE) != encode(
        ReportResponse(results=(b,)), REPORT_RESPONSE)


@pytest.mark.parametrize("raw", ["1e999999999", "1e-999999999", "1" * 4000, "1e99999999999999",
                                 "0." + "0" * 100000 + "1", "1" * 33, "1e32"])
def test_hostile_decimals_are_refused_at_once(raw: str) -> None:
    started = time.perf_counter()
    assert issues(lambda: decode(json_of(_result(price=Raw(raw))), REPORT_RESPONSE)) == [
        ("/results/0/price", "decimal.digits")
    ]
    assert time.perf_counter() - started < 1


@given(st.from_regex(r"[+-]?(0{0,3}[0-9]{0,20}([.][0-9]{0,20})?|[.][0-9]{1,20})"
                     r"([eE][+-]?[0-9]{1,3})?", fullmatch=True)
       .filter(lambda t: any(c.isdigit() for c in t.partition("e")[0].partition("E")[0])))
def test_a_decimal_text_needs_the_digits_of_its_decimal(text: str) -> None:
    # from_text counts a positional text's digits from the text; digits() from the Decimal.
    found = from_text(text)
    assert (found is None) == (digits(Decimal(text)) > MAX_DIGITS)
    if found is not None:
        assert str(found) == str(Decimal(text))


def test_a_decimal_of_the_most_digits_is_read() -> None:
    raw = "9" * MAX_DIGITS
    result = decode(json_of(_result(price=Raw(raw))), REPORT_RESPONSE).results[0]
    assert decimal_text(result.price) == raw


@pytest.mark.parametrize(("text", "written"), [
    ("2019-11-09T16:00:00.000+0000", "2019-11-09T16:00:00.000+0000"),
    ("2019-11-09T16:00:00.000-0530", "2019-11-09T16:00:00.000-0530"),
    ("2019-11-09T16:00:00Z", "2019-11-09T16:00:00.000+0000"),
    ("2019-11-09T16:00:00.5+01:00", "2019-11-09T16:00:00.500+0100"),
    ("2019-11-09T16:00:00.123456-00:30", "2019-11-09T16:00:00.123456-0030"),
    ("2019-11-09T16:00:00.123400Z", "2019-11-09T16:00:00.123400+0000"),
    ("2024-02-29T23:59:59.999+2359", "2024-02-29T23:59:59.999+2359"),
])
@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_timestamps_are_read_in_the_forms_documented_and_written_in_the_api_form(
    text: str, written: str, fmt: str
) -> None:
    tree = _result(doneAt=text)
    data = json_of(tree) if fmt == "json" else xml_of(tree, REPORT_RESPONSE)
    result = decode(data, REPORT_RESPONSE, fmt).results[0]
    assert result.done_at.tzinfo is not None
    assert timestamp_text(result.done_at) == written
    assert written.encode() in encode(ReportResponse(results=(result,)), REPORT_RESPONSE, fmt)


def test_a_timestamp_in_the_api_form_reencodes_byte_for_byte() -> None:
    data = json_of(RESPONSE).replace(b", ", b",").replace(b": ", b":")
    assert encode(decode(data, REPORT_RESPONSE), REPORT_RESPONSE) == data


@pytest.mark.parametrize(("text", "code"), [
    ("2019-11-09T16:00:00.000", "timestamp.format"),  # no offset
    ("2019-11-09 16:00:00.000+0000", "timestamp.format"),
    ("2019-11-09t16:00:00.000z", "timestamp.format"),
    ("2019-11-09T16:00:00.1234567+0000", "timestamp.format"),  # beyond microseconds
    ("2019-11-09T16:00+0000", "timestamp.format"),
    ("2019-11-09T16:00:00.000+01", "timestamp.format"),
    ("2019-W45-6T16:00:00Z", "timestamp.format"),
    ("２０１９-11-09T16:00:00Z", "timestamp.format"),  # fullwidth digits
    ("2019-11-09T16:00:00.000+0000\n", "timestamp.format"),
    ("2019-13-09T16:00:00.000+0000", "timestamp.range"),
    ("2019-02-29T16:00:00.000+0000", "timestamp.range"),
    ("2019-11-09T24:00:00.000+0000", "timestamp.range"),
    ("2019-11-09T16:00:60.000+0000", "timestamp.range"),  # no leap seconds in a datetime
    ("2019-11-09T16:00:00.000+2400", "timestamp.range"),
    ("2019-11-09T16:00:00.000+0160", "timestamp.range"),
    ("0000-01-01T00:00:00.000+0000", "timestamp.range"),
    ("0001-01-01T00:00:00.000+0100", "timestamp.range"),  # before year 1 in UTC
    ("9999-12-31T23:59:59.999-0100", "timestamp.range"),
])
@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_timestamps_outside_the_forms_or_the_calendar_are_refused(
    text: str, code: str, fmt: str
) -> None:
    tree = _message(sendAt=text)
    data = json_of(tree) if fmt == "json" else xml_of(tree, SEND_REQUEST)
    assert issues(lambda: decode(data, SEND_REQUEST, fmt)) == [("/messages/0/sendAt", code)]


# --- invalid values: the same code at the same path in both formats -------------------------

INVALID_REQUESTS: list[tuple[dict[str, Any], str | None, str, str]] = [
    # (JSON tree, XML text where it differs from the JSON value, path, code)
    (_message(flash=1), "yes", "/messages/0/flash", "type.boolean"),
    (_message(flash="true"), "TRUE", "/messages/0/flash", "type.boolean"),
    (_message(priority="high"), None, "/messages/0/priority", "enum.value"),
    (_message(priority="URGENT"), None, "/messages/0/priority", "enum.value"),
    (_message(priority=""), None, "/messages/0/priority", "enum.value"),
    (_message(sendAt="tomorrow"), None, "/messages/0/sendAt", "timestamp.format"),
    (_message(content={"text": "a", "hex": "00"}), None, "/messages/0/content", "union.shape"),
    (_message(content={}), None, "/messages/0/content", "union.shape"),
    (_message(content={"dataCoding": 8}), None, "/messages/0/content", "union.shape"),
    (_message(content={"text": ""}), None, "/messages/0/content/text", "text.empty"),
    (_message(content={"hex": "4"}), None, "/messages/0/content/hex", "hex.odd_digit"),
    (_message(content={"text": "a", "colour": "red"}), None, "/messages/0/content/colour",
     "field.unknown"),
    (_message(destinations=[]), None, "/messages/0/destinations", "to.empty"),
    (_message(destinations=[{"to": "0793026727"}]), None, "/messages/0/destinations/0/to",
     "destination.leading_zero"),
    (_message(destinations=[{"messageId": "m"}]), None, "/messages/0/destinations/0/to",
     "field.missing"),
    (_message(options={"window": {}}), None, "/messages/0/options/window/start",
     "field.missing"),
    (_message(options={"window": {"start": "x"}}), None, "/messages/0/options/window/start",
     "timestamp.format"),
    (_message(options={"notify": "no"}), None, "/messages/0/options/notify", "type.boolean"),
]
INVALID_RESPONSES: list[tuple[dict[str, Any], str | None, str, str]] = [
    (_result(price="0.01"), "0.01.0", "/results/0/price", "type.decimal"),
    (_result(price=True), "NaN", "/results/0/price", "type.decimal"),
    (_result(price=Raw("1e40")), "1" + "0" * 40, "/results/0/price", "decimal.digits"),
    (_result(doneAt="2019-11-09T16:00:00.000+2400"), None, "/results/0/doneAt",
     "timestamp.range"),
    (_result(status=7), "<x/>", "/results/0/status", "type.string"),
]


@pytest.mark.parametrize(("tree", "xml_text", "path", "code"),
                         [*INVALID_REQUESTS, *INVALID_RESPONSES])
def test_invalid_values_have_one_code_and_path_in_both_formats(
    tree: dict[str, Any], xml_text: str | None, path: str, code: str
) -> None:
    body = SEND_REQUEST if "messages" in tree else REPORT_RESPONSE
    assert issues(lambda: decode(json_of(tree), body)) == [(path, code)]
    twin = xml_of(tree, body)
    if xml_text is not None:
        twin = _replace_leaf(twin, path, xml_text)
    assert issues(lambda: decode(twin, body, "xml")) == [(path, code)]


def _replace_leaf(xml: bytes, path: str, text: str) -> bytes:
    root = etree.fromstring(xml)
    el = root
    for token in path.split("/")[1:]:
        el = el[int(token)] if token.isdigit() else el.find(token)  # type: ignore[assignment]
    for child in list(el):
        el.remove(child)
    if text.startswith("<"):
        el.text = None
        el.append(etree.fromstring(text))
    else:
        el.text = text
    return bytes(etree.tostring(root))


def test_enum_issues_list_the_values_and_the_one_meant() -> None:
    with pytest.raises(ValidationError) as caught:
        decode(json_of(_message(priority="high")), SEND_REQUEST)
    message = caught.value.issues[0].message
    assert "'LOW', 'NORMAL', 'HIGH'" in message and "did you mean 'HIGH'?" in message
    with pytest.raises(ValidationError) as caught:
        decode(json_of(_message(priority="NORMLA")), SEND_REQUEST)
    assert "did you mean 'NORMAL'?" in caught.value.issues[0].message
    with pytest.raises(ValidationError) as caught:
        decode(json_of(_message(priority="URGENT")), SEND_REQUEST)
    assert "did you mean" not in caught.value.issues[0].message


def test_a_union_issue_names_each_shape_and_its_telling_fields() -> None:
    with pytest.raises(ValidationError) as caught:
        decode(json_of(_message(content={"text": "a", "hex": "00"})), SEND_REQUEST)
    message = caught.value.issues[0].message
    assert "TextPart ('text')" in message and "BinaryPart ('hex')" in message
    assert "TextPart and BinaryPart" in message


@pytest.mark.parametrize("data", [b'{"results":[{"messageId":"m","status":"PENDING",'
                                  b'"price":NaN}]}',
                                  b'{"results":[{"messageId":"m","status":"PENDING",'
                                  b'"price":-Infinity}]}'])
def test_json_nan_and_infinity_are_no_json(data: bytes) -> None:
    with pytest.raises(DecodeError) as caught:
        decode(data, REPORT_RESPONSE)
    assert caught.value.issues[0].code == "json.non_finite"


def test_xml_issues_carry_their_line() -> None:
    data = b"<request>\n<messages>\n<message>\n<destinations><destination><to>41793026727</to>" \
        b"</destination></destinations>\n<content><text>a</text></content>\n<flash>maybe" \
        b"</flash>\n</message>\n</messages>\n</request>"
    with pytest.raises(ValidationError) as caught:
        decode(data, SEND_REQUEST, "xml")
    assert [(i.path, i.code, i.line) for i in caught.value.issues] == [
        ("/messages/0/flash", "type.boolean", 6)
    ]


# --- construction ---------------------------------------------------------------------------


class _Odd(tzinfo):
    """A tzinfo with an offset of its own choosing (as ZoneInfo may have, historically)."""

    def __init__(self, offset: timedelta) -> None:
        self.offset = offset

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return self.offset

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return "odd"


def _wrong(model: Any) -> Any:
    """A model's constructor, called with values of the wrong type (as mypy would catch)."""
    return model


def test_constructors_normalise_and_keep_what_they_are_given() -> None:
    window = Window(start=datetime(2020, 5, 1, 12, tzinfo=_Odd(timedelta(hours=2))))
    assert type(window.start.tzinfo) is timezone  # a fixed offset, as decoding gives
    assert window.start.utcoffset() == timedelta(hours=2)
    assert write_object(window, Window.__sms_body__) == (  # type: ignore[attr-defined]
        '{"start":"2020-05-01T12:00:00.000+0200"}'
    )
    destinations: Any = [Destination(to="41793026727")]
    message = Message(destinations=destinations, content=TextPart(text="a"))
    assert message.destinations == (Destination(to="41793026727"),)  # a list becomes a tuple
    part = BinaryPart(hex=b"\x01")
    assert Message(destinations=(Destination(to="41793026727"),), content=part).content is part


@pytest.mark.parametrize(("make", "path", "code"), [
    (lambda: Window(start=datetime(2020, 1, 1)), "/start", "timestamp.naive"),
    (lambda: Window(start=datetime(2020, 1, 1, tzinfo=_Odd(timedelta(seconds=30)))), "/start",
     "timestamp.offset"),
    (lambda: _wrong(Window)(start="2020-01-01T00:00:00Z"), "/start", "type.python"),
    (lambda: Window(start=datetime(1, 1, 1, tzinfo=PLUS_ONE)), "/start", "timestamp.range"),
    (lambda: _wrong(Options)(notify=1), "/notify", "type.python"),
    (lambda: _wrong(Result)(message_id="m", status="PENDING", price=0.01), "/price",
     "type.python"),
    (lambda: Result(message_id="m", status="PENDING", price=Decimal("NaN")), "/price",
     "type.decimal"),
    (lambda: Result(message_id="m", status="PENDING", price=Decimal("1E+40")), "/price",
     "decimal.digits"),
    (lambda: _wrong(Result)(message_id="m", status=3), "/status", "type.string"),
    (lambda: Message(destinations=(), content=TextPart(text="a")), "/destinations",
     "to.empty"),
    (lambda: _wrong(Message)(destinations=(Destination(to="41793026727"),), content="a"),
     "/content", "type.python"),
    (lambda: Message(destinations=(Destination(to="41793026727"),), content=TextPart(text="a"),
                     priority="high"), "/priority", "enum.value"),
])
def test_constructors_refuse_with_the_codes_decoding_gives(
    make: Any, path: str, code: str
) -> None:
    assert issues(make) == [(path, code)]


def test_a_response_model_with_an_unknown_enum_value_is_built() -> None:
    assert Result(message_id="m", status="NEW_STATE").status == "NEW_STATE"


# --- round trips (Hypothesis) ---------------------------------------------------------------

# Characters every format carries: no controls but tab and line feed, no surrogates, no
# noncharacters (XML 1.0 cannot carry them; JSON can, but XML twins are compared too).
_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cn", "Co"),
                              include_characters="\t\n"), max_size=12)
_offsets = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m)))
_instants = st.datetimes(min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31),
                         timezones=_offsets)
_decimals = st.builds(
    lambda sign, numerals, exponent: Decimal((sign, tuple(numerals), exponent)),
    st.integers(0, 1), st.lists(st.integers(0, 9), min_size=1, max_size=12),
    st.integers(-15, 10),
)
_destinations = st.builds(
    Destination, to=st.from_regex(r"\+?[1-9][0-9]{6,14}", fullmatch=True),
    message_id=st.none() | _TEXT,
)
_content = st.builds(TextPart, text=_TEXT.filter(bool)) | st.builds(
    BinaryPart, hex=st.binary(min_size=1, max_size=8), data_coding=st.integers(0, 255))
_window = st.builds(Window, start=_instants, end=st.none() | _instants)
_options = st.builds(Options, notify=st.none() | st.booleans(), window=st.none() | _window)
_messages = st.builds(
    Message,
    destinations=st.lists(_destinations, min_size=1, max_size=3).map(tuple),
    content=_content,
    flash=st.none() | st.booleans(),
    priority=st.none() | st.sampled_from(PRIORITIES),
    send_at=st.none() | _instants,
    options=st.none() | _options,
)
requests = st.builds(SendRequest, messages=st.lists(_messages, min_size=1, max_size=3).map(tuple))
_results = st.builds(
    Result,
    message_id=_TEXT,
    status=st.sampled_from(STATUSES) | _TEXT,
    price=st.none() | _decimals,
    currency=st.none() | _TEXT,
    done_at=st.none() | _instants,
)
responses = st.builds(ReportResponse, results=st.lists(_results, max_size=3).map(tuple))
values = requests.map(lambda r: (r, SEND_REQUEST)) | responses.map(lambda r: (r, REPORT_RESPONSE))


@given(values)
def test_round_trip_laws(case: tuple[Any, Body]) -> None:
    value, body = case
    for fmt in ("json", "xml"):
        data = encode(value, body, fmt)
        back = decode(data, body, fmt)
        assert back == value
        # Equal is not enough (equal Decimals and datetimes may differ in exponent or
        # offset): what was read is written back exactly.
        assert encode(back, body, fmt) == data
    # Either format carries the same value: JSON to XML to JSON keeps the bytes.
    json_data = encode(value, body)
    via_xml = decode(encode(decode(json_data, body), body, "xml"), body, "xml")
    assert encode(via_xml, body) == json_data


@given(values)
def test_canonical_output_is_valid_by_the_generated_schemas(case: tuple[Any, Body]) -> None:
    value, body = case
    SCHEMA_VALIDATORS[body.model].validate(json.loads(encode(value, body)))
    xsd = XSDS[body.model]
    document = etree.fromstring(encode(value, body, "xml"))
    assert xsd.validate(document), xsd.error_log


# --- schemas --------------------------------------------------------------------------------

SCHEMA_VALIDATORS = {
    body.model: jsonschema.Draft202012Validator(
        json_schema_of(body), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    for body in (SEND_REQUEST, REPORT_RESPONSE)
}
XSDS = {body.model: etree.XMLSchema(etree.fromstring(xsd_of(body).encode()))
        for body in (SEND_REQUEST, REPORT_RESPONSE)}


def test_json_schemas_state_each_kind() -> None:
    schema = json_schema_of(SEND_REQUEST)
    message = schema["$defs"]["Message"]["properties"]
    assert message["flash"]["type"] == "boolean"
    assert message["priority"]["enum"] == list(PRIORITIES)
    assert [b["$ref"] for b in message["content"]["oneOf"]] == ["#/$defs/TextPart",
                                                                "#/$defs/BinaryPart"]
    assert message["destinations"]["items"] == {"$ref": "#/$defs/Destination"}
    patterns = [b["pattern"] for b in message["sendAt"]["anyOf"]]
    assert "format" not in message["sendAt"] and len(patterns) == 2
    result = json_schema_of(REPORT_RESPONSE)["$defs"]["Result"]["properties"]
    assert result["price"]["type"] == ["number", "null"]
    assert result["status"]["examples"] == list(STATUSES) and "enum" not in result["status"]
    assert {"type": "null"} in result["doneAt"]["anyOf"]


@pytest.mark.parametrize(("tree", "ok"), [
    (REQUEST, True),
    (_message(priority="URGENT"), False),
    (_message(flash=1), False),
    (_message(content={"text": "a", "hex": "00"}), False),
    (_message(content={"dataCoding": 8}), False),
    (_message(sendAt="2019-11-09T16:00:00Z"), True),
    (_message(sendAt="2019-11-09T16:00:00.000+0000\n"), False),
    (_message(sendAt="2019-11-09 16:00:00.000+0000"), False),
    (RESPONSE, True),
    (_result(status="ANYTHING", doneAt=None, price=None), True),
    (_result(price="0.01"), False),
])
def test_json_schemas_agree_with_the_codec_on_what_they_can_state(
    tree: dict[str, Any], ok: bool
) -> None:
    body = SEND_REQUEST if "messages" in tree else REPORT_RESPONSE
    data = json_of(tree)
    valid = SCHEMA_VALIDATORS[body.model].is_valid(json.loads(data))
    assert valid is ok
    try:
        decode(data, body)
    except SmsCodecError:
        assert not ok
    else:
        assert ok


def test_the_xsd_admits_every_shape_of_a_union_and_the_api_timestamp_form() -> None:
    text = xsd_of(SEND_REQUEST)
    assert "<xs:choice" not in text and "One of several shapes" in text
    xsd = XSDS[SendRequest]
    good = xml_of(REQUEST, SEND_REQUEST)
    assert xsd.validate(etree.fromstring(good)), xsd.error_log
    bad = good.replace(b"<priority>HIGH</priority>", b"<priority>URGENT</priority>")
    assert not xsd.validate(etree.fromstring(bad))
    response = XSDS[ReportResponse]
    open_value = xml_of(_result(status="NEW", price="-0.5", doneAt="2019-11-09T16:00:00Z"),
                        REPORT_RESPONSE)
    assert response.validate(etree.fromstring(open_value)), response.error_log
    exponent = xml_of(_result(price="1e2"), REPORT_RESPONSE)
    assert not response.validate(etree.fromstring(exponent))


# --- the generators, run on these bodies ----------------------------------------------------


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[ModuleType, ModuleType]:
    folder = tmp_path_factory.mktemp("generated")
    made = []
    for name, fill in (("vocab_json_fast", fast.generate), ("vocab_xml_plain", plain.generate)):
        module = Module("Generated for tests/vocab_bodies.py.", absolute=True)
        fill(module, (SEND_REQUEST, REPORT_RESPONSE))
        path = folder / f"{name}.py"
        path.write_text(module.render(), "utf-8")
        made.append(_load(path, name))
    return made[0], made[1]


@given(values)
def test_generated_encoders_write_what_the_description_writer_writes(
    generated: tuple[ModuleType, ModuleType], case: tuple[Any, Body]
) -> None:
    value, body = case
    encoder = generated[0].ENCODERS[body.model]
    assert encoder(value) == write_object(value, body).encode()


@given(values)
def test_generated_decoders_agree_with_the_validator(
    generated: tuple[ModuleType, ModuleType], case: tuple[Any, Body]
) -> None:
    value, body = case
    module = generated[0]
    text = encode(value, body).decode()
    tree = jsoncodec.parse(text)
    decoded = module.DECODERS[body.model](tree, L, text, True)
    assert decoded == value and encode(decoded, body) == text.encode()
    if body.model in module.CHECKERS:
        report = Report(L, strict=False)
        checked, seen = module.CHECKERS[body.model](jsoncodec.parse_plain(text), L, report)
        assert checked == value and not report.issues and seen == text.count(":")
    # XML: the generated plain reader builds the careful reader's tree; the decoder takes it.
    root = etree.fromstring(encode(value, body, "xml"))
    read, _ = generated[1].PLAIN_READERS[body.model]
    plain_tree = read(root, L)
    assert plain_tree == xmlread._tree(root, body, markup._State(
        Report(L, strict=False, xml=True), check=body.closed, max_depth=L.max_depth))
    assert module.DECODERS[body.model](plain_tree, L) == value


@pytest.mark.parametrize(("tree", "xml_text", "path", "code"),
                         [*INVALID_REQUESTS, *INVALID_RESPONSES])
def test_generated_code_gives_way_and_checks_as_the_validator_does(
    generated: tuple[ModuleType, ModuleType], tree: dict[str, Any], xml_text: str | None,
    path: str, code: str,
) -> None:
    body = SEND_REQUEST if "messages" in tree else REPORT_RESPONSE
    module = generated[0]
    text = json_of(tree).decode()
    parsed = jsoncodec.parse(text)
    assert module.DECODERS[body.model](parsed, L, text, True) is None
    expected = Report(L, strict=False)
    with pytest.raises(ValidationError):
        validate(parsed, body, expected)
    if body.model in module.CHECKERS:
        report = Report(L, strict=False)
        module.CHECKERS[body.model](jsoncodec.parse_plain(text), L, report)
        assert report.issues == expected.issues == [i for i in report.issues
                                                    if (i.path, i.code) == (path, code)]


def test_the_package_bodies_are_generated_as_before() -> None:
    # The generators' new branches leave the package's own modules as committed (the drift
    # test checks the text); the package's encoders still write what the description writer
    # writes.
    from smscodec._fastpath import ENCODERS
    from smscodec._spec import bodies

    example = bodies.BINARY_MULTI_REQUEST.model(messages=(
        bodies.BINARY_MESSAGE.model(to=("41793026727",),
                                    binary=bodies.BINARY_CONTENT.model(hex=b"A")),))
    assert ENCODERS[bodies.BINARY_MULTI_REQUEST.model](example) == write_object(
        example, bodies.BINARY_MULTI_REQUEST).encode()


@given(ss.valid_bodies(longest=False))
def test_the_description_writer_writes_what_the_package_encoders_write(
    case: tuple[type[Any], Any],
) -> None:
    model, value = case
    assert ENCODERS[model](value) == write_object(value, BODY_OF[model]).encode()


_leaves = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**40), 10**40), _TEXT,
    st.from_regex(r"-?(0|[1-9][0-9]{0,40})([.][0-9]{1,40})?([eE][+-]?[0-9]{1,3})?",
                  fullmatch=True).map(Fraction),
    st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]{1,7})?"
                  r"(Z|[+-][0-9]{2}:?[0-9]{2})", fullmatch=True),
)


@given(_leaves)
def test_the_fast_valid_cases_are_the_rules_valid_cases(value: Any) -> None:
    # The generated code calls fast_decimal and fast_timestamp; the validator the rules.
    for fast_case, rule in ((fast_decimal, decimal), (fast_timestamp, timestamp)):
        report = Report(L, strict=False)
        ruled = rule(value, report, None, "x")
        found = fast_case(value)
        assert (found is None) == bool(report.issues)
        if found is not None:
            assert found == ruled and str(found) == str(ruled)


# --- descriptions that cannot work are refused when they are made ---------------------------


def test_descriptions_that_could_not_be_told_apart_are_refused() -> None:
    with pytest.raises(ValueError, match="distinct values"):
        enum(("A", "A"), closed=True)
    with pytest.raises(ValueError, match="distinct values"):
        enum((), closed=False)
    # Two shapes with the same required fields: no value could say which it is.
    twin = Body(model=Window, doc="d", closed=True, fields=TEXT_PART.fields)
    for shapes in ((TEXT_PART, twin), (TEXT_PART, TEXT_PART)):
        with pytest.raises(ValueError, match="could not be told apart"):
            union_rule(shapes)
    # A name read one way in one shape and another way in the other.
    clash = Body(model=Window, doc="d", closed=True, fields=(
        Field(wire="text", name="start", kind=Kind.TIMESTAMP, rule=TIMESTAMP, doc="d",
              required=False),
        Field(wire="at", name="end", kind=Kind.TIMESTAMP, rule=TIMESTAMP, doc="d"),
    ))
    content = Field(wire="content", name="content", kind=Kind.UNION, rule=TIMESTAMP, doc="d",
                    choices=(TEXT_PART, clash))
    with pytest.raises(ValueError, match="differ on the kind of 'text'"):
        members(content)


def test_a_near_miss_is_looked_for_only_in_short_values() -> None:
    with pytest.raises(ValidationError) as caught:
        decode(json_of(_message(priority="high" * 20)), SEND_REQUEST)
    assert "did you mean" not in caught.value.issues[0].message
