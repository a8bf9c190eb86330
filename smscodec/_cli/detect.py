"""Telling which body a document is, for the command line: by format, then by shape.

The shape is the document's field names and, one level down, its members' (``messages/text``;
in XML an array's item element and the item's fields). Each kind is scored by the fields it
describes (`mixups.wires`): one point for each name it knows, one off for each it does not
know and for each of its required fields that is absent; of equal scores, a kind whose
every field the body holds. An XML root element narrows the kinds to those that have it. The best
wins; a tie is `Undetected`, naming the kinds.
"""

from __future__ import annotations

from typing import Any

from .._api import Format
from .._core.limits import Limits
from .._json import codec as jsoncodec
from .._spec.bodies import KINDS
from .._spec.mixups import wires
from .._spec.vocabulary import Body

__all__ = ["Undetected", "detect_format", "detect_kind"]


class Undetected(ValueError):
    """The body fits several kinds equally well: ``candidates`` names them."""

    def __init__(self, candidates: list[str]) -> None:
        super().__init__(f"cannot tell which body this is: it may be {_either(candidates)}; "
                         "give --type")
        self.candidates = candidates


def _either(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


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
    """The kind name the body looks like; raises `DecodeError` if it is not well-formed and
    `Undetected` if several kinds fit it equally well.

    A JSON document that is no object is given the first kind, which reports that it is not
    one (no kind fits it better than another)."""
    if fmt == "xml":
        from .._xml.codec import shape

        root, names = shape(data, limits)
        rooted = [name for name, body in KINDS.items()
                  if root in (body.xml_root, body.xml_envelope)]
        return _best(rooted or list(KINDS), names, xml_root=root)
    tree = jsoncodec.read(data, limits)
    if not isinstance(tree, dict):
        return next(iter(KINDS))
    return _best(list(KINDS), _names(tree, 3), xml_root=None)


def _names(value: Any, depth: int) -> dict[str, Any]:
    """A JSON object's member names ``depth`` levels down, an array's items' merged."""
    out: dict[str, Any] = {}
    if depth:
        for key, member in value.items():
            inner = out.setdefault(key, {})
            items = member if isinstance(member, list) else [member]
            for item in items:
                if isinstance(item, dict):
                    inner.update(_names(item, depth - 1))
    return out


def _best(kinds: list[str], names: dict[str, Any], xml_root: str | None) -> str:
    scores = {kind: _score(KINDS[kind], names, xml_root) for kind in kinds}
    best = max(scores.values())
    found = [kind for kind, score in scores.items() if score == best]
    if len(found) > 1:
        raise Undetected(found)
    return found[0]


def _score(body: Body, names: dict[str, Any], xml_root: str | None) -> tuple[int, bool]:
    wrapper = body.wrapper
    if wrapper is not None and wrapper in names and xml_root != body.xml_root:
        names = names[wrapper]  # the JSON wrapper key, or XML's envelope root
    keys = set(names)
    for key, member in names.items():
        keys.update(f"{key}/{inner}" for inner in member)
        if xml_root is not None:  # an XML array wraps each item: its fields are one further
            keys.update(f"{key}/{inner}" for item in member.values() for inner in item)
    known = wires(body) | {f"{f.wire}/{f.item}" for f in body.fields if f.item}
    required = sum((f.required or f.strict_required) and f.wire not in names for f in body.fields)
    whole = all(f.wire in names for f in body.fields)
    # Of kinds that fit as well, one whose every field the body holds: {"sendAt"} is a
    # reschedule request, not a schedule without its bulkId.
    return len(keys & known) - len(keys - known) - required, whole
