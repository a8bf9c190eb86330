"""`smscodec preview` and `smscodec count --transliteration`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import smscodec as sc
from smscodec._cli.main import main

VECTORS = Path(__file__).parent / "vectors" / "preview"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("stem", ["plain", "language", "transliteration"])
def test_preview_json_is_the_apis_answer(capsys: pytest.CaptureFixture[str], stem: str) -> None:
    request = sc.decode((VECTORS / f"{stem}-request.json").read_bytes(), sc.PreviewRequest)
    argv = ["preview", "--json", request.text]
    if request.language_code is not None:
        argv += ["--language", request.language_code.lower()]
    if request.transliteration is not None:
        argv += ["--transliteration", request.transliteration]
    code, out, _ = run(capsys, *argv)
    assert code == 0
    answer = sc.decode(out.encode(), sc.PreviewResponse)
    expected = sc.decode((VECTORS / f"{stem}-200.json").read_bytes(), sc.PreviewResponse)
    assert answer.previews == expected.previews
    assert answer.original_text == request.text


def test_preview_for_a_person(capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("Ως Μεγαρικό\n".encode())))
    code, out, _ = run(capsys, "preview", "-", "--transliteration", "GREEK")
    assert code == 0
    assert out.splitlines() == [
        'original   "Ως Μεγαρικό"',
        "preview 1  as it is: 1 part, 59 characters remaining",
        '  "Ως Μεγαρικό"',
        "preview 2  transliteration GREEK: 1 part, 149 characters remaining",
        '  "ΩΣ MEΓAPIKO"',
    ]
    code, out, _ = run(capsys, "preview", "Şeker", "--language", "TR")
    assert code == 0
    assert "preview 2  languageCode TR: 1 part, 150 characters remaining" in out


def test_preview_refusals(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "preview", "")
    assert code == 1 and "/text" in err and "empty" in err
    code, _, err = run(capsys, "preview", "x", "--language", "NONE")
    assert code == 2 and "invalid choice" in err
    code, _, err = run(capsys, "preview", "x", "--transliteration", "LATIN")
    assert code == 2 and "invalid choice" in err


def test_count_with_transliteration(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "count", "--json", "--transliteration", "turkish", "Şişli ığ")
    assert code == 0
    report = json.loads(out)
    assert report["transliteration"] == {
        "scheme": "TURKISH",
        "text": "Sisli ig",
        "replaced": [
            {"character": "Ş", "replacement": "S", "times": 1},
            {"character": "ş", "replacement": "s", "times": 1},
            {"character": "ı", "replacement": "i", "times": 1},
            {"character": "ğ", "replacement": "g", "times": 1},
        ],
    }
    assert (report["encoding"], report["units"]) == ("GSM7", 8)
    code, out, _ = run(capsys, "count", "--transliteration", "TURKISH", "Şişli ığ")
    assert code == 0
    assert out.splitlines()[:3] == [
        "transliterated with TURKISH: 4 characters replaced",
        'text       "Sisli ig"',
        "encoding   GSM7",
    ]
    # without the option the output has no transliteration key, as before
    code, out, _ = run(capsys, "count", "--json", "Şişli")
    assert "transliteration" not in json.loads(out)


@pytest.mark.parametrize("stem", ["plain-request", "language-request", "transliteration-request",
                                  "plain-200", "language-200", "transliteration-200"])
@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_check_tells_the_preview_bodies(capsys: pytest.CaptureFixture[str], stem: str,
                                        fmt: str) -> None:
    code, out, _ = run(capsys, "check", "--json", str(VECTORS / f"{stem}.{fmt}"))
    assert code == 0
    kind = "preview-request" if stem.endswith("request") else "preview-response"
    assert json.loads(out)["type"] == kind
