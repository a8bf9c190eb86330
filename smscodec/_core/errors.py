"""What can go wrong, and where.

Every failure of decode or encode is a `SmsCodecError` (a `ValueError`) carrying one or more
`Issue` values: a JSON Pointer into the body, a stable machine code, a sentence for a person,
and, for XML bodies, the source line. The path of a fault is the same in a JSON body and in its
XML twin, so a client can act on it without knowing which format was sent.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

__all__ = [
    "DecodeError",
    "EncodeError",
    "Issue",
    "SmsCodecError",
    "ValidationError",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Issue:
    """One problem found in a body."""

    path: str
    """JSON Pointer (RFC 6901) to the faulty value: ``""`` is the whole body."""
    code: str
    """Stable, machine-readable code such as ``"hex.odd_digit"``: the value of an `IssueCode`
    member, which ``IssueCode(issue.code)`` gives with its meaning."""
    message: str
    """A sentence a person can act on, with the fix where one is known."""
    line: int | None = None
    """Line of the faulty element in an XML body; None for JSON."""

    def __str__(self) -> str:
        where = self.path or "/"
        if self.line is not None:
            where = f"{where} (line {self.line})"
        return f"{where}: {self.message}"


class SmsCodecError(ValueError):
    """Base of every error smscodec raises; iterate it for its issues."""

    issues: tuple[Issue, ...]

    def __init__(self, issues: Sequence[Issue]) -> None:
        self.issues = tuple(issues)
        super().__init__(self._summary())

    def _summary(self) -> str:
        if len(self.issues) == 1:
            return str(self.issues[0])
        return f"{len(self.issues)} problems:\n" + "\n".join(f"  {i}" for i in self.issues)

    def __iter__(self) -> Iterator[Issue]:
        return iter(self.issues)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.issues,))

    @property
    def code(self) -> str:
        """The code of the first issue: enough to branch on for a one-issue error."""
        return self.issues[0].code

    @property
    def path(self) -> str:
        """The path of the first issue."""
        return self.issues[0].path


class DecodeError(SmsCodecError):
    """The bytes are not a body at all: not well-formed, too large, or the wrong media type.

    The fault is the sender's: the body must be fixed before it can be checked further.
    """


class ValidationError(SmsCodecError):
    """The body is well-formed but breaks wire rules; ``issues`` lists every one found.

    At most ``Limits.max_issues`` issues are kept; ``more`` counts those left out.
    """

    more: int

    def __init__(self, issues: Sequence[Issue], more: int = 0) -> None:
        self.more = more
        super().__init__(issues)

    def _summary(self) -> str:
        text = super()._summary()
        if self.more:
            text += f"\n  ... and {self.more} more"
        return text

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.issues, self.more))


class EncodeError(SmsCodecError):
    """A value cannot be written in the requested format without altering it."""
