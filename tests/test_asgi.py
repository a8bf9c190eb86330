"""The ASGI validation layer, in front of a small application, on a real server on loopback."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from live_server import serving

import smscodec as sc
from smscodec.asgi import Message, Receive, Scope, Send, Validated, ValidationLayer, negotiate


async def echo(scope: Scope, receive: Receive, send: Send) -> None:
    """Answers with what the layer handed on: the kind, the formats, the request's JSON."""
    found: Validated | None = scope.get("state", {}).get("smscodec")
    body = await receive()
    if found is None:
        answer = {"passed": scope["path"], "body": body.get("body", b"").decode()}
    else:
        answer = {
            "kind": found.route.kind,
            "format": found.format,
            "answer": found.answer_format,
            "request": None if found.request is None else json.loads(sc.encode(found.request)),
        }
    data = json.dumps(answer).encode()
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": data})


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with serving(ValidationLayer(echo, limits=sc.Limits(max_bytes=2_000))) as url:
        yield url


JSON = {"content-type": "application/json"}
XML = {"content-type": "application/xml"}
GOOD = {"messages": [{"from": "WineShop", "to": "41793026727", "text": "Hi"}]}
GOOD_XML = (b"<request><messages><message><from>WineShop</from><to><to>41793026727</to></to>"
            b"<text>Hi</text></message></messages></request>")


def test_a_valid_body_reaches_the_app_typed(base: str) -> None:
    got = httpx.post(f"{base}/sms/1/text/multi", json=GOOD).json()
    assert got == {"kind": "text-multi-request", "format": "json", "answer": "json",
                   "request": GOOD}
    got = httpx.post(f"{base}/sms/1/text/multi", content=GOOD_XML,
                     headers={**XML, "accept": "application/json"}).json()
    assert got["format"] == "xml" and got["answer"] == "json" and got["request"] == GOOD


def test_an_invalid_body_is_answered_by_the_layer_in_the_api_error_format(base: str) -> None:
    bad = {"messages": [{"from": "Wine-Shop", "to": ["+41 79"], "text": ""}]}
    answer = httpx.post(f"{base}/sms/1/text/multi", json=bad)
    assert answer.status_code == 400
    error = sc.decode(answer.content, sc.RequestError)
    found = error.service_exception.validation_errors or {}
    assert set(found) == {"/messages/0/from", "/messages/0/to/0", "/messages/0/text"}
    assert error.service_exception.message_id == "BAD_REQUEST"
    # The same fault in XML is answered in XML.
    xml_bad = GOOD_XML.replace(b"WineShop", b"Wine-Shop")
    answer = httpx.post(f"{base}/sms/1/text/multi", content=xml_bad, headers=XML)
    assert answer.status_code == 400
    assert answer.headers["content-type"] == "application/xml"
    error = sc.decode(answer.content, sc.RequestError, format="xml")
    assert set(error.service_exception.validation_errors or {}) == {"/messages/0/from"}


def test_v3_refusals_are_api_errors_with_violations(base: str) -> None:
    bad = {"messages": [{"destinations": [{"to": "123"}], "content": {"text": "Hi"}}]}
    answer = httpx.post(f"{base}/sms/3/messages", json=bad)
    assert answer.status_code == 400
    error = sc.decode(answer.content, sc.ApiError)
    assert error.error_code == "E400"
    assert [v.property for v in error.violations or ()] == ["messages[0].destinations[0].to"]
    answer = httpx.post(f"{base}/sms/3/messages", content=b"hi",
                        headers={"content-type": "text/plain"})
    assert answer.status_code == 415
    assert sc.decode(answer.content, sc.ApiError).error_code == "E415"


def test_unsupported_media_type_is_415(base: str) -> None:
    for content_type in ("text/plain", "application/json; charset=latin-1", ""):
        answer = httpx.post(f"{base}/sms/1/text/multi", content=json.dumps(GOOD),
                            headers={"content-type": content_type})
        assert answer.status_code == 415, content_type
        error = sc.decode(answer.content, sc.RequestError)
        assert error.service_exception.message_id == "UNSUPPORTED_MEDIA_TYPE"


def test_a_wrong_method_is_405_with_allow(base: str) -> None:
    answer = httpx.get(f"{base}/sms/1/text/multi", headers={"accept": "application/xml"})
    assert answer.status_code == 405
    assert answer.headers["allow"] == "POST"
    assert sc.decode(answer.content, sc.RequestError, format="xml").service_exception.text
    answer = httpx.delete(f"{base}/sms/1/bulks")
    assert answer.status_code == 405 and answer.headers["allow"] == "GET, PUT"


def test_too_large_is_413(base: str) -> None:
    big = {"messages": [{"to": ["41793026727"], "text": "x" * 3_000}]}
    answer = httpx.post(f"{base}/sms/1/text/multi", json=big)
    assert answer.status_code == 413
    error = sc.decode(answer.content, sc.RequestError)
    assert error.service_exception.message_id == "REQUEST_ENTITY_TOO_LARGE"

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds while reading
        yield b'{"messages": [{"to": ["41793026727"], "text": "'
        for _ in range(10):
            yield b"x" * 500
        yield b'"}]}'

    answer = httpx.post(f"{base}/sms/1/text/multi", content=chunks(), headers=JSON)
    assert answer.status_code == 413


def test_other_paths_and_body_less_operations_pass(base: str) -> None:
    got = httpx.post(f"{base}/health", content=b"ping").json()
    assert got == {"passed": "/health", "body": "ping"}
    got = httpx.get(f"{base}/sms/1/bulks?bulkId=1", headers={"accept": "text/xml"}).json()
    assert got == {"kind": None, "format": None, "answer": "xml", "request": None}


def test_bad_bytes_never_give_a_500(base: str) -> None:
    for body in (b"", b"{", b"\xff\xfe", b"<request>", b"[]", b"null", b"<!DOCTYPE x><x/>"):
        for headers in (JSON, XML):
            answer = httpx.post(f"{base}/sms/3/messages", content=body, headers=headers)
            assert answer.status_code == 400, (body, headers)


def test_the_body_is_not_read_past_the_limit() -> None:
    # Driven directly: count the chunks the layer asks for.
    asked = 0

    async def receive() -> Message:
        nonlocal asked
        asked += 1
        return {"type": "http.request", "body": b"x" * 100, "more_body": True}

    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        raise AssertionError("reached the app")

    layer = ValidationLayer(app, limits=sc.Limits(max_bytes=1_000))
    scope: dict[str, Any] = {"type": "http", "method": "POST", "path": "/sms/1/text/multi",
                             "headers": [(b"content-type", b"application/json")]}
    asyncio.run(layer(scope, receive, send))
    assert sent[0]["status"] == 413
    assert asked == 11


@pytest.mark.parametrize(("accept", "expected"), [
    (None, "json"), ("*/*", "json"), ("application/xml", "xml"), ("text/html", "json"),
    ("application/json;q=0.5, text/xml", "xml"), ("application/xml;q=0, application/json", "json"),
    ("application/problem+xml", "xml"),
])
def test_negotiate(accept: str | None, expected: str) -> None:
    assert negotiate(accept, "json") == expected


def test_the_readme_example_runs_as_shown() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    section = readme.split("## The validation layer", 1)[1].split("\n## ", 1)[0]
    source = section.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, Any] = {}
    exec(compile(source, "README.md", "exec"), namespace)
    with serving(namespace["app"]) as url:
        answer = httpx.post(f"{url}/sms/1/text/single", headers={**JSON, "accept": "text/xml"},
                            json={"from": "WineShop", "to": "41793026727", "text": "Hi"})
        assert answer.content == sc.encode(
            sc.TextSingleRequest(sender="WineShop", to=("41793026727",), text="Hi"),
            format="xml")
        assert httpx.get(f"{url}/sms/1/text/single").status_code == 405
