"""Write the status and error catalogue as data: ``smscodec/_catalogue/data.py``, from the
published ``infobip-error-codes.yml`` (beside the repository, in ``../shared/spec``).

Usage: ``python scripts/generate_catalogue.py [--check] [--source PATH]``. With ``--check``
nothing is written; the exit status is 1 if the module is missing or stale, 0 if it is current.
Needs PyYAML (in the ``test`` extra); the package itself does not.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "spec" / "infobip-error-codes.yml"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether it differs")
    parser.add_argument("--source", type=Path, default=SOURCE, help="the catalogue yml")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from smscodec._codegen.catalogue import MODULE, generate
    from smscodec._codegen.sync import sync

    source: Path = args.source
    if not source.is_file():
        print(f"no catalogue at {source}; pass --source", file=sys.stderr)
        return 2
    return sync({ROOT / MODULE: generate(source)}, [], root=ROOT, check=args.check)


if __name__ == "__main__":
    sys.exit(main())
