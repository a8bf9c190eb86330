#!/usr/bin/env python3
"""Fuzz `decode(data, DeliveryReportsV3, format="xml")` on arbitrary bytes.

Invariant: decode returns a DeliveryReportsV3 or raises SmsCodecError (well-formed issues, and an
error body that encodes). A returned value round-trips canonically through encode in XML
and through JSON, and strict=True accepts a subset of what the default decode accepts, as the
same value.
"""

import sys

import _fuzzlib
import atheris

with atheris.instrument_imports(include=["smscodec"]):
    import smscodec  # noqa: F401

    _fuzzlib.import_all()

TestOneInput = _fuzzlib.body_target("v3_delivery_reports", "xml")

if __name__ == "__main__":
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
