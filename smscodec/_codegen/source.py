"""What the generators share: the names of bodies in generated code, and the module around
the generated functions (header, imports, constants, tables)."""

from __future__ import annotations

import io
import re
import tokenize
from dataclasses import dataclass, field

from .._spec.vocabulary import Body

__all__ = ["Module", "name_of"]

LINE: int = 100  # ruff's line length, for the import block only (see `Module.render`)


def name_of(body: Body) -> str:
    """A body's name in generated code: its kind (``binary_multi_request``), or for a part
    of a body its model's name in snake case (``binary_content``)."""
    if body.name is not None:
        return body.name.replace("-", "_")
    return re.sub(r"(?<!^)(?=[A-Z])", "_", body.model.__name__).lower()


def _import_order(name: str) -> tuple[int, str, str]:
    # isort's order by type, as ruff checks it: CONSTANTS, then Classes, then the rest; within
    # each, regardless of case (DeliveryReports before DeliveryReportV3).
    base = name.split(" as ")[0]
    if base.isupper() and len(base) > 1:
        return 0, base.lower(), base
    return (1 if base[:1].isupper() else 2), base.lower(), base


def _prefix(literal: str) -> str:
    """A string literal's prefix: ``f``, ``rb``..."""
    return literal[: len(literal) - len(literal.lstrip("bfrBFRuU"))]


@dataclass
class Module:
    """A generated module's parts, rendered in a fixed order by `render`."""

    doc: str
    #: module (absolute, or relative to the generated module) -> names (``a`` or ``a as b``)
    imports: dict[str, set[str]] = field(default_factory=dict)
    #: module-level names -> their expressions, in the order they are bound
    constants: dict[str, str] = field(default_factory=dict)
    #: a comment before each group of constants, by the first constant of the group
    comments: dict[str, str] = field(default_factory=dict)
    functions: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)
    #: Write the package's modules as absolute imports (``smscodec._spec.rules``): for a module
    #: generated outside the package, such as a test's from its own descriptions.
    absolute: bool = False

    def use(self, module: str, name: str) -> None:
        self.imports.setdefault(module, set()).add(name)

    def constant(self, name: str, expression: str, comment: str | None = None) -> None:
        if name not in self.constants:
            self.constants[name] = expression
            if comment is not None:
                self.comments[name] = comment

    def import_used(self, helpers: dict[str, tuple[str, str]]) -> None:
        """Import each of ``helpers`` (name -> (module, its name there)) that the code names,
        and no other, so no import is ever unused."""
        constants = [f"{name} = {value}" for name, value in self.constants.items()]
        code = "\n".join([*self.functions, *constants, *self.tables])
        tokens = tokenize.generate_tokens(io.StringIO(code).readline)
        named: set[str] = set()
        for token in tokens:
            if token.type == tokenize.NAME:
                named.add(token.string)
            elif token.type == tokenize.STRING and "f" in _prefix(token.string).lower():
                # Up to Python 3.11 an f-string is one token: its replacement fields too.
                named.update(re.findall(r"[A-Za-z_]\w*", token.string))
        for name, (module, original) in helpers.items():
            if name in named:
                self.use(module, name if name == original else f"{original} as {name}")

    def render(self) -> str:
        sections: list[list[str]] = [[], [], []]  # the standard library, lxml, the package
        for module in sorted(self.imports, key=lambda m: (m.startswith("."), m)):
            names = sorted(self.imports[module], key=_import_order)
            if self.absolute and module.startswith(".."):
                module = "smscodec." + module[2:]
            section = sections[2 if module.startswith(".") else 1 if module == "lxml" else 0]
            line = f"from {module} import {', '.join(names)}"
            if len(line) <= LINE:
                section.append(line)
            else:
                section.extend([f"from {module} import (", *(f"    {n}," for n in names), ")"])
        out = [f'"""{self.doc}"""', "", "from __future__ import annotations"]
        for section in sections:
            if section:
                out += ["", *section]
        if self.constants:
            out.append("")
            for name, expression in self.constants.items():
                comment = self.comments.get(name)
                if comment is not None:
                    if out[-1]:
                        out.append("")
                    out += [f"# {line}".rstrip() for line in comment.splitlines()]
                out.append(f"{name} = {expression}")
        for function in self.functions:
            out += ["", "", function]
        if self.tables:
            out += ["", "", *self.tables]
        return "\n".join(out) + "\n"
