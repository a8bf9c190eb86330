"""The emulator on loopback, and a receiver for its pushes, for the emulator's tests."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
from live_server import serving

from smscodec._server.app import build
from smscodec._server.store import Store
from smscodec.asgi import Receive, Scope, Send

KEY = "test-key"


@contextmanager
def emulator(**options: Any) -> Iterator[httpx.Client]:
    """An emulator with key `KEY`, and a client that sends the key."""
    options.setdefault("delay", 0.05)
    options.setdefault("retry_delays", (0.1, 0.2))
    app, _ = build(Store(), key=KEY, **options)
    with serving(app) as url, httpx.Client(
        base_url=url, headers={"authorization": f"App {KEY}"}, timeout=10
    ) as client:
        yield client


def wait_for(check: Callable[[], Any], timeout: float = 5.0) -> Any:
    """Poll until ``check()`` gives something true; that value."""
    deadline = time.monotonic() + timeout
    while True:
        found = check()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.02)


@contextmanager
def serve(*args: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """`smscodec serve` in its own process, on a free port: its URL and the process."""
    process = subprocess.Popen(
        [sys.executable, "-m", "smscodec", "serve", "--port", "0", "--delay", "0.05", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("smscodec serve: http://127.0.0.1:"), line
        yield line.split()[2].rstrip("/"), process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


@dataclass
class Receiver:
    """A notifyUrl: records each POST (time, content type, body); answers with the statuses
    in ``script`` first (then 200), after ``hang`` seconds."""

    script: list[int] = field(default_factory=list)
    hang: float = 0.0
    got: list[tuple[float, str, bytes]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = dict(scope["headers"])
        with self.lock:
            self.got.append((time.monotonic(), headers.get(b"content-type", b"").decode(), body))
            status = self.script.pop(0) if self.script else 200
        if self.hang:
            await asyncio.sleep(self.hang)
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b""})


@contextmanager
def receiver(**options: Any) -> Iterator[tuple[str, Receiver]]:
    found = Receiver(**options)
    with serving(found) as url:
        yield f"{url}/hook", found
