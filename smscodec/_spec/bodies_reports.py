"""What the API sends back after a send, each body described once: delivery reports (v1/v2 and
v3), message logs (v1 and v3), inbound messages, and the URL tracking webhook. A webhook of the
same shape as a pulled body is that body (one description, both endpoints).

All are read tolerantly (open objects; only the fields a report means nothing without are
required, the rest only with ``strict=True``; ``null`` is absent). Statuses are the send
response's `STATUS`; prices are DECIMAL, times TIMESTAMP, written back as read. Field order is
the order of the description's JSON examples, then the fields they leave out, as the
description lists them.
"""

from __future__ import annotations

from typing import Any, Final

from .._validate.combinators import array_rule, object_rule, union_rule
from . import models_reports as m
from . import rules
from .parts import STATUS
from .rules.decimals import DECIMAL
from .rules.scalars import BOOLEAN, enum
from .rules.timestamps import TIMESTAMP
from .vocabulary import Body, Field, Kind, Rule

__all__ = ["DELIVERY_REPORTS", "DELIVERY_REPORTS_V3", "INBOUND_MESSAGES", "MESSAGE_LOGS",
           "MESSAGE_LOGS_V3", "PARTS", "REPORT_BODIES", "TRACKING_NOTIFICATION"]

#: The error groups the v3 description names (others are kept as read).
ERROR_GROUP_NAMES: Final = ("OK", "HANDSET_ERRORS", "USER_ERRORS", "OPERATOR_ERRORS")
TRANSLITERATIONS: Final = ("NONE", "TURKISH", "GREEK", "CYRILLIC", "SERBIAN_CYRILLIC",
                           "CENTRAL_EUROPEAN", "BALTIC", "NON_UNICODE", "PORTUGUESE", "COLOMBIAN",
                           "BULGARIAN_CYRILLIC", "ALL")
LANGUAGE_CODES: Final = ("NONE", "TR", "ES", "PT", "AUTODETECT")
#: The root names servers give a list of delivery reports; each report body reads all three.
REPORT_ROOTS: Final = ("reportResponse", "DeliveryReports", "SMSReportResponse")

_OPTIONAL: Final[dict[str, Any]] = {"required": False}
#: A field a tolerant decode may miss and ``strict=True`` demands (see `bodies`).
_LENIENT: Final[dict[str, Any]] = {"required": False, "strict_required": True}


def _f(wire: str, name: str, kind: Kind, rule: Rule, doc: str, **kw: Any) -> Field:
    return Field(wire=wire, name=name, kind=kind, rule=rule, doc=doc, **kw)


def _str(wire: str, name: str, doc: str, **kw: Any) -> Field:
    return _f(wire, name, Kind.TEXT, rules.STRING, doc, **kw)


def _int(wire: str, name: str, doc: str, **kw: Any) -> Field:
    return _f(wire, name, Kind.INTEGER, rules.RESPONSE_INTEGER, doc, **kw)


def _time(wire: str, name: str, doc: str, **kw: Any) -> Field:
    return _f(wire, name, Kind.TIMESTAMP, TIMESTAMP, doc, **kw)


def _obj(wire: str, name: str, body: Body, doc: str, **kw: Any) -> Field:
    return _f(wire, name, Kind.OBJECT, object_rule(body), doc, body=body, **kw)


def _results(item: Body, doc: str) -> Field:
    # Absent is none (a tolerant reading): a list written unwrapped (`Field.xml_unwrapped`)
    # has no element at all when it is empty.
    return _f("results", "results", Kind.ARRAY,
              array_rule(object_rule(item), limit="max_messages", empty=None, what="results"),
              doc, body=item, item="result", xml_unwrapped=True, default=(), **_LENIENT)


PRICE = Body(model=m.Price, doc="What a message cost.", closed=False, fields=(
    _f("pricePerMessage", "price_per_message", Kind.DECIMAL, DECIMAL,
       "the price of one message, exact as written", **_LENIENT),
    _str("currency", "currency", "the currency, such as EUR", **_LENIENT),
))
ERROR = Body(model=m.MessageError, doc="Why a message failed (id 0, NO_ERROR: it did not).",
             closed=False, check=rules.ERROR_CATALOGUE, fields=(
    _int("groupId", "group_id", "the error group: 0 OK, 1 HANDSET_ERRORS, 2 USER_ERRORS, "
         "3 OPERATOR_ERRORS"),
    _str("groupName", "group_name", "the name of the error group", **_LENIENT),
    _int("id", "id", "the error id"),
    _str("name", "name", "the error name", **_LENIENT),
    _str("description", "description", "the error, for a person", **_LENIENT),
    _f("permanent", "permanent", Kind.BOOLEAN, BOOLEAN,
       "whether retrying can never succeed", **_LENIENT),
))
PLATFORM = Body(model=m.MessagePlatform, doc="The platform entity and application.",
                closed=False, fields=(
    _str("entityId", "entity_id", "the entity", **_OPTIONAL),
    _str("applicationId", "application_id", "the application", **_OPTIONAL),
))

_BULK_ID: Final = _str("bulkId", "bulk_id", "the id of the bulk the message was sent in",
                       **_OPTIONAL)
_MESSAGE_ID: Final = _str("messageId", "message_id", "the id of the message")
_STATUS: Final = _obj("status", "status", STATUS, "where the message stands")
_ERROR: Final = _obj("error", "error", ERROR, "why the message failed, if it did", **_LENIENT)
_PRICE: Final = _obj("price", "price", PRICE, "what the message cost", **_LENIENT)
_SENT_AT: Final = _time("sentAt", "sent_at", "when the message was sent", **_LENIENT)
_DONE_AT: Final = _time("doneAt", "done_at", "when the message reached its final status",
                        **_LENIENT)
_MCC_MNC: Final = _str("mccMnc", "mcc_mnc", "the mobile country and network codes",
                       **_OPTIONAL)
_CALLBACK: Final = _str("callbackData", "callback_data", "the data the send asked to get back",
                        **_OPTIONAL)
_ENTITY: Final = _str("entityId", "entity_id", "the platform entity", **_OPTIONAL)
_APPLICATION: Final = _str("applicationId", "application_id", "the platform application",
                           **_OPTIONAL)
_CAMPAIGN: Final = _str("campaignReferenceId", "campaign_reference_id",
                        "the campaign the message belongs to", **_OPTIONAL)
_PLATFORM: Final = _obj("platform", "platform", PLATFORM, "the platform entity and application",
                        **_OPTIONAL)
_SMS_COUNT: Final = _f("smsCount", "sms_count", Kind.INTEGER, rules.SMS_COUNT,
                       "the SMS parts charged", **_LENIENT)
_MESSAGE_COUNT: Final = _f("messageCount", "message_count", Kind.INTEGER, rules.SMS_COUNT,
                           "the SMS parts charged", **_LENIENT)

# --- delivery reports ------------------------------------------------------------------------

DELIVERY_REPORT = Body(model=m.DeliveryReport, doc="The delivery report of one message.",
                       closed=False, fields=(
    _BULK_ID,
    _MESSAGE_ID,
    _str("to", "to", "the destination", **_LENIENT),
    _str("from", "sender", "the sender", **_OPTIONAL),
    _SENT_AT, _DONE_AT, _SMS_COUNT, _MCC_MNC, _CALLBACK, _PRICE, _STATUS, _ERROR,
    _ENTITY, _APPLICATION, _CAMPAIGN,
))
DELIVERY_REPORTS = Body(model=m.DeliveryReports, doc="Delivery reports (v1/v2).", closed=False,
                        name="delivery-reports", direction="response",
                        endpoints=("GET /sms/1/reports",
                                   "webhook receive-outbound-sms-message-reports"),
                        xml_root="reportResponse", xml_root_aliases=REPORT_ROOTS[1:], fields=(
    _results(DELIVERY_REPORT, "one report per message"),
))

DELIVERY_REPORT_V3 = Body(model=m.DeliveryReportV3, doc="The v3 delivery report of one message.",
                          closed=False, fields=(
    _BULK_ID, _PRICE, _STATUS, _ERROR, _MESSAGE_ID,
    _str("to", "to", "the destination", **_LENIENT),
    _str("sender", "sender", "the sender", **_OPTIONAL),
    _SENT_AT, _DONE_AT, _MESSAGE_COUNT, _MCC_MNC, _CALLBACK, _PLATFORM, _CAMPAIGN,
))
DELIVERY_REPORTS_V3 = Body(model=m.DeliveryReportsV3, doc="Delivery reports (v3).",
                           closed=False, name="v3-delivery-reports", direction="response",
                           endpoints=("GET /sms/3/reports",
                                      "webhook receive-outbound-sms-message-reports-v3"),
                           xml_root="DeliveryReports",
                           xml_root_aliases=(REPORT_ROOTS[0], REPORT_ROOTS[2]), fields=(
    _results(DELIVERY_REPORT_V3, "one report per message"),
))

# --- logs ------------------------------------------------------------------------------------

MESSAGE_LOG = Body(model=m.MessageLog, doc="The log of one sent message.", closed=False, fields=(
    _BULK_ID,
    _MESSAGE_ID,
    _str("to", "to", "the destination", **_LENIENT),
    _str("from", "sender", "the sender", **_OPTIONAL),
    _str("text", "text", "the message text", **_OPTIONAL),
    _SENT_AT, _DONE_AT, _SMS_COUNT, _MCC_MNC, _PRICE, _STATUS, _ERROR,
    _APPLICATION, _ENTITY, _CAMPAIGN,
))
MESSAGE_LOGS = Body(model=m.MessageLogs, doc="Message logs (v1).", closed=False,
                    name="message-logs", direction="response", endpoints=("GET /sms/1/logs",),
                    xml_root="smsLogsResponse", fields=(
    _results(MESSAGE_LOG, "one log per message"),
))

LANGUAGE = Body(model=m.LogLanguage, doc="The national language tables of a text.",
                closed=False, fields=(
    _f("languageCode", "language_code", Kind.ENUM, enum(LANGUAGE_CODES, closed=False),
       "the language whose tables were used", **_OPTIONAL),
    _f("singleShift", "single_shift", Kind.BOOLEAN, BOOLEAN, "the single shift table was used",
       **_OPTIONAL),
    _f("lockingShift", "locking_shift", Kind.BOOLEAN, BOOLEAN,
       "the locking shift table was used", **_OPTIONAL),
))
TEXT_CONTENT = Body(model=m.LogTextContent, doc="A logged text.", closed=False, fields=(
    _str("text", "text", "the text"),
    _f("transliteration", "transliteration", Kind.ENUM, enum(TRANSLITERATIONS, closed=False),
       "the transliteration applied", **_OPTIONAL),
    _obj("language", "language", LANGUAGE, "the national language tables", **_OPTIONAL),
))
BINARY_CONTENT = Body(model=m.LogBinaryContent, doc="A logged binary payload.", closed=False,
                      fields=(
    _str("hex", "hex", "the payload in hex, as the server wrote it"),
    _int("dataCoding", "data_coding", "the SMPP data_coding", **_OPTIONAL),
    _int("esmClass", "esm_class", "the SMPP esm_class", **_OPTIONAL),
))
_CONTENTS: Final = (TEXT_CONTENT, BINARY_CONTENT)

MESSAGE_LOG_V3 = Body(model=m.MessageLogV3, doc="The v3 log of one sent message.", closed=False,
                      fields=(
    _str("sender", "sender", "the sender", **_OPTIONAL),
    _str("destination", "destination", "the destination", **_LENIENT),
    _BULK_ID, _MESSAGE_ID, _SENT_AT, _DONE_AT, _MESSAGE_COUNT, _PRICE, _STATUS, _ERROR,
    _PLATFORM,
    _f("content", "content", Kind.UNION, union_rule(_CONTENTS),
       "the content: text (text, transliteration, language) or binary (hex, dataCoding, "
       "esmClass)", choices=_CONTENTS, **_OPTIONAL),
    _CAMPAIGN, _MCC_MNC,
))
CURSOR = Body(model=m.CursorPage, doc="Where the next page starts.", closed=False, fields=(
    _int("limit", "limit", "the page size", **_OPTIONAL),
    _str("nextCursor", "next_cursor", "the cursor of the next page", **_OPTIONAL),
))
MESSAGE_LOGS_V3 = Body(model=m.MessageLogsV3, doc="Message logs (v3).", closed=False,
                       name="v3-message-logs", direction="response",
                       endpoints=("GET /sms/3/logs",), xml_root="LogResponse", fields=(
    _results(MESSAGE_LOG_V3, "one log per message"),
    _obj("cursor", "cursor", CURSOR, "the next page, when paging by cursor", **_OPTIONAL),
))

# --- inbound messages ------------------------------------------------------------------------

INBOUND_MESSAGE = Body(model=m.InboundMessage, doc="One inbound message.", closed=False, fields=(
    _MESSAGE_ID,
    _str("from", "sender", "who sent it", **_LENIENT),
    _str("to", "to", "the number it was sent to", **_LENIENT),
    _str("text", "text", "the whole text", **_LENIENT),
    _str("cleanText", "clean_text", "the text without its keyword", **_OPTIONAL),
    _str("keyword", "keyword", "the keyword it starts with", **_OPTIONAL),
    _time("receivedAt", "received_at", "when it was received", **_LENIENT),
    _SMS_COUNT, _PRICE, _CALLBACK, _APPLICATION, _ENTITY, _CAMPAIGN,
))
INBOUND_MESSAGES = Body(model=m.InboundMessages, doc="Inbound messages.", closed=False,
                        name="inbound-messages", direction="response",
                        endpoints=("GET /sms/1/inbox/reports",
                                   "webhook receive-inbound-sms-messages"),
                        xml_root="reportResponse", fields=(
    _results(INBOUND_MESSAGE, "the messages"),
    _int("messageCount", "message_count", "how many messages this body holds", **_OPTIONAL),
    _int("pendingMessageCount", "pending_message_count", "how many are still waiting",
         **_OPTIONAL),
))

# --- the URL tracking webhook ----------------------------------------------------------------

RECIPIENT_INFO = Body(model=m.RecipientInfo, doc="The device a link was opened on.",
                      closed=False, fields=(
    _str("deviceType", "device_type", "the kind of device", **_OPTIONAL),
    _str("os", "os", "its operating system", **_OPTIONAL),
    _str("deviceName", "device_name", "its maker or name", **_OPTIONAL),
))
GEO_LOCATION = Body(model=m.GeoLocation, doc="Where a link was opened.", closed=False, fields=(
    _str("countryName", "country_name", "the country", **_OPTIONAL),
    _str("city", "city", "the city", **_OPTIONAL),
))
TRACKING_NOTIFICATION = Body(model=m.TrackingNotification, doc="A tracked link was opened.",
                             closed=False, name="tracking-notification", direction="webhook",
                             endpoints=("webhook receive-sms-tracking-notification",),
                             xml_root="UrlTrackingWebhook", fields=(
    _str("notificationType", "notification_type", "what happened, such as CLICKED", **_LENIENT),
    _str("recipient", "recipient", "the destination the message went to", **_LENIENT),
    _str("url", "url", "the link", **_LENIENT),
    _int("sendDateTime", "send_date_time", "when the message was sent, in milliseconds since "
         "the Unix epoch", **_LENIENT),
    _MESSAGE_ID, _BULK_ID, _CALLBACK,
    _obj("recipientInfo", "recipient_info", RECIPIENT_INFO, "the device", **_OPTIONAL),
    _obj("geoLocationInfo", "geo_location_info", GEO_LOCATION, "the place", **_OPTIONAL),
    _APPLICATION, _ENTITY,
))

#: The top-level bodies, in the order the command line lists them.
REPORT_BODIES: Final = (DELIVERY_REPORTS, DELIVERY_REPORTS_V3, MESSAGE_LOGS, MESSAGE_LOGS_V3,
                        INBOUND_MESSAGES, TRACKING_NOTIFICATION)
#: Every part that is not a top-level body, for `bodies.BODY_OF`.
PARTS: Final = (PRICE, ERROR, PLATFORM, DELIVERY_REPORT, DELIVERY_REPORT_V3, MESSAGE_LOG,
                LANGUAGE, TEXT_CONTENT, BINARY_CONTENT, MESSAGE_LOG_V3, CURSOR, INBOUND_MESSAGE,
                RECIPIENT_INFO, GEO_LOCATION)
