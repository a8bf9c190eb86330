"""Invalid bodies: `invalid_bodies` draws an issue code, a small valid body that can give it,
and one of its plans for that code (`InvalidBody`). The v1 bodies have plans of their own
(`_plans`); the v2 advanced, v3, bulk, report, log, inbound, tracking and preview bodies are
walked along their wire shapes (`_shapes`, `_shape_plans`)."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Final

from hypothesis import assume
from hypothesis import strategies as st

from .. import (
    ApiError,
    BinaryAdvancedRequest,
    BulkRescheduleRequest,
    BulkSchedule,
    BulkStatus,
    BulkStatusUpdateRequest,
    MessagesRequest,
    MessagesResponse,
    TextAdvancedRequest,
)
from .._api import Format, encode
from .._spec.bodies import KINDS
from .._spec.models import (
    BinaryMultiRequest,
    BinarySingleRequest,
    RequestError,
    SmsResponse,
    TextMultiRequest,
    TextSingleRequest,
)
from . import _shapes
from ._advanced import binary_advanced_requests, text_advanced_requests
from ._bodies import AnyBody
from ._bulks import (
    bulk_reschedule_requests,
    bulk_schedules,
    bulk_status_responses,
    bulk_status_update_requests,
)
from ._documents import _Doc, _JsonDoc, _pointer, _XmlDoc
from ._plans import _Plan, _plans
from ._preview import preview_requests, preview_responses
from ._reports import (
    delivery_reports,
    inbound_messages,
    message_logs,
    tracking_notifications,
    v3_delivery_reports,
    v3_message_logs,
)
from ._requests import (
    binary_multi_requests,
    binary_single_requests,
    text_multi_requests,
    text_single_requests,
)
from ._responses import request_errors, sent_messages
from ._shape_plans import _body_plans, _shape_codes
from ._text import xml_safe_strings
from ._v3 import api_errors, v3_messages_requests, v3_messages_responses


@dataclass(frozen=True, slots=True, kw_only=True)
class InvalidBody:
    """An encoded body broken by one wire-level mutation of a valid one.

    Decoding ``data`` as ``type`` in ``format`` must raise a `ValidationError` whose issues are
    exactly one: ``code`` at ``path`` (a JSON Pointer; in an error body, relative to the
    ``requestError`` object, as smscodec reports it). ``mutation`` says what was changed.
    """

    type: builtins.type[AnyBody | Any]
    format: Format
    data: bytes
    code: str
    path: str
    mutation: str = ""


#: The bodies beyond v1: each model's wire shape.
_SHAPED: Final[dict[type[Any], _shapes._Obj]] = {
    TextAdvancedRequest: _shapes.TEXT_ADVANCED,
    BinaryAdvancedRequest: _shapes.BINARY_ADVANCED,
    MessagesRequest: _shapes.V3_REQUEST,
    MessagesResponse: _shapes.V3_RESPONSE,
    ApiError: _shapes.API_ERROR,
    BulkSchedule: _shapes.BULK_SCHEDULE,
    BulkRescheduleRequest: _shapes.BULK_RESCHEDULE,
    BulkStatus: _shapes.BULK_STATUS,
    BulkStatusUpdateRequest: _shapes.BULK_STATUS_UPDATE,
} | {KINDS[name].model: _shapes.shape_of(KINDS[name]) for name in _shapes.DESCRIBED_KINDS}
#: The codes only those bodies give (their shapes say which each body can give).
_SHAPED_CODES: Final = frozenset({
    "string.too_long", "enum.value", "type.boolean", "timestamp.format", "timestamp.range",
    "union.shape", "array.empty", "window.incomplete", "window.too_short", "language.shift",
    "type.decimal", "decimal.digits",
})

_V1_CODES: Final[dict[Format, frozenset[str]]] = {
    "json": frozenset(
        {
            "sender.character", "sender.length", "sender.space",
            "destination.format", "destination.leading_zero", "destination.length",
            "to.empty", "text.empty", "text.too_many_parts",
            "hex.odd_digit", "hex.not_hex", "hex.separator", "hex.empty",
            "binary.septet_range", "binary.odd_length", "binary.udh_length",
            "binary.udh_too_long", "binary.too_many_parts",
            "integer.range", "type.integer", "type.string", "type.destinations",
            "type.object", "type.array",
            "field.unknown", "field.missing", "field.duplicate", "messages.empty",
        }
    ),
    "xml": frozenset(
        {
            "sender.character", "sender.length", "sender.space",
            "destination.format", "destination.leading_zero", "destination.length",
            "text.empty", "text.too_many_parts",
            "hex.odd_digit", "hex.not_hex", "hex.separator", "hex.empty",
            "binary.septet_range", "binary.odd_length", "binary.udh_length",
            "binary.udh_too_long", "binary.too_many_parts",
            "integer.range", "type.integer",
            "field.unknown", "field.missing", "field.duplicate", "messages.empty",
        }
    ),
}
#: Every issue code `invalid_bodies` can draw, by format (in XML, to.empty comes from the v2
#: and v3 bodies' emptied <destinations> only).
INVALID_BODY_CODES: Final[dict[Format, frozenset[str]]] = {
    "json": _V1_CODES["json"] | _SHAPED_CODES,
    "xml": _V1_CODES["xml"] | _SHAPED_CODES | {"to.empty"},
}

_TEXT: Final = (TextMultiRequest, TextSingleRequest)
_BINARY: Final = (BinaryMultiRequest, BinarySingleRequest)
_REQUESTS: Final = (*_TEXT, *_BINARY)
_EVERY: Final = (*_REQUESTS, SmsResponse, RequestError)


def _offered_by(code: str, fmt: Format) -> tuple[type[Any], ...]:
    """The bodies whose mutations can give ``code`` in ``fmt``."""
    shaped = tuple(m for m, shape in _SHAPED.items()
                   if code in _shape_codes(shape, fmt == "xml", root=True))
    if code in _SHAPED_CODES or (code == "to.empty" and fmt == "xml"):
        return shaped
    return _offered_by_v1(code) + shaped


def _offered_by_v1(code: str) -> tuple[type[Any], ...]:
    family = code.split(".")[0]
    if family in ("hex", "binary"):
        return _BINARY
    if family == "text":
        return _TEXT
    if family in ("sender", "destination", "to") or code in ("field.unknown",
                                                              "type.destinations"):
        return _REQUESTS
    if code == "messages.empty":
        return (TextMultiRequest, BinaryMultiRequest)
    if code == "type.array":
        return (TextMultiRequest, BinaryMultiRequest, SmsResponse, RequestError)
    if code in ("integer.range", "type.integer"):
        return (*_BINARY, SmsResponse)
    if code == "type.object":
        return (*_BINARY, SmsResponse, RequestError)
    return _EVERY  # type.string, field.missing, field.duplicate


@functools.cache
def _base(model: type[Any]) -> st.SearchStrategy[Any]:
    """Small valid bodies to break: few messages and destinations, no 255-part values."""
    small: dict[str, Any] = {"max_destinations": 3, "longest": False}
    if model is TextMultiRequest:
        return text_multi_requests(max_messages=2, **small)
    if model is BinaryMultiRequest:
        return binary_multi_requests(max_messages=2, **small)
    if model is TextSingleRequest:
        return text_single_requests(**small)
    if model is BinarySingleRequest:
        return binary_single_requests(**small)
    if model is SmsResponse:
        entries = st.lists(sent_messages(), min_size=1, max_size=2).map(tuple)
        return st.builds(SmsResponse, messages=entries, bulk_id=st.one_of(st.none(),
                                                                          xml_safe_strings()))
    if model is RequestError:
        return request_errors()
    if model is TextAdvancedRequest:
        return text_advanced_requests(max_messages=2)
    if model is BinaryAdvancedRequest:
        return binary_advanced_requests(max_messages=2)
    if model is MessagesRequest:
        return v3_messages_requests(max_messages=2, max_destinations=3, longest=False)
    if model is MessagesResponse:
        return v3_messages_responses(max_messages=2)
    if model is ApiError:
        return api_errors()
    small_lists = {"max_results": 2}
    described: dict[str, Any] = {
        "delivery-reports": functools.partial(delivery_reports, **small_lists),
        "v3-delivery-reports": functools.partial(v3_delivery_reports, **small_lists),
        "message-logs": functools.partial(message_logs, **small_lists),
        "v3-message-logs": functools.partial(v3_message_logs, **small_lists),
        "inbound-messages": functools.partial(inbound_messages, **small_lists),
        "tracking-notification": tracking_notifications,
        "preview-request": functools.partial(preview_requests, longest=False),
        "preview-response": functools.partial(preview_responses, max_previews=2),
    }
    for name, strategy in described.items():
        if KINDS[name].model is model:
            return strategy()  # type: ignore[no-any-return]
    return {BulkSchedule: bulk_schedules, BulkRescheduleRequest: bulk_reschedule_requests,
            BulkStatus: bulk_status_responses,
            BulkStatusUpdateRequest: bulk_status_update_requests}[model]()


# A shaped body's plans for a code depend on which optional members the drawn value holds
# (a window with both times, a language): draw again, this many times at most, until one does.
_TRIES: Final = 40


def _plans_for(draw: st.DrawFn, model: Any, fmt: Format,
               code: str) -> tuple[_Doc, list[_Plan]]:
    xml = fmt == "xml"
    for _ in range(_TRIES if model in _SHAPED else 1):
        data = encode(draw(_base(model)), format=fmt)
        wrapper = "requestError" if model is RequestError else None
        doc: _Doc = _XmlDoc(data) if xml else _JsonDoc(data, wrapper)
        every = _body_plans(doc, _SHAPED[model], xml) if model in _SHAPED else _plans(
            doc, model, xml)
        plans = [p for p in every if p.code == code]
        if plans:
            break
    return doc, plans


@st.composite
def _invalid_body(draw: st.DrawFn, fmt: Format | None, codes: frozenset[str]) -> InvalidBody:
    if fmt is None:
        usable: list[Format] = ["json", "xml"]
        return draw(_invalid_body(
            draw(st.sampled_from([f for f in usable if codes & INVALID_BODY_CODES[f]])), codes
        ))
    # The code first, then a body that can give it, then where: every code is as likely,
    # however many bodies and places give it.
    code = draw(st.sampled_from(sorted(codes & INVALID_BODY_CODES[fmt])))
    model = draw(st.sampled_from(_offered_by(code, fmt)))
    doc, plans = _plans_for(draw, model, fmt, code)
    # Never expected to fail for a v1 body (_offered_by and _plans agree); rarely for another,
    # when no draw held the members the code needs.
    assume(bool(plans))
    plan = draw(st.sampled_from(plans))
    path = plan.apply(draw, doc)
    # Paths point into the whole document: an error body's start under its wrapper key.
    prefix = "/requestError" if model is RequestError else ""
    return InvalidBody(
        type=model, format=fmt, data=doc.dump(), code=plan.code, path=prefix + _pointer(path),
        mutation=plan.what,
    )


def invalid_bodies(
    format: Format | None = None, *, codes: Collection[str] | None = None
) -> st.SearchStrategy[InvalidBody]:
    """Encoded bodies broken by one wire-level mutation, each with the one issue it must raise.

    Each draw encodes a valid body with `smscodec.encode` (``format``, or either format this
    installation can write when None) and changes one thing: a sender with punctuation, too
    long or with a leading space; a destination with ``+``, a leading ``0``/``00`` or a wrong
    length; an empty ``to`` (JSON), ``text`` or ``messages``; a broken hex string; a payload
    that breaks its dataCoding or user data header; an integer out of range or not an integer;
    a price that is no decimal number or has too many digits; a malformed or impossible
    timestamp; a number where a string belongs (JSON); a field unknown, missing or repeated
    (in a report, log or other response only the members a tolerant decode requires). Only
    mutations that cause exactly one issue are drawn, so check all issues::

        @given(invalid_bodies("json"))
        def test_refused(bad: InvalidBody) -> None:
            with pytest.raises(ValidationError) as caught:
                decode(bad.data, bad.type, format=bad.format)
            assert [(i.path, i.code) for i in caught.value.issues] == [(bad.path, bad.code)]

    ``codes`` narrows the draw to those issue codes (see `INVALID_BODY_CODES`). A destination
    issue is at ``/messages/0/to/1`` when ``to`` is an array (always so in XML, which writes
    the nested form) and at ``/messages/0/to`` when it is a string. Paths in an error body
    start with ``/requestError`` in both formats, as in the JSON document.
    """
    formats: tuple[Format, ...] = (format,) if format is not None else ("json", "xml")
    known = frozenset().union(*(INVALID_BODY_CODES[f] for f in formats))
    wanted = known if codes is None else frozenset(codes)
    unknown = wanted - known
    if unknown or not wanted:
        raise ValueError(f"no mutation gives {sorted(unknown) or 'no codes'} in {formats}")
    return _invalid_body(format, wanted)
