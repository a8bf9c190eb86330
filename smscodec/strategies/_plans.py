"""The mutations of one body: a plan per way to break it, each with the issue code it gives."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from .._spec.bodies import BODY_OF
from .._spec.models import (
    BinaryMultiRequest,
    BinarySingleRequest,
    RequestError,
    SmsResponse,
    TextMultiRequest,
)
from ._bad_values import (
    _TEXT_TOO_LONG,
    _UNKNOWN_JSON_KEYS,
    _UNKNOWN_XML_KEYS,
    _bad_destination,
    _bad_hex,
    _bad_payload,
    _bad_sender,
    _integers_out_of,
    _not_integers,
    _not_strings,
)
from ._documents import _Doc, _JsonDoc, _Path, _pointer
from ._facts import _INT64
from ._text import xml_safe_strings


@dataclass(frozen=True, slots=True)
class _Plan:
    code: str
    what: str
    apply: Callable[[st.DrawFn, _Doc], _Path]


def _set(path: _Path, values: st.SearchStrategy[Any]) -> Callable[[st.DrawFn, _Doc], _Path]:
    def apply(draw: st.DrawFn, doc: _Doc) -> _Path:
        doc.set(path, draw(values))
        return path

    return apply


def _delete(path: _Path) -> Callable[[st.DrawFn, _Doc], _Path]:
    def apply(draw: st.DrawFn, doc: _Doc) -> _Path:
        doc.delete(path)
        return path

    return apply


def _duplicate(path: _Path) -> Callable[[st.DrawFn, _Doc], _Path]:
    def apply(draw: st.DrawFn, doc: _Doc) -> _Path:
        doc.duplicate(path)
        return path

    return apply


def _clear(path: _Path) -> Callable[[st.DrawFn, _Doc], _Path]:
    def apply(draw: st.DrawFn, doc: _Doc) -> _Path:
        doc.clear(path)
        return path

    return apply


def _add_unknown(
    path: _Path, known: Collection[str], xml: bool
) -> Callable[[st.DrawFn, _Doc], _Path]:
    # A field of another API version (sender, bulkId, messages) is a mix-up, not unknown.
    foreign = {key for body in BODY_OF.values() for key in body.foreign}
    names = [k for k in (_UNKNOWN_XML_KEYS if xml else _UNKNOWN_JSON_KEYS)
             if k not in known and k not in foreign]

    def apply(draw: st.DrawFn, doc: _Doc) -> _Path:
        key = draw(st.sampled_from(names))
        value: object = draw(xml_safe_strings(max_fragments=2))
        if not xml:
            value = draw(st.sampled_from((value, 1, None, [], {"x": True})))
        doc.add(path, key, value)
        return (*path, key)

    return apply


def _integer_plans(path: _Path, lo: int, hi: int, xml: bool) -> list[_Plan]:
    return [
        _Plan("integer.range", f"{_pointer(path)} out of range",
              _set(path, _integers_out_of(lo, hi, xml))),
        _Plan("type.integer", f"{_pointer(path)} not an integer", _set(path, _not_integers(xml))),
    ]


def _request_plans(doc: _Doc, model: type[Any], xml: bool) -> list[_Plan]:
    plans: list[_Plan] = []
    binary = model in (BinaryMultiRequest, BinarySingleRequest)
    content = "binary" if binary else "text"
    if model in (TextMultiRequest, BinaryMultiRequest):
        root_known: tuple[str, ...] = ("messages",)
        plans += [
            _Plan("messages.empty", "messages emptied", _clear(("messages",))),
            _Plan("field.missing", "messages removed", _delete(("messages",))),
        ]
        if not xml:
            plans.append(_Plan("type.array", "messages not an array",
                               _set(("messages",), st.sampled_from(({}, "x", 1)))))
        places: list[_Path] = [("messages", i) for i in range(doc.length(("messages",)))]
    else:
        root_known = ("from", "to", content)
        places = [()]
    plans.append(_Plan("field.unknown", "unknown field at the top", _add_unknown((), root_known,
                                                                                 xml)))
    for at in places:
        sender, to = (*at, "from"), (*at, "to")
        for code in ("sender.character", "sender.length", "sender.space"):
            plans.append(_Plan(code, f"{_pointer(sender)} broken", _set(sender, _bad_sender(code))))
        if not xml:
            plans.append(_Plan("type.string", f"{_pointer(sender)} a number",
                               _set(sender, _not_strings())))
        if doc.is_list(to):
            targets: list[_Path] = [(*to, k) for k in range(doc.length(to))]
        else:
            targets = [to]
        for target in targets:
            for code in ("destination.format", "destination.leading_zero", "destination.length"):
                plans.append(_Plan(code, f"{_pointer(target)} broken",
                                   _set(target, _bad_destination(code))))
            if not xml:
                code = "type.string" if target != to else "type.destinations"
                plans.append(_Plan(code, f"{_pointer(target)} a number",
                                   _set(target, _not_strings())))
        if not xml:
            plans.append(_Plan("to.empty", f"{_pointer(to)} emptied", _set(to, st.just([]))))
        plans.append(_Plan("field.missing", f"{_pointer(to)} removed", _delete(to)))
        plans.append(_Plan("field.unknown", f"unknown field in {_pointer(at)}",
                           _add_unknown(at, ("from", "to", content), xml)))
        # Repeated: any member (in XML, a repeated child element, the <to> wrapper too).
        leaves = [to, sender] if doc.has(sender) else [to]
        if binary:
            plans += _binary_plans(doc, (*at, "binary"), xml)
            leaves.append((*at, "binary"))
        else:
            text = (*at, "text")
            plans += [
                _Plan("text.empty", f"{_pointer(text)} emptied", _set(text, st.just(""))),
                _Plan("text.too_many_parts", f"{_pointer(text)} over 255 parts",
                      _set(text, st.sampled_from(_TEXT_TOO_LONG))),
                _Plan("field.missing", f"{_pointer(text)} removed", _delete(text)),
            ]
            if not xml:
                plans.append(_Plan("type.string", f"{_pointer(text)} a number",
                                   _set(text, _not_strings())))
            leaves.append(text)
        plans += [_Plan("field.duplicate", f"{_pointer(p)} repeated", _duplicate(p))
                  for p in leaves]
    return plans


def _binary_plans(doc: _Doc, at: _Path, xml: bool) -> list[_Plan]:
    hex_, coding, esm = (*at, "hex"), (*at, "dataCoding"), (*at, "esmClass")
    good = doc.text(hex_)
    plans = [
        _Plan(code, f"{_pointer(hex_)} broken", _set(hex_, _bad_hex(code, good)))
        for code in ("hex.odd_digit", "hex.not_hex", "hex.separator", "hex.empty")
    ]
    for code in (
        "binary.septet_range",
        "binary.odd_length",
        "binary.udh_length",
        "binary.udh_too_long",
        "binary.too_many_parts",
    ):
        plans.append(_Plan(code, f"{_pointer(at)} payload replaced", _payload(at, code, xml)))
    plans += _integer_plans(coding, 0, 255, xml) + _integer_plans(esm, 0, 255, xml)
    plans += [
        _Plan("field.missing", f"{_pointer(hex_)} removed", _delete(hex_)),
        _Plan("field.unknown", f"unknown field in {_pointer(at)}",
              _add_unknown(at, ("hex", "dataCoding", "esmClass"), xml)),
    ]
    plans += [_Plan("field.duplicate", f"{_pointer(p)} repeated", _duplicate(p))
              for p in (hex_, coding, esm) if doc.has(p)]
    if not xml:
        plans += [
            _Plan("type.string", f"{_pointer(hex_)} a number", _set(hex_, _not_strings())),
            _Plan("type.object", f"{_pointer(at)} not an object",
                  _set(at, st.sampled_from(("54 65", 1, [])))),
        ]
    return plans


def _payload(at: _Path, code: str, xml: bool) -> Callable[[st.DrawFn, _Doc], _Path]:
    def apply(draw: st.DrawFn, doc: _Doc) -> _Path:
        payload, coding, esm = draw(_bad_payload(code))
        doc.set((*at, "hex"), payload.hex(" "))
        doc.set((*at, "dataCoding"), str(coding) if xml else coding)
        doc.set((*at, "esmClass"), str(esm) if xml else esm)
        return (*at, "hex")

    return apply


def _response_plans(doc: _Doc, xml: bool) -> list[_Plan]:
    plans = [_Plan("field.missing", "messages removed", _delete(("messages",)))]
    strings: list[_Path] = [("bulkId",)]
    leaves: list[_Path] = [("bulkId",)] if doc.has(("bulkId",)) else []
    if not xml:
        plans.append(_Plan("type.array", "messages not an array",
                           _set(("messages",), st.sampled_from(({}, "x", 1)))))
    for i in range(doc.length(("messages",))):
        at: _Path = ("messages", i)
        status: _Path = (*at, "status")
        # Only what a tolerant decode demands (see bodies: the rest may be absent).
        for name in ("status", "messageId"):
            plans.append(_Plan("field.missing", f"{_pointer((*at, name))} removed",
                               _delete((*at, name))))
        for name in ("groupId", "id"):
            plans.append(_Plan("field.missing", f"{_pointer((*status, name))} removed",
                               _delete((*status, name))))
        for path in ((*at, "smsCount"), (*status, "groupId"), (*status, "id")):
            if doc.has(path):
                plans += _integer_plans(path, *_INT64, xml)
                leaves.append(path)
        names = [(*at, "messageId")] + [
            p for p in [(*at, "to")] + [
                (*status, n) for n in ("groupName", "name", "description", "action")
            ] if doc.has(p)
        ]
        strings += names
        leaves += names
        if not xml:
            plans.append(_Plan("type.object", f"{_pointer(status)} not an object",
                               _set(status, st.sampled_from(("x", 1, [])))))
    if not xml:
        plans += [_Plan("type.string", f"{_pointer(p)} a number", _set(p, _not_strings()))
                  for p in strings]
    plans += [_Plan("field.duplicate", f"{_pointer(p)} repeated", _duplicate(p)) for p in leaves]
    return plans


def _error_plans(doc: _Doc, xml: bool) -> list[_Plan]:
    at: _Path = ("serviceException",)
    plans = [_Plan("field.missing", f"{_pointer(p)} removed", _delete(p))
             for p in (at, (*at, "messageId"))]
    strings = [p for p in ((*at, "messageId"), (*at, "text")) if doc.has(p)]
    plans += [_Plan("field.duplicate", f"{_pointer(p)} repeated", _duplicate(p))
              for p in strings]
    if not xml:
        plans += [_Plan("type.string", f"{_pointer(p)} a number", _set(p, _not_strings()))
                  for p in strings]
        plans.append(_Plan("type.object", f"{_pointer(at)} not an object",
                           _set(at, st.sampled_from(("x", 1, [])))))
        errors: _Path = (*at, "validationErrors")
        if doc.has(errors):
            plans.append(_Plan("type.object", f"{_pointer(errors)} not an object",
                               _set(errors, st.sampled_from(("x", 1, [])))))
            assert isinstance(doc, _JsonDoc)
            for key in doc.keys(errors)[:1]:
                member: _Path = (*errors, key)
                plans.append(_Plan("type.array", f"{_pointer(member)} not an array",
                                   _set(member, st.sampled_from(("x", 1, {})))))
                if doc.length(member):
                    plans.append(_Plan("type.string", f"{_pointer((*member, 0))} a number",
                                       _set((*member, 0), _not_strings())))
    return plans


def _plans(doc: _Doc, model: type[Any], xml: bool) -> list[_Plan]:
    if model is SmsResponse:
        return _response_plans(doc, xml)
    if model is RequestError:
        return _error_plans(doc, xml)
    return _request_plans(doc, model, xml)
