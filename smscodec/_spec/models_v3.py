"""The bodies of ``POST /sms/3/messages`` and the v3 error body, as typed, immutable values.

Made as `models` makes its own (the same decorator): constructing one runs the validator.
The binary content of a v3 message is v1's `BinaryContent` (the same wire shape), and a v3
response's status is v1's `Status`.
"""

from __future__ import annotations

from datetime import datetime

from .models import BinaryContent, Status, model_class

__all__ = [
    "ApiError",
    "ApiErrorResource",
    "ApiErrorViolation",
    "MessageDetails",
    "MessagesRequest",
    "MessagesResponse",
    "SentMessageV3",
    "SmsConversionTracking",
    "SmsDeliveryTime",
    "SmsDeliveryTimeWindow",
    "SmsDeliveryWebhook",
    "SmsDestination",
    "SmsIndiaDlt",
    "SmsLanguage",
    "SmsMessage",
    "SmsMessageOptions",
    "SmsPlatform",
    "SmsRegional",
    "SmsRequestOptions",
    "SmsSchedule",
    "SmsSouthKorea",
    "SmsSpeedLimit",
    "SmsTextContent",
    "SmsTracking",
    "SmsTurkeyIys",
    "SmsValidityPeriod",
    "SmsWebhooks",
]


@model_class
class SmsDestination:
    """One destination of a v3 message, with the id its message is to have."""

    to: str
    message_id: str | None = None
    network_id: int | None = None


@model_class
class SmsLanguage:
    """The national language tables a text is to be sent with."""

    language_code: str | None = None
    single_shift: bool | None = None
    locking_shift: bool | None = None


@model_class
class SmsTextContent:
    """A v3 message's text content: ``{"text", "transliteration", "language"}``."""

    text: str
    transliteration: str | None = None
    language: SmsLanguage | None = None


@model_class
class SmsPlatform:
    """The platform entity and application a message is sent for."""

    entity_id: str | None = None
    application_id: str | None = None


@model_class
class SmsValidityPeriod:
    """How long a message may wait to be sent (``time_unit`` defaults to MINUTES)."""

    amount: int
    time_unit: str | None = None


@model_class
class SmsDeliveryTime:
    """A time of day, UTC."""

    hour: int
    minute: int


@model_class
class SmsDeliveryTimeWindow:
    """The days and, optionally, the hours (``from``/``to``: Python ``start``/``end``, both
    or neither, at least an hour apart, UTC) in which a message may be delivered; a v3
    message's ``options.deliveryTimeWindow`` and a v2 message's ``deliveryTimeWindow``."""

    days: tuple[str, ...]
    start: SmsDeliveryTime | None = None
    end: SmsDeliveryTime | None = None


@model_class
class SmsIndiaDlt:
    """India DLT registration of a message."""

    principal_entity_id: str
    content_template_id: str | None = None
    telemarketer_id: str | None = None


@model_class
class SmsTurkeyIys:
    """Turkey IYS registration of a message."""

    recipient_type: str
    brand_code: int | None = None


@model_class
class SmsSouthKorea:
    """South Korea options of a message: its title and the reseller's code."""

    title: str | None = None
    reseller_code: int | None = None


@model_class
class SmsRegional:
    """Options that only some countries' regulation asks for."""

    india_dlt: SmsIndiaDlt | None = None
    turkey_iys: SmsTurkeyIys | None = None
    south_korea: SmsSouthKorea | None = None


@model_class
class SmsMessageOptions:
    """The options of one v3 message."""

    platform: SmsPlatform | None = None
    validity_period: SmsValidityPeriod | None = None
    delivery_time_window: SmsDeliveryTimeWindow | None = None
    campaign_reference_id: str | None = None
    regional: SmsRegional | None = None
    flash: bool | None = None


@model_class
class SmsDeliveryWebhook:
    """Where and how delivery reports are to be sent."""

    url: str | None = None
    intermediate_report: bool | None = None
    notify: bool | None = None


@model_class
class SmsWebhooks:
    """The webhooks of one v3 message."""

    delivery: SmsDeliveryWebhook | None = None
    content_type: str | None = None
    callback_data: str | None = None


@model_class
class SmsMessage:
    """One v3 message: a sender, destinations, and text or binary content."""

    destinations: tuple[SmsDestination, ...]
    content: SmsTextContent | BinaryContent
    sender: str | None = None
    options: SmsMessageOptions | None = None
    webhooks: SmsWebhooks | None = None


@model_class
class SmsSpeedLimit:
    """How many messages may go out per time unit (``time_unit`` defaults to MINUTE)."""

    amount: int
    time_unit: str | None = None


@model_class
class SmsSchedule:
    """When and how fast a bulk is sent."""

    bulk_id: str | None = None
    send_at: datetime | None = None
    sending_speed_limit: SmsSpeedLimit | None = None


@model_class
class SmsTracking:
    """URL shortening and click tracking (a v3 request's ``options.tracking``, a v2 text
    request's ``urlOptions``)."""

    shorten_url: bool | None = None
    track_clicks: bool | None = None
    tracking_url: str | None = None
    remove_protocol: bool | None = None
    custom_domain: str | None = None


@model_class
class SmsConversionTracking:
    """Conversion tracking of a request."""

    use_conversion_tracking: bool | None = None
    conversion_tracking_name: str | None = None


@model_class
class SmsRequestOptions:
    """The options of a whole v3 request."""

    schedule: SmsSchedule | None = None
    tracking: SmsTracking | None = None
    include_sms_count_in_response: bool | None = None
    conversion_tracking: SmsConversionTracking | None = None


@model_class
class MessagesRequest:
    """``POST /sms/3/messages``: messages of text or binary content."""

    messages: tuple[SmsMessage, ...]
    options: SmsRequestOptions | None = None


@model_class
class MessageDetails:
    """What a v3 response says of a message beyond its status."""

    message_count: int | None = None


@model_class
class SentMessageV3:
    """One destination's entry in a v3 response. A tolerant decode needs only ``messageId``
    and ``status``; ``strict=True`` demands ``destination`` too."""

    message_id: str
    status: Status
    destination: str | None = None
    details: MessageDetails | None = None


@model_class
class MessagesResponse:
    """The response to ``POST /sms/3/messages``."""

    messages: tuple[SentMessageV3, ...]
    bulk_id: str | None = None


@model_class
class ApiErrorViolation:
    """One fault of a refused request: the property and what is wrong with it."""

    property: str | None = None
    violation: str | None = None


@model_class
class ApiErrorResource:
    """A page that helps with an error."""

    name: str | None = None
    url: str | None = None


@model_class
class ApiError:
    """The v3 error body: ``{"errorCode", "description", "action", "violations",
    "resources"}``."""

    error_code: str
    description: str | None = None
    action: str | None = None
    violations: tuple[ApiErrorViolation, ...] | None = None
    resources: tuple[ApiErrorResource, ...] | None = None


