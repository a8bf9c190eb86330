"""The bodies of ``POST /sms/1/preview``: what a text becomes and costs in each configuration.

Models as in `models`: frozen, slotted and checked by their constructor. The description
requires no field of the response; a tolerant decode reads one without them, ``strict=True``
demands the ones without which it means nothing.
"""

from __future__ import annotations

from .models import model_class

__all__ = [
    "Preview",
    "PreviewConfiguration",
    "PreviewLanguage",
    "PreviewRequest",
    "PreviewResponse",
]


@model_class
class PreviewRequest:
    """``POST /sms/1/preview``: a text, and optionally the language whose national tables and
    the transliteration to preview it with (``languageCode`` TR, ES, PT or AUTODETECT;
    ``transliteration`` one of the API's schemes)."""

    text: str
    language_code: str | None = None
    transliteration: str | None = None


@model_class
class PreviewLanguage:
    """The language of a configuration: ``{"languageCode"}``."""

    language_code: str | None = None


@model_class
class PreviewConfiguration:
    """What a preview applied to the text: nothing (``{}``), a language, a transliteration."""

    language: PreviewLanguage | None = None
    transliteration: str | None = None


@model_class
class Preview:
    """The text as it would be sent in one configuration, its SMS parts and the characters
    left in the last part."""

    text_preview: str | None = None
    message_count: int | None = None
    characters_remaining: int | None = None
    configuration: PreviewConfiguration | None = None


@model_class
class PreviewResponse:
    """The answer of ``POST /sms/1/preview``: the text as sent in the request, and one preview
    per configuration (the text as it is first, then the one the request asked for)."""

    original_text: str | None = None
    previews: tuple[Preview, ...] | None = None
