"""The parts every version of the API shares, described once: binary content (v1 ``binary``,
v3 binary ``content``) and a message's status (v1 and v3 responses).

They live apart from `bodies` so that each version's descriptions can build on them.
"""

from __future__ import annotations

from typing import Any, Final

from . import models as m
from . import rules
from .vocabulary import Body, Field, Kind, Rule

__all__ = ["BINARY_CONTENT", "STATUS"]


def _field(wire: str, name: str, kind: Kind, rule: Rule, doc: str, **kw: Any) -> Field:
    return Field(wire=wire, name=name, kind=kind, rule=rule, doc=doc, **kw)


def _text(wire: str, name: str, doc: str, **kw: Any) -> Field:
    return _field(wire, name, Kind.TEXT, rules.STRING, doc, **kw)


def _int(wire: str, name: str, doc: str) -> Field:
    return _field(wire, name, Kind.INTEGER, rules.RESPONSE_INTEGER, doc)


#: What a response field that a tolerant decode may miss is (as in `bodies`).
_LENIENT: Final = {"required": False, "strict_required": True}

BINARY_CONTENT = Body(
    model=m.BinaryContent,
    doc="A binary payload and how the handset is to read it.",
    closed=True,
    check=rules.BINARY_CONTENT,
    fields=(
        _field(
            "hex",
            "hex",
            Kind.OCTETS,
            rules.HEX,
            "the payload octets as two hex digits each, separated by single spaces",
        ),
        _field(
            "dataCoding",
            "data_coding",
            Kind.INTEGER,
            rules.UINT8,
            "the SMPP data_coding, 0 to 255: 0 GSM 7-bit (default), 8 UCS-2",
            required=False,
            default=0,
        ),
        _field(
            "esmClass",
            "esm_class",
            Kind.INTEGER,
            rules.UINT8,
            "the SMPP esm_class, 0 to 255; bit 0x40 (UDHI) means the payload starts with a "
            "user data header",
            required=False,
            default=0,
        ),
    ),
)

STATUS = Body(
    model=m.Status,
    doc="Where a message stands.",
    closed=False,
    check=rules.STATUS_CHECK,
    fields=(
        _int("groupId", "group_id", "the status group: "
             + ", ".join(f"{k} {v}" for k, v in rules.STATUS_GROUPS.items())),
        _text("groupName", "group_name", "the name of the status group", **_LENIENT),
        _int("id", "id", "the status id"),
        _text("name", "name", "the status name", **_LENIENT),
        _text("description", "description", "the status, for a person", **_LENIENT),
        _text("action", "action", "what to do about it", required=False),
    ),
)
