"""The one validator: walks a neutral tree along a body description and builds the model.

Both codecs read a body into the neutral tree (see `tree`) and hand it here, so the rules, the
issue codes and the paths are the same for JSON and XML. A model is built only from values that
passed every rule; while there are no issues, the walk allocates nothing but the result.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .errors import ValidationError
from .frozenmap import FrozenMap
from .issue_codes import IssueCode
from .limits import Limits
from .report import Loc, Report
from .rules import INVALID, destination, is_clean, string, type_issue
from .schema import MISSING, Body, Field, Kind, Rule
from .tree import Duplicates, WrongType, show

__all__ = [
    "UNBUILT",
    "array_rule",
    "check_constructed",
    "destinations_rule",
    "fast_string_lists",
    "finish",
    "missing",
    "object_rule",
    "string_lists_rule",
    "unknown",
    "validate",
    "walk_object",
]


def validate(tree: Any, body: Body, report: Report) -> Any:
    """The model for ``tree`` (already unwrapped), or raise the report's `ValidationError`.

    A body with a JSON wrapper (the error body) is walked from under its wrapper key, so that
    paths still point into the whole document.
    """
    loc: Loc = None if body.wrapper is None else (None, body.wrapper)
    return finish(walk_object(body, tree, report, loc), report)


def walk_object(body: Body, value: Any, r: Report, loc: Loc) -> Any:
    if not isinstance(value, dict):
        if loc is None:
            return _root_type(r, value)
        parent, key = loc
        return type_issue(r, parent, key, IssueCode.TYPE_OBJECT, "an object", value)
    bad = False
    if type(value) is Duplicates:
        bad = True
        for key in value.repeated:
            r.add((loc, key), "field.duplicate", f"{key!r} appears more than once in one object")
    values: dict[str, Any] = {}
    found = 0
    # Tolerant reading takes a null as an absent optional member (servers write both).
    nulls = not body.closed and not r.strict
    for f in body.fields:
        raw = value.get(f.wire, MISSING)
        if raw is None and nulls and not f.required:
            found += 1
            raw = MISSING
        elif raw is not MISSING:
            found += 1
        if raw is MISSING:
            if f.required or (f.strict_required and r.strict):
                missing(r, loc, f)
                bad = True
            else:
                values[f.name] = f.default
            continue
        result = f.rule(raw, r, loc, f.wire)
        if result is INVALID:
            bad = True
        else:
            values[f.name] = result
    if found != len(value) and (body.closed or r.strict):
        unknown(body, value, r, loc)
        bad = True
    if bad:
        return INVALID
    if body.check is not None and not body.check(values, r, loc):
        return INVALID
    if r.issues or r.more:
        return UNBUILT  # the body is refused anyway: a model built now would be dropped
    return build(body.model, values)


def missing(r: Report, loc: Loc, f: Field) -> None:
    """Report the required field ``f`` as missing from the object at ``loc``."""
    r.add((loc, f.wire), "field.missing", f"{f.wire!r} is required: {f.doc}")


def unknown(body: Body, value: dict[str, Any], r: Report, loc: Loc) -> None:
    """Report every key of ``value`` that is not a field of ``body``."""
    known = {f.wire for f in body.fields}
    for key in value:
        if key not in known:
            if not r.has_room():
                r.more += 1  # a body of a million unknown keys costs no messages
                continue
            r.add(
                (loc, key),
                "field.unknown",
                f"{show(key)} is not a field here; expected "
                + ", ".join(repr(f.wire) for f in body.fields),
            )


def finish(result: Any, report: Report) -> Any:
    """The model a walk built, or the report's `ValidationError` if anything was wrong."""
    if report.issues or report.more or result is INVALID:
        raise report.error()
    return result


class _Unbuilt:
    """Stands in for a valid object of a body that is refused for another reason."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNBUILT"


#: What a walk gives for a valid object once the body is refused.
UNBUILT: Any = _Unbuilt()


def _root_type(r: Report, value: Any) -> Any:
    from .tree import describe

    r.add(None, "type.object", f"the body must be an object, not {describe(value)}")
    return INVALID


def build(model: type[Any], values: dict[str, Any]) -> Any:
    """Make a model instance from checked values without running its constructor's check."""
    obj = object.__new__(model)
    for name, item in values.items():
        object.__setattr__(obj, name, item)
    return obj


def object_rule(body: Body) -> Rule:
    def rule(value: Any, r: Report, parent: Loc, key: str | int) -> Any:
        return walk_object(body, value, r, (parent, key))

    return rule


def array_rule(item: Rule, *, limit: str, empty: str | None, what: str) -> Rule:
    """A rule for an array whose items follow ``item``; at most ``Limits.<limit>`` items.

    ``empty`` is the issue code for an empty array, or None where one is allowed.
    """

    def rule(value: Any, r: Report, parent: Loc, key: str | int) -> Any:
        if type(value) is not list:
            return type_issue(r, parent, key, IssueCode.TYPE_ARRAY, f"an array of {what}", value)
        return _items(value, item, r, (parent, key), limit, empty, what)

    return rule


def _items(
    value: list[Any], item: Rule, r: Report, loc: Loc, limit: str, empty: str | None, what: str
) -> Any:
    bound: int = getattr(r.limits, limit)
    if len(value) > bound:
        r.add(
            loc,
            f"limit.{limit.removeprefix('max_')}",
            f"holds {len(value)} {what}; at most {bound} are accepted in one body",
        )
        return INVALID
    if not value and empty is not None:
        r.add(loc, empty, f"is empty; give at least one of the {what}")
        return INVALID
    out = []
    bad = False
    for i, raw in enumerate(value):
        result = item(raw, r, loc, i)
        if result is INVALID:
            bad = True
        else:
            out.append(result)
    return INVALID if bad else tuple(out)


def destinations_rule(value: Any, r: Report, parent: Loc, key: str | int) -> Any:
    """``to`` in a request: one destination as a string, or a non-empty array of them."""
    if type(value) is str:
        result = destination(value, r, parent, key)
        return INVALID if result is INVALID else (result,)
    if type(value) is list:
        return _items(value, destination, r, (parent, key), "max_destinations", "to.empty",
                      "destinations")
    return type_issue(r, parent, key, IssueCode.TYPE_DESTINATIONS,
                      "a string or an array of strings", value)


def string_lists_rule(value: Any, r: Report, parent: Loc, key: str | int) -> Any:
    """A map from any string to an array of strings (``validationErrors``), kept in order."""
    if not isinstance(value, dict):
        return type_issue(r, parent, key, IssueCode.TYPE_OBJECT, "an object", value)
    loc = (parent, key)
    bad = False
    if type(value) is Duplicates:
        bad = True
        for repeated in value.repeated:
            r.add((loc, repeated), "field.duplicate",
                  f"{repeated!r} appears more than once in one object")
    out: dict[str, tuple[str, ...]] = {}
    for name, items in value.items():
        if type(name) is not str:  # only from Python: JSON and XML keys are strings
            r.add(loc, "type.python", f"has the key {name!r}; every key must be a str")
            bad = True
            continue
        if type(items) is not list:
            type_issue(r, loc, name, IssueCode.TYPE_ARRAY, "an array of strings", items)
            bad = True
            continue
        kept: list[str] = []
        for i, item in enumerate(items):
            result = string(item, r, (loc, name), i)
            if result is INVALID:
                bad = True
            else:
                kept.append(str(result))
        out[name] = tuple(kept)
    return INVALID if bad else FrozenMap(out)


def fast_string_lists(value: Any, limits: Limits) -> FrozenMap[str, tuple[str, ...]] | None:
    """`string_lists_rule` for a plainly valid value (clean, bounded strings), else None."""
    if type(value) is not dict:
        return None
    bound = limits.max_string_length
    out: dict[str, tuple[str, ...]] = {}
    for name, items in value.items():
        if type(items) is not list:
            return None
        for item in items:
            if type(item) is not str or len(item) > bound or not is_clean(item):
                return None
        out[name] = tuple(items)
    return FrozenMap(out)


# --- checking objects built in Python -------------------------------------------------------

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
    from .bodies import BODY_OF

    body = BODY_OF[type(obj)]
    r = Report(_CONSTRUCTION_LIMITS, strict=False)
    checked = walk_object(body, to_tree(obj, body), r, None)
    if r.issues or checked is INVALID:
        raise ValidationError(r.issues, r.more)
    for f in body.fields:
        object.__setattr__(obj, f.name, getattr(checked, f.name))


def to_tree(obj: Any, body: Body) -> dict[str, Any]:
    """The neutral tree of a model: what decoding the model's encoding would give."""
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
        if isinstance(value, f.body.model):
            return to_tree(value, f.body)
        return WrongType(value, f.body.model.__name__)
    if kind is Kind.ARRAY:
        assert f.body is not None
        model = f.body.model
        if isinstance(value, tuple | list):
            return [
                to_tree(x, f.body) if isinstance(x, model) else WrongType(x, model.__name__)
                for x in value
            ]
        return WrongType(value, f"a tuple of {model.__name__}")
    return value
