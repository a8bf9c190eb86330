"""The SMS parts a text costs as the API sends it: a v2 message's or a v3 text content's.

The API transliterates the text first (``transliteration``), then encodes it with the default
alphabet or the national tables its ``language`` allows (`count_with_shifts`). v1 messages have
neither, and cost what `count_segments` says.
"""

from __future__ import annotations

from typing import Final

from .segments import count_segments
from .shift_count import count_with_shifts
from .transliteration import SCHEMES, transliterated

__all__ = ["MOST_WRITTEN", "sent_parts"]

#: The most characters a transliteration writes for one (CYRILLIC writes щ as shch): a text of
#: n characters is at most n times this long once transliterated.
MOST_WRITTEN: Final = max(len(out) for table in SCHEMES.values() for out in table.values())


def sent_parts(
    text: str,
    transliteration: str | None = None,
    language: tuple[str | None, bool | None, bool | None] | None = None,
) -> int:
    """The parts ``text`` costs sent with ``transliteration`` (a scheme of the API's enum) and
    ``language`` (its languageCode, singleShift and lockingShift), each None when absent."""
    if transliteration is not None:
        text = transliterated(text, transliteration)
    if language is None:
        return count_segments(text).count
    return count_with_shifts(text, *language)
