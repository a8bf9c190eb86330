"""Modules generated from the body descriptions by ``scripts/generate_code.py``; never edited
by hand (see `smscodec._codegen`)."""
