"""The wire shapes of the bodies `invalid_bodies` breaks beyond v1, for the mutations.

The v2 advanced, v3 and bulk shapes are restated from the API's description (as `_facts`
restates DESIGN) rather than read from the package's own body descriptions, so that the invalid
bodies do not take the code under test at its word: each member's rule, which members a decode
requires (in a response, only those a tolerant decode demands), whether unknown members are
refused (requests), and the names of another API version that an object answers with a mix-up
issue rather than ``field.unknown`` (never drawn as unknown names).

The reports, logs, inbound messages, tracking webhook and preview bodies are read from their
descriptions (`shape_of`): only wire facts (names, kinds, which members a tolerant decode
requires, bounds), never a rule's verdict.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final, TypeAlias

from .._spec.vocabulary import Body, Field, Kind


@dataclass(frozen=True, slots=True)
class _Leaf:
    """A scalar member: ``kind`` is sender, destination, text, string (``most`` characters
    when bounded), enum (closed, ``values``), open (a response's enum: any string), bool,
    int (``lo``..``hi``), decimal, timestamp, or binary (v1's hex/dataCoding/esmClass object).
    ``null_absent``: JSON null reads as absent there (a tolerant report), so is no bad value."""

    kind: str
    most: int | None = None
    values: tuple[str, ...] = ()
    lo: int = 0
    hi: int = 0
    null_absent: bool = False


@dataclass(frozen=True, slots=True)
class _Obj:
    fields: Mapping[str, _Shape]
    required: frozenset[str] = frozenset()
    closed: bool = True
    avoid: frozenset[str] = frozenset()
    #: A rule across members: "window" (from and to both or neither, an hour apart) or
    #: "language" (a shift table needs its languageCode).
    check: str | None = None


@dataclass(frozen=True, slots=True)
class _Arr:
    item: _Shape
    #: The code an empty array gives; None when empty is fine.
    empty: str | None = None


@dataclass(frozen=True, slots=True)
class _Union:
    """v3 content: a text content (``text`` tells it) or binary content (``hex``)."""

    text: _Obj
    binary: _Leaf = field(default_factory=lambda: _Leaf("binary"))


_Shape: TypeAlias = _Leaf | _Obj | _Arr | _Union

_INT32: Final = (-(2**31), 2**31 - 1)
_INT64: Final = (-(2**63), 2**63 - 1)


def _int(bounds: tuple[int, int]) -> _Leaf:
    return _Leaf("int", lo=bounds[0], hi=bounds[1])


def _enum(*values: str) -> _Leaf:
    return _Leaf("enum", values=values)


def _str(most: int | None = None) -> _Leaf:
    return _Leaf("string", most=most)


def _obj(required: tuple[str, ...] = (), **fields: _Shape) -> _Obj:
    return _Obj(fields, frozenset(required))


_STRING: Final = _str()
_BOOL: Final = _Leaf("bool")
_TIMESTAMP: Final = _Leaf("timestamp")
_SENDER: Final = _Leaf("sender")
_DESTINATION: Final = _Leaf("destination")
_TEXT: Final = _Leaf("text")
_BINARY: Final = _Leaf("binary")

_TRANSLITERATIONS: Final = _enum(
    "NONE", "TURKISH", "GREEK", "CYRILLIC", "SERBIAN_CYRILLIC", "CENTRAL_EUROPEAN", "BALTIC",
    "NON_UNICODE", "PORTUGUESE", "COLOMBIAN", "BULGARIAN_CYRILLIC", "ALL",
)
_LANGUAGE: Final = _Obj(
    {"languageCode": _enum("NONE", "TR", "ES", "PT", "AUTODETECT"),
     "singleShift": _BOOL, "lockingShift": _BOOL},
    check="language",
)
_TIME: Final = _obj(("hour", "minute"), hour=_int((0, 23)), minute=_int((0, 59)))
_SPEED: Final = _obj(("amount",), amount=_int(_INT32), timeUnit=_enum("MINUTE", "HOUR", "DAY"))
_TRACKING: Final = _obj(shortenUrl=_BOOL, trackClicks=_BOOL, trackingUrl=_STRING,
                        removeProtocol=_BOOL, customDomain=_STRING)
_INDIA_DLT: Final = _obj(("principalEntityId",), principalEntityId=_STRING,
                         contentTemplateId=_STRING, telemarketerId=_STRING)
_TURKEY_IYS: Final = _obj(("recipientType",), recipientType=_enum("BIREYSEL", "TACIR"),
                          brandCode=_int(_INT32))

# --- v2: /sms/2/text/advanced and /sms/2/binary/advanced --------------------------------------

# A delivery time window, the same in v2 and v3.
_DAYS: Final = _Arr(_enum("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                             "SUNDAY"), empty="array.empty")
_WINDOW: Final = _Obj({"days": _DAYS, "from": _TIME, "to": _TIME},
                      frozenset({"days"}), check="window")
_V2_REGIONAL: Final = _obj(indiaDlt=_INDIA_DLT, turkeyIys=_TURKEY_IYS,
                           southKorea=_obj(title=_str(66), resellerCode=_int(_INT32)))
_V2_DESTINATIONS: Final = _Arr(_obj(("to",), to=_DESTINATION, messageId=_str(200)),
                               empty="to.empty")
#: v1's and v3's names, which a v2 message or request answers with field.other_version.
_V2_MESSAGE_AVOID: Final = frozenset({"to", "content", "sender", "options", "webhooks"})
_V2_REQUEST_AVOID: Final = frozenset({"to", "text", "binary", "from", "options"})


def _v2_message(*, text: bool) -> _Obj:
    most = 50 if text else 66
    fields: dict[str, _Shape] = {
        "callbackData": _str(4000), "deliveryTimeWindow": _WINDOW,
        "destinations": _V2_DESTINATIONS, "flash": _BOOL, "from": _SENDER,
        "intermediateReport": _BOOL, "notifyContentType": _enum("application/json",
                                                                 "application/xml"),
        "notifyUrl": _STRING, "regional": _V2_REGIONAL, "sendAt": _TIMESTAMP,
        "validityPeriod": _int(_INT64), "entityId": _str(most), "applicationId": _str(most),
        "campaignReferenceId": _str(255),
    }
    if text:
        fields |= {"language": _LANGUAGE, "text": _TEXT, "transliteration": _TRANSLITERATIONS}
    else:
        fields["binary"] = _BINARY
    return _Obj(fields, frozenset({"destinations"}), avoid=_V2_MESSAGE_AVOID)


TEXT_ADVANCED: Final = _Obj(
    {"bulkId": _STRING, "messages": _Arr(_v2_message(text=True), empty="messages.empty"),
     "sendingSpeedLimit": _SPEED, "urlOptions": _TRACKING,
     "tracking": _obj(baseUrl=_STRING, processKey=_STRING, track=_STRING, type=_STRING),
     "includeSmsCountInResponse": _BOOL},
    frozenset({"messages"}), avoid=_V2_REQUEST_AVOID,
)
BINARY_ADVANCED: Final = _Obj(
    {"bulkId": _STRING, "messages": _Arr(_v2_message(text=False), empty="messages.empty"),
     "sendingSpeedLimit": _SPEED},
    frozenset({"messages"}), avoid=_V2_REQUEST_AVOID,
)

# --- v3: /sms/3/messages ---------------------------------------------------------------------

_V3_TEXT: Final = _obj(("text",), text=_TEXT, transliteration=_TRANSLITERATIONS,
                       language=_LANGUAGE)
_V3_MESSAGE_OPTIONS: Final = _obj(
    platform=_obj(entityId=_str(255), applicationId=_str(255)),
    validityPeriod=_obj(("amount",), amount=_int(_INT32),
                        timeUnit=_enum("SECONDS", "MINUTES", "HOURS")),
    deliveryTimeWindow=_WINDOW,
    campaignReferenceId=_str(255),
    regional=_obj(indiaDlt=_INDIA_DLT, turkeyIys=_TURKEY_IYS,
                  southKorea=_obj(resellerCode=_int(_INT32))),
    flash=_BOOL,
)
#: v1's and v2's message names, which a v3 message answers with field.other_version.
_V3_MESSAGE_AVOID: Final = frozenset({
    "from", "text", "binary", "transliteration", "language", "to", "validityPeriod",
    "deliveryTimeWindow", "flash", "regional", "campaignReferenceId", "entityId",
    "applicationId", "notifyUrl", "intermediateReport", "notifyContentType", "callbackData",
    "sendAt",
})
_V3_MESSAGE: Final = _Obj(
    {"sender": _SENDER,
     "destinations": _Arr(_obj(("to",), to=_DESTINATION, messageId=_str(200),
                               networkId=_int(_INT32)), empty="to.empty"),
     "content": _Union(_V3_TEXT),
     "options": _V3_MESSAGE_OPTIONS,
     "webhooks": _obj(delivery=_obj(url=_STRING, intermediateReport=_BOOL, notify=_BOOL),
                      contentType=_STRING, callbackData=_str(4000))},
    frozenset({"destinations", "content"}), avoid=_V3_MESSAGE_AVOID,
)
V3_REQUEST: Final = _Obj(
    {"messages": _Arr(_V3_MESSAGE, empty="messages.empty"),
     "options": _obj(
         schedule=_obj(bulkId=_str(100), sendAt=_TIMESTAMP, sendingSpeedLimit=_SPEED),
         tracking=_TRACKING, includeSmsCountInResponse=_BOOL,
         conversionTracking=_obj(useConversionTracking=_BOOL,
                                 conversionTrackingName=_STRING))},
    frozenset({"messages"}),
    avoid=frozenset({"bulkId", "sendingSpeedLimit", "urlOptions", "includeSmsCountInResponse"}),
)

# --- responses and errors: tolerant, so open, and only what a tolerant decode demands --------


def _open(required: tuple[str, ...] = (), **fields: _Shape) -> _Obj:
    return _Obj(fields, frozenset(required), closed=False)


_OPEN_STRING: Final = _Leaf("open")
_STATUS: Final = _open(("groupId", "id"), groupId=_int(_INT64), groupName=_OPEN_STRING,
                       id=_int(_INT64), name=_OPEN_STRING, description=_OPEN_STRING,
                       action=_OPEN_STRING)
V3_RESPONSE: Final = _open(
    ("messages",), bulkId=_OPEN_STRING,
    messages=_Arr(_open(("messageId", "status"), messageId=_OPEN_STRING, status=_STATUS,
                        destination=_OPEN_STRING,
                        details=_open(messageCount=_int(_INT64)))),
)
API_ERROR: Final = _open(
    ("errorCode",), errorCode=_OPEN_STRING, description=_OPEN_STRING, action=_OPEN_STRING,
    violations=_Arr(_open(property=_OPEN_STRING, violation=_OPEN_STRING)),
    resources=_Arr(_open(name=_OPEN_STRING, url=_OPEN_STRING)),
)

# --- the bulks -------------------------------------------------------------------------------

BULK_SCHEDULE: Final = _open(bulkId=_OPEN_STRING, sendAt=_TIMESTAMP)
BULK_RESCHEDULE: Final = _obj(("sendAt",), sendAt=_TIMESTAMP)
BULK_STATUS: Final = _open(bulkId=_OPEN_STRING, status=_OPEN_STRING)
BULK_STATUS_UPDATE: Final = _obj(
    ("status",), status=_enum("PENDING", "PAUSED", "PROCESSING", "CANCELED", "FINISHED", "FAILED")
)

# --- read from the descriptions: reports, logs, inbound messages, tracking, preview ----------

#: The kinds whose shapes `shape_of` reads from `smscodec._spec.bodies.KINDS`.
DESCRIBED_KINDS: Final = (
    "delivery-reports", "v3-delivery-reports", "message-logs", "v3-message-logs",
    "inbound-messages", "tracking-notification", "preview-request", "preview-response",
)
_SCALARS: Final = {Kind.BOOLEAN: "bool", Kind.DECIMAL: "decimal", Kind.TIMESTAMP: "timestamp"}


def _member(f: Field, closed: bool) -> _Shape | None:
    """The shape of one described member; None for a union (a log's content), whose mutations
    would have to keep its telling member: left whole."""
    facts = f.facts
    if f.kind in (Kind.OBJECT, Kind.ARRAY):
        assert f.body is not None
        inner = shape_of(f.body)
        if f.kind is Kind.OBJECT:
            return inner
        # Every array these kinds hold may be empty (an empty page of results).
        assert f.min_items == 0, f.wire
        return _Arr(inner)
    if f.kind is Kind.UNION:
        return None
    if f.kind is Kind.INTEGER:
        return _Leaf("int", lo=facts["minimum"], hi=facts["maximum"])
    if f.kind is Kind.ENUM and "enum" in facts:
        return _Leaf("enum", values=f.values)
    if f.kind is Kind.TEXT and facts.get("minLength"):
        return _TEXT  # a message text: not empty, at most 255 parts
    kind = _SCALARS.get(f.kind, "string" if closed else "open")
    return _Leaf(kind, most=facts.get("maxLength"), null_absent=not closed)


def shape_of(body: Body) -> _Obj:
    """The wire shape of a described body: its members, the ones a tolerant decode requires,
    and whether unknown members are refused."""
    members = {f.wire: _member(f, body.closed) for f in body.fields}
    return _Obj({k: v for k, v in members.items() if v is not None},
                frozenset(f.wire for f in body.fields if f.required), closed=body.closed)
