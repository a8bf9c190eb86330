#!/usr/bin/env python3
"""Fuzz `decode(data, TrackingNotification, format="json")` on arbitrary bytes.

Invariant: decode returns a TrackingNotification or raises SmsCodecError (well-formed issues, and an
error body that encodes). A returned value round-trips canonically through encode in JSON
and through XML, and strict=True accepts a subset of what the default decode accepts, as the
same value.
"""

import sys

import _fuzzlib
import atheris

with atheris.instrument_imports(include=["smscodec"]):
    import smscodec  # noqa: F401

    _fuzzlib.import_all()

TestOneInput = _fuzzlib.body_target("tracking_notification", "json")

if __name__ == "__main__":
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
