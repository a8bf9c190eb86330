#!/usr/bin/env python3
"""Fuzz JSON to XML conversion on arbitrary bytes.

Invariant: for every body type, whatever `decode(data, T)` takes as JSON, `encode(v,
format="xml")` writes and `decode(xml, T, format="xml")` reads back as the same value; or
encode refuses with an EncodeError whose issue points at the string and names the character
and its index, and only when that string holds a character XML 1.0 cannot carry.
"""

import sys

import _fuzzlib
import atheris

with atheris.instrument_imports(include=["smscodec"]):
    import smscodec

    _fuzzlib.import_all()

MODELS = [_fuzzlib.model(suffix) for suffix in _fuzzlib.TYPES]


def TestOneInput(data: bytes) -> None:
    for cls in MODELS:
        try:
            value = smscodec.decode(data, cls)
        except smscodec.SmsCodecError:
            continue
        _fuzzlib.check_to_xml(value, cls)


if __name__ == "__main__":
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
