"""The command line: exit codes, human and JSON output, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import VECTORS

from smscodec.cli import main


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
