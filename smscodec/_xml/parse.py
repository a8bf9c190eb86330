"""Hardened parsing (step 1 of `codec`): the bytes a body may be given as, a parser that resolves
no entity, loads no DTD and touches no network, a DOCTYPE refused from the prolog before its
internal subset is read, and libxml2's errors as `DecodeError`."""

from __future__ import annotations

import re
from typing import Final, NoReturn, cast

from lxml import etree

from .._core.errors import DecodeError, Issue
from .._core.limits import Limits

__all__ = ["_encoded", "_error", "_name", "_parse", "_sourceline"]


def _parser(target: etree.ParserTarget | None = None) -> etree.XMLParser:
    # Every option that could fetch, expand or invent content is spelled out, so that a
    # change of lxml's defaults cannot loosen them. Never lxml's default parser: a program
    # may have replaced it with set_default_parser().
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        attribute_defaults=False,
        huge_tree=False,
        recover=False,
        remove_blank_text=False,
        remove_comments=True,
        remove_pis=True,
        strip_cdata=True,
        target=target,
    )


# --- parsing --------------------------------------------------------------------------------


class _Doctype(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class _RootReached(Exception):
    pass


class _Prolog:
    """A parser target that stops the parse at the DOCTYPE or at the root's start tag.

    libxml2 reports a DOCTYPE when it has read the name and the external id, before the
    internal subset: raising there refuses a DTD before any entity in it is declared.
    """

    def doctype(self, name: str, public_id: str | None, system_url: str | None) -> None:
        raise _Doctype(name)

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        raise _RootReached

    def end(self, tag: str) -> None:
        pass

    def data(self, data: str) -> None:
        pass

    def comment(self, text: str) -> None:
        pass

    def close(self) -> None:
        return None


# Parsers hold no state between documents (lxml locks one while it parses), so one of each
# serves every call; the prolog target keeps nothing either.
_PARSER: Final = _parser()
_PROLOG_PARSER: Final = _parser(_Prolog())  # type: ignore[arg-type]

# The prolog is looked for in this many leading bytes first: the whole document only when
# the prolog is longer (long comments) or the head is malformed, so a valid body pays for
# parsing its first few kilobytes twice at most.
_PROLOG_WINDOW: Final = 4096

_RESOURCE_LIMIT: Final[int] = getattr(etree.ErrorTypes, "ERR_RESOURCE_LIMIT", 114)

# An encoding declaration means nothing in text already decoded: it is dropped before the
# text is encoded as UTF-8 (lxml refuses str with a declaration, and keeping one that names
# another encoding would have libxml2 misread the UTF-8 bytes). Only the declaration at the
# very start is touched; XML allows it nowhere else.
_STR_ENCODING_DECLARATION: Final = re.compile(
    "\\A(\ufeff?<\\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:\"[^\"]*\"|'[^']*'))"
    "[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:\"[^\"]*\"|'[^']*')"
)


def _error(code: str, message: str, line: int | None = None) -> DecodeError:
    return DecodeError([Issue(path="", code=code, message=message, line=line)])


def _sourceline(el: object) -> int | None:
    # lxml-stubs leave sourceline untyped; libxml2 gives None or 0 when it has no line.
    line = getattr(el, "sourceline", None)
    return line if isinstance(line, int) and line > 0 else None


def _name(name: str) -> str:
    # Names come from the sender: cut so that a hostile one cannot bloat a message.
    return name if len(name) <= 40 else name[:40] + "..."


def _encoded(data: bytes | str, limits: Limits) -> bytes:
    if isinstance(data, str):
        if len(data) > limits.max_bytes:
            raise _too_large(len(data), limits)
        text = _STR_ENCODING_DECLARATION.sub(r"\1", data, count=1)
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise _error(
                "xml.syntax",
                f"the body holds the lone surrogate U+{ord(text[exc.start]):04X} at index "
                f"{exc.start}, which is not a character and cannot be in an XML document",
            ) from None
    elif isinstance(data, bytes | bytearray | memoryview):
        raw = data if type(data) is bytes else bytes(data)
    else:
        raise TypeError(f"data must be bytes or str, not {type(data).__name__}")
    if len(raw) > limits.max_bytes:
        raise _too_large(len(raw), limits)
    return raw


def _too_large(size: int, limits: Limits) -> DecodeError:
    return _error(
        "limit.bytes", f"the body has {size} bytes; at most {limits.max_bytes} are accepted"
    )


def _syntax(exc: etree.XMLSyntaxError) -> DecodeError:
    message = str(exc.msg or exc)[:300]
    line = exc.lineno if isinstance(exc.lineno, int) and exc.lineno > 0 else None
    if getattr(exc, "code", None) == _RESOURCE_LIMIT and "depth" in message.lower():
        return _error("limit.depth", f"the body nests elements too deeply: {message}", line)
    return _error("xml.syntax", f"the body is not well-formed XML: {message}", line)


def _refuse_doctype(name: str) -> NoReturn:
    raise _error(
        "xml.doctype",
        f"the body has a document type declaration (<!DOCTYPE {_name(name)} ...>); API bodies "
        "have none, and none is accepted, so that no entity is declared, expanded or loaded",
    )


def _check_prolog(raw: bytes) -> None:
    attempts = (raw[:_PROLOG_WINDOW], raw) if len(raw) > _PROLOG_WINDOW else (raw,)
    for attempt in attempts:
        try:
            etree.fromstring(attempt, _PROLOG_PARSER)
        except _RootReached:
            return
        except _Doctype as exc:
            _refuse_doctype(exc.name)
        except etree.XMLSyntaxError as exc:
            if attempt is raw:
                raise _syntax(exc) from None
        except etree.LxmlError as exc:
            if attempt is raw:
                raise _error("xml.syntax", f"the body is not XML: {str(exc)[:300]}") from None


def _parse(raw: bytes) -> etree._Element:
    _check_prolog(raw)
    try:
        root = cast(etree._Element, etree.fromstring(raw, _PARSER))
    except etree.XMLSyntaxError as exc:
        raise _syntax(exc) from None
    except etree.LxmlError as exc:
        raise _error("xml.syntax", f"the body is not XML: {str(exc)[:300]}") from None
    # The prolog check has already refused any DOCTYPE; this second look costs a microsecond
    # and does not depend on the target interface behaving as described.
    info = root.getroottree().docinfo
    if (
        info.internalDTD is not None
        or info.externalDTD is not None
        or info.public_id
        or getattr(info, "system_url", None)
    ):
        _refuse_doctype(info.root_name)
    return root
