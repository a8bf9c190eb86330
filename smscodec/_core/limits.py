"""Bounds on a body, so hostile input costs bounded time and memory."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Limits"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    """The most a body may hold. Pass your own to `decode` to raise or lower them.

    The defaults admit every message that fits in 255 parts (the most a concatenated SMS can
    number) while keeping a single request's decoded size to tens of megabytes.
    """

    max_bytes: int = 8 * 1024 * 1024
    """Size of the encoded body in bytes."""
    max_depth: int = 32
    """Element nesting of an XML body. (A JSON body's structure beyond the body description is
    never walked; JSON nesting is bounded by the parser's recursion guard and refused.)"""
    max_messages: int = 10_000
    """Items of ``messages``."""
    max_destinations: int = 10_000
    """Items of one message's ``to``."""
    max_text_length: int = 39_015
    """Characters of a ``text``: 255 parts of 153 GSM 7-bit septets is the longest text that
    can be sent at all, so nothing longer is worth counting."""
    max_payload_octets: int = 39_015
    """Octets of a binary payload: 255 parts of 153 septets (one octet each, dataCoding 0 and 1)
    is the largest payload that can be sent at all."""
    max_string_length: int = 4_096
    """Characters of any other string (sender, destination, ids, descriptions)."""
    max_issues: int = 100
    """Issues kept in a `ValidationError`; the rest are counted in ``more``."""

    def __post_init__(self) -> None:
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if type(value) is not int or value < 1:
                raise ValueError(f"Limits.{name} must be a positive integer, not {value!r}")
