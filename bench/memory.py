"""Peak memory of one JSON decode, for one contender, in a process of its own.

``python bench/memory.py CONTENDER [--kind binary] [--size 100000] [--body FILE]`` prints one
JSON line: the tracemalloc peak of the decode (every Python allocation made during it, the
result included), what the result still holds after it, and the growth of the process's
peak resident set size across the decode (the kernel's mark is reset first where it can be:
``ru_maxrss`` alone keeps the parent's mark across fork and exec). CONTENDER is one of
``json.loads``, ``smscodec``, ``pydantic``, ``msgspec``, ``fastjsonschema``.

The body is read from FILE (``run.py`` writes it), or else made by a child process
(``bench/bodies.py``) and read back, so that building the body never raises the high-water
mark this process measures. Before measuring, the contender decodes a one-message body, so that
imports, schema compilation and model building are not counted. ``ru_maxrss`` is measured on a
decode without tracemalloc (which has overhead of its own); the tracemalloc figures come from a
second decode.
"""

import argparse
import gc
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CONTENDERS = {
    "json.loads": "`json.loads` alone (floor)",
    "smscodec": "smscodec",
    "pydantic": "pydantic `model_validate_json`",
    "msgspec": "msgspec `json.decode`",
    "fastjsonschema": "`json.loads` + fastjsonschema",
}


def _reset_peak_rss() -> bool:
    """Reset the kernel's peak-RSS mark (Linux 4.0+), so a high mark inherited from the parent
    process (which ``ru_maxrss`` keeps across fork and exec) cannot hide the decode's."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _peak_rss() -> int:
    """The peak resident set size in bytes: VmHWM where there is /proc, else ``ru_maxrss``."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    # Kilobytes on Linux, bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def measure(contender: str, kind: str, data: bytes) -> dict[str, Any]:
    import bodies
    import peers

    lineup, _ = peers.decoders(kind)
    wanted = CONTENDERS[contender]
    found = [c for c in lineup if c.name == wanted]
    if not found:
        return {"contender": contender, "skipped": f"{wanted} is not available"}
    c = found[0]
    c.call(bodies.body(kind, 1))  # warm up: imports, compiled schemas, built models
    bodies.body.cache_clear()

    gc.collect()
    reset = _reset_peak_rss()
    before = _peak_rss()
    start = time.perf_counter()
    result = c.call(data)
    seconds = time.perf_counter() - start
    rss = _peak_rss() - before
    messages = c.count(result)
    del result
    gc.collect()

    tracemalloc.start()
    result = c.call(data)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del result
    return {
        "contender": contender,
        "kind": kind,
        "messages": messages,
        "body_bytes": len(data),
        "tracemalloc_peak": peak,
        "retained": current,
        "maxrss_delta": rss,
        "peak_reset": reset,
        "seconds": seconds,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("contender", choices=sorted(CONTENDERS))
    parser.add_argument("--kind", default="binary", choices=("binary", "text", "response"))
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--body", type=Path, help="read the body from this file")
    args = parser.parse_args(argv)
    if args.body is None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "body.json"
            subprocess.run(
                [sys.executable, str(HERE / "bodies.py"), args.kind, str(args.size), str(path)],
                check=True,
            )
            data = path.read_bytes()
    else:
        data = args.body.read_bytes()
    print(json.dumps(measure(args.contender, args.kind, data)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
