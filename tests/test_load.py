"""A bounded load on loopback: no 5xx, every valid message stored exactly once, every invalid
one refused 400 at the right paths. The full 10,000-request run with timings is
bench/server_load.py; this is its 1,000-request version."""

from __future__ import annotations

import asyncio

import pytest
from emulator_fixtures import serve
from load_mix import case, run, stored_texts

REQUESTS = 1_000
CONNECTIONS = 50


@pytest.mark.load
def test_mixed_load_is_answered_and_stored_exactly_once() -> None:
    # Its own process: the server and this client each have a core, as in real use.
    with serve("--key", "k") as (base, _):
        outcome = asyncio.run(run(base, REQUESTS, CONNECTIONS, "k"))
        assert outcome.server_errors == []
        assert outcome.wrong == []
        expected = {c.text for c in map(case, range(REQUESTS)) if c.text is not None}
        assert len(expected) == 600
        assert outcome.accepted == dict.fromkeys(expected, 1)
        assert stored_texts(base) == dict.fromkeys(expected, 1)
