"""The vocabulary in which each body is described once: fields, their kinds and rules.

Decoding, validation, encoding (JSON and XML) and the shipped schemas are all driven by these
descriptions (see `bodies`), so a rule, an issue code or a path is written in one place.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._core.frozenmap import FrozenMap
from .._core.report import Loc, Report
from .inline import inline

__all__ = ["MISSING", "Body", "BodyCheck", "Field", "FieldRule", "Kind", "Rule",
           "members", "telling"]

#: A rule's check: ``check(value, report, parent, key)`` returns the Python value or INVALID.
Check = Callable[[Any, Report, Loc, "str | int"], Any]


@dataclass(frozen=True, slots=True, eq=False)
class FieldRule:
    """A field rule, stated once, that every part of smscodec asks.

    Called, it checks a value of the neutral tree and returns the Python value, or reports why
    not and returns INVALID. ``valid`` states its valid case as a function of one ``return``
    over a value of ``value_type`` (and the `Limits` ``L`` if it takes a second parameter):
    the careful rule calls it, and the generated fast paths inline it (`valid_source`).
    ``facts`` is what the JSON Schema and XSD state about a valid value.
    """

    name: str
    check: Check
    valid: Callable[..., bool] | None = None
    value_type: type | None = None
    #: A string that must hold no lone surrogate (which JSON escapes can smuggle in).
    clean: bool = False
    #: Turns a valid value into the Python one (hex text into bytes); None keeps it.
    parse: Callable[[Any], Any] | None = None
    #: The rule of each item, for a field that is one value or an array of them (``to``).
    item: FieldRule | None = None
    #: For an array: the fewest items, and the `Limits` attribute bounding the most.
    min_items: int = 0
    max_items: str | None = None
    facts: Mapping[str, Any] = field(default_factory=lambda: FrozenMap())

    def __call__(self, value: Any, r: Report, parent: Loc, key: str | int) -> Any:
        return self.check(value, r, parent, key)

    def valid_source(self, var: str, *, typed: bool = False) -> str:
        """The valid case as source over the variable ``var``, for the generated fast paths
        (``L`` names the `Limits` there); with its type test unless ``var`` is ``typed``."""
        assert self.valid is not None and self.value_type is not None, self.name
        test = inline(self.valid, var, "L")
        return test if typed else f"type({var}) is {self.value_type.__name__} and ({test})"

    def __repr__(self) -> str:
        return f"<rule {self.name}>"


#: Every rule is a `FieldRule`; the alias names them where a field's rule is meant.
Rule = FieldRule


@dataclass(frozen=True, slots=True, eq=False)
class BodyCheck:
    """A rule across the fields of one object, run once each field passed (the payload rules
    of binary content): ``check(values, report, loc)`` reports and returns False on a fault.

    ``valid`` is its valid case over the values of ``fields`` (Python names, in order), for
    the generated fast paths to inline; ``strict_only`` says it finds nothing unless decoding
    with ``strict=True`` (status groups), so the fast paths, which never run strictly, skip it.
    """

    name: str
    check: Callable[[dict[str, Any], Report, Loc], bool]
    valid: Callable[..., bool] | None = None
    fields: tuple[str, ...] = ()
    strict_only: bool = False

    def __call__(self, values: dict[str, Any], r: Report, loc: Loc) -> bool:
        return self.check(values, r, loc)

    def valid_source(self, *variables: str) -> str:
        """The valid case as source over the variables holding ``fields``' values."""
        assert self.valid is not None, self.name
        return inline(self.valid, *variables)

    def __repr__(self) -> str:
        return f"<check {self.name}>"


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


# A description is one object, made once: fields and bodies compare and hash by identity, so
# a table keyed by them costs a pointer hash, not a walk of the description.
@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
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
    choices: tuple[Body, ...] = ()  # the shapes of a UNION (see `telling`)
    #: A DESTINATIONS-kind array of strings that is always an array, never a lone string
    #: (a delivery window's days): read only as an array, written as one even of one item.
    always_array: bool = False
    #: For an ARRAY of the top-level object: in XML its items may also come unwrapped, each
    #: an element named as the field itself (``<results><bulkId>…</results><results>…``, as
    #: some servers write a list): read, never written (see `_xml.read._rewrap`).
    xml_unwrapped: bool = False

    @property
    def facts(self) -> Mapping[str, Any]:
        """What the shipped schemas state about a valid value: the rule's own facts."""
        return self.rule.facts

    @property
    def min_items(self) -> int:
        """The fewest items of an ARRAY or DESTINATIONS array (its rule's)."""
        return self.rule.min_items

    @property
    def max_items(self) -> str | None:
        """The `Limits` attribute bounding the items of an array (its rule's)."""
        return self.rule.max_items

    @property
    def values(self) -> tuple[str, ...]:
        """The values of an ENUM (its rule's), in the order the schemas list them: all there
        are in a request, the known ones in a response."""
        facts = self.rule.facts
        return tuple(facts.get("enum", facts.get("examples", ())))


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class Body:
    """An object of the API: its model, its fields in canonical order, and its checks."""

    model: type[Any]
    fields: tuple[Field, ...]
    doc: str
    #: Requests are closed (unknown fields are issues); responses are open unless strict.
    closed: bool
    #: A rule across fields, run once every field passed; reports and returns False on a fault.
    check: BodyCheck | None = None
    #: Only for the top level: the body's name (``text-multi-request``, as the command line and
    #: the schema files call it), XML root element, and a JSON wrapper key.
    name: str | None = None
    xml_root: str | None = None
    #: A root element that may enclose ``xml_root`` (as the top-level object of the JSON twin
    #: encloses ``wrapper``): read, never written.
    xml_envelope: str | None = None
    #: Other names of the root element, read (also with ``strict=True``), never written: the
    #: servers' other names for the same body (``DeliveryReports`` for ``reportResponse``).
    xml_root_aliases: tuple[str, ...] = ()
    wrapper: str | None = None
    #: Only for the top level: where the body travels ("request", "response", "error" or
    #: "webhook"), and the API operations that carry it ("POST /sms/1/text/multi"), for
    #: `smscodec kinds` and the server pieces.
    direction: str | None = None
    endpoints: tuple[str, ...] = ()
    #: Fields of another version of the API that this body lacks, each to what this body takes
    #: instead (``{"text": "content: {text}"}``): an object holding any is refused with one
    #: `IssueCode.FIELD_OTHER_VERSION` naming the mix-up, not an issue per field.
    foreign: Mapping[str, str] = field(default_factory=lambda: FrozenMap())
    #: The version ``foreign`` names when ``others`` cannot tell, and this body's, for that
    #: issue's sentence.
    versions: tuple[str, str] = ("", "")
    #: The objects of the other versions at this body's place (a request, a message), each
    #: version to its fields' wire names: the issue names the version(s) whose fields the
    #: mixed-up object holds most of. Filled once every body exists (`bodies`), as the
    #: versions' descriptions refer to one another.
    others: dict[str, frozenset[str]] = field(default_factory=dict)


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
