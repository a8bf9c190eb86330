"""The scheduled-message bodies (``/sms/1/bulks`` and ``/sms/1/bulks/status``): timestamps,
bulk statuses, and the four bodies."""

from __future__ import annotations

import functools
from datetime import UTC, datetime, timedelta, timezone
from typing import Final

from hypothesis import strategies as st

from .._spec.models_bulks import (
    BulkRescheduleRequest,
    BulkSchedule,
    BulkStatus,
    BulkStatusUpdateRequest,
)
from ._text import xml_safe_strings

# The statuses the API's description lists for a bulk, restated (as `_facts` restates DESIGN)
# so that the strategies do not take the code under test at its word.
_BULK_STATUSES: Final = ("PENDING", "PAUSED", "PROCESSING", "CANCELED", "FINISHED", "FAILED")

# An offset is written +hhmm, so any whole number of minutes up to 23:59 either way.
_MOST_MINUTES: Final = 24 * 60 - 1


@functools.cache
def _offsets() -> st.SearchStrategy[timezone]:
    return st.one_of(
        st.just(UTC),
        st.sampled_from((-_MOST_MINUTES, -720, -1, 1, 330, 345, 840, _MOST_MINUTES)),
        st.integers(-_MOST_MINUTES, _MOST_MINUTES),
    ).map(lambda o: o if isinstance(o, timezone) else timezone(timedelta(minutes=o)))


@functools.cache
@st.composite
def _timestamps(draw: st.DrawFn) -> datetime:
    # Years 2 to 9998: an offset cannot then push the instant outside what UTC holds.
    naive = draw(st.one_of(
        st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31)),
        st.datetimes(min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31)),
    ))
    if draw(st.booleans()):  # whole milliseconds, as the API writes them
        naive = naive.replace(microsecond=naive.microsecond - naive.microsecond % 1000)
    return naive.replace(tzinfo=draw(_offsets()))


def timestamps() -> st.SearchStrategy[datetime]:
    """Aware datetimes every TIMESTAMP field carries exactly: offsets of whole minutes up to
    23:59 either way (UTC most often), whole milliseconds (the API's form) or any
    microseconds, over the years 2 to 9998 and often near the present."""
    return _timestamps()


def bulk_statuses(*, known: bool = True) -> st.SearchStrategy[str]:
    """A bulk status: one the description lists, or (``known=False``, as a response may carry
    from a newer server) sometimes any other string."""
    listed = st.sampled_from(_BULK_STATUSES)
    return listed if known else st.one_of(listed, xml_safe_strings())


@functools.cache
def _bulk_ids() -> st.SearchStrategy[str]:
    return st.one_of(st.just("BULK-ID-123-xyz"), xml_safe_strings())


def bulk_schedules() -> st.SearchStrategy[BulkSchedule]:
    """The response of ``GET`` and ``PUT /sms/1/bulks``: each field present or absent."""
    return st.builds(
        BulkSchedule,
        bulk_id=st.one_of(st.none(), _bulk_ids()),
        send_at=st.one_of(st.none(), timestamps()),
    )


def bulk_reschedule_requests() -> st.SearchStrategy[BulkRescheduleRequest]:
    """The body of ``PUT /sms/1/bulks``. Any instant: how far ahead it may be depends on the
    clock, which decoding does not read."""
    return st.builds(BulkRescheduleRequest, send_at=timestamps())


def bulk_status_responses(*, strict: bool = False) -> st.SearchStrategy[BulkStatus]:
    """The response of ``GET`` and ``PUT /sms/1/bulks/status``: each field present or absent,
    the status sometimes one this version does not know (never with ``strict=True``, whose
    decode flags those)."""
    return st.builds(
        BulkStatus,
        bulk_id=st.one_of(st.none(), _bulk_ids()),
        status=st.one_of(st.none(), bulk_statuses(known=strict)),
    )


def bulk_status_update_requests() -> st.SearchStrategy[BulkStatusUpdateRequest]:
    """The body of ``PUT /sms/1/bulks/status``: any status the description lists."""
    return st.builds(BulkStatusUpdateRequest, status=bulk_statuses())
