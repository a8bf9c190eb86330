"""The rules for BOOLEAN and ENUM fields.

A boolean is JSON's ``true`` or ``false``, never ``1`` or ``"true"``. In XML it is read as
xs:boolean is: ``true``, ``false``, ``1`` or ``0``, with the whitespace XSD collapses around
it, since any producer that types the element as xs:boolean may write either; it is always
written ``true`` or ``false``.

An enumerated field holds one of a few strings (`Field.values`) and is a plain ``str`` in
Python. In requests it is closed: another value is an issue (`IssueCode.ENUM_VALUE`) that
lists the values, with the one meant when only the case differs. In responses it is open: a
newer server may send a value this version does not know, which is kept as the string it is,
and reported (`IssueCode.ENUM_UNKNOWN`) only with ``strict=True``.
"""

from __future__ import annotations

import difflib
from typing import Final

from .issue_codes import IssueCode
from .report import Loc, Report
from .rules import INVALID, string, type_issue
from .tree import show

__all__ = ["Enum", "boolean"]

_XML_BOOLEANS: Final = {"true": True, "1": True, "false": False, "0": False}
_XML_SPACE: Final = " \t\r\n"


def boolean(value: object, r: Report, parent: Loc, key: str | int) -> object:
    """The rule for a BOOLEAN (see the module docstring)."""
    if value is True or value is False:
        return value
    if r.xml and type(value) is str:
        found = _XML_BOOLEANS.get(value.strip(_XML_SPACE))
        if found is not None:
            return found
        r.add((parent, key), IssueCode.TYPE_BOOLEAN,
              f"must be true or false, not {show(value)}")
        return INVALID
    return type_issue(r, parent, key, IssueCode.TYPE_BOOLEAN, "true or false", value)


class Enum:
    """The rule for an ENUM of ``values``; ``closed`` for a request's field (the body's
    ``closed``), else open (see the module docstring)."""

    __slots__ = ("_known", "closed", "values")

    def __init__(self, values: tuple[str, ...], *, closed: bool) -> None:
        if not values or len(set(values)) != len(values):
            raise ValueError(f"an enum needs distinct values, not {values!r}")
        self.values = values
        self.closed = closed
        self._known = frozenset(values)

    def __call__(self, value: object, r: Report, parent: Loc, key: str | int) -> object:
        if type(value) is str and value in self._known:
            return value
        checked = string(value, r, parent, key)
        if checked is INVALID or not (self.closed or r.strict):
            return checked
        assert isinstance(checked, str)
        listed = ", ".join(map(repr, self.values))
        if self.closed:
            r.add((parent, key), IssueCode.ENUM_VALUE,
                  f"{show(checked)} is not one of {listed}{self._meant(checked)}")
        else:
            r.add((parent, key), IssueCode.ENUM_UNKNOWN,
                  f"{show(checked)} is not one of the known values {listed}"
                  f"{self._meant(checked)}")
        return INVALID

    def _meant(self, value: str) -> str:
        """``: did you mean 'X'?`` for a value that differs from one only in case, or
        differs little; else nothing."""
        if len(value) > 64:  # a near miss is short; difflib is quadratic
            return ""
        folded = value.casefold()
        same = [v for v in self.values if v.casefold() == folded]
        near = same or difflib.get_close_matches(value, self.values, n=1, cutoff=0.75)
        return f": did you mean {near[0]!r}?" if near else ""
