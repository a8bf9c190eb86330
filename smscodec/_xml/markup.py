"""What only XML can get wrong while a body is read into the neutral tree (step 2 of `codec`):
namespaces, attributes, text beside child elements, markup inside a leaf, depth, entities; and
the state one reading keeps, the report these faults go to."""

from __future__ import annotations

import operator
from typing import Any, Final, NoReturn

from lxml import etree

from .._core.report import Loc, Report
from .parse import _error, _name, _sourceline

__all__ = ["_State", "_children", "_local"]


_XML_SPACE: Final = " \t\r\n"  # XML's S production; str.isspace() alone would take more


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
