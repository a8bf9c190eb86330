"""What the API sends back after a send: delivery reports, logs, inbound messages and the
URL tracking notification, as a tolerant decode reads them (any field a server may leave out
sometimes absent, unknown status and error names and groups, exact prices)."""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import TypeVar

from hypothesis import strategies as st

from .._spec.models_reports import (
    CursorPage,
    DeliveryReport,
    DeliveryReports,
    DeliveryReportsV3,
    DeliveryReportV3,
    GeoLocation,
    InboundMessage,
    InboundMessages,
    LogBinaryContent,
    LogLanguage,
    LogTextContent,
    MessageError,
    MessageLog,
    MessageLogs,
    MessageLogsV3,
    MessageLogV3,
    MessagePlatform,
    Price,
    RecipientInfo,
    TrackingNotification,
)
from ._bulks import timestamps
from ._responses import _int64, statuses
from ._text import _xml_safe_strings

_T = TypeVar("_T")

# Error groups of the API (the v3 description's enum), restated as `_facts` restates statuses.
_ERROR_GROUPS = ("OK", "HANDSET_ERRORS", "USER_ERRORS", "OPERATOR_ERRORS")


def _maybe(strategy: st.SearchStrategy[_T]) -> st.SearchStrategy[_T | None]:
    return st.none() | strategy


@functools.cache
def _strings() -> st.SearchStrategy[str | None]:
    return _maybe(_xml_safe_strings(0, 3))


@functools.cache
def _ids() -> st.SearchStrategy[str]:
    return _xml_safe_strings(0, 3)


@functools.cache
def _amounts() -> st.SearchStrategy[Decimal]:
    # The forms servers write (0.01, 0, 0.0100) and any other of at most 32 digits.
    usual = st.sampled_from([Decimal("0.01"), Decimal("0"), Decimal("0.0100"), Decimal("12.5")])
    return st.one_of(usual, *(st.decimals(min_value=-10**12, max_value=10**12, places=p,
                                          allow_nan=False, allow_infinity=False)
                              for p in (0, 2, 6)))


def prices() -> st.SearchStrategy[Price]:
    """A price: an exact amount (never a float) and a currency, each sometimes absent."""
    return st.builds(Price, price_per_message=_maybe(_amounts()),
                     currency=_maybe(st.sampled_from(("EUR", "USD")) | _ids()))


def message_errors() -> st.SearchStrategy[MessageError]:
    """An error object: known and unknown groups (in the cases servers write: ``OK``,
    ``Ok``), any ids, ``permanent`` present or absent."""
    group = st.one_of(st.sampled_from((*_ERROR_GROUPS, "Ok")), _ids())
    return st.builds(MessageError, group_id=_int64(), id=_int64(), group_name=_maybe(group),
                     name=_maybe(st.just("NO_ERROR") | _ids()), description=_strings(),
                     permanent=_maybe(st.booleans()))


def _platforms() -> st.SearchStrategy[MessagePlatform]:
    return st.builds(MessagePlatform, entity_id=_strings(), application_id=_strings())


def _times() -> st.SearchStrategy[object]:
    return _maybe(timestamps())


def delivery_reports(*, max_results: int = 3) -> st.SearchStrategy[DeliveryReports]:
    """Delivery reports (v1/v2)."""
    report = st.builds(
        DeliveryReport, message_id=_ids(), status=statuses(), bulk_id=_strings(), to=_strings(),
        sender=_strings(), sent_at=_times(), done_at=_times(), sms_count=_maybe(_int64()),
        mcc_mnc=_strings(), callback_data=_strings(), price=_maybe(prices()),
        error=_maybe(message_errors()), entity_id=_strings(), application_id=_strings(),
        campaign_reference_id=_strings())
    return st.builds(DeliveryReports,
                     results=st.lists(report, max_size=max_results).map(tuple))


def v3_delivery_reports(*, max_results: int = 3) -> st.SearchStrategy[DeliveryReportsV3]:
    """Delivery reports (v3)."""
    report = st.builds(
        DeliveryReportV3, message_id=_ids(), status=statuses(), bulk_id=_strings(),
        price=_maybe(prices()), error=_maybe(message_errors()), to=_strings(), sender=_strings(),
        sent_at=_times(), done_at=_times(), message_count=_maybe(_int64()), mcc_mnc=_strings(),
        callback_data=_strings(), platform=_maybe(_platforms()),
        campaign_reference_id=_strings())
    return st.builds(DeliveryReportsV3,
                     results=st.lists(report, max_size=max_results).map(tuple))


def message_logs(*, max_results: int = 3) -> st.SearchStrategy[MessageLogs]:
    """Message logs (v1)."""
    log = st.builds(
        MessageLog, message_id=_ids(), status=statuses(), bulk_id=_strings(), to=_strings(),
        sender=_strings(), text=_strings(), sent_at=_times(), done_at=_times(),
        sms_count=_maybe(_int64()), mcc_mnc=_strings(), price=_maybe(prices()),
        error=_maybe(message_errors()), application_id=_strings(), entity_id=_strings(),
        campaign_reference_id=_strings())
    return st.builds(MessageLogs, results=st.lists(log, max_size=max_results).map(tuple))


def _contents() -> st.SearchStrategy[LogTextContent | LogBinaryContent]:
    language = st.builds(LogLanguage, language_code=_maybe(st.just("TR") | _ids()),
                         single_shift=_maybe(st.booleans()),
                         locking_shift=_maybe(st.booleans()))
    text = st.builds(LogTextContent, text=_ids(),
                     transliteration=_maybe(st.just("GREEK") | _ids()),
                     language=_maybe(language))
    binary = st.builds(LogBinaryContent, hex=st.just("48 65 6c 6c 6f") | _ids(),
                       data_coding=_maybe(_int64()), esm_class=_maybe(_int64()))
    return st.one_of(text, binary)


def v3_message_logs(*, max_results: int = 3) -> st.SearchStrategy[MessageLogsV3]:
    """Message logs (v3), with or without a cursor."""
    log = st.builds(
        MessageLogV3, message_id=_ids(), status=statuses(), sender=_strings(),
        destination=_strings(), bulk_id=_strings(), sent_at=_times(), done_at=_times(),
        message_count=_maybe(_int64()), price=_maybe(prices()), error=_maybe(message_errors()),
        platform=_maybe(_platforms()), content=_maybe(_contents()),
        campaign_reference_id=_strings(), mcc_mnc=_strings())
    cursor = st.builds(CursorPage, limit=_maybe(_int64()), next_cursor=_strings())
    return st.builds(MessageLogsV3, results=st.lists(log, max_size=max_results).map(tuple),
                     cursor=_maybe(cursor))


def inbound_messages(*, max_results: int = 3) -> st.SearchStrategy[InboundMessages]:
    """Inbound (MO) messages, with or without their counts."""
    message = st.builds(
        InboundMessage, message_id=_ids(), sender=_strings(), to=_strings(), text=_strings(),
        clean_text=_strings(), keyword=_strings(), received_at=_times(),
        sms_count=_maybe(_int64()), price=_maybe(prices()), callback_data=_strings(),
        application_id=_strings(), entity_id=_strings(), campaign_reference_id=_strings())
    return st.builds(InboundMessages, results=st.lists(message, max_size=max_results).map(tuple),
                     message_count=_maybe(_int64()), pending_message_count=_maybe(_int64()))


def tracking_notifications() -> st.SearchStrategy[TrackingNotification]:
    """URL tracking notifications."""
    return st.builds(
        TrackingNotification, message_id=_ids(),
        notification_type=_maybe(st.just("CLICKED") | _ids()), recipient=_strings(),
        url=_strings(), send_date_time=_maybe(_int64()), bulk_id=_strings(),
        callback_data=_strings(),
        recipient_info=_maybe(st.builds(RecipientInfo, device_type=_strings(), os=_strings(),
                                        device_name=_strings())),
        geo_location_info=_maybe(st.builds(GeoLocation, country_name=_strings(),
                                           city=_strings())),
        application_id=_strings(), entity_id=_strings())
