"""What the API sends back after a send, as typed, immutable values: delivery reports (v1/v2
and v3), message logs (v1 and v3), inbound messages and the URL tracking notification.

Made as `models` makes its own (the same decorator). A report's status is the send response's
`Status`; its error is `MessageError`, its price `Price`. Every field but the few a report
means nothing without may be absent (None): these bodies are read tolerantly.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from .._catalogue import ErrorCode, match_error
from .models import Status, model_class

__all__ = [
    "CursorPage",
    "DeliveryReport",
    "DeliveryReportV3",
    "DeliveryReports",
    "DeliveryReportsV3",
    "GeoLocation",
    "InboundMessage",
    "InboundMessages",
    "LogBinaryContent",
    "LogLanguage",
    "LogTextContent",
    "MessageError",
    "MessageLog",
    "MessageLogV3",
    "MessageLogs",
    "MessageLogsV3",
    "MessagePlatform",
    "Price",
    "RecipientInfo",
    "TrackingNotification",
]


@model_class
class Price:
    """What one message cost: an exact amount (never a float) and its currency."""

    price_per_message: Decimal | None = None
    currency: str | None = None


@model_class
class MessageError:
    """Why a message did (or did not) fail; ``group_id`` 0 and ``id`` 0 (``NO_ERROR``) is no
    error. Kept as the server sent it, unknown names and groups included."""

    group_id: int
    id: int
    group_name: str | None = None
    name: str | None = None
    description: str | None = None
    permanent: bool | None = None

    @property
    def catalogue(self) -> ErrorCode | None:
        """The published catalogue's entry for this error id (where the catalogue reuses the
        id, the meaning with this name and group); None when the catalogue lacks the id."""
        return match_error(self.id, self.name, self.group_id)

    @property
    def is_permanent(self) -> bool | None:
        """Whether no retry can succeed: ``permanent`` as the server wrote it, else the
        catalogue's; None when neither says."""
        if self.permanent is not None:
            return self.permanent
        entry = self.catalogue
        return entry.permanent if entry is not None else None


@model_class
class MessagePlatform:
    """The platform entity and application a v3 message was sent for."""

    entity_id: str | None = None
    application_id: str | None = None


@model_class
class DeliveryReport:
    """The delivery report of one message (``GET /sms/1/reports`` and its webhook)."""

    message_id: str
    status: Status
    bulk_id: str | None = None
    to: str | None = None
    sender: str | None = None
    sent_at: datetime | None = None
    done_at: datetime | None = None
    sms_count: int | None = None
    mcc_mnc: str | None = None
    callback_data: str | None = None
    price: Price | None = None
    error: MessageError | None = None
    entity_id: str | None = None
    application_id: str | None = None
    campaign_reference_id: str | None = None


@model_class
class DeliveryReports:
    """Delivery reports (v1/v2): ``{"results": [...]}``."""

    results: tuple[DeliveryReport, ...] = ()


@model_class
class DeliveryReportV3:
    """The delivery report of one message (``GET /sms/3/reports`` and its webhook)."""

    message_id: str
    status: Status
    bulk_id: str | None = None
    price: Price | None = None
    error: MessageError | None = None
    to: str | None = None
    sender: str | None = None
    sent_at: datetime | None = None
    done_at: datetime | None = None
    message_count: int | None = None
    mcc_mnc: str | None = None
    callback_data: str | None = None
    platform: MessagePlatform | None = None
    campaign_reference_id: str | None = None


@model_class
class DeliveryReportsV3:
    """Delivery reports (v3): ``{"results": [...]}``."""

    results: tuple[DeliveryReportV3, ...] = ()


@model_class
class MessageLog:
    """The log of one sent message (``GET /sms/1/logs``)."""

    message_id: str
    status: Status
    bulk_id: str | None = None
    to: str | None = None
    sender: str | None = None
    text: str | None = None
    sent_at: datetime | None = None
    done_at: datetime | None = None
    sms_count: int | None = None
    mcc_mnc: str | None = None
    price: Price | None = None
    error: MessageError | None = None
    application_id: str | None = None
    entity_id: str | None = None
    campaign_reference_id: str | None = None


@model_class
class MessageLogs:
    """Message logs (v1): ``{"results": [...]}``."""

    results: tuple[MessageLog, ...] = ()


@model_class
class LogLanguage:
    """The national language tables a logged text was sent with."""

    language_code: str | None = None
    single_shift: bool | None = None
    locking_shift: bool | None = None


@model_class
class LogTextContent:
    """A logged message's text, as the server wrote it."""

    text: str
    transliteration: str | None = None
    language: LogLanguage | None = None


@model_class
class LogBinaryContent:
    """A logged message's binary content; ``hex`` is kept as the server wrote it."""

    hex: str
    data_coding: int | None = None
    esm_class: int | None = None


@model_class
class MessageLogV3:
    """The log of one sent message (``GET /sms/3/logs``)."""

    message_id: str
    status: Status
    sender: str | None = None
    destination: str | None = None
    bulk_id: str | None = None
    sent_at: datetime | None = None
    done_at: datetime | None = None
    message_count: int | None = None
    price: Price | None = None
    error: MessageError | None = None
    platform: MessagePlatform | None = None
    content: LogTextContent | LogBinaryContent | None = None
    campaign_reference_id: str | None = None
    mcc_mnc: str | None = None


@model_class
class CursorPage:
    """Where the next page of v3 logs starts."""

    limit: int | None = None
    next_cursor: str | None = None


@model_class
class MessageLogsV3:
    """Message logs (v3): ``{"results": [...], "cursor": {...}}``."""

    results: tuple[MessageLogV3, ...] = ()
    cursor: CursorPage | None = None


@model_class
class InboundMessage:
    """One inbound (MO) message (``GET /sms/1/inbox/reports`` and its webhook)."""

    message_id: str
    sender: str | None = None
    to: str | None = None
    text: str | None = None
    clean_text: str | None = None
    keyword: str | None = None
    received_at: datetime | None = None
    sms_count: int | None = None
    price: Price | None = None
    callback_data: str | None = None
    application_id: str | None = None
    entity_id: str | None = None
    campaign_reference_id: str | None = None


@model_class
class InboundMessages:
    """Inbound messages: ``{"results": [...], "messageCount", "pendingMessageCount"}``."""

    results: tuple[InboundMessage, ...] = ()
    message_count: int | None = None
    pending_message_count: int | None = None


@model_class
class RecipientInfo:
    """The device a tracked link was opened on."""

    device_type: str | None = None
    os: str | None = None
    device_name: str | None = None


@model_class
class GeoLocation:
    """Where a tracked link was opened."""

    country_name: str | None = None
    city: str | None = None


@model_class
class TrackingNotification:
    """The URL tracking webhook (``receive-sms-tracking-notification``): a link was opened.

    ``send_date_time`` is what the server writes: milliseconds since the Unix epoch."""

    message_id: str
    notification_type: str | None = None
    recipient: str | None = None
    url: str | None = None
    send_date_time: int | None = None
    bulk_id: str | None = None
    callback_data: str | None = None
    recipient_info: RecipientInfo | None = None
    geo_location_info: GeoLocation | None = None
    application_id: str | None = None
    entity_id: str | None = None
