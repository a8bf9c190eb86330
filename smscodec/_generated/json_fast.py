"""Fast paths, one per top-level body: decoder, checker (sealed bodies) and JSON encoder.

GENERATED FILE: do not edit by hand. Written by scripts/generate_code.py with
smscodec/_codegen/fast.py, from the body descriptions in smscodec/_spec/bodies.py and the valid cases
stated in the rules, smscodec/_spec/rules/.
To change it, change those and run `python scripts/generate_code.py`; tests/test_generated.py
fails while this file differs from what the generator makes now.
"""

from __future__ import annotations

from collections.abc import Callable
from json.encoder import encode_basestring as encode_text
from typing import Any, cast

from .._core.limits import Limits
from .._core.mutable import mutable_class
from .._core.report import Report
from .._core.tree import colons
from .._spec.bodies import BODY_OF
from .._spec.models import (
    BinaryContent,
    BinaryMessage,
    BinaryMultiRequest,
    BinarySingleRequest,
    RequestError,
    SentMessage,
    ServiceException,
    SmsResponse,
    Status,
    TextMessage,
    TextMultiRequest,
    TextSingleRequest,
)
from .._spec.models_bulks import (
    BulkRescheduleRequest,
    BulkSchedule,
    BulkStatus,
    BulkStatusUpdateRequest,
)
from .._spec.rules.binary import parse_hex, udh_fits
from .._spec.rules.common import INVALID, is_clean
from .._spec.rules.text import parts_fit
from .._spec.rules.timestamps import fast_timestamp, timestamp_text
from .._spec.vocabulary import MISSING, BodyCheck
from .._validate.combinators import fast_string_lists, string_lists_json
from .._validate.walk import UNBUILT, missing, unknown, walk_object

# A model is built in a mutable class with the same slots, then switched to the
# model's class (smscodec._core.mutable).
new: Callable[[type], Any] = object.__new__
MutableTextMessage = mutable_class(TextMessage)
MutableTextMultiRequest = mutable_class(TextMultiRequest)
MutableBinaryContent = mutable_class(BinaryContent)
MutableBinaryMessage = mutable_class(BinaryMessage)
MutableBinaryMultiRequest = mutable_class(BinaryMultiRequest)
MutableTextSingleRequest = mutable_class(TextSingleRequest)
MutableBinarySingleRequest = mutable_class(BinarySingleRequest)
MutableStatus = mutable_class(Status)
MutableSentMessage = mutable_class(SentMessage)
MutableSmsResponse = mutable_class(SmsResponse)
MutableServiceException = mutable_class(ServiceException)
MutableRequestError = mutable_class(RequestError)
MutableBulkSchedule = mutable_class(BulkSchedule)
MutableBulkRescheduleRequest = mutable_class(BulkRescheduleRequest)
MutableBulkStatus = mutable_class(BulkStatus)
MutableBulkStatusUpdateRequest = mutable_class(BulkStatusUpdateRequest)

# The descriptions the checkers report through (smscodec._spec.bodies).
BODY_TEXT_MULTI_REQUEST = BODY_OF[TextMultiRequest]
FIELD_TEXT_MULTI_REQUEST_MESSAGES = BODY_TEXT_MULTI_REQUEST.fields[0]
RULE_TEXT_MULTI_REQUEST_MESSAGES = BODY_TEXT_MULTI_REQUEST.fields[0].rule
BODY_TEXT_MESSAGE = BODY_OF[TextMessage]
RULE_TEXT_MESSAGE_SENDER = BODY_TEXT_MESSAGE.fields[0].rule
FIELD_TEXT_MESSAGE_TO = BODY_TEXT_MESSAGE.fields[1]
RULE_TEXT_MESSAGE_TO = BODY_TEXT_MESSAGE.fields[1].rule
FIELD_TEXT_MESSAGE_TEXT = BODY_TEXT_MESSAGE.fields[2]
RULE_TEXT_MESSAGE_TEXT = BODY_TEXT_MESSAGE.fields[2].rule
KNOWN_TEXT_MESSAGE = frozenset(f.wire for f in BODY_TEXT_MESSAGE.fields)
KNOWN_TEXT_MULTI_REQUEST = frozenset(f.wire for f in BODY_TEXT_MULTI_REQUEST.fields)
BODY_BINARY_MULTI_REQUEST = BODY_OF[BinaryMultiRequest]
FIELD_BINARY_MULTI_REQUEST_MESSAGES = BODY_BINARY_MULTI_REQUEST.fields[0]
RULE_BINARY_MULTI_REQUEST_MESSAGES = BODY_BINARY_MULTI_REQUEST.fields[0].rule
BODY_BINARY_MESSAGE = BODY_OF[BinaryMessage]
RULE_BINARY_MESSAGE_SENDER = BODY_BINARY_MESSAGE.fields[0].rule
FIELD_BINARY_MESSAGE_TO = BODY_BINARY_MESSAGE.fields[1]
RULE_BINARY_MESSAGE_TO = BODY_BINARY_MESSAGE.fields[1].rule
FIELD_BINARY_MESSAGE_BINARY = BODY_BINARY_MESSAGE.fields[2]
RULE_BINARY_MESSAGE_BINARY = BODY_BINARY_MESSAGE.fields[2].rule
BODY_BINARY_CONTENT = BODY_OF[BinaryContent]
FIELD_BINARY_CONTENT_HEX = BODY_BINARY_CONTENT.fields[0]
RULE_BINARY_CONTENT_HEX = BODY_BINARY_CONTENT.fields[0].rule
RULE_BINARY_CONTENT_DATA_CODING = BODY_BINARY_CONTENT.fields[1].rule
RULE_BINARY_CONTENT_ESM_CLASS = BODY_BINARY_CONTENT.fields[2].rule
KNOWN_BINARY_CONTENT = frozenset(f.wire for f in BODY_BINARY_CONTENT.fields)
CHECK_BINARY_CONTENT = cast(BodyCheck, BODY_BINARY_CONTENT.check)
KNOWN_BINARY_MESSAGE = frozenset(f.wire for f in BODY_BINARY_MESSAGE.fields)
KNOWN_BINARY_MULTI_REQUEST = frozenset(f.wire for f in BODY_BINARY_MULTI_REQUEST.fields)
BODY_TEXT_SINGLE_REQUEST = BODY_OF[TextSingleRequest]
RULE_TEXT_SINGLE_REQUEST_SENDER = BODY_TEXT_SINGLE_REQUEST.fields[0].rule
FIELD_TEXT_SINGLE_REQUEST_TO = BODY_TEXT_SINGLE_REQUEST.fields[1]
RULE_TEXT_SINGLE_REQUEST_TO = BODY_TEXT_SINGLE_REQUEST.fields[1].rule
FIELD_TEXT_SINGLE_REQUEST_TEXT = BODY_TEXT_SINGLE_REQUEST.fields[2]
RULE_TEXT_SINGLE_REQUEST_TEXT = BODY_TEXT_SINGLE_REQUEST.fields[2].rule
KNOWN_TEXT_SINGLE_REQUEST = frozenset(f.wire for f in BODY_TEXT_SINGLE_REQUEST.fields)
BODY_BINARY_SINGLE_REQUEST = BODY_OF[BinarySingleRequest]
RULE_BINARY_SINGLE_REQUEST_SENDER = BODY_BINARY_SINGLE_REQUEST.fields[0].rule
FIELD_BINARY_SINGLE_REQUEST_TO = BODY_BINARY_SINGLE_REQUEST.fields[1]
RULE_BINARY_SINGLE_REQUEST_TO = BODY_BINARY_SINGLE_REQUEST.fields[1].rule
FIELD_BINARY_SINGLE_REQUEST_BINARY = BODY_BINARY_SINGLE_REQUEST.fields[2]
RULE_BINARY_SINGLE_REQUEST_BINARY = BODY_BINARY_SINGLE_REQUEST.fields[2].rule
KNOWN_BINARY_SINGLE_REQUEST = frozenset(f.wire for f in BODY_BINARY_SINGLE_REQUEST.fields)
BODY_BULK_RESCHEDULE_REQUEST = BODY_OF[BulkRescheduleRequest]
FIELD_BULK_RESCHEDULE_REQUEST_SEND_AT = BODY_BULK_RESCHEDULE_REQUEST.fields[0]
RULE_BULK_RESCHEDULE_REQUEST_SEND_AT = BODY_BULK_RESCHEDULE_REQUEST.fields[0].rule
KNOWN_BULK_RESCHEDULE_REQUEST = frozenset(f.wire for f in BODY_BULK_RESCHEDULE_REQUEST.fields)
BODY_BULK_STATUS_UPDATE_REQUEST = BODY_OF[BulkStatusUpdateRequest]
FIELD_BULK_STATUS_UPDATE_REQUEST_STATUS = BODY_BULK_STATUS_UPDATE_REQUEST.fields[0]
RULE_BULK_STATUS_UPDATE_REQUEST_STATUS = BODY_BULK_STATUS_UPDATE_REQUEST.fields[0].rule
KNOWN_BULK_STATUS_UPDATE_REQUEST = frozenset(f.wire for f in BODY_BULK_STATUS_UPDATE_REQUEST.fields)


def decode_text_multi_request(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The TextMultiRequest of a plainly valid tree, else None."""
    x0_0: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    seen = tc = 0
    try:
        if type(d0) is not dict:
            return None
        v = d0['messages']
        if type(v) is not list or not 1 <= len(v) <= L.max_messages:
            return None
        x0_0 = []
        append0 = x0_0.append
        for d1 in v:
            if type(d1) is not dict:
                return None
            k1 = 2
            v = d1.get('from')
            if v is None:
                x1_0 = None
            else:
                k1 += 1
                if not (type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit())))):
                    return None
                x1_0 = v
            v = d1['to']
            if type(v) is str:
                if not (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                    return None
                x1_1 = (v,)
            elif type(v) is list and 1 <= len(v) <= L.max_destinations:
                for e in v:
                    if not (type(e) is str and (e.isascii() and (e.isdigit() and 7 <= len(e) <= 15 and (e[0] != '0') or (e[:1] == '+' and e[1:].isdigit() and (7 < len(e) <= 15 + 1) and (e[1] != '0'))))):
                        return None
                x1_1 = tuple(v)
            else:
                return None
            v = d1['text']
            if not (type(v) is str and (0 < len(v) <= L.max_text_length and (len(v) <= 8415 or parts_fit(v))) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x1_2 = v
            if ':' in v:
                tc += v.count(':')
            if len(d1) != k1:
                return None
            seen += k1
            o1 = new(MutableTextMessage)
            o1.sender = x1_0
            o1.to = x1_1
            o1.text = x1_2
            o1.__class__ = TextMessage
            append0(o1)
        x0_0 = tuple(x0_0)
        if len(d0) != 1:
            return None
        seen += 1
        o0 = new(MutableTextMultiRequest)
        o0.messages = x0_0
        o0.__class__ = TextMultiRequest
    except KeyError:  # a required member is missing
        return None
    if raw is not None and (raw.count(':') != seen + tc or (tc and dirty and ('\\u003a' in raw or '\\u003A' in raw))):
        return None
    return o0


def decode_binary_multi_request(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The BinaryMultiRequest of a plainly valid tree, else None."""
    x0_0: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x2_0: Any
    x2_1: Any
    x2_2: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    seen = tc = 0
    try:
        if type(d0) is not dict:
            return None
        v = d0['messages']
        if type(v) is not list or not 1 <= len(v) <= L.max_messages:
            return None
        x0_0 = []
        append0 = x0_0.append
        for d1 in v:
            if type(d1) is not dict:
                return None
            k1 = 2
            v = d1.get('from')
            if v is None:
                x1_0 = None
            else:
                k1 += 1
                if not (type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit())))):
                    return None
                x1_0 = v
            v = d1['to']
            if type(v) is str:
                if not (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                    return None
                x1_1 = (v,)
            elif type(v) is list and 1 <= len(v) <= L.max_destinations:
                for e in v:
                    if not (type(e) is str and (e.isascii() and (e.isdigit() and 7 <= len(e) <= 15 and (e[0] != '0') or (e[:1] == '+' and e[1:].isdigit() and (7 < len(e) <= 15 + 1) and (e[1] != '0'))))):
                        return None
                x1_1 = tuple(v)
            else:
                return None
            d2 = d1['binary']
            if type(d2) is not dict:
                return None
            k2 = 1
            v = d2['hex']
            if not (type(v) is str and (len(v) < 3 * L.max_payload_octets)):
                return None
            x2_0 = parse_hex(v)
            if x2_0 is None:
                return None
            v = d2.get('dataCoding')
            if v is None:
                x2_1 = 0
            else:
                k2 += 1
                if not (type(v) is int and (0 <= v <= 255)):
                    return None
                x2_1 = v
            v = d2.get('esmClass')
            if v is None:
                x2_2 = 0
            else:
                k2 += 1
                if not (type(v) is int and (0 <= v <= 255)):
                    return None
                x2_2 = v
            if len(d2) != k2:
                return None
            seen += k2
            if not (udh_fits(x2_0, x2_1, x2_2) if x2_2 & 64 else 0 < len(x2_0) <= 34170 and (x2_0.isascii() if x2_1 in (0, 1) else x2_1 != 8 or not len(x2_0) % 2)):
                return None
            o2 = new(MutableBinaryContent)
            o2.hex = x2_0
            o2.data_coding = x2_1
            o2.esm_class = x2_2
            o2.__class__ = BinaryContent
            x1_2 = o2
            if len(d1) != k1:
                return None
            seen += k1
            o1 = new(MutableBinaryMessage)
            o1.sender = x1_0
            o1.to = x1_1
            o1.binary = x1_2
            o1.__class__ = BinaryMessage
            append0(o1)
        x0_0 = tuple(x0_0)
        if len(d0) != 1:
            return None
        seen += 1
        o0 = new(MutableBinaryMultiRequest)
        o0.messages = x0_0
        o0.__class__ = BinaryMultiRequest
    except KeyError:  # a required member is missing
        return None
    if raw is not None and (raw.count(':') != seen + tc or (tc and dirty and ('\\u003a' in raw or '\\u003A' in raw))):
        return None
    return o0


def decode_text_single_request(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The TextSingleRequest of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    x0_2: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    seen = tc = 0
    try:
        if type(d0) is not dict:
            return None
        k0 = 2
        v = d0.get('from')
        if v is None:
            x0_0 = None
        else:
            k0 += 1
            if not (type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit())))):
                return None
            x0_0 = v
        v = d0['to']
        if type(v) is str:
            if not (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                return None
            x0_1 = (v,)
        elif type(v) is list and 1 <= len(v) <= L.max_destinations:
            for e in v:
                if not (type(e) is str and (e.isascii() and (e.isdigit() and 7 <= len(e) <= 15 and (e[0] != '0') or (e[:1] == '+' and e[1:].isdigit() and (7 < len(e) <= 15 + 1) and (e[1] != '0'))))):
                    return None
            x0_1 = tuple(v)
        else:
            return None
        v = d0['text']
        if not (type(v) is str and (0 < len(v) <= L.max_text_length and (len(v) <= 8415 or parts_fit(v))) and (not dirty or v.isascii() or is_clean(v))):
            return None
        x0_2 = v
        if ':' in v:
            tc += v.count(':')
        if len(d0) != k0:
            return None
        seen += k0
        o0 = new(MutableTextSingleRequest)
        o0.sender = x0_0
        o0.to = x0_1
        o0.text = x0_2
        o0.__class__ = TextSingleRequest
    except KeyError:  # a required member is missing
        return None
    if raw is not None and (raw.count(':') != seen + tc or (tc and dirty and ('\\u003a' in raw or '\\u003A' in raw))):
        return None
    return o0


def decode_binary_single_request(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The BinarySingleRequest of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    x0_2: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    seen = tc = 0
    try:
        if type(d0) is not dict:
            return None
        k0 = 2
        v = d0.get('from')
        if v is None:
            x0_0 = None
        else:
            k0 += 1
            if not (type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit())))):
                return None
            x0_0 = v
        v = d0['to']
        if type(v) is str:
            if not (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                return None
            x0_1 = (v,)
        elif type(v) is list and 1 <= len(v) <= L.max_destinations:
            for e in v:
                if not (type(e) is str and (e.isascii() and (e.isdigit() and 7 <= len(e) <= 15 and (e[0] != '0') or (e[:1] == '+' and e[1:].isdigit() and (7 < len(e) <= 15 + 1) and (e[1] != '0'))))):
                    return None
            x0_1 = tuple(v)
        else:
            return None
        d1 = d0['binary']
        if type(d1) is not dict:
            return None
        k1 = 1
        v = d1['hex']
        if not (type(v) is str and (len(v) < 3 * L.max_payload_octets)):
            return None
        x1_0 = parse_hex(v)
        if x1_0 is None:
            return None
        v = d1.get('dataCoding')
        if v is None:
            x1_1 = 0
        else:
            k1 += 1
            if not (type(v) is int and (0 <= v <= 255)):
                return None
            x1_1 = v
        v = d1.get('esmClass')
        if v is None:
            x1_2 = 0
        else:
            k1 += 1
            if not (type(v) is int and (0 <= v <= 255)):
                return None
            x1_2 = v
        if len(d1) != k1:
            return None
        seen += k1
        if not (udh_fits(x1_0, x1_1, x1_2) if x1_2 & 64 else 0 < len(x1_0) <= 34170 and (x1_0.isascii() if x1_1 in (0, 1) else x1_1 != 8 or not len(x1_0) % 2)):
            return None
        o1 = new(MutableBinaryContent)
        o1.hex = x1_0
        o1.data_coding = x1_1
        o1.esm_class = x1_2
        o1.__class__ = BinaryContent
        x0_2 = o1
        if len(d0) != k0:
            return None
        seen += k0
        o0 = new(MutableBinarySingleRequest)
        o0.sender = x0_0
        o0.to = x0_1
        o0.binary = x0_2
        o0.__class__ = BinarySingleRequest
    except KeyError:  # a required member is missing
        return None
    if raw is not None and (raw.count(':') != seen + tc or (tc and dirty and ('\\u003a' in raw or '\\u003A' in raw))):
        return None
    return o0


def decode_sms_response(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The SmsResponse of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x1_3: Any
    x2_0: Any
    x2_1: Any
    x2_2: Any
    x2_3: Any
    x2_4: Any
    x2_5: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    try:
        if type(d0) is not dict:
            return None
        v = d0.get('bulkId')
        if v is None:
            x0_0 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_0 = v
        v = d0['messages']
        if type(v) is not list or not 0 <= len(v) <= L.max_messages:
            return None
        x0_1 = []
        append0 = x0_1.append
        for d1 in v:
            if type(d1) is not dict:
                return None
            v = d1.get('to')
            if v is None:
                x1_0 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x1_0 = v
            d2 = d1['status']
            if type(d2) is not dict:
                return None
            v = d2['groupId']
            if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                return None
            x2_0 = v
            v = d2.get('groupName')
            if v is None:
                x2_1 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x2_1 = v
            v = d2['id']
            if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                return None
            x2_2 = v
            v = d2.get('name')
            if v is None:
                x2_3 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x2_3 = v
            v = d2.get('description')
            if v is None:
                x2_4 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x2_4 = v
            v = d2.get('action')
            if v is None:
                x2_5 = None
            else:
                if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                    return None
                x2_5 = v
            o2 = new(MutableStatus)
            o2.group_id = x2_0
            o2.group_name = x2_1
            o2.id = x2_2
            o2.name = x2_3
            o2.description = x2_4
            o2.action = x2_5
            o2.__class__ = Status
            x1_1 = o2
            v = d1.get('smsCount')
            if v is None:
                x1_2 = None
            else:
                if not (type(v) is int and (-9223372036854775808 <= v <= 9223372036854775807)):
                    return None
                x1_2 = v
            v = d1['messageId']
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x1_3 = v
            o1 = new(MutableSentMessage)
            o1.to = x1_0
            o1.status = x1_1
            o1.sms_count = x1_2
            o1.message_id = x1_3
            o1.__class__ = SentMessage
            append0(o1)
        x0_1 = tuple(x0_1)
        o0 = new(MutableSmsResponse)
        o0.bulk_id = x0_0
        o0.messages = x0_1
        o0.__class__ = SmsResponse
    except KeyError:  # a required member is missing
        return None
    return o0


def decode_request_error(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The RequestError of a plainly valid tree, else None."""
    x0_0: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    try:
        if type(d0) is not dict:
            return None
        d1 = d0['serviceException']
        if type(d1) is not dict:
            return None
        v = d1['messageId']
        if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
            return None
        x1_0 = v
        v = d1.get('text')
        if v is None:
            x1_1 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x1_1 = v
        v = d1.get('validationErrors')
        if v is None:
            x1_2 = None
        else:
            x1_2 = fast_string_lists(v, L)
            if x1_2 is None:
                return None
        o1 = new(MutableServiceException)
        o1.message_id = x1_0
        o1.text = x1_1
        o1.validation_errors = x1_2
        o1.__class__ = ServiceException
        x0_0 = o1
        o0 = new(MutableRequestError)
        o0.service_exception = x0_0
        o0.__class__ = RequestError
    except KeyError:  # a required member is missing
        return None
    return o0


def decode_bulk_schedule(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The BulkSchedule of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    try:
        if type(d0) is not dict:
            return None
        v = d0.get('bulkId')
        if v is None:
            x0_0 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_0 = v
        v = d0.get('sendAt')
        if v is None:
            x0_1 = None
        else:
            x0_1 = fast_timestamp(v)
            if x0_1 is None:
                return None
        o0 = new(MutableBulkSchedule)
        o0.bulk_id = x0_0
        o0.send_at = x0_1
        o0.__class__ = BulkSchedule
    except KeyError:  # a required member is missing
        return None
    return o0


def decode_bulk_reschedule_request(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The BulkRescheduleRequest of a plainly valid tree, else None."""
    x0_0: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    seen = tc = 0
    try:
        if type(d0) is not dict:
            return None
        v = d0['sendAt']
        x0_0 = fast_timestamp(v)
        if x0_0 is None:
            return None
        tc += v.count(':')
        if len(d0) != 1:
            return None
        seen += 1
        o0 = new(MutableBulkRescheduleRequest)
        o0.send_at = x0_0
        o0.__class__ = BulkRescheduleRequest
    except KeyError:  # a required member is missing
        return None
    if raw is not None and (raw.count(':') != seen + tc or (tc and dirty and ('\\u003a' in raw or '\\u003A' in raw))):
        return None
    return o0


def decode_bulk_status(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The BulkStatus of a plainly valid tree, else None."""
    x0_0: Any
    x0_1: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    try:
        if type(d0) is not dict:
            return None
        v = d0.get('bulkId')
        if v is None:
            x0_0 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_0 = v
        v = d0.get('status')
        if v is None:
            x0_1 = None
        else:
            if not (type(v) is str and (len(v) <= L.max_string_length) and (not dirty or v.isascii() or is_clean(v))):
                return None
            x0_1 = v
        o0 = new(MutableBulkStatus)
        o0.bulk_id = x0_0
        o0.status = x0_1
        o0.__class__ = BulkStatus
    except KeyError:  # a required member is missing
        return None
    return o0


def decode_bulk_status_update_request(
    d0: Any, L: Limits, raw: str | None = None, utf8: bool = False
) -> Any:
    """The BulkStatusUpdateRequest of a plainly valid tree, else None."""
    x0_0: Any
    dirty = not utf8 or raw is None or ('\\' in raw and '\\u' in raw)
    seen = tc = 0
    try:
        if type(d0) is not dict:
            return None
        v = d0['status']
        if not (type(v) is str and (v in ('CANCELED', 'FAILED', 'FINISHED', 'PAUSED', 'PENDING', 'PROCESSING'))):
            return None
        x0_0 = v
        if ':' in v:
            tc += v.count(':')
        if len(d0) != 1:
            return None
        seen += 1
        o0 = new(MutableBulkStatusUpdateRequest)
        o0.status = x0_0
        o0.__class__ = BulkStatusUpdateRequest
    except KeyError:  # a required member is missing
        return None
    if raw is not None and (raw.count(':') != seen + tc or (tc and dirty and ('\\u003a' in raw or '\\u003A' in raw))):
        return None
    return o0


def check_text_multi_request(d0: Any, L: Limits, R: Report) -> tuple[Any, int]:
    """The TextMultiRequest of a tree, or what its issues in ``R`` leave; with the colons."""
    x0_0: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    dirty = True
    seen = 0
    if type(d0) is not dict:
        seen += colons(d0)
        o0 = walk_object(BODY_TEXT_MULTI_REQUEST, d0, R, None)
    else:
        b0 = False
        k0 = 0
        v = d0.get('messages', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_TEXT_MULTI_REQUEST_MESSAGES)
            b0 = True
        else:
            k0 += 1
            if type(v) is list and 1 <= len(v) <= L.max_messages:
                x0_0 = []
                for i0, d1 in enumerate(v):
                    if type(d1) is not dict:
                        seen += colons(d1)
                        o1 = walk_object(BODY_TEXT_MESSAGE, d1, R, ((None, 'messages'), i0))
                    else:
                        b1 = False
                        k1 = 0
                        v = d1.get('from', MISSING)
                        if v is MISSING:
                            x1_0 = None
                        else:
                            k1 += 1
                            if type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit()))):
                                x1_0 = v
                            else:
                                seen += colons(v)
                                x1_0 = RULE_TEXT_MESSAGE_SENDER(v, R, ((None, 'messages'), i0), 'from')
                                if x1_0 is INVALID:
                                    b1 = True
                        v = d1.get('to', MISSING)
                        if v is MISSING:
                            missing(R, ((None, 'messages'), i0), FIELD_TEXT_MESSAGE_TO)
                            b1 = True
                        else:
                            k1 += 1
                            ok = type(v) is list and 1 <= len(v) <= L.max_destinations
                            if ok:
                                for e in v:
                                    if not (type(e) is str and (e.isascii() and (e.isdigit() and 7 <= len(e) <= 15 and (e[0] != '0') or (e[:1] == '+' and e[1:].isdigit() and (7 < len(e) <= 15 + 1) and (e[1] != '0'))))):
                                        ok = False
                                        break
                            if ok:
                                x1_1 = tuple(v)
                            elif type(v) is str and (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                                x1_1 = (v,)
                            else:
                                seen += colons(v)
                                x1_1 = RULE_TEXT_MESSAGE_TO(v, R, ((None, 'messages'), i0), 'to')
                                if x1_1 is INVALID:
                                    b1 = True
                        v = d1.get('text', MISSING)
                        if v is MISSING:
                            missing(R, ((None, 'messages'), i0), FIELD_TEXT_MESSAGE_TEXT)
                            b1 = True
                        else:
                            k1 += 1
                            if type(v) is str and (0 < len(v) <= L.max_text_length and (len(v) <= 8415 or parts_fit(v))) and (not dirty or v.isascii() or is_clean(v)):
                                x1_2 = v
                                if ':' in v:
                                    seen += v.count(':')
                            else:
                                seen += colons(v)
                                x1_2 = RULE_TEXT_MESSAGE_TEXT(v, R, ((None, 'messages'), i0), 'text')
                                if x1_2 is INVALID:
                                    b1 = True
                        seen += len(d1)
                        if k1 != len(d1):
                            unknown(BODY_TEXT_MESSAGE, d1, R, ((None, 'messages'), i0))
                            b1 = True
                            seen += sum(k.count(':') + colons(d1[k]) for k in d1 if k not in KNOWN_TEXT_MESSAGE)
                        if b1:
                            o1 = INVALID
                        elif R.issues or R.more:
                            o1 = UNBUILT
                        else:
                            o1 = new(MutableTextMessage)
                            o1.sender = x1_0
                            o1.to = x1_1
                            o1.text = x1_2
                            o1.__class__ = TextMessage
                    if o1 is INVALID:
                        b0 = True
                    x0_0.append(o1)
                x0_0 = tuple(x0_0)
            else:
                seen += colons(v)
                x0_0 = RULE_TEXT_MULTI_REQUEST_MESSAGES(v, R, None, 'messages')
                if x0_0 is INVALID:
                    b0 = True
        seen += len(d0)
        if k0 != len(d0):
            unknown(BODY_TEXT_MULTI_REQUEST, d0, R, None)
            b0 = True
            seen += sum(k.count(':') + colons(d0[k]) for k in d0 if k not in KNOWN_TEXT_MULTI_REQUEST)
        if b0:
            o0 = INVALID
        elif R.issues or R.more:
            o0 = UNBUILT
        else:
            o0 = new(MutableTextMultiRequest)
            o0.messages = x0_0
            o0.__class__ = TextMultiRequest
    return o0, seen


def check_binary_multi_request(d0: Any, L: Limits, R: Report) -> tuple[Any, int]:
    """The BinaryMultiRequest of a tree, or what its issues in ``R`` leave; with the colons."""
    x0_0: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    x2_0: Any
    x2_1: Any
    x2_2: Any
    seen = 0
    if type(d0) is not dict:
        seen += colons(d0)
        o0 = walk_object(BODY_BINARY_MULTI_REQUEST, d0, R, None)
    else:
        b0 = False
        k0 = 0
        v = d0.get('messages', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_BINARY_MULTI_REQUEST_MESSAGES)
            b0 = True
        else:
            k0 += 1
            if type(v) is list and 1 <= len(v) <= L.max_messages:
                x0_0 = []
                for i0, d1 in enumerate(v):
                    if type(d1) is not dict:
                        seen += colons(d1)
                        o1 = walk_object(BODY_BINARY_MESSAGE, d1, R, ((None, 'messages'), i0))
                    else:
                        b1 = False
                        k1 = 0
                        v = d1.get('from', MISSING)
                        if v is MISSING:
                            x1_0 = None
                        else:
                            k1 += 1
                            if type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit()))):
                                x1_0 = v
                            else:
                                seen += colons(v)
                                x1_0 = RULE_BINARY_MESSAGE_SENDER(v, R, ((None, 'messages'), i0), 'from')
                                if x1_0 is INVALID:
                                    b1 = True
                        v = d1.get('to', MISSING)
                        if v is MISSING:
                            missing(R, ((None, 'messages'), i0), FIELD_BINARY_MESSAGE_TO)
                            b1 = True
                        else:
                            k1 += 1
                            ok = type(v) is list and 1 <= len(v) <= L.max_destinations
                            if ok:
                                for e in v:
                                    if not (type(e) is str and (e.isascii() and (e.isdigit() and 7 <= len(e) <= 15 and (e[0] != '0') or (e[:1] == '+' and e[1:].isdigit() and (7 < len(e) <= 15 + 1) and (e[1] != '0'))))):
                                        ok = False
                                        break
                            if ok:
                                x1_1 = tuple(v)
                            elif type(v) is str and (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                                x1_1 = (v,)
                            else:
                                seen += colons(v)
                                x1_1 = RULE_BINARY_MESSAGE_TO(v, R, ((None, 'messages'), i0), 'to')
                                if x1_1 is INVALID:
                                    b1 = True
                        d2 = d1.get('binary', MISSING)
                        if d2 is MISSING:
                            missing(R, ((None, 'messages'), i0), FIELD_BINARY_MESSAGE_BINARY)
                            b1 = True
                        else:
                            k1 += 1
                            if type(d2) is not dict:
                                seen += colons(d2)
                                o2 = walk_object(BODY_BINARY_CONTENT, d2, R, (((None, 'messages'), i0), 'binary'))
                            else:
                                b2 = False
                                k2 = 0
                                v = d2.get('hex', MISSING)
                                if v is MISSING:
                                    missing(R, (((None, 'messages'), i0), 'binary'), FIELD_BINARY_CONTENT_HEX)
                                    b2 = True
                                else:
                                    k2 += 1
                                    x2_0 = parse_hex(v) if type(v) is str and (len(v) < 3 * L.max_payload_octets) else None
                                    if x2_0 is None:
                                        seen += colons(v)
                                        x2_0 = RULE_BINARY_CONTENT_HEX(v, R, (((None, 'messages'), i0), 'binary'), 'hex')
                                        if x2_0 is INVALID:
                                            b2 = True
                                v = d2.get('dataCoding', MISSING)
                                if v is MISSING:
                                    x2_1 = 0
                                else:
                                    k2 += 1
                                    if type(v) is int and (0 <= v <= 255):
                                        x2_1 = v
                                    else:
                                        seen += colons(v)
                                        x2_1 = RULE_BINARY_CONTENT_DATA_CODING(v, R, (((None, 'messages'), i0), 'binary'), 'dataCoding')
                                        if x2_1 is INVALID:
                                            b2 = True
                                v = d2.get('esmClass', MISSING)
                                if v is MISSING:
                                    x2_2 = 0
                                else:
                                    k2 += 1
                                    if type(v) is int and (0 <= v <= 255):
                                        x2_2 = v
                                    else:
                                        seen += colons(v)
                                        x2_2 = RULE_BINARY_CONTENT_ESM_CLASS(v, R, (((None, 'messages'), i0), 'binary'), 'esmClass')
                                        if x2_2 is INVALID:
                                            b2 = True
                                seen += len(d2)
                                if k2 != len(d2):
                                    unknown(BODY_BINARY_CONTENT, d2, R, (((None, 'messages'), i0), 'binary'))
                                    b2 = True
                                    seen += sum(k.count(':') + colons(d2[k]) for k in d2 if k not in KNOWN_BINARY_CONTENT)
                                if b2 or (not (udh_fits(x2_0, x2_1, x2_2) if x2_2 & 64 else 0 < len(x2_0) <= 34170 and (x2_0.isascii() if x2_1 in (0, 1) else x2_1 != 8 or not len(x2_0) % 2)) and not CHECK_BINARY_CONTENT({'hex': x2_0, 'data_coding': x2_1, 'esm_class': x2_2}, R, (((None, 'messages'), i0), 'binary'))):
                                    o2 = INVALID
                                elif R.issues or R.more:
                                    o2 = UNBUILT
                                else:
                                    o2 = new(MutableBinaryContent)
                                    o2.hex = x2_0
                                    o2.data_coding = x2_1
                                    o2.esm_class = x2_2
                                    o2.__class__ = BinaryContent
                            x1_2 = o2
                            if x1_2 is INVALID:
                                b1 = True
                        seen += len(d1)
                        if k1 != len(d1):
                            unknown(BODY_BINARY_MESSAGE, d1, R, ((None, 'messages'), i0))
                            b1 = True
                            seen += sum(k.count(':') + colons(d1[k]) for k in d1 if k not in KNOWN_BINARY_MESSAGE)
                        if b1:
                            o1 = INVALID
                        elif R.issues or R.more:
                            o1 = UNBUILT
                        else:
                            o1 = new(MutableBinaryMessage)
                            o1.sender = x1_0
                            o1.to = x1_1
                            o1.binary = x1_2
                            o1.__class__ = BinaryMessage
                    if o1 is INVALID:
                        b0 = True
                    x0_0.append(o1)
                x0_0 = tuple(x0_0)
            else:
                seen += colons(v)
                x0_0 = RULE_BINARY_MULTI_REQUEST_MESSAGES(v, R, None, 'messages')
                if x0_0 is INVALID:
                    b0 = True
        seen += len(d0)
        if k0 != len(d0):
            unknown(BODY_BINARY_MULTI_REQUEST, d0, R, None)
            b0 = True
            seen += sum(k.count(':') + colons(d0[k]) for k in d0 if k not in KNOWN_BINARY_MULTI_REQUEST)
        if b0:
            o0 = INVALID
        elif R.issues or R.more:
            o0 = UNBUILT
        else:
            o0 = new(MutableBinaryMultiRequest)
            o0.messages = x0_0
            o0.__class__ = BinaryMultiRequest
    return o0, seen


def check_text_single_request(d0: Any, L: Limits, R: Report) -> tuple[Any, int]:
    """The TextSingleRequest of a tree, or what its issues in ``R`` leave; with the colons."""
    x0_0: Any
    x0_1: Any
    x0_2: Any
    dirty = True
    seen = 0
    if type(d0) is not dict:
        seen += colons(d0)
        o0 = walk_object(BODY_TEXT_SINGLE_REQUEST, d0, R, None)
    else:
        b0 = False
        k0 = 0
        v = d0.get('from', MISSING)
        if v is MISSING:
            x0_0 = None
        else:
            k0 += 1
            if type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit()))):
                x0_0 = v
            else:
                seen += colons(v)
                x0_0 = RULE_TEXT_SINGLE_REQUEST_SENDER(v, R, None, 'from')
                if x0_0 is INVALID:
                    b0 = True
        v = d0.get('to', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_TEXT_SINGLE_REQUEST_TO)
            b0 = True
        else:
            k0 += 1
            ok = type(v) is list and 1 <= len(v) <= L.max_destinations
            if ok:
                for e in v:
                    if not (type(e) is str and (e.isascii() and (e.isdigit() and 7 <= len(e) <= 15 and (e[0] != '0') or (e[:1] == '+' and e[1:].isdigit() and (7 < len(e) <= 15 + 1) and (e[1] != '0'))))):
                        ok = False
                        break
            if ok:
                x0_1 = tuple(v)
            elif type(v) is str and (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                x0_1 = (v,)
            else:
                seen += colons(v)
                x0_1 = RULE_TEXT_SINGLE_REQUEST_TO(v, R, None, 'to')
                if x0_1 is INVALID:
                    b0 = True
        v = d0.get('text', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_TEXT_SINGLE_REQUEST_TEXT)
            b0 = True
        else:
            k0 += 1
            if type(v) is str and (0 < len(v) <= L.max_text_length and (len(v) <= 8415 or parts_fit(v))) and (not dirty or v.isascii() or is_clean(v)):
                x0_2 = v
                if ':' in v:
                    seen += v.count(':')
            else:
                seen += colons(v)
                x0_2 = RULE_TEXT_SINGLE_REQUEST_TEXT(v, R, None, 'text')
                if x0_2 is INVALID:
                    b0 = True
        seen += len(d0)
        if k0 != len(d0):
            unknown(BODY_TEXT_SINGLE_REQUEST, d0, R, None)
            b0 = True
            seen += sum(k.count(':') + colons(d0[k]) for k in d0 if k not in KNOWN_TEXT_SINGLE_REQUEST)
        if b0:
            o0 = INVALID
        elif R.issues or R.more:
            o0 = UNBUILT
        else:
            o0 = new(MutableTextSingleRequest)
            o0.sender = x0_0
            o0.to = x0_1
            o0.text = x0_2
            o0.__class__ = TextSingleRequest
    return o0, seen


def check_binary_single_request(d0: Any, L: Limits, R: Report) -> tuple[Any, int]:
    """The BinarySingleRequest of a tree, or what its issues in ``R`` leave; with the colons."""
    x0_0: Any
    x0_1: Any
    x0_2: Any
    x1_0: Any
    x1_1: Any
    x1_2: Any
    seen = 0
    if type(d0) is not dict:
        seen += colons(d0)
        o0 = walk_object(BODY_BINARY_SINGLE_REQUEST, d0, R, None)
    else:
        b0 = False
        k0 = 0
        v = d0.get('from', MISSING)
        if v is MISSING:
            x0_0 = None
        else:
            k0 += 1
            if type(v) is str and (v.isascii() and (3 <= len(v) <= 14 if v.isdigit() else 3 <= len(v) <= 11 and v[0] != ' ' and (v[-1] != ' ') and (b := v.replace(' ', '')).isalnum() and (not b.isdigit()))):
                x0_0 = v
            else:
                seen += colons(v)
                x0_0 = RULE_BINARY_SINGLE_REQUEST_SENDER(v, R, None, 'from')
                if x0_0 is INVALID:
                    b0 = True
        v = d0.get('to', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_BINARY_SINGLE_REQUEST_TO)
            b0 = True
        else:
            k0 += 1
            ok = type(v) is list and 1 <= len(v) <= L.max_destinations
            if ok:
                for e in v:
                    if not (type(e) is str and (e.isascii() and (e.isdigit() and 7 <= len(e) <= 15 and (e[0] != '0') or (e[:1] == '+' and e[1:].isdigit() and (7 < len(e) <= 15 + 1) and (e[1] != '0'))))):
                        ok = False
                        break
            if ok:
                x0_1 = tuple(v)
            elif type(v) is str and (v.isascii() and (v.isdigit() and 7 <= len(v) <= 15 and (v[0] != '0') or (v[:1] == '+' and v[1:].isdigit() and (7 < len(v) <= 15 + 1) and (v[1] != '0')))):
                x0_1 = (v,)
            else:
                seen += colons(v)
                x0_1 = RULE_BINARY_SINGLE_REQUEST_TO(v, R, None, 'to')
                if x0_1 is INVALID:
                    b0 = True
        d1 = d0.get('binary', MISSING)
        if d1 is MISSING:
            missing(R, None, FIELD_BINARY_SINGLE_REQUEST_BINARY)
            b0 = True
        else:
            k0 += 1
            if type(d1) is not dict:
                seen += colons(d1)
                o1 = walk_object(BODY_BINARY_CONTENT, d1, R, (None, 'binary'))
            else:
                b1 = False
                k1 = 0
                v = d1.get('hex', MISSING)
                if v is MISSING:
                    missing(R, (None, 'binary'), FIELD_BINARY_CONTENT_HEX)
                    b1 = True
                else:
                    k1 += 1
                    x1_0 = parse_hex(v) if type(v) is str and (len(v) < 3 * L.max_payload_octets) else None
                    if x1_0 is None:
                        seen += colons(v)
                        x1_0 = RULE_BINARY_CONTENT_HEX(v, R, (None, 'binary'), 'hex')
                        if x1_0 is INVALID:
                            b1 = True
                v = d1.get('dataCoding', MISSING)
                if v is MISSING:
                    x1_1 = 0
                else:
                    k1 += 1
                    if type(v) is int and (0 <= v <= 255):
                        x1_1 = v
                    else:
                        seen += colons(v)
                        x1_1 = RULE_BINARY_CONTENT_DATA_CODING(v, R, (None, 'binary'), 'dataCoding')
                        if x1_1 is INVALID:
                            b1 = True
                v = d1.get('esmClass', MISSING)
                if v is MISSING:
                    x1_2 = 0
                else:
                    k1 += 1
                    if type(v) is int and (0 <= v <= 255):
                        x1_2 = v
                    else:
                        seen += colons(v)
                        x1_2 = RULE_BINARY_CONTENT_ESM_CLASS(v, R, (None, 'binary'), 'esmClass')
                        if x1_2 is INVALID:
                            b1 = True
                seen += len(d1)
                if k1 != len(d1):
                    unknown(BODY_BINARY_CONTENT, d1, R, (None, 'binary'))
                    b1 = True
                    seen += sum(k.count(':') + colons(d1[k]) for k in d1 if k not in KNOWN_BINARY_CONTENT)
                if b1 or (not (udh_fits(x1_0, x1_1, x1_2) if x1_2 & 64 else 0 < len(x1_0) <= 34170 and (x1_0.isascii() if x1_1 in (0, 1) else x1_1 != 8 or not len(x1_0) % 2)) and not CHECK_BINARY_CONTENT({'hex': x1_0, 'data_coding': x1_1, 'esm_class': x1_2}, R, (None, 'binary'))):
                    o1 = INVALID
                elif R.issues or R.more:
                    o1 = UNBUILT
                else:
                    o1 = new(MutableBinaryContent)
                    o1.hex = x1_0
                    o1.data_coding = x1_1
                    o1.esm_class = x1_2
                    o1.__class__ = BinaryContent
            x0_2 = o1
            if x0_2 is INVALID:
                b0 = True
        seen += len(d0)
        if k0 != len(d0):
            unknown(BODY_BINARY_SINGLE_REQUEST, d0, R, None)
            b0 = True
            seen += sum(k.count(':') + colons(d0[k]) for k in d0 if k not in KNOWN_BINARY_SINGLE_REQUEST)
        if b0:
            o0 = INVALID
        elif R.issues or R.more:
            o0 = UNBUILT
        else:
            o0 = new(MutableBinarySingleRequest)
            o0.sender = x0_0
            o0.to = x0_1
            o0.binary = x0_2
            o0.__class__ = BinarySingleRequest
    return o0, seen


def check_bulk_reschedule_request(d0: Any, L: Limits, R: Report) -> tuple[Any, int]:
    """The BulkRescheduleRequest of a tree, or what its issues in ``R`` leave; with the colons."""
    x0_0: Any
    seen = 0
    if type(d0) is not dict:
        seen += colons(d0)
        o0 = walk_object(BODY_BULK_RESCHEDULE_REQUEST, d0, R, None)
    else:
        b0 = False
        k0 = 0
        v = d0.get('sendAt', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_BULK_RESCHEDULE_REQUEST_SEND_AT)
            b0 = True
        else:
            k0 += 1
            x0_0 = fast_timestamp(v)
            if x0_0 is None:
                seen += colons(v)
                x0_0 = RULE_BULK_RESCHEDULE_REQUEST_SEND_AT(v, R, None, 'sendAt')
                if x0_0 is INVALID:
                    b0 = True
            else:
                seen += v.count(':')
        seen += len(d0)
        if k0 != len(d0):
            unknown(BODY_BULK_RESCHEDULE_REQUEST, d0, R, None)
            b0 = True
            seen += sum(k.count(':') + colons(d0[k]) for k in d0 if k not in KNOWN_BULK_RESCHEDULE_REQUEST)
        if b0:
            o0 = INVALID
        elif R.issues or R.more:
            o0 = UNBUILT
        else:
            o0 = new(MutableBulkRescheduleRequest)
            o0.send_at = x0_0
            o0.__class__ = BulkRescheduleRequest
    return o0, seen


def check_bulk_status_update_request(d0: Any, L: Limits, R: Report) -> tuple[Any, int]:
    """The BulkStatusUpdateRequest of a tree, or what its issues in ``R`` leave; with the colons."""
    x0_0: Any
    seen = 0
    if type(d0) is not dict:
        seen += colons(d0)
        o0 = walk_object(BODY_BULK_STATUS_UPDATE_REQUEST, d0, R, None)
    else:
        b0 = False
        k0 = 0
        v = d0.get('status', MISSING)
        if v is MISSING:
            missing(R, None, FIELD_BULK_STATUS_UPDATE_REQUEST_STATUS)
            b0 = True
        else:
            k0 += 1
            if type(v) is str and (v in ('CANCELED', 'FAILED', 'FINISHED', 'PAUSED', 'PENDING', 'PROCESSING')):
                x0_0 = v
                if ':' in v:
                    seen += v.count(':')
            else:
                seen += colons(v)
                x0_0 = RULE_BULK_STATUS_UPDATE_REQUEST_STATUS(v, R, None, 'status')
                if x0_0 is INVALID:
                    b0 = True
        seen += len(d0)
        if k0 != len(d0):
            unknown(BODY_BULK_STATUS_UPDATE_REQUEST, d0, R, None)
            b0 = True
            seen += sum(k.count(':') + colons(d0[k]) for k in d0 if k not in KNOWN_BULK_STATUS_UPDATE_REQUEST)
        if b0:
            o0 = INVALID
        elif R.issues or R.more:
            o0 = UNBUILT
        else:
            o0 = new(MutableBulkStatusUpdateRequest)
            o0.status = x0_0
            o0.__class__ = BulkStatusUpdateRequest
    return o0, seen


def _encode_text_message(o: TextMessage) -> str:
    """The canonical JSON of a TextMessage, an item of an array."""
    v0 = o.sender
    ev0 = f'"from":"{v0}",' if v0 is not None else ''
    v1 = o.to
    wv1 = f'"{v1[0]}"' if len(v1) == 1 else '["' + '","'.join(v1) + '"]'
    v2 = o.text
    return f'{{{ev0}"to":{wv1},"text":{encode_text(v2)}}}'


def encode_text_multi_request(o: TextMultiRequest) -> bytes:
    """The canonical JSON of a TextMultiRequest."""
    v0 = o.messages
    return b''.join((b'{"messages":[', b','.join([_encode_text_message(x).encode() for x in v0]), b']}'))


def _encode_binary_message(o: BinaryMessage) -> str:
    """The canonical JSON of a BinaryMessage, an item of an array."""
    v0 = o.sender
    ev0 = f'"from":"{v0}",' if v0 is not None else ''
    v1 = o.to
    wv1 = f'"{v1[0]}"' if len(v1) == 1 else '["' + '","'.join(v1) + '"]'
    v2 = o.binary
    v2_0 = v2.hex
    v2_1 = v2.data_coding
    v2_2 = v2.esm_class
    return f'{{{ev0}"to":{wv1},"binary":{{"hex":"{v2_0.hex(" ")}","dataCoding":{v2_1},"esmClass":{v2_2}}}}}'


def encode_binary_multi_request(o: BinaryMultiRequest) -> bytes:
    """The canonical JSON of a BinaryMultiRequest."""
    v0 = o.messages
    return b''.join((b'{"messages":[', b','.join([_encode_binary_message(x).encode() for x in v0]), b']}'))


def encode_text_single_request(o: TextSingleRequest) -> bytes:
    """The canonical JSON of a TextSingleRequest."""
    v0 = o.sender
    ev0 = f'"from":"{v0}",' if v0 is not None else ''
    v1 = o.to
    wv1 = f'"{v1[0]}"' if len(v1) == 1 else '["' + '","'.join(v1) + '"]'
    v2 = o.text
    return f'{{{ev0}"to":{wv1},"text":{encode_text(v2)}}}'.encode()


def encode_binary_single_request(o: BinarySingleRequest) -> bytes:
    """The canonical JSON of a BinarySingleRequest."""
    v0 = o.sender
    ev0 = f'"from":"{v0}",' if v0 is not None else ''
    v1 = o.to
    wv1 = f'"{v1[0]}"' if len(v1) == 1 else '["' + '","'.join(v1) + '"]'
    v2 = o.binary
    v2_0 = v2.hex
    v2_1 = v2.data_coding
    v2_2 = v2.esm_class
    return f'{{{ev0}"to":{wv1},"binary":{{"hex":"{v2_0.hex(" ")}","dataCoding":{v2_1},"esmClass":{v2_2}}}}}'.encode()


def _encode_sent_message(o: SentMessage) -> str:
    """The canonical JSON of a SentMessage, an item of an array."""
    v0 = o.to
    ev0 = f'"to":{encode_text(v0)},' if v0 is not None else ''
    v1 = o.status
    v1_0 = v1.group_id
    v1_1 = v1.group_name
    ev1_1 = f',"groupName":{encode_text(v1_1)}' if v1_1 is not None else ''
    v1_2 = v1.id
    v1_3 = v1.name
    ev1_3 = f',"name":{encode_text(v1_3)}' if v1_3 is not None else ''
    v1_4 = v1.description
    ev1_4 = f',"description":{encode_text(v1_4)}' if v1_4 is not None else ''
    v1_5 = v1.action
    ev1_5 = f',"action":{encode_text(v1_5)}' if v1_5 is not None else ''
    v2 = o.sms_count
    ev2 = f',"smsCount":{v2}' if v2 is not None else ''
    v3 = o.message_id
    return f'{{{ev0}"status":{{"groupId":{v1_0}{ev1_1},"id":{v1_2}{ev1_3}{ev1_4}{ev1_5}}}{ev2},"messageId":{encode_text(v3)}}}'


def encode_sms_response(o: SmsResponse) -> bytes:
    """The canonical JSON of a SmsResponse."""
    v0 = o.bulk_id
    ev0 = f'"bulkId":{encode_text(v0)},' if v0 is not None else ''
    v1 = o.messages
    return b''.join((f'{{{ev0}"messages":['.encode(), b','.join([_encode_sent_message(x).encode() for x in v1]), b']}'))


def encode_request_error(o: RequestError) -> bytes:
    """The canonical JSON of a RequestError."""
    v0 = o.service_exception
    v0_0 = v0.message_id
    v0_1 = v0.text
    ev0_1 = f',"text":{encode_text(v0_1)}' if v0_1 is not None else ''
    v0_2 = v0.validation_errors
    ev0_2 = f',"validationErrors":{string_lists_json(v0_2)}' if v0_2 is not None else ''
    return f'{{"serviceException":{{"messageId":{encode_text(v0_0)}{ev0_1}{ev0_2}}}}}'.encode()


def encode_bulk_schedule(o: BulkSchedule) -> bytes:
    """The canonical JSON of a BulkSchedule."""
    v0 = o.bulk_id
    ev0 = f'"bulkId":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.send_at
    ev1 = f'"sendAt":"{timestamp_text(v1)}"' if v1 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1,)))}}}'.encode()


def encode_bulk_reschedule_request(o: BulkRescheduleRequest) -> bytes:
    """The canonical JSON of a BulkRescheduleRequest."""
    v0 = o.send_at
    return f'{{"sendAt":"{timestamp_text(v0)}"}}'.encode()


def encode_bulk_status(o: BulkStatus) -> bytes:
    """The canonical JSON of a BulkStatus."""
    v0 = o.bulk_id
    ev0 = f'"bulkId":{encode_text(v0)}' if v0 is not None else ''
    v1 = o.status
    ev1 = f'"status":{encode_text(v1)}' if v1 is not None else ''
    return f'{{{",".join(filter(None, (ev0, ev1,)))}}}'.encode()


def encode_bulk_status_update_request(o: BulkStatusUpdateRequest) -> bytes:
    """The canonical JSON of a BulkStatusUpdateRequest."""
    v0 = o.status
    return f'{{"status":{encode_text(v0)}}}'.encode()


#: Model class to its decoder (see smscodec._fastpath).
DECODERS: dict[type[Any], Callable[..., Any]] = {
    TextMultiRequest: decode_text_multi_request,
    BinaryMultiRequest: decode_binary_multi_request,
    TextSingleRequest: decode_text_single_request,
    BinarySingleRequest: decode_binary_single_request,
    SmsResponse: decode_sms_response,
    RequestError: decode_request_error,
    BulkSchedule: decode_bulk_schedule,
    BulkRescheduleRequest: decode_bulk_reschedule_request,
    BulkStatus: decode_bulk_status,
    BulkStatusUpdateRequest: decode_bulk_status_update_request,
}
#: Model class to its checker (see smscodec._fastpath).
CHECKERS: dict[type[Any], Callable[..., Any]] = {
    TextMultiRequest: check_text_multi_request,
    BinaryMultiRequest: check_binary_multi_request,
    TextSingleRequest: check_text_single_request,
    BinarySingleRequest: check_binary_single_request,
    BulkRescheduleRequest: check_bulk_reschedule_request,
    BulkStatusUpdateRequest: check_bulk_status_update_request,
}
#: Model class to its encoder (see smscodec._fastpath).
ENCODERS: dict[type[Any], Callable[..., Any]] = {
    TextMultiRequest: encode_text_multi_request,
    BinaryMultiRequest: encode_binary_multi_request,
    TextSingleRequest: encode_text_single_request,
    BinarySingleRequest: encode_binary_single_request,
    SmsResponse: encode_sms_response,
    RequestError: encode_request_error,
    BulkSchedule: encode_bulk_schedule,
    BulkRescheduleRequest: encode_bulk_reschedule_request,
    BulkStatus: encode_bulk_status,
    BulkStatusUpdateRequest: encode_bulk_status_update_request,
}
