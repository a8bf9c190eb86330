"""The bodies of the SMS API as typed, immutable values.

A request object that exists is valid: constructing one runs the same validator that decoding
runs, and raises `ValidationError` (with paths relative to the object) if a wire rule is broken.
Nested models are trusted and kept as they are (``request.messages[0] is message``): they were
checked when they were built.
Decoding builds objects only after every rule has passed, so it skips that second check.
Response objects are checked tolerantly, as response bodies are decoded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeVar, dataclass_transform

from .._catalogue import StatusCode, match_status, status_is_final
from .._validate.construct import check_constructed

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


_T = TypeVar("_T")


@dataclass_transform(frozen_default=True, kw_only_default=True)
def model_class(cls: type[_T]) -> type[_T]:
    """A frozen, slotted, keyword-only dataclass whose constructor checks the wire rules."""
    cls.__post_init__ = check_constructed  # type: ignore[attr-defined]
    return dataclass(frozen=True, slots=True, kw_only=True)(cls)


@model_class
class TextMessage:
    """One text message of a multi request: ``{"from", "to", "text"}``."""

    to: tuple[str, ...]
    text: str
    sender: str | None = None


@model_class
class TextMultiRequest:
    """``POST /sms/1/text/multi``: several text messages, each to its own destinations."""

    messages: tuple[TextMessage, ...]


@model_class
class TextSingleRequest:
    """``POST /sms/1/text/single``: one text to one or more destinations."""

    to: tuple[str, ...]
    text: str
    sender: str | None = None


@model_class
class BinaryContent:
    """The ``binary`` object: the payload octets and how the handset is to read them."""

    hex: bytes
    data_coding: int = 0
    esm_class: int = 0


@model_class
class BinaryMessage:
    """One binary message of a multi request: ``{"from", "to", "binary"}``."""

    to: tuple[str, ...]
    binary: BinaryContent
    sender: str | None = None


@model_class
class BinaryMultiRequest:
    """``POST /sms/1/binary/multi``: several binary messages."""

    messages: tuple[BinaryMessage, ...]


@model_class
class BinarySingleRequest:
    """``POST /sms/1/binary/single``: one binary payload to one or more destinations."""

    to: tuple[str, ...]
    binary: BinaryContent
    sender: str | None = None


@model_class
class Status:
    """Where a sent message stands. Kept as the server sent it, even when inconsistent.

    ``group_id`` and ``id`` identify the status; the names and the description label them,
    and a tolerant decode reads a status without them (``strict=True`` demands them).
    """

    group_id: int
    id: int
    group_name: str | None = None
    name: str | None = None
    description: str | None = None
    action: str | None = None

    @property
    def catalogue(self) -> StatusCode | None:
        """The published catalogue's entry for this status id (where the catalogue reuses the
        id, the meaning with this name and group); None when the catalogue lacks the id."""
        return match_status(self.id, self.name, self.group_id)

    @property
    def is_final(self) -> bool | None:
        """True when no later status follows this one (see `smscodec.status`): by the group the
        status names (``group_id``, else ``group_name``), else by the catalogue's group for
        its id; None when neither is known."""
        final = status_is_final(self.group_id, self.group_name, self.id)
        if final is None and (entry := self.catalogue) is not None:
            return entry.is_final
        return final


@model_class
class SentMessage:
    """One destination's entry in a response. A tolerant decode reads one without ``to`` or
    ``smsCount`` (newer servers write ``smsCount`` only when asked); ``strict=True`` demands
    them."""

    status: Status
    message_id: str
    to: str | None = None
    sms_count: int | None = None


@model_class
class SmsResponse:
    """The response to any send request."""

    messages: tuple[SentMessage, ...]
    bulk_id: str | None = field(default=None)


@model_class
class ServiceException:
    """The ``serviceException`` inside an error body.

    ``validation_errors`` maps a field (an issue path, for the bodies smscodec writes) to the
    messages about it. Built from a dict of lists, it is kept as an immutable `FrozenMap` of
    tuples, so the model stays a hashable value.
    """

    message_id: str
    text: str | None = None
    validation_errors: Mapping[str, tuple[str, ...]] | None = None


@model_class
class RequestError:
    """The API's error body: ``{"requestError": {"serviceException": {...}}}``."""

    service_exception: ServiceException
