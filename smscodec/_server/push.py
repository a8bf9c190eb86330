"""Pushing delivery reports and inbound messages to the URLs the messages name.

Reports that become final together and share a URL, content type and API version go in one
POST (at most `BATCH` to a body). A push that fails (no answer within `TIMEOUT`, a refused
connection, a status other than 2xx) is tried again after each delay of the retry schedule,
then given up; every attempt is written into the messages' history. Each batch is its own
task, so a slow or dead URL never holds back sending or other pushes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from typing import Any, Final

import httpx

from .. import Format
from .reports import report_body, write

__all__ = ["BATCH", "RETRY_DELAYS", "TIMEOUT", "Pusher"]

#: Seconds to wait before each retry after a failed push (then the push is given up).
RETRY_DELAYS: Final = (1.0, 5.0, 30.0, 120.0, 600.0)
TIMEOUT: Final = 5.0
BATCH: Final = 100

Note = Callable[[Iterable[str], dict[str, Any]], None]


def _format(content_type: str | None) -> Format:
    return "xml" if content_type is not None and "xml" in content_type.lower() else "json"


class Pusher:
    """Sends the bodies; ``note(keys, entry)`` records each attempt in the messages' history."""

    def __init__(self, note: Note, retry_delays: tuple[float, ...] = RETRY_DELAYS,
                 timeout: float = TIMEOUT) -> None:
        self.note = note
        self.retry_delays = retry_delays
        self.client = httpx.AsyncClient(timeout=timeout)
        self.tasks: set[asyncio.Task[None]] = set()

    def reports(self, rows: list[dict[str, Any]], now: str) -> None:
        """Push the reports of messages that just took their final status."""
        groups: dict[tuple[str, Format, str], list[dict[str, Any]]] = {}
        for row in rows:
            key = (row["notifyUrl"], _format(row.get("notifyContentType")), row["api"])
            groups.setdefault(key, []).append(row)
        for (url, fmt, api), group in groups.items():
            for start in range(0, len(group), BATCH):
                batch = group[start:start + BATCH]
                kind, tree = report_body(batch, api)
                self.send(url, write(kind, tree, fmt), fmt, [r["key"] for r in batch])

    def send(self, url: str, data: bytes, fmt: Format, keys: list[str]) -> None:
        task = asyncio.get_running_loop().create_task(self._deliver(url, data, fmt, keys))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _deliver(self, url: str, data: bytes, fmt: Format, keys: list[str]) -> None:
        headers = {"content-type": f"application/{fmt}"}
        for attempt, delay in enumerate((0.0, *self.retry_delays), start=1):
            if delay:
                await asyncio.sleep(delay)
            try:
                answer = await self.client.post(url, content=data, headers=headers)
                outcome = f"HTTP {answer.status_code}"
                ok = 200 <= answer.status_code < 300
            except httpx.HTTPError as error:
                outcome = f"{type(error).__name__}"
                ok = False
            self.note(keys, {"push": url, "attempt": attempt, "outcome": outcome, "ok": ok})
            if ok:
                return

    async def close(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        await self.client.aclose()
