"""Write the generated modules: ``smscodec/_generated/`` (see ``smscodec/_codegen/emit.py``).

Usage: ``python scripts/generate_code.py [--check]``. With ``--check`` nothing is written;
the exit status is 1 if any module is missing, stale or left over, 0 if all are current.
"""

from __future__ import annotations

import argparse
import importlib.abc
import importlib.util
import sys
import types
from importlib.machinery import ModuleSpec
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


class _Placeholders(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves every generated module as a stand-in whose every table is empty.

    The package imports its generated modules, which are made from the descriptions: after a
    description changed, the committed ones may no longer import (a model renamed, a field
    gone), and before the first run there are none. The generator needs only the
    descriptions, so it never runs them.
    """

    def find_spec(self, name: str, path: Any, target: Any = None) -> ModuleSpec | None:
        if name.startswith("smscodec._generated."):
            return importlib.util.spec_from_loader(name, self)
        return None

    def create_module(self, spec: ModuleSpec) -> types.ModuleType:
        return _Placeholder(spec.name)

    def exec_module(self, module: types.ModuleType) -> None:
        pass


class _Placeholder(types.ModuleType):
    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report modules that differ")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    folder = ROOT / "smscodec" / "_generated"
    sys.meta_path.insert(0, _Placeholders())
    from smscodec._codegen.emit import generate
    from smscodec._codegen.sync import sync

    files = {ROOT / name: text for name, text in generate().items()}
    owned = [p for p in folder.glob("*.py") if p.name != "__init__.py"]
    return sync(files, owned, root=ROOT, check=args.check)

if __name__ == "__main__":
    sys.exit(main())
