"""The rules for addresses: the sender (numeric or alphanumeric) and a destination number."""

from __future__ import annotations

import heapq
import re
from typing import Final

from ..._core.frozenmap import FrozenMap
from ..._core.issue_codes import IssueCode
from ..._core.report import Loc, Report
from ..._core.tree import show
from ..vocabulary import FieldRule
from .common import INVALID, _Invalid, type_issue

__all__ = ["DESTINATION", "SENDER", "destination_ok", "sender_ok"]


# --- sender -------------------------------------------------------------------------------

_NUMERIC_MIN: Final = 3
_NUMERIC_MAX: Final = 14
_ALPHANUMERIC_MIN: Final = 3
_ALPHANUMERIC_MAX: Final = 11


def sender_ok(v: str) -> bool:
    """The valid case of `SENDER`: 3-14 ASCII digits, or 3-11 of A-Z, a-z, 0-9 and spaces
    with at least one letter and no space first or last."""
    return v.isascii() and (
        _NUMERIC_MIN <= len(v) <= _NUMERIC_MAX
        if v.isdigit()
        else _ALPHANUMERIC_MIN <= len(v) <= _ALPHANUMERIC_MAX
        and v[0] != " "
        and v[-1] != " "
        and (b := v.replace(" ", "")).isalnum()
        and not b.isdigit()
    )


def sender(value: object, r: Report, parent: Loc, key: str | int) -> object:
    """The check of `SENDER`, with the reason when it fails."""
    if type(value) is not str:
        return type_issue(r, parent, key, IssueCode.TYPE_STRING, "a string", value)
    if sender_ok(value):
        return value
    if value.isascii() and value.isdigit():
        r.add(
            (parent, key),
            IssueCode.SENDER_LENGTH,
            f"{show(value)} has {len(value)} digits; a numeric sender ID has {_NUMERIC_MIN} to "
            f"{_NUMERIC_MAX}",
        )
        return INVALID
    return _sender_problem(value, r, (parent, key))


_SENDER_CHARACTERS = re.compile("[A-Za-z0-9 ]+")


def _sender_problem(value: str, r: Report, loc: Loc) -> _Invalid:
    # C-level passes: a hostile sender may be megabytes long.
    bad = heapq.nsmallest(5, set(_SENDER_CHARACTERS.sub("", value)))
    if bad:
        shown = ", ".join(repr(c) for c in bad[:5])
        r.add(
            loc,
            IssueCode.SENDER_CHARACTER,
            f"{show(value)} contains {shown}; a sender ID may hold only the letters A-Z and "
            "a-z, the digits 0-9 and spaces",
        )
    elif value.strip(" ") != value:
        r.add(
            loc,
            IssueCode.SENDER_SPACE,
            f"{show(value)} starts or ends with a space: write {show(value.strip(' '))}",
        )
    elif value.replace(" ", "").isdigit() or not value.strip():
        r.add(
            loc,
            IssueCode.SENDER_NO_LETTER,
            f"{show(value)} has no letter; an alphanumeric sender ID needs at least one, and a "
            "numeric one has digits only",
        )
    else:
        r.add(
            loc,
            IssueCode.SENDER_LENGTH,
            f"{show(value)} has {len(value)} characters; an alphanumeric sender ID has "
            f"{_ALPHANUMERIC_MIN} to {_ALPHANUMERIC_MAX} (spaces count)",
        )
    return INVALID


#: ``from`` (v1, v2) and ``sender`` (v3).
SENDER: Final = FieldRule(
    "sender",
    sender,
    valid=sender_ok,
    value_type=str,
    facts=FrozenMap({
        "anyOf": (
            FrozenMap({"description": f"numeric: {_NUMERIC_MIN} to {_NUMERIC_MAX} digits",
                       "pattern": f"[0-9]{{{_NUMERIC_MIN},{_NUMERIC_MAX}}}"}),
            FrozenMap({
                "description": f"alphanumeric: {_ALPHANUMERIC_MIN} to {_ALPHANUMERIC_MAX} of "
                "A-Z, a-z, 0-9 and spaces, with at least one letter and no space first or last",
                "pattern": "([0-9][0-9 ]*)?[A-Za-z]([0-9A-Za-z ]*[0-9A-Za-z])?",
                "minLength": _ALPHANUMERIC_MIN,
                "maxLength": _ALPHANUMERIC_MAX,
            }),
        )
    }),
)


# --- destination ----------------------------------------------------------------------------

# ITU-T E.164: at most 15 digits; 7 is the shortest number the API accepts.
_E164_MIN: Final = 7
_E164_MAX: Final = 15
_PUNCTUATION = str.maketrans("", "", " +-().\u00a0\t/")


def destination_ok(v: str) -> bool:
    """The valid case of `DESTINATION`: 7-15 ASCII digits with no leading ``0`` (so no ``00``
    either), optionally after one ``+``. The API calls the ``+`` unnecessary, not wrong, and
    its servers echo it back, so it is accepted and kept as written. (A plain number is tested
    first: it is the common case.)"""
    return v.isascii() and (
        (v.isdigit() and _E164_MIN <= len(v) <= _E164_MAX and v[0] != "0")
        or (v[:1] == "+" and v[1:].isdigit() and _E164_MIN < len(v) <= _E164_MAX + 1
            and v[1] != "0")
    )


def destination(value: object, r: Report, parent: Loc, key: str | int) -> object:
    """The check of `DESTINATION`, with the fix when it fails."""
    if type(value) is not str:
        return type_issue(r, parent, key, IssueCode.TYPE_STRING, "a string", value)
    if destination_ok(value):
        return value
    if not r.has_room():
        r.more += 1  # counted, not explained: a body of bad numbers costs no messages
        return INVALID
    loc = (parent, key)
    # One leading '+' is allowed, so a '+' before digits only is judged by those digits.
    plus = value[:1] == "+" and value[1:].isascii() and value[1:].isdigit()
    number = value[1:] if plus else value
    digits = number.translate(_PUNCTUATION)
    if not (digits.isascii() and digits.isdigit()):
        r.add(
            loc,
            IssueCode.DESTINATION_FORMAT,
            f"{show(value)} is not a phone number in international format (digits only, "
            "country code first, e.g. 41793026727)",
        )
        return INVALID
    fixed = digits[2:] if digits.startswith("00") else digits
    hint = ""
    if fixed != number and not fixed.startswith("0") and _E164_MIN <= len(fixed) <= _E164_MAX:
        hint = f": write {fixed}"
    if digits != number:
        r.add(
            loc, IssueCode.DESTINATION_FORMAT, f"{show(value)} is not in international format{hint}"
        )
    elif number.startswith("0"):
        if hint:
            r.add(
                loc,
                IssueCode.DESTINATION_LEADING_ZERO,
                f"{show(value)} starts with the international prefix 00{hint}",
            )
        elif plus:
            r.add(
                loc,
                IssueCode.DESTINATION_LEADING_ZERO,
                f"{show(value)} has a 0 after the '+', where the country code belongs (no "
                "country code starts with 0)",
            )
        else:
            r.add(
                loc,
                IssueCode.DESTINATION_LEADING_ZERO,
                f"{show(value)} is in national format; write the country code instead of the "
                "leading 0",
            )
    else:
        r.add(
            loc,
            IssueCode.DESTINATION_LENGTH,
            f"{show(value)} has {len(number)} digits; a destination in international format has "
            f"{_E164_MIN} to {_E164_MAX}",
        )
    return INVALID


#: One destination (each item of ``to``).
DESTINATION: Final = FieldRule(
    "destination",
    destination,
    valid=destination_ok,
    value_type=str,
    facts=FrozenMap({"pattern": f"[+]?[1-9][0-9]{{{_E164_MIN - 1},{_E164_MAX - 1}}}"}),
)
