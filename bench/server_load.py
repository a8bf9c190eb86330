"""The emulator under load: 10,000 requests at 50 concurrent connections, mixed valid and
invalid, JSON and XML (the mix of tests/load_mix.py), against `smscodec serve` in its own
process on loopback. Checks what tests/test_load.py checks, then writes throughput and latency
percentiles into bench/results.md (section "Emulator under load"), not as assertions.

    python bench/server_load.py [--requests N] [--connections C]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from load_mix import case, percentile, run, stored_texts  # noqa: E402

HEADING = "## Emulator under load"


def _cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process (Linux /proc), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--connections", type=int, default=50)
    args = parser.parse_args()
    server = subprocess.Popen(
        [sys.executable, "-m", "smscodec", "serve", "--port", "0", "--key", "k"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert server.stdout is not None
        base = server.stdout.readline().split()[2].rstrip("/")
        load = os.getloadavg()
        cpu_before = _cpu_seconds(server.pid)
        outcome = asyncio.run(run(base, args.requests, args.connections, "k"))
        server_cpu = _cpu_seconds(server.pid) - cpu_before
        expected = {c.text for c in map(case, range(args.requests)) if c.text is not None}
        stored = stored_texts(base)
    finally:
        server.kill()
        server.communicate()
    ok = (not outcome.server_errors and not outcome.wrong
          and outcome.accepted == dict.fromkeys(expected, 1)
          and stored == dict.fromkeys(expected, 1))
    ms = [t * 1000 for t in outcome.latencies]
    rows = [
        ("requests", f"{args.requests:,} ({len(expected):,} valid, "
                     f"{args.requests - len(expected):,} invalid; half XML)"),
        ("concurrent connections", str(args.connections)),
        ("checks", "passed: no 5xx, each valid stored once, each invalid 400 at its paths"
         if ok else f"FAILED: {len(outcome.server_errors)} 5xx, {len(outcome.wrong)} wrong"),
        ("wall time", f"{outcome.seconds:.1f} s"),
        ("throughput", f"{args.requests / outcome.seconds:,.0f} requests/s"),
        ("server CPU time", f"{server_cpu:.1f} s, {server_cpu / args.requests * 1000:.2f} ms a "
                            "request (what the load cost the emulator itself)"),
        ("latency p50 / p90 / p99 / max",
         " / ".join(f"{percentile(ms, q):.1f}" for q in (0.5, 0.9, 0.99)) + f" / {max(ms):.1f} ms"),
        ("machine", f"{platform.machine()}, {os.cpu_count()} CPUs, load average "
                    f"{load[0]:.2f} at start; Python {platform.python_version()}"),
    ]
    section = "\n".join([
        HEADING, "",
        f"`python bench/server_load.py`, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. "
        "The server (`smscodec serve`, uvicorn with h11, SQLite in memory) and the client "
        "(httpx, asyncio, in one process) share the machine, so the client's own cost is in "
        "every figure; latency is from sending a request to reading its answer.", "",
        "| measure | value |", "| --- | --- |",
        *(f"| {k} | {v} |" for k, v in rows), "",
    ])
    results = ROOT / "bench" / "results.md"
    text = results.read_text("utf-8")
    if HEADING in text:
        before, _, after = text.partition(HEADING)
        rest = after.split("\n## ", 1)
        text = before + section + ("\n## " + rest[1] if len(rest) > 1 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    results.write_text(text, "utf-8")
    print(section)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
