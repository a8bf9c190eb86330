#!/usr/bin/env python3
"""Several harnesses fuzzed by one process: ``fuzz/run --together`` runs this.

Each harness process spends about 7 s of CPU instrumenting the package before its first input
(the generated decoders most). Fifty harnesses run for a few seconds each spend more CPU on
that than on fuzzing; one process that holds them all instruments once.

The harnesses are named by ``FUZZ_TOGETHER`` (comma-separated, as ``fuzz/run`` names them).
The first byte of an input picks one of them (modulo their count) and the rest is that
harness's input, so libFuzzer's coverage feedback spans every harness and mutations of the
first byte carry an input from one harness to another. The seed corpus is each harness's
seed corpus behind its selector byte: ``together.py --corpus OUT`` writes it.

A harness that fails has its own input (the selector byte removed) saved as
``fuzz/crashes/<harness>-together-<sha1>`` and named on stderr, so the ordinary harness
reproduces it: ``python fuzz/fuzz_<harness>.py fuzz/crashes/<harness>-together-<sha1>``.
Executions per harness are written to ``FUZZ_COUNTS`` (a JSON file) as the run goes.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRASHES = HERE / "crashes"
NAMES = [n for n in os.environ.get("FUZZ_TOGETHER", "").split(",") if n]


def write_corpus(out: Path) -> None:
    """Every named harness's seed inputs, each behind its selector byte."""
    out.mkdir(parents=True, exist_ok=True)
    for index, name in enumerate(NAMES):
        seeds = HERE / "corpus" / name
        for seed in sorted(seeds.iterdir()) if seeds.is_dir() else ():
            (out / f"{name}-{seed.name}").write_bytes(bytes([index]) + seed.read_bytes())
        # A harness without seeds still gets its byte, so that libFuzzer reaches it at once.
        (out / f"{name}-empty").write_bytes(bytes([index]))


def load() -> list[tuple[str, Callable[[bytes], None]]]:
    """The harnesses' targets; the first import instruments the package, the rest reuse it."""
    if not NAMES or len(NAMES) > 256:
        raise SystemExit(f"FUZZ_TOGETHER must name 1 to 256 harnesses, not {len(NAMES)}")
    sys.path.insert(0, str(HERE))
    return [(n, importlib.import_module(f"fuzz_{n}").TestOneInput) for n in NAMES]


def main() -> None:
    if sys.argv[1:2] == ["--corpus"]:
        write_corpus(Path(sys.argv[2]))
        return
    import atheris

    targets = load()
    counts = dict.fromkeys(NAMES, 0)
    counts_file = os.environ.get("FUZZ_COUNTS")
    written = time.monotonic()

    def test_one_input(data: bytes) -> None:
        nonlocal written
        if not data:
            return
        name, target = targets[data[0] % len(targets)]
        counts[name] += 1
        if counts_file and time.monotonic() - written > 0.5:
            written = time.monotonic()
            Path(counts_file).write_text(json.dumps(counts))
        try:
            target(data[1:])
        except BaseException:
            CRASHES.mkdir(exist_ok=True)
            saved = CRASHES / f"{name}-together-{hashlib.sha1(data[1:]).hexdigest()}"
            saved.write_bytes(data[1:])
            print(f"together: harness {name} failed on {saved}; reproduce: "
                  f"python fuzz/fuzz_{name}.py {saved}", file=sys.stderr, flush=True)
            raise

    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
