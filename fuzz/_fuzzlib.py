"""Shared checks for the fuzz harnesses in this folder (not instrumented itself).

Each ``fuzz_<name>.py`` imports this module first (it puts the checkout beside it on
``sys.path``), then imports ``smscodec`` inside ``atheris.instrument_imports`` and calls
`import_all` there too, so that every submodule, including the ones the package imports
lazily (the XML codec, segments, national tables), is instrumented for coverage.

A failed check raises `AssertionError` (or lets an unexpected exception escape): atheris
reports it as a crash and libFuzzer writes the input to ``-artifact_prefix``.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import os
import pickle
import pkgutil
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: Checks to leave out, to keep fuzzing past a known, reported bug: FUZZ_SKIP=error_body
#: (comma-separated). Off by default; fuzz/run prints what it skips.
SKIP = frozenset(filter(None, os.environ.get("FUZZ_SKIP", "").split(",")))
_CHECKS = {"error_body"}
if SKIP - _CHECKS:
    raise SystemExit(f"FUZZ_SKIP names unknown checks {sorted(SKIP - _CHECKS)}; known: {_CHECKS}")

# Test-only or tooling modules that fuzzing never reaches; importing them is just slow. The
# emulator also needs the `server` extra (httpx, uvicorn), which the fuzz venv does not have.
_SKIP = {"smscodec.strategies", "smscodec.__main__", "smscodec._server"}

#: Harness suffix to the model's name in ``smscodec``.
TYPES: dict[str, str] = {
    "text_multi_request": "TextMultiRequest",
    "binary_multi_request": "BinaryMultiRequest",
    "text_single_request": "TextSingleRequest",
    "binary_single_request": "BinarySingleRequest",
    "sms_response": "SmsResponse",
    "request_error": "RequestError",
    "bulk_schedule": "BulkSchedule",
    "bulk_reschedule_request": "BulkRescheduleRequest",
    "bulk_status": "BulkStatus",
    "bulk_status_update_request": "BulkStatusUpdateRequest",
    "preview_request": "PreviewRequest",
    "preview_response": "PreviewResponse",
    "delivery_reports": "DeliveryReports",
    "v3_delivery_reports": "DeliveryReportsV3",
    "message_logs": "MessageLogs",
    "v3_message_logs": "MessageLogsV3",
    "inbound_messages": "InboundMessages",
    "tracking_notification": "TrackingNotification",
    "text_advanced_request": "TextAdvancedRequest",
    "binary_advanced_request": "BinaryAdvancedRequest",
    "v3_messages_request": "MessagesRequest",
    "v3_messages_response": "MessagesResponse",
    "api_error": "ApiError",
}
_RESPONSES = {"SmsResponse", "RequestError"}
_RESPONSES |= {"BulkSchedule", "BulkStatus", "MessagesResponse", "ApiError"}
_RESPONSES |= {"DeliveryReports", "DeliveryReportsV3", "MessageLogs", "MessageLogsV3",
               "InboundMessages", "TrackingNotification"}
_RESPONSES |= {"PreviewResponse"}

# XML 1.0's Char production leaves these out (DESIGN, wire rules), written out again here
# rather than taken from the codec, so the harness checks the codec against the design.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_POSITION = re.compile(r"U\+([0-9A-F]{4,6}) at (?:index|position|offset) (\d+)")
_CODE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+")


def import_all() -> None:
    """Import every submodule of smscodec (call inside ``atheris.instrument_imports``)."""
    import smscodec

    # Not pkgutil.walk_packages: it imports every subpackage to look inside, skipped or not.
    def walk(path: list[str], prefix: str) -> None:
        for info in pkgutil.iter_modules(path, prefix):
            if info.name not in _SKIP:
                module = importlib.import_module(info.name)
                if info.ispkg:
                    walk(list(module.__path__), info.name + ".")

    walk(list(smscodec.__path__), "smscodec.")


def model(suffix: str) -> type:
    import smscodec

    cls: type = getattr(smscodec, TYPES[suffix])
    return cls


# --- checks on errors -------------------------------------------------------------------


def check_error(exc: BaseException, fmt: str) -> None:
    """A failure of decode is a SmsCodecError with well-formed issues, and a gateway can
    always answer it with the API's own error body, in either format."""
    import smscodec

    if not isinstance(exc, smscodec.SmsCodecError):
        raise exc
    assert exc.issues, f"{type(exc).__name__} without issues"
    for issue in exc.issues:
        assert isinstance(issue, smscodec.Issue), issue
        _check_pointer(issue.path)
        assert _CODE.fullmatch(issue.code), f"odd issue code {issue.code!r}"
        assert issue.message, f"empty message for {issue.code}"
        if fmt == "json":
            assert issue.line is None, f"a JSON issue with a line: {issue!r}"
        else:
            assert issue.line is None or (type(issue.line) is int and issue.line >= 1), issue
        str(issue)
    if isinstance(exc, smscodec.ValidationError):
        assert len(exc.issues) <= smscodec.Limits().max_issues
        assert exc.more >= 0
    str(exc)
    again = pickle.loads(pickle.dumps(exc))
    assert type(again) is type(exc) and again.issues == exc.issues
    if "error_body" in SKIP:
        return
    reply = smscodec.error_body(exc)
    for f in ("json", "xml"):
        # The error text quotes the body; it must still be sendable.
        smscodec.encode(reply, format=f)  # type: ignore[arg-type]


def _check_pointer(path: str) -> None:
    assert isinstance(path, str), path
    if path:
        assert path.startswith("/"), f"not a JSON Pointer: {path!r}"
        for token in path[1:].split("/"):
            assert re.fullmatch(r"([^~]|~[01])*", token), f"bad escape in pointer {path!r}"


def resolve(tree: Any, path: str) -> Any:
    """The value at a JSON Pointer in a ``json.loads`` tree."""
    node = tree
    if not path:
        return node
    for raw in path[1:].split("/"):
        key = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def _resolve_in_body(twin: Any, path: str) -> Any:
    """``path`` in the JSON twin, or, for the error body, in what its wrapper holds."""
    try:
        return resolve(twin, path)
    except (KeyError, IndexError, ValueError, TypeError):
        if isinstance(twin, dict) and len(twin) == 1:
            return resolve(next(iter(twin.values())), path)
        raise


# --- checks on values -------------------------------------------------------------------


def strings(value: Any) -> Iterator[str]:
    """Every str inside a model value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from strings(item)
    elif isinstance(value, Mapping):  # validationErrors: its keys are strings too
        for key, item in value.items():
            yield from strings(key)
            yield from strings(item)
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from strings(getattr(value, f.name))


def check_value(value: Any, cls: type) -> None:
    """A decoded value is an immutable, hashable, picklable instance of its type."""
    assert type(value) is cls, f"decode gave {type(value).__name__}, not {cls.__name__}"
    hash(value)
    assert pickle.loads(pickle.dumps(value)) == value, "pickle round trip changed the value"


def check_roundtrip(value: Any, cls: type, fmt: str) -> bytes:
    """decode(encode(v)) == v, and encode is canonical. Returns encode(v)."""
    import smscodec

    wire: bytes = smscodec.encode(value, format=fmt)  # type: ignore[arg-type]
    assert isinstance(wire, bytes), type(wire)
    try:
        back = smscodec.decode(wire, cls, format=fmt)  # type: ignore[arg-type]
    except smscodec.SmsCodecError as exc:
        raise AssertionError(f"encode gave a body decode refuses: {wire!r}\n{exc}") from exc
    assert back == value, f"round trip changed the value:\n  {value!r}\n  {back!r}\n  {wire!r}"
    again = smscodec.encode(back, format=fmt)  # type: ignore[arg-type]
    assert again == wire, f"encode is not canonical:\n  {wire!r}\n  {again!r}"
    if fmt == "json":
        check_canonical_json(wire)
    else:
        check_canonical_xml(wire)
    return wire


# DESIGN, wire rules: the order of the keys in every object the encoder writes.
_KEY_ORDERS = (
    ("from", "to", "text", "binary"),
    ("hex", "dataCoding", "esmClass"),
    ("bulkId", "messages"),
    ("to", "status", "smsCount", "messageId"),
    ("groupId", "groupName", "id", "name", "description", "action"),
    ("requestError",),
    ("serviceException",),
    ("messageId", "text", "validationErrors"),
    ("bulkId", "sendAt"),
    ("bulkId", "status"),
    ("text", "languageCode", "transliteration"),
    ("originalText", "previews"),
    ("textPreview", "messageCount", "charactersRemaining", "configuration"),
    ("language", "transliteration"),
    # What comes back after a send: the order of the description's examples.
    ("results", "messageCount", "pendingMessageCount"),
    ("results", "cursor"),
    ("bulkId", "messageId", "to", "from", "sentAt", "doneAt", "smsCount", "mccMnc",
     "callbackData", "price", "status", "error", "entityId", "applicationId",
     "campaignReferenceId"),
    ("bulkId", "price", "status", "error", "messageId", "to", "sender", "sentAt", "doneAt",
     "messageCount", "mccMnc", "callbackData", "platform", "campaignReferenceId"),
    ("bulkId", "messageId", "to", "from", "text", "sentAt", "doneAt", "smsCount", "mccMnc",
     "price", "status", "error", "applicationId", "entityId", "campaignReferenceId"),
    ("sender", "destination", "bulkId", "messageId", "sentAt", "doneAt", "messageCount",
     "price", "status", "error", "platform", "content", "campaignReferenceId", "mccMnc"),
    ("messageId", "from", "to", "text", "cleanText", "keyword", "receivedAt", "smsCount",
     "price", "callbackData", "applicationId", "entityId", "campaignReferenceId"),
    ("notificationType", "recipient", "url", "sendDateTime", "messageId", "bulkId",
     "callbackData", "recipientInfo", "geoLocationInfo", "applicationId", "entityId"),
    ("pricePerMessage", "currency"),
    ("groupId", "groupName", "id", "name", "description", "permanent"),
    ("entityId", "applicationId"),
    ("text", "transliteration", "language"),
    ("languageCode", "singleShift", "lockingShift"),
    ("limit", "nextCursor"),
    ("deviceType", "os", "deviceName"),
    ("countryName", "city"),
    # The v2 advanced bodies (the description's order of properties).
    ("bulkId", "messages", "sendingSpeedLimit", "urlOptions", "tracking",
     "includeSmsCountInResponse"),
    ("binary", "callbackData", "deliveryTimeWindow", "destinations", "flash", "from",
     "intermediateReport", "language", "notifyContentType", "notifyUrl", "regional", "sendAt",
     "text", "transliteration", "validityPeriod", "entityId", "applicationId",
     "campaignReferenceId"),
    ("to", "messageId", "networkId"),
    ("days", "from", "to"),
    ("principalEntityId", "contentTemplateId", "telemarketerId"),
    ("recipientType", "brandCode"),
    ("title", "resellerCode"),
    ("baseUrl", "processKey", "track", "type"),
    ("shortenUrl", "trackClicks", "trackingUrl", "removeProtocol", "customDomain"),
    ("amount", "timeUnit"),
    # The v3 bodies.
    ("messages", "options"),
    ("sender", "destinations", "content", "options", "webhooks"),
    ("hour", "minute"),
    ("contentTemplateId", "principalEntityId", "telemarketerId"),
    ("brandCode", "recipientType"),
    ("indiaDlt", "turkeyIys", "southKorea"),
    ("platform", "validityPeriod", "deliveryTimeWindow", "campaignReferenceId", "regional",
     "flash"),
    ("url", "intermediateReport", "notify"),
    ("delivery", "contentType", "callbackData"),
    ("bulkId", "sendAt", "sendingSpeedLimit"),
    ("schedule", "tracking", "includeSmsCountInResponse", "conversionTracking"),
    ("useConversionTracking", "conversionTrackingName"),
    ("messageId", "status", "destination", "details"),
    ("messageCount",),
    ("errorCode", "description", "action", "violations", "resources"),
    ("property", "violation"),
    ("name", "url"),
)
_HEX = re.compile(r"[0-9a-f]{2}( [0-9a-f]{2})*")
_XML_HEX = re.compile(rb"<hex>([^<]*)</hex>")
_XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>'


def _in_order(keys: list[str]) -> bool:
    for order in _KEY_ORDERS:
        ranks = [order.index(k) for k in keys if k in order]
        if len(ranks) == len(keys) and ranks == sorted(ranks):
            return True
    return False


def check_canonical_json(wire: bytes) -> None:
    """Compact JSON, non-ASCII as UTF-8, keys in the design's order, lowercase hex, one
    destination as a string and several as an array."""
    # A decimal (a price) is written with its digits as read ("0.00"), which a float would
    # not keep: each stands in the tree as a marker string, put back as written.
    numbers: list[str] = []

    def keep(text: str) -> str:
        numbers.append(text)
        return f"\ue000{len(numbers) - 1}\ue000"

    tree = json.loads(wire, parse_float=keep)
    compact = re.sub(
        '"\ue000([0-9]+)\ue000"', lambda m: numbers[int(m[1])],
        json.dumps(tree, ensure_ascii=False, separators=(",", ":")),
    ).encode("utf-8")
    assert compact == wire, f"not compact canonical JSON:\n  {wire!r}\n  {compact!r}"
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            assert _in_order(list(node)), f"keys out of order: {list(node)} in {wire!r}"
            if isinstance(node.get("hex"), str):
                assert _HEX.fullmatch(node["hex"]), f"hex not canonical: {node['hex']!r}"
            if isinstance(node.get("to"), list):
                assert len(node["to"]) > 1, f"one destination written as an array: {wire!r}"
            for key, item in node.items():
                # A map's keys are data, in the order read, not members of a fixed order.
                map_ = key == "validationErrors" and isinstance(item, dict)
                stack.extend(item.values() if map_ else [item])


def check_canonical_xml(wire: bytes) -> None:
    """The UTF-8 declaration first, lowercase hex."""
    assert wire.startswith(_XML_DECLARATION), wire[:60]
    for found in _XML_HEX.finditer(wire):
        assert _HEX.fullmatch(found.group(1).decode()), f"hex not canonical: {found.group(1)!r}"


def check_to_xml(value: Any, cls: type) -> None:
    """JSON to XML keeps the value, or refuses with an EncodeError that names the
    character and its position, and only for text XML 1.0 cannot carry."""
    import smscodec

    unencodable = any(_NOT_XML.search(s) for s in strings(value))
    try:
        xml = smscodec.encode(value, format="xml")
    except smscodec.EncodeError as exc:
        assert unencodable, f"EncodeError for a value XML can carry: {value!r}\n{exc}"
        check_error(exc, "xml")
        twin = json.loads(smscodec.encode(value, format="json"))
        for issue in exc.issues:
            if issue.message.startswith("its key "):
                continue  # a map's key, not the value at the path: checked by `unencodable`
            where = _resolve_in_body(twin, issue.path)
            found = _POSITION.search(issue.message)
            assert found, f"EncodeError names no position: {issue}"
            char, index = chr(int(found.group(1), 16)), int(found.group(2))
            assert isinstance(where, str), f"{issue.path} is not a string in {twin!r}"
            assert index < len(where) and where[index] == char, (
                f"{issue} but the string there is {where!r}"
            )
        return
    assert not unencodable, f"XML encode accepted a value it cannot carry: {value!r}: {xml!r}"
    try:
        back = smscodec.decode(xml, cls, format="xml")
    except smscodec.SmsCodecError as exc:
        raise AssertionError(f"XML encode gave a body XML decode refuses: {xml!r}\n{exc}") from exc
    assert back == value, f"JSON to XML changed the value:\n  {value!r}\n  {back!r}\n  {xml!r}"


# --- the body harnesses -----------------------------------------------------------------


def body_target(suffix: str, fmt: str) -> Callable[[bytes], None]:
    """The TestOneInput of ``fuzz_<fmt>_<suffix>``: decode returns a value of the type or
    raises SmsCodecError; a value round-trips, canonically, in its format and the other;
    strict and tolerant decoding agree."""
    import smscodec

    cls = model(suffix)
    response = cls.__name__ in _RESPONSES
    other = "xml" if fmt == "json" else "json"

    def test_one_input(data: bytes) -> None:
        try:
            value = smscodec.decode(data, cls, format=fmt)  # type: ignore[arg-type]
        except Exception as exc:
            check_error(exc, fmt)
            value = None
        _check_strict(data, cls, fmt, value, response)
        if fmt == "json" and value is not None:
            _check_str_input(data, cls, value)
        if value is None:
            return
        check_value(value, cls)
        check_roundtrip(value, cls, fmt)
        if other == "xml":
            check_to_xml(value, cls)
        else:
            # Whatever XML carried, JSON carries too.
            check_roundtrip(value, cls, other)

    return test_one_input


def _check_strict(data: bytes, cls: type, fmt: str, value: Any, response: bool) -> None:
    """Requests are always strict: strict=True changes nothing. For responses, strict
    accepts a subset of what tolerant accepts, as the same value."""
    import smscodec

    try:
        strict = smscodec.decode(data, cls, format=fmt, strict=True)  # type: ignore[arg-type]
    except Exception as exc:
        check_error(exc, fmt)
        if not response:
            assert value is None, f"strict=True refused a request strict=False took: {exc}"
        return
    assert value is not None, "strict=True took a body strict=False refused"
    assert strict == value, f"strict and tolerant decode differ:\n  {value!r}\n  {strict!r}"


def _check_str_input(data: bytes, cls: type, value: Any) -> None:
    """A JSON body given as str decodes as the same body given as UTF-8 bytes."""
    import smscodec

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    assert smscodec.decode(text, cls) == value
