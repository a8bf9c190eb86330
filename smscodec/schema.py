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

__all__ = ["MISSING", "Body", "Field", "Kind", "Rule", "members", "telling"]

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
    BOOLEAN = "boolean"  # JSON true or false; XML true, false, 1 or 0 (xs:boolean)
    ENUM = "enum"  # a string from ``Field.values``: closed in requests, open in responses
    DECIMAL = "decimal"  # an exact number (`decimal.Decimal`), written back digit for digit
    TIMESTAMP = "timestamp"  # an aware `datetime`, written as 2019-11-09T16:00:00.000+0000
    UNION = "union"  # an object of one of the shapes ``Field.choices``, told by its fields


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
    values: tuple[str, ...] = ()  # the values of an ENUM, in the order schemas list them
    choices: tuple[Body, ...] = ()  # the shapes of a UNION (see `telling`)
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


def telling(choices: tuple[Body, ...]) -> tuple[tuple[str, ...], ...]:
    """For each shape of a UNION, the fields that tell it: its required fields (wire names)
    that no other shape has. A value is of the shape whose telling fields it holds.

    ValueError if a shape has none: then some value could not be told apart.
    """
    out = []
    for i, shape in enumerate(choices):
        others = {f.wire for j, other in enumerate(choices) if j != i for f in other.fields}
        tells = tuple(f.wire for f in shape.fields if f.required and f.wire not in others)
        if not tells:
            raise ValueError(
                f"{shape.model.__name__} has no required field that the other shapes lack, "
                "so a value of it could not be told apart"
            )
        out.append(tells)
    return tuple(out)


def members(f: Field) -> tuple[Field, ...]:
    """The fields an OBJECT, an item of an ARRAY, or a UNION may hold (a UNION: every
    shape's, each wire name once, as the XML readers read them before a shape is chosen)."""
    if f.body is not None:
        return f.body.fields
    seen: dict[str, Field] = {}
    for shape in f.choices:
        for member in shape.fields:
            first = seen.setdefault(member.wire, member)
            if first.kind is not member.kind or first.body is not member.body:
                # XML is read before the shape is known: a name is read one way only.
                raise ValueError(f"the shapes of {f.wire!r} differ on the kind of "
                                 f"{member.wire!r}")
    return tuple(seen.values())
