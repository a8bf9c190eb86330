"""The rule for a message text: valid Unicode, not empty, and at most 255 SMS parts."""

from __future__ import annotations

from typing import Final

from ..._core.frozenmap import FrozenMap
from ..._core.issue_codes import IssueCode
from ..._core.limits import Limits
from ..._core.report import Loc, Report
from ..._sms.segments import (
    MAX_PARTS,
    UCS2_MULTI,
    count_segments,
)
from ..vocabulary import FieldRule
from .common import INVALID, is_clean, string

__all__ = ["TEXT", "parts_fit", "text_fits", "text_ok"]


#: A text of at most this many code points fits in 255 parts whatever it holds: each code
#: point costs at most two units (an escape pair or a surrogate pair), and a part that may not
#: split a pair still holds at least UCS2_MULTI - 1 units.
_SURELY_FITS: Final = MAX_PARTS * (UCS2_MULTI - 1) // 2


def parts_fit(value: str) -> bool:
    """True if ``value`` needs at most 255 parts."""
    return count_segments(value).count <= MAX_PARTS


def text_ok(v: str, L: Limits) -> bool:
    """The valid case of `TEXT` (but for lone surrogates, `is_clean`): non-empty, bounded, at
    most 255 parts."""
    return 0 < len(v) <= L.max_text_length and (len(v) <= _SURELY_FITS or parts_fit(v))


def text_fits(value: str, limits: Limits) -> bool:
    """The valid case of `text` for a string: non-empty, bounded, clean, at most 255 parts."""
    return text_ok(value, limits) and is_clean(value)


def text(value: object, r: Report, parent: Loc, key: str | int) -> object:
    """``text``: a non-empty string that fits in 255 parts."""
    checked = string(
        value,
        r,
        parent,
        key,
        limit=r.limits.max_text_length,
        limit_code=IssueCode.LIMIT_TEXT_LENGTH,
    )
    if checked is INVALID:
        return INVALID
    assert isinstance(checked, str)
    if not checked:
        r.add(
            (parent, key),
            IssueCode.TEXT_EMPTY,
            "is empty; a message needs at least one character",
        )
        return INVALID
    if len(checked) <= _SURELY_FITS:
        return checked
    parts = count_segments(checked)
    if parts.count > MAX_PARTS:
        r.add(
            (parent, key),
            IssueCode.TEXT_TOO_MANY_PARTS,
            f"needs {parts.count} parts as {parts.encoding} ({parts.units} units); a "
            f"concatenated SMS has at most {MAX_PARTS}: shorten it or split it into several "
            "messages",
        )
        return INVALID
    return checked


#: ``text``: a non-empty string that fits in 255 parts.
TEXT: Final = FieldRule(
    "text", text, valid=text_ok, value_type=str, clean=True, facts=FrozenMap({"minLength": 1})
)
