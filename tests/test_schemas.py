"""The shipped JSON Schemas and XSDs: current, well-formed, and in agreement with the codec.

Agreement is tested both ways. Every valid value, encoded, validates under its schemas; a
mutated body is accepted by the codec only if the schema accepts it, and refused by the codec
while the schema accepts it only for a rule no schema can state (`UNSTATEABLE`); instances
generated from the JSON Schema itself (hypothesis-jsonschema) are accepted by the codec unless
they break such a rule. The deliberate gaps are pinned down by their own tests at the end.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import re
import shutil
import string
import subprocess
import types
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator  # type: ignore[import-untyped, unused-ignore]
from lxml import etree

import smscodec
from smscodec import BinaryAdvancedRequest, TextAdvancedRequest, schemas
from smscodec._spec.bodies import KINDS
from smscodec._spec.models import (
    BinaryContent,
    BinaryMessage,
    BinaryMultiRequest,
    BinarySingleRequest,
    RequestError,
    SentMessage,
    ServiceException,
    SmsResponse,
    Status,
    TextMessage,
    TextMultiRequest,
    TextSingleRequest,
)
from smscodec._spec.models_bulks import (
    BulkRescheduleRequest,
    BulkSchedule,
    BulkStatus,
    BulkStatusUpdateRequest,
)

ROOT = Path(__file__).resolve().parent.parent
VECTORS = Path(__file__).resolve().parent / "vectors"
PACKAGE_DIR = ROOT / "smscodec" / "schema_files"
BROWSE_DIR = ROOT / "schemas"


MODEL: dict[str, type[Any]] = {
    "text-multi-request": TextMultiRequest,
    "binary-multi-request": BinaryMultiRequest,
    "text-single-request": TextSingleRequest,
    "binary-single-request": BinarySingleRequest,
    "sms-response": SmsResponse,
    "text-advanced-request": TextAdvancedRequest,
    "binary-advanced-request": BinaryAdvancedRequest,
    "request-error": RequestError,
    "bulk-schedule": BulkSchedule,
    "bulk-reschedule-request": BulkRescheduleRequest,
    "bulk-status": BulkStatus,
    "bulk-status-update-request": BulkStatusUpdateRequest,
    "v3-messages-request": smscodec.MessagesRequest,
    "v3-messages-response": smscodec.MessagesResponse,
    "api-error": smscodec.ApiError,
    "preview-request": smscodec.PreviewRequest,
    "preview-response": smscodec.PreviewResponse,
    "delivery-reports": smscodec.DeliveryReports,
    "v3-delivery-reports": smscodec.DeliveryReportsV3,
    "message-logs": smscodec.MessageLogs,
    "v3-message-logs": smscodec.MessageLogsV3,
    "inbound-messages": smscodec.InboundMessages,
    "tracking-notification": smscodec.TrackingNotification,
}
REQUESTS = frozenset(k for k, body in KINDS.items() if body.closed)

#: Issue codes for rules that no schema states: the codec may refuse what the schema accepts
#: only with these (see docs/schemas.md).
UNSTATEABLE = frozenset(
    {
        "binary.udh_length",
        "binary.septet_range",
        "binary.odd_length",
        "binary.udh_too_long",
        "binary.too_many_parts",
        "text.too_many_parts",
        "string.surrogate",
        "field.duplicate",
        # Cross-field rules of the v3 request (from/to both or neither could be dependentRequired;
        # the generator states no cross-field rule).
        "window.too_short",
        "window.incomplete",
        "language.shift",
        # A timestamp's pattern cannot say which dates exist (month 13, hour 24, offset 99:99).
        "timestamp.range",
        # A number's schema cannot bound how many digits it takes written out (1e-40 is small,
        # yet 41 digits positionally); smscodec refuses more than 32 rather than write them.
        "decimal.digits",
        # A schema's oneOf takes the one shape an object validates against; smscodec tells the
        # shape by its telling fields, so that the issues are those of the shape meant. In an
        # open response a wrong-typed member of another shape ({"text": "", "hex": true})
        # leaves the schema one shape and smscodec two.
        "union.shape",
    }
)


def unstateable(code: str) -> bool:
    return code in UNSTATEABLE or code.startswith("limit.")


JSON_VALIDATOR: dict[str, Any] = {
    k: Draft202012Validator(json.loads(schemas.schema(k, "json"))) for k in KINDS
}
XSD: dict[str, etree.XMLSchema] = {
    k: etree.XMLSchema(etree.fromstring(schemas.schema(k, "xsd").encode("utf-8"))) for k in KINDS
}


def codec_codes(data: bytes, kind: str, fmt: smscodec.Format = "json") -> frozenset[str] | None:
    """None if the codec accepts ``data`` as ``kind``, else the codes of its issues."""
    try:
        smscodec.decode(data, MODEL[kind], format=fmt)
    except smscodec.SmsCodecError as exc:
        return frozenset(issue.code for issue in exc.issues)
    return None


def json_errors(kind: str, instance: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in JSON_VALIDATOR[kind].iter_errors(instance)
    ]


def xsd_valid(kind: str, document: etree._Element) -> bool:
    return bool(XSD[kind].validate(document))


# --- the files ------------------------------------------------------------------------------


def test_shipped_files_are_what_the_generator_makes_now() -> None:
    generated = schemas.generate()
    assert len(generated) == 2 * len(KINDS)
    for folder in (PACKAGE_DIR, BROWSE_DIR):
        shipped = {p.name for p in folder.iterdir() if p.name.endswith((".schema.json", ".xsd"))}
        assert shipped == set(generated), f"run scripts/generate_schemas.py ({folder})"
        for name, text in generated.items():
            assert (folder / name).read_bytes() == text.encode("utf-8"), (
                f"{folder.name}/{name} is stale: run scripts/generate_schemas.py"
            )


@pytest.mark.parametrize("kind", KINDS)
def test_schema_returns_the_shipped_text(kind: str) -> None:
    assert schemas.schema(kind) == (PACKAGE_DIR / f"{kind}.schema.json").read_text("utf-8")
    assert schemas.schema(kind, "xsd") == (PACKAGE_DIR / f"{kind}.xsd").read_text("utf-8")


def test_schema_refuses_unknown_kinds_and_languages() -> None:
    with pytest.raises(ValueError, match="text-multi-request"):
        schemas.schema("text-request")
    with pytest.raises(ValueError, match="'json' or 'xsd'"):
        schemas.schema("sms-response", "yaml")  # type: ignore[arg-type]


def _properties(node: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield from node.get("properties", {}).items()
        for value in node.values():
            yield from _properties(value)
    elif isinstance(node, list):
        for value in node:
            yield from _properties(value)


@pytest.mark.parametrize("kind", KINDS)
def test_json_schema_is_valid_2020_12_and_documented(kind: str) -> None:
    document = json.loads(schemas.schema(kind))
    Draft202012Validator.check_schema(document)
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert document["$id"].endswith(f"/{kind}.schema.json")
    assert document["title"] and document["description"]
    fields = list(_properties(document))
    assert fields
    for name, sub in fields:
        assert sub["title"] == name and sub["description"], name
    assert document["additionalProperties"] is (kind not in REQUESTS)


@pytest.mark.parametrize("kind", KINDS)
def test_xsd_documents_every_field(kind: str) -> None:
    root = etree.fromstring(schemas.schema(kind, "xsd").encode("utf-8"))
    ns = {"xs": "http://www.w3.org/2001/XMLSchema"}
    for element in root.iterfind(".//xs:all/xs:element", ns):
        assert element.findtext("xs:annotation/xs:documentation", namespaces=ns), element.get(
            "name"
        )
    top = root.findall("xs:element", ns)
    assert [e.get("name") for e in top] == [KINDS[kind].xml_root]


def test_generator_refuses_a_pattern_outside_the_shared_subset() -> None:
    for bad in (r"\d{3}", "a.b", "^ab$", "(?:ab)", "(?=a)b"):
        with pytest.raises(ValueError, match="subset"):
            schemas._portable(bad)


# --- the seed bodies ------------------------------------------------------------------------

JSON_VECTORS = {
    "binary-multi-request.json": "binary-multi-request",
    "text-multi-request.json": "text-multi-request",
    "binary-multi-response.json": "sms-response",
    "text-multi-response.json": "sms-response",
}
XML_VECTORS = {
    "binary-multi-request.xml": "binary-multi-request",
    "binary-multi-response.xml": "sms-response",
}


@pytest.mark.parametrize(("name", "kind"), JSON_VECTORS.items())
def test_json_seed_validates(name: str, kind: str) -> None:
    data = (VECTORS / name).read_bytes()
    assert json_errors(kind, json.loads(data)) == []
    assert codec_codes(data, kind) is None


@pytest.mark.parametrize(("name", "kind"), XML_VECTORS.items())
def test_xml_seed_validates(name: str, kind: str) -> None:
    document = etree.parse(str(VECTORS / name))
    assert XSD[kind].validate(document), XSD[kind].error_log


# --- patterns mean the same in ECMA-262, Python re (as jsonschema uses it) and XSD ----------


def _json_patterns() -> list[str]:
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str) and node["pattern"] != "\n":
                found.add(node["pattern"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for kind in KINDS:
        walk(json.loads(schemas.schema(kind)))
    return sorted(found)


def _pattern_corpus() -> list[str]:
    fixed = [
        "", " ", "\n", "41793026727", "4179302672", "1234567", "123456", "123456789012345",
        "1234567890123456", "0123456789", "+41793026727", "41793026727\n", "\n41793026727",
        "4179302672\u0663", "\u0661\u0662\u0663\u0664\u0665\u0666\u0667", "InfoSMS",
        "Info SMS", " InfoSMS", "InfoSMS ", "Info  SMS", "A1", "A12", "123", "12",
        "12345678901234", "1 2 3", "1 A", "A 1", "Abcdefghijk", "Abcdefghijkl", "1234567890a",
        "Abc\n", "Abc\r", "Abc\t", "\u00c4BC", "AbC!", "\uff21bc", "00", "0a", "0A", "00 ff",
        "00 FF 7f", "00ff", "00  ff", " 00", "00 ", "0 0", "000", "00\n", "00 ff\n", "g0",
        "ff ff ff ff ff ff ff ff", "\u212abc", "\u0131bc",
    ]
    rng = random.Random(20240601)
    alphabet = "0019aAzZ   \n\t+f\u0663\u212a"
    generated = [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))) for _ in range(1500)
    ]
    return fixed + generated


def _python_verdicts(patterns: list[str], corpus: list[str]) -> list[list[bool]]:
    # What jsonschema does for {"pattern": p, "not": {"pattern": "\n"}}.
    return [
        [re.search(p, s) is not None and re.search("\n", s) is None for s in corpus]
        for p in patterns
    ]


def test_python_dollar_would_admit_a_final_line_feed_without_the_guard() -> None:
    # Why every patterned string also carries "not": {"pattern": "\n"}.
    destination = next(p for p in _json_patterns() if "[1-9]" in p)
    assert re.search(destination, "41793026727\n") is not None
    validator = JSON_VALIDATOR["text-single-request"]
    assert validator.is_valid({"to": "41793026727", "text": "x"})
    assert not validator.is_valid({"to": "41793026727\n", "text": "x"})
    assert not validator.is_valid({"to": ["41793026727\n"], "text": "x"})
    assert not validator.is_valid({"to": "41793026727", "text": "x", "from": "InfoSMS\n"})
    assert not validator.is_valid({"to": "41793026727", "text": "x", "from": "12345\n"})
    assert not JSON_VALIDATOR["binary-single-request"].is_valid(
        {"to": "41793026727", "binary": {"hex": "00 ff\n"}}
    )


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node for ECMA-262 RegExp")
def test_patterns_mean_the_same_under_ecma_262_and_python() -> None:
    patterns = _json_patterns()
    corpus = _pattern_corpus()
    script = (
        "const {patterns, corpus} = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const out = {};"
        "for (const flags of ['u', '']) {"
        "  out[flags] = patterns.map(p => corpus.map(s => new RegExp(p, flags).test(s)));"
        "}"
        "process.stdout.write(JSON.stringify(out));"
    )
    result = subprocess.run(
        ["node", "-e", script],
        input=json.dumps({"patterns": patterns, "corpus": corpus}),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    ecma = json.loads(result.stdout)
    python = _python_verdicts(patterns, corpus)
    for flags in ("u", ""):
        for p, expected, got in zip(patterns, python, ecma[flags], strict=True):
            wrong = [s for s, a, b in zip(corpus, expected, got, strict=True) if a != b]
            assert not wrong, f"{p!r} (flags {flags!r}) disagrees on {wrong[:5]!r}"


def test_patterns_mean_the_same_under_xsd_and_python() -> None:
    patterns = _json_patterns()
    corpus = _pattern_corpus()
    python = _python_verdicts(patterns, corpus)
    for p, expected in zip(patterns, python, strict=True):
        core = p.removeprefix("^(?:").removesuffix(")$")
        assert f"^(?:{core})$" == p
        xsd = etree.XMLSchema(
            etree.fromstring(
                '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="v">'
                '<xs:simpleType><xs:restriction base="xs:string">'
                f'<xs:pattern value="{core}"/>'
                "</xs:restriction></xs:simpleType></xs:element></xs:schema>"
            )
        )
        for s, want in zip(corpus, expected, strict=True):
            element = etree.Element("v")
            element.text = s
            assert bool(xsd.validate(element)) == want, (p, s)


# --- valid values ---------------------------------------------------------------------------

DIGITS = string.digits
ALNUM = string.ascii_letters + string.digits

destinations = st.builds(
    str.__add__, st.sampled_from("123456789"), st.text(DIGITS, min_size=6, max_size=14)
)


@st.composite
def alphanumeric_senders(draw: st.DrawFn) -> str:
    n = draw(st.integers(3, 11))
    chars = draw(st.lists(st.sampled_from(ALNUM + "  "), min_size=n, max_size=n))
    chars[0] = draw(st.sampled_from(ALNUM))
    chars[-1] = draw(st.sampled_from(ALNUM))
    chars[draw(st.integers(0, n - 1))] = draw(st.sampled_from(string.ascii_letters))
    return "".join(chars)


senders = st.none() | st.text(DIGITS, min_size=3, max_size=14) | alphanumeric_senders()
to_tuples = st.lists(destinations, min_size=1, max_size=4).map(tuple)
texts = st.text(min_size=1, max_size=40)
int64 = st.integers(-(2**63), 2**63 - 1)
free_text = st.text(max_size=20)


@st.composite
def binary_contents(draw: st.DrawFn) -> BinaryContent:
    coding = draw(st.sampled_from([0, 1, 8, 4, 2, 245, 255]) | st.integers(0, 255))
    esm = draw(st.sampled_from([0, 0x40, 3, 0x43]) | st.integers(0, 255))
    prefix = b""
    if esm & 0x40:
        header = draw(st.binary(max_size=6))
        prefix = bytes([len(header)]) + header
    body = draw(st.binary(min_size=0 if prefix else 1, max_size=60))
    if coding in (0, 1):
        body = bytes(b & 0x7F for b in body)
    if coding == 8 and len(body) % 2:
        body = body[:-1]
    assume(prefix + body)
    try:
        return BinaryContent(hex=prefix + body, data_coding=coding, esm_class=esm)
    except smscodec.ValidationError:
        assume(False)
        raise


text_messages = st.builds(TextMessage, to=to_tuples, text=texts, sender=senders)
binary_messages = st.builds(BinaryMessage, to=to_tuples, binary=binary_contents(), sender=senders)
statuses = st.builds(
    Status,
    group_id=int64,
    group_name=free_text,
    id=int64,
    name=free_text,
    description=free_text,
    action=st.none() | free_text,
)
sent_messages = st.builds(
    SentMessage, to=free_text, status=statuses, sms_count=int64, message_id=free_text
)
instants = st.datetimes(
    min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31),
    timezones=st.integers(-1439, 1439).map(lambda m: timezone(timedelta(minutes=m))),
)
bulk_statuses = st.sampled_from(
    ["PENDING", "PAUSED", "PROCESSING", "CANCELED", "FINISHED", "FAILED"]
)

VALUES: dict[str, st.SearchStrategy[Any]] = {
    "text-multi-request": st.builds(
        TextMultiRequest, messages=st.lists(text_messages, min_size=1, max_size=3).map(tuple)
    ),
    "binary-multi-request": st.builds(
        BinaryMultiRequest, messages=st.lists(binary_messages, min_size=1, max_size=3).map(tuple)
    ),
    "text-single-request": st.builds(
        TextSingleRequest, to=to_tuples, text=texts, sender=senders
    ),
    "binary-single-request": st.builds(
        BinarySingleRequest, to=to_tuples, binary=binary_contents(), sender=senders
    ),
    "sms-response": st.builds(
        SmsResponse,
        messages=st.lists(sent_messages, max_size=3).map(tuple),
        bulk_id=st.none() | free_text,
    ),
    "request-error": st.builds(
        RequestError,
        service_exception=st.builds(ServiceException, message_id=free_text, text=free_text),
    ),
    "bulk-schedule": st.builds(
        BulkSchedule, bulk_id=st.none() | free_text, send_at=st.none() | instants
    ),
    "bulk-reschedule-request": st.builds(BulkRescheduleRequest, send_at=instants),
    "bulk-status": st.builds(
        BulkStatus, bulk_id=st.none() | free_text, status=st.none() | bulk_statuses | free_text
    ),
    "bulk-status-update-request": st.builds(BulkStatusUpdateRequest, status=bulk_statuses),
    # The v3 bodies have only the library's strategies (registered below).
    "v3-messages-request": st.deferred(lambda: st.from_type(smscodec.MessagesRequest)),
    "v3-messages-response": st.deferred(lambda: st.from_type(smscodec.MessagesResponse)),
    "api-error": st.deferred(lambda: st.from_type(smscodec.ApiError)),
    # What comes back after a send has only the library's strategies (tests/test_reports.py).
    **{kind: st.deferred(lambda model=model: st.from_type(model))  # type: ignore[misc]
       for kind, model in MODEL.items() if kind.endswith(("reports", "logs", "messages",
                                                          "notification"))},
}


if importlib.util.find_spec("smscodec.strategies") is not None:
    # The library's own strategies reach the edges (255 parts, user data headers); ours above
    # are independent of them. Importing the module registers st.from_type for every model.
    importlib.import_module("smscodec.strategies")
    VALUES = {kind: VALUES[kind] | st.from_type(MODEL[kind]) for kind in VALUES}
    # The v2 advanced requests have the library's strategies only (tests/test_advanced.py
    # holds their vectors and rule tests).
    VALUES.update({kind: st.from_type(MODEL[kind]) for kind in MODEL if kind not in VALUES})


@pytest.mark.parametrize("kind", KINDS)
@given(data=st.data())
def test_every_valid_value_validates_under_its_json_schema(kind: str, data: st.DataObject) -> None:
    value = data.draw(VALUES[kind])
    assert json_errors(kind, json.loads(smscodec.encode(value))) == []


def _xml_of(value: Any) -> bytes:
    try:
        return smscodec.encode(value, format="xml")
    except smscodec.EncodeError:
        assume(False)  # text XML 1.0 cannot carry (U+0000, U+000C, ...): refused, not altered
        raise


@pytest.mark.parametrize("kind", KINDS)
@given(data=st.data())
def test_every_valid_value_validates_under_its_xsd(kind: str, data: st.DataObject) -> None:
    document = etree.fromstring(_xml_of(data.draw(VALUES[kind])))
    assert XSD[kind].validate(document), XSD[kind].error_log


# --- mutations: the schema and the codec agree ----------------------------------------------

ODD_VALUES: st.SearchStrategy[Any] = st.one_of(
    st.sampled_from(
        [
            None, True, False, 0, 1, -1, 8, 64, 255, 256, 2**63 - 1, 2**63, -(2**63),
            -(2**63) - 1, 0.5, -1.5, "", " ", "\n", "0", "00", "41793026727", "+41793026727",
            "0041793026727", "041793026727", "41793026727\n", "4179302672\u0663", "123456",
            "1234567", "123456789012345", "1234567890123456", "abc", "AB", "A B", " AB", "AB ",
            "1 2 3", "12", "123", "12345678901234", "Abcdefghijk", "Abcdefghijkl", "Info\nSMS",
            "Info-SMS", "\u00c4bc", "00 ff", "00 7f", "7F", "00ff", "0 0", "00  ff", " 00", "00 ",
            "0g", "ff\n", [], {}, ["41793026727"], [""], [1], ["41793026727", "+1"],
            {"hex": "00"}, {"unknown": 1},
        ]
    ),
    st.integers(),
    st.text(max_size=15),
    st.text("0123456789 abAF+\n", max_size=16),
)


def _places(node: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Paths of every member and item below ``node``."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key)
            yield from _places(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield (*path, i)
            yield from _places(value, (*path, i))


def _containers(node: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Paths of every object, the root included."""
    if isinstance(node, dict):
        yield path
        for key, value in node.items():
            yield from _containers(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _containers(value, (*path, i))


def _at(tree: Any, path: tuple[str | int, ...]) -> Any:
    for key in path:
        tree = tree[key]
    return tree


def _edit_string(draw: st.DrawFn, value: str) -> str:
    edits: list[Callable[[str], str]] = [
        lambda s: s + "\n",
        lambda s: "\n" + s,
        lambda s: " " + s,
        lambda s: s + " ",
        lambda s: s[:-1],
        lambda s: s[1:],
        lambda s: s + s[-1:],
        lambda s: s.swapcase(),
        lambda s: "+" + s,
        lambda s: "0" + s,
        lambda s: s.replace(" ", "  ", 1),
        lambda s: s.replace(" ", "", 1),
        lambda s: s[:1] + "\u0663" + s[2:],
        lambda s: s[:1] + draw(st.sampled_from("a Z9-_:")) + s[1:],
    ]
    return draw(st.sampled_from(edits))(value)


@st.composite
def json_mutations(draw: st.DrawFn, tree: Any) -> tuple[str, Any]:
    """A copy of ``tree`` with one change, and what the change was."""
    tree = copy.deepcopy(tree)
    how = draw(st.sampled_from(["replace", "edit", "delete", "add"]))
    if how == "add":
        path = draw(st.sampled_from(list(_containers(tree))))
        _at(tree, path)[draw(st.sampled_from(["extra", "From", "to ", "hex", "bulkId"]))] = (
            draw(ODD_VALUES)
        )
        return f"add under {path}", tree
    places = list(_places(tree))
    assume(places)
    path = draw(st.sampled_from(places))
    parent, key = _at(tree, path[:-1]), path[-1]
    if how == "delete":
        del parent[key]
    elif how == "edit" and isinstance(parent[key], str):
        parent[key] = _edit_string(draw, parent[key])
    elif how == "edit" and type(parent[key]) is int:
        parent[key] = parent[key] + draw(st.sampled_from([-1, 1, 256, -256, 2**64]))
    else:
        parent[key] = draw(ODD_VALUES)
    return f"{how} {path}", tree


@pytest.mark.parametrize("kind", KINDS)
@given(data=st.data())
def test_json_schema_and_codec_agree_on_mutated_bodies(kind: str, data: st.DataObject) -> None:
    tree = json.loads(smscodec.encode(data.draw(VALUES[kind])))
    what, mutated = data.draw(json_mutations(tree))
    errors = json_errors(kind, mutated)
    codes = codec_codes(json.dumps(mutated).encode("utf-8"), kind)
    if codes is None:
        assert errors == [], f"{what}: the codec accepts what the schema refuses: {errors}"
    elif not errors:
        assert all(map(unstateable, codes)), (
            f"{what}: the schema accepts what the codec refuses for {sorted(codes)}"
        )


XML_SAFE = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn"))
    | st.sampled_from("\t\n\r "),
    max_size=15,
)
XML_ODD_TEXTS: st.SearchStrategy[str] = (
    st.sampled_from(
        [
            "", " ", "0", "-0", "+8", "08", " 8 ", "\t255\n", "256", "-1", "1.0", "1e2", "0x10",
            "\u0663", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "41793026727", " 41793026727", "41793026727 ", "+41793026727", "0041793026727",
            "InfoSMS", " InfoSMS", "Info SMS", "12", "123", "Abcdefghijkl", "00 ff", "00ff",
            "ff 80", "00 \n",
        ]
    )
    | st.integers().map(str)
    | XML_SAFE
)


@st.composite
def xml_mutations(draw: st.DrawFn, data: bytes) -> tuple[str, etree._Element]:
    """The document of ``data`` with one change, and what the change was."""
    root = etree.fromstring(data)
    below = [e for e in root.iter() if e is not root]
    leaves = [e for e in below if len(e) == 0]
    parents = [e for e in root.iter() if len(e) > 1]
    wrappers = [e for e in below if e.tag == "to" and len(e) == 1 and e[0].tag == "to"]
    assume(below)  # a response with every field absent is an empty root: nothing to change
    how = draw(
        st.sampled_from(
            ["text", "delete", "duplicate", "add"]
            + ["reverse"] * bool(parents)
            + ["plain to"] * bool(wrappers)
        )
    )
    if how == "plain to":
        target = draw(st.sampled_from(wrappers))
        target.text = target[0].text
        del target[0]
    elif how == "text":
        target = draw(st.sampled_from(leaves))
        target.text = draw(XML_ODD_TEXTS)
    elif how == "delete":
        target = draw(st.sampled_from(below))
        parent = target.getparent()
        assert parent is not None
        parent.remove(target)
    elif how == "duplicate":
        target = draw(st.sampled_from(below))
        target.addnext(copy.deepcopy(target))
    elif how == "add":
        target = draw(st.sampled_from([root, *below]))
        etree.SubElement(target, draw(st.sampled_from(["extra", "From", "text", "message"])))
        target[-1].text = draw(XML_ODD_TEXTS)
    else:
        target = draw(st.sampled_from(parents))
        target[:] = list(reversed(target))
    return f"{how} <{target.tag}>", root


@pytest.mark.parametrize("kind", KINDS)
@given(data=st.data())
def test_xsd_and_codec_agree_on_mutated_bodies(kind: str, data: st.DataObject) -> None:
    what, mutated = data.draw(xml_mutations(_xml_of(data.draw(VALUES[kind]))))
    valid = xsd_valid(kind, mutated)
    codes = codec_codes(etree.tostring(mutated), kind, "xml")
    if codes is None:
        # The two documented gaps: the plain <to>N</to> (no XSD 1.0 type admits it and also
        # refuses <to/>), and unknown elements in a response (no xs:any inside xs:all).
        gap = what.startswith("plain to") or (kind not in REQUESTS and what.startswith("add"))
        assert valid or gap, (
            f"{what}: the codec accepts what the XSD refuses: {XSD[kind].error_log}"
        )
    elif valid:
        # XSD 1.0 cannot say which children of a union go together (README, "XSD and unions").
        assert all(unstateable(code) or code == "union.shape" for code in codes), (
            f"{what}: the XSD accepts what the codec refuses for {sorted(codes)}"
        )


# --- instances generated from the JSON Schema itself ----------------------------------------


class _Many:
    """hypothesis-jsonschema 0.23 drives ``many`` by ``more()``; Hypothesis now iterates it."""

    def __init__(self, data: Any, **kwargs: Any) -> None:
        from hypothesis.internal.conjecture import utils

        self._many = utils.many(data, **kwargs)
        self._many.__enter__()
        self._steps = iter(self._many)

    def more(self) -> bool:
        try:
            next(self._steps)
        except StopIteration:
            self._many.__exit__(None)
            return False
        return True

    def reject(self) -> None:
        self._many.reject()


@pytest.fixture(scope="module")
def from_schema() -> Iterator[Callable[..., st.SearchStrategy[Any]]]:
    hjs = pytest.importorskip("hypothesis_jsonschema")
    from hypothesis.internal.conjecture import utils

    internals = importlib.import_module("hypothesis_jsonschema._from_schema")
    with pytest.MonkeyPatch.context() as patch:
        if not hasattr(utils.many, "more"):
            patch.setattr(internals, "cu", types.SimpleNamespace(many=_Many))
        yield hjs.from_schema


@pytest.mark.parametrize("kind", KINDS)
@settings(
    max_examples=max(10, settings().max_examples // 5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_codec_accepts_what_the_json_schema_generates(
    kind: str, data: st.DataObject, from_schema: Callable[..., st.SearchStrategy[Any]]
) -> None:
    instance = data.draw(from_schema(json.loads(schemas.schema(kind))))
    codes = codec_codes(json.dumps(instance).encode("utf-8"), kind)
    assert codes is None or all(map(unstateable, codes)), (
        f"the schema accepts what the codec refuses for {sorted(codes)}"
    )


# --- what the schemas cannot state (docs/schemas.md), pinned down ---------------------------

SINGLE = '{"to":"41793026727","binary":{"hex":%s,"dataCoding":%s,"esmClass":%s}}'


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (SINGLE % ('"80"', 0, 0), "binary.septet_range"),
        (SINGLE % ('"00 00 00"', 8, 0), "binary.odd_length"),
        (SINGLE % ('"05 00"', 0, 64), "binary.udh_length"),
        (SINGLE % ('"' + " ".join(["00"] * 141) + '"', 4, 64), "binary.udh_too_long"),
        (SINGLE % ('"' + " ".join(["00"] * (255 * 134 + 1)) + '"', 4, 0), "binary.too_many_parts"),
        (
            SINGLE % ('"' + " ".join(["00"] * (smscodec.Limits().max_payload_octets + 1)) + '"',
                      4, 0),
            "limit.payload",
        ),
        (SINGLE % ('"00"', "1.0", 0), "type.integer"),
        ('{"to":"41793026727","to":"41793026728","text":"x"}', "field.duplicate"),
        ('{"to":"41793026727","text":"\\ud800"}', "string.surrogate"),
        ('{"to":"41793026727","text":"' + "x" * 40_000 + '"}', "limit.text_length"),
    ],
)
def test_rules_no_json_schema_states(body: str, code: str) -> None:
    kind = "binary-single-request" if "binary" in body else "text-single-request"
    assert json_errors(kind, json.loads(body)) == []
    codes = codec_codes(body.encode("utf-8"), kind)
    assert codes is not None and code in codes


def test_text_beyond_255_parts_passes_the_schema_only() -> None:
    limits = smscodec.Limits(max_text_length=100_000, max_bytes=1_000_000)
    body = json.dumps({"to": "41793026727", "text": "x" * (255 * 153 + 1)})
    assert json_errors("text-single-request", json.loads(body)) == []
    with pytest.raises(smscodec.ValidationError) as caught:
        smscodec.decode(body, TextSingleRequest, limits=limits)
    assert caught.value.code == "text.too_many_parts"


def test_strict_response_rules_are_not_in_the_schema() -> None:
    body = (VECTORS / "binary-multi-response.json").read_bytes()
    assert json_errors("sms-response", json.loads(body)) == []
    with pytest.raises(smscodec.ValidationError) as caught:
        smscodec.decode(body, SmsResponse, strict=True)
    assert {i.code for i in caught.value.issues} == {"status.group_mismatch"}


def test_xsd_refuses_the_plain_to_that_decoding_accepts() -> None:
    plain = b"<request><to>41793026727</to><text>x</text></request>"
    assert codec_codes(plain, "text-single-request", "xml") is None
    assert not xsd_valid("text-single-request", etree.fromstring(plain))
    nested = b"<request><to><to>41793026727</to></to><text>x</text></request>"
    assert xsd_valid("text-single-request", etree.fromstring(nested))
    empty = b"<request><to/><text>x</text></request>"
    assert codec_codes(empty, "text-single-request", "xml") is not None
    assert not xsd_valid("text-single-request", etree.fromstring(empty))


def test_xsd_describes_closed_responses() -> None:
    document = etree.parse(str(VECTORS / "binary-multi-response.xml")).getroot()
    assert xsd_valid("sms-response", document)
    etree.SubElement(document, "extra").text = "1"
    assert not xsd_valid("sms-response", document)
    assert codec_codes(etree.tostring(document), "sms-response", "xml") is None
