"""How many SMS parts a text or a binary payload costs, and what each part holds.

The rules are DESIGN's "Segment counting" and the binary payload rules under "Wire rules";
the facts behind them are cited from 3GPP TS 23.038 (alphabets) and TS 23.040 (user data
header). Which characters are GSM 7-bit comes only from `gsm` and `national` beside it: this
module derives its lookup structures from those tables and never restates them.

Counting runs at C level (a charmap encoder, `bytes.translate`, `str.encode`, `re`): Python
loops run once per part, or once per character that forces UCS-2 when there are few of
those, never once per character of the text. Time and memory are linear in the input.
"""

from __future__ import annotations

import codecs
import functools
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar

from .._core.mutable import mutable_class
from .choice import check_language, combinations
from .gsm import DEFAULT_ALPHABET, DEFAULT_EXTENSION

if TYPE_CHECKING:
    from _codecs import _EncodingMap

__all__ = [
    "GSM7_MULTI",
    "GSM7_MULTI_ONE_TABLE",
    "GSM7_MULTI_TWO_TABLES",
    "GSM7_SINGLE",
    "GSM7_SINGLE_ONE_TABLE",
    "GSM7_SINGLE_TWO_TABLES",
    "MAX_PARTS",
    "OCTETS_MULTI",
    "OCTETS_SINGLE",
    "SEPTET_CODINGS",
    "UCS2_CODING",
    "UCS2_MULTI",
    "UCS2_SINGLE",
    "UDHI",
    "BinarySegments",
    "TextSegments",
    "count_binary_segments",
    "count_segments",
    "part_units",
]

# --- capacities ---------------------------------------------------------------------------
#
# TS 23.040 9.2.3.16: the user data of one SMS is at most 140 octets. A user data header
# (9.2.3.24) takes its length octet (UDHL) plus its information elements out of that:
#   - concatenation with an 8-bit reference (9.2.3.24.1): IEI, length, reference, number of
#     parts, sequence number = 5 octets, so a concatenated part carries a 6-octet header;
#   - a national language single-shift (9.2.3.24.15) or locking-shift (9.2.3.24.16) element:
#     IEI, length, language = 3 octets each.
# In 7-bit coding the header is followed by fill bits up to the next septet boundary
# (9.2.3.24), so the header costs ceil(octets * 8 / 7) of the 160 septets.
# The 8-bit reference numbers parts 1 to 255 (9.2.3.24.1), hence MAX_PARTS.

_USER_DATA_OCTETS: Final = 140
_CONCATENATION_IE: Final = 5
_NATIONAL_IE: Final = 3


def _udh_octets(*elements: int) -> int:
    return 1 + sum(elements) if elements else 0


def _septets_left(udh_octets: int) -> int:
    return _USER_DATA_OCTETS * 8 // 7 - (udh_octets * 8 + 6) // 7


GSM7_SINGLE: Final = _septets_left(0)  # 160
GSM7_MULTI: Final = _septets_left(_udh_octets(_CONCATENATION_IE))  # 153
GSM7_SINGLE_ONE_TABLE: Final = _septets_left(_udh_octets(_NATIONAL_IE))  # 155
GSM7_MULTI_ONE_TABLE: Final = _septets_left(_udh_octets(_CONCATENATION_IE, _NATIONAL_IE))  # 149
GSM7_SINGLE_TWO_TABLES: Final = _septets_left(_udh_octets(_NATIONAL_IE, _NATIONAL_IE))  # 152
GSM7_MULTI_TWO_TABLES: Final = _septets_left(
    _udh_octets(_CONCATENATION_IE, _NATIONAL_IE, _NATIONAL_IE)
)  # 146
OCTETS_SINGLE: Final = _USER_DATA_OCTETS  # 140
OCTETS_MULTI: Final = _USER_DATA_OCTETS - _udh_octets(_CONCATENATION_IE)  # 134
# UCS-2 is two octets per UTF-16 code unit (TS 23.038 6.2.3).
UCS2_SINGLE: Final = OCTETS_SINGLE // 2  # 70
UCS2_MULTI: Final = OCTETS_MULTI // 2  # 67
MAX_PARTS: Final = 255

# SMPP data_coding values (SMPP 3.4, 5.2.19): 0 SMSC default alphabet and 1 IA5 carry one
# unpacked septet per octet; 8 is UCS-2. esm_class bit 0x40 is the UDHI flag (5.2.12).
SEPTET_CODINGS: Final = frozenset({0, 1})
UCS2_CODING: Final = 8
UDHI: Final = 0x40
# Only the GSM default alphabet has the 0x1B escape mechanism (TS 23.038 6.2.1.1); in IA5
# (data_coding 1) 0x1B is a plain control character.
_GSM_DEFAULT_CODING: Final = 0

_ESCAPE: Final = 0x1B


# --- results ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextSegments:
    """How a text is sent: its encoding, parts and the national tables used.

    ``units`` are septets (an escaped character counts two) for GSM7 and UTF-16 code units
    for UCS2. ``capacity`` is the units per part at this count. ``parts`` join back to the
    text. ``unencodable`` lists (index, character) for every character that kept the text out
    of GSM 7-bit, measured against the table combination that came closest; it is empty for
    GSM7.
    """

    encoding: Literal["GSM7", "UCS2"]
    count: int
    units: int
    capacity: int
    parts: tuple[str, ...]
    locking_shift: str | None = None
    single_shift: str | None = None
    unencodable: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class BinarySegments:
    """How a binary payload is sent. ``units`` are septets for the septet codings (one per
    octet, plus the header's septets when the payload carries its own header) and octets
    otherwise."""

    encoding: Literal["GSM7", "UCS2", "BINARY"]
    count: int
    units: int
    capacity: int
    parts: tuple[bytes, ...]


_TextSegmentsFields = mutable_class(TextSegments)


def _text_segments(
    encoding: Literal["GSM7", "UCS2"],
    count: int,
    units: int,
    capacity: int,
    parts: tuple[str, ...],
    locking_shift: str | None = None,
    single_shift: str | None = None,
    unencodable: tuple[tuple[int, str], ...] = (),
) -> TextSegments:
    """``TextSegments(...)``, built without the frozen ``__init__`` (see `_core.mutable`)."""
    result: Any = _TextSegmentsFields()
    result.encoding = encoding
    result.count = count
    result.units = units
    result.capacity = capacity
    result.parts = parts
    result.locking_shift = locking_shift
    result.single_shift = single_shift
    result.unencodable = unencodable
    result.__class__ = TextSegments
    return result  # type: ignore[no-any-return]


# --- table combinations -------------------------------------------------------------------

# A text is turned into one cost byte per character, at C level: 0 for one septet, 1 for two
# (an escape and the character: extension or single-shift table), _OUTSIDE for a character
# the combination lacks. ASCII text goes through bytes.translate. Other text goes through a
# charmap codec that gives each character an "id" byte (alphabet characters below 0x80,
# escape-table characters at 0x80 | septet), then through a translate from id to cost.
#
# CPython builds its fast EncodingMap only if id 0 maps U+0000, so NUL gets id 0 and costs
# _OUTSIDE; the character at septet 0 takes id 0x1B, the escape in every table (TS 23.038
# 6.2.1, A.2), which never holds a character. The codec's "replace" handler writes "?" for
# each character outside, so a "?" that the combination has is first swapped for a stand-in
# of the same cost and the id of "?" then means outside; a combination without "?" sends it
# to id 0x9B (escape septet 0x1B, never a character) and that id means outside.
_OUTSIDE: Final = 0xFF
_NO_QUESTION_MARK_ID: Final = 0x80 | 0x1B
_IS_OUTSIDE: Final = bytes(1 if i == _OUTSIDE else 0 for i in range(256))
# The unit stream: a char that costs one unit becomes 0, one that costs two becomes FIRST
# SECOND, and a part boundary must not fall right after a FIRST.
_FIRST: Final = 1
_SECOND: Final = 2
_PAIR: Final = bytes((_FIRST, _SECOND))


@dataclass(frozen=True, slots=True)
class _Tables:
    """One combination of an alphabet and an escape table."""

    locking: str | None
    single: str | None
    single_capacity: int
    multi_capacity: int
    ascii_costs: bytes  # bytes.translate table: ASCII code to cost
    encoding_map: dict[int, int] | _EncodingMap  # char to id, from codecs.charmap_build
    id_costs: bytes  # bytes.translate table: id to cost
    stand_in: str | None  # swapped for "?" before encoding, if "?" is in the combination
    charset: frozenset[str]  # the characters the combination has


def _table_count(locking: str | None, single: str | None) -> int:
    return (locking is not None) + (single is not None)


def _build_tables(
    alphabet: Sequence[str | None],
    extension: Mapping[int, str],
    locking: str | None,
    single: str | None,
) -> _Tables:
    cost: dict[str, int] = {}
    ids: dict[str, int] = {}
    for septet, char in enumerate(alphabet):
        # U+001B is the escape, not a character (TS 23.038 6.2.1 note 1).
        if char is not None and septet != _ESCAPE and char != "\x1b" and char not in cost:
            cost[char], ids[char] = 0, septet or _ESCAPE
    for septet, char in extension.items():
        # A character both tables hold is sent through the alphabet, for one septet.
        if septet != _ESCAPE and char != "\x1b" and char not in cost:
            cost[char], ids[char] = 1, 0x80 | septet

    decoding = ["\ufffe"] * 256  # U+FFFE: an unused id, for charmap_build
    decoding[0] = "\x00"
    id_costs = bytearray([_OUTSIDE]) * 256
    for char, char_id in ids.items():
        decoding[char_id], id_costs[char_id] = char, cost[char]
    stand_in = None
    if "?" in cost:
        stand_in = min(c for c in cost if cost[c] == cost["?"] and c != "?")
        id_costs[ids["?"]] = _OUTSIDE
    else:
        decoding[_NO_QUESTION_MARK_ID] = "?"

    single_capacity, multi_capacity = (
        (GSM7_SINGLE, GSM7_MULTI),
        (GSM7_SINGLE_ONE_TABLE, GSM7_MULTI_ONE_TABLE),
        (GSM7_SINGLE_TWO_TABLES, GSM7_MULTI_TWO_TABLES),
    )[_table_count(locking, single)]
    return _Tables(
        locking,
        single,
        single_capacity,
        multi_capacity,
        bytes(cost.get(chr(code), _OUTSIDE) for code in range(256)),
        codecs.charmap_build("".join(decoding)),
        bytes(id_costs),
        stand_in,
        frozenset(cost),
    )


_DEFAULT: Final = _build_tables(DEFAULT_ALPHABET, DEFAULT_EXTENSION, None, None)


@functools.cache
def _national_tables(locking: str | None, single: str | None) -> _Tables:
    # Built on first use (the memo holds at most one entry per valid combination): most
    # callers never ask for a national table, and the Indic tables are large.
    from . import national

    return _build_tables(
        DEFAULT_ALPHABET if locking is None else national.LOCKING_SHIFT[locking],
        DEFAULT_EXTENSION if single is None else national.SINGLE_SHIFT[single],
        locking,
        single,
    )


def _language_options(code: str) -> list[_Tables]:
    """The combinations one language offers, fewer tables first. Single shift comes before
    locking shift at equal cost: it keeps the default alphabet, which every handset reads."""
    from . import national

    options = [_national_tables(None, code)]
    if code in national.LOCKING_SHIFT:
        options.append(_national_tables(code, None))
        options.append(_national_tables(code, code))
    return options


@functools.cache
def _candidates(
    language: str, single: bool | None, locking: bool | None
) -> tuple[tuple[int, _Tables], ...]:
    """(rank, tables) to try, as `choice.combinations` orders them."""
    return tuple(
        (rank, _DEFAULT if pair == (None, None) else _national_tables(*pair))
        for rank, pair in combinations(language, single, locking)
    )


# --- layouts ------------------------------------------------------------------------------

# How a text is sent in one encoding: (units, capacity, parts). A plain tuple: this is the hot
# path, and the dataclass is built once, for the winner.
_Layout = tuple[int, int, tuple[str, ...]]
_Sliceable = TypeVar("_Sliceable", str, bytes)


def _costs(text: str, tables: _Tables) -> bytes:
    """One cost byte per character of ``text`` in this combination."""
    if text.isascii():
        return text.encode("ascii").translate(tables.ascii_costs)
    if tables.stand_in is not None:
        text = text.replace("?", tables.stand_in)
    ids = codecs.charmap_encode(text, "replace", tables.encoding_map)[0]
    return ids.translate(tables.id_costs)


def _split(whole: _Sliceable, stream: bytes, capacity: int) -> tuple[_Sliceable, ...]:
    """Cut ``whole`` into parts of at most ``capacity`` units, filling each as far as it goes.

    ``stream`` has one byte per unit: 0 for an element of one unit, FIRST SECOND for one of
    two. Greedy filling is optimal: any split can be shifted to end no earlier than the
    greedy one. A part that would end between the two units of one element ends one unit
    early, which keeps an escape with its character (TS 23.040 9.2.3.24.1) and a surrogate
    pair together. The loop runs once per part.
    """
    parts: list[_Sliceable] = []
    total = len(stream)
    count = stream.count
    end = 0  # in units
    start = 0  # in elements of ``whole``
    while total - end > capacity:
        first = end
        end += capacity
        if stream[end - 1] == _FIRST:
            end -= 1
        stop = start + end - first - count(_SECOND, first, end)
        parts.append(whole[start:stop])
        start = stop
    parts.append(whole[start:])
    return tuple(parts)


def _chunks(whole: _Sliceable, size: int) -> tuple[_Sliceable, ...]:
    return tuple(
        map(
            whole.__getitem__,
            map(slice, range(0, len(whole), size), range(size, len(whole) + size, size)),
        )
    )


def _layout(text: str, stream: bytes | None, single: int, multi: int) -> _Layout:
    """``stream`` is the unit stream, or None when every char is one unit."""
    units = len(text) if stream is None else len(stream)
    if units <= single:
        return units, single, (text,)
    if stream is None:
        return units, multi, _chunks(text, multi)
    return units, multi, _split(text, stream, multi)


def _gsm_layout(text: str, costs: bytes, tables: _Tables) -> _Layout:
    stream = costs.replace(b"\x01", _PAIR) if 1 in costs else None
    return _layout(text, stream, tables.single_capacity, tables.multi_capacity)


# UTF-16 high octet to stream byte: a high surrogate (0xD8-0xDB) starts a pair, a low one
# (0xDC-0xDF) ends it.
_SURROGATE_UNITS: Final = bytes(
    _FIRST if 0xD8 <= i <= 0xDB else _SECOND if 0xDC <= i <= 0xDF else 0 for i in range(256)
)


def _ucs2_layout(text: str) -> _Layout:
    # "replace" writes one "?" for a lone surrogate (refusing it is validation's job): one
    # code unit, as it costs, and never mistaken for half of a pair.
    utf16 = text.encode("utf-16-le", "replace")
    stream = None
    if len(utf16) != 2 * len(text):
        stream = utf16[1::2].translate(_SURROGATE_UNITS)
    return _layout(text, stream, UCS2_SINGLE, UCS2_MULTI)


def _may_beat(length: int, tables: _Tables, count: int, room: int) -> bool:
    """Whether this combination could need fewer parts than ``count``, or as many with more
    than ``room`` units left in the last part (each character costs a unit at least)."""
    if length <= tables.single_capacity:
        return count > 1 or tables.single_capacity - length > room
    multi = tables.multi_capacity
    fewest = -(-length // multi)
    return fewest < count or (
        fewest == count and multi - max(1, length - (count - 1) * multi) > room
    )


_OUTSIDE_MARK: Final = re.compile(re.escape(bytes((_OUTSIDE,))))


def _outside(text: str, costs: bytes) -> tuple[tuple[int, str], ...]:
    """(index, character) for each character whose cost is _OUTSIDE."""
    if costs.count(_OUTSIDE) * 8 > len(costs):
        # Dense (a text in another script): C-level passes over every index.
        at = list(itertools.compress(range(len(costs)), costs.translate(_IS_OUTSIDE)))
        return tuple(zip(at, map(text.__getitem__, at), strict=True))
    # Sparse (an emoji or a curly quote in GSM text): a step per such character is cheaper.
    return tuple([(i, text[i]) for i in [m.start() for m in _OUTSIDE_MARK.finditer(costs)]])


# --- public API ---------------------------------------------------------------------------


def count_segments(
    text: str, *, language: str | None = None, single_shift: bool | None = None,
    locking_shift: bool | None = None,
) -> TextSegments:
    """Count the SMS parts ``text`` needs and cut it into them.

    ``language=None`` uses the GSM 7-bit default alphabet and extension table, else UCS-2.
    An ISO 639-1 code (any case) also tries that language's national tables of TS 23.038
    Annex A: single shift, locking shift, and both. ``"auto"`` tries every language. The
    API's languageCode values are understood too: ``"TR"``, ``"ES"``, ``"PT"`` are the ISO
    codes, ``"AUTODETECT"`` tries those three languages, ``"NONE"`` none. ``single_shift``
    and ``locking_shift`` are the API's flags: once either is given, only the tables asked
    for (True) are tried beside the default ones.

    The fewest parts win; then the most units left in the last part, as the API's preview
    chooses (its Turkish example: locking shift, 98 septets of 155, not single shift, 104);
    then fewer tables (single shift first), then the order of `national.LANGUAGES`. UCS-2 is
    used only when no combination encodes the text: it never needs fewer parts (a text of
    escaped characters still gets 76 characters into one GSM part, 73 into each of several).

    Raises ValueError for an unknown language, or a shift flag without a language.
    """
    length = len(text)
    if language is None:
        if single_shift is not None or locking_shift is not None:
            raise ValueError("single_shift and locking_shift need a language")
        tables = _DEFAULT
        costs = _costs(text, tables)
        if _OUTSIDE in costs:
            return _ucs2_segments(text, costs)
        units, capacity, parts = _gsm_layout(text, costs, tables)
        return _text_segments("GSM7", len(parts), units, capacity, parts)

    best: tuple[_Layout, _Tables] | None = None
    best_key = (0, 0, 0)  # parts, minus the room left in the last part, rank
    chars = frozenset(text)  # a set difference rules a combination out faster than encoding
    candidates = _candidates(check_language(language), single_shift, locking_shift)
    for rank, tables in candidates:
        if not chars <= tables.charset or (
            best is not None and not _may_beat(length, tables, best_key[0], -best_key[1])
        ):
            continue
        costs = _costs(text, tables)
        layout = _gsm_layout(text, costs, tables)
        last = layout[2][-1]
        key = (len(layout[2]), len(last) + costs.count(1, length - len(last)) - layout[1], rank)
        if best is None or key < best_key:
            best, best_key = (layout, tables), key
    if best is None:  # measured against the tables with the fewest characters outside
        def outside(candidate: tuple[int, _Tables]) -> tuple[int, int]:
            return sum(map(text.count, chars - candidate[1].charset)), candidate[0]

        return _ucs2_segments(text, _costs(text, min(candidates, key=outside)[1]))
    (units, capacity, parts), tables = best
    return _text_segments("GSM7", len(parts), units, capacity, parts, tables.locking, tables.single)


def _ucs2_segments(text: str, costs: bytes) -> TextSegments:
    """The UCS-2 result; ``costs`` are those of the combination that came closest."""
    units, capacity, parts = _ucs2_layout(text)
    return _text_segments(
        "UCS2", len(parts), units, capacity, parts, unencodable=_outside(text, costs)
    )


def part_units(segments: TextSegments) -> tuple[int, ...]:
    """The units each part of a `count_segments` result takes, in the result's encoding and
    tables."""
    if segments.encoding == "UCS2":
        return tuple(len(part.encode("utf-16-le", "replace")) // 2 for part in segments.parts)
    tables = (
        _DEFAULT
        if segments.locking_shift is None and segments.single_shift is None
        else _national_tables(segments.locking_shift, segments.single_shift)
    )
    units = []
    for part in segments.parts:
        costs = _costs(part, tables)
        if _OUTSIDE in costs:
            raise ValueError("the parts do not fit the tables the result names")
        units.append(len(part) + costs.count(1))
    return tuple(units)


def count_binary_segments(
    payload: bytes, *, data_coding: int = 0, esm_class: int = 0
) -> BinarySegments:
    """Count the SMS parts a binary payload needs and cut it into them.

    This counts; it does not validate (`smscodec._spec.rules` does). What it makes of a payload
    that breaks the rules: an octet above 0x7F in a septet coding is still one septet; a
    trailing odd octet in UCS-2 is one more octet; a UDH length beyond the payload counts
    the octets that are there as header. Raises ValueError only for data_coding or esm_class
    outside 0..255.
    """
    for name, value in (("data_coding", data_coding), ("esm_class", esm_class)):
        if not 0 <= value <= 255:
            raise ValueError(f"{name} must be an integer from 0 to 255, not {value!r}")
    payload = bytes(payload)
    encoding: Literal["GSM7", "UCS2", "BINARY"]
    if data_coding in SEPTET_CODINGS:
        encoding, single, multi = "GSM7", GSM7_SINGLE, GSM7_MULTI
    elif data_coding == UCS2_CODING:
        encoding, single, multi = "UCS2", OCTETS_SINGLE, OCTETS_MULTI
    else:
        encoding, single, multi = "BINARY", OCTETS_SINGLE, OCTETS_MULTI

    if esm_class & UDHI:
        # The sender built the header, so it concatenates itself: this is one SMS, and the
        # validator refuses it when it does not fit (DESIGN, wire rules).
        units = len(payload)
        if encoding == "GSM7" and payload:
            header = min(payload[0] + 1, len(payload))
            units += (header * 8 + 6) // 7 - header  # the header's septets, with fill bits
        return BinarySegments(encoding, 1, units, single, (payload,))

    size = len(payload)
    if size <= single:
        return BinarySegments(encoding, 1, size, single, (payload,))
    if encoding == "UCS2":
        parts = _ucs2_octet_parts(payload)
    elif data_coding == _GSM_DEFAULT_CODING and _ESCAPE in payload:
        parts = _split(payload, _escape_stream(payload), GSM7_MULTI)
    else:
        parts = _chunks(payload, multi)
    return BinarySegments(encoding, len(parts), size, multi, parts)


_ESCAPE_ONLY: Final = bytes(_ESCAPE if i == _ESCAPE else 0 for i in range(256))
# Escape sequences pair from the left: an escape takes the septet after it, even another
# escape (0x1B 0x1B is reserved for a further table, TS 23.038 6.2.1.1). A final lone escape
# has nothing to keep, so it stays a one-unit septet.
_ESCAPE_PAIR: Final = re.compile(rb"\x1b[\x00\x1b]")
# In a payload every octet is its own element, so the pair's second unit is not SECOND.
_ESCAPE_SEQUENCE: Final = bytes((_FIRST, 0))


def _escape_stream(payload: bytes) -> bytes:
    return _ESCAPE_PAIR.sub(_ESCAPE_SEQUENCE, payload.translate(_ESCAPE_ONLY))


def _ucs2_octet_parts(payload: bytes) -> tuple[bytes, ...]:
    """Parts of 134 octets, one code unit fewer where a high surrogate (big-endian
    0xD800-0xDBFF) would be cut from the low surrogate (0xDC00-0xDFFF) that follows it."""
    parts: list[bytes] = []
    size = len(payload)
    start = 0
    while size - start > OCTETS_MULTI:
        end = start + OCTETS_MULTI
        if 0xD8 <= payload[end - 2] <= 0xDB and 0xDC <= payload[end] <= 0xDF:
            end -= 2
        parts.append(payload[start:end])
        start = end
    parts.append(payload[start:])
    return tuple(parts)
