"""The calls a program makes: `decode`, `encode`, and the helpers a gateway needs."""

from __future__ import annotations

from typing import Any, Literal, TypeVar, cast, overload

from ._api_advanced import advanced_sms_count, text_sms_count
from ._core.errors import DecodeError, Issue, SmsCodecError, ValidationError
from ._core.limits import Limits
from ._json import codec as jsoncodec
from ._sms.segments import count_binary_segments, count_segments
from ._spec.bodies import BODY_OF, kind_of
from ._spec.errors_v3 import api_error
from ._spec.models import (
    BinaryMessage,
    BinarySingleRequest,
    RequestError,
    ServiceException,
    TextMessage,
    TextSingleRequest,
)
from ._spec.models_v2 import AdvancedBinaryMessage, AdvancedTextMessage
from ._spec.models_v3 import ApiError, SmsMessage, SmsTextContent

__all__ = ["Format", "decode", "encode", "error_body", "format_for_content_type", "sms_count"]

Format = Literal["json", "xml"]
T = TypeVar("T")

_DEFAULT_LIMITS = Limits()


def decode(
    data: bytes | str,
    type: type[T],
    *,
    format: Format = "json",
    limits: Limits | None = None,
    strict: bool = False,
) -> T:
    """Decode and validate a body into a model of ``type``.

    Raises `DecodeError` when ``data`` is not a body at all and `ValidationError` (listing every
    issue, with paths) when it breaks the wire rules; never any other exception for bad data.
    Requests are always checked strictly; for responses and error bodies ``strict=True`` also
    reports unknown fields, inconsistent status groups and an ``smsCount`` below 1.
    """
    body = BODY_OF.get(type)
    if body is None or body.name is None:
        body = kind_of(type)  # raises TypeError naming the body types
    limits = limits or _DEFAULT_LIMITS
    if format == "json":
        return cast(T, jsoncodec.decode(data, body, limits, strict=strict))
    if format == "xml":
        from ._xml import codec as xmlcodec

        return cast(T, xmlcodec.decode(data, body, limits, strict=strict))
    raise ValueError(f"format must be 'json' or 'xml', not {format!r}")


def encode(obj: Any, *, format: Format = "json") -> bytes:
    """The canonical bytes of a model in ``format``; `EncodeError` if it cannot be carried."""
    body = kind_of(obj.__class__)
    if format == "json":
        return jsoncodec.write(obj, body)
    if format == "xml":
        from ._xml import codec as xmlcodec

        written: bytes = xmlcodec.write(obj, body)
        return written
    raise ValueError(f"format must be 'json' or 'xml', not {format!r}")


_MEDIA_TYPES: dict[str, Format] = {
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}


def format_for_content_type(content_type: str) -> Format:
    """The format of an HTTP Content-Type such as ``application/json; charset=utf-8``.

    Media types compare case-insensitively and parameters are ignored, except a charset other
    than UTF-8 on JSON (RFC 8259 requires UTF-8). Anything else is a `DecodeError` with code
    ``media_type.unsupported``, which a gateway answers with 415.
    """
    media, _, params = content_type.partition(";")
    media = media.strip().lower()
    fmt = _MEDIA_TYPES.get(media)
    if fmt is None and media.endswith("+json"):
        fmt = "json"
    elif fmt is None and media.endswith("+xml"):
        fmt = "xml"
    if fmt is None:
        raise DecodeError(
            [
                Issue(
                    path="",
                    code="media_type.unsupported",
                    message=f"the media type {content_type[:80]!r} is not supported; send "
                    "application/json, application/xml or text/xml",
                )
            ]
        )
    if fmt == "json":
        for param in params.split(";"):
            name, _, value = param.partition("=")
            charset = value.strip().strip('"').lower()
            if name.strip().lower() == "charset" and charset not in ("utf-8", "utf8"):
                raise DecodeError(
                    [
                        Issue(
                            path="",
                            code="media_type.charset",
                            message=f"JSON must be UTF-8, not {value.strip()[:40]!r}",
                        )
                    ]
                )
    return fmt


@overload
def error_body(
    error: SmsCodecError, *, message_id: str = ..., style: Literal["v2"] = ...
) -> RequestError: ...
@overload
def error_body(
    error: SmsCodecError, *, message_id: str = ..., style: Literal["v3"]
) -> ApiError: ...
def error_body(
    error: SmsCodecError, *, message_id: str = "BAD_REQUEST", style: Literal["v2", "v3"] = "v2"
) -> RequestError | ApiError:
    """The API's own error body for a failed decode, ready to `encode` in either format.

    ``style="v2"`` (the v1 and v2 endpoints) gives a `RequestError`: the text lists every issue
    as ``path: message`` so the sender learns all of them at once, and ``validationErrors``
    holds the same by path (the JSON Pointer of the issue, ``""`` for the whole body): each
    path's messages, in the order found.

    ``style="v3"`` (``/sms/3/...``) gives an `ApiError` with ``errorCode`` ``E400``, as the
    description's 400 example has it, and one violation per issue: the issue's path written as
    the v3 API writes a property (``/messages/0/destinations/0/to`` is
    ``messages[0].destinations[0].to``; see `smscodec._spec.errors_v3.property_of`) and the
    issue's message. ``message_id`` is v2's only.
    """
    if style == "v3":
        return api_error(error)
    if style != "v2":
        raise ValueError(f"style must be 'v2' or 'v3', not {style!r}")
    lines = [str(issue) for issue in error.issues]
    by_path: dict[str, list[str]] = {}
    for issue in error.issues:
        by_path.setdefault(issue.path, []).append(issue.message)
    if isinstance(error, ValidationError) and error.more:
        lines.append(f"... and {error.more} more")
    text = "; ".join(lines) if lines else str(error)
    found = {path: tuple(messages) for path, messages in by_path.items()}
    return RequestError(
        service_exception=ServiceException(
            message_id=message_id, text=text, validation_errors=found or None
        )
    )


def sms_count(
    message: TextMessage
    | BinaryMessage
    | TextSingleRequest
    | BinarySingleRequest
    | AdvancedTextMessage
    | AdvancedBinaryMessage
    | SmsMessage,
) -> int:
    """The SMS parts one destination of ``message`` receives (the response's ``smsCount``).

    Text is counted as most gateways do, with the GSM 7-bit default alphabet or UCS-2 and no
    national language tables; the validator refuses texts and payloads over 255 parts with
    this same engine, so the two never disagree.

    A v2 advanced text message and a v3 text content are counted alike, with the national
    tables their ``language`` allows: a ``languageCode`` of TR, ES or PT, that language's
    tables (AUTODETECT: any of the three's); ``singleShift``/``lockingShift``, when either is
    given, only the tables they name; the default alphabet always. A ``transliteration`` is
    applied first: the count is that of the text the API sends. The fewest parts win, and the
    validator bounds this same count at 255. Binary content of either version is counted as
    v1's.
    """
    if isinstance(message, AdvancedTextMessage | AdvancedBinaryMessage):
        return advanced_sms_count(message)
    if isinstance(message, SmsMessage):
        return _v3_count(message)
    if isinstance(message, TextMessage | TextSingleRequest):
        return count_segments(message.text).count
    binary = message.binary
    return count_binary_segments(
        binary.hex, data_coding=binary.data_coding, esm_class=binary.esm_class
    ).count


def _v3_count(message: SmsMessage) -> int:
    content = message.content
    if isinstance(content, SmsTextContent):
        return text_sms_count(content.text, content.language, content.transliteration)
    return count_binary_segments(
        content.hex, data_coding=content.data_coding, esm_class=content.esm_class
    ).count
