"""smscodec: codec and validation for SMS API bodies, in JSON and XML, with segment counting."""

from ._api import Format, decode, encode, error_body, format_for_content_type, sms_count
from ._api_advanced import check_send_at
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
from ._spec.models_v2 import (
    AdvancedBinaryMessage,
    AdvancedTextMessage,
    BinaryAdvancedRequest,
    DeliveryTime,
    DeliveryTimeWindow,
    Destination,
    IndiaDltOptions,
    RegionalOptions,
    SendingSpeedLimit,
    SmsLanguage,
    SouthKoreaOptions,
    TextAdvancedRequest,
    Tracking,
    TurkeyIysOptions,
    UrlOptions,
)
from ._version import __version__

__all__ = [
    "AdvancedBinaryMessage",
    "AdvancedTextMessage",
    "BinaryAdvancedRequest",
    "BinaryContent",
    "BinaryMessage",
    "BinaryMultiRequest",
    "BinarySegments",
    "BinarySingleRequest",
    "DecodeError",
    "DeliveryTime",
    "DeliveryTimeWindow",
    "Destination",
    "EncodeError",
    "Format",
    "IndiaDltOptions",
    "Issue",
    "IssueCode",
    "Limits",
    "RegionalOptions",
    "RequestError",
    "SendingSpeedLimit",
    "SentMessage",
    "ServiceException",
    "SmsCodecError",
    "SmsLanguage",
    "SmsResponse",
    "SouthKoreaOptions",
    "Status",
    "Suggestion",
    "TextAdvancedRequest",
    "TextMessage",
    "TextMultiRequest",
    "TextSegments",
    "TextSingleRequest",
    "Tracking",
    "TurkeyIysOptions",
    "UrlOptions",
    "ValidationError",
    "__version__",
    "check_send_at",
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
