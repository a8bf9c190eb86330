"""Deterministic bodies for the benchmarks: the same bytes on every run and every machine.

Each body is built from a `random.Random` seeded with the kind and the size, so a body of
10,000 messages is always the same 10,000 messages. Kinds:

- ``binary``: a binary multi request (JSON). Every dataCoding class (0 and 1, one GSM 7-bit
  septet per octet; 8, UCS-2, an even count; 4 and 245, plain octets), about 1 in 8 messages
  with esmClass 0x40 (UDHI) and a valid concatenation header that fits one SMS, multi-part
  payloads, senders numeric, alphanumeric or absent, one destination (as a string or a
  one-item array) or several, dataCoding and esmClass sometimes left to their defaults.
- ``text``: a text multi request (JSON). Mostly GSM 7-bit text, some with extension characters
  (``{`` ``€`` ...), some with non-GSM letters (UCS-2), some with astral emoji; a few long
  multi-part texts.
- ``binary-xml``: the ``binary`` body as XML (``smscodec.encode(..., format="xml")`` when the XML
  codec is there, else written by hand in the same canonical form).
- ``response``: an SMS response with ``bulkId`` and one entry per message.
- ``binary-plain``: the ``binary`` body with every user data header cut off (esmClass without
  0x40): the same messages, none with a header.
- ``binary-bad-to``: the ``binary`` body with EVERY destination invalid (international prefix,
  national format, punctuation, too short): a decoder must refuse it.
- ``binary-last-bad``: the ``binary-plain`` body with only the last message's destination
  invalid: a decoder that tries a fast path first goes all the way before it falls back.
- ``text-advanced``: a v2 text advanced request (``POST /sms/2/text/advanced``, JSON): the
  ``text`` body's texts and senders, each message to one to three ``destinations`` (some with
  a ``messageId``), and, each in some of the messages, ``callbackData``, ``notifyUrl`` and
  ``notifyContentType``, ``validityPeriod``, ``sendAt``, ``flash``, a language or a
  transliteration, and a delivery time window; a ``bulkId`` and ``tracking``.
- ``delivery-reports``: the delivery reports ``GET /sms/1/reports`` returns (JSON): per report
  a bulkId, messageId, to, from, sentAt and doneAt in the API's form
  (``2019-11-09T16:00:00.000+0000``), smsCount, mccMnc, in some a callbackData, a price
  (``pricePerMessage`` a decimal with up to 4 places, currency), a status and an error (mostly
  delivered with no error; some pending, undeliverable, expired or rejected with their error).

Command line (used by ``memory.py``): ``python bench/bodies.py KIND SIZE OUTFILE``.
"""

from __future__ import annotations

import functools
import json
import random
import sys
import zlib
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import smscodec
from smscodec._sms.gsm import DEFAULT_ALPHABET, DEFAULT_EXTENSION

__all__ = [
    "BIG_LIMITS",
    "KINDS",
    "MODELS",
    "binary_tree",
    "body",
    "json_body",
    "reports_tree",
    "response_tree",
    "text_advanced_tree",
    "text_tree",
    "xml_available",
]

#: Limits that admit the largest bodies here (the defaults stop at 10,000 messages and 8 MiB).
BIG_LIMITS = smscodec.Limits(max_messages=200_000, max_bytes=1 << 30)

KINDS = (
    "binary",
    "binary-plain",
    "text",
    "binary-xml",
    "response",
    "binary-bad-to",
    "binary-last-bad",
    "text-advanced",
    "delivery-reports",
)

#: The smscodec model each kind decodes to.
MODELS: dict[str, type[Any]] = {
    "binary": smscodec.BinaryMultiRequest,
    "text": smscodec.TextMultiRequest,
    "binary-plain": smscodec.BinaryMultiRequest,
    "binary-xml": smscodec.BinaryMultiRequest,
    "response": smscodec.SmsResponse,
    "binary-bad-to": smscodec.BinaryMultiRequest,
    "binary-last-bad": smscodec.BinaryMultiRequest,
    "text-advanced": smscodec.TextAdvancedRequest,
    "delivery-reports": smscodec.DeliveryReports,
}


def _rng(kind: str, n: int) -> random.Random:
    return random.Random(zlib.crc32(f"{kind}:{n}".encode()))


# --- senders and destinations ----------------------------------------------------------------

_ALPHANUMERIC_SENDERS = (
    "InfoSMS",
    "ACME Bank",
    "Shop24",
    "2FA Code",
    "12 Go",
    "Taxi",
    "MyClinic",
    "ParcelPoint",
    "Alerts",
    "CH Post",
    "abc",
    "Z9 Z9 Z9 Z9",
)
_COUNTRY_CODES = ("1", "41", "44", "49", "33", "385", "386", "91", "86", "7", "55", "234")


def _sender(rng: random.Random) -> str | None:
    roll = rng.random()
    if roll < 0.3:
        return None
    if roll < 0.6:
        return "".join(rng.choices("0123456789", k=rng.randint(3, 14)))
    return rng.choice(_ALPHANUMERIC_SENDERS)


def _destination(rng: random.Random) -> str:
    cc = rng.choice(_COUNTRY_CODES)
    length = rng.randint(max(7, len(cc) + 6), 15 if cc != "1" else 11)
    return cc + "".join(rng.choices("0123456789", k=length - len(cc)))


def _destinations(rng: random.Random) -> str | list[str]:
    roll = rng.random()
    if roll < 0.6:
        return _destination(rng)
    if roll < 0.7:
        return [_destination(rng)]
    return [_destination(rng) for _ in range(rng.randint(2, 5))]


_BAD_DESTINATIONS = (
    "+41 79 302 67 27",  # punctuation and a plus: the fix is offered
    "0041793026727",  # international prefix 00
    "0793026727",  # national format
    "12345",  # too short
    "4179302672712345",  # too long
    "41-79-302-67-27",
)


def _message_head(rng: random.Random) -> dict[str, Any]:
    head: dict[str, Any] = {}
    sender = _sender(rng)
    if sender is not None:
        head["from"] = sender
    head["to"] = _destinations(rng)
    return head


# --- binary ----------------------------------------------------------------------------------

_CODINGS = (0, 1, 8, 4, 245)


def _hex(octets: bytes) -> str:
    return octets.hex(" ")


_SEPTETS = bytes(range(128)) * 2


def _octets(rng: random.Random, size: int, top: int) -> bytes:
    octets = rng.randbytes(size)
    return octets.translate(_SEPTETS) if top == 0x7F else octets


def _binary(rng: random.Random) -> dict[str, Any]:
    coding = rng.choice(_CODINGS)
    udhi = rng.random() < 0.125
    long = rng.random() < 0.1
    top = 0x7F if coding in (0, 1) else 0xFF
    if udhi:
        # A concatenation header (IEI 0x00, length 3, reference, total, sequence): UDHL 5, so
        # 6 header octets; the body must fit what is left of one SMS.
        total = rng.randint(2, 9)
        header = bytes([5, 0, 3, rng.randrange(256), total, rng.randint(1, total)])
        if coding in (0, 1):
            size = rng.randint(1, 160 - 7)  # 7 septets for the 6 header octets
        elif coding == 8:
            size = 2 * rng.randint(1, 67)
        else:
            size = rng.randint(1, 134)
        payload = header + _octets(rng, size, top)
        esm = 0x40 | rng.choice((0, 0, 0, 3))
    else:
        if coding == 8:
            size = 2 * (rng.randint(71, 300) if long else rng.randint(1, 70))
        elif coding in (0, 1):
            size = rng.randint(161, 600) if long else rng.randint(1, 160)
        else:
            size = rng.randint(141, 500) if long else rng.randint(1, 140)
        payload = _octets(rng, size, top)
        esm = rng.choice((0, 0, 0, 0, 3))
    content: dict[str, Any] = {"hex": _hex(payload)}
    if coding or rng.random() < 0.8:
        content["dataCoding"] = coding
    if esm or rng.random() < 0.8:
        content["esmClass"] = esm
    return content


def binary_tree(n: int, *, kind: str = "binary") -> dict[str, Any]:
    """The neutral tree of a binary multi request with ``n`` messages."""
    rng = _rng("binary", n)
    messages = []
    for _ in range(n):
        message = _message_head(rng)
        message["binary"] = _binary(rng)
        messages.append(message)
    if kind in ("binary-plain", "binary-last-bad"):
        for message in messages:
            content = message["binary"]
            esm = content.get("esmClass", 0)
            if esm & 0x40:
                content["hex"] = content["hex"][3 * 6 :]  # the 6 header octets
                content["esmClass"] = esm & ~0x40
    elif kind == "binary-bad-to":
        bad = random.Random(n)
        for message in messages:
            message["to"] = bad.choice(_BAD_DESTINATIONS)
    if kind == "binary-last-bad":
        messages[-1]["to"] = _BAD_DESTINATIONS[0]
    return {"messages": messages}


# --- text ------------------------------------------------------------------------------------

_GSM = [c for c in DEFAULT_ALPHABET if c is not None and c not in "\r\n"]
_ASCII_GSM = [c for c in _GSM if c.isascii() and c.isprintable()]
_OTHER_GSM = [c for c in _GSM if c not in _ASCII_GSM]
_EXTENSION = [c for c in DEFAULT_EXTENSION.values() if c != "\x0c"]
_NON_GSM = list("çśżąęłńőűčřšžćđ’“”–…") + list("приветмир") + list("你好世界")
_EMOJI = [chr(cp) for cp in range(0x1F600, 0x1F650)] + ["\U0001F44D", "\U0001F389"]
_WORDS = (
    "your code is",
    "delivery",
    "appointment",
    "tomorrow at",
    "thank you",
    "balance",
    "order",
    "has shipped",
    "reply STOP to opt out",
    "see",
    "https://exa.mple/t/",
)


def _text(rng: random.Random) -> str:
    roll = rng.random()
    length = rng.randint(400, 3000) if rng.random() < 0.02 else rng.randint(10, 300)
    words: list[str] = []
    size = 0
    while size < length:
        if rng.random() < 0.5:
            word = rng.choice(_WORDS)
        else:
            word = "".join(rng.choices(_ASCII_GSM, k=rng.randint(1, 12)))
        words.append(word)
        size += len(word) + 1
    chars = list(" ".join(words)[:length])
    if roll < 0.6:
        pass  # plain GSM text (mostly ASCII)
    elif roll < 0.75:
        for _ in range(max(1, length // 40)):  # other GSM letters: é, Ø, Δ ...
            chars[rng.randrange(len(chars))] = rng.choice(_OTHER_GSM)
    elif roll < 0.87:
        for _ in range(max(1, length // 50)):  # extension characters: two septets each
            chars[rng.randrange(len(chars))] = rng.choice(_EXTENSION)
    elif roll < 0.95:
        for _ in range(max(1, length // 20)):  # non-GSM letters: UCS-2
            chars[rng.randrange(len(chars))] = rng.choice(_NON_GSM)
    else:
        for _ in range(max(1, length // 30)):  # astral emoji: surrogate pairs in UCS-2
            chars[rng.randrange(len(chars))] = rng.choice(_EMOJI)
    return "".join(chars)


def text_tree(n: int) -> dict[str, Any]:
    """The neutral tree of a text multi request with ``n`` messages."""
    rng = _rng("text", n)
    messages = []
    for _ in range(n):
        message = _message_head(rng)
        message["text"] = _text(rng)
        messages.append(message)
    return {"messages": messages}


# --- text advanced (v2) ----------------------------------------------------------------------

_DAYS = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")


def _advanced_message(rng: random.Random) -> dict[str, Any]:
    message: dict[str, Any] = {}
    if rng.random() < 0.3:
        message["callbackData"] = f"order-{rng.getrandbits(40):010x}"
    if rng.random() < 0.1:
        start = rng.randint(0, 20)
        message["deliveryTimeWindow"] = {
            "days": sorted(rng.sample(_DAYS, rng.randint(1, 7)), key=_DAYS.index),
            "from": {"hour": start, "minute": 0},
            "to": {"hour": start + rng.randint(1, 3), "minute": rng.choice((0, 30))},
        }
    destinations = []
    for _ in range(1 if rng.random() < 0.7 else rng.randint(2, 3)):
        destination: dict[str, Any] = {"to": _destination(rng)}
        if rng.random() < 0.3:
            destination["messageId"] = f"m-{rng.getrandbits(48):012x}"
        destinations.append(destination)
    message["destinations"] = destinations
    if rng.random() < 0.1:
        message["flash"] = rng.random() < 0.5
    sender = _sender(rng)
    if sender is not None:
        message["from"] = sender
    if rng.random() < 0.05:
        message["language"] = {"languageCode": rng.choice(("TR", "ES", "PT"))}
    if rng.random() < 0.4:
        message["notifyContentType"] = rng.choice(("application/json", "application/xml"))
        message["notifyUrl"] = "https://exa.mple/reports"
    if rng.random() < 0.2:
        message["sendAt"] = f"2026-12-{rng.randint(10, 28)}T{rng.randint(0, 23):02}:00:00.000+0000"
    message["text"] = _text(rng)
    if rng.random() < 0.05:
        message["transliteration"] = rng.choice(("TURKISH", "GREEK", "NON_UNICODE"))
    if rng.random() < 0.2:
        message["validityPeriod"] = rng.randint(5, 2880)
    return message


def text_advanced_tree(n: int) -> dict[str, Any]:
    """The neutral tree of a v2 text advanced request with ``n`` messages."""
    rng = _rng("text-advanced", n)
    return {
        "bulkId": f"bulk-{rng.getrandbits(48):012x}",
        "messages": [_advanced_message(rng) for _ in range(n)],
        "tracking": {"track": "SMS", "type": "MY_CAMPAIGN"},
    }


# --- delivery reports ----------------------------------------------------------------------

# (status, error) pairs as the API reports them; the weights make most messages delivered.
_OK = {"groupId": 0, "groupName": "OK", "id": 0, "name": "NO_ERROR", "description": "No Error",
       "permanent": False}
_OUTCOMES = (
    (80, {"groupId": 3, "groupName": "DELIVERED", "id": 5, "name": "DELIVERED_TO_HANDSET",
          "description": "Message delivered to handset"}, _OK),
    (6, {"groupId": 1, "groupName": "PENDING", "id": 3, "name": "PENDING_WAITING_DELIVERY",
         "description": "Message sent, waiting for delivery report"}, _OK),
    (6, {"groupId": 2, "groupName": "UNDELIVERABLE", "id": 9, "name": "UNDELIVERABLE_NOT_DELIVERED",
         "description": "Message sent not delivered"},
     {"groupId": 1, "groupName": "HANDSET_ERRORS", "id": 27, "name": "EC_ABSENT_SUBSCRIBER",
      "description": "Absent Subscriber", "permanent": False}),
    (5, {"groupId": 4, "groupName": "EXPIRED", "id": 15, "name": "EXPIRED_EXPIRED",
         "description": "Message expired"},
     {"groupId": 1, "groupName": "HANDSET_ERRORS", "id": 32, "name": "EC_SM_DELIVERY_FAILURE",
      "description": "SM Delivery Failure", "permanent": False}),
    (3, {"groupId": 5, "groupName": "REJECTED", "id": 6, "name": "REJECTED_NETWORK",
         "description": "Network is forbidden"},
     {"groupId": 2, "groupName": "USER_ERRORS", "id": 34, "name": "EC_UNKNOWN_SUBSCRIBER",
      "description": "Unknown Subscriber", "permanent": True}),
)
_MCC_MNC = ("22801", "22803", "26201", "26202", "23410", "20801", "310260", "40410")


def _stamp(seconds: int) -> str:
    day, rest = divmod(seconds, 86_400)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    return f"2026-11-{day + 1:02}T{hour:02}:{minute:02}:{second:02}.{seconds % 1000:03}+0000"


def _report(rng: random.Random, bulk_id: str) -> dict[str, Any]:
    weights = [w for w, _, _ in _OUTCOMES]
    _, status, error = rng.choices(_OUTCOMES, weights)[0]
    sent = rng.randint(0, 27 * 86_400)
    report: dict[str, Any] = {
        "bulkId": bulk_id,
        "messageId": f"{rng.getrandbits(128):032x}",
        "to": _destination(rng),
    }
    sender = _sender(rng)
    if sender is not None:
        report["from"] = sender
    report["sentAt"] = _stamp(sent)
    report["doneAt"] = _stamp(sent + rng.randint(1, 600))
    report["smsCount"] = rng.choice((1, 1, 1, 1, 2, 3))
    report["mccMnc"] = rng.choice(_MCC_MNC)
    if rng.random() < 0.3:
        report["callbackData"] = f"order-{rng.getrandbits(40):010x}"
    # Up to 4 places; json.dumps writes a float's shortest form, so 0.0125 stays 0.0125.
    report["price"] = {"pricePerMessage": round(rng.randint(1, 1500) / 10_000, 4),
                       "currency": rng.choice(("EUR", "EUR", "USD", "GBP"))}
    report["status"] = dict(status)
    report["error"] = dict(error)
    return report


def reports_tree(n: int) -> dict[str, Any]:
    """The neutral tree of ``GET /sms/1/reports``'s answer with ``n`` reports."""
    rng = _rng("delivery-reports", n)
    bulk_id = f"bulk-{rng.getrandbits(48):012x}"
    return {"results": [_report(rng, bulk_id) for _ in range(n)]}


# --- response --------------------------------------------------------------------------------

_STATUSES = (
    (1, "PENDING", 7, "PENDING_ENROUTE", "Message sent to next instance"),
    (1, "PENDING", 26, "PENDING_ACCEPTED", "Message accepted, pending for delivery."),
    (0, "ACCEPTED", 1, "ACCEPTED", "Message accepted"),
    (5, "REJECTED", 6, "REJECTED_NETWORK", "Network is forbidden"),
)


def response_tree(n: int) -> dict[str, Any]:
    """The neutral tree of an SMS response with ``n`` entries."""
    rng = _rng("response", n)
    messages = []
    for _ in range(n):
        group_id, group_name, sid, name, description = rng.choice(_STATUSES)
        status: dict[str, Any] = {
            "groupId": group_id,
            "groupName": group_name,
            "id": sid,
            "name": name,
            "description": description,
        }
        if group_id == 5:
            status["action"] = "Contact account manager"
        messages.append(
            {
                "to": _destination(rng),
                "status": status,
                "smsCount": rng.randint(1, 4),
                "messageId": f"{rng.getrandbits(64):016x}-{rng.getrandbits(32):08x}",
            }
        )
    return {"bulkId": f"bulk-{rng.getrandbits(48):012x}", "messages": messages}


# --- bytes -----------------------------------------------------------------------------------


def json_body(tree: Any) -> bytes:
    """Compact UTF-8 JSON, as a client would send it."""
    return json.dumps(tree, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def xml_available() -> bool:
    """True when smscodec's XML codec is there (it is being written alongside this bench)."""
    try:
        from smscodec._xml import codec  # noqa: F401
    except ImportError:
        return False
    return True


def _binary_xml_by_hand(tree: dict[str, Any]) -> bytes:
    # The canonical form; senders, destinations and hex need no escaping.
    out = ["<request><messages>"]
    for message in tree["messages"]:
        out.append("<message>")
        if "from" in message:
            out.append(f"<from>{message['from']}</from>")
        to = message["to"]
        out.append("<to>" + "".join(f"<to>{d}</to>" for d in ([to] if isinstance(to, str) else to))
                   + "</to>")
        b = message["binary"]
        out.append(f"<binary><hex>{b['hex']}</hex>")
        if "dataCoding" in b:
            out.append(f"<dataCoding>{b['dataCoding']}</dataCoding>")
        if "esmClass" in b:
            out.append(f"<esmClass>{b['esmClass']}</esmClass>")
        out.append("</binary></message>")
    out.append("</messages></request>")
    return "".join(out).encode("utf-8")


@functools.lru_cache(maxsize=32)
def body(kind: str, n: int) -> bytes:
    """The body of ``kind`` with ``n`` messages (cached: the big ones take seconds to build)."""
    if kind in ("binary", "binary-plain", "binary-bad-to", "binary-last-bad"):
        return json_body(binary_tree(n, kind=kind))
    if kind == "text":
        return json_body(text_tree(n))
    if kind == "text-advanced":
        return json_body(text_advanced_tree(n))
    if kind == "delivery-reports":
        return json_body(reports_tree(n))
    if kind == "response":
        return json_body(response_tree(n))
    if kind == "binary-xml":
        if xml_available():
            obj = smscodec.decode(body("binary", n), smscodec.BinaryMultiRequest,
                                  limits=BIG_LIMITS)
            return smscodec.encode(obj, format="xml")
        return _binary_xml_by_hand(binary_tree(n))
    raise ValueError(f"unknown body kind {kind!r}; one of {', '.join(KINDS)}")


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: python bench/bodies.py KIND SIZE OUTFILE", file=sys.stderr)
        return 2
    kind, size, out = argv
    Path(out).write_bytes(body(kind, int(size)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
