"""What a text message is charged when it names a transliteration or a language (v2 advanced
and v3 messages): the text the API sends is the transliterated one, counted with the national
tables the language allows, chosen as `count_segments` chooses them (the API's rule).

`sms_count` asks here first; a message with neither setting (or binary content) is counted
as before, by `sms_count` itself.
"""

from __future__ import annotations

from typing import Any

from ._sms.segments import count_segments
from ._sms.transliteration import transliterate
from ._spec.models_v2 import AdvancedTextMessage
from ._spec.models_v3 import SmsLanguage, SmsMessage, SmsTextContent

__all__ = ["charged_count"]


def _parts(text: str, transliteration: str | None, language: SmsLanguage | None) -> int:
    if transliteration is not None:
        text = transliterate(text, transliteration).text
    code = language.language_code if language is not None else None
    if language is None or code is None or code == "NONE":
        # Shift flags without a language name no table (the validator allows only False).
        return count_segments(text).count
    return count_segments(text, language=code, single_shift=language.single_shift,
                          locking_shift=language.locking_shift).count


def charged_count(message: Any) -> int | None:
    """The SMS parts one destination of ``message`` is charged, when it is a text message
    with a ``transliteration`` or a ``language``; None for any other message."""
    if isinstance(message, SmsMessage) and isinstance(message.content, SmsTextContent):
        content = message.content
        if content.transliteration is not None or content.language is not None:
            return _parts(content.text, content.transliteration, content.language)
    if (
        isinstance(message, AdvancedTextMessage)
        and message.text is not None
        and (message.transliteration is not None or message.language is not None)
    ):
        return _parts(message.text, message.transliteration, message.language)
    return None
