"""A bounded load on the emulator: mixed valid and invalid bodies, JSON and XML, v1, v2 and v3,
over a fixed number of concurrent connections, each answer checked.

Used by tests/test_load.py (a short run) and bench/server_load.py (the full run, timed).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import httpx

import smscodec as sc


@dataclass(frozen=True)
class Case:
    """One request: where it goes, its bytes and content type, and what must come back: the
    text stored (a valid one) or the paths refused (an invalid one)."""

    path: str
    body: bytes
    fmt: sc.Format
    text: str | None
    paths: frozenset[str] = frozenset()


def case(i: int) -> Case:
    """The ``i``-th request of the mix: three valid in five, half of each in XML."""
    fmt: sc.Format = "xml" if i % 2 else "json"
    text = f"load {i} ü"
    kind = i % 5
    if kind == 0:
        request: object = sc.TextMultiRequest(messages=(
            sc.TextMessage(sender="Load", to=("41793026727",), text=text),))
        return Case("/sms/1/text/multi", sc.encode(request, format=fmt), fmt, text)
    if kind == 1:
        request = sc.MessagesRequest(messages=(sc.SmsMessage(
            destinations=(sc.SmsDestination(to="41793026727"),),
            content=sc.SmsTextContent(text=text)),))
        return Case("/sms/3/messages", sc.encode(request, format=fmt), fmt, text)
    if kind == 2:
        request = sc.TextAdvancedRequest(messages=(sc.AdvancedTextMessage(
            destinations=(sc.Destination(to="41793026727"),), text=text),))
        return Case("/sms/2/text/advanced", sc.encode(request, format=fmt), fmt, text)
    if kind == 3:  # a bad sender and a bad destination
        valid = sc.encode(sc.TextSingleRequest(sender="Load", to=("41793026727",), text=text),
                          format=fmt)
        bad = valid.replace(b"Load", b"Lo-ad").replace(b"41793026727", b"0041 79")
        # JSON writes one destination as a string (/to), XML always nested (/to/0).
        to = "/to/0" if fmt == "xml" else "/to"
        return Case("/sms/1/text/single", bad, fmt, None, frozenset({"/from", to}))
    valid = sc.encode(sc.MessagesRequest(messages=(sc.SmsMessage(
        destinations=(sc.SmsDestination(to="41793026727"),),
        content=sc.BinaryContent(hex=b"\x01\x02")),)), format=fmt)
    bad = valid.replace(b"01 02", b"01 0")  # an odd hex digit
    return Case("/sms/3/messages", bad, fmt, None,
                frozenset({"messages[0].content.hex"}))


@dataclass
class Outcome:
    latencies: list[float] = field(default_factory=list)
    server_errors: list[tuple[int, int]] = field(default_factory=list)
    wrong: list[tuple[int, str]] = field(default_factory=list)
    accepted: dict[str, int] = field(default_factory=dict)  # text to message ids answered
    seconds: float = 0.0


def _refused_paths(answer: httpx.Response, c: Case) -> frozenset[str]:
    if c.path.startswith("/sms/3/"):
        error = sc.decode(answer.content, sc.ApiError, format=c.fmt)
        return frozenset(v.property or "" for v in error.violations or ())
    found = sc.decode(answer.content, sc.RequestError, format=c.fmt)
    return frozenset(found.service_exception.validation_errors or {})


async def _one(client: httpx.AsyncClient, i: int, c: Case, gate: asyncio.Semaphore,
               out: Outcome) -> None:
    async with gate:
        started = time.perf_counter()
        answer = await client.post(c.path, content=c.body,
                                   headers={"content-type": f"application/{c.fmt}"})
        out.latencies.append(time.perf_counter() - started)
    if answer.status_code >= 500:
        out.server_errors.append((i, answer.status_code))
    elif c.text is not None:
        if answer.status_code != 200:
            out.wrong.append((i, f"valid answered {answer.status_code}: {answer.text[:200]}"))
        else:
            out.accepted[c.text] = out.accepted.get(c.text, 0) + 1
    elif answer.status_code != 400:
        out.wrong.append((i, f"invalid answered {answer.status_code}"))
    elif (paths := _refused_paths(answer, c)) != c.paths:
        out.wrong.append((i, f"refused at {sorted(paths)}, not {sorted(c.paths)}"))


async def run(base_url: str, requests: int, connections: int, key: str) -> Outcome:
    out = Outcome()
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    gate = asyncio.Semaphore(connections)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60,
                                 headers={"authorization": f"App {key}"}) as client:
        cases = [case(i) for i in range(requests)]  # built before the clock starts
        started = time.perf_counter()
        await asyncio.gather(*(_one(client, i, c, gate, out) for i, c in enumerate(cases)))
        out.seconds = time.perf_counter() - started
    return out


def stored_texts(base_url: str) -> dict[str, int]:
    """How many stored messages carry each text."""
    listed = httpx.get(f"{base_url}/_emulator/messages?limit=1000000", timeout=60).json()
    counts: dict[str, int] = {}
    for m in listed["messages"]:
        counts[m["text"]] = counts.get(m["text"], 0) + 1
    return counts


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
