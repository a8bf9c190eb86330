"""Collecting issues while a body is walked: bounded, and cheap while there are none."""

from __future__ import annotations

from typing import TypeAlias

from .errors import Issue, ValidationError
from .limits import Limits
from .xmlchars import UNENCODABLE_RE

__all__ = ["Loc", "Report", "render"]

#: Where a value sits, as a chain ``(parent, key)`` built while walking. Turned into a JSON
#: Pointer only when an issue needs it, so a valid body never pays for path strings.
Loc: TypeAlias = "tuple[Loc, str | int] | None"


def render(loc: Loc) -> str:
    """The JSON Pointer (RFC 6901) of a location."""
    keys: list[str] = []
    while loc is not None:
        loc, key = loc
        text = str(key)
        if "~" in text or "/" in text:
            text = text.replace("~", "~0").replace("/", "~1")
        if not text.isprintable() and UNENCODABLE_RE.search(text):
            # A key holding a lone surrogate or a control XML cannot carry (JSON can smuggle
            # either in) could not be sent back in an error body: it is written as \uXXXX.
            text = UNENCODABLE_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
        keys.append(text)
    keys.reverse()
    return "".join("/" + k for k in keys)


class Report:
    """The issues of one decode or one construction, up to ``limits.max_issues``."""

    __slots__ = ("issues", "limits", "more", "strict", "xml")

    def __init__(self, limits: Limits, *, strict: bool, xml: bool = False) -> None:
        self.issues: list[Issue] = []
        self.more = 0
        self.limits = limits
        self.strict = strict
        # In XML every leaf is text: integer fields arrive as strings to be read as xs:integer.
        self.xml = xml

    def has_room(self) -> bool:
        """Whether another issue would be kept (callers may skip building its message)."""
        return len(self.issues) < self.limits.max_issues

    def add(self, loc: Loc, code: str, message: str) -> None:
        """Keep an issue; ``code`` is an `IssueCode` member or its value."""
        if len(self.issues) < self.limits.max_issues:
            # A member is kept as its plain value, so that every Issue.code is one type, with
            # the repr and pickle it always had, whichever form the emitter passed.
            self.issues.append(Issue(path=render(loc), code=str(code), message=message))
        else:
            self.more += 1

    def error(self) -> ValidationError:
        return ValidationError(self.issues, self.more)
