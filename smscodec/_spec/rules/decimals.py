"""DECIMAL fields: exact numbers (`decimal.Decimal`), read without float rounding and written
back digit for digit.

A JSON number reaches the rule as its source text (`tree.Fraction`, from the reader's
``parse_float``) or as an int; an XML element as its text, read as xs:decimal (whitespace
around it, a ``+``, ``.5`` and ``5.`` too; no exponent, which xs:decimal has none of). Either
becomes a `Decimal` built from the text itself, so ``0.0100`` stays ``Decimal('0.0100')`` and
is written ``0.0100``. NaN and Infinity are refused: JSON has neither, and XML's are no
xs:decimal.

Output is positional: no exponent, no ``+``, one digit before the point when the number is
below one, the fraction digits the `Decimal` holds; a zero without fraction digits is ``0``
(JSON reads ``-0`` as the integer 0). A number read with an exponent (``1e2``, ``5E-3``) is
therefore written positionally (``100``, ``0.005``): the one way output differs from input.
Equal Decimals with different exponents (``0.01`` and ``0.0100``) are equal values that
encode differently, each as it was read: the trailing zeros are what the server wrote, and
dropping them would alter it; Python's ``==`` and ``hash`` still treat them as one number,
and a value read back from its own encoding encodes to the same bytes.

Hostile numbers are bounded before any arithmetic: at most `MAX_DIGITS` digits written out
(so ``1e999999999``, eleven characters, is refused rather than written as a billion zeros),
an exponent of more than four digits is refused before `Decimal` sees it, and so is a text
longer than any bounded number can be.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from ..._core.issue_codes import IssueCode
from ..._core.report import Loc, Report
from ..._core.tree import BigNumber, Fraction, show
from ..vocabulary import FieldRule
from .common import INVALID, type_issue

__all__ = [
    "CANONICAL",
    "DECIMAL",
    "MAX_DIGITS",
    "decimal",
    "decimal_text",
    "fast_decimal",
    "from_text",
    "plain_decimal",
]

#: The most digits a DECIMAL may need when written out without an exponent.
MAX_DIGITS: Final = 32

# No bounded number is written with more characters: the digits, a sign, a point, and an
# exponent of a few digits with its sign (JSON allows leading zeros in none of them).
_MAX_TEXT: Final = MAX_DIGITS + 12
# XSD's xs:decimal (XSD 1.0 part 2, 3.2.3.1), with the whitespace it collapses: what XML is
# read as. No exponent: xs:decimal has none.
_XSD_DECIMAL: Final = re.compile(r"[ \t\r\n]*([+-]?(?:[0-9]+(?:[.][0-9]*)?|[.][0-9]+))[ \t\r\n]*")
#: What the writer writes, as a portable pattern (the schemas state it).
CANONICAL: Final = "-?[0-9]+([.][0-9]+)?"
_CANONICAL: Final = re.compile(CANONICAL)
_LIMIT: Final = 10**MAX_DIGITS


def digits(value: Decimal) -> int:
    """How many digits ``value`` needs written out: its integer part (at least one) and the
    fraction digits its exponent keeps. Exponent arithmetic only: nothing is written out."""
    _, numerals, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite: the callers refuse NaN and Infinity first
    return max(1, len(numerals) + exponent) + max(0, -exponent)


def from_text(text: str) -> Decimal | None:
    """The Decimal of a number's text in JSON's grammar or xs:decimal's (the caller matched
    it), or None if it needs more than `MAX_DIGITS` digits."""
    if len(text) > _MAX_TEXT:
        return None
    mantissa, e, exponent = text.replace("E", "e").partition("e")
    if e:
        if len(exponent.lstrip("+-").lstrip("0")) > 4:
            return None  # 10**9999 and beyond: not worth making into a Decimal at all
        value = Decimal(text)
        return value if digits(value) <= MAX_DIGITS else None
    # Written positionally, it needs the digits written but for the integer part's leading
    # zeros (xs:decimal allows them): what `digits` counts, without the Decimal's tuple, the
    # dearest step of reading a price.
    whole, _, fraction = mantissa.lstrip("+-").partition(".")
    if (len(whole.lstrip("0")) or 1) + len(fraction) > MAX_DIGITS:
        return None
    return Decimal(text)


def decimal_text(value: Decimal) -> str:
    """The canonical text of a valid DECIMAL: positional, as the module docstring says.

    A zero with no fraction digits is written ``0``, whatever its sign and exponent: JSON has
    no ``00`` (``0E+1`` written out), and reads ``-0`` as the integer 0, so that is what it
    would be read back as anyway.
    """
    if not value and value.as_tuple().exponent >= 0:  # type: ignore[operator]
        return "0"
    return format(value, "f")


def plain_decimal(text: str) -> Fraction | str:
    """An XML element's text as the tree holds it: a `Fraction` marker when it is written as
    the writer writes numbers (so the generated decoder takes it as it takes a JSON number),
    else the text, for the rule to read as xs:decimal or to explain."""
    if len(text) <= _MAX_TEXT and text.isascii() and _CANONICAL.fullmatch(text):
        return Fraction(text)
    return text


def fast_decimal(value: object) -> Decimal | None:
    """`decimal` for a plainly valid value (a JSON number or plain XML text), else None."""
    if type(value) is Fraction:
        return from_text(value)
    if type(value) is int and -_LIMIT < value < _LIMIT:
        return Decimal(value)
    return None


def decimal(value: object, r: Report, parent: Loc, key: str | int) -> object:
    """The rule for a DECIMAL: a JSON number, an xs:decimal text in XML, a finite Decimal
    from Python; at most `MAX_DIGITS` digits written out."""
    if isinstance(value, Fraction | BigNumber):  # a number's text, from either reader
        found = from_text(value) if isinstance(value, Fraction) else None
        return found if found is not None else _too_long(r, parent, key, value)
    if isinstance(value, int) and not isinstance(value, bool):
        if -_LIMIT < value < _LIMIT:
            return Decimal(value)
        return _too_long(r, parent, key, "an integer of more than 32 digits")
    if isinstance(value, Decimal):  # only from Python: no reader makes one
        if not value.is_finite():
            r.add((parent, key), IssueCode.TYPE_DECIMAL,
                  f"must be a finite decimal number, not Decimal({str(value)!r})")
            return INVALID
        if digits(value) > MAX_DIGITS:
            return _too_long(r, parent, key, f"Decimal({str(value)!r})")
        return value if type(value) is Decimal else Decimal(value)
    if r.xml and type(value) is str:
        m = _XSD_DECIMAL.fullmatch(value) if value.isascii() else None
        if m is None:
            r.add((parent, key), IssueCode.TYPE_DECIMAL,
                  f"must be a decimal number such as 0.01, not {show(value)}")
            return INVALID
        found = from_text(m.group(1))
        return found if found is not None else _too_long(r, parent, key, m.group(1))
    return type_issue(r, parent, key, IssueCode.TYPE_DECIMAL, "a decimal number", value)


def _too_long(r: Report, parent: Loc, key: str | int, shown: str) -> object:
    if len(shown) > 40:  # hostile input must not bloat the message
        shown = f"a number written with {len(shown)} characters"
    r.add((parent, key), IssueCode.DECIMAL_DIGITS,
          f"is {shown}, which needs more than {MAX_DIGITS} digits written out; at most "
          f"{MAX_DIGITS} are accepted")
    return INVALID


#: An exact number (a price). Its valid case is `fast_decimal`, which the generated fast paths
#: call: a number's text is too much to inline.
DECIMAL: Final = FieldRule("decimal", decimal, parse=fast_decimal)
