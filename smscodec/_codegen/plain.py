"""The generator of the plain XML readers (`smscodec._xml.codec` says what they are for),
written to ``smscodec/_generated/xml_plain.py`` by `emit`.

One reader per top-level body: straight-line code, every nested object and array inlined,
that builds the tree `_xml.read._tree` builds for a plain document, or returns None the moment
the document is anything but plain.
"""

from __future__ import annotations

from .._spec.bodies import KINDS
from .._spec.vocabulary import Body, Field, Kind, members
from .._xml.read import (
    _BOOLEAN,
    _DECIMAL,
    _DESTINATIONS,
    _HOW,
    _INTEGER,
    _LEAF,
    _MAP,
    _OBJECT,
    _UNION,
)
from .source import Module, name_of

__all__ = ["PlainGen", "generate"]

#: What generated code may name, and where it is imported from (see `Module.import_used`).
HELPERS: dict[str, tuple[str, str]] = {
    "Any": ("typing", "Any"),
    "Callable": ("collections.abc", "Callable"),
    "etree": ("lxml", "etree"),
    "Limits": (".._core.limits", "Limits"),
    "OCTETS": (".._xml.values", "OCTETS"),
    "bare": (".._xml.values", "bare"),
    "integer": (".._xml.values", "integer"),
    "boolean": (".._xml.values", "boolean"),
    "plain_decimal": (".._spec.rules.decimals", "plain_decimal"),
}

# XML's S; a tail or a container's text that is anything else is mixed content.
_BLANK = "(t.isspace() and t.isascii())"  # as `xmlvalues.blank_or_text`


class PlainGen:
    """Writes one reader function per top-level body: ``(root, limits) -> tree | None``."""

    def __init__(self, module: Module) -> None:
        self.lines = module.functions
        self.var = 0

    def fresh(self, prefix: str) -> str:
        self.var += 1
        return f"{prefix}{self.var}"

    def reader(self, body: Body, name: str) -> None:
        # Each reader numbers its names afresh, so a change to one body renames nothing else.
        self.var = 0
        root = body.xml_root
        out = [f"def {name}(e: etree._Element, L: Limits) -> dict[str, Any] | None:",
               f'    """The tree of a plain {body.model.__name__} element, else None."""',
               "    n = len(e)"]
        # An empty root is rare and `bare`'s business; a foreign root is reported.
        if root is None:
            tag_bad = "type(e.tag) is not str or e.tag[:1] == '{'"
        elif body.xml_root_aliases:
            tag_bad = f"e.tag != {root!r} and e.tag not in {body.xml_root_aliases!r}"
        else:
            tag_bad = f"e.tag != {root!r}"
        out.append(f"    if not n or {tag_bad}:")
        out.append("        return None")
        out.extend("    " + line for line in self.object(body.fields, "e", "n", "o", 1))
        out.append("    return o")
        self.lines.append("\n".join(out))

    def object(
        self, fields: tuple[Field, ...], e: str, n: str, o: str, depth: int
    ) -> list[str]:
        """Source that reads the element ``e`` (``n`` children, at least one) of an object
        with ``fields`` into ``o``."""
        c, t = self.fresh("c"), "t"
        out = [
            # More children than fields: repeated or unknown ones, maybe a hostile crowd
            # that `_crowded` counts at C level; either way not plain.
            f"if {n} > {len(fields)}:",
            "    return None",
            f"t = {e}.text",
            f"if t is not None and not {_BLANK}:",
            "    return None",
            f"{o}: dict[str, Any] = {{}}",
            f"for {c} in {e}[:]:",
            f"    t = {c}.tail",
            f"    if t is not None and not {_BLANK}:",
            "        return None",
            f"    {t} = {c}.tag",
        ]
        for i, f in enumerate(fields):
            out.append(f"    {'if' if i == 0 else 'elif'} {t} == {f.wire!r}:")
            out.extend("        " + line for line in self.value(f, c, f"{o}[{f.wire!r}]", depth))
        # Unknown, namespaced, or not an element at all.
        out.append("    else:")
        out.append("        return None")
        # Fewer keys than children: some repeated.
        out.append(f"if len({o}) != {n}:")
        out.append("    return None")
        return out

    def value(self, f: Field, c: str, target: str, depth: int) -> list[str]:
        """Source that reads the field's element ``c`` (of an object at ``depth``)."""
        how = _HOW[f.kind]
        if how == _LEAF:
            return [f"if len({c}):", "    return None", f"{target} = {c}.text or ''"]
        if how == _MAP:
            return ["return None"]  # rare (error bodies): the careful reader takes it
        if how in (_BOOLEAN, _DECIMAL):
            convert = "boolean" if how == _BOOLEAN else "plain_decimal"
            return [f"if len({c}):", "    return None", f"{target} = {convert}({c}.text or '')"]
        if how == _INTEGER:
            # Most integers are octets written plainly: one lookup instead of three tests.
            return [
                f"if len({c}):",
                "    return None",
                f"t = {c}.text or ''",
                "v = OCTETS.get(t)",
                f"{target} = v if v is not None else integer(t)",
            ]
        n = self.fresh("n")
        out = [f"{n} = len({c})", f"if not {n}:"]
        if how == _DESTINATIONS:
            out.append(f"    {target} = {c}.text or ''")
        else:
            out.append(f"    {target} = bare({c}, {{}})" if how in (_OBJECT, _UNION)
                       else f"    {target} = bare({c}, [])")
        out.append("else:")
        if how in (_OBJECT, _UNION):
            # A union's element holds the fields of any of its shapes (`vocabulary.members`).
            o = self.fresh("o")
            out.extend("    " + line for line in self.object(members(f), c, n, o, depth + 1))
            out.append(f"    {target} = {o}")
            return out
        # An array of objects, or destinations as an array of strings.
        a, d = self.fresh("a"), self.fresh("c")
        if f.max_items is not None:
            # Over its limit: `_over_bound` reads it without looking at the items.
            out.append(f"    if {n} > L.{f.max_items}:")
            out.append("        return None")
        out += [
            f"    t = {c}.text",
            f"    if t is not None and not {_BLANK}:",
            "        return None",
            f"    {a}: list[Any] = []",
            f"    for {d} in {c}[:]:",
            # The written name first: a plain document's items are almost always it.
            f"        if {d}.tag != {f.item!r}"
            + (f" and {d}.tag not in {f.item_aliases!r}:" if f.item_aliases else ":"),
            "            return None",
            f"        t = {d}.tail",
            f"        if t is not None and not {_BLANK}:",
            "            return None",
        ]
        if f.body is None:  # destinations: leaves
            out += [f"        if len({d}):", "            return None",
                    f"        {a}.append({d}.text or '')"]
        else:
            m, o = self.fresh("n"), self.fresh("o")
            out += [
                f"        {m} = len({d})",
                f"        if not {m}:",
                f"            {a}.append(bare({d}, {{}}))",
                "            continue",
            ]
            out.extend("        " + line
                       for line in self.object(f.body.fields, d, m, o, depth + 2))
            out.append(f"        {a}.append({o})")
        out.append(f"    {target} = {a}")
        return out


def _deepest(fields: tuple[Field, ...], depth: int = 1) -> int:
    """The largest ``depth`` `_object` or `_items` is called with for a plain document of an
    object with ``fields``: the reader is taken only below ``Limits.max_depth``, as `_tree`
    needs."""
    deepest = depth
    for f in fields:
        if f.kind in (Kind.OBJECT, Kind.UNION):
            deepest = max(deepest, _deepest(members(f), depth + 1))
        elif f.kind is Kind.ARRAY and f.body is not None:
            deepest = max(deepest, _deepest(f.body.fields, depth + 2))
        elif f.kind in (Kind.ARRAY, Kind.DESTINATIONS):
            deepest = max(deepest, depth + 1)
    return deepest


def generate(module: Module, bodies: tuple[Body, ...] | None = None) -> None:
    """Fill ``module`` (``smscodec/_generated/xml_plain.py``) for every top-level body: only
    those are decoded, so a reader for a body's part would never run. Or for ``bodies``,
    descriptions made elsewhere (such as a test's)."""
    gen = PlainGen(module)
    readers: dict[str, tuple[str, int]] = {}
    for body in KINDS.values() if bodies is None else bodies:
        name = f"read_xml_{name_of(body)}"
        gen.reader(body, name)
        readers[body.model.__name__] = (name, _deepest(body.fields))
        where = body.model.__module__
        module.use(".." + where.removeprefix("smscodec.") if where.startswith("smscodec.")
                   else where, body.model.__name__)
    module.tables += [
        "#: Model class to its plain reader and the largest depth `_xml.read._tree` reaches in a",
        "#: plain document of that body (see smscodec._xml.codec).",
        "PLAIN_READERS: dict[type[Any], tuple[Callable[..., dict[str, Any] | None], int]] = {",
        *(f"    {model}: ({name}, {deepest})," for model, (name, deepest) in readers.items()),
        "}",
    ]
    module.import_used(HELPERS)
