"""The laws every body obeys, over every model and both formats, driven by `smscodec.strategies`.

- decode(encode(x)) == x, and JSON -> XML -> JSON keeps the value;
- encode is deterministic and canonical: equal values give equal bytes, re-encoding a decoded
  body gives the same bytes, and every equivalent non-canonical form decodes to the same value;
- every `invalid_bodies()` draw is refused with exactly its one issue (code and path);
- decoding arbitrary input gives a value of the type asked for or a `SmsCodecError`, nothing else;
- every refusal has an error body (`error_body`) that its format can carry;
- `st.from_type` yields valid values for every public model, and constructing a model from an
  invalid field value raises `ValidationError`, nothing else.

Example counts come from Hypothesis' settings profile (none is set here but for the sweep over
every issue code, which draws a few examples per code).

"""

from __future__ import annotations

import dataclasses
import json
import pickle
import re
from typing import Any, Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from smscodec import (
    BinaryContent,
    BinaryMessage,
    BinaryMultiRequest,
    BinarySingleRequest,
    DecodeError,
    EncodeError,
    Format,
    IssueCode,
    RequestError,
    SentMessage,
    ServiceException,
    SmsCodecError,
    SmsResponse,
    Status,
    TextMessage,
    TextMultiRequest,
    TextSingleRequest,
    ValidationError,
    decode,
    encode,
    error_body,
)
from smscodec import strategies as ss
from smscodec._sms.segments import count_segments
from smscodec._spec.bodies import BODY_OF, KINDS

FORMATS: list[Format] = ["json", "xml"]

# Every kind `smscodec kinds` lists, each with the strategy registered for its model.
BODIES: list[tuple[type[Any], st.SearchStrategy[Any]]] = [
    (body.model, st.from_type(body.model)) for body in KINDS.values()
]
BODY_PARAMS = [pytest.param(model, values, id=model.__name__) for model, values in BODIES]
REQUESTS = (TextMultiRequest, BinaryMultiRequest, TextSingleRequest, BinarySingleRequest)
PUBLIC_MODELS = (
    TextMultiRequest,
    BinaryMultiRequest,
    TextSingleRequest,
    BinarySingleRequest,
    TextMessage,
    BinaryMessage,
    BinaryContent,
    SmsResponse,
    SentMessage,
    Status,
    RequestError,
    ServiceException,
)


# --- round trips ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("model", "values"), BODY_PARAMS)
@given(data=st.data())
def test_decode_inverts_encode(
    model: type[Any], values: st.SearchStrategy[Any], fmt: Any, data: st.DataObject
) -> None:
    value = data.draw(values)
    assert decode(encode(value, format=fmt), model, format=fmt) == value


@given(body=ss.valid_bodies(longest=False))
def test_json_to_xml_to_json_keeps_the_value(body: tuple[type[Any], Any]) -> None:
    model, value = body
    json_body = encode(value, format="json")
    via_xml = decode(encode(decode(json_body, model, format="json"), format="xml"), model,
                     format="xml")
    assert via_xml == value
    assert encode(via_xml, format="json") == json_body


@pytest.mark.parametrize("fmt", FORMATS)
@given(value=ss.sms_responses(strict=True))
def test_consistent_responses_round_trip_strictly(value: SmsResponse, fmt: Any) -> None:
    assert decode(encode(value, format=fmt), SmsResponse, format=fmt, strict=True) == value


# --- determinism and canonical form ---------------------------------------------------------

_CANONICAL_HEX = re.compile(r"[0-9a-f]{2}( [0-9a-f]{2})*")
_MARKED_NUMBER = re.compile(r'"\\u0000([-+.0-9eE]+)\\u0000"')


def _members(tree: Any) -> list[tuple[str, Any]]:
    """Every (key, value) of every object in a JSON tree."""
    if isinstance(tree, dict):
        return [*tree.items(), *(m for v in tree.values() for m in _members(v))]
    if isinstance(tree, list):
        return [m for v in tree for m in _members(v)]
    return []


@pytest.mark.parametrize("fmt", FORMATS)
@given(body=ss.valid_bodies(longest=False))
def test_encode_is_deterministic_and_canonical(fmt: Any, body: tuple[type[Any], Any]) -> None:
    model, value = body
    sealed = BODY_OF[model].closed
    encoded = encode(value, format=fmt)
    twin = pickle.loads(pickle.dumps(value))
    assert twin == value and hash(twin) == hash(value)
    assert encode(value, format=fmt) == encoded
    assert encode(twin, format=fmt) == encoded
    assert encode(decode(encoded, model, format=fmt), format=fmt) == encoded
    if fmt == "json":
        # Decimals (prices) keep their digits as written: hold each as its text, marked, and
        # put it back unquoted after dumping.
        tree = json.loads(encoded, parse_float=lambda text: f"\0{text}\0")
        # Compact, keys in canonical order, non-ASCII as UTF-8: what json.dumps writes too.
        dumped = json.dumps(tree, ensure_ascii=False, separators=(",", ":"))
        assert _MARKED_NUMBER.sub(r"\1", dumped).encode() == encoded
        members = _members(tree)
        # A request's payload is written canonically; a log's is a string kept as the server
        # wrote it.
        assert all(_CANONICAL_HEX.fullmatch(v) for k, v in members if k == "hex" and sealed)
        assert all(v is not None for _, v in members), "absent fields are left out, not null"
    else:
        hexes = etree.fromstring(encoded).iter("hex")
        assert all(_CANONICAL_HEX.fullmatch(h.text or "") for h in hexes if sealed)


def _json_variant(data: st.DataObject, tree: Any, request: bool, sealed: bool) -> bytes:
    """The same body written another way the wire rules allow (``tree`` holds each decimal
    as its marked text, see `_MARKED_NUMBER`, so that its digits survive)."""
    draw = data.draw

    def walk(node: Any, key: str | None) -> Any:
        if isinstance(node, dict):
            items = [
                (k, walk(v, k))
                for k, v in node.items()
                if not (request and k in ("dataCoding", "esmClass") and v == 0
                        and draw(st.booleans()))
            ]
            # A map's order is part of its value, as an array's is; an object's is not.
            return dict(items if key == "validationErrors" else draw(st.permutations(items)))
        if isinstance(node, list):
            return [walk(v, None) for v in node]
        if key == "hex" and sealed and draw(st.booleans()):
            # A payload's case is no part of it; a log's hex is a string, kept as written.
            return node.upper()
        if key == "to" and request and draw(st.booleans()):
            return [node]
        return node

    text = json.dumps(
        walk(tree, None),
        ensure_ascii=draw(st.booleans()),
        indent=draw(st.sampled_from((None, 0, 2, "\t"))),
        separators=draw(st.sampled_from(((",", ":"), (", ", ": "), (" ,", " :\n")))),
    )
    return _MARKED_NUMBER.sub(r"\1", text).encode("utf-8")


def _xml_variant(data: st.DataObject, body: bytes, request: bool, sealed: bool) -> bytes:
    draw = data.draw
    root = etree.fromstring(body)
    for element in list(root.iter()):
        children = [c for c in element if isinstance(c.tag, str)]
        if element.tag == "to" and request and len(children) == 1 and draw(st.booleans()):
            # One destination, in the flat form rather than the nested one.
            element.text = children[0].text
            element.remove(children[0])
        elif element.tag == "hex" and sealed and element.text and draw(st.booleans()):
            element.text = element.text.upper()
        elif len({c.tag for c in children}) == len(children) > 1:
            # An object's members (each named once) may come in any order; an array's items
            # (one name, repeated) and a map entry's key and values keep theirs.
            for child in children:
                element.remove(child)
            element.extend(draw(st.permutations(children)))
    wrapper = root.find("messages")
    if request and wrapper is not None:
        # The v1 documents name each item <messages>.
        for item in wrapper:
            if draw(st.booleans()):
                item.tag = "messages"
    if root.tag == "requestError" and draw(st.booleans()):
        # The current API's root encloses the bare one.
        envelope = etree.Element("ApiException")
        envelope.append(root)
        root = envelope
    return etree.tostring(root, encoding="utf-8", pretty_print=draw(st.booleans()),
                          xml_declaration=draw(st.booleans()))


@pytest.mark.parametrize("fmt", FORMATS)
@given(data=st.data())
def test_every_equivalent_form_decodes_to_one_value(fmt: Any, data: st.DataObject) -> None:
    model, value = data.draw(ss.valid_bodies(longest=False))
    canonical = encode(value, format=fmt)
    request = model in REQUESTS
    if fmt == "json":
        tree = json.loads(canonical, parse_float=lambda text: f"\0{text}\0")
        variant = _json_variant(data, tree, request, BODY_OF[model].closed)
    else:
        variant = _xml_variant(data, canonical, request, BODY_OF[model].closed)
    decoded = decode(variant, model, format=fmt)
    assert decoded == value
    assert encode(decoded, format=fmt) == canonical


# --- invalid bodies -------------------------------------------------------------------------


def _refusal(bad: ss.InvalidBody) -> SmsCodecError:
    with pytest.raises((ValidationError, DecodeError)) as caught:
        decode(bad.data, bad.type, format=bad.format)
    return caught.value


@pytest.mark.parametrize("fmt", FORMATS)
@given(data=st.data())
def test_invalid_bodies_are_refused_with_their_one_issue(fmt: Any, data: st.DataObject) -> None:
    bad = data.draw(ss.invalid_bodies(fmt))
    error = _refusal(bad)
    # Equality, not containment: each mutation breaks exactly one rule.
    assert [(i.path, i.code) for i in error.issues] == [(bad.path, bad.code)], bad.mutation


@pytest.mark.parametrize(
    ("fmt", "code"),
    [
        pytest.param(fmt, code, id=f"{fmt}-{code}")
        for fmt in FORMATS
        for code in sorted(ss.INVALID_BODY_CODES[fmt])
    ],
)
@settings(max_examples=5)  # a sweep over every code; the test above carries the main budget
@given(data=st.data())
def test_each_issue_code_is_drawn_and_refused(fmt: Any, code: str, data: st.DataObject) -> None:
    bad = data.draw(ss.invalid_bodies(fmt, codes={code}))
    assert bad.code == code
    error = _refusal(bad)
    assert [(i.path, i.code) for i in error.issues] == [(bad.path, bad.code)], bad.mutation


@given(ss.invalid_bodies("xml"))
def test_xml_issues_carry_their_line(bad: ss.InvalidBody) -> None:
    assert all(isinstance(i.line, int) and i.line >= 1 for i in _refusal(bad).issues)


# --- arbitrary input ------------------------------------------------------------------------

_WIRE_NAMES = (
    "messages", "message", "from", "to", "text", "binary", "hex", "dataCoding", "esmClass",
    "bulkId", "status", "groupId", "groupName", "id", "name", "description", "action",
    "smsCount", "messageId", "requestError", "serviceException", "request", "smsResponse",
)
_lone_surrogates = st.text(st.characters(categories=["Cs"]), min_size=1, max_size=2)
_json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=12),
    st.sampled_from(("41793026727", "+41 79", "54 65", "", "0", "InfoSMS", "€" * 200)),
    _lone_surrogates,
)
_json_values = st.recursive(
    _json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(_WIRE_NAMES), st.text(max_size=4),
                                  _lone_surrogates), inner, max_size=5),
    ),
    max_leaves=20,
)


def _paths(tree: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [at]
    if isinstance(tree, dict):
        for k, v in tree.items():
            out += _paths(v, (*at, k))
    elif isinstance(tree, list):
        for i, v in enumerate(tree):
            out += _paths(v, (*at, i))
    return out


_HOSTILE_JSON = (
    b"[" * 100_000,
    b'{"messages":' + b"[" * 100_000,
    b'{"messages":[{"to":"41793026727","text":"x","from":NaN}]}',
    b'{"messages":[{"to":"41793026727","binary":{"hex":"00","dataCoding":-Infinity}}]}',
    b'{"messages":[{"to":"41793026727","binary":{"hex":"00","dataCoding":' + b"9" * 5000 + b"}}]}",
    b'{"messages":[{"to":"41793026727","binary":{"hex":"00","esmClass":1e999999}}]}',
    b'{"messages":[{"to":"41793026727","text":"\\ud83d"}]}',
    b'{"messages":[],"messages":[]}',
    b"\xef\xbb\xbf{}",
    '{"messages":[]}'.encode("utf-16"),
    b"1" * 5000,
    b'{"requestError":{"serviceException":{"messageId":"x","text":"y"}},"x":1}',
    b'{"\\u0000":1,"a/b~c":2}',
    b'{"messages":[],"\\ud800":1}',  # a lone surrogate in a key, so in an issue's path
)


@st.composite
def _json_junk(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(("bytes", "hostile", "value", "graft", "edit")))
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    if kind == "hostile":
        return draw(st.sampled_from(_HOSTILE_JSON))
    if kind == "value":
        tree = draw(_json_values)
    else:
        _, value = draw(ss.valid_bodies(longest=False))
        body = encode(value, format="json")
        if kind == "edit":
            return _edit(draw, body)
        tree = json.loads(body)
        path = draw(st.sampled_from(_paths(tree)))
        if not path:
            return json.dumps(draw(_json_values)).encode()
        node = tree
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = draw(_json_values)
    return json.dumps(tree, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")


def _edit(draw: st.DrawFn, body: bytes) -> bytes:
    """A few byte-level insertions, deletions and replacements."""
    data = bytearray(body)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(("insert", "delete", "replace")))
        piece = draw(st.one_of(st.binary(min_size=1, max_size=3),
                               st.sampled_from((b'"', b"{", b"}", b"[", b"]", b"<", b">", b"/",
                                                b"&", b"\\u", b"\xff", b"\x00", b"\xed\xa0\x80"))))
        if op == "insert":
            data[at:at] = piece
        elif op == "delete":
            del data[at : at + len(piece)]
        else:
            data[at : at + len(piece)] = piece
    return bytes(data)


_HOSTILE_XML = (
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;">]><request><messages><message><to>41793026727</to>'
    b"<text>&c;</text></message></messages></request>",
    b'<!DOCTYPE r SYSTEM "http://example.invalid/r.dtd"><request/>',
    b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><request><from>&x;</from></request>',
    b"<request>" + b"<a>" * 5000 + b"</a>" * 5000 + b"</request>",
    b'<request xmlns="urn:x"><messages/></request>',
    b'<x:request xmlns:x="urn:x"><messages/></x:request>',
    b"<request><messages><message><to>1</to><to>2</to></message></messages></request>",
    b"<?xml version='1.0' encoding='latin-1'?><requestError/>",
    b"<smsResponse><messages><message><status a='1'>x<!--c--><![CDATA[y]]></status>"
    b"</message></messages></smsResponse>",
    b"<request><messages><message><binary><dataCoding> 8 </dataCoding><hex>&#x30;0</hex>"
    b"</binary></message></messages></request>",
    b"\xef\xbb\xbf<request/>",
    b"<request>&#0;</request>",
    b"<request/><request/>",
)


@st.composite
def _xml_trees(draw: st.DrawFn, depth: int = 0) -> etree._Element:
    element = etree.Element(draw(st.sampled_from(_WIRE_NAMES)))
    if depth >= 4 or draw(st.booleans()):
        element.text = draw(st.one_of(
            ss.xml_safe_strings(max_fragments=2),
            st.sampled_from(("41793026727", "54 65", " 8 ", "-1", "256", "InfoSMS", "")),
        ))
    else:
        for _ in range(draw(st.integers(0, 3))):
            element.append(draw(_xml_trees(depth + 1)))
    return element


@st.composite
def _xml_junk(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(("bytes", "hostile", "tree", "edit")))
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    if kind == "hostile":
        return draw(st.sampled_from(_HOSTILE_XML))
    if kind == "tree":
        root = draw(_xml_trees())
        return etree.tostring(root, encoding="utf-8")
    _, value = draw(ss.valid_bodies(longest=False))
    return _edit(draw, encode(value, format="xml"))


def _decode_or_refuse(data: bytes | str, model: type[Any], fmt: Any) -> SmsCodecError | None:
    try:
        value = decode(data, model, format=fmt)
    except SmsCodecError as error:
        assert error.issues, "an error names at least one issue"
        assert {i.code for i in error.issues} <= set(IssueCode), "every code is catalogued"
        return error
    assert isinstance(value, model)
    return None


@pytest.mark.parametrize("fmt", FORMATS)
@given(data=st.data())
def test_arbitrary_input_gives_a_value_or_a_codec_error(fmt: Any, data: st.DataObject) -> None:
    model = data.draw(st.sampled_from([m for m, _ in BODIES]))
    raw = data.draw(_json_junk() if fmt == "json" else _xml_junk())
    _decode_or_refuse(raw, model, fmt)
    # The same input as str (undecodable bytes become lone surrogates).
    _decode_or_refuse(raw.decode("utf-8", "surrogateescape"), model, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
@given(data=st.data())
def test_every_refusal_has_an_error_body_in_its_format(fmt: Any, data: st.DataObject) -> None:
    """A gateway answers a bad body with the API's error body, in the request's format."""
    model = data.draw(st.sampled_from([m for m, _ in BODIES]))
    raw = data.draw(_json_junk() if fmt == "json" else _xml_junk())
    error = _decode_or_refuse(raw, model, fmt)
    if error is not None:
        body = error_body(error)
        assert decode(encode(body, format=fmt), RequestError, format=fmt) == body


# --- models ---------------------------------------------------------------------------------


def test_every_public_model_is_covered() -> None:
    from smscodec._spec import models

    assert set(PUBLIC_MODELS) == {getattr(models, name) for name in models.__all__}


@given(data=st.data())
def test_from_type_yields_valid_values(data: st.DataObject) -> None:
    model: type[Any] = data.draw(st.sampled_from(PUBLIC_MODELS))
    value = data.draw(st.from_type(model))
    assert type(value) is model
    # The constructor runs the wire rules again: a registered value passes them.
    assert dataclasses.replace(value) == value
    if model in (m for m, _ in BODIES):
        assert decode(encode(value, format="json"), model) == value


_junk = st.one_of(
    st.integers(),
    st.floats(),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    st.just(object()),
)
_not_a_string = st.one_of(_junk, st.binary(max_size=3))
_bad_strings = st.one_of(_not_a_string, _lone_surrogates.map(lambda s: "x" + s))
_uint8_out = st.one_of(st.integers(max_value=-1), st.integers(min_value=256))
_int64_out = st.one_of(st.integers(max_value=-(2**63) - 1), st.integers(min_value=2**63))
_not_integers = st.one_of(st.floats(), st.booleans(), st.text(max_size=3), st.binary(max_size=2))
_bad_destinations = st.one_of(
    st.none(),
    _not_a_string.filter(lambda v: not isinstance(v, list)),
    st.sampled_from(("", "++41793026727", "0041793026727", "123", "4179302672712345", "41 79",
                     "+041793026727")),
    st.just(()),
    st.lists(st.integers(), min_size=1, max_size=2).map(tuple),
    ss.destinations(max_size=2).map(lambda to: (*to, "+ " + to[0].lstrip("+"))),
)
_BAD_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "sender": st.one_of(
        _not_a_string,
        st.sampled_from(("ab", "+41", " abc", "abc!", "123456789012345", "twelve chars", "", " ")),
    ),
    "text": st.one_of(st.none(), _bad_strings, st.just(""), st.just("ç" * 17086)),
    "hex": st.one_of(
        st.none(),
        _junk,
        st.text(max_size=4),
        st.sampled_from((b"", bytearray(), b"\xff" * 34171)),
    ),
    "data_coding": st.one_of(_uint8_out, _not_integers),
    "esm_class": st.one_of(_uint8_out, _not_integers),
    # None for dataCoding and esmClass means "absent", so the default (0): not refused.
    "group_id": st.one_of(_int64_out, _not_integers, st.none()),
    "id": st.one_of(_int64_out, _not_integers, st.none()),
    # None is absent for the labels a tolerant decode may miss: not refused.
    "sms_count": st.one_of(_int64_out, _not_integers),
    "group_name": _bad_strings,
    "name": _bad_strings,
    "description": _bad_strings,
    "validation_errors": st.one_of(
        _not_a_string.filter(lambda v: not isinstance(v, dict)),  # {} is a valid map
        st.sampled_from(
            ({"a": "x"}, {"a": [1]}, {"a": ["x", None]}, {1: ["x"]}, {"a": ("\ud800",)})
        ),
    ),
    "message_id": st.one_of(st.none(), _bad_strings),
    "action": _bad_strings,
    "bulk_id": _bad_strings,
}


def _bad_value(model: type[Any], name: str) -> st.SearchStrategy[Any]:
    if name == "to":
        return _bad_strings if model is SentMessage else _bad_destinations
    if name == "text" and model is ServiceException:
        return _bad_strings
    if name in ("binary", "status", "service_exception"):
        return st.one_of(st.none(), _not_a_string, st.text(max_size=3))
    if name == "messages":
        wrong = st.one_of(_junk, st.builds(object), ss.statuses())
        bad = st.one_of(st.none(), st.text(max_size=2), st.lists(wrong, min_size=1, max_size=2))
        return bad if model is SmsResponse else st.one_of(bad, st.just(()))
    return _BAD_FIELDS[name]


@given(data=st.data())
def test_invalid_field_values_raise_validation_error(data: st.DataObject) -> None:
    model = data.draw(st.sampled_from(PUBLIC_MODELS))
    value = data.draw(st.from_type(model))
    kwargs = {f.name: getattr(value, f.name) for f in dataclasses.fields(model)}
    name = data.draw(st.sampled_from(sorted(kwargs)))
    kwargs[name] = data.draw(_bad_value(model, name), label=name)
    with pytest.raises(ValidationError):
        model(**kwargs)


# --- what the strategies promise ------------------------------------------------------------


_BOUNDARIES: list[tuple[int, Literal["GSM7", "UCS2"], int]] = [
    (160, "GSM7", 1), (161, "GSM7", 2), (70, "UCS2", 1), (71, "UCS2", 2),
    (39015, "GSM7", 255), (17085, "UCS2", 255),
]


@given(data=st.data())
def test_sized_texts_sit_on_part_boundaries(data: st.DataObject) -> None:
    units, encoding, count = data.draw(st.sampled_from(_BOUNDARIES))
    text = data.draw(ss.sized_texts(units, encoding))
    segments = count_segments(text)
    assert (segments.encoding, segments.units, segments.count) == (encoding, units, count)


@given(
    ss.text_single_requests(),
    ss.xml_safe_strings(max_fragments=3),
    st.sampled_from(ss.XML_UNSAFE_CHARACTERS),
    ss.xml_safe_strings(max_fragments=3),
)
def test_what_xml_cannot_carry_is_an_encode_error(
    value: TextSingleRequest, before: str, char: str, after: str
) -> None:
    unsafe = dataclasses.replace(value, text=before + char + after)
    with pytest.raises(EncodeError):
        encode(unsafe, format="xml")
    assert decode(encode(unsafe, format="json"), TextSingleRequest) == unsafe
