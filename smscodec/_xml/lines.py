"""The source line of each issue, found after a failed validation by following the issue's
path through the document (step 3 of `codec`), so a valid body never pays for line
bookkeeping."""

from __future__ import annotations

from dataclasses import replace

from lxml import etree

from .._core.errors import ValidationError
from .._spec.vocabulary import Body, Field
from .markup import _SOURCELINE, _TAG, _children, _local
from .parse import _sourceline
from .read import (
    _ARRAY,
    _DESTINATIONS,
    _OBJECT,
    _UNION,
    _members_spec,
    _Spec,
    _spec,
)

__all__ = ["_with_lines"]


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
