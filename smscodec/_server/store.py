"""Where the emulator keeps what it accepted: SQLite, in memory or in a file.

A message is one row per destination, its facts as JSON beside the columns the emulator
queries by (state, when it is due, its bulk). Everything is written in the transaction of the
request that brought it, so a restarted emulator with a file has every message it answered.
The emulator calls the store from its event loop only, one call at a time.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

__all__ = ["Store"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT UNIQUE NOT NULL,      -- the emulator's own: a client may reuse a messageId
    message_id TEXT NOT NULL,
    bulk_id TEXT,
    state TEXT NOT NULL,           -- 'pending' until its final status, then 'final'
    due REAL NOT NULL,             -- when a pending message takes its final status
    pulled INTEGER NOT NULL DEFAULT 0,  -- its report was pulled (reports are pulled once)
    api TEXT NOT NULL,             -- 'v1', 'v2' or 'v3': which reports endpoint serves it
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_due ON messages (state, due);
CREATE INDEX IF NOT EXISTS messages_id ON messages (message_id);
CREATE TABLE IF NOT EXISTS bulks (
    bulk_id TEXT PRIMARY KEY,
    send_at TEXT,
    status TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS inbound (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    pulled INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL
);
"""


class Store:
    """The emulator's SQLite database (``path`` ":memory:" by default)."""

    def __init__(self, path: str = ":memory:") -> None:
        self.db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        if path != ":memory:":
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)

    def close(self) -> None:
        self.db.close()

    def add_messages(self, rows: Iterable[dict[str, Any]], bulk: tuple[str, str | None] | None
                     ) -> None:
        """Store a request's messages (each with ``messageId``, ``bulkId``, ``api`` and
        ``due``) and its bulk (id and sendAt) in one transaction."""
        with self.db:
            self.db.execute("BEGIN")
            if bulk is not None:
                self.db.execute(
                    "INSERT OR REPLACE INTO bulks (bulk_id, send_at, status) VALUES (?, ?, ?)",
                    (bulk[0], bulk[1], "PENDING"),
                )
            self.db.executemany(
                "INSERT INTO messages (key, message_id, bulk_id, state, due, api, data)"
                " VALUES (?, ?, ?, 'pending', ?, ?, ?)",
                [(r["key"], r["messageId"], r.get("bulkId"), r.pop("due"), r["api"],
                  json.dumps(r, ensure_ascii=False)) for r in rows],
            )

    def message_ids(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT message_id FROM messages")]

    def messages(self, limit: int = 1000) -> list[dict[str, Any]]:
        """The newest messages first, each with its state."""
        rows = self.db.execute(
            "SELECT data, state, pulled FROM messages ORDER BY seq DESC LIMIT ?", (limit,)
        )
        return [{**json.loads(data), "state": state, "reportPulled": bool(pulled)}
                for data, state, pulled in rows]

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM messages").fetchone()[0])

    def due(self, now: float) -> list[dict[str, Any]]:
        """Pending messages whose time has come and whose bulk is neither paused nor
        cancelled (a cancelled bulk's messages are due at once, to be rejected)."""
        rows = self.db.execute(
            "SELECT m.data, b.status FROM messages m LEFT JOIN bulks b ON m.bulk_id = b.bulk_id"
            " WHERE m.state = 'pending' AND (b.status IS NULL OR b.status != 'PAUSED')"
            " AND (m.due <= ? OR b.status = 'CANCELED') ORDER BY m.seq LIMIT 500", (now,),
        )
        return [{**json.loads(data), "bulkStatus": status} for data, status in rows]

    def finish(self, messages: Iterable[dict[str, Any]]) -> None:
        """Record the final status (already in each message's data). A report pushed to a
        notifyUrl is not also pulled, as with the API: its ``pushed`` rows count as pulled."""
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany(
                "UPDATE messages SET state = 'final', pulled = ?, data = ? WHERE key = ?",
                [(int(bool(m.get("pushed"))),
                  json.dumps({k: v for k, v in m.items() if k != "bulkStatus"},
                             ensure_ascii=False), m["key"]) for m in messages],
            )

    def note(self, key: str, entry: dict[str, Any]) -> None:
        """Add an entry to a message's history (a push attempt, a pull)."""
        row = self.db.execute("SELECT data FROM messages WHERE key = ?", (key,)).fetchone()
        if row is None:
            return
        data = json.loads(row[0])
        data.setdefault("history", []).append(entry)
        self.db.execute("UPDATE messages SET data = ? WHERE key = ?",
                        (json.dumps(data, ensure_ascii=False), key))

    def pull_reports(self, apis: tuple[str, ...], limit: int, bulk_id: str | None,
                     message_id: str | None) -> list[dict[str, Any]]:
        """Final messages of these APIs whose report was not pulled yet, marked pulled."""
        query = ("SELECT seq, data FROM messages WHERE state = 'final' AND pulled = 0 AND api IN"
                 f" ({', '.join('?' for _ in apis)})")
        args: list[Any] = list(apis)
        if bulk_id is not None:
            query += " AND bulk_id = ?"
            args.append(bulk_id)
        if message_id is not None:
            query += " AND message_id = ?"
            args.append(message_id)
        rows = self.db.execute(query + " ORDER BY seq LIMIT ?", (*args, limit)).fetchall()
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("UPDATE messages SET pulled = 1 WHERE seq = ?",
                                [(seq,) for seq, _ in rows])
        return [json.loads(data) for _, data in rows]

    def logs(self, apis: tuple[str, ...], limit: int, bulk_ids: list[str],
             message_ids: list[str]) -> list[dict[str, Any]]:
        """Messages of these APIs, newest first, pulled or not, as many times as asked; only
        those of the bulks and message ids given, when given (v3 takes several of each)."""
        query = f"SELECT data, state FROM messages WHERE api IN ({', '.join('?' for _ in apis)})"
        args: list[Any] = list(apis)
        for column, values in (("bulk_id", bulk_ids), ("message_id", message_ids)):
            if values:
                query += f" AND {column} IN ({', '.join('?' for _ in values)})"
                args.extend(values)
        rows = self.db.execute(query + " ORDER BY seq DESC LIMIT ?", (*args, limit))
        return [{**json.loads(data), "state": state} for data, state in rows]

    def bulk(self, bulk_id: str) -> tuple[str | None, str] | None:
        """A bulk's sendAt and status, or None if there is no such bulk."""
        row = self.db.execute("SELECT send_at, status FROM bulks WHERE bulk_id = ?",
                              (bulk_id,)).fetchone()
        return None if row is None else (row[0], row[1])

    def pending_in_bulk(self, bulk_id: str) -> int:
        row = self.db.execute("SELECT count(*) FROM messages WHERE bulk_id = ? AND"
                              " state = 'pending'", (bulk_id,)).fetchone()
        return int(row[0])

    def set_bulk(self, bulk_id: str, *, send_at: str | None = None, due: float | None = None,
                 status: str | None = None) -> None:
        with self.db:
            self.db.execute("BEGIN")
            if send_at is not None and due is not None:
                self.db.execute("UPDATE bulks SET send_at = ? WHERE bulk_id = ?",
                                (send_at, bulk_id))
                self.db.execute("UPDATE messages SET due = ? WHERE bulk_id = ? AND"
                                " state = 'pending'", (due, bulk_id))
            if status is not None:
                self.db.execute("UPDATE bulks SET status = ? WHERE bulk_id = ?",
                                (status, bulk_id))

    def add_inbound(self, message: dict[str, Any], *, pushed: bool = False) -> None:
        """Store an inbound message; a pushed one is not pulled again."""
        self.db.execute("INSERT INTO inbound (pulled, data) VALUES (?, ?)",
                        (int(pushed), json.dumps(message, ensure_ascii=False)))

    def pull_inbound(self, limit: int) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT seq, data FROM inbound WHERE pulled = 0 ORDER BY seq"
                               " LIMIT ?", (limit,)).fetchall()
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("UPDATE inbound SET pulled = 1 WHERE seq = ?",
                                [(seq,) for seq, _ in rows])
        return [json.loads(data) for _, data in rows]

    def inbound(self) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT data, pulled FROM inbound ORDER BY seq DESC")
        return [{**json.loads(d), "pulled": bool(p)} for d, p in rows]
