"""The emulator behind ``smscodec serve`` (the ``server`` extra): a local stand-in for the SMS
API that validates with smscodec, stores in SQLite and pushes delivery reports."""
