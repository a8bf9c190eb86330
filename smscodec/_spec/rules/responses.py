"""The rules only responses have: smsCount, and status group id and name agreeing (strict)."""

from __future__ import annotations

from typing import Any, Final

from ..._core.issue_codes import IssueCode
from ..._core.report import Loc, Report
from ..._core.tree import show
from ..vocabulary import BodyCheck, FieldRule
from .common import INVALID
from .integers import RESPONSE_INTEGER

__all__ = ["GROUPS_AGREE", "SMS_COUNT", "STATUS_GROUPS"]


#: Status groups of the API's response codes: groupId to groupName.
STATUS_GROUPS: Final = {
    0: "ACCEPTED",
    1: "PENDING",
    2: "UNDELIVERABLE",
    3: "DELIVERED",
    4: "EXPIRED",
    5: "REJECTED",
}



def _sms_count(value: object, r: Report, parent: Loc, key: str | int) -> object:
    """``smsCount``: any integer from a server; below 1 is an issue only when strict."""
    result = RESPONSE_INTEGER(value, r, parent, key)
    if r.strict and isinstance(result, int) and result < 1:
        r.add(
            (parent, key),
            IssueCode.SMS_COUNT_RANGE,
            f"is {result}; a sent message costs at least 1 SMS",
        )
        return INVALID
    return result


#: Other names of a status group: the published catalogue calls group 0 OK (``Ok`` in some of
#: the API's examples), the v1 documents ACCEPTED.
_ALSO_NAMED: Final = {"OK": 0}


def status_groups(values: dict[str, Any], r: Report, loc: Loc) -> bool:
    """When strict: a groupId and groupName that name the same group (any case)."""
    if not r.strict:
        return True
    group_id: int = values["group_id"]
    group_name: str = values["group_name"]
    by_name = {v: k for k, v in STATUS_GROUPS.items()} | _ALSO_NAMED
    named = by_name.get(group_name.upper())
    expected = STATUS_GROUPS.get(group_id)
    if expected is not None and named == group_id:
        return True
    if expected is None and named is None:
        r.add(
            (loc, "groupId"),
            IssueCode.STATUS_GROUP_UNKNOWN,
            f"groupId {group_id} and groupName {show(group_name)} name no known status group",
        )
    else:
        r.add(
            (loc, "groupId"),
            IssueCode.STATUS_GROUP_MISMATCH,
            f"groupId {group_id} does not match groupName {show(group_name)}"
            + (f" (which is group {named})" if named is not None else ""),
        )
    return False


#: ``smsCount``: any 64-bit integer, below 1 refused only when strict.
SMS_COUNT: Final = FieldRule(
    "smsCount", _sms_count, valid=RESPONSE_INTEGER.valid, value_type=int,
    facts=RESPONSE_INTEGER.facts,
)
#: A status's groupId and groupName agree (checked only when strict).
GROUPS_AGREE: Final = BodyCheck("status groups", status_groups, strict_only=True)
