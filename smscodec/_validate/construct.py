"""The check a model's constructor runs: the wire rules, applied to a model built in Python.

The model is turned into the tree its encoding would decode to, and the one validator walks
that. Nested models of the right class stay in the tree as they are: they were checked when
they were built, so they are neither walked again nor copied (`combinators.object_rule`).
A model's description is found on its class (``__sms_body__``, set by `bodies`), so this
module does not import the list of bodies.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from .._core.errors import ValidationError
from .._core.limits import Limits
from .._core.report import Report
from .._core.tree import WrongType
from .._spec.rules import INVALID
from .._spec.vocabulary import Body, Field, Kind
from .walk import walk_object

__all__ = ["check_constructed", "to_tree"]

#: Constructors are called by programs, not by untrusted senders: only the wire rules bound them.
_CONSTRUCTION_LIMITS = Limits(
    max_bytes=2**62,
    max_depth=2**62,
    max_messages=2**62,
    max_destinations=2**62,
    max_text_length=2**62,
    max_payload_octets=2**62,
    max_string_length=2**62,
)


def check_constructed(obj: Any) -> None:
    """Validate a model built by its constructor; normalise lists to tuples, or raise."""
    body: Body = type(obj).__sms_body__
    r = Report(_CONSTRUCTION_LIMITS, strict=False)
    checked = walk_object(body, to_tree(obj, body), r, None)
    if r.issues or checked is INVALID:
        raise ValidationError(r.issues, r.more)
    for f in body.fields:
        object.__setattr__(obj, f.name, getattr(checked, f.name))


def to_tree(obj: Any, body: Body) -> dict[str, Any]:
    """The neutral tree of a model, one level deep: nested models of their class stay models."""
    tree: dict[str, Any] = {}
    for f in body.fields:
        value = getattr(obj, f.name)
        if value is None and not f.required and f.default is None:
            continue  # absent; a field with a default (dataCoding 0) must not be None
        tree[f.wire] = _to_wire(value, f)
    return tree


def _to_wire(value: Any, f: Field) -> Any:
    kind = f.kind
    if kind is Kind.OCTETS:
        if isinstance(value, bytes | bytearray | memoryview):
            return bytes(value).hex(" ")
        return WrongType(value, "bytes")
    if kind is Kind.DESTINATIONS:
        if isinstance(value, tuple | list):
            return list(value)
        return value if isinstance(value, str) else WrongType(value, "a tuple of strings")
    if kind is Kind.MAP:
        if isinstance(value, Mapping):
            return {
                k: list(v) if isinstance(v, tuple | list) else WrongType(v, "a tuple of strings")
                for k, v in value.items()
            }
        return WrongType(value, "a mapping of strings to tuples of strings")
    if kind is Kind.OBJECT:
        assert f.body is not None
        return _nested(value, f.body)
    if kind is Kind.BOOLEAN:
        return value if value is True or value is False else WrongType(value, "a bool")
    if kind is Kind.DECIMAL:
        # The rule takes the Decimal itself; only a Python program can hand one in.
        return value if isinstance(value, Decimal) else WrongType(value, "a Decimal")
    if kind is Kind.TIMESTAMP:
        return value if isinstance(value, datetime) else WrongType(value, "an aware datetime")
    if kind is Kind.UNION:
        for shape in f.choices:
            if isinstance(value, shape.model):
                return _nested(value, shape)
        names = " or ".join(shape.model.__name__ for shape in f.choices)
        return WrongType(value, names)
    if kind is Kind.ARRAY:
        assert f.body is not None
        if isinstance(value, tuple | list):
            return [_nested(x, f.body) for x in value]
        return WrongType(value, f"a tuple of {f.body.model.__name__}")
    return value


def _nested(value: Any, body: Body) -> Any:
    model = body.model
    if value.__class__ is model:
        return value  # trusted as it is: see the module docstring
    if isinstance(value, model):
        return to_tree(value, body)  # a subclass may have changed what its constructor checks
    return WrongType(value, model.__name__)
