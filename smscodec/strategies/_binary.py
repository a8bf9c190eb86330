"""Binary content: payloads valid for their dataCoding and esmClass, user data headers."""

from __future__ import annotations

import functools
from typing import Final

from hypothesis import strategies as st

from .._spec.models import BinaryContent
from ._facts import _GSM7_MULTI, _GSM7_SINGLE, _MAX_PARTS, _OCTETS_MULTI, _OCTETS_SINGLE, _UDHI

_CODINGS: Final = (0, 1, 8, 4, 245)
_SEPTET_CODINGS: Final = frozenset({0, 1})
_UCS2_CODING: Final = 8


@functools.cache
@st.composite
def _octets(draw: st.DrawFn, size: int, lo: int = 0, hi: int = 0xFF) -> bytes:
    """``size`` octets from ``lo`` to ``hi``: a few drawn ones at a drawn offset in a run of
    one drawn filler octet (few draws, whatever the size)."""
    if size == 0:
        return b""
    seed = bytes(draw(st.lists(st.integers(lo, hi), max_size=min(8, size))))
    filler = bytes([draw(st.integers(lo, hi))])
    at = draw(st.integers(0, size - len(seed)))
    return filler * at + seed + filler * (size - len(seed) - at)


@st.composite
def _information_element(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(("concat8", "concat16", "port16", "other")))
    if kind in ("concat8", "concat16"):
        total = draw(st.integers(1, 255))
        seq = draw(st.integers(1, total))
        if kind == "concat8":
            return bytes([0x00, 3, draw(st.integers(0, 255)), total, seq])
        ref = draw(st.integers(0, 0xFFFF))
        return bytes([0x08, 4, ref >> 8, ref & 0xFF, total, seq])
    if kind == "port16":
        ports = draw(st.binary(min_size=4, max_size=4))
        return bytes([0x05, 4]) + ports
    data = draw(st.binary(max_size=4))
    return bytes([draw(st.integers(0, 255)), len(data)]) + data


@functools.cache
def user_data_headers() -> st.SearchStrategy[bytes]:
    """A well-formed user data header: UDHL, then up to three information elements
    (concatenation with 8- or 16-bit reference, 16-bit ports, or any other IEI)."""
    return st.lists(_information_element(), max_size=3).map(
        lambda ies: bytes([sum(map(len, ies))]) + b"".join(ies)
    )


@functools.cache
def _multiples(step: int, lo: int, hi: int) -> st.SearchStrategy[int]:
    return st.integers(lo, hi).map(lambda n: n * step)


def _body_room(coding: int, header: int) -> int:
    """Octets a payload can hold after a ``header``-octet UDH and still be one SMS."""
    if coding in _SEPTET_CODINGS:
        return _GSM7_SINGLE - (header * 8 + 6) // 7
    if coding == _UCS2_CODING:
        return (_OCTETS_SINGLE - header) // 2 * 2
    return _OCTETS_SINGLE - header


@functools.cache
@st.composite
def _udh_payload(draw: st.DrawFn, coding: int) -> bytes:
    header = draw(user_data_headers())
    room = _body_room(coding, len(header))
    step = 2 if coding == _UCS2_CODING else 1
    size = draw(st.one_of(st.sampled_from((0, room)), _multiples(step, 0, room // step)))
    hi = 0x7F if coding in _SEPTET_CODINGS else 0xFF
    return header + draw(_octets(size, 0, hi))


@functools.cache
@st.composite
def _plain_payload(draw: st.DrawFn, coding: int, longest: bool) -> bytes:
    if coding in _SEPTET_CODINGS:
        single, multi, step, hi = _GSM7_SINGLE, _GSM7_MULTI, 1, 0x7F
    elif coding == _UCS2_CODING:
        single, multi, step, hi = _OCTETS_SINGLE, _OCTETS_MULTI, 2, 0xFF
    else:
        single, multi, step, hi = _OCTETS_SINGLE, _OCTETS_MULTI, 1, 0xFF
    ceiling = multi * _MAX_PARTS
    edges = (step, single, single + step, 2 * multi, 2 * multi + step) + (
        (ceiling,) if longest else ()
    )
    size = draw(st.one_of(st.sampled_from(edges), _multiples(step, 1, 160)))
    if size == ceiling:
        # At the ceiling, no escape (0x1B) or surrogate octet may move a part boundary.
        return draw(_octets(size, 0x20, 0x7E))
    return draw(_octets(size, 0, hi))


@functools.cache
@st.composite
def _binary_content(
    draw: st.DrawFn, data_coding: int | None, udhi: bool | None, longest: bool
) -> BinaryContent:
    coding = data_coding
    if coding is None:
        coding = draw(st.one_of(st.sampled_from(_CODINGS), st.integers(0, 255)))
    esm = draw(st.one_of(st.sampled_from((0, _UDHI, 0x03, _UDHI | 0x03)), st.integers(0, 255)))
    if udhi is not None:
        esm = esm | _UDHI if udhi else esm & ~_UDHI
    payload = draw(_udh_payload(coding) if esm & _UDHI else _plain_payload(coding, longest))
    return BinaryContent(hex=payload, data_coding=coding, esm_class=esm)


def binary_contents(
    *, data_coding: int | None = None, udhi: bool | None = None, longest: bool = True
) -> st.SearchStrategy[BinaryContent]:
    """The ``binary`` object: a payload valid for its ``dataCoding`` and ``esmClass``.

    Every class of dataCoding (0 GSM 7-bit and 1 IA5 with octets up to 0x7F, 8 UCS-2 with an
    even count, 4, 245 and any other as plain octets), sizes at the part boundaries, and, when
    esmClass has the UDHI bit (0x40), a well-formed user data header whose payload fills at
    most one SMS (exactly one, often). Pin ``data_coding`` or ``udhi`` to narrow it;
    ``longest=False`` leaves out the 255-part payloads (39015 septets, 34170 octets).
    """
    if data_coding is not None and not 0 <= data_coding <= 255:
        raise ValueError(f"data_coding must be from 0 to 255, not {data_coding}")
    return _binary_content(data_coding, udhi, longest)
