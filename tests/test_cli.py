"""The command line: exit codes, human and JSON output, never a traceback."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import VECTORS

from smscodec._cli.main import main
from smscodec._spec.bodies import KINDS


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("binary-multi-request.json", "binary-multi-request"),
        ("text-multi-request.json", "text-multi-request"),
        ("binary-multi-response.json", "sms-response"),
        ("text-multi-response.json", "sms-response"),
    ],
)
def test_check_detects_and_accepts_seeds(
    capsys: pytest.CaptureFixture[str], name: str, kind: str
) -> None:
    code, out, _ = run(capsys, "check", "--json", str(VECTORS / name))
    assert code == 0
    result = json.loads(out)
    assert result["valid"] is True and result["type"] == kind and result["format"] == "json"


def test_check_lists_issues(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    body = tmp_path / "bad.json"
    body.write_text('{"messages":[{"from":"Wine-Shop","to":["0041793026727"],"text":"x"}]}')
    code, out, _ = run(capsys, "check", str(body))
    assert code == 1
    assert out.splitlines() == [
        "invalid: text-multi-request (json), 2 problems",
        "  /messages/0/from: 'Wine-Shop' contains '-'; a sender ID may hold only the letters "
        "A-Z and a-z, the digits 0-9 and spaces",
        "  /messages/0/to/0: '0041793026727' starts with the international prefix 00: write "
        "41793026727",
    ]
    code, out, _ = run(capsys, "check", "--json", str(body))
    assert code == 1
    assert [i["code"] for i in json.loads(out)["issues"]] == [
        "sender.character",
        "destination.leading_zero",
    ]


def test_check_type_override(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--type", "binary-multi-request",
                       str(VECTORS / "text-multi-request.json"))
    assert code == 1
    assert "/messages/0/binary: 'binary' is required" in out


def test_check_not_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    body = tmp_path / "x.json"
    body.write_bytes(b"{\xff")
    code, out, _ = run(capsys, "check", str(body))
    assert code == 1
    assert "not UTF-8" in out


def test_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "check", str(tmp_path / "missing.json"))[0] == 2
    assert run(capsys, "check", "--type", "nonsense", "x")[0] == 2
    assert run(capsys, "frobnicate")[0] == 2
    assert run(capsys)[0] == 2
    code, _, err = run(capsys, "count", "--language", "xx", "hello")
    assert code == 2 and "xx" in err


def test_count(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "count", "--json", "a" * 161)
    assert code == 0
    report = json.loads(out)
    assert report["encoding"] == "GSM7" and report["parts"] == 2


def test_module_entry_point_reads_stdin() -> None:
    body = (VECTORS / "text-multi-request.json").read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "smscodec", "check", "-"],
        input=body,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("ok: text-multi-request (json)")


def test_check_xml_and_strict(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(VECTORS / "binary-multi-request.xml"))
    assert code == 0
    assert out == "ok: binary-multi-request (xml): 2 messages, 3 destinations, 3 sms parts\n"
    code, out, _ = run(capsys, "check", "--strict", str(VECTORS / "binary-multi-response.json"))
    assert code == 1
    assert "/messages/0/status/groupId: groupId 7 does not match groupName 'PENDING'" in out
    code, out, _ = run(capsys, "check", "--json", str(VECTORS / "binary-multi-response.xml"))
    assert json.loads(out) == {"valid": True, "type": "sms-response", "format": "xml",
                               "messages": 3}


def test_check_reports_xml_lines(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    body = tmp_path / "bad.xml"
    body.write_text("<request>\n<to><to>++41793026727</to></to>\n<text>x</text>\n</request>")
    code, out, _ = run(capsys, "check", "--json", str(body))
    assert code == 1
    result = json.loads(out)
    assert result["type"] == "text-single-request"
    assert [(i["path"], i["code"], i["line"]) for i in result["issues"]] == [
        ("/to/0", "destination.format", 2)
    ]


def test_check_caps_issues(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    body = tmp_path / "many.json"
    body.write_text('{"messages":[' + ",".join(['{"to":"1","text":"x"}'] * 120) + "]}")
    code, out, _ = run(capsys, "check", str(body))
    assert code == 1
    assert out.splitlines()[0] == "invalid: text-multi-request (json), 120 problems"
    assert out.splitlines()[-1] == "  ... and 20 more"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ('{"to":"41793026727","binary":{"hex":"41"}}', "binary-single-request"),
        ('{"to":"41793026727","text":"x"}', "text-single-request"),
        ('{"requestError":{"serviceException":{"messageId":"X","text":"y"}}}', "request-error"),
        ('{"messages":[{"to":"1","status":{},"smsCount":1,"messageId":"m"}]}', "sms-response"),
        ("[1]", "text-multi-request"),
        ("<request><to>41793026727</to><binary><hex>41</hex></binary></request>",
         "binary-single-request"),
        ("<requestError><serviceException/></requestError>", "request-error"),
    ],
)
def test_detection(capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str,
                   kind: str) -> None:
    body = tmp_path / "body"
    body.write_text(name)
    _, out, _ = run(capsys, "check", "--json", str(body))
    assert json.loads(out)["type"] == kind


def _kind_of_vector(path: Path) -> str:
    """The kind of an example body, by where it is kept and its name (the vectors' READMEs)."""
    folder, name = path.parent.name, path.stem
    if folder == "v3":
        return {"request": "v3-messages-request", "response": "v3-messages-response",
                "error": "api-error"}[name.split("--")[0]]
    if folder == "v2":
        return f"{name.split('-')[0]}-advanced-request"
    if folder == "reports":
        return name.split("--")[0]  # tests/vectors/reports/README.md
    if folder == "bulks":
        return {"get-bulks-200": "bulk-schedule", "put-bulks-200": "bulk-schedule",
                "put-bulks-request": "bulk-reschedule-request",
                "get-bulks-status-200": "bulk-status", "put-bulks-status-200": "bulk-status",
                "put-bulks-status-request": "bulk-status-update-request"}[name]
    if "exception" in name or "errors" in name:
        return "request-error"
    if "response" in name:
        return "sms-response"
    return "binary-multi-request" if "binary" in name else "text-multi-request"


EXAMPLES = sorted(p for p in VECTORS.rglob("*") if p.suffix in (".json", ".xml"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: str(p.relative_to(VECTORS)))
def test_every_example_body_is_detected(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    # Valid or not (a few spec examples break their own rules), the kind is told right.
    if path.name == "message-logs--get-sms-1-logs--sms-logs.json":
        # Fits v1 reports as well (tests/test_report_cli.py): told with --type.
        _, out, err = run(capsys, "check", "--json", str(path))
        assert (out, "delivery-reports or message-logs" in err) == ("", True)
        _, out, _ = run(capsys, "check", "--json", "--type", "message-logs", str(path))
        assert json.loads(out)["type"] == "message-logs"
        return
    _, out, _ = run(capsys, "check", "--json", str(path))
    result = json.loads(out)
    assert (result["type"], result["format"]) == (_kind_of_vector(path), path.suffix[1:])
    code, _, err = run(capsys, "convert", "--to", "json", str(path))
    assert code in (0, 1) and "cannot tell" not in err


def test_every_kind_has_an_example() -> None:
    # The single requests have no example file; test_detection gives them inline.
    singles = {"text-single-request", "binary-single-request"}
    assert {_kind_of_vector(p) for p in EXAMPLES} == set(KINDS) - singles


@pytest.mark.parametrize(("body", "candidates"), [
    ('{"messages": [{"destinations": [{"to": "41793026727"}]}]}',
     ["v3-messages-request", "text-advanced-request", "binary-advanced-request"]),
    ('{"messages": [{"messageId": "m1", "status": {"groupId": 1}}]}',
     ["sms-response", "v3-messages-response"]),
    ("<request><messages/></request>", ["text-multi-request", "binary-multi-request"]),
])
def test_a_body_that_fits_several_kinds_is_not_guessed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, body: str, candidates: list[str]
) -> None:
    path = tmp_path / "body"
    path.write_text(body)
    for argv in (("check", "--json"), ("convert", "--to", "xml")):
        code, out, err = run(capsys, *argv, str(path))
        assert (code, out) == (2, "")
        assert err.startswith("smscodec: cannot tell which body this is: it may be ")
        assert re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+", err) == candidates
    code, out, _ = run(capsys, "check", "--json", "--type", candidates[-1], str(path))
    assert json.loads(out)["type"] == candidates[-1]


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"  <request/>", "xml"),
        (b"\xef\xbb\xbf<request/>", "xml"),
        ("<request/>".encode("utf-16"), "xml"),
        ("<request/>".encode("utf-16-be"), "xml"),
        (b"\xef\xbb\xbf{}", "json"),
        (b"{}", "json"),
        (b"", "json"),
    ],
)
def test_detect_format(data: bytes, fmt: str) -> None:
    from smscodec._cli.detect import detect_format

    assert detect_format(data) == fmt


def test_convert_both_ways(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = VECTORS / "binary-multi-request.json"
    code, xml, _ = run(capsys, "convert", "--to", "xml", str(source))
    assert code == 0 and xml.startswith('<?xml version="1.0" encoding="UTF-8"?><request>')
    converted = tmp_path / "body.xml"
    converted.write_text(xml)
    code, back, _ = run(capsys, "convert", "--to", "json", str(converted))
    assert code == 0
    assert json.loads(back) == json.loads(
        (VECTORS / "binary-multi-request.json").read_text().replace("8B", "8b")
    )


def test_convert_invalid(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    body = tmp_path / "bad.json"
    body.write_text('{"to":"+41 79","text":"x"}')
    code, out, err = run(capsys, "convert", "--to", "xml", str(body))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "invalid: text-single-request (json), 1 problem",
        "  /to: '+41 79' is not in international format",
    ]


def test_count_human_and_stdin(capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("Grüße ’x’\n".encode())))
    code, out, _ = run(capsys, "count", "-")
    assert code == 0
    assert "UCS2" in out and "U+2019" in out
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\xff")))
    code, _, err = run(capsys, "count", "-")
    assert code == 2 and "not UTF-8" in err


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema", "text-single-request")
    assert code == 0 and json.loads(out)["title"]
    code, out, _ = run(capsys, "schema", "--xsd", "sms-response")
    assert code == 0 and out.startswith("<?xml")


def test_help_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--help")[0] == 0


def test_module_runs_in_process(monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    import runpy

    monkeypatch.setattr("sys.argv", ["smscodec", "count", "hi"])
    with pytest.raises(SystemExit) as info:
        runpy.run_module("smscodec", run_name="__main__")
    assert info.value.code == 0
    assert "GSM7" in capsys.readouterr().out


def test_readme_tables_every_operation_with_its_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "kinds", "--json")
    kinds: dict[str, dict[str, list[str]]] = {}
    for row in json.loads(out):
        for endpoint in row["endpoints"]:
            # A webhook's body is what the API sends: the request of that call.
            column = "request" if endpoint.startswith("webhook ") else row["direction"]
            kinds.setdefault(endpoint, {}).setdefault(column, []).append(row["kind"])
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    rows = re.findall(r"^\| `((?:GET|PUT|POST|webhook) [^`]+)` \| (.+) \| (.+) \| (.+) \|$",
                      readme, re.MULTILINE)
    assert {op: {d: re.findall(r"`([^`]+)`", cell) for d, cell in
                 zip(("request", "response", "error"), cells, strict=True) if cell != "none"}
            for op, *cells in rows} == kinds


def test_kinds_lists_every_kind_with_its_operations(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "kinds", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [r["kind"] for r in rows] == list(KINDS)
    for row in rows:
        assert row["direction"] in ("request", "response", "error", "webhook"), row
        assert row["endpoints"], row
        # An operation of the API, or a webhook of its description (which the API calls).
        operation = re.compile(r"(GET|POST|PUT|DELETE) /[a-z0-9/{}]+|webhook [a-z0-9-]+")
        assert all(operation.fullmatch(e) for e in row["endpoints"]), row
        assert [f"{o['method']} {o['path']}" for o in row["operations"]] == row["endpoints"]
        assert row["formats"] == ["json", "xml"]
    code, text, _ = run(capsys, "kinds")
    assert code == 0
    lines = text.splitlines()
    assert len(lines) == len(KINDS)
    assert lines[0].split()[:3] == ["text-multi-request", "request", "json,"]
    assert lines[0].endswith("POST /sms/1/text/multi")
    by_kind = {line.split()[0]: line for line in lines}
    assert by_kind["v3-messages-request"].split()[1:] == [
        "request", "json,", "xml", "POST", "/sms/3/messages"]
    assert by_kind["api-error"].split()[1] == "error"
    assert by_kind["bulk-status"].endswith("GET /sms/1/bulks/status, PUT /sms/1/bulks/status")
