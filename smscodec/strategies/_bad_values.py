"""Wrong values for one field each: senders, destinations, hex strings and payloads that break
one rule, and integers and strings of the wrong range or type."""

from __future__ import annotations

import functools
from typing import Any, Final

from hypothesis import strategies as st

from ._addresses import destination_numbers, senders
from ._binary import _CODINGS, _SEPTET_CODINGS, _UCS2_CODING, _body_room, _octets, user_data_headers
from ._facts import _ALNUM, _DIGITS, _LETTERS, _MAX_PARTS, _OCTETS_MULTI, _UCS2_MULTI, _UDHI

_PUNCTUATION: Final = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~é€"
_NOT_HEX: Final = "gGxXzZ:-_.,;/é€😀"
_UNKNOWN_XML_KEYS: Final = ("foo", "From", "sender", "data_coding", "bulkId", "x-y", "message")
_UNKNOWN_JSON_KEYS: Final = (*_UNKNOWN_XML_KEYS, "a/b", "~1", "", "ü😀", " from", "messages")
_NOT_INTEGER_XML: Final = ("8.0", "eight", "0x10", "1e2", "8 8", "\u0663", "--1")


@functools.cache
@st.composite
def _bad_sender(draw: st.DrawFn, code: str) -> str:
    good = draw(senders(optional=False))
    assert good is not None
    if code == "sender.character":
        at = draw(st.integers(0, len(good)))
        return good[:at] + draw(st.sampled_from(_PUNCTUATION)) + good[at:]
    if code == "sender.space":
        spaces = " " * draw(st.integers(1, 2))
        return draw(st.sampled_from((spaces + good, good + spaces)))
    # sender.length: too few or too many digits, or too many characters for an alphanumeric.
    kind = draw(st.sampled_from(("short digits", "long digits", "short", "long")))
    if kind == "short digits":
        return draw(st.text(_DIGITS, min_size=1, max_size=2))
    if kind == "long digits":
        return draw(st.text(_DIGITS, min_size=15, max_size=20))
    letter = draw(st.sampled_from(_LETTERS))
    if kind == "short":
        return letter + draw(st.text(st.sampled_from(_ALNUM), max_size=1))
    middle = draw(st.text(st.sampled_from(_ALNUM + " "), min_size=10, max_size=16))
    return letter + middle + draw(st.sampled_from(_ALNUM))


@functools.cache
@st.composite
def _bad_destination(draw: st.DrawFn, code: str) -> str:
    good = draw(destination_numbers())
    if code == "destination.format":
        # A '+' alone is allowed; a second one, or spacing or punctuation, is not.
        number = good.removeprefix("+")
        cut = draw(st.integers(1, len(number) - 1))
        mark = draw(st.sampled_from(("++", "+ ", " ", "-", "(", ".")))
        if mark == "++":
            return "++" + number
        return "+" + number[:cut] + mark + number[cut:] if mark == "+ " else (
            number[:cut] + mark + number[cut:]
        )
    if code == "destination.leading_zero":
        return draw(st.sampled_from(("00", "0", "+0", "+00"))) + good.removeprefix("+")
    short = st.integers(1, 6).flatmap(lambda n: st.integers(10 ** (n - 1), 10**n - 1))
    long = st.integers(16, 20).flatmap(lambda n: st.integers(10 ** (n - 1), 10**n - 1))
    return draw(st.sampled_from(("", "+"))) + str(draw(st.one_of(short, long)))


@st.composite
def _bad_hex(draw: st.DrawFn, code: str, good: str) -> str:
    pairs = good.split(" ")
    i = draw(st.integers(0, len(pairs) - 1))
    if code == "hex.odd_digit":
        pairs[i] = pairs[i][draw(st.integers(0, 1))]
        return " ".join(pairs)
    if code == "hex.not_hex":
        j = draw(st.integers(0, 1))
        pairs[i] = pairs[i][:j] + draw(st.sampled_from(_NOT_HEX)) + pairs[i][j + 1 :]
        return " ".join(pairs)
    if code == "hex.empty":
        return ""
    # hex.separator
    forms = ["leading", "trailing"] + (["double", "none"] if len(pairs) > 1 else [])
    form = draw(st.sampled_from(forms))
    if form == "leading":
        return " " + good
    if form == "trailing":
        return good + " "
    j = draw(st.integers(0, len(pairs) - 2))
    glue = "  " if form == "double" else ""
    return " ".join(pairs[:j]) + (" " if j else "") + pairs[j] + glue + " ".join(pairs[j + 1 :])


@functools.cache
@st.composite
def _bad_payload(draw: st.DrawFn, code: str) -> tuple[bytes, int, int]:
    """A payload, dataCoding and esmClass that break one binary payload rule."""
    udhi = draw(st.booleans())
    flags = draw(st.integers(0, 255)) & ~_UDHI
    if code == "binary.udh_length":
        rest = draw(st.binary(max_size=10))
        udhl = draw(st.integers(len(rest) + 1, 255))  # more header octets than follow
        return bytes([udhl]) + rest, draw(st.integers(0, 255)), flags | _UDHI
    if code == "binary.too_many_parts":
        coding = draw(st.sampled_from((4, 8, 245)))
        size = _OCTETS_MULTI * _MAX_PARTS + 2
        return draw(_octets(size, 0x20, 0x7E)), coding, flags
    header = draw(user_data_headers()) if udhi else b""
    esm = flags | _UDHI if udhi else flags
    if code == "binary.septet_range":
        coding = draw(st.sampled_from(sorted(_SEPTET_CODINGS)))
        body = bytearray(draw(_octets(draw(st.integers(1, 20)), 0, 0x7F)))
        body[draw(st.integers(0, len(body) - 1))] = draw(st.integers(0x80, 0xFF))
        return header + bytes(body), coding, esm
    if code == "binary.odd_length":
        size = 2 * draw(st.integers(0, 30)) + 1
        return header + draw(_octets(size)), _UCS2_CODING, esm
    # binary.udh_too_long: a header and a body that together overflow one SMS.
    header = draw(user_data_headers())
    coding = draw(st.sampled_from(_CODINGS))
    step = 2 if coding == _UCS2_CODING else 1
    size = _body_room(coding, len(header)) + step * draw(st.integers(1, 3))
    hi = 0x7F if coding in _SEPTET_CODINGS else 0xFF
    return header + draw(_octets(size, 0, hi)), coding, flags | _UDHI


_TEXT_TOO_LONG: Final = (
    "€" * (76 * _MAX_PARTS + 1),  # 76 escaped characters fill a 153-septet part
    "ç" * (_UCS2_MULTI * _MAX_PARTS + 1),
)


def _integers_out_of(lo: int, hi: int, xml: bool) -> st.SearchStrategy[Any]:
    out = st.one_of(
        st.sampled_from((lo - 1, hi + 1, 10**25, -(10**25))),
        st.integers(max_value=lo - 1),
        st.integers(min_value=hi + 1),
    )
    return out.map(str) if xml else out


def _not_integers(xml: bool) -> st.SearchStrategy[Any]:
    if xml:
        return st.sampled_from(_NOT_INTEGER_XML)
    return st.one_of(
        st.sampled_from((1.0, 0.5, 1e2, -0.0, True, False, "8", "0", "")),
        st.floats(allow_nan=False, allow_infinity=False),
    )


def _not_strings() -> st.SearchStrategy[Any]:
    return st.one_of(st.integers(), st.sampled_from((1.5, 41793026727, True, False)))
