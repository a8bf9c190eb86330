"""Hypothesis strategies for every body of the SMS API, valid and invalid.

Importing this module (it needs the ``hypothesis`` extra) registers a strategy for every public
model, so ``st.from_type(Model)`` yields valid values::

    from hypothesis import given, strategies as st

    import smscodec.strategies  # noqa: F401  (registers the models)
    from smscodec import BinaryMultiRequest

    @given(st.from_type(BinaryMultiRequest))
    def test_my_encoder_round_trips(request: BinaryMultiRequest) -> None:
        assert my_decoder(my_encoder(request)) == request

Valid values reach the edges of the wire rules: senders of 3 and 14 digits or of 3 and 11
characters with inner spaces, 7- and 15-digit destinations, texts of exactly 160/161 GSM 7-bit
septets or 70/71 UCS-2 units (and the most 255 parts hold), extension characters, emoji and the
characters XML finds awkward (CR, tab, ``]]>``, ``<&>``), every class of ``dataCoding``, and
payloads with their own user data header. Every value can be carried by both formats: no text
holds a character XML 1.0 cannot carry (C0 controls other than tab, LF and CR, U+FFFE, U+FFFF,
surrogates), so ``decode(encode(x, format=f), type(x), format=f) == x`` must hold for both.

`invalid_bodies` draws `InvalidBody` values: encoded bodies, each broken by one wire-level
mutation, with the one issue code and JSON Pointer path a decoder must report::

    from smscodec.strategies import InvalidBody, invalid_bodies

    @given(invalid_bodies("json"))
    def test_my_gateway_refuses(bad: InvalidBody) -> None:
        response = my_gateway.post(bad.data, content_type="application/json")
        assert response.status == 400
"""

from __future__ import annotations

import builtins
import copy
import functools
import importlib.util
import json
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any, Final, Literal, TypeAlias

try:
    from hypothesis import assume
    from hypothesis import strategies as st
except ModuleNotFoundError as exc:  # pragma: no cover - depends on the installation
    raise ModuleNotFoundError(
        "smscodec.strategies needs Hypothesis: pip install 'smscodec[hypothesis]'"
    ) from exc
from lxml import etree

from .api import Format, encode
from .gsm import DEFAULT_ALPHABET, DEFAULT_EXTENSION
from .models import (
    BinaryContent,
    BinaryMessage,
    BinaryMultiRequest,
    BinarySingleRequest,
    RequestError,
    SentMessage,
    ServiceException,
    SmsResponse,
    Status,
    TextMessage,
    TextMultiRequest,
    TextSingleRequest,
)

__all__ = [
    "INVALID_BODY_CODES",
    "XML_UNSAFE_CHARACTERS",
    "AnyBody",
    "InvalidBody",
    "binary_contents",
    "binary_messages",
    "binary_multi_requests",
    "binary_single_requests",
    "destination_numbers",
    "destinations",
    "invalid_bodies",
    "request_errors",
    "senders",
    "sent_messages",
    "service_exceptions",
    "sized_texts",
    "sms_responses",
    "statuses",
    "text_messages",
    "text_multi_requests",
    "text_single_requests",
    "texts",
    "user_data_headers",
    "valid_bodies",
    "xml_safe_strings",
]

#: A top-level body: what `smscodec.encode` and `smscodec.decode` take and give.
AnyBody: TypeAlias = (
    TextMultiRequest
    | BinaryMultiRequest
    | TextSingleRequest
    | BinarySingleRequest
    | SmsResponse
    | RequestError
)

# The status groups and the part capacities are DESIGN's, restated here rather than imported
# from the package, so that the strategies do not take the code under test at its word; the
# GSM alphabets come from `smscodec.gsm`, the one place they are written.

# Status groups of the API: groupId to groupName (DESIGN, wire rules).
_STATUS_GROUPS: Final = {
    0: "ACCEPTED",
    1: "PENDING",
    2: "UNDELIVERABLE",
    3: "DELIVERED",
    4: "EXPIRED",
    5: "REJECTED",
}

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
_DIGITS: Final = "0123456789"
_LETTERS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_ALNUM: Final = _LETTERS + _DIGITS

_INT64: Final = (-(2**63), 2**63 - 1)

# Units per SMS, single and per concatenated part (DESIGN, segment counting).
_GSM7_SINGLE: Final = 160
_GSM7_MULTI: Final = 153
_UCS2_SINGLE: Final = 70
_UCS2_MULTI: Final = 67
_OCTETS_SINGLE: Final = 140
_OCTETS_MULTI: Final = 134
_MAX_PARTS: Final = 255
_UDHI: Final = 0x40


# Strategies drawn inside composites are built once (functools.cache): Hypothesis validates
# every new strategy object on its first draw, which would otherwise happen on every draw.


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


# --- senders and destinations ---------------------------------------------------------------


@functools.cache
def _sizes(lo: int, hi: int) -> st.SearchStrategy[int]:
    """A size from ``lo`` to ``hi``, with both ends drawn often."""
    return st.one_of(st.sampled_from((lo, hi)), st.integers(lo, hi))


@functools.cache
def _sender_inner() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(_ALNUM), st.sampled_from(_ALNUM), st.just(" "))


@st.composite
def _numeric_senders(draw: st.DrawFn) -> str:
    size = draw(_sizes(3, 14))
    return draw(st.text(_DIGITS, min_size=size, max_size=size))


@st.composite
def _alphanumeric_senders(draw: st.DrawFn) -> str:
    size = draw(_sizes(3, 11))
    inner = _sender_inner()
    chars = [draw(st.sampled_from(_ALNUM))]
    chars += draw(st.lists(inner, min_size=size - 2, max_size=size - 2))
    chars.append(draw(st.sampled_from(_ALNUM)))
    if not any(c in _LETTERS for c in chars):
        at = draw(st.integers(0, size - 1))
        chars[at] = draw(st.sampled_from(_LETTERS))
    return "".join(chars)


def senders(*, optional: bool = True) -> st.SearchStrategy[str | None]:
    """``from``: absent (None, unless ``optional=False``), 3 to 14 digits, or 3 to 11 letters,
    digits and inner spaces with at least one letter; both length ends are drawn often."""
    return _senders(optional)


@functools.cache
def _senders(optional: bool) -> st.SearchStrategy[str | None]:
    numeric = _numeric_senders()
    present: st.SearchStrategy[str | None] = st.one_of(numeric, _alphanumeric_senders())
    return st.one_of(st.none(), present) if optional else present


def destination_numbers() -> st.SearchStrategy[str]:
    """One destination in international format: 7 to 15 digits, no leading 0, sometimes
    after a ``+`` (which the API accepts and echoes)."""
    return _destination_numbers()


@functools.cache
@st.composite
def _destination_numbers(draw: st.DrawFn) -> str:
    size = draw(_sizes(7, 15))
    plus = draw(st.sampled_from(("", "", "", "+")))
    return plus + str(draw(st.integers(10 ** (size - 1), 10**size - 1)))


def destinations(*, max_size: int = 5) -> st.SearchStrategy[tuple[str, ...]]:
    """A request's ``to``: one to ``max_size`` destinations (one is written as a JSON string,
    several as an array)."""
    return st.lists(destination_numbers(), min_size=1, max_size=max_size).map(tuple)


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


# --- binary content -------------------------------------------------------------------------

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


# --- requests -------------------------------------------------------------------------------


def text_messages(
    *, max_destinations: int = 5, longest: bool = True
) -> st.SearchStrategy[TextMessage]:
    """One message of a text multi request (``longest``: see `texts`)."""
    return st.builds(
        TextMessage,
        to=destinations(max_size=max_destinations),
        text=texts(longest=longest),
        sender=senders(),
    )


def binary_messages(
    *, max_destinations: int = 5, longest: bool = True
) -> st.SearchStrategy[BinaryMessage]:
    """One message of a binary multi request (``longest``: see `binary_contents`)."""
    return st.builds(
        BinaryMessage,
        to=destinations(max_size=max_destinations),
        binary=binary_contents(longest=longest),
        sender=senders(),
    )


def text_multi_requests(
    *, max_messages: int = 3, max_destinations: int = 5, longest: bool = True
) -> st.SearchStrategy[TextMultiRequest]:
    """``POST /sms/1/text/multi`` bodies: one to ``max_messages`` text messages.

    ``longest=False`` leaves out the 255-part texts, for tests that must be quick."""
    one = text_messages(max_destinations=max_destinations, longest=longest)
    messages = st.lists(one, min_size=1, max_size=max_messages)
    return messages.map(lambda ms: TextMultiRequest(messages=tuple(ms)))


def binary_multi_requests(
    *, max_messages: int = 3, max_destinations: int = 5, longest: bool = True
) -> st.SearchStrategy[BinaryMultiRequest]:
    """``POST /sms/1/binary/multi`` bodies: one to ``max_messages`` binary messages.

    ``longest=False`` leaves out the 255-part payloads, for tests that must be quick."""
    one = binary_messages(max_destinations=max_destinations, longest=longest)
    messages = st.lists(one, min_size=1, max_size=max_messages)
    return messages.map(lambda ms: BinaryMultiRequest(messages=tuple(ms)))


def text_single_requests(
    *, max_destinations: int = 5, longest: bool = True
) -> st.SearchStrategy[TextSingleRequest]:
    """``POST /sms/1/text/single`` bodies (``longest``: see `texts`)."""
    return st.builds(
        TextSingleRequest,
        to=destinations(max_size=max_destinations),
        text=texts(longest=longest),
        sender=senders(),
    )


def binary_single_requests(
    *, max_destinations: int = 5, longest: bool = True
) -> st.SearchStrategy[BinarySingleRequest]:
    """``POST /sms/1/binary/single`` bodies (``longest``: see `binary_contents`)."""
    return st.builds(
        BinarySingleRequest,
        to=destinations(max_size=max_destinations),
        binary=binary_contents(longest=longest),
        sender=senders(),
    )


# --- responses ------------------------------------------------------------------------------


@functools.cache
def _int64() -> st.SearchStrategy[int]:
    return st.one_of(st.integers(0, 10), st.sampled_from(_INT64), st.integers(*_INT64))


@st.composite
def _consistent_status_group(draw: st.DrawFn) -> tuple[int, str]:
    group = draw(st.sampled_from(sorted(_STATUS_GROUPS)))
    case = draw(st.sampled_from((str.upper, str.lower, str.title)))
    return group, case(_STATUS_GROUPS[group])


@st.composite
def _any_status_group(draw: st.DrawFn) -> tuple[int, str]:
    group_id = draw(st.one_of(st.sampled_from(sorted(_STATUS_GROUPS)), _int64()))
    names = st.sampled_from(sorted(_STATUS_GROUPS.values()))
    name = draw(st.one_of(names, _xml_safe_strings(0, 5)))
    return group_id, name


@functools.cache
@st.composite
def _status(draw: st.DrawFn, consistent: bool) -> Status:
    group_id, group_name = draw(_consistent_status_group() if consistent else _any_status_group())
    # Consistent statuses are for strict decoding, which demands every label.
    label = _xml_safe_strings(0, 5) if consistent else st.one_of(st.none(), _xml_safe_strings(0, 5))
    return Status(
        group_id=group_id,
        group_name=group_name if consistent or draw(st.booleans()) else None,
        id=draw(_int64()),
        name=draw(st.one_of(st.just("PENDING_ENROUTE"), label)),
        description=draw(label),
        action=draw(st.one_of(st.none(), _xml_safe_strings(0, 5))),
    )


def statuses(*, consistent: bool = False) -> st.SearchStrategy[Status]:
    """A message status: any group (or, with ``consistent=True``, a groupId and groupName of
    the same known group, in any case, as ``decode(..., strict=True)`` demands), any 64-bit
    ids, any XML-safe strings, and ``action`` present or absent. Without ``consistent`` the
    labels a tolerant decode may miss (groupName, name, description) are sometimes absent."""
    return _status(consistent)


def sent_messages(*, strict: bool = False) -> st.SearchStrategy[SentMessage]:
    """One destination's entry in a response. ``strict=True``: also valid under
    ``decode(..., strict=True)`` (consistent status, ``smsCount`` of at least 1)."""
    count = (
        st.one_of(st.sampled_from((1, 2, _MAX_PARTS)), st.integers(1, _INT64[1]))
        if strict
        else _int64()
    )
    to = st.one_of(destination_numbers(), xml_safe_strings())
    return st.builds(
        SentMessage,
        # Without strict, ``to`` and ``smsCount`` are sometimes absent, as newer servers write.
        to=to if strict else st.one_of(st.none(), to),
        status=statuses(consistent=strict),
        sms_count=count if strict else st.one_of(st.none(), count),
        message_id=xml_safe_strings(),
    )


def sms_responses(*, strict: bool = False, max_messages: int = 3) -> st.SearchStrategy[SmsResponse]:
    """Responses: zero to ``max_messages`` entries, ``bulkId`` present or absent. With
    ``strict=True`` they also decode under ``strict=True``."""
    messages = st.lists(sent_messages(strict=strict), max_size=max_messages).map(tuple)
    return st.builds(
        SmsResponse, messages=messages, bulk_id=st.one_of(st.none(), xml_safe_strings())
    )


def service_exceptions() -> st.SearchStrategy[ServiceException]:
    """The ``serviceException`` of an error body."""
    messages = st.lists(xml_safe_strings(), max_size=3).map(tuple)
    return st.builds(
        ServiceException,
        message_id=st.one_of(st.just("BAD_REQUEST"), xml_safe_strings()),
        text=st.one_of(xml_safe_strings(), st.none()),
        validation_errors=st.one_of(
            st.none(), st.dictionaries(xml_safe_strings(), messages, max_size=3)
        ),
    )


def request_errors() -> st.SearchStrategy[RequestError]:
    """The API's error body."""
    return st.builds(RequestError, service_exception=service_exceptions())


# --- all bodies -----------------------------------------------------------------------------


def _tagged(model: type[Any], values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return values.map(lambda value: (model, value))


def valid_bodies(*, longest: bool = True) -> st.SearchStrategy[tuple[type[AnyBody], AnyBody]]:
    """``(model_type, value)`` for every top-level body, ready for ``encode`` and ``decode``::

        @given(valid_bodies(), st.sampled_from(["json", "xml"]))
        def test_round_trip(body, fmt):
            model, value = body
            assert decode(encode(value, format=fmt), model, format=fmt) == value

    ``longest=False`` leaves out the 255-part texts and payloads.
    """
    return st.one_of(
        _tagged(TextMultiRequest, text_multi_requests(longest=longest)),
        _tagged(BinaryMultiRequest, binary_multi_requests(longest=longest)),
        _tagged(TextSingleRequest, text_single_requests(longest=longest)),
        _tagged(BinarySingleRequest, binary_single_requests(longest=longest)),
        _tagged(SmsResponse, sms_responses()),
        _tagged(RequestError, request_errors()),
    )


# --- invalid bodies -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class InvalidBody:
    """An encoded body broken by one wire-level mutation of a valid one.

    Decoding ``data`` as ``type`` in ``format`` must raise a `ValidationError` whose issues are
    exactly one: ``code`` at ``path`` (a JSON Pointer; in an error body, relative to the
    ``requestError`` object, as smscodec reports it). ``mutation`` says what was changed.
    """

    type: builtins.type[AnyBody]
    format: Format
    data: bytes
    code: str
    path: str
    mutation: str = ""


_Step: TypeAlias = str | int
_Path: TypeAlias = tuple[_Step, ...]


def _pointer(path: _Path) -> str:
    return "".join("/" + str(s).replace("~", "~0").replace("/", "~1") for s in path)


class _Twice:
    """A JSON member written twice (a repeated key), which `json` itself cannot write."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value


def _dump_json(value: object) -> str:
    if isinstance(value, dict):
        members: list[str] = []
        for key, item in value.items():
            name = json.dumps(key, ensure_ascii=False)
            if isinstance(item, _Twice):
                members += [name + ":" + _dump_json(item.value)] * 2
            else:
                members.append(name + ":" + _dump_json(item))
        return "{" + ",".join(members) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_dump_json(item) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False)


class _JsonDoc:
    """A JSON body as `json.loads` gives it, edited at paths of the validator's tree."""

    def __init__(self, data: bytes, wrapper: str | None) -> None:
        self.tree: Any = json.loads(data)
        self.wrapper = wrapper

    def _at(self, path: _Path) -> Any:
        node = self.tree[self.wrapper] if self.wrapper else self.tree
        for step in path:
            node = node[step]
        return node

    def has(self, path: _Path) -> bool:
        try:
            self._at(path)
        except (KeyError, IndexError):
            return False
        return True

    def is_list(self, path: _Path) -> bool:
        return isinstance(self._at(path), list)

    def length(self, path: _Path) -> int:
        return len(self._at(path))

    def text(self, path: _Path) -> str:
        value = self._at(path)
        assert isinstance(value, str)
        return value

    def set(self, path: _Path, value: object) -> None:
        self._at(path[:-1])[path[-1]] = value

    def delete(self, path: _Path) -> None:
        del self._at(path[:-1])[path[-1]]

    def duplicate(self, path: _Path) -> None:
        parent = self._at(path[:-1])
        parent[path[-1]] = _Twice(parent[path[-1]])

    def keys(self, path: _Path) -> list[str]:
        return list(self._at(path))

    def clear(self, path: _Path) -> None:
        self.set(path, [])

    def add(self, path: _Path, key: str, value: object) -> None:
        self._at(path)[key] = value

    def dump(self) -> bytes:
        return _dump_json(self.tree).encode("utf-8")


_XML_PARSER: Final = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, strip_cdata=True
)


class _XmlDoc:
    """An XML body as lxml reads it, edited at paths of the validator's tree: a name step is
    the first child element of that name, an index step the n-th child element of a list."""

    def __init__(self, data: bytes) -> None:
        self.root = etree.fromstring(data, _XML_PARSER)
        self.declaration = data.lstrip().startswith(b"<?xml")

    @staticmethod
    def _children(element: etree._Element) -> list[etree._Element]:
        return [c for c in element if isinstance(c.tag, str)]

    def _at(self, path: _Path) -> etree._Element:
        node = self.root
        for step in path:
            if isinstance(step, int):
                node = self._children(node)[step]
            else:
                found = next((c for c in self._children(node) if c.tag == step), None)
                if found is None:
                    raise KeyError(step)
                node = found
        return node

    def has(self, path: _Path) -> bool:
        try:
            self._at(path)
        except (KeyError, IndexError):
            return False
        return True

    def is_list(self, path: _Path) -> bool:
        return bool(self._children(self._at(path)))

    def length(self, path: _Path) -> int:
        return len(self._children(self._at(path)))

    def text(self, path: _Path) -> str:
        return "".join(str(t) for t in self._at(path).itertext())

    def set(self, path: _Path, value: object) -> None:
        assert isinstance(value, str)
        if self.has(path):
            element = self._at(path)
            for child in list(element):
                element.remove(child)
        else:
            element = etree.SubElement(self._at(path[:-1]), str(path[-1]))
        element.text = value

    def delete(self, path: _Path) -> None:
        element = self._at(path)
        parent = element.getparent()
        assert parent is not None
        parent.remove(element)

    def duplicate(self, path: _Path) -> None:
        element = self._at(path)
        element.addnext(copy.deepcopy(element))

    def clear(self, path: _Path) -> None:
        element = self._at(path)
        for child in list(element):
            element.remove(child)
        element.text = None

    def add(self, path: _Path, key: str, value: object) -> None:
        assert isinstance(value, str)
        etree.SubElement(self._at(path), key).text = value

    def dump(self) -> bytes:
        return etree.tostring(self.root, encoding="utf-8", xml_declaration=self.declaration)


_Doc: TypeAlias = _JsonDoc | _XmlDoc


@dataclass(frozen=True, slots=True)
class _Plan:
    code: str
    what: str
    apply: Callable[[st.DrawFn, _Doc], _Path]


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


def _set(path: _Path, values: st.SearchStrategy[Any]) -> Callable[[st.DrawFn, _Doc], _Path]:
    def apply(draw: st.DrawFn, doc: _Doc) -> _Path:
        doc.set(path, draw(values))
        return path

    return apply


def _delete(path: _Path) -> Callable[[st.DrawFn, _Doc], _Path]:
    def apply(draw: st.DrawFn, doc: _Doc) -> _Path:
        doc.delete(path)
        return path

    return apply


def _duplicate(path: _Path) -> Callable[[st.DrawFn, _Doc], _Path]:
    def apply(draw: st.DrawFn, doc: _Doc) -> _Path:
        doc.duplicate(path)
        return path

    return apply


def _clear(path: _Path) -> Callable[[st.DrawFn, _Doc], _Path]:
    def apply(draw: st.DrawFn, doc: _Doc) -> _Path:
        doc.clear(path)
        return path

    return apply


def _add_unknown(
    path: _Path, known: Collection[str], xml: bool
) -> Callable[[st.DrawFn, _Doc], _Path]:
    names = [k for k in (_UNKNOWN_XML_KEYS if xml else _UNKNOWN_JSON_KEYS) if k not in known]

    def apply(draw: st.DrawFn, doc: _Doc) -> _Path:
        key = draw(st.sampled_from(names))
        value: object = draw(xml_safe_strings(max_fragments=2))
        if not xml:
            value = draw(st.sampled_from((value, 1, None, [], {"x": True})))
        doc.add(path, key, value)
        return (*path, key)

    return apply


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


def _integer_plans(path: _Path, lo: int, hi: int, xml: bool) -> list[_Plan]:
    return [
        _Plan("integer.range", f"{_pointer(path)} out of range",
              _set(path, _integers_out_of(lo, hi, xml))),
        _Plan("type.integer", f"{_pointer(path)} not an integer", _set(path, _not_integers(xml))),
    ]


def _request_plans(doc: _Doc, model: type[Any], xml: bool) -> list[_Plan]:
    plans: list[_Plan] = []
    binary = model in (BinaryMultiRequest, BinarySingleRequest)
    content = "binary" if binary else "text"
    if model in (TextMultiRequest, BinaryMultiRequest):
        root_known: tuple[str, ...] = ("messages",)
        plans += [
            _Plan("messages.empty", "messages emptied", _clear(("messages",))),
            _Plan("field.missing", "messages removed", _delete(("messages",))),
        ]
        if not xml:
            plans.append(_Plan("type.array", "messages not an array",
                               _set(("messages",), st.sampled_from(({}, "x", 1)))))
        places: list[_Path] = [("messages", i) for i in range(doc.length(("messages",)))]
    else:
        root_known = ("from", "to", content)
        places = [()]
    plans.append(_Plan("field.unknown", "unknown field at the top", _add_unknown((), root_known,
                                                                                 xml)))
    for at in places:
        sender, to = (*at, "from"), (*at, "to")
        for code in ("sender.character", "sender.length", "sender.space"):
            plans.append(_Plan(code, f"{_pointer(sender)} broken", _set(sender, _bad_sender(code))))
        if not xml:
            plans.append(_Plan("type.string", f"{_pointer(sender)} a number",
                               _set(sender, _not_strings())))
        if doc.is_list(to):
            targets: list[_Path] = [(*to, k) for k in range(doc.length(to))]
        else:
            targets = [to]
        for target in targets:
            for code in ("destination.format", "destination.leading_zero", "destination.length"):
                plans.append(_Plan(code, f"{_pointer(target)} broken",
                                   _set(target, _bad_destination(code))))
            if not xml:
                code = "type.string" if target != to else "type.destinations"
                plans.append(_Plan(code, f"{_pointer(target)} a number",
                                   _set(target, _not_strings())))
        if not xml:
            plans.append(_Plan("to.empty", f"{_pointer(to)} emptied", _set(to, st.just([]))))
        plans.append(_Plan("field.missing", f"{_pointer(to)} removed", _delete(to)))
        plans.append(_Plan("field.unknown", f"unknown field in {_pointer(at)}",
                           _add_unknown(at, ("from", "to", content), xml)))
        # Repeated: any member (in XML, a repeated child element, the <to> wrapper too).
        leaves = [to, sender] if doc.has(sender) else [to]
        if binary:
            plans += _binary_plans(doc, (*at, "binary"), xml)
            leaves.append((*at, "binary"))
        else:
            text = (*at, "text")
            plans += [
                _Plan("text.empty", f"{_pointer(text)} emptied", _set(text, st.just(""))),
                _Plan("text.too_many_parts", f"{_pointer(text)} over 255 parts",
                      _set(text, st.sampled_from(_TEXT_TOO_LONG))),
                _Plan("field.missing", f"{_pointer(text)} removed", _delete(text)),
            ]
            if not xml:
                plans.append(_Plan("type.string", f"{_pointer(text)} a number",
                                   _set(text, _not_strings())))
            leaves.append(text)
        plans += [_Plan("field.duplicate", f"{_pointer(p)} repeated", _duplicate(p))
                  for p in leaves]
    return plans


def _binary_plans(doc: _Doc, at: _Path, xml: bool) -> list[_Plan]:
    hex_, coding, esm = (*at, "hex"), (*at, "dataCoding"), (*at, "esmClass")
    good = doc.text(hex_)
    plans = [
        _Plan(code, f"{_pointer(hex_)} broken", _set(hex_, _bad_hex(code, good)))
        for code in ("hex.odd_digit", "hex.not_hex", "hex.separator", "hex.empty")
    ]
    for code in (
        "binary.septet_range",
        "binary.odd_length",
        "binary.udh_length",
        "binary.udh_too_long",
        "binary.too_many_parts",
    ):
        plans.append(_Plan(code, f"{_pointer(at)} payload replaced", _payload(at, code, xml)))
    plans += _integer_plans(coding, 0, 255, xml) + _integer_plans(esm, 0, 255, xml)
    plans += [
        _Plan("field.missing", f"{_pointer(hex_)} removed", _delete(hex_)),
        _Plan("field.unknown", f"unknown field in {_pointer(at)}",
              _add_unknown(at, ("hex", "dataCoding", "esmClass"), xml)),
    ]
    plans += [_Plan("field.duplicate", f"{_pointer(p)} repeated", _duplicate(p))
              for p in (hex_, coding, esm) if doc.has(p)]
    if not xml:
        plans += [
            _Plan("type.string", f"{_pointer(hex_)} a number", _set(hex_, _not_strings())),
            _Plan("type.object", f"{_pointer(at)} not an object",
                  _set(at, st.sampled_from(("54 65", 1, [])))),
        ]
    return plans


def _payload(at: _Path, code: str, xml: bool) -> Callable[[st.DrawFn, _Doc], _Path]:
    def apply(draw: st.DrawFn, doc: _Doc) -> _Path:
        payload, coding, esm = draw(_bad_payload(code))
        doc.set((*at, "hex"), payload.hex(" "))
        doc.set((*at, "dataCoding"), str(coding) if xml else coding)
        doc.set((*at, "esmClass"), str(esm) if xml else esm)
        return (*at, "hex")

    return apply


def _response_plans(doc: _Doc, xml: bool) -> list[_Plan]:
    plans = [_Plan("field.missing", "messages removed", _delete(("messages",)))]
    strings: list[_Path] = [("bulkId",)]
    leaves: list[_Path] = [("bulkId",)] if doc.has(("bulkId",)) else []
    if not xml:
        plans.append(_Plan("type.array", "messages not an array",
                           _set(("messages",), st.sampled_from(({}, "x", 1)))))
    for i in range(doc.length(("messages",))):
        at: _Path = ("messages", i)
        status: _Path = (*at, "status")
        # Only what a tolerant decode demands (see bodies: the rest may be absent).
        for name in ("status", "messageId"):
            plans.append(_Plan("field.missing", f"{_pointer((*at, name))} removed",
                               _delete((*at, name))))
        for name in ("groupId", "id"):
            plans.append(_Plan("field.missing", f"{_pointer((*status, name))} removed",
                               _delete((*status, name))))
        for path in ((*at, "smsCount"), (*status, "groupId"), (*status, "id")):
            if doc.has(path):
                plans += _integer_plans(path, *_INT64, xml)
                leaves.append(path)
        names = [(*at, "messageId")] + [
            p for p in [(*at, "to")] + [
                (*status, n) for n in ("groupName", "name", "description", "action")
            ] if doc.has(p)
        ]
        strings += names
        leaves += names
        if not xml:
            plans.append(_Plan("type.object", f"{_pointer(status)} not an object",
                               _set(status, st.sampled_from(("x", 1, [])))))
    if not xml:
        plans += [_Plan("type.string", f"{_pointer(p)} a number", _set(p, _not_strings()))
                  for p in strings]
    plans += [_Plan("field.duplicate", f"{_pointer(p)} repeated", _duplicate(p)) for p in leaves]
    return plans


def _error_plans(doc: _Doc, xml: bool) -> list[_Plan]:
    at: _Path = ("serviceException",)
    plans = [_Plan("field.missing", f"{_pointer(p)} removed", _delete(p))
             for p in (at, (*at, "messageId"))]
    strings = [p for p in ((*at, "messageId"), (*at, "text")) if doc.has(p)]
    plans += [_Plan("field.duplicate", f"{_pointer(p)} repeated", _duplicate(p))
              for p in strings]
    if not xml:
        plans += [_Plan("type.string", f"{_pointer(p)} a number", _set(p, _not_strings()))
                  for p in strings]
        plans.append(_Plan("type.object", f"{_pointer(at)} not an object",
                           _set(at, st.sampled_from(("x", 1, [])))))
        errors: _Path = (*at, "validationErrors")
        if doc.has(errors):
            plans.append(_Plan("type.object", f"{_pointer(errors)} not an object",
                               _set(errors, st.sampled_from(("x", 1, [])))))
            assert isinstance(doc, _JsonDoc)
            for key in doc.keys(errors)[:1]:
                member: _Path = (*errors, key)
                plans.append(_Plan("type.array", f"{_pointer(member)} not an array",
                                   _set(member, st.sampled_from(("x", 1, {})))))
                if doc.length(member):
                    plans.append(_Plan("type.string", f"{_pointer((*member, 0))} a number",
                                       _set((*member, 0), _not_strings())))
    return plans


def _plans(doc: _Doc, model: type[Any], xml: bool) -> list[_Plan]:
    if model is SmsResponse:
        return _response_plans(doc, xml)
    if model is RequestError:
        return _error_plans(doc, xml)
    return _request_plans(doc, model, xml)


#: Every issue code `invalid_bodies` can draw, by format.
INVALID_BODY_CODES: Final[dict[Format, frozenset[str]]] = {
    "json": frozenset(
        {
            "sender.character", "sender.length", "sender.space",
            "destination.format", "destination.leading_zero", "destination.length",
            "to.empty", "text.empty", "text.too_many_parts",
            "hex.odd_digit", "hex.not_hex", "hex.separator", "hex.empty",
            "binary.septet_range", "binary.odd_length", "binary.udh_length",
            "binary.udh_too_long", "binary.too_many_parts",
            "integer.range", "type.integer", "type.string", "type.destinations",
            "type.object", "type.array",
            "field.unknown", "field.missing", "field.duplicate", "messages.empty",
        }
    ),
    "xml": frozenset(
        {
            "sender.character", "sender.length", "sender.space",
            "destination.format", "destination.leading_zero", "destination.length",
            "text.empty", "text.too_many_parts",
            "hex.odd_digit", "hex.not_hex", "hex.separator", "hex.empty",
            "binary.septet_range", "binary.odd_length", "binary.udh_length",
            "binary.udh_too_long", "binary.too_many_parts",
            "integer.range", "type.integer",
            "field.unknown", "field.missing", "field.duplicate", "messages.empty",
        }
    ),
}

_TEXT: Final = (TextMultiRequest, TextSingleRequest)
_BINARY: Final = (BinaryMultiRequest, BinarySingleRequest)
_REQUESTS: Final = (*_TEXT, *_BINARY)
_EVERY: Final = (*_REQUESTS, SmsResponse, RequestError)


def _offered_by(code: str) -> tuple[type[Any], ...]:
    """The bodies whose mutations can give ``code``."""
    family = code.split(".")[0]
    if family in ("hex", "binary"):
        return _BINARY
    if family == "text":
        return _TEXT
    if family in ("sender", "destination", "to") or code in ("field.unknown",
                                                              "type.destinations"):
        return _REQUESTS
    if code == "messages.empty":
        return (TextMultiRequest, BinaryMultiRequest)
    if code == "type.array":
        return (TextMultiRequest, BinaryMultiRequest, SmsResponse, RequestError)
    if code in ("integer.range", "type.integer"):
        return (*_BINARY, SmsResponse)
    if code == "type.object":
        return (*_BINARY, SmsResponse, RequestError)
    return _EVERY  # type.string, field.missing, field.duplicate


@functools.cache
def _base(model: type[Any]) -> st.SearchStrategy[Any]:
    """Small valid bodies to break: few messages and destinations, no 255-part values."""
    small: dict[str, Any] = {"max_destinations": 3, "longest": False}
    if model is TextMultiRequest:
        return text_multi_requests(max_messages=2, **small)
    if model is BinaryMultiRequest:
        return binary_multi_requests(max_messages=2, **small)
    if model is TextSingleRequest:
        return text_single_requests(**small)
    if model is BinarySingleRequest:
        return binary_single_requests(**small)
    if model is SmsResponse:
        entries = st.lists(sent_messages(), min_size=1, max_size=2).map(tuple)
        return st.builds(SmsResponse, messages=entries, bulk_id=st.one_of(st.none(),
                                                                          xml_safe_strings()))
    return request_errors()


def _xml_available() -> bool:
    return importlib.util.find_spec("smscodec.xmlcodec") is not None


@st.composite
def _invalid_body(draw: st.DrawFn, fmt: Format | None, codes: frozenset[str]) -> InvalidBody:
    if fmt is None:
        usable: list[Format] = ["json", "xml"] if _xml_available() else ["json"]
        return draw(_invalid_body(
            draw(st.sampled_from([f for f in usable if codes & INVALID_BODY_CODES[f]])), codes
        ))
    # The code first, then a body that can give it, then where: every code is as likely,
    # however many bodies and places give it.
    code = draw(st.sampled_from(sorted(codes & INVALID_BODY_CODES[fmt])))
    model = draw(st.sampled_from(_offered_by(code)))
    value = draw(_base(model))
    data = encode(value, format=fmt)
    xml = fmt == "xml"
    wrapper = "requestError" if model is RequestError else None
    doc: _Doc = _XmlDoc(data) if xml else _JsonDoc(data, wrapper)
    plans = [p for p in _plans(doc, model, xml) if p.code == code]
    assume(bool(plans))  # never expected to fail: _offered_by and _plans agree
    plan = draw(st.sampled_from(plans))
    path = plan.apply(draw, doc)
    # Paths point into the whole document: an error body's start under its wrapper key.
    prefix = "/requestError" if model is RequestError else ""
    return InvalidBody(
        type=model, format=fmt, data=doc.dump(), code=plan.code, path=prefix + _pointer(path),
        mutation=plan.what,
    )


def invalid_bodies(
    format: Format | None = None, *, codes: Collection[str] | None = None
) -> st.SearchStrategy[InvalidBody]:
    """Encoded bodies broken by one wire-level mutation, each with the one issue it must raise.

    Each draw encodes a valid body with `smscodec.encode` (``format``, or either format this
    installation can write when None) and changes one thing: a sender with punctuation, too
    long or with a leading space; a destination with ``+``, a leading ``0``/``00`` or a wrong
    length; an empty ``to`` (JSON), ``text`` or ``messages``; a broken hex string; a payload
    that breaks its dataCoding or user data header; an integer out of range or not an integer;
    a number where a string belongs (JSON); a field unknown, missing or repeated. Only
    mutations that cause exactly one issue are drawn, so check all issues::

        @given(invalid_bodies("json"))
        def test_refused(bad: InvalidBody) -> None:
            with pytest.raises(ValidationError) as caught:
                decode(bad.data, bad.type, format=bad.format)
            assert [(i.path, i.code) for i in caught.value.issues] == [(bad.path, bad.code)]

    ``codes`` narrows the draw to those issue codes (see `INVALID_BODY_CODES`). A destination
    issue is at ``/messages/0/to/1`` when ``to`` is an array (always so in XML, which writes
    the nested form) and at ``/messages/0/to`` when it is a string. Paths in an error body
    start with ``/requestError`` in both formats, as in the JSON document.
    """
    formats: tuple[Format, ...] = (format,) if format is not None else ("json", "xml")
    known = frozenset().union(*(INVALID_BODY_CODES[f] for f in formats))
    wanted = known if codes is None else frozenset(codes)
    unknown = wanted - known
    if unknown or not wanted:
        raise ValueError(f"no mutation gives {sorted(unknown) or 'no codes'} in {formats}")
    return _invalid_body(format, wanted)


# --- registration ---------------------------------------------------------------------------

for _model, _strategy in (
    (TextMultiRequest, text_multi_requests()),
    (BinaryMultiRequest, binary_multi_requests()),
    (TextSingleRequest, text_single_requests()),
    (BinarySingleRequest, binary_single_requests()),
    (TextMessage, text_messages()),
    (BinaryMessage, binary_messages()),
    (BinaryContent, binary_contents()),
    (SmsResponse, sms_responses()),
    (SentMessage, sent_messages()),
    (Status, statuses()),
    (RequestError, request_errors()),
    (ServiceException, service_exceptions()),
):
    st.register_type_strategy(_model, _strategy)
del _model, _strategy
