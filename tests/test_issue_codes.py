"""The issue-code catalogue, `smscodec.IssueCode`, against what the library emits.

- every issue of every refusal of an `invalid_bodies()` draw has a catalogued code;
- the package source holds no code-shaped literal that is not catalogued, and its emission
  sites take codes only from literals, members, parameters or the one ``limit.*`` family built
  from `Limits` names;
- no member is dead: each is named at an emission site, and each is produced by a witness here
  (two only by simulating a failure no input can cause, marked so);
- README's table of codes is what ``scripts/generate_issue_codes.py`` makes of the catalogue.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib.util
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from lxml import etree
from vocab_bodies import REPORT_RESPONSE, SEND_REQUEST, Window

import smscodec as sc
from smscodec import IssueCode, Limits, SmsCodecError
from smscodec import strategies as ss
from smscodec._json import codec as jsoncodec
from smscodec._xml import codec as xmlcodec
from smscodec._xml import parse as xmlparse

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(sc.__file__).parent
CATALOGUE = PACKAGE / "_core" / "issue_codes.py"
VALUES = frozenset(code.value for code in IssueCode)
CODE_SHAPE = re.compile(r"[a-z][a-z_]*\.[a-z][a-z_]*")
#: Literals of a code's shape that are not codes.
NOT_CODES = frozenset({
    "smscodec._xml.codec",  # a module name (strategies: is XML installed?)
    # ASGI's event types (the validation layer and the emulator) and the emulator's page.
    "http.request", "http.disconnect", "lifespan.startup", "lifespan.shutdown", "index.html",
})


def _catalogued(error: SmsCodecError) -> None:
    assert error.issues
    for issue in error.issues:
        assert issue.code in VALUES, f"{issue.code!r} is emitted but not in IssueCode"
        assert IssueCode(issue.code).value == issue.code
        # Members are stored as their plain value: one type, the repr and pickles unchanged.
        assert type(issue.code) is str


# --- the catalogue itself -------------------------------------------------------------------


def test_exported_from_the_package() -> None:
    assert "IssueCode" in sc.__all__
    assert sc.IssueCode is IssueCode


@pytest.mark.parametrize("code", list(IssueCode), ids=str)
def test_each_member_is_its_code_with_a_one_line_meaning(code: IssueCode) -> None:
    assert CODE_SHAPE.fullmatch(code), code
    # The name is the code, spelt as a constant, so that one can be written from the other.
    assert code.name == code.value.upper().replace(".", "_")
    assert IssueCode(code.value) is code
    assert code == code.value and str(code) == code.value and f"{code}" == code.value
    assert json.dumps(code) == json.dumps(code.value)
    # One line, a sentence, and safe in a Markdown table cell as it stands.
    meaning = code.meaning
    assert meaning[:1].isupper() and meaning.endswith("."), meaning
    assert not set(meaning) & set("|<>`\n\r"), meaning


def test_an_unknown_code_is_no_member() -> None:
    with pytest.raises(ValueError):
        IssueCode("hex.odd_digits")


def test_every_limit_has_its_code() -> None:
    # A new bound in Limits needs a code that names it; max_issues bounds the report, not a body.
    fields = {f.name for f in dataclasses.fields(Limits)} - {"max_issues"}
    named = {
        code: {f for f in fields if re.search(rf"\bLimits\.{f}\b", code.meaning)}
        for code in IssueCode
        if code.value.startswith("limit.")
    }
    assert sorted(f for found in named.values() for f in found) == sorted(fields)
    # Every limit.* code names one bound, but for running out of memory, which has none.
    assert {code for code, found in named.items() if len(found) != 1} == {IssueCode.LIMIT_MEMORY}


# --- what decoding emits --------------------------------------------------------------------


@given(ss.invalid_bodies("json"))
def test_invalid_json_bodies_raise_catalogued_codes(bad: ss.InvalidBody) -> None:
    with pytest.raises(SmsCodecError) as caught:
        sc.decode(bad.data, bad.type, format=bad.format)
    _catalogued(caught.value)
    assert bad.code in VALUES


@given(ss.invalid_bodies("xml"))
def test_invalid_xml_bodies_raise_catalogued_codes(bad: ss.InvalidBody) -> None:
    with pytest.raises(SmsCodecError) as caught:
        sc.decode(bad.data, bad.type, format=bad.format)
    _catalogued(caught.value)
    assert bad.code in VALUES


def test_every_expected_code_of_the_strategies_is_catalogued() -> None:
    for fmt, codes in ss.INVALID_BODY_CODES.items():
        assert codes <= VALUES, (fmt, sorted(codes - VALUES))


# --- the source -----------------------------------------------------------------------------

#: Every module of the package but the catalogue, parsed, by path in the package
#: (``strategies/_plans.py``): subpackages included, but for the code generator, whose strings
#: name modules (``json_fast.py``, ``collections.abc``) and which emits no issue.
SOURCES = {
    path.relative_to(PACKAGE).as_posix(): ast.parse(path.read_text(encoding="utf-8"), str(path))
    for path in sorted(PACKAGE.rglob("*.py"))
    if path != CATALOGUE and not path.relative_to(PACKAGE).as_posix().startswith("_codegen/")
}
#: The strategies name the codes they expect; they emit none.
EMITTERS = {
    name: tree for name, tree in SOURCES.items() if not name.startswith("strategies/")
}
LIMIT_FIELDS = frozenset(f.name for f in dataclasses.fields(Limits))


def _strings(tree: ast.AST) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def _members_named(tree: ast.AST) -> Iterator[str]:
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "IssueCode"
        ):
            yield node.attr


def _dynamic_prefix(node: ast.AST) -> str | None:
    """``"limit."`` for ``f"limit.{name}"``: the family of a code built at run time."""
    if isinstance(node, ast.JoinedStr) and len(node.values) == 2:
        head, tail = node.values
        if (
            isinstance(head, ast.Constant)
            and isinstance(head.value, str)
            and re.fullmatch(r"[a-z][a-z_]*\.", head.value)
            and isinstance(tail, ast.FormattedValue)
        ):
            return head.value
    return None


def _named_values(node: ast.AST) -> list[ast.expr]:
    """The values a call passes, or a constant names (``_MOST = "max_destinations"``)."""
    if isinstance(node, ast.Call):
        return [*node.args, *(k.value for k in node.keywords)]
    if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
        return [node.value]
    return []


def _dynamic_codes() -> set[str]:
    """The ``limit.*`` codes built from the name of a `Limits` field.

    Validation reads an array's bound by the field's name (``getattr(limits, "max_messages")``)
    and names the failure after it; the names are the strings naming a field in a call.
    """
    names = {
        value.value
        for tree in EMITTERS.values()
        for node in ast.walk(tree)
        for value in _named_values(node)
        if isinstance(value, ast.Constant) and value.value in LIMIT_FIELDS
    }
    return {"limit." + name.removeprefix("max_") for name in names}


def _code_arguments(tree: ast.AST) -> Iterator[ast.expr]:
    """The expression giving the code at each place an issue is made."""
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name == "add" and len(call.args) == 3 and not call.keywords:
            yield call.args[1]  # Report.add(loc, code, message)
        elif name == "_error" and call.args:
            yield call.args[0]  # the codecs' DecodeError(code, message)
        elif name == "type_issue" and len(call.args) >= 4:
            yield call.args[3]
        elif name == "Issue":
            yield from (k.value for k in call.keywords if k.arg == "code")


def test_every_code_shaped_literal_in_the_package_is_catalogued() -> None:
    # So a new code cannot be written anywhere without being added to the catalogue.
    found = {
        (name, value)
        for name, tree in SOURCES.items()
        for value in _strings(tree)
        if CODE_SHAPE.fullmatch(value) and value not in NOT_CODES
    }
    assert found, "the scan finds the strategies' expected codes at least"
    assert {(name, value) for name, value in found if value not in VALUES} == set()


def test_members_named_in_the_source_exist() -> None:
    names = {code.name for code in IssueCode}
    for file, tree in SOURCES.items():
        assert set(_members_named(tree)) <= names, file


def test_codes_are_chosen_by_literal_member_or_parameter_only() -> None:
    # Nothing computes a code from a phrase or a table at the place an issue is made; a code
    # passed on by a parameter starts as a literal or member elsewhere (checked above).
    odd = []
    for file, tree in SOURCES.items():
        for node in _code_arguments(tree):
            if isinstance(node, ast.Constant):
                ok = node.value in VALUES
            elif isinstance(node, ast.Attribute):
                ok = isinstance(node.value, ast.Name) and node.value.id == "IssueCode"
            elif isinstance(node, ast.Call):  # str(code): a member kept as its plain value
                ok = ast.unparse(node.func) == "str" and isinstance(node.args[0], ast.Name)
            else:
                ok = isinstance(node, ast.Name) or _dynamic_prefix(node) == "limit."
            if not ok:
                odd.append(f"{file}:{node.lineno}: {ast.unparse(node)}")
    assert odd == []


def test_codes_built_at_run_time_are_the_limit_family_only() -> None:
    prefixes = {
        prefix
        for tree in EMITTERS.values()
        for node in ast.walk(tree)
        if (prefix := _dynamic_prefix(node)) is not None
    }
    assert prefixes <= {"limit."}
    dynamic = _dynamic_codes()
    assert {"limit.messages", "limit.destinations"} <= dynamic
    assert dynamic <= VALUES


def test_no_member_is_dead_in_the_source() -> None:
    named = {
        *(v for tree in EMITTERS.values() for v in _strings(tree) if v in VALUES),
        *(IssueCode[n].value for tree in EMITTERS.values() for n in _members_named(tree)),
        *_dynamic_codes(),
    }
    assert sorted(VALUES - named) == []


# --- each code produced ---------------------------------------------------------------------

TS, TM, BS = sc.TextSingleRequest, sc.TextMultiRequest, sc.BinarySingleRequest
TO = "41793026727"
_STATUS = {"groupId": 1, "groupName": "PENDING", "id": 26, "name": "PENDING_ACCEPTED",
           "description": "Message sent to next instance"}


def _json(body: object, model: type[Any], **options: Any) -> Callable[[], object]:
    data = json.dumps(body).encode()
    return lambda: sc.decode(data, model, **options)


def _xml(data: bytes, model: type[Any], **options: Any) -> Callable[[], object]:
    return lambda: sc.decode(data, model, format="xml", **options)


def _v3(message: dict[str, Any]) -> Callable[[], object]:
    """A v3 request of one text message to TO, with ``message``'s members added."""
    base: dict[str, Any] = {"destinations": [{"to": TO}], "content": {"text": "a"}}
    return _json({"messages": [{**base, **message}]}, sc.MessagesRequest)


def _window(**times: dict[str, int]) -> Callable[[], object]:
    return _v3({"options": {"deliveryTimeWindow": {"days": ["MONDAY"], **times}}})


def _binary(hex: str, coding: int = 0, esm: int = 0) -> Callable[[], object]:
    return _json({"to": TO, "binary": {"hex": hex, "dataCoding": coding, "esmClass": esm}}, BS)


def _response(status: dict[str, Any], sms_count: int = 1) -> Callable[[], object]:
    message = {"to": TO, "status": status, "smsCount": sms_count, "messageId": "m1"}
    return _json({"messages": [message]}, sc.SmsResponse, strict=True)


def _wrong_permanent() -> object:
    """The description's delivery reports (strict-clean), the first error made
    EC_UNKNOWN_SUBSCRIBER, which the catalogue calls permanent, flagged as not permanent."""
    vector = ROOT / "tests" / "vectors" / "reports"
    tree = json.loads((vector / "delivery-reports--get-sms-1-reports--delivery-reports.json")
                      .read_bytes())
    tree["results"][0]["error"].update(groupId=1, groupName="HANDSET_ERRORS", id=1,
                                       name="EC_UNKNOWN_SUBSCRIBER", permanent=False)
    return _json(tree, sc.DeliveryReports, strict=True)()


def _vocabulary(message: dict[str, Any] | None = None,
                result: dict[str, Any] | None = None, **options: Any) -> Callable[[], object]:
    """A body of the test-only descriptions (tests/vocab_bodies.py) with one value changed:
    the package's own bodies do not use the richer kinds yet."""
    if result is None:
        body = SEND_REQUEST
        tree: Any = {"messages": [{"destinations": [{"to": TO}], "content": {"text": "a"},
                                   **(message or {})}]}
    else:
        body = REPORT_RESPONSE
        tree = {"results": [{"messageId": "m", "status": "PENDING", **result}]}
    data = json.dumps(tree).replace('"@1e99"', "1e99").encode()
    return lambda: jsoncodec.decode(data, body, Limits(), strict=options.get("strict", False))


def _advanced(message: dict[str, Any]) -> Callable[[], object]:
    return _json({"messages": [{"destinations": [{"to": TO}], "text": "a", **message}]},
                 sc.TextAdvancedRequest)


def _wrong_type() -> object:
    make: Any = sc.BinaryContent  # a program's mistake, which mypy would catch
    return make(hex="41")


def _surrogate_past_the_constructor() -> object:
    # Constructors refuse lone surrogates (string.surrogate): the JSON encoder's check is a
    # backstop, reached only by a model altered behind its constructor's back.
    value = TS(to=(TO,), text="fine")
    object.__setattr__(value, "text", "\ud800")
    return sc.encode(value)


def _simulated(
    monkeypatch: pytest.MonkeyPatch, parse: Callable[[bytes], etree._Element]
) -> Callable[[], object]:
    monkeypatch.setattr(xmlcodec, "_parse", parse)
    return _xml(b"<request><to>41793026727</to><text>a</text></request>", TS)


def _entity_node(monkeypatch: pytest.MonkeyPatch) -> Callable[[], object]:
    # No input yields it: without a DTD an unknown entity is a syntax error, and libxml2 keeps
    # no entity node. xmlcodec still refuses one; the node is put into the parsed tree here.
    real = xmlparse._parse

    def parse(raw: bytes) -> etree._Element:
        root = real(raw)
        root.append(etree.Entity("e"))
        return root

    return _simulated(monkeypatch, parse)


def _out_of_memory(monkeypatch: pytest.MonkeyPatch) -> Callable[[], object]:
    # The allocator is not made to fail: the parse raises MemoryError as it would.
    def parse(raw: bytes) -> etree._Element:
        raise MemoryError

    return _simulated(monkeypatch, parse)


#: For each code, a call that raises an error carrying it (given ``monkeypatch``).
WITNESSES: dict[str, Callable[[pytest.MonkeyPatch], Callable[[], object]]] = {
    "media_type.unsupported": lambda _: lambda: sc.format_for_content_type("text/plain"),
    "media_type.charset": lambda _: lambda: sc.format_for_content_type(
        "application/json; charset=latin-1"
    ),
    "limit.bytes": lambda _: _json({}, TM, limits=Limits(max_bytes=1)),
    "json.encoding": lambda _: lambda: sc.decode(b'{"text": "\xff"}', TS),
    "json.syntax": lambda _: lambda: sc.decode(b"{", TS),
    "json.non_finite": lambda _: lambda: sc.decode(b'{"messages": NaN}', TM),
    "xml.syntax": lambda _: _xml(b"<request>", TS),
    "xml.doctype": lambda _: _xml(b"<!DOCTYPE request><request/>", TS),
    "xml.entity": _entity_node,
    "limit.depth": lambda _: _xml(b"<request><to><to>1</to></to></request>", TS,
                                  limits=Limits(max_depth=2)),
    "limit.memory": _out_of_memory,
    "xml.root": lambda _: _xml(b"<req><to>41793026727</to><text>a</text></req>", TS),
    "xml.namespace": lambda _: _xml(
        b'<request xmlns="urn:x"><to>41793026727</to><text>a</text></request>', TS
    ),
    "xml.attribute": lambda _: _xml(b'<request><to a="1">41793026727</to><text>a</text>'
                                    b"</request>", TS),
    "xml.mixed_content": lambda _: _xml(b"<request>a<to>41793026727</to><text>a</text>"
                                        b"</request>", TS),
    "xml.item": lambda _: _xml(b"<request><to><x>41793026727</x></to><text>a</text></request>",
                               TS),
    "xml.map_entry": lambda _: _xml(
        b"<requestError><serviceException><messageId>X</messageId><validationErrors>"
        b"<entry><value>m</value></entry></validationErrors></serviceException></requestError>",
        sc.RequestError,
    ),
    "type.object": lambda _: _json([], TS),
    "type.array": lambda _: _json({"messages": {}}, TM),
    "type.string": lambda _: _json({"to": TO, "text": 1}, TS),
    "type.integer": lambda _: _json({"to": TO, "binary": {"hex": "41", "dataCoding": "8"}}, BS),
    "type.destinations": lambda _: _json({"to": 1, "text": "a"}, TS),
    "type.boolean": lambda _: _vocabulary({"flash": 1}),
    "type.decimal": lambda _: _vocabulary(result={"price": "0.01"}),
    "type.python": lambda _: _wrong_type,
    "field.missing": lambda _: _json({"to": TO}, TS),
    "field.unknown": lambda _: _json({"to": TO, "text": "a", "colour": "red"}, TS),
    "field.duplicate": lambda _: lambda: sc.decode(b'{"to":"41793026727","text":"a","text":"b"}',
                                                   TS),
    "limit.messages": lambda _: _json({"messages": [{"to": TO, "text": "a"}] * 2}, TM,
                                      limits=Limits(max_messages=1)),
    "limit.destinations": lambda _: _json({"to": [TO, TO], "text": "a"}, TS,
                                          limits=Limits(max_destinations=1)),
    "messages.empty": lambda _: _json({"messages": []}, TM),
    "to.empty": lambda _: _json({"to": [], "text": "a"}, TS),
    "union.shape": lambda _: _vocabulary({"content": {"text": "a", "hex": "00"}}),
    "sender.character": lambda _: _json({"from": "Wine-Shop", "to": TO, "text": "a"}, TS),
    "sender.length": lambda _: _json({"from": "12", "to": TO, "text": "a"}, TS),
    "sender.space": lambda _: _json({"from": " Wine", "to": TO, "text": "a"}, TS),
    "sender.no_letter": lambda _: _json({"from": "12 34", "to": TO, "text": "a"}, TS),
    "destination.format": lambda _: _json({"to": "++" + TO, "text": "a"}, TS),
    "destination.leading_zero": lambda _: _json({"to": "0793026727", "text": "a"}, TS),
    "destination.length": lambda _: _json({"to": "123", "text": "a"}, TS),
    "limit.string_length": lambda _: _json(
        {"requestError": {"serviceException": {"messageId": "X", "text": "ab"}}},
        sc.RequestError, limits=Limits(max_string_length=1),
    ),
    "string.surrogate": lambda _: lambda: sc.decode(b'{"to":"41793026727","text":"\\ud800"}', TS),
    "limit.text_length": lambda _: _json({"to": TO, "text": "ab"}, TS,
                                         limits=Limits(max_text_length=1)),
    "text.empty": lambda _: _json({"to": TO, "text": ""}, TS),
    # 255 UCS-2 parts hold 255 * 67 characters; one more needs a 256th.
    "text.too_many_parts": lambda _: _json({"to": TO, "text": "ж" * (255 * 67 + 1)}, TS),
    "limit.payload": lambda _: lambda: sc.decode(
        json.dumps({"to": TO, "binary": {"hex": "00 01"}}).encode(), BS,
        limits=Limits(max_payload_octets=1),
    ),
    "hex.empty": lambda _: _binary(""),
    "hex.not_hex": lambda _: _binary("zz"),
    "hex.odd_digit": lambda _: _binary("0"),
    "hex.separator": lambda _: _binary("0001"),
    "enum.value": lambda _: _vocabulary({"priority": "URGENT"}),
    "decimal.digits": lambda _: _vocabulary(result={"price": "@1e99"}),
    "timestamp.format": lambda _: _vocabulary({"sendAt": "2019-11-09 16:00"}),
    "timestamp.range": lambda _: _vocabulary({"sendAt": "2019-11-31T16:00:00.000+0000"}),
    "timestamp.naive": lambda _: lambda: Window(start=datetime(2019, 11, 9)),
    "timestamp.offset": lambda _: lambda: Window(
        start=datetime(2019, 11, 9, tzinfo=timezone(timedelta(seconds=1)))),
    "integer.range": lambda _: _binary("41", coding=256),
    "field.other_version": lambda _: _v3({"text": "Hi"}),
    "string.too_long": lambda _: _v3({"webhooks": {"callbackData": "x" * 4001}}),
    "window.too_short": lambda _: _window(**{"from": {"hour": 6, "minute": 0},
                                             "to": {"hour": 6, "minute": 59}}),
    "window.incomplete": lambda _: _window(**{"from": {"hour": 6, "minute": 0}}),
    "language.shift": lambda _: _v3({"content": {"text": "a",
                                                 "language": {"singleShift": True}}}),
    "binary.septet_range": lambda _: _binary("80"),
    "binary.odd_length": lambda _: _binary("00", coding=8),
    "binary.udh_length": lambda _: _binary("05 00", esm=0x40),
    # A header of one octet (UDHL 0) and 140 more: 141 octets, one more than an SMS holds.
    "binary.udh_too_long": lambda _: _binary(" ".join(["00"] * 141), coding=4, esm=0x40),
    # 255 parts of 134 octets, and one octet more.
    "binary.too_many_parts": lambda _: _binary(" ".join(["00"] * (255 * 134 + 1)), coding=4),
    "status.group_mismatch": lambda _: _response({**_STATUS, "groupName": "DELIVERED"}),
    "status.group_unknown": lambda _: _response({**_STATUS, "groupId": 9, "groupName": "LOST"}),
    "sms_count.range": lambda _: _response(_STATUS, sms_count=0),
    "catalogue.unknown": lambda _: _response({**_STATUS, "id": 9999}),
    "catalogue.name": lambda _: _response({**_STATUS, "name": "PENDING_ENROUTE"}),
    "catalogue.group": lambda _: _response({**_STATUS, "groupId": 3, "groupName": "DELIVERED"}),
    "catalogue.permanent": lambda _: _wrong_permanent,
    "enum.unknown": lambda _: _vocabulary(result={"status": "LOST"}, strict=True),
    "xml.unencodable": lambda _: lambda: sc.encode(TS(to=(TO,), text="a\x00"), format="xml"),
    "encode.surrogate": lambda _: _surrogate_past_the_constructor,
    # The v2 advanced send API.
    "array.empty": lambda _: _advanced({"deliveryTimeWindow": {"days": []}}),
    "send_at.too_far": lambda _: lambda: sc.check_send_at(
        sc.AdvancedTextMessage(destinations=(sc.Destination(to=TO),), text="a",
                               send_at=datetime(2030, 1, 1, tzinfo=UTC)),
        now=datetime(2029, 1, 1, tzinfo=UTC)),
}
#: Codes that only a simulated failure produces (see the witness for why).
SIMULATED = frozenset({"xml.entity", "limit.memory"})


def test_every_member_has_a_witness() -> None:
    assert sorted(WITNESSES) == sorted(VALUES)
    assert SIMULATED <= VALUES


@pytest.mark.parametrize("code", sorted(WITNESSES))
def test_the_witness_produces_its_code(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    call = WITNESSES[code](monkeypatch)
    with pytest.raises(SmsCodecError) as caught:
        call()
    _catalogued(caught.value)
    assert code in [issue.code for issue in caught.value.issues]


# --- README ---------------------------------------------------------------------------------


def _generator() -> ModuleType:
    path = ROOT / "scripts" / "generate_issue_codes.py"
    spec = importlib.util.spec_from_file_location("generate_issue_codes", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _readme_rows(text: str) -> list[tuple[str, str]]:
    """The rows of README's generated table, read back as (code, meaning)."""
    _, _, rest = text.partition("<!-- issue-codes:start -->\n")
    table, end, _ = rest.partition("<!-- issue-codes:end -->")
    assert end, "README has no issue-code table"
    lines = table.splitlines()
    assert lines[:2] == ["| code | meaning |", "| --- | --- |"]
    rows = []
    for line in lines[2:]:
        m = re.fullmatch(r"\| `([^`]+)` \| (.+) \|", line)
        assert m is not None, line
        rows.append((m.group(1), m.group(2)))
    return rows


def test_readme_table_is_the_catalogue() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert _readme_rows(readme) == [(code.value, code.meaning) for code in IssueCode], (
        "run scripts/generate_issue_codes.py"
    )


def _readme_code_cells(text: str) -> Iterator[str]:
    """Every code-shaped name in a column of codes of README's hand-written tables."""
    column = None
    for line in text.splitlines():
        if not line.startswith("|"):
            column = None
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if column is None:
            headers = [c.lower() for c in cells]
            found = [i for i, h in enumerate(headers) if "issue code" in h or h == "exceeded"]
            column = found[0] if found else -1
        elif column >= 0 and len(cells) > column:
            yield from re.findall(r"`([a-z][a-z_]*\.[a-z][a-z_]*)`", cells[column])


def test_every_code_readme_tables_name_is_catalogued() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(_readme_code_cells(readme))
    assert len(named) > 30, "the wire rules, limits and schema tables name codes"
    assert sorted(named - VALUES) == []


def test_generator_checks_and_rewrites_the_table(tmp_path: Path) -> None:
    generator = _generator()
    readme = ROOT / "README.md"
    assert generator.main(["--check", "--readme", str(readme)]) == 0
    copy = tmp_path / "README.md"
    current = readme.read_text(encoding="utf-8")
    stale = current.replace(f"| `{IssueCode.HEX_EMPTY}` |", "| `hex.blank` |")
    assert stale != current
    copy.write_text(stale, encoding="utf-8")
    assert generator.main(["--check", "--readme", str(copy)]) == 1
    assert copy.read_text(encoding="utf-8") == stale, "--check writes nothing"
    assert generator.main(["--readme", str(copy)]) == 0
    assert copy.read_text(encoding="utf-8") == current
    copy.write_text("no markers\n", encoding="utf-8")
    assert generator.main(["--check", "--readme", str(copy)]) == 1
