"""JSON: bytes to the neutral tree, and models to canonical bytes.

Reading is `json.loads` with hooks that keep what JSON allows but the API never accepts
(repeated keys, fractions, huge numbers) as markers for the validator, and refuse what is not
JSON at all (NaN, Infinity). Writing emits the fields in canonical order; only free text needs
JSON escaping, since the rules confine senders, destinations and hex to plain ASCII.
"""

from __future__ import annotations

import json
import json.scanner
from collections.abc import Callable
from typing import Any

from .._core.errors import DecodeError, EncodeError, Issue
from .._core.limits import Limits
from .._core.report import Report
from .._core.tree import BigNumber, Duplicates, Fraction
from .._fastpath import CHECKERS, DECODERS, ENCODERS
from .._spec.vocabulary import Body
from .._validate.walk import finish, validate
from .write import write_object

__all__ = ["decode", "parse", "parse_plain", "read", "text_of", "write"]

_MAX_INT_DIGITS = 20  # any integer field fits; longer ones become BigNumber before int() runs


class _NotJson(Exception):
    def __init__(self, literal: str) -> None:
        self.literal = literal


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        repeated = [k for k, _ in pairs if k in seen or seen.add(k)]  # type: ignore[func-returns-value]
        return Duplicates(pairs, list(dict.fromkeys(repeated)))
    return obj


def _integer(text: str) -> int | BigNumber:
    return int(text) if len(text) <= _MAX_INT_DIGITS else BigNumber(text)


def _constant(literal: str) -> Any:
    raise _NotJson(literal)


# Integers are parsed by json itself, which refuses more than sys.get_int_max_str_digits()
# digits with a ValueError; only then is the body read again with a hook that keeps a long
# number as a marker, so its issue can name its path. The common body pays for no int hook.
_decoder = json.JSONDecoder(
    object_pairs_hook=_pairs,
    parse_float=Fraction,
    parse_constant=_constant,
)
_careful_decoder = json.JSONDecoder(
    object_pairs_hook=_pairs,
    parse_float=Fraction,
    parse_int=_integer,
    parse_constant=_constant,
)


def read(data: bytes | str, limits: Limits) -> Any:
    """The neutral tree of a JSON body, or `DecodeError`."""
    return parse(text_of(data, limits))


def text_of(data: bytes | str, limits: Limits) -> str:
    """The text of a JSON body: bounded, UTF-8, without a byte order mark; or `DecodeError`."""
    if len(data) > limits.max_bytes:
        raise _error("limit.bytes", f"the body has {len(data)} bytes; at most {limits.max_bytes} "
                     "are accepted")
    if isinstance(data, _BINARY):
        try:
            text = (data if data.__class__ is bytes else bytes(data)).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _error(
                "json.encoding",
                f"the body is not UTF-8: byte {exc.object[exc.start]:#04x} at offset "
                f"{exc.start} cannot start or continue a character",
            ) from None
    elif isinstance(data, str):
        text = data
    else:
        raise TypeError(f"data must be bytes or str, not {type(data).__name__}")
    # RFC 8259, 8.1: a parser may ignore a byte order mark; it carries no value.
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


_BINARY = (bytes, bytearray, memoryview)
_SPACE = " \t\n\r"  # RFC 8259, 2: the only whitespace JSON has
# (typeshed types the scanner's context as a scanner; the decoder is what json itself passes.)
_scan: Callable[[str, int], tuple[Any, int]] = json.scanner.make_scanner(
    json.JSONDecoder(parse_float=Fraction, parse_constant=_constant)  # type: ignore[arg-type]
)


def parse_plain(text: str) -> Any:
    """The tree by plain `json.loads`, or None if the text needs `parse` to say what is wrong.

    The tree `parse` gives, but that repeated keys are merged (the last value kept): only for
    sealed bodies, whose decoder and checker prove there was no repeat (`_fastpath.sealed`).
    The scanner is called directly: `json.loads` would add two regex passes for whitespace.
    """
    start = len(text) - len(text.lstrip(_SPACE)) if text[:1] in _SPACE else 0
    try:
        tree, end = _scan(text, start)
    except (StopIteration, ValueError, RecursionError, _NotJson):
        return None
    if end != len(text) and text[end:].strip(_SPACE):
        return None
    return tree


def parse(text: str) -> Any:
    """The neutral tree of a JSON text, or `DecodeError`."""
    try:
        try:
            return _decoder.decode(text)
        except json.JSONDecodeError:
            raise
        except ValueError:
            return _careful_decoder.decode(text)
    except json.JSONDecodeError as exc:
        raise _error(
            "json.syntax",
            f"the body is not well-formed JSON: {exc.msg} at line {exc.lineno} column "
            f"{exc.colno}",
        ) from None
    except _NotJson as exc:
        raise _error(
            "json.non_finite",
            f"{exc.literal} is not a JSON value; numbers here are integers",
        ) from None
    except RecursionError:
        raise _error(
            "limit.depth", "the body nests arrays or objects too deeply to be an API body"
        ) from None


def decode(data: bytes | str, body: Body, limits: Limits, *, strict: bool) -> Any:
    """The model of a JSON body described by ``body``, or `DecodeError` / `ValidationError`.

    The shape `_xml.codec.decode` has. A body with generated fast paths (the package's kinds)
    takes them when not strict; any other body is read carefully and validated.
    """
    text = text_of(data, limits)
    model = body.model
    checker = None if strict else CHECKERS.get(model)
    if checker is not None:
        # A sealed body (see `_fastpath.sealed`): plain json.loads, and the decoder proves no
        # key was repeated.
        plain = parse_plain(text)
        if plain is not None:
            fast = DECODERS[model](plain, limits, text, not isinstance(data, str))
            if fast is not None:
                return fast
            # Not parsed twice, and only the faulty values go to their rules, so a body
            # with a fault in every message costs what a valid one does; unless a key was
            # repeated (or a colon escaped as \u003a could hide one): the careful reader
            # then finds where.
            report = Report(limits, strict=False)
            result, seen = checker(plain, limits, report)
            if seen == text.count(":") and not (
                "\\" in text and ("\\u003a" in text or "\\u003A" in text)
            ):
                return finish(result, report)
    tree = parse(text)
    decoder = None if strict or checker is not None else DECODERS.get(model)
    if decoder is not None:
        inner = tree
        if body.wrapper is not None:
            one = tree.__class__ is dict and len(tree) == 1
            inner = tree.get(body.wrapper) if one else None
        fast = decoder(inner, limits)
        if fast is not None:
            return fast
    # Not plainly valid: the validator accepts it after all, or says what is wrong.
    report = Report(limits, strict=strict)
    if body.wrapper is not None:
        tree = _unwrap(tree, body.wrapper, report)
    return validate(tree, body, report)


def _unwrap(tree: Any, wrapper: str, report: Report) -> Any:
    if isinstance(tree, dict) and wrapper in tree:
        if len(tree) > 1 and report.strict:
            extra = next(k for k in tree if k != wrapper)
            report.add((None, extra), "field.unknown", f"{extra!r} is not a field here")
        return tree[wrapper]
    report.add((None, wrapper), "field.missing", f"the body must be an object with {wrapper!r}")
    raise report.error()


def _error(code: str, message: str) -> DecodeError:
    return DecodeError([Issue(path="", code=code, message=message)])


def write(obj: Any, body: Body) -> bytes:
    """Canonical JSON of a valid model: compact, fields in description order, UTF-8.

    The package's kinds have generated encoders; any other body is written by walking its
    description (`jsonwrite`), which writes the same bytes.
    """
    try:
        encoder = ENCODERS.get(body.model)
        data = encoder(obj) if encoder is not None else write_object(obj, body).encode()
    except UnicodeEncodeError as exc:
        raise EncodeError(
            [
                Issue(
                    path="",
                    code="encode.surrogate",
                    message=f"holds the lone surrogate U+{ord(exc.object[exc.start]):04X}, "
                    "which UTF-8 cannot carry",
                )
            ]
        ) from None
    if body.wrapper is not None:
        return b'{"' + body.wrapper.encode() + b'":' + data + b"}"
    return data
