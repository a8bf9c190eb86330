"""The ``smscodec`` command: check, convert, count, preview, kinds, schema and serve.

Exit status: 0 when the input is fine, 1 when it is invalid, 2 for a usage error or a file that
cannot be read. Every failure is a sentence on stderr (or a JSON object with ``--json``), never a
traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from .._api import Format, decode, encode, sms_count
from .._api_preview import preview
from .._core.errors import SmsCodecError, ValidationError
from .._core.limits import Limits
from .._shipped_schemas import schema
from .._sms.transliteration import SCHEMES, Transliteration, transliterate
from .._spec.bodies import KINDS
from .._spec.bodies_preview import PREVIEW_LANGUAGE_CODES
from .._spec.models import BinaryMultiRequest, SmsResponse, TextMultiRequest
from .detect import Undetected, detect_format, detect_kind
from .outcomes import outcomes

__all__ = ["main"]

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
_SCHEMES = tuple(SCHEMES)
_LANGUAGE_CODES = PREVIEW_LANGUAGE_CODES


class _Usage(Exception):
    """A problem with how the command was called, or with reading its input."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="smscodec",
        description="Check, convert and count SMS API bodies (JSON and XML).",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    kinds = list(KINDS)

    check = sub.add_parser("check", help="check a body and list every problem")
    check.add_argument("file", metavar="FILE", help="the body, or - for standard input")
    check.add_argument("--type", choices=kinds, help="the body's kind (default: detected)")
    check.add_argument("--format", choices=["json", "xml"], help="default: detected")
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    check.add_argument("--strict", action="store_true",
                       help="also report unknown fields and inconsistencies in responses")

    convert = sub.add_parser("convert", help="convert a body between JSON and XML")
    convert.add_argument("file", metavar="FILE", help="the body, or - for standard input")
    convert.add_argument("--to", choices=["json", "xml"], required=True)
    convert.add_argument("--type", choices=kinds, help="the body's kind (default: detected)")
    convert.add_argument("--format", choices=["json", "xml"], help="input format (detected)")

    count = sub.add_parser("count", help="count the SMS parts a text needs")
    count.add_argument("text", metavar="TEXT", help="the text, or - for standard input")
    count.add_argument("--language", help="national language tables: an ISO 639-1 code or auto")
    count.add_argument("--transliteration", type=str.upper, choices=_SCHEMES, metavar="SCHEME",
                       help="transliterate the text first: " + ", ".join(_SCHEMES))
    count.add_argument("--json", action="store_true", help="print the result as JSON")

    preview = sub.add_parser("preview", help="what POST /sms/1/preview answers for a text")
    preview.add_argument("text", metavar="TEXT", help="the text, or - for standard input")
    preview.add_argument("--language", type=str.upper, choices=_LANGUAGE_CODES, metavar="CODE",
                         help="the API's languageCode: " + ", ".join(_LANGUAGE_CODES))
    preview.add_argument("--transliteration", type=str.upper, choices=_SCHEMES,
                         metavar="SCHEME", help="the API's transliteration: " + ", ".join(_SCHEMES))
    preview.add_argument("--json", action="store_true",
                         help="print the API's JSON answer (PreviewResponse)")

    listing = sub.add_parser("kinds", help="list every kind of body, with its operations")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")

    serve = sub.add_parser(
        "serve", help="run a local emulator of the SMS API (needs smscodec[server])")
    serve.add_argument("--host", default="127.0.0.1", help="default: 127.0.0.1 (loopback)")
    serve.add_argument("--port", type=int, default=9090, help="default: 9090; 0 for any free")
    serve.add_argument("--db", help="SQLite file to keep messages in (default: memory)")
    serve.add_argument("--key", help="the API key clients must send (default: none asked)")
    serve.add_argument("--delay", type=float, default=0.2,
                       help="seconds until a message takes its final status (default: 0.2)")

    schema = sub.add_parser("schema", help="print the JSON Schema or XSD of a body")
    schema.add_argument("kind", choices=kinds)
    schema.add_argument("--xsd", action="store_true", help="print the XSD instead")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage error
        return int(exc.code or 0) and EXIT_USAGE
    out, err = sys.stdout, sys.stderr
    try:
        if args.command == "check":
            return _check(args, out)
        if args.command == "convert":
            return _convert(args, out, err)
        if args.command == "count":
            return _count(args, out)
        if args.command == "preview":
            return _preview(args, out, err)
        if args.command == "kinds":
            return _kinds(args, out)
        if args.command == "serve":
            return _serve(args, out)
        return _schema(args, out)
    except _Usage as exc:
        print(f"smscodec: {exc}", file=err)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK


def _serve(args: argparse.Namespace, out: TextIO) -> int:
    """The emulator; its libraries come with the server extra, so say how to get them."""
    try:
        from .._server.run import serve
    except ImportError as exc:
        raise _Usage(f"serve needs the server extra ({exc.name} is missing): "
                     "pip install 'smscodec[server]'") from None
    try:
        serve(args.host, args.port, args.db, args.key, args.delay, out)
    except OSError as exc:
        raise _Usage(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def _read(name: str) -> bytes:
    try:
        if name == "-":
            return sys.stdin.buffer.read()
        with open(name, "rb") as f:
            return f.read()
    except OSError as exc:
        raise _Usage(f"cannot read {name}: {exc.strerror or exc}") from None


def _identify(args: argparse.Namespace, data: bytes) -> tuple[str, Format]:
    fmt: Format = args.format or detect_format(data)
    try:
        kind: str = args.type or detect_kind(data, fmt, Limits())
    except Undetected as exc:
        raise _Usage(str(exc)) from None
    return kind, fmt


def _check(args: argparse.Namespace, out: TextIO) -> int:
    data = _read(args.file)
    kind, fmt = args.type, args.format
    try:
        kind, fmt = _identify(args, data)
        value = decode(data, KINDS[kind].model, format=fmt, strict=args.strict)
    except SmsCodecError as exc:
        _report_invalid(exc, kind, fmt or detect_format(data), args.json, out)
        return EXIT_INVALID
    summary = _summary(value)
    # Reports and logs: how many messages ended in each outcome, one line each.
    ends = outcomes(value)
    if args.json:
        extra = {} if ends is None else {"outcomes": ends}
        out.write(json.dumps({"valid": True, "type": kind, "format": fmt, **summary, **extra})
                  + "\n")
    else:
        details = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in summary.items())
        out.write(f"ok: {kind} ({fmt}){': ' + details if details else ''}\n")
        for name, count in (ends or {}).items():
            out.write(f"  {name}: {count}\n")
    return EXIT_OK


def _summary(value: Any) -> dict[str, int]:
    if isinstance(value, TextMultiRequest | BinaryMultiRequest):
        messages = value.messages
    elif isinstance(value, SmsResponse):
        return {"messages": len(value.messages)}
    elif isinstance(getattr(value, "results", None), tuple):
        return {"results": len(value.results)}
    elif hasattr(value, "to"):
        messages = (value,)
    else:
        return {}
    return {
        "messages": len(messages),
        "destinations": sum(len(m.to) for m in messages),
        "sms_parts": sum(sms_count(m) * len(m.to) for m in messages),
    }


def _report_invalid(
    exc: SmsCodecError, kind: str | None, fmt: str, as_json: bool, out: TextIO
) -> None:
    more = exc.more if isinstance(exc, ValidationError) else 0
    if as_json:
        issues = [
            {"path": i.path, "code": i.code, "message": i.message, "line": i.line}
            for i in exc.issues
        ]
        out.write(json.dumps({"valid": False, "type": kind, "format": fmt, "issues": issues,
                              "more": more}, ensure_ascii=False) + "\n")
        return
    n = len(exc.issues) + more
    out.write(f"invalid: {kind or 'body'} ({fmt}), {n} problem{'s' if n != 1 else ''}\n")
    for issue in exc.issues:
        out.write(f"  {issue}\n")
    if more:
        out.write(f"  ... and {more} more\n")


def _convert(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    data = _read(args.file)
    kind, fmt = args.type, args.format
    try:
        kind, fmt = _identify(args, data)
        value = decode(data, KINDS[kind].model, format=fmt)
        result = encode(value, format=args.to)
    except SmsCodecError as exc:
        _report_invalid(exc, kind, fmt or detect_format(data), False, err)
        return EXIT_INVALID
    out.flush()
    out.buffer.write(result + (b"" if result.endswith(b"\n") else b"\n"))
    out.buffer.flush()
    return EXIT_OK


def _text(name: str) -> str:
    if name != "-":
        return name
    raw = sys.stdin.buffer.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Usage(f"standard input is not UTF-8 (byte {exc.start})") from None
    # A line read from a terminal or a pipe ends with one newline that is not the message.
    return text.removesuffix("\n")


def _count(args: argparse.Namespace, out: TextIO) -> int:
    from .._sms.count_report import count_report, render_count_report

    text = _text(args.text)
    done = None
    if args.transliteration is not None:
        done = transliterate(text, args.transliteration)
        text = done.text
    try:
        report = count_report(text, language=args.language)
    except ValueError as exc:
        raise _Usage(str(exc)) from None
    if done is not None:
        # Only with --transliteration: the plain count's output stays as it was.
        report = {"transliteration": _transliteration_report(done), **report}
    if args.json:
        out.write(json.dumps(report, ensure_ascii=False) + "\n")
        return EXIT_OK
    if done is not None:
        out.write(f"transliterated with {done.scheme}: "
                  f"{sum(times for _, _, times in done.replaced)} characters replaced\n"
                  f"text       {json.dumps(done.text, ensure_ascii=False)}\n")
    out.write(render_count_report(report).rstrip("\n") + "\n")
    return EXIT_OK


def _transliteration_report(done: Transliteration) -> dict[str, object]:
    return {
        "scheme": done.scheme,
        "text": done.text,
        "replaced": [{"character": c, "replacement": r, "times": n} for c, r, n in done.replaced],
    }


def _preview(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        answer = preview(_text(args.text), args.language, args.transliteration)
    except SmsCodecError as exc:
        for issue in exc.issues:
            print(f"smscodec: {issue.path}: {issue.message}", file=err)
        return EXIT_INVALID
    if args.json:
        out.buffer.write(encode(answer) + b"\n")
        out.buffer.flush()
        return EXIT_OK
    out.write(f"original   {json.dumps(answer.original_text, ensure_ascii=False)}\n")
    for number, one in enumerate(answer.previews or (), 1):
        applied = one.configuration
        said = []
        if applied is not None and applied.language is not None:
            said.append(f"languageCode {applied.language.language_code}")
        if applied is not None and applied.transliteration is not None:
            said.append(f"transliteration {applied.transliteration}")
        parts = "part" if one.message_count == 1 else "parts"
        out.write(f"preview {number}  {', '.join(said) or 'as it is'}: {one.message_count} "
                  f"{parts}, {one.characters_remaining} characters remaining\n"
                  f"  {json.dumps(one.text_preview, ensure_ascii=False)}\n")
    return EXIT_OK


def _schema(args: argparse.Namespace, out: TextIO) -> int:
    out.write(schema(args.kind, "xsd" if args.xsd else "json").rstrip("\n") + "\n")
    return EXIT_OK


def _kinds(args: argparse.Namespace, out: TextIO) -> int:
    """Every kind: its name, where it travels, the operations that carry it, its formats."""
    if args.json:
        rows = [
            {
                "kind": name,
                "direction": body.direction,
                "endpoints": list(body.endpoints),
                "operations": [dict(zip(("method", "path"), e.split(" ", 1), strict=True))
                               for e in body.endpoints],
                "formats": ["json", "xml"],
                "model": body.model.__name__,
            }
            for name, body in KINDS.items()
        ]
        json.dump(rows, out, indent=2)
        out.write("\n")
        return EXIT_OK
    width = max(map(len, KINDS))
    for name, body in KINDS.items():
        endpoints = ", ".join(body.endpoints)
        out.write(f"{name:<{width}}  {body.direction or '':<8}  json, xml  {endpoints}\n")
    return EXIT_OK
