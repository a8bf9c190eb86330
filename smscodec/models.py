"""The bodies of the SMS API as typed, immutable values.

A request object that exists is valid: constructing one runs the same validator that decoding
runs, and raises `ValidationError` (with paths relative to the object) if a wire rule is broken.
Decoding builds objects only after every rule has passed, so it skips that second check.
Response objects are checked tolerantly, as response bodies are decoded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "BinaryContent",
    "BinaryMessage",
    "BinaryMultiRequest",
    "BinarySingleRequest",
    "RequestError",
    "SentMessage",
    "ServiceException",
    "SmsResponse",
    "Status",
    "TextMessage",
    "TextMultiRequest",
    "TextSingleRequest",
]


def _checked(obj: Any) -> None:
    # Imported here: the validator needs the body descriptions, which need these classes.
    from .validate import check_constructed

    check_constructed(obj)




@dataclass(frozen=True, slots=True, kw_only=True)
class TextMessage:
    """One text message of a multi request: ``{"from", "to", "text"}``."""

    to: tuple[str, ...]
    text: str
    sender: str | None = None

    def __post_init__(self) -> None:
        _checked(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class TextMultiRequest:
    """``POST /sms/1/text/multi``: several text messages, each to its own destinations."""

    messages: tuple[TextMessage, ...]

    def __post_init__(self) -> None:
        _checked(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class TextSingleRequest:
    """``POST /sms/1/text/single``: one text to one or more destinations."""

    to: tuple[str, ...]
    text: str
    sender: str | None = None

    def __post_init__(self) -> None:
        _checked(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class BinaryContent:
    """The ``binary`` object: the payload octets and how the handset is to read them."""

    hex: bytes
    data_coding: int = 0
    esm_class: int = 0

    def __post_init__(self) -> None:
        _checked(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class BinaryMessage:
    """One binary message of a multi request: ``{"from", "to", "binary"}``."""

    to: tuple[str, ...]
    binary: BinaryContent
    sender: str | None = None

    def __post_init__(self) -> None:
        _checked(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class BinaryMultiRequest:
    """``POST /sms/1/binary/multi``: several binary messages."""

    messages: tuple[BinaryMessage, ...]

    def __post_init__(self) -> None:
        _checked(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class BinarySingleRequest:
    """``POST /sms/1/binary/single``: one binary payload to one or more destinations."""

    to: tuple[str, ...]
    binary: BinaryContent
    sender: str | None = None

    def __post_init__(self) -> None:
        _checked(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class Status:
    """Where a sent message stands. Kept as the server sent it, even when inconsistent."""

    group_id: int
    group_name: str
    id: int
    name: str
    description: str
    action: str | None = None

    def __post_init__(self) -> None:
        _checked(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class SentMessage:
    """One destination's entry in a response."""

    to: str
    status: Status
    sms_count: int
    message_id: str

    def __post_init__(self) -> None:
        _checked(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class SmsResponse:
    """The response to any send request."""

    messages: tuple[SentMessage, ...]
    bulk_id: str | None = field(default=None)

    def __post_init__(self) -> None:
        _checked(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class ServiceException:
    """The ``serviceException`` inside an error body."""

    message_id: str
    text: str

    def __post_init__(self) -> None:
        _checked(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestError:
    """The API's error body: ``{"requestError": {"serviceException": {...}}}``."""

    service_exception: ServiceException

    def __post_init__(self) -> None:
        _checked(self)
