"""Each body of the API, described once.

Field order is the canonical order of the seed examples; it is the order of JSON output and of
XML children. The kinds (`KINDS`) name the top-level bodies for the command line and schemas.
"""

from __future__ import annotations

from typing import Any, Final

from .._validate.combinators import DESTINATIONS, STRING_LISTS, array_rule, object_rule
from . import models as m
from . import rules
from .bodies_v2 import advanced_bodies
from .vocabulary import Body, Field, Kind, Rule

__all__ = ["BODY_OF", "KINDS", "kind_of"]


def _field(wire: str, name: str, kind: Kind, rule: Rule, doc: str, **kw: Any) -> Field:
    return Field(wire=wire, name=name, kind=kind, rule=rule, doc=doc, **kw)


_SENDER = _field(
    "from",
    "sender",
    Kind.TOKEN,
    rules.SENDER,
    "the sender ID: 3 to 14 digits, or 3 to 11 letters, digits and inner spaces with at "
    "least one letter",
    required=False,
)
_TO = _field(
    "to",
    "to",
    Kind.DESTINATIONS,
    DESTINATIONS,
    "the destinations in international format (7 to 15 digits, country code first, after an "
    "optional '+'): one as a string, or several as an array",
    item="to",
)
_TEXT = _field(
    "text",
    "text",
    Kind.TEXT,
    rules.TEXT,
    "the message text; at most 255 SMS parts",
)

BINARY_CONTENT = Body(
    model=m.BinaryContent,
    doc="A binary payload and how the handset is to read it.",
    closed=True,
    check=rules.BINARY_CONTENT,
    fields=(
        _field(
            "hex",
            "hex",
            Kind.OCTETS,
            rules.HEX,
            "the payload octets as two hex digits each, separated by single spaces",
        ),
        _field(
            "dataCoding",
            "data_coding",
            Kind.INTEGER,
            rules.UINT8,
            "the SMPP data_coding, 0 to 255: 0 GSM 7-bit (default), 8 UCS-2",
            required=False,
            default=0,
        ),
        _field(
            "esmClass",
            "esm_class",
            Kind.INTEGER,
            rules.UINT8,
            "the SMPP esm_class, 0 to 255; bit 0x40 (UDHI) means the payload starts with a "
            "user data header",
            required=False,
            default=0,
        ),
    ),
)

_BINARY = _field(
    "binary",
    "binary",
    Kind.OBJECT,
    object_rule(BINARY_CONTENT),
    "the binary content",
    body=BINARY_CONTENT,
)

TEXT_MESSAGE = Body(
    model=m.TextMessage,
    doc="One text message to one or more destinations.",
    closed=True,
    fields=(_SENDER, _TO, _TEXT),
)
BINARY_MESSAGE = Body(
    model=m.BinaryMessage,
    doc="One binary message to one or more destinations.",
    closed=True,
    fields=(_SENDER, _TO, _BINARY),
)


def _messages(item: Body, doc: str, *, empty: str | None) -> Field:
    return _field(
        "messages",
        "messages",
        Kind.ARRAY,
        array_rule(object_rule(item), limit="max_messages", empty=empty, what="messages"),
        doc,
        body=item,
        item="message",
        # The API's v1 documents write each item as <messages> (in requests and responses).
        item_aliases=("messages",),
    )


TEXT_MULTI_REQUEST = Body(
    model=m.TextMultiRequest,
    doc="Several text messages, each to its own destinations.",
    closed=True,
    name="text-multi-request",
    xml_root="request",
    fields=(_messages(TEXT_MESSAGE, "the messages, at least one", empty="messages.empty"),),
)
BINARY_MULTI_REQUEST = Body(
    model=m.BinaryMultiRequest,
    doc="Several binary messages, each to its own destinations.",
    closed=True,
    name="binary-multi-request",
    xml_root="request",
    fields=(_messages(BINARY_MESSAGE, "the messages, at least one", empty="messages.empty"),),
)
TEXT_SINGLE_REQUEST = Body(
    model=m.TextSingleRequest,
    doc="One text message to one or more destinations.",
    closed=True,
    name="text-single-request",
    xml_root="request",
    fields=(_SENDER, _TO, _TEXT),
)
BINARY_SINGLE_REQUEST = Body(
    model=m.BinarySingleRequest,
    doc="One binary message to one or more destinations.",
    closed=True,
    name="binary-single-request",
    xml_root="request",
    fields=(_SENDER, _TO, _BINARY),
)


def _text(wire: str, name: str, doc: str, **kw: Any) -> Field:
    return _field(wire, name, Kind.TEXT, rules.STRING, doc, **kw)


def _int(
    wire: str, name: str, doc: str, rule: Rule = rules.RESPONSE_INTEGER, **kw: Any
) -> Field:
    return _field(wire, name, Kind.INTEGER, rule, doc, **kw)


#: What a response field that a tolerant decode may miss is: absent (None) unless
#: ``strict=True`` demands it.
_LENIENT: Final = {"required": False, "strict_required": True}

STATUS = Body(
    model=m.Status,
    doc="Where a message stands.",
    closed=False,
    check=rules.GROUPS_AGREE,
    fields=(
        _int("groupId", "group_id", "the status group: "
             + ", ".join(f"{k} {v}" for k, v in rules.STATUS_GROUPS.items())),
        _text("groupName", "group_name", "the name of the status group", **_LENIENT),
        _int("id", "id", "the status id"),
        _text("name", "name", "the status name", **_LENIENT),
        _text("description", "description", "the status, for a person", **_LENIENT),
        _text("action", "action", "what to do about it", required=False),
    ),
)
SENT_MESSAGE = Body(
    model=m.SentMessage,
    doc="One destination's entry in a response.",
    closed=False,
    fields=(
        _text("to", "to", "the destination", **_LENIENT),
        _field("status", "status", Kind.OBJECT, object_rule(STATUS), "the message status",
               body=STATUS),
        _int("smsCount", "sms_count", "the SMS parts charged", rules.SMS_COUNT, **_LENIENT),
        _text("messageId", "message_id", "the id of the sent message"),
    ),
)
SMS_RESPONSE = Body(
    model=m.SmsResponse,
    doc="The response to a send request.",
    closed=False,
    name="sms-response",
    xml_root="smsResponse",
    fields=(
        _text("bulkId", "bulk_id", "the id of the bulk, sent for more than one destination",
              required=False),
        _messages(SENT_MESSAGE, "one entry per destination", empty=None),
    ),
)
SERVICE_EXCEPTION = Body(
    model=m.ServiceException,
    doc="What went wrong.",
    closed=False,
    fields=(
        _text("messageId", "message_id", "the error id, such as BAD_REQUEST"),
        _text("text", "text", "the error, for a person", **_LENIENT),
        _field(
            "validationErrors",
            "validation_errors",
            Kind.MAP,
            STRING_LISTS,
            "what is wrong, by field: each field's messages",
            required=False,
        ),
    ),
)
REQUEST_ERROR = Body(
    model=m.RequestError,
    doc="The API's error body.",
    closed=False,
    name="request-error",
    xml_root="requestError",
    xml_envelope="ApiException",
    wrapper="requestError",
    fields=(
        _field("serviceException", "service_exception", Kind.OBJECT,
               object_rule(SERVICE_EXCEPTION), "the error", body=SERVICE_EXCEPTION),
    ),
)

#: The v2 advanced send API (`bodies_v2`), whose binary messages hold v1's binary content.
ADVANCED = advanced_bodies(BINARY_CONTENT)

#: The top-level bodies by name, in the order the command line lists them.
KINDS: dict[str, Body] = {
    b.name: b
    for b in (
        TEXT_MULTI_REQUEST,
        BINARY_MULTI_REQUEST,
        TEXT_SINGLE_REQUEST,
        BINARY_SINGLE_REQUEST,
        SMS_RESPONSE,
        REQUEST_ERROR,
        ADVANCED.text_request,
        ADVANCED.binary_request,
    )
    if b.name is not None
}

#: Every model class to its description.
BODY_OF: dict[type[Any], Body] = {
    b.model: b
    for b in (
        *KINDS.values(),
        TEXT_MESSAGE,
        BINARY_MESSAGE,
        BINARY_CONTENT,
        STATUS,
        SENT_MESSAGE,
        SERVICE_EXCEPTION,
        *ADVANCED.parts,
    )
}

for _model, _body in BODY_OF.items():
    _model.__sms_body__ = _body  # where a constructor's check finds it (construct)


def kind_of(model: type[Any]) -> Body:
    """The top-level description of a model class, or TypeError naming the ones there are."""
    body = BODY_OF.get(model)
    if body is None or body.name is None:
        names = ", ".join(b.model.__name__ for b in KINDS.values())
        raise TypeError(f"{model!r} is not a body type; use one of {names}")
    return body
