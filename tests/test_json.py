"""The JSON codec: the seed vectors, a table of bad bodies, and the round-trip laws."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest
from conftest import VECTORS
from hypothesis import given
from hypothesis import strategies as st

import smscodec as sc

SEEDS: list[tuple[str, type[Any]]] = [
    ("binary-multi-request.json", sc.BinaryMultiRequest),
    ("text-multi-request.json", sc.TextMultiRequest),
    ("binary-multi-response.json", sc.SmsResponse),
    ("text-multi-response.json", sc.SmsResponse),
]


@pytest.mark.parametrize(("name", "model"), SEEDS)
def test_seed_decodes_to_what_it_shows(name: str, model: type[Any]) -> None:
    raw = (VECTORS / name).read_bytes()
    value = sc.decode(raw, model)
    # The value's canonical JSON is the seed's own JSON, reparsed (the seeds are pretty-printed
    # and use an uppercase hex digit; key order in one status differs).
    shown = json.loads(raw)
    again = json.loads(sc.encode(value))
    for message in shown["messages"]:
        if "binary" in message:
            message["binary"]["hex"] = message["binary"]["hex"].lower()
    assert again == shown
    assert sc.decode(sc.encode(value), model) == value


def test_seed_values_in_python() -> None:
    request = sc.decode((VECTORS / "binary-multi-request.json").read_bytes(), sc.BinaryMultiRequest)
    first, second = request.messages
    assert first.sender == "InfoSMS"
    assert first.to == ("41793026727", "41793026731")
    assert first.binary == sc.BinaryContent(hex=b"Test message.", data_coding=0, esm_class=0)
    assert second.to == ("41793026785",)
    assert second.binary.hex == bytes.fromhex("6d4b8bd577ed4fe13002")
    assert second.binary.data_coding == 8
    response = sc.decode((VECTORS / "binary-multi-response.json").read_bytes(), sc.SmsResponse)
    # The seed's own inconsistency (groupId 7 with groupName PENDING) is kept as sent.
    assert response.messages[0].status.group_id == 7
    assert response.messages[0].status.group_name == "PENDING"
    assert response.bulk_id == "1036A4cb-803a-4a73-a5a6-7e4fc3791722"


def test_strict_response_reports_the_seed_inconsistency() -> None:
    raw = (VECTORS / "binary-multi-response.json").read_bytes()
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(raw, sc.SmsResponse, strict=True)
    assert [(i.path, i.code) for i in info.value.issues] == [
        ("/messages/0/status/groupId", "status.group_mismatch")
    ]


def test_canonical_output() -> None:
    value = sc.decode((VECTORS / "binary-multi-request.json").read_bytes(), sc.BinaryMultiRequest)
    assert sc.encode(value) == (
        b'{"messages":[{"from":"InfoSMS","to":["41793026727","41793026731"],"binary":'
        b'{"hex":"54 65 73 74 20 6d 65 73 73 61 67 65 2e","dataCoding":0,"esmClass":0}},'
        b'{"from":"41793026700","to":"41793026785","binary":'
        b'{"hex":"6d 4b 8b d5 77 ed 4f e1 30 02","dataCoding":8,"esmClass":0}}]}'
    )
    text = sc.TextSingleRequest(to=("41793026727",), text='Grüße "€" \n\t\\ 😀')
    assert sc.encode(text) == (
        '{"to":"41793026727","text":"Grüße \\"€\\" \\n\\t\\\\ 😀"}'.encode()
    )


# --- bad bodies: (body, model, exception, code, path) --------------------------------------

TM = sc.TextMultiRequest
BM = sc.BinaryMultiRequest
TS = sc.TextSingleRequest
BS = sc.BinarySingleRequest
R = sc.SmsResponse
V = sc.ValidationError
D = sc.DecodeError


def text_body(message: str) -> str:
    return '{"messages":[' + message + "]}"


def binary_body(binary: str, to: str = '"41793026727"') -> str:
    return '{"messages":[{"to":' + to + ',"binary":' + binary + "}]}"


BAD: list[tuple[str, str | bytes, type[Any], type[Exception], str, str]] = [
    # sender
    ("sender punctuation", text_body('{"from":"Wine-Shop","to":"41793026727","text":"x"}'),
     TM, V, "sender.character", "/messages/0/from"),
    ("sender non-ascii", text_body('{"from":"Café","to":"41793026727","text":"x"}'),
     TM, V, "sender.character", "/messages/0/from"),
    ("sender alnum too long", text_body('{"from":"WineShopShop","to":"41793026727","text":"x"}'),
     TM, V, "sender.length", "/messages/0/from"),
    ("sender alnum too short", text_body('{"from":"ab","to":"41793026727","text":"x"}'),
     TM, V, "sender.length", "/messages/0/from"),
    ("sender numeric too long",
     text_body('{"from":"123456789012345","to":"41793026727","text":"x"}'), TM, V,
     "sender.length", "/messages/0/from"),
    ("sender numeric too short", text_body('{"from":"12","to":"41793026727","text":"x"}'),
     TM, V, "sender.length", "/messages/0/from"),
    ("sender leading space", text_body('{"from":" Wine","to":"41793026727","text":"x"}'),
     TM, V, "sender.space", "/messages/0/from"),
    ("sender digits and space", text_body('{"from":"123 45","to":"41793026727","text":"x"}'),
     TM, V, "sender.no_letter", "/messages/0/from"),
    ("sender null", text_body('{"from":null,"to":"41793026727","text":"x"}'),
     TM, V, "type.string", "/messages/0/from"),
    ("sender number", text_body('{"from":41793026700,"to":"41793026727","text":"x"}'),
     TM, V, "type.string", "/messages/0/from"),
    # destinations
    ("to with two plus signs", text_body('{"to":"++41793026727","text":"x"}'),
     TM, V, "destination.format", "/messages/0/to"),
    ("to in array with spaces", text_body('{"to":["41793026727","41 79 302 67 27"],"text":"x"}'),
     TM, V, "destination.format", "/messages/0/to/1"),
    ("to with 00", text_body('{"to":"0041793026727","text":"x"}'),
     TM, V, "destination.leading_zero", "/messages/0/to"),
    ("to national", text_body('{"to":"0793026727","text":"x"}'),
     TM, V, "destination.leading_zero", "/messages/0/to"),
    ("to too short", text_body('{"to":"123456","text":"x"}'),
     TM, V, "destination.length", "/messages/0/to"),
    ("to too long", text_body('{"to":"1234567890123456","text":"x"}'),
     TM, V, "destination.length", "/messages/0/to"),
    ("to arabic-indic digits", text_body('{"to":"٤١٧٩٣٠٢٦٧٢٧","text":"x"}'),
     TM, V, "destination.format", "/messages/0/to"),
    ("to empty array", text_body('{"to":[],"text":"x"}'),
     TM, V, "to.empty", "/messages/0/to"),
    ("to number", text_body('{"to":41793026727,"text":"x"}'),
     TM, V, "type.destinations", "/messages/0/to"),
    ("to array of numbers", text_body('{"to":[41793026727],"text":"x"}'),
     TM, V, "type.string", "/messages/0/to/0"),
    ("to missing", text_body('{"text":"x"}'), TM, V, "field.missing", "/messages/0/to"),
    # text
    ("text empty", text_body('{"to":"41793026727","text":""}'), TM, V, "text.empty",
     "/messages/0/text"),
    ("text number", text_body('{"to":"41793026727","text":5}'), TM, V, "type.string",
     "/messages/0/text"),
    ("text lone surrogate", text_body('{"to":"41793026727","text":"a\\ud800b"}'),
     TM, V, "string.surrogate", "/messages/0/text"),
    ("text lone surrogate as bytes", text_body('{"to":"41793026727","text":"a\\ud800b"}')
     .encode(), TM, V, "string.surrogate", "/messages/0/text"),
    # A str body may carry a lone surrogate without any escape.
    ("text raw lone surrogate", text_body('{"to":"41793026727","text":"a\ud800b"}'),
     TM, V, "string.surrogate", "/messages/0/text"),
    ("repeated key behind an escaped colon", text_body(
     '{"to":"41793026727","to":"41793026728","text":"a\\u003ab"}').encode(), TM, V,
     "field.duplicate", "/messages/0/to"),
    ("repeated binary key", binary_body('{"hex":"41","hex":"42"}').encode(), BM, V,
     "field.duplicate", "/messages/0/binary/hex"),
    ("text over 255 parts", text_body('{"to":"41793026727","text":"' + "€" * 19_508 + '"}'),
     TM, V, "text.too_many_parts", "/messages/0/text"),
    ("text over the limit", text_body('{"to":"41793026727","text":"' + "a" * 39_016 + '"}'),
     TM, V, "limit.text_length", "/messages/0/text"),
    # messages
    ("messages empty", '{"messages":[]}', TM, V, "messages.empty", "/messages"),
    ("messages object", '{"messages":{}}', TM, V, "type.array", "/messages"),
    ("messages missing", "{}", TM, V, "field.missing", "/messages"),
    ("message not object", '{"messages":["x"]}', TM, V, "type.object", "/messages/0"),
    ("unknown top field", '{"messages":[{"to":"41793026727","text":"x"}],"bulkId":"1"}',
     TM, V, "field.unknown", "/bulkId"),
    ("unknown message field", text_body('{"to":"41793026727","text":"x","flash":true}'),
     TM, V, "field.unknown", "/messages/0/flash"),
    ("unknown field with slash", text_body('{"to":"41793026727","text":"x","a/b~c":1}'),
     TM, V, "field.unknown", "/messages/0/a~1b~0c"),
    ("text and binary", text_body('{"to":"41793026727","text":"x","binary":{"hex":"41"}}'),
     TM, V, "field.unknown", "/messages/0/binary"),
    ("body is array", "[]", TM, V, "type.object", ""),
    ("body is string", '"x"', TM, V, "type.object", ""),
    # hex
    ("hex odd digit", binary_body('{"hex":"54 6"}'), BM, V, "hex.odd_digit",
     "/messages/0/binary/hex"),
    ("hex non-hex", binary_body('{"hex":"54 zz"}'), BM, V, "hex.not_hex",
     "/messages/0/binary/hex"),
    ("hex double space", binary_body('{"hex":"54  65"}'), BM, V, "hex.separator",
     "/messages/0/binary/hex"),
    ("hex no separator", binary_body('{"hex":"5465"}'), BM, V, "hex.separator",
     "/messages/0/binary/hex"),
    ("hex trailing space", binary_body('{"hex":"54 65 "}'), BM, V, "hex.separator",
     "/messages/0/binary/hex"),
    ("hex tab separator", binary_body('{"hex":"54\\t65"}'), BM, V, "hex.not_hex",
     "/messages/0/binary/hex"),
    ("hex empty", binary_body('{"hex":""}'), BM, V, "hex.empty", "/messages/0/binary/hex"),
    ("hex missing", binary_body('{"dataCoding":0}'), BM, V, "field.missing",
     "/messages/0/binary/hex"),
    ("hex over the limit", binary_body('{"hex":"' + " ".join(["41"] * 39_016) + '"}'), BM, V,
     "limit.payload", "/messages/0/binary/hex"),
    # integers
    ("dataCoding 256", binary_body('{"hex":"41","dataCoding":256}'), BM, V, "integer.range",
     "/messages/0/binary/dataCoding"),
    ("dataCoding negative", binary_body('{"hex":"41","dataCoding":-1}'), BM, V,
     "integer.range", "/messages/0/binary/dataCoding"),
    ("dataCoding huge", binary_body('{"hex":"41","dataCoding":' + "9" * 5000 + "}"), BM, V,
     "integer.range", "/messages/0/binary/dataCoding"),
    ("dataCoding float", binary_body('{"hex":"41","dataCoding":8.0}'), BM, V, "type.integer",
     "/messages/0/binary/dataCoding"),
    ("dataCoding exponent", binary_body('{"hex":"41","dataCoding":8e0}'), BM, V,
     "type.integer", "/messages/0/binary/dataCoding"),
    ("dataCoding true", binary_body('{"hex":"41","dataCoding":true}'), BM, V, "type.integer",
     "/messages/0/binary/dataCoding"),
    ("dataCoding string", binary_body('{"hex":"41","dataCoding":"8"}'), BM, V, "type.integer",
     "/messages/0/binary/dataCoding"),
    ("esmClass null", binary_body('{"hex":"41","esmClass":null}'), BM, V, "type.integer",
     "/messages/0/binary/esmClass"),
    # payload rules
    ("gsm7 octet above 7f", binary_body('{"hex":"41 80","dataCoding":0}'), BM, V,
     "binary.septet_range", "/messages/0/binary/hex"),
    ("ia5 octet above 7f", binary_body('{"hex":"ff","dataCoding":1}'), BM, V,
     "binary.septet_range", "/messages/0/binary/hex"),
    ("ucs2 odd length", binary_body('{"hex":"00 41 00","dataCoding":8}'), BM, V,
     "binary.odd_length", "/messages/0/binary/hex"),
    ("udh length beyond payload", binary_body('{"hex":"05 00 03","esmClass":64}'), BM, V,
     "binary.udh_length", "/messages/0/binary/hex"),
    ("udh ucs2 odd body", binary_body('{"hex":"05 00 03 01 02 01 00 41 00","dataCoding":8,'
                                      '"esmClass":64}'), BM, V, "binary.odd_length",
     "/messages/0/binary/hex"),
    ("udh septet body above 7f", binary_body('{"hex":"05 00 03 01 02 01 ff","esmClass":64}'),
     BM, V, "binary.septet_range", "/messages/0/binary/hex"),
    ("udh octets over one sms", binary_body('{"hex":"' + " ".join(["05", "00", "03", "01",
     "02", "01"] + ["aa"] * 135) + '","dataCoding":4,"esmClass":64}'), BM, V,
     "binary.udh_too_long", "/messages/0/binary/hex"),
    # 6 header octets are 7 septets: 7 + 154 > 160
    ("udh septets over one sms", binary_body('{"hex":"' + " ".join(["05", "00", "03", "01",
     "02", "01"] + ["41"] * 154) + '","dataCoding":0,"esmClass":64}'), BM, V,
     "binary.udh_too_long", "/messages/0/binary/hex"),
    ("binary not object", binary_body('"41"'), BM, V, "type.object", "/messages/0/binary"),
    ("binary unknown field", binary_body('{"hex":"41","udh":"x"}'), BM, V, "field.unknown",
     "/messages/0/binary/udh"),
    # single requests
    ("single text missing to", '{"text":"x"}', TS, V, "field.missing", "/to"),
    ("single binary odd hex", '{"to":"41793026727","binary":{"hex":"4"}}', BS, V,
     "hex.odd_digit", "/binary/hex"),
    # hostile JSON
    ("repeated key", text_body('{"to":"41793026727","to":"41793026728","text":"x"}'),
     TM, V, "field.duplicate", "/messages/0/to"),
    ("repeated top key", '{"messages":[{"to":"41793026727","text":"x"}],"messages":'
     '[{"to":"41793026727","text":"y"}]}', TM, V, "field.duplicate", "/messages"),
    ("NaN", binary_body('{"hex":"41","dataCoding":NaN}'), BM, D, "json.non_finite", ""),
    ("Infinity", binary_body('{"hex":"41","dataCoding":-Infinity}'), BM, D, "json.non_finite",
     ""),
    ("not JSON", '{"messages":', TM, D, "json.syntax", ""),
    ("trailing data", '{"messages":[]} x', TM, D, "json.syntax", ""),
    ("empty body", "", TM, D, "json.syntax", ""),
    ("invalid UTF-8", b'{"messages":[{"to":"41793026727","text":"\xff"}]}', TM, D,
     "json.encoding", ""),
    ("UTF-16 body", '{"messages":[]}'.encode("utf-16"), TM, D, "json.encoding", ""),
    ("deep nesting", "[" * 100_000 + "]" * 100_000, TM, D, "limit.depth", ""),
    ("too many messages", '{"messages":[' + ",".join(['{"to":"41793026727","text":"x"}'] *
     10_001) + "]}", TM, V, "limit.messages", "/messages"),
    ("too many destinations", text_body('{"to":[' + ",".join(['"41793026727"'] * 10_001) +
     '],"text":"x"}'), TM, V, "limit.destinations", "/messages/0/to"),
    ("long sender", text_body('{"to":"41793026727","text":"x","from":"' + "a" * 9000
     + '"}'), TM, V, "sender.length", "/messages/0/from"),
    ("long response string", '{"messages":[],"bulkId":"' + "b" * 5000 + '"}', R, V,
     "limit.string_length", "/bulkId"),
    # responses
    ("response smsCount string", '{"messages":[{"to":"1","status":{"groupId":1,"groupName":'
     '"PENDING","id":7,"name":"P","description":"d"},"smsCount":"1","messageId":"m"}]}',
     R, V, "type.integer", "/messages/0/smsCount"),
    ("response missing status", '{"messages":[{"to":"1","smsCount":1,"messageId":"m"}]}',
     R, V, "field.missing", "/messages/0/status"),
]


@pytest.mark.parametrize(
    ("body", "model", "exc", "code", "path"),
    [pytest.param(*row[1:], id=row[0]) for row in BAD],
)
def test_bad_body(body: str | bytes, model: type[Any], exc: type[Exception], code: str,
                  path: str) -> None:
    with pytest.raises(exc) as info:
        sc.decode(body, model)
    assert isinstance(info.value, sc.SmsCodecError)
    found = [(i.path, i.code) for i in info.value.issues]
    assert found == [(path, code)], found
    assert all(i.message and i.line is None for i in info.value.issues)


def test_all_issues_at_once() -> None:
    body = text_body(
        '{"from":"x","to":["+41 79 302 67 27","0041793026727"],"text":""},'
        '{"to":"41793026727","text":"ok","extra":1}'
    )
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(body, TM)
    assert [(i.path, i.code) for i in info.value] == [
        ("/messages/0/from", "sender.length"),
        ("/messages/0/to/0", "destination.format"),
        ("/messages/0/to/1", "destination.leading_zero"),
        ("/messages/0/text", "text.empty"),
        ("/messages/1/extra", "field.unknown"),
    ]
    assert "write 41793026727" in info.value.issues[1].message
    assert "write 41793026727" in info.value.issues[2].message


def test_issue_cap_counts_the_rest() -> None:
    body = text_body(",".join(['{"to":"+1","text":"x"}'] * 250))
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(body, TM, limits=sc.Limits(max_issues=10))
    assert len(info.value.issues) == 10
    assert info.value.more == 240
    assert "and 240 more" in str(info.value)


def test_limits_can_be_raised() -> None:
    body = '{"messages":[' + ",".join(['{"to":"41793026727","text":"x"}'] * 10_001) + "]}"
    value = sc.decode(body, TM, limits=sc.Limits(max_messages=20_000))
    assert len(value.messages) == 10_001
    with pytest.raises(sc.DecodeError) as info:
        sc.decode(body, TM, limits=sc.Limits(max_bytes=100))
    assert info.value.code == "limit.bytes"


def test_bom_is_ignored_and_str_accepted() -> None:
    body = '{"to":"41793026727","text":"x"}'
    expected = TS(to=("41793026727",), text="x")
    assert sc.decode(b"\xef\xbb\xbf" + body.encode(), TS) == expected
    assert sc.decode(body, TS) == expected


def test_response_is_tolerant_unless_strict() -> None:
    body = (
        '{"messages":[{"to":"41793026727","status":{"groupId":9,"groupName":"WHATEVER",'
        '"id":7,"name":"N","description":"d","extra":1},"smsCount":0,"messageId":"m",'
        '"price":{"amount":1}}],"x":[1,2]}'
    )
    value = sc.decode(body, R)
    assert value.messages[0].status.group_id == 9
    assert value.messages[0].sms_count == 0
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(body, R, strict=True)
    assert sorted((i.path, i.code) for i in info.value) == [
        ("/messages/0/price", "field.unknown"),
        ("/messages/0/smsCount", "sms_count.range"),
        ("/messages/0/status/extra", "field.unknown"),
        ("/x", "field.unknown"),
    ]


def test_request_error_body() -> None:
    body = '{"requestError":{"serviceException":{"messageId":"BAD_REQUEST","text":"Bad"}}}'
    value = sc.decode(body, sc.RequestError)
    assert value.service_exception == sc.ServiceException(message_id="BAD_REQUEST", text="Bad")
    assert sc.encode(value) == body.encode()
    with pytest.raises(sc.ValidationError) as info:
        sc.decode('{"serviceException":{}}', sc.RequestError)
    assert info.value.path == "/requestError"


def test_decode_rejects_non_body_type() -> None:
    with pytest.raises(TypeError):
        sc.decode(b"{}", sc.TextMessage)


# --- laws ----------------------------------------------------------------------------------

destinations = st.from_regex(r"[1-9][0-9]{6,14}", fullmatch=True)
senders = st.one_of(
    st.none(),
    st.from_regex(r"[0-9]{3,14}", fullmatch=True),
    st.from_regex(r"[A-Za-z][A-Za-z0-9 ]{1,9}[A-Za-z0-9]", fullmatch=True),
)
texts = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=300)


@given(
    st.lists(
        st.builds(
            sc.TextMessage,
            sender=senders,
            to=st.lists(destinations, min_size=1, max_size=4).map(tuple),
            text=texts,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_text_round_trip(messages: list[sc.TextMessage]) -> None:
    value = sc.TextMultiRequest(messages=tuple(messages))
    encoded = sc.encode(value)
    assert sc.decode(encoded, sc.TextMultiRequest) == value
    assert sc.encode(sc.decode(encoded, sc.TextMultiRequest)) == encoded


@given(
    sender=senders,
    to=st.lists(destinations, min_size=1, max_size=4).map(tuple),
    payload=st.binary(min_size=1, max_size=300),
    coding=st.sampled_from([2, 3, 4, 8, 245]),
)
def test_binary_round_trip(
    sender: str | None, to: tuple[str, ...], payload: bytes, coding: int
) -> None:
    if coding == 8 and len(payload) % 2:
        payload = payload[:-1] or b"\x00\x41"
    value = sc.BinarySingleRequest(
        sender=sender, to=to, binary=sc.BinaryContent(hex=payload, data_coding=coding)
    )
    assert sc.decode(sc.encode(value), sc.BinarySingleRequest) == value


@given(st.binary(max_size=400))
def test_arbitrary_bytes_decode_or_fail_cleanly(data: bytes) -> None:
    for model in (TM, BM, TS, BS, R, sc.RequestError):
        with contextlib.suppress(sc.SmsCodecError):
            sc.decode(data, model)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(
        st.sampled_from(["messages", "to", "text", "from", "binary", "hex", "dataCoding",
                         "esmClass", "status", "x"]),
        children,
        max_size=4,
    ),
    max_leaves=12,
)


@given(json_values)
def test_arbitrary_json_decodes_or_fails_cleanly(value: object) -> None:
    data = json.dumps({"messages": [value]} if isinstance(value, dict) else value)
    for model in (TM, BM, TS, BS, R):
        try:
            sc.decode(data, model)
        except sc.SmsCodecError as exc:
            assert exc.issues
