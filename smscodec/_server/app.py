"""The emulator as an ASGI application: the API's operations behind the validation layer,
authentication in front of both, and the emulator's own pages.

`build` gives the whole stack. Operations are found by the kind the validation layer
recognised (`OPERATIONS`, by method and path): adding an operation is one entry.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hmac
import json
import uuid
from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime
from importlib import resources
from typing import Any, Final
from urllib.parse import parse_qs

from .. import (
    BinaryAdvancedRequest,
    BulkSchedule,
    BulkStatus,
    Format,
    SmsCodecError,
    TextAdvancedRequest,
    check_send_at,
    count_segments,
)
from .._api_preview import preview_of
from .._spec.rules.timestamps import timestamp_text
from ..asgi import (
    Receive,
    Scope,
    Send,
    Validated,
    ValidationLayer,
    error_response,
    header,
    negotiate,
    routes_from_kinds,
    send_body,
    style_of,
)
from .intake import READERS, accept, now_ms
from .push import RETRY_DELAYS, Pusher
from .reports import inbound_body, log_body, report_body, write
from .statuses import CANCELED, final_status
from .store import Store

__all__ = ["Emulator", "build"]

Answer = tuple[int, Any]  # a status and a model, or a (kind, tree) pair for `write`
Handler = Callable[["Emulator", Validated, dict[str, list[str]]], Awaitable[Answer]]


def _query(scope: Scope) -> dict[str, list[str]]:
    """The query's parameters, each with every value given (v3 repeats bulkId)."""
    return parse_qs(bytes(scope.get("query_string", b"")).decode("latin-1"))


def _one(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[-1] if values else None


def _limit(query: dict[str, list[str]], default: int = 50, most: int = 1000) -> int:
    value = _one(query, "limit") or ""
    return min(int(value), most) if value.isdigit() and int(value) > 0 else default


def _time(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%f%z")


class _Refused(Exception):
    def __init__(self, status: int, text: str) -> None:
        super().__init__(text)
        self.status = status
        self.text = text


class Emulator:
    """The application behind the layer: its store, the clock that finishes messages, the
    pusher. ``delay`` is the seconds from sending (or a message's sendAt) to its final
    status."""

    def __init__(self, store: Store, *, delay: float = 0.2,
                 retry_delays: tuple[float, ...] = RETRY_DELAYS, tick: float = 0.05) -> None:
        self.store = store
        self.delay = delay
        self.tick = tick
        self.retry_delays = retry_delays
        self.pusher: Pusher | None = None
        self._clock: asyncio.Task[None] | None = None

    # --- lifecycle --------------------------------------------------------------------------

    async def start(self) -> None:
        self.pusher = Pusher(self._note, self.retry_delays)
        self._clock = asyncio.get_running_loop().create_task(self._run_clock())

    async def stop(self) -> None:
        if self._clock is not None:
            self._clock.cancel()
            await asyncio.gather(self._clock, return_exceptions=True)
        if self.pusher is not None:
            await self.pusher.close()

    def _note(self, keys: Iterable[str], entry: dict[str, Any]) -> None:
        entry = {"at": timestamp_text(now_ms()), **entry}
        for key in keys:
            self.store.note(key, entry)

    async def _run_clock(self) -> None:
        while True:
            self.finish_due()
            await asyncio.sleep(self.tick)

    def finish_due(self) -> None:
        """Give every due message its final status and push the reports asked for."""
        now = now_ms()
        due = self.store.due(now.timestamp())
        if not due:
            return
        at = timestamp_text(now)
        pushed = []
        for row in due:
            status = dict(CANCELED if row["bulkStatus"] == "CANCELED"
                          else final_status(row["to"]))
            row["error"] = status.pop("error")
            row["status"] = status
            row["doneAt"] = at
            row["history"].append({"at": at, "status": status["name"]})
            if row.get("notifyUrl") and row.get("notify"):
                row["pushed"] = True
                pushed.append(row)
        self.store.finish(due)
        if pushed and self.pusher is not None:
            self.pusher.reports(pushed, at)

    # --- the API's operations ---------------------------------------------------------------

    async def send(self, found: Validated, query: dict[str, list[str]]) -> Answer:
        now = now_ms()
        request = found.request
        if isinstance(request, TextAdvancedRequest | BinaryAdvancedRequest):
            check_send_at(request, now)  # a ValidationError: answered 400 by `__call__`
        kind = found.route.kind or ""
        accepted = accept(kind, request, now, self.delay,
                          f"{found.route.method} {found.route.path}")
        self.store.add_messages(accepted.rows, accepted.bulk)
        return 200, accepted.answer

    async def reports(self, found: Validated, query: dict[str, list[str]]) -> Answer:
        api = "v3" if found.route.style == "v3" else "v1"
        apis = ("v3",) if api == "v3" else ("v1", "v2")
        rows = self.store.pull_reports(apis, _limit(query), _one(query, "bulkId"),
                                       _one(query, "messageId"))
        return 200, report_body(rows, api)

    async def logs(self, found: Validated, query: dict[str, list[str]]) -> Answer:
        api = "v3" if found.route.style == "v3" else "v1"
        apis = ("v3",) if api == "v3" else ("v1", "v2")
        rows = self.store.logs(apis, _limit(query), query.get("bulkId", []),
                               query.get("messageId", []))
        return 200, log_body(rows, api)

    async def preview(self, found: Validated, query: dict[str, list[str]]) -> Answer:
        # smscodec's own offline preview, the same `smscodec.preview` gives.
        return 200, preview_of(found.request)

    async def inbox(self, found: Validated, query: dict[str, list[str]]) -> Answer:
        rows = self.store.pull_inbound(_limit(query))
        pending = sum(1 for m in self.store.inbound() if not m["pulled"])
        return 200, inbound_body(rows, pending)

    def _bulk(self, query: dict[str, list[str]]) -> tuple[str, str | None, str]:
        bulk_id = _one(query, "bulkId")
        if not bulk_id:
            raise _Refused(400, "the query parameter bulkId is required")
        found = self.store.bulk(bulk_id)
        if found is None:
            raise _Refused(404, f"no bulk {bulk_id!r}")
        return bulk_id, found[0], found[1]

    async def bulk_schedule(self, found: Validated, query: dict[str, list[str]]) -> Answer:
        bulk_id, send_at, _ = self._bulk(query)
        if found.request is not None:  # PUT: a new sendAt for the messages still waiting
            new = found.request.send_at
            self.store.set_bulk(bulk_id, send_at=timestamp_text(new),
                                due=new.timestamp() + self.delay)
            send_at = timestamp_text(new)
        return 200, BulkSchedule(bulk_id=bulk_id, send_at=_time(send_at) if send_at else None)

    async def bulk_status(self, found: Validated, query: dict[str, list[str]]) -> Answer:
        bulk_id, _, status = self._bulk(query)
        if found.request is not None:  # PUT: pause, resume (PROCESSING) or cancel
            wanted = found.request.status
            if status == "CANCELED" or not self.store.pending_in_bulk(bulk_id):
                over = "CANCELED" if status == "CANCELED" else "FINISHED"
                raise _Refused(400, f"bulk {bulk_id!r} is {over}; it cannot become {wanted}")
            self.store.set_bulk(bulk_id, status=wanted)
            status = wanted
        if status in ("PENDING", "PROCESSING") and not self.store.pending_in_bulk(bulk_id):
            status = "FINISHED"  # every message has its final status
        return 200, BulkStatus(bulk_id=bulk_id, status=status)

    # --- the emulator's own endpoints -------------------------------------------------------

    def listing(self, limit: int = 1000) -> dict[str, Any]:
        """What the page shows and tests read: the newest ``limit`` messages first, and the
        inbound messages."""
        return {"messages": self.store.messages(limit), "inbound": self.store.inbound()}

    def inject(self, body: dict[str, Any]) -> dict[str, Any]:
        """Store an inbound (MO) message; push it when it names a notifyUrl."""
        text = str(body.get("text", ""))
        keyword = body.get("keyword")
        now = timestamp_text(now_ms())
        message = {
            "messageId": str(uuid.uuid4()),
            "from": str(body["from"]),
            "to": str(body["to"]),
            "text": text,
            "cleanText": text[len(keyword):].lstrip() if keyword and text.startswith(keyword)
            else text,
            "keyword": keyword,
            "receivedAt": now,
            "smsCount": count_segments(text).count,
            "price": {"pricePerMessage": 0, "currency": "EUR"},
        }
        message = {k: v for k, v in message.items() if v is not None}
        url = body.get("notifyUrl")
        if url:
            fmt: Format = "xml" if "xml" in str(body.get("contentType", "")) else "json"
            kind, tree = inbound_body([message], 0)
            if self.pusher is not None:
                self.pusher.send(str(url), write(kind, tree, fmt), fmt, [])
        self.store.add_inbound({**message, "notifyUrl": url} if url else message,
                               pushed=bool(url))
        return message


#: The API's operations by method and path: sends are found by kind (`READERS`).
OPERATIONS: Final[dict[tuple[str, str], Handler]] = {
    ("GET", "/sms/1/reports"): Emulator.reports,
    ("GET", "/sms/3/reports"): Emulator.reports,
    ("GET", "/sms/1/logs"): Emulator.logs,
    ("GET", "/sms/3/logs"): Emulator.logs,
    ("GET", "/sms/1/inbox/reports"): Emulator.inbox,
    ("POST", "/sms/1/preview"): Emulator.preview,
    ("GET", "/sms/1/bulks"): Emulator.bulk_schedule,
    ("PUT", "/sms/1/bulks"): Emulator.bulk_schedule,
    ("GET", "/sms/1/bulks/status"): Emulator.bulk_status,
    ("PUT", "/sms/1/bulks/status"): Emulator.bulk_status,
}

_PAGE: Final = "index.html"


async def _send_raw(send: Send, status: int, data: bytes, content_type: str) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", content_type.encode()),
                            (b"content-length", str(len(data)).encode()),
                            (b"cache-control", b"no-store")]})
    await send({"type": "http.response.body", "body": data})


async def _read_all(receive: Receive, limit: int = 1 << 20) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise ValueError("too large")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


class App:
    """The emulator's ASGI application, behind the layer (see `build`)."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        found: Validated | None = scope.get("state", {}).get("smscodec")
        if found is None:
            await self._own(scope, receive, send)
            return
        route = found.route
        handler = OPERATIONS.get((route.method, route.path))
        if handler is None and route.kind in READERS:
            handler = Emulator.send
        try:
            if handler is None:
                raise _Refused(404, f"{route.method} {route.path} is not emulated")
            status, body = await handler(self.emulator, found, _query(scope))
        except _Refused as refused:
            body = error_response(refused.status, route.style, text=refused.text)
            await send_body(send, refused.status, body, found.answer_format)
            return
        except SmsCodecError as error:
            await send_body(send, 400, error_response(400, route.style, error=error),
                            found.answer_format)
            return
        if isinstance(body, tuple):
            kind, tree = body
            fmt = found.answer_format
            await _send_raw(send, status, write(kind, tree, fmt), f"application/{fmt}")
        else:
            await send_body(send, status, body, found.answer_format)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await self.emulator.start()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.emulator.stop()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _own(self, scope: Scope, receive: Receive, send: Send) -> None:
        method, path = scope["method"], scope["path"]
        if method == "GET" and path == "/":
            page = resources.files(__package__).joinpath("static", _PAGE).read_bytes()
            await _send_raw(send, 200, page, "text/html; charset=utf-8")
        elif method == "GET" and path == "/_emulator/messages":
            limit = _limit(_query(scope), default=1000, most=10_000_000)
            data = json.dumps(self.emulator.listing(limit), ensure_ascii=False).encode()
            await _send_raw(send, 200, data, "application/json")
        elif method == "POST" and path == "/_emulator/inbound":
            try:
                body = json.loads(await _read_all(receive))
                if not isinstance(body, dict) or not body.get("from") or not body.get("to"):
                    raise ValueError("an object with from, to and text")
                message = self.emulator.inject(body)
            except (ValueError, UnicodeError):
                refusal = b'{"error": "send a JSON object with from, to and text"}'
                await _send_raw(send, 400, refusal, "application/json")
                return
            await _send_raw(send, 201, json.dumps(message).encode(), "application/json")
        elif path.startswith("/sms/"):
            # An operation of the API that is not emulated (such as GET /sms/3/text/query): a
            # client reads the refusal in the API's own error format.
            text = f"{method} {path} is not an operation this emulator serves"
            await send_body(send, 404, error_response(404, style_of(path), text=text),
                            negotiate(header(scope, b"accept"), "json"))
        else:
            await _send_raw(send, 404, b'{"error": "not found"}', "application/json")


class Auth:
    """``Authorization: App <key>``, or Basic with the key as the password, on ``/sms/``
    paths; anything else gets the API's 401 body. No key: no check."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]],
                 key: str | None) -> None:
        self.app = app
        self.key = key

    def allowed(self, header: str | None) -> bool:
        if self.key is None:
            return True
        if header is None:
            return False
        scheme, _, value = header.strip().partition(" ")
        value = value.strip()
        if scheme.lower() == "app":
            return hmac.compare_digest(value.encode(), self.key.encode())
        if scheme.lower() == "basic":
            try:
                user_pass = base64.b64decode(value, validate=True).decode()
            except (binascii.Error, UnicodeError):
                return False
            password = user_pass.partition(":")[2]
            return hmac.compare_digest(password.encode(), self.key.encode())
        return False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/sms/"):
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): bytes(v).decode("latin-1") for k, v in scope.get("headers", ())}
        if self.allowed(headers.get(b"authorization")):
            await self.app(scope, receive, send)
            return
        style = style_of(scope["path"])
        content = headers.get(b"content-type", "")
        fmt: Format = "xml" if "xml" in content.lower() else "json"
        body = error_response(401, style, text="Invalid login details")
        await send_body(send, 401, body, negotiate(headers.get(b"accept"), fmt),
                        [(b"www-authenticate", b'App realm="smscodec"')])


def build(store: Store | None = None, *, key: str | None = None, delay: float = 0.2,
          retry_delays: tuple[float, ...] = RETRY_DELAYS) -> tuple[Auth, Emulator]:
    """The emulator's ASGI stack (authentication, the validation layer, the emulator) and
    the emulator itself."""
    emulator = Emulator(store or Store(), delay=delay, retry_delays=retry_delays)
    layer = ValidationLayer(App(emulator), routes=routes_from_kinds())
    return Auth(layer, key), emulator

