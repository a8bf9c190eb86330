"""The generator of the fast paths (`smscodec._fastpath` says what they are and how they are
used), written to ``smscodec/_generated/json_fast.py`` by `emit`.

Per top-level body: a decoder, a checker for sealed bodies, an encoder; every nested object
and loop inlined. The valid case of every rule is stated once in `rules`, as an expression this
generator inlines or a predicate the generated code calls.
"""

from __future__ import annotations

import re

from .._fastpath import sealed
from .._spec.bodies import KINDS
from .._spec.vocabulary import Body, Field, Kind, telling
from .fast_encode import EncoderGen
from .source import Module, name_of

__all__ = ["FastGen"]

#: What generated code may name, and where it is imported from (see `FastGen.module`).
HELPERS: dict[str, tuple[str, str]] = {
    "Any": ("typing", "Any"),
    "cast": ("typing", "cast"),
    "BodyCheck": (".._spec.vocabulary", "BodyCheck"),
    "Callable": ("collections.abc", "Callable"),
    "encode_text": ("json.encoder", "encode_basestring"),
    "fast_string_lists": (".._validate.combinators", "fast_string_lists"),
    "string_lists_json": (".._validate.combinators", "string_lists_json"),
    "decimal_text": (".._spec.rules.decimals", "decimal_text"),
    "fast_decimal": (".._spec.rules.decimals", "fast_decimal"),
    "fast_timestamp": (".._spec.rules.timestamps", "fast_timestamp"),
    "timestamp_text": (".._spec.rules.timestamps", "timestamp_text"),
    "BODY_OF": (".._spec.bodies", "BODY_OF"),
    "Limits": (".._core.limits", "Limits"),
    "Report": (".._core.report", "Report"),
    "INVALID": (".._spec.rules.common", "INVALID"),
    "is_clean": (".._spec.rules.common", "is_clean"),
    "parse_hex": (".._spec.rules.binary", "parse_hex"),
    "parts_fit": (".._spec.rules.text", "parts_fit"),
    "sent_fits": (".._spec.rules.text", "sent_fits"),
    "hex_fits": (".._spec.rules.binary", "hex_fits"),
    "udh_fits": (".._spec.rules.binary", "udh_fits"),
    "MISSING": (".._spec.vocabulary", "MISSING"),
    "colons": (".._core.tree", "colons"),
    "mutable_class": (".._core.mutable", "mutable_class"),
    "UNBUILT": (".._validate.walk", "UNBUILT"),
    "missing": (".._validate.walk", "missing"),
    "unknown": (".._validate.walk", "unknown"),
    "walk_object": (".._validate.walk", "walk_object"),
}


def _valid(field: Field) -> str:
    """The valid case of a leaf (TOKEN, TEXT, INTEGER, ENUM, BOOLEAN) as an expression over
    ``v``: the rule's own (`FieldRule.valid_source`), and for a string that must be clean, no
    lone surrogate where the body may hold one (``dirty``, see the decoder's preamble; an
    ASCII string is clean without the call)."""
    rule = field.rule
    source = rule.valid_source("v")
    if rule.clean:
        source += " and (not dirty or v.isascii() or is_clean(v))"
    return source


def _check(body: Body, names: dict[str, str]) -> str | None:
    """The valid case of the body's own check over the variables ``names`` holds, or None when
    it has none the fast paths must run (a check that only reports when strict)."""
    check = body.check
    if check is None or check.strict_only:
        return None
    return check.valid_source(*(names[name] for name in check.fields))



def _declared(lines: list[str]) -> list[str]:
    """Declarations of the values ``lines`` bind (``x1_0``...): each holds what the tree held,
    then what the model holds (a tuple for a list, bytes for hex) or what a rule made of it."""
    names = sorted(set(re.findall(r"\bx\d+_\d+\b", "\n".join(lines))),
                   key=lambda x: tuple(map(int, x[1:].split("_"))))
    return [f"    {x}: Any" for x in names]


def _upper(body: Body) -> str:
    return name_of(body).upper()


def _parser(f: Field) -> str:
    """The name of the function that parses a plainly valid value of ``f`` (a decimal or a
    timestamp), or gives None: its rule's ``parse``, which the rule's check calls too."""
    parse = f.rule.parse
    assert parse is not None and f.rule.valid is None, f.rule
    assert parse.__name__ in HELPERS, f"{parse.__name__}: add it to HELPERS"
    return parse.__name__


def _bound(f: Field, n: str) -> str:
    """The test that the array ``n`` has as many items as ``f`` allows."""
    most = f" <= L.{f.max_items}" if f.max_items is not None else ""
    return f"{f.min_items} <= len({n}){most}"


def _shape_tests(f: Field, d: str) -> list[str]:
    """For each shape of the UNION ``f``, the test that the dict ``d`` is of that shape
    alone: it holds a telling field of the shape and none of another's."""
    shapes = telling(f.choices)
    holds = ["(" + " or ".join(f"{w!r} in {d}" for w in tells) + ")" for tells in shapes]
    lacks = [" and ".join(f"{w!r} not in {d}" for w in tells) for tells in shapes]
    return [
        test + "".join(f" and {other}" for j, other in enumerate(lacks) if j != i)
        for i, test in enumerate(holds)
    ]


#: The kinds whose values are strings that may hold a colon (see `_fastpath.sealed`).
_STRINGS = (Kind.TEXT, Kind.ENUM, Kind.TIMESTAMP)


class FastGen(EncoderGen):
    """The decoders and checkers of the fast paths, and (from `EncoderGen`) the encoders."""

    def _body_ref(self, body: Body) -> str:
        """The name of the description ``body`` in generated code."""
        name = f"BODY_{_upper(body)}"
        model = self._model(body)
        ours = body.model.__module__.startswith("smscodec.")
        self.module.constant(
            name,
            # Every model finds its description on its class (construct); the package's are
            # also listed in BODY_OF.
            f"BODY_OF[{model}]" if ours else f"{model}.__sms_body__",
            comment=None if any(n.startswith("BODY_") for n in self.module.constants) else
            "The descriptions the checkers report through (smscodec._spec.bodies).",
        )
        return name

    def _field_ref(self, body: Body, f: Field) -> str:
        """The name of the field ``f`` of ``body`` in generated code."""
        name = f"FIELD_{_upper(body)}_{f.name.upper()}"
        self.module.constant(name, f"{self._body_ref(body)}.fields[{body.fields.index(f)}]")
        return name

    def _rule_ref(self, body: Body, f: Field) -> str:
        """The name of the rule of the field ``f`` of ``body`` in generated code."""
        name = f"RULE_{_upper(body)}_{f.name.upper()}"
        self.module.constant(name, f"{self._body_ref(body)}.fields[{body.fields.index(f)}].rule")
        return name

    def decoder(self, body: Body) -> str:
        """One function for a whole top-level body, every nested object and loop inlined.

        ``(tree, limits, raw=None, utf8=False) -> model | None``. With ``raw``, the JSON text
        the tree was read from by plain `json.loads` (which keeps the last of repeated keys), a
        sealed body also proves that no key was repeated: see `sealed`. ``utf8`` says ``raw``
        was decoded from bytes, so only its escapes can hold a lone surrogate.
        """
        name = f"decode_{name_of(body)}"
        self._depth = 0
        lines = self._object(body, "d0", "o0", 0, sealed=sealed(body))
        out = [
            f"def {name}(",
            "    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False",
            ") -> Any:",
            f'    """The {self._model(body)} of a plainly valid tree, else None."""',
        ]
        # A lone surrogate or an escaped colon can only come from a \\u escape, unless the
        # text was handed in as a Python str (bytes were decoded strictly from UTF-8).
        # (A one-character search is a memchr; most bodies have no backslash at all.)
        out += _declared(lines)
        out.append("    dirty = not utf8 or raw is None or ('\\\\' in raw and '\\\\u' in raw)")
        if sealed(body):
            out.append("    seen = tc = 0")
        out.append("    try:")
        out.extend("        " + line for line in lines)
        out.append("    except KeyError:  # a required member is missing")
        out.append("        return None")
        if sealed(body):
            # Every ':' of the text is a member's or a text's own (see `sealed`).
            out.append("    if raw is not None and (raw.count(':') != seen + tc or (tc and dirty"
                       " and ('\\\\u003a' in raw or '\\\\u003A' in raw))):")
            out.append("        return None")
        out.append("    return o0")
        self.lines.append("\n".join(out))
        return name

    def _object(self, body: Body, d: str, o: str, depth: int, *, sealed: bool) -> list[str]:
        """Source that checks the dict ``d`` against ``body`` and builds its model as ``o``."""
        out = [f"if type({d}) is not dict:", "    return None"]
        required = sum(f.required for f in body.fields)
        counted = body.closed and required < len(body.fields)
        count = f"k{depth}"
        if counted:
            out.append(f"{count} = {required}")
        names = {}
        for i, f in enumerate(body.fields):
            x = f"x{depth}_{i}"
            names[f.name] = x
            check = self._field(f, x, depth, sealed=sealed)
            # An object's dict is checked in the name its own checks use.
            v = f"d{depth + 1}" if f.kind in (Kind.OBJECT, Kind.UNION) else "v"
            if f.required:
                out.append(f"{v} = {d}[{f.wire!r}]")
                out.extend(check)
            elif body.closed:
                # A null reads as absent here; the member count then tells it apart.
                out.append(f"{v} = {d}.get({f.wire!r})")
                out.append(f"if {v} is None:")
                out.append(f"    {x} = {f.default!r}")
                out.append("else:")
                out.append(f"    {count} += 1")
                out.extend("    " + line for line in check)
            else:
                # An open body is decoded here only tolerantly, which reads a null as absent:
                # absent and null are one case.
                out.append(f"{v} = {d}.get({f.wire!r})")
                out.append(f"if {v} is None:")
                out.append(f"    {x} = {f.default!r}")
                out.append("else:")
                out.extend("    " + line for line in check)
        if body.closed:
            members = count if counted else str(required)
            out.append(f"if len({d}) != {members}:")
            out.append("    return None")
            if sealed:
                out.append(f"seen += {members}")
        # A check that only reports when strict is skipped: strict decoding never comes here.
        valid = _check(body, names)
        if valid is not None:
            out.append(f"if not ({valid}):")
            out.append("    return None")
        out.extend(self._build(body, o, names))
        return out

    def _build(self, body: Body, o: str, names: dict[str, str]) -> list[str]:
        """Source that builds the model into ``o`` from the checked values ``names``: slot
        stores into its mutable class, then the class switch (see `_core.mutable`)."""
        model = self._model(body)
        mutable = f"Mutable{model}"
        self.module.constant("new: Callable[[type], Any]", "object.__new__", comment=(
            "A model is built in a mutable class with the same slots, then switched to the\n"
            "model's class (smscodec._core.mutable)."
        ))
        self.module.constant(mutable, f"mutable_class({model})")
        return [
            f"{o} = new({mutable})",
            *(f"{o}.{f.name} = {names[f.name]}" for f in body.fields),
            f"{o}.__class__ = {model}",
        ]

    def _field(self, f: Field, x: str, depth: int, *, sealed: bool) -> list[str]:
        """Source that checks ``v`` by the field's rule and binds the value to ``x``."""
        kind = f.kind
        if kind in (Kind.TOKEN, Kind.TEXT, Kind.INTEGER, Kind.ENUM, Kind.BOOLEAN):
            out = [f"if not ({_valid(f)}):", "    return None", f"{x} = v"]
            if kind in _STRINGS and sealed:
                out.append("if ':' in v:")
                out.append("    tc += v.count(':')")
            return out
        if kind is Kind.DECIMAL or kind is Kind.TIMESTAMP:
            # The rule's parse states the valid case (too much to inline) and makes the value,
            # or gives None: the validator then accepts or explains.
            out = [f"{x} = {_parser(f)}(v)", f"if {x} is None:", "    return None"]
            if kind is Kind.TIMESTAMP and sealed:
                out.append("tc += v.count(':')")
            return out
        if kind is Kind.DESTINATIONS:
            item = f.rule.item
            assert item is not None
            lone = [] if f.always_array else [
                "if type(v) is str:",
                f"    if not ({item.valid_source('v', typed=True)}):",
                "        return None",
                f"    {x} = (v,)",
            ]
            return [
                *lone,
                f"{'el' if lone else ''}if type(v) is list and {_bound(f, 'v')}:",
                "    for e in v:",
                f"        if not ({item.valid_source('e')}):",
                "            return None",
                f"    {x} = tuple(v)",
                "else:",
                "    return None",
            ]
        if kind is Kind.MAP:
            return [f"{x} = fast_string_lists(v, L)", f"if {x} is None:", "    return None"]
        if kind is Kind.OCTETS:
            parse = f.rule.parse
            assert parse is not None
            return [
                f"if not ({f.rule.valid_source('v')}):",
                "    return None",
                f"{x} = {parse.__name__}(v)",
                f"if {x} is None:",
                "    return None",
            ]
        d, o = f"d{depth + 1}", f"o{depth + 1}"
        if kind is Kind.UNION:
            # The shape its telling fields name, inlined; anything else is the rule's.
            out = [f"if type({d}) is not dict:", "    return None"]
            for i, (shape, test) in enumerate(zip(f.choices, _shape_tests(f, d), strict=True)):
                out.append(f"{'if' if i == 0 else 'elif'} {test}:")
                child = self._object(shape, d, o, depth + 1, sealed=sealed)
                out.extend("    " + line for line in child)
            return [*out, "else:", "    return None", f"{x} = {o}"]
        assert f.body is not None
        child = self._object(f.body, d, o, depth + 1, sealed=sealed)
        if kind is Kind.OBJECT:
            return [*child, f"{x} = {o}"]
        return [
            f"if type(v) is not list or not {_bound(f, 'v')}:",
            "    return None",
            f"{x} = []",
            f"append{depth} = {x}.append",
            f"for {d} in v:",
            *("    " + line for line in child),
            f"    append{depth}({o})",
            f"{x} = tuple({x})",
        ]

    # --- the checker: the same checks, with the rules reporting what fails -----------------

    def checker(self, body: Body) -> str:
        """``(tree, limits, report) -> (model | INVALID | UNBUILT, colons)`` for a sealed body.

        What `_validate.walk.walk_object` gives, issue for issue, for the same tree: each value
        takes its fast check, and only a value that fails it goes to its field's rule, which reports
        it as the validator would. So a body with a fault in every message costs about what a
        valid one does, not a walk of the generic validator. ``colons`` is `tree.colons` of the
        tree, counted on the way, which proves a plain tree had no repeated key (`sealed`).
        """
        assert sealed(body)
        name = f"check_{name_of(body)}"
        lines = self._check_object(body, "d0", "o0", 0, "None")
        out = [f"def {name}(d0: Any, L: Limits, R: Report) -> tuple[Any, int]:",
               f'    """The {self._model(body)} of a tree, or what its issues in ``R`` leave;'
               ' with the colons."""']
        out += _declared(lines)
        # Only a text's fast check asks whether it may hold a lone surrogate.
        if any(re.search(r"\bdirty\b", line) for line in lines):
            out.append("    dirty = True")
        out += ["    seen = 0", *("    " + line for line in lines), "    return o0, seen"]
        self.lines.append("\n".join(out))
        return name

    def _check_object(self, body: Body, d: str, o: str, depth: int, loc: str) -> list[str]:
        """Source that checks the tree ``d`` against ``body`` into ``o``; ``loc`` is an
        expression for where it sits, evaluated only when something there is reported."""
        described = self._body_ref(body)
        bad, found = f"b{depth}", f"k{depth}"
        inner: list[str] = [f"{bad} = False", f"{found} = 0"]
        names = {}
        for i, f in enumerate(body.fields):
            x = f"x{depth}_{i}"
            names[f.name] = x
            v = f"d{depth + 1}" if f.kind is Kind.OBJECT else "v"
            inner.append(f"{v} = {d}.get({f.wire!r}, MISSING)")
            inner.append(f"if {v} is MISSING:")
            if f.required:
                inner.append(f"    missing(R, {loc}, {self._field_ref(body, f)})")
                inner.append(f"    {bad} = True")
            else:
                inner.append(f"    {x} = {f.default!r}")
            inner.append("else:")
            inner.append(f"    {found} += 1")
            inner.extend("    " + line
                         for line in self._check_field(body, f, x, depth, loc, bad))
        known = f"KNOWN_{_upper(body)}"
        self.module.constant(known, f"frozenset(f.wire for f in {described}.fields)")
        inner.append(f"seen += len({d})")
        inner.append(f"if {found} != len({d}):")
        inner.append(f"    unknown({described}, {d}, R, {loc})")
        inner.append(f"    {bad} = True")
        inner.append(f"    seen += sum(k.count(':') + colons({d}[k]) for k in {d} "
                     f"if k not in {known})")
        valid = _check(body, names)
        if valid is not None:
            # Only a value set that fails the valid case goes to the check, which reports.
            values = "{" + ", ".join(f"{f.name!r}: {names[f.name]}" for f in body.fields) + "}"
            check = f"CHECK_{_upper(body)}"
            self.module.constant(check, f"cast(BodyCheck, {described}.check)")
            inner.append(f"if {bad} or (not ({valid}) and not {check}({values}, R, {loc})):")
        else:
            assert body.check is None or body.check.strict_only, body.check
            inner.append(f"if {bad}:")
        inner.append(f"    {o} = INVALID")
        inner.append("elif R.issues or R.more:")
        inner.append(f"    {o} = UNBUILT")
        inner.append("else:")
        inner.extend("    " + line for line in self._build(body, o, names))
        test = f"type({d}) is not dict"
        if body.foreign:
            # An object of another API version: the validator names the mix-up once.
            foreign = f"FOREIGN_{_upper(body)}"
            self.module.constant(foreign, f"frozenset({described}.foreign)")
            test += f" or not {foreign}.isdisjoint({d})"
        return [
            f"if {test}:",
            f"    seen += colons({d})",
            f"    {o} = walk_object({described}, {d}, R, {loc})",
            "else:",
            *("    " + line for line in inner),
        ]

    def _check_field(
        self, body: Body, f: Field, x: str, depth: int, loc: str, bad: str
    ) -> list[str]:
        """Source that binds ``x`` to the value of ``v``, or to what the field's rule says."""
        rule = self._rule_ref(body, f)
        slow = [
            "seen += colons(v)",
            f"{x} = {rule}(v, R, {loc}, {f.wire!r})",
            f"if {x} is INVALID:",
            f"    {bad} = True",
        ]
        kind = f.kind
        if kind in (Kind.TEXT, Kind.ENUM):
            return [f"if {_valid(f)}:", f"    {x} = v", "    if ':' in v:",
                    "        seen += v.count(':')",
                    "else:", *("    " + line for line in slow)]
        if kind in (Kind.TOKEN, Kind.INTEGER, Kind.BOOLEAN):
            return [f"if {_valid(f)}:", f"    {x} = v", "else:", *("    " + line for line in slow)]
        if kind is Kind.DECIMAL or kind is Kind.TIMESTAMP:
            out = [f"{x} = {_parser(f)}(v)", f"if {x} is None:", *("    " + line for line in slow)]
            if kind is Kind.TIMESTAMP:
                out += ["else:", "    seen += v.count(':')"]
            return out
        if kind is Kind.UNION:
            return slow  # the rule chooses the shape and walks it, as the validator does
        if kind is Kind.DESTINATIONS:
            item = f.rule.item
            assert item is not None
            return [
                f"ok = type(v) is list and {_bound(f, 'v')}",
                "if ok:",
                "    for e in v:",
                f"        if not ({item.valid_source('e')}):",
                "            ok = False",
                "            break",
                "if ok:",
                f"    {x} = tuple(v)",
                *([] if f.always_array else [f"elif {item.valid_source('v')}:", f"    {x} = (v,)"]),
                "else:",
                *("    " + line for line in slow),
            ]
        if kind is Kind.OCTETS:
            parse = f.rule.parse
            assert parse is not None
            return [
                f"{x} = {parse.__name__}(v) if {f.rule.valid_source('v')} else None",
                f"if {x} is None:",
                *("    " + line for line in slow),
            ]
        assert f.body is not None
        d, o = f"d{depth + 1}", f"o{depth + 1}"
        if kind is Kind.OBJECT:
            return [
                *self._check_object(f.body, d, o, depth + 1, f"({loc}, {f.wire!r})"),
                f"{x} = {o}",
                f"if {x} is INVALID:",
                f"    {bad} = True",
            ]
        item_loc = f"(({loc}, {f.wire!r}), i{depth})"
        return [
            f"if type(v) is list and {_bound(f, 'v')}:",
            f"    {x} = []",
            f"    for i{depth}, {d} in enumerate(v):",
            *("        " + line for line in self._check_object(f.body, d, o, depth + 1,
                                                                item_loc)),
            f"        if {o} is INVALID:",
            f"            {bad} = True",
            f"        {x}.append({o})",
            f"    {x} = tuple({x})",
            "else:",
            *("    " + line for line in slow),
        ]



def generate(module: Module, bodies: tuple[Body, ...] | None = None) -> None:
    """Fill ``module`` (``smscodec/_generated/json_fast.py``) for every top-level body, or
    for ``bodies`` (descriptions made elsewhere, such as a test's)."""
    kinds = tuple(KINDS.values()) if bodies is None else bodies
    gen = FastGen(module)
    decoders = [(body, gen.decoder(body)) for body in kinds]
    checkers = [(body, gen.checker(body)) for body in kinds if sealed(body)]
    encoders = [(body, gen.encoder(body, top=True)) for body in kinds]
    for table, functions, what in (
        ("DECODERS", decoders, "decoder"),
        ("CHECKERS", checkers, "checker"),
        ("ENCODERS", encoders, "encoder"),
    ):
        module.tables += [
            f"#: Model class to its {what} (see smscodec._fastpath).",
            f"{table}: dict[type[Any], Callable[..., Any]] = {{",
            *(f"    {gen._model(body)}: {name}," for body, name in functions),
            "}",
        ]
    module.import_used(HELPERS)
