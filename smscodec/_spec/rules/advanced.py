"""The rules of the v2 advanced send API (`/sms/2/text/advanced`, `/sms/2/binary/advanced`)
that the v1 bodies lack: int64, the delivery reports' media type, and a delivery window's
days (which v3's window takes too: one rule for both). The rules v2 shares with v3 otherwise
(bounded strings, int32, the window's times, the language's shifts) are v3's (`rules.v3`).

Every value here is one the API's description states (see the v2 notes in
``tests/vectors/v2/README.md`` for where each comes from).
"""

from __future__ import annotations

from typing import Any, Final

from ..._core.issue_codes import IssueCode
from ..._core.report import Loc, Report
from ..vocabulary import FieldRule
from .common import INVALID, type_issue
from .integers import integer
from .scalars import enum

__all__ = [
    "DAYS",
    "DELIVERY_DAYS",
    "INT64",
    "NOTIFY_CONTENT_TYPE",
]


#: The description's format int64 (validityPeriod).
INT64: Final = integer(-(2**63), 2**63 - 1)

#: The description's enums, closed as every request's are.
NOTIFY_CONTENT_TYPE: Final = enum(("application/json", "application/xml"), closed=True)
DELIVERY_DAYS: Final = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                        "SUNDAY")
DAY: Final = enum(DELIVERY_DAYS, closed=True)

#: The most days a window can name is seven; more is a repeat, bounded by max_destinations.
_MOST_DAYS: Final = "max_destinations"


def _days(value: Any, r: Report, parent: Loc, key: str | int) -> Any:
    if r.xml and value == "":
        value = []  # <days/>: XML's empty array, which has no child to make it a list
    if type(value) is not list:
        return type_issue(r, parent, key, IssueCode.TYPE_ARRAY, "an array of days", value)
    loc = (parent, key)
    if len(value) > r.limits.max_destinations:
        r.add(loc, "limit.destinations",
              f"holds {len(value)} days; at most {r.limits.max_destinations} are accepted")
        return INVALID
    if not value:
        r.add(loc, IssueCode.ARRAY_EMPTY, "is empty; give at least one day of the week")
        return INVALID
    out = [DAY(item, r, loc, i) for i, item in enumerate(value)]
    return INVALID if INVALID in out else tuple(out)


#: A delivery time window's days: a non-empty array (never a lone string) of day names.
DAYS: Final = FieldRule("days", _days, item=DAY, facts=DAY.facts, min_items=1,
                        max_items=_MOST_DAYS)
