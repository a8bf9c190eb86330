"""How a transliteration table is written down: one fact per character.

A table is a string of space-separated entries; the first character of an entry is the one
replaced and the rest its replacement (nothing, for a character that is dropped). Each data
module of this package holds one such table and names its source.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["table"]


def table(entries: str) -> Mapping[str, str]:
    """The table an entries string describes; a character listed twice is a mistake."""
    out: dict[str, str] = {}
    for entry in entries.split():
        if entry[0] in out:
            raise ValueError(f"{entry[0]!r} is listed twice")
        out[entry[0]] = entry[1:]
    return MappingProxyType(out)
