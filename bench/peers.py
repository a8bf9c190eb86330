"""The contenders: smscodec and the peer libraries, each given the rules it can state.

Every peer is optional: a missing one is skipped with a note (``pip install pydantic msgspec
fastjsonschema jsonschema xmlschema`` brings them all). What each peer checks:

- pydantic v2: strict models (no coercion), ``extra="forbid"`` on requests, patterns for the
  sender (two alternatives in a union, since its default Rust regex engine has no look-around),
  destinations and hex, 0..255 ranges, ``to: str | list[str]``; ``model_validate_json(bytes)``.
- msgspec: Structs with ``Meta(pattern=...)`` (Python ``re``, so one sender pattern with a
  look-ahead for 3..11), ``forbid_unknown_fields=True`` on requests; ``msgspec.json.decode``.
- fastjsonschema and jsonschema (Draft 2020-12): ``json.loads`` and then the JSON Schema of the
  body: smscodec's own generated ``smscodec/schema_files/*.schema.json`` when present, else the
  equivalent schema written below.
- xmlschema: ``XMLSchema(xsd).to_dict(xml)`` with smscodec's generated XSD when present, else
  the one below.

For the delivery reports (``GET /sms/1/reports``) the pydantic peer is the official client's
own models (``infobip-api-python-client``: ``SmsDeliveryResult.from_json`` and
``model_validate_json``), as a gateway that uses that client would decode them; msgspec gets
Structs of the same fields (Decimal price, timestamps parsed into datetimes).

None of them states what smscodec checks beyond patterns and ranges: the payload rules by
dataCoding and esmClass (septet range, even UCS-2 length, user data header), the 255-part
bound, lone surrogates, repeated keys; nor do they turn hex into bytes. smscodec does all of
that in the times shown, so the comparison flatters the peers.
"""

# No `from __future__ import annotations`: msgspec and pydantic read the annotations of the
# classes made inside functions below, which must be real types, not strings.
import functools
import io
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bodies import BIG_LIMITS, MODELS, xml_available

import smscodec

__all__ = ["Contender", "decoders", "encoders", "schema_source"]

_ROOT = Path(__file__).resolve().parent.parent
_SCHEMA_FILES = {
    "binary": "binary-multi-request",
    "text": "text-multi-request",
    "response": "sms-response",
    "text-advanced": "text-advanced-request",
    "delivery-reports": "delivery-reports",
}

# The rules as patterns. ``\Z`` where Python's ``re`` runs them (``$`` also matches before a
# final newline there); the Rust regex engine's ``$`` is the end of the text already.
DESTINATION = r"^[1-9][0-9]{6,14}$"
HEX = r"^[0-9A-Fa-f]{2}(?: [0-9A-Fa-f]{2})*$"
SENDER_NUMERIC = r"^[0-9]{3,14}$"
SENDER_ALPHANUMERIC = r"^(?:[0-9][0-9 ]*)?[A-Za-z](?:[0-9A-Za-z ]*[0-9A-Za-z])?$"
SENDER_WITH_LOOKAHEAD = (
    r"^(?:[0-9]{3,14}|(?=[0-9A-Za-z ]{3,11}\Z)(?:[0-9][0-9 ]*)?[A-Za-z]"
    r"(?:[0-9A-Za-z ]*[0-9A-Za-z])?)\Z"
)
# The forms of a timestamp smscodec reads (the API's 2019-11-09T16:00:00.000+0000, Z, an
# offset with a colon, 0 to 6 fraction digits), as a pattern: msgspec's and pydantic's own
# datetimes take other forms, and msgspec's refuses the API's offset without a colon.
TIMESTAMP = (r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:[.][0-9]{1,6})?"
             r"(?:Z|[+-][0-9]{2}:?[0-9]{2})$")
# The v2 text advanced request's enums (the API's description).
Day = Literal["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
LanguageCode = Literal["NONE", "TR", "ES", "PT", "AUTODETECT"]
Transliteration = Literal["NONE", "TURKISH", "GREEK", "CYRILLIC", "SERBIAN_CYRILLIC",
                          "CENTRAL_EUROPEAN", "BALTIC", "NON_UNICODE", "PORTUGUESE", "COLOMBIAN",
                          "BULGARIAN_CYRILLIC", "ALL"]
NotifyContentType = Literal["application/json", "application/xml"]
SpeedUnit = Literal["MINUTE", "HOUR", "DAY"]
RecipientType = Literal["BIREYSEL", "TACIR"]


@dataclass
class Contender:
    """One way to do the job: ``call(arg)`` is what is timed; ``count(result)`` is the check."""

    name: str
    call: Callable[[Any], Any]
    count: Callable[[Any], int]
    #: Turns the body bytes into this contender's input (encoders need their own objects).
    prepare: Callable[[bytes], Any] = field(default=lambda data: data)
    floor: bool = False
    reference: bool = False


# --- smscodec -------------------------------------------------------------------------------


def _messages(result: Any) -> int:
    return len(result.messages)


def _results(result: Any) -> int:
    return len(result.results)


def _list_key(kind: str) -> str:
    """The member that holds a body's items: reports are ``results``, the rest ``messages``."""
    return "results" if kind == "delivery-reports" else "messages"


def _counter(kind: str) -> Callable[[Any], int]:
    return _results if kind == "delivery-reports" else _messages


def _tree_counter(kind: str) -> Callable[[Any], int]:
    key = _list_key(kind)
    return lambda tree: len(tree[key])


def _smscodec_decoder(kind: str, fmt: str = "json") -> Contender:
    model = MODELS[kind]

    def call(data: bytes) -> Any:
        return smscodec.decode(data, model, format=fmt, limits=BIG_LIMITS)  # type: ignore[arg-type]

    return Contender("smscodec", call, _counter(kind), reference=True)


# --- pydantic -------------------------------------------------------------------------------


def _pydantic(kind: str) -> tuple[type[Any], Callable[[Any], int]] | str:
    if kind == "delivery-reports":
        return _official_reports()
    models = _pydantic_models()
    return models if isinstance(models, str) else (models[_schema_kind(kind)], _messages)


@functools.cache
def _pydantic_models() -> dict[str, type[Any]] | str:
    try:
        from pydantic import BaseModel, ConfigDict, Field, StringConstraints
    except ImportError:
        return "pydantic is not installed"

    request = ConfigDict(strict=True, extra="forbid", frozen=True)
    response = ConfigDict(strict=True, extra="ignore", frozen=True)
    Dest = Annotated[str, StringConstraints(pattern=DESTINATION)]
    To = Dest | Annotated[list[Dest], Field(min_length=1)]
    Sender = (
        Annotated[str, StringConstraints(pattern=SENDER_NUMERIC)]
        | Annotated[str, StringConstraints(pattern=SENDER_ALPHANUMERIC, min_length=3,
                                           max_length=11)]
    )
    Uint8 = Annotated[int, Field(ge=0, le=255)]
    Int64 = Annotated[int, Field(ge=-(2**63), le=2**63 - 1)]

    class PBinaryContent(BaseModel):
        model_config = request
        hex: Annotated[str, StringConstraints(pattern=HEX)]
        data_coding: Uint8 = Field(0, alias="dataCoding")
        esm_class: Uint8 = Field(0, alias="esmClass")

    class PBinaryMessage(BaseModel):
        model_config = request
        sender: Sender | None = Field(None, alias="from")
        to: To
        binary: PBinaryContent

    class PBinaryMultiRequest(BaseModel):
        model_config = request
        messages: Annotated[list[PBinaryMessage], Field(min_length=1)]

    class PTextMessage(BaseModel):
        model_config = request
        sender: Sender | None = Field(None, alias="from")
        to: To
        text: Annotated[str, StringConstraints(min_length=1)]

    class PTextMultiRequest(BaseModel):
        model_config = request
        messages: Annotated[list[PTextMessage], Field(min_length=1)]

    class PStatus(BaseModel):
        model_config = response
        group_id: Int64 = Field(alias="groupId")
        group_name: str = Field(alias="groupName")
        id: Int64
        name: str
        description: str
        action: str | None = None

    class PSentMessage(BaseModel):
        model_config = response
        to: str
        status: PStatus
        sms_count: Int64 = Field(alias="smsCount")
        message_id: str = Field(alias="messageId")

    class PSmsResponse(BaseModel):
        model_config = response
        bulk_id: str | None = Field(None, alias="bulkId")
        messages: list[PSentMessage]

    # The v2 text advanced request: every member with its type, bound, pattern or enum. Not
    # stated: a window's from and to both or neither and an hour apart, a shift table's need
    # of a languageCode (cross-member rules), and what smscodec checks of texts.
    def pstr(most: int) -> Any:
        return Annotated[str, StringConstraints(max_length=most)]

    Int32 = Annotated[int, Field(ge=-(2**31), le=2**31 - 1)]
    Timestamp = Annotated[str, StringConstraints(pattern=TIMESTAMP)]

    class PTime(BaseModel):
        model_config = request
        hour: Annotated[int, Field(ge=0, le=23)]
        minute: Annotated[int, Field(ge=0, le=59)]

    class PWindow(BaseModel):
        model_config = request
        days: Annotated[list[Day], Field(min_length=1)]
        start: PTime | None = Field(None, alias="from")
        end: PTime | None = Field(None, alias="to")

    class PLanguage(BaseModel):
        model_config = request
        language_code: LanguageCode | None = Field(None, alias="languageCode")
        single_shift: bool | None = Field(None, alias="singleShift")
        locking_shift: bool | None = Field(None, alias="lockingShift")

    class PDestination(BaseModel):
        model_config = request
        to: Dest
        message_id: pstr(200) | None = Field(None, alias="messageId")

    class PIndiaDlt(BaseModel):
        model_config = request
        principal_entity_id: str = Field(alias="principalEntityId")
        content_template_id: str | None = Field(None, alias="contentTemplateId")
        telemarketer_id: str | None = Field(None, alias="telemarketerId")

    class PTurkeyIys(BaseModel):
        model_config = request
        recipient_type: RecipientType = Field(alias="recipientType")
        brand_code: Int32 | None = Field(None, alias="brandCode")

    class PSouthKorea(BaseModel):
        model_config = request
        title: pstr(66) | None = None
        reseller_code: Int32 | None = Field(None, alias="resellerCode")

    class PRegional(BaseModel):
        model_config = request
        india_dlt: PIndiaDlt | None = Field(None, alias="indiaDlt")
        turkey_iys: PTurkeyIys | None = Field(None, alias="turkeyIys")
        south_korea: PSouthKorea | None = Field(None, alias="southKorea")

    class PAdvancedTextMessage(BaseModel):
        model_config = request
        callback_data: pstr(4000) | None = Field(None, alias="callbackData")
        delivery_time_window: PWindow | None = Field(None, alias="deliveryTimeWindow")
        destinations: Annotated[list[PDestination], Field(min_length=1)]
        flash: bool | None = None
        sender: Sender | None = Field(None, alias="from")
        intermediate_report: bool | None = Field(None, alias="intermediateReport")
        language: PLanguage | None = None
        notify_content_type: NotifyContentType | None = Field(None, alias="notifyContentType")
        notify_url: str | None = Field(None, alias="notifyUrl")
        regional: PRegional | None = None
        send_at: Timestamp | None = Field(None, alias="sendAt")
        text: Annotated[str, StringConstraints(min_length=1)] | None = None
        transliteration: Transliteration | None = None
        validity_period: Int64 | None = Field(None, alias="validityPeriod")
        entity_id: pstr(50) | None = Field(None, alias="entityId")
        application_id: pstr(50) | None = Field(None, alias="applicationId")
        campaign_reference_id: pstr(255) | None = Field(None, alias="campaignReferenceId")

    class PSpeed(BaseModel):
        model_config = request
        amount: Int32
        time_unit: SpeedUnit | None = Field(None, alias="timeUnit")

    class PUrlOptions(BaseModel):
        model_config = request
        shorten_url: bool | None = Field(None, alias="shortenUrl")
        track_clicks: bool | None = Field(None, alias="trackClicks")
        tracking_url: str | None = Field(None, alias="trackingUrl")
        remove_protocol: bool | None = Field(None, alias="removeProtocol")
        custom_domain: str | None = Field(None, alias="customDomain")

    class PTracking(BaseModel):
        model_config = request
        base_url: str | None = Field(None, alias="baseUrl")
        process_key: str | None = Field(None, alias="processKey")
        track: str | None = None
        type: str | None = None

    class PTextAdvancedRequest(BaseModel):
        model_config = request
        bulk_id: str | None = Field(None, alias="bulkId")
        messages: Annotated[list[PAdvancedTextMessage], Field(min_length=1)]
        sending_speed_limit: PSpeed | None = Field(None, alias="sendingSpeedLimit")
        url_options: PUrlOptions | None = Field(None, alias="urlOptions")
        tracking: PTracking | None = None
        include_sms_count_in_response: bool | None = Field(None,
                                                           alias="includeSmsCountInResponse")

    return {
        "binary": PBinaryMultiRequest,
        "text": PTextMultiRequest,
        "response": PSmsResponse,
        "text-advanced": PTextAdvancedRequest,
    }


def _official_reports() -> tuple[type[Any], Callable[[Any], int]] | str:
    try:
        from infobip_api_client.models.sms_delivery_result import SmsDeliveryResult
    except ImportError:
        return "infobip-api-python-client is not installed"
    return SmsDeliveryResult, _results


# --- msgspec --------------------------------------------------------------------------------


def _msgspec(kind: str) -> type[Any] | str:
    models = _msgspec_models()
    return models if isinstance(models, str) else models[_schema_kind(kind)]


# Built once per process and never dropped: msgspec 0.22 can crash the garbage collector when
# it frees types holding Meta constraints (msgspec issue #717), which rebuilding would trigger.
@functools.cache
def _msgspec_models() -> dict[str, type[Any]] | str:
    try:
        import msgspec
        from msgspec import Meta, Struct
    except ImportError:
        return "msgspec is not installed"

    Dest = Annotated[str, Meta(pattern=DESTINATION.replace("$", r"\Z"))]
    To = Dest | Annotated[list[Dest], Meta(min_length=1)]
    Sender = Annotated[str, Meta(pattern=SENDER_WITH_LOOKAHEAD)]
    Uint8 = Annotated[int, Meta(ge=0, le=255)]
    Int64 = Annotated[int, Meta(ge=-(2**63), le=2**63 - 1)]
    Hex = Annotated[str, Meta(pattern=HEX.replace("$", r"\Z"))]

    class MBinaryContent(Struct, forbid_unknown_fields=True, frozen=True, rename="camel"):
        hex: Hex
        data_coding: Uint8 = 0
        esm_class: Uint8 = 0

    class MBinaryMessage(Struct, forbid_unknown_fields=True, frozen=True, omit_defaults=True):
        to: To
        binary: MBinaryContent
        sender: Sender | None = msgspec.field(default=None, name="from")

    class MBinaryMultiRequest(Struct, forbid_unknown_fields=True, frozen=True):
        messages: Annotated[list[MBinaryMessage], Meta(min_length=1)]

    class MTextMessage(Struct, forbid_unknown_fields=True, frozen=True, omit_defaults=True):
        to: To
        text: Annotated[str, Meta(min_length=1)]
        sender: Sender | None = msgspec.field(default=None, name="from")

    class MTextMultiRequest(Struct, forbid_unknown_fields=True, frozen=True):
        messages: Annotated[list[MTextMessage], Meta(min_length=1)]

    class MStatus(Struct, frozen=True, rename="camel", omit_defaults=True):
        group_id: Int64
        group_name: str
        id: Int64
        name: str
        description: str
        action: str | None = None

    class MSentMessage(Struct, frozen=True, rename="camel"):
        to: str
        status: MStatus
        sms_count: Int64
        message_id: str

    class MSmsResponse(Struct, frozen=True, rename="camel", omit_defaults=True):
        messages: list[MSentMessage]
        bulk_id: str | None = None

    # The v2 text advanced request, with the rules the pydantic models state.
    def mstr(most: int) -> Any:
        return Annotated[str, Meta(max_length=most)]

    Int32 = Annotated[int, Meta(ge=-(2**31), le=2**31 - 1)]
    Timestamp = Annotated[str, Meta(pattern=TIMESTAMP.replace("$", r"\Z"))]
    closed = {"forbid_unknown_fields": True, "frozen": True, "omit_defaults": True}

    class MTime(Struct, **closed):
        hour: Annotated[int, Meta(ge=0, le=23)]
        minute: Annotated[int, Meta(ge=0, le=59)]

    class MWindow(Struct, **closed):
        days: Annotated[list[Day], Meta(min_length=1)]
        start: MTime | None = msgspec.field(default=None, name="from")
        end: MTime | None = msgspec.field(default=None, name="to")

    class MLanguage(Struct, rename="camel", **closed):
        language_code: LanguageCode | None = None
        single_shift: bool | None = None
        locking_shift: bool | None = None

    class MDestination(Struct, rename="camel", **closed):
        to: Dest
        message_id: mstr(200) | None = None

    class MIndiaDlt(Struct, rename="camel", **closed):
        principal_entity_id: str
        content_template_id: str | None = None
        telemarketer_id: str | None = None

    class MTurkeyIys(Struct, rename="camel", **closed):
        recipient_type: RecipientType
        brand_code: Int32 | None = None

    class MSouthKorea(Struct, rename="camel", **closed):
        title: mstr(66) | None = None
        reseller_code: Int32 | None = None

    class MRegional(Struct, rename="camel", **closed):
        india_dlt: MIndiaDlt | None = None
        turkey_iys: MTurkeyIys | None = None
        south_korea: MSouthKorea | None = None

    class MAdvancedTextMessage(Struct, rename="camel", **closed):
        destinations: Annotated[list[MDestination], Meta(min_length=1)]
        callback_data: mstr(4000) | None = None
        delivery_time_window: MWindow | None = None
        flash: bool | None = None
        sender: Sender | None = msgspec.field(default=None, name="from")
        intermediate_report: bool | None = None
        language: MLanguage | None = None
        notify_content_type: NotifyContentType | None = None
        notify_url: str | None = None
        regional: MRegional | None = None
        send_at: Timestamp | None = None
        text: Annotated[str, Meta(min_length=1)] | None = None
        transliteration: Transliteration | None = None
        validity_period: Int64 | None = None
        entity_id: mstr(50) | None = None
        application_id: mstr(50) | None = None
        campaign_reference_id: mstr(255) | None = None

    class MSpeed(Struct, rename="camel", **closed):
        amount: Int32
        time_unit: SpeedUnit | None = None

    class MUrlOptions(Struct, rename="camel", **closed):
        shorten_url: bool | None = None
        track_clicks: bool | None = None
        tracking_url: str | None = None
        remove_protocol: bool | None = None
        custom_domain: str | None = None

    class MTracking(Struct, rename="camel", **closed):
        base_url: str | None = None
        process_key: str | None = None
        track: str | None = None
        type: str | None = None

    class MTextAdvancedRequest(Struct, rename="camel", **closed):
        messages: Annotated[list[MAdvancedTextMessage], Meta(min_length=1)]
        bulk_id: str | None = None
        sending_speed_limit: MSpeed | None = None
        url_options: MUrlOptions | None = None
        tracking: MTracking | None = None
        include_sms_count_in_response: bool | None = None

    # The delivery reports. msgspec's datetime wants RFC 3339 and refuses the API's +0000
    # (no colon), so a timestamp is read as a string of smscodec's timestamp pattern and turned
    # into a datetime in __post_init__ by datetime.fromisoformat, which takes +0000 (3.11+).
    class MPrice(Struct, rename="camel", frozen=True, omit_defaults=True):
        price_per_message: Decimal | None = None
        currency: str | None = None

    class MError(Struct, rename="camel", frozen=True, omit_defaults=True):
        group_id: Int64
        id: Int64
        group_name: str | None = None
        name: str | None = None
        description: str | None = None
        permanent: bool | None = None

    class MDeliveryReport(Struct, rename="camel", omit_defaults=True):
        message_id: str
        status: MStatus
        bulk_id: str | None = None
        to: str | None = None
        sender: str | None = msgspec.field(default=None, name="from")
        # A str on the wire; a datetime once __post_init__ has run (msgspec allows only one
        # string-like type in a union, so the annotation cannot say both).
        sent_at: Timestamp | None = None
        done_at: Timestamp | None = None
        sms_count: Int64 | None = None
        mcc_mnc: str | None = None
        callback_data: str | None = None
        price: MPrice | None = None
        error: MError | None = None
        entity_id: str | None = None
        application_id: str | None = None
        campaign_reference_id: str | None = None

        def __post_init__(self) -> None:
            if isinstance(self.sent_at, str):
                self.sent_at = datetime.fromisoformat(self.sent_at)  # type: ignore[assignment]
            if isinstance(self.done_at, str):
                self.done_at = datetime.fromisoformat(self.done_at)  # type: ignore[assignment]

    class MDeliveryReports(Struct, frozen=True, omit_defaults=True):
        results: list[MDeliveryReport] = []

    return {
        "binary": MBinaryMultiRequest,
        "text": MTextMultiRequest,
        "response": MSmsResponse,
        "text-advanced": MTextAdvancedRequest,
        "delivery-reports": MDeliveryReports,
    }


# --- JSON Schema ----------------------------------------------------------------------------

_DEST_SCHEMA = {"type": "string", "pattern": DESTINATION.replace("$", r"\Z")}
_MESSAGE_HEAD = {
    "from": {
        "type": "string",
        "anyOf": [
            {"pattern": SENDER_NUMERIC.replace("$", r"\Z")},
            {"pattern": SENDER_ALPHANUMERIC.replace("$", r"\Z"), "minLength": 3, "maxLength": 11},
        ],
    },
    "to": {"oneOf": [_DEST_SCHEMA, {"type": "array", "minItems": 1, "items": _DEST_SCHEMA}]},
}
_UINT8 = {"type": "integer", "minimum": 0, "maximum": 255}


def _request_schema(content: str, content_schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "required": ["messages"],
        "additionalProperties": False,
        "properties": {
            "messages": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "required": ["to", content],
                    "additionalProperties": False,
                    "properties": {**_MESSAGE_HEAD, content: content_schema},
                },
            }
        },
    }


_INLINE_SCHEMAS: dict[str, dict[str, Any]] = {
    "binary": _request_schema(
        "binary",
        {
            "type": "object",
            "required": ["hex"],
            "additionalProperties": False,
            "properties": {
                "hex": {"type": "string", "pattern": HEX.replace("$", r"\Z")},
                "dataCoding": _UINT8,
                "esmClass": _UINT8,
            },
        },
    ),
    "text": _request_schema("text", {"type": "string", "minLength": 1}),
    "response": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "required": ["messages"],
        "properties": {
            "bulkId": {"type": "string"},
            "messages": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["to", "status", "smsCount", "messageId"],
                    "properties": {
                        "to": {"type": "string"},
                        "smsCount": {"type": "integer"},
                        "messageId": {"type": "string"},
                        "status": {
                            "type": "object",
                            "required": ["groupId", "groupName", "id", "name", "description"],
                            "properties": {
                                "groupId": {"type": "integer"},
                                "groupName": {"type": "string"},
                                "id": {"type": "integer"},
                                "name": {"type": "string"},
                                "description": {"type": "string"},
                                "action": {"type": "string"},
                            },
                        },
                    },
                },
            },
        },
    },
}


def _schema_kind(kind: str) -> str:
    return "binary" if kind.startswith("binary") else kind


def schema_source(kind: str) -> str:
    """Where the JSON Schema for ``kind`` comes from, for the report."""
    path = _ROOT / "smscodec" / "schema_files" / f"{_SCHEMA_FILES[_schema_kind(kind)]}.schema.json"
    return f"smscodec/schema_files/{path.name}" if path.exists() else "bench/peers.py (inline)"


def _json_schema(kind: str) -> dict[str, Any]:
    kind = _schema_kind(kind)
    path = _ROOT / "smscodec" / "schema_files" / f"{_SCHEMA_FILES[kind]}.schema.json"
    if path.exists():
        loaded: dict[str, Any] = json.loads(path.read_text("utf-8"))
        return loaded
    return _INLINE_SCHEMAS[kind]


# --- XSD ------------------------------------------------------------------------------------

_INLINE_XSD = f"""<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="request">
    <xs:complexType><xs:all><xs:element name="messages"><xs:complexType><xs:sequence>
      <xs:element name="message" maxOccurs="unbounded"><xs:complexType><xs:all>
        <xs:element name="from" minOccurs="0"><xs:simpleType><xs:union>
          <xs:simpleType><xs:restriction base="xs:string">
            <xs:pattern value="[0-9]{{3,14}}"/></xs:restriction></xs:simpleType>
          <xs:simpleType><xs:restriction base="xs:string">
            <xs:minLength value="3"/><xs:maxLength value="11"/>
            <xs:pattern value="{SENDER_ALPHANUMERIC[1:-1].replace("?:", "")}"/>
          </xs:restriction></xs:simpleType>
        </xs:union></xs:simpleType></xs:element>
        <xs:element name="to"><xs:complexType><xs:sequence>
          <xs:element name="to" maxOccurs="unbounded"><xs:simpleType>
            <xs:restriction base="xs:string"><xs:pattern value="[1-9][0-9]{{6,14}}"/>
            </xs:restriction></xs:simpleType></xs:element>
        </xs:sequence></xs:complexType></xs:element>
        <xs:element name="binary"><xs:complexType><xs:all>
          <xs:element name="hex"><xs:simpleType><xs:restriction base="xs:string">
            <xs:pattern value="[0-9A-Fa-f]{{2}}( [0-9A-Fa-f]{{2}})*"/>
          </xs:restriction></xs:simpleType></xs:element>
          <xs:element name="dataCoding" minOccurs="0" type="uint8"/>
          <xs:element name="esmClass" minOccurs="0" type="uint8"/>
        </xs:all></xs:complexType></xs:element>
      </xs:all></xs:complexType></xs:element>
    </xs:sequence></xs:complexType></xs:element></xs:all></xs:complexType>
  </xs:element>
  <xs:simpleType name="uint8"><xs:restriction base="xs:integer">
    <xs:minInclusive value="0"/><xs:maxInclusive value="255"/>
  </xs:restriction></xs:simpleType>
</xs:schema>
"""


def xsd_source() -> str:
    path = _ROOT / "smscodec" / "schema_files" / "binary-multi-request.xsd"
    return f"smscodec/schema_files/{path.name}" if path.exists() else "bench/peers.py (inline)"


def _xsd() -> str:
    path = _ROOT / "smscodec" / "schema_files" / "binary-multi-request.xsd"
    return path.read_text("utf-8") if path.exists() else _INLINE_XSD


# --- the line-ups ---------------------------------------------------------------------------


@functools.cache
def decoders(kind: str) -> tuple[list[Contender], list[str]]:
    """JSON decoders of a body of ``kind`` (binary, text, response, binary-bad-to, ...)."""
    notes: list[str] = []
    out = [_smscodec_decoder(kind)]

    found = _pydantic(kind)
    if isinstance(found, str):
        notes.append(f"skipped pydantic: {found}")
    else:
        pmodel, count = found
        if kind == "delivery-reports":
            # The client's own entry point: json.loads, then from_dict per nested model.
            out.append(Contender("infobip client `from_json`", pmodel.from_json, count))
        out.append(Contender("pydantic `model_validate_json`", pmodel.model_validate_json, count))

    mmodel = _msgspec(kind)
    if isinstance(mmodel, str):
        notes.append(f"skipped msgspec: {mmodel}")
    else:
        import msgspec

        decoder = msgspec.json.Decoder(mmodel)
        out.append(Contender("msgspec `json.decode`", decoder.decode, _counter(kind)))

    schema = _json_schema(kind)
    try:
        import fastjsonschema
    except ImportError:
        notes.append("skipped fastjsonschema: not installed")
    else:
        check = fastjsonschema.compile(schema)
        loads = json.loads

        def fast(data: bytes) -> Any:
            return check(loads(data))

        out.append(Contender("`json.loads` + fastjsonschema", fast, _tree_counter(kind)))
    try:
        import jsonschema
    except ImportError:
        notes.append("skipped jsonschema: not installed")
    else:
        validator = jsonschema.Draft202012Validator(schema)

        def slow(data: bytes) -> Any:
            tree = json.loads(data)
            validator.validate(tree)
            return tree

        out.append(Contender("`json.loads` + jsonschema", slow, _tree_counter(kind)))

    out.append(Contender("`json.loads` alone (floor)", json.loads, _tree_counter(kind),
                         floor=True))
    return out, notes


@functools.cache
def xml_decoders() -> tuple[list[Contender], list[str]]:
    """Decoders of the binary request as XML."""
    notes: list[str] = []
    out: list[Contender] = []
    if xml_available():
        out.append(_smscodec_decoder("binary-xml", "xml"))
    else:
        notes.append("skipped smscodec XML: smscodec._xml.codec is not there yet")
    try:
        import xmlschema
    except ImportError:
        notes.append("skipped xmlschema: not installed")
    else:
        schema = xmlschema.XMLSchema(_xsd())

        def xsd(data: bytes) -> Any:
            return schema.to_dict(io.BytesIO(data))

        out.append(Contender("xmlschema `to_dict`", xsd,
                             lambda r: len(r["messages"]["message"])))
    from lxml import etree

    out.append(Contender("`lxml.etree.fromstring` alone (floor)", etree.fromstring,
                         lambda r: len(r[0]), floor=True))
    return out, notes


@functools.cache
def encoders(kind: str) -> tuple[list[Contender], list[str]]:
    """JSON encoders; each is handed the objects its own decoder made from the body."""
    notes: list[str] = []
    model = MODELS[kind]
    key = _list_key(kind)

    def _encoded(output: bytes | str) -> int:
        return len(json.loads(output)[key])

    def ours(data: bytes) -> Any:
        return smscodec.decode(data, model, limits=BIG_LIMITS)

    out = [Contender("smscodec `encode`", smscodec.encode, _encoded, prepare=ours,
                     reference=True)]
    found = _pydantic(kind)
    if isinstance(found, str):
        notes.append(f"skipped pydantic: {found}")
    else:
        pmodel = found[0]

        def dump(obj: Any) -> str:
            return obj.model_dump_json(by_alias=True, exclude_none=True)  # type: ignore[no-any-return]

        out.append(Contender("pydantic `model_dump_json`", dump, _encoded,
                             prepare=pmodel.model_validate_json))
    mmodel = _msgspec(kind)
    if isinstance(mmodel, str):
        notes.append(f"skipped msgspec: {mmodel}")
    else:
        import msgspec

        # A price is a JSON number in the API, so msgspec writes Decimals as numbers too.
        encode = msgspec.json.Encoder(decimal_format="number").encode
        out.append(Contender("msgspec `json.encode`", encode, _encoded,
                             prepare=msgspec.json.Decoder(mmodel).decode))

    def dumps(tree: Any) -> bytes:
        return json.dumps(tree, ensure_ascii=False, separators=(",", ":")).encode()

    out.append(Contender("`json.dumps` of the plain tree (floor)", dumps, _encoded,
                         prepare=json.loads, floor=True))
    return out, notes

