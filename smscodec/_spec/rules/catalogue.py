"""Strict checks of a status or error part against the published catalogue (`smscodec._catalogue`).

`agrees_with_catalogue` is the check, for any part whose values hold ``id`` and, when the part
has them, ``name``, ``group_id`` and ``group_name`` (Python names; a value may be None). It
reports only when decoding with ``strict=True``: an id the catalogue lacks
(``catalogue.unknown``), a name it does not give that id (``catalogue.name``), a group it does
not give that id and name (``catalogue.group``). Where the catalogue reuses an id, a part
agrees when it agrees with any of the id's meanings.

Two checks are ready to attach to a `Body` (``check=rules.STATUS_CHECK``):

- `STATUS_CHECK` for the status part (``Status``): its groupId and groupName agree with each
  other (`responses.status_groups`), and with the catalogue; the groupName is checked against
  the groupId there, so here only the groupId is compared with the catalogue's group (and
  not when it was found to disagree with the groupName: one issue for one wrong field).
- `ERROR_CATALOGUE` for an error part ``{groupId, groupName, id, name, description,
  permanent}`` (delivery reports and logs): the same against the catalogue's errors, comparing
  the groupId and the groupName (``HANDSET_ERRORS`` is the catalogue's "Handset errors").
  Its ``permanent`` is compared too (``catalogue.permanent``) where the catalogue says
  (`ErrorCode.permanent`, None for 136 errors of families that do not): a gateway that retries
  by the flag would otherwise retry what can never succeed, or give up on what may.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final, Literal

from ..._catalogue import (
    ACCEPTED_GROUP_NAME,
    ErrorCode,
    StatusCode,
    error,
    group_key,
    match_error,
    match_status,
    status,
)
from ..._core.issue_codes import IssueCode
from ..._core.report import Loc, Report
from ..._core.tree import show
from ..vocabulary import BodyCheck
from .responses import status_groups

__all__ = ["ERROR_CATALOGUE", "STATUS_CHECK", "agrees_with_catalogue"]


def _group(entry: StatusCode | ErrorCode) -> str:
    group = entry.group
    if group.id is None:
        return show(group.name or "")
    return f"{group.id} {group.name}" if group.name else str(group.id)


def _names_agree(kind: str, name: str, entry: StatusCode | ErrorCode) -> bool:
    if entry.group.name is None:
        return True
    key = group_key(name)
    if kind == "status" and entry.group.id == 0 and key == group_key(ACCEPTED_GROUP_NAME):
        return True
    return key == group_key(entry.group.name)


def _unknown(kind: str, ident: int, name: str | None, r: Report, loc: Loc) -> bool:
    hint = ""
    if name is not None and (named := (status if kind == "status" else error)(name)):
        hint = f"; {show(name)} is {kind} {named.id}"
    given = f" ({show(name)})" if name is not None else ""
    r.add((loc, "id"), IssueCode.CATALOGUE_UNKNOWN,
          f"{kind} id {ident}{given} is not in the published catalogue{hint}; "
          "without strict=True it is read as sent")
    return False


def agrees_with_catalogue(kind: Literal["status", "error"], values: Mapping[str, Any],
                          r: Report, loc: Loc, *, group_names: bool = True) -> bool:
    """When strict: the part at ``loc`` is one of the catalogue's statuses (``kind``
    ``"status"``) or errors, by id, name and group; each disagreement is one issue. With
    ``group_names`` False the groupName is not compared (a check of its own does that)."""
    ident: int | None = values.get("id")
    if not r.strict or ident is None:  # a part read without an id has nothing to look up
        return True
    name: str | None = values.get("name")
    group_id: int | None = values.get("group_id")
    group_name: str | None = values.get("group_name")
    first = (match_status if kind == "status" else match_error)(ident)
    if first is None:
        return _unknown(kind, ident, name, r, loc)
    meanings: Sequence[StatusCode | ErrorCode] = (first, *first.alternatives)
    ok = True
    named = [e for e in meanings if e.name == name]
    if name is not None and not named:
        given = " or ".join(dict.fromkeys(e.name for e in meanings))
        other = (status if kind == "status" else error)(name)
        hint = f" ({show(name)} is {kind} {other.id})" if other is not None else ""
        r.add((loc, "name"), IssueCode.CATALOGUE_NAME,
              f"{kind} {ident} is {given} in the catalogue, not {show(name)}{hint}")
        ok = False
    meanings = named or meanings
    label = f"{kind} {ident} {meanings[0].name}"
    groups = " or ".join(dict.fromkeys(_group(e) for e in meanings))
    if group_id is not None and all(
        e.group.id is not None and e.group.id != group_id for e in meanings
    ):
        r.add((loc, "groupId"), IssueCode.CATALOGUE_GROUP,
              f"{label} is in group {groups} in the catalogue, not group {group_id}")
        return False
    if (group_names or first.group.id is None) and group_name is not None and not any(
        _names_agree(kind, group_name, e) for e in meanings
    ):
        r.add((loc, "groupName"), IssueCode.CATALOGUE_GROUP,
              f"{label} is in group {groups} in the catalogue, not {show(group_name)}")
        return False
    permanent: bool | None = values.get("permanent")
    if permanent is not None and all(
        isinstance(e, ErrorCode) and e.permanent is not None and e.permanent != permanent
        for e in meanings
    ):
        said = ("permanent (no retry can succeed)" if not permanent
                else "not permanent (a retry may succeed)")
        r.add((loc, "permanent"), IssueCode.CATALOGUE_PERMANENT,
              f"{label} is {said} in the catalogue, not permanent: {str(permanent).lower()}")
        return False
    return ok


def _status(values: dict[str, Any], r: Report, loc: Loc) -> bool:
    # Both run, so that a strict decode reports every disagreement at once; but a groupId
    # already reported for disagreeing with its groupName is not reported twice.
    if not status_groups(values, r, loc):
        agrees_with_catalogue("status", {**values, "group_id": None}, r, loc, group_names=False)
        return False
    return agrees_with_catalogue("status", values, r, loc, group_names=False)


def _error(values: dict[str, Any], r: Report, loc: Loc) -> bool:
    return agrees_with_catalogue("error", values, r, loc)


#: A status part: groupId and groupName agree, and id, name and group agree with the
#: catalogue (checked only when strict).
STATUS_CHECK: Final = BodyCheck("status catalogue", _status, strict_only=True)
#: An error part: id, name and group agree with the catalogue (checked only when strict).
ERROR_CATALOGUE: Final = BodyCheck("error catalogue", _error, strict_only=True)
