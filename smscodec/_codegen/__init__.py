"""The emitter of the generated modules in `smscodec._generated` (see `emit`).

Nothing in the package imports this at run time: it runs from ``scripts/generate_code.py``,
which writes the modules, and from the test that fails when the committed modules differ
from what it makes now.
"""
