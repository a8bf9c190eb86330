"""Texts: XML-safe strings, texts of an exact size, and message texts at the part edges.

The GSM alphabets come from `smscodec._sms.gsm`, the one place they are written.
"""

from __future__ import annotations

import functools
from typing import Final, Literal

from hypothesis import strategies as st

from .._sms.gsm import DEFAULT_ALPHABET, DEFAULT_EXTENSION
from ._facts import _GSM7_MULTI, _GSM7_SINGLE, _MAX_PARTS, _UCS2_MULTI, _UCS2_SINGLE

#: Characters XML 1.0 cannot carry at all (its ``Char`` production), surrogates aside: the C0
#: controls other than tab, LF and CR, and U+FFFE, U+FFFF. No valid value drawn here holds one.
XML_UNSAFE_CHARACTERS: Final = (
    "".join(chr(i) for i in range(0x20) if chr(i) not in "\t\n\r") + "\ufffe\uffff"
)

# --- alphabets ------------------------------------------------------------------------------

_GSM_BASIC: Final = "".join(c for c in DEFAULT_ALPHABET if c is not None)
# The GSM 7-bit extension characters that XML can carry (form feed, the page break, cannot).
_GSM_EXTENSION: Final = "".join(
    sorted(c for c in DEFAULT_EXTENSION.values() if c not in XML_UNSAFE_CHARACTERS)
)
# Outside GSM 7-bit, one UTF-16 unit each: they force a text into UCS-2.
_UCS2_ONLY: Final = "çáş中`\t\u2019\u00a0Ж"
# Outside the BMP: two UTF-16 units each (a surrogate pair in UCS-2).
_ASTRAL: Final = ("😀", "👍🏽", "𝄞", "🇨🇭", "\U0010fffd", "\U0001fffe")
# What XML writers get wrong: CR (turned into LF unless written as &#13;), CDATA ends,
# markup characters, entity look-alikes, quotes, whitespace.
_XML_AWKWARD: Final = ("\r", "\n", "\r\n", "\t", "]]>", "<&>", "&amp;", "&#13;", "\"'", " ", "  ")


@functools.cache
def _xml_characters() -> st.SearchStrategy[str]:
    return st.characters(codec="utf-8", exclude_characters=XML_UNSAFE_CHARACTERS)


@functools.cache
def _fragments() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(st.sampled_from(_GSM_BASIC), min_size=1, max_size=12),
        st.sampled_from(_GSM_EXTENSION),
        st.sampled_from(_XML_AWKWARD),
        st.sampled_from(_ASTRAL),
        st.sampled_from(_UCS2_ONLY),
        st.text(_xml_characters(), min_size=1, max_size=8),
    )


def xml_safe_strings(*, min_size: int = 0, max_fragments: int = 5) -> st.SearchStrategy[str]:
    """Strings both formats carry exactly: GSM, extension, astral and XML-awkward characters,
    and any other character XML 1.0 allows. ``min_size=1`` gives non-empty strings.

    Use it for the free strings of responses (ids, descriptions)::

        @given(xml_safe_strings())
        def test_my_xml_writer_keeps_strings(s: str) -> None:
            assert my_xml_read(my_xml_write(s)) == s
    """
    return _xml_safe_strings(min_size, max_fragments)


@functools.cache
def _xml_safe_strings(min_size: int, max_fragments: int) -> st.SearchStrategy[str]:
    joined = st.lists(_fragments(), max_size=max_fragments).map("".join)
    if min_size:
        return joined.filter(lambda s: len(s) >= min_size)
    return joined


# --- texts ----------------------------------------------------------------------------------


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _septets(text: str) -> int:
    return len(text) + sum(c in _GSM_EXTENSION for c in text)


@functools.cache
@st.composite
def _sized(draw: st.DrawFn, units: int, encoding: Literal["GSM7", "UCS2"]) -> str:
    if encoding == "GSM7":
        # A part never splits an escape from its character, so a part boundary can waste a
        # septet: near the 255-part ceiling only one-septet characters keep the text valid.
        pool = _GSM_BASIC + (_GSM_EXTENSION if units <= 152 * _MAX_PARTS else "")
        seed = draw(st.text(st.sampled_from(pool), max_size=8))
        while _septets(seed) > units:
            seed = seed[:-1]
        filler = draw(st.sampled_from(_GSM_BASIC))
        rest = units - _septets(seed)
    else:
        # Likewise a part never splits a surrogate pair.
        astral = units <= (_UCS2_MULTI - 1) * _MAX_PARTS
        forcing = _UCS2_ONLY + ("".join(_ASTRAL) if astral and units >= 2 else "")
        seed = draw(st.sampled_from(forcing))
        tail = _xml_characters()
        if not astral:
            tail = tail.filter(lambda c: ord(c) <= 0xFFFF)
        seed += draw(st.text(tail, max_size=6))
        while _utf16_units(seed) > units:
            seed = seed[:-1]
        filler = draw(st.sampled_from(_GSM_BASIC + _UCS2_ONLY))
        rest = units - _utf16_units(seed)
    at = draw(st.integers(0, rest))
    return filler * at + seed + filler * (rest - at)


def sized_texts(units: int, encoding: Literal["GSM7", "UCS2"]) -> st.SearchStrategy[str]:
    """Texts of exactly ``units`` septets (``"GSM7"``: an extension character counts two) or
    UTF-16 code units (``"UCS2"``: the text holds at least one character outside GSM 7-bit).

    ``sized_texts(160, "GSM7")`` fills one SMS exactly, ``sized_texts(161, "GSM7")`` needs two;
    so do 70 and 71 in UCS-2. Up to 255 parts' worth (39015 septets, 17085 units) every text
    is valid: near that ceiling no two-unit characters are used, so no part boundary wastes
    a unit.
    """
    ceiling = _GSM7_MULTI * _MAX_PARTS if encoding == "GSM7" else _UCS2_MULTI * _MAX_PARTS
    if not 1 <= units <= ceiling:
        raise ValueError(f"units must be from 1 to {ceiling} for {encoding}, not {units}")
    return _sized(units, encoding)


_TEXT_EDGES: Final[tuple[tuple[Literal["GSM7", "UCS2"], int], ...]] = (
    ("GSM7", 1),
    ("GSM7", _GSM7_SINGLE),
    ("GSM7", _GSM7_SINGLE + 1),
    ("GSM7", 2 * _GSM7_MULTI),
    ("GSM7", 2 * _GSM7_MULTI + 1),
    ("GSM7", _GSM7_MULTI * _MAX_PARTS),
    ("UCS2", 1),
    ("UCS2", _UCS2_SINGLE),
    ("UCS2", _UCS2_SINGLE + 1),
    ("UCS2", 2 * _UCS2_MULTI),
    ("UCS2", 2 * _UCS2_MULTI + 1),
    ("UCS2", _UCS2_MULTI * _MAX_PARTS),
)
_TEXT_EDGES_SHORT: Final = tuple(e for e in _TEXT_EDGES if e[1] < 1000)


def texts(*, longest: bool = True) -> st.SearchStrategy[str]:
    """A message ``text``: non-empty, at most 255 parts, carried exactly by JSON and XML.

    Short mixes of GSM basic and extension characters, emoji, XML-awkward characters and any
    other XML-safe character, and texts at the part boundaries (160/161 and 306/307 septets,
    70/71 and 134/135 UCS-2 units, and, unless ``longest=False``, the 255-part maximum of
    each: 39015 septets, 17085 units).
    """
    cases = _TEXT_EDGES if longest else _TEXT_EDGES_SHORT
    edges = st.sampled_from(cases).flatmap(lambda e: _sized(e[1], e[0]))
    return st.one_of(st.lists(_fragments(), min_size=1, max_size=6).map("".join), edges)
