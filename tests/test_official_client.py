"""Differential tests against the official Python client, ``infobip-api-python-client`` 6.0.0
(a test dependency; nothing here uses the network).

Every v3 request, v3 response and v3 error body smscodec's strategies make is handed to the
client's own model (``from_json``), and what the model writes back (``to_json``) is decoded by
smscodec, which must give the value it started from. Where the two differ, the difference is
stated and asserted here, once each, and listed in README ("The official Python client"):

1. The client cannot write a request with ``options.schedule.sendAt``: ``to_json`` raises
   TypeError (its ``to_dict`` holds a ``datetime``, which ``json.dumps`` cannot write).
2. The client writes defaults that were absent: ``dataCoding`` and ``esmClass`` 0,
   ``singleShift`` and ``lockingShift`` false, the tracking's ``shortenUrl`` and
   ``trackClicks`` true and ``removeProtocol`` false, and ``includeSmsCountInResponse`` false
   when the request has options.
3. The client reads a status's ``groupName`` as a closed enum: a name it does not list is
   refused; smscodec's response is tolerant (any name, as a newer server may send).
4. The client requires an error's ``description``, ``action``, ``violations`` and
   ``resources``; smscodec reads an error without them (only ``errorCode`` is required).
5. The client accepts requests smscodec refuses (`test_the_client_accepts_what_smscodec_refuses`):
   it checks types, enums and string bounds only, none of the wire rules of senders,
   destinations, texts, payloads, windows, language shifts, empty arrays, unknown or repeated
   members.
6. The client refuses a v3 content with both ``text`` and ``hex`` with ValueError ("Multiple
   matches"), not its own ValidationError.
"""

from __future__ import annotations

import copy
import json
from typing import Any, Final

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st
from infobip_api_client.models.api_error import ApiError as ClientApiError
from infobip_api_client.models.sms_request import SmsRequest as ClientRequest
from infobip_api_client.models.sms_response import SmsResponse as ClientResponse

import smscodec.strategies  # noqa: F401  (registers the models with st.from_type)
from smscodec import ApiError, MessagesRequest, MessagesResponse, ValidationError, decode, encode

#: The group names the client's MessageGeneralStatus lists.
CLIENT_GROUP_NAMES: Final = frozenset(
    {"ACCEPTED", "PENDING", "UNDELIVERABLE", "DELIVERED", "EXPIRED", "REJECTED"}
)
#: What the client requires of an error body beyond errorCode (difference 4).
CLIENT_ERROR_REQUIRES: Final = ("description", "action", "violations", "resources")


def _tree(value: Any) -> Any:
    return json.loads(encode(value))


def _with_client_defaults(tree: dict[str, Any]) -> dict[str, Any]:
    """The request as the client writes it back: its defaults filled in (difference 2)."""
    out = copy.deepcopy(tree)
    for message in out["messages"]:
        content = message["content"]
        if "hex" in content:
            content.setdefault("dataCoding", 0)
            content.setdefault("esmClass", 0)
        if "language" in content:
            content["language"].setdefault("singleShift", False)
            content["language"].setdefault("lockingShift", False)
    options = out.get("options")
    if options is not None:
        options.setdefault("includeSmsCountInResponse", False)
        if "tracking" in options:
            for name, default in (("shortenUrl", True), ("trackClicks", True),
                                  ("removeProtocol", False)):
                options["tracking"].setdefault(name, default)
    return out


# --- every body smscodec makes, through the client and back --------------------------------


@given(st.from_type(MessagesRequest))
def test_requests_pass_through_the_client(request: MessagesRequest) -> None:
    tree = _tree(request)
    schedule = tree.get("options", {}).get("schedule", {})
    if "sendAt" in schedule:
        # Difference 1: read, but not written.
        client = ClientRequest.from_json(json.dumps(tree))
        assert client is not None
        with pytest.raises(TypeError, match="datetime"):
            client.to_json()
        del schedule["sendAt"]
    client = ClientRequest.from_json(json.dumps(tree))
    assert client is not None
    back = decode(client.to_json(), MessagesRequest)
    assert back == decode(json.dumps(_with_client_defaults(tree)), MessagesRequest)


@given(st.from_type(MessagesResponse))
def test_responses_pass_through_the_client(response: MessagesResponse) -> None:
    tree = _tree(response)
    names = {m["status"]["groupName"] for m in tree["messages"] if "groupName" in m["status"]}
    if names - CLIENT_GROUP_NAMES:
        # Difference 3.
        with pytest.raises(pydantic.ValidationError, match="groupName"):
            ClientResponse.from_json(json.dumps(tree))
        return
    client = ClientResponse.from_json(json.dumps(tree))
    assert client is not None
    assert decode(client.to_json(), MessagesResponse) == response


@given(st.from_type(ApiError))
def test_errors_pass_through_the_client(error: ApiError) -> None:
    tree = _tree(error)
    missing = [name for name in CLIENT_ERROR_REQUIRES if name not in tree]
    if missing:
        # Difference 4: the first one missing is named.
        with pytest.raises(pydantic.ValidationError, match=missing[0]):
            ClientApiError.from_json(json.dumps(tree))
        return
    client = ClientApiError.from_json(json.dumps(tree))
    assert client is not None
    assert decode(client.to_json(), ApiError) == error


# --- each difference on one example ---------------------------------------------------------

_TO: Final = '"destinations":[{"to":"41793026727"}]'


def test_the_client_cannot_write_send_at() -> None:
    body = ('{"messages":[{' + _TO + ',"content":{"text":"Hi"}}],'
            '"options":{"schedule":{"sendAt":"2019-11-09T16:00:00.000+0000"}}}')
    value = decode(body, MessagesRequest)
    assert encode(value) == body.encode()
    client = ClientRequest.from_json(body)
    assert client is not None
    with pytest.raises(TypeError, match="datetime"):
        client.to_json()


def test_the_client_writes_its_defaults() -> None:
    body = ('{"messages":[{' + _TO + ',"content":{"hex":"00"}},{' + _TO + ',"content":'
            '{"text":"Hi","language":{"languageCode":"TR"}}}],"options":{"tracking":{}}}')
    client = ClientRequest.from_json(body)
    assert client is not None
    written = json.loads(client.to_json())
    assert written["messages"][0]["content"] == {"dataCoding": 0, "esmClass": 0, "hex": "00"}
    assert written["messages"][1]["content"]["language"] == {
        "languageCode": "TR", "singleShift": False, "lockingShift": False}
    assert written["options"] == {
        "tracking": {"shortenUrl": True, "trackClicks": True, "removeProtocol": False},
        "includeSmsCountInResponse": False,
    }
    # What the defaults mean is not smscodec's to say: written out, they are another value.
    assert decode(client.to_json(), MessagesRequest) != decode(body, MessagesRequest)


def test_an_unlisted_group_name_is_refused_by_the_client_only() -> None:
    body = ('{"messages":[{"messageId":"m1","status":{"groupId":1,"groupName":"QUEUED",'
            '"id":7,"name":"PENDING_ENROUTE"},"destination":"41793026727"}]}')
    assert decode(body, MessagesResponse).messages[0].status.group_name == "QUEUED"
    with pytest.raises(pydantic.ValidationError, match="groupName"):
        ClientResponse.from_json(body)


@pytest.mark.parametrize("missing", CLIENT_ERROR_REQUIRES)
def test_an_error_without_a_member_is_refused_by_the_client_only(missing: str) -> None:
    full = {"errorCode": "E400", "description": "Bad request", "action": "Fix it",
            "violations": [{"property": "messages[0].destinations[0].to",
                            "violation": "bad"}], "resources": []}
    body = json.dumps({k: v for k, v in full.items() if k != missing})
    assert decode(body, ApiError).error_code == "E400"
    with pytest.raises(pydantic.ValidationError, match=missing):
        ClientApiError.from_json(body)


_MESSAGE: Final = '{"messages":[{' + _TO + ',"content":{"text":"Hi"},%s}]}'

#: Requests the client reads and smscodec refuses, each with the one issue smscodec gives.
CLIENT_ACCEPTS: Final = [
    ("sender with punctuation", _MESSAGE % '"sender":"+41 79"', "sender.character"),
    ("destination with 00", '{"messages":[{"destinations":[{"to":"0041793026727"}],'
     '"content":{"text":"Hi"}}]}', "destination.leading_zero"),
    ("destination not a number", '{"messages":[{"destinations":[{"to":"hello"}],'
     '"content":{"text":"Hi"}}]}', "destination.format"),
    ("empty text", '{"messages":[{' + _TO + ',"content":{"text":""}}]}', "text.empty"),
    ("text over 255 parts", '{"messages":[{' + _TO + ',"content":{"text":"'
     + "\\ud83d\\ude00" * (34 * 255) + '"}}]}', "text.too_many_parts"),
    ("hex not hex", '{"messages":[{' + _TO + ',"content":{"hex":"zz"}}]}', "hex.not_hex"),
    ("dataCoding over 255", '{"messages":[{' + _TO + ',"content":{"hex":"00",'
     '"dataCoding":300}}]}', "integer.range"),
    ("odd UCS-2 payload", '{"messages":[{' + _TO + ',"content":{"hex":"00 41 00",'
     '"dataCoding":8}}]}', "binary.odd_length"),
    ("no messages", '{"messages":[]}', "messages.empty"),
    ("no destinations", '{"messages":[{"destinations":[],"content":{"text":"Hi"}}]}',
     "to.empty"),
    ("unknown member", _MESSAGE % '"foo":1', "field.unknown"),
    ("repeated member", _MESSAGE % '"sender":"InfoSMS","sender":"Other"', "field.duplicate"),
    ("window under an hour", _MESSAGE % '"options":{"deliveryTimeWindow":{"days":["MONDAY"],'
     '"from":{"hour":8,"minute":0},"to":{"hour":8,"minute":30}}}', "window.too_short"),
    ("window with from only", _MESSAGE % '"options":{"deliveryTimeWindow":{"days":["MONDAY"],'
     '"from":{"hour":8,"minute":0}}}', "window.incomplete"),
    ("shift without language", '{"messages":[{' + _TO + ',"content":{"text":"Hi",'
     '"language":{"singleShift":true}}}]}', "language.shift"),
    ("null flag", _MESSAGE % '"options":{"flash":null}', "type.boolean"),
    ("networkId over int32", '{"messages":[{"destinations":[{"to":"41793026727",'
     '"networkId":2147483648}],"content":{"text":"Hi"}}]}', "integer.range"),
]


@pytest.mark.parametrize(("body", "code"), [pytest.param(b, c, id=what)
                                            for what, b, c in CLIENT_ACCEPTS])
def test_the_client_accepts_what_smscodec_refuses(body: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        decode(body, MessagesRequest)
    assert [i.code for i in caught.value.issues] == [code]
    assert ClientRequest.from_json(body) is not None


def test_the_client_refuses_a_content_of_both_kinds_with_value_error() -> None:
    body = '{"messages":[{' + _TO + ',"content":{"text":"Hi","hex":"00"}}]}'
    with pytest.raises(ValidationError) as caught:
        decode(body, MessagesRequest)
    assert [i.code for i in caught.value.issues] == ["union.shape"]
    with pytest.raises(ValueError, match="Multiple matches") as refused:
        ClientRequest.from_json(body)
    assert not isinstance(refused.value, pydantic.ValidationError)
