"""The rules for BOOLEAN and ENUM fields.

A boolean is JSON's ``true`` or ``false``, never ``1`` or ``"true"``. In XML it is read as
xs:boolean is: ``true``, ``false``, ``1`` or ``0``, with the whitespace XSD collapses around
it, since any producer that types the element as xs:boolean may write either; it is always
written ``true`` or ``false``.

An enumerated field holds one of a few strings (`Field.values`, from its rule, `enum`) and is a
plain ``str`` in Python. In requests it is closed: another value is an issue
(`IssueCode.ENUM_VALUE`) that lists the values, with the one meant when only the case or a
letter or two differ. In responses it is open: a newer server may send a value this version
does not know, which is kept as the string it is, and reported (`IssueCode.ENUM_UNKNOWN`)
only with ``strict=True``.
"""

from __future__ import annotations

import difflib
from typing import Final

from ..._core.frozenmap import FrozenMap
from ..._core.issue_codes import IssueCode
from ..._core.report import Loc, Report
from ..._core.tree import show
from ..vocabulary import FieldRule
from .common import INVALID, string, string_fits, type_issue

__all__ = ["BOOLEAN", "boolean", "enum"]

_XML_BOOLEANS: Final = {"true": True, "1": True, "false": False, "0": False}
_XML_SPACE: Final = " \t\r\n"


def boolean_ok(v: bool) -> bool:
    """The valid case of `BOOLEAN`: any bool (its type is the test)."""
    return True


def boolean(value: object, r: Report, parent: Loc, key: str | int) -> object:
    """The check of `BOOLEAN` (see the module docstring)."""
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


#: A flag.
BOOLEAN: Final = FieldRule("boolean", boolean, valid=boolean_ok, value_type=bool)


def enum(values: tuple[str, ...], *, closed: bool) -> FieldRule:
    """The rule for an ENUM of ``values``: ``closed`` for a request's field, else open (see
    the module docstring). Its facts say which: ``enum`` when closed, ``examples`` when open,
    as the JSON Schema states them (`schema.Field.values` reads them back)."""
    if not values or len(set(values)) != len(values):
        raise ValueError(f"an enum needs distinct values, not {values!r}")
    known = frozenset(values)
    listed = ", ".join(map(repr, values))

    def valid(v: str) -> bool:
        return v in known

    def check(value: object, r: Report, parent: Loc, key: str | int) -> object:
        if type(value) is str and value in known:
            return value
        checked = string(value, r, parent, key)
        if checked is INVALID or not (closed or r.strict):
            return checked
        assert isinstance(checked, str)
        if closed:
            r.add((parent, key), IssueCode.ENUM_VALUE,
                  f"{show(checked)} is not one of {listed}{_meant(checked, values)}")
        else:
            r.add((parent, key), IssueCode.ENUM_UNKNOWN,
                  f"{show(checked)} is not one of the known values {listed}"
                  f"{_meant(checked, values)}")
        return INVALID

    name = f"enum {'|'.join(values)}"
    if closed:
        return FieldRule(name, check, valid=valid, value_type=str,
                         facts=FrozenMap({"enum": values}))
    # Open: any string the generic rule takes is valid, the values are what is known.
    return FieldRule(name + " (open)", check, valid=string_fits, value_type=str, clean=True,
                     facts=FrozenMap({"examples": values}))


def _meant(value: str, values: tuple[str, ...]) -> str:
    """``: did you mean 'X'?`` for a value that differs from one only in case, or differs
    little; else nothing."""
    if len(value) > 64:  # a near miss is short; difflib is quadratic
        return ""
    folded = value.casefold()
    same = [v for v in values if v.casefold() == folded]
    near = same or difflib.get_close_matches(value, values, n=1, cutoff=0.75)
    return f": did you mean {near[0]!r}?" if near else ""
