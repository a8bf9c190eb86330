"""Transliteration: replacing the characters that force a text into UCS-2 by GSM 7-bit ones,
one scheme for each value of the API's ``transliteration`` enum.

Each scheme is a table of facts in its own module, which names its source. The laws every
scheme keeps (tested as properties): a character GSM 7-bit has (default alphabet or
extension table) is never changed; the output is GSM 7-bit for any input made only of
characters the scheme covers (its table's and GSM 7-bit's); a character it does not cover is
left as it is and reported.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from ..segments import count_segments
from ..suggest import LOOKALIKES
from . import (
    baltic,
    bulgarian_cyrillic,
    central_european,
    colombian,
    cyrillic,
    greek,
    portuguese,
    serbian_cyrillic,
    turkish,
)

__all__ = ["SCHEMES", "Transliteration", "transliterate", "transliterated"]


def _union(*tables: Mapping[str, str]) -> Mapping[str, str]:
    """The tables together; where two map one character, the first listed wins."""
    out: dict[str, str] = {}
    for one in reversed(tables):
        out.update(one)
    return MappingProxyType(out)


#: NON_UNICODE: every Latin-script scheme (the letters keep their script, losing their
#: diacritics) and the typographic look-alikes of `suggest.LOOKALIKES`. These tables agree
#: wherever they overlap (tests/test_transliteration.py checks it).
_NON_UNICODE: Final = _union(
    LOOKALIKES,
    turkish.TABLE,
    central_european.TABLE,
    baltic.TABLE,
    portuguese.TABLE,
    colombian.TABLE,
)

#: Scheme name (the API's enum value) to its table. ALL is every table; where two disagree
#: (the Cyrillic ones: Х is Kh in CYRILLIC, H in the Serbian and Bulgarian schemes) the first
#: in this order wins: NON_UNICODE, GREEK, CYRILLIC, SERBIAN_CYRILLIC, BULGARIAN_CYRILLIC.
SCHEMES: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType(
    {
        "NONE": MappingProxyType({}),
        "TURKISH": turkish.TABLE,
        "GREEK": greek.TABLE,
        "CYRILLIC": cyrillic.TABLE,
        "SERBIAN_CYRILLIC": serbian_cyrillic.TABLE,
        "BULGARIAN_CYRILLIC": bulgarian_cyrillic.TABLE,
        "CENTRAL_EUROPEAN": central_european.TABLE,
        "BALTIC": baltic.TABLE,
        "PORTUGUESE": portuguese.TABLE,
        "COLOMBIAN": colombian.TABLE,
        "NON_UNICODE": _NON_UNICODE,
        "ALL": _union(
            _NON_UNICODE,
            greek.TABLE,
            cyrillic.TABLE,
            serbian_cyrillic.TABLE,
            bulgarian_cyrillic.TABLE,
        ),
    }
)

_TRANSLATIONS: Final = {name: str.maketrans(dict(table)) for name, table in SCHEMES.items()}


@dataclass(frozen=True, slots=True)
class Transliteration:
    """A text after a transliteration scheme.

    ``replaced`` holds (character, replacement, how many times) for each character the scheme
    changed, in the order of first appearance. ``unencodable`` holds (index in ``text``,
    character) for each character that still keeps ``text`` out of GSM 7-bit (default
    alphabet and extension table): empty when ``text`` is GSM 7-bit.
    """

    text: str
    scheme: str
    replaced: tuple[tuple[str, str, int], ...]
    unencodable: tuple[tuple[int, str], ...]


def transliterate(text: str, scheme: str) -> Transliteration:
    """``text`` with the characters ``scheme`` covers replaced by GSM 7-bit ones.

    ``scheme`` is a value of the API's ``transliteration`` enum (any case): TURKISH, GREEK,
    CYRILLIC, SERBIAN_CYRILLIC, BULGARIAN_CYRILLIC, CENTRAL_EUROPEAN, BALTIC, PORTUGUESE,
    COLOMBIAN, NON_UNICODE, ALL or NONE. Raises ValueError for any other.
    """
    name = _scheme(scheme)
    table = SCHEMES[name]
    out = text.translate(_TRANSLATIONS[name])
    replaced: tuple[tuple[str, str, int], ...] = ()
    if out != text:
        seen = dict.fromkeys(char for char in text if char in table)
        replaced = tuple((char, table[char], text.count(char)) for char in seen)
    return Transliteration(out, name, replaced, count_segments(out).unencodable)


def transliterated(text: str, scheme: str) -> str:
    """Only the text of `transliterate` (nothing counted): what the API sends."""
    return text.translate(_TRANSLATIONS[_scheme(scheme)])


def _scheme(scheme: str) -> str:
    name = scheme.upper() if isinstance(scheme, str) else ""
    if name not in SCHEMES:
        raise ValueError(
            f"unknown transliteration {scheme!r}: expected one of " + ", ".join(SCHEMES)
        )
    return name
