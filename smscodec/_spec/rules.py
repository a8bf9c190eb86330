"""The wire rules for single fields, each written once and used by both formats.

Each rule is a `FieldRule` (see `schema`): its check takes a value from the neutral tree, the
`Report`, and where the value sits (its parent location and key), and returns the Python value
or `INVALID` after reporting why. Its valid case is a one-expression function (``sender_ok``)
that the check calls and the generated fast paths inline, so both test exactly the same; it
runs on str and bytes methods only, and the diagnosis of a bad value may take its time. The
facts the schemas state are built from the same constants.
"""

from __future__ import annotations

import heapq
import re
from typing import Any, Final

from .._core.frozenmap import FrozenMap
from .._core.issue_codes import IssueCode
from .._core.limits import Limits
from .._core.report import Loc, Report
from .._core.tree import BigNumber, Fraction, WrongType, describe, show
from .._sms.segments import (
    MAX_PARTS,
    OCTETS_MULTI,
    SEPTET_CODINGS,
    UCS2_CODING,
    UCS2_MULTI,
    UDHI,
    count_binary_segments,
    count_segments,
)
from .vocabulary import BodyCheck, FieldRule

__all__ = [
    "BINARY_CONTENT",
    "DESTINATION",
    "GROUPS_AGREE",
    "HEX",
    "INVALID",
    "RESPONSE_INTEGER",
    "SENDER",
    "SMS_COUNT",
    "STATUS_GROUPS",
    "STRING",
    "TEXT",
    "UINT8",
    "destination_ok",
    "integer",
    "is_clean",
    "parse_hex",
    "parts_fit",
    "payload_ok",
    "sender_ok",
    "string",
    "text_fits",
    "text_ok",
    "type_issue",
    "udh_fits",
]


class _Invalid:
    __slots__ = ()

    def __repr__(self) -> str:
        return "INVALID"


#: What a rule returns after reporting an issue.
INVALID: Final = _Invalid()

_SURROGATE = re.compile("[\ud800-\udfff]")
# XSD's xs:integer lexical space, with the whitespace xs:integer collapses (XSD 1.0 part 2,
# 3.3.13 and 4.3.6): space, tab, CR and LF only, which Python's \s would exceed.
_XSD_INTEGER = re.compile(r"[ \t\r\n]*([+-]?[0-9]+)[ \t\r\n]*")
_MAX_DIGITS: Final = 20  # enough for any 64-bit integer; more is refused before int() runs


def type_issue(
    r: Report, parent: Loc, key: str | int, code: IssueCode, expected: str, value: object
) -> _Invalid:
    """Report a value of the wrong type: ``code`` for a body, ``expected`` in the sentence.

    A `WrongType` (a model constructed in Python with a value of the wrong Python type) is
    `IssueCode.TYPE_PYTHON` whatever ``code`` says: the fault is the program's, not a body's.
    """
    if isinstance(value, WrongType):
        r.add(
            (parent, key),
            IssueCode.TYPE_PYTHON,
            f"must be {value.expected}, not a Python {type(value.value).__name__}",
        )
    else:
        r.add((parent, key), code, f"must be {expected}, not {describe(value)}")
    return INVALID


def is_clean(value: str) -> bool:
    """True if ``value`` is valid Unicode: no lone surrogate (JSON can smuggle one in)."""
    return value.isascii() or _SURROGATE.search(value) is None


def string(
    value: object,
    r: Report,
    parent: Loc,
    key: str | int,
    *,
    limit: int = 0,
    limit_code: IssueCode = IssueCode.LIMIT_STRING_LENGTH,
) -> object:
    """Any string the body may carry: bounded, and valid Unicode."""
    if type(value) is not str:
        return type_issue(r, parent, key, IssueCode.TYPE_STRING, "a string", value)
    bound = limit or r.limits.max_string_length
    if len(value) > bound:
        r.add(
            (parent, key),
            limit_code,
            f"is {len(value)} characters long; at most {bound} are accepted",
        )
        return INVALID
    if not is_clean(value):
        m = _SURROGATE.search(value)
        assert m is not None
        r.add(
            (parent, key),
            IssueCode.STRING_SURROGATE,
            f"holds a lone surrogate U+{ord(m.group()):04X} at index {m.start()}, which is not "
            "a character and cannot be sent; encode astral characters as a surrogate pair",
        )
        return INVALID
    return value


def string_fits(v: str, L: Limits) -> bool:
    """The valid case of `STRING` (but for lone surrogates, `is_clean`)."""
    return len(v) <= L.max_string_length


def _any_string(value: object, r: Report, parent: Loc, key: str | int) -> object:
    return string(value, r, parent, key)


#: Any other string a body carries (ids, names, descriptions): bounded, valid Unicode.
STRING: Final = FieldRule("string", _any_string, valid=string_fits, value_type=str, clean=True)


def integer(lo: int, hi: int) -> FieldRule:
    """The rule for integers from ``lo`` to ``hi``. JSON booleans and fractions are not
    integers; in XML an ``xs:integer`` text is read."""

    def valid(v: int) -> bool:
        return lo <= v <= hi

    def check(value: object, r: Report, parent: Loc, key: str | int) -> object:
        if type(value) is int:
            if lo <= value <= hi:
                return value
        elif r.xml and type(value) is str:
            m = _XSD_INTEGER.fullmatch(value)
            if m is None:
                r.add(
                    (parent, key),
                    IssueCode.TYPE_INTEGER,
                    f"must be an integer, not {show(value)}",
                )
                return INVALID
            digits = m.group(1)
            if len(digits.lstrip("+-").lstrip("0")) > _MAX_DIGITS:
                return _range(r, parent, key, lo, hi, f"a {len(digits)}-digit number")
            number = int(digits)
            if lo <= number <= hi:
                return number
            value = number
        elif type(value) is BigNumber:
            return _range(r, parent, key, lo, hi, f"a {len(value)}-digit number")
        elif type(value) is Fraction:
            r.add(
                (parent, key),
                IssueCode.TYPE_INTEGER,
                f"must be an integer, not the number {value[:30]}: write it without a "
                "fraction or exponent",
            )
            return INVALID
        else:
            return type_issue(r, parent, key, IssueCode.TYPE_INTEGER, "an integer", value)
        if -(10**_MAX_DIGITS) < value < 10**_MAX_DIGITS:
            return _range(r, parent, key, lo, hi, str(value))
        return _range(r, parent, key, lo, hi, "a number of more than 20 digits")

    return FieldRule(f"integer {lo}..{hi}", check, valid=valid, value_type=int,
                     facts=FrozenMap({"minimum": lo, "maximum": hi}))


#: dataCoding and esmClass: one octet.
UINT8: Final = integer(0, 255)
#: Any integer a server writes: within 64 bits.
RESPONSE_INTEGER: Final = integer(-(2**63), 2**63 - 1)


def _range(r: Report, parent: Loc, key: str | int, lo: int, hi: int, shown: str) -> _Invalid:
    r.add((parent, key), IssueCode.INTEGER_RANGE, f"is {shown}; it must be from {lo} to {hi}")
    return INVALID


# --- sender -------------------------------------------------------------------------------

_NUMERIC_MIN: Final = 3
_NUMERIC_MAX: Final = 14
_ALPHANUMERIC_MIN: Final = 3
_ALPHANUMERIC_MAX: Final = 11


def sender_ok(v: str) -> bool:
    """The valid case of `SENDER`: 3-14 ASCII digits, or 3-11 of A-Z, a-z, 0-9 and spaces
    with at least one letter and no space first or last."""
    return v.isascii() and (
        _NUMERIC_MIN <= len(v) <= _NUMERIC_MAX
        if v.isdigit()
        else _ALPHANUMERIC_MIN <= len(v) <= _ALPHANUMERIC_MAX
        and v[0] != " "
        and v[-1] != " "
        and (b := v.replace(" ", "")).isalnum()
        and not b.isdigit()
    )


def sender(value: object, r: Report, parent: Loc, key: str | int) -> object:
    """The check of `SENDER`, with the reason when it fails."""
    if type(value) is not str:
        return type_issue(r, parent, key, IssueCode.TYPE_STRING, "a string", value)
    if sender_ok(value):
        return value
    if value.isascii() and value.isdigit():
        r.add(
            (parent, key),
            IssueCode.SENDER_LENGTH,
            f"{show(value)} has {len(value)} digits; a numeric sender ID has {_NUMERIC_MIN} to "
            f"{_NUMERIC_MAX}",
        )
        return INVALID
    return _sender_problem(value, r, (parent, key))


_SENDER_CHARACTERS = re.compile("[A-Za-z0-9 ]+")


def _sender_problem(value: str, r: Report, loc: Loc) -> _Invalid:
    # C-level passes: a hostile sender may be megabytes long.
    bad = heapq.nsmallest(5, set(_SENDER_CHARACTERS.sub("", value)))
    if bad:
        shown = ", ".join(repr(c) for c in bad[:5])
        r.add(
            loc,
            IssueCode.SENDER_CHARACTER,
            f"{show(value)} contains {shown}; a sender ID may hold only the letters A-Z and "
            "a-z, the digits 0-9 and spaces",
        )
    elif value.strip(" ") != value:
        r.add(
            loc,
            IssueCode.SENDER_SPACE,
            f"{show(value)} starts or ends with a space: write {show(value.strip(' '))}",
        )
    elif value.replace(" ", "").isdigit() or not value.strip():
        r.add(
            loc,
            IssueCode.SENDER_NO_LETTER,
            f"{show(value)} has no letter; an alphanumeric sender ID needs at least one, and a "
            "numeric one has digits only",
        )
    else:
        r.add(
            loc,
            IssueCode.SENDER_LENGTH,
            f"{show(value)} has {len(value)} characters; an alphanumeric sender ID has "
            f"{_ALPHANUMERIC_MIN} to {_ALPHANUMERIC_MAX} (spaces count)",
        )
    return INVALID


#: ``from`` (v1, v2) and ``sender`` (v3).
SENDER: Final = FieldRule(
    "sender",
    sender,
    valid=sender_ok,
    value_type=str,
    facts=FrozenMap({
        "anyOf": (
            FrozenMap({"description": f"numeric: {_NUMERIC_MIN} to {_NUMERIC_MAX} digits",
                       "pattern": f"[0-9]{{{_NUMERIC_MIN},{_NUMERIC_MAX}}}"}),
            FrozenMap({
                "description": f"alphanumeric: {_ALPHANUMERIC_MIN} to {_ALPHANUMERIC_MAX} of "
                "A-Z, a-z, 0-9 and spaces, with at least one letter and no space first or last",
                "pattern": "([0-9][0-9 ]*)?[A-Za-z]([0-9A-Za-z ]*[0-9A-Za-z])?",
                "minLength": _ALPHANUMERIC_MIN,
                "maxLength": _ALPHANUMERIC_MAX,
            }),
        )
    }),
)


# --- destination ----------------------------------------------------------------------------

# ITU-T E.164: at most 15 digits; 7 is the shortest number the API accepts.
_E164_MIN: Final = 7
_E164_MAX: Final = 15
_PUNCTUATION = str.maketrans("", "", " +-().\u00a0\t/")


def destination_ok(v: str) -> bool:
    """The valid case of `DESTINATION`: 7-15 ASCII digits with no leading ``0`` (so no ``00``
    either), optionally after one ``+``. The API calls the ``+`` unnecessary, not wrong, and
    its servers echo it back, so it is accepted and kept as written. (A plain number is tested
    first: it is the common case.)"""
    return v.isascii() and (
        (v.isdigit() and _E164_MIN <= len(v) <= _E164_MAX and v[0] != "0")
        or (v[:1] == "+" and v[1:].isdigit() and _E164_MIN < len(v) <= _E164_MAX + 1
            and v[1] != "0")
    )


def destination(value: object, r: Report, parent: Loc, key: str | int) -> object:
    """The check of `DESTINATION`, with the fix when it fails."""
    if type(value) is not str:
        return type_issue(r, parent, key, IssueCode.TYPE_STRING, "a string", value)
    if destination_ok(value):
        return value
    if not r.has_room():
        r.more += 1  # counted, not explained: a body of bad numbers costs no messages
        return INVALID
    loc = (parent, key)
    # One leading '+' is allowed, so a '+' before digits only is judged by those digits.
    plus = value[:1] == "+" and value[1:].isascii() and value[1:].isdigit()
    number = value[1:] if plus else value
    digits = number.translate(_PUNCTUATION)
    if not (digits.isascii() and digits.isdigit()):
        r.add(
            loc,
            IssueCode.DESTINATION_FORMAT,
            f"{show(value)} is not a phone number in international format (digits only, "
            "country code first, e.g. 41793026727)",
        )
        return INVALID
    fixed = digits[2:] if digits.startswith("00") else digits
    hint = ""
    if fixed != number and not fixed.startswith("0") and _E164_MIN <= len(fixed) <= _E164_MAX:
        hint = f": write {fixed}"
    if digits != number:
        r.add(
            loc, IssueCode.DESTINATION_FORMAT, f"{show(value)} is not in international format{hint}"
        )
    elif number.startswith("0"):
        if hint:
            r.add(
                loc,
                IssueCode.DESTINATION_LEADING_ZERO,
                f"{show(value)} starts with the international prefix 00{hint}",
            )
        elif plus:
            r.add(
                loc,
                IssueCode.DESTINATION_LEADING_ZERO,
                f"{show(value)} has a 0 after the '+', where the country code belongs (no "
                "country code starts with 0)",
            )
        else:
            r.add(
                loc,
                IssueCode.DESTINATION_LEADING_ZERO,
                f"{show(value)} is in national format; write the country code instead of the "
                "leading 0",
            )
    else:
        r.add(
            loc,
            IssueCode.DESTINATION_LENGTH,
            f"{show(value)} has {len(number)} digits; a destination in international format has "
            f"{_E164_MIN} to {_E164_MAX}",
        )
    return INVALID


#: One destination (each item of ``to``).
DESTINATION: Final = FieldRule(
    "destination",
    destination,
    valid=destination_ok,
    value_type=str,
    facts=FrozenMap({"pattern": f"[+]?[1-9][0-9]{{{_E164_MIN - 1},{_E164_MAX - 1}}}"}),
)


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


# --- text -----------------------------------------------------------------------------------

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


def text(value: object, r: Report, parent: Loc, key: str | int) -> object:
    """``text``: a non-empty string that fits in 255 parts."""
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


# --- responses ------------------------------------------------------------------------------

#: Status groups of the API's response codes: groupId to groupName.
STATUS_GROUPS: Final = {
    0: "ACCEPTED",
    1: "PENDING",
    2: "UNDELIVERABLE",
    3: "DELIVERED",
    4: "EXPIRED",
    5: "REJECTED",
}



def _sms_count(value: object, r: Report, parent: Loc, key: str | int) -> object:
    """``smsCount``: any integer from a server; below 1 is an issue only when strict."""
    result = RESPONSE_INTEGER(value, r, parent, key)
    if r.strict and isinstance(result, int) and result < 1:
        r.add(
            (parent, key),
            IssueCode.SMS_COUNT_RANGE,
            f"is {result}; a sent message costs at least 1 SMS",
        )
        return INVALID
    return result


def status_groups(values: dict[str, Any], r: Report, loc: Loc) -> bool:
    """When strict: a groupId and groupName that name the same group (any case)."""
    if not r.strict:
        return True
    group_id: int = values["group_id"]
    group_name: str = values["group_name"]
    expected = STATUS_GROUPS.get(group_id)
    if expected is not None and expected == group_name.upper():
        return True
    if expected is None and group_name.upper() not in STATUS_GROUPS.values():
        r.add(
            (loc, "groupId"),
            IssueCode.STATUS_GROUP_UNKNOWN,
            f"groupId {group_id} and groupName {show(group_name)} name no known status group",
        )
    else:
        by_name = {v: k for k, v in STATUS_GROUPS.items()}.get(group_name.upper())
        r.add(
            (loc, "groupId"),
            IssueCode.STATUS_GROUP_MISMATCH,
            f"groupId {group_id} does not match groupName {show(group_name)}"
            + (f" (which is group {by_name})" if by_name is not None else ""),
        )
    return False


#: ``smsCount``: any 64-bit integer, below 1 refused only when strict.
SMS_COUNT: Final = FieldRule(
    "smsCount", _sms_count, valid=RESPONSE_INTEGER.valid, value_type=int,
    facts=RESPONSE_INTEGER.facts,
)
#: A status's groupId and groupName agree (checked only when strict).
GROUPS_AGREE: Final = BodyCheck("status groups", status_groups, strict_only=True)
