"""Canonical JSON of any described object, by walking its description.

The package's kinds are written by their generated encoders (`_fastpath`), which inline all
of this; this writer serves any other body (parts of the API described before they have
encoders, the bodies tests describe) and is the reference the generated encoders are tested
against: the same bytes for the same value.
"""

from __future__ import annotations

from json.encoder import encode_basestring
from typing import Any

from .._spec.rules.decimals import decimal_text
from .._spec.rules.timestamps import timestamp_text
from .._spec.vocabulary import Body, Field, Kind
from .._validate.combinators import string_lists_json

__all__ = ["write_object"]


def write_object(obj: Any, body: Body) -> str:
    """The canonical JSON text of a valid model of ``body``: members in description order,
    an absent optional member left out, no whitespace."""
    out = []
    for f in body.fields:
        value = getattr(obj, f.name)
        if value is not None:
            out.append(encode_basestring(f.wire) + ":" + _value(value, f))
    return "{" + ",".join(out) + "}"


def _value(value: Any, f: Field) -> str:
    kind = f.kind
    if kind in (Kind.TEXT, Kind.TOKEN, Kind.ENUM):
        return encode_basestring(value)
    if kind is Kind.INTEGER:
        return str(value)
    if kind is Kind.BOOLEAN:
        return "true" if value else "false"
    if kind is Kind.DECIMAL:
        return decimal_text(value)
    if kind is Kind.TIMESTAMP:
        return '"' + timestamp_text(value) + '"'
    if kind is Kind.OCTETS:
        octets: bytes = value
        return '"' + octets.hex(" ") + '"'
    if kind is Kind.DESTINATIONS:
        # One destination as a string, several as an array (the API's own examples).
        if len(value) == 1 and not f.always_array:
            return encode_basestring(value[0])
        return "[" + ",".join(map(encode_basestring, value)) + "]"
    if kind is Kind.MAP:
        return string_lists_json(value)
    if kind is Kind.OBJECT:
        assert f.body is not None
        return write_object(value, f.body)
    if kind is Kind.ARRAY:
        assert f.body is not None
        body = f.body
        return "[" + ",".join(write_object(item, body) for item in value) + "]"
    assert kind is Kind.UNION
    shape = next(s for s in f.choices if s.model is value.__class__)
    return write_object(value, shape)
