"""GSM 7-bit look-alikes for characters that force a text into UCS-2.

One typographic character (a curly apostrophe pasted from a word processor, a no-break
space) turns a whole message into UCS-2, which carries 70 characters per SMS instead of
160. `suggest_gsm` proposes plain replacements; it is an explicit call, and counting never
changes a text by itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from .segments import TextSegments, count_segments

__all__ = ["LOOKALIKES", "Suggestion", "suggest_gsm"]

_SPACE: Final = " "

#: Character -> GSM 7-bit default-alphabet replacement. Only typographic variants of a
#: character the alphabet has, so that the replacement reads the same: no letter is ever
#: swapped for another (ç is not Ç, ñ is not n), since that changes the word. Invisible
#: formatting characters become nothing.
LOOKALIKES: Final[Mapping[str, str]] = MappingProxyType(
    {
        # apostrophes, single quotes, primes and accents used as apostrophes
        "\u2018": "'",  # LEFT SINGLE QUOTATION MARK
        "\u2019": "'",  # RIGHT SINGLE QUOTATION MARK
        "\u201a": "'",  # SINGLE LOW-9 QUOTATION MARK
        "\u201b": "'",  # SINGLE HIGH-REVERSED-9 QUOTATION MARK
        "\u2039": "'",  # SINGLE LEFT-POINTING ANGLE QUOTATION MARK
        "\u203a": "'",  # SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
        "\u2032": "'",  # PRIME
        "\u02bc": "'",  # MODIFIER LETTER APOSTROPHE
        "\u00b4": "'",  # ACUTE ACCENT
        "`": "'",  # GRAVE ACCENT: ASCII, yet not in the GSM alphabet
        # double quotes
        "\u201c": '"',  # LEFT DOUBLE QUOTATION MARK
        "\u201d": '"',  # RIGHT DOUBLE QUOTATION MARK
        "\u201e": '"',  # DOUBLE LOW-9 QUOTATION MARK
        "\u201f": '"',  # DOUBLE HIGH-REVERSED-9 QUOTATION MARK
        "\u00ab": '"',  # LEFT-POINTING DOUBLE ANGLE QUOTATION MARK
        "\u00bb": '"',  # RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
        "\u2033": '"',  # DOUBLE PRIME
        # hyphens, dashes, minus
        "\u2010": "-",  # HYPHEN
        "\u2011": "-",  # NON-BREAKING HYPHEN
        "\u2012": "-",  # FIGURE DASH
        "\u2013": "-",  # EN DASH
        "\u2014": "-",  # EM DASH
        "\u2015": "-",  # HORIZONTAL BAR
        "\u2212": "-",  # MINUS SIGN
        # bullets
        "\u2022": "-",  # BULLET
        "\u2023": "-",  # TRIANGULAR BULLET
        "\u2043": "-",  # HYPHEN BULLET
        "\u2219": "-",  # BULLET OPERATOR
        "\u00b7": "-",  # MIDDLE DOT
        # dots and slashes
        "\u2026": "...",  # HORIZONTAL ELLIPSIS
        "\u2024": ".",  # ONE DOT LEADER
        "\u2044": "/",  # FRACTION SLASH
        "\u2215": "/",  # DIVISION SLASH
        "\u02c6": "^",  # MODIFIER LETTER CIRCUMFLEX ACCENT
        "\u02dc": "~",  # SMALL TILDE
        # spaces: tab and the Unicode spaces other than U+0020
        "\t": _SPACE,  # CHARACTER TABULATION
        "\u00a0": _SPACE,  # NO-BREAK SPACE
        "\u1680": _SPACE,  # OGHAM SPACE MARK
        "\u2000": _SPACE,  # EN QUAD
        "\u2001": _SPACE,  # EM QUAD
        "\u2002": _SPACE,  # EN SPACE
        "\u2003": _SPACE,  # EM SPACE
        "\u2004": _SPACE,  # THREE-PER-EM SPACE
        "\u2005": _SPACE,  # FOUR-PER-EM SPACE
        "\u2006": _SPACE,  # SIX-PER-EM SPACE
        "\u2007": _SPACE,  # FIGURE SPACE
        "\u2008": _SPACE,  # PUNCTUATION SPACE
        "\u2009": _SPACE,  # THIN SPACE
        "\u200a": _SPACE,  # HAIR SPACE
        "\u202f": _SPACE,  # NARROW NO-BREAK SPACE
        "\u205f": _SPACE,  # MEDIUM MATHEMATICAL SPACE
        "\u3000": _SPACE,  # IDEOGRAPHIC SPACE
        # line and paragraph separators
        "\u2028": "\n",  # LINE SEPARATOR
        "\u2029": "\n",  # PARAGRAPH SEPARATOR
        # invisible: zero-width and soft hyphen
        "\u00ad": "",  # SOFT HYPHEN
        "\u200b": "",  # ZERO WIDTH SPACE
        "\u200c": "",  # ZERO WIDTH NON-JOINER
        "\u200d": "",  # ZERO WIDTH JOINER
        "\u2060": "",  # WORD JOINER
        "\ufeff": "",  # ZERO WIDTH NO-BREAK SPACE (byte order mark)
    }
)

_TRANSLATION: Final = str.maketrans(dict(LOOKALIKES))
_FIND: Final = re.compile("[" + "".join(map(re.escape, LOOKALIKES)) + "]")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A proposed GSM 7-bit text: what was replaced and how many parts it saves.

    ``replacements`` holds (index in the original text, original character, replacement).
    When nothing is proposed, ``text`` is the original, ``replacements`` is empty, ``after``
    is ``before`` and ``saved`` is 0.
    """

    text: str
    replacements: tuple[tuple[int, str, str], ...]
    before: TextSegments
    after: TextSegments
    saved: int


def suggest_gsm(text: str, *, language: str | None = None) -> Suggestion:
    """Propose `LOOKALIKES` replacements that bring ``text`` into GSM 7-bit.

    A proposal is made only when it makes the text GSM 7-bit without costing parts: in UCS-2
    the replacements buy nothing (and "..." takes three code units where "…" takes one), and
    a text full of ellipses can need more GSM parts than UCS-2 ones. ``language`` is passed
    to `count_segments` for both counts.
    """
    before = count_segments(text, language=language)
    unchanged = Suggestion(text, (), before, before, 0)
    if before.encoding == "GSM7":
        return unchanged
    proposed = text.translate(_TRANSLATION)
    if proposed == text:
        return unchanged
    after = count_segments(proposed, language=language)
    if after.encoding != "GSM7" or after.count > before.count:
        return unchanged
    replacements = tuple(
        (match.start(), match.group(), LOOKALIKES[match.group()]) for match in _FIND.finditer(text)
    )
    return Suggestion(proposed, replacements, before, after, before.count - after.count)
