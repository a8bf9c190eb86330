"""Write README's table of issue codes from the catalogue, `smscodec.IssueCode`.

Usage: ``python scripts/generate_issue_codes.py [--check] [--readme PATH]``. The table goes
between the lines ``<!-- issue-codes:start -->`` and ``<!-- issue-codes:end -->``, which must
be there already. With ``--check`` nothing is written; the exit status is 1 if the table differs
from the catalogue, 0 if it is current.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START = "<!-- issue-codes:start -->"
END = "<!-- issue-codes:end -->"


def table() -> str:
    """The Markdown table of every code, in catalogue order, one row each."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from smscodec._core.issue_codes import IssueCode

    rows = ["| code | meaning |", "| --- | --- |"]
    rows += [f"| `{code.value}` | {code.meaning} |" for code in IssueCode]
    return "\n".join(rows) + "\n"


def with_table(readme: str) -> str:
    """``readme`` with the text between the markers replaced by `table`."""
    head, start, rest = readme.partition(START + "\n")
    _, end, tail = rest.partition(END)
    if not start or not end:
        raise ValueError(f"README must hold the lines {START} and {END}, in that order")
    return head + start + table() + end + tail


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether it differs")
    parser.add_argument("--readme", type=Path, default=ROOT / "README.md", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    path: Path = args.readme
    text = path.read_text(encoding="utf-8")
    try:
        wanted = with_table(text)
    except ValueError as exc:
        print(f"{path.name}: {exc}", file=sys.stderr)
        return 1
    if wanted == text:
        return 0
    if args.check:
        print(f"stale: the issue-code table in {path.name}; run scripts/generate_issue_codes.py")
        return 1
    path.write_text(wanted, encoding="utf-8")
    print(f"wrote: the issue-code table in {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
