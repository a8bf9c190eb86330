"""The rules for binary messages: the hex payload, and the body check of payload, dataCoding and
esmClass together (header length, septet range, the parts it costs)."""

from __future__ import annotations

import re
from typing import Any, Final

from ..._core.frozenmap import FrozenMap
from ..._core.issue_codes import IssueCode
from ..._core.limits import Limits
from ..._core.report import Loc, Report
from ..._core.tree import show
from ..._sms.segments import (
    MAX_PARTS,
    OCTETS_MULTI,
    SEPTET_CODINGS,
    UCS2_CODING,
    UDHI,
    count_binary_segments,
)
from ..vocabulary import BodyCheck, FieldRule
from .common import INVALID, _Invalid, type_issue

__all__ = ["BINARY_CONTENT", "HEX", "hex_fits", "hex_octets", "parse_hex", "payload_ok", "udh_fits"]


# --- hex ------------------------------------------------------------------------------------

def hex_octets(value: object, r: Report, parent: Loc, key: str | int) -> object:
    """``binary.hex``: bytes as two hex digits each (either case), single spaces between."""
    if type(value) is not str:
        return type_issue(r, parent, key, IssueCode.TYPE_STRING, "a string", value)
    n = (len(value) + 1) // 3
    if not hex_fits(value, r.limits):
        r.add(
            (parent, key),
            IssueCode.LIMIT_PAYLOAD,
            f"holds about {n} octets; at most {r.limits.max_payload_octets} are accepted",
        )
        return INVALID
    octets = parse_hex(value)
    if octets is not None:
        return octets
    return _hex_problem(value, r, (parent, key))


def hex_fits(v: str, L: Limits) -> bool:
    """What `HEX` checks before it parses: short enough for `Limits.max_payload_octets`."""
    return len(v) < 3 * L.max_payload_octets


def parse_hex(value: str) -> bytes | None:
    """The octets of ``"xx xx xx"`` (two hex digits each, single spaces), else None."""
    try:
        octets = bytes.fromhex(value)
    except ValueError:
        return None
    # bytes.fromhex also skips other whitespace, and spaces anywhere between pairs: n octets
    # in exactly 3n - 1 characters with a space at every third leave room for nothing else.
    n = len(octets)
    if len(value) == 3 * n - 1 and value[2::3] == " " * (n - 1):
        return octets
    return None


_NOT_HEX = re.compile("[^0-9A-Fa-f ]")
# A run of hex digits of odd length, between spaces or the ends.
_ODD_RUN = re.compile("(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2})*[0-9A-Fa-f](?![0-9A-Fa-f])")


def _hex_problem(value: str, r: Report, loc: Loc) -> _Invalid:
    # Regexes, not a loop: a hostile payload may be a hundred thousand characters long.
    if not value:
        r.add(
            loc, IssueCode.HEX_EMPTY, "is empty; a payload has at least one byte, such as '00'"
        )
        return INVALID
    if (bad := _NOT_HEX.search(value)) is not None:
        r.add(
            loc,
            IssueCode.HEX_NOT_HEX,
            f"has {bad.group()!r} at index {bad.start()}; only the hex digits 0-9, a-f, A-F and "
            "single spaces between bytes are allowed",
        )
        return INVALID
    if (odd := _ODD_RUN.search(value)) is not None:
        r.add(
            loc,
            IssueCode.HEX_ODD_DIGIT,
            f"has the odd run {show(odd.group())}: each byte is exactly two hex digits",
        )
        return INVALID
    digits = value.replace(" ", "")
    canonical = bytes.fromhex(digits[:62]).hex(" ")  # enough to show the form
    more = "..." if len(digits) > 62 else ""
    r.add(
        loc,
        IssueCode.HEX_SEPARATOR,
        "bytes must be separated by single spaces, with none before the first or after the "
        f"last: write {canonical!r}{more}",
    )
    return INVALID


#: ``binary.hex``: the payload, parsed into bytes.
HEX: Final = FieldRule(
    "hex",
    hex_octets,
    valid=hex_fits,
    value_type=str,
    parse=parse_hex,
    facts=FrozenMap({"pattern": "[0-9A-Fa-f]{2}( [0-9A-Fa-f]{2})*"}),
)


# --- binary payloads ------------------------------------------------------------------------

#: A payload of at most this many octets needs at most 255 parts in any coding.
_PAYLOAD_SURELY_FITS: Final = MAX_PARTS * OCTETS_MULTI


def udh_fits(payload: bytes, coding: int, esm: int) -> bool:
    """The valid case of a payload that starts with its own user data header (UDHI set)."""
    if not payload:
        return False
    header = payload[0] + 1
    if header > len(payload):
        return False
    body = payload[header:]
    if coding in SEPTET_CODINGS:
        if not body.isascii():
            return False
    elif coding == UCS2_CODING and len(body) % 2:
        return False
    # The sender concatenated itself: the whole must fit one SMS, as the counter measures.
    parts = count_binary_segments(payload, data_coding=coding, esm_class=esm)
    return parts.units <= parts.capacity


def payload_ok(p: bytes, c: int, e: int) -> bool:
    """The valid case of `BINARY_CONTENT` over the payload ``p``, dataCoding ``c`` and esmClass
    ``e``: with a header, `udh_fits`; without, a non-empty payload of septets (octets up to
    0x7F) or of whole UCS-2 characters, short enough to need at most 255 parts in any coding."""
    return (
        udh_fits(p, c, e)
        if e & UDHI
        else 0 < len(p) <= _PAYLOAD_SURELY_FITS
        and (p.isascii() if c in SEPTET_CODINGS else c != UCS2_CODING or not len(p) % 2)
    )


def binary_content(values: dict[str, Any], r: Report, loc: Loc) -> bool:
    """The payload rules that depend on dataCoding and esmClass (DESIGN, wire rules)."""
    payload: bytes = values["hex"]
    coding: int = values["data_coding"]
    esm: int = values["esm_class"]
    at = (loc, "hex")
    body = payload
    udhi = bool(esm & UDHI)
    if payload_ok(payload, coding, esm):
        return True
    if udhi:
        header = payload[0] + 1
        if header > len(payload):
            r.add(
                at,
                IssueCode.BINARY_UDH_LENGTH,
                f"esmClass {esm} sets the UDHI bit, so the first octet is the header length; "
                f"it says {header - 1} header octets follow but the payload has only "
                f"{len(payload) - 1}",
            )
            return False
        body = payload[header:]
    if coding in SEPTET_CODINGS:
        if not body.isascii():
            i = next(i for i, b in enumerate(body) if b > 0x7F) + len(payload) - len(body)
            r.add(
                at,
                IssueCode.BINARY_SEPTET_RANGE,
                f"octet {payload[i]:#04x} at index {i} is above 0x7f; with dataCoding {coding} "
                "each octet is one GSM 7-bit septet: use dataCoding 8 for UCS-2 or 4 for 8-bit "
                "data",
            )
            return False
    elif coding == UCS2_CODING and len(body) % 2:
        r.add(
            at,
            IssueCode.BINARY_ODD_LENGTH,
            f"has {len(body)} octets{' after the header' if udhi else ''}; with dataCoding 8 "
            "(UCS-2) every character is two octets, so the count must be even",
        )
        return False
    parts = count_binary_segments(payload, data_coding=coding, esm_class=esm)
    if udhi and parts.units > parts.capacity:
        r.add(
            at,
            IssueCode.BINARY_UDH_TOO_LONG,
            f"uses {parts.units} {'septets' if coding in SEPTET_CODINGS else 'octets'} with its "
            f"own header, more than the {parts.capacity} of one SMS; a payload with a user data "
            "header is sent as one part",
        )
        return False
    if parts.count > MAX_PARTS:
        r.add(
            at,
            IssueCode.BINARY_TOO_MANY_PARTS,
            f"needs {parts.count} parts; a concatenated SMS has at most {MAX_PARTS}",
        )
        return False
    return True


#: The payload rules of binary content, across its three fields.
BINARY_CONTENT: Final = BodyCheck(
    "binary content", binary_content, valid=payload_ok, fields=("hex", "data_coding", "esm_class")
)
