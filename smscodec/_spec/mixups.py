"""Bodies of one API version sent to another's model: the v1 bodies' foreign fields, and the
link that lets each mix-up issue name the version the object most likely is of.

Each request and message body lists the fields of the other versions that it lacks
(`Body.foreign`, with what it takes instead: the v2 and v3 lists are in `bodies_v2` and
`bodies_v3`, v1's here). An object holding any is one ``field.other_version`` issue, naming
the version(s) whose fields it holds most of (`link_versions` fills `Body.others` with each
version's wire names at the same place, taken from the descriptions themselves).
"""

from __future__ import annotations

from typing import Final

from .._core.frozenmap import FrozenMap
from .vocabulary import Body, members

__all__ = [
    "V1_BINARY_MESSAGE_FIELDS",
    "V1_MULTI_BINARY_FIELDS",
    "V1_MULTI_TEXT_FIELDS",
    "V1_SINGLE_FIELDS",
    "V1_TEXT_MESSAGE_FIELDS",
    "link_versions",
    "wires",
]


def _message_fields(content: str) -> FrozenMap[str, str]:
    return FrozenMap({
        "destinations": "to: a destination or an array of them",
        "sender": "from",
        "content": content,
        "options": "from, to and " + content + " alone",
        "webhooks": "from, to and " + content + " alone",
    })


#: What a v1 message (multi) lacks of the v2 and v3 messages.
V1_TEXT_MESSAGE_FIELDS: Final = _message_fields("text")
V1_BINARY_MESSAGE_FIELDS: Final = _message_fields("binary")


def _multi_fields(content: str) -> FrozenMap[str, str]:
    messages = f"messages: [{{from, to, {content}}}] alone"
    return FrozenMap({
        **{key: messages for key in ("from", "to", content)},
        **{key: messages for key in ("bulkId", "sendingSpeedLimit", "urlOptions", "tracking",
                                     "includeSmsCountInResponse", "options")},
    })


#: What a v1 multi request lacks of the v1 single, v2 and v3 requests.
V1_MULTI_TEXT_FIELDS: Final = _multi_fields("text")
V1_MULTI_BINARY_FIELDS: Final = _multi_fields("binary")

#: What a v1 single request lacks of the other requests (and of a v2 or v3 message sent alone).
V1_SINGLE_FIELDS: Final = FrozenMap({
    "messages": "from, to and the content at the top level, for one message",
    "destinations": "to: a destination or an array of them",
    "sender": "from",
    "content": "text or binary at the top level",
    "options": "from, to and the content at the top level, for one message",
})


def wires(*bodies: Body) -> frozenset[str]:
    """The bodies' wire names, and those of their objects one level down (``messages/text``),
    which tell a request by its messages."""
    return frozenset(name for body in bodies for f in body.fields for name in (
        f.wire, *(f"{f.wire}/{inner.wire}" for inner in
                  (members(f) if f.body is not None or f.choices else ()))))


def link_versions(places: dict[str, dict[str, tuple[Body, ...]]]) -> None:
    """Give each body the wire names of the other versions' bodies at its place.

    ``places`` maps a place ("message", "request") to its versions, each to its bodies there
    (``{"v1 multi": (TEXT_MESSAGE, BINARY_MESSAGE), ...}``); a body's own version is
    ``Body.versions[1]``. The version ``""`` holds the responses at that place: an object
    that looks most like one of them is no mix-up of versions, and is checked field by
    field (a response sent as a request has many faults, each reported).
    """
    for versions in places.values():
        wires_at = {version: wires(*bodies) for version, bodies in versions.items()}
        for version, bodies in versions.items():
            if not version:
                continue  # not another version's request: a response, told apart by its fields
            for body in bodies:
                assert body.versions[1] == version, (body.model, version)
                body.others.clear()
                body.others.update({v: w for v, w in wires_at.items() if v != version})
