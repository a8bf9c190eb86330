"""The neutral tree both codecs read a body into, and the markers it may hold.

A JSON body becomes what `json.loads` gives (dicts, lists, str, int); an XML body becomes the
same shapes, guided by the body description. Values the wire allows but the rules never accept
(a float, a number too long for any field, an object with a repeated key) are kept as markers,
so the validator can report them at their path instead of the parser failing without one.
"""

from __future__ import annotations

from typing import Any

__all__ = ["BigNumber", "Duplicates", "Fraction", "WrongType", "colons", "describe"]


class Duplicates(dict[str, Any]):
    """An object in which keys were repeated; holds the last value of each."""

    __slots__ = ("repeated",)

    def __init__(self, pairs: list[tuple[str, Any]], repeated: list[str]) -> None:
        super().__init__(pairs)
        self.repeated = repeated


class Fraction(str):
    """A JSON number with a fraction or exponent, kept as its source text."""

    __slots__ = ()


class BigNumber(str):
    """A JSON integer with more digits than any field allows, kept as its source text."""

    __slots__ = ()


class WrongType:
    """A Python value of the wrong type handed to a model constructor."""

    __slots__ = ("expected", "value")

    def __init__(self, value: object, expected: str) -> None:
        self.value = value
        self.expected = expected


def show(value: str, limit: int = 40) -> str:
    """Quote a string for a message, cut so that hostile input cannot bloat it."""
    if len(value) > limit:
        return repr(value[:limit]) + f"... ({len(value)} characters)"
    return repr(value)


def describe(value: object) -> str:
    """Name a value's wire type, for messages such as "must be a string, not an array"."""
    if isinstance(value, WrongType):
        return f"a Python {type(value.value).__name__}"
    if isinstance(value, Fraction):
        return f"the number {value[:30]}"
    if isinstance(value, BigNumber):
        return f"a {len(value)}-digit number"
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):
        return f"the number {value}"
    if isinstance(value, str):
        return "a string" if value else "an empty string"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return f"a {type(value).__name__}"


def colons(node: Any) -> int:
    """The members of every object in ``node`` plus the colons inside its strings (keys too).

    What the JSON text of ``node`` holds in colons if no key in it was repeated: outside
    strings JSON writes a colon only after a member's name (see `_fastpath.sealed`).
    """
    total = 0
    stack = [node]
    pop, push = stack.pop, stack.extend
    while stack:
        item = pop()
        if isinstance(item, dict):
            total += len(item)
            for key in item:
                if ":" in key:
                    total += key.count(":")
            push(item.values())
        elif isinstance(item, list):
            push(item)
        elif isinstance(item, str) and ":" in item:
            total += item.count(":")
    return total
