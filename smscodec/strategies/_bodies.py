"""Every top-level body at once: `AnyBody` and `valid_bodies`."""

from __future__ import annotations

from typing import Any, TypeAlias

from hypothesis import strategies as st

from .._spec.bodies import KINDS
from .._spec.models import (
    BinaryMultiRequest,
    BinarySingleRequest,
    RequestError,
    SmsResponse,
    TextMultiRequest,
    TextSingleRequest,
)
from .._spec.models_bulks import (
    BulkRescheduleRequest,
    BulkSchedule,
    BulkStatus,
    BulkStatusUpdateRequest,
)
from .._spec.models_preview import PreviewRequest, PreviewResponse
from .._spec.models_reports import (
    DeliveryReports,
    DeliveryReportsV3,
    InboundMessages,
    MessageLogs,
    MessageLogsV3,
    TrackingNotification,
)
from .._spec.models_v2 import BinaryAdvancedRequest, TextAdvancedRequest
from .._spec.models_v3 import ApiError, MessagesRequest, MessagesResponse
from ._requests import (
    binary_multi_requests,
    binary_single_requests,
    text_multi_requests,
    text_single_requests,
)

#: A top-level body: what `smscodec.encode` and `smscodec.decode` take and give.
AnyBody: TypeAlias = (
    TextMultiRequest
    | BinaryMultiRequest
    | TextSingleRequest
    | BinarySingleRequest
    | SmsResponse
    | RequestError
    | BulkSchedule
    | BulkRescheduleRequest
    | BulkStatus
    | BulkStatusUpdateRequest
    | TextAdvancedRequest
    | BinaryAdvancedRequest
    | MessagesRequest
    | MessagesResponse
    | ApiError
    | DeliveryReports
    | DeliveryReportsV3
    | MessageLogs
    | MessageLogsV3
    | InboundMessages
    | TrackingNotification
    | PreviewRequest
    | PreviewResponse
)


def _tagged(model: type[Any], values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return values.map(lambda value: (model, value))


def valid_bodies(*, longest: bool = True) -> st.SearchStrategy[tuple[type[AnyBody], AnyBody]]:
    """``(model_type, value)`` for every top-level body, ready for ``encode`` and ``decode``::

        @given(valid_bodies(), st.sampled_from(["json", "xml"]))
        def test_round_trip(body, fmt):
            model, value = body
            assert decode(encode(value, format=fmt), model, format=fmt) == value

    Every kind `smscodec kinds` lists is drawn: the v1 requests with the strategies that take
    ``longest`` (``False`` leaves out their 255-part texts and payloads), every other kind with
    the strategy registered for its model (`st.from_type`).
    """
    sized = {
        TextMultiRequest: text_multi_requests(longest=longest),
        BinaryMultiRequest: binary_multi_requests(longest=longest),
        TextSingleRequest: text_single_requests(longest=longest),
        BinarySingleRequest: binary_single_requests(longest=longest),
    }
    return st.one_of([
        _tagged(body.model, sized[body.model] if body.model in sized else st.from_type(body.model))
        for body in KINDS.values()
    ])
