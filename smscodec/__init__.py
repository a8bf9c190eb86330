"""smscodec: codec and validation for SMS API bodies, in JSON and XML, with segment counting."""

from ._api import Format, decode, encode, error_body, format_for_content_type, sms_count
from ._core.errors import DecodeError, EncodeError, Issue, SmsCodecError, ValidationError
from ._core.issue_codes import IssueCode
from ._core.limits import Limits
from ._shipped_schemas import schema
from ._sms.segments import BinarySegments, TextSegments, count_binary_segments, count_segments
from ._sms.suggest import Suggestion, suggest_gsm
from ._spec.models import (
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
from ._spec.models_bulks import (
    BulkRescheduleRequest,
    BulkSchedule,
    BulkStatus,
    BulkStatusUpdateRequest,
)
from ._version import __version__

__all__ = [
    "BinaryContent",
    "BinaryMessage",
    "BinaryMultiRequest",
    "BinarySegments",
    "BinarySingleRequest",
    "BulkRescheduleRequest",
    "BulkSchedule",
    "BulkStatus",
    "BulkStatusUpdateRequest",
    "DecodeError",
    "EncodeError",
    "Format",
    "Issue",
    "IssueCode",
    "Limits",
    "RequestError",
    "SentMessage",
    "ServiceException",
    "SmsCodecError",
    "SmsResponse",
    "Status",
    "Suggestion",
    "TextMessage",
    "TextMultiRequest",
    "TextSegments",
    "TextSingleRequest",
    "ValidationError",
    "__version__",
    "count_binary_segments",
    "count_segments",
    "decode",
    "encode",
    "error_body",
    "format_for_content_type",
    "schema",
    "sms_count",
    "suggest_gsm",
]
