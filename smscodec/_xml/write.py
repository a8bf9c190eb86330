"""Writing canonical XML: a declaration naming UTF-8, no whitespace between elements,
children in description order, `to` always in the nested form, and in text only ``&``, ``<``,
``>`` and CR escaped. Text XML 1.0 cannot carry is an `EncodeError`, never silently altered.
"""

from __future__ import annotations

import re
from typing import Any, Final

from .._core.errors import EncodeError, Issue
from .._core.report import Loc, render
from .._core.xmlchars import UNENCODABLE, UNENCODABLE_RE
from .._spec.bodies import BODY_OF
from .._spec.rules.decimals import decimal_text
from .._spec.rules.timestamps import timestamp_text
from .._spec.vocabulary import Body, Field, Kind

__all__ = ["write"]

_DECLARATION: Final = '<?xml version="1.0" encoding="UTF-8"?>'

# One C-level pass tells whether a string needs any work at all: escaping or refusal.
_ATTENTION: Final = re.compile(f"[&<>\r{UNENCODABLE}]")


def _escape(value: str, loc: Loc, key: str | int, subject: str = "") -> str:
    """``value`` as XML text; ``subject`` names it in an error when it is not the value at
    ``key`` itself (a map's key)."""
    if _ATTENTION.search(value) is None:
        return value
    bad = UNENCODABLE_RE.search(value)
    if bad is not None:
        char = ord(bad.group())
        why = (
            "a lone surrogate, which is not a character"
            if 0xD800 <= char <= 0xDFFF
            else "a character XML 1.0 cannot carry in any form, not even as a character "
            "reference"
        )
        raise EncodeError(
            [
                Issue(
                    path=render((loc, key)),
                    code="xml.unencodable",
                    message=f"{subject}holds U+{char:04X} at index {bad.start()}: {why}; remove "
                    "it or send the body as JSON",
                )
            ]
        )
    # ">" is escaped too, so that "]]>" never appears in text; CR as a reference, since a
    # raw CR would be read back as LF.
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\r", "&#13;")
    )


def write(obj: Any, body: Body) -> bytes:
    """Canonical XML of a valid model: UTF-8, declaration, no whitespace between elements."""
    root = body.xml_root
    if root is None:
        raise TypeError(f"{body.model.__name__} is not a top-level body")
    out = [_DECLARATION, "<", root, ">"]
    # Paths in an EncodeError point into the whole document, as the validator's do.
    _write_object(obj, body, None if body.wrapper is None else (None, body.wrapper), out)
    out.append("</" + root + ">")
    try:
        return "".join(out).encode("utf-8")
    except UnicodeEncodeError as exc:  # _escape refuses surrogates first; kept as a backstop
        raise EncodeError(
            [Issue(path="", code="xml.unencodable", message=f"cannot be written as UTF-8: {exc}")]
        ) from None


# How each field is written, precomputed per body: the tags are built once, not per value.
_W_TEXT: Final = 0
_W_INTEGER: Final = 1
_W_OCTETS: Final = 2
_W_DESTINATIONS: Final = 3
_W_OBJECT: Final = 4
_W_ARRAY: Final = 5
_W_MAP: Final = 6
_W_BOOLEAN: Final = 7
_W_DECIMAL: Final = 8
_W_TIMESTAMP: Final = 9
_W_UNION: Final = 10
_W_HOW: Final = {
    Kind.TEXT: _W_TEXT,
    Kind.TOKEN: _W_TEXT,
    Kind.INTEGER: _W_INTEGER,
    Kind.OCTETS: _W_OCTETS,
    Kind.DESTINATIONS: _W_DESTINATIONS,
    Kind.OBJECT: _W_OBJECT,
    Kind.ARRAY: _W_ARRAY,
    Kind.MAP: _W_MAP,
    Kind.ENUM: _W_TEXT,
    Kind.BOOLEAN: _W_BOOLEAN,
    Kind.DECIMAL: _W_DECIMAL,
    Kind.TIMESTAMP: _W_TIMESTAMP,
    Kind.UNION: _W_UNION,
}


class _Step:
    __slots__ = ("body", "close", "how", "item_close", "item_open", "name", "open", "optional",
                 "shapes", "wire")

    def __init__(self, f: Field) -> None:
        self.name = f.name
        self.wire = f.wire
        self.how = _W_HOW[f.kind]
        self.optional = not f.required
        self.open = f"<{f.wire}>"
        self.close = f"</{f.wire}>"
        item = f.item or f.wire
        self.item_open = f"<{item}>"
        self.item_close = f"</{item}>"
        self.body = f.body
        self.shapes = {shape.model: shape for shape in f.choices}  # a UNION's, by class


def _make_plan(body: Body) -> tuple[_Step, ...]:
    return tuple(_Step(f) for f in body.fields)


# Built once at import for every body the package describes; never changed afterwards.
_PLANS: Final[dict[Body, tuple[_Step, ...]]] = {b: _make_plan(b) for b in BODY_OF.values()}


def _write_object(obj: Any, body: Body, loc: Loc, out: list[str]) -> None:
    for step in _PLANS.get(body) or _make_plan(body):
        value = getattr(obj, step.name)
        if value is None and step.optional:
            continue
        how = step.how
        if how == _W_TEXT:
            out.append(step.open + _escape(value, loc, step.wire) + step.close)
        elif how == _W_INTEGER:
            out.append(f"{step.open}{value}{step.close}")
        elif how == _W_OCTETS:
            out.append(step.open + value.hex(" ") + step.close)
        elif how == _W_DESTINATIONS:
            # Always the nested form, as the API writes it even for one destination.
            between = step.item_close + step.item_open
            if _ATTENTION.search("".join(value)) is None:
                joined = between.join(value)
            else:
                at = (loc, step.wire)
                joined = between.join([_escape(d, at, i) for i, d in enumerate(value)])
            out.append(step.open + step.item_open + joined + step.item_close + step.close)
        elif how == _W_OBJECT:
            assert step.body is not None
            out.append(step.open)
            _write_object(value, step.body, (loc, step.wire), out)
            out.append(step.close)
        elif how == _W_BOOLEAN:
            out.append(step.open + ("true" if value else "false") + step.close)
        elif how == _W_DECIMAL:
            out.append(step.open + decimal_text(value) + step.close)
        elif how == _W_TIMESTAMP:
            out.append(step.open + timestamp_text(value) + step.close)
        elif how == _W_UNION:
            out.append(step.open)
            _write_object(value, step.shapes[value.__class__], (loc, step.wire), out)
            out.append(step.close)
        elif how == _W_MAP:
            # One <entry> a key: keys are any strings, not XML names (see _xml.read._map).
            at = (loc, step.wire)
            out.append(step.open)
            for key, messages in value.items():
                out.append("<entry><key>" + _escape(key, at, key, "its key ") + "</key>")
                out.extend("<value>" + _escape(m, (at, key), i) + "</value>"
                           for i, m in enumerate(messages))
                out.append("</entry>")
            out.append(step.close)
        else:
            assert step.body is not None
            at = (loc, step.wire)
            out.append(step.open)
            for i, member in enumerate(value):
                out.append(step.item_open)
                _write_object(member, step.body, (at, i), out)
                out.append(step.item_close)
            out.append(step.close)
