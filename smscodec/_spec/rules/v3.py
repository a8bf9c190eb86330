"""The rules the v3 send body (``/sms/3/messages``) adds: strings the description bounds,
int32 integers, the delivery window's times, and the language's shift tables.

Each is stated once here; a field of another body that is the same thing takes the same rule.
"""

from __future__ import annotations

from typing import Any, Final

from ..._core.frozenmap import FrozenMap
from ..._core.issue_codes import IssueCode
from ..._core.report import Loc, Report
from ..vocabulary import BodyCheck, FieldRule
from .common import string
from .integers import integer

__all__ = [
    "DELIVERY_WINDOW",
    "HOUR",
    "INT32",
    "LANGUAGE_SHIFTS",
    "MINUTE",
    "bounded_string",
]

#: An integer of the description's format int32.
INT32: Final = integer(-(2**31), 2**31 - 1)
#: The hour and minute of a delivery time (UTC).
HOUR: Final = integer(0, 23)
MINUTE: Final = integer(0, 59)


def bounded_string(most: int) -> FieldRule:
    """The rule for a string of at most ``most`` characters (the description's maxLength),
    valid Unicode as every string is. A bound above `Limits.max_string_length` still yields to
    that limit, which a caller sets for every string at once."""

    def valid(v: str) -> bool:
        return len(v) <= most

    def check(value: object, r: Report, parent: Loc, key: str | int) -> object:
        return string(value, r, parent, key, limit=min(most, r.limits.max_string_length),
                      limit_code=IssueCode.STRING_TOO_LONG if most <= r.limits.max_string_length
                      else IssueCode.LIMIT_STRING_LENGTH)

    return FieldRule(f"string of at most {most}", check, valid=valid, value_type=str,
                     clean=True, facts=FrozenMap({"maxLength": most}))


_DAY_MINUTES: Final = 24 * 60
_LEAST_WINDOW: Final = 60


def window_ok(start: Any, end: Any) -> bool:
    """The valid case of `DELIVERY_WINDOW`: both times or neither, the window at least an hour
    long (a window may run past midnight: 22:00 to 02:00 is four hours). A time that is no
    model (a valid object of a body refused for another reason) fails it, and `_window` then
    reports nothing: the body is refused already."""
    return (start is None and end is None) or (
        hasattr(start, "hour") and hasattr(end, "hour")
        and (end.hour * 60 + end.minute - start.hour * 60 - start.minute) % 1440 >= 60
    )


def _window(values: dict[str, Any], r: Report, loc: Loc) -> bool:
    start, end = values["start"], values["end"]
    if window_ok(start, end) or any(t is not None and not hasattr(t, "hour")
                                    for t in (start, end)):
        return True  # valid, or a time is unbuilt: the body is refused already
    if start is None or end is None:
        given, absent = ("from", "to") if end is None else ("to", "from")
        r.add((loc, absent), IssueCode.WINDOW_INCOMPLETE,
              f"{absent!r} is required when {given!r} is given: a delivery window has both "
              "times or neither")
        return False
    length = (end.hour * 60 + end.minute - start.hour * 60 - start.minute) % _DAY_MINUTES
    r.add((loc, "to"), IssueCode.WINDOW_TOO_SHORT,
          f"the window from {start.hour:02}:{start.minute:02} to {end.hour:02}:{end.minute:02} "
          f"is {length} minutes long; it must be at least {_LEAST_WINDOW}")
    return False


#: A delivery time window's ``from`` and ``to`` (Python ``start`` and ``end``).
DELIVERY_WINDOW: Final = BodyCheck("delivery window", _window, valid=window_ok,
                                   fields=("start", "end"))


def shifts_ok(code: Any, single: Any, locking: Any) -> bool:
    """The valid case of `LANGUAGE_SHIFTS`: a shift table is asked for only with a language
    whose tables it names."""
    return (code is not None and code != "NONE") or not (single or locking)


def _shifts(values: dict[str, Any], r: Report, loc: Loc) -> bool:
    if shifts_ok(values["language_code"], values["single_shift"], values["locking_shift"]):
        return True
    asked = " and ".join(w for w, n in (("singleShift", "single_shift"),
                                         ("lockingShift", "locking_shift")) if values[n])
    r.add((loc, "languageCode"), IssueCode.LANGUAGE_SHIFT,
          f"{asked} needs a languageCode (TR, ES, PT or AUTODETECT) whose tables it uses")
    return False


#: ``singleShift``/``lockingShift`` need a ``languageCode`` they apply to.
LANGUAGE_SHIFTS: Final = BodyCheck("language shifts", _shifts, valid=shifts_ok,
                                   fields=("language_code", "single_shift", "locking_shift"))
