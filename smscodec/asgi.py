"""A pure-ASGI validation layer: the HTTP glue a gateway in front of this API needs.

`ValidationLayer` wraps any ASGI application. For each HTTP request whose method and path are
an operation of the API (the kinds' ``endpoints``, as ``smscodec kinds`` lists them) it reads
the body with `Limits.max_bytes` enforced while reading, picks the format from Content-Type and
the answer's format from Accept, decodes and validates, and hands the typed request on in
``scope["state"]["smscodec"]`` (a `Validated`). A refused request never reaches the
application: the layer answers it in the API's own error body for that version (v1/v2
``requestError``, v3 ``ApiError``) and in the request's format: 400 invalid, 413 too large,
415 unsupported media type, 405 a method the path does not take. Other paths pass untouched.

It needs no library beyond smscodec; a server (uvicorn, hypercorn) runs it.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass, replace
from typing import Any, Final, Literal

from ._api import Format, decode, encode, error_body, format_for_content_type
from ._core.errors import DecodeError, Issue, SmsCodecError
from ._core.limits import Limits
from ._spec.bodies import KINDS
from ._spec.models import RequestError, ServiceException
from ._spec.models_v3 import ApiError

__all__ = [
    "ASGIApp",
    "Receive",
    "Route",
    "Scope",
    "Send",
    "Style",
    "Validated",
    "ValidationLayer",
    "error_response",
    "header",
    "negotiate",
    "routes_from_kinds",
    "send_body",
    "style_of",
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
#: The error format of an endpoint: ``v2`` (``requestError``, v1 and v2) or ``v3`` (``ApiError``).
Style = Literal["v2", "v3"]

#: The content type each format is answered with.
CONTENT_TYPES: Final[Mapping[Format, str]] = {
    "json": "application/json",
    "xml": "application/xml",
}

#: The v1/v2 ``messageId`` and the v3 ``errorCode`` of each refusal.
_ERROR_IDS: Final[Mapping[int, tuple[str, str]]] = {
    400: ("BAD_REQUEST", "E400"),
    401: ("UNAUTHORIZED", "E401"),
    404: ("NOT_FOUND", "E404"),
    405: ("METHOD_NOT_ALLOWED", "E405"),
    413: ("REQUEST_ENTITY_TOO_LARGE", "E413"),
    415: ("UNSUPPORTED_MEDIA_TYPE", "E415"),
    500: ("GENERAL_ERROR", "E500"),
}


@dataclass(frozen=True, slots=True)
class Route:
    """One operation: its method and path, the request body it takes (None for a GET or a
    body-less call), and the error style of its API version."""

    method: str
    path: str
    kind: str | None = None
    model: type[Any] | None = None
    style: Style = "v2"


@dataclass(frozen=True, slots=True)
class Validated:
    """What the layer hands on: the operation, the typed request (None when the operation
    takes no body), the format it came in (None without a body), and the format to answer in."""

    route: Route
    request: Any
    format: Format | None
    answer_format: Format


def style_of(path: str) -> Style:
    """The error format the API answers ``path`` in: ``v3`` under ``/sms/3/``, else ``v2``."""
    return "v3" if path.startswith("/sms/3/") else "v2"


_METHODS: Final = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})


def routes_from_kinds(extra: Iterable[Route] = ()) -> tuple[Route, ...]:
    """Every HTTP operation the kinds name (not their webhooks): a request kind's endpoints
    take that body; the other endpoints (a response's GET) take none. ``extra`` routes add
    operations the kinds do not name yet; where a kind names one, the kind's route is kept."""
    found: dict[tuple[str, str], Route] = {}
    for request_first in (True, False):
        for name, body in KINDS.items():
            if (body.direction == "request") != request_first:
                continue
            for endpoint in body.endpoints:
                method, _, path = endpoint.partition(" ")
                if method not in _METHODS:
                    continue
                model = body.model if request_first else None
                route = Route(method, path, name if request_first else None, model, style_of(path))
                found.setdefault((method, path), route)
    for route in extra:
        found.setdefault((route.method, route.path), route)
    return tuple(found.values())


def _pattern(path: str) -> re.Pattern[str]:
    # A template segment ({bulkId}) matches one path segment.
    parts = re.split(r"(\{[^/}]+\})", path)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts))


_ACCEPTED: Final[Mapping[str, Format | None]] = {
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
    "*/*": None,
    "application/*": None,
}


def negotiate(accept: str | None, default: Format) -> Format:
    """The format to answer in: the first of JSON and XML that Accept prefers (by q, then
    order); ``default`` (the request's format) for a wildcard, no Accept, or one naming
    neither, since the API answers rather than refusing with 406."""
    if not accept:
        return default
    ranked: list[tuple[float, int, Format | None]] = []
    for i, item in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in item.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        media = media.lower()
        if media in _ACCEPTED and quality > 0:
            ranked.append((-quality, i, _ACCEPTED[media]))
        elif quality > 0 and media.endswith(("+json", "+xml")):
            ranked.append((-quality, i, "json" if media.endswith("+json") else "xml"))
    ranked.sort(key=lambda r: (r[0], r[1]))
    for _, _, fmt in ranked:
        return fmt or default
    return default


def error_response(
    status: int, style: Style, *, error: SmsCodecError | None = None, text: str = ""
) -> RequestError | ApiError:
    """The API's error body for ``status``: from a failed decode's issues when ``error`` is
    given, else with ``text``."""
    message_id, code = _ERROR_IDS.get(status, ("GENERAL_ERROR", f"E{status}"))
    if error is not None:
        if style == "v3":
            return replace(error_body(error, style="v3"), error_code=code)
        return error_body(error, message_id=message_id)
    if style == "v3":
        return ApiError(error_code=code, description=text)
    return RequestError(service_exception=ServiceException(message_id=message_id, text=text))


async def send_body(
    send: Send,
    status: int,
    body: Any,
    fmt: Format,
    headers: Iterable[tuple[bytes, bytes]] = (),
) -> None:
    """Answer with a model encoded in ``fmt`` (its canonical bytes)."""
    data = encode(body, format=fmt)
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", CONTENT_TYPES[fmt].encode()),
            (b"content-length", str(len(data)).encode()),
            *headers,
        ],
    })
    await send({"type": "http.response.body", "body": data})


def header(scope: Scope, name: bytes) -> str | None:
    """The value of the request header ``name`` (lower-case bytes), or None."""
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


class _TooLarge(Exception):
    pass


class _Disconnected(Exception):
    pass


class ValidationLayer:
    """The layer in front of ``app`` (see the module docstring).

    ``routes`` defaults to every operation of the kinds (`routes_from_kinds`); ``limits``
    bounds each body (``max_bytes`` while reading). The application finds a `Validated` in
    ``scope["state"]["smscodec"]``, and the body, already read, replayed by ``receive``.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        routes: Iterable[Route] | None = None,
        limits: Limits | None = None,
    ) -> None:
        self.app = app
        self.limits = limits or Limits()
        table = tuple(routes) if routes is not None else routes_from_kinds()
        self._exact: dict[str, dict[str, Route]] = {}
        self._templates: list[tuple[re.Pattern[str], dict[str, Route]]] = []
        for route in table:
            if "{" in route.path:
                pattern = _pattern(route.path)
                for known, methods in self._templates:
                    if known.pattern == pattern.pattern:
                        methods[route.method] = route
                        break
                else:
                    self._templates.append((pattern, {route.method: route}))
            else:
                self._exact.setdefault(route.path, {})[route.method] = route

    def routes_for(self, path: str) -> dict[str, Route] | None:
        """The operations of a path by method, or None if the path is not the API's."""
        methods = self._exact.get(path)
        if methods is not None:
            return methods
        for pattern, found in self._templates:
            if pattern.fullmatch(path):
                return found
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        methods = self.routes_for(scope["path"])
        if methods is None:
            await self.app(scope, receive, send)
            return
        style = style_of(scope["path"])
        accept = header(scope, b"accept")
        route = methods.get(scope["method"])
        if route is None:
            allow = ", ".join(sorted(methods)).encode()
            text = f"{scope['method']} is not allowed on {scope['path']}; use {allow.decode()}"
            await send_body(send, 405, error_response(405, style, text=text),
                            negotiate(accept, "json"), [(b"allow", allow)])
            return
        if route.model is None:
            validated = Validated(route, None, None, negotiate(accept, "json"))
            await self._forward(validated, b"", scope, receive, send)
            return
        await self._validate(route, scope, receive, send, accept)

    async def _validate(
        self, route: Route, scope: Scope, receive: Receive, send: Send, accept: str | None
    ) -> None:
        content_type = header(scope, b"content-type")
        try:
            fmt = format_for_content_type(content_type or "")
        except DecodeError as error:
            await send_body(send, 415, error_response(415, route.style, error=error),
                            negotiate(accept, "json"))
            return
        answer = negotiate(accept, fmt)
        try:
            data = await self._read(scope, receive)
        except _Disconnected:
            return
        except _TooLarge:
            issue = Issue(path="", code="limit.bytes",
                          message=f"the body is larger than {self.limits.max_bytes} bytes")
            await send_body(send, 413, error_response(413, route.style,
                                                      error=DecodeError([issue])), answer)
            return
        model = route.model
        assert model is not None  # `__call__` sends body-less routes to `_forward`
        try:
            request = decode(data, model, format=fmt, limits=self.limits)
        except SmsCodecError as error:
            await send_body(send, 400, error_response(400, route.style, error=error), answer)
            return
        await self._forward(Validated(route, request, fmt, answer), data, scope, receive, send)

    async def _read(self, scope: Scope, receive: Receive) -> bytes:
        limit = self.limits.max_bytes
        declared = header(scope, b"content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > limit:
            raise _TooLarge
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise _TooLarge
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _forward(
        self, validated: Validated, data: bytes, scope: Scope, receive: Receive, send: Send
    ) -> None:
        state = scope.setdefault("state", {})
        state["smscodec"] = validated
        if validated.request is None:
            await self.app(scope, receive, send)  # the body was not read: the app reads it
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": data, "more_body": False}

        await self.app(scope, replay, send)
