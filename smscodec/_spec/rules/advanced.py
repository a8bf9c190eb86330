"""The rules of the v2 advanced send API (`/sms/2/text/advanced`, `/sms/2/binary/advanced`)
that the v1 bodies do not have: the description's string bounds, its enums and integer
formats, the delivery days, and the rules across the fields of a delivery time window and of a
language.

Every value here is one the API's description states (see the v2 notes in
``tests/vectors/v2/README.md`` for where each comes from).
"""

from __future__ import annotations

from typing import Any, Final

from ..._core.frozenmap import FrozenMap
from ..._core.issue_codes import IssueCode
from ..._core.limits import Limits
from ..._core.report import Loc, Report
from ..vocabulary import BodyCheck, FieldRule
from .common import INVALID, string, type_issue
from .integers import integer
from .scalars import enum

__all__ = [
    "DAYS",
    "DELIVERY_DAYS",
    "DELIVERY_WINDOW",
    "HOUR",
    "INT32",
    "INT64",
    "IYS_RECIPIENT_TYPE",
    "LANGUAGE_CODE",
    "LANGUAGE_SHIFTS",
    "MINUTE",
    "NOTIFY_CONTENT_TYPE",
    "TIME_UNIT",
    "TRANSLITERATION",
    "bounded",
    "window_ok",
]


def bounded(most: int) -> FieldRule:
    """A string of at most ``most`` characters (the description's ``maxLength``), valid
    Unicode; longer is `IssueCode.STRING_TOO_LONG`."""

    def fits(v: str, L: Limits) -> bool:
        return len(v) <= most and len(v) <= L.max_string_length

    def check(value: object, r: Report, parent: Loc, key: str | int) -> object:
        # Limits.max_string_length still bounds every string: the smaller bound applies.
        if r.limits.max_string_length < most:
            return string(value, r, parent, key)
        return string(value, r, parent, key, limit=most, limit_code=IssueCode.STRING_TOO_LONG)

    return FieldRule(f"string of at most {most}", check, valid=fits, value_type=str,
                     clean=True, facts=FrozenMap({"maxLength": most}))


#: The description's integer formats.
INT32: Final = integer(-(2**31), 2**31 - 1)
INT64: Final = integer(-(2**63), 2**63 - 1)
#: A delivery time window's hour and minute, in UTC.
HOUR: Final = integer(0, 23)
MINUTE: Final = integer(0, 59)

#: The description's enums, closed as every request's are.
NOTIFY_CONTENT_TYPE: Final = enum(("application/json", "application/xml"), closed=True)
TRANSLITERATION: Final = enum(
    ("NONE", "TURKISH", "GREEK", "CYRILLIC", "SERBIAN_CYRILLIC", "CENTRAL_EUROPEAN", "BALTIC",
     "NON_UNICODE", "PORTUGUESE", "COLOMBIAN", "BULGARIAN_CYRILLIC", "ALL"),
    closed=True,
)
LANGUAGE_CODE: Final = enum(("NONE", "TR", "ES", "PT", "AUTODETECT"), closed=True)
DELIVERY_DAYS: Final = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                        "SUNDAY")
DAY: Final = enum(DELIVERY_DAYS, closed=True)
TIME_UNIT: Final = enum(("MINUTE", "HOUR", "DAY"), closed=True)
IYS_RECIPIENT_TYPE: Final = enum(("BIREYSEL", "TACIR"), closed=True)

#: The most days a window can name is seven; more is a repeat, bounded by max_destinations.
_MOST_DAYS: Final = "max_destinations"


def _days(value: Any, r: Report, parent: Loc, key: str | int) -> Any:
    if r.xml and value == "":
        value = []  # <days/>: XML's empty array, which has no child to make it a list
    if type(value) is not list:
        return type_issue(r, parent, key, IssueCode.TYPE_ARRAY, "an array of days", value)
    loc = (parent, key)
    if len(value) > r.limits.max_destinations:
        r.add(loc, "limit.destinations",
              f"holds {len(value)} days; at most {r.limits.max_destinations} are accepted")
        return INVALID
    if not value:
        r.add(loc, IssueCode.ARRAY_EMPTY, "is empty; give at least one day of the week")
        return INVALID
    out = [DAY(item, r, loc, i) for i, item in enumerate(value)]
    return INVALID if INVALID in out else tuple(out)


#: A delivery time window's days: a non-empty array (never a lone string) of day names.
DAYS: Final = FieldRule("days", _days, item=DAY, facts=DAY.facts, min_items=1,
                        max_items=_MOST_DAYS)

_DAY_MINUTES: Final = 24 * 60


def window_ok(f: Any, t: Any) -> bool:
    """The valid case of `DELIVERY_WINDOW` over its ``from`` ``f`` and ``to`` ``t`` (each a
    time of day or None): both or neither, and ``to`` at least an hour after ``from``; a
    window may pass midnight (22:00 to 02:00), so the difference is taken modulo a day. Once
    a body is refused, a valid nested object is a stand-in without fields (`walk.UNBUILT`):
    the window then passes, as the refusal is said elsewhere."""
    return (f is None) == (t is None) and (
        f is None
        or not (hasattr(f, "hour") and hasattr(t, "hour"))
        or (t.hour * 60 + t.minute - f.hour * 60 - f.minute) % 1440 >= 60
    )


def _window(values: dict[str, Any], r: Report, loc: Loc) -> bool:
    start, end = values["from_time"], values["to_time"]
    if window_ok(start, end):
        return True
    if (start is None) != (end is None):
        given, absent = ("from", "to") if end is None else ("to", "from")
        r.add((loc, given), IssueCode.WINDOW_INCOMPLETE,
              f"a delivery time window with {given!r} needs {absent!r} too (or neither)")
        return False
    gap = (end.hour * 60 + end.minute - start.hour * 60 - start.minute) % _DAY_MINUTES
    r.add((loc, "to"), IssueCode.WINDOW_TOO_SHORT,
          f"is {gap} minutes after 'from' ({start.hour:02}:{start.minute:02} to "
          f"{end.hour:02}:{end.minute:02}); a delivery time window is at least one hour long")
    return False


#: A delivery time window's from and to: both or neither, at least one hour apart.
DELIVERY_WINDOW: Final = BodyCheck("delivery time window", _window, valid=window_ok,
                                   fields=("from_time", "to_time"))


def shifts_ok(c: str | None, s: bool | None, k: bool | None) -> bool:
    """The valid case of `LANGUAGE_SHIFTS` over languageCode ``c``, singleShift ``s`` and
    lockingShift ``k``: a shift table is some language's, so a shift needs a code that names
    one (not NONE)."""
    return not (s or k) or (c is not None and c != "NONE")


def _shifts(values: dict[str, Any], r: Report, loc: Loc) -> bool:
    code, single, locking = (values["language_code"], values["single_shift"],
                             values["locking_shift"])
    if shifts_ok(code, single, locking):
        return True
    which = "singleShift" if single else "lockingShift"
    r.add((loc, which), IssueCode.LANGUAGE_SHIFT_WITHOUT_CODE,
          f"{which} selects a national table, which belongs to a language: give a "
          "languageCode (TR, ES, PT or AUTODETECT)"
          + (", not NONE" if code == "NONE" else ""))
    return False


#: singleShift and lockingShift need a languageCode whose tables they are.
LANGUAGE_SHIFTS: Final = BodyCheck("language shifts", _shifts, valid=shifts_ok,
                                   fields=("language_code", "single_shift", "locking_shift"))
