"""The rules for a message text: valid Unicode, not empty, and at most 255 SMS parts.

A v1 text (and a preview's) is counted as written (`TEXT`). A v2 message's text and a v3 text
content's are counted as the API sends them, transliterated and with the national tables their
language allows (`sent_parts`): that needs the message's other fields, so there the field rule
(`SENT_TEXT`) checks the rest and the message's check (`TEXT_AS_SENT`) the parts.
"""

from __future__ import annotations

from typing import Any, Final

from ..._core.frozenmap import FrozenMap
from ..._core.issue_codes import IssueCode
from ..._core.limits import Limits
from ..._core.report import Loc, Report
from ..._sms.segments import (
    MAX_PARTS,
    UCS2_MULTI,
    count_segments,
)
from ..._sms.sent import MOST_WRITTEN, sent_parts
from ..vocabulary import BodyCheck, FieldRule
from .common import INVALID, is_clean, string

__all__ = [
    "SENT_TEXT",
    "TEXT",
    "TEXT_AS_SENT",
    "parts_as_sent",
    "parts_fit",
    "sent_fits",
    "sent_ok",
    "sent_text_ok",
    "text_fits",
    "text_ok",
]


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


def _text(value: object, r: Report, parent: Loc, key: str | int) -> object:
    """A non-empty string of at most `Limits.max_text_length` characters, or INVALID."""
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
    return checked


def text(value: object, r: Report, parent: Loc, key: str | int) -> object:
    """``text``: a non-empty string that fits in 255 parts."""
    checked = _text(value, r, parent, key)
    if checked is INVALID:
        return INVALID
    assert isinstance(checked, str)
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


# --- a v2 message's text, a v3 text content's: counted as sent --------------------------------

#: A text of at most this many characters fits in 255 parts whatever its transliteration and
#: language: transliterated, it has at most `MOST_WRITTEN` times as many (see `_SURELY_FITS`).
_SURELY_FITS_SENT: Final = _SURELY_FITS // MOST_WRITTEN


def sent_text_ok(v: str, L: Limits) -> bool:
    """The valid case of `SENT_TEXT` (but for lone surrogates): non-empty and bounded."""
    return 0 < len(v) <= L.max_text_length


#: ``text`` of a message whose check (`TEXT_AS_SENT`) counts its parts: non-empty, bounded.
SENT_TEXT: Final = FieldRule(
    "text", _text, valid=sent_text_ok, value_type=str, clean=True,
    facts=FrozenMap({"minLength": 1}),
)


def _shifts(language: object) -> tuple[str | None, bool | None, bool | None] | None:
    if language is None:
        return None
    code: str | None = getattr(language, "language_code", None)
    single: bool | None = getattr(language, "single_shift", None)
    locking: bool | None = getattr(language, "locking_shift", None)
    return code, single, locking


def parts_as_sent(text: str, language: object, transliteration: str | None) -> int:
    """The parts ``text`` needs sent with ``language`` (an `SmsLanguage` or None) and
    ``transliteration``: what `sms_count` answers and `TEXT_AS_SENT` bounds."""
    return sent_parts(text, transliteration, _shifts(language))


def sent_fits(text: str, language: object, transliteration: str | None) -> bool:
    """True if ``text`` sent so needs at most 255 parts."""
    return parts_as_sent(text, language, transliteration) <= MAX_PARTS


def sent_ok(text: str | None, language: object, transliteration: str | None) -> bool:
    """The valid case of `TEXT_AS_SENT`: a short text fits without being counted."""
    return (
        text is None
        or len(text) <= _SURELY_FITS_SENT
        or (transliteration is None and len(text) <= _SURELY_FITS)
        or sent_fits(text, language, transliteration)
    )


def _as_sent(values: dict[str, Any], r: Report, loc: Loc) -> bool:
    text, language = values["text"], values["language"]
    transliteration = values["transliteration"]
    if language is not None and not hasattr(language, "language_code"):
        return True  # unbuilt: the body is refused already
    if sent_ok(text, language, transliteration):
        return True
    parts = parts_as_sent(text, language, transliteration)
    ways = [f"transliterated as {transliteration}"] if transliteration is not None else []
    if language is not None:
        ways.append("with the tables its language allows")
    how = " and ".join(ways) or "with the default alphabet"
    r.add((loc, "text"), IssueCode.TEXT_TOO_MANY_PARTS,
          f"needs {parts} parts sent {how}; a concatenated SMS has at most {MAX_PARTS}: "
          "shorten it or split it into several messages")
    return False


#: The parts of a v2 message's or v3 text content's ``text``, counted as the API sends it
#: (`sent_parts`): at most 255.
TEXT_AS_SENT: Final = BodyCheck("text as sent", _as_sent, valid=sent_ok,
                                fields=("text", "language", "transliteration"))
