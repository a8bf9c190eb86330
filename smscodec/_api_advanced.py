"""The v2 advanced API's helpers beside `decode`: the clock rule and the parts of a message."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from ._core.errors import Issue, ValidationError
from ._sms.segments import count_binary_segments, count_segments
from ._spec.models_v2 import (
    AdvancedBinaryMessage,
    AdvancedTextMessage,
    BinaryAdvancedRequest,
    TextAdvancedRequest,
)
from ._spec.models_v3 import MessagesRequest, SmsLanguage, SmsSchedule
from ._spec.rules.text import parts_as_sent
from ._spec.rules.timestamps import timestamp_text

__all__ = ["MAX_SCHEDULE_AHEAD", "advanced_sms_count", "check_send_at", "text_sms_count"]

#: How far ahead the API schedules a message (sendAt).
MAX_SCHEDULE_AHEAD: Final = timedelta(days=180)

AdvancedMessage = AdvancedTextMessage | AdvancedBinaryMessage
AdvancedRequest = TextAdvancedRequest | BinaryAdvancedRequest


def check_send_at(message_or_request: AdvancedMessage | AdvancedRequest | MessagesRequest,
                  now: datetime) -> None:
    """Check the rule that needs the clock: each ``sendAt`` is at most 180 days after ``now``.

    `decode` stays a pure function and so cannot check it; call this with the current time
    (an aware `datetime`) when a request arrives. A v2 message or request, or a v3 request
    (its ``options.schedule.sendAt``), is taken; raises `ValidationError` listing every
    ``sendAt`` too far ahead (code ``send_at.too_far``, paths relative to the object given:
    ``/sendAt``, ``/messages/1/sendAt``, ``/options/schedule/sendAt``), else returns None. A
    ``sendAt`` in the past is not refused: the API sends such a message at once. ValueError
    if ``now`` is naive.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime, such as datetime.now(UTC)")
    located: list[tuple[str, AdvancedMessage | SmsSchedule]]
    if isinstance(message_or_request, MessagesRequest):
        options = message_or_request.options
        schedule = options.schedule if options is not None else None
        located = [("/options/schedule", schedule)] if schedule is not None else []
    elif isinstance(message_or_request, TextAdvancedRequest | BinaryAdvancedRequest):
        messages: tuple[AdvancedMessage, ...] = message_or_request.messages
        located = [(f"/messages/{i}", m) for i, m in enumerate(messages)]
    else:
        located = [("", message_or_request)]
    latest = now + MAX_SCHEDULE_AHEAD
    issues = [
        Issue(
            path=f"{path}/sendAt",
            code="send_at.too_far",
            message=f"is {timestamp_text(m.send_at)}, more than 180 days after "
            f"{timestamp_text(now)}; a message is scheduled at most 180 days ahead",
        )
        for path, m in located
        if m.send_at is not None and m.send_at > latest
    ]
    if issues:
        raise ValidationError(issues)


def text_sms_count(
    text: str, language: SmsLanguage | None, transliteration: str | None = None
) -> int:
    """The SMS parts ``text`` costs sent with ``language`` and ``transliteration`` (a v2
    message's, a v3 text content's): the one count of a text, for every API version, and the
    count the validator bounds by 255 parts (`parts_as_sent`).

    The text counted is the one the API sends: transliterated first (`transliterate`), then
    counted with the default alphabet or the national tables the language allows
    (`count_with_shifts`).
    """
    return parts_as_sent(text, language, transliteration)


def advanced_sms_count(message: AdvancedMessage) -> int:
    """The SMS parts one destination of a v2 advanced message receives (see `sms_count`).

    A text is counted by `text_sms_count`, as a v3 text content is; a
    binary payload as v1's; a message without content is one empty part.
    """
    if isinstance(message, AdvancedTextMessage):
        if message.text is None:
            return count_segments("").count
        return text_sms_count(message.text, message.language, message.transliteration)
    binary = message.binary
    if binary is None:
        return count_binary_segments(b"").count
    return count_binary_segments(
        binary.hex, data_coding=binary.data_coding, esm_class=binary.esm_class
    ).count
