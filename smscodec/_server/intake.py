"""A validated send request to the rows the emulator stores and the answer the API gives.

One row per destination. Each send kind has its reader (`READERS`): it lists the request's
messages as `Outgoing` values, and the answer is written from the stored rows in the shape of
that kind's API version.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from .. import (
    BinaryAdvancedRequest,
    BinaryContent,
    BinaryMultiRequest,
    BinarySingleRequest,
    EncodeError,
    MessageDetails,
    MessagesRequest,
    MessagesResponse,
    SentMessage,
    SentMessageV3,
    SmsResponse,
    SmsTextContent,
    TextAdvancedRequest,
    TextMultiRequest,
    TextSingleRequest,
    count_binary_segments,
    count_segments,
    encode,
    sms_count,
)
from .._spec.rules.timestamps import timestamp_text
from .statuses import PENDING, status_model

__all__ = ["READERS", "Accepted", "Outgoing", "accept", "now_ms"]


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One message of a request to one destination, as the emulator needs it."""

    to: str
    sender: str | None
    text: str | None
    payload: BinaryContent | None
    parts: int
    message_id: str | None = None
    send_at: datetime | None = None
    notify_url: str | None = None
    notify_content_type: str | None = None
    notify: bool = True
    callback_data: str | None = None


@dataclass(frozen=True, slots=True)
class Read:
    """What a reader found: the messages, the bulk id the request gave, whether the answer
    carries the part counts."""

    messages: list[Outgoing]
    bulk_id: str | None = None
    with_counts: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


def _v1(request: TextMultiRequest | BinaryMultiRequest | TextSingleRequest
        | BinarySingleRequest) -> Read:
    messages = request.messages if isinstance(request, TextMultiRequest | BinaryMultiRequest) \
        else (request,)
    return Read([
        Outgoing(to, m.sender, getattr(m, "text", None), getattr(m, "binary", None), sms_count(m))
        for m in messages for to in m.to
    ])


def _v2(request: TextAdvancedRequest | BinaryAdvancedRequest) -> Read:
    out = []
    for m in request.messages:
        text = getattr(m, "text", None)
        payload = getattr(m, "binary", None)
        parts = sms_count(m)
        for d in m.destinations:
            out.append(Outgoing(
                d.to, m.sender, text, payload, parts, d.message_id, m.send_at, m.notify_url,
                m.notify_content_type, m.notify_url is not None, m.callback_data,
            ))
    counts = getattr(request, "include_sms_count_in_response", None)  # text requests only
    return Read(out, request.bulk_id, bool(counts))


def _v3(request: MessagesRequest) -> Read:
    options = request.options
    schedule = options.schedule if options is not None else None
    send_at = schedule.send_at if schedule is not None else None
    out = []
    for m in request.messages:
        content = m.content
        text = content.text if isinstance(content, SmsTextContent) else None
        payload = content if isinstance(content, BinaryContent) else None
        parts = sms_count(m)
        hooks = m.webhooks
        delivery = hooks.delivery if hooks is not None else None
        url = delivery.url if delivery is not None else None
        notify = url is not None and (delivery is None or delivery.notify is not False)
        for d in m.destinations:
            out.append(Outgoing(
                d.to, m.sender, text, payload, parts, d.message_id, send_at, url,
                hooks.content_type if hooks is not None else None, notify,
                hooks.callback_data if hooks is not None else None,
            ))
    counts = bool(options is not None and options.include_sms_count_in_response)
    return Read(out, schedule.bulk_id if schedule is not None else None, counts)


#: Each send kind's reader and its API version: a new send kind is one entry.
READERS: Final[dict[str, tuple[str, Callable[[Any], Read]]]] = {
    "text-multi-request": ("v1", _v1),
    "binary-multi-request": ("v1", _v1),
    "text-single-request": ("v1", _v1),
    "binary-single-request": ("v1", _v1),
    "text-advanced-request": ("v2", _v2),
    "binary-advanced-request": ("v2", _v2),
    "v3-messages-request": ("v3", _v3),
}


@dataclass(frozen=True, slots=True)
class Accepted:
    """The rows to store, the bulk to record (id and sendAt), and the answer."""

    rows: list[dict[str, Any]]
    bulk: tuple[str, str | None] | None
    answer: SmsResponse | MessagesResponse


def _raw(request: Any) -> tuple[str, str | None]:
    json_text = encode(request).decode()
    try:
        xml_text: str | None = encode(request, format="xml").decode()
    except EncodeError:
        xml_text = None  # XML 1.0 cannot carry this text; the JSON can
    return json_text, xml_text


def _encoding(out: Outgoing) -> tuple[str, list[str]]:
    """The encoding of a message and the characters that forced UCS-2 (each once)."""
    if out.text is not None:
        counted = count_segments(out.text)
        return counted.encoding, list(dict.fromkeys(c for _, c in counted.unencodable))
    payload = out.payload or BinaryContent(hex=b"\x00")
    counted_binary = count_binary_segments(payload.hex, data_coding=payload.data_coding,
                                           esm_class=payload.esm_class)
    return counted_binary.encoding, []


def now_ms() -> datetime:
    """Now, to the millisecond: the API writes its timestamps with milliseconds."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def _ids() -> Iterator[str]:
    while True:
        yield str(uuid.uuid4())


def accept(kind: str, request: Any, now: datetime, delay: float, endpoint: str) -> Accepted:
    """Read a validated request of a send ``kind`` into rows and the API's answer."""
    api, reader = READERS[kind]
    read = reader(request)
    json_text, xml_text = _raw(request)
    ids = _ids()
    scheduled = [m.send_at for m in read.messages if m.send_at is not None and m.send_at > now]
    many = len(read.messages) > 1
    bulk_id = read.bulk_id or (next(ids) if many or scheduled or api != "v1" else None)
    bulk = (bulk_id, timestamp_text(max(scheduled)) if scheduled else None) \
        if bulk_id is not None and (api != "v1" or many) else None
    received = timestamp_text(now)
    rows: list[dict[str, Any]] = []
    for out in read.messages:
        encoding, culprits = _encoding(out)
        at = out.send_at if out.send_at is not None and out.send_at > now else now
        rows.append({
            "key": next(ids),
            "messageId": out.message_id or next(ids),
            "bulkId": bulk_id,
            "api": api,
            "endpoint": endpoint,
            "kind": kind,
            "sender": out.sender,
            "to": out.to,
            "text": out.text,
            "hex": None if out.payload is None else out.payload.hex.hex(" "),
            "dataCoding": None if out.payload is None else out.payload.data_coding,
            "encoding": encoding,
            "parts": out.parts,
            "ucs2Culprits": culprits,
            "status": PENDING,
            "receivedAt": received,
            "sendAt": None if out.send_at is None else timestamp_text(out.send_at),
            "notifyUrl": out.notify_url,
            "notifyContentType": out.notify_content_type,
            "notify": out.notify,
            "callbackData": out.callback_data,
            "history": [{"at": received, "status": PENDING["name"]}],
            "requestJson": json_text,
            "requestXml": xml_text,
            "due": at.timestamp() + delay,
        })
    answer: SmsResponse | MessagesResponse
    status = status_model(PENDING)
    if api == "v3":
        answer = MessagesResponse(bulk_id=bulk_id, messages=tuple(
            SentMessageV3(message_id=r["messageId"], status=status, destination=r["to"],
                          details=MessageDetails(message_count=r["parts"])
                          if read.with_counts else None)
            for r in rows))
    else:
        answer = SmsResponse(bulk_id=bulk_id, messages=tuple(
            SentMessage(to=r["to"], status=status, message_id=r["messageId"],
                        sms_count=r["parts"] if read.with_counts else None)
            for r in rows))
    return Accepted(rows, bulk, answer)
