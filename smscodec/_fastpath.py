"""Specialised decode and encode functions, generated from the body descriptions.

The generic validator (`_validate.walk`) walks a description field by field and explains every
fault; that is the source of truth. From the same descriptions `_codegen.fast` generates
straight-line Python into ``_generated/json_fast.py`` (committed; regenerate it with
``scripts/generate_code.py``), one function per top-level body with every nested object
inlined:

- a decoder that builds the model, or returns None the moment anything is not plainly valid
  (the caller then runs the validator, which accepts or explains);
- for sealed bodies (the requests, see `sealed`) a checker, the decoder's reporting
  counterpart for a refused body: each value takes its fast check and only a value that fails
  it goes to its field's own rule, so the issues are the validator's, at the cost of the fast
  path;
- an encoder that writes canonical JSON with string concatenation.

The valid case of every rule is stated once in `rules` (as an expression the generator
inlines, or a predicate the generated code calls); property tests check that decoder, checker
and validator agree on every body. This module holds the lookups by model class.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from ._core.limits import Limits
from ._core.report import Report
from ._generated import json_fast
from ._spec.vocabulary import Body

__all__ = ["CHECKERS", "DECODERS", "ENCODERS", "sealed"]


class Decoder(Protocol):
    """A generated decoder: the model of a plainly valid tree, else None (see `sealed`)."""

    def __call__(
        self, tree: Any, limits: Limits, raw: str | None = None, utf8: bool = False, /
    ) -> Any: ...


Encoder = Callable[[Any], bytes]


def sealed(body: Body) -> bool:
    """True if ``body`` and every object in it are closed: each member is a known field.

    In JSON, a ':' outside strings separates a member's name from its value, and nothing else
    does. So when every object is closed, plain `json.loads` (which silently keeps the last of
    repeated keys) suffices: the text's colons must number exactly the tree's members plus the
    colons inside its free texts, or a key was repeated. A colon written as the escape
    ``\\u003a`` inside a text would hide one repeat, so a text with a colon also needs the
    text to hold no such escape. Open bodies (responses) are read with the duplicate-keeping
    hook instead.
    """
    return body.closed and all(
        all(map(sealed, f.choices)) and (f.body is None or sealed(f.body)) for f in body.fields
    )


Checker = Callable[[Any, Limits, Report], Any]

#: Model class to its generated decoder ``(tree, limits, raw=None, utf8=False) -> model |
#: None``; sealed model class to its checker ``(tree, limits, report) -> model | INVALID |
#: UNBUILT`` (finish it with `_validate.walk.finish`); top-level model class to its generated JSON
#: encoder ``model -> bytes`` (UTF-8).
DECODERS: dict[type[Any], Decoder] = dict(json_fast.DECODERS)
CHECKERS: dict[type[Any], Checker] = dict(json_fast.CHECKERS)
ENCODERS: dict[type[Any], Encoder] = dict(json_fast.ENCODERS)
