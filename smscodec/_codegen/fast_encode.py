"""The encoders of the fast paths: per body, a function writing its canonical JSON with
string concatenation, one f-string an object (`FastGen` builds the rest; see `fast`)."""

from __future__ import annotations

from .._spec.vocabulary import Body, Field, Kind
from .source import Module, name_of

__all__ = ["EncoderGen"]


def _literal(template: str, *, encoded: bool = False) -> str:
    """The template as an f-string, or as a plain (``encoded``: bytes) literal if nothing in
    it is replaced; ``encoded`` also adds the encoding of the f-string."""
    if "{" in template.replace("{{", "").replace("}}", ""):
        return f"f'{template}'" + (".encode()" if encoded else "")
    text = template.replace("{{", "{").replace("}}", "}")
    return repr(text.encode("ascii") if encoded else text)


class EncoderGen:
    """What `FastGen` writes the encoders with, and the state every part of it shares."""

    def __init__(self, module: Module) -> None:
        self.lines = module.functions
        self.module = module
        self.names: dict[tuple[str, bool], str] = {}

    def _model(self, body: Body) -> str:
        """The model's class name, imported into the generated module (from wherever it is
        defined: a body described outside the package is generated for too)."""
        model = body.model
        module = model.__module__
        if module.startswith("smscodec."):
            module = ".." + module.removeprefix("smscodec.")
        self.module.use(module, model.__name__)
        return model.__name__

    def encoder(self, body: Body, *, top: bool = False) -> str:
        """A function ``model -> str``, or for a whole body (``top``) ``model -> bytes``.

        One f-string an object, nested objects inlined into it. A whole body's array
        (``messages``) is joined as bytes, each item encoded on its own: one item with an
        astral character would otherwise widen the whole joined string to four bytes a
        character before it is encoded.
        """
        key = (name_of(body), top)
        if key in self.names:
            return self.names[key]
        name = f"{'' if top else '_'}encode_{name_of(body)}"
        self.names[key] = name
        out: list[str] = []
        # Only a required array can be split out: an optional one is a conditional fragment.
        array = next((f for f in body.fields if f.kind is Kind.ARRAY and f.required),
                     None) if top else None
        template = "{{" + self._template(body, "o", "v", out, split=array) + "}}"
        if array is None:
            out.append(f"return {_literal(template, encoded=top)}")
        else:
            assert array.body is not None
            head, tail = template.split("\0")
            item = self.encoder(array.body)
            out.append(
                f"return b''.join(({_literal(head, encoded=True)}, "
                f"b','.join([{item}(x).encode() for x in v{body.fields.index(array)}]), "
                f"{_literal(tail, encoded=True)}))"
            )
        model = self._model(body)
        doc = f"The canonical JSON of a {model}" + ("." if top else ", an item of an array.")
        signature = f"def {name}(o: {model}) -> {'bytes' if top else 'str'}:"
        self.lines.append("\n".join([signature, f'    """{doc}"""',
                                     *("    " + line for line in out)]))
        return name

    def _template(
        self, body: Body, o: str, p: str, out: list[str], split: Field | None = None
    ) -> str:
        """The f-string template (no quotes) of the object ``o``; lines binding what it needs
        go to ``out``, as locals named from ``p``. The array ``split`` becomes a NUL mark
        between ``[`` and ``]``, for the caller to join its items as bytes.
        """
        template = ""
        # Optional members before the first always-present one carry a trailing comma, those
        # after it a leading one, so no comma is ever doubled or left hanging. An object with
        # no member that is always present joins those present instead.
        anchored = False
        loose = not any(f.required or f.default is not None for f in body.fields)
        parts = []
        for i, f in enumerate(body.fields):
            v = f"{p}{i}"
            out.append(f"{v} = {o}.{f.name}")
            member = f'"{f.wire}":'
            if f is split:
                value = "[\0]"
            elif f.kind is Kind.OBJECT and f.required:
                assert f.body is not None
                value = "{{" + self._template(f.body, v, f"{v}_", out) + "}}"
            else:
                value = self._value(f, v, out)
            if f.required or f.default is not None:
                template += ("," if anchored else "") + member + value
                anchored = True
            else:
                written = member + value if loose else (
                    f",{member}{value}" if anchored else f"{member}{value},")
                out.append(f"e{v} = f'{written}' if {v} is not None else ''")
                template += f"{{e{v}}}"
                parts.append(f"e{v}")
        if loose:
            return f'{{",".join(filter(None, ({", ".join(parts)},)))}}'
        return template

    def _value(self, f: Field, v: str, out: list[str]) -> str:
        """A member's value as a template fragment; integers and validated ASCII go in as
        they are, only free text is escaped."""
        kind = f.kind
        if kind is Kind.TEXT:
            return f"{{encode_text({v})}}"
        if kind is Kind.TOKEN:
            return f'"{{{v}}}"'
        if kind is Kind.INTEGER:
            return f"{{{v}}}"
        if kind is Kind.OCTETS:
            return f'"{{{v}.hex(" ")}}"'
        if kind is Kind.MAP:
            return f"{{string_lists_json({v})}}"
        if kind is Kind.DESTINATIONS:
            assert f.required, "optional destinations would need their None test first"
            one, many = f"""f'"{{{v}[0]}}"'""", f"""'["' + '","'.join({v}) + '"]'"""
            # Days are an array even of one; their values are names, with nothing to escape.
            out.append(f"w{v} = {many}" if f.always_array
                       else f"w{v} = {one} if len({v}) == 1 else {many}")
            return f"{{w{v}}}"
        # The fragments below are expressions inside the template (double quotes only: it is
        # a single-quoted f-string), so an optional member's is evaluated only when present.
        if kind is Kind.ENUM:
            return f"{{encode_text({v})}}"
        if kind is Kind.BOOLEAN:
            return f'{{"true" if {v} else "false"}}'
        if kind is Kind.DECIMAL:
            return f"{{decimal_text({v})}}"
        if kind is Kind.TIMESTAMP:
            return f'"{{timestamp_text({v})}}"'
        if kind is Kind.OBJECT:  # optional (a required one is inlined): its own function
            assert f.body is not None
            return f"{{{self.encoder(f.body)}({v})}}"
        if kind is Kind.UNION:
            *first, last = f.choices
            # isinstance, which mypy narrows in both branches (the shapes are distinct classes).
            chosen = "".join(
                f"{self.encoder(shape)}({v}) if isinstance({v}, {self._model(shape)}) else "
                for shape in first
            )
            return f"{{{chosen}{self.encoder(last)}({v})}}"
        # A nested array of objects (a whole body's is joined as bytes by `encoder`).
        assert kind is Kind.ARRAY and f.body is not None
        return f'[{{",".join([{self.encoder(f.body)}(x) for x in {v}])}}]'
