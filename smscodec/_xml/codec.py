"""The XML codec: reads a body into the neutral tree the validator walks, and writes canonical XML.

Decoding is three steps, each bounded:

1. Hardened parsing. The bytes go to libxml2 (through lxml) with a parser of our own that
   resolves no entities, loads no DTD and touches no network. Before the document is parsed
   for real, a parser target that stops at the first structure it meets tells whether the
   prolog holds a DOCTYPE: any DOCTYPE is refused (`xml.doctype`) before its internal subset
   has been read, so no entity declaration is ever processed. Comments and processing
   instructions are dropped by the parser itself, which joins the character data on either
   side of them: an element's ``.text`` is then all of its character data (text, CDATA,
   character references), and the common path needs no per-element joining.
2. The neutral tree. Guided by the body description, elements become what ``json.loads``
   gives for the JSON twin: dicts for objects, lists for arrays (`<messages><message>`), str for
   leaves, int for an integer element whose text is plainly one (any other text stays a str,
   which `Report(xml=True)` reads as xs:integer or explains), `to` as a str or a list of str,
   and a `Duplicates` dict where a child repeats. Unknown children stay in the dict, so the
   validator reports them exactly as for JSON. What only XML can get wrong (attributes,
   namespaces, text beside child elements, the root's and the items' names) is reported here:
   in requests, and in responses only when ``strict``. An element with very many children is
   read by counting names at C level, so hostile crowds cost what parsing them costs.
3. Validation: the generated fast path shared with JSON (`fastpath`) for a plainly valid
   tree, else the one validator (`validate.validate`); then, only if it failed, the source
   line of each issue, found by following the issue's path through the document, so a valid
   body never pays for line bookkeeping.

Writing is canonical: an XML declaration naming UTF-8, no whitespace between elements, children
in description order, `to` always in the nested form, empty elements as a start and an end
tag, and in text only ``&``, ``<``, ``>`` and CR escaped (CR as ``&#13;``, so that it survives
the line-end normalisation every XML parser applies). Text XML 1.0 cannot carry is an
`EncodeError`, never silently altered.
"""

from __future__ import annotations

import operator
import re
from collections import Counter
from dataclasses import replace
from typing import Any, Final, NoReturn, cast

from lxml import etree

from .._core.errors import DecodeError, Issue, ValidationError
from .._core.limits import Limits
from .._core.report import Loc, Report
from .._core.tree import Duplicates
from .._fastpath import DECODERS
from .._generated.xml_plain import PLAIN_READERS
from .._spec.bodies import BODY_OF
from .._spec.rules.decimals import plain_decimal
from .._spec.vocabulary import Body, Field, Kind, members
from .._validate import walk as _validate
from .values import bare as _bare
from .values import blank_or_text as _blank_or_text
from .values import boolean as _boolean
from .values import integer as _integer

__all__ = ["decode", "outline", "write"]

# The writer lives in its own module; the codec is its two halves.
from .write import write


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


# --- the neutral tree -----------------------------------------------------------------------

_XML_SPACE: Final = " \t\r\n"  # XML's S production; str.isspace() alone would take more

# How a field's element is read, precomputed per body so that the loop over children does
# one dict lookup per child.
_LEAF: Final = 0
_DESTINATIONS: Final = 1  # a leaf too when it has no child elements: `how <= _DESTINATIONS`
_INTEGER: Final = 2
_OBJECT: Final = 3
_ARRAY: Final = 4
_MAP: Final = 5
_BOOLEAN: Final = 6
_DECIMAL: Final = 7
_UNION: Final = 8  # an object whose shape is told by its fields: every shape's fields read
_HOW: Final = {
    Kind.TEXT: _LEAF,
    Kind.TOKEN: _LEAF,
    Kind.INTEGER: _INTEGER,
    Kind.OCTETS: _LEAF,
    Kind.OBJECT: _OBJECT,
    Kind.ARRAY: _ARRAY,
    Kind.DESTINATIONS: _DESTINATIONS,
    Kind.MAP: _MAP,
    Kind.ENUM: _LEAF,
    Kind.TIMESTAMP: _LEAF,
    Kind.BOOLEAN: _BOOLEAN,
    Kind.DECIMAL: _DECIMAL,
    Kind.UNION: _UNION,
}

_Spec = dict[str, tuple[Field, int]]


def _make_spec(fields: tuple[Field, ...]) -> _Spec:
    return {f.wire: (f, _HOW[f.kind]) for f in fields}


# Built once at import for every body the package describes, and for each of their unions
# (by the field); never changed afterwards.
_SPECS: Final[dict[int, _Spec]] = {
    **{id(b): _make_spec(b.fields) for b in BODY_OF.values()},
    **{id(f): _make_spec(members(f)) for b in BODY_OF.values() for f in b.fields
       if f.kind is Kind.UNION},
}


def _spec(body: Body) -> _Spec:
    spec = _SPECS.get(id(body))
    return spec if spec is not None else _make_spec(body.fields)


def _members_spec(f: Field) -> _Spec:
    """The spec of an OBJECT's or ARRAY item's body, or of every shape of a UNION: its
    element is read before the validator chooses the shape."""
    if f.body is not None:
        return _spec(f.body)
    spec = _SPECS.get(id(f))
    return spec if spec is not None else _make_spec(members(f))


class _State:
    """What one decode needs while it builds the tree."""

    __slots__ = ("check", "deep", "max_depth", "report")

    def __init__(self, report: Report, *, check: bool, max_depth: int) -> None:
        self.report = report
        #: Requests, and responses when strict: XML-only faults are issues.
        self.check = check
        self.max_depth = max_depth
        #: Set when a subtree was not walked (unknown elements, markup inside a leaf), so
        #: the document's depth must still be checked as a whole.
        self.deep = False


def _local(tag: str) -> tuple[str | None, str]:
    if tag[:1] != "{":
        return None, tag
    uri, _, local = tag[1:].rpartition("}")  # a local name never holds "}"
    return uri, local


def _not_element(child: etree._Element) -> NoReturn:
    # Comments and processing instructions are dropped by the parser; with no DTD an entity
    # reference other than the predefined five is a well-formedness error. Nothing else
    # remains, but should libxml2 ever keep an entity node, it is refused, not read.
    raise _error(
        "xml.entity",
        "the body refers to an entity; only the predefined entities (&amp; &lt; &gt; &quot; "
        "&apos;) and character references are accepted",
        _sourceline(child),
    )


def _too_deep(el: etree._Element, st: _State) -> NoReturn:
    raise _error(
        "limit.depth",
        f"the body nests elements more than {st.max_depth} deep; at most {st.max_depth} "
        "levels are accepted",
        _sourceline(el),
    )


def _foreign(
    tag: str, ns: str | None, loc: Loc, key: str | int | None, st: _State,
    flagged: set[str] | None = None,
) -> tuple[str, str | None] | None:
    """The name and namespace under which a namespaced child is read, or None to skip it.

    An element in the same namespace as its parent is read by its local name: a default
    namespace declared on the root is one fault (reported at the root), not one per element.
    ``key`` is where an issue goes: the item index in an array, else the local name, reported
    once per name (``flagged``) however often the element repeats.
    """
    uri, local = _local(tag)
    if uri == ns:
        return local, uri
    if not st.check:
        return None  # tolerant reading ignores foreign elements (the caller minds their depth)
    if flagged is None or "ns " + local not in flagged:
        if flagged is not None:
            flagged.add("ns " + local)
        st.report.add(
            (loc, local if key is None else key),
            "xml.namespace",
            f"<{_name(local)}> is in the namespace {uri!r}; the API's elements are in no "
            "namespace",
        )
    return local, uri


def _attributes(child: etree._Element, loc: Loc, st: _State) -> None:
    names = ", ".join(repr(_name(str(n))) for n in list(child.keys())[:3])
    st.report.add(
        loc, "xml.attribute", f"has the attribute {names}; the API's elements carry no attributes"
    )


def _mixed(loc: Loc, text: str, st: _State) -> None:
    shown = text.strip(_XML_SPACE)
    shown = repr(shown if len(shown) <= 40 else shown[:40] + "...")
    st.report.add(
        loc,
        "xml.mixed_content",
        f"holds the text {shown} beside child elements; an element holds either text or "
        "child elements, not both",
    )


# XPath's normalize-space() strips exactly XML's S, so these agree with _XML_SPACE.
# Compiled once; lxml serialises the evaluations of one compiled expression across threads.
_TEXTS: Final = etree.XPath("text()")
_LOOSE_TEXT: Final = etree.XPath("text()[normalize-space()]")
_TAG: Final = operator.attrgetter("tag")
_SOURCELINE: Final = operator.attrgetter("sourceline")


def _loose_text(el: etree._Element) -> str | None:
    """The first non-blank text among an element's children, if there is one (C-level)."""
    found = _LOOSE_TEXT(el)
    return str(found[0]) if isinstance(found, list) and found else None


def _markup_in_leaf(el: etree._Element, loc: Loc, ns: str | None, st: _State) -> Any:
    """A leaf element holding child elements: an object where a string belongs."""
    st.deep = True  # its children are not walked
    if not st.check and not _kept_count(el, ns, first=True):
        # Only foreign elements, which tolerant reading ignores: the text around them is
        # the value.
        found = _TEXTS(el)
        return "".join(map(str, found)) if isinstance(found, list) else ""
    if st.check:
        text = _loose_text(el)
        if text is not None:
            _mixed(loc, text, st)
    # The validator names it: "must be a string, not an object".
    return {}


def _kept_count(el: etree._Element, ns: str | None, *, first: bool = False) -> int:
    """How many children tolerant reading keeps (no namespace, or the parent's); C-level."""
    tags = ["{}*"] if ns is None else ["{}*", f"{{{ns}}}*"]
    try:
        kept = el.iterchildren(*tags)
        if first:
            return 0 if next(kept, None) is None else 1
        return sum(1 for _ in kept)
    except ValueError:  # a namespace lxml cannot put in a tag filter: count in Python
        n = 0
        for child in el:
            tag = child.tag
            if isinstance(tag, str) and _local(tag)[0] in (None, ns):
                n += 1
                if first:
                    break
        return n


def _unknown(el: etree._Element, st: _State) -> Any:
    # The validator looks only at the key of an unknown field; its depth is checked later.
    if len(el):
        st.deep = True
        return {}
    return el.text or ""


def _value(
    child: etree._Element, f: Field, how: int, loc: Loc, key: str, depth: int,
    ns: str | None, st: _State,
) -> Any:
    """The tree value of a known field's element (``depth`` is its parent's)."""
    if how == _LEAF:
        return _markup_in_leaf(child, (loc, key), ns, st) if len(child) else child.text or ""
    if how == _INTEGER:
        return (
            _markup_in_leaf(child, (loc, key), ns, st)
            if len(child)
            else _integer(child.text or "")
        )
    if how in (_OBJECT, _UNION):
        return (
            _object(child, _members_spec(f), (loc, key), depth + 1, ns, st)
            if len(child)
            else _bare(child, {})
        )
    if how in (_BOOLEAN, _DECIMAL):
        if len(child):
            return _markup_in_leaf(child, (loc, key), ns, st)
        text = child.text or ""
        return _boolean(text) if how == _BOOLEAN else plain_decimal(text)
    if how == _ARRAY:
        return (
            _items(child, f, (loc, key), depth + 1, ns, st) if len(child) else _bare(child, [])
        )
    if how == _MAP:
        return _map(child, (loc, key), depth + 1, ns, st) if len(child) else _bare(child, {})
    return (
        _items(child, f, (loc, key), depth + 1, ns, st)
        if len(child)
        else child.text or ""
    )


# An object has a handful of fields; an element with more children than this is read by
# counting its children's names at C level instead of visiting each child in Python, so that
# a body of millions of repeated or unknown elements costs what parsing it costs.
_CROWDED: Final = 64


def _object(
    el: etree._Element, spec: _Spec, loc: Loc, depth: int, ns: str | None, st: _State,
    size: int = -1,
) -> dict[str, Any]:
    if depth >= st.max_depth:
        _too_deep(el[0], st)
    # len() walks the children: the caller passes it when it has it.
    size = len(el) if size < 0 else size
    if size > _CROWDED:
        return _crowded(el, spec, loc, depth, ns, st)
    check = st.check
    out: dict[str, Any] = {}
    skipped = 0
    flagged: set[str] | None = None
    mixed = None
    if check:
        text = el.text
        if text is not None:
            mixed = _blank_or_text(text)
    for child in el:
        tag = child.tag
        entry = spec.get(tag)
        child_ns = None
        if entry is None:
            if not isinstance(tag, str):
                _not_element(child)
            if tag[:1] == "{":
                if flagged is None:
                    flagged = set()
                named = _foreign(tag, ns, loc, None, st, flagged)
                if named is None:
                    skipped += 1
                    if len(child):
                        st.deep = True
                    continue
                tag, child_ns = named
                entry = spec.get(tag)
        if check:
            if child.keys():
                if flagged is None:
                    flagged = set()
                if tag not in flagged:
                    flagged.add(tag)
                    _attributes(child, (loc, tag), st)
            tail = child.tail
            if tail is not None and mixed is None:
                mixed = _blank_or_text(tail)
        if entry is None:
            out[tag] = _unknown(child, st)
            continue
        f, how = entry
        # The common cases inline: leaves are most of a body's elements.
        if len(child):
            if how == _DESTINATIONS:
                out[tag] = _items(child, f, (loc, tag), depth + 1, child_ns, st)
            elif how == _OBJECT:
                out[tag] = _object(child, _members_spec(f), (loc, tag), depth + 1, child_ns, st)
            else:
                out[tag] = _value(child, f, how, loc, tag, depth, child_ns, st)
        elif how <= _DESTINATIONS:
            out[tag] = child.text or ""
        elif how == _INTEGER:
            text = child.text or ""
            out[tag] = int(text) if text.isdigit() and len(text) <= 18 and text.isascii() else (
                _integer(text)
            )
        else:
            out[tag] = _value(child, f, how, loc, tag, depth, child_ns, st)
    if mixed is not None:
        _mixed(loc, mixed, st)
    if len(out) != size - skipped:
        # Fewer keys than children read: some repeated. As for JSON: the last value of each
        # key, and the keys that repeated, in the order they first repeated.
        seen: set[str] = set()
        repeated = [key for key, _, _ in _children(el, ns, check)
                    if key in seen or seen.add(key)]  # type: ignore[func-returns-value]
        return Duplicates(list(out.items()), list(dict.fromkeys(repeated)))
    return out


def _crowded(
    el: etree._Element, spec: _Spec, loc: Loc, depth: int, ns: str | None, st: _State
) -> dict[str, Any]:
    """`_object` for an element with very many children: the same tree, the same verdict."""
    counts = Counter(map(_TAG, el))
    out: dict[str, Any] = {}
    repeated: list[str] = []
    flagged: set[str] = set()
    known: dict[str, list[tuple[str, str | None]]] = {}  # key: (tag, namespace) of its elements
    st.deep = True  # the children of unknown elements are not looked at
    if all(type(tag) is str and tag[:1] != "{" for tag in counts):
        # No namespaces (the usual case): the same, in comprehensions.
        out = dict.fromkeys(counts, "")
        repeated = [tag for tag, n in counts.items() if n > 1]
        known = {tag: [(tag, None)] for tag in counts if tag in spec}
        counts.clear()
    for tag, n in counts.items():
        if not isinstance(tag, str):
            _not_element(next(c for c in el if not isinstance(c.tag, str)))
        key, child_ns = tag, None
        if tag[:1] == "{":
            named = _foreign(tag, ns, loc, None, st, flagged)
            if named is None:
                continue
            key, child_ns = named
        if n > 1 or key in out:
            repeated.append(key)
        if key in spec:
            known.setdefault(key, []).append((tag, child_ns))
        out[key] = ""  # an unknown field's value is never looked at
    for key, tags in known.items():
        # The last element of the key, as `_object` keeps; found by C-level searches.
        last = [(next(el.iterchildren(tag, reversed=True)), child_ns) for tag, child_ns in tags]
        child, child_ns = max(last, key=lambda c: el.index(c[0]))
        f, how = spec[key]
        if st.check and child.keys():
            _attributes(child, (loc, key), st)
        out[key] = _value(child, f, how, loc, key, depth, child_ns, st)
    if st.check:
        # Attributes are looked for on the elements kept only: such an element is refused
        # for its repeated or unknown children anyway, and a search of every child for
        # attributes would cost more than the parse.
        text = _loose_text(el)
        if text is not None:
            _mixed(loc, text, st)
    if repeated:
        return Duplicates(list(out.items()), list(dict.fromkeys(repeated)))
    return out


def _over_bound(el: etree._Element, f: Field, ns: str | None, st: _State) -> list[Any] | None:
    """Placeholders for a crowded array with more items than its limit, else None.

    The validator refuses such an array by its length alone, never looking at an item, so
    the items are not read: a body of millions of items costs what parsing it costs. (Only
    an economy: a short array over its limit is read, and refused just the same.)
    """
    if f.max_items is None:
        return None
    bound: int = getattr(st.report.limits, f.max_items)
    n = len(el)
    if n <= bound:
        return None
    if not st.check:
        # Tolerant reading skips foreign items: count the others.
        n = _kept_count(el, ns)
        if n <= bound:
            return None
    st.deep = True
    return [None] * n


def _odd_item(
    child: etree._Element, f: Field, ns: str | None, loc: Loc, index: int, st: _State
) -> tuple[str | None] | None:
    """An item element not named as expected: its namespace, or None to skip it; reports."""
    tag = child.tag
    if not isinstance(tag, str):
        _not_element(child)
    child_ns = None
    if tag[:1] == "{":
        named = _foreign(tag, ns, loc, index, st)
        if named is None:
            return None
        tag, child_ns = named
    if st.check and tag != f.item and tag not in f.item_aliases:
        st.report.add(
            (loc, index),
            "xml.item",
            f"is <{_name(tag)}>; the items of this array are <{f.item}> elements",
        )
    return (child_ns,)


def _items(
    el: etree._Element, f: Field, loc: Loc, depth: int, ns: str | None, st: _State
) -> list[Any]:
    """The children of a wrapper element: the objects of an ARRAY (``<messages>``), or the
    strings of a nested ``<to>``."""
    if depth >= st.max_depth:
        _too_deep(el[0], st)
    if len(el) > _CROWDED:
        skipped = _over_bound(el, f, ns, st)
        if skipped is not None:
            return skipped
    body = f.body  # None for destinations, whose items are leaves
    spec = _spec(body) if body is not None else None
    item = f.item
    aliases = f.item_aliases
    check = st.check
    mixed = None
    if check:
        text = el.text
        if text is not None:
            mixed = _blank_or_text(text)
    out: list[Any] = []
    for child in el:
        tag = child.tag
        child_ns = None
        if tag != item and tag not in aliases:
            odd = _odd_item(child, f, ns, loc, len(out), st)
            if odd is None:
                if len(child):
                    st.deep = True
                continue
            child_ns = odd[0]
        at = (loc, len(out))
        if check:
            if child.keys():
                _attributes(child, at, st)
            tail = child.tail
            if tail is not None and mixed is None:
                mixed = _blank_or_text(tail)
        if spec is not None:
            out.append(_object(child, spec, at, depth + 1, child_ns, st) if len(child)
                       else _bare(child, {}))
        else:
            out.append(_markup_in_leaf(child, at, child_ns, st) if len(child)
                       else child.text or "")
    if mixed is not None:
        _mixed(loc, mixed, st)
    return out


# A map (``validationErrors``) has keys that are no XML names ("/messages/0/to"), so each
# member is an element of its own: <entry><key>K</key><value>M1</value><value>M2</value></entry>.
# The API documents no XML form for it; this is smscodec's, read and written alike.
_ENTRY: Final = "entry"
_KEY: Final = "key"
_MEMBER: Final = "value"


def _map(
    el: etree._Element, loc: Loc, depth: int, ns: str | None, st: _State
) -> dict[str, Any]:
    """A map element into the object JSON gives for it: each key to the list of its values."""
    if depth + 1 >= st.max_depth:
        _too_deep(el[0], st)
    out: dict[str, Any] = {}
    repeated: list[str] = []
    for index, entry in enumerate(el):
        tag = entry.tag
        if not isinstance(tag, str):
            _not_element(entry)
        uri, local = _local(tag)
        if uri != ns and not st.check:
            st.deep = True  # a foreign element, ignored: its depth is checked as a whole
            continue
        if st.check and (uri != ns or local != _ENTRY or entry.keys()):
            _map_fault(st, loc, f"child {index + 1} is not a plain <{_ENTRY}> element")
            continue
        if local != _ENTRY:
            continue  # tolerant reading ignores what it does not model
        keys = [c for c in entry if c.tag == _KEY]
        if len(keys) != 1 or len(keys[0]):
            _map_fault(st, loc, f"<{_ENTRY}> {index + 1} needs exactly one <{_KEY}> "
                       "holding text")
            continue
        key = keys[0].text or ""
        values: list[Any] = []
        for c in entry:
            if c.tag == _MEMBER:
                values.append(_markup_in_leaf(c, ((loc, key), len(values)), ns, st) if len(c)
                              else c.text or "")
            elif c.tag != _KEY and st.check:
                _map_fault(st, loc, f"<{_ENTRY}> {index + 1} holds elements other than "
                           f"<{_KEY}> and <{_MEMBER}>")
        if key in out:
            repeated.append(key)
        out[key] = values
    if repeated:
        return Duplicates(list(out.items()), list(dict.fromkeys(repeated)))
    return out


def _map_fault(st: _State, loc: Loc, what: str) -> None:
    st.report.add(
        loc,
        "xml.map_entry",
        f"{what}; each member of this map is written <{_ENTRY}><{_KEY}>name</{_KEY}>"
        f"<{_MEMBER}>message</{_MEMBER}>...</{_ENTRY}>",
    )


def _unenvelope(root: etree._Element, body: Body, st: _State) -> etree._Element:
    """The element that stands for the object under the JSON wrapper key (the error body).

    The current API wraps it, as its JSON twin is wrapped: ``<ApiException><requestError>``;
    the v1 documents write ``<requestError>`` as the root. Both are read.
    """
    wrapper = body.wrapper
    if wrapper is None or _local(root.tag)[1] == wrapper:
        return root
    inner = [c for c in root if isinstance(c.tag, str) and _local(c.tag)[1] == wrapper]
    if not inner:
        return root  # `_tree` names the root that is neither (or reads it tolerantly)
    if st.check:
        local = _local(root.tag)[1]
        if local != body.xml_envelope:
            st.report.add(None, "xml.root", f"the root element is <{_name(local)}>; this body's "
                          f"root element is <{body.xml_envelope}> or <{body.xml_root}>")
        if len(inner) > 1:
            st.report.add((None, wrapper), "field.duplicate",
                          f"{wrapper!r} appears more than once in one object")
        for child in root:
            name = _local(child.tag)[1] if isinstance(child.tag, str) else None
            if name is not None and name != wrapper:
                st.report.add((None, name), "field.unknown",
                              f"{_name(name)!r} is not a field here; expected {wrapper!r}")
    return inner[-1]


def _tree(root: etree._Element, body: Body, st: _State) -> Any:
    ns, local = _local(root.tag)
    # The root element is the whole body, or for the error body the object under the JSON
    # wrapper key: its issues and its children's paths are those the validator gives.
    here: Loc = None if body.wrapper is None else (None, body.wrapper)
    if st.check:
        if ns is not None:
            st.report.add(
                here,
                "xml.namespace",
                f"the root element <{_name(local)}> is in the namespace {ns!r}; the API's "
                "elements are in no namespace",
            )
        expected = body.xml_root
        if expected is not None and local != expected:
            st.report.add(
                here,
                "xml.root",
                f"the root element is <{_name(local)}>; this body's root element is "
                f"<{expected}>",
            )
        if root.keys():
            _attributes(root, here, st)
    size = len(root)
    if size:
        return _object(root, _spec(body), here, 1, ns, st, size)
    return _bare(root, {})


# --- the plain reader -----------------------------------------------------------------------
#
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


# --- lines ----------------------------------------------------------------------------------


def _named_child(
    el: etree._Element, token: str, ns: str | None, check: bool
) -> tuple[etree._Element, str | None] | None:
    """The last child read under the name ``token``, as `_object` keeps; C-level searches."""
    tags = ["{*}" + token] if check else [token] if ns is None else [token, f"{{{ns}}}{token}"]
    try:
        # A name the document never uses is found absent at once (lxml compares interned
        # names); only then is the element's children searched, from the last.
        if next(el.iter(*tags), None) is None:
            return None
        child = next(el.iterchildren(*tags, reversed=True), None)
    except ValueError:  # not a name at all: no element has it
        return None
    if child is None or not isinstance(child.tag, str):
        return None
    return child, _local(child.tag)[0]


def _children(
    el: etree._Element, ns: str | None, check: bool
) -> list[tuple[str, etree._Element, str | None]]:
    """The children the tree was built from, as (name, element, namespace), in order.

    As `_object` and `_items` read them: in the element's namespace or in
    none by their local names; in another namespace too when checking, else not at all.
    """
    out: list[tuple[str, etree._Element, str | None]] = []
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag[:1] != "{":
            out.append((tag, child, None))
            continue
        uri, local = _local(tag)
        if uri == ns or check:
            out.append((local, child, uri))
    return out


class _Lookup:
    """Finding elements by path for one error: searches, indexes once an element is busy."""

    __slots__ = ("check", "items", "lines", "searches")

    def __init__(self, check: bool) -> None:
        self.check = check
        self.items: dict[etree._Element, list[tuple[etree._Element, str | None]]] = {}
        self.lines: dict[etree._Element, dict[str, int | None] | None] = {}
        self.searches: dict[etree._Element, int] = {}

    def named(
        self, el: etree._Element, token: str, ns: str | None
    ) -> tuple[etree._Element, str | None] | None:
        return _named_child(el, token, ns, self.check)

    def line(self, el: etree._Element, token: str, ns: str | None) -> int | None:
        """The line of the child named ``token`` (the last one), or None if there is none."""
        index = self.lines.get(el)
        if index is None:
            n = self.searches[el] = self.searches.get(el, 0) + 1
            if n >= 8 and el not in self.lines:
                # Many issues in one element (unknown names by the hundred): one C-level
                # pass, the last child of each name winning, instead of a search each. Only
                # where no child is namespaced; else searching goes on.
                last = dict(zip(map(_TAG, el), map(_SOURCELINE, el), strict=True))
                plain = all(isinstance(tag, str) and tag[:1] != "{" for tag in last)
                index = self.lines[el] = last if plain else None
        if index is not None:
            return index.get(token) if token in index else None
        found = _named_child(el, token, ns, self.check)
        return None if found is None else _sourceline(found[0])

    def item(
        self, el: etree._Element, position: int, ns: str | None
    ) -> tuple[etree._Element, str | None] | None:
        kept = self.items.get(el)
        if kept is None:
            kept = self.items[el] = [(c, uri) for _, c, uri in _children(el, ns, self.check)]
        return kept[position] if position < len(kept) else None


def _line(root: etree._Element, body: Body, path: str, lookup: _Lookup) -> int | None:
    """The line of the element at ``path``, or of its nearest ancestor in the document."""
    el = root
    ns = _local(root.tag)[0]
    spec: _Spec | None = _spec(body)
    items: Field | None = None  # the array or destinations field whose items come next
    tokens = [raw.replace("~1", "/").replace("~0", "~") for raw in path.split("/")[1:]]
    if body.wrapper is not None:
        # The root element stands for the object under the wrapper key.
        if not tokens or tokens[0] != body.wrapper:
            return _sourceline(root)
        del tokens[0]
    for position, token in enumerate(tokens):
        if spec is not None:
            if position == len(tokens) - 1:
                line = lookup.line(el, token, ns)
                return line if line is not None else _sourceline(el)
            found = lookup.named(el, token, ns)
            if found is None:
                break
            el, ns = found
            entry = spec.get(token)
            spec = items = None
            if entry is not None:
                f, how = entry
                if how in (_OBJECT, _UNION):
                    spec = _members_spec(f)
                elif how in (_ARRAY, _DESTINATIONS):
                    items = f
        elif items is not None and token.isdigit():
            found = lookup.item(el, int(token), ns)
            if found is None:
                break
            el, ns = found
            spec = _spec(items.body) if items.body is not None else None
            items = None
        else:
            break
    return _sourceline(el)


def _with_lines(
    exc: ValidationError, root: etree._Element, body: Body, check: bool
) -> ValidationError:
    lines: dict[str, int | None] = {}
    lookup = _Lookup(check)
    issues = []
    for issue in exc.issues:
        if issue.path not in lines:
            lines[issue.path] = _line(root, body, issue.path, lookup)
        issues.append(replace(issue, line=lines[issue.path]))
    return ValidationError(issues, exc.more)


# --- decode ---------------------------------------------------------------------------------


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


def outline(data: bytes | str, limits: Limits) -> tuple[str, set[str], set[str]]:
    """The root's name, its children's names and the first message's children's names.

    Enough to tell which body a document is (see `detect`), read with the same hardened parse
    as `decode`; `DecodeError` if the document is not well-formed or is refused.
    """
    try:
        root = _parse(_encoded(data, limits))
        top: set[str] = set()
        first: set[str] = set()
        for child in root:
            if not isinstance(child.tag, str):
                continue
            name = _local(child.tag)[1]
            top.add(name)
            if name == "messages" and not first:
                item = next((c for c in child if isinstance(c.tag, str)), None)
                if item is not None:
                    first = {_local(c.tag)[1] for c in item if isinstance(c.tag, str)}
        return _local(root.tag)[1], top, first
    except MemoryError:
        raise _error(
            "limit.memory", "the body needs more memory to decode than is available"
        ) from None
