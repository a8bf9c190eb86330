"""Every JSON and XML example the API's description gives for the v2 advanced, v3 and bulk
endpoints, decoded straight from the description: how many decode as given, and how many
need one of the documented readings (README, "Rules beyond the schemas"). The figures the
README states are the ones computed here."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import smscodec as sc
from smscodec._spec.bodies import KINDS

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT.parent / "shared" / "spec" / "infobip-sms-openapi.json"

#: Each operation's kinds: of its request, its 200 response and its error responses.
OPERATIONS: dict[tuple[str, str], tuple[str | None, str, str]] = {
    ("post", "/sms/2/text/advanced"): ("text-advanced-request", "sms-response",
                                       "request-error"),
    ("post", "/sms/2/binary/advanced"): ("binary-advanced-request", "sms-response",
                                         "request-error"),
    ("post", "/sms/3/messages"): ("v3-messages-request", "v3-messages-response", "api-error"),
    ("get", "/sms/1/bulks"): (None, "bulk-schedule", "request-error"),
    ("put", "/sms/1/bulks"): ("bulk-reschedule-request", "bulk-schedule", "request-error"),
    ("get", "/sms/1/bulks/status"): (None, "bulk-status", "request-error"),
    ("put", "/sms/1/bulks/status"): ("bulk-status-update-request", "bulk-status",
                                     "request-error"),
}
_MEDIA = {"application/json": "json", "application/xml": "xml"}


def _resolve(spec: dict[str, Any], value: Any) -> Any:
    while isinstance(value, dict) and "$ref" in value:
        target: Any = spec
        for part in value["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        value = target
    return value


def _examples(spec: dict[str, Any]) -> list[tuple[str, str, str, bytes]]:
    """(where, kind, format, body) for every example of the operations."""
    out = []
    for (method, path), (request, ok, error) in OPERATIONS.items():
        operation = spec["paths"][path][method]
        parts = [("request", request, operation.get("requestBody"))]
        parts += [(status, ok if status == "200" else error, response)
                  for status, response in operation["responses"].items()]
        for status, kind, part in parts:
            if part is None:
                continue
            for media, content in _resolve(spec, part).get("content", {}).items():
                examples = content.get("examples") or (
                    {"example": {"value": content["example"]}} if "example" in content else {})
                for title, example in examples.items():
                    value = _resolve(spec, example)["value"]
                    fmt = _MEDIA[media]
                    assert kind is not None, (path, status)
                    text = value if isinstance(value, str) else json.dumps(value,
                                                                           ensure_ascii=False)
                    body = text.encode()
                    out.append((f"{method.upper()} {path} {status} {fmt} {title!r}", kind, fmt,
                                body))
    return out


def reading(body: bytes) -> bytes:
    """The documented reading of an example that breaks the description's own hex rule: an
    elision mark ('…') in a payload left out, UCS-2 written in groups of four hex digits
    split into its bytes."""
    text = body.decode().replace("\u2026", "")

    def split(hex_string: re.Match[str]) -> str:
        return re.sub(r"\b([0-9a-fA-F]{2})([0-9a-fA-F]{2})\b", r"\1 \2", hex_string[0])

    return re.sub(r'(?<="hex": ")[0-9a-fA-F ]+|(?<=<hex>)[0-9a-fA-F ]+', split, text).encode()


def count(examples: list[tuple[str, str, str, bytes]]) -> dict[str, dict[str, int]]:
    """For JSON and XML: the examples that decode as given, and those that need the reading."""
    figures = {fmt: {"as given": 0, "read": 0} for fmt in ("json", "xml")}
    for where, kind, fmt, body in examples:
        model = KINDS[kind].model
        try:
            sc.decode(body, model, format=fmt)  # type: ignore[arg-type]
            figures[fmt]["as given"] += 1
        except sc.ValidationError:
            value = sc.decode(reading(body), model, format=fmt)  # type: ignore[arg-type]
            again = sc.encode(value, format=fmt)  # type: ignore[arg-type]
            assert sc.decode(again, model, format=fmt) == value, where  # type: ignore[arg-type]
            figures[fmt]["read"] += 1
    return figures


def _stated() -> dict[str, dict[str, int]]:
    """The figures README states: "Of the M JSON examples ..., N decode as given and K need"."""
    text = " ".join((ROOT / "README.md").read_text("utf-8").split())
    out = {}
    for fmt in ("JSON", "XML"):
        found = re.search(rf"Of the (\d+) {fmt} examples[^.]*?, (\d+) decode as given and "
                          r"(\d+) need", text)
        assert found, fmt
        total, given, read = map(int, found.groups())
        assert given + read == total
        out[fmt.lower()] = {"as given": given, "read": read}
    return out


@pytest.mark.skipif(not SPEC.exists(), reason="the API description is beside the repository "
                    "(../shared/spec), not in it")
def test_the_examples_decode_as_the_readme_says() -> None:
    spec = json.loads(SPEC.read_text("utf-8"))
    assert count(_examples(spec)) == _stated()


def test_the_reading_touches_only_the_broken_payloads() -> None:
    assert reading(b'{"hex": "0048 0065 006c"}') == b'{"hex": "00 48 00 65 00 6c"}'
    assert reading(b"<hex>74 \xe2\x80\xa620 45</hex>") == b"<hex>74 20 45</hex>"
    untouched = b'{"text": "1234 5678", "hex": "12 34"}'
    assert reading(untouched) == untouched
