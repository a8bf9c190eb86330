"""What every field rule shares: `INVALID`, the type issue, and the rule for a plain string."""

from __future__ import annotations

import re
from typing import Final

from ..._core.issue_codes import IssueCode
from ..._core.limits import Limits
from ..._core.report import Loc, Report
from ..._core.tree import WrongType, describe
from ..vocabulary import FieldRule

__all__ = ["INVALID", "STRING", "is_clean", "string", "string_fits", "type_issue"]


class _Invalid:
    __slots__ = ()

    def __repr__(self) -> str:
        return "INVALID"


#: What a rule returns after reporting an issue.
INVALID: Final = _Invalid()

_SURROGATE = re.compile("[\ud800-\udfff]")


def type_issue(
    r: Report, parent: Loc, key: str | int, code: IssueCode, expected: str, value: object
) -> _Invalid:
    """Report a value of the wrong type: ``code`` for a body, ``expected`` in the sentence.

    A `WrongType` (a model constructed in Python with a value of the wrong Python type) is
    `IssueCode.TYPE_PYTHON` whatever ``code`` says: the fault is the program's, not a body's.
    """
    if isinstance(value, WrongType):
        r.add(
            (parent, key),
            IssueCode.TYPE_PYTHON,
            f"must be {value.expected}, not a Python {type(value.value).__name__}",
        )
    else:
        r.add((parent, key), code, f"must be {expected}, not {describe(value)}")
    return INVALID


def is_clean(value: str) -> bool:
    """True if ``value`` is valid Unicode: no lone surrogate (JSON can smuggle one in)."""
    return value.isascii() or _SURROGATE.search(value) is None


def string(
    value: object,
    r: Report,
    parent: Loc,
    key: str | int,
    *,
    limit: int = 0,
    limit_code: IssueCode = IssueCode.LIMIT_STRING_LENGTH,
) -> object:
    """Any string the body may carry: bounded, and valid Unicode."""
    if type(value) is not str:
        return type_issue(r, parent, key, IssueCode.TYPE_STRING, "a string", value)
    bound = limit or r.limits.max_string_length
    if len(value) > bound:
        r.add(
            (parent, key),
            limit_code,
            f"is {len(value)} characters long; at most {bound} are accepted",
        )
        return INVALID
    if not is_clean(value):
        m = _SURROGATE.search(value)
        assert m is not None
        r.add(
            (parent, key),
            IssueCode.STRING_SURROGATE,
            f"holds a lone surrogate U+{ord(m.group()):04X} at index {m.start()}, which is not "
            "a character and cannot be sent; encode astral characters as a surrogate pair",
        )
        return INVALID
    return value


def string_fits(v: str, L: Limits) -> bool:
    """The valid case of `STRING` (but for lone surrogates, `is_clean`)."""
    return len(v) <= L.max_string_length


def _any_string(value: object, r: Report, parent: Loc, key: str | int) -> object:
    return string(value, r, parent, key)


#: Any other string a body carries (ids, names, descriptions): bounded, valid Unicode.
STRING: Final = FieldRule("string", _any_string, valid=string_fits, value_type=str, clean=True)
