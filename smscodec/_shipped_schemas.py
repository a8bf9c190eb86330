"""The shipped JSON Schema and XSD files, read from the package data.

Kept apart from `schemas`, which writes these files and needs lxml for the XSD: reading them
needs neither, so ``import smscodec`` stays light.
"""

from __future__ import annotations

from importlib import resources
from typing import Final, Literal

from ._spec.bodies import KINDS

__all__ = ["KIND_NAMES", "Language", "file_name", "schema"]

Language = Literal["json", "xsd"]

#: The kinds that have schemas, in the order the command line lists them.
KIND_NAMES: Final = tuple(KINDS)


def file_name(kind: str, language: Language = "json") -> str:
    """The name of a shipped schema file: ``<kind>.schema.json`` or ``<kind>.xsd``."""
    return f"{kind}.schema.json" if language == "json" else f"{kind}.xsd"


def schema(kind: str, language: Language = "json") -> str:
    """The shipped JSON Schema (``"json"``) or XSD (``"xsd"``) of a body kind, as text.

    ``kind`` is one of `KIND_NAMES` (``text-multi-request``, ..., ``request-error``).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown body kind {kind!r}; use one of {', '.join(KIND_NAMES)}")
    if language not in ("json", "xsd"):
        raise ValueError(f"language must be 'json' or 'xsd', not {language!r}")
    data = resources.files("smscodec").joinpath("schema_files", file_name(kind, language))
    return data.read_text(encoding="utf-8")
