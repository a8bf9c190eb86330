#!/usr/bin/env python3
"""Fuzz the command line, `smscodec check` and `smscodec convert`, on arbitrary bytes.

The input is the body, read from standard input (``-``). Invariant: the command line's `main`
(`smscodec._cli.main`) returns an exit status and never raises; `check` (human and ``--json``)
exits 0 or 1 and the two agree; ``--json`` prints one JSON object whose ``valid`` matches the
status; `convert --to json` and `--to xml` exit 0 or 1, and `--to json` succeeds exactly when
`check` does. Exit 2 comes only from a body that more than one kind reads alike (detection
names the candidates and asks for ``--type``), and then from all of them alike; the other
exit 2, a file that cannot be read, never happens, since standard input always can be.
"""

import contextlib
import io
import json
import sys

import _fuzzlib
import atheris

with atheris.instrument_imports(include=["smscodec"]):
    import smscodec  # noqa: F401

    _fuzzlib.import_all()

from smscodec._cli import main as cli


def run(argv: list[str], data: bytes) -> tuple[int, bytes, bytes]:
    """``smscodec ARGV`` with ``data`` on stdin: (status, stdout, stderr). Streams are strict
    UTF-8, as on a UTF-8 terminal."""
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    out, err = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", errors="strict", write_through=True)
    stderr = io.TextIOWrapper(err, encoding="utf-8", errors="strict", write_through=True)
    saved = sys.stdin
    sys.stdin = stdin
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            status = cli.main(argv)
    except BaseException as exc:  # SystemExit and KeyboardInterrupt too: nothing may escape
        raise AssertionError(f"smscodec {' '.join(argv)} raised {exc!r}") from exc
    finally:
        sys.stdin = saved
    stdout.flush()
    stderr.flush()
    return status, out.getvalue(), err.getvalue()


_AMBIGUOUS = b"smscodec: cannot tell which body this is: it may be "


def TestOneInput(data: bytes) -> None:
    status, out, err = run(["check", "-"], data)
    if status == 2:
        assert err.startswith(_AMBIGUOUS) and b"give --type" in err and not out, (out, err)
        for argv in (["check", "--json", "-"], ["convert", "--to", "json", "-"],
                     ["convert", "--to", "xml", "-"]):
            again, out, err_again = run(argv, data)
            assert (again, out, err_again) == (2, b"", err), (argv, again, out, err_again)
        return
    assert status in (0, 1), f"check exited {status}: {err!r}"
    assert out.startswith(b"ok: " if status == 0 else b"invalid: "), out

    status_json, out, err = run(["check", "--json", "-"], data)
    assert status_json == status, f"check --json exited {status_json}, check {status}"
    report = json.loads(out)
    assert isinstance(report, dict) and report["valid"] is (status == 0), report

    for target in ("json", "xml"):
        converted, out, err = run(["convert", "--to", target, "-"], data)
        assert converted in (0, 1), f"convert --to {target} exited {converted}: {err!r}"
        if target == "json":
            assert converted == status, f"convert --to json exited {converted}, check {status}"


if __name__ == "__main__":
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()
