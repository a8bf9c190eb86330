"""The expression a one-line function returns, as source over other names: how the generated
fast paths inline a rule's valid case (see `schema.FieldRule`).

A rule's valid case is written once, as an ordinary function whose body is one ``return``
(``sender_ok(v)``): the careful validator calls it, and the generators inline its expression,
so that the fast path makes no call per value and both test exactly the same thing. Constants
the expression names (module constants, or a closure's cells) are written as literals; names
of functions stay as they are, for the generated module to import.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from collections.abc import Callable
from typing import Any

__all__ = ["inline"]


def inline(function: Callable[..., Any], *arguments: str) -> str:
    """The source of what ``function`` returns, its parameters replaced by ``arguments``
    (names or parenthesised expressions), in order."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    definition = tree.body[0]
    assert isinstance(definition, ast.FunctionDef), f"{function.__name__}: not a def"
    statements = [s for s in definition.body if not _docstring(s)]
    if len(statements) != 1 or not isinstance(statements[0], ast.Return):
        raise ValueError(f"{function.__qualname__} must be one return statement to be inlined")
    expression = statements[0].value
    assert expression is not None
    parameters = [a.arg for a in definition.args.args]
    if len(arguments) < len(parameters):
        raise ValueError(f"{function.__qualname__} takes {parameters}; given {arguments}")
    names = dict(zip(parameters, arguments, strict=False))
    free = dict(zip(function.__code__.co_freevars,
                    (c.cell_contents for c in function.__closure__ or ()), strict=True))
    replaced = _Replace(names, {**function.__globals__, **free}).visit(expression)
    return ast.unparse(replaced)


def _docstring(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)


class _Replace(ast.NodeTransformer):
    def __init__(self, names: dict[str, str], scope: dict[str, Any]) -> None:
        self.names = names
        self.scope = scope

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if not isinstance(node.ctx, ast.Load):
            return node  # an assignment expression's target: a local of the generated code
        if node.id in self.names:
            return ast.parse(self.names[node.id], mode="eval").body
        value = self.scope.get(node.id)
        if isinstance(value, bool | int | str | float):
            return ast.Constant(value)
        if isinstance(value, frozenset | tuple) and (
            all(type(x) is int for x in value) or all(type(x) is str for x in value)
        ):
            # A tuple literal is built once by the compiler; `in` means the same.
            return ast.parse(repr(tuple(sorted(value))), mode="eval").body
        return node  # a function the generated module imports, or a builtin
