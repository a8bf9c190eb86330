"""smscodec against its peers: decode, encode, hostile input, linearity and memory.

``python bench/run.py`` runs everything and writes ``bench/results.md`` (the same markdown it
prints). ``--quick`` is a smoke run (small sizes, short budgets); ``--sizes 1,100,10000,100000``
picks the body sizes. See bench/README.md for the method and the peers.
"""

import argparse
import dataclasses
import datetime
import functools
import gc
import importlib.metadata
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import bodies  # noqa: E402
import peers  # noqa: E402
from peers import Contender  # noqa: E402

import smscodec  # noqa: E402

#: Peers too slow to time on the largest bodies within minutes: the largest size they run at.
CAPS = {
    "xmlschema `to_dict`": 10_000,
    "`json.loads` + jsonschema": 10_000,
}


@dataclass
class Settings:
    budget: float  # seconds of timing per contender per size
    min_rounds: int
    max_rounds: int


@dataclass
class Timing:
    name: str
    median: float  # seconds per call
    q1: float
    q3: float
    rounds: int
    floor: bool
    reference: bool


class Out:
    """Prints each block as it is ready and keeps it for results.md."""

    def __init__(self) -> None:
        self.blocks: list[str] = []

    def __call__(self, text: str = "") -> None:
        print(text, flush=True)
        self.blocks.append(text)

    def markdown(self) -> str:
        return "\n".join(self.blocks).rstrip() + "\n"


# --- timing ---------------------------------------------------------------------------------


def _check(c: Contender, arg: Any, n: int, *, refuse: bool = False) -> str | None:
    """Run ``c`` once on its input: None if it did what it should, else why not."""
    try:
        result = c.call(arg)
    except Exception as exc:
        if refuse:
            if c.reference and not isinstance(exc, smscodec.ValidationError):
                return f"raised {type(exc).__name__}, not smscodec.ValidationError"
            return None
        return f"refused the body: {type(exc).__name__}: {str(exc)[:200]}"
    if refuse:
        return "accepted an invalid body"
    got = c.count(result)
    return None if got == n else f"returned {got} messages, not {n}"


def measure(
    lineup: Sequence[tuple[Contender, Any]],
    settings: Settings,
    call: Callable[[Contender], Callable[[Any], Any]] = lambda c: c.call,
) -> list[Timing]:
    """Round-robin medians: every round times each contender once, in a rotating order.

    Each contender's sample is ``number`` back-to-back calls, ``number`` chosen so that all the
    rounds together take about ``settings.budget`` for it; the rounds are as many as the
    slowest contender allows within the budget, at least ``min_rounds``.
    """
    singles = []
    for c, arg in lineup:
        fn = call(c)
        start = time.perf_counter()
        fn(arg)
        singles.append(max(time.perf_counter() - start, 1e-7))
    rounds = max(settings.min_rounds,
                 min(settings.max_rounds, math.ceil(settings.budget / max(singles))))
    numbers = [max(1, round(settings.budget / rounds / t)) for t in singles]
    samples: list[list[float]] = [[] for _ in lineup]
    gc.collect()
    for r in range(rounds):
        for k in range(len(lineup)):
            i = (k + r) % len(lineup)
            c, arg = lineup[i]
            fn, number = call(c), numbers[i]
            start = time.perf_counter()
            for _ in range(number):
                fn(arg)
            samples[i].append((time.perf_counter() - start) / number)
    out = []
    for (c, _), times in zip(lineup, samples, strict=True):
        q1, _, q3 = statistics.quantiles(times, n=4, method="inclusive")
        out.append(Timing(c.name, statistics.median(times), q1, q3, rounds, c.floor, c.reference))
    return out


def _refusing(c: Contender) -> Callable[[Any], Any]:
    def call(arg: Any) -> Any:
        try:
            return c.call(arg)
        except Exception as exc:
            return exc

    return call


# --- formatting -----------------------------------------------------------------------------


def fmt_time(seconds: float) -> str:
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale:
            value = seconds / scale
            return f"{value:.3g} {unit}" if value < 100 else f"{value:.0f} {unit}"
    return f"{seconds / 1e-9:.3g} ns"


def fmt_ratio(x: float) -> str:
    return f"{x:.2f}×" if x < 10 else f"{x:.1f}×" if x < 100 else f"{x:.0f}×"


def table(out: Out, timings: list[Timing], n: int, size_bytes: int, floor_label: str) -> None:
    ref = next((t for t in timings if t.reference), None)
    floor = next((t for t in timings if t.floor), None)
    out(f"| contender | per call | per message | MB/s | × smscodec | × {floor_label} "
        "| IQR | rounds |")
    out("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for t in timings:
        spread = (t.q3 - t.q1) / t.median * 100
        out(
            f"| {t.name} | {fmt_time(t.median)} | {fmt_time(t.median / n)} | "
            f"{size_bytes / t.median / 1e6:.1f} | "
            f"{fmt_ratio(t.median / ref.median) if ref else '-'} | "
            f"{fmt_ratio(t.median / floor.median) if floor else '-'} | ±{spread:.0f}% | "
            f"{t.rounds} |"
        )
    out()


# --- sections -------------------------------------------------------------------------------


def run_section(
    out: Out,
    title: str,
    kind: str,
    sizes: Sequence[int],
    make: Callable[[], tuple[list[Contender], list[str]]],
    settings: Settings,
    floor_label: str,
) -> None:
    out(f"### {title}")
    out()
    lineup, notes = make()
    capped: set[str] = set()
    for note in notes:
        out(f"- {note}")
    for n in sizes:
        data = bodies.body(kind, n)
        chosen: list[tuple[Contender, Any]] = []
        for c in lineup:
            if n > CAPS.get(c.name, n):
                capped.add(c.name)
                continue
            arg = c.prepare(data)
            why = _check(c, arg, n)
            if why is not None:
                if c.reference:
                    raise SystemExit(f"smscodec {why} ({title}, {n} messages)")
                out(f"- {c.name} at {n:,}: NOT TIMED, it {why}")
                continue
            chosen.append((c, arg))
        out(f"**{n:,} message{'s' if n != 1 else ''}** ({len(data):,} bytes)")
        out()
        table(out, measure(chosen, settings), n, len(data), floor_label)
    for name in sorted(capped):
        out(f"- {name} is run up to {CAPS[name]:,} messages only: beyond that one call takes "
            "tens of seconds.")
    if capped:
        out()


def hostile(out: Out, n: int, settings: Settings) -> None:
    out(f"### Hostile input: {n:,}-message binary bodies, per-message cost")
    out()
    out("`valid` is the binary body above (with user data headers); `valid, no UDH` is the same "
        "body with every header cut off; `last invalid` is that body with one bad destination, "
        "in the last message; `all invalid` has a bad destination in EVERY message "
        "(international prefix, national format, punctuation, too short, too long). Every "
        "invalid body must be "
        "refused (smscodec: `ValidationError`, with 100 issues kept and the rest counted). "
        "Peers stop at the first error (msgspec, the schema validators) or collect them all "
        "(pydantic). The last column compares smscodec with the valid body each one is made "
        "from (`last invalid` with `valid, no UDH`, the others with `valid`).")
    out()
    variants = [
        ("valid", "binary", False),
        ("valid, no UDH", "binary-plain", False),
        ("last invalid", "binary-last-bad", True),
        ("all invalid", "binary-bad-to", True),
    ]
    wanted = ("smscodec", "pydantic `model_validate_json`", "msgspec `json.decode`",
              "`json.loads` + fastjsonschema", "`json.loads` alone (floor)")
    results: dict[str, dict[str, float]] = {}
    names: list[str] = []
    for label, kind, refuse in variants:
        lineup, _ = peers.decoders(kind)
        data = bodies.body(kind, n)
        chosen = []
        for c in lineup:
            if c.name not in wanted or (refuse and c.floor):
                continue
            why = _check(c, data, n, refuse=refuse)
            if why is not None:
                if c.reference:
                    raise SystemExit(f"smscodec {why} (hostile: {label})")
                out(f"- {c.name} on `{label}`: NOT TIMED, it {why}")
                continue
            chosen.append((c, data))
        for t in measure(chosen, settings, _refusing):
            results.setdefault(label, {})[t.name] = t.median
            if t.name not in names:
                names.append(t.name)
    baseline = {"valid": "valid", "valid, no UDH": "valid", "last invalid": "valid, no UDH",
                "all invalid": "valid"}
    out("| body | " + " | ".join(names) + " | smscodec vs its valid twin |")
    out("| --- | " + " | ".join("---:" for _ in names) + " | ---: |")
    for label, _, _ in variants:
        row = results.get(label, {})
        cells = [fmt_time(row[name] / n) if name in row else "-" for name in names]
        ours = row.get("smscodec")
        base = results.get(baseline[label], {}).get("smscodec")
        ratio = fmt_ratio(ours / base) if ours and base else "-"
        out(f"| {label} | " + " | ".join(cells) + f" | {ratio} |")
    out()


def linearity(out: Out, sizes: Sequence[int], settings: Settings) -> None:
    out("### Linearity: smscodec per-message cost by body size (JSON decode)")
    out()
    out("All sizes of one body run round-robin together, so they share the same drift; in "
        "brackets, smscodec's time over `json.loads` alone on the same body.")
    out()
    kinds = [("binary", "binary"), ("binary, no UDH", "binary-plain"), ("text", "text")]
    cells: dict[tuple[str, int], str] = {}
    for label, kind in kinds:
        lineup, _ = peers.decoders(kind)
        chosen: list[tuple[Contender, Any]] = []
        for n in sizes:
            data = bodies.body(kind, n)
            for c in lineup:
                if not (c.reference or c.floor):
                    continue
                why = _check(c, data, n)
                if why is not None:
                    raise SystemExit(f"{c.name} {why} (linearity, {label}, {n})")
                chosen.append((dataclasses.replace(c, name=f"{c.name}@{n}"), data))
        timings = {t.name: t.median for t in measure(chosen, settings)}
        for n in sizes:
            ours = timings[f"smscodec@{n}"]
            floor = timings[f"`json.loads` alone (floor)@{n}"]
            cells[(label, n)] = f"{fmt_time(ours / n)} ({fmt_ratio(ours / floor)} json.loads)"
    out("| body | " + " | ".join(f"{n:,} messages" for n in sizes) + " |")
    out("| --- | " + " | ".join("---:" for _ in sizes) + " |")
    for label, _ in kinds:
        out(f"| {label} | " + " | ".join(cells[(label, n)] for n in sizes) + " |")
    out()


def memory(out: Out, n: int) -> None:
    out(f"### Peak memory: one JSON decode of the {n:,}-message binary body")
    out()
    out("Each contender in its own process (`python bench/memory.py CONTENDER`). tracemalloc "
        "peak: every Python allocation live at the worst moment of the decode, the result "
        "included; retained: what the result holds afterwards; RSS growth: the peak resident set "
        "size (VmHWM, reset just before) after the decode minus before it, on a decode "
        "without tracemalloc. tracemalloc sees only what goes through Python's allocator "
        "(pydantic-core's own Rust allocations show in RSS only). Goal: smscodec at most 1.5× "
        "`json.loads`.")
    out()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "body.json"
        path.write_bytes(bodies.body("binary", n))
        rows = []
        for name in ("json.loads", "smscodec", "pydantic", "msgspec", "fastjsonschema"):
            done = subprocess.run(
                [sys.executable, str(HERE / "memory.py"), name, "--body", str(path)],
                capture_output=True, text=True, check=False,
            )
            if done.returncode != 0:
                out(f"- {name}: failed: {done.stderr.strip().splitlines()[-1:]}")
                continue
            row = json.loads(done.stdout.strip().splitlines()[-1])
            if "skipped" in row:
                out(f"- {name}: skipped: {row['skipped']}")
                continue
            if row["messages"] != n:
                raise SystemExit(f"memory.py {name} decoded {row['messages']} messages, not {n}")
            rows.append(row)
    base = next((r for r in rows if r["contender"] == "json.loads"), None)
    mib = 1 << 20
    out(f"Body: {n:,} messages, {len(bodies.body('binary', n)) / mib:.1f} MiB.")
    out()
    out("| contender | tracemalloc peak | × json.loads | retained | RSS growth | × json.loads |")
    out("| --- | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        peak_x = fmt_ratio(r["tracemalloc_peak"] / base["tracemalloc_peak"]) if base else "-"
        rss_x = (fmt_ratio(r["maxrss_delta"] / base["maxrss_delta"])
                 if base and base["maxrss_delta"] else "-")
        out(f"| {r['contender']} | {r['tracemalloc_peak'] / mib:.1f} MiB | {peak_x} | "
            f"{r['retained'] / mib:.1f} MiB | {r['maxrss_delta'] / mib:.1f} MiB | {rss_x} |")
    out()
    ours = next((r for r in rows if r["contender"] == "smscodec"), None)
    if ours and base:
        ratio = ours["tracemalloc_peak"] / base["tracemalloc_peak"]
        verdict = "meets" if ratio <= 1.5 else "MISSES"
        out(f"smscodec's peak is {ratio:.2f}× that of `json.loads` alone: it {verdict} the goal "
            "of 1.5×.")
        out()


# --- the machine ----------------------------------------------------------------------------


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "smscodec"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" (smscodec/ has uncommitted changes)" if dirty else "")


def header(out: Out, argv: Sequence[str], settings: Settings, sizes: Sequence[int]) -> None:
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    out("# smscodec benchmarks")
    out()
    command = " ".join(["python bench/run.py", *argv])
    out(f"`{command}`, "
        f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC, sizes "
        f"{', '.join(f'{n:,}' for n in sizes)}.")
    out()
    out("| machine | |")
    out("| --- | --- |")
    out(f"| platform | {platform.platform()} |")
    out(f"| CPU | {_cpu()} ({os.cpu_count()} logical CPUs) |")
    out(f"| load average at start (1/5/15 min) | {load} |")
    out(f"| Python | {platform.python_implementation()} {platform.python_version()} |")
    out(f"| smscodec | {smscodec.__version__}, commit {_commit()} |")
    for dist in ("lxml", "pydantic", "pydantic-core", "msgspec", "fastjsonschema", "jsonschema",
                 "xmlschema", "infobip-api-python-client"):
        out(f"| {dist} | {_version(dist)} |")
    out()
    out(f"Method: contenders run round-robin in one process (each round times every contender "
        f"once, in a rotating order, so drift hits all alike); a cell is the median over the "
        f"rounds, ~{settings.budget:g} s of calls per contender and size, at least "
        f"{settings.min_rounds} rounds; IQR is the interquartile range of the rounds over the "
        "median. The garbage collector stays on. Ratios come from the same run: × smscodec is "
        "the contender's time over smscodec's (above 1 = slower than smscodec), × floor its "
        "time over the floor's (`json.loads` or `lxml.etree.fromstring` alone). Before timing, "
        "each contender decodes the body once and must accept it with the right message count "
        "(and refuse the invalid ones), so no one is timed on an error path. smscodec decodes "
        "with `Limits(max_messages=200_000, max_bytes=1 << 30)`.")
    out()
    out(f"JSON Schema: {peers.schema_source('binary')}, {peers.schema_source('text')}, "
        f"{peers.schema_source('response')}, {peers.schema_source('text-advanced')}, "
        f"{peers.schema_source('delivery-reports')}; XSD: "
        f"{peers.xsd_source()}. The peers check "
        "patterns, ranges and shape only: none checks the payload rules by dataCoding and "
        "esmClass, the 255-part bound or lone surrogates, nor turns hex into bytes, which "
        "smscodec does in the times shown.")
    out()


# --- main -----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, short budgets")
    parser.add_argument("--sizes", help="comma-separated message counts, e.g. 1,100,10000")
    parser.add_argument("--budget", type=float, help="seconds of timing per contender and size")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory section")
    parser.add_argument("--only", choices=("binary", "text", "response", "text-advanced",
                                           "delivery-reports"),
                        help="only the JSON decode and encode sections of this body")
    parser.add_argument("--out", type=Path,
                        help="where to write the markdown (default bench/results.md; --quick "
                        "writes no file unless given one)")
    args = parser.parse_args(argv)

    if args.quick:
        sizes = [1, 100, 1000]
        settings = Settings(budget=0.1, min_rounds=3, max_rounds=10)
        hostile_n, linear_sizes, memory_n = 1000, [100, 1000, 10_000], 10_000
    else:
        sizes = [1, 100, 10_000, 100_000]
        settings = Settings(budget=1.5, min_rounds=5, max_rounds=30)
        hostile_n, linear_sizes, memory_n = 10_000, [1000, 10_000, 100_000], 100_000
    if args.sizes:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    if args.budget:
        settings.budget = args.budget

    out = Out()
    started = time.perf_counter()
    header(out, argv, settings, sizes)

    def wanted(kind: str) -> bool:
        return args.only is None or args.only == kind

    out("## JSON decode")
    out()
    for title, kind in (("Binary multi request", "binary"), ("Text multi request", "text"),
                        ("SMS response", "response"),
                        ("Text advanced request (v2)", "text-advanced"),
                        ("Delivery reports (`GET /sms/1/reports`)", "delivery-reports")):
        if wanted(kind):
            run_section(out, title, kind, sizes, functools.partial(peers.decoders, kind),
                        settings, "json.loads")

    if args.only is None:
        out("## XML decode")
        out()
        run_section(out, "Binary multi request as XML", "binary-xml", sizes, peers.xml_decoders,
                    settings, "lxml")

    out("## JSON encode")
    out()
    out("Each encoder gets the objects its own decoder made from the body; MB/s is of the "
        "input body. pydantic's `model_dump_json(by_alias=True, exclude_none=True)` returns "
        "str, the others bytes.")
    out()
    for title, kind in (("Binary multi request", "binary"), ("Text multi request", "text"),
                        ("Text advanced request (v2)", "text-advanced"),
                        ("Delivery reports (`GET /sms/1/reports`)", "delivery-reports")):
        if wanted(kind):
            run_section(out, title, kind, sizes, functools.partial(peers.encoders, kind),
                        settings, "json.dumps")

    if args.only is None:
        out("## Hostile input and linearity")
        out()
        hostile(out, hostile_n, settings)
        linearity(out, linear_sizes, settings)

    if not args.no_memory and args.only is None:
        out("## Memory")
        out()
        memory(out, memory_n)

    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    out(f"Total time {time.perf_counter() - started:.0f} s; load average at the end {load}.")
    target = args.out or (None if args.quick else HERE / "results.md")
    if target is not None:
        target.write_text(out.markdown(), encoding="utf-8")
        print(f"\nwrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
