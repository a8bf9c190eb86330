"""Which combinations of national tables a language setting allows, in which order they are
preferred at a tie and in which order they are tried.

A setting is an ISO 639-1 code of TS 23.038 Annex A, ``auto`` (every language), or the API's
own: its languageCode (``TR``, ``ES``, ``PT``, ``AUTODETECT``: those three, ``NONE``) and its
singleShift / lockingShift flags. A combination is (locking shift, single shift), each a
language code or None for the default table; (None, None) is the default alphabet, always
allowed since every handset reads it.
"""

from __future__ import annotations

import functools
from typing import Final

__all__ = ["Combination", "check_language", "combinations"]

Combination = tuple[str | None, str | None]

#: The languages the API's national language identifier offers (its AUTODETECT).
_API_AUTODETECT: Final = ("tr", "es", "pt")
_API_NONE: Final = "none"
_SPECIAL: Final = {"auto", "autodetect", _API_NONE}


def check_language(language: str) -> str:
    """The setting in lower case, or ValueError naming the ones there are."""
    from . import national

    code = language.lower() if isinstance(language, str) else ""
    if code in _SPECIAL or code in national.LANGUAGES:
        return code
    raise ValueError(
        f"unknown language {language!r}: expected 'auto' (the cheapest tables), one of the "
        "ISO 639-1 codes with national tables: " + ", ".join(national.LANGUAGES)
        + ", or one of the API's languageCode values NONE, TR, ES, PT, AUTODETECT"
    )


def _tables(combination: Combination) -> int:
    return sum(code is not None for code in combination)


def _allowed(code: str, single: bool | None, locking: bool | None) -> list[Combination]:
    """One language's combinations, single shift first. With no flag given, all of them;
    once one is given, only the tables asked for (True)."""
    from . import national

    if single is None and locking is None:
        single = locking = True
    out: list[Combination] = [(None, code)] if single else []
    if locking and code in national.LOCKING_SHIFT:
        out.append((code, None))
        if single:
            out.append((code, code))
    return out


@functools.cache
def combinations(
    language: str, single: bool | None, locking: bool | None
) -> tuple[tuple[int, Combination], ...]:
    """(rank, combination) for each allowed combination, in the order to try them.

    The rank is the order of preference among combinations that need as many parts and leave
    as much room: fewer tables first (single shift before locking shift), then the order of
    `national.LANGUAGES`. They are tried locking shift first among one-table combinations,
    since a locking-shift table that encodes a text usually leaves the most room, so that
    the rest can be ruled out by bound without encoding. ``language`` is already checked.
    """
    from . import national

    codes = {"auto": national.LANGUAGES, "autodetect": _API_AUTODETECT, _API_NONE: ()}.get(
        language, (language,)
    )
    options = [pair for code in codes for pair in _allowed(code, single, locking)]
    preferred: list[Combination] = [
        (None, None),
        *[pair for pair in options if _tables(pair) == 1],
        *[pair for pair in options if _tables(pair) == 2],
    ]
    return tuple(
        sorted(
            enumerate(preferred),
            key=lambda ranked: (_tables(ranked[1]), ranked[1][0] is None, ranked[0]),
        )
    )
