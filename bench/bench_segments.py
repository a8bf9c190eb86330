"""Segment counting throughput: smscodec against peer libraries and C-level floors.

Run ``python bench/bench_segments.py`` (optionally ``--repeat N``, ``--scale F``); it prints a
markdown table. The peers are optional: ``pip install smsutil smpplib`` to include them. Each
cell is the best of N runs over the whole data set, the implementations taking turns; ratios
come from the same run.

Peers measured, with the call each offers for counting:
- smsutil: ``smsutil.split(text)`` (pure Python, one loop step per character);
- smpplib: ``smpplib.gsm.make_parts(text)`` (encodes, then cuts the bytes blindly: it can split
  an escape sequence or a surrogate pair, and raises past 255 parts).
Floors: ``str.encode("utf-16-le")`` and one compiled-regex ``fullmatch`` over the GSM 7-bit
alphabet: the least any counter must do to look at every character once.
"""

from __future__ import annotations

import argparse
import importlib
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from smscodec._sms.gsm import DEFAULT_ALPHABET, DEFAULT_EXTENSION
from smscodec._sms.segments import count_segments

Counter = Callable[[str], int]

_GSM_ONE = [c for c in DEFAULT_ALPHABET if c is not None]
_GSM_EXTENSION = list(DEFAULT_EXTENSION.values())
_GSM_PATTERN = re.compile("[" + "".join(map(re.escape, _GSM_ONE + _GSM_EXTENSION)) + "]*")
_ASCII_GSM = [c for c in _GSM_ONE if c.isascii() and c.isprintable()]
_EMOJI = [chr(cp) for cp in range(0x1F600, 0x1F650)]
_UCS2_ONLY = list("çśżąęłńőűčřšžćđ’“”–…")


def _short_ascii(rng: random.Random, count: int) -> list[str]:
    return ["".join(rng.choices(_ASCII_GSM, k=rng.randint(20, 160))) for _ in range(count)]


def _long_gsm(rng: random.Random, count: int) -> list[str]:
    # Mostly ASCII, as real texts are, with about 4% other GSM characters (é, Ø, Δ, ...) and
    # 4% extension characters ({, €, ...).
    other = [c for c in _GSM_ONE if c not in _ASCII_GSM]
    pool = _ASCII_GSM + other + _GSM_EXTENSION
    weights = [20] * len(_ASCII_GSM) + [2] * len(other) + [8] * len(_GSM_EXTENSION)
    return ["".join(rng.choices(pool, weights, k=1000)) for _ in range(count)]


def _ucs2_emoji(rng: random.Random, count: int) -> list[str]:
    # GSM text with about 2% emoji (at least one) and 1% typographic or non-GSM letters, 50
    # to 400 chars.
    pool = _ASCII_GSM + _UCS2_ONLY + _EMOJI
    weights = [20] * len(_ASCII_GSM) + [1] * len(_UCS2_ONLY) + [0.5] * len(_EMOJI)
    return [
        "".join(rng.choices(pool, weights, k=rng.randint(49, 399))) + rng.choice(_EMOJI)
        for _ in range(count)
    ]


def _ours(text: str) -> int:
    return count_segments(text).count


def _peers() -> tuple[list[tuple[str, Counter | None]], list[str]]:
    notes: list[str] = []
    peers: list[tuple[str, Counter | None]] = []
    try:
        smsutil = importlib.import_module("smsutil")

        def smsutil_count(text: str) -> int:
            return len(smsutil.split(text).parts)

        peers.append(("smsutil `split`", smsutil_count))
    except ImportError:
        peers.append(("smsutil `split`", None))
        notes.append("smsutil is not installed (`pip install smsutil`).")
    try:
        smpplib_gsm = importlib.import_module("smpplib.gsm")

        def smpplib_count(text: str) -> int:
            return len(smpplib_gsm.make_parts(text)[0])

        peers.append(("smpplib `gsm.make_parts`", smpplib_count))
    except ImportError:
        peers.append(("smpplib `gsm.make_parts`", None))
        notes.append("smpplib is not installed (`pip install smpplib`).")
    return peers, notes


def _floor_utf16(text: str) -> int:
    return len(text.encode("utf-16-le"))


def _floor_regex(text: str) -> int:
    return _GSM_PATTERN.fullmatch(text) is not None


def _seconds(counter: Callable[[str], object], data: Sequence[str]) -> float:
    start = time.perf_counter()
    for text in data:
        counter(text)
    return time.perf_counter() - start


def _rate(seconds: float, n: int) -> str:
    per_second = n / seconds
    if per_second >= 1e6:
        return f"{per_second / 1e6:.2f} M/s"
    return f"{per_second / 1e3:.1f} k/s"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per cell (best is kept)")
    parser.add_argument("--scale", type=float, default=1.0, help="data set size factor")
    args = parser.parse_args(argv)

    rng = random.Random(23038)
    sets = [
        ("short ASCII", _short_ascii(rng, int(100_000 * args.scale))),
        ("long GSM + extension", _long_gsm(rng, int(10_000 * args.scale))),
        ("UCS-2 + emoji", _ucs2_emoji(rng, int(10_000 * args.scale))),
    ]
    peers, notes = _peers()
    rows: list[tuple[str, Callable[[str], object] | None]] = [
        ("smscodec `count_segments`", _ours),
        *peers,
        ('floor: `str.encode("utf-16-le")`', _floor_utf16),
        ("floor: GSM regex `fullmatch`", _floor_regex),
    ]

    # Round robin, keeping each cell's best run: a change in machine load then hits every
    # implementation alike instead of whichever happened to run during it.
    seconds: dict[tuple[str, str], float] = {}
    for _ in range(args.repeat):
        for set_name, data in sets:
            for name, counter in rows:
                if counter is not None:
                    took = _seconds(counter, data)
                    seconds[name, set_name] = min(took, seconds.get((name, set_name), took))

    # Do the peers agree with us on the part count?
    for name, counter in peers:
        if counter is None:
            continue
        for set_name, data in sets:
            differ = sum(1 for text in data if counter(text) != _ours(text))
            if differ:
                notes.append(
                    f"{name} gives another part count than smscodec for {differ} of "
                    f"{len(data)} {set_name} texts."
                )

    ours = rows[0][0]
    header = "| implementation | " + " | ".join(f"{s} ({len(d):,})" for s, d in sets) + " |"
    print(header)
    print("|" + " --- |" * (len(sets) + 1))
    for name, counter in rows:
        cells = []
        for set_name, data in sets:
            if counter is None:
                cells.append("not installed")
                continue
            mine, theirs = seconds[ours, set_name], seconds[name, set_name]
            cell = _rate(theirs, len(data))
            if name != ours:
                cell += f" (smscodec {theirs / mine:.2f}x)"
            cells.append(cell)
        print(f"| {name} | " + " | ".join(cells) + " |")
    print()
    print(
        f"Python {sys.version.split()[0]}, best of {args.repeat} runs; messages per second, and "
        "in brackets how many times faster smscodec is (below 1 means slower)."
    )
    for note in notes:
        print(f"- {note}")


if __name__ == "__main__":
    main()
