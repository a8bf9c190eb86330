"""The wire facts the strategies draw to: character classes of senders, status groups, 64-bit
ints, part capacities and the UDHI bit.

They are DESIGN's, restated here rather than imported from the package, so that the strategies
do not take the code under test at its word.
"""

from __future__ import annotations

from typing import Final

# Status groups of the API: groupId to groupName (DESIGN, wire rules).
_STATUS_GROUPS: Final = {
    0: "ACCEPTED",
    1: "PENDING",
    2: "UNDELIVERABLE",
    3: "DELIVERED",
    4: "EXPIRED",
    5: "REJECTED",
}

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
