"""The SMS parts of a text sent with the national tables a message's language allows.

`count_segments` with a language picks the best of all that language's tables; a v2 advanced
message may name its tables (singleShift, lockingShift), so this counts with those alone. The
default alphabet is always allowed (a handset reads it whatever the language), so the count is
never above `count_segments(text)`. `sent.sent_parts` counts with it after any
transliteration; the validator bounds that count by 255 parts.
"""

from __future__ import annotations

from typing import Final

from . import national
from .segments import (
    _DEFAULT,
    _OUTSIDE,
    _costs,
    _gsm_layout,
    _language_options,
    _national_tables,
    _Tables,
    _ucs2_layout,
)

__all__ = ["NLI_LANGUAGES", "count_with_shifts"]

#: The languages the API's national language identifier offers (languageCode), as ISO codes.
NLI_LANGUAGES: Final = {"TR": "tr", "ES": "es", "PT": "pt"}


def _allowed(code: str, single: bool | None, locking: bool | None) -> list[_Tables]:
    if single is None and locking is None:
        return _language_options(code)  # no table named: the language's, as the API picks
    out = []
    has_locking = code in national.LOCKING_SHIFT
    if single:
        out.append(_national_tables(None, code))
    if locking and has_locking:
        out.append(_national_tables(code, None))
        if single:
            out.append(_national_tables(code, code))
    return out


def count_with_shifts(
    text: str, language_code: str | None, single: bool | None, locking: bool | None
) -> int:
    """The parts ``text`` needs with the default alphabet or the national tables that
    ``language_code`` (the API's: NONE, TR, ES, PT, AUTODETECT) and the shift flags allow:
    with no flag given, any of the language's tables; AUTODETECT, any of TR, ES and PT's.
    The fewest parts win; a text no allowed table encodes is sent as UCS-2."""
    if language_code == "AUTODETECT":
        codes = tuple(NLI_LANGUAGES.values())
    elif language_code in NLI_LANGUAGES:
        codes = (NLI_LANGUAGES[language_code],)
    else:
        codes = ()
    candidates = [_DEFAULT, *(t for code in codes for t in _allowed(code, single, locking))]
    best: int | None = None
    for tables in candidates:
        costs = _costs(text, tables)
        if _OUTSIDE in costs:
            continue
        parts = len(_gsm_layout(text, costs, tables)[2])
        best = parts if best is None else min(best, parts)
    return best if best is not None else len(_ucs2_layout(text)[2])
