"""Telling which body a document is, for the command line: by format, then by shape."""

from __future__ import annotations

from typing import Any

from .._api import Format
from .._core.limits import Limits
from .._json import codec as jsoncodec

__all__ = ["detect_format", "detect_kind"]


def detect_format(data: bytes) -> Format:
    """XML if the first character that is not whitespace (after a BOM) is ``<``, else JSON."""
    head = data[:256]
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"),
                       (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            head = head[len(bom):].decode(codec, "ignore").encode()
            break
    else:
        if head[:2] in (b"<\x00", b"\x00<"):
            return "xml"
    return "xml" if head.lstrip().startswith(b"<") else "json"


def detect_kind(data: bytes, fmt: Format, limits: Limits) -> str:
    """The kind name the body looks like; raises `DecodeError` if it is not well-formed."""
    if fmt == "xml":
        from .._xml.codec import outline

        return _kind_from_shape(*outline(data, limits))
    tree = jsoncodec.read(data, limits)
    if not isinstance(tree, dict):
        return "text-multi-request"
    if "requestError" in tree:
        return "request-error"
    first: Any = None
    messages = tree.get("messages")
    if isinstance(messages, list) and messages and isinstance(messages[0], dict):
        first = messages[0]
    keys = set(first) if first is not None else set()
    return _kind_from_shape("smsResponse" if "bulkId" in tree else "request",
                            set(tree), keys)


def _kind_from_shape(root: str, top: set[str], first_message: set[str]) -> str:
    """Decide from the root name, the top-level keys and the first message's keys."""
    if root == "requestError" or "requestError" in top:
        return "request-error"
    if root == "smsResponse" or first_message & {"status", "smsCount", "messageId"}:
        return "sms-response"
    if root == "PreviewResponse" or top & {"originalText", "previews"}:
        return "preview-response"
    if root == "PreviewRequest" or ("to" not in top and top & {"languageCode", "transliteration"}):
        return "preview-request"
    if "messages" in top:
        return "binary-multi-request" if "binary" in first_message else "text-multi-request"
    return "binary-single-request" if "binary" in top else "text-single-request"
