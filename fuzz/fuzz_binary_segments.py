#!/usr/bin/env python3
"""Fuzz `count_binary_segments(payload, data_coding=..., esm_class=...)`.

The first two bytes are data_coding and esm_class; the rest is the payload. Invariant: it
never raises for values 0..255; count >= 1 and count == len(parts); the parts join back to
the payload; with the UDHI bit set it is one part of the whole payload; otherwise every part
holds at most ``capacity`` octets, a UCS-2 part never ends inside a surrogate pair, and the
capacity is the single or the concatenated one of the coding.
"""

import sys

import _fuzzlib
import atheris

with atheris.instrument_imports(include=["smscodec"]):
    import smscodec

    _fuzzlib.import_all()

from smscodec._sms import segments

count_binary_segments = getattr(
    smscodec, "count_binary_segments", segments.count_binary_segments
)


def TestOneInput(data: bytes) -> None:
    if len(data) < 2:
        return
    data_coding, esm_class, payload = data[0], data[1], data[2:]
    result = count_binary_segments(payload, data_coding=data_coding, esm_class=esm_class)
    septets = data_coding in segments.SEPTET_CODINGS
    expected = "GSM7" if septets else "UCS2" if data_coding == segments.UCS2_CODING else "BINARY"
    assert result.encoding == expected, (result.encoding, data_coding)
    assert result.count >= 1 and result.count == len(result.parts), result
    assert b"".join(result.parts) == payload, "the parts do not join back to the payload"
    single = segments.GSM7_SINGLE if septets else segments.OCTETS_SINGLE
    multi = segments.GSM7_MULTI if septets else segments.OCTETS_MULTI
    if esm_class & segments.UDHI:
        assert result.parts == (payload,), "a payload with its own header is one part"
        return
    assert result.units == len(payload)
    assert result.capacity == (single if result.count == 1 else multi), result.capacity
    for part in result.parts:
        assert len(part) <= result.capacity, (len(part), result.capacity)
    if expected == "UCS2":
        for left, right in zip(result.parts, result.parts[1:], strict=False):
            split = len(left) >= 2 and 0xD8 <= left[-2] <= 0xDB and 0xDC <= right[0] <= 0xDF
            assert not split, "a part ends inside a surrogate pair"


if __name__ == "__main__":
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
