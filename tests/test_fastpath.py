"""The generated fast path and the validator must agree on every body.

The fast decoder may only ever return what the validator would return, and it gives up
(None) exactly when the validator would refuse: every valid body takes the fast path.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from functools import partial
from typing import Any

import pytest
from conftest import VECTORS
from hypothesis import given
from hypothesis import strategies as st

import smscodec as sc
from smscodec import strategies as ss
from smscodec._core.report import Report
from smscodec._core.tree import colons
from smscodec._fastpath import CHECKERS, DECODERS
from smscodec._json import codec as jsoncodec
from smscodec._spec.bodies import BODY_OF, KINDS
from smscodec._validate.walk import finish, validate

LIMITS = sc.Limits()


def slow(tree: Any, model: type[Any]) -> Any:
    body = next(b for b in KINDS.values() if b.model is model)
    try:
        return validate(tree, body, Report(LIMITS, strict=False))
    except sc.ValidationError:
        return None


@pytest.mark.parametrize(
    ("name", "model"),
    [
        ("binary-multi-request.json", sc.BinaryMultiRequest),
        ("text-multi-request.json", sc.TextMultiRequest),
        ("binary-multi-response.json", sc.SmsResponse),
        ("text-multi-response.json", sc.SmsResponse),
    ],
)
def test_fast_path_takes_the_seeds(name: str, model: type[Any]) -> None:
    tree = jsoncodec.read((VECTORS / name).read_bytes(), LIMITS)
    fast = DECODERS[model](tree, LIMITS)
    assert fast is not None
    assert fast == slow(tree, model)


def _models(value: Any) -> list[Any]:
    """Every model object in ``value``, nested ones too."""
    if isinstance(value, tuple):
        return [o for item in value for o in _models(item)]
    if dataclasses.is_dataclass(value):
        return [value] + [o for f in dataclasses.fields(value)
                          for o in _models(getattr(value, f.name))]
    return []


@pytest.mark.parametrize("name", sorted(p.name for p in VECTORS.glob("*.json")))
def test_fast_models_are_ordinary_models(name: str) -> None:
    # The decoder builds models in a mutable class and then switches their class: each must be
    # exactly what the constructor makes (class, equality, hash, frozen, no __dict__).
    tree = jsoncodec.read((VECTORS / name).read_bytes(), LIMITS)
    decoded = [m for m in (DECODERS[b.model](tree, LIMITS) for b in KINDS.values())
               if m is not None]
    built = _models(tuple(decoded))
    assert built
    for obj in built:
        cls = obj.__class__
        assert cls.__module__.startswith("smscodec._spec.models")
        again = cls(**{f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)})
        assert again == obj and hash(again) == hash(obj) and repr(again) == repr(obj)
        assert not hasattr(obj, "__dict__")
        field = dataclasses.fields(obj)[0].name
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(obj, field, getattr(obj, field))


# Trees near the valid ones: each field drawn from valid and invalid values.
atoms = st.one_of(
    st.sampled_from(["41793026727", "+41793026727", "0041793026727", "123", "", "WineShop",
                     " Wine", "Wine-Shop", "1234567890123456", "41 42", "4142", "41  42",
                     "ff 80", "00 41", "00 41 00", "05 00 03 01 02 01 41", "a\ud800", "€",
                     "x" * 5000]),
    st.integers(-2, 300),
    st.sampled_from([0, 1, 8, 4, 64, 245, True, None, 8.5]),
)
destinations = st.one_of(atoms, st.lists(atoms, max_size=3))
binaries = st.dictionaries(st.sampled_from(["hex", "dataCoding", "esmClass", "x"]), atoms,
                           max_size=4)
messages = st.fixed_dictionaries(
    {},
    optional={
        "from": atoms,
        "to": destinations,
        "text": st.one_of(atoms, st.text(max_size=200)),
        "binary": st.one_of(binaries, atoms),
        "extra": atoms,
    },
)
statuses = st.fixed_dictionaries(
    {"groupId": atoms, "groupName": atoms, "id": atoms, "name": atoms, "description": atoms},
    optional={"action": atoms, "x": atoms},
)
sent = st.fixed_dictionaries(
    {"to": atoms, "status": st.one_of(statuses, atoms), "smsCount": atoms, "messageId": atoms},
    optional={"x": atoms},
)


@given(st.lists(messages, max_size=3), st.sampled_from(list(KINDS.values())[:4]))
def test_fast_path_never_disagrees_on_requests(items: list[Any], body: Any) -> None:
    model = body.model
    for tree in ({"messages": items}, items[0] if items else {}):
        tree = json.loads(json.dumps(tree))  # exactly what the reader gives
        # No valid case is left to the validator: the two agree exactly.
        assert DECODERS[model](tree, LIMITS) == slow(tree, model)


@given(st.lists(sent, max_size=3), st.one_of(st.none(), atoms))
def test_fast_path_never_disagrees_on_responses(items: list[Any], bulk: Any) -> None:
    tree: dict[str, Any] = {"messages": items}
    if bulk is not None:
        tree["bulkId"] = bulk
    # Tolerant responses have no case left to the validator: the two agree exactly.
    assert DECODERS[sc.SmsResponse](tree, LIMITS) == slow(tree, sc.SmsResponse)


@given(
    st.lists(
        st.builds(
            sc.TextMessage,
            to=st.lists(st.from_regex(r"[1-9][0-9]{6,14}", fullmatch=True), min_size=1,
                        max_size=3).map(tuple),
            text=st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=100),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_fast_path_takes_valid_values(items: list[sc.TextMessage]) -> None:
    value = sc.TextMultiRequest(messages=tuple(items))
    tree = json.loads(sc.encode(value))
    assert DECODERS[sc.TextMultiRequest](tree, LIMITS) == value


# --- repeated keys under plain json.loads ---------------------------------------------------
# Sealed bodies are read by plain json.loads, which keeps the last of repeated keys; the
# decoder must still find every repeat, even behind texts full of colons and escaped colons.

colon_texts = st.text(st.sampled_from(':a"\\é😀 '), min_size=1, max_size=12)
colon_requests = st.builds(
    sc.TextMultiRequest,
    messages=st.lists(
        st.builds(sc.TextMessage, to=ss.destinations(max_size=2), text=colon_texts,
                  sender=ss.senders()),
        min_size=1, max_size=3,
    ).map(tuple),
)
sealed_bodies = st.one_of(
    colon_requests.map(lambda v: (sc.TextMultiRequest, v)),
    # The closed bodies (the requests), whose repeated keys are refused.
    ss.valid_bodies(longest=False).filter(lambda b: BODY_OF[b[0]].closed),
)


def _dump(node: Any, target: int, state: list[int]) -> str:
    """JSON of ``node``; the ``target``-th object with members (in document order) repeats its
    first key. An empty object (such as ``"southKorea":{}``) has no key to repeat.

    ``state`` is [objects with members so far, colons still to write as the escape \\u003a].
    """
    if isinstance(node, dict):
        here = state[0] if node else None
        state[0] += bool(node)
        members = [_dump(k, -1, state) + ":" + _dump(v, target, state) for k, v in node.items()]
        if here == target:
            members.append(members[0])
        return "{" + ",".join(members) + "}"
    if isinstance(node, list):
        return "[" + ",".join(_dump(v, target, state) for v in node) + "]"
    text = json.dumps(node, ensure_ascii=False)
    if isinstance(node, str) and state[1] > 0:
        # Inside a string literal every colon is the string's own.
        escaped = min(state[1], text.count(":"))
        state[1] -= escaped
        text = text.replace(":", "\\u003a", escaped)
    return text


def _objects(node: Any) -> int:
    """The count of objects with members, each of which can repeat a key."""
    if isinstance(node, dict):
        return bool(node) + sum(map(_objects, node.values()))
    return sum(map(_objects, node)) if isinstance(node, list) else 0


@given(sealed_bodies, st.data(), st.integers(0, 2))
def test_every_repeated_key_is_found(body: Any, data: st.DataObject, escapes: int) -> None:
    model, value = body
    tree = json.loads(sc.encode(value))
    objects = _objects(tree)
    target = data.draw(st.integers(-1, objects - 1), label="object with a repeated key")
    text = _dump(tree, target, [0, escapes])
    if target < 0:
        assert sc.decode(text, model) == value
        return
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(text, model)
    assert "field.duplicate" in {i.code for i in info.value.issues}


# The plain reader gives the careful reader's tree but for repeated keys, and the colons of
# the text tell whether a key was repeated: the law the sealed bodies' fast paths rest on.
json_keys = st.sampled_from(["to", "a:b", "text", "k"])
json_trees = st.recursive(
    st.one_of(st.integers(-3, 3), st.floats(allow_nan=True), colon_texts, st.none(),
              st.booleans()),
    lambda inner: st.lists(inner, max_size=3) | st.lists(st.tuples(json_keys, inner), max_size=3),
    max_leaves=8,
)


def _text_of(node: Any, state: list[int]) -> str:
    """JSON of a tree whose objects are lists of pairs (so keys may repeat).

    ``state`` is [colons still to write as the escape \\u003a, repeated keys so far].
    """
    if isinstance(node, list) and all(isinstance(p, tuple) for p in node) and node:
        keys = [k for k, _ in node]
        state[1] += len(keys) - len(set(keys))
        return "{" + ",".join(_text_of(k, state) + ":" + _text_of(v, state)
                              for k, v in node) + "}"
    if isinstance(node, list):
        return "[" + ",".join(_text_of(v, state) for v in node) + "]"
    text = json.dumps(node, ensure_ascii=False)
    if isinstance(node, str) and state[0] > 0 and ":" in text:
        state[0] -= 1
        text = text.replace(":", "\\u003a", 1)
    return text


def _same(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(_same, a, b))
    return bool(a == b)


@given(json_trees, st.integers(0, 2))
def test_plain_reader_differs_only_by_repeated_keys(tree: Any, escapes: int) -> None:
    state = [escapes, 0]
    text = _text_of([tree], state)  # (a bare null would read as None: "no plain tree")
    escaped, repeated = escapes - state[0], state[1]
    plain = jsoncodec.parse_plain(text)
    try:
        careful = jsoncodec.parse(text)
    except sc.DecodeError:
        assert plain is None  # NaN and Infinity
        return
    assert plain is not None
    if not repeated:
        assert _same(plain, careful)
    # Without escaped colons, the colons tell exactly whether a key was repeated.
    assert (colons(plain) - escaped == text.count(":")) == (repeated == 0)


# --- the checker reports exactly what the validator reports ---------------------------------


def _outcome(run: Any) -> Any:
    try:
        return ("accepted", run())
    except sc.ValidationError as exc:
        return ("refused", [(i.path, i.code, i.message) for i in exc.issues], exc.more)


payloads = st.fixed_dictionaries(
    {"hex": st.sampled_from(["41", "ff 80", "00 41 00", "05 00 03 01 02 01 41", "05 00 03",
                             "00 41", "05 00 03 01 02 01 00 41 00"])},
    optional={"dataCoding": st.sampled_from([0, 1, 8, 4]), "esmClass": st.sampled_from([0, 64])},
)
near_valid = st.fixed_dictionaries(
    {"to": st.sampled_from(["41793026727", ["41793026727", "41793026731"], "0041793026727"])},
    optional={"binary": payloads, "text": st.sampled_from(["x", "", "a\ud800"]),
              "from": st.sampled_from(["InfoSMS", "x"])},
)


@given(st.lists(messages | near_valid, max_size=4), st.sampled_from(list(CHECKERS)),
       st.integers(1, 4))
def test_checker_reports_what_the_validator_reports(
    items: list[Any], model: type[Any], max_issues: int
) -> None:
    limits = sc.Limits(max_issues=max_issues)
    body = next(b for b in KINDS.values() if b.model is model)
    for tree in ({"messages": items}, items[0] if items else {}, items,
                 {"messages": items[0:1], "a:b": {"c:d": ["e:f", 1]}}):
        plain = json.loads(json.dumps(tree))
        expected = _outcome(partial(validate, plain, body, Report(limits, strict=False)))
        report = Report(limits, strict=False)
        result, seen = CHECKERS[model](plain, limits, report)
        assert _outcome(lambda r=result, p=report: finish(r, p)) == expected
        assert seen == colons(plain)


@given(st.lists(messages | near_valid, max_size=3), st.sampled_from(list(CHECKERS)), st.data(),
       st.integers(0, 2))
def test_decode_is_the_validator_on_the_careful_tree(
    items: list[Any], model: type[Any], data: st.DataObject, escapes: int
) -> None:
    """Whichever path decode takes, on any body, with any key repeated anywhere."""
    body = next(b for b in KINDS.values() if b.model is model)
    tree = {"messages": items} if data.draw(st.booleans()) else (items[0] if items else {})
    target = data.draw(st.integers(-1, _objects(tree) - 1), label="object with a repeated key")
    text = _dump(tree, target, [0, escapes])
    expected = _outcome(partial(validate, jsoncodec.parse(text), body, Report(LIMITS,
                                                                              strict=False)))
    assert _outcome(partial(sc.decode, text, model)) == expected
    with contextlib.suppress(UnicodeEncodeError):  # a lone surrogate travels only in a str
        assert _outcome(partial(sc.decode, text.encode(), model)) == expected
