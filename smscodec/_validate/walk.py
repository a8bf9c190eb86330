"""The one validator: walks a neutral tree along a body description and builds the model.

Both codecs read a body into the neutral tree (see `tree`) and hand it here, so the rules, the
issue codes and the paths are the same for JSON and XML. A model is built only from values that
passed every rule; while there are no issues, the walk allocates nothing but the result.
The rules for nested objects and arrays are in `combinators`; the check a model's constructor
runs is in `construct`.
"""

from __future__ import annotations

from typing import Any

from .._core.issue_codes import IssueCode
from .._core.report import Loc, Report
from .._core.tree import Duplicates, describe, show
from .._spec.rules import INVALID, type_issue
from .._spec.vocabulary import MISSING, Body, Field

__all__ = [
    "UNBUILT",
    "finish",
    "likely_versions",
    "missing",
    "other_version",
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
    if body.foreign and not body.foreign.keys().isdisjoint(value):
        foreign = [key for key in body.foreign if key in value]
        theirs = likely_versions(body, value, foreign)
        if theirs is not None:
            return other_version(body, r, loc, foreign, theirs)
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


def other_version(body: Body, r: Report, loc: Loc, found: list[str], theirs: str) -> Any:
    """Report an object of ``body`` that holds the fields ``found`` of another version of the
    API (``theirs``, as `likely_versions` names it), once, naming them and what this body
    takes instead; the rest of the object is not checked, as its other faults follow from
    the mix-up."""
    ours = body.versions[1]
    names = _both([repr(key) for key in found])
    instead = _both(list(dict.fromkeys(body.foreign[key] for key in found)))
    r.add(loc, IssueCode.FIELD_OTHER_VERSION,
          f"{names} {'belongs' if len(found) == 1 else 'belong'} to the {theirs} API; "
          f"{ours} takes {instead}")
    return INVALID


def likely_versions(body: Body, value: dict[str, Any], found: list[str]) -> str | None:
    """The version(s) an object mixed up with ``body`` most likely is of: of the versions
    (`Body.others`) that have every foreign field ``found``, those with the most of the
    object's fields and of its members' fields one level down (``messages/text``): 'v2',
    'v2 or v3'; ``body.versions[0]`` when none has them all. None when it looks as much like
    a response (the version ``""``) as like any request: then it is no mix-up of versions."""
    keys = set(value)
    for key, member in value.items():
        keys.update(f"{key}/{inner}" for inner in _inner_keys(member))
    scores = {version: len(wires & keys) for version, wires in body.others.items()
              if wires.issuperset(found)}
    best = max(scores.values(), default=0)
    named = [version for version, score in scores.items() if score == best and best]
    if "" in named:
        return None
    return _either(named) or body.versions[0]


def _inner_keys(member: Any) -> set[str]:
    """The fields of an object's member one level down: an array's items' (JSON), or an
    unknown element's children and, as an XML array wraps each item, its grandchildren."""
    if isinstance(member, list):
        return {k for item in member if isinstance(item, dict) for k in item}
    if isinstance(member, dict):
        return set(member).union(*(item for item in member.values() if isinstance(item, dict)))
    return set()


def _either(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1] \
        if names else ""


def _both(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


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
    r.add(None, "type.object", f"the body must be an object, not {describe(value)}")
    return INVALID


def build(model: type[Any], values: dict[str, Any]) -> Any:
    """Make a model instance from checked values without running its constructor's check."""
    obj = object.__new__(model)
    for name, item in values.items():
        object.__setattr__(obj, name, item)
    return obj
