"""The bodies of the v2 advanced send API as typed, immutable values:
``POST /sms/2/text/advanced`` and ``POST /sms/2/binary/advanced``.

Made as the v1 models are (`models.model_class`): frozen, slotted, keyword-only, and checked by
their constructor. The binary content is v1's `BinaryContent`, the same wire shape. Python
names are the wire names in snake case, but ``from`` (a keyword), which is ``sender`` as in
v1. The language, the delivery time window, the regional options, the speed limit and the
URL options are v3's models (`SmsLanguage`, `SmsDeliveryTimeWindow`, `SmsRegional`,
`SmsSpeedLimit`, `SmsTracking`): the description gives both endpoints the same fields and
bounds for each.
"""

from __future__ import annotations

from datetime import datetime

from .models import BinaryContent, model_class
from .models_v3 import (
    SmsDeliveryTimeWindow,
    SmsLanguage,
    SmsRegional,
    SmsSpeedLimit,
    SmsTracking,
)

__all__ = [
    "AdvancedBinaryMessage",
    "AdvancedTextMessage",
    "BinaryAdvancedRequest",
    "Destination",
    "TextAdvancedRequest",
    "Tracking",
]


@model_class
class Destination:
    """``{"to", "messageId"}``: one destination and, optionally, the id its message gets."""

    to: str
    message_id: str | None = None


@model_class
class AdvancedTextMessage:
    """One message of ``/sms/2/text/advanced`` to its destinations."""

    destinations: tuple[Destination, ...]
    text: str | None = None
    sender: str | None = None
    callback_data: str | None = None
    delivery_time_window: SmsDeliveryTimeWindow | None = None
    flash: bool | None = None
    intermediate_report: bool | None = None
    language: SmsLanguage | None = None
    notify_content_type: str | None = None
    notify_url: str | None = None
    regional: SmsRegional | None = None
    send_at: datetime | None = None
    transliteration: str | None = None
    validity_period: int | None = None
    entity_id: str | None = None
    application_id: str | None = None
    campaign_reference_id: str | None = None


@model_class
class AdvancedBinaryMessage:
    """One message of ``/sms/2/binary/advanced`` to its destinations."""

    destinations: tuple[Destination, ...]
    binary: BinaryContent | None = None
    sender: str | None = None
    callback_data: str | None = None
    delivery_time_window: SmsDeliveryTimeWindow | None = None
    flash: bool | None = None
    intermediate_report: bool | None = None
    notify_content_type: str | None = None
    notify_url: str | None = None
    regional: SmsRegional | None = None
    send_at: datetime | None = None
    validity_period: int | None = None
    entity_id: str | None = None
    application_id: str | None = None
    campaign_reference_id: str | None = None


@model_class
class Tracking:
    """The legacy conversion tracking of the text request."""

    base_url: str | None = None
    process_key: str | None = None
    track: str | None = None
    type: str | None = None


@model_class
class TextAdvancedRequest:
    """``POST /sms/2/text/advanced``: text messages, each to its own destinations."""

    messages: tuple[AdvancedTextMessage, ...]
    bulk_id: str | None = None
    sending_speed_limit: SmsSpeedLimit | None = None
    url_options: SmsTracking | None = None
    tracking: Tracking | None = None
    include_sms_count_in_response: bool | None = None


@model_class
class BinaryAdvancedRequest:
    """``POST /sms/2/binary/advanced``: binary messages, each to its own destinations."""

    messages: tuple[AdvancedBinaryMessage, ...]
    bulk_id: str | None = None
    sending_speed_limit: SmsSpeedLimit | None = None
