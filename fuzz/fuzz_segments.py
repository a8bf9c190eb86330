#!/usr/bin/env python3
"""Fuzz `count_segments(text, language=...)` on arbitrary text.

The input, front to back: a selector byte (bit 0x40: the text may hold lone surrogates;
low 3 bits: the language is None, "auto", a known code in either case (the next byte picks
it), or a string of up to 3 characters from the input), then the text as atheris's
ConsumeUnicode reads it (a byte 0x00 and then UTF-32-LE code points, for example).

Invariant: only ValueError, and only for a language that is not None, "auto" or a known code.
Otherwise: count >= 1 and count == len(parts); the parts join back to the text; every part
takes at most ``capacity`` units and their units add up to ``units``; UCS-2 units are the
text's UTF-16 code units; without national tables the result is GSM7 exactly when every
character is in the default alphabet or its extension table, at a cost checked here
independently; and "auto" never needs more parts than the default tables or one language.
"""

import sys

import _fuzzlib
import atheris

with atheris.instrument_imports(include=["smscodec"]):
    import smscodec

    _fuzzlib.import_all()

from smscodec._sms import gsm, national, segments

count_segments = getattr(smscodec, "count_segments", segments.count_segments)
LANGUAGES = tuple(national.LANGUAGES)
CODES = {"auto", *LANGUAGES}
SINGLE = {
    "GSM7": {segments.GSM7_SINGLE, segments.GSM7_SINGLE_ONE_TABLE,
             segments.GSM7_SINGLE_TWO_TABLES},
    "UCS2": {segments.UCS2_SINGLE},
}
MULTI = {
    "GSM7": {segments.GSM7_MULTI, segments.GSM7_MULTI_ONE_TABLE, segments.GSM7_MULTI_TWO_TABLES},
    "UCS2": {segments.UCS2_MULTI},
}
# Cost of each character in the default alphabet and extension table.
COST = {ch: 1 for ch in gsm.DEFAULT_ALPHABET if ch is not None}
COST.update({ch: 2 for ch in gsm.DEFAULT_EXTENSION.values()})


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def pick_language(selector: int, fdp: atheris.FuzzedDataProvider) -> str | None:
    choice = selector % 8
    if choice <= 2:
        return None
    if choice == 3:
        return "auto" if selector & 0x80 else "AUTO"
    if choice in (4, 5):
        code = LANGUAGES[(fdp.ConsumeInt(1) & 0xFF) % len(LANGUAGES)]
        return code.upper() if selector & 0x80 else code
    return fdp.ConsumeUnicode(fdp.ConsumeInt(1) & 3)


def check(text: str, language: str | None) -> None:
    valid = language is None or language.lower() in CODES
    try:
        result = count_segments(text, language=language)
    except ValueError:
        assert not valid, f"ValueError for the valid language {language!r}"
        return
    assert valid, f"no ValueError for the language {language!r}"
    enc = result.encoding
    assert enc in ("GSM7", "UCS2"), enc
    assert result.count >= 1 and result.count == len(result.parts), result
    assert "".join(result.parts) == text, "the parts do not join back to the text"
    units = segments.part_units(result)
    assert len(units) == result.count
    assert all(u <= result.capacity for u in units), f"a part over {result.capacity}: {units}"
    assert sum(units) == result.units, f"{units} do not add up to {result.units}"
    assert result.capacity in (SINGLE if result.count == 1 else MULTI)[enc], result.capacity
    if enc == "UCS2":
        assert result.units == utf16_units(text)
        assert result.unencodable, "UCS2 without a character that forced it"
        for index, char in result.unencodable:
            assert text[index] == char
    if language is None:
        gsm7 = all(ch in COST for ch in text)
        assert (enc == "GSM7") == gsm7, f"{enc} for {text!r}"
        if gsm7:
            assert result.units == sum(COST[ch] for ch in text)
            assert result.locking_shift is None and result.single_shift is None
        else:
            outside = [(i, ch) for i, ch in enumerate(text) if ch not in COST]
            assert list(result.unencodable) == outside, result.unencodable
    elif language.lower() != "auto":
        best = count_segments(text, language="auto").count
        assert best <= result.count, f"auto needs {best} parts, {language} {result.count}"
    else:
        assert result.count <= count_segments(text).count, "auto does worse than the default"


def parse(data: bytes) -> tuple[str, str | None]:
    """The text and the language an input stands for (also used to build the corpus)."""
    fdp = atheris.FuzzedDataProvider(data)
    selector = fdp.ConsumeInt(1) & 0xFF
    language = pick_language(selector, fdp)
    size = fdp.remaining_bytes()
    text = fdp.ConsumeUnicode(size) if selector & 0x40 else fdp.ConsumeUnicodeNoSurrogates(size)
    return text, language


def TestOneInput(data: bytes) -> None:
    check(*parse(data))


if __name__ == "__main__":
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
