"""The catalogue of issue codes: every code smscodec can put in an `Issue`, with its meaning.

`Issue.code` is always the value of a member here, as a plain ``str``: compare it with a
member directly (``issue.code == IssueCode.HEX_ODD_DIGIT``), or look the member up with
``IssueCode(issue.code)`` to read its ``meaning``. A code, once published, keeps its meaning;
a new fault gets a new code. Adding one is one line below (and README's table is regenerated
by ``scripts/generate_issue_codes.py``).
"""

from __future__ import annotations

import enum
from typing import Self

__all__ = ["IssueCode"]


@enum.unique
class IssueCode(enum.StrEnum):
    """An issue code; each member is the code itself (a ``str``) and has a ``meaning``."""

    _value_: str
    meaning: str
    """One line for a person: what fault the code names."""

    # The definitions below pass both; ``IssueCode(code)`` is a lookup that never calls this,
    # but mypy checks it against this signature, hence the default.
    def __new__(cls, code: str, meaning: str = "") -> Self:
        member = str.__new__(cls, code)
        member._value_ = code
        member.meaning = meaning
        return member

    # Not a body at all (DecodeError), in the order a body is read.
    MEDIA_TYPE_UNSUPPORTED = "media_type.unsupported", "The Content-Type names neither JSON nor XML."
    MEDIA_TYPE_CHARSET = "media_type.charset", "A JSON Content-Type names a charset other than UTF-8."
    LIMIT_BYTES = "limit.bytes", "The body is larger than Limits.max_bytes."
    JSON_ENCODING = "json.encoding", "A JSON body is not valid UTF-8."
    JSON_SYNTAX = "json.syntax", "The body is not well-formed JSON."
    JSON_NON_FINITE = "json.non_finite", "The body holds NaN or Infinity, which are not JSON."
    XML_SYNTAX = "xml.syntax", "The body is not well-formed XML, or a str body holds a lone surrogate."
    XML_DOCTYPE = "xml.doctype", "The XML body has a DOCTYPE; none is accepted, so no entity is ever declared."
    XML_ENTITY = "xml.entity", "The XML body refers to an entity other than the five XML predefines."
    LIMIT_DEPTH = "limit.depth", "The body nests deeper than Limits.max_depth (XML) or than the JSON parser can follow."
    LIMIT_MEMORY = "limit.memory", "Decoding the XML body ran out of memory."

    # The shape of the body (ValidationError).
    XML_ROOT = "xml.root", "The XML root element is not named as this kind of body's is (responses: strict=True only)."
    XML_NAMESPACE = "xml.namespace", "An XML element is in a namespace; the API's elements are in none (responses: strict=True only)."
    XML_ATTRIBUTE = "xml.attribute", "An XML element carries an attribute; the API's elements carry none (responses: strict=True only)."
    XML_MIXED_CONTENT = "xml.mixed_content", "An XML element holds both text and child elements (responses: strict=True only)."
    XML_ITEM = "xml.item", "An item of an XML array is misnamed, such as a child of messages named neither message nor messages (responses: strict=True only)."
    XML_MAP_ENTRY = "xml.map_entry", "A member of an XML map (validationErrors) is not an entry element holding one key element and its value elements."
    TYPE_OBJECT = "type.object", "A value that must be an object (or the body itself) is something else."
    TYPE_ARRAY = "type.array", "A value that must be an array is something else."
    TYPE_STRING = "type.string", "A value that must be a string is something else, such as a number or null."
    TYPE_INTEGER = "type.integer", "A value that must be an integer is something else: in JSON true, 8.0, 1e2 and \"8\" are not integers."
    TYPE_DESTINATIONS = "type.destinations", "The destinations (to) are neither a string nor an array of strings."
    TYPE_BOOLEAN = "type.boolean", "A value that must be a boolean is something else: in JSON only true and false are; in XML true, false, 1 and 0."
    TYPE_DECIMAL = "type.decimal", "A value that must be a decimal number is something else: a string in JSON, a text that is no decimal in XML, a Decimal NaN or Infinity."
    TYPE_PYTHON = "type.python", "A model was constructed in Python with a value of the wrong Python type."
    FIELD_MISSING = "field.missing", "A required field is absent."
    FIELD_UNKNOWN = "field.unknown", "A field the body does not have: always in requests, in responses only with strict=True."
    FIELD_OTHER_VERSION = "field.other_version", "An object holds fields of another version of the API (v2 from and text where v3 takes sender and content): one issue names the mix-up."
    FIELD_DUPLICATE = "field.duplicate", "An object names the same field twice (in XML, the same child element twice)."
    LIMIT_MESSAGES = "limit.messages", "The messages array holds more items than Limits.max_messages."
    LIMIT_DESTINATIONS = "limit.destinations", "One message's destinations (to) are more than Limits.max_destinations."
    MESSAGES_EMPTY = "messages.empty", "A request's messages array is empty."
    TO_EMPTY = "to.empty", "A message's destinations (to) are an empty array."
    ARRAY_EMPTY = "array.empty", "An array that needs at least one item is empty (a delivery time window's days)."
    UNION_SHAPE = "union.shape", "An object that may be one of several shapes holds the telling fields of none of them, or of more than one."

    # The wire rules of single fields (ValidationError).
    SENDER_CHARACTER = "sender.character", "The sender ID (from) holds a character other than A-Z, a-z, 0-9 and space."
    SENDER_LENGTH = "sender.length", "The sender ID (from) is not 3 to 14 digits (numeric) or 3 to 11 characters (alphanumeric)."
    SENDER_SPACE = "sender.space", "An alphanumeric sender ID (from) starts or ends with a space."
    SENDER_NO_LETTER = "sender.no_letter", "The sender ID (from) has no letter yet is not digits only: digits and spaces, spaces only, or empty."
    DESTINATION_FORMAT = "destination.format", "A destination is not digits only: it holds a +, spaces, dashes, letters or the like."
    DESTINATION_LEADING_ZERO = "destination.leading_zero", "A destination starts with 0 or 00: national format, or an international prefix."
    DESTINATION_LENGTH = "destination.length", "A destination has fewer than 7 or more than 15 digits."
    LIMIT_STRING_LENGTH = "limit.string_length", "A string other than a text or a payload is longer than Limits.max_string_length."
    STRING_TOO_LONG = "string.too_long", "A string is longer than the description allows for its field (callbackData 4000, messageId 200, campaignReferenceId 255 characters...)."
    STRING_SURROGATE = "string.surrogate", "A string holds a lone surrogate, which is not a character and cannot be sent."
    LIMIT_TEXT_LENGTH = "limit.text_length", "A text is longer than Limits.max_text_length characters."
    TEXT_EMPTY = "text.empty", "A text is the empty string."
    TEXT_TOO_MANY_PARTS = "text.too_many_parts", "A text needs more than 255 SMS parts."
    LIMIT_PAYLOAD = "limit.payload", "A binary payload's hex string holds more octets than Limits.max_payload_octets."
    HEX_EMPTY = "hex.empty", "A binary payload's hex string is empty."
    HEX_NOT_HEX = "hex.not_hex", "A binary payload's hex string holds a character that is neither a hex digit nor a space."
    HEX_ODD_DIGIT = "hex.odd_digit", "A binary payload's hex string has a run of an odd number of digits; a byte is two."
    HEX_SEPARATOR = "hex.separator", "A binary payload's bytes are not separated by single spaces, or a space leads or trails."
    ENUM_VALUE = "enum.value", "A request's enumerated field holds a value that is not one of its values."
    DECIMAL_DIGITS = "decimal.digits", "A decimal number needs more than 32 digits when written without an exponent."
    TIMESTAMP_FORMAT = "timestamp.format", "A timestamp is not written as 2019-11-09T16:00:00.000+0000 or another form smscodec reads."
    TIMESTAMP_RANGE = "timestamp.range", "A timestamp is written in a form smscodec reads, but names no date, time or offset, such as a 13th month or an offset of 24 hours."
    TIMESTAMP_NAIVE = "timestamp.naive", "A timestamp given in Python is a datetime without a UTC offset."
    TIMESTAMP_OFFSET = "timestamp.offset", "A timestamp given in Python has a UTC offset that is not a whole number of minutes."
    INTEGER_RANGE = "integer.range", "An integer is outside its field's range (0 to 255 for dataCoding and esmClass)."
    WINDOW_TOO_SHORT = "window.too_short", "A delivery time window's from and to are less than one hour apart."
    WINDOW_INCOMPLETE = "window.incomplete", "A delivery time window has from without to, or to without from."
    LANGUAGE_SHIFT = "language.shift", "A language asks for a single or locking shift table without a languageCode whose tables they are."
    SEND_AT_TOO_FAR = "send_at.too_far", "A sendAt is more than 180 days after the time given to check_send_at."
    BINARY_SEPTET_RANGE = "binary.septet_range", "With dataCoding 0 or 1, a payload octet after any header is above 0x7F."
    BINARY_ODD_LENGTH = "binary.odd_length", "With dataCoding 8 (UCS-2), the payload after any header has an odd number of octets."
    BINARY_UDH_LENGTH = "binary.udh_length", "With the UDHI bit of esmClass set, the header length in the first octet runs past the payload."
    BINARY_UDH_TOO_LONG = "binary.udh_too_long", "With the UDHI bit of esmClass set, header and body together do not fit one SMS."
    BINARY_TOO_MANY_PARTS = "binary.too_many_parts", "A binary payload needs more than 255 SMS parts."

    # Responses, with strict=True only (ValidationError).
    STATUS_GROUP_MISMATCH = "status.group_mismatch", "A status's groupId and groupName name different groups."
    STATUS_GROUP_UNKNOWN = "status.group_unknown", "A status's groupId and groupName name no known group."
    CATALOGUE_UNKNOWN = "catalogue.unknown", "A status's or error's id is not in the published status and error catalogue."
    CATALOGUE_NAME = "catalogue.name", "A status's or error's name is not the one the catalogue gives its id."
    CATALOGUE_GROUP = "catalogue.group", "A status's or error's group is not the one the catalogue gives its id and name."
    CATALOGUE_PERMANENT = "catalogue.permanent", "An error's permanent flag is not the one the catalogue gives its id and name."
    SMS_COUNT_RANGE = "sms_count.range", "A sent message's smsCount is below 1."
    ENUM_UNKNOWN = "enum.unknown", "A response's enumerated field holds a value that is not one of its known values."

    # A value the chosen format cannot carry (EncodeError).
    XML_UNENCODABLE = "xml.unencodable", "Encoding as XML: a string holds a character XML 1.0 cannot carry (most C0 controls, U+FFFE, U+FFFF, a lone surrogate)."
    ENCODE_SURROGATE = "encode.surrogate", "Encoding as JSON: a string holds a lone surrogate, which UTF-8 cannot carry."
