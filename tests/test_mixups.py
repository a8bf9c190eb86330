"""A body of one API version sent to another version's model: one ``field.other_version`` issue
that names the version the body is of, for every pair of v1 multi, v1 single, v2 advanced and
v3 requests, text and binary, in JSON and in XML (the body under the model's own root
element, as a client that mixed up the endpoints would send it)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from lxml import etree

import smscodec as sc
from smscodec._spec.bodies import kind_of

TO = "41793026727"
TEXT = {"text": "Hi"}
BINARY = {"binary": {"hex": "48 69", "dataCoding": 0, "esmClass": 0}}
V3_BINARY = {"hex": "48 69", "dataCoding": 0, "esmClass": 0}

#: One body of each version, text and binary: (version named, JSON value, its own model).
SOURCES: dict[str, dict[str, tuple[dict[str, Any], type[Any]]]] = {
    "text": {
        "v1 multi": ({"messages": [{"from": "InfoSMS", "to": [TO], **TEXT}]},
                     sc.TextMultiRequest),
        "v1 single": ({"from": "InfoSMS", "to": TO, **TEXT}, sc.TextSingleRequest),
        "v2": ({"messages": [{"from": "InfoSMS", "destinations": [{"to": TO}], **TEXT}]},
               sc.TextAdvancedRequest),
        "v2 request": ({"bulkId": "b1", "messages": [
            {"from": "InfoSMS", "destinations": [{"to": TO}], **TEXT}]}, sc.TextAdvancedRequest),
        "v3": ({"messages": [{"sender": "InfoSMS", "destinations": [{"to": TO}],
                              "content": TEXT}]}, sc.MessagesRequest),
        "v3 request": ({"messages": [{"sender": "InfoSMS", "destinations": [{"to": TO}],
                                      "content": TEXT}],
                        "options": {"includeSmsCountInResponse": True}}, sc.MessagesRequest),
    },
    "binary": {
        "v1 multi": ({"messages": [{"from": "InfoSMS", "to": [TO], **BINARY}]},
                     sc.BinaryMultiRequest),
        "v1 single": ({"from": "InfoSMS", "to": TO, **BINARY}, sc.BinarySingleRequest),
        "v2": ({"messages": [{"from": "InfoSMS", "destinations": [{"to": TO}], **BINARY}]},
               sc.BinaryAdvancedRequest),
        "v2 request": ({"bulkId": "b1", "messages": [
            {"from": "InfoSMS", "destinations": [{"to": TO}], **BINARY}]},
            sc.BinaryAdvancedRequest),
        "v3": ({"messages": [{"sender": "InfoSMS", "destinations": [{"to": TO}],
                              "content": V3_BINARY}]}, sc.MessagesRequest),
        "v3 request": ({"messages": [{"sender": "InfoSMS", "destinations": [{"to": TO}],
                                      "content": V3_BINARY}],
                        "options": {"includeSmsCountInResponse": True}}, sc.MessagesRequest),
    },
}
TARGETS: dict[str, dict[str, type[Any]]] = {
    "text": {"v1 multi": sc.TextMultiRequest, "v1 single": sc.TextSingleRequest,
             "v2": sc.TextAdvancedRequest, "v3": sc.MessagesRequest},
    "binary": {"v1 multi": sc.BinaryMultiRequest, "v1 single": sc.BinarySingleRequest,
               "v2": sc.BinaryAdvancedRequest, "v3": sc.MessagesRequest},
}

#: Where the one issue is: at the top when the request itself tells the version (a single
#: request's own fields, a v2 bulkId, v3 options; a single request's model sees any
#: messages array), else on the first message.
_AT_THE_TOP = {"v1 single", "v2 request", "v3 request"}


def _where(source: str, target: str) -> str:
    return "" if source in _AT_THE_TOP or target == "v1 single" else "/messages/0"


PAIRS = [
    (content, source, target)
    for content, sources in SOURCES.items()
    for source in sources
    for target in TARGETS[content]
    if source.split(" request")[0] != target
]


def _as_xml(value: dict[str, Any], own: type[Any], target: type[Any]) -> bytes:
    """The body as its own model writes it in XML, under the target model's root element."""
    tree = etree.fromstring(sc.encode(sc.decode(json.dumps(value), own), format="xml"))
    root = kind_of(target).xml_root
    assert root is not None
    tree.tag = root
    return bytes(etree.tostring(tree))


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize(("content", "source", "target"), PAIRS)
def test_a_body_of_another_version_is_one_issue_naming_it(content: str, source: str,
                                                          target: str, fmt: str) -> None:
    value, own = SOURCES[content][source]
    model = TARGETS[content][target]
    data = json.dumps(value).encode() if fmt == "json" else _as_xml(value, own, model)
    with pytest.raises(sc.ValidationError) as caught:
        sc.decode(data, model, format=fmt)  # type: ignore[arg-type]
    (issue,) = caught.value.issues
    assert (issue.path, issue.code) == (_where(source, target), "field.other_version")
    named = source.removesuffix(" request")
    assert re.search(rf"belongs? to the {named} API; {target} takes ", issue.message), \
        issue.message


def test_a_body_that_fits_no_version_better_names_the_candidates() -> None:
    # Messages holding only a from: a v1 multi or a v2 request (v3 says sender).
    with pytest.raises(sc.ValidationError) as caught:
        sc.decode(b'{"messages": [{"from": "InfoSMS"}]}', sc.TextSingleRequest)
    (issue,) = caught.value.issues
    assert "belongs to the v1 multi or v2 API" in issue.message


def test_a_response_sent_as_a_request_is_no_mix_up_of_versions() -> None:
    # Its bulkId is a v2 request's field too, but the body is most like a response: each
    # fault is reported, as for any other wrong body.
    response = {"bulkId": "b1", "messages": [{"to": TO, "messageId": "m1", "smsCount": 1,
                                              "status": {"groupId": 1, "groupName": "PENDING",
                                                         "id": 26, "name": "PENDING_ACCEPTED",
                                                         "description": "sent"}}]}
    with pytest.raises(sc.ValidationError) as caught:
        sc.decode(json.dumps(response), sc.TextMultiRequest)
    codes = {(i.path, i.code) for i in caught.value.issues}
    assert ("/bulkId", "field.unknown") in codes
    assert "field.other_version" not in {code for _, code in codes}


def test_unknown_fields_of_no_version_stay_unknown() -> None:
    for model in (sc.TextMultiRequest, sc.TextSingleRequest):
        value, _ = SOURCES["text"]["v1 multi" if model is sc.TextMultiRequest else "v1 single"]
        with pytest.raises(sc.ValidationError) as caught:
            sc.decode(json.dumps({**value, "colour": "red"}), model)
        assert [(i.path, i.code) for i in caught.value.issues] == [
            ("/colour", "field.unknown")]


def test_an_xml_root_of_another_kind_is_named() -> None:
    value, own = SOURCES["text"]["v3"]
    data = sc.encode(sc.decode(json.dumps(value), own), format="xml")
    with pytest.raises(sc.ValidationError) as caught:
        sc.decode(data, sc.TextAdvancedRequest, format="xml")
    issues = [(i.path, i.code, i.message) for i in caught.value.issues]
    assert issues[0] == ("", "xml.root", "the root element is <SmsRequestEnvelope> (a "
                         "v3-messages-request's); this body's root element is "
                         "<SMSAdvancedTextualRequest>")
    assert issues[1][:2] == ("/messages/0", "field.other_version") and len(issues) == 2
    assert "belong to the v3 API" in issues[1][2]
