"""The rules for nested values that the body descriptions are made of: objects, arrays, maps,
and objects of one of several shapes.

A rule here knows the shape of a value (an object of some body, an array of items), never a
particular body: `bodies` combines them with the field rules of `rules`.
"""

from __future__ import annotations

from collections.abc import Mapping
from json.encoder import encode_basestring
from typing import Any, Final

from .._core.frozenmap import FrozenMap
from .._core.issue_codes import IssueCode
from .._core.limits import Limits
from .._core.report import Loc, Report
from .._core.tree import Duplicates
from .._spec.rules import DESTINATION, INVALID, is_clean, string, type_issue
from .._spec.vocabulary import Body, FieldRule, Rule, telling
from .walk import walk_object

__all__ = [
    "DESTINATIONS",
    "STRING_LISTS",
    "array_rule",
    "fast_string_lists",
    "object_rule",
    "string_lists_json",
    "union_rule",
]


def object_rule(body: Body) -> Rule:
    """A rule for an object described by ``body``.

    A model of the body, put in a tree by a constructor (see `construct`), passes as it is:
    it exists, so it was checked when it was built. Decoded trees hold no models.
    """
    model = body.model

    def check(value: Any, r: Report, parent: Loc, key: str | int) -> Any:
        if value.__class__ is model:
            return value
        return walk_object(body, value, r, (parent, key))

    return FieldRule(f"object {model.__name__}", check)


def union_rule(choices: tuple[Body, ...]) -> Rule:
    """A rule for an object of one of the shapes ``choices``, told apart by their fields.

    The shape is the one whose telling fields (`vocabulary.telling`) the object holds; one with
    those of no shape, or of several, is `IssueCode.UNION_SHAPE`, naming each shape and its
    telling fields. The object is then walked as that shape, so its issues are the shape's.
    A model of a shape passes as it is, as in `object_rule`.
    """
    shapes = tuple(zip(choices, telling(choices), strict=True))
    models = frozenset(shape.model for shape in choices)
    named = " or ".join(
        f"{shape.model.__name__} ({', '.join(map(repr, tells))})" for shape, tells in shapes
    )

    def check(value: Any, r: Report, parent: Loc, key: str | int) -> Any:
        if value.__class__ in models:
            return value
        if not isinstance(value, dict):
            return type_issue(r, parent, key, IssueCode.TYPE_OBJECT, f"an object: {named}",
                              value)
        # A shape read tolerantly takes a null as an absent member (as `walk_object` does), so a
        # null does not tell its shape.
        found = [shape for shape, tells in shapes
                 if any(w in value and (value[w] is not None or shape.closed or r.strict)
                        for w in tells)]
        if len(found) == 1:
            return walk_object(found[0], value, r, (parent, key))
        why = "holds the telling fields of none" if not found else "holds telling fields of " + (
            " and ".join(shape.model.__name__ for shape in found))
        r.add((parent, key), IssueCode.UNION_SHAPE,
              f"is one of several shapes and {why}; give the fields of exactly one: {named}")
        return INVALID

    return FieldRule("one of " + ", ".join(shape.model.__name__ for shape in choices), check)


def array_rule(item: Rule, *, limit: str, empty: str | None, what: str) -> Rule:
    """A rule for an array whose items follow ``item``; at most ``Limits.<limit>`` items.

    ``empty`` is the issue code for an empty array, or None where one is allowed.
    """

    def check(value: Any, r: Report, parent: Loc, key: str | int) -> Any:
        if type(value) is not list:
            return type_issue(r, parent, key, IssueCode.TYPE_ARRAY, f"an array of {what}", value)
        return _items(value, item, r, (parent, key), limit, empty, what)

    return FieldRule(f"array of {what}", check, min_items=0 if empty is None else 1,
                     max_items=limit)


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


_MOST_DESTINATIONS: Final = "max_destinations"


def _destinations(value: Any, r: Report, parent: Loc, key: str | int) -> Any:
    if type(value) is str:
        result = DESTINATION(value, r, parent, key)
        return INVALID if result is INVALID else (result,)
    if type(value) is list:
        return _items(value, DESTINATION, r, (parent, key), _MOST_DESTINATIONS,
                      IssueCode.TO_EMPTY, "destinations")
    return type_issue(r, parent, key, IssueCode.TYPE_DESTINATIONS,
                      "a string or an array of strings", value)


#: ``to`` in a request: one destination as a string, or a non-empty array of them; each item
#: is a `rules.DESTINATION`, whose facts the schemas state for each.
DESTINATIONS: Final = FieldRule("destinations", _destinations, item=DESTINATION,
                                facts=DESTINATION.facts, min_items=1,
                                max_items=_MOST_DESTINATIONS)


def _string_lists(value: Any, r: Report, parent: Loc, key: str | int) -> Any:
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
        if len(name) > r.limits.max_string_length:
            r.add((loc, name), IssueCode.LIMIT_STRING_LENGTH, f"its key is {len(name)} "
                  f"characters long; at most {r.limits.max_string_length} are accepted")
            bad = True
            continue
        if not is_clean(name):
            r.add((loc, name), IssueCode.STRING_SURROGATE, "its key holds a lone surrogate, "
                  "which is not a character; encode astral characters as a surrogate pair")
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


#: A map from any string to an array of strings (``validationErrors``), kept in order.
STRING_LISTS: Final = FieldRule("string lists", _string_lists)


def fast_string_lists(value: Any, limits: Limits) -> FrozenMap[str, tuple[str, ...]] | None:
    """`string_lists_rule` for a plainly valid value (clean, bounded strings), else None."""
    if type(value) is not dict:
        return None
    bound = limits.max_string_length
    out: dict[str, tuple[str, ...]] = {}
    for name, items in value.items():
        if type(items) is not list or len(name) > bound or not is_clean(name):
            return None
        for item in items:
            if type(item) is not str or len(item) > bound or not is_clean(item):
                return None
        out[name] = tuple(items)
    return FrozenMap(out)


def string_lists_json(value: Mapping[str, tuple[str, ...]]) -> str:
    """A map of string lists as compact JSON, in its own order (for the generated encoders)."""
    return "{" + ",".join(
        encode_basestring(k) + ":[" + ",".join(map(encode_basestring, v)) + "]"
        for k, v in value.items()
    ) + "}"
