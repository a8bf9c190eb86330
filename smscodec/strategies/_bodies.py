"""Every top-level body at once: `AnyBody` and `valid_bodies`."""

from __future__ import annotations

from typing import Any, TypeAlias

from hypothesis import strategies as st

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
from ._bulks import (
    bulk_reschedule_requests,
    bulk_schedules,
    bulk_status_responses,
    bulk_status_update_requests,
)
from ._requests import (
    binary_multi_requests,
    binary_single_requests,
    text_multi_requests,
    text_single_requests,
)
from ._responses import request_errors, sms_responses

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
)


def _tagged(model: type[Any], values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return values.map(lambda value: (model, value))


def valid_bodies(*, longest: bool = True) -> st.SearchStrategy[tuple[type[AnyBody], AnyBody]]:
    """``(model_type, value)`` for every top-level body, ready for ``encode`` and ``decode``::

        @given(valid_bodies(), st.sampled_from(["json", "xml"]))
        def test_round_trip(body, fmt):
            model, value = body
            assert decode(encode(value, format=fmt), model, format=fmt) == value

    ``longest=False`` leaves out the 255-part texts and payloads.
    """
    return st.one_of(
        _tagged(TextMultiRequest, text_multi_requests(longest=longest)),
        _tagged(BinaryMultiRequest, binary_multi_requests(longest=longest)),
        _tagged(TextSingleRequest, text_single_requests(longest=longest)),
        _tagged(BinarySingleRequest, binary_single_requests(longest=longest)),
        _tagged(SmsResponse, sms_responses()),
        _tagged(RequestError, request_errors()),
        _tagged(BulkSchedule, bulk_schedules()),
        _tagged(BulkRescheduleRequest, bulk_reschedule_requests()),
        _tagged(BulkStatus, bulk_status_responses()),
        _tagged(BulkStatusUpdateRequest, bulk_status_update_requests()),
    )
