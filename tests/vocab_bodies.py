"""Small bodies made for the tests of the description vocabulary (not the API's own).

A request (closed) holds messages, each with destinations as an array of objects
``[{to, messageId}]``, a content that is one of two shapes (text or binary), a boolean, a closed
enum, a timestamp and an optional ``options`` object holding an optional ``window`` object.
A response (open) holds results with an open enum, a decimal price and a timestamp.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from smscodec._spec import rules
from smscodec._spec.models import model_class
from smscodec._spec.rules.decimals import DECIMAL
from smscodec._spec.rules.scalars import BOOLEAN, enum
from smscodec._spec.rules.timestamps import TIMESTAMP
from smscodec._spec.vocabulary import Body, Field, FieldRule, Kind
from smscodec._validate.combinators import array_rule, object_rule, union_rule


@model_class
class Destination:
    to: str
    message_id: str | None = None


@model_class
class TextPart:
    text: str


@model_class
class BinaryPart:
    hex: bytes
    data_coding: int = 0


@model_class
class Window:
    start: datetime
    end: datetime | None = None


@model_class
class Options:
    notify: bool | None = None
    window: Window | None = None


@model_class
class Message:
    destinations: tuple[Destination, ...]
    content: TextPart | BinaryPart
    flash: bool | None = None
    priority: str | None = None
    send_at: datetime | None = None
    options: Options | None = None


@model_class
class SendRequest:
    messages: tuple[Message, ...]


@model_class
class Result:
    message_id: str
    status: str
    price: Decimal | None = None
    currency: str | None = None
    done_at: datetime | None = None


@model_class
class ReportResponse:
    results: tuple[Result, ...]


def _f(wire: str, name: str, kind: Kind, rule: FieldRule, **kw: Any) -> Field:
    return Field(wire=wire, name=name, kind=kind, rule=rule, doc=f"the {wire}", **kw)


PRIORITIES = ("LOW", "NORMAL", "HIGH")
STATUSES = ("PENDING", "DELIVERED", "FAILED")

DESTINATION = Body(model=Destination, doc="A destination and its message id.", closed=True,
                   fields=(
                       _f("to", "to", Kind.TOKEN, rules.DESTINATION),
                       _f("messageId", "message_id", Kind.TEXT, rules.STRING, required=False),
                   ))
TEXT_PART = Body(model=TextPart, doc="Text content.", closed=True,
                 fields=(_f("text", "text", Kind.TEXT, rules.TEXT),))
BINARY_PART = Body(model=BinaryPart, doc="Binary content.", closed=True, fields=(
    _f("hex", "hex", Kind.OCTETS, rules.HEX),
    _f("dataCoding", "data_coding", Kind.INTEGER, rules.UINT8, required=False, default=0),
))
WINDOW = Body(model=Window, doc="When to send.", closed=True, fields=(
    _f("start", "start", Kind.TIMESTAMP, TIMESTAMP),
    _f("end", "end", Kind.TIMESTAMP, TIMESTAMP, required=False),
))
OPTIONS = Body(model=Options, doc="Options, all optional.", closed=True, fields=(
    _f("notify", "notify", Kind.BOOLEAN, BOOLEAN, required=False),
    _f("window", "window", Kind.OBJECT, object_rule(WINDOW), body=WINDOW, required=False),
))
CHOICES = (TEXT_PART, BINARY_PART)
MESSAGE = Body(model=Message, doc="One message.", closed=True, fields=(
    _f("destinations", "destinations", Kind.ARRAY,
       array_rule(object_rule(DESTINATION), limit="max_destinations", empty="to.empty",
                  what="destinations"),
       body=DESTINATION, item="destination"),
    _f("content", "content", Kind.UNION, union_rule(CHOICES), choices=CHOICES),
    _f("flash", "flash", Kind.BOOLEAN, BOOLEAN, required=False),
    _f("priority", "priority", Kind.ENUM, enum(PRIORITIES, closed=True), required=False),
    _f("sendAt", "send_at", Kind.TIMESTAMP, TIMESTAMP, required=False),
    _f("options", "options", Kind.OBJECT, object_rule(OPTIONS), body=OPTIONS, required=False),
))
SEND_REQUEST = Body(model=SendRequest, doc="Messages to send.", closed=True,
                    name="test-send-request", xml_root="request", fields=(
                        _f("messages", "messages", Kind.ARRAY,
                           array_rule(object_rule(MESSAGE), limit="max_messages",
                                      empty="messages.empty", what="messages"),
                           body=MESSAGE, item="message"),
                    ))

RESULT = Body(model=Result, doc="One message's result.", closed=False, fields=(
    _f("messageId", "message_id", Kind.TEXT, rules.STRING),
    _f("status", "status", Kind.ENUM, enum(STATUSES, closed=False)),
    _f("price", "price", Kind.DECIMAL, DECIMAL, required=False),
    _f("currency", "currency", Kind.TEXT, rules.STRING, required=False),
    _f("doneAt", "done_at", Kind.TIMESTAMP, TIMESTAMP, required=False),
))
REPORT_RESPONSE = Body(model=ReportResponse, doc="Results.", closed=False,
                       name="test-report-response", xml_root="reportResponse", fields=(
                           _f("results", "results", Kind.ARRAY,
                              array_rule(object_rule(RESULT), limit="max_messages", empty=None,
                                         what="results"),
                              body=RESULT, item="result"),
                       ))

BODIES = (SEND_REQUEST, REPORT_RESPONSE)
PARTS = (DESTINATION, TEXT_PART, BINARY_PART, WINDOW, OPTIONS, MESSAGE, RESULT)

for _body in (*BODIES, *PARTS):
    _body.model.__sms_body__ = _body
