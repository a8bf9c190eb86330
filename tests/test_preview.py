"""``POST /sms/1/preview``: its bodies, and `preview`, which answers as the API does.

The description's three request/response pairs are vectors (tests/vectors/preview/, see its
README): each decodes, encodes back canonically, and `preview` of each request gives its
response, in JSON and in XML.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smscodec as sc
from smscodec import strategies as ss
from smscodec._api_preview import preview_of
from smscodec._spec.bodies import KINDS

VECTORS = Path(__file__).parent / "vectors" / "preview"
FORMATS: tuple[sc.Format, ...] = ("json", "xml")
EXAMPLES = ("plain", "language", "transliteration")
MODELS: dict[str, type[Any]] = {
    **{f"{stem}-request": sc.PreviewRequest for stem in EXAMPLES},
    **{f"{stem}-200": sc.PreviewResponse for stem in EXAMPLES},
}

_BETWEEN_ELEMENTS = re.compile(rb">\s+<")
# smscodec writes an empty element as a start and an end tag, the description as <x/>.
_EMPTY_ELEMENT = re.compile(rb"<([A-Za-z]+)/>")


def _vector(stem: str, fmt: str) -> bytes:
    return (VECTORS / f"{stem}.{fmt}").read_bytes()


def _canonical(data: bytes, fmt: str) -> bytes:
    """What smscodec writes for an example: compact JSON (the members are already in
    canonical order), or XML without the indentation and with empty elements spelled out."""
    if fmt == "json":
        return json.dumps(json.loads(data), separators=(",", ":"), ensure_ascii=False).encode()
    return _EMPTY_ELEMENT.sub(rb"<\1></\1>", _BETWEEN_ELEMENTS.sub(b"><", data.rstrip(b"\n")))


# --- the description's examples ---------------------------------------------------------------


def test_every_example_is_a_vector() -> None:
    files = {p.name for p in VECTORS.iterdir() if p.suffix in (".json", ".xml")}
    assert files == {f"{stem}.{fmt}" for stem in MODELS for fmt in FORMATS}


@pytest.mark.parametrize("stem", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_vector_decodes_and_reencodes_canonically(stem: str, fmt: Any) -> None:
    model = MODELS[stem]
    data = _vector(stem, fmt)
    value = sc.decode(data, model, format=fmt)
    assert sc.decode(data, model, format=fmt, strict=True) == value
    canonical = sc.encode(value, format=fmt)
    assert canonical == _canonical(data, fmt)
    assert sc.decode(canonical, model, format=fmt) == value


@pytest.mark.parametrize("stem", MODELS)
def test_the_twins_are_one_value(stem: str) -> None:
    model = MODELS[stem]
    assert sc.decode(_vector(stem, "json"), model) == sc.decode(
        _vector(stem, "xml"), model, format="xml"
    )


@pytest.mark.parametrize("stem", EXAMPLES)
@pytest.mark.parametrize("fmt", FORMATS)
def test_preview_answers_each_request_as_the_api_does(stem: str, fmt: Any) -> None:
    request = sc.decode(_vector(f"{stem}-request", fmt), sc.PreviewRequest, format=fmt)
    answer = preview_of(request)
    expected = sc.decode(_vector(f"{stem}-200", fmt), sc.PreviewResponse, format=fmt)
    if stem == "transliteration":
        # The description's response ends originalText with a full stop its request lacks
        # (see the vectors' README); everything else is the request's text.
        assert expected.original_text == request.text + "."
        expected = sc.PreviewResponse(original_text=request.text, previews=expected.previews)
    assert answer == expected
    written = sc.encode(answer, format=fmt)
    published = _canonical(_vector(f"{stem}-200", fmt), fmt)
    if stem == "transliteration":
        published = published.replace("στα.<".encode(), "στα<".encode()).replace(
            'στα.",'.encode(), 'στα",'.encode())
    assert written == published


def test_preview_takes_the_text_and_the_settings() -> None:
    greek = sc.decode(_vector("transliteration-request", "json"), sc.PreviewRequest)
    answer = sc.preview(greek.text, transliteration="GREEK")
    assert answer == preview_of(greek)
    assert answer.previews is not None
    plain, greek_preview = answer.previews
    assert (plain.message_count, plain.characters_remaining) == (3, 46)
    assert (greek_preview.message_count, greek_preview.characters_remaining) == (1, 5)
    assert greek_preview.text_preview == sc.transliterate(greek.text, "GREEK").text


def test_a_language_and_a_transliteration_are_one_configuration() -> None:
    # Transliterated first (ş becomes s, ğ becomes g), then counted with the Turkish tables:
    # ı is not transliterated by GREEK, so only the Turkish locking table encodes the text.
    answer = sc.preview("Şişli'de ığ", language_code="TR", transliteration="GREEK")
    assert answer.previews is not None and len(answer.previews) == 2
    configured = answer.previews[1]
    assert configured.configuration == sc.PreviewConfiguration(
        language=sc.PreviewLanguage(language_code="TR"), transliteration="GREEK")
    assert configured.text_preview == "Şişli'de ığ"
    assert (configured.message_count, configured.characters_remaining) == (1, 155 - 11)
    turkish = sc.preview("Şişli'de ığ", transliteration="TURKISH").previews
    assert turkish is not None and turkish[1].text_preview == "Sisli'de ig"
    assert turkish[1].characters_remaining == 160 - 11


def test_ucs2_remaining_counts_code_units() -> None:
    # 80 UTF-16 code units: the first part of 67 holds 33 emoji (66 units: a surrogate pair
    # is never split), the last 7 (14 units)
    answer = sc.preview("😀" * 40)
    assert answer.previews == (sc.Preview(text_preview="😀" * 40, message_count=2,
                                          characters_remaining=67 - 14,
                                          configuration=sc.PreviewConfiguration()),)


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"text": ""}, "text.empty"),
        ({"text": "a", "language_code": "NONE"}, "enum.value"),
        ({"text": "a", "language_code": "tr"}, "enum.value"),
        ({"text": "a", "transliteration": "LATIN"}, "enum.value"),
    ],
)
def test_preview_refuses_what_the_api_refuses(kwargs: dict[str, Any], code: str) -> None:
    with pytest.raises(sc.ValidationError) as info:
        sc.preview(**kwargs)
    assert code in {issue.code for issue in info.value.issues}


def test_the_kinds_name_the_bodies() -> None:
    for name, model, root in (("preview-request", sc.PreviewRequest, "PreviewRequest"),
                              ("preview-response", sc.PreviewResponse, "PreviewResponse")):
        body = KINDS[name]
        assert (body.model, body.xml_root, body.endpoints) == (
            model, root, ("POST /sms/1/preview",))


def test_an_unknown_transliteration_in_a_response_is_kept() -> None:
    data = b'{"previews":[{"configuration":{"transliteration":"KLINGON"}}]}'
    value = sc.decode(data, sc.PreviewResponse)
    assert value.previews is not None and value.previews[0].configuration is not None
    assert value.previews[0].configuration.transliteration == "KLINGON"
    with pytest.raises(sc.ValidationError):
        sc.decode(data, sc.PreviewResponse, strict=True)


# --- laws over the strategies -----------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@given(data=st.data())
def test_decode_inverts_encode(fmt: Any, data: st.DataObject) -> None:
    value = data.draw(st.one_of(ss.preview_requests(longest=False), ss.preview_responses()))
    encoded = sc.encode(value, format=fmt)
    assert sc.decode(encoded, type(value), format=fmt) == value
    assert sc.encode(sc.decode(encoded, type(value), format=fmt), format=fmt) == encoded


@given(st.from_type(sc.PreviewRequest))
def test_json_and_xml_carry_one_request(request: sc.PreviewRequest) -> None:
    xml = sc.encode(request, format="xml")
    assert sc.decode(xml, sc.PreviewRequest, format="xml") == request
    assert preview_of(request).original_text == request.text
