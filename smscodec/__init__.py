"""smscodec: codec and validation for SMS API bodies, in JSON and XML, with segment counting."""

from ._version import __version__
from .api import Format, decode, encode, error_body, format_for_content_type
from .errors import DecodeError, EncodeError, Issue, SmsCodecError, ValidationError
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

__all__ = [
    "BinaryContent",
    "BinaryMessage",
    "BinaryMultiRequest",
    "BinarySingleRequest",
    "DecodeError",
    "EncodeError",
    "Format",
    "Issue",
    "Limits",
    "RequestError",
    "SentMessage",
    "ServiceException",
    "SmsCodecError",
    "SmsResponse",
    "Status",
    "TextMessage",
    "TextMultiRequest",
    "TextSingleRequest",
    "ValidationError",
    "__version__",
    "decode",
    "encode",
    "error_body",
    "format_for_content_type",
]
