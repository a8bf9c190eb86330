"""What XML 1.0 can carry (XML 1.0, 2.2 Char): one fact, used wherever text must survive XML."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["UNENCODABLE", "UNENCODABLE_RE"]

#: A regex character class of what XML 1.0 cannot carry in any form, not even as a character
#: reference: the C0 controls but TAB, LF and CR, the surrogates, U+FFFE and U+FFFF.
UNENCODABLE: Final = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
UNENCODABLE_RE: Final = re.compile(f"[{UNENCODABLE}]")
