"""The rule for integers in a range (XSD's xs:integer in XML), and the ranges the bodies use."""

from __future__ import annotations

import re
from typing import Final

from ..._core.frozenmap import FrozenMap
from ..._core.issue_codes import IssueCode
from ..._core.report import Loc, Report
from ..._core.tree import BigNumber, Fraction, show
from ..vocabulary import FieldRule
from .common import INVALID, _Invalid, type_issue

__all__ = ["RESPONSE_INTEGER", "UINT8", "integer"]


# XSD's xs:integer lexical space, with the whitespace xs:integer collapses (XSD 1.0 part 2,
# 3.3.13 and 4.3.6): space, tab, CR and LF only, which Python's \s would exceed.
_XSD_INTEGER = re.compile(r"[ \t\r\n]*([+-]?[0-9]+)[ \t\r\n]*")
_MAX_DIGITS: Final = 20  # enough for any 64-bit integer; more is refused before int() runs


def integer(lo: int, hi: int) -> FieldRule:
    """The rule for integers from ``lo`` to ``hi``. JSON booleans and fractions are not
    integers; in XML an ``xs:integer`` text is read."""

    def valid(v: int) -> bool:
        return lo <= v <= hi

    def check(value: object, r: Report, parent: Loc, key: str | int) -> object:
        if type(value) is int:
            if lo <= value <= hi:
                return value
        elif r.xml and type(value) is str:
            m = _XSD_INTEGER.fullmatch(value)
            if m is None:
                r.add(
                    (parent, key),
                    IssueCode.TYPE_INTEGER,
                    f"must be an integer, not {show(value)}",
                )
                return INVALID
            digits = m.group(1)
            if len(digits.lstrip("+-").lstrip("0")) > _MAX_DIGITS:
                return _range(r, parent, key, lo, hi, f"a {len(digits)}-digit number")
            number = int(digits)
            if lo <= number <= hi:
                return number
            value = number
        elif type(value) is BigNumber:
            return _range(r, parent, key, lo, hi, f"a {len(value)}-digit number")
        elif type(value) is Fraction:
            r.add(
                (parent, key),
                IssueCode.TYPE_INTEGER,
                f"must be an integer, not the number {value[:30]}: write it without a "
                "fraction or exponent",
            )
            return INVALID
        else:
            return type_issue(r, parent, key, IssueCode.TYPE_INTEGER, "an integer", value)
        if -(10**_MAX_DIGITS) < value < 10**_MAX_DIGITS:
            return _range(r, parent, key, lo, hi, str(value))
        return _range(r, parent, key, lo, hi, "a number of more than 20 digits")

    return FieldRule(f"integer {lo}..{hi}", check, valid=valid, value_type=int,
                     facts=FrozenMap({"minimum": lo, "maximum": hi}))


#: dataCoding and esmClass: one octet.
UINT8: Final = integer(0, 255)
#: Any integer a server writes: within 64 bits.
RESPONSE_INTEGER: Final = integer(-(2**63), 2**63 - 1)


def _range(r: Report, parent: Loc, key: str | int, lo: int, hi: int, shown: str) -> _Invalid:
    r.add((parent, key), IssueCode.INTEGER_RANGE, f"is {shown}; it must be from {lo} to {hi}")
    return INVALID
