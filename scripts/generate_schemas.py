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
    from smscodec._codegen.sync import sync
    from smscodec.schemas import generate

    made = generate()
    files = {target / name: text for target in TARGETS for name, text in made.items()}
    owned = [p for target in TARGETS if target.is_dir() for p in target.iterdir()
             if _is_schema(p)]
    return sync(files, owned, root=ROOT, check=args.check)

if __name__ == "__main__":
    sys.exit(main())
