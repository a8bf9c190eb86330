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
from .._spec.models_reports import (
    DeliveryReports,
    DeliveryReportsV3,
    InboundMessages,
    MessageLogs,
    MessageLogsV3,
    TrackingNotification,
)
from .._spec.models_v2 import BinaryAdvancedRequest, TextAdvancedRequest
from .._spec.models_v3 import ApiError, MessagesRequest, MessagesResponse
from .._spec.rules.decimals import plain_decimal
from .._xml.values import OCTETS, bare, boolean, integer


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


def read_xml_v3_messages_request(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain MessagesRequest element, else None."""
    n = len(e)
    if not n or e.tag != 'SmsRequestEnvelope':
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
                    if c4.tag != 'message':
                        return None
                    t = c4.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    n5 = len(c4)
                    if not n5:
                        a3.append(bare(c4, {}))
                        continue
                    if n5 > 5:
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
                        if t == 'sender':
                            if len(c7):
                                return None
                            o6['sender'] = c7.text or ''
                        elif t == 'destinations':
                            n8 = len(c7)
                            if not n8:
                                o6['destinations'] = bare(c7, [])
                            else:
                                if n8 > L.max_destinations:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                a9: list[Any] = []
                                for c10 in c7[:]:
                                    if c10.tag != 'destination':
                                        return None
                                    t = c10.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    n11 = len(c10)
                                    if not n11:
                                        a9.append(bare(c10, {}))
                                        continue
                                    if n11 > 3:
                                        return None
                                    t = c10.text
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    o12: dict[str, Any] = {}
                                    for c13 in c10[:]:
                                        t = c13.tail
                                        if t is not None and not (t.isspace() and t.isascii()):
                                            return None
                                        t = c13.tag
                                        if t == 'to':
                                            if len(c13):
                                                return None
                                            o12['to'] = c13.text or ''
                                        elif t == 'messageId':
                                            if len(c13):
                                                return None
                                            o12['messageId'] = c13.text or ''
                                        elif t == 'networkId':
                                            if len(c13):
                                                return None
                                            t = c13.text or ''
                                            v = OCTETS.get(t)
                                            o12['networkId'] = v if v is not None else integer(t)
                                        else:
                                            return None
                                    if len(o12) != n11:
                                        return None
                                    a9.append(o12)
                                o6['destinations'] = a9
                        elif t == 'content':
                            n14 = len(c7)
                            if not n14:
                                o6['content'] = bare(c7, {})
                            else:
                                if n14 > 6:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                o15: dict[str, Any] = {}
                                for c16 in c7[:]:
                                    t = c16.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    t = c16.tag
                                    if t == 'text':
                                        if len(c16):
                                            return None
                                        o15['text'] = c16.text or ''
                                    elif t == 'transliteration':
                                        if len(c16):
                                            return None
                                        o15['transliteration'] = c16.text or ''
                                    elif t == 'language':
                                        n17 = len(c16)
                                        if not n17:
                                            o15['language'] = bare(c16, {})
                                        else:
                                            if n17 > 3:
                                                return None
                                            t = c16.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            o18: dict[str, Any] = {}
                                            for c19 in c16[:]:
                                                t = c19.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                t = c19.tag
                                                if t == 'languageCode':
                                                    if len(c19):
                                                        return None
                                                    o18['languageCode'] = c19.text or ''
                                                elif t == 'singleShift':
                                                    if len(c19):
                                                        return None
                                                    o18['singleShift'] = boolean(c19.text or '')
                                                elif t == 'lockingShift':
                                                    if len(c19):
                                                        return None
                                                    o18['lockingShift'] = boolean(c19.text or '')
                                                else:
                                                    return None
                                            if len(o18) != n17:
                                                return None
                                            o15['language'] = o18
                                    elif t == 'hex':
                                        if len(c16):
                                            return None
                                        o15['hex'] = c16.text or ''
                                    elif t == 'dataCoding':
                                        if len(c16):
                                            return None
                                        t = c16.text or ''
                                        v = OCTETS.get(t)
                                        o15['dataCoding'] = v if v is not None else integer(t)
                                    elif t == 'esmClass':
                                        if len(c16):
                                            return None
                                        t = c16.text or ''
                                        v = OCTETS.get(t)
                                        o15['esmClass'] = v if v is not None else integer(t)
                                    else:
                                        return None
                                if len(o15) != n14:
                                    return None
                                o6['content'] = o15
                        elif t == 'options':
                            n20 = len(c7)
                            if not n20:
                                o6['options'] = bare(c7, {})
                            else:
                                if n20 > 6:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                o21: dict[str, Any] = {}
                                for c22 in c7[:]:
                                    t = c22.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    t = c22.tag
                                    if t == 'platform':
                                        n23 = len(c22)
                                        if not n23:
                                            o21['platform'] = bare(c22, {})
                                        else:
                                            if n23 > 2:
                                                return None
                                            t = c22.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            o24: dict[str, Any] = {}
                                            for c25 in c22[:]:
                                                t = c25.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                t = c25.tag
                                                if t == 'entityId':
                                                    if len(c25):
                                                        return None
                                                    o24['entityId'] = c25.text or ''
                                                elif t == 'applicationId':
                                                    if len(c25):
                                                        return None
                                                    o24['applicationId'] = c25.text or ''
                                                else:
                                                    return None
                                            if len(o24) != n23:
                                                return None
                                            o21['platform'] = o24
                                    elif t == 'validityPeriod':
                                        n26 = len(c22)
                                        if not n26:
                                            o21['validityPeriod'] = bare(c22, {})
                                        else:
                                            if n26 > 2:
                                                return None
                                            t = c22.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            o27: dict[str, Any] = {}
                                            for c28 in c22[:]:
                                                t = c28.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                t = c28.tag
                                                if t == 'amount':
                                                    if len(c28):
                                                        return None
                                                    t = c28.text or ''
                                                    v = OCTETS.get(t)
                                                    o27['amount'] = v if v is not None else integer(t)
                                                elif t == 'timeUnit':
                                                    if len(c28):
                                                        return None
                                                    o27['timeUnit'] = c28.text or ''
                                                else:
                                                    return None
                                            if len(o27) != n26:
                                                return None
                                            o21['validityPeriod'] = o27
                                    elif t == 'deliveryTimeWindow':
                                        n29 = len(c22)
                                        if not n29:
                                            o21['deliveryTimeWindow'] = bare(c22, {})
                                        else:
                                            if n29 > 3:
                                                return None
                                            t = c22.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            o30: dict[str, Any] = {}
                                            for c31 in c22[:]:
                                                t = c31.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                t = c31.tag
                                                if t == 'days':
                                                    n32 = len(c31)
                                                    if not n32:
                                                        o30['days'] = c31.text or ''
                                                    else:
                                                        if n32 > L.max_destinations:
                                                            return None
                                                        t = c31.text
                                                        if t is not None and not (t.isspace() and t.isascii()):
                                                            return None
                                                        a33: list[Any] = []
                                                        for c34 in c31[:]:
                                                            if c34.tag != 'days':
                                                                return None
                                                            t = c34.tail
                                                            if t is not None and not (t.isspace() and t.isascii()):
                                                                return None
                                                            if len(c34):
                                                                return None
                                                            a33.append(c34.text or '')
                                                        o30['days'] = a33
                                                elif t == 'from':
                                                    n35 = len(c31)
                                                    if not n35:
                                                        o30['from'] = bare(c31, {})
                                                    else:
                                                        if n35 > 2:
                                                            return None
                                                        t = c31.text
                                                        if t is not None and not (t.isspace() and t.isascii()):
                                                            return None
                                                        o36: dict[str, Any] = {}
                                                        for c37 in c31[:]:
                                                            t = c37.tail
                                                            if t is not None and not (t.isspace() and t.isascii()):
                                                                return None
                                                            t = c37.tag
                                                            if t == 'hour':
                                                                if len(c37):
                                                                    return None
                                                                t = c37.text or ''
                                                                v = OCTETS.get(t)
                                                                o36['hour'] = v if v is not None else integer(t)
                                                            elif t == 'minute':
                                                                if len(c37):
                                                                    return None
                                                                t = c37.text or ''
                                                                v = OCTETS.get(t)
                                                                o36['minute'] = v if v is not None else integer(t)
                                                            else:
                                                                return None
                                                        if len(o36) != n35:
                                                            return None
                                                        o30['from'] = o36
                                                elif t == 'to':
                                                    n38 = len(c31)
                                                    if not n38:
                                                        o30['to'] = bare(c31, {})
                                                    else:
                                                        if n38 > 2:
                                                            return None
                                                        t = c31.text
                                                        if t is not None and not (t.isspace() and t.isascii()):
                                                            return None
                                                        o39: dict[str, Any] = {}
                                                        for c40 in c31[:]:
                                                            t = c40.tail
                                                            if t is not None and not (t.isspace() and t.isascii()):
                                                                return None
                                                            t = c40.tag
                                                            if t == 'hour':
                                                                if len(c40):
                                                                    return None
                                                                t = c40.text or ''
                                                                v = OCTETS.get(t)
                                                                o39['hour'] = v if v is not None else integer(t)
                                                            elif t == 'minute':
                                                                if len(c40):
                                                                    return None
                                                                t = c40.text or ''
                                                                v = OCTETS.get(t)
                                                                o39['minute'] = v if v is not None else integer(t)
                                                            else:
                                                                return None
                                                        if len(o39) != n38:
                                                            return None
                                                        o30['to'] = o39
                                                else:
                                                    return None
                                            if len(o30) != n29:
                                                return None
                                            o21['deliveryTimeWindow'] = o30
                                    elif t == 'campaignReferenceId':
                                        if len(c22):
                                            return None
                                        o21['campaignReferenceId'] = c22.text or ''
                                    elif t == 'regional':
                                        n41 = len(c22)
                                        if not n41:
                                            o21['regional'] = bare(c22, {})
                                        else:
                                            if n41 > 3:
                                                return None
                                            t = c22.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            o42: dict[str, Any] = {}
                                            for c43 in c22[:]:
                                                t = c43.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                t = c43.tag
                                                if t == 'indiaDlt':
                                                    n44 = len(c43)
                                                    if not n44:
                                                        o42['indiaDlt'] = bare(c43, {})
                                                    else:
                                                        if n44 > 3:
                                                            return None
                                                        t = c43.text
                                                        if t is not None and not (t.isspace() and t.isascii()):
                                                            return None
                                                        o45: dict[str, Any] = {}
                                                        for c46 in c43[:]:
                                                            t = c46.tail
                                                            if t is not None and not (t.isspace() and t.isascii()):
                                                                return None
                                                            t = c46.tag
                                                            if t == 'contentTemplateId':
                                                                if len(c46):
                                                                    return None
                                                                o45['contentTemplateId'] = c46.text or ''
                                                            elif t == 'principalEntityId':
                                                                if len(c46):
                                                                    return None
                                                                o45['principalEntityId'] = c46.text or ''
                                                            elif t == 'telemarketerId':
                                                                if len(c46):
                                                                    return None
                                                                o45['telemarketerId'] = c46.text or ''
                                                            else:
                                                                return None
                                                        if len(o45) != n44:
                                                            return None
                                                        o42['indiaDlt'] = o45
                                                elif t == 'turkeyIys':
                                                    n47 = len(c43)
                                                    if not n47:
                                                        o42['turkeyIys'] = bare(c43, {})
                                                    else:
                                                        if n47 > 2:
                                                            return None
                                                        t = c43.text
                                                        if t is not None and not (t.isspace() and t.isascii()):
                                                            return None
                                                        o48: dict[str, Any] = {}
                                                        for c49 in c43[:]:
                                                            t = c49.tail
                                                            if t is not None and not (t.isspace() and t.isascii()):
                                                                return None
                                                            t = c49.tag
                                                            if t == 'brandCode':
                                                                if len(c49):
                                                                    return None
                                                                t = c49.text or ''
                                                                v = OCTETS.get(t)
                                                                o48['brandCode'] = v if v is not None else integer(t)
                                                            elif t == 'recipientType':
                                                                if len(c49):
                                                                    return None
                                                                o48['recipientType'] = c49.text or ''
                                                            else:
                                                                return None
                                                        if len(o48) != n47:
                                                            return None
                                                        o42['turkeyIys'] = o48
                                                elif t == 'southKorea':
                                                    n50 = len(c43)
                                                    if not n50:
                                                        o42['southKorea'] = bare(c43, {})
                                                    else:
                                                        if n50 > 2:
                                                            return None
                                                        t = c43.text
                                                        if t is not None and not (t.isspace() and t.isascii()):
                                                            return None
                                                        o51: dict[str, Any] = {}
                                                        for c52 in c43[:]:
                                                            t = c52.tail
                                                            if t is not None and not (t.isspace() and t.isascii()):
                                                                return None
                                                            t = c52.tag
                                                            if t == 'title':
                                                                if len(c52):
                                                                    return None
                                                                o51['title'] = c52.text or ''
                                                            elif t == 'resellerCode':
                                                                if len(c52):
                                                                    return None
                                                                t = c52.text or ''
                                                                v = OCTETS.get(t)
                                                                o51['resellerCode'] = v if v is not None else integer(t)
                                                            else:
                                                                return None
                                                        if len(o51) != n50:
                                                            return None
                                                        o42['southKorea'] = o51
                                                else:
                                                    return None
                                            if len(o42) != n41:
                                                return None
                                            o21['regional'] = o42
                                    elif t == 'flash':
                                        if len(c22):
                                            return None
                                        o21['flash'] = boolean(c22.text or '')
                                    else:
                                        return None
                                if len(o21) != n20:
                                    return None
                                o6['options'] = o21
                        elif t == 'webhooks':
                            n53 = len(c7)
                            if not n53:
                                o6['webhooks'] = bare(c7, {})
                            else:
                                if n53 > 3:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                o54: dict[str, Any] = {}
                                for c55 in c7[:]:
                                    t = c55.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    t = c55.tag
                                    if t == 'delivery':
                                        n56 = len(c55)
                                        if not n56:
                                            o54['delivery'] = bare(c55, {})
                                        else:
                                            if n56 > 3:
                                                return None
                                            t = c55.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            o57: dict[str, Any] = {}
                                            for c58 in c55[:]:
                                                t = c58.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                t = c58.tag
                                                if t == 'url':
                                                    if len(c58):
                                                        return None
                                                    o57['url'] = c58.text or ''
                                                elif t == 'intermediateReport':
                                                    if len(c58):
                                                        return None
                                                    o57['intermediateReport'] = boolean(c58.text or '')
                                                elif t == 'notify':
                                                    if len(c58):
                                                        return None
                                                    o57['notify'] = boolean(c58.text or '')
                                                else:
                                                    return None
                                            if len(o57) != n56:
                                                return None
                                            o54['delivery'] = o57
                                    elif t == 'contentType':
                                        if len(c55):
                                            return None
                                        o54['contentType'] = c55.text or ''
                                    elif t == 'callbackData':
                                        if len(c55):
                                            return None
                                        o54['callbackData'] = c55.text or ''
                                    else:
                                        return None
                                if len(o54) != n53:
                                    return None
                                o6['webhooks'] = o54
                        else:
                            return None
                    if len(o6) != n5:
                        return None
                    a3.append(o6)
                o['messages'] = a3
        elif t == 'options':
            n59 = len(c1)
            if not n59:
                o['options'] = bare(c1, {})
            else:
                if n59 > 4:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                o60: dict[str, Any] = {}
                for c61 in c1[:]:
                    t = c61.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    t = c61.tag
                    if t == 'schedule':
                        n62 = len(c61)
                        if not n62:
                            o60['schedule'] = bare(c61, {})
                        else:
                            if n62 > 3:
                                return None
                            t = c61.text
                            if t is not None and not (t.isspace() and t.isascii()):
                                return None
                            o63: dict[str, Any] = {}
                            for c64 in c61[:]:
                                t = c64.tail
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                t = c64.tag
                                if t == 'bulkId':
                                    if len(c64):
                                        return None
                                    o63['bulkId'] = c64.text or ''
                                elif t == 'sendAt':
                                    if len(c64):
                                        return None
                                    o63['sendAt'] = c64.text or ''
                                elif t == 'sendingSpeedLimit':
                                    n65 = len(c64)
                                    if not n65:
                                        o63['sendingSpeedLimit'] = bare(c64, {})
                                    else:
                                        if n65 > 2:
                                            return None
                                        t = c64.text
                                        if t is not None and not (t.isspace() and t.isascii()):
                                            return None
                                        o66: dict[str, Any] = {}
                                        for c67 in c64[:]:
                                            t = c67.tail
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            t = c67.tag
                                            if t == 'amount':
                                                if len(c67):
                                                    return None
                                                t = c67.text or ''
                                                v = OCTETS.get(t)
                                                o66['amount'] = v if v is not None else integer(t)
                                            elif t == 'timeUnit':
                                                if len(c67):
                                                    return None
                                                o66['timeUnit'] = c67.text or ''
                                            else:
                                                return None
                                        if len(o66) != n65:
                                            return None
                                        o63['sendingSpeedLimit'] = o66
                                else:
                                    return None
                            if len(o63) != n62:
                                return None
                            o60['schedule'] = o63
                    elif t == 'tracking':
                        n68 = len(c61)
                        if not n68:
                            o60['tracking'] = bare(c61, {})
                        else:
                            if n68 > 5:
                                return None
                            t = c61.text
                            if t is not None and not (t.isspace() and t.isascii()):
                                return None
                            o69: dict[str, Any] = {}
                            for c70 in c61[:]:
                                t = c70.tail
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                t = c70.tag
                                if t == 'shortenUrl':
                                    if len(c70):
                                        return None
                                    o69['shortenUrl'] = boolean(c70.text or '')
                                elif t == 'trackClicks':
                                    if len(c70):
                                        return None
                                    o69['trackClicks'] = boolean(c70.text or '')
                                elif t == 'trackingUrl':
                                    if len(c70):
                                        return None
                                    o69['trackingUrl'] = c70.text or ''
                                elif t == 'removeProtocol':
                                    if len(c70):
                                        return None
                                    o69['removeProtocol'] = boolean(c70.text or '')
                                elif t == 'customDomain':
                                    if len(c70):
                                        return None
                                    o69['customDomain'] = c70.text or ''
                                else:
                                    return None
                            if len(o69) != n68:
                                return None
                            o60['tracking'] = o69
                    elif t == 'includeSmsCountInResponse':
                        if len(c61):
                            return None
                        o60['includeSmsCountInResponse'] = boolean(c61.text or '')
                    elif t == 'conversionTracking':
                        n71 = len(c61)
                        if not n71:
                            o60['conversionTracking'] = bare(c61, {})
                        else:
                            if n71 > 2:
                                return None
                            t = c61.text
                            if t is not None and not (t.isspace() and t.isascii()):
                                return None
                            o72: dict[str, Any] = {}
                            for c73 in c61[:]:
                                t = c73.tail
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                t = c73.tag
                                if t == 'useConversionTracking':
                                    if len(c73):
                                        return None
                                    o72['useConversionTracking'] = boolean(c73.text or '')
                                elif t == 'conversionTrackingName':
                                    if len(c73):
                                        return None
                                    o72['conversionTrackingName'] = c73.text or ''
                                else:
                                    return None
                            if len(o72) != n71:
                                return None
                            o60['conversionTracking'] = o72
                    else:
                        return None
                if len(o60) != n59:
                    return None
                o['options'] = o60
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_v3_messages_response(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain MessagesResponse element, else None."""
    n = len(e)
    if not n or e.tag != 'SmsResponseEnvelope':
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
                    if c4.tag != 'message':
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
                        if t == 'messageId':
                            if len(c7):
                                return None
                            o6['messageId'] = c7.text or ''
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
                        elif t == 'destination':
                            if len(c7):
                                return None
                            o6['destination'] = c7.text or ''
                        elif t == 'details':
                            n11 = len(c7)
                            if not n11:
                                o6['details'] = bare(c7, {})
                            else:
                                if n11 > 1:
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
                                    if t == 'messageCount':
                                        if len(c13):
                                            return None
                                        t = c13.text or ''
                                        v = OCTETS.get(t)
                                        o12['messageCount'] = v if v is not None else integer(t)
                                    else:
                                        return None
                                if len(o12) != n11:
                                    return None
                                o6['details'] = o12
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


def read_xml_api_error(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain ApiError element, else None."""
    n = len(e)
    if not n or e.tag != 'ApiError':
        return None
    if n > 5:
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
        if t == 'errorCode':
            if len(c1):
                return None
            o['errorCode'] = c1.text or ''
        elif t == 'description':
            if len(c1):
                return None
            o['description'] = c1.text or ''
        elif t == 'action':
            if len(c1):
                return None
            o['action'] = c1.text or ''
        elif t == 'violations':
            n2 = len(c1)
            if not n2:
                o['violations'] = bare(c1, [])
            else:
                if n2 > L.max_messages:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                a3: list[Any] = []
                for c4 in c1[:]:
                    if c4.tag != 'violation':
                        return None
                    t = c4.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    n5 = len(c4)
                    if not n5:
                        a3.append(bare(c4, {}))
                        continue
                    if n5 > 2:
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
                        if t == 'property':
                            if len(c7):
                                return None
                            o6['property'] = c7.text or ''
                        elif t == 'violation':
                            if len(c7):
                                return None
                            o6['violation'] = c7.text or ''
                        else:
                            return None
                    if len(o6) != n5:
                        return None
                    a3.append(o6)
                o['violations'] = a3
        elif t == 'resources':
            n8 = len(c1)
            if not n8:
                o['resources'] = bare(c1, [])
            else:
                if n8 > L.max_messages:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                a9: list[Any] = []
                for c10 in c1[:]:
                    if c10.tag != 'resource':
                        return None
                    t = c10.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    n11 = len(c10)
                    if not n11:
                        a9.append(bare(c10, {}))
                        continue
                    if n11 > 2:
                        return None
                    t = c10.text
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    o12: dict[str, Any] = {}
                    for c13 in c10[:]:
                        t = c13.tail
                        if t is not None and not (t.isspace() and t.isascii()):
                            return None
                        t = c13.tag
                        if t == 'name':
                            if len(c13):
                                return None
                            o12['name'] = c13.text or ''
                        elif t == 'url':
                            if len(c13):
                                return None
                            o12['url'] = c13.text or ''
                        else:
                            return None
                    if len(o12) != n11:
                        return None
                    a9.append(o12)
                o['resources'] = a9
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_text_advanced_request(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain TextAdvancedRequest element, else None."""
    n = len(e)
    if not n or e.tag != 'SMSAdvancedTextualRequest':
        return None
    if n > 6:
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
                    if c4.tag != 'message':
                        return None
                    t = c4.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    n5 = len(c4)
                    if not n5:
                        a3.append(bare(c4, {}))
                        continue
                    if n5 > 17:
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
                        if t == 'callbackData':
                            if len(c7):
                                return None
                            o6['callbackData'] = c7.text or ''
                        elif t == 'deliveryTimeWindow':
                            n8 = len(c7)
                            if not n8:
                                o6['deliveryTimeWindow'] = bare(c7, {})
                            else:
                                if n8 > 3:
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
                                    if t == 'days':
                                        n11 = len(c10)
                                        if not n11:
                                            o9['days'] = c10.text or ''
                                        else:
                                            if n11 > L.max_destinations:
                                                return None
                                            t = c10.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            a12: list[Any] = []
                                            for c13 in c10[:]:
                                                if c13.tag != 'days':
                                                    return None
                                                t = c13.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                if len(c13):
                                                    return None
                                                a12.append(c13.text or '')
                                            o9['days'] = a12
                                    elif t == 'from':
                                        n14 = len(c10)
                                        if not n14:
                                            o9['from'] = bare(c10, {})
                                        else:
                                            if n14 > 2:
                                                return None
                                            t = c10.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            o15: dict[str, Any] = {}
                                            for c16 in c10[:]:
                                                t = c16.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                t = c16.tag
                                                if t == 'hour':
                                                    if len(c16):
                                                        return None
                                                    t = c16.text or ''
                                                    v = OCTETS.get(t)
                                                    o15['hour'] = v if v is not None else integer(t)
                                                elif t == 'minute':
                                                    if len(c16):
                                                        return None
                                                    t = c16.text or ''
                                                    v = OCTETS.get(t)
                                                    o15['minute'] = v if v is not None else integer(t)
                                                else:
                                                    return None
                                            if len(o15) != n14:
                                                return None
                                            o9['from'] = o15
                                    elif t == 'to':
                                        n17 = len(c10)
                                        if not n17:
                                            o9['to'] = bare(c10, {})
                                        else:
                                            if n17 > 2:
                                                return None
                                            t = c10.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            o18: dict[str, Any] = {}
                                            for c19 in c10[:]:
                                                t = c19.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                t = c19.tag
                                                if t == 'hour':
                                                    if len(c19):
                                                        return None
                                                    t = c19.text or ''
                                                    v = OCTETS.get(t)
                                                    o18['hour'] = v if v is not None else integer(t)
                                                elif t == 'minute':
                                                    if len(c19):
                                                        return None
                                                    t = c19.text or ''
                                                    v = OCTETS.get(t)
                                                    o18['minute'] = v if v is not None else integer(t)
                                                else:
                                                    return None
                                            if len(o18) != n17:
                                                return None
                                            o9['to'] = o18
                                    else:
                                        return None
                                if len(o9) != n8:
                                    return None
                                o6['deliveryTimeWindow'] = o9
                        elif t == 'destinations':
                            n20 = len(c7)
                            if not n20:
                                o6['destinations'] = bare(c7, [])
                            else:
                                if n20 > L.max_destinations:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                a21: list[Any] = []
                                for c22 in c7[:]:
                                    if c22.tag != 'destination':
                                        return None
                                    t = c22.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    n23 = len(c22)
                                    if not n23:
                                        a21.append(bare(c22, {}))
                                        continue
                                    if n23 > 2:
                                        return None
                                    t = c22.text
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    o24: dict[str, Any] = {}
                                    for c25 in c22[:]:
                                        t = c25.tail
                                        if t is not None and not (t.isspace() and t.isascii()):
                                            return None
                                        t = c25.tag
                                        if t == 'to':
                                            if len(c25):
                                                return None
                                            o24['to'] = c25.text or ''
                                        elif t == 'messageId':
                                            if len(c25):
                                                return None
                                            o24['messageId'] = c25.text or ''
                                        else:
                                            return None
                                    if len(o24) != n23:
                                        return None
                                    a21.append(o24)
                                o6['destinations'] = a21
                        elif t == 'flash':
                            if len(c7):
                                return None
                            o6['flash'] = boolean(c7.text or '')
                        elif t == 'from':
                            if len(c7):
                                return None
                            o6['from'] = c7.text or ''
                        elif t == 'intermediateReport':
                            if len(c7):
                                return None
                            o6['intermediateReport'] = boolean(c7.text or '')
                        elif t == 'language':
                            n26 = len(c7)
                            if not n26:
                                o6['language'] = bare(c7, {})
                            else:
                                if n26 > 3:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                o27: dict[str, Any] = {}
                                for c28 in c7[:]:
                                    t = c28.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    t = c28.tag
                                    if t == 'languageCode':
                                        if len(c28):
                                            return None
                                        o27['languageCode'] = c28.text or ''
                                    elif t == 'singleShift':
                                        if len(c28):
                                            return None
                                        o27['singleShift'] = boolean(c28.text or '')
                                    elif t == 'lockingShift':
                                        if len(c28):
                                            return None
                                        o27['lockingShift'] = boolean(c28.text or '')
                                    else:
                                        return None
                                if len(o27) != n26:
                                    return None
                                o6['language'] = o27
                        elif t == 'notifyContentType':
                            if len(c7):
                                return None
                            o6['notifyContentType'] = c7.text or ''
                        elif t == 'notifyUrl':
                            if len(c7):
                                return None
                            o6['notifyUrl'] = c7.text or ''
                        elif t == 'regional':
                            n29 = len(c7)
                            if not n29:
                                o6['regional'] = bare(c7, {})
                            else:
                                if n29 > 3:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                o30: dict[str, Any] = {}
                                for c31 in c7[:]:
                                    t = c31.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    t = c31.tag
                                    if t == 'indiaDlt':
                                        n32 = len(c31)
                                        if not n32:
                                            o30['indiaDlt'] = bare(c31, {})
                                        else:
                                            if n32 > 3:
                                                return None
                                            t = c31.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            o33: dict[str, Any] = {}
                                            for c34 in c31[:]:
                                                t = c34.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                t = c34.tag
                                                if t == 'contentTemplateId':
                                                    if len(c34):
                                                        return None
                                                    o33['contentTemplateId'] = c34.text or ''
                                                elif t == 'principalEntityId':
                                                    if len(c34):
                                                        return None
                                                    o33['principalEntityId'] = c34.text or ''
                                                elif t == 'telemarketerId':
                                                    if len(c34):
                                                        return None
                                                    o33['telemarketerId'] = c34.text or ''
                                                else:
                                                    return None
                                            if len(o33) != n32:
                                                return None
                                            o30['indiaDlt'] = o33
                                    elif t == 'turkeyIys':
                                        n35 = len(c31)
                                        if not n35:
                                            o30['turkeyIys'] = bare(c31, {})
                                        else:
                                            if n35 > 2:
                                                return None
                                            t = c31.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            o36: dict[str, Any] = {}
                                            for c37 in c31[:]:
                                                t = c37.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                t = c37.tag
                                                if t == 'brandCode':
                                                    if len(c37):
                                                        return None
                                                    t = c37.text or ''
                                                    v = OCTETS.get(t)
                                                    o36['brandCode'] = v if v is not None else integer(t)
                                                elif t == 'recipientType':
                                                    if len(c37):
                                                        return None
                                                    o36['recipientType'] = c37.text or ''
                                                else:
                                                    return None
                                            if len(o36) != n35:
                                                return None
                                            o30['turkeyIys'] = o36
                                    elif t == 'southKorea':
                                        n38 = len(c31)
                                        if not n38:
                                            o30['southKorea'] = bare(c31, {})
                                        else:
                                            if n38 > 2:
                                                return None
                                            t = c31.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            o39: dict[str, Any] = {}
                                            for c40 in c31[:]:
                                                t = c40.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                t = c40.tag
                                                if t == 'title':
                                                    if len(c40):
                                                        return None
                                                    o39['title'] = c40.text or ''
                                                elif t == 'resellerCode':
                                                    if len(c40):
                                                        return None
                                                    t = c40.text or ''
                                                    v = OCTETS.get(t)
                                                    o39['resellerCode'] = v if v is not None else integer(t)
                                                else:
                                                    return None
                                            if len(o39) != n38:
                                                return None
                                            o30['southKorea'] = o39
                                    else:
                                        return None
                                if len(o30) != n29:
                                    return None
                                o6['regional'] = o30
                        elif t == 'sendAt':
                            if len(c7):
                                return None
                            o6['sendAt'] = c7.text or ''
                        elif t == 'text':
                            if len(c7):
                                return None
                            o6['text'] = c7.text or ''
                        elif t == 'transliteration':
                            if len(c7):
                                return None
                            o6['transliteration'] = c7.text or ''
                        elif t == 'validityPeriod':
                            if len(c7):
                                return None
                            t = c7.text or ''
                            v = OCTETS.get(t)
                            o6['validityPeriod'] = v if v is not None else integer(t)
                        elif t == 'entityId':
                            if len(c7):
                                return None
                            o6['entityId'] = c7.text or ''
                        elif t == 'applicationId':
                            if len(c7):
                                return None
                            o6['applicationId'] = c7.text or ''
                        elif t == 'campaignReferenceId':
                            if len(c7):
                                return None
                            o6['campaignReferenceId'] = c7.text or ''
                        else:
                            return None
                    if len(o6) != n5:
                        return None
                    a3.append(o6)
                o['messages'] = a3
        elif t == 'sendingSpeedLimit':
            n41 = len(c1)
            if not n41:
                o['sendingSpeedLimit'] = bare(c1, {})
            else:
                if n41 > 2:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                o42: dict[str, Any] = {}
                for c43 in c1[:]:
                    t = c43.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    t = c43.tag
                    if t == 'amount':
                        if len(c43):
                            return None
                        t = c43.text or ''
                        v = OCTETS.get(t)
                        o42['amount'] = v if v is not None else integer(t)
                    elif t == 'timeUnit':
                        if len(c43):
                            return None
                        o42['timeUnit'] = c43.text or ''
                    else:
                        return None
                if len(o42) != n41:
                    return None
                o['sendingSpeedLimit'] = o42
        elif t == 'urlOptions':
            n44 = len(c1)
            if not n44:
                o['urlOptions'] = bare(c1, {})
            else:
                if n44 > 5:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                o45: dict[str, Any] = {}
                for c46 in c1[:]:
                    t = c46.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    t = c46.tag
                    if t == 'shortenUrl':
                        if len(c46):
                            return None
                        o45['shortenUrl'] = boolean(c46.text or '')
                    elif t == 'trackClicks':
                        if len(c46):
                            return None
                        o45['trackClicks'] = boolean(c46.text or '')
                    elif t == 'trackingUrl':
                        if len(c46):
                            return None
                        o45['trackingUrl'] = c46.text or ''
                    elif t == 'removeProtocol':
                        if len(c46):
                            return None
                        o45['removeProtocol'] = boolean(c46.text or '')
                    elif t == 'customDomain':
                        if len(c46):
                            return None
                        o45['customDomain'] = c46.text or ''
                    else:
                        return None
                if len(o45) != n44:
                    return None
                o['urlOptions'] = o45
        elif t == 'tracking':
            n47 = len(c1)
            if not n47:
                o['tracking'] = bare(c1, {})
            else:
                if n47 > 4:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                o48: dict[str, Any] = {}
                for c49 in c1[:]:
                    t = c49.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    t = c49.tag
                    if t == 'baseUrl':
                        if len(c49):
                            return None
                        o48['baseUrl'] = c49.text or ''
                    elif t == 'processKey':
                        if len(c49):
                            return None
                        o48['processKey'] = c49.text or ''
                    elif t == 'track':
                        if len(c49):
                            return None
                        o48['track'] = c49.text or ''
                    elif t == 'type':
                        if len(c49):
                            return None
                        o48['type'] = c49.text or ''
                    else:
                        return None
                if len(o48) != n47:
                    return None
                o['tracking'] = o48
        elif t == 'includeSmsCountInResponse':
            if len(c1):
                return None
            o['includeSmsCountInResponse'] = boolean(c1.text or '')
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_binary_advanced_request(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain BinaryAdvancedRequest element, else None."""
    n = len(e)
    if not n or e.tag != 'SMSAdvancedBinaryRequest':
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
                    if c4.tag != 'message':
                        return None
                    t = c4.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    n5 = len(c4)
                    if not n5:
                        a3.append(bare(c4, {}))
                        continue
                    if n5 > 15:
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
                        if t == 'binary':
                            n8 = len(c7)
                            if not n8:
                                o6['binary'] = bare(c7, {})
                            else:
                                if n8 > 3:
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
                                    if t == 'hex':
                                        if len(c10):
                                            return None
                                        o9['hex'] = c10.text or ''
                                    elif t == 'dataCoding':
                                        if len(c10):
                                            return None
                                        t = c10.text or ''
                                        v = OCTETS.get(t)
                                        o9['dataCoding'] = v if v is not None else integer(t)
                                    elif t == 'esmClass':
                                        if len(c10):
                                            return None
                                        t = c10.text or ''
                                        v = OCTETS.get(t)
                                        o9['esmClass'] = v if v is not None else integer(t)
                                    else:
                                        return None
                                if len(o9) != n8:
                                    return None
                                o6['binary'] = o9
                        elif t == 'callbackData':
                            if len(c7):
                                return None
                            o6['callbackData'] = c7.text or ''
                        elif t == 'deliveryTimeWindow':
                            n11 = len(c7)
                            if not n11:
                                o6['deliveryTimeWindow'] = bare(c7, {})
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
                                    if t == 'days':
                                        n14 = len(c13)
                                        if not n14:
                                            o12['days'] = c13.text or ''
                                        else:
                                            if n14 > L.max_destinations:
                                                return None
                                            t = c13.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            a15: list[Any] = []
                                            for c16 in c13[:]:
                                                if c16.tag != 'days':
                                                    return None
                                                t = c16.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                if len(c16):
                                                    return None
                                                a15.append(c16.text or '')
                                            o12['days'] = a15
                                    elif t == 'from':
                                        n17 = len(c13)
                                        if not n17:
                                            o12['from'] = bare(c13, {})
                                        else:
                                            if n17 > 2:
                                                return None
                                            t = c13.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            o18: dict[str, Any] = {}
                                            for c19 in c13[:]:
                                                t = c19.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                t = c19.tag
                                                if t == 'hour':
                                                    if len(c19):
                                                        return None
                                                    t = c19.text or ''
                                                    v = OCTETS.get(t)
                                                    o18['hour'] = v if v is not None else integer(t)
                                                elif t == 'minute':
                                                    if len(c19):
                                                        return None
                                                    t = c19.text or ''
                                                    v = OCTETS.get(t)
                                                    o18['minute'] = v if v is not None else integer(t)
                                                else:
                                                    return None
                                            if len(o18) != n17:
                                                return None
                                            o12['from'] = o18
                                    elif t == 'to':
                                        n20 = len(c13)
                                        if not n20:
                                            o12['to'] = bare(c13, {})
                                        else:
                                            if n20 > 2:
                                                return None
                                            t = c13.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            o21: dict[str, Any] = {}
                                            for c22 in c13[:]:
                                                t = c22.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                t = c22.tag
                                                if t == 'hour':
                                                    if len(c22):
                                                        return None
                                                    t = c22.text or ''
                                                    v = OCTETS.get(t)
                                                    o21['hour'] = v if v is not None else integer(t)
                                                elif t == 'minute':
                                                    if len(c22):
                                                        return None
                                                    t = c22.text or ''
                                                    v = OCTETS.get(t)
                                                    o21['minute'] = v if v is not None else integer(t)
                                                else:
                                                    return None
                                            if len(o21) != n20:
                                                return None
                                            o12['to'] = o21
                                    else:
                                        return None
                                if len(o12) != n11:
                                    return None
                                o6['deliveryTimeWindow'] = o12
                        elif t == 'destinations':
                            n23 = len(c7)
                            if not n23:
                                o6['destinations'] = bare(c7, [])
                            else:
                                if n23 > L.max_destinations:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                a24: list[Any] = []
                                for c25 in c7[:]:
                                    if c25.tag != 'destination':
                                        return None
                                    t = c25.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    n26 = len(c25)
                                    if not n26:
                                        a24.append(bare(c25, {}))
                                        continue
                                    if n26 > 2:
                                        return None
                                    t = c25.text
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    o27: dict[str, Any] = {}
                                    for c28 in c25[:]:
                                        t = c28.tail
                                        if t is not None and not (t.isspace() and t.isascii()):
                                            return None
                                        t = c28.tag
                                        if t == 'to':
                                            if len(c28):
                                                return None
                                            o27['to'] = c28.text or ''
                                        elif t == 'messageId':
                                            if len(c28):
                                                return None
                                            o27['messageId'] = c28.text or ''
                                        else:
                                            return None
                                    if len(o27) != n26:
                                        return None
                                    a24.append(o27)
                                o6['destinations'] = a24
                        elif t == 'flash':
                            if len(c7):
                                return None
                            o6['flash'] = boolean(c7.text or '')
                        elif t == 'from':
                            if len(c7):
                                return None
                            o6['from'] = c7.text or ''
                        elif t == 'intermediateReport':
                            if len(c7):
                                return None
                            o6['intermediateReport'] = boolean(c7.text or '')
                        elif t == 'notifyContentType':
                            if len(c7):
                                return None
                            o6['notifyContentType'] = c7.text or ''
                        elif t == 'notifyUrl':
                            if len(c7):
                                return None
                            o6['notifyUrl'] = c7.text or ''
                        elif t == 'regional':
                            n29 = len(c7)
                            if not n29:
                                o6['regional'] = bare(c7, {})
                            else:
                                if n29 > 3:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                o30: dict[str, Any] = {}
                                for c31 in c7[:]:
                                    t = c31.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    t = c31.tag
                                    if t == 'indiaDlt':
                                        n32 = len(c31)
                                        if not n32:
                                            o30['indiaDlt'] = bare(c31, {})
                                        else:
                                            if n32 > 3:
                                                return None
                                            t = c31.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            o33: dict[str, Any] = {}
                                            for c34 in c31[:]:
                                                t = c34.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                t = c34.tag
                                                if t == 'contentTemplateId':
                                                    if len(c34):
                                                        return None
                                                    o33['contentTemplateId'] = c34.text or ''
                                                elif t == 'principalEntityId':
                                                    if len(c34):
                                                        return None
                                                    o33['principalEntityId'] = c34.text or ''
                                                elif t == 'telemarketerId':
                                                    if len(c34):
                                                        return None
                                                    o33['telemarketerId'] = c34.text or ''
                                                else:
                                                    return None
                                            if len(o33) != n32:
                                                return None
                                            o30['indiaDlt'] = o33
                                    elif t == 'turkeyIys':
                                        n35 = len(c31)
                                        if not n35:
                                            o30['turkeyIys'] = bare(c31, {})
                                        else:
                                            if n35 > 2:
                                                return None
                                            t = c31.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            o36: dict[str, Any] = {}
                                            for c37 in c31[:]:
                                                t = c37.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                t = c37.tag
                                                if t == 'brandCode':
                                                    if len(c37):
                                                        return None
                                                    t = c37.text or ''
                                                    v = OCTETS.get(t)
                                                    o36['brandCode'] = v if v is not None else integer(t)
                                                elif t == 'recipientType':
                                                    if len(c37):
                                                        return None
                                                    o36['recipientType'] = c37.text or ''
                                                else:
                                                    return None
                                            if len(o36) != n35:
                                                return None
                                            o30['turkeyIys'] = o36
                                    elif t == 'southKorea':
                                        n38 = len(c31)
                                        if not n38:
                                            o30['southKorea'] = bare(c31, {})
                                        else:
                                            if n38 > 2:
                                                return None
                                            t = c31.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            o39: dict[str, Any] = {}
                                            for c40 in c31[:]:
                                                t = c40.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                t = c40.tag
                                                if t == 'title':
                                                    if len(c40):
                                                        return None
                                                    o39['title'] = c40.text or ''
                                                elif t == 'resellerCode':
                                                    if len(c40):
                                                        return None
                                                    t = c40.text or ''
                                                    v = OCTETS.get(t)
                                                    o39['resellerCode'] = v if v is not None else integer(t)
                                                else:
                                                    return None
                                            if len(o39) != n38:
                                                return None
                                            o30['southKorea'] = o39
                                    else:
                                        return None
                                if len(o30) != n29:
                                    return None
                                o6['regional'] = o30
                        elif t == 'sendAt':
                            if len(c7):
                                return None
                            o6['sendAt'] = c7.text or ''
                        elif t == 'validityPeriod':
                            if len(c7):
                                return None
                            t = c7.text or ''
                            v = OCTETS.get(t)
                            o6['validityPeriod'] = v if v is not None else integer(t)
                        elif t == 'entityId':
                            if len(c7):
                                return None
                            o6['entityId'] = c7.text or ''
                        elif t == 'applicationId':
                            if len(c7):
                                return None
                            o6['applicationId'] = c7.text or ''
                        elif t == 'campaignReferenceId':
                            if len(c7):
                                return None
                            o6['campaignReferenceId'] = c7.text or ''
                        else:
                            return None
                    if len(o6) != n5:
                        return None
                    a3.append(o6)
                o['messages'] = a3
        elif t == 'sendingSpeedLimit':
            n41 = len(c1)
            if not n41:
                o['sendingSpeedLimit'] = bare(c1, {})
            else:
                if n41 > 2:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                o42: dict[str, Any] = {}
                for c43 in c1[:]:
                    t = c43.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    t = c43.tag
                    if t == 'amount':
                        if len(c43):
                            return None
                        t = c43.text or ''
                        v = OCTETS.get(t)
                        o42['amount'] = v if v is not None else integer(t)
                    elif t == 'timeUnit':
                        if len(c43):
                            return None
                        o42['timeUnit'] = c43.text or ''
                    else:
                        return None
                if len(o42) != n41:
                    return None
                o['sendingSpeedLimit'] = o42
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_delivery_reports(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain DeliveryReports element, else None."""
    n = len(e)
    if not n or e.tag != 'reportResponse' and e.tag not in ('DeliveryReports', 'SMSReportResponse'):
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
        if t == 'results':
            n2 = len(c1)
            if not n2:
                o['results'] = bare(c1, [])
            else:
                if n2 > L.max_messages:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                a3: list[Any] = []
                for c4 in c1[:]:
                    if c4.tag != 'result':
                        return None
                    t = c4.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    n5 = len(c4)
                    if not n5:
                        a3.append(bare(c4, {}))
                        continue
                    if n5 > 15:
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
                        if t == 'bulkId':
                            if len(c7):
                                return None
                            o6['bulkId'] = c7.text or ''
                        elif t == 'messageId':
                            if len(c7):
                                return None
                            o6['messageId'] = c7.text or ''
                        elif t == 'to':
                            if len(c7):
                                return None
                            o6['to'] = c7.text or ''
                        elif t == 'from':
                            if len(c7):
                                return None
                            o6['from'] = c7.text or ''
                        elif t == 'sentAt':
                            if len(c7):
                                return None
                            o6['sentAt'] = c7.text or ''
                        elif t == 'doneAt':
                            if len(c7):
                                return None
                            o6['doneAt'] = c7.text or ''
                        elif t == 'smsCount':
                            if len(c7):
                                return None
                            t = c7.text or ''
                            v = OCTETS.get(t)
                            o6['smsCount'] = v if v is not None else integer(t)
                        elif t == 'mccMnc':
                            if len(c7):
                                return None
                            o6['mccMnc'] = c7.text or ''
                        elif t == 'callbackData':
                            if len(c7):
                                return None
                            o6['callbackData'] = c7.text or ''
                        elif t == 'price':
                            n8 = len(c7)
                            if not n8:
                                o6['price'] = bare(c7, {})
                            else:
                                if n8 > 2:
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
                                    if t == 'pricePerMessage':
                                        if len(c10):
                                            return None
                                        o9['pricePerMessage'] = plain_decimal(c10.text or '')
                                    elif t == 'currency':
                                        if len(c10):
                                            return None
                                        o9['currency'] = c10.text or ''
                                    else:
                                        return None
                                if len(o9) != n8:
                                    return None
                                o6['price'] = o9
                        elif t == 'status':
                            n11 = len(c7)
                            if not n11:
                                o6['status'] = bare(c7, {})
                            else:
                                if n11 > 6:
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
                                    if t == 'groupId':
                                        if len(c13):
                                            return None
                                        t = c13.text or ''
                                        v = OCTETS.get(t)
                                        o12['groupId'] = v if v is not None else integer(t)
                                    elif t == 'groupName':
                                        if len(c13):
                                            return None
                                        o12['groupName'] = c13.text or ''
                                    elif t == 'id':
                                        if len(c13):
                                            return None
                                        t = c13.text or ''
                                        v = OCTETS.get(t)
                                        o12['id'] = v if v is not None else integer(t)
                                    elif t == 'name':
                                        if len(c13):
                                            return None
                                        o12['name'] = c13.text or ''
                                    elif t == 'description':
                                        if len(c13):
                                            return None
                                        o12['description'] = c13.text or ''
                                    elif t == 'action':
                                        if len(c13):
                                            return None
                                        o12['action'] = c13.text or ''
                                    else:
                                        return None
                                if len(o12) != n11:
                                    return None
                                o6['status'] = o12
                        elif t == 'error':
                            n14 = len(c7)
                            if not n14:
                                o6['error'] = bare(c7, {})
                            else:
                                if n14 > 6:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                o15: dict[str, Any] = {}
                                for c16 in c7[:]:
                                    t = c16.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    t = c16.tag
                                    if t == 'groupId':
                                        if len(c16):
                                            return None
                                        t = c16.text or ''
                                        v = OCTETS.get(t)
                                        o15['groupId'] = v if v is not None else integer(t)
                                    elif t == 'groupName':
                                        if len(c16):
                                            return None
                                        o15['groupName'] = c16.text or ''
                                    elif t == 'id':
                                        if len(c16):
                                            return None
                                        t = c16.text or ''
                                        v = OCTETS.get(t)
                                        o15['id'] = v if v is not None else integer(t)
                                    elif t == 'name':
                                        if len(c16):
                                            return None
                                        o15['name'] = c16.text or ''
                                    elif t == 'description':
                                        if len(c16):
                                            return None
                                        o15['description'] = c16.text or ''
                                    elif t == 'permanent':
                                        if len(c16):
                                            return None
                                        o15['permanent'] = boolean(c16.text or '')
                                    else:
                                        return None
                                if len(o15) != n14:
                                    return None
                                o6['error'] = o15
                        elif t == 'entityId':
                            if len(c7):
                                return None
                            o6['entityId'] = c7.text or ''
                        elif t == 'applicationId':
                            if len(c7):
                                return None
                            o6['applicationId'] = c7.text or ''
                        elif t == 'campaignReferenceId':
                            if len(c7):
                                return None
                            o6['campaignReferenceId'] = c7.text or ''
                        else:
                            return None
                    if len(o6) != n5:
                        return None
                    a3.append(o6)
                o['results'] = a3
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_v3_delivery_reports(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain DeliveryReportsV3 element, else None."""
    n = len(e)
    if not n or e.tag != 'DeliveryReports' and e.tag not in ('reportResponse', 'SMSReportResponse'):
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
        if t == 'results':
            n2 = len(c1)
            if not n2:
                o['results'] = bare(c1, [])
            else:
                if n2 > L.max_messages:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                a3: list[Any] = []
                for c4 in c1[:]:
                    if c4.tag != 'result':
                        return None
                    t = c4.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    n5 = len(c4)
                    if not n5:
                        a3.append(bare(c4, {}))
                        continue
                    if n5 > 14:
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
                        if t == 'bulkId':
                            if len(c7):
                                return None
                            o6['bulkId'] = c7.text or ''
                        elif t == 'price':
                            n8 = len(c7)
                            if not n8:
                                o6['price'] = bare(c7, {})
                            else:
                                if n8 > 2:
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
                                    if t == 'pricePerMessage':
                                        if len(c10):
                                            return None
                                        o9['pricePerMessage'] = plain_decimal(c10.text or '')
                                    elif t == 'currency':
                                        if len(c10):
                                            return None
                                        o9['currency'] = c10.text or ''
                                    else:
                                        return None
                                if len(o9) != n8:
                                    return None
                                o6['price'] = o9
                        elif t == 'status':
                            n11 = len(c7)
                            if not n11:
                                o6['status'] = bare(c7, {})
                            else:
                                if n11 > 6:
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
                                    if t == 'groupId':
                                        if len(c13):
                                            return None
                                        t = c13.text or ''
                                        v = OCTETS.get(t)
                                        o12['groupId'] = v if v is not None else integer(t)
                                    elif t == 'groupName':
                                        if len(c13):
                                            return None
                                        o12['groupName'] = c13.text or ''
                                    elif t == 'id':
                                        if len(c13):
                                            return None
                                        t = c13.text or ''
                                        v = OCTETS.get(t)
                                        o12['id'] = v if v is not None else integer(t)
                                    elif t == 'name':
                                        if len(c13):
                                            return None
                                        o12['name'] = c13.text or ''
                                    elif t == 'description':
                                        if len(c13):
                                            return None
                                        o12['description'] = c13.text or ''
                                    elif t == 'action':
                                        if len(c13):
                                            return None
                                        o12['action'] = c13.text or ''
                                    else:
                                        return None
                                if len(o12) != n11:
                                    return None
                                o6['status'] = o12
                        elif t == 'error':
                            n14 = len(c7)
                            if not n14:
                                o6['error'] = bare(c7, {})
                            else:
                                if n14 > 6:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                o15: dict[str, Any] = {}
                                for c16 in c7[:]:
                                    t = c16.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    t = c16.tag
                                    if t == 'groupId':
                                        if len(c16):
                                            return None
                                        t = c16.text or ''
                                        v = OCTETS.get(t)
                                        o15['groupId'] = v if v is not None else integer(t)
                                    elif t == 'groupName':
                                        if len(c16):
                                            return None
                                        o15['groupName'] = c16.text or ''
                                    elif t == 'id':
                                        if len(c16):
                                            return None
                                        t = c16.text or ''
                                        v = OCTETS.get(t)
                                        o15['id'] = v if v is not None else integer(t)
                                    elif t == 'name':
                                        if len(c16):
                                            return None
                                        o15['name'] = c16.text or ''
                                    elif t == 'description':
                                        if len(c16):
                                            return None
                                        o15['description'] = c16.text or ''
                                    elif t == 'permanent':
                                        if len(c16):
                                            return None
                                        o15['permanent'] = boolean(c16.text or '')
                                    else:
                                        return None
                                if len(o15) != n14:
                                    return None
                                o6['error'] = o15
                        elif t == 'messageId':
                            if len(c7):
                                return None
                            o6['messageId'] = c7.text or ''
                        elif t == 'to':
                            if len(c7):
                                return None
                            o6['to'] = c7.text or ''
                        elif t == 'sender':
                            if len(c7):
                                return None
                            o6['sender'] = c7.text or ''
                        elif t == 'sentAt':
                            if len(c7):
                                return None
                            o6['sentAt'] = c7.text or ''
                        elif t == 'doneAt':
                            if len(c7):
                                return None
                            o6['doneAt'] = c7.text or ''
                        elif t == 'messageCount':
                            if len(c7):
                                return None
                            t = c7.text or ''
                            v = OCTETS.get(t)
                            o6['messageCount'] = v if v is not None else integer(t)
                        elif t == 'mccMnc':
                            if len(c7):
                                return None
                            o6['mccMnc'] = c7.text or ''
                        elif t == 'callbackData':
                            if len(c7):
                                return None
                            o6['callbackData'] = c7.text or ''
                        elif t == 'platform':
                            n17 = len(c7)
                            if not n17:
                                o6['platform'] = bare(c7, {})
                            else:
                                if n17 > 2:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                o18: dict[str, Any] = {}
                                for c19 in c7[:]:
                                    t = c19.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    t = c19.tag
                                    if t == 'entityId':
                                        if len(c19):
                                            return None
                                        o18['entityId'] = c19.text or ''
                                    elif t == 'applicationId':
                                        if len(c19):
                                            return None
                                        o18['applicationId'] = c19.text or ''
                                    else:
                                        return None
                                if len(o18) != n17:
                                    return None
                                o6['platform'] = o18
                        elif t == 'campaignReferenceId':
                            if len(c7):
                                return None
                            o6['campaignReferenceId'] = c7.text or ''
                        else:
                            return None
                    if len(o6) != n5:
                        return None
                    a3.append(o6)
                o['results'] = a3
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_message_logs(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain MessageLogs element, else None."""
    n = len(e)
    if not n or e.tag != 'smsLogsResponse':
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
        if t == 'results':
            n2 = len(c1)
            if not n2:
                o['results'] = bare(c1, [])
            else:
                if n2 > L.max_messages:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                a3: list[Any] = []
                for c4 in c1[:]:
                    if c4.tag != 'result':
                        return None
                    t = c4.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    n5 = len(c4)
                    if not n5:
                        a3.append(bare(c4, {}))
                        continue
                    if n5 > 15:
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
                        if t == 'bulkId':
                            if len(c7):
                                return None
                            o6['bulkId'] = c7.text or ''
                        elif t == 'messageId':
                            if len(c7):
                                return None
                            o6['messageId'] = c7.text or ''
                        elif t == 'to':
                            if len(c7):
                                return None
                            o6['to'] = c7.text or ''
                        elif t == 'from':
                            if len(c7):
                                return None
                            o6['from'] = c7.text or ''
                        elif t == 'text':
                            if len(c7):
                                return None
                            o6['text'] = c7.text or ''
                        elif t == 'sentAt':
                            if len(c7):
                                return None
                            o6['sentAt'] = c7.text or ''
                        elif t == 'doneAt':
                            if len(c7):
                                return None
                            o6['doneAt'] = c7.text or ''
                        elif t == 'smsCount':
                            if len(c7):
                                return None
                            t = c7.text or ''
                            v = OCTETS.get(t)
                            o6['smsCount'] = v if v is not None else integer(t)
                        elif t == 'mccMnc':
                            if len(c7):
                                return None
                            o6['mccMnc'] = c7.text or ''
                        elif t == 'price':
                            n8 = len(c7)
                            if not n8:
                                o6['price'] = bare(c7, {})
                            else:
                                if n8 > 2:
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
                                    if t == 'pricePerMessage':
                                        if len(c10):
                                            return None
                                        o9['pricePerMessage'] = plain_decimal(c10.text or '')
                                    elif t == 'currency':
                                        if len(c10):
                                            return None
                                        o9['currency'] = c10.text or ''
                                    else:
                                        return None
                                if len(o9) != n8:
                                    return None
                                o6['price'] = o9
                        elif t == 'status':
                            n11 = len(c7)
                            if not n11:
                                o6['status'] = bare(c7, {})
                            else:
                                if n11 > 6:
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
                                    if t == 'groupId':
                                        if len(c13):
                                            return None
                                        t = c13.text or ''
                                        v = OCTETS.get(t)
                                        o12['groupId'] = v if v is not None else integer(t)
                                    elif t == 'groupName':
                                        if len(c13):
                                            return None
                                        o12['groupName'] = c13.text or ''
                                    elif t == 'id':
                                        if len(c13):
                                            return None
                                        t = c13.text or ''
                                        v = OCTETS.get(t)
                                        o12['id'] = v if v is not None else integer(t)
                                    elif t == 'name':
                                        if len(c13):
                                            return None
                                        o12['name'] = c13.text or ''
                                    elif t == 'description':
                                        if len(c13):
                                            return None
                                        o12['description'] = c13.text or ''
                                    elif t == 'action':
                                        if len(c13):
                                            return None
                                        o12['action'] = c13.text or ''
                                    else:
                                        return None
                                if len(o12) != n11:
                                    return None
                                o6['status'] = o12
                        elif t == 'error':
                            n14 = len(c7)
                            if not n14:
                                o6['error'] = bare(c7, {})
                            else:
                                if n14 > 6:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                o15: dict[str, Any] = {}
                                for c16 in c7[:]:
                                    t = c16.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    t = c16.tag
                                    if t == 'groupId':
                                        if len(c16):
                                            return None
                                        t = c16.text or ''
                                        v = OCTETS.get(t)
                                        o15['groupId'] = v if v is not None else integer(t)
                                    elif t == 'groupName':
                                        if len(c16):
                                            return None
                                        o15['groupName'] = c16.text or ''
                                    elif t == 'id':
                                        if len(c16):
                                            return None
                                        t = c16.text or ''
                                        v = OCTETS.get(t)
                                        o15['id'] = v if v is not None else integer(t)
                                    elif t == 'name':
                                        if len(c16):
                                            return None
                                        o15['name'] = c16.text or ''
                                    elif t == 'description':
                                        if len(c16):
                                            return None
                                        o15['description'] = c16.text or ''
                                    elif t == 'permanent':
                                        if len(c16):
                                            return None
                                        o15['permanent'] = boolean(c16.text or '')
                                    else:
                                        return None
                                if len(o15) != n14:
                                    return None
                                o6['error'] = o15
                        elif t == 'applicationId':
                            if len(c7):
                                return None
                            o6['applicationId'] = c7.text or ''
                        elif t == 'entityId':
                            if len(c7):
                                return None
                            o6['entityId'] = c7.text or ''
                        elif t == 'campaignReferenceId':
                            if len(c7):
                                return None
                            o6['campaignReferenceId'] = c7.text or ''
                        else:
                            return None
                    if len(o6) != n5:
                        return None
                    a3.append(o6)
                o['results'] = a3
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_v3_message_logs(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain MessageLogsV3 element, else None."""
    n = len(e)
    if not n or e.tag != 'LogResponse':
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
        if t == 'results':
            n2 = len(c1)
            if not n2:
                o['results'] = bare(c1, [])
            else:
                if n2 > L.max_messages:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                a3: list[Any] = []
                for c4 in c1[:]:
                    if c4.tag != 'result':
                        return None
                    t = c4.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    n5 = len(c4)
                    if not n5:
                        a3.append(bare(c4, {}))
                        continue
                    if n5 > 14:
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
                        if t == 'sender':
                            if len(c7):
                                return None
                            o6['sender'] = c7.text or ''
                        elif t == 'destination':
                            if len(c7):
                                return None
                            o6['destination'] = c7.text or ''
                        elif t == 'bulkId':
                            if len(c7):
                                return None
                            o6['bulkId'] = c7.text or ''
                        elif t == 'messageId':
                            if len(c7):
                                return None
                            o6['messageId'] = c7.text or ''
                        elif t == 'sentAt':
                            if len(c7):
                                return None
                            o6['sentAt'] = c7.text or ''
                        elif t == 'doneAt':
                            if len(c7):
                                return None
                            o6['doneAt'] = c7.text or ''
                        elif t == 'messageCount':
                            if len(c7):
                                return None
                            t = c7.text or ''
                            v = OCTETS.get(t)
                            o6['messageCount'] = v if v is not None else integer(t)
                        elif t == 'price':
                            n8 = len(c7)
                            if not n8:
                                o6['price'] = bare(c7, {})
                            else:
                                if n8 > 2:
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
                                    if t == 'pricePerMessage':
                                        if len(c10):
                                            return None
                                        o9['pricePerMessage'] = plain_decimal(c10.text or '')
                                    elif t == 'currency':
                                        if len(c10):
                                            return None
                                        o9['currency'] = c10.text or ''
                                    else:
                                        return None
                                if len(o9) != n8:
                                    return None
                                o6['price'] = o9
                        elif t == 'status':
                            n11 = len(c7)
                            if not n11:
                                o6['status'] = bare(c7, {})
                            else:
                                if n11 > 6:
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
                                    if t == 'groupId':
                                        if len(c13):
                                            return None
                                        t = c13.text or ''
                                        v = OCTETS.get(t)
                                        o12['groupId'] = v if v is not None else integer(t)
                                    elif t == 'groupName':
                                        if len(c13):
                                            return None
                                        o12['groupName'] = c13.text or ''
                                    elif t == 'id':
                                        if len(c13):
                                            return None
                                        t = c13.text or ''
                                        v = OCTETS.get(t)
                                        o12['id'] = v if v is not None else integer(t)
                                    elif t == 'name':
                                        if len(c13):
                                            return None
                                        o12['name'] = c13.text or ''
                                    elif t == 'description':
                                        if len(c13):
                                            return None
                                        o12['description'] = c13.text or ''
                                    elif t == 'action':
                                        if len(c13):
                                            return None
                                        o12['action'] = c13.text or ''
                                    else:
                                        return None
                                if len(o12) != n11:
                                    return None
                                o6['status'] = o12
                        elif t == 'error':
                            n14 = len(c7)
                            if not n14:
                                o6['error'] = bare(c7, {})
                            else:
                                if n14 > 6:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                o15: dict[str, Any] = {}
                                for c16 in c7[:]:
                                    t = c16.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    t = c16.tag
                                    if t == 'groupId':
                                        if len(c16):
                                            return None
                                        t = c16.text or ''
                                        v = OCTETS.get(t)
                                        o15['groupId'] = v if v is not None else integer(t)
                                    elif t == 'groupName':
                                        if len(c16):
                                            return None
                                        o15['groupName'] = c16.text or ''
                                    elif t == 'id':
                                        if len(c16):
                                            return None
                                        t = c16.text or ''
                                        v = OCTETS.get(t)
                                        o15['id'] = v if v is not None else integer(t)
                                    elif t == 'name':
                                        if len(c16):
                                            return None
                                        o15['name'] = c16.text or ''
                                    elif t == 'description':
                                        if len(c16):
                                            return None
                                        o15['description'] = c16.text or ''
                                    elif t == 'permanent':
                                        if len(c16):
                                            return None
                                        o15['permanent'] = boolean(c16.text or '')
                                    else:
                                        return None
                                if len(o15) != n14:
                                    return None
                                o6['error'] = o15
                        elif t == 'platform':
                            n17 = len(c7)
                            if not n17:
                                o6['platform'] = bare(c7, {})
                            else:
                                if n17 > 2:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                o18: dict[str, Any] = {}
                                for c19 in c7[:]:
                                    t = c19.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    t = c19.tag
                                    if t == 'entityId':
                                        if len(c19):
                                            return None
                                        o18['entityId'] = c19.text or ''
                                    elif t == 'applicationId':
                                        if len(c19):
                                            return None
                                        o18['applicationId'] = c19.text or ''
                                    else:
                                        return None
                                if len(o18) != n17:
                                    return None
                                o6['platform'] = o18
                        elif t == 'content':
                            n20 = len(c7)
                            if not n20:
                                o6['content'] = bare(c7, {})
                            else:
                                if n20 > 6:
                                    return None
                                t = c7.text
                                if t is not None and not (t.isspace() and t.isascii()):
                                    return None
                                o21: dict[str, Any] = {}
                                for c22 in c7[:]:
                                    t = c22.tail
                                    if t is not None and not (t.isspace() and t.isascii()):
                                        return None
                                    t = c22.tag
                                    if t == 'text':
                                        if len(c22):
                                            return None
                                        o21['text'] = c22.text or ''
                                    elif t == 'transliteration':
                                        if len(c22):
                                            return None
                                        o21['transliteration'] = c22.text or ''
                                    elif t == 'language':
                                        n23 = len(c22)
                                        if not n23:
                                            o21['language'] = bare(c22, {})
                                        else:
                                            if n23 > 3:
                                                return None
                                            t = c22.text
                                            if t is not None and not (t.isspace() and t.isascii()):
                                                return None
                                            o24: dict[str, Any] = {}
                                            for c25 in c22[:]:
                                                t = c25.tail
                                                if t is not None and not (t.isspace() and t.isascii()):
                                                    return None
                                                t = c25.tag
                                                if t == 'languageCode':
                                                    if len(c25):
                                                        return None
                                                    o24['languageCode'] = c25.text or ''
                                                elif t == 'singleShift':
                                                    if len(c25):
                                                        return None
                                                    o24['singleShift'] = boolean(c25.text or '')
                                                elif t == 'lockingShift':
                                                    if len(c25):
                                                        return None
                                                    o24['lockingShift'] = boolean(c25.text or '')
                                                else:
                                                    return None
                                            if len(o24) != n23:
                                                return None
                                            o21['language'] = o24
                                    elif t == 'hex':
                                        if len(c22):
                                            return None
                                        o21['hex'] = c22.text or ''
                                    elif t == 'dataCoding':
                                        if len(c22):
                                            return None
                                        t = c22.text or ''
                                        v = OCTETS.get(t)
                                        o21['dataCoding'] = v if v is not None else integer(t)
                                    elif t == 'esmClass':
                                        if len(c22):
                                            return None
                                        t = c22.text or ''
                                        v = OCTETS.get(t)
                                        o21['esmClass'] = v if v is not None else integer(t)
                                    else:
                                        return None
                                if len(o21) != n20:
                                    return None
                                o6['content'] = o21
                        elif t == 'campaignReferenceId':
                            if len(c7):
                                return None
                            o6['campaignReferenceId'] = c7.text or ''
                        elif t == 'mccMnc':
                            if len(c7):
                                return None
                            o6['mccMnc'] = c7.text or ''
                        else:
                            return None
                    if len(o6) != n5:
                        return None
                    a3.append(o6)
                o['results'] = a3
        elif t == 'cursor':
            n26 = len(c1)
            if not n26:
                o['cursor'] = bare(c1, {})
            else:
                if n26 > 2:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                o27: dict[str, Any] = {}
                for c28 in c1[:]:
                    t = c28.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    t = c28.tag
                    if t == 'limit':
                        if len(c28):
                            return None
                        t = c28.text or ''
                        v = OCTETS.get(t)
                        o27['limit'] = v if v is not None else integer(t)
                    elif t == 'nextCursor':
                        if len(c28):
                            return None
                        o27['nextCursor'] = c28.text or ''
                    else:
                        return None
                if len(o27) != n26:
                    return None
                o['cursor'] = o27
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_inbound_messages(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain InboundMessages element, else None."""
    n = len(e)
    if not n or e.tag != 'reportResponse':
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
        if t == 'results':
            n2 = len(c1)
            if not n2:
                o['results'] = bare(c1, [])
            else:
                if n2 > L.max_messages:
                    return None
                t = c1.text
                if t is not None and not (t.isspace() and t.isascii()):
                    return None
                a3: list[Any] = []
                for c4 in c1[:]:
                    if c4.tag != 'result':
                        return None
                    t = c4.tail
                    if t is not None and not (t.isspace() and t.isascii()):
                        return None
                    n5 = len(c4)
                    if not n5:
                        a3.append(bare(c4, {}))
                        continue
                    if n5 > 13:
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
                        if t == 'messageId':
                            if len(c7):
                                return None
                            o6['messageId'] = c7.text or ''
                        elif t == 'from':
                            if len(c7):
                                return None
                            o6['from'] = c7.text or ''
                        elif t == 'to':
                            if len(c7):
                                return None
                            o6['to'] = c7.text or ''
                        elif t == 'text':
                            if len(c7):
                                return None
                            o6['text'] = c7.text or ''
                        elif t == 'cleanText':
                            if len(c7):
                                return None
                            o6['cleanText'] = c7.text or ''
                        elif t == 'keyword':
                            if len(c7):
                                return None
                            o6['keyword'] = c7.text or ''
                        elif t == 'receivedAt':
                            if len(c7):
                                return None
                            o6['receivedAt'] = c7.text or ''
                        elif t == 'smsCount':
                            if len(c7):
                                return None
                            t = c7.text or ''
                            v = OCTETS.get(t)
                            o6['smsCount'] = v if v is not None else integer(t)
                        elif t == 'price':
                            n8 = len(c7)
                            if not n8:
                                o6['price'] = bare(c7, {})
                            else:
                                if n8 > 2:
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
                                    if t == 'pricePerMessage':
                                        if len(c10):
                                            return None
                                        o9['pricePerMessage'] = plain_decimal(c10.text or '')
                                    elif t == 'currency':
                                        if len(c10):
                                            return None
                                        o9['currency'] = c10.text or ''
                                    else:
                                        return None
                                if len(o9) != n8:
                                    return None
                                o6['price'] = o9
                        elif t == 'callbackData':
                            if len(c7):
                                return None
                            o6['callbackData'] = c7.text or ''
                        elif t == 'applicationId':
                            if len(c7):
                                return None
                            o6['applicationId'] = c7.text or ''
                        elif t == 'entityId':
                            if len(c7):
                                return None
                            o6['entityId'] = c7.text or ''
                        elif t == 'campaignReferenceId':
                            if len(c7):
                                return None
                            o6['campaignReferenceId'] = c7.text or ''
                        else:
                            return None
                    if len(o6) != n5:
                        return None
                    a3.append(o6)
                o['results'] = a3
        elif t == 'messageCount':
            if len(c1):
                return None
            t = c1.text or ''
            v = OCTETS.get(t)
            o['messageCount'] = v if v is not None else integer(t)
        elif t == 'pendingMessageCount':
            if len(c1):
                return None
            t = c1.text or ''
            v = OCTETS.get(t)
            o['pendingMessageCount'] = v if v is not None else integer(t)
        else:
            return None
    if len(o) != n:
        return None
    return o


def read_xml_tracking_notification(e: etree._Element, L: Limits) -> dict[str, Any] | None:
    """The tree of a plain TrackingNotification element, else None."""
    n = len(e)
    if not n or e.tag != 'UrlTrackingWebhook':
        return None
    if n > 11:
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
        if t == 'notificationType':
            if len(c1):
                return None
            o['notificationType'] = c1.text or ''
        elif t == 'recipient':
            if len(c1):
                return None
            o['recipient'] = c1.text or ''
        elif t == 'url':
            if len(c1):
                return None
            o['url'] = c1.text or ''
        elif t == 'sendDateTime':
            if len(c1):
                return None
            t = c1.text or ''
            v = OCTETS.get(t)
            o['sendDateTime'] = v if v is not None else integer(t)
        elif t == 'messageId':
            if len(c1):
                return None
            o['messageId'] = c1.text or ''
        elif t == 'bulkId':
            if len(c1):
                return None
            o['bulkId'] = c1.text or ''
        elif t == 'callbackData':
            if len(c1):
                return None
            o['callbackData'] = c1.text or ''
        elif t == 'recipientInfo':
            n2 = len(c1)
            if not n2:
                o['recipientInfo'] = bare(c1, {})
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
                    if t == 'deviceType':
                        if len(c4):
                            return None
                        o3['deviceType'] = c4.text or ''
                    elif t == 'os':
                        if len(c4):
                            return None
                        o3['os'] = c4.text or ''
                    elif t == 'deviceName':
                        if len(c4):
                            return None
                        o3['deviceName'] = c4.text or ''
                    else:
                        return None
                if len(o3) != n2:
                    return None
                o['recipientInfo'] = o3
        elif t == 'geoLocationInfo':
            n5 = len(c1)
            if not n5:
                o['geoLocationInfo'] = bare(c1, {})
            else:
                if n5 > 2:
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
                    if t == 'countryName':
                        if len(c7):
                            return None
                        o6['countryName'] = c7.text or ''
                    elif t == 'city':
                        if len(c7):
                            return None
                        o6['city'] = c7.text or ''
                    else:
                        return None
                if len(o6) != n5:
                    return None
                o['geoLocationInfo'] = o6
        elif t == 'applicationId':
            if len(c1):
                return None
            o['applicationId'] = c1.text or ''
        elif t == 'entityId':
            if len(c1):
                return None
            o['entityId'] = c1.text or ''
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
    MessagesRequest: (read_xml_v3_messages_request, 6),
    MessagesResponse: (read_xml_v3_messages_response, 4),
    ApiError: (read_xml_api_error, 3),
    TextAdvancedRequest: (read_xml_text_advanced_request, 5),
    BinaryAdvancedRequest: (read_xml_binary_advanced_request, 5),
    DeliveryReports: (read_xml_delivery_reports, 4),
    DeliveryReportsV3: (read_xml_v3_delivery_reports, 4),
    MessageLogs: (read_xml_message_logs, 4),
    MessageLogsV3: (read_xml_v3_message_logs, 5),
    InboundMessages: (read_xml_inbound_messages, 4),
    TrackingNotification: (read_xml_tracking_notification, 2),
}
