"""The v2 advanced send requests (`/sms/2/text/advanced`, `/sms/2/binary/advanced`): the API
description's examples as vectors, each bound, enum and rule across fields, the mix-up with
v1 and v3 bodies, the clock rule (`check_send_at`), `sms_count`, and round trips."""

from __future__ import annotations

import functools
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import smscodec as sc
from smscodec import (
    AdvancedBinaryMessage,
    AdvancedTextMessage,
    BinaryAdvancedRequest,
    BinaryContent,
    Destination,
    SmsDeliveryTime,
    SmsDeliveryTimeWindow,
    SmsLanguage,
    TextAdvancedRequest,
    ValidationError,
)
from smscodec import strategies as ss
from smscodec._api_advanced import MAX_SCHEDULE_AHEAD

VECTORS = Path(__file__).resolve().parent / "vectors" / "v2"
#: The description the vectors were copied from, where the workspace has it.
SPEC = Path(__file__).resolve().parents[2] / "shared" / "spec" / "infobip-sms-openapi.json"
TO = "41793026727"
Fmt = sc.Format


def _fmt(path: Path) -> Fmt:
    return "json" if path.suffix == ".json" else "xml"


def _model(name: str) -> type[Any]:
    return TextAdvancedRequest if name.startswith("text-") else BinaryAdvancedRequest


def _other(fmt: Fmt) -> Fmt:
    return "xml" if fmt == "json" else "json"


def _laws(data: bytes, model: type[Any], fmt: Fmt) -> Any:
    """Decode, re-encode canonically, decode back equal; canonical bytes are a fixed point;
    the other format carries the same value."""
    value = sc.decode(data, model, format=fmt)
    canonical = sc.encode(value, format=fmt)
    again = sc.decode(canonical, model, format=fmt)
    assert again == value
    assert sc.encode(again, format=fmt) == canonical
    assert sc.decode(sc.encode(value, format=_other(fmt)), model, format=_other(fmt)) == value
    return value


# --- the description's examples -------------------------------------------------------------

#: The examples that break the description's own hex rule (two digits a byte, single spaces):
#: the issue each gives as written, and the reading under which the test decodes it.
BROKEN = {
    # The hex is shortened with an ellipsis ("74 …20 45"): the reading leaves the ellipsis out.
    "binary-send-fully-featured-binary-message": ("/messages/1/binary/hex", "hex.not_hex"),
    # UCS-2 written in groups of four digits ("0048 0065"): the reading splits each group
    # into its two bytes. smscodec refuses the groups (README, "stricter").
    "binary-unicode-flash-binary-sms": ("/messages/0/binary/hex", "hex.separator"),
}


_HEX = re.compile(r'(<hex>|"hex": ")([^<"]*)')


def _reading(text: str) -> str:
    """The hex as the description's rule writes it: no ellipsis, two digits a byte."""

    def fix(m: re.Match[str]) -> str:
        octets = re.sub(r"\b([0-9a-fA-F]{2})([0-9a-fA-F]{2})\b", r"\1 \2",
                        m.group(2).replace("\u2026", ""))
        return m.group(1) + octets

    return _HEX.sub(fix, text)


EXAMPLES = sorted(p for p in VECTORS.iterdir() if p.suffix in (".json", ".xml"))


def test_every_example_of_the_two_endpoints_is_a_vector() -> None:
    assert len(EXAMPLES) == 18  # 7 text and 2 binary examples, each in JSON and in XML
    if not SPEC.exists():
        pytest.skip("the API description is beside the repository (../shared/spec), not here")
    spec = json.loads(SPEC.read_text("utf-8"))
    for path, kind in (("/sms/2/text/advanced", "text"), ("/sms/2/binary/advanced", "binary")):
        content = spec["paths"][path]["post"]["requestBody"]["content"]
        for media, body in content.items():
            fmt = "json" if "json" in media else "xml"
            for title, example in body["examples"].items():
                slug = re.sub("[^a-z0-9]+", "-", title.lower()).strip("-")
                file = VECTORS / f"{kind}-{slug}.{fmt}"
                written = file.read_text("utf-8")
                value = example["value"]
                assert (json.loads(written) == value) if fmt == "json" else written == value


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_decodes_reencodes_and_decodes_back_equal(path: Path) -> None:
    fmt = _fmt(path)
    model = _model(path.name)
    data = path.read_text("utf-8")
    broken = BROKEN.get(path.stem)
    if broken is not None:
        with pytest.raises(ValidationError) as caught:
            sc.decode(data, model, format=fmt)
        assert [(i.path, i.code) for i in caught.value.issues] == [broken]
        data = _reading(data)
    value = _laws(data.encode("utf-8"), model, fmt)
    assert value.messages and all(m.destinations for m in value.messages)


def test_json_and_xml_examples_are_the_same_values() -> None:
    for json_file in (p for p in EXAMPLES if p.suffix == ".json"):
        xml_file = json_file.with_suffix(".xml")
        model = _model(json_file.name)
        read = [sc.decode(_reading(f.read_text("utf-8")), model, format=_fmt(f))
                for f in (json_file, xml_file)]
        assert read[0] == read[1], json_file.stem


def test_the_fully_featured_example_reads_every_kind_of_field() -> None:
    value = sc.decode((VECTORS / "text-send-fully-featured-textual-message.xml").read_bytes(),
                      TextAdvancedRequest, format="xml")
    first, second = value.messages
    assert value.bulk_id == "BULK-ID-123-xyz" and value.tracking is not None
    assert value.tracking.track == "SMS" and value.tracking.type == "MY_CAMPAIGN"
    assert first.destinations == (Destination(to=TO, message_id="MESSAGE-ID-123-xyz"),
                                  Destination(to="41793026834"))
    assert (first.flash, first.intermediate_report, first.validity_period) == (False, True, 720)
    assert first.language == SmsLanguage(language_code="TR")
    assert first.notify_content_type == "application/json"
    assert first.transliteration == "TURKISH"
    window = second.delivery_time_window
    assert window is not None and len(window.days) == 7
    assert window.start == SmsDeliveryTime(hour=6, minute=0)
    assert window.end == SmsDeliveryTime(hour=15, minute=30)
    assert second.send_at == datetime(2021, 8, 25, 16, tzinfo=UTC)
    assert b'"sendAt":"2021-08-25T16:00:00.000+0000"' in sc.encode(value)


def test_canonical_xml_uses_the_examples_names() -> None:
    value = sc.decode((VECTORS / "text-send-fully-featured-textual-message.json").read_bytes(),
                      TextAdvancedRequest)
    xml = sc.encode(value, format="xml").decode()
    assert xml.startswith("<?xml") and "<SMSAdvancedTextualRequest>" in xml
    for fragment in ("<messages><message>", "<destinations><destination>",
                     "<days><days>MONDAY</days><days>TUESDAY</days>"):
        assert fragment in xml


# --- rules ----------------------------------------------------------------------------------


def _issues(message: dict[str, Any], model: type[Any] = TextAdvancedRequest,
            **top: Any) -> list[tuple[str, str]]:
    content = {"text": "a"} if model is TextAdvancedRequest else {"binary": {"hex": "41"}}
    body = {"messages": [{"destinations": [{"to": TO}], **content, **message}], **top}
    try:
        sc.decode(json.dumps(body).encode(), model)
    except ValidationError as error:
        return [(i.path, i.code) for i in error.issues]
    return []


def _window(start: tuple[int, int] | None, end: tuple[int, int] | None) -> dict[str, Any]:
    window: dict[str, Any] = {"days": ["MONDAY"]}
    if start is not None:
        window["from"] = {"hour": start[0], "minute": start[1]}
    if end is not None:
        window["to"] = {"hour": end[0], "minute": end[1]}
    return {"deliveryTimeWindow": window}


W = "/messages/0/deliveryTimeWindow"


@pytest.mark.parametrize("model", [TextAdvancedRequest, BinaryAdvancedRequest])
@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (None, None, []),
        ((6, 0), (7, 0), []),  # exactly an hour
        ((22, 30), (0, 0), []),  # 90 minutes across midnight
        ((6, 0), (6, 59), [(f"{W}/to", "window.too_short")]),
        ((6, 0), (6, 0), [(f"{W}/to", "window.too_short")]),
        ((23, 30), (0, 15), [(f"{W}/to", "window.too_short")]),
        ((6, 0), None, [(f"{W}/to", "window.incomplete")]),
        (None, (6, 0), [(f"{W}/from", "window.incomplete")]),
        ((24, 0), (6, 0), [(f"{W}/from/hour", "integer.range")]),
        ((6, 60), (8, 0), [(f"{W}/from/minute", "integer.range")]),
        ((6, 0), (-1, 0), [(f"{W}/to/hour", "integer.range")]),
    ],
)
def test_delivery_time_window(model: type[Any], start: Any, end: Any, expected: Any) -> None:
    assert _issues(_window(start, end), model) == expected


def test_window_days() -> None:
    assert _issues({"deliveryTimeWindow": {"days": []}}) == [(f"{W}/days", "array.empty")]
    assert _issues({"deliveryTimeWindow": {"days": "MONDAY"}}) == [(f"{W}/days", "type.array")]
    assert _issues({"deliveryTimeWindow": {"days": ["monday"]}}) == [(f"{W}/days/0",
                                                                       "enum.value")]
    assert _issues({"deliveryTimeWindow": {}}) == [(f"{W}/days", "field.missing")]
    xml = (b"<SMSAdvancedTextualRequest><messages><message><text>a</text><deliveryTimeWindow>"
           b"<days/></deliveryTimeWindow><destinations><destination><to>41793026727</to>"
           b"</destination></destinations></message></messages></SMSAdvancedTextualRequest>")
    with pytest.raises(ValidationError) as caught:
        sc.decode(xml, TextAdvancedRequest, format="xml")
    assert [(i.path, i.code) for i in caught.value.issues] == [(f"{W}/days", "array.empty")]
    # One day is written as an array of one, in both formats.
    one = SmsDeliveryTimeWindow(days=("FRIDAY",))
    message = AdvancedTextMessage(destinations=(Destination(to=TO),), delivery_time_window=one)
    request = TextAdvancedRequest(messages=(message,))
    assert b'"days":["FRIDAY"]' in sc.encode(request)
    assert sc.decode(sc.encode(request, format="xml"), TextAdvancedRequest, format="xml") == request


L = "/messages/0/language"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ({"languageCode": "TR", "singleShift": True, "lockingShift": True}, []),
        ({"languageCode": "AUTODETECT", "lockingShift": True}, []),
        ({"singleShift": False, "lockingShift": False}, []),
        ({"singleShift": True}, [(f"{L}/languageCode", "language.shift")]),
        ({"languageCode": "NONE", "lockingShift": True},
         [(f"{L}/languageCode", "language.shift")]),
        ({"languageCode": "tr"}, [(f"{L}/languageCode", "enum.value")]),
        ({"languageCode": "DE"}, [(f"{L}/languageCode", "enum.value")]),
    ],
)
def test_language_shifts_need_a_code(language: dict[str, Any], expected: Any) -> None:
    assert _issues({"language": language}) == expected


@pytest.mark.parametrize(
    ("field", "most", "model"),
    [
        ("callbackData", 4000, TextAdvancedRequest),
        ("callbackData", 4000, BinaryAdvancedRequest),
        ("campaignReferenceId", 255, TextAdvancedRequest),
        ("entityId", 50, TextAdvancedRequest),
        ("applicationId", 50, TextAdvancedRequest),
        ("entityId", 66, BinaryAdvancedRequest),
        ("applicationId", 66, BinaryAdvancedRequest),
    ],
)
def test_string_bounds(field: str, most: int, model: type[Any]) -> None:
    assert _issues({field: "x" * most}, model) == []
    assert _issues({field: "x" * (most + 1)}, model) == [(f"/messages/0/{field}",
                                                          "string.too_long")]


def test_nested_string_bounds() -> None:
    path = "/messages/0/destinations/0/messageId"
    assert _issues({"destinations": [{"to": TO, "messageId": "m" * 200}]}) == []
    assert _issues({"destinations": [{"to": TO, "messageId": "m" * 201}]}) == [
        (path, "string.too_long")]
    title = {"regional": {"southKorea": {"title": "t" * 67}}}
    assert _issues(title) == [("/messages/0/regional/southKorea/title", "string.too_long")]


@pytest.mark.parametrize(
    ("message", "top", "expected"),
    [
        ({"notifyContentType": "text/xml"}, {}, ("/messages/0/notifyContentType",
                                                 "enum.value")),
        ({"transliteration": "LATIN"}, {}, ("/messages/0/transliteration", "enum.value")),
        ({"regional": {"turkeyIys": {"recipientType": "X"}}}, {},
         ("/messages/0/regional/turkeyIys/recipientType", "enum.value")),
        ({"regional": {"turkeyIys": {}}}, {},
         ("/messages/0/regional/turkeyIys/recipientType", "field.missing")),
        ({"regional": {"indiaDlt": {"contentTemplateId": "1"}}}, {},
         ("/messages/0/regional/indiaDlt/principalEntityId", "field.missing")),
        ({"regional": {"turkeyIys": {"recipientType": "TACIR", "brandCode": 2**31}}}, {},
         ("/messages/0/regional/turkeyIys/brandCode", "integer.range")),
        ({"validityPeriod": 2**63}, {}, ("/messages/0/validityPeriod", "integer.range")),
        ({"flash": "true"}, {}, ("/messages/0/flash", "type.boolean")),
        ({"sendAt": "2021-08-25 16:00"}, {}, ("/messages/0/sendAt", "timestamp.format")),
        ({"destinations": []}, {}, ("/messages/0/destinations", "to.empty")),
        ({"destinations": [{"messageId": "a"}]}, {},
         ("/messages/0/destinations/0/to", "field.missing")),
        ({"destinations": [{"to": "+41 79"}]}, {},
         ("/messages/0/destinations/0/to", "destination.format")),
        ({"from": "Wine-Shop"}, {}, ("/messages/0/from", "sender.character")),
        ({"text": ""}, {}, ("/messages/0/text", "text.empty")),
        ({}, {"sendingSpeedLimit": {"amount": 1, "timeUnit": "WEEK"}},
         ("/sendingSpeedLimit/timeUnit", "enum.value")),
        ({}, {"sendingSpeedLimit": {"timeUnit": "DAY"}},
         ("/sendingSpeedLimit/amount", "field.missing")),
        ({}, {"includeSmsCountInResponse": 1}, ("/includeSmsCountInResponse", "type.boolean")),
    ],
)
def test_fields_bounds_and_enums(message: Any, top: Any, expected: Any) -> None:
    # JSON here; test_the_same_issues_in_xml checks that XML gives the same codes and paths.
    assert _issues(message, **top) == [expected]


def test_the_binary_request_has_no_text_only_fields() -> None:
    assert _issues({"language": {"languageCode": "TR"}}, BinaryAdvancedRequest) == [
        ("/messages/0/language", "field.unknown")]
    assert _issues({}, BinaryAdvancedRequest, tracking={}) == [("/tracking", "field.unknown")]
    assert _issues({"binary": {"hex": "80"}}, BinaryAdvancedRequest) == [
        ("/messages/0/binary/hex", "binary.septet_range")]


def test_the_same_issues_in_xml() -> None:
    xml = (b"<SMSAdvancedTextualRequest><messages><message><text>a</text>"
           b"<callbackData>" + b"x" * 4001 + b"</callbackData><flash>yes</flash>"
           b"<destinations><destination><to>41793026727</to></destination></destinations>"
           b"</message></messages></SMSAdvancedTextualRequest>")
    with pytest.raises(ValidationError) as caught:
        sc.decode(xml, TextAdvancedRequest, format="xml")
    assert sorted((i.path, i.code) for i in caught.value.issues) == [
        ("/messages/0/callbackData", "string.too_long"), ("/messages/0/flash", "type.boolean")]


# --- bodies of another version --------------------------------------------------------------


def _refused(body: Any, model: type[Any]) -> list[Any]:
    with pytest.raises(ValidationError) as caught:
        sc.decode(json.dumps(body).encode(), model)
    return list(caught.value.issues)


@pytest.mark.parametrize("model", [TextAdvancedRequest, BinaryAdvancedRequest])
def test_a_v1_multi_message_gets_one_issue_naming_the_mix_up(model: type[Any]) -> None:
    content = {"text": "Hello"} if model is TextAdvancedRequest else {"binary": {"hex": "41"}}
    body = {"messages": [{"from": "InfoSMS", "to": [TO, "41793026834"], **content}]}
    (issue,) = _refused(body, model)
    assert (issue.path, issue.code) == ("/messages/0", "field.other_version")
    assert "'to' belongs to the v1 multi API" in issue.message
    assert "destinations: [{to}]" in issue.message


def test_a_v1_single_request_gets_one_issue() -> None:
    (issue,) = _refused({"from": "InfoSMS", "to": TO, "text": "Hello"}, TextAdvancedRequest)
    assert (issue.path, issue.code) == ("", "field.other_version")
    assert "belong to the v1 single API" in issue.message


def test_a_v3_message_gets_one_issue() -> None:
    body = {"messages": [{"sender": "InfoSMS", "destinations": [{"to": TO}],
                          "content": {"text": "Hello"}}], "options": {}}
    # The request's own mix-up is the one issue: the rest follows from it, so is not checked.
    (issue,) = _refused(body, TextAdvancedRequest)
    assert (issue.path, issue.code) == ("", "field.other_version")
    assert "'options' belongs to the v3 API" in issue.message
    del body["options"]
    (issue,) = _refused(body, TextAdvancedRequest)
    assert (issue.path, issue.code) == ("/messages/0", "field.other_version")
    assert "'content' and 'sender' belong to the v3 API" in issue.message


def test_a_mixed_up_object_is_one_issue_and_other_unknown_fields_stay_unknown() -> None:
    body = {"messages": [{"to": TO, "text": "a", "colour": "red"},
                         {"destinations": [{"to": TO}], "text": "a", "colour": "red"}]}
    codes = [(i.path, i.code) for i in _refused(body, TextAdvancedRequest)]
    assert codes == [("/messages/0", "field.other_version"),
                     ("/messages/1/colour", "field.unknown")]


def test_the_mix_up_in_xml() -> None:
    xml = (b"<SMSAdvancedTextualRequest><messages><message><to>41793026727</to><text>a</text>"
           b"</message></messages></SMSAdvancedTextualRequest>")
    with pytest.raises(ValidationError) as caught:
        sc.decode(xml, TextAdvancedRequest, format="xml")
    assert [(i.path, i.code) for i in caught.value.issues] == [("/messages/0",
                                                                "field.other_version")]


# --- the clock rule -------------------------------------------------------------------------

NOW = datetime(2026, 1, 1, 12, tzinfo=UTC)


def _at(when: datetime | None) -> AdvancedTextMessage:
    return AdvancedTextMessage(destinations=(Destination(to=TO),), text="a", send_at=when)


def test_send_at_at_most_180_days_ahead() -> None:
    sc.check_send_at(_at(None), NOW)
    sc.check_send_at(_at(NOW - timedelta(days=1)), NOW)  # the past: sent at once
    sc.check_send_at(_at(NOW + timedelta(days=180)), NOW)
    with pytest.raises(ValidationError) as caught:
        sc.check_send_at(_at(NOW + timedelta(days=180, milliseconds=1)), NOW)
    (issue,) = caught.value.issues
    assert (issue.path, issue.code) == ("/sendAt", "send_at.too_far")


def test_send_at_compares_instants_not_clock_faces() -> None:
    plus_two = timezone(timedelta(hours=2))
    edge = (NOW + MAX_SCHEDULE_AHEAD).astimezone(plus_two)
    sc.check_send_at(_at(edge), NOW)
    with pytest.raises(ValidationError):
        sc.check_send_at(_at(edge + timedelta(minutes=1)), NOW.astimezone(plus_two))


def test_send_at_of_a_request_names_each_message() -> None:
    far = NOW + timedelta(days=200)
    request = BinaryAdvancedRequest(messages=tuple(
        AdvancedBinaryMessage(destinations=(Destination(to=TO),), send_at=when)
        for when in (NOW, far, None, far)))
    with pytest.raises(ValidationError) as caught:
        sc.check_send_at(request, NOW)
    assert [i.path for i in caught.value.issues] == ["/messages/1/sendAt", "/messages/3/sendAt"]
    with pytest.raises(ValueError, match="aware"):
        sc.check_send_at(request, datetime(2026, 1, 1))


def test_decode_does_not_look_at_the_clock() -> None:
    body = {"messages": [{"destinations": [{"to": TO}], "text": "a",
                          "sendAt": "9999-12-31T00:00:00.000+0000"}]}
    assert sc.decode(json.dumps(body), TextAdvancedRequest).messages[0].send_at is not None


# --- sms_count ------------------------------------------------------------------------------

TURKISH = "Artık Ulusal Dil Tanımlayıcısı ile Türkçe karakterli smslerinizi rahatlıkla"


def _text(text: str | None, language: SmsLanguage | None = None) -> AdvancedTextMessage:
    return AdvancedTextMessage(destinations=(Destination(to=TO),), text=text, language=language)


def test_sms_count_of_a_text_follows_its_language() -> None:
    assert sc.count_segments(TURKISH).encoding == "UCS2"
    plain = sc.sms_count(_text(TURKISH * 2))
    assert plain == sc.count_segments(TURKISH * 2).count
    turkish = sc.sms_count(_text(TURKISH * 2, SmsLanguage(language_code="TR")))
    assert turkish == sc.count_segments(TURKISH * 2, language="tr").count < plain
    # Only the tables named: with both shifts off, the default alphabet alone (UCS-2 here).
    neither = SmsLanguage(language_code="TR", single_shift=False, locking_shift=False)
    assert sc.sms_count(_text(TURKISH * 2, neither)) == plain
    def tables(single: bool | None, locking: bool | None) -> int:
        language = SmsLanguage(language_code="TR", single_shift=single, locking_shift=locking)
        return sc.sms_count(_text(TURKISH * 2, language))

    # The single shift escapes each Turkish letter (two septets); the locking shift holds them.
    assert turkish == tables(None, True) == tables(True, True) < tables(True, None) < plain
    # Spanish has no locking shift table: asking for it alone leaves the default alphabet.
    spanish = "¿Qué tal? Mañana a las ocho en la estación " * 4
    assert sc.count_segments(spanish).encoding == "UCS2"
    only_locking = SmsLanguage(language_code="ES", locking_shift=True)
    assert sc.sms_count(_text(spanish, only_locking)) == sc.count_segments(spanish).count
    assert sc.sms_count(_text(spanish, SmsLanguage(language_code="ES", single_shift=True))) \
        == sc.count_segments(spanish, language="es").count < sc.count_segments(spanish).count
    auto = SmsLanguage(language_code="AUTODETECT")
    assert sc.sms_count(_text(TURKISH * 2, auto)) == turkish
    assert sc.sms_count(_text(TURKISH * 2, SmsLanguage(language_code="NONE"))) == plain
    assert sc.sms_count(_text(None)) == 1


def test_sms_count_of_a_binary_message() -> None:
    payload = bytes(range(0x41, 0x41 + 26)) * 7  # 182 septets: two parts
    message = AdvancedBinaryMessage(destinations=(Destination(to=TO),),
                                    binary=BinaryContent(hex=payload))
    assert sc.sms_count(message) == 2
    assert sc.sms_count(AdvancedBinaryMessage(destinations=(Destination(to=TO),))) == 1


@given(st.from_type(AdvancedTextMessage) | st.from_type(AdvancedBinaryMessage))
def test_sms_count_agrees_with_the_255_part_rule(message: Any) -> None:
    # Every valid message fits in 255 parts as it is sent: the validator counts what sms_count
    # counts.
    assert 1 <= sc.sms_count(message) <= 255


def _v3_text(text: str, language: SmsLanguage | None,
             transliteration: str | None = None) -> sc.SmsMessage:
    return sc.SmsMessage(destinations=(sc.SmsDestination(to=TO),),
                         content=sc.SmsTextContent(text=text, language=language,
                                                   transliteration=transliteration))


def _v2_text(text: str, language: SmsLanguage | None,
             transliteration: str | None = None) -> AdvancedTextMessage:
    return AdvancedTextMessage(destinations=(Destination(to=TO),), text=text, language=language,
                               transliteration=transliteration)


@given(ss.texts(longest=True), st.none() | ss.sms_languages())
def test_sms_count_is_one_count_for_v2_and_v3(text: str, language: SmsLanguage | None) -> None:
    # The same text and language cost the same in a v2 message and a v3 content, never more
    # than the default alphabet alone would.
    v2 = sc.sms_count(_text(text, language))
    assert v2 == sc.sms_count(_v3_text(text, language))
    assert 1 <= v2 <= sc.count_segments(text).count <= 255


_LONG_LANGUAGES = [None, SmsLanguage(language_code="TR"), SmsLanguage(language_code="ES"),
                   SmsLanguage(language_code="TR", single_shift=True, locking_shift=False),
                   SmsLanguage(language_code="AUTODETECT")]


@functools.cache
def _most_repeats(char: str, language: SmsLanguage | None, transliteration: str | None) -> int:
    """How many times ``char`` fits in 255 parts as sent, by `sms_count`."""
    low, high = 1, 39_015
    while low < high:
        middle = (low + high + 1) // 2
        fits = _parts(char * middle, language, transliteration) <= 255
        low, high = (middle, high) if fits else (low, middle - 1)
    return low


def _parts(text: str, language: SmsLanguage | None, transliteration: str | None) -> int:
    from smscodec._api_advanced import text_sms_count

    return text_sms_count(text, language, transliteration)


@given(st.sampled_from(["€", "ş", "ı", "ç", "щ", "\U0001f600"]), st.integers(-2, 2),
       st.sampled_from(_LONG_LANGUAGES), st.sampled_from([None, "TURKISH", "CYRILLIC"]),
       st.booleans())
def test_the_255_part_rule_is_the_count_as_sent(
    char: str, offset: int, language: SmsLanguage | None, transliteration: str | None, v3: bool
) -> None:
    # At the 255-part edge, in either version: a text is valid exactly when it fits in 255
    # parts as the API sends it (transliterated, with its language's tables), which is what
    # sms_count counts. Turkish letters fit far more with TR's tables; щ, written shch by
    # CYRILLIC, fits fewer than as UCS-2.
    most = _most_repeats(char, language, transliteration)
    text = char * (most + offset)
    # A text the API sends as GSM 7-bit without tables (ş transliterated as s) reaches 255
    # parts at 39,015 characters, where decode's length limit (its own code) starts.
    assume(len(text) <= sc.Limits().max_text_length)
    make = _v3_text if v3 else _v2_text
    if offset <= 0:
        assert sc.sms_count(make(text, language, transliteration)) <= 255
        return
    with pytest.raises(ValidationError) as caught:
        make(text, language, transliteration)
    assert [i.code for i in caught.value.issues] == ["text.too_many_parts"]
    message: dict[str, Any] = {"destinations": [{"to": TO}], "text": text}
    content: dict[str, Any] = {"text": text}
    for holder in (message, content):
        if transliteration is not None:
            holder["transliteration"] = transliteration
        if language is not None:
            holder["language"] = {"languageCode": language.language_code,
                                  **({} if language.single_shift is None else
                                     {"singleShift": language.single_shift,
                                      "lockingShift": language.locking_shift})}
    v3_body = {"messages": [{"destinations": [{"to": TO}], "content": content}]}
    for fmt in ("json", "xml"):
        value = {"messages": [message]}
        model: Any = TextAdvancedRequest
        path = "/messages/0/text"
        if v3:
            value, model, path = v3_body, sc.MessagesRequest, "/messages/0/content/text"
        data = json.dumps(value) if fmt == "json" else _as_xml(value, model)
        with pytest.raises(ValidationError) as caught:
            sc.decode(data, model, format=fmt)
        assert [(i.path, i.code) for i in caught.value.issues] == [(path, "text.too_many_parts")]


def _as_xml(tree: dict[str, Any], model: Any) -> bytes:
    """The XML of a JSON body that is valid but for its text's parts: through a value whose
    text fits, with the long text put back in."""
    text = tree["messages"][0].get("text") or tree["messages"][0]["content"]["text"]
    short = json.loads(json.dumps(tree).replace(json.dumps(text), json.dumps("a")))
    xml = sc.encode(sc.decode(json.dumps(short), model), format="xml")
    return xml.replace(b"<text>a</text>", b"<text>" + text.encode() + b"</text>")


def test_national_tables_and_transliteration_move_the_255_part_edge() -> None:
    # Before the validator counted as sent, the first was refused (as UCS-2, 67 characters a
    # part, it needs 553 parts; TR's locking table holds 149 a part: 249) and the second
    # accepted (150 parts as UCS-2, but CYRILLIC sends 10,000 shch: 40,000 septets, 262 parts
    # of 153).
    turkish = "ş" * 37_000
    assert sc.count_segments(turkish).count > 255
    message = _v2_text(turkish, SmsLanguage(language_code="TR"))
    assert sc.sms_count(message) <= 255
    assert sc.decode(sc.encode(TextAdvancedRequest(messages=(message,))),
                     TextAdvancedRequest).messages[0] == message
    cyrillic = "щ" * 10_000
    assert sc.count_segments(cyrillic).count <= 255
    _v2_text(cyrillic, None)  # valid as written
    with pytest.raises(ValidationError) as caught:
        _v2_text(cyrillic, None, "CYRILLIC")
    assert caught.value.issues[0].message.startswith("needs 262 parts sent transliterated")


# --- round trips ----------------------------------------------------------------------------


@given(st.from_type(TextAdvancedRequest) | st.from_type(BinaryAdvancedRequest),
       st.sampled_from(["json", "xml"]))
def test_round_trip(request: Any, fmt: Fmt) -> None:
    data = sc.encode(request, format=fmt)
    assert _laws(data, type(request), fmt) == request


@given(ss.delivery_time_windows(), ss.sms_languages())
def test_strategies_draw_valid_parts(window: SmsDeliveryTimeWindow, language: SmsLanguage) -> None:
    message = AdvancedTextMessage(destinations=(Destination(to=TO),), text="a",
                                  delivery_time_window=window, language=language)
    request = TextAdvancedRequest(messages=(message,))
    assert sc.decode(sc.encode(request), TextAdvancedRequest) == request


def test_constructors_check_the_rules() -> None:
    with pytest.raises(ValidationError) as caught:
        SmsDeliveryTimeWindow(days=("MONDAY",), start=SmsDeliveryTime(hour=6, minute=0))
    assert [(i.path, i.code) for i in caught.value.issues] == [("/to", "window.incomplete")]
    with pytest.raises(ValidationError):
        SmsLanguage(single_shift=True)
    with pytest.raises(ValidationError):
        Destination(to=TO, message_id="m" * 201)
