"""smscodec: codec and validation for SMS API bodies, in JSON and XML, with segment counting."""

from ._version import __version__
from .api import Format, decode, encode, error_body, format_for_content_type
from .cost import sms_count
from .errors import DecodeError, EncodeError, Issue, SmsCodecError, ValidationError
from .issue_codes import IssueCode
from .limits import Limits
from .models import (
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
from .segments import BinarySegments, TextSegments, count_binary_segments, count_segments
from .shipped_schemas import schema
from .suggest import Suggestion, suggest_gsm

__all__ = [
    "BinaryContent",
    "BinaryMessage",
    "BinaryMultiRequest",
    "BinarySegments",
    "BinarySingleRequest",
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
