"""Write the shipped schemas: ``smscodec/schema_files/`` (package data) and ``schemas/`` (a copy).

Usage: ``python scripts/generate_schemas.py [--check]``. With ``--check`` nothing is written;
the exit status is 1 if any file is missing, stale or left over, 0 if all are current.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = (ROOT / "smscodec" / "schema_files", ROOT / "schemas")


def _is_schema(path: Path) -> bool:
    return path.name.endswith((".schema.json", ".xsd"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report files that differ")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from smscodec.schemas import generate

    files = generate()
    stale: list[Path] = []
    for target in TARGETS:
        for name, text in files.items():
            path = target / name
            data = text.encode("utf-8")
            if path.is_file() and path.read_bytes() == data:
                continue
            stale.append(path)
            if not args.check:
                target.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
        if target.is_dir():
            for path in sorted(target.iterdir()):
                if _is_schema(path) and path.name not in files:
                    stale.append(path)
                    if not args.check:
                        path.unlink()
    for path in stale:
        verb = "stale" if args.check else "wrote" if path.exists() else "removed"
        print(f"{verb}: {path.relative_to(ROOT)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
