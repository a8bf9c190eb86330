"""Response bodies: sent messages and their statuses, and the error body."""

from __future__ import annotations

import functools

from hypothesis import strategies as st

from .._catalogue import status_codes
from .._spec.models import RequestError, SentMessage, ServiceException, SmsResponse, Status
from ._addresses import destination_numbers
from ._facts import _INT64, _MAX_PARTS, _STATUS_GROUPS
from ._text import _xml_safe_strings, xml_safe_strings


@functools.cache
def _int64() -> st.SearchStrategy[int]:
    return st.one_of(st.integers(0, 10), st.sampled_from(_INT64), st.integers(*_INT64))


@st.composite
def _any_status_group(draw: st.DrawFn) -> tuple[int, str]:
    group_id = draw(st.one_of(st.sampled_from(sorted(_STATUS_GROUPS)), _int64()))
    names = st.sampled_from(sorted(_STATUS_GROUPS.values()))
    name = draw(st.one_of(names, _xml_safe_strings(0, 5)))
    return group_id, name


@functools.cache
def _catalogued() -> st.SearchStrategy[tuple[int, str, int, str]]:
    """A status of the published catalogue that has a group: id, name, groupId, groupName."""
    known = [(s.id, s.name, s.group.id, s.group.name) for s in status_codes()
             if s.group.id is not None and s.group.name is not None]
    return st.sampled_from(known)


@functools.cache
@st.composite
def _status(draw: st.DrawFn, consistent: bool) -> Status:
    if consistent:
        # What strict decoding accepts: a status of the catalogue, its group named in any case.
        ident, name, group_id, group_name = draw(_catalogued())
        case = draw(st.sampled_from((str.upper, str.lower, str.title)))
        return Status(group_id=group_id, group_name=case(group_name), id=ident, name=name,
                      description=draw(_xml_safe_strings(0, 5)),
                      action=draw(st.one_of(st.none(), _xml_safe_strings(0, 5))))
    group_id, group_name = draw(_any_status_group())
    label = st.one_of(st.none(), _xml_safe_strings(0, 5))
    return Status(
        group_id=group_id,
        group_name=group_name if draw(st.booleans()) else None,
        id=draw(_int64()),
        name=draw(st.one_of(st.just("PENDING_ENROUTE"), label)),
        description=draw(label),
        action=draw(st.one_of(st.none(), _xml_safe_strings(0, 5))),
    )


def statuses(*, consistent: bool = False) -> st.SearchStrategy[Status]:
    """A message status: any group, any 64-bit ids, any XML-safe strings, and ``action``
    present or absent; the labels a tolerant decode may miss (groupName, name, description)
    are sometimes absent. With ``consistent=True``, what ``decode(..., strict=True)`` demands:
    a status of the published catalogue (`smscodec.status_codes`) with its id, name and group,
    the groupName in any case."""
    return _status(consistent)


def sent_messages(*, strict: bool = False) -> st.SearchStrategy[SentMessage]:
    """One destination's entry in a response. ``strict=True``: also valid under
    ``decode(..., strict=True)`` (consistent status, ``smsCount`` of at least 1)."""
    count = (
        st.one_of(st.sampled_from((1, 2, _MAX_PARTS)), st.integers(1, _INT64[1]))
        if strict
        else _int64()
    )
    to = st.one_of(destination_numbers(), xml_safe_strings())
    return st.builds(
        SentMessage,
        # Without strict, ``to`` and ``smsCount`` are sometimes absent, as newer servers write.
        to=to if strict else st.one_of(st.none(), to),
        status=statuses(consistent=strict),
        sms_count=count if strict else st.one_of(st.none(), count),
        message_id=xml_safe_strings(),
    )


def sms_responses(*, strict: bool = False, max_messages: int = 3) -> st.SearchStrategy[SmsResponse]:
    """Responses: zero to ``max_messages`` entries, ``bulkId`` present or absent. With
    ``strict=True`` they also decode under ``strict=True``."""
    messages = st.lists(sent_messages(strict=strict), max_size=max_messages).map(tuple)
    return st.builds(
        SmsResponse, messages=messages, bulk_id=st.one_of(st.none(), xml_safe_strings())
    )


def service_exceptions() -> st.SearchStrategy[ServiceException]:
    """The ``serviceException`` of an error body."""
    messages = st.lists(xml_safe_strings(), max_size=3).map(tuple)
    return st.builds(
        ServiceException,
        message_id=st.one_of(st.just("BAD_REQUEST"), xml_safe_strings()),
        text=st.one_of(xml_safe_strings(), st.none()),
        validation_errors=st.one_of(
            st.none(), st.dictionaries(xml_safe_strings(), messages, max_size=3)
        ),
    )


def request_errors() -> st.SearchStrategy[RequestError]:
    """The API's error body."""
    return st.builds(RequestError, service_exception=service_exceptions())
