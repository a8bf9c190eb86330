"""TIMESTAMP fields: aware `datetime` values, in the API's own form.

The API writes ``2019-11-09T16:00:00.000+0000``: milliseconds, and an offset without a colon,
which ``format: date-time`` (RFC 3339) refuses. smscodec writes exactly that form, with the
offset the value holds, so a timestamp read in the API's form is written back byte for byte.

Also read, since other servers and clients write them: ``Z`` for the offset, an offset with a
colon (``+01:00``), no fraction, or one to six fraction digits. Nothing else: no lowercase
``t`` or ``z``, no space for ``T``, no offset of hours alone, no seventh fraction digit (a
`datetime` holds microseconds, and rounding would alter the value), no leap second (a
`datetime` cannot hold one). A strict regular expression decides the form first, so none of
`datetime.fromisoformat`'s leniencies (week dates, non-ASCII digits, ...) slip in.

Microseconds are kept: a value that is whole milliseconds is written with three fraction
digits, as the API writes it, any other with six, so no value is ever rounded. An offset is
kept as read (``Z`` is written ``+0000``); a value from Python takes a fixed offset equal to
its own (a ``ZoneInfo`` becomes the offset it has at that instant). Equal datetimes at
different offsets (the same instant) are equal values that encode differently, each with
its own offset, as a server wrote it.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Final

from ..._core.frozenmap import FrozenMap
from ..._core.issue_codes import IssueCode
from ..._core.report import Loc, Report
from ..._core.tree import show
from ..vocabulary import FieldRule
from .common import INVALID, type_issue

__all__ = [
    "API_FORM",
    "EXAMPLE",
    "READ_FORM",
    "TIMESTAMP",
    "fast_timestamp",
    "timestamp",
    "timestamp_text",
]

#: The API's own form, as a portable pattern (the schemas state it).
API_FORM: Final = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[.][0-9]{3}[+-][0-9]{4}"
#: Every form read, as a portable pattern.
READ_FORM: Final = (
    "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]{1,6})?"
    "(Z|[+-][0-9]{2}:?[0-9]{2})"
)
EXAMPLE: Final = "2019-11-09T16:00:00.000+0000"

_FORM: Final = re.compile(
    "([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:[.]([0-9]{1,6}))?"
    "(?:Z|([+-])([0-9]{2}):?([0-9]{2}))"
)
_MINUTE: Final = timedelta(minutes=1)


@functools.cache  # bounded: fewer than 24 * 60 * 2 offsets exist
def _zone(minutes: int) -> timezone:
    return UTC if minutes == 0 else timezone(minutes * _MINUTE)


def _build(m: re.Match[str]) -> datetime:
    """The datetime of a matched text; ValueError naming the field that is out of range."""
    sign, oh, om = m.group(8, 9, 10)
    if sign is not None and (int(oh) > 23 or int(om) > 59):
        # fromisoformat would take +0060 as +0100.
        raise ValueError(f"the offset {sign}{oh}{om} is not one of -2359 to +2359")
    # Since Python 3.11, fromisoformat (in C, several times faster than building the datetime
    # from the groups) reads every form _FORM matches, and refuses a field out of range with
    # datetime()'s own message ("day is out of range for month").
    return _representable(datetime.fromisoformat(m.string))


def _representable(value: datetime) -> datetime:
    """``value``, or ValueError if its instant in UTC falls outside the years 1 to 9999: a
    datetime holds it, but could not be compared or hashed (`OverflowError`)."""
    if value.year in (1, 9999):
        try:
            value.astimezone(UTC)
        except OverflowError:
            raise ValueError("in UTC it falls outside the years 1 to 9999") from None
    return value


def fast_timestamp(value: object) -> datetime | None:
    """`timestamp` for a plainly valid string, else None."""
    if type(value) is not str:
        return None
    m = _FORM.fullmatch(value)
    if m is None:
        return None
    try:
        return _build(m)
    except ValueError:
        return None


def timestamp_text(value: datetime) -> str:
    """The canonical text of a valid TIMESTAMP (see the module docstring)."""
    offset = value.utcoffset()
    assert offset is not None  # the rule refuses naive values
    minutes = offset // _MINUTE
    hours, rest = divmod(abs(minutes), 60)
    micro = value.microsecond
    fraction = f"{micro // 1000:03d}" if micro % 1000 == 0 else f"{micro:06d}"
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:"
        f"{value.minute:02d}:{value.second:02d}.{fraction}{'-' if minutes < 0 else '+'}"
        f"{hours:02d}{rest:02d}"
    )


def timestamp(value: object, r: Report, parent: Loc, key: str | int) -> object:
    """The rule for a TIMESTAMP: a string in a form read (see the module docstring) that
    names a real instant; from Python, an aware datetime whose offset is whole minutes."""
    if type(value) is str:
        m = _FORM.fullmatch(value)
        if m is None:
            r.add((parent, key), IssueCode.TIMESTAMP_FORMAT,
                  f"{show(value)} is not a timestamp; write it as {EXAMPLE} (Z and +01:00 "
                  "are read too)")
            return INVALID
        try:
            return _build(m)
        except ValueError as exc:
            r.add((parent, key), IssueCode.TIMESTAMP_RANGE, f"{show(value)} names no instant: "
                  f"{exc}")
            return INVALID
    if isinstance(value, datetime):  # only from Python: no reader makes one
        offset = value.utcoffset()
        if offset is None:
            r.add((parent, key), IssueCode.TIMESTAMP_NAIVE,
                  f"{value.isoformat()} has no UTC offset; give the datetime a tzinfo, such as "
                  "timezone.utc")
            return INVALID
        if offset % _MINUTE:
            r.add((parent, key), IssueCode.TIMESTAMP_OFFSET,
                  f"{value.isoformat()} has the UTC offset {offset}, which is not a whole "
                  "number of minutes and cannot be written as +hhmm")
            return INVALID
        try:
            return _representable(datetime(
                value.year, value.month, value.day, value.hour, value.minute, value.second,
                value.microsecond, tzinfo=_zone(offset // _MINUTE)))
        except ValueError as exc:
            r.add((parent, key), IssueCode.TIMESTAMP_RANGE, f"{value.isoformat()}: {exc}")
            return INVALID
    return type_issue(r, parent, key, IssueCode.TYPE_STRING,
                      f"a timestamp string such as {EXAMPLE}", value)


#: An instant. Its valid case is `fast_timestamp`, which the generated fast paths call; the
#: schemas state the API's form and the others read (never ``format: date-time``, which
#: refuses the API's own ``+0000``).
TIMESTAMP: Final = FieldRule(
    "timestamp",
    timestamp,
    parse=fast_timestamp,
    facts=FrozenMap({
        "anyOf": (
            FrozenMap({"description": f"the API's form, which smscodec writes: {EXAMPLE}",
                       "pattern": API_FORM}),
            FrozenMap({"description": "also read: Z or an offset with a colon, 0 to 6 "
                       "fraction digits", "pattern": READ_FORM}),
        )
    }),
)
