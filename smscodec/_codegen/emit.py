"""The one emitter of the generated modules: each module's path and text, made from the body
descriptions by the generators here. ``scripts/generate_code.py`` writes them; a test fails
while the committed modules differ from what `generate` makes now.
"""

from __future__ import annotations

from collections.abc import Callable

from . import fast, plain
from .source import Module

__all__ = ["FOLDER", "generate"]

#: Where the generated modules live, relative to the repository root.
FOLDER = "smscodec/_generated"

_HEADER = """

GENERATED FILE: do not edit by hand. Written by scripts/generate_code.py with
{generator}, from {source}.
To change it, change those and run `python scripts/generate_code.py`; tests/test_generated.py
fails while this file differs from what the generator makes now.
"""

#: Each generated module: its file name, first line, generator, what else it is made from, and
#: the function that fills it.
_MODULES: tuple[tuple[str, str, str, str, Callable[[Module], None]], ...] = (
    (
        "json_fast.py",
        "Fast paths, one per top-level body: decoder, checker (sealed bodies) and JSON encoder.",
        "smscodec/_codegen/fast.py",
        "the body descriptions in smscodec/_spec/bodies.py and the valid cases\n"
        "stated in the rules, smscodec/_spec/rules/",
        fast.generate,
    ),
    (
        "xml_plain.py",
        "Plain XML readers, one per top-level body: the tree of a plain document, else None.",
        "smscodec/_codegen/plain.py",
        "the body descriptions in smscodec/_spec/bodies.py",
        plain.generate,
    ),
)


def generate() -> dict[str, str]:
    """Every generated module's path, relative to the repository root, and its text."""
    files = {}
    for name, title, generator, source, fill in _MODULES:
        module = Module(title + _HEADER.format(generator=generator, source=source))
        fill(module)
        files[f"{FOLDER}/{name}"] = module.render()
    return files
