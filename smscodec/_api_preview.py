"""`preview`: what ``POST /sms/1/preview`` answers, computed offline.

The answer has one preview per configuration, as the API gives them: the text as it is
first (``configuration: {}``), then, when the request names a language or a
transliteration, the text with them applied. A preview's ``charactersRemaining`` is what its
last part still holds (septets in GSM 7-bit, UTF-16 code units in UCS-2); its tables are
chosen as `count_segments` chooses them, the way the API does.
"""

from __future__ import annotations

from ._sms.segments import count_segments, part_units
from ._sms.transliteration import transliterate
from ._spec.models_preview import (
    Preview,
    PreviewConfiguration,
    PreviewLanguage,
    PreviewRequest,
    PreviewResponse,
)

__all__ = ["preview", "preview_of"]


def _preview(text: str, language: str | None, configuration: PreviewConfiguration) -> Preview:
    segments = count_segments(text, language=language)
    return Preview(
        text_preview=text,
        message_count=segments.count,
        characters_remaining=segments.capacity - part_units(segments)[-1],
        configuration=configuration,
    )


def preview_of(request: PreviewRequest) -> PreviewResponse:
    """The API's answer to ``request``."""
    previews = [_preview(request.text, None, PreviewConfiguration())]
    if request.language_code is not None or request.transliteration is not None:
        text = request.text
        if request.transliteration is not None:
            text = transliterate(text, request.transliteration).text
        language = None
        if request.language_code is not None:
            language = PreviewLanguage(language_code=request.language_code)
        configuration = PreviewConfiguration(
            language=language, transliteration=request.transliteration
        )
        previews.append(_preview(text, request.language_code, configuration))
    return PreviewResponse(original_text=request.text, previews=tuple(previews))


def preview(
    text: str, language_code: str | None = None, transliteration: str | None = None
) -> PreviewResponse:
    """What ``POST /sms/1/preview`` answers for ``text``, offline.

    ``language_code`` is the API's (TR, ES, PT or AUTODETECT) and ``transliteration`` one of
    its schemes (see `transliterate`). The answer's first preview is the text as it is; a
    second applies the transliteration, then counts with the language's national tables.
    Raises `ValidationError` for what the API would refuse (an empty text, one of more than
    255 parts, an unknown language or scheme), as `PreviewRequest` does.
    """
    request = PreviewRequest(
        text=text, language_code=language_code, transliteration=transliteration
    )
    return preview_of(request)
