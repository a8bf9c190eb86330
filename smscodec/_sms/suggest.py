"""GSM 7-bit look-alikes for characters that force a text into UCS-2.

One typographic character (a curly apostrophe pasted from a word processor, a no-break
space) turns a whole message into UCS-2, which carries 70 characters per SMS instead of
160. `suggest_gsm` proposes plain replacements; it is an explicit call, and counting never
changes a text by itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .lookalikes import LOOKALIKES
from .segments import TextSegments, count_segments

__all__ = ["LOOKALIKES", "Suggestion", "suggest_gsm"]

_TRANSLATION: Final = str.maketrans(dict(LOOKALIKES))
_FIND: Final = re.compile("[" + "".join(map(re.escape, LOOKALIKES)) + "]")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A proposed GSM 7-bit text: what was replaced and how many parts it saves.

    ``replacements`` holds (index in the original text, original character, replacement).
    When nothing is proposed, ``text`` is the original, ``replacements`` is empty, ``after``
    is ``before`` and ``saved`` is 0.
    """

    text: str
    replacements: tuple[tuple[int, str, str], ...]
    before: TextSegments
    after: TextSegments
    saved: int


def suggest_gsm(text: str, *, language: str | None = None) -> Suggestion:
    """Propose `LOOKALIKES` replacements that bring ``text`` into GSM 7-bit.

    A proposal is made only when it makes the text GSM 7-bit without costing parts: in UCS-2
    the replacements buy nothing (and "..." takes three code units where "…" takes one), and
    a text full of ellipses can need more GSM parts than UCS-2 ones. ``language`` is passed
    to `count_segments` for both counts.
    """
    before = count_segments(text, language=language)
    unchanged = Suggestion(text, (), before, before, 0)
    if before.encoding == "GSM7":
        return unchanged
    proposed = text.translate(_TRANSLATION)
    if proposed == text:
        return unchanged
    after = count_segments(proposed, language=language)
    if after.encoding != "GSM7" or after.count > before.count:
        return unchanged
    replacements = tuple(
        (match.start(), match.group(), LOOKALIKES[match.group()]) for match in _FIND.finditer(text)
    )
    return Suggestion(proposed, replacements, before, after, before.count - after.count)
