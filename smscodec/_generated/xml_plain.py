"""Plain XML readers, one per top-level body: the tree of a plain document, else None.

GENERATED FILE: do not edit by hand. Written by scripts/generate_code.py with
smscodec/_codegen/plain.py, from the body descriptions in smscodec/_spec/bodies.py.
To change it, change those and run `python scripts/generate_code.py`; tests/test_generated.py
fails while this file differs from what the generator makes now.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lxml import etree

from .._core.limits import Limits
from .._spec.models import (
    BinaryMultiRequest,
    BinarySingleRequest,
    RequestError,
    SmsResponse,
    TextMultiRequest,
    TextSingleRequest,
)
from .._spec.models_bulks import (
    BulkRescheduleRequest,
    BulkSchedule,
    BulkStatus,
    BulkStatusUpdateRequest,
)
from .._xml.values import OCTETS, bare, integer


def read_xml_text_multi_request(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain TextMultiRequest element, else None."""
    n = len(e)
    if not n or e.tag != 'request':
        return None
    if n > 1:
        return None
    t = e.text
    if t is not None and not (t.isspace() and t.isascii()):
        return None
    o: dict[str, Any] = {}
    for c1 in e[:]:
        t = c1.tail
        if t is not None and not (t.isspace() and t.isascii()):
            return None
        t = c1.tag
        if t == 'messages':
            n2 = len(c1)
            if not n2:
                o['messages'] = bare(c1, [])
            else:
                if n2 > L.max_messages:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                a3: list[Any] = []
                for c4 in c1[:]:
                    if c4.tag != 'message' and c4.tag not in ('messages',):
                        return None
                    t = c4.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    n5 = len(c4)
                    if not n5:
                        a3.append(bare(c4, {}))
                        continue
                    if n5 > 3:
                        return None
                    t = c4.text
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    o6: dict[str, Any] = {}
                    for c7 in c4[:]:
                        t = c7.tail
                        if t is not None and not (t.isspace() and t.isascii()):
                            return None
                        t = c7.tag
                        if t == 'from':
                            if len(c7):
                                return None
                            o6['from'] = c7.text or ''
                        elif t == 'to':
                            n8 = len(c7)
                            if not n8:
                                o6['to'] = c7.text or ''
                            else:
                                if n8 > L.max_destinations:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                a9: list[Any] = []
                                for c10 in c7[:]:
                                    if c10.tag != 'to':
                                        return None
                                    t = c10.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    if len(c10):
                                        return None
                                    a9.append(c10.text or '')
                                o6['to'] = a9
                        elif t == 'text':
                            if len(c7):
                                return None
                            o6['text'] = c7.text or ''
                        else:
                            return None
                    if len(o6) != n5:
                        return None
                    a3.append(o6)
                o['messages'] = a3
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_binary_multi_request(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain BinaryMultiRequest element, else None."""
    n = len(e)
    if not n or e.tag != 'request':
        return None
    if n > 1:
        return None
    t = e.text
    if t is not None and not (t.isspace() and t.isascii()):
        return None
    o: dict[str, Any] = {}
    for c1 in e[:]:
        t = c1.tail
        if t is not None and not (t.isspace() and t.isascii()):
            return None
        t = c1.tag
        if t == 'messages':
            n2 = len(c1)
            if not n2:
                o['messages'] = bare(c1, [])
            else:
                if n2 > L.max_messages:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                a3: list[Any] = []
                for c4 in c1[:]:
                    if c4.tag != 'message' and c4.tag not in ('messages',):
                        return None
                    t = c4.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    n5 = len(c4)
                    if not n5:
                        a3.append(bare(c4, {}))
                        continue
                    if n5 > 3:
                        return None
                    t = c4.text
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    o6: dict[str, Any] = {}
                    for c7 in c4[:]:
                        t = c7.tail
                        if t is not None and not (t.isspace() and t.isascii()):
                            return None
                        t = c7.tag
                        if t == 'from':
                            if len(c7):
                                return None
                            o6['from'] = c7.text or ''
                        elif t == 'to':
                            n8 = len(c7)
                            if not n8:
                                o6['to'] = c7.text or ''
                            else:
                                if n8 > L.max_destinations:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                a9: list[Any] = []
                                for c10 in c7[:]:
                                    if c10.tag != 'to':
                                        return None
                                    t = c10.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    if len(c10):
                                        return None
                                    a9.append(c10.text or '')
                                o6['to'] = a9
                        elif t == 'binary':
                            n11 = len(c7)
                            if not n11:
                                o6['binary'] = bare(c7, {})
                            else:
                                if n11 > 3:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                o12: dict[str, Any] = {}
                                for c13 in c7[:]:
                                    t = c13.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    t = c13.tag
                                    if t == 'hex':
                                        if len(c13):
                                            return None
                                        o12['hex'] = c13.text or ''
                                    elif t == 'dataCoding':
                                        if len(c13):
                                            return None
                                        t = c13.text or ''
                                        v = OCTETS.get(t)
                                        o12['dataCoding'] = v if v is not None else integer(t)
                                    elif t == 'esmClass':
                                        if len(c13):
                                            return None
                                        t = c13.text or ''
                                        v = OCTETS.get(t)
                                        o12['esmClass'] = v if v is not None else integer(t)
                                    else:
                                        return None
                                if len(o12) != n11:
                                    return None
                                o6['binary'] = o12
                        else:
                            return None
                    if len(o6) != n5:
                        return None
                    a3.append(o6)
                o['messages'] = a3
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_text_single_request(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain TextSingleRequest element, else None."""
    n = len(e)
    if not n or e.tag != 'request':
        return None
    if n > 3:
        return None
    t = e.text
    if t is not None and not (t.isspace() and t.isascii()):
        return None
    o: dict[str, Any] = {}
    for c1 in e[:]:
        t = c1.tail
        if t is not None and not (t.isspace() and t.isascii()):
            return None
        t = c1.tag
        if t == 'from':
            if len(c1):
                return None
            o['from'] = c1.text or ''
        elif t == 'to':
            n2 = len(c1)
            if not n2:
                o['to'] = c1.text or ''
            else:
                if n2 > L.max_destinations:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                a3: list[Any] = []
                for c4 in c1[:]:
                    if c4.tag != 'to':
                        return None
                    t = c4.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    if len(c4):
                        return None
                    a3.append(c4.text or '')
                o['to'] = a3
        elif t == 'text':
            if len(c1):
                return None
            o['text'] = c1.text or ''
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_binary_single_request(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain BinarySingleRequest element, else None."""
    n = len(e)
    if not n or e.tag != 'request':
        return None
    if n > 3:
        return None
    t = e.text
    if t is not None and not (t.isspace() and t.isascii()):
        return None
    o: dict[str, Any] = {}
    for c1 in e[:]:
        t = c1.tail
        if t is not None and not (t.isspace() and t.isascii()):
            return None
        t = c1.tag
        if t == 'from':
            if len(c1):
                return None
            o['from'] = c1.text or ''
        elif t == 'to':
            n2 = len(c1)
            if not n2:
                o['to'] = c1.text or ''
            else:
                if n2 > L.max_destinations:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                a3: list[Any] = []
                for c4 in c1[:]:
                    if c4.tag != 'to':
                        return None
                    t = c4.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    if len(c4):
                        return None
                    a3.append(c4.text or '')
                o['to'] = a3
        elif t == 'binary':
            n5 = len(c1)
            if not n5:
                o['binary'] = bare(c1, {})
            else:
                if n5 > 3:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                o6: dict[str, Any] = {}
                for c7 in c1[:]:
                    t = c7.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    t = c7.tag
                    if t == 'hex':
                        if len(c7):
                            return None
                        o6['hex'] = c7.text or ''
                    elif t == 'dataCoding':
                        if len(c7):
                            return None
                        t = c7.text or ''
                        v = OCTETS.get(t)
                        o6['dataCoding'] = v if v is not None else integer(t)
                    elif t == 'esmClass':
                        if len(c7):
                            return None
                        t = c7.text or ''
                        v = OCTETS.get(t)
                        o6['esmClass'] = v if v is not None else integer(t)
                    else:
                        return None
                if len(o6) != n5:
                    return None
                o['binary'] = o6
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_sms_response(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain SmsResponse element, else None."""
    n = len(e)
    if not n or e.tag != 'smsResponse':
        return None
    if n > 2:
        return None
    t = e.text
    if t is not None and not (t.isspace() and t.isascii()):
        return None
    o: dict[str, Any] = {}
    for c1 in e[:]:
        t = c1.tail
        if t is not None and not (t.isspace() and t.isascii()):
            return None
        t = c1.tag
        if t == 'bulkId':
            if len(c1):
                return None
            o['bulkId'] = c1.text or ''
        elif t == 'messages':
            n2 = len(c1)
            if not n2:
                o['messages'] = bare(c1, [])
            else:
                if n2 > L.max_messages:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                a3: list[Any] = []
                for c4 in c1[:]:
                    if c4.tag != 'message' and c4.tag not in ('messages',):
                        return None
                    t = c4.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    n5 = len(c4)
                    if not n5:
                        a3.append(bare(c4, {}))
                        continue
                    if n5 > 4:
                        return None
                    t = c4.text
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    o6: dict[str, Any] = {}
                    for c7 in c4[:]:
                        t = c7.tail
                        if t is not None and not (t.isspace() and t.isascii()):
                            return None
                        t = c7.tag
                        if t == 'to':
                            if len(c7):
                                return None
                            o6['to'] = c7.text or ''
                        elif t == 'status':
                            n8 = len(c7)
                            if not n8:
                                o6['status'] = bare(c7, {})
                            else:
                                if n8 > 6:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                o9: dict[str, Any] = {}
                                for c10 in c7[:]:
                                    t = c10.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    t = c10.tag
                                    if t == 'groupId':
                                        if len(c10):
                                            return None
                                        t = c10.text or ''
                                        v = OCTETS.get(t)
                                        o9['groupId'] = v if v is not None else integer(t)
                                    elif t == 'groupName':
                                        if len(c10):
                                            return None
                                        o9['groupName'] = c10.text or ''
                                    elif t == 'id':
                                        if len(c10):
                                            return None
                                        t = c10.text or ''
                                        v = OCTETS.get(t)
                                        o9['id'] = v if v is not None else integer(t)
                                    elif t == 'name':
                                        if len(c10):
                                            return None
                                        o9['name'] = c10.text or ''
                                    elif t == 'description':
                                        if len(c10):
                                            return None
                                        o9['description'] = c10.text or ''
                                    elif t == 'action':
                                        if len(c10):
                                            return None
                                        o9['action'] = c10.text or ''
                                    else:
                                        return None
                                if len(o9) != n8:
                                    return None
                                o6['status'] = o9
                        elif t == 'smsCount':
                            if len(c7):
                                return None
                            t = c7.text or ''
                            v = OCTETS.get(t)
                            o6['smsCount'] = v if v is not None else integer(t)
                        elif t == 'messageId':
                            if len(c7):
                                return None
                            o6['messageId'] = c7.text or ''
                        else:
                            return None
                    if len(o6) != n5:
                        return None
                    a3.append(o6)
                o['messages'] = a3
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_request_error(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain RequestError element, else None."""
    n = len(e)
    if not n or e.tag != 'requestError':
        return None
    if n > 1:
        return None
    t = e.text
    if t is not None and not (t.isspace() and t.isascii()):
        return None
    o: dict[str, Any] = {}
    for c1 in e[:]:
        t = c1.tail
        if t is not None and not (t.isspace() and t.isascii()):
            return None
        t = c1.tag
        if t == 'serviceException':
            n2 = len(c1)
            if not n2:
                o['serviceException'] = bare(c1, {})
            else:
                if n2 > 3:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                o3: dict[str, Any] = {}
                for c4 in c1[:]:
                    t = c4.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    t = c4.tag
                    if t == 'messageId':
                        if len(c4):
                            return None
                        o3['messageId'] = c4.text or ''
                    elif t == 'text':
                        if len(c4):
                            return None
                        o3['text'] = c4.text or ''
                    elif t == 'validationErrors':
                        return None
                    else:
                        return None
                if len(o3) != n2:
                    return None
                o['serviceException'] = o3
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_bulk_schedule(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain BulkSchedule element, else None."""
    n = len(e)
    if not n or e.tag != 'BulkResponse':
        return None
    if n > 2:
        return None
    t = e.text
    if t is not None and not (t.isspace() and t.isascii()):
        return None
    o: dict[str, Any] = {}
    for c1 in e[:]:
        t = c1.tail
        if t is not None and not (t.isspace() and t.isascii()):
            return None
        t = c1.tag
        if t == 'bulkId':
            if len(c1):
                return None
            o['bulkId'] = c1.text or ''
        elif t == 'sendAt':
            if len(c1):
                return None
            o['sendAt'] = c1.text or ''
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_bulk_reschedule_request(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain BulkRescheduleRequest element, else None."""
    n = len(e)
    if not n or e.tag != 'BulkRequest':
        return None
    if n > 1:
        return None
    t = e.text
    if t is not None and not (t.isspace() and t.isascii()):
        return None
    o: dict[str, Any] = {}
    for c1 in e[:]:
        t = c1.tail
        if t is not None and not (t.isspace() and t.isascii()):
            return None
        t = c1.tag
        if t == 'sendAt':
            if len(c1):
                return None
            o['sendAt'] = c1.text or ''
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_bulk_status(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain BulkStatus element, else None."""
    n = len(e)
    if not n or e.tag != 'BulkStatusResponse':
        return None
    if n > 2:
        return None
    t = e.text
    if t is not None and not (t.isspace() and t.isascii()):
        return None
    o: dict[str, Any] = {}
    for c1 in e[:]:
        t = c1.tail
        if t is not None and not (t.isspace() and t.isascii()):
            return None
        t = c1.tag
        if t == 'bulkId':
            if len(c1):
                return None
            o['bulkId'] = c1.text or ''
        elif t == 'status':
            if len(c1):
                return None
            o['status'] = c1.text or ''
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_bulk_status_update_request(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain BulkStatusUpdateRequest element, else None."""
    n = len(e)
    if not n or e.tag != 'UpdateStatusRequest':
        return None
    if n > 1:
        return None
    t = e.text
    if t is not None and not (t.isspace() and t.isascii()):
        return None
    o: dict[str, Any] = {}
    for c1 in e[:]:
        t = c1.tail
        if t is not None and not (t.isspace() and t.isascii()):
            return None
        t = c1.tag
        if t == 'status':
            if len(c1):
                return None
            o['status'] = c1.text or ''
        else:
            return None
    if len(o) != n:
        return None
    return o


#: Model class to its plain reader and the largest depth `_xml.read._tree` reaches in a
#: plain document of that body (see smscodec._xml.codec).
PLAIN_READERS: dict[type[Any], tuple[Callable[..., dict[str, Any] | None], int]] = {
    TextMultiRequest: (read_xml_text_multi_request, 4),
    BinaryMultiRequest: (read_xml_binary_multi_request, 4),
    TextSingleRequest: (read_xml_text_single_request, 2),
    BinarySingleRequest: (read_xml_binary_single_request, 2),
    SmsResponse: (read_xml_sms_response, 4),
    RequestError: (read_xml_request_error, 2),
    BulkSchedule: (read_xml_bulk_schedule, 1),
    BulkRescheduleRequest: (read_xml_bulk_reschedule_request, 1),
    BulkStatus: (read_xml_bulk_status, 1),
    BulkStatusUpdateRequest: (read_xml_bulk_status_update_request, 1),
}
