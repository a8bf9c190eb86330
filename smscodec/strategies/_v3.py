"""The bodies of ``POST /sms/3/messages`` and the v3 error body (``ApiError``)."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta, timezone
from typing import TypeVar

from hypothesis import strategies as st

from .._spec.bodies_v3 import (
    LANGUAGE_CODES,
    RECIPIENT_TYPES,
    SPEED_UNITS,
    TRANSLITERATIONS,
    VALIDITY_UNITS,
)
from .._spec.models_v3 import (
    ApiError,
    ApiErrorResource,
    ApiErrorViolation,
    MessageDetails,
    MessagesRequest,
    MessagesResponse,
    SentMessageV3,
    SmsConversionTracking,
    SmsDeliveryTime,
    SmsDeliveryTimeWindow,
    SmsDeliveryWebhook,
    SmsDestination,
    SmsIndiaDlt,
    SmsLanguage,
    SmsMessage,
    SmsMessageOptions,
    SmsPlatform,
    SmsRegional,
    SmsRequestOptions,
    SmsSchedule,
    SmsSouthKorea,
    SmsSpeedLimit,
    SmsTextContent,
    SmsTracking,
    SmsTurkeyIys,
    SmsValidityPeriod,
    SmsWebhooks,
)
from .._spec.rules.advanced import DELIVERY_DAYS
from ._addresses import destination_numbers, senders
from ._binary import binary_contents
from ._facts import _MAX_PARTS
from ._responses import _int64, statuses
from ._text import _xml_safe_strings, texts

_INT32 = st.integers(-(2**31), 2**31 - 1)


_T = TypeVar("_T")


def _maybe(strategy: st.SearchStrategy[_T]) -> st.SearchStrategy[_T | None]:
    return st.none() | strategy


def _bounded(most: int) -> st.SearchStrategy[str]:
    """Strings XML carries, at most ``most`` characters (with the bound itself reachable)."""
    return _xml_safe_strings(0, 5).filter(lambda s: len(s) <= most) | st.just("x" * most)


@functools.cache
def _flags() -> st.SearchStrategy[bool | None]:
    return st.none() | st.booleans()


@functools.cache
def _strings() -> st.SearchStrategy[str | None]:
    return st.none() | _xml_safe_strings(0, 5)


def _languages() -> st.SearchStrategy[SmsLanguage]:
    # A shift table needs the language it belongs to (LANGUAGE_SHIFTS).
    with_code = st.builds(SmsLanguage, language_code=st.sampled_from(LANGUAGE_CODES[1:]),
                          single_shift=_flags(), locking_shift=_flags())
    without = st.builds(SmsLanguage, language_code=st.sampled_from((None, "NONE")),
                        single_shift=st.sampled_from((None, False)),
                        locking_shift=st.sampled_from((None, False)))
    return with_code | without


def text_contents(*, longest: bool = True) -> st.SearchStrategy[SmsTextContent]:
    """A v3 text content, with or without transliteration and language."""
    return st.builds(SmsTextContent, text=texts(longest=longest),
                     transliteration=_maybe(st.sampled_from(TRANSLITERATIONS)),
                     language=_maybe(_languages()))


@st.composite
def _windows(draw: st.DrawFn) -> SmsDeliveryTimeWindow:
    days = draw(st.lists(st.sampled_from(DELIVERY_DAYS), min_size=1, max_size=7).map(tuple))
    if draw(st.booleans()):
        return SmsDeliveryTimeWindow(days=days)
    start = draw(st.integers(0, 1439))
    length = draw(st.integers(60, 1439) | st.sampled_from((60, 1439)))
    end = (start + length) % 1440
    return SmsDeliveryTimeWindow(
        days=days,
        start=SmsDeliveryTime(hour=start // 60, minute=start % 60),
        end=SmsDeliveryTime(hour=end // 60, minute=end % 60),
    )


def _message_options() -> st.SearchStrategy[SmsMessageOptions]:
    regional = st.builds(
        SmsRegional,
        india_dlt=_maybe(st.builds(SmsIndiaDlt, principal_entity_id=_xml_safe_strings(0, 3),
                                   content_template_id=_strings(), telemarketer_id=_strings())),
        turkey_iys=_maybe(st.builds(SmsTurkeyIys, recipient_type=st.sampled_from(
            RECIPIENT_TYPES), brand_code=_maybe(_INT32))),
        south_korea=_maybe(st.builds(SmsSouthKorea, title=_maybe(_bounded(66)),
                                     reseller_code=_maybe(_INT32))),
    )
    return st.builds(
        SmsMessageOptions,
        platform=_maybe(st.builds(SmsPlatform, entity_id=_maybe(_bounded(255)),
                                  application_id=_maybe(_bounded(255)))),
        validity_period=_maybe(st.builds(SmsValidityPeriod, amount=_INT32,
                                         time_unit=_maybe(st.sampled_from(VALIDITY_UNITS)))),
        delivery_time_window=_maybe(_windows()),
        campaign_reference_id=_maybe(_bounded(255)),
        regional=_maybe(regional),
        flash=_flags(),
    )


def _webhooks() -> st.SearchStrategy[SmsWebhooks]:
    delivery = st.builds(SmsDeliveryWebhook, url=_strings(), intermediate_report=_flags(),
                         notify=_flags())
    return st.builds(SmsWebhooks, delivery=_maybe(delivery), content_type=_strings(),
                     callback_data=_maybe(_bounded(4000)))


def v3_messages(*, max_destinations: int = 5, longest: bool = True
                ) -> st.SearchStrategy[SmsMessage]:
    """One v3 message: text or binary content, with or without options and webhooks."""
    destination = st.builds(SmsDestination, to=destination_numbers(),
                            message_id=_maybe(_bounded(200)), network_id=_maybe(_INT32))
    return st.builds(
        SmsMessage,
        destinations=st.lists(destination, min_size=1, max_size=max_destinations).map(tuple),
        content=text_contents(longest=longest) | binary_contents(longest=longest),
        sender=senders(),
        options=_maybe(_message_options()),
        webhooks=_maybe(_webhooks()),
    )


@st.composite
def _send_times(draw: st.DrawFn) -> datetime:
    offset = timezone(timedelta(minutes=draw(st.integers(-18 * 60 + 1, 18 * 60 - 1))))
    naive = draw(st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1)))
    return naive.replace(tzinfo=offset)


def _request_options() -> st.SearchStrategy[SmsRequestOptions]:
    schedule = st.builds(
        SmsSchedule, bulk_id=_maybe(_bounded(100)), send_at=_maybe(_send_times()),
        sending_speed_limit=_maybe(st.builds(SmsSpeedLimit, amount=_INT32,
                                             time_unit=_maybe(st.sampled_from(SPEED_UNITS)))),
    )
    tracking = st.builds(SmsTracking, shorten_url=_flags(), track_clicks=_flags(),
                         tracking_url=_strings(), remove_protocol=_flags(),
                         custom_domain=_strings())
    conversion = st.builds(SmsConversionTracking, use_conversion_tracking=_flags(),
                           conversion_tracking_name=_strings())
    return st.builds(SmsRequestOptions, schedule=_maybe(schedule), tracking=_maybe(tracking),
                     include_sms_count_in_response=_flags(),
                     conversion_tracking=_maybe(conversion))


def v3_messages_requests(*, max_messages: int = 3, max_destinations: int = 5,
                         longest: bool = True) -> st.SearchStrategy[MessagesRequest]:
    """``POST /sms/3/messages`` bodies (``longest=False`` leaves out 255-part contents)."""
    messages = st.lists(v3_messages(max_destinations=max_destinations, longest=longest),
                        min_size=1, max_size=max_messages)
    return st.builds(MessagesRequest, messages=messages.map(tuple),
                     options=_maybe(_request_options()))


def v3_messages_responses(*, max_messages: int = 3) -> st.SearchStrategy[MessagesResponse]:
    """Responses of ``POST /sms/3/messages``, as a tolerant decode reads them."""
    details = st.builds(MessageDetails,
                        message_count=_maybe(st.integers(1, _MAX_PARTS) | _int64()))
    sent = st.builds(SentMessageV3, message_id=_xml_safe_strings(0, 3), status=statuses(),
                     destination=_strings(), details=_maybe(details))
    return st.builds(MessagesResponse, messages=st.lists(sent, max_size=max_messages).map(tuple),
                     bulk_id=_strings())


def api_errors() -> st.SearchStrategy[ApiError]:
    """v3 error bodies, as a tolerant decode reads them."""
    violation = st.builds(ApiErrorViolation, property=_strings(), violation=_strings())
    resource = st.builds(ApiErrorResource, name=_strings(), url=_strings())
    return st.builds(
        ApiError, error_code=_xml_safe_strings(0, 3), description=_strings(), action=_strings(),
        violations=_maybe(st.lists(violation, max_size=3).map(tuple)),
        resources=_maybe(st.lists(resource, max_size=2).map(tuple)),
    )
