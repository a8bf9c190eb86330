"""What an XML element's text becomes in the neutral tree: shared by the XML reader
(`read`) and the plain readers generated from the descriptions (`_generated.xml_plain`)."""

from __future__ import annotations

from typing import Any, Final

from lxml import etree

__all__ = ["OCTETS", "bare", "blank_or_text", "boolean", "integer"]


def blank_or_text(text: str | None) -> str | None:
    """None for absent or blank text (XML's S only), else the text.

    ASCII whitespace beyond S (VT, FF, the separators U+001C-U+001F) cannot occur in a
    parsed document, so isascii() and isspace() test S without building a stripped copy.
    """
    if not text or (text.isspace() and text.isascii()):
        return None
    return text


def bare(el: etree._Element, empty: dict[str, Any] | list[Any]) -> Any:
    """An object or array element with no child elements: empty when blank, else its text."""
    text = blank_or_text(el.text)
    return empty if text is None else text


def integer(text: str) -> int | str:
    """An integer element's value: an int when its text is plainly one, else the text.

    The tree then holds ints where the body has ints, as the JSON twin's does, and the fast
    path takes it. Anything else (surrounding whitespace, a plus sign, too many digits, not a
    number at all) stays text, for the validator to read as xs:integer or to explain: the
    outcome is the same either way. ``int()`` alone would accept more than xs:integer does
    (underscores, non-ASCII digits and spaces), hence the checks first.
    """
    if len(text) <= 18 and text.isascii():
        if text.isdigit():
            return int(text)
        if text[:1] == "-" and text[1:].isdigit():
            return int(text)
    return text


def boolean(text: str) -> bool | str:
    """A boolean element's value: True or False when its text is as the writer writes it,
    else the text, for the rule to read as xs:boolean (``1``, `` 0 ``) or to explain."""
    if text == "true":
        return True
    if text == "false":
        return False
    return text


#: What `integer` makes of the texts of 0 to 255 as the writer writes them.
OCTETS: Final = {str(i): i for i in range(256)}
