"""The v2 advanced send requests (`/sms/2/text/advanced`, `/sms/2/binary/advanced`) and their
parts: every optional field present or absent, strings at their bounds, every enum value,
windows that pass midnight and that last exactly an hour, national language tables."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from .._spec import bodies_v3 as v3b
from .._spec.models_v2 import (
    AdvancedBinaryMessage,
    AdvancedTextMessage,
    BinaryAdvancedRequest,
    Destination,
    TextAdvancedRequest,
    Tracking,
)
from .._spec.models_v3 import (
    SmsDeliveryTime,
    SmsDeliveryTimeWindow,
    SmsIndiaDlt,
    SmsLanguage,
    SmsRegional,
    SmsSouthKorea,
    SmsSpeedLimit,
    SmsTracking,
    SmsTurkeyIys,
)
from .._spec.rules import advanced as a
from .._spec.rules.v3 import window_ok
from ._addresses import destination_numbers, senders
from ._binary import binary_contents
from ._text import texts, xml_safe_strings

__all__ = [
    "advanced_binary_messages",
    "advanced_text_messages",
    "binary_advanced_requests",
    "delivery_time_windows",
    "send_at_times",
    "sms_languages",
    "text_advanced_requests",
]


def _maybe(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | values


def _values(rule: Any) -> st.SearchStrategy[str]:
    return st.sampled_from(rule.facts["enum"])


def _bounded(most: int) -> st.SearchStrategy[str]:
    """Strings up to ``most`` characters, and exactly ``most`` (the bound's edge)."""
    short = xml_safe_strings().filter(lambda s: len(s) <= most)
    return short | st.just("x" * most)


def _int(bits: int) -> st.SearchStrategy[int]:
    return st.integers(-(2 ** (bits - 1)), 2 ** (bits - 1) - 1)


@functools.cache
def send_at_times() -> st.SearchStrategy[datetime]:
    """Aware datetimes with a whole-minute offset, some with microseconds (written with six
    fraction digits), as a sendAt may be."""
    offsets = st.integers(-18 * 60, 18 * 60).map(lambda m: timezone(timedelta(minutes=m)))
    return st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2099, 12, 30),
                        timezones=offsets)


def _times() -> st.SearchStrategy[SmsDeliveryTime]:
    return st.builds(SmsDeliveryTime, hour=st.integers(0, 23), minute=st.integers(0, 59))


@functools.cache
def delivery_time_windows() -> st.SearchStrategy[SmsDeliveryTimeWindow]:
    """Windows of one to seven days, with no hours or with hours at least an hour apart
    (passing midnight too)."""
    days = st.lists(_values(a.DAY), min_size=1, max_size=7).map(tuple)
    hours = st.none() | st.tuples(_times(), _times()).filter(lambda p: window_ok(*p))
    return st.builds(
        lambda d, h: SmsDeliveryTimeWindow(days=d, start=h and h[0], end=h and h[1]),
        days, hours)


@functools.cache
def sms_languages() -> st.SearchStrategy[SmsLanguage]:
    """Languages: a code alone, shifts with a code that names tables, or nothing."""
    return st.builds(
        lambda code, single, locking: SmsLanguage(
            language_code=code,
            single_shift=single if code not in (None, "NONE") else None,
            locking_shift=locking if code not in (None, "NONE") else None),
        _maybe(st.sampled_from(v3b.LANGUAGE_CODES)), _maybe(st.booleans()), _maybe(st.booleans()))


def _regional() -> st.SearchStrategy[SmsRegional]:
    strings = xml_safe_strings()
    return st.builds(
        SmsRegional,
        india_dlt=_maybe(st.builds(SmsIndiaDlt, principal_entity_id=strings,
                                   content_template_id=_maybe(strings),
                                   telemarketer_id=_maybe(strings))),
        turkey_iys=_maybe(st.builds(SmsTurkeyIys,
                                    recipient_type=st.sampled_from(v3b.RECIPIENT_TYPES),
                                    brand_code=_maybe(_int(32)))),
        south_korea=_maybe(st.builds(SmsSouthKorea, title=_maybe(_bounded(66)),
                                     reseller_code=_maybe(_int(32)))),
    )


def _destinations(most: int) -> st.SearchStrategy[tuple[Destination, ...]]:
    one = st.builds(Destination, to=destination_numbers(),
                    message_id=_maybe(_bounded(200)))
    return st.lists(one, min_size=1, max_size=most).map(tuple)


def _common(most_ids: int, max_destinations: int) -> dict[str, st.SearchStrategy[Any]]:
    strings = xml_safe_strings()
    return {
        "destinations": _destinations(max_destinations),
        "sender": _maybe(senders()),
        "callback_data": _maybe(_bounded(4000)),
        "delivery_time_window": _maybe(delivery_time_windows()),
        "flash": _maybe(st.booleans()),
        "intermediate_report": _maybe(st.booleans()),
        "notify_content_type": _maybe(_values(a.NOTIFY_CONTENT_TYPE)),
        "notify_url": _maybe(strings),
        "regional": _maybe(_regional()),
        "send_at": _maybe(send_at_times()),
        "validity_period": _maybe(_int(64)),
        "entity_id": _maybe(_bounded(most_ids)),
        "application_id": _maybe(_bounded(most_ids)),
        "campaign_reference_id": _maybe(_bounded(255)),
    }


def advanced_text_messages(
    *, max_destinations: int = 3, longest: bool = False
) -> st.SearchStrategy[AdvancedTextMessage]:
    """One message of a text advanced request (``longest``: see `texts`)."""
    return st.builds(
        AdvancedTextMessage,
        text=_maybe(texts(longest=longest)),
        language=_maybe(sms_languages()),
        transliteration=_maybe(st.sampled_from(v3b.TRANSLITERATIONS)),
        **_common(50, max_destinations),
    )


def advanced_binary_messages(
    *, max_destinations: int = 3, longest: bool = False
) -> st.SearchStrategy[AdvancedBinaryMessage]:
    """One message of a binary advanced request (``longest``: see `binary_contents`)."""
    return st.builds(
        AdvancedBinaryMessage,
        binary=_maybe(binary_contents(longest=longest)),
        **_common(66, max_destinations),
    )


def _speed() -> st.SearchStrategy[SmsSpeedLimit]:
    return st.builds(SmsSpeedLimit, amount=_int(32),
                     time_unit=_maybe(st.sampled_from(v3b.SPEED_UNITS)))


def text_advanced_requests(
    *, max_messages: int = 3, longest: bool = False
) -> st.SearchStrategy[TextAdvancedRequest]:
    """``POST /sms/2/text/advanced`` bodies."""
    strings = xml_safe_strings()
    return st.builds(
        TextAdvancedRequest,
        messages=st.lists(advanced_text_messages(longest=longest), min_size=1,
                          max_size=max_messages).map(tuple),
        bulk_id=_maybe(strings),
        sending_speed_limit=_maybe(_speed()),
        url_options=_maybe(st.builds(
            SmsTracking, shorten_url=_maybe(st.booleans()), track_clicks=_maybe(st.booleans()),
            tracking_url=_maybe(strings), remove_protocol=_maybe(st.booleans()),
            custom_domain=_maybe(strings))),
        tracking=_maybe(st.builds(Tracking, base_url=_maybe(strings),
                                  process_key=_maybe(strings), track=_maybe(strings),
                                  type=_maybe(strings))),
        include_sms_count_in_response=_maybe(st.booleans()),
    )


def binary_advanced_requests(
    *, max_messages: int = 3, longest: bool = False
) -> st.SearchStrategy[BinaryAdvancedRequest]:
    """``POST /sms/2/binary/advanced`` bodies."""
    return st.builds(
        BinaryAdvancedRequest,
        messages=st.lists(advanced_binary_messages(longest=longest), min_size=1,
                          max_size=max_messages).map(tuple),
        bulk_id=_maybe(xml_safe_strings()),
        sending_speed_limit=_maybe(_speed()),
    )
