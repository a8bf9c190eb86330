"""The wire rules for single fields, each written once and used by both formats; one module per
subject, and this package names them all (``rules.TEXT``).

Each rule is a `FieldRule` (see `vocabulary`): its check takes a value from the neutral tree, the
`Report`, and where the value sits (its parent location and key), and returns the Python value
or `INVALID` after reporting why. Its valid case is a one-expression function (``sender_ok``)
that the check calls and the generated fast paths inline, so both test exactly the same; it
runs on str and bytes methods only, and the diagnosis of a bad value may take its time. The
facts the schemas state are built from the same constants.

The richer kinds' rules (`scalars`: booleans and enums; `decimals`; `timestamps`) sit beside
them, each with its value's reading and writing; they are imported from their own modules.
"""

from __future__ import annotations

from .addresses import DESTINATION, SENDER, destination_ok, sender_ok
from .binary import BINARY_CONTENT, HEX, hex_fits, hex_octets, parse_hex, payload_ok, udh_fits
from .catalogue import ERROR_CATALOGUE, STATUS_CHECK, agrees_with_catalogue
from .common import INVALID, STRING, is_clean, string, string_fits, type_issue
from .integers import RESPONSE_INTEGER, UINT8, integer
from .responses import GROUPS_AGREE, SMS_COUNT, STATUS_GROUPS
from .text import SENT_TEXT, TEXT, TEXT_AS_SENT, parts_fit, text_fits, text_ok

__all__ = [
    "BINARY_CONTENT",
    "DESTINATION",
    "ERROR_CATALOGUE",
    "GROUPS_AGREE",
    "HEX",
    "INVALID",
    "RESPONSE_INTEGER",
    "SENDER",
    "SENT_TEXT",
    "SMS_COUNT",
    "STATUS_CHECK",
    "STATUS_GROUPS",
    "STRING",
    "TEXT",
    "TEXT_AS_SENT",
    "UINT8",
    "agrees_with_catalogue",
    "destination_ok",
    "hex_fits",
    "hex_octets",
    "integer",
    "is_clean",
    "parse_hex",
    "parts_fit",
    "payload_ok",
    "sender_ok",
    "string",
    "string_fits",
    "text_fits",
    "text_ok",
    "type_issue",
    "udh_fits",
]
