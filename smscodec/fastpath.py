"""Specialised decode and encode functions, generated from the body descriptions.

The generic validator (`validate`) walks a description field by field and explains every
fault; that is the source of truth. For the common case, a valid body, this module generates
straight-line Python from the same descriptions: a decoder that builds the model, or returns
None the moment anything is not plainly valid (the caller then runs the validator, which
accepts or explains), and an encoder that writes canonical JSON with string concatenation.
The valid case of every rule is stated once in `rules` (as an expression this module inlines,
or a predicate it calls), shared by both paths; a property test checks that the two paths
agree on every body.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from json.encoder import encode_basestring
from typing import Any

from . import rules
from .bodies import KINDS
from .limits import Limits
from .schema import MISSING, Body, Field, Kind

__all__ = ["DECODERS", "ENCODERS"]

Decoder = Callable[[Any, Limits], Any]
Encoder = Callable[[Any], bytes]


def _string_rule(field: Field) -> str:
    """Source that accepts ``v`` (known to be a str) or returns None, by the field's rule."""
    rule = field.rule
    if rule is rules.text:
        return "if not text_fits(v, L): return None"
    # Every other TEXT field takes the generic string rule (responses, error bodies).
    return "if len(v) > L.max_string_length or not is_clean(v): return None"


def _over(expression: str, name: str) -> str:
    """A rule's valid-case expression over ``v``, rewritten over another variable."""
    return re.sub(r"\bv\b", name, expression)


class _Gen:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.names: dict[int, str] = {}
        self.env: dict[str, Any] = {
            "MISSING": MISSING,
            "new": object.__new__,
            "text_fits": rules.text_fits,
            "is_clean": rules.is_clean,
            "parse_hex": rules.parse_hex,
            "payload_fits": rules.payload_fits,
            "encode_text": encode_basestring,
        }

    def decoder(self, body: Body) -> str:
        key = id(body)
        if key in self.names:
            return self.names[key]
        name = f"_decode_{body.model.__name__}"
        self.names[key] = name
        self.env[body.model.__name__] = body.model
        out: list[str] = [f"def {name}(d, L):", "    if type(d) is not dict: return None",
                          "    found = 0"]
        for i, f in enumerate(body.fields):
            x = f"x{i}"
            out.append(f"    v = d.get({f.wire!r}, MISSING)")
            if f.required:
                out.append("    if v is MISSING: return None")
                out.append("    found += 1")
                out.extend("    " + line for line in self._field(f, x))
            else:
                out.append(f"    if v is MISSING: {x} = {f.default!r}")
                out.append("    else:")
                out.append("        found += 1")
                out.extend("        " + line for line in self._field(f, x))
        if body.closed:
            out.append("    if found != len(d): return None")
        names = {f.name: f"x{i}" for i, f in enumerate(body.fields)}
        if body.check is rules.binary_content:
            out.append(
                f"    if not payload_fits({names['hex']}, {names['data_coding']}, "
                f"{names['esm_class']}): return None"
            )
        elif body.check is not None and body.check is not rules.status_groups:
            raise AssertionError(f"no fast path for the check {body.check!r}")
        # status_groups only reports when strict, and strict decoding never takes this path.
        model = body.model.__name__
        out.append(f"    o = new({model})")
        for i, f in enumerate(body.fields):
            # The slot's own setter: what a frozen dataclass's __init__ does, minus the lookup.
            setter = f"set_{model}_{f.name}"
            self.env[setter] = body.model.__dict__[f.name].__set__
            out.append(f"    {setter}(o, x{i})")
        out.append("    return o")
        self.lines.append("\n".join(out))
        return name

    def _field(self, f: Field, x: str) -> list[str]:
        kind = f.kind
        if kind is Kind.TOKEN:
            assert f.rule is rules.sender
            return [f"if type(v) is not str or not ({rules.SENDER_OK}): return None", f"{x} = v"]
        if kind is Kind.TEXT:
            return ["if type(v) is not str: return None", _string_rule(f), f"{x} = v"]
        if kind is Kind.INTEGER:
            rule = f.rule if isinstance(f.rule, rules.Integer) else rules.RESPONSE_INTEGER
            if not isinstance(f.rule, rules.Integer):
                assert f.rule is rules.sms_count  # the same range unless strict
            return [
                f"if type(v) is not int or not {rule.lo} <= v <= {rule.hi}: return None",
                f"{x} = v",
            ]
        if kind is Kind.DESTINATIONS:
            return [
                "if type(v) is str:",
                f"    if not ({rules.DESTINATION_OK}): return None",
                f"    {x} = (v,)",
                f"elif type(v) is list and {f.min_items} <= len(v) <= L.{f.max_items}:",
                "    for e in v:",
                f"        if type(e) is not str or not ({_over(rules.DESTINATION_OK, 'e')}): "
                "return None",
                f"    {x} = tuple(v)",
                "else: return None",
            ]
        if kind is Kind.OCTETS:
            return [
                "if type(v) is not str or len(v) >= 3 * L.max_payload_octets: return None",
                f"{x} = parse_hex(v)",
                f"if {x} is None: return None",
            ]
        assert f.body is not None
        child = self.decoder(f.body)
        if kind is Kind.OBJECT:
            return [f"{x} = {child}(v, L)", f"if {x} is None: return None"]
        return [
            f"if type(v) is not list or not {f.min_items} <= len(v) <= L.{f.max_items}: "
            "return None",
            f"{x} = []",
            "for e in v:",
            f"    y = {child}(e, L)",
            "    if y is None: return None",
            f"    {x}.append(y)",
            f"{x} = tuple({x})",
        ]

    def encoder(self, body: Body, *, top: bool = False) -> str:
        """A function ``model -> str``, or for a whole body (``top``) ``model -> bytes``.

        A whole body's array (``messages``) is joined as bytes, each item encoded on its own:
        one item with an astral character would otherwise widen the whole joined string to
        four bytes a character before it is encoded.
        """
        key = -id(body) - (1 if top else 0)
        if key in self.names:
            return self.names[key]
        name = f"_encode_{'top_' if top else ''}{body.model.__name__}"
        self.names[key] = name
        out = [f"def {name}(o):"]
        template = ""
        pieces: list[str] = []  # for a whole body: encoded str templates and bytes arrays
        # Optional members before the first always-present one carry a trailing comma, those
        # after it a leading one, so no comma is ever doubled or left hanging.
        anchored = False
        for i, f in enumerate(body.fields):
            always = f.required or f.default is not None
            out.append(f"    v{i} = o.{f.name}")
            if always:
                # Integers and validated ASCII go straight into the f-string.
                if f.kind is Kind.INTEGER:
                    value = f"{{v{i}}}"
                elif f.kind is Kind.TOKEN:
                    value = f'"{{v{i}}}"'
                elif f.kind is Kind.OCTETS:
                    value = f'"{{v{i}.hex(" ")}}"'
                elif top and f.kind is Kind.ARRAY:
                    assert f.body is not None
                    child = self.encoder(f.body)
                    template += ("," if anchored else "") + f'"{f.wire}":'
                    pieces.append(f"f'{{{{{template}'.encode()")
                    pieces.append(f"b'[' + b','.join([{child}(x).encode() for x in v{i}]) + b']'")
                    template = ""
                    anchored = True
                    continue
                else:
                    out.append(f"    e{i} = {self._write(f, f'v{i}')}")
                    value = f"{{e{i}}}"
                template += ("," if anchored else "") + f'"{f.wire}":' + value
                anchored = True
            else:
                member = f'"{f.wire}":'
                text = self._write(f, f"v{i}")
                written = f"',{member}' + {text}" if anchored else f"'{member}' + {text} + ','"
                out.append(f"    e{i} = {written} if v{i} is not None else ''")
                template += f"{{e{i}}}"
        assert anchored, f"{body.model.__name__} has no member that is always written"
        if not top:
            out.append(f"    return f'{{{{{template}}}}}'")
        elif not pieces:
            out.append(f"    return f'{{{{{template}}}}}'.encode()")
        else:
            pieces.append(f"f'{template}}}}}'.encode()")
            out.append("    return " + " + ".join(pieces))
        self.lines.append("\n".join(out))
        return name

    def _write(self, f: Field, v: str) -> str:
        kind = f.kind
        if kind is Kind.TEXT:
            return f"encode_text({v})"
        if kind is Kind.TOKEN:
            return f"'\"' + {v} + '\"'"
        if kind is Kind.INTEGER:
            return f"str({v})"
        if kind is Kind.DESTINATIONS:
            return (
                f"('\"' + {v}[0] + '\"' if len({v}) == 1 else "
                f"'[\"' + '\",\"'.join({v}) + '\"]')"
            )
        if kind is Kind.OCTETS:
            return f"'\"' + {v}.hex(' ') + '\"'"
        assert f.body is not None
        child = self.encoder(f.body)
        if kind is Kind.OBJECT:
            return f"{child}({v})"
        return f"'[' + ','.join(map({child}, {v})) + ']'"


def _generate() -> tuple[dict[type[Any], Decoder], dict[type[Any], Encoder]]:
    gen = _Gen()
    decoders = {body.model: gen.decoder(body) for body in KINDS.values()}
    encoders = {body.model: gen.encoder(body, top=True) for body in KINDS.values()}
    exec(compile("\n\n".join(gen.lines), "<smscodec.fastpath>", "exec"), gen.env)
    return (
        {model: gen.env[name] for model, name in decoders.items()},
        {model: gen.env[name] for model, name in encoders.items()},
    )


#: Model class to its generated decoder ``(tree, limits) -> model | None``.
#: Top-level model class to its generated JSON encoder ``model -> bytes`` (UTF-8).
DECODERS, ENCODERS = _generate()
