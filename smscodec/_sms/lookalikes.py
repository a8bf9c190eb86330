"""The GSM 7-bit look-alikes `suggest_gsm` proposes, and the NON_UNICODE transliteration
applies: one table, one entry a character.

Each entry is a typographic form of a character GSM 7-bit has (TS 23.038 6.2.1), so that the
replacement reads the same; invisible formatting characters become nothing. No letter is
swapped for another (ç is not Ç, ñ is not n); no character GSM 7-bit has is ever a key
(tests/test_suggest.py checks both). Compared with Twilio's published Smart Encoding list,
the deliberate differences are listed in README ("Segment counting").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

__all__ = ["LOOKALIKES"]

_SPACE: Final = " "

_TYPOGRAPHY: Final[dict[str, str]] = {
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
        # more apostrophes and quotation marks (modifier letters and ornaments used as them)
    "\u02b9": "'",  # MODIFIER LETTER PRIME
    "\u02bb": "'",  # MODIFIER LETTER TURNED COMMA
    "\u02bd": "'",  # MODIFIER LETTER REVERSED COMMA
    "\u02c8": "'",  # MODIFIER LETTER VERTICAL LINE
    "\u02ca": "'",  # MODIFIER LETTER ACUTE ACCENT
    "\u02cb": "'",  # MODIFIER LETTER GRAVE ACCENT
    "\u2035": "'",  # REVERSED PRIME
    "\u275b": "'",  # HEAVY SINGLE TURNED COMMA QUOTATION MARK ORNAMENT
    "\u275c": "'",  # HEAVY SINGLE COMMA QUOTATION MARK ORNAMENT
    "\u02ba": '"',  # MODIFIER LETTER DOUBLE PRIME
    "\u02ee": '"',  # MODIFIER LETTER DOUBLE APOSTROPHE
    "\u2036": '"',  # REVERSED DOUBLE PRIME
    "\u275d": '"',  # HEAVY DOUBLE TURNED COMMA QUOTATION MARK ORNAMENT
    "\u275e": '"',  # HEAVY DOUBLE COMMA QUOTATION MARK ORNAMENT
    "\u301d": '"',  # REVERSED DOUBLE PRIME QUOTATION MARK
    "\u301e": '"',  # DOUBLE PRIME QUOTATION MARK
    "\u301f": '"',  # LOW DOUBLE PRIME QUOTATION MARK
    # fractions: the digits and a slash they are written for
    "\u00bc": "1/4",  # VULGAR FRACTION ONE QUARTER
    "\u00bd": "1/2",  # VULGAR FRACTION ONE HALF
    "\u00be": "3/4",  # VULGAR FRACTION THREE QUARTERS
    # small form variants (CJK compatibility): the ASCII sign in small print
    "\ufe50": ",",  # SMALL COMMA
    "\ufe52": ".",  # SMALL FULL STOP
    "\ufe54": ";",  # SMALL SEMICOLON
    "\ufe55": ":",  # SMALL COLON
    "\ufe56": "?",  # SMALL QUESTION MARK
    "\ufe57": "!",  # SMALL EXCLAMATION MARK
    "\ufe58": "-",  # SMALL EM DASH
    "\ufe59": "(",  # SMALL LEFT PARENTHESIS
    "\ufe5a": ")",  # SMALL RIGHT PARENTHESIS
    "\ufe5f": "#",  # SMALL NUMBER SIGN
    "\ufe60": "&",  # SMALL AMPERSAND
    "\ufe61": "*",  # SMALL ASTERISK
    "\ufe62": "+",  # SMALL PLUS SIGN
    "\ufe63": "-",  # SMALL HYPHEN-MINUS
    "\ufe64": "<",  # SMALL LESS-THAN SIGN
    "\ufe65": ">",  # SMALL GREATER-THAN SIGN
    "\ufe66": "=",  # SMALL EQUALS SIGN
    "\ufe68": "\\",  # SMALL REVERSE SOLIDUS
    "\ufe69": "$",  # SMALL DOLLAR SIGN
    "\ufe6a": "%",  # SMALL PERCENT SIGN
    "\ufe6b": "@",  # SMALL COMMERCIAL AT
    # slashes and bars drawn as typography
    "\u29f8": "/",  # BIG SOLIDUS
    "\u29f9": "\\",  # BIG REVERSE SOLIDUS
    # fullwidth signs beyond ASCII's (see _FULLWIDTH for those)
    "\uffe1": "£",  # FULLWIDTH POUND SIGN
    "\uffe5": "¥",  # FULLWIDTH YEN SIGN
    # invisible: more zero-width and format characters
    "\u180e": "",  # MONGOLIAN VOWEL SEPARATOR
    "\u2061": "",  # FUNCTION APPLICATION
    "\u2062": "",  # INVISIBLE TIMES
    "\u2063": "",  # INVISIBLE SEPARATOR
    "\u2064": "",  # INVISIBLE PLUS
}

#: Fullwidth ASCII (U+FF01 to U+FF5E) is ASCII U+0021 to U+007E by Unicode's compatibility
#: decomposition; fullwidth grave accent becomes the apostrophe, as the grave accent does.
_FULLWIDTH: Final = {chr(0xFF01 + i): chr(0x21 + i) for i in range(0x5E)} | {"\uff40": "'"}

#: Small capitals (IPA Extensions, Phonetic Extensions, Latin Extended-D), written in "fancy"
#: text for the small letters they are; x has no small capital.
_SMALL_CAPITALS: Final = {
    char: letter
    for letter, char in zip(
        "abcdefghijklmnopqrstuvwyz",
        "\u1d00\u0299\u1d04\u1d05\u1d07\ua730\u0262\u029c\u026a\u1d0a\u1d0b\u029f\u1d0d"
        "\u0274\u1d0f\u1d18\ua7af\u0280\ua731\u1d1b\u1d1c\u1d20\u1d21\u028f\u1d22",
        strict=True,
    )
}

#: Character -> GSM 7-bit replacement.
LOOKALIKES: Final[Mapping[str, str]] = MappingProxyType(
    _TYPOGRAPHY | _FULLWIDTH | _SMALL_CAPITALS
)
