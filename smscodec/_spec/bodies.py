"""Each body of the API, described once.

Field order is the canonical order of the seed examples; it is the order of JSON output and of
XML children. The kinds (`KINDS`) name the top-level bodies for the command line and schemas.
"""

from __future__ import annotations

from typing import Any, Final

from .._validate.combinators import DESTINATIONS, STRING_LISTS, array_rule, object_rule
from . import bodies_reports as _reports
from . import bodies_v3 as _v3
from . import mixups as mix
from . import models as m
from . import rules
from .bodies_bulks import BULK_BODIES
from .bodies_v2 import advanced_bodies
from .parts import BINARY_CONTENT, STATUS
from .vocabulary import Body, Field, Kind, Rule

__all__ = ["BINARY_CONTENT", "BODY_OF", "KINDS", "STATUS", "kind_of"]


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
    foreign=mix.V1_TEXT_MESSAGE_FIELDS,
    versions=("v2 or v3", "v1 multi"),
    fields=(_SENDER, _TO, _TEXT),
)
BINARY_MESSAGE = Body(
    model=m.BinaryMessage,
    doc="One binary message to one or more destinations.",
    closed=True,
    foreign=mix.V1_BINARY_MESSAGE_FIELDS,
    versions=("v2 or v3", "v1 multi"),
    fields=(_SENDER, _TO, _BINARY),
)


#: The operations whose answer is an `SmsResponse` (seed documents; the API's description for
#: the v2 advanced endpoints).
_SENDS: Final = (
    "POST /sms/1/text/multi",
    "POST /sms/1/binary/multi",
    "POST /sms/1/text/single",
    "POST /sms/1/binary/single",
    "POST /sms/2/text/advanced",
    "POST /sms/2/binary/advanced",
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
    foreign=mix.V1_MULTI_TEXT_FIELDS,
    versions=("v1 single, v2 or v3", "v1 multi"),
    direction="request",
    endpoints=("POST /sms/1/text/multi",),
    xml_root="request",
    fields=(_messages(TEXT_MESSAGE, "the messages, at least one", empty="messages.empty"),),
)
BINARY_MULTI_REQUEST = Body(
    model=m.BinaryMultiRequest,
    doc="Several binary messages, each to its own destinations.",
    closed=True,
    name="binary-multi-request",
    foreign=mix.V1_MULTI_BINARY_FIELDS,
    versions=("v1 single, v2 or v3", "v1 multi"),
    direction="request",
    endpoints=("POST /sms/1/binary/multi",),
    xml_root="request",
    fields=(_messages(BINARY_MESSAGE, "the messages, at least one", empty="messages.empty"),),
)
TEXT_SINGLE_REQUEST = Body(
    model=m.TextSingleRequest,
    doc="One text message to one or more destinations.",
    closed=True,
    name="text-single-request",
    foreign=mix.V1_SINGLE_FIELDS,
    versions=("v1 multi, v2 or v3", "v1 single"),
    direction="request",
    endpoints=("POST /sms/1/text/single",),
    xml_root="request",
    fields=(_SENDER, _TO, _TEXT),
)
BINARY_SINGLE_REQUEST = Body(
    model=m.BinarySingleRequest,
    doc="One binary message to one or more destinations.",
    closed=True,
    name="binary-single-request",
    foreign=mix.V1_SINGLE_FIELDS,
    versions=("v1 multi, v2 or v3", "v1 single"),
    direction="request",
    endpoints=("POST /sms/1/binary/single",),
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
    direction="response",
    endpoints=_SENDS,
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
    direction="error",
    # Every operation of the v1 and v2 APIs answers a refused call with it (the description's
    # ApiException, the bulks' too).
    endpoints=(*_SENDS, "GET /sms/1/bulks", "PUT /sms/1/bulks", "GET /sms/1/bulks/status",
               "PUT /sms/1/bulks/status", "GET /sms/1/reports", "GET /sms/1/logs",
               "GET /sms/1/inbox/reports"),
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
        *BULK_BODIES,
        _v3.MESSAGES_REQUEST,
        _v3.MESSAGES_RESPONSE,
        _v3.API_ERROR,
        ADVANCED.text_request,
        ADVANCED.binary_request,
        *_reports.REPORT_BODIES,
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
        *_v3.PARTS,
        *ADVANCED.parts,
        *_reports.PARTS,
    )
}

#: The request and message bodies of each version, for the mix-up issue to name the version an
#: object of another is most likely of.
mix.link_versions({
    "request": {
        "v1 multi": (TEXT_MULTI_REQUEST, BINARY_MULTI_REQUEST),
        "v1 single": (TEXT_SINGLE_REQUEST, BINARY_SINGLE_REQUEST),
        "v2": (ADVANCED.text_request, ADVANCED.binary_request),
        "v3": (_v3.MESSAGES_REQUEST,),
        "": (SMS_RESPONSE, _v3.MESSAGES_RESPONSE),
    },
    "message": {
        "v1 multi": (TEXT_MESSAGE, BINARY_MESSAGE),
        "v2": ADVANCED.parts[:2],
        "v3": (_v3.MESSAGE,),
        "": (SENT_MESSAGE, _v3.SENT_MESSAGE),
    },
})

for _model, _body in BODY_OF.items():
    _model.__sms_body__ = _body  # where a constructor's check finds it (construct)


def kind_of(model: type[Any]) -> Body:
    """The top-level description of a model class, or TypeError naming the ones there are."""
    body = BODY_OF.get(model)
    if body is None or body.name is None:
        names = ", ".join(b.model.__name__ for b in KINDS.values())
        raise TypeError(f"{model!r} is not a body type; use one of {names}")
    return body
