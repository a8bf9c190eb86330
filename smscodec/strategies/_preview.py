"""The bodies of ``POST /sms/1/preview``: the request, and the response with its previews."""

from __future__ import annotations

import functools
from typing import Final

from hypothesis import strategies as st

from .._spec.models_preview import (
    Preview,
    PreviewConfiguration,
    PreviewLanguage,
    PreviewRequest,
    PreviewResponse,
)
from ._text import _xml_safe_strings, texts

# The values the API's description gives, restated (as `_facts` restates DESIGN) so that the
# strategies do not take the code under test at its word.
_LANGUAGE_CODES: Final = ("TR", "ES", "PT", "AUTODETECT")
_TRANSLITERATIONS: Final = ("TURKISH", "GREEK", "CYRILLIC", "SERBIAN_CYRILLIC",
                            "BULGARIAN_CYRILLIC", "CENTRAL_EUROPEAN", "BALTIC", "PORTUGUESE",
                            "COLOMBIAN", "NON_UNICODE", "NONE", "ALL")
_INT32: Final = (-(2**31), 2**31 - 1)


def preview_requests(*, longest: bool = True) -> st.SearchStrategy[PreviewRequest]:
    """The body of ``POST /sms/1/preview``: any message text, with or without a language
    code and a transliteration."""
    return st.builds(
        PreviewRequest,
        text=texts(longest=longest),
        language_code=st.none() | st.sampled_from(_LANGUAGE_CODES),
        transliteration=st.none() | st.sampled_from(_TRANSLITERATIONS),
    )


@functools.cache
def _open_values(known: tuple[str, ...]) -> st.SearchStrategy[str | None]:
    # A response may carry a value a newer server knows and this version does not.
    return st.none() | st.sampled_from(known) | _xml_safe_strings(0, 3)


@functools.cache
def _integers() -> st.SearchStrategy[int | None]:
    return st.none() | st.integers(0, 255) | st.sampled_from(_INT32) | st.integers(*_INT32)


def _previews() -> st.SearchStrategy[Preview]:
    configurations = st.builds(
        PreviewConfiguration,
        language=st.none() | st.builds(PreviewLanguage,
                                       language_code=_open_values((*_LANGUAGE_CODES, "NONE"))),
        transliteration=_open_values(_TRANSLITERATIONS),
    )
    return st.builds(
        Preview,
        text_preview=st.none() | _xml_safe_strings(0, 5),
        message_count=_integers(),
        characters_remaining=_integers(),
        configuration=st.none() | configurations,
    )


def preview_responses(*, max_previews: int = 3) -> st.SearchStrategy[PreviewResponse]:
    """The answer of ``POST /sms/1/preview``: each field present or absent (the description
    requires none), the configuration's values sometimes ones this version does not know."""
    return st.builds(
        PreviewResponse,
        original_text=st.none() | _xml_safe_strings(0, 5),
        previews=st.none() | st.lists(_previews(), max_size=max_previews).map(tuple),
    )
