"""What a gateway needs besides decode: media types and the API's own error body."""

from __future__ import annotations

import pytest

import smscodec as sc


@pytest.mark.parametrize(
    ("content_type", "fmt"),
    [
        ("application/json", "json"),
        ("application/json; charset=utf-8", "json"),
        ("Application/JSON;charset=\"UTF-8\"", "json"),
        ("application/xml", "xml"),
        ("text/xml; charset=ISO-8859-1", "xml"),
        ("application/vnd.api+json", "json"),
        ("application/soap+xml", "xml"),
    ],
)
def test_content_type(content_type: str, fmt: str) -> None:
    assert sc.format_for_content_type(content_type) == fmt


@pytest.mark.parametrize(
    ("content_type", "code"),
    [
        ("text/plain", "media_type.unsupported"),
        ("", "media_type.unsupported"),
        ("multipart/form-data; boundary=x", "media_type.unsupported"),
        ("application/json; charset=latin-1", "media_type.charset"),
    ],
)
def test_content_type_refused(content_type: str, code: str) -> None:
    with pytest.raises(sc.DecodeError) as info:
        sc.format_for_content_type(content_type)
    assert info.value.code == code


def test_error_body_lists_every_issue() -> None:
    with pytest.raises(sc.ValidationError) as info:
        sc.decode('{"messages":[{"to":"+41 79 302 67 27","text":""}]}', sc.TextMultiRequest)
    body = sc.error_body(info.value)
    assert body.service_exception.message_id == "BAD_REQUEST"
    assert body.service_exception.text == (
        "/messages/0/to: '+41 79 302 67 27' is not in international format: write 41793026727; "
        "/messages/0/text: is empty; a message needs at least one character"
    )
    encoded = sc.encode(body)
    assert encoded.startswith(b'{"requestError":{"serviceException":{"messageId":"BAD_REQUEST"')
    assert sc.decode(encoded, sc.RequestError) == body


def test_error_body_from_decode_error() -> None:
    with pytest.raises(sc.DecodeError) as info:
        sc.decode(b"{", sc.TextMultiRequest)
    body = sc.error_body(info.value)
    assert "not well-formed JSON" in (body.service_exception.text or "")


@pytest.mark.parametrize("key", ["\\u0000", "\\ud800", "a\\u000bb", "\\uffff"])
def test_error_body_survives_hostile_keys_in_both_formats(key: str) -> None:
    body = '{"to":"41793026727","text":"x","' + key + '":1}'
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(body, sc.TextSingleRequest)
    assert info.value.path == "/" + key
    error = sc.error_body(info.value)
    for fmt in ("json", "xml"):
        assert sc.decode(sc.encode(error, format=fmt), sc.RequestError, format=fmt) == error
