"""The careful reader (step 2 of `codec`): guided by the body description, an XML document
becomes the neutral tree ``json.loads`` gives for the same body in JSON, with what only XML
can get wrong reported (see `markup`). Plain documents take the generated readers instead
(`codec`)."""

from __future__ import annotations

from collections import Counter
from typing import Any, Final

from lxml import etree

from .._core.report import Loc
from .._core.tree import Duplicates
from .._spec.bodies import BODY_OF, KINDS
from .._spec.rules.decimals import plain_decimal
from .._spec.vocabulary import Body, Field, Kind, members
from .markup import (
    _TAG,
    _attributes,
    _children,
    _foreign,
    _kept_count,
    _local,
    _loose_text,
    _markup_in_leaf,
    _mixed,
    _not_element,
    _State,
    _too_deep,
)
from .parse import _name
from .values import bare as _bare
from .values import blank_or_text as _blank_or_text
from .values import boolean as _boolean
from .values import integer as _integer

__all__ = [
    "_BOOLEAN", "_DECIMAL", "_DESTINATIONS", "_HOW", "_INTEGER", "_LEAF", "_MAP", "_OBJECT",
    "_UNION", "_rewrap", "_tree", "_unenvelope",
]


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
_SPECS: Final[dict[Body | Field, _Spec]] = {
    **{b: _make_spec(b.fields) for b in BODY_OF.values()},
    **{f: _make_spec(members(f)) for b in BODY_OF.values() for f in b.fields
       if f.kind is Kind.UNION},
}


def _spec(body: Body) -> _Spec:
    spec = _SPECS.get(body)
    return spec if spec is not None else _make_spec(body.fields)


def _members_spec(f: Field) -> _Spec:
    """The spec of an OBJECT's or ARRAY item's body, or of every shape of a UNION: its
    element is read before the validator chooses the shape."""
    if f.body is not None:
        return _spec(f.body)
    spec = _SPECS.get(f)
    return spec if spec is not None else _make_spec(members(f))


def _unknown(el: etree._Element, st: _State) -> Any:
    # The validator looks at the key of an unknown field and, to name the API version of a
    # mixed-up body, at the names of its children and grandchildren (an array's items and
    # their fields); its depth is checked later.
    if len(el):
        st.deep = True
        return {_local(child.tag)[1]: {_local(inner.tag)[1]: "" for inner in child
                                       if isinstance(inner.tag, str)}
                for child in el if isinstance(child.tag, str)}
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


def _is_item(el: etree._Element, f: Field) -> bool:
    """Whether an element named as the array ``f`` is one unwrapped item rather than the
    wrapper: a wrapper holds only item elements (or nothing), an item holds its fields."""
    return any(isinstance(c.tag, str) and c.tag != f.item and c.tag not in f.item_aliases
               for c in el)


def _rewrap(root: etree._Element, body: Body) -> None:
    """Gathers the unwrapped items of the body's `Field.xml_unwrapped` arrays under one
    wrapper, as the canonical form has them, so that both readers (the careful one and the
    generated plain ones) read every form alike; a document without them is not touched.

    ``<SMSReportResponse><results><messageId>…</results><results>…</results>`` becomes
    ``<SMSReportResponse><results><result><messageId>…</result><result>…</result></results>``:
    the items keep their source lines, and their paths are those of the wrapped form.
    """
    for f in body.fields:
        if not f.xml_unwrapped or f.item is None:
            continue
        found = list(root.iterchildren(f.wire))
        if not found or not any(_is_item(el, f) for el in found):
            continue
        wrapper = etree.Element(f.wire)
        found[0].addprevious(wrapper)
        for el in found:
            el.tag = f.item
            wrapper.append(el)  # moved, with its tail


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
        if expected is not None and local != expected and local not in body.xml_root_aliases:
            # A root another kind has names that kind: the endpoints were likely mixed up.
            theirs = [name for name, other in KINDS.items() if local == other.xml_root]
            of = f" (a {' or '.join(theirs)}'s)" if theirs else ""
            st.report.add(
                here,
                "xml.root",
                f"the root element is <{_name(local)}>{of}; this body's root element is "
                f"<{expected}>",
            )
        if root.keys():
            _attributes(root, here, st)
    size = len(root)
    if size:
        return _object(root, _spec(body), here, 1, ns, st, size)
    return _bare(root, {})


# --- the plain reader -----------------------------------------------------------------------
