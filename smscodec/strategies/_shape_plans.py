"""The mutations of a v2, v3 or bulk body: its document walked along its wire shape
(`_shapes`), a plan per way to break each member that is there, each with its one issue."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from hypothesis import strategies as st

from .._spec.rules.decimals import MAX_DIGITS
from ._bad_values import (
    _bad_destination,
    _bad_sender,
    _not_strings,
)
from ._documents import _Doc, _Path, _pointer
from ._plans import (
    _add_unknown,
    _binary_plans,
    _clear,
    _delete,
    _duplicate,
    _integer_plans,
    _Plan,
    _set,
)
from ._shapes import _Arr, _Leaf, _Obj, _Shape, _Union

# An astral character is two UCS-2 units whatever language or transliteration a message names,
# and a pair never splits across parts, so 33 fill a concatenated part: 34 x 255 need more than
# 255 parts.
_TEXT_TOO_LONG: Final = "\U0001f600" * (34 * 255)
_NOT_BOOLEANS_JSON: Final[tuple[object, ...]] = (1, 0, "true", "false", None, 1.0, [], {})
# xs:boolean is true, false, 1 or 0, case and all.
_NOT_BOOLEANS_XML: Final = ("yes", "TRUE", "False", "2", "", "on", "t")
_BAD_FORMS: Final = (
    "2019-11-09 16:00:00.000+0000", "2019-11-09T16:00:00", "2019-11-09t16:00:00Z",
    "2019-11-09T16:00:00.1234567+0000", "2019-11-09T16:00:00+01", "16:00", "",
    "2019-11-09", " 2019-11-09T16:00:00Z", "2019-11-09T16:00:00.000+0000x", "20191109T160000Z",
)
_BAD_DATES: Final = (
    "2019-13-09T16:00:00.000+0000", "2019-02-30T16:00:00.000+0000",
    "2019-11-09T24:00:00.000+0000", "2019-11-09T23:59:60.000+0000",
    "2019-11-09T16:60:00.000+0000", "2019-11-09T16:00:00.000+2400", "2019-00-09T16:00:00Z",
    "2019-11-00T16:00:00.000-0060",
)


# A DECIMAL is a JSON number, or xs:decimal text in XML (no exponent there), of at most
# MAX_DIGITS digits written out.
_NOT_DECIMALS_JSON: Final[tuple[object, ...]] = ("0.01", "1e5", "", True, False, [], {})
_NOT_DECIMALS_XML: Final = ("abc", "1e5", "0x10", "1,5", "NaN", "INF", "--1", "1.2.3", "0.01 EUR")
_TOO_MANY_DIGITS_XML: Final = (
    "1" * (MAX_DIGITS + 1), "-" + "9" * (MAX_DIGITS + 1), "0." + "0" * MAX_DIGITS + "1",
    "1" * (MAX_DIGITS * 2),
)


def _too_many_digits(xml: bool) -> st.SearchStrategy[object]:
    if xml:
        return st.sampled_from(_TOO_MANY_DIGITS_XML)
    big = st.integers(min_value=10**MAX_DIGITS)
    # A float this large is written with an exponent (1e+300): its digits, written out, are
    # too many all the same.
    return st.one_of(big, big.map(lambda n: -n), st.sampled_from((1e300, -1.5e40)))


def _decimal_plans(path: _Path, xml: bool) -> list[_Plan]:
    at = _pointer(path)
    bad = _NOT_DECIMALS_XML if xml else _NOT_DECIMALS_JSON
    return [
        _Plan("type.decimal", f"{at} not a decimal number", _set(path, st.sampled_from(bad))),
        _Plan("decimal.digits", f"{at} more than {MAX_DIGITS} digits",
              _set(path, _too_many_digits(xml))),
    ]


def _bad_enum(values: tuple[str, ...]) -> st.SearchStrategy[str]:
    near = [v.lower() for v in values if v.lower() != v] + [v + "X" for v in values]
    return st.sampled_from([*near, "", "X", "none?"]).filter(lambda v: v not in values)


def _too_long(most: int) -> st.SearchStrategy[str]:
    return st.integers(most + 1, most + 3).map(lambda n: "x" * n)


def _leaf_plans(doc: _Doc, path: _Path, leaf: _Leaf, xml: bool) -> list[_Plan]:
    at = _pointer(path)
    plans: list[_Plan] = []
    kind = leaf.kind
    if kind == "binary":
        return _binary_plans(doc, path, xml)
    if kind == "int":
        return _integer_plans(path, leaf.lo, leaf.hi, xml)
    if kind == "decimal":
        return _decimal_plans(path, xml)
    if kind == "bool":
        bad = _NOT_BOOLEANS_XML if xml else _NOT_BOOLEANS_JSON
        if leaf.null_absent:
            bad = tuple(b for b in bad if b is not None)
        return [_Plan("type.boolean", f"{at} not a boolean", _set(path, st.sampled_from(bad)))]
    if kind == "sender":
        plans += [_Plan(code, f"{at} broken", _set(path, _bad_sender(code)))
                  for code in ("sender.character", "sender.length", "sender.space")]
    elif kind == "destination":
        plans += [_Plan(code, f"{at} broken", _set(path, _bad_destination(code)))
                  for code in ("destination.format", "destination.leading_zero",
                               "destination.length")]
    elif kind == "text":
        plans += [
            _Plan("text.empty", f"{at} emptied", _set(path, st.just(""))),
            _Plan("text.too_many_parts", f"{at} over 255 parts",
                  _set(path, st.just(_TEXT_TOO_LONG))),
        ]
    elif kind == "enum":
        plans.append(_Plan("enum.value", f"{at} not one of its values",
                           _set(path, _bad_enum(leaf.values))))
    elif kind == "timestamp":
        plans += [
            _Plan("timestamp.format", f"{at} in another form",
                  _set(path, st.sampled_from(_BAD_FORMS))),
            _Plan("timestamp.range", f"{at} no real time",
                  _set(path, st.sampled_from(_BAD_DATES))),
        ]
    elif kind == "string" and leaf.most is not None:
        plans.append(_Plan("string.too_long", f"{at} over {leaf.most} characters",
                           _set(path, _too_long(leaf.most))))
    if not xml:
        # Every remaining kind is a string on the wire; a number or a boolean is no string.
        plans.append(_Plan("type.string", f"{at} a number", _set(path, _not_strings())))
    return plans


def _window_plans(doc: _Doc, path: _Path, xml: bool) -> list[_Plan]:
    start, end = (*path, "from"), (*path, "to")
    if not (doc.has(start) and doc.has(end)):
        return []

    def shorten(draw: st.DrawFn, d: _Doc) -> _Path:
        opens = int(d.text((*start, "hour"))) * 60 + int(d.text((*start, "minute")))
        closes = opens + draw(st.integers(0, 59))
        for name, value in (("hour", closes // 60 % 24), ("minute", closes % 60)):
            d.set((*end, name), str(value) if xml else value)
        return end

    return [
        _Plan("window.incomplete", f"{_pointer(end)} removed", _delete(end)),
        _Plan("window.incomplete", f"{_pointer(start)} removed", _delete(start)),
        _Plan("window.too_short", f"{_pointer(end)} within the hour", shorten),
    ]


def _language_plans(path: _Path, xml: bool) -> list[_Plan]:
    code = (*path, "languageCode")

    def shift_alone(draw: st.DrawFn, doc: _Doc) -> _Path:
        shift = draw(st.sampled_from(("singleShift", "lockingShift")))
        doc.set((*path, shift), "true" if xml else True)
        if draw(st.booleans()):
            doc.set(code, "NONE")
        elif doc.has(code):
            doc.delete(code)
        return code

    return [_Plan("language.shift", f"a shift table without {_pointer(code)}", shift_alone)]


def _object_plans(doc: _Doc, path: _Path, obj: _Obj, xml: bool, *, root: bool) -> list[_Plan]:
    plans: list[_Plan] = []
    if not root and not xml:
        plans.append(_Plan("type.object", f"{_pointer(path)} not an object",
                           _set(path, st.sampled_from(("x", 1, [], True)))))
    plans += [_Plan("field.missing", f"{_pointer((*path, name))} removed",
                    _delete((*path, name)))
              for name in sorted(obj.required) if doc.has((*path, name))]
    if obj.closed:
        plans.append(_Plan("field.unknown", f"unknown field in {_pointer(path)}",
                           _add_unknown(path, set(obj.fields) | obj.avoid, xml)))
    if obj.check == "window":
        plans += _window_plans(doc, path, xml)
    elif obj.check == "language":
        plans += _language_plans(path, xml)
    for name, shape in obj.fields.items():
        member = (*path, name)
        if doc.has(member):
            plans.append(_Plan("field.duplicate", f"{_pointer(member)} repeated",
                               _duplicate(member)))
            plans += _shape_plans(doc, member, shape, xml)
    return plans


def _union_plans(doc: _Doc, path: _Path, union: _Union, xml: bool) -> list[_Plan]:
    # Which content is there decides the plans; a content with the telling member of both,
    # or of neither, is the union's own issue, not a missing or unknown field.
    text = doc.has((*path, "text"))
    telling, other = ("text", "hex") if text else ("hex", "text")
    plans = [
        _Plan("union.shape", f"{_pointer((*path, telling))} removed",
              _remove_member(path, telling)),
        _Plan("union.shape", f"{_pointer((*path, other))} added too",
              _add_value(path, other, "00" if other == "hex" else "x")),
    ]
    if text:
        inner = _object_plans(doc, path, union.text, xml, root=False)
    else:
        inner = _shape_plans(doc, path, union.binary, xml)
    plans += [p for p in inner if not (p.code == "field.missing"
                                       and p.what.endswith(f"/{telling} removed"))]
    return plans


def _remove_member(path: _Path, key: str) -> Callable[[st.DrawFn, _Doc], _Path]:
    def apply(draw: st.DrawFn, doc: _Doc) -> _Path:
        doc.delete((*path, key))
        return path

    return apply


def _add_value(path: _Path, key: str,
               value: str) -> Callable[[st.DrawFn, _Doc], _Path]:
    def apply(draw: st.DrawFn, doc: _Doc) -> _Path:
        doc.add(path, key, value)
        return path

    return apply


def _array_plans(doc: _Doc, path: _Path, arr: _Arr, xml: bool) -> list[_Plan]:
    plans: list[_Plan] = []
    if arr.empty is not None:
        plans.append(_Plan(arr.empty, f"{_pointer(path)} emptied", _clear(path)))
    if not xml:
        plans.append(_Plan("type.array", f"{_pointer(path)} not an array",
                           _set(path, st.sampled_from(({}, "x", 1)))))
    for i in range(doc.length(path)):
        plans += _shape_plans(doc, (*path, i), arr.item, xml)
    return plans


def _shape_plans(doc: _Doc, path: _Path, shape: _Shape, xml: bool) -> list[_Plan]:
    if isinstance(shape, _Leaf):
        return _leaf_plans(doc, path, shape, xml)
    if isinstance(shape, _Arr):
        return _array_plans(doc, path, shape, xml)
    if isinstance(shape, _Union):
        return _union_plans(doc, path, shape, xml)
    return _object_plans(doc, path, shape, xml, root=False)


def _body_plans(doc: _Doc, shape: _Obj, xml: bool) -> list[_Plan]:
    """Every plan for a whole body of ``shape``."""
    return _object_plans(doc, (), shape, xml, root=True)


_BINARY_CODES: Final = frozenset({
    "hex.odd_digit", "hex.not_hex", "hex.separator", "hex.empty", "binary.septet_range",
    "binary.odd_length", "binary.udh_length", "binary.udh_too_long", "binary.too_many_parts",
    "integer.range", "type.integer", "field.missing", "field.unknown", "field.duplicate",
})
_LEAF_CODES: Final = {
    "int": frozenset({"integer.range", "type.integer"}),
    "bool": frozenset({"type.boolean"}),
    "sender": frozenset({"sender.character", "sender.length", "sender.space"}),
    "destination": frozenset({"destination.format", "destination.leading_zero",
                              "destination.length"}),
    "text": frozenset({"text.empty", "text.too_many_parts"}),
    "enum": frozenset({"enum.value"}),
    "timestamp": frozenset({"timestamp.format", "timestamp.range"}),
    "decimal": frozenset({"type.decimal", "decimal.digits"}),
    "string": frozenset(),
    "open": frozenset(),
}


def _shape_codes(shape: _Shape, xml: bool, *, root: bool = False) -> frozenset[str]:
    """The codes the plans of ``shape`` can give when every member is there (the static
    counterpart of `_shape_plans`)."""
    json_only: set[str] = set()
    if isinstance(shape, _Leaf):
        if shape.kind == "binary":
            json_only = {"type.string", "type.object"}
            codes = set(_BINARY_CODES)
        else:
            codes = set(_LEAF_CODES[shape.kind])
            if shape.kind == "string" and shape.most is not None:
                codes.add("string.too_long")
            if shape.kind not in ("int", "bool", "decimal"):
                json_only = {"type.string"}
    elif isinstance(shape, _Arr):
        codes = {shape.empty} if shape.empty else set()
        codes |= _shape_codes(shape.item, xml)
        json_only = {"type.array"}
    elif isinstance(shape, _Union):
        codes = {"union.shape"} | _shape_codes(shape.text, xml) | _shape_codes(shape.binary, xml)
    else:
        codes = {"field.duplicate"} if shape.fields else set()
        if shape.required:
            codes.add("field.missing")
        if shape.closed:
            codes.add("field.unknown")
        if shape.check == "window":
            codes |= {"window.incomplete", "window.too_short"}
        elif shape.check == "language":
            codes.add("language.shift")
        for member in shape.fields.values():
            codes |= _shape_codes(member, xml)
        if not root:
            json_only = {"type.object"}
    return frozenset(codes if xml else codes | json_only)
