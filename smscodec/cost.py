"""What a request message costs: the ``smsCount`` a gateway charges per destination."""

from __future__ import annotations

from .models import (
    BinaryMessage,
    BinarySingleRequest,
    TextMessage,
    TextSingleRequest,
)
from .segments import count_binary_segments, count_segments

__all__ = ["sms_count"]


def sms_count(
    message: TextMessage | BinaryMessage | TextSingleRequest | BinarySingleRequest,
) -> int:
    """The SMS parts one destination of ``message`` receives (the response's ``smsCount``).

    Text is counted as most gateways do, with the GSM 7-bit default alphabet or UCS-2 and no
    national language tables; the validator refuses texts and payloads over 255 parts with
    this same engine, so the two never disagree.
    """
    if isinstance(message, TextMessage | TextSingleRequest):
        return count_segments(message.text).count
    binary = message.binary
    return count_binary_segments(
        binary.hex, data_coding=binary.data_coding, esm_class=binary.esm_class
    ).count
