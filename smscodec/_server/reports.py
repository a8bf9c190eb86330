"""Delivery reports, logs and inbound messages, written from stored rows in the API's shapes.

Each body is first built as the neutral JSON tree the API sends, then read into its kind's
model (``delivery-reports``, ``v3-delivery-reports``, ``message-logs``, ``v3-message-logs``,
``inbound-messages``) and written by smscodec in the format asked for, so the emulator
answers exactly what the codec reads.
"""

from __future__ import annotations

import json
from typing import Any, Final

from .. import Format, decode, encode
from .._spec.bodies import KINDS

__all__ = ["inbound_body", "log_body", "report_body", "write"]

_PRICE: Final = {"pricePerMessage": 0, "currency": "EUR"}


def _done(row: dict[str, Any]) -> str | None:
    done: str | None = row.get("doneAt")
    return done


def _report(row: dict[str, Any], v3: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"bulkId": row["bulkId"], "messageId": row["messageId"],
                           "to": row["to"]}
    if row.get("sender"):
        out["sender" if v3 else "from"] = row["sender"]
    out.update({"sentAt": row["receivedAt"], "doneAt": _done(row),
                "messageCount" if v3 else "smsCount": row["parts"], "price": _PRICE,
                "status": row["status"], "error": row.get("error")})
    if row.get("callbackData") is not None:
        out["callbackData"] = row["callbackData"]
    return {k: v for k, v in out.items() if v is not None}


def report_body(rows: list[dict[str, Any]], api: str) -> tuple[str, dict[str, Any]]:
    """The kind and tree of the delivery reports of ``rows`` for an API version."""
    v3 = api == "v3"
    return ("v3-delivery-reports" if v3 else "delivery-reports",
            {"results": [_report(r, v3) for r in rows]})


def _log(row: dict[str, Any], v3: bool) -> dict[str, Any]:
    if not v3:
        out = _report(row, False)
        out.pop("callbackData", None)
        if row.get("text") is not None:
            out["text"] = row["text"]
        return out
    content: dict[str, Any] = {"text": row["text"]} if row.get("text") is not None else {
        "hex": row["hex"], "dataCoding": row["dataCoding"]}
    out = {"sender": row.get("sender"), "destination": row["to"], "bulkId": row["bulkId"],
           "messageId": row["messageId"], "sentAt": row["receivedAt"], "doneAt": _done(row),
           "messageCount": row["parts"], "price": _PRICE, "status": row["status"],
           "error": row.get("error"), "content": content}
    return {k: v for k, v in out.items() if v is not None}


def log_body(rows: list[dict[str, Any]], api: str) -> tuple[str, dict[str, Any]]:
    v3 = api == "v3"
    return ("v3-message-logs" if v3 else "message-logs",
            {"results": [_log(r, v3) for r in rows]})


def inbound_body(rows: list[dict[str, Any]], pending: int) -> tuple[str, dict[str, Any]]:
    results = [{k: v for k, v in r.items() if k not in ("notifyUrl", "pulled")} for r in rows]
    return ("inbound-messages", {"results": results, "messageCount": len(results),
                                 "pendingMessageCount": pending})


def write(kind: str, tree: dict[str, Any], fmt: Format) -> bytes:
    """The bytes of a body of ``kind``, through its model."""
    model = KINDS[kind].model
    return encode(decode(json.dumps(tree, ensure_ascii=False), model), format=fmt)
