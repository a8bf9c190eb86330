"""Instructions per message on smscodec's hot paths, counted by valgrind's callgrind.

Wall-clock times swing with whatever else the machine runs; an instruction count does not, so
a speed claim stated in instructions can be checked by anyone, on any load. For each case a
small child process decodes (or encodes) one body REPS times under ``valgrind --tool=callgrind``
and again 3 × REPS times; the difference of the two totals, over the extra messages, is the
cost of one message: interpreter start-up, imports, reading the body and the warm-up calls
are the same in both runs and cancel. Both runs use ``PYTHONHASHSEED=0`` and turn the garbage
collector off after the warm-up, whose full passes would otherwise land at different points.

The bodies are made once by ``bench/bodies.py`` of the tree this script is in, so every
checkout is measured on the same bytes. ``--src DIR`` puts DIR on ``PYTHONPATH``, ahead of any
installed smscodec, so an older tree is measured with this script and these bodies::

    python bench/instructions.py                        # smscodec as the interpreter finds it
    python bench/instructions.py --src /path/to/old --json old.json
    python bench/instructions.py --compare old.json new.json   # side by side, no measuring

The floors (``json.loads``, ``lxml.etree.fromstring``, ``json.dumps`` alone on the same
bodies) do not depend on smscodec; ``--no-floors`` skips them.
"""

from __future__ import annotations

# The children run this file too, under valgrind, where every import takes seconds: only what
# a child needs is imported here, and the parent's modules where the parent uses them.
import gc
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

HERE = Path(__file__).resolve().parent

#: Calls made before counting starts in both runs: the adaptive interpreter specialises the
#: code on its first calls, and first calls fill lazy tables.
WARMUP = 3


class Case(NamedTuple):
    name: str  # the row label
    kind: str  # the body kind in bodies.py
    size: int  # messages in the body
    what: str  # what the child does: decode-json, decode-xml, encode-json, loads, fromstring, dumps
    model: str = ""  # the smscodec model, for decode and encode
    floor_of: str = ""  # for a floor: the case it is the floor of

    @property
    def reps(self) -> int:
        # 2,000 messages in the short run and 6,000 in the long one; JSON counts then repeat to
        # a few instructions a message. libxml2 seeds its hashing at random in each process, so
        # XML counts vary from run to run; three times the messages narrow that spread.
        return max(1, (6000 if self.kind.endswith("xml") else 2000) // self.size)


CASES = (
    Case("JSON decode, binary request", "binary", 100, "decode-json", "BinaryMultiRequest"),
    Case("JSON decode, binary request", "binary", 1000, "decode-json", "BinaryMultiRequest"),
    Case("JSON decode, text request", "text", 100, "decode-json", "TextMultiRequest"),
    Case("JSON decode, SMS response", "response", 100, "decode-json", "SmsResponse"),
    Case("XML decode, binary request", "binary-xml", 100, "decode-xml", "BinaryMultiRequest"),
    Case("XML decode, binary request", "binary-xml", 1000, "decode-xml", "BinaryMultiRequest"),
    Case("JSON encode, binary request", "binary", 100, "encode-json", "BinaryMultiRequest"),
)

FLOOR_OF = {"decode-json": "loads", "decode-xml": "fromstring", "encode-json": "dumps"}
FLOOR_LABEL = {"loads": "json.loads", "fromstring": "lxml.etree.fromstring",
               "dumps": "json.dumps"}


def floors() -> tuple[Case, ...]:
    return tuple(
        Case(FLOOR_LABEL[FLOOR_OF[c.what]], c.kind, c.size, FLOOR_OF[c.what], floor_of=key(c))
        for c in CASES
    )


def key(case: Case) -> str:
    return f"{case.what}:{case.kind}:{case.size}"


# --- the child: runs under valgrind ----------------------------------------------------------


def _work(what: str, model: str, data: bytes) -> tuple[Callable[[], object], int]:
    """The call to count, and the number of messages it handles (checked before counting)."""
    if what == "loads":
        return (lambda: json.loads(data)), len(json.loads(data)["messages"])
    if what == "fromstring":
        from lxml import etree

        return (lambda: etree.fromstring(data)), len(etree.fromstring(data)[0])
    if what == "dumps":
        tree = json.loads(data)

        def dumps() -> bytes:
            return json.dumps(tree, ensure_ascii=False, separators=(",", ":")).encode()

        return dumps, len(tree["messages"])

    import smscodec

    cls = getattr(smscodec, model)
    if what == "decode-json":
        return (lambda: smscodec.decode(data, cls, format="json")), len(
            smscodec.decode(data, cls, format="json").messages)
    if what == "decode-xml":
        return (lambda: smscodec.decode(data, cls, format="xml")), len(
            smscodec.decode(data, cls, format="xml").messages)
    if what == "encode-json":
        obj = smscodec.decode(data, cls, format="json")
        return (lambda: smscodec.encode(obj)), len(json.loads(smscodec.encode(obj))["messages"])
    raise ValueError(f"unknown work {what!r}")


def probe() -> int:
    from importlib.metadata import version

    import smscodec

    print(smscodec.__file__, version("lxml"), sys.version.split()[0], sep="\n")
    return 0


def child(what: str, model: str, body: str, reps: int, expected: int) -> int:
    call, messages = _work(what, model, Path(body).read_bytes())
    if messages != expected:
        print(f"{what} {body}: {messages} messages, expected {expected}", file=sys.stderr)
        return 1
    for _ in range(WARMUP):
        call()
    gc.collect()
    gc.disable()
    for _ in range(reps):
        call()
    return 0


# --- the parent ------------------------------------------------------------------------------


def _child_env(src: str | None, pycache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    # Compiled bytecode in a place of our own, written by the warm-up pass: a run that compiles
    # a module costs more than one that reads it, and the two counted runs must not differ.
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if src:
        env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _child_cmd(case: Case, body: Path, reps: int) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--child", case.what,
            case.model or "-", str(body), str(reps), str(case.size)]


def _callgrind(cmd: list[str], env: dict[str, str], out: Path) -> int:
    import re
    import subprocess

    done = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--dump-line=no", *cmd],
        env=env, capture_output=True, check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed under valgrind:\n"
                           f"{done.stderr.decode(errors='replace')[-3000:]}")
    found = re.search(rb"^(?:totals|summary):\s*(\d+)", out.read_bytes(), re.MULTILINE)
    if found is None:
        raise RuntimeError(f"no total in {out}")
    out.unlink()
    return int(found.group(1))


def _measure(case: Case, body: Path, env: dict[str, str], scratch: Path) -> dict[str, Any]:
    reps = case.reps
    stem = f"{case.what}-{case.kind}-{case.size}"
    short = _callgrind(_child_cmd(case, body, reps), env, scratch / f"{stem}.short.cg")
    long = _callgrind(_child_cmd(case, body, 3 * reps), env, scratch / f"{stem}.long.cg")
    extra = 2 * reps * case.size
    return {"case": key(case), "name": case.name, "size": case.size, "reps": reps,
            "short": short, "long": long, "per_message": (long - short) / extra,
            "floor_of": case.floor_of}


def _output(argv: list[str]) -> str | None:
    """The command's output, stripped, or None if it failed."""
    import subprocess

    try:
        done = subprocess.run(argv, capture_output=True, text=True, check=False)
    except OSError:
        return None
    return (done.stdout or done.stderr).strip() if done.returncode == 0 else None


def _describe(env: dict[str, str]) -> dict[str, Any]:
    import platform
    import subprocess

    # Asked of a child, whose sys.path is the counted children's (``python -c`` would put the
    # current directory first, which may hold another smscodec).
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--probe"], env=env,
                          capture_output=True, text=True, check=True)
    smscodec_file, lxml_version, python = done.stdout.split("\n")[:3]
    tree = Path(smscodec_file).resolve().parent.parent
    commit = _output(["git", "-C", str(tree), "rev-parse", "--short", "HEAD"]) or "?"
    if _output(["git", "-C", str(tree), "status", "--porcelain", "--untracked-files=no"]):
        commit += " (with uncommitted changes)"
    return {
        "smscodec": str(Path(smscodec_file).parent),
        "commit": commit,
        "python": python,
        "lxml": lxml_version,
        "valgrind": _output(["valgrind", "--version"]) or "?",
        "machine": f"{platform.machine()} {platform.system()}",
    }


def _bodies(cases: tuple[Case, ...], where: Path) -> dict[tuple[str, int], Path]:
    import subprocess

    # Made by the bodies.py next to this script, in its own process: it puts its own tree first
    # on sys.path (the XML body is that tree's encoding), which must not leak into the children.
    paths: dict[tuple[str, int], Path] = {}
    for kind, size in sorted({(c.kind, c.size) for c in cases}):
        path = where / f"{kind}-{size}.body"
        subprocess.run([sys.executable, str(HERE / "bodies.py"), kind, str(size), str(path)],
                       check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        paths[kind, size] = path
    return paths


def measure(src: str | None, with_floors: bool, jobs: int, only: str) -> dict[str, Any]:
    import concurrent.futures
    import hashlib
    import shutil
    import subprocess
    import tempfile
    import time

    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not on PATH")
    cases = tuple(c for c in CASES + (floors() if with_floors else ())
                  if only in key(c) or only in c.floor_of)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="smscodec-instr-") as tmp:
        scratch = Path(tmp)
        env = _child_env(str(Path(src).resolve()) if src else None, scratch / "pycache")
        meta = _describe(env)
        print(f"smscodec from {meta['smscodec']} (commit {meta['commit']})", file=sys.stderr)
        paths = _bodies(cases, scratch)
        meta["bodies"] = {f"{k}-{n}": hashlib.sha256(p.read_bytes()).hexdigest()[:16]
                          for (k, n), p in paths.items()}
        for case in cases:  # the warm-up pass: bytecode written, every case checked once
            done = subprocess.run(_child_cmd(case, paths[case.kind, case.size], 1), env=env,
                                  capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise SystemExit(f"{case.name} ({case.size}) failed:\n{done.stderr[-3000:]}")
        rows: list[dict[str, Any]] = []
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(_measure, c, paths[c.kind, c.size], env, scratch)
                       for c in cases]
            for case, future in zip(cases, futures, strict=True):
                rows.append(future.result())
                print(f"  {case.name}, {case.size}: {rows[-1]['per_message']:,.0f} "
                      f"instructions a message", file=sys.stderr)
    meta["seconds"] = round(time.monotonic() - started)
    return {"meta": meta, "rows": rows}


# --- tables ----------------------------------------------------------------------------------


def _n(x: float) -> str:
    return f"{x:,.0f}"


def table(result: dict[str, Any]) -> str:
    meta, rows = result["meta"], result["rows"]
    by_case = {r["case"]: r for r in rows}
    floor_for = {r["floor_of"]: r for r in rows if r["floor_of"]}
    lines = [
        f"Instructions per message (callgrind), smscodec {meta['commit']}, Python "
        f"{meta['python']}, lxml {meta['lxml']}, {meta['valgrind']}.",
        "",
        "| work | messages | smscodec | floor | floor alone | × floor |",
        "| --- | ---: | ---: | --- | ---: | ---: |",
    ]
    for case in CASES:
        row = by_case.get(key(case))
        if row is None:
            continue
        floor = floor_for.get(key(case))
        cells = ([FLOOR_LABEL[FLOOR_OF[case.what]], _n(floor["per_message"]),
                  f"{row['per_message'] / floor['per_message']:.2f}"]
                 if floor else ["", "", ""])
        lines.append(f"| {case.name} | {case.size:,} | {_n(row['per_message'])} | "
                     + " | ".join(cells) + " |")
    return "\n".join(lines)


def compare(old: dict[str, Any], new: dict[str, Any]) -> str:
    old_rows = {r["case"]: r for r in old["rows"]}
    new_rows = {r["case"]: r for r in new["rows"]}
    a, b = old["meta"]["commit"], new["meta"]["commit"]
    lines = [f"| work | messages | {a} | {b} | change |", "| --- | ---: | ---: | ---: | ---: |"]
    for case in CASES + floors():
        x, y = old_rows.get(key(case)), new_rows.get(key(case))
        if x is None or y is None:
            continue
        label = case.name if not case.floor_of else f"{case.name} alone ({case.kind})"
        change = 100 * (y["per_message"] - x["per_message"]) / x["per_message"]
        lines.append(f"| {label} | {case.size:,} | {_n(x['per_message'])} | "
                     f"{_n(y['per_message'])} | {change:+.1f}% |")
    if old["meta"].get("bodies") != new["meta"].get("bodies"):
        lines.append("\nThe two runs were made on different bodies (see their `bodies` hashes).")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--probe"]:
        return probe()
    if argv[:1] == ["--child"]:
        what, model, body, reps, expected = argv[1:6]
        return child(what, model, body, int(reps), int(expected))
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", help="a source tree to import smscodec from (put on "
                        "PYTHONPATH); default: whatever this interpreter imports")
    parser.add_argument("--json", help="also write the counts to this file (for --compare)")
    parser.add_argument("--no-floors", action="store_true",
                        help="skip json.loads, lxml.etree.fromstring and json.dumps alone")
    parser.add_argument("--only", default="", metavar="TEXT",
                        help="only the cases whose key (such as decode-xml:binary-xml:100) "
                        "holds TEXT, with their floors")
    parser.add_argument("--jobs", type=int, default=2, help="valgrind runs at once (default 2)")
    parser.add_argument("--compare", nargs=2, metavar=("OLD.json", "NEW.json"),
                        help="print two earlier --json results side by side and exit")
    args = parser.parse_args(argv)
    if args.compare:
        old, new = (json.loads(Path(p).read_text()) for p in args.compare)
        print(compare(old, new))
        return 0
    result = measure(args.src, not args.no_floors, args.jobs, args.only)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1) + "\n")
    print(table(result))
    print(f"\n({result['meta']['seconds']} s; bodies {result['meta']['bodies']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
