"""Hypothesis strategies for every body of the SMS API, valid and invalid.

Importing this module (it needs the ``hypothesis`` extra) registers a strategy for every public
model, so ``st.from_type(Model)`` yields valid values::

    from hypothesis import given, strategies as st

    import smscodec.strategies  # noqa: F401  (registers the models)
    from smscodec import BinaryMultiRequest

    @given(st.from_type(BinaryMultiRequest))
    def test_my_encoder_round_trips(request: BinaryMultiRequest) -> None:
        assert my_decoder(my_encoder(request)) == request

Valid values reach the edges of the wire rules: senders of 3 and 14 digits or of 3 and 11
characters with inner spaces, 7- and 15-digit destinations, texts of exactly 160/161 GSM 7-bit
septets or 70/71 UCS-2 units (and the most 255 parts hold), extension characters, emoji and the
characters XML finds awkward (CR, tab, ``]]>``, ``<&>``), every class of ``dataCoding``, and
payloads with their own user data header. Every value can be carried by both formats: no text
holds a character XML 1.0 cannot carry (C0 controls other than tab, LF and CR, U+FFFE, U+FFFF,
surrogates), so ``decode(encode(x, format=f), type(x), format=f) == x`` must hold for both.

`invalid_bodies` draws `InvalidBody` values: encoded bodies, each broken by one wire-level
mutation, with the one issue code and JSON Pointer path a decoder must report::

    from smscodec.strategies import InvalidBody, invalid_bodies

    @given(invalid_bodies("json"))
    def test_my_gateway_refuses(bad: InvalidBody) -> None:
        response = my_gateway.post(bad.data, content_type="application/json")
        assert response.status == 400
"""

# The package: `_facts` (wire facts restated from DESIGN), `_text`, `_addresses`, `_binary`,
# `_requests`, `_responses` and `_bodies` (valid values); `_documents` (JSON and XML bodies
# edited at a path), `_bad_values`, `_plans` and `_mutations` (invalid bodies). Strategies drawn
# inside composites are built once (functools.cache): Hypothesis validates every new strategy
# object on its first draw, which would otherwise happen on every draw.

from __future__ import annotations

try:
    from hypothesis import strategies as st
except ModuleNotFoundError as exc:  # pragma: no cover - depends on the installation
    raise ModuleNotFoundError(
        "smscodec.strategies needs Hypothesis: pip install 'smscodec[hypothesis]'"
    ) from exc

from .._spec.models import (
    BinaryContent,
    BinaryMessage,
    BinaryMultiRequest,
    BinarySingleRequest,
    RequestError,
    SentMessage,
    ServiceException,
    SmsResponse,
    Status,
    TextMessage,
    TextMultiRequest,
    TextSingleRequest,
)
from .._spec.models_bulks import (
    BulkRescheduleRequest,
    BulkSchedule,
    BulkStatus,
    BulkStatusUpdateRequest,
)
from .._spec.models_reports import (
    DeliveryReports,
    DeliveryReportsV3,
    InboundMessages,
    MessageError,
    MessageLogs,
    MessageLogsV3,
    Price,
    TrackingNotification,
)
from .._spec.models_v2 import (
    AdvancedBinaryMessage,
    AdvancedTextMessage,
    BinaryAdvancedRequest,
    TextAdvancedRequest,
)
from .._spec.models_v3 import (
    ApiError,
    MessagesRequest,
    MessagesResponse,
    SmsDeliveryTimeWindow,
    SmsLanguage,
    SmsMessage,
)
from ._addresses import destination_numbers, destinations, senders
from ._advanced import (
    advanced_binary_messages,
    advanced_text_messages,
    binary_advanced_requests,
    delivery_time_windows,
    send_at_times,
    sms_languages,
    text_advanced_requests,
)
from ._binary import binary_contents, user_data_headers
from ._bodies import AnyBody, valid_bodies
from ._bulks import (
    bulk_reschedule_requests,
    bulk_schedules,
    bulk_status_responses,
    bulk_status_update_requests,
    bulk_statuses,
    timestamps,
)
from ._mutations import INVALID_BODY_CODES, InvalidBody, invalid_bodies
from ._reports import (
    delivery_reports,
    inbound_messages,
    message_errors,
    message_logs,
    prices,
    tracking_notifications,
    v3_delivery_reports,
    v3_message_logs,
)
from ._requests import (
    binary_messages,
    binary_multi_requests,
    binary_single_requests,
    text_messages,
    text_multi_requests,
    text_single_requests,
)
from ._responses import request_errors, sent_messages, service_exceptions, sms_responses, statuses
from ._text import XML_UNSAFE_CHARACTERS, sized_texts, texts, xml_safe_strings
from ._v3 import (
    api_errors,
    text_contents,
    v3_messages,
    v3_messages_requests,
    v3_messages_responses,
)

__all__ = [
    "INVALID_BODY_CODES",
    "XML_UNSAFE_CHARACTERS",
    "AnyBody",
    "InvalidBody",
    "advanced_binary_messages",
    "advanced_text_messages",
    "api_errors",
    "binary_advanced_requests",
    "binary_contents",
    "binary_messages",
    "binary_multi_requests",
    "binary_single_requests",
    "bulk_reschedule_requests",
    "bulk_schedules",
    "bulk_status_responses",
    "bulk_status_update_requests",
    "bulk_statuses",
    "delivery_reports",
    "delivery_time_windows",
    "destination_numbers",
    "destinations",
    "inbound_messages",
    "invalid_bodies",
    "message_errors",
    "message_logs",
    "prices",
    "request_errors",
    "send_at_times",
    "senders",
    "sent_messages",
    "service_exceptions",
    "sized_texts",
    "sms_languages",
    "sms_responses",
    "statuses",
    "text_advanced_requests",
    "text_contents",
    "text_messages",
    "text_multi_requests",
    "text_single_requests",
    "texts",
    "timestamps",
    "tracking_notifications",
    "user_data_headers",
    "v3_delivery_reports",
    "v3_message_logs",
    "v3_messages",
    "v3_messages_requests",
    "v3_messages_responses",
    "valid_bodies",
    "xml_safe_strings",
]

# Named where users import it, as before the split: pickles and reprs of the class keep the
# public path, whichever private module defines it.
InvalidBody.__module__ = __name__

# --- registration ---------------------------------------------------------------------------

for _model, _strategy in (
    (TextMultiRequest, text_multi_requests()),
    (BinaryMultiRequest, binary_multi_requests()),
    (TextSingleRequest, text_single_requests()),
    (BinarySingleRequest, binary_single_requests()),
    (TextMessage, text_messages()),
    (BinaryMessage, binary_messages()),
    (BinaryContent, binary_contents()),
    (SmsResponse, sms_responses()),
    (SentMessage, sent_messages()),
    (Status, statuses()),
    (RequestError, request_errors()),
    (ServiceException, service_exceptions()),
    (BulkSchedule, bulk_schedules()),
    (BulkRescheduleRequest, bulk_reschedule_requests()),
    (BulkStatus, bulk_status_responses()),
    (BulkStatusUpdateRequest, bulk_status_update_requests()),
    (MessagesRequest, v3_messages_requests()),
    (SmsMessage, v3_messages()),
    (MessagesResponse, v3_messages_responses()),
    (ApiError, api_errors()),
    (TextAdvancedRequest, text_advanced_requests()),
    (BinaryAdvancedRequest, binary_advanced_requests()),
    (AdvancedTextMessage, advanced_text_messages()),
    (AdvancedBinaryMessage, advanced_binary_messages()),
    (SmsDeliveryTimeWindow, delivery_time_windows()),
    (SmsLanguage, sms_languages()),
    (DeliveryReports, delivery_reports()),
    (DeliveryReportsV3, v3_delivery_reports()),
    (MessageLogs, message_logs()),
    (MessageLogsV3, v3_message_logs()),
    (InboundMessages, inbound_messages()),
    (TrackingNotification, tracking_notifications()),
    (MessageError, message_errors()),
    (Price, prices()),
):
    st.register_type_strategy(_model, _strategy)
del _model, _strategy
