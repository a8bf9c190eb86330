"""The command line (``smscodec``, ``python -m smscodec``): `main`, and `detect` for the format
and kind of a body."""
