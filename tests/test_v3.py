"""POST /sms/3/messages and the v3 error body: the description's examples as vectors, the
rules the v3 bodies add, the v3 error body, sms_count of a v3 message, and round-trip laws."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smscodec as sc
from smscodec import strategies as ss
from smscodec._spec.errors_v3 import property_of

VECTORS = Path(__file__).resolve().parent / "vectors" / "v3"
MODEL: dict[str, type[Any]] = {
    "request": sc.MessagesRequest,
    "response": sc.MessagesResponse,
    "error": sc.ApiError,
}
FILES = sorted(p.name for p in VECTORS.glob("*--*"))

#: Examples that break the description's own rules or need what is not modelled: the issues
#: they give as written, and the reading that decodes (see tests/vectors/v3/README.md).
BROKEN: dict[str, set[tuple[str, str]]] = {
    # The second message's hex elides its middle with '…' (U+2026): no payload.
    "request--send-fully-featured-binary-sms-message": {
        ("/messages/1/content/hex", "hex.not_hex"),
    },
    # UCS-2 hex written in groups of four digits (0048 0065): one byte is two digits.
    "request--send-unicode-flash-binary-sms-message": {
        ("/messages/0/content/hex", "hex.separator"),
    },
}


def _read(name: str) -> tuple[bytes, type[Any], sc.Format]:
    fmt: sc.Format = "xml" if name.endswith(".xml") else "json"
    return (VECTORS / name).read_bytes(), MODEL[name.split("--")[0]], fmt


def _reading(name: str, data: bytes) -> bytes:
    """The documented reading of a broken example (BROKEN)."""
    text = data.decode()
    text = text.replace("74 \u202620 45", "74 20 45")  # drop the elision mark
    if "unicode" in name:
        text = re.sub(r"\b([0-9a-f]{2})([0-9a-f]{2})\b", r"\1 \2", text)  # 0048 -> 00 48
    return text.encode()


def _round_trip(value: Any, model: type[Any]) -> None:
    for fmt in ("json", "xml"):
        canonical = sc.encode(value, format=fmt)
        again = sc.decode(canonical, model, format=fmt)
        assert again == value
        assert sc.encode(again, format=fmt) == canonical


@pytest.mark.parametrize("name", FILES)
def test_every_example_is_a_vector(name: str) -> None:
    data, model, fmt = _read(name)
    stem = name.rsplit(".", 1)[0]
    if stem in BROKEN:
        with pytest.raises(sc.ValidationError) as caught:
            sc.decode(data, model, format=fmt)
        assert {(i.path, i.code) for i in caught.value.issues} == BROKEN[stem]
        data = _reading(name, data)
    value = sc.decode(data, model, format=fmt)
    _round_trip(value, model)


def test_the_json_and_xml_twins_of_each_example_decode_equal() -> None:
    # XML orders children differently (options first, content before destinations): equal all
    # the same, as order is free on decode.
    for name in FILES:
        if name.endswith(".json"):
            twin = name.removesuffix(".json") + ".xml"
            data, model, _ = _read(name)
            xml, _, _ = _read(twin)
            if name.rsplit(".", 1)[0] in BROKEN:
                data, xml = _reading(name, data), _reading(twin, xml)
            assert sc.decode(data, model) == sc.decode(xml, model, format="xml"), name


def test_what_the_examples_decode_to() -> None:
    data, model, _ = _read("request--send-fully-featured-textual-message.json")
    request = sc.decode(_reading("x.json", data), model)
    first = request.messages[0]
    assert isinstance(first.content, sc.SmsTextContent)
    assert first.content.language == sc.SmsLanguage(language_code="TR")
    assert first.destinations[0] == sc.SmsDestination(to="41793026727",
                                                      message_id="MESSAGE-ID-123-xyz")
    assert first.webhooks is not None and first.webhooks.callback_data == "DLR callback data"
    options = request.messages[1].options
    assert options is not None and options.delivery_time_window == sc.SmsDeliveryTimeWindow(
        days=("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
        start=sc.SmsDeliveryTime(hour=6, minute=0), end=sc.SmsDeliveryTime(hour=15, minute=30))
    assert b'"sendAt":"2021-08-24T15:00:00.000+0000"' in sc.encode(request)
    name = "request--send-unicode-flash-binary-sms-message.json"
    unicode = sc.decode(_reading(name, _read(name)[0]), model)
    assert unicode.messages[0].content.hex.decode("utf-16-be").startswith("Hello world, ")
    error = sc.decode(_read("error--400-bad-request.xml")[0], sc.ApiError, format="xml")
    assert error.violations == (sc.ApiErrorViolation(property="property.path",
                                                     violation="Violation message."),)
    assert error.resources == ()
    assert sc.decode(_read("error--500.json")[0], sc.ApiError).violations == ()


def _message(**members: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"destinations": [{"to": "41793026727"}], "content": {"text": "a"}}
    return {**base, **members}


def _issues(*messages: dict[str, Any], **top: Any) -> set[tuple[str, str]]:
    data = json.dumps({"messages": list(messages), **top})
    with pytest.raises(sc.ValidationError) as caught:
        sc.decode(data, sc.MessagesRequest)
    return {(i.path, i.code) for i in caught.value.issues}


def test_the_shared_rules_apply_to_the_v3_fields() -> None:
    assert _issues(_message(sender="Wine-Shop")) == {("/messages/0/sender", "sender.character")}
    assert _issues(_message(destinations=[{"to": "0041793026727"}])) == {
        ("/messages/0/destinations/0/to", "destination.leading_zero")}
    assert _issues(_message(destinations=[])) == {("/messages/0/destinations", "to.empty")}
    assert _issues(_message(content={"hex": "80", "dataCoding": 0})) == {
        ("/messages/0/content/hex", "binary.septet_range")}
    assert _issues(_message(content={"text": ""})) == {("/messages/0/content/text", "text.empty")}


def test_content_is_exactly_one_of_text_or_binary() -> None:
    assert _issues(_message(content={"text": "a", "hex": "41"})) == {
        ("/messages/0/content", "union.shape")}
    assert _issues(_message(content={"dataCoding": 8})) == {
        ("/messages/0/content", "union.shape")}
    value = sc.decode(json.dumps({"messages": [_message(content={"hex": "41"})]}),
                      sc.MessagesRequest)
    assert value.messages[0].content == sc.BinaryContent(hex=b"A")


def test_bounds_enums_and_int32() -> None:
    assert _issues(_message(webhooks={"callbackData": "x" * 4001})) == {
        ("/messages/0/webhooks/callbackData", "string.too_long")}
    sc.decode(json.dumps({"messages": [_message(webhooks={"callbackData": "x" * 4000})]}),
              sc.MessagesRequest)
    assert _issues(_message(destinations=[{"to": "41793026727", "messageId": "m" * 201}])) == {
        ("/messages/0/destinations/0/messageId", "string.too_long")}
    assert _issues(_message(options={"campaignReferenceId": "c" * 256})) == {
        ("/messages/0/options/campaignReferenceId", "string.too_long")}
    assert _issues(_message(), options={"schedule": {"bulkId": "b" * 101}}) == {
        ("/options/schedule/bulkId", "string.too_long")}
    assert _issues(_message(content={"text": "a", "transliteration": "greek"})) == {
        ("/messages/0/content/transliteration", "enum.value")}
    assert _issues(_message(options={"validityPeriod": {"amount": 2**31}})) == {
        ("/messages/0/options/validityPeriod/amount", "integer.range")}
    assert _issues(_message(options={"validityPeriod": {"timeUnit": "HOURS"}})) == {
        ("/messages/0/options/validityPeriod/amount", "field.missing")}
    assert _issues(_message(options={"flash": "true"})) == {
        ("/messages/0/options/flash", "type.boolean")}


@pytest.mark.parametrize(("window", "expected"), [
    ({"from": {"hour": 6, "minute": 0}}, {("to", "window.incomplete")}),
    ({"to": {"hour": 6, "minute": 0}}, {("from", "window.incomplete")}),
    ({"from": {"hour": 6, "minute": 0}, "to": {"hour": 6, "minute": 59}},
     {("to", "window.too_short")}),
    ({"from": {"hour": 23, "minute": 30}, "to": {"hour": 0, "minute": 29}},
     {("to", "window.too_short")}),
    ({"from": {"hour": 24, "minute": 0}, "to": {"hour": 6, "minute": 0}},
     {("from/hour", "integer.range")}),
    ({"from": {"hour": 6, "minute": 60}, "to": {"hour": 8, "minute": 0}},
     {("from/minute", "integer.range")}),
])
def test_the_delivery_window(window: dict[str, Any], expected: set[tuple[str, str]]) -> None:
    at = "/messages/0/options/deliveryTimeWindow/"
    window = {"days": ["MONDAY"], **window}
    assert _issues(_message(options={"deliveryTimeWindow": window})) == {
        (at + path, code) for path, code in expected}


@pytest.mark.parametrize("window", [
    {"days": ["SUNDAY"]},
    {"days": ["MONDAY", "FRIDAY"], "from": {"hour": 6, "minute": 0},
     "to": {"hour": 7, "minute": 0}},
    {"days": ["MONDAY"], "from": {"hour": 23, "minute": 30},
     "to": {"hour": 0, "minute": 30}},  # past midnight
])
def test_windows_that_are_fine(window: dict[str, Any]) -> None:
    data = json.dumps({"messages": [_message(options={"deliveryTimeWindow": window})]})
    request = sc.decode(data, sc.MessagesRequest)
    _round_trip(request, sc.MessagesRequest)


def test_a_window_names_its_days_as_v2_does() -> None:
    # One rule for both endpoints: the days are required, never a lone string, and written
    # in XML as v2's <days><days>…</days></days>.
    at = "/messages/0/options/deliveryTimeWindow/days"
    assert _issues(_message(options={"deliveryTimeWindow": {}})) == {(at, "field.missing")}
    assert _issues(_message(options={"deliveryTimeWindow": {"days": "MONDAY"}})) == {
        (at, "type.array")}
    assert _issues(_message(options={"deliveryTimeWindow": {"days": ["MONDAYS"]}})) == {
        (at + "/0", "enum.value")}
    request = sc.decode(json.dumps({"messages": [_message(
        options={"deliveryTimeWindow": {"days": ["FRIDAY"]}})]}), sc.MessagesRequest)
    assert b"<days><days>FRIDAY</days></days>" in sc.encode(request, format="xml")
    advanced = sc.decode(b'{"messages":[{"destinations":[{"to":"41793026727"}],"text":"a",'
                         b'"deliveryTimeWindow":{"days":["FRIDAY"]}}]}', sc.TextAdvancedRequest)
    options = request.messages[0].options
    assert options is not None
    assert advanced.messages[0].delivery_time_window == options.delivery_time_window


def test_a_shift_table_needs_its_language() -> None:
    at = "/messages/0/content/language/languageCode"
    for language in ({"singleShift": True}, {"lockingShift": True, "languageCode": "NONE"}):
        assert _issues(_message(content={"text": "a", "language": language})) == {
            (at, "language.shift")}
    sc.decode(json.dumps({"messages": [_message(content={
        "text": "a", "language": {"singleShift": False}})]}), sc.MessagesRequest)
    with pytest.raises(sc.ValidationError):
        sc.SmsLanguage(single_shift=True)


def test_an_issue_has_the_same_path_and_code_in_xml() -> None:
    xml = (b"<SmsRequestEnvelope><messages><message><destinations><destination><to>41793026727</to>"
           b"</destination></destinations><content><text>a</text></content><options>"
           b"<deliveryTimeWindow><days><days>MONDAY</days></days>"
           b"<from><hour>6</hour><minute>0</minute></from></deliveryTimeWindow>"
           b"</options></message></messages></SmsRequestEnvelope>")
    with pytest.raises(sc.ValidationError) as caught:
        sc.decode(xml, sc.MessagesRequest, format="xml")
    assert {(i.path, i.code) for i in caught.value.issues} == {
        ("/messages/0/options/deliveryTimeWindow/to", "window.incomplete")}


# --- a body of another version -------------------------------------------------------------

V2_MESSAGE = {"from": "InfoSMS", "destinations": [{"to": "41793026727"}], "text": "Hi"}
V2_XML = (b"<SmsRequestEnvelope><messages><message><from>InfoSMS</from><destinations>"
          b"<destination><to>41793026727</to></destination></destinations><text>Hi</text>"
          b"</message></messages></SmsRequestEnvelope>")


def test_a_v2_message_is_one_issue_naming_the_mix_up() -> None:
    expected = ("/messages/0", "field.other_version",
                "'from' and 'text' belong to the v2 API; v3 takes sender and content: {text}")
    for data, fmt in ((json.dumps({"messages": [V2_MESSAGE]}).encode(), "json"),
                      (V2_XML, "xml")):
        with pytest.raises(sc.ValidationError) as caught:
            sc.decode(data, sc.MessagesRequest, format=fmt)  # type: ignore[arg-type]
        assert [(i.path, i.code, i.message) for i in caught.value.issues] == [expected]
    only_text = _message(text="Hi")
    del only_text["content"]
    assert _issues(only_text) == {("/messages/0", "field.other_version")}
    # A v1 multi message (to as a string) is named too, and other messages keep their issues.
    assert _issues({"to": "41793026727", "text": "Hi"}, _message(sender="-")) == {
        ("/messages/0", "field.other_version"), ("/messages/1/sender", "sender.character")}


def test_a_v2_request_field_is_named_at_the_top() -> None:
    with pytest.raises(sc.ValidationError) as caught:
        sc.decode(json.dumps({"bulkId": "b", "messages": [_message()]}), sc.MessagesRequest)
    assert [(i.path, i.code) for i in caught.value.issues] == [("", "field.other_version")]
    assert "options: {schedule: {bulkId}}" in caught.value.issues[0].message


def test_an_unknown_field_that_is_no_other_version_is_still_unknown() -> None:
    assert _issues(_message(colour="red")) == {("/messages/0/colour", "field.unknown")}


# --- the v3 error body ------------------------------------------------------------------------

@pytest.mark.parametrize(("pointer", "prop"), [
    ("", ""),
    ("/messages", "messages"),
    ("/messages/0/destinations/12/to", "messages[0].destinations[12].to"),
    ("/options/schedule/bulkId", "options.schedule.bulkId"),
    ("/messages/0/odd name", 'messages[0]["odd name"]'),
    ("/messages/0/a~1b~0c", 'messages[0]["a/b~c"]'),
    ("/0", "[0]"),
])
def test_pointers_become_v3_properties(pointer: str, prop: str) -> None:
    assert property_of(pointer) == prop


def test_error_body_v3_lists_one_violation_per_issue() -> None:
    data = json.dumps({"messages": [_message(sender="Wine-Shop",
                                             destinations=[{"to": "+41 79"}])]})
    with pytest.raises(sc.ValidationError) as caught:
        sc.decode(data, sc.MessagesRequest)
    body = sc.error_body(caught.value, style="v3")
    assert isinstance(body, sc.ApiError) and body.error_code == "E400"
    assert body.violations == tuple(
        sc.ApiErrorViolation(property=property_of(i.path), violation=i.message)
        for i in caught.value.issues)
    assert {v.property for v in body.violations} == {"messages[0].sender",
                                                      "messages[0].destinations[0].to"}
    _round_trip(body, sc.ApiError)
    # v1/v2 unchanged
    assert isinstance(sc.error_body(caught.value), sc.RequestError)
    assert sc.error_body(caught.value) == sc.error_body(caught.value, style="v2")


def test_error_body_v3_of_a_body_that_is_no_json() -> None:
    with pytest.raises(sc.DecodeError) as caught:
        sc.decode(b"{", sc.MessagesRequest)
    body = sc.error_body(caught.value, style="v3")
    assert body.violations is not None and body.violations[0].property == ""
    with pytest.raises(ValueError, match="style"):
        sc.error_body(caught.value, style="v4")  # type: ignore[call-overload]


def test_error_bodies_are_read_tolerantly() -> None:
    assert sc.decode(b'{"errorCode": "E400", "extra": 1, "violations": null}',
                     sc.ApiError) == sc.ApiError(error_code="E400")
    with pytest.raises(sc.ValidationError):
        sc.decode(b'{"errorCode": "E400"}', sc.ApiError, strict=True)


def test_check_send_at_takes_the_schedule_of_a_v3_request() -> None:
    now = datetime(2026, 1, 1, 12, tzinfo=UTC)
    body = {"messages": [_message()], "options": {"schedule": {
        "sendAt": "2026-07-01T12:00:00.000+0000"}}}  # 181 days ahead
    request = sc.decode(json.dumps(body), sc.MessagesRequest)
    with pytest.raises(sc.ValidationError) as caught:
        sc.check_send_at(request, now)
    assert [(i.path, i.code) for i in caught.value.issues] == [
        ("/options/schedule/sendAt", "send_at.too_far")]
    sc.check_send_at(request, now + timedelta(days=1))  # 180 days ahead: fine
    sc.check_send_at(sc.decode(json.dumps({"messages": [_message()]}), sc.MessagesRequest), now)


# --- sms_count ------------------------------------------------------------------------------

def test_sms_count_of_a_v3_message() -> None:
    to = (sc.SmsDestination(to="41793026727"),)
    turkish = "Artık Ulusal Dil Tanımlayıcısı ile Türkçe karakterli smslerinizi rahatlıkla " * 2
    plain = sc.SmsMessage(destinations=to, content=sc.SmsTextContent(text=turkish))
    national = sc.SmsMessage(destinations=to, content=sc.SmsTextContent(
        text=turkish, language=sc.SmsLanguage(language_code="TR")))
    assert sc.sms_count(plain) == sc.count_segments(turkish).count
    assert sc.sms_count(national) == sc.count_segments(turkish, language="tr").count
    assert sc.sms_count(national) < sc.sms_count(plain)
    # The shift flags name the tables, as in a v2 message: both off leaves the default alphabet.
    neither = sc.SmsLanguage(language_code="TR", single_shift=False, locking_shift=False)
    assert sc.sms_count(sc.SmsMessage(destinations=to, content=sc.SmsTextContent(
        text=turkish, language=neither))) == sc.sms_count(plain)
    binary = sc.SmsMessage(destinations=to, content=sc.BinaryContent(hex=b"\x00A" * 135,
                                                                      data_coding=8))
    assert sc.sms_count(binary) == 3


@given(ss.v3_messages(longest=False))
def test_sms_count_agrees_with_the_255_part_rule(message: sc.SmsMessage) -> None:
    assert 1 <= sc.sms_count(message) <= 255


# --- round trips ------------------------------------------------------------------------------

@given(st.one_of(ss.v3_messages_requests(longest=False), ss.v3_messages_responses(),
                 ss.api_errors()))
def test_round_trips(value: Any) -> None:
    _round_trip(value, type(value))
    assert sc.decode(sc.encode(sc.decode(sc.encode(value, format="xml"), type(value),
                                         format="xml")), type(value)) == value
