"""The published status and error catalogue: what a status or error id means.

`status` and `error` look an entry up by id (or by name); `status_codes` and `error_codes` list
them all, in the catalogue's order. The data (`smscodec._catalogue.data`, generated from
``infobip-error-codes.yml``) is imported on the first lookup, not with the package.

Finality of a status follows its group: PENDING (1) and group 0 (OK, which the v1 documents
call ACCEPTED) are intermediate, UNDELIVERABLE, DELIVERED, EXPIRED and REJECTED (2 to 5) final,
with one exception the catalogue's own description states: DELIVERED_TO_OPERATOR (status 2 of
group DELIVERED) still awaits delivery to the handset, so it is intermediate.

Reused ids: the catalogue gives some ids two or more meanings (status 87 is SIGNALS_BLOCKED in
EXPIRED and in REJECTED, and a voice status; error 4102 is a user and an operator error). Every
meaning is kept: a lookup returns the first in catalogue order, whose ``alternatives`` are the
others (``ambiguous`` says there are some); `match_status` and `match_error` pick the meaning a
decoded body's name and group point to.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Final, NamedTuple, TypeVar

__all__ = [
    "ACCEPTED_GROUP_NAME",
    "CodeGroup",
    "ErrorCode",
    "StatusCode",
    "error",
    "error_codes",
    "group_key",
    "match_error",
    "match_status",
    "status",
    "status_codes",
    "status_group",
    "status_is_final",
]

#: The finality of each status group, by id: True when no later status follows.
_FINAL_GROUPS: Final = {0: False, 1: False, 2: True, 3: True, 4: True, 5: True}
#: Statuses that stay intermediate although their group is final: (group id, status id).
_INTERMEDIATE: Final = frozenset({(3, 2)})  # DELIVERED_TO_OPERATOR awaits the handset
#: What the v1 documents call status group 0, which the catalogue calls OK.
ACCEPTED_GROUP_NAME: Final = "ACCEPTED"


def group_key(name: str) -> str:
    """A group name as compared: any case, spaces and underscores ignored, so that the wire's
    ``HANDSET_ERRORS`` is the catalogue's ``Handset errors`` and ``Ok`` is ``OK``."""
    return name.replace("_", "").replace(" ", "").casefold()


@dataclass(frozen=True, slots=True)
class CodeGroup:
    """The group of a status or error. ``id`` is None where the catalogue gives none (the
    families of other channels), and ``name`` too where it names none."""

    id: int | None
    name: str | None


@dataclass(frozen=True, slots=True)
class StatusCode:
    """A status of the catalogue: its id, name, group, description and the family of codes
    (``General status codes`` for SMS) it belongs to."""

    id: int
    name: str
    group: CodeGroup
    description: str
    family: str

    @property
    def is_final(self) -> bool | None:
        """True when no later status follows this one, False when one may (see the module);
        None for a status whose group the catalogue does not give."""
        return status_is_final(self.group.id, self.group.name, self.id)

    @property
    def alternatives(self) -> tuple[StatusCode, ...]:
        """The catalogue's other statuses with this id, in its order; usually none."""
        return tuple(s for s in _index().statuses.get(self.id, ()) if s != self)

    @property
    def ambiguous(self) -> bool:
        """True when the catalogue gives this id other meanings too (`alternatives`)."""
        return len(_index().statuses.get(self.id, ())) > 1


@dataclass(frozen=True, slots=True)
class ErrorCode:
    """An error of the catalogue: its id, name, group, whether it is ``permanent`` (no retry
    can succeed; None where the catalogue does not say), description and family."""

    id: int
    name: str
    group: CodeGroup
    permanent: bool | None
    description: str
    family: str

    @property
    def alternatives(self) -> tuple[ErrorCode, ...]:
        """The catalogue's other errors with this id, in its order; usually none."""
        return tuple(e for e in _index().errors.get(self.id, ()) if e != self)

    @property
    def ambiguous(self) -> bool:
        """True when the catalogue gives this id other meanings too (`alternatives`)."""
        return len(_index().errors.get(self.id, ())) > 1


class _Index(NamedTuple):
    status_list: tuple[StatusCode, ...]
    error_list: tuple[ErrorCode, ...]
    statuses: dict[int, tuple[StatusCode, ...]]
    errors: dict[int, tuple[ErrorCode, ...]]
    status_names: dict[str, StatusCode]
    error_names: dict[str, ErrorCode]
    groups: dict[int, str]


@functools.cache
def _index() -> _Index:
    # Deferred so that ``import smscodec`` does not pay for 541 entries nobody may ask for.
    from . import data

    statuses = tuple(
        StatusCode(id=i, name=n, group=CodeGroup(g, gn), description=d, family=f)
        for i, n, g, gn, d, f in data.STATUSES
    )
    errors = tuple(
        ErrorCode(id=i, name=n, group=CodeGroup(g, gn), permanent=p, description=d, family=f)
        for i, n, g, gn, p, d, f in data.ERRORS
    )
    by_status: dict[int, tuple[StatusCode, ...]] = {}
    for s in statuses:
        by_status[s.id] = (*by_status.get(s.id, ()), s)
    by_error: dict[int, tuple[ErrorCode, ...]] = {}
    for e in errors:
        by_error[e.id] = (*by_error.get(e.id, ()), e)
    return _Index(
        statuses, errors, by_status, by_error,
        {s.name: s for s in reversed(statuses)},  # reversed: the first of a name wins
        {e.name: e for e in reversed(errors)},
        dict(data.STATUS_GROUPS),
    )


def _key(key: object) -> int | str:
    if isinstance(key, bool) or not isinstance(key, int | str):
        raise TypeError(f"a status or error is looked up by its id (int) or name (str), "
                        f"not {type(key).__name__}")
    return key


def status(key: int | str, /) -> StatusCode | None:
    """The catalogue's status with this id (an int) or name (a str), or None when it has none.

    Where the catalogue gives an id (or a name) more than one meaning, the first in its order
    (the SMS family comes first), whose ``alternatives`` are the others."""
    index = _index()
    key = _key(key)
    if isinstance(key, str):
        return index.status_names.get(key)
    found = index.statuses.get(key)
    return found[0] if found else None


def error(key: int | str, /) -> ErrorCode | None:
    """The catalogue's error with this id (an int) or name (a str), or None when it has none;
    reused ids as for `status`."""
    index = _index()
    key = _key(key)
    if isinstance(key, str):
        return index.error_names.get(key)
    found = index.errors.get(key)
    return found[0] if found else None


def status_codes() -> tuple[StatusCode, ...]:
    """Every status of the catalogue, in its order, reused ids included."""
    return _index().status_list


def error_codes() -> tuple[ErrorCode, ...]:
    """Every error of the catalogue, in its order, reused ids included."""
    return _index().error_list


_Entry = TypeVar("_Entry", StatusCode, ErrorCode)


def _match(found: tuple[_Entry, ...], name: str | None, group_id: int | None) -> _Entry | None:
    named = [e for e in found if e.name == name]
    for entry in named:
        if entry.group.id == group_id:
            return entry
    if named:
        return named[0]
    for entry in found:
        if entry.group.id == group_id:
            return entry
    return found[0] if found else None


def match_status(id: int, name: str | None = None, group_id: int | None = None,
                 ) -> StatusCode | None:
    """The catalogue's status for ``id``: of its meanings, the one with this name and group,
    else this name, else this group, else the first; None when the id is not in it."""
    return _match(_index().statuses.get(id, ()), name, group_id)


def match_error(id: int, name: str | None = None, group_id: int | None = None,
                ) -> ErrorCode | None:
    """As `match_status`, for an error."""
    return _match(_index().errors.get(id, ()), name, group_id)


def status_group(group_id: int | None, group_name: str | None) -> int | None:
    """The status group a body names: its id when the catalogue has that group, else the
    group its name names (``OK``, ``Ok``, ``ACCEPTED`` name group 0), else None."""
    groups = _index().groups
    if group_id in groups:
        return group_id
    if group_name is not None:
        key = group_key(group_name)
        if key == group_key(ACCEPTED_GROUP_NAME):
            return 0
        for ident, name in groups.items():
            if group_key(name) == key:
                return ident
    return None


def status_is_final(group_id: int | None, group_name: str | None, id: int) -> bool | None:
    """Whether status ``id`` of the group named by ``group_id`` (or ``group_name``) is final:
    see the module for the rule; None when neither names a status group."""
    group = status_group(group_id, group_name)
    if group is None:
        return None
    final = _FINAL_GROUPS.get(group)
    return final if not final else (group, id) not in _INTERMEDIATE
