"""The v2 advanced and v3 bodies, written other ways and broken structurally.

`invalid_bodies` breaks one member at a time, each to a known issue; here the documents are
changed the ways a sloppy or hostile writer changes them (indented, members reordered, text
mixed into elements, comments, attributes, names changed, values grafted anywhere, bytes
edited), so that decoding meets every way out of the generated plain readers and checkers:

- a form the wire rules allow (indentation, an XML declaration, object members in another
  order) decodes to the same value;
- anything else gives a value of the kind asked for, which re-encodes to a body that decodes
  to it again, or a `SmsCodecError` with catalogued issues; nothing else.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Final

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import smscodec.strategies  # noqa: F401  (registers the models with st.from_type)
from smscodec import (
    ApiError,
    BinaryAdvancedRequest,
    IssueCode,
    MessagesRequest,
    MessagesResponse,
    SmsCodecError,
    TextAdvancedRequest,
    decode,
    encode,
)

MODELS: Final = (TextAdvancedRequest, BinaryAdvancedRequest, MessagesRequest,
                 MessagesResponse, ApiError)
#: The XML elements whose children are an array's items, whose order is the value's.
ARRAYS: Final = frozenset({"messages", "destinations", "days", "violations", "resources"})
_NAMES: Final = ("to", "text", "hex", "content", "sender", "from", "options", "days", "hour",
                 "messageId", "status", "groupId", "errorCode", "x")
_JSON_VALUES: Final = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
              st.text(max_size=8), st.sampled_from(("41793026727", "MONDAY", "00", ""))),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.sampled_from(_NAMES), inner, max_size=3)),
    max_leaves=8,
)


def _tagged(model: type[Any]) -> st.SearchStrategy[tuple[type[Any], Any]]:
    return st.from_type(model).map(lambda value: (model, value))


def _bodies() -> st.SearchStrategy[tuple[type[Any], Any]]:
    return st.one_of(*(_tagged(m) for m in MODELS))


def _value_or_error(data: bytes, model: type[Any], fmt: Any) -> None:
    try:
        value = decode(data, model, format=fmt)
    except SmsCodecError as error:
        assert error.issues
        assert {i.code for i in error.issues} <= set(IssueCode)
        return
    assert type(value) is model
    assert decode(encode(value, format=fmt), model, format=fmt) == value


# --- equivalent forms -------------------------------------------------------------------------


def _reorder_xml(data: st.DataObject, root: etree._Element) -> None:
    for element in list(root.iter()):
        children = list(element)
        if len(children) > 1 and element.tag not in ARRAYS:
            for child in children:
                element.remove(child)
            element.extend(data.draw(st.permutations(children)))


@given(body=_bodies(), data=st.data())
def test_xml_written_another_allowed_way_is_the_same_value(body: tuple[type[Any], Any],
                                                           data: st.DataObject) -> None:
    model, value = body
    root = etree.fromstring(encode(value, format="xml"))
    _reorder_xml(data, root)
    variant = etree.tostring(root, encoding="utf-8", pretty_print=data.draw(st.booleans()),
                             xml_declaration=data.draw(st.booleans()))
    assert decode(variant, model, format="xml") == value


@given(body=_bodies(), data=st.data())
def test_json_written_another_allowed_way_is_the_same_value(body: tuple[type[Any], Any],
                                                            data: st.DataObject) -> None:
    model, value = body

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return dict(data.draw(st.permutations([(k, walk(v)) for k, v in node.items()])))
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    variant = json.dumps(walk(json.loads(encode(value))), indent=data.draw(st.sampled_from(
        (None, 2))), ensure_ascii=data.draw(st.booleans()))
    assert decode(variant, model) == value


# --- broken structurally ------------------------------------------------------------------------


@st.composite
def _xml_mutants(draw: st.DrawFn, value: Any) -> bytes:
    root = etree.fromstring(encode(value, format="xml"))
    elements = list(root.iter())
    for _ in range(draw(st.integers(1, 3))):
        element = draw(st.sampled_from(elements))
        how = draw(st.sampled_from(("text", "tail", "comment", "attribute", "rename", "repeat",
                                    "child", "empty", "namespace")))
        if how == "text":
            element.text = (element.text or "") + draw(st.sampled_from(("x", " ", "\n", "1")))
        elif how == "tail" and element is not root:
            element.tail = draw(st.sampled_from(("x", "  ", "\n\t")))
        elif how == "comment":
            element.insert(draw(st.integers(0, len(element))), etree.Comment("c"))
        elif how == "attribute":
            element.set("a", "1")
        elif how == "rename":
            element.tag = draw(st.sampled_from(_NAMES))
        elif how == "repeat" and element is not root:
            element.addnext(copy.deepcopy(element))
        elif how == "child":
            etree.SubElement(element, draw(st.sampled_from(_NAMES))).text = "1"
        elif how == "empty":
            for child in list(element):
                element.remove(child)
            element.text = None
        elif how == "namespace":
            # Applied twice, the second must still be one well-formed name.
            element.tag = "{urn:x}" + etree.QName(element).localname
    return etree.tostring(root, encoding="utf-8")


@given(body=_bodies(), data=st.data())
def test_broken_xml_gives_a_value_or_a_codec_error(body: tuple[type[Any], Any],
                                                  data: st.DataObject) -> None:
    model, value = body
    mutant = data.draw(_xml_mutants(value))
    _value_or_error(mutant, model, "xml")
    if model in (MessagesResponse, ApiError):
        try:
            decode(mutant, model, format="xml", strict=True)
        except SmsCodecError as error:
            assert {i.code for i in error.issues} <= set(IssueCode)


def _paths(tree: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [at]
    items = tree.items() if isinstance(tree, dict) else enumerate(tree) if isinstance(
        tree, list) else ()
    for key, item in items:
        out += _paths(item, (*at, key))
    return out


@pytest.mark.parametrize("how", ["graft", "edit"])
@given(body=_bodies(), data=st.data())
def test_broken_json_gives_a_value_or_a_codec_error(how: str, body: tuple[type[Any], Any],
                                                   data: st.DataObject) -> None:
    model, value = body
    text = encode(value)
    if how == "graft":
        tree = json.loads(text)
        path = data.draw(st.sampled_from(_paths(tree)[1:] or [()]))
        if path:
            node = tree
            for step in path[:-1]:
                node = node[step]
            node[path[-1]] = data.draw(_JSON_VALUES)
        mutant = json.dumps(tree).encode()
    else:
        raw = bytearray(text)
        at = data.draw(st.integers(0, len(raw)))
        raw[at:at + data.draw(st.integers(0, 2))] = data.draw(st.sampled_from(
            (b'"', b"{", b"}", b",", b"1", b"null", b"\xff", b"")))
        mutant = bytes(raw)
    _value_or_error(mutant, model, "json")
    if model in (MessagesResponse, ApiError):
        try:
            decode(mutant, model, strict=True)
        except SmsCodecError as error:
            assert {i.code for i in error.issues} <= set(IssueCode)


# --- every element of the description's examples, broken in turn ------------------------------

VECTORS: Final = Path(__file__).resolve().parent / "vectors"
#: The examples' models, by where they are and how their names start.
_EXAMPLES: Final = (("v2", "text-", TextAdvancedRequest), ("v2", "binary-", BinaryAdvancedRequest),
                    ("v3", "request--", MessagesRequest), ("v3", "response--", MessagesResponse),
                    ("v3", "error--", ApiError))
_BREAKS: Final = ("text", "repeat", "child", "empty", "attribute", "comment")


def _all_examples() -> list[tuple[Path, type[Any]]]:
    return [(path, model) for folder, prefix, model in _EXAMPLES
            for path in sorted((VECTORS / folder).glob(prefix + "*.json"))]


def _decodes(path: Path, model: type[Any]) -> bool:
    try:
        decode(path.read_bytes(), model)
    except SmsCodecError:
        return False
    return True


def _examples() -> list[Any]:
    # Only those that decode as given: the others break the description's own rules
    # (tests/vectors/*/README.md says which and why), and breaking them further tells nothing.
    return [pytest.param(path, model, id=path.stem) for path, model in _all_examples()
            if _decodes(path, model)]


def _broken(root: etree._Element, index: int, how: str) -> bytes:
    copied = copy.deepcopy(root)
    element = list(copied.iter())[index]
    if how == "text":
        element.text = (element.text or "") + "x"
    elif how == "repeat" and element is not copied:
        element.addnext(copy.deepcopy(element))
    elif how == "child":
        etree.SubElement(element, "x").text = "1"
    elif how == "empty":
        for child in list(element):
            element.remove(child)
        element.text = None
    elif how == "attribute":
        element.set("a", "1")
    elif how == "comment":
        element.insert(0, etree.Comment("c"))
    return etree.tostring(copied, encoding="utf-8")


@pytest.mark.parametrize(("path", "model"), _examples())
def test_every_element_of_the_examples_broken_in_turn(path: Path, model: type[Any]) -> None:
    value = decode(path.read_bytes(), model)
    root = etree.fromstring(encode(value, format="xml"))
    for index in range(len(list(root.iter()))):
        for how in _BREAKS:
            broken = _broken(root, index, how)
            _value_or_error(broken, model, "xml")
            if model in (MessagesResponse, ApiError):
                try:
                    decode(broken, model, format="xml", strict=True)
                except SmsCodecError as error:
                    assert {i.code for i in error.issues} <= set(IssueCode)


def test_the_sweep_has_most_examples() -> None:
    assert len(_examples()) >= len(_all_examples()) // 2 > 0
