"""The bodies of ``POST /sms/3/messages`` and the v3 error body (``ApiError``), each described
once, in the order of the description's JSON examples.

Rules are the ones every body shares (`rules`: a ``sender`` is v1's ``from``, each ``to`` a
destination, binary content v1's with its payload rules), and those the v3 bodies add
(`rules.v3`: bounded strings, int32, the delivery window and the language's shifts).
"""

from __future__ import annotations

from typing import Any, Final

from .._core.frozenmap import FrozenMap
from .._validate.combinators import array_rule, object_rule, union_rule
from . import models_v3 as m
from . import rules
from .parts import BINARY_CONTENT, STATUS
from .rules import advanced as a
from .rules import v3
from .rules.scalars import BOOLEAN, enum
from .rules.timestamps import TIMESTAMP
from .vocabulary import Body, Field, Kind, Rule

__all__ = ["API_ERROR", "MESSAGES_REQUEST", "MESSAGES_RESPONSE", "PARTS"]

TRANSLITERATIONS: Final = ("NONE", "TURKISH", "GREEK", "CYRILLIC", "SERBIAN_CYRILLIC",
                           "CENTRAL_EUROPEAN", "BALTIC", "NON_UNICODE", "PORTUGUESE", "COLOMBIAN",
                           "BULGARIAN_CYRILLIC", "ALL")
LANGUAGE_CODES: Final = ("NONE", "TR", "ES", "PT", "AUTODETECT")
VALIDITY_UNITS: Final = ("SECONDS", "MINUTES", "HOURS")
SPEED_UNITS: Final = ("MINUTE", "HOUR", "DAY")
RECIPIENT_TYPES: Final = ("BIREYSEL", "TACIR")
_OPTIONAL: Final[dict[str, Any]] = {"required": False}
#: A field a tolerant decode may miss (see `bodies`).
_LENIENT: Final[dict[str, Any]] = {"required": False, "strict_required": True}


def _f(wire: str, name: str, kind: Kind, rule: Rule, doc: str, **kw: Any) -> Field:
    return Field(wire=wire, name=name, kind=kind, rule=rule, doc=doc, **kw)


def _obj(wire: str, name: str, body: Body, doc: str, **kw: Any) -> Field:
    return _f(wire, name, Kind.OBJECT, object_rule(body), doc, body=body, **kw)


def _array(wire: str, name: str, body: Body, doc: str, *, item: str, limit: str,
           empty: str | None, **kw: Any) -> Field:
    return _f(wire, name, Kind.ARRAY,
              array_rule(object_rule(body), limit=limit, empty=empty, what=wire),
              doc, body=body, item=item, **kw)


def _str(wire: str, name: str, doc: str, rule: Rule = rules.STRING, **kw: Any) -> Field:
    return _f(wire, name, Kind.TEXT, rule, doc, **kw)


def _flag(wire: str, name: str, doc: str) -> Field:
    return _f(wire, name, Kind.BOOLEAN, BOOLEAN, doc, **_OPTIONAL)


def _choice(wire: str, name: str, values: tuple[str, ...], doc: str, **kw: Any) -> Field:
    return _f(wire, name, Kind.ENUM, enum(values, closed=True), doc, **kw)


# --- the request ---------------------------------------------------------------------------

DESTINATION = Body(model=m.SmsDestination, doc="One destination and its message's id.",
                   closed=True, fields=(
    _f("to", "to", Kind.TOKEN, rules.DESTINATION,
       "the destination in international format (7 to 15 digits after an optional '+')"),
    _str("messageId", "message_id", "the id the message to this destination is to have, at "
         "most 200 characters", v3.bounded_string(200), **_OPTIONAL),
    _f("networkId", "network_id", Kind.INTEGER, v3.INT32, "the network to send through",
       **_OPTIONAL),
))
LANGUAGE = Body(model=m.SmsLanguage, doc="The national language tables of a text.",
                closed=True, check=v3.LANGUAGE_SHIFTS, fields=(
    _choice("languageCode", "language_code", LANGUAGE_CODES,
            "the language whose tables are used", **_OPTIONAL),
    _flag("singleShift", "single_shift", "use the language's single shift table"),
    _flag("lockingShift", "locking_shift", "use the language's locking shift table"),
))
TEXT_CONTENT = Body(model=m.SmsTextContent, doc="A text, and how it is to be sent.",
                    closed=True, check=rules.TEXT_AS_SENT, fields=(
    _f("text", "text", Kind.TEXT, rules.SENT_TEXT, "the message text; at most 255 SMS parts "
       "as sent (transliterated, with its language's tables)"),
    _choice("transliteration", "transliteration", TRANSLITERATIONS,
            "the characters to replace by their GSM 7-bit look-alikes", **_OPTIONAL),
    _obj("language", "language", LANGUAGE, "the national language tables", **_OPTIONAL),
))
CONTENTS: Final = (TEXT_CONTENT, BINARY_CONTENT)

#: entityId and applicationId are at most 255 characters here (the description's Platform);
#: a v2 message holds them itself with a bound of its own (`bodies_v2._message_fields`).
PLATFORM = Body(model=m.SmsPlatform, doc="The platform's entity and application.",
                closed=True, fields=(
    _str("entityId", "entity_id", "the entity, at most 255 characters",
         v3.bounded_string(255), **_OPTIONAL),
    _str("applicationId", "application_id", "the application, at most 255 characters",
         v3.bounded_string(255), **_OPTIONAL),
))
VALIDITY_PERIOD = Body(model=m.SmsValidityPeriod, doc="How long a message may wait.",
                       closed=True, fields=(
    _f("amount", "amount", Kind.INTEGER, v3.INT32, "the period, in timeUnit"),
    _choice("timeUnit", "time_unit", VALIDITY_UNITS, "the unit of amount (MINUTES if absent)",
            **_OPTIONAL),
))
DELIVERY_TIME = Body(model=m.SmsDeliveryTime, doc="A time of day, UTC.", closed=True, fields=(
    _f("hour", "hour", Kind.INTEGER, v3.HOUR, "the hour, 0 to 23"),
    _f("minute", "minute", Kind.INTEGER, v3.MINUTE, "the minute, 0 to 59"),
))
DELIVERY_TIME_WINDOW = Body(model=m.SmsDeliveryTimeWindow,
                            doc="When messages may be delivered: days, and hours from and to "
                                "(both or neither, at least an hour apart).",
                            closed=True, check=v3.DELIVERY_WINDOW, fields=(
    _f("days", "days", Kind.DESTINATIONS, a.DAYS, "the days of the week, at least one",
       item="days", always_array=True),
    _obj("from", "start", DELIVERY_TIME, "when the window opens", **_OPTIONAL),
    _obj("to", "end", DELIVERY_TIME, "when the window closes", **_OPTIONAL),
))
INDIA_DLT = Body(model=m.SmsIndiaDlt, doc="India DLT registration.", closed=True, fields=(
    _str("contentTemplateId", "content_template_id", "the registered template",
         **_OPTIONAL),
    _str("principalEntityId", "principal_entity_id", "the registered principal entity"),
    _str("telemarketerId", "telemarketer_id", "the registered telemarketer", **_OPTIONAL),
))
TURKEY_IYS = Body(model=m.SmsTurkeyIys, doc="Turkey IYS registration.", closed=True, fields=(
    _f("brandCode", "brand_code", Kind.INTEGER, v3.INT32, "the brand code", **_OPTIONAL),
    _choice("recipientType", "recipient_type", RECIPIENT_TYPES, "the kind of recipient"),
))
SOUTH_KOREA = Body(model=m.SmsSouthKorea, doc="South Korea options.", closed=True, fields=(
    _str("title", "title", "the message title, at most 66 characters", v3.bounded_string(66),
         **_OPTIONAL),
    _f("resellerCode", "reseller_code", Kind.INTEGER, v3.INT32, "the reseller code",
       **_OPTIONAL),
))
REGIONAL = Body(model=m.SmsRegional, doc="Options some countries' regulation asks for.",
                closed=True, fields=(
    _obj("indiaDlt", "india_dlt", INDIA_DLT, "India DLT", **_OPTIONAL),
    _obj("turkeyIys", "turkey_iys", TURKEY_IYS, "Turkey IYS", **_OPTIONAL),
    _obj("southKorea", "south_korea", SOUTH_KOREA, "South Korea", **_OPTIONAL),
))
MESSAGE_OPTIONS = Body(model=m.SmsMessageOptions, doc="The options of one message.",
                       closed=True, fields=(
    _obj("platform", "platform", PLATFORM, "the platform's entity and application",
         **_OPTIONAL),
    _obj("validityPeriod", "validity_period", VALIDITY_PERIOD, "how long it may wait",
         **_OPTIONAL),
    _obj("deliveryTimeWindow", "delivery_time_window", DELIVERY_TIME_WINDOW,
         "when it may be delivered", **_OPTIONAL),
    _str("campaignReferenceId", "campaign_reference_id",
         "the campaign it belongs to, at most 255 characters", v3.bounded_string(255),
         **_OPTIONAL),
    _obj("regional", "regional", REGIONAL, "regional options", **_OPTIONAL),
    _flag("flash", "flash", "show it on the screen at once, without storing it"),
))
DELIVERY_WEBHOOK = Body(model=m.SmsDeliveryWebhook, doc="Delivery report webhook.",
                        closed=True, fields=(
    _str("url", "url", "where delivery reports are sent", **_OPTIONAL),
    _flag("intermediateReport", "intermediate_report", "also send intermediate reports"),
    _flag("notify", "notify", "send delivery reports at all"),
))
WEBHOOKS = Body(model=m.SmsWebhooks, doc="The webhooks of one message.", closed=True, fields=(
    _obj("delivery", "delivery", DELIVERY_WEBHOOK, "delivery reports", **_OPTIONAL),
    _str("contentType", "content_type", "the media type reports are sent in", **_OPTIONAL),
    _str("callbackData", "callback_data", "data sent back with each report, at most 4000 "
         "characters", v3.bounded_string(4000), **_OPTIONAL),
))
#: The v2 message's fields (``/sms/2/text/advanced``, ``/sms/2/binary/advanced``) and the v1
#: multi message's, to what a v3 message takes instead (`mixups` names the version).
V2_MESSAGE_FIELDS: Final = FrozenMap({
    "from": "sender",
    "text": "content: {text}",
    "binary": "content: {hex, dataCoding, esmClass}",
    "transliteration": "content: {text, transliteration}",
    "language": "content: {text, language}",
    "to": "destinations: [{to}]",
    "validityPeriod": "options: {validityPeriod}",
    "deliveryTimeWindow": "options: {deliveryTimeWindow}",
    "flash": "options: {flash}",
    "regional": "options: {regional}",
    "campaignReferenceId": "options: {campaignReferenceId}",
    "entityId": "options: {platform: {entityId}}",
    "applicationId": "options: {platform: {applicationId}}",
    "notifyUrl": "webhooks: {delivery: {url}}",
    "intermediateReport": "webhooks: {delivery: {intermediateReport}}",
    "notifyContentType": "webhooks: {contentType}",
    "callbackData": "webhooks: {callbackData}",
    "sendAt": "options: {schedule: {sendAt}} of the request",
})

MESSAGE = Body(model=m.SmsMessage, doc="One message: a sender, destinations and content.",
               closed=True, foreign=V2_MESSAGE_FIELDS, versions=("v2", "v3"), fields=(
    _f("sender", "sender", Kind.TOKEN, rules.SENDER,
       "the sender ID: 3 to 14 digits, or 3 to 11 letters, digits and inner spaces with at "
       "least one letter", **_OPTIONAL),
    _array("destinations", "destinations", DESTINATION, "the destinations, at least one",
           item="destination", limit="max_destinations", empty="to.empty"),
    _f("content", "content", Kind.UNION, union_rule(CONTENTS),
       "the content: text (text, transliteration, language) or binary (hex, dataCoding, "
       "esmClass)", choices=CONTENTS),
    _obj("options", "options", MESSAGE_OPTIONS, "the message's options", **_OPTIONAL),
    _obj("webhooks", "webhooks", WEBHOOKS, "the message's webhooks", **_OPTIONAL),
))
SPEED_LIMIT = Body(model=m.SmsSpeedLimit, doc="How fast a bulk is sent.", closed=True, fields=(
    _f("amount", "amount", Kind.INTEGER, v3.INT32, "messages per timeUnit"),
    _choice("timeUnit", "time_unit", SPEED_UNITS, "the unit of amount (MINUTE if absent)",
            **_OPTIONAL),
))
SCHEDULE = Body(model=m.SmsSchedule, doc="When and how fast a bulk is sent.", closed=True,
                fields=(
    _str("bulkId", "bulk_id", "the bulk's id, at most 100 characters",
         v3.bounded_string(100), **_OPTIONAL),
    _f("sendAt", "send_at", Kind.TIMESTAMP, TIMESTAMP,
       "when to send, at most 180 days ahead (a rule of the clock, which decode leaves out)",
       **_OPTIONAL),
    _obj("sendingSpeedLimit", "sending_speed_limit", SPEED_LIMIT, "the sending speed",
         **_OPTIONAL),
))
TRACKING = Body(model=m.SmsTracking, doc="URL shortening and click tracking.", closed=True,
                fields=(
    _flag("shortenUrl", "shorten_url", "shorten the URLs in the text"),
    _flag("trackClicks", "track_clicks", "count clicks on them"),
    _str("trackingUrl", "tracking_url", "where click reports are sent", **_OPTIONAL),
    _flag("removeProtocol", "remove_protocol", "write shortened URLs without their scheme"),
    _str("customDomain", "custom_domain", "the domain of shortened URLs", **_OPTIONAL),
))
CONVERSION_TRACKING = Body(model=m.SmsConversionTracking, doc="Conversion tracking.",
                           closed=True, fields=(
    _flag("useConversionTracking", "use_conversion_tracking", "track conversions"),
    _str("conversionTrackingName", "conversion_tracking_name", "the conversion's name",
         **_OPTIONAL),
))
REQUEST_OPTIONS = Body(model=m.SmsRequestOptions, doc="The options of a whole request.",
                       closed=True, fields=(
    _obj("schedule", "schedule", SCHEDULE, "scheduling", **_OPTIONAL),
    _obj("tracking", "tracking", TRACKING, "URL tracking", **_OPTIONAL),
    _flag("includeSmsCountInResponse", "include_sms_count_in_response",
          "have the response say how many SMS each message costs"),
    _obj("conversionTracking", "conversion_tracking", CONVERSION_TRACKING,
         "conversion tracking", **_OPTIONAL),
))
#: The v2 request's own fields (and a v1 single request's), to where a v3 request holds them.
V2_REQUEST_FIELDS: Final = FrozenMap({
    **{key: "messages: [{sender, destinations: [{to}], content}]"
       for key in ("from", "to", "text", "binary")},  # a v1 single request's
    "tracking": "options: {conversionTracking}",
    "bulkId": "options: {schedule: {bulkId}}",
    "sendingSpeedLimit": "options: {schedule: {sendingSpeedLimit}}",
    "urlOptions": "options: {tracking}",
    "includeSmsCountInResponse": "options: {includeSmsCountInResponse}",
})

MESSAGES_REQUEST = Body(model=m.MessagesRequest,
                        doc="Messages of text or binary content (POST /sms/3/messages).",
                        closed=True, name="v3-messages-request", foreign=V2_REQUEST_FIELDS,
                        direction="request", endpoints=("POST /sms/3/messages",),
                        versions=("v2", "v3"),
                        xml_root="SmsRequestEnvelope", fields=(
    _array("messages", "messages", MESSAGE, "the messages, at least one", item="message",
           limit="max_messages", empty="messages.empty"),
    _obj("options", "options", REQUEST_OPTIONS, "the request's options", **_OPTIONAL),
))

# --- the response ----------------------------------------------------------------------------

DETAILS = Body(model=m.MessageDetails, doc="A sent message's details.", closed=False, fields=(
    _f("messageCount", "message_count", Kind.INTEGER, rules.SMS_COUNT,
       "the SMS parts the message costs", **_LENIENT),
))
SENT_MESSAGE = Body(model=m.SentMessageV3, doc="One destination's entry in a v3 response.",
                    closed=False, fields=(
    _str("messageId", "message_id", "the id of the sent message"),
    _obj("status", "status", STATUS, "the message status"),
    _str("destination", "destination", "the destination", **_LENIENT),
    _obj("details", "details", DETAILS, "the message's details", **_OPTIONAL),
))
MESSAGES_RESPONSE = Body(model=m.MessagesResponse,
                         doc="The response to POST /sms/3/messages.", closed=False,
                         name="v3-messages-response", xml_root="SmsResponseEnvelope",
                         direction="response", endpoints=("POST /sms/3/messages",), fields=(
    _str("bulkId", "bulk_id", "the id of the bulk", **_OPTIONAL),
    _array("messages", "messages", SENT_MESSAGE, "one entry per destination", item="message",
           limit="max_messages", empty=None),
))

# --- the v3 error body -----------------------------------------------------------------------

VIOLATION = Body(model=m.ApiErrorViolation, doc="One fault of a refused request.",
                 closed=False, fields=(
    _str("property", "property", "where the fault is, as messages[0].destinations[0].to",
         **_LENIENT),
    _str("violation", "violation", "what is wrong there", **_LENIENT),
))
RESOURCE = Body(model=m.ApiErrorResource, doc="A page that helps.", closed=False, fields=(
    _str("name", "name", "the page's title", **_LENIENT),
    _str("url", "url", "the page's address", **_LENIENT),
))
API_ERROR = Body(model=m.ApiError, doc="The v3 error body.", closed=False, name="api-error",
                 direction="error", endpoints=("POST /sms/3/messages", "GET /sms/3/reports",
                                               "GET /sms/3/logs"),
                 xml_root="ApiError", fields=(
    _str("errorCode", "error_code", "the error's code, such as E400"),
    _str("description", "description", "the error, for a person", **_LENIENT),
    _str("action", "action", "what to do about it", **_LENIENT),
    _array("violations", "violations", VIOLATION, "the faults, one a property",
           item="violation", limit="max_messages", empty=None, **_LENIENT),
    _array("resources", "resources", RESOURCE, "pages that help", item="resource",
           limit="max_messages", empty=None, **_LENIENT),
))

#: Every part that is not a top-level body, for `bodies.BODY_OF`.
PARTS: Final = (DESTINATION, LANGUAGE, TEXT_CONTENT, PLATFORM, VALIDITY_PERIOD, DELIVERY_TIME,
                DELIVERY_TIME_WINDOW, INDIA_DLT, TURKEY_IYS, SOUTH_KOREA, REGIONAL,
                MESSAGE_OPTIONS, DELIVERY_WEBHOOK, WEBHOOKS, MESSAGE, SPEED_LIMIT, SCHEDULE,
                TRACKING, CONVERSION_TRACKING, REQUEST_OPTIONS, DETAILS, SENT_MESSAGE, VIOLATION,
                RESOURCE)
