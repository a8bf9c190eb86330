"""Bringing generated files on disk up to date, or only saying which are not (``--check``):
what every ``scripts/generate_*.py`` does once it has the files' texts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

__all__ = ["sync"]


def sync(files: Mapping[Path, str], owned: Iterable[Path], *, root: Path, check: bool) -> int:
    """Write each of ``files`` whose bytes differ, and remove each ``owned`` file (one the
    generator made) that ``files`` no longer names; with ``check``, change nothing. One line
    a file, paths from ``root``. The exit status: 1 if checking found anything, else 0."""
    stale: list[Path] = []
    for path, text in files.items():
        data = text.encode("utf-8")
        if path.is_file() and path.read_bytes() == data:
            continue
        stale.append(path)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    for path in sorted(set(owned) - set(files)):
        stale.append(path)
        if not check:
            path.unlink()
    for path in stale:
        verb = "stale" if check else "wrote" if path.exists() else "removed"
        print(f"{verb}: {path.relative_to(root)}")
    return 1 if check and stale else 0
