"""The v3 error body (`ApiError`) written from a failed decode, and issue paths written the way
the v3 API writes a property.

An issue's path is a JSON Pointer (``/messages/0/destinations/0/to``); the v3 API names a
property as a dotted path with indices in brackets (``messages[0].destinations[0].to``). Each
pointer token is unescaped (``~1`` is ``/``, ``~0`` is ``~``); a token of digits only is an
array index, ``[0]``; a name made of letters, digits and underscores (not starting with a
digit) is written after a dot (none before the first); any other name is written in brackets
as a JSON string, ``["odd name"]``, so that every property reads back to one pointer. The
whole body (the empty pointer) is the empty property.
"""

from __future__ import annotations

import json
import re
from typing import Final

from .._core.errors import SmsCodecError, ValidationError
from .models_v3 import ApiError, ApiErrorViolation

__all__ = ["api_error", "property_of"]

_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
#: The error code the description's own 400 example carries.
BAD_REQUEST: Final = "E400"


def property_of(pointer: str) -> str:
    """The v3 property for a JSON Pointer (see the module docstring)."""
    if not pointer:
        return ""
    out: list[str] = []
    for token in pointer[1:].split("/"):
        name = token.replace("~1", "/").replace("~0", "~")
        if name.isdigit() and name.isascii():
            out.append(f"[{name}]")
        elif _NAME.fullmatch(name):
            out.append(f".{name}" if out else name)
        else:
            out.append(f"[{json.dumps(name, ensure_ascii=False)}]")
    return "".join(out)


def api_error(error: SmsCodecError, *, error_code: str = BAD_REQUEST) -> ApiError:
    """The v3 error body for a failed decode: one violation per issue, in the order found."""
    violations = tuple(
        ApiErrorViolation(property=property_of(issue.path), violation=issue.message)
        for issue in error.issues
    )
    more = error.more if isinstance(error, ValidationError) else 0
    count = len(violations) + more
    description = (
        f"The request is invalid: {count} problem{'s' if count != 1 else ''}"
        + (f", of which {more} not listed" if more else "")
        if violations else str(error)
    )
    return ApiError(
        error_code=error_code,
        description=description,
        action="Correct each property listed in violations and send the request again.",
        violations=violations,
        resources=(),
    )
