"""A gateway's view of a body of reports or logs: how many messages ended in each outcome.

The outcome of a message is its status group (``delivered``, ``pending``, ``undeliverable``,
``expired``, ``rejected``, ``accepted``), named as the server wrote it, in lower case (so ``OK``
and ``Ok`` are one outcome); a status without a group name takes its group id's name, or
``group N`` for an id no group has. The known groups come first, in the order of their ids,
then any other the body holds, in the order it first appears.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .._spec.models import Status
from .._spec.rules.responses import STATUS_GROUPS

__all__ = ["outcome", "outcomes"]

_ORDER = {name.lower(): i for i, name in enumerate(STATUS_GROUPS.values())}


def outcome(status: Status) -> str:
    """The outcome a status names (see the module docstring)."""
    if status.group_name is not None:
        return status.group_name.lower()
    known = STATUS_GROUPS.get(status.group_id)
    return known.lower() if known is not None else f"group {status.group_id}"


def outcomes(value: Any) -> dict[str, int] | None:
    """Each outcome of a body of reports or logs and how many of its results have it; None
    for a body that holds no statuses of results."""
    results = getattr(value, "results", None)
    if not isinstance(results, tuple) or not all(isinstance(getattr(r, "status", None), Status)
                                                  for r in results):
        return None
    counts = Counter(outcome(r.status) for r in results)
    first = {name: i for i, name in enumerate(counts)}  # a Counter keeps first-seen order
    ordered = sorted(counts, key=lambda name: (_ORDER.get(name, len(_ORDER)), first[name]))
    return {name: counts[name] for name in ordered}
