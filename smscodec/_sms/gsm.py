"""The GSM 7-bit default alphabet and its extension table.

3GPP TS 23.038, 6.2.1 (default alphabet) and 6.2.1.1 (default alphabet extension table).
This module is the one place these tables live; everything that needs to know what a
septet means, or which characters cost two septets, derives it from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Septet value to character, TS 23.038 6.2.1 (figure "GSM 7 bit default alphabet").
#: Index 0x1B is the escape to the extension table, not a character: it holds None.
#: 0x09 is capital C with cedilla (U+00C7): lowercase ç has no place in the alphabet.
DEFAULT_ALPHABET: tuple[str | None, ...] = tuple(
    None if ch == "\x1b" else ch
    for ch in (
        "@£$¥èéùìòÇ\nØø\rÅå"  # 0x00-0x0F
        "Δ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ"  # 0x10-0x1F
        " !\"#¤%&'()*+,-./"  # 0x20-0x2F
        "0123456789:;<=>?"  # 0x30-0x3F
        "¡ABCDEFGHIJKLMNO"  # 0x40-0x4F
        "PQRSTUVWXYZÄÖÑÜ§"  # 0x50-0x5F
        "¿abcdefghijklmno"  # 0x60-0x6F
        "pqrstuvwxyzäöñüà"  # 0x70-0x7F
    )
)

#: Septet value (after the 0x1B escape) to character, TS 23.038 6.2.1.1. 0x0A is the page
#: break, which maps to FORM FEED. 0x0D (CR2) and 0x1B (a further escape) are controls
#: without a character, so they are not listed.
DEFAULT_EXTENSION: Mapping[int, str] = MappingProxyType(
    {
        0x0A: "\x0c",
        0x14: "^",
        0x28: "{",
        0x29: "}",
        0x2F: "\\",
        0x3C: "[",
        0x3D: "~",
        0x3E: "]",
        0x40: "|",
        0x65: "€",
    }
)

assert len(DEFAULT_ALPHABET) == 128
