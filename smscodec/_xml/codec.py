"""The XML codec: reads a body into the neutral tree the validator walks, and writes canonical XML.

Decoding is three steps, each bounded:

1. Hardened parsing (`parse`). The bytes go to libxml2 (through lxml) with a parser of our own that
   resolves no entities, loads no DTD and touches no network. Before the document is parsed
   for real, a parser target that stops at the first structure it meets tells whether the
   prolog holds a DOCTYPE: any DOCTYPE is refused (`xml.doctype`) before its internal subset
   has been read, so no entity declaration is ever processed. Comments and processing
   instructions are dropped by the parser itself, which joins the character data on either
   side of them: an element's ``.text`` is then all of its character data (text, CDATA,
   character references), and the common path needs no per-element joining.
2. The neutral tree (`read`; `markup` for what only XML can get wrong). Guided by the body
   description, elements become what ``json.loads`` gives for the JSON twin: dicts for objects,
   lists for arrays (`<messages><message>`), str for leaves, int for an integer element whose
   text is plainly one (any other text stays a str, which `Report(xml=True)` reads as xs:integer
   or explains), `to` as a str or a list of str, and a `Duplicates` dict where a child repeats.
   Unknown children stay in the dict, so the validator reports them exactly as for JSON. What
   only XML can get wrong (attributes, namespaces, text beside child elements, the root's and
   the items' names) is reported here: in requests, and in responses only when ``strict``. An
   element with very many children is read by counting names at C level, so hostile crowds cost
   what parsing them costs.
3. Validation: the generated fast path shared with JSON (`_fastpath`) for a plainly valid tree,
   else the one validator (`_validate.walk`); then, only if it failed, the source line of
   each issue (`lines`), found by following the issue's path through the document, so a valid
   body never pays for line bookkeeping.

Writing is canonical: an XML declaration naming UTF-8, no whitespace between elements, children
in description order, `to` always in the nested form, empty elements as a start and an end
tag, and in text only ``&``, ``<``, ``>`` and CR escaped (CR as ``&#13;``, so that it survives
the line-end normalisation every XML parser applies). Text XML 1.0 cannot carry is an
`EncodeError`, never silently altered (`write`).
"""

from __future__ import annotations

import re
from typing import Any, Final

from lxml import etree

from .._core.errors import ValidationError
from .._core.limits import Limits
from .._core.report import Report
from .._fastpath import DECODERS
from .._generated.xml_plain import PLAIN_READERS
from .._spec.vocabulary import Body
from .._validate import walk as _validate
from .lines import _with_lines
from .markup import _local, _State
from .parse import _encoded, _error, _parse, _sourceline
from .read import _rewrap, _tree, _unenvelope

__all__ = ["decode", "shape", "write"]

# The writer lives in its own module; the codec is its two halves.
from .write import write

# Most bodies are plain: every element known to the description, none repeated, no attribute,
# no namespace, no text beside child elements, no markup in a leaf, arrays within their
# limits. For those the reader above does much work that finds nothing (namespace splitting,
# attribute and crowd checks, the spec lookups and calls per element). So each body also
# gets a reader generated from its description: straight-line code, every nested object and
# array inlined, that builds the very tree `_tree` builds, or returns None the moment the
# document is anything but plain; `_tree` then reads it and reports what is not. It never
# reports, so the tree it returns is one on which `_tree` would have reported nothing.
# (A property test holds the two readers to the same trees, on mutated documents too.) The
# readers are generated into `_generated.xml_plain` (see `_codegen.plain`), each with the
# largest depth `_tree` reaches in a plain document of its body: a reader is taken only
# below `Limits.max_depth`, as `_tree` needs.


# Attributes are looked for once per document rather than once per element. A document whose
# bytes hold no '=' after its XML declaration has none: an attribute is written `name="..."`
# and nothing else stands for its '='. That holds where '=' is the byte 0x3D, so only for a
# document that is UTF-8 (or ASCII, or Latin-1) by its BOM and declaration; any other is
# searched by XPath, and so is one whose text holds an '='.
_ANY_ATTRIBUTE: Final = etree.XPath("boolean(//@*)")
_DECLARED_ENCODING: Final = re.compile(rb"encoding[ \t\r\n]*=[ \t\r\n]*[\"']([A-Za-z0-9._-]*)")
_BYTE_EQUALS: Final = (b"utf-8", b"us-ascii", b"ascii", b"iso-8859-1")


def _has_attributes(raw: bytes, root: etree._Element) -> bool:
    start = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    if raw.startswith(b"<?xml", start):
        end = raw.find(b"?>", start)
        declared = _DECLARED_ENCODING.search(raw, start, end)
        plain = declared is None or declared[1].lower() in _BYTE_EQUALS
        start = end
    else:
        plain = raw.startswith(b"<", start) and not raw.startswith(b"<\x00", start)
    if plain and raw.find(b"=", start) < 0:
        return False
    return bool(_ANY_ATTRIBUTE(root))


def _plain_tree(raw: bytes, root: etree._Element, body: Body, limits: Limits) -> Any:
    """The tree `_tree` would build for a plain document, reporting nothing; else None."""
    found = PLAIN_READERS.get(body.model)
    if found is None:
        return None
    read, deepest = found
    if limits.max_depth <= deepest or _has_attributes(raw, root):
        return None
    return read(root, limits)


def _too_deep_anywhere(root: etree._Element, max_depth: int) -> None:
    # libxml2 (without huge_tree) refuses documents deeper than 256 levels by itself.
    if max_depth >= 256:
        return
    found = root.xpath("/*" * (max_depth + 1))
    if isinstance(found, list) and found:
        line = _sourceline(found[0])
        raise _error(
            "limit.depth",
            f"the body nests elements more than {max_depth} deep; at most {max_depth} levels "
            "are accepted",
            line,
        )


def decode(data: bytes | str, body: Body, limits: Limits, *, strict: bool) -> Any:
    """The model of an XML body, or `DecodeError` / `ValidationError`; never anything else.

    ``data`` as bytes is read as its BOM or encoding declaration says (UTF-8 by default); as
    str it is taken as already decoded, and an encoding declaration in it is ignored.
    """
    try:
        raw = _encoded(data, limits)
        report = Report(limits, strict=strict, xml=True)
        st = _State(report, check=body.closed or strict, max_depth=limits.max_depth)
        root = _unenvelope(_parse(raw), body, st)
        _rewrap(root, body)
        tree = _plain_tree(raw, root, body, limits)
        if tree is None:
            tree = _tree(root, body, st)
            if st.deep:
                _too_deep_anywhere(root, limits.max_depth)
        if not strict and not report.issues:
            # The generated decoder of the plainly valid case, shared with JSON; it gives up
            # (None) on anything else, and the validator then accepts or explains.
            fast = DECODERS.get(body.model)
            if fast is not None:
                model = fast(tree, limits)
                if model is not None:
                    return model
        try:
            return _validate.validate(tree, body, report)
        except ValidationError as exc:
            raise _with_lines(exc, root, body, st.check) from None
    except MemoryError:
        raise _error(
            "limit.memory", "the body needs more memory to decode than is available"
        ) from None
    except RecursionError:
        raise _error("limit.depth", "the body nests elements too deeply to decode") from None


def shape(data: bytes | str, limits: Limits) -> tuple[str, dict[str, Any]]:
    """The root's name and its elements' names three levels down, as nested dicts (an element
    with no children is ``{}``): enough to tell which body a document is (see `_cli.detect`),
    read with the same hardened parse as `decode`; `DecodeError` if the document is not
    well-formed or is refused."""
    def names(el: Any, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if depth:
            for child in el:
                if isinstance(child.tag, str):
                    out.setdefault(_local(child.tag)[1], {}).update(names(child, depth - 1))
        return out

    try:
        root = _parse(_encoded(data, limits))
        return _local(root.tag)[1], names(root, 3)
    except MemoryError:
        raise _error(
            "limit.memory", "the body needs more memory to decode than is available"
        ) from None
