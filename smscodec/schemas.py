"""JSON Schema (draft 2020-12) and XSD 1.0 for every body, derived from the body descriptions.

The shipped files live in the package data directory ``smscodec/schema_files/`` (and, byte for byte,
in the repository's top-level ``schemas/``); `schema` (from `_shipped_schemas`, which needs no
lxml) returns their text. They are written by
``scripts/generate_schemas.py`` from `generate`, and a test keeps them equal to what `generate`
makes now, so they cannot drift from `bodies`.

What each schema states comes from the fields themselves: kind, required, default, doc, and
``Field.facts``, which uses a small JSON-Schema-like vocabulary:

- ``pattern``: a regular expression the WHOLE value must match, written in the subset that
  XSD, ECMA-262 and Python's ``re`` read alike: literal characters (``:`` too), ``[...]``
  classes of ASCII ranges, a literal point as the class ``[.]``, groups ``(...)``, ``|`` and
  the quantifiers ``? * + {m,n}``; no ``\\d`` (which in XSD and in Python matches non-ASCII
  digits), no bare ``.``, no anchors, no ``(?...)`` groups or look-around. XSD uses it as
  it is (XSD patterns are implicitly anchored); JSON Schema anchors it (see `_anchored`).
- ``minLength`` / ``maxLength`` (characters), ``minimum`` / ``maximum`` (integers),
  ``description``.
- ``anyOf``: a list of alternatives, each made of the keys above (a string must satisfy one).

For a DESTINATIONS field the string facts apply to each destination. The fewest items of an
array come from ``Field.min_items``; the most are `Limits`, which a caller sets, so no schema
states them.

The rules a schema language cannot state (repeated keys, the payload rules that depend on
dataCoding and esmClass, 255 parts, lone surrogates, the `Limits`, strict response checks)
are listed in ``docs/schemas.md``; the codec enforces them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, Final

from lxml import etree

from ._shipped_schemas import KIND_NAMES, file_name, schema
from ._spec.bodies import KINDS
from ._spec.rules.decimals import CANONICAL as DECIMAL_FORM
from ._spec.rules.decimals import MAX_DIGITS
from ._spec.vocabulary import Body, Field, Kind, members, telling

__all__ = [
    "KIND_NAMES",
    "file_name",
    "generate",
    "json_schema",
    "json_schema_of",
    "schema",
    "xsd",
    "xsd_of",
]

_DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"
_ID: Final = "https://smscodec.invalid/schemas/{kind}.schema.json"
_XS: Final = "http://www.w3.org/2001/XMLSchema"
_XS_TAG: Final = "{" + _XS + "}"

# What a facts pattern may be made of (see the module docstring).
_PORTABLE: Final = re.compile(r"(?:[A-Za-z0-9 \[\]\-(){},|?*+:]|\[[.]\])*")

# Python's `$` also matches just before a final "\n", and jsonschema applies `pattern` with
# re.search, so "^(?:...)$" alone would let "41793026727\n" through in Python while ECMA-262
# (the dialect JSON Schema prescribes, where `$` is the very end) refuses it. No end anchor is
# spelled alike in both (Python's \Z does not exist in ECMA-262, and `(?![\s\S])` is
# look-around, which the Rust `regex` crate, and so pydantic's default engine, cannot compile).
# So each pattern stays a plain "^(?:...)$", which means the same everywhere as long as the
# string holds no line feed, and a sibling "not" refuses any line feed. No facts pattern
# admits one, so the guard changes nothing under ECMA-262 and closes the gap under Python.
_NO_LINE_FEED: Final = {"pattern": "\n"}

_ROOT_COMMENT: Final = (
    "Generated from smscodec's body descriptions by scripts/generate_schemas.py; do not edit. "
    "Each pattern is anchored as ^(?:...)$ and uses only ASCII classes, so it reads alike in "
    "ECMA-262, Python re and Rust regex; because Python's $ also matches before a final line "
    'feed, every patterned string also carries "not": {"pattern": "\\n"}. '
    "Rules no schema states (repeated keys, integers written as 1.0 or 1e2, payload rules by "
    "dataCoding and esmClass, 255 parts, lone surrogates, size limits) are enforced by the "
    "smscodec codec."
)


def generate() -> dict[str, str]:
    """Every schema file as it must be shipped: file name to text, in kind order."""
    out: dict[str, str] = {}
    for kind in KIND_NAMES:
        out[file_name(kind, "json")] = (
            json.dumps(json_schema(kind), indent=2, ensure_ascii=False) + "\n"
        )
        out[file_name(kind, "xsd")] = xsd(kind)
    return out


def _body(kind: str) -> Body:
    try:
        return KINDS[kind]
    except KeyError:
        raise ValueError(
            f"unknown body kind {kind!r}; use one of {', '.join(KIND_NAMES)}"
        ) from None


def _portable(pattern: str) -> str:
    if _PORTABLE.fullmatch(pattern) is None or "(?" in pattern:
        raise ValueError(f"pattern {pattern!r} leaves the subset XSD, ECMA-262 and re share")
    re.compile(pattern)
    return pattern


# --- JSON Schema ----------------------------------------------------------------------------


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a body kind, as a dict ready for ``json.dumps``."""
    return json_schema_of(_body(kind))


def json_schema_of(body: Body) -> dict[str, Any]:
    """The JSON Schema of any top-level body description (one with a ``kind``)."""
    assert body.name is not None, f"{body.model.__name__} is not a top-level body"
    defs: dict[str, Any] = {}
    out: dict[str, Any] = {
        "$schema": _DRAFT,
        "$id": _ID.format(kind=body.name),
        "$comment": _ROOT_COMMENT,
        "title": body.model.__name__,
        "description": body.doc,
    }
    if body.wrapper is None:
        out.update(_object(body, defs))
    else:
        inner = {"title": body.wrapper, "description": body.doc, **_object(body, defs)}
        out.update(
            {
                "type": "object",
                "properties": {body.wrapper: inner},
                "required": [body.wrapper],
                # The error body is a response: anything else beside the wrapper is ignored.
                "additionalProperties": True,
            }
        )
    if defs:
        out["$defs"] = defs
    return out


def _object(body: Body, defs: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": "object",
        "properties": {
            f.wire: _property(f, defs, nullable=not body.closed and not f.required)
            for f in body.fields
        },
    }
    required = [f.wire for f in body.fields if f.required]
    if required:
        out["required"] = required
    # Requests are closed; responses are open, as the codec decodes them (unless strict).
    out["additionalProperties"] = not body.closed
    return out


def _ref(body: Body, defs: dict[str, Any]) -> dict[str, Any]:
    name = body.model.__name__
    if name not in defs:
        defs[name] = {}  # reserve the slot first: keeps $defs in first-use order
        defs[name] = {"title": name, "description": body.doc, **_object(body, defs)}
    return {"$ref": f"#/$defs/{name}"}


def _property(f: Field, defs: dict[str, Any], *, nullable: bool = False) -> dict[str, Any]:
    """The schema of a field; ``nullable``: an optional member of an open body, where the
    tolerant reading takes ``null`` as absent."""
    out: dict[str, Any] = {"title": f.wire, "description": f.doc}
    kind = f.kind
    if kind in (Kind.TEXT, Kind.TOKEN, Kind.OCTETS, Kind.TIMESTAMP):
        out.update(_string(f.facts))
    elif kind is Kind.BOOLEAN:
        out["type"] = "boolean"
    elif kind is Kind.ENUM:
        # The rule's facts: "enum" when closed; a response's is open, any string is read, and
        # its values are "examples" of what is known.
        assert f.values, f"{f.wire}: an enum without values"
        out["type"] = "string"
        out.update({key: list(values) for key, values in f.facts.items()})
    elif kind is Kind.DECIMAL:
        # An exact number; its bound on digits is the codec's (decimal.digits).
        out["type"] = "number"
    elif kind is Kind.UNION:
        out["oneOf"] = [_ref(shape, defs) for shape in f.choices]
    elif kind is Kind.INTEGER:
        out["type"] = "integer"
        out.update({k: f.facts[k] for k in ("minimum", "maximum") if k in f.facts})
    elif kind is Kind.DESTINATIONS:
        item = _string(f.facts)
        if "enum" in f.facts:
            item["enum"] = list(f.facts["enum"])
        array: dict[str, Any] = {"type": "array"}
        if f.min_items:
            array["minItems"] = f.min_items
        array["items"] = item
        if f.always_array:
            out.update(array)
        else:
            out["oneOf"] = [item, array]
    elif kind is Kind.OBJECT:
        assert f.body is not None
        out.update(_ref(f.body, defs))
    elif kind is Kind.MAP:
        out["type"] = "object"
        out["additionalProperties"] = {"type": "array", "items": {"type": "string"}}
    else:
        assert f.body is not None
        out["type"] = "array"
        if f.min_items:
            out["minItems"] = f.min_items
        out["items"] = _ref(f.body, defs)
    if not f.required and f.default is not None:
        out["default"] = f.default
    if nullable:
        if isinstance(out.get("type"), str) and not out.keys() & {"not", "anyOf", "enum"}:
            out["type"] = [out["type"], "null"]
        else:
            # An object, a union, or a string with a pattern (whose "not" would refuse null).
            title, description = out.pop("title"), out.pop("description")
            out = {"title": title, "description": description,
                   "anyOf": [out, {"type": "null"}]}
    return out


def _string(facts: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "string"}
    out.update(_string_facts(facts))
    if "anyOf" in facts:
        out["anyOf"] = [_string_facts(branch) for branch in facts["anyOf"]]
    if _has_pattern(facts):
        out["not"] = dict(_NO_LINE_FEED)
    return out


def _string_facts(facts: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "description" in facts:
        out["description"] = facts["description"]
    if "pattern" in facts:
        out["pattern"] = _anchored(facts["pattern"])
    for key in ("minLength", "maxLength"):
        if key in facts:
            out[key] = facts[key]
    return out


def _has_pattern(facts: Mapping[str, Any]) -> bool:
    return "pattern" in facts or any("pattern" in b for b in facts.get("anyOf", ()))


def _anchored(pattern: str) -> str:
    """A whole-value pattern as JSON Schema's unanchored ``pattern`` (see _NO_LINE_FEED)."""
    return f"^(?:{_portable(pattern)})$"


# --- XSD ------------------------------------------------------------------------------------

_TO_NOTE: Final = (
    " Decoding also accepts the plain form <to>41793026727</to> for one destination. XSD 1.0 "
    "cannot describe both: a type with simple content cannot hold the nested <to> children, "
    "and mixed content would accept an empty <to/> and text no pattern can constrain. This "
    "schema therefore describes the nested form only, which is what smscodec writes. "
)
_OPEN_NOTE: Final = (
    " Response bodies are open: smscodec's decoder ignores unknown elements (unless strict). "
    "XSD 1.0 cannot say so for children in any order, since xs:any is not allowed inside "
    "xs:all, and a sequence with xs:any would fix the order and break the Unique Particle "
    "Attribution rule. This schema therefore describes the canonical XML that smscodec writes "
    "and refuses unknown elements. "
)


def xsd(kind: str) -> str:
    """The XSD 1.0 of a body kind: the canonical XML that `smscodec.encode` writes."""
    return xsd_of(_body(kind))


def xsd_of(body: Body) -> str:
    """The XSD 1.0 of any top-level body description (one with an ``xml_root``)."""
    root_name = body.xml_root
    assert root_name is not None
    root = etree.Element(_XS_TAG + "schema", nsmap={"xs": _XS})
    _doc(root, f"{body.model.__name__}: {body.doc}")
    root.append(
        etree.Comment(
            " Generated from smscodec's body descriptions by scripts/generate_schemas.py; do "
            "not edit. Patterns use ASCII classes such as [0-9] (XSD's \\d also matches "
            "non-ASCII digits). Rules no schema states (payload rules by dataCoding and "
            "esmClass, 255 parts, size limits) are enforced by the smscodec codec. "
        )
    )
    if not body.closed:
        root.append(etree.Comment(_OPEN_NOTE))
    etree.SubElement(root, _XS_TAG + "element", name=root_name, type=body.model.__name__)
    done: set[str] = set()
    pending = [body]
    while pending:
        current = pending.pop(0)
        name = current.model.__name__
        if name in done:
            continue
        done.add(name)
        pending.extend(_complex_type(root, current))
    text: bytes = etree.tostring(root, pretty_print=True, xml_declaration=True, encoding="UTF-8")
    return text.decode("utf-8")


def _doc(parent: etree._Element, text: str) -> None:
    annotation = etree.SubElement(parent, _XS_TAG + "annotation")
    etree.SubElement(annotation, _XS_TAG + "documentation").text = text


def _complex_type(root: etree._Element, body: Body) -> list[Body]:
    """Add the named complex type of ``body``; return the bodies it refers to."""
    ctype = etree.SubElement(root, _XS_TAG + "complexType", name=body.model.__name__)
    _doc(ctype, body.doc)
    return _all(ctype, body.fields)


def _all(ctype: etree._Element, fields: tuple[Field, ...], *, optional: bool = False) -> list[Body]:
    """Declare ``fields`` as the children of ``ctype``, in any order (``optional``: each may
    be absent); return the bodies they refer to."""
    children = etree.SubElement(ctype, _XS_TAG + "all")
    nested: list[Body] = []
    for f in fields:
        element = etree.SubElement(children, _XS_TAG + "element", name=f.wire)
        if optional or not f.required:
            element.set("minOccurs", "0")
        _doc(element, f.doc)
        kind = f.kind
        if kind in (Kind.TEXT, Kind.TOKEN, Kind.OCTETS):
            _string_type(element, f.facts)
        elif kind is Kind.BOOLEAN:
            # xs:boolean: true, false, 1 and 0, as smscodec reads them (it writes the words).
            element.set("type", "xs:boolean")
        elif kind is Kind.ENUM:
            _enum_type(element, f.values, closed="enum" in f.facts)
        elif kind is Kind.DECIMAL:
            _decimal_type(element)
        elif kind is Kind.TIMESTAMP:
            _string_type(element, f.facts)
        elif kind is Kind.UNION:
            element.append(etree.Comment(_union_note(f)))
            shapes = etree.SubElement(element, _XS_TAG + "complexType")
            nested += _all(shapes, members(f), optional=True)
        elif kind is Kind.INTEGER:
            _integer_type(element, f.facts)
        elif kind is Kind.DESTINATIONS:
            assert f.item is not None
            if not f.always_array:
                element.append(etree.Comment(_TO_NOTE))
            item = _items(element, f.item, f.min_items)
            if "enum" in f.facts:
                _enum_type(item, f.values, closed=True)
            else:
                _string_type(item, f.facts)
        elif kind is Kind.OBJECT:
            assert f.body is not None
            element.set("type", f.body.model.__name__)
            nested.append(f.body)
        elif kind is Kind.MAP:
            # One <entry> a member (see _xml.read._map): its <key> once, among its <value>s
            # (written first, read anywhere; value*, key, value* is deterministic).
            entry = _items(element, "entry", 0)
            etype = etree.SubElement(entry, _XS_TAG + "complexType")
            sequence = etree.SubElement(etype, _XS_TAG + "sequence")
            for name in ("value", "key", "value"):
                member = etree.SubElement(sequence, _XS_TAG + "element", name=name,
                                          type="xs:string")
                if name == "value":
                    member.set("minOccurs", "0")
                    member.set("maxOccurs", "unbounded")
        else:
            assert f.body is not None and f.item is not None
            _items(element, f.item, f.min_items).set("type", f.body.model.__name__)
            nested.append(f.body)
    return nested


def _union_note(f: Field) -> str:
    shapes = "; or ".join(
        f"{shape.model.__name__}, told by {', '.join(tells)}: "
        + ", ".join(m.wire + ("" if m.required else " (optional)") for m in shape.fields)
        for shape, tells in zip(f.choices, telling(f.choices), strict=True)
    )
    return (
        f" One of several shapes: {shapes}. XSD 1.0 cannot say which children go together "
        "while they may come in any order (xs:all admits no xs:choice, and a choice of "
        "sequences would fix the order), so this type admits every shape's children, each "
        "optional; smscodec refuses the children of no shape or of several (union.shape) and "
        "then checks the shape's own required children. "
    )


def _enum_type(element: etree._Element, values: tuple[str, ...], *, closed: bool) -> None:
    if not closed:
        # Open: a newer server may send a value this version does not know; it is kept.
        element.append(etree.Comment(f" Known values: {', '.join(values)}; any other string "
                                     "is read too (flagged only with strict=True). "))
        element.set("type", "xs:string")
        return
    stype = etree.SubElement(element, _XS_TAG + "simpleType")
    restriction = etree.SubElement(stype, _XS_TAG + "restriction", base="xs:string")
    for value in values:
        etree.SubElement(restriction, _XS_TAG + "enumeration", value=value)


def _decimal_type(element: etree._Element) -> None:
    # The form smscodec writes: no exponent (xs:decimal has none), no '+', a digit before any
    # point. It reads any xs:decimal; the bound on digits is the codec's (decimal.digits).
    element.append(etree.Comment(f" At most {MAX_DIGITS} digits, checked by smscodec. "))
    stype = etree.SubElement(element, _XS_TAG + "simpleType")
    restriction = etree.SubElement(stype, _XS_TAG + "restriction", base="xs:decimal")
    etree.SubElement(restriction, _XS_TAG + "pattern", value=_portable(DECIMAL_FORM))


def _items(element: etree._Element, item: str, min_items: int) -> etree._Element:
    """Make ``element`` a wrapper of repeated ``item`` children; return the item declaration."""
    ctype = etree.SubElement(element, _XS_TAG + "complexType")
    sequence = etree.SubElement(ctype, _XS_TAG + "sequence")
    child = etree.SubElement(sequence, _XS_TAG + "element", name=item)
    child.set("minOccurs", str(min_items))
    child.set("maxOccurs", "unbounded")
    return child


def _string_type(element: etree._Element, facts: Mapping[str, Any]) -> None:
    if not facts.keys() & {"pattern", "minLength", "maxLength", "anyOf"}:
        element.set("type", "xs:string")
        return
    stype = etree.SubElement(element, _XS_TAG + "simpleType")
    if "anyOf" in facts:
        union = etree.SubElement(stype, _XS_TAG + "union")
        for branch in facts["anyOf"]:
            member = etree.SubElement(union, _XS_TAG + "simpleType")
            if "description" in branch:
                _doc(member, branch["description"])
            _string_restriction(member, branch)
    else:
        _string_restriction(stype, facts)


def _string_restriction(stype: etree._Element, facts: Mapping[str, Any]) -> None:
    restriction = etree.SubElement(stype, _XS_TAG + "restriction", base="xs:string")
    for key in ("minLength", "maxLength"):
        if key in facts:
            etree.SubElement(restriction, _XS_TAG + key, value=str(facts[key]))
    if "pattern" in facts:
        etree.SubElement(restriction, _XS_TAG + "pattern", value=_portable(facts["pattern"]))


def _integer_type(element: etree._Element, facts: Mapping[str, Any]) -> None:
    stype = etree.SubElement(element, _XS_TAG + "simpleType")
    restriction = etree.SubElement(stype, _XS_TAG + "restriction", base="xs:integer")
    if "minimum" in facts:
        etree.SubElement(restriction, _XS_TAG + "minInclusive", value=str(facts["minimum"]))
    if "maximum" in facts:
        etree.SubElement(restriction, _XS_TAG + "maxInclusive", value=str(facts["maximum"]))
