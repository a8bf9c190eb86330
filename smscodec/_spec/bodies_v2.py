"""The v2 advanced send API's bodies, each described once (see `bodies` for the vocabulary).

Field order is the order of the description's properties, which its JSON examples follow. The
XML item names are those of its XML examples: ``<messages><message>``,
``<destinations><destination>`` (a window's ``<days><days>`` is v3's, the same). The root
elements are the examples' ``<SMSAdvancedTextualRequest>`` and ``<SMSAdvancedBinaryRequest>``.

What v2 shares with v3 is v3's, stated once (`bodies_v3`, `rules.v3`): the language, the
delivery time window (days and times), the regional options (India DLT, Turkey IYS, South
Korea), the sending speed limit and the URL options (v3's ``options.tracking``), bodies and
models, whose fields and bounds the description states alike for both endpoints; the bounded
strings, int32, the window's and the shifts' rules, the enums' values, and the mix-up hook
(`Body.foreign`).

`advanced_bodies` takes v1's binary content description, which the binary messages share, so
that `bodies` can list these bodies in its tables without an import cycle.
"""

from __future__ import annotations

from typing import Any, Final, NamedTuple

from .._core.frozenmap import FrozenMap
from .._validate.combinators import array_rule, object_rule
from . import bodies_v3 as v3b
from . import models_v2 as m
from . import rules
from .rules import advanced as a
from .rules import v3
from .rules.scalars import BOOLEAN, enum
from .rules.timestamps import TIMESTAMP
from .vocabulary import Body, Field, Kind, Rule

__all__ = ["Advanced", "advanced_bodies"]


def _f(wire: str, name: str, kind: Kind, rule: Rule, doc: str, **kw: Any) -> Field:
    return Field(wire=wire, name=name, kind=kind, rule=rule, doc=doc, **kw)


def _opt(wire: str, name: str, kind: Kind, rule: Rule, doc: str, **kw: Any) -> Field:
    return _f(wire, name, kind, rule, doc, required=False, **kw)


def _obj(wire: str, name: str, body: Body, doc: str, **kw: Any) -> Field:
    return _f(wire, name, Kind.OBJECT, object_rule(body), doc, body=body, **kw)


def _text(wire: str, name: str, doc: str, rule: Rule = rules.STRING) -> Field:
    return _opt(wire, name, Kind.TEXT, rule, doc)


DESTINATION = Body(model=m.Destination, doc="A destination and its message's id.", closed=True,
                   fields=(
                       _f("to", "to", Kind.TOKEN, rules.DESTINATION,
                          "the destination in international format: 7 to 15 digits, country "
                          "code first, after an optional '+'"),
                       _text("messageId", "message_id", "the id the message gets; at most 200 "
                             "characters", v3.bounded_string(200)),
                   ))
TRACKING = Body(model=m.Tracking, doc="Legacy conversion tracking.", closed=True, fields=(
    _text("baseUrl", "base_url", "the base URL of shortened links"),
    _text("processKey", "process_key", "the conversion tracking's process key"),
    _text("track", "track", "what to track: SMS or URL"),
    _text("type", "type", "the conversion type's name"),
))
#: Fields of the v1 and v3 APIs that a v2 message or request lacks, each to what v2 takes
#: instead: an object holding any is one field.other_version issue (`Body.foreign`, `mixups`).
_V1_V3_MESSAGE_FIELDS: Final = FrozenMap({
    "to": "destinations: [{to}]",
    "content": "text (or binary) as the message's own field",
    "sender": "from",
    "options": "its options as the message's own fields",
    "webhooks": "notifyUrl, notifyContentType and callbackData as the message's own fields",
})
_ONE_MESSAGE: Final = "messages: [{from, destinations: [{to}], text or binary}]"
_V1_V3_REQUEST_FIELDS: Final = FrozenMap({
    "to": _ONE_MESSAGE,
    "text": _ONE_MESSAGE,
    "binary": _ONE_MESSAGE,
    "from": _ONE_MESSAGE,
    "options": "bulkId, tracking, urlOptions and sendingSpeedLimit as its own fields",
})
_VERSIONS: Final = ("v1 or v3", "v2")


def _message_fields(content: Field, *, most: int, text: bool) -> tuple[Field, ...]:
    """A message's fields in the description's order; only a text has language and
    transliteration. ``most`` bounds entityId and applicationId, the one rule
    (`v3.bounded_string`) that v3's ``options.platform`` also takes with its own bound: the
    description's SMSTextualMessage says maxLength 50, SMSBinaryMessage 66, and v3's Platform
    255."""
    destinations = _f(
        "destinations", "destinations", Kind.ARRAY,
        array_rule(object_rule(DESTINATION), limit="max_destinations",
                   empty="to.empty", what="destinations"),
        "the destinations, at least one", body=DESTINATION, item="destination")
    sender = _opt("from", "sender", Kind.TOKEN, rules.SENDER,
                  "the sender ID: 3 to 14 digits, or 3 to 11 letters, digits and inner spaces "
                  "with at least one letter")
    fields = [
        *([content] if not text else []),
        _text("callbackData", "callback_data", "data returned in delivery reports; at most "
              "4000 characters", v3.bounded_string(4000)),
        _obj("deliveryTimeWindow", "delivery_time_window", v3b.DELIVERY_TIME_WINDOW,
             "when the message may be delivered", required=False),
        destinations,
        _opt("flash", "flash", Kind.BOOLEAN, BOOLEAN, "send as a flash SMS"),
        sender,
        _opt("intermediateReport", "intermediate_report", Kind.BOOLEAN, BOOLEAN,
             "send intermediate delivery reports"),
        *([_obj("language", "language", v3b.LANGUAGE, "the national language tables",
                required=False)] if text else []),
        _opt("notifyContentType", "notify_content_type", Kind.ENUM, a.NOTIFY_CONTENT_TYPE,
             "the delivery reports' media type: application/json or application/xml"),
        _text("notifyUrl", "notify_url", "where delivery reports go"),
        _obj("regional", "regional", v3b.REGIONAL, "regional parameters", required=False),
        _opt("sendAt", "send_at", Kind.TIMESTAMP, TIMESTAMP,
             "when to send, at most 180 days ahead (see check_send_at)"),
        *([content,
           _opt("transliteration", "transliteration", Kind.ENUM,
                enum(v3b.TRANSLITERATIONS, closed=True), "the transliteration of the text")]
          if text else []),
        _opt("validityPeriod", "validity_period", Kind.INTEGER, a.INT64,
             "how long the message may be tried, in minutes"),
        _text("entityId", "entity_id", f"the entity id; at most {most} characters",
              v3.bounded_string(most)),
        _text("applicationId", "application_id", f"the application id; at most {most} "
              "characters", v3.bounded_string(most)),
        _text("campaignReferenceId", "campaign_reference_id", "the campaign's id; at most 255 "
              "characters", v3.bounded_string(255)),
    ]
    return tuple(fields)


def _messages(item: Body) -> Field:
    return _f("messages", "messages", Kind.ARRAY,
              array_rule(object_rule(item), limit="max_messages", empty="messages.empty",
                         what="messages"),
              "the messages, at least one", body=item, item="message")


class Advanced(NamedTuple):
    """The descriptions `advanced_bodies` makes: the two requests, then their parts."""

    text_request: Body
    binary_request: Body
    parts: tuple[Body, ...]


def advanced_bodies(binary_content: Body) -> Advanced:
    """The v2 advanced bodies, the binary messages holding ``binary_content``."""
    text = _opt("text", "text", Kind.TEXT, rules.SENT_TEXT, "the message text; at most 255 "
                "SMS parts as sent (transliterated, with its language's tables)")
    binary = _obj("binary", "binary", binary_content, "the binary content", required=False)
    text_message = Body(model=m.AdvancedTextMessage, doc="One text message.", closed=True,
                        check=rules.TEXT_AS_SENT,
                        fields=_message_fields(text, most=50, text=True),
                        foreign=_V1_V3_MESSAGE_FIELDS, versions=_VERSIONS)
    binary_message = Body(model=m.AdvancedBinaryMessage, doc="One binary message.",
                          closed=True, fields=_message_fields(binary, most=66, text=False),
                          foreign=_V1_V3_MESSAGE_FIELDS, versions=_VERSIONS)
    bulk_id = _text("bulkId", "bulk_id", "the bulk's id, made by the server when absent")
    speed = _obj("sendingSpeedLimit", "sending_speed_limit", v3b.SPEED_LIMIT,
                 "how fast the messages are sent", required=False)
    text_request = Body(
        model=m.TextAdvancedRequest,
        doc="Text messages, each to its own destinations (/sms/2/text/advanced).",
        closed=True,
        name="text-advanced-request",
        xml_root="SMSAdvancedTextualRequest",
        foreign=_V1_V3_REQUEST_FIELDS, versions=_VERSIONS,
        direction="request",
        endpoints=("POST /sms/2/text/advanced",),
        fields=(
            bulk_id,
            _messages(text_message),
            speed,
            _obj("urlOptions", "url_options", v3b.TRACKING, "URL shortening and tracking",
                 required=False),
            _obj("tracking", "tracking", TRACKING, "legacy conversion tracking",
                 required=False),
            _opt("includeSmsCountInResponse", "include_sms_count_in_response", Kind.BOOLEAN,
                 BOOLEAN, "ask for smsCount in the response"),
        ),
    )
    binary_request = Body(
        model=m.BinaryAdvancedRequest,
        doc="Binary messages, each to its own destinations (/sms/2/binary/advanced).",
        closed=True,
        name="binary-advanced-request",
        xml_root="SMSAdvancedBinaryRequest",
        foreign=_V1_V3_REQUEST_FIELDS, versions=_VERSIONS,
        direction="request",
        endpoints=("POST /sms/2/binary/advanced",),
        fields=(bulk_id, _messages(binary_message), speed),
    )
    parts = (text_message, binary_message, DESTINATION, TRACKING)
    return Advanced(text_request, binary_request, parts)
