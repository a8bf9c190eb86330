"""The vocabulary in which each body is described once: fields, their kinds and rules.

Decoding, validation, encoding (JSON and XML) and the shipped schemas are all driven by these
descriptions (see `bodies`), so a rule, an issue code or a path is written in one place.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .report import Loc, Report

__all__ = ["MISSING", "Body", "Field", "Kind", "Rule"]

#: A field rule: ``rule(value, report, parent, key)`` returns the Python value or INVALID.
Rule = Callable[[Any, Report, Loc, "str | int"], Any]


class Kind(enum.Enum):
    """How a field is written on the wire."""

    TEXT = "text"  # a string that may need JSON escaping and XML care
    TOKEN = "token"  # a string the rules confine to printable ASCII with no escapes
    INTEGER = "integer"
    DESTINATIONS = "destinations"  # one string, or an array of strings
    OCTETS = "octets"  # bytes, written as space-separated hex pairs
    OBJECT = "object"
    ARRAY = "array"  # of objects, each described by ``Field.body``
    MAP = "map"  # an object from any string to an array of strings (``validationErrors``)


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


@dataclass(frozen=True, slots=True, kw_only=True)
class Field:
    """One member of a body: its wire name, Python name, kind and rule."""

    wire: str
    name: str
    kind: Kind
    rule: Rule
    doc: str
    required: bool = True
    #: Required only when decoding with ``strict=True``; tolerant reading takes it as optional
    #: (a response field a server may leave out without the rest losing its meaning).
    strict_required: bool = False
    default: Any = None
    body: Body | None = None  # the description of an OBJECT, or of each item of an ARRAY
    item: str | None = None  # XML element name of each item of an ARRAY or DESTINATIONS
    #: Other item names read (never written): the API's own documents name them differently.
    item_aliases: tuple[str, ...] = ()
    min_items: int = 0  # fewest items of an ARRAY or DESTINATIONS array
    max_items: str | None = None  # the `Limits` attribute bounding its items
    facts: dict[str, Any] = field(default_factory=dict)  # what the shipped schemas state


@dataclass(frozen=True, slots=True, kw_only=True)
class Body:
    """An object of the API: its model, its fields in canonical order, and its checks."""

    model: type[Any]
    fields: tuple[Field, ...]
    doc: str
    #: Requests are closed (unknown fields are issues); responses are open unless strict.
    closed: bool
    #: A rule across fields, run once every field passed; reports and returns False on a fault.
    check: Callable[[dict[str, Any], Report, Loc], bool] | None = None
    #: Only for the top level: the kind name, XML root element, and a JSON wrapper key.
    kind: str | None = None
    xml_root: str | None = None
    #: A root element that may enclose ``xml_root`` (as the top-level object of the JSON twin
    #: encloses ``wrapper``): read, never written.
    xml_envelope: str | None = None
    wrapper: str | None = None
