"""The XML codec: seed vectors, JSON twins, exact text, encodings, tolerance, lines, laws."""

from __future__ import annotations

import copy
import dataclasses
import json
from typing import Any

import pytest
from conftest import VECTORS
from hypothesis import given
from hypothesis import strategies as st

import smscodec as sc

TM = sc.TextMultiRequest
BM = sc.BinaryMultiRequest
TS = sc.TextSingleRequest
BS = sc.BinarySingleRequest
RESPONSE = sc.SmsResponse
ERROR = sc.RequestError


def xml(data: bytes | str, model: type[Any], **kw: Any) -> Any:
    return sc.decode(data, model, format="xml", **kw)


def refusal(data: bytes | str, model: type[Any], fmt: sc.Format = "xml", **kw: Any) -> Any:
    with pytest.raises(sc.SmsCodecError) as info:
        sc.decode(data, model, format=fmt, **kw)
    return info.value


def found(data: bytes | str, model: type[Any], fmt: sc.Format = "xml", **kw: Any) -> set[Any]:
    """The (path, code) pairs of a refused body."""
    return {(i.path, i.code) for i in refusal(data, model, fmt, **kw).issues}


def single(inner: str) -> bytes:
    return f"<request>{inner}</request>".encode()


# --- seed vectors ---------------------------------------------------------------------------


def test_binary_request_seed_equals_its_json_twin() -> None:
    from_xml = xml((VECTORS / "binary-multi-request.xml").read_bytes(), BM)
    from_json = sc.decode((VECTORS / "binary-multi-request.json").read_bytes(), BM)
    assert from_xml == from_json
    assert from_xml.messages[0].to == ("41793026727", "41793026731")
    assert from_xml.messages[1].to == ("41793026785",)


def test_binary_response_seed_differs_from_its_twin_only_in_the_first_group_id() -> None:
    from_xml = xml((VECTORS / "binary-multi-response.xml").read_bytes(), RESPONSE)
    from_json = sc.decode((VECTORS / "binary-multi-response.json").read_bytes(), RESPONSE)
    assert from_xml != from_json
    assert from_xml.messages[0].status.group_id == 1
    assert from_json.messages[0].status.group_id == 7
    first = from_json.messages[0]
    patched = dataclasses.replace(
        first, status=dataclasses.replace(first.status, group_id=1)
    )
    assert from_xml == dataclasses.replace(
        from_json, messages=(patched, *from_json.messages[1:])
    )
    # Consistent in XML, so strict decoding takes it; the JSON seed is refused when strict.
    assert xml((VECTORS / "binary-multi-response.xml").read_bytes(), RESPONSE, strict=True)


SEEDS: list[tuple[str, type[Any]]] = [
    ("binary-multi-request.json", BM),
    ("text-multi-request.json", TM),
    ("binary-multi-response.json", RESPONSE),
    ("text-multi-response.json", RESPONSE),
]


@pytest.mark.parametrize(("name", "model"), SEEDS)
def test_seeds_round_trip_through_xml(name: str, model: type[Any]) -> None:
    value = sc.decode((VECTORS / name).read_bytes(), model)
    written = sc.encode(value, format="xml")
    assert xml(written, model) == value
    assert sc.encode(xml(written, model), format="xml") == written
    # JSON to XML to JSON keeps the value, and the canonical JSON.
    assert sc.encode(xml(written, model)) == sc.encode(value)


def test_canonical_xml() -> None:
    value = xml((VECTORS / "binary-multi-request.xml").read_bytes(), BM)
    assert sc.encode(value, format="xml") == (
        b'<?xml version="1.0" encoding="UTF-8"?><request><messages><message>'
        b"<from>InfoSMS</from><to><to>41793026727</to><to>41793026731</to></to>"
        b"<binary><hex>54 65 73 74 20 6d 65 73 73 61 67 65 2e</hex><dataCoding>0</dataCoding>"
        b"<esmClass>0</esmClass></binary></message><message><from>41793026700</from>"
        b"<to><to>41793026785</to></to><binary><hex>6d 4b 8b d5 77 ed 4f e1 30 02</hex>"
        b"<dataCoding>8</dataCoding><esmClass>0</esmClass></binary></message></messages>"
        b"</request>"
    )
    error = sc.RequestError(
        service_exception=sc.ServiceException(message_id="BAD_REQUEST", text="a < b & c")
    )
    assert sc.encode(error, format="xml") == (
        b'<?xml version="1.0" encoding="UTF-8"?><requestError><serviceException>'
        b"<messageId>BAD_REQUEST</messageId><text>a &lt; b &amp; c</text>"
        b"</serviceException></requestError>"
    )
    assert xml(sc.encode(error, format="xml"), ERROR) == error
    empty = sc.SmsResponse(messages=())
    assert sc.encode(empty, format="xml").endswith(
        b"<smsResponse><messages></messages></smsResponse>"
    )
    assert xml(sc.encode(empty, format="xml"), RESPONSE) == empty


# --- shapes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("inner", "to"),
    [
        ("<to>41793026727</to>", ("41793026727",)),
        ("<to><to>41793026727</to></to>", ("41793026727",)),
        ("<to>\n  <to>41793026727</to>\n  <to>41793026731</to>\n</to>",
         ("41793026727", "41793026731")),
    ],
)
def test_both_forms_of_to(inner: str, to: tuple[str, ...]) -> None:
    assert xml(single(inner + "<text>hi</text>"), TS).to == to


def test_child_order_is_free() -> None:
    canonical = xml(
        single("<from>InfoSMS</from><to>41793026727</to>"
               "<binary><hex>41 42</hex><dataCoding>4</dataCoding><esmClass>0</esmClass></binary>"),
        BS,
    )
    shuffled = xml(
        single("<binary><esmClass>0</esmClass><hex>41 42</hex><dataCoding>4</dataCoding></binary>"
               "<to>41793026727</to><from>InfoSMS</from>"),
        BS,
    )
    assert shuffled == canonical


def test_defaults_apply_when_integers_are_left_out() -> None:
    value = xml(single("<to>41793026727</to><binary><hex>41</hex></binary>"), BS)
    assert value.binary == sc.BinaryContent(hex=b"A", data_coding=0, esm_class=0)


# --- integers, against their JSON twins -----------------------------------------------------


def binary_xml(coding: str) -> bytes:
    return single(f"<to>41793026727</to><binary><hex>00 41</hex><dataCoding>{coding}"
                  "</dataCoding></binary>")


def binary_json(coding: str) -> bytes:
    return ('{"to":"41793026727","binary":{"hex":"00 41","dataCoding":' + coding + "}}").encode()


@pytest.mark.parametrize("text", ["8", " 8 ", "\n\t8\r\n", "+8", "08", "0008", "\n8"])
def test_integer_elements_are_xs_integers(text: str) -> None:
    assert xml(binary_xml(text), BS).binary.data_coding == 8


@pytest.mark.parametrize(
    ("xml_text", "json_literal"),
    [
        ("8.0", "8.0"),
        ("8e0", "8e0"),
        ("", '""'),
        ("+", '"+"'),
        ("-", '"-"'),
        (" ", '" "'),
        ("1" * 30, "1" * 30),
        ("256", "256"),
        ("-1", "-1"),
        ("0x8", '"0x8"'),
        ("8_0", '"8_0"'),
        ("\u0668", '"\u0668"'),
        ("8\u00a0", '"8\u00a0"'),
        ("eight", '"eight"'),
        ("<a>8</a>", '{"a":8}'),
    ],
)
def test_bad_integers_are_refused_as_in_json(xml_text: str, json_literal: str) -> None:
    from_xml = found(binary_xml(xml_text), BS)
    from_json = found(binary_json(json_literal), BS, "json")
    assert from_xml == from_json
    assert from_xml <= {("/binary/dataCoding", "type.integer"),
                        ("/binary/dataCoding", "integer.range")}


# --- other bad bodies, against their JSON twins ---------------------------------------------

TWINS: list[tuple[str, str, type[Any]]] = [
    # (XML body, JSON body, model)
    ("<request><to>41793026727</to><text>a</text><text>b</text></request>",
     '{"to":"41793026727","text":"a","text":"b"}', TS),
    ("<request><to>41793026727</to><text>a</text><extra>1</extra></request>",
     '{"to":"41793026727","text":"a","extra":1}', TS),
    ("<request><to>41793026727</to></request>", '{"to":"41793026727"}', TS),
    ("<request><to>+41 79 302 67 27</to><text>a</text></request>",
     '{"to":"+41 79 302 67 27","text":"a"}', TS),
    ("<request><to><to>41793026727</to><to>0041793026727</to></to><text>a</text></request>",
     '{"to":["41793026727","0041793026727"],"text":"a"}', TS),
    ("<request><to>41793026727</to><text></text></request>",
     '{"to":"41793026727","text":""}', TS),
    ("<request><to>41793026727</to><text><b>x</b></text></request>",
     '{"to":"41793026727","text":{"b":"x"}}', TS),
    ("<request><messages/></request>", '{"messages":[]}', TM),
    ("<request><messages>x</messages></request>", '{"messages":"x"}', TM),
    ("<request><messages><message>x</message></messages></request>", '{"messages":["x"]}', TM),
    ("<request><messages><message><to>41793026727</to><text>a</text><from>a_b</from></message>"
     "</messages></request>",
     '{"messages":[{"to":"41793026727","text":"a","from":"a_b"}]}', TM),
    ("<request><to>41793026727</to><binary><hex>4 1</hex></binary></request>",
     '{"to":"41793026727","binary":{"hex":"4 1"}}', BS),
    ("<request><to>41793026727</to><binary>41</binary></request>",
     '{"to":"41793026727","binary":"41"}', BS),
    ("<request><to>41793026727</to><binary/></request>",
     '{"to":"41793026727","binary":{}}', BS),
    ("<request><to>41793026727</to><binary><hex>80</hex><dataCoding>0</dataCoding></binary>"
     "</request>",
     '{"to":"41793026727","binary":{"hex":"80","dataCoding":0}}', BS),
    ("<request>x</request>", '"x"', TS),
    ("<requestError><serviceException><text>X</text></serviceException>"
     "</requestError>",
     '{"requestError":{"serviceException":{"text":"X"}}}', ERROR),
    ("<smsResponse><messages><message><to>1</to><smsCount>x</smsCount></message></messages>"
     "</smsResponse>",
     '{"messages":[{"to":"1","smsCount":"x"}]}', RESPONSE),
]


@pytest.mark.parametrize(("xml_body", "json_body", "model"), TWINS)
def test_issues_have_the_same_paths_and_codes_as_in_json(
    xml_body: str, json_body: str, model: type[Any]
) -> None:
    from_xml = refusal(xml_body.encode(), model)
    from_json = refusal(json_body.encode(), model, "json")
    assert type(from_xml) is type(from_json)
    assert {(i.path, i.code) for i in from_xml.issues} == {
        (i.path, i.code) for i in from_json.issues
    }


# --- exact text -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "text"),
    [
        ("a<!-- c -->b", "ab"),
        ("a<!-- c --><!-- d -->b<!--e-->c", "abc"),
        ("<!--c-->ab<!--c-->", "ab"),
        ("a<?pi data?>b", "ab"),
        ("<![CDATA[<b>&amp;]]>", "<b>&amp;"),
        ("a<![CDATA[ ]]>b", "a b"),
        ("x<![CDATA[]]]]><![CDATA[>]]>y", "x]]>y"),
        ("&#65;&#x42;&lt;&gt;&amp;&quot;&apos;", "AB<>&\"'"),
        ("a&#13;b", "a\rb"),
        ("a&#13;&#10;b", "a\r\nb"),
        ("a\r\nb", "a\nb"),  # a raw CR is a line end, which XML reads as LF
        ("a\rb", "a\nb"),
        ("\tx\t", "\tx\t"),
        ("  padded  ", "  padded  "),
        ("&#x1F600;\U0001F600", "\U0001F600\U0001F600"),
        ("a<!--c--><![CDATA[b]]><?p?>&#99;d", "abcd"),
    ],
)
def test_text_is_all_character_data(written: str, text: str) -> None:
    body = f"<request><to>41793026727</to><text>{written}</text></request>".encode()
    assert xml(body, TS).text == text


@pytest.mark.parametrize(
    "text",
    ["a\rb", "\r\n", "tab\there", "\n lines \n", "😀 astral 𝄞", "]]> & < > \" '", " x ",
     "\x7f\x85"],
)
def test_awkward_text_round_trips_byte_exact(text: str) -> None:
    value = TS(to=("41793026727",), text=text)
    written = sc.encode(value, format="xml")
    assert xml(written, TS) == value
    assert sc.encode(xml(written, TS), format="xml") == written
    if "\r" in text:
        assert b"&#13;" in written and b"\r" not in written
    if "]]>" in text:
        assert b"]]>" not in written


# --- encodings ------------------------------------------------------------------------------

_BODY = '<request><to>41793026727</to><text>Grüße € 😀</text></request>'
_DECLARED = '<?xml version="1.0" encoding="{}"?>' + _BODY


@pytest.mark.parametrize(
    "raw",
    [
        _BODY.encode("utf-8"),
        b"\xef\xbb\xbf" + _BODY.encode("utf-8"),
        _DECLARED.format("UTF-8").encode("utf-8"),
        _DECLARED.format("UTF-16").encode("utf-16"),  # with a BOM
        _DECLARED.format("UTF-16").encode("utf-16-be")[0:0] + b"\xfe\xff"
        + _DECLARED.format("UTF-16").encode("utf-16-be"),
        _BODY.encode("utf-16"),  # BOM, no declaration
        _DECLARED.format("UTF-16LE").encode("utf-16-le"),  # no BOM: the declaration tells
    ],
)
def test_bom_and_encoding_declarations_are_honoured(raw: bytes) -> None:
    assert xml(raw, TS).text == "Grüße € 😀"


def test_latin1_declaration() -> None:
    raw = '<?xml version="1.0" encoding="ISO-8859-1"?><request><to>41793026727</to>' \
          '<text>Grüße ÿ</text></request>'
    assert xml(raw.encode("latin-1"), TS).text == "Grüße ÿ"
    # The same bytes without the declaration are not UTF-8.
    undeclared = raw.split("?>", 1)[1].encode("latin-1")
    assert refusal(undeclared, TS).code == "xml.syntax"


@pytest.mark.parametrize("declared", ["UTF-16", "ISO-8859-1", "UTF-8", "ascii"])
def test_str_input_ignores_its_encoding_declaration(declared: str) -> None:
    assert xml(_DECLARED.format(declared), TS).text == "Grüße € 😀"
    assert xml("\ufeff" + _DECLARED.format(declared), TS).text == "Grüße € 😀"
    assert xml(_BODY, TS).text == "Grüße € 😀"


def test_str_with_a_lone_surrogate_is_a_decode_error() -> None:
    error = refusal("<request><to>41793026727</to><text>\ud800</text></request>", TS)
    assert isinstance(error, sc.DecodeError)
    assert error.code == "xml.syntax" and "U+D800" in str(error)


# --- what XML cannot carry ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("char", "name"), [("\x00", "U+0000"), ("\x0c", "U+000C"), ("\ufffe", "U+FFFE"),
                       ("\uffff", "U+FFFF"), ("\x1b", "U+001B"), ("\x08", "U+0008")]
)
def test_unencodable_characters_are_an_encode_error(char: str, name: str) -> None:
    value = TM(messages=(
        sc.TextMessage(to=("41793026727",), text="fine"),
        sc.TextMessage(to=("41793026727",), text="abc" + char + "def"),
    ))
    with pytest.raises(sc.EncodeError) as info:
        sc.encode(value, format="xml")
    (issue,) = info.value.issues
    assert (issue.path, issue.code) == ("/messages/1/text", "xml.unencodable")
    assert name in issue.message and "index 3" in issue.message
    # JSON carries it.
    assert sc.decode(sc.encode(value), TM) == value


def test_unencodable_character_in_a_response_names_its_path() -> None:
    status = sc.Status(group_id=0, group_name="ACCEPTED", id=0, name="n", description="d\x00")
    value = sc.SmsResponse(messages=(
        sc.SentMessage(to="41793026727", status=status, sms_count=1, message_id="m"),
    ))
    with pytest.raises(sc.EncodeError) as info:
        sc.encode(value, format="xml")
    assert info.value.path == "/messages/0/status/description"


def test_unencodable_character_in_an_error_body_points_into_the_whole_document() -> None:
    value = sc.RequestError(service_exception=sc.ServiceException(message_id="X", text="a\x0c"))
    with pytest.raises(sc.EncodeError) as info:
        sc.encode(value, format="xml")
    assert info.value.path == "/requestError/serviceException/text"


# --- requests are strict, responses tolerant ------------------------------------------------

_MESSAGE = ("<to>41793026727</to><status><groupId>1</groupId><groupName>PENDING</groupName>"
            "<id>7</id><name>PENDING_ENROUTE</name><description>ok</description></status>"
            "<smsCount>1</smsCount><messageId>m1</messageId>")


def response(root: str = "smsResponse", item: str = "message", extra: str = "",
             root_attrs: str = "") -> bytes:
    return (f"<{root}{root_attrs}><bulkId>b</bulkId>{extra}<messages><{item}>{_MESSAGE}"
            f"</{item}></messages></{root}>").encode()


TOLERATED: list[tuple[str, bytes, set[tuple[str, str]]]] = [
    # (what, body, the (path, code) pairs strict decoding reports)
    ("root name", response(root="SMSResponse"), {("", "xml.root")}),
    ("item name", response(item="sentMessage"), {("/messages/0", "xml.item")}),
    ("unknown element", response(extra="<extra><deep>1</deep></extra>"),
     {("/extra", "field.unknown")}),
    ("attribute", response(root_attrs=' version="2"'), {("", "xml.attribute")}),
    ("default namespace", response(root_attrs=' xmlns="urn:example"'), {("", "xml.namespace")}),
    ("foreign element", response(extra='<x:note xmlns:x="urn:x">n</x:note>'),
     {("/note", "xml.namespace"), ("/note", "field.unknown")}),
    ("mixed content", response(extra="loose text"), {("", "xml.mixed_content")}),
    ("namespaced attribute", response(root_attrs=' xmlns:x="urn:x" x:a="1"'),
     {("", "xml.attribute")}),
]


@pytest.mark.parametrize(("what", "body", "strict"), TOLERATED)
def test_responses_tolerate_what_strict_decoding_reports(
    what: str, body: bytes, strict: set[tuple[str, str]]
) -> None:
    value = xml(body, RESPONSE)
    assert value == xml(response(), RESPONSE), what
    assert found(body, RESPONSE, strict=True) == strict


def test_request_error_tolerates_its_root_name() -> None:
    body = b"<error><serviceException><messageId>X</messageId><text>t</text></serviceException>" \
           b"</error>"
    assert xml(body, ERROR).service_exception.text == "t"
    # The root element is the object under the JSON wrapper key, and is named by its path.
    assert found(body, ERROR, strict=True) == {("/requestError", "xml.root")}


def test_error_body_issues_point_into_the_whole_document() -> None:
    body = b'<requestError>\n<serviceException a="1">\n<messageId>X</messageId>\n<more/>' \
           b"\n</serviceException>\n</requestError>"
    error = refusal(body, ERROR, strict=True)
    assert {(i.path, i.code, i.line) for i in error.issues} == {
        ("/requestError/serviceException", "xml.attribute", 2),
        ("/requestError/serviceException/text", "field.missing", 2),
        ("/requestError/serviceException/more", "field.unknown", 4),
    }


REQUEST_FAULTS: list[tuple[bytes, set[tuple[str, str]]]] = [
    (b"<req><to>41793026727</to><text>a</text></req>", {("", "xml.root")}),
    (b'<request id="1"><to>41793026727</to><text>a</text></request>', {("", "xml.attribute")}),
    (b'<request><to>41793026727</to><text xml:lang="en">a</text></request>',
     {("/text", "xml.attribute")}),
    (b'<request xmlns="urn:x"><to>41793026727</to><text>a</text></request>',
     {("", "xml.namespace")}),
    (b'<x:request xmlns:x="urn:x"><x:to>41793026727</x:to><x:text>a</x:text></x:request>',
     {("", "xml.namespace")}),
    (b'<request xmlns:x="urn:x"><to>41793026727</to><x:text>a</x:text></request>',
     {("/text", "xml.namespace")}),
    (b"<request>a<to>41793026727</to><text>a</text></request>", {("", "xml.mixed_content")}),
    (b"<request><to>41793026727</to>b<text>a</text></request>", {("", "xml.mixed_content")}),
    (b"<request><to>41793026727<to>41793026731</to></to><text>a</text></request>",
     {("/to", "xml.mixed_content")}),
    (b"<request><to><dest>41793026727</dest></to><text>a</text></request>",
     {("/to/0", "xml.item")}),
    (b"<request><messages><msg><to>41793026727</to><text>a</text></msg></messages></request>",
     {("/messages/0", "xml.item")}),
    (b'<request><messages><message a="1"><to>41793026727</to><text>a</text></message>'
     b"</messages></request>", {("/messages/0", "xml.attribute")}),
]


@pytest.mark.parametrize(("body", "expected"), REQUEST_FAULTS)
def test_xml_faults_in_requests(body: bytes, expected: set[tuple[str, str]]) -> None:
    model = TM if b"<messages>" in body else TS
    error = refusal(body, model)
    assert isinstance(error, sc.ValidationError)
    assert {(i.path, i.code) for i in error.issues} == expected


def test_unused_namespace_declarations_are_harmless() -> None:
    assert xml(b'<request xmlns:x="urn:x"><to>41793026727</to><text>a</text></request>', TS)


def test_wrong_body_for_the_root() -> None:
    # A response given as a request: the root and every field are reported, all at once.
    error = refusal(response(), TM)
    codes = {(i.path, i.code) for i in error.issues}
    assert ("", "xml.root") in codes and ("/bulkId", "field.unknown") in codes


# --- crowded elements: read by counting names, with the same outcome ------------------------

_EVERY_BODY = (
    [(x.encode(), model) for x, _, model in TWINS]
    + [(body, TM if b"<messages>" in body else TS) for body, _ in REQUEST_FAULTS]
    + [(body, RESPONSE) for _, body, _ in TOLERATED]
    + [((VECTORS / "binary-multi-request.xml").read_bytes(), BM),
       ((VECTORS / "binary-multi-response.xml").read_bytes(), RESPONSE)]
)


def _outcome(data: bytes, model: type[Any], strict: bool) -> Any:
    try:
        return xml(data, model, strict=strict)
    except sc.SmsCodecError as exc:
        return type(exc).__name__, sorted((i.path, i.code, i.line) for i in exc.issues)


@pytest.mark.parametrize(("data", "model"), _EVERY_BODY)
@pytest.mark.parametrize("strict", [False, True])
def test_the_crowded_reading_agrees_with_the_plain_one(
    data: bytes, model: type[Any], strict: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smscodec._xml import read as xmlread

    plain = _outcome(data, model, strict)
    monkeypatch.setattr(xmlread, "_CROWDED", -1)  # every object element counts as crowded
    assert _outcome(data, model, strict) == plain


def test_crowded_elements_against_json() -> None:
    texts = "".join(f"<text>t{i}</text>" for i in range(100))
    assert found(single("<to>41793026727</to>" + texts), TS) == {("/text", "field.duplicate")}
    unknown = "".join(f"<x{i}>1</x{i}>" for i in range(100))
    json_unknown = ",".join(f'"x{i}":"1"' for i in range(100))
    from_xml = refusal(single("<to>41793026727</to><text>a</text>" + unknown), TS)
    from_json = refusal(('{"to":"41793026727","text":"a",' + json_unknown + "}").encode(),
                        TS, "json")
    assert [(i.path, i.code) for i in from_xml.issues] == [
        (i.path, i.code) for i in from_json.issues
    ]
    assert from_xml.more == from_json.more
    assert [i.line for i in from_xml.issues] == [1] * len(from_xml.issues)
    # Tolerant reading of a response with many foreign and unknown elements.
    foreign = "".join(f'<x:e{i} xmlns:x="urn:x">1</x:e{i}>' for i in range(100))
    extra = "".join(f"<extra{i}/>" for i in range(100))
    assert xml(response(extra=foreign + extra), RESPONSE) == xml(response(), RESPONSE)
    # Repeated unknown elements are repeated keys, refused as in JSON.
    assert found(response(extra="<extra/>" * 100), RESPONSE) == {("/extra", "field.duplicate")}


# --- lines ----------------------------------------------------------------------------------

LINED = b"""<?xml version="1.0"?>
<request>
  <messages>
    <message>
      <to>41793026727</to>
      <text>fine</text>
    </message>
    <message>
      <from>a</from>
      <to>
        <to>41793026727</to>
        <to>123</to>
      </to>
      <text>x</text>
      <text>y</text>
      <colour>red</colour>
    </message>
    <message/>
  </messages>
</request>
"""


def test_issues_carry_the_line_of_their_element() -> None:
    error = refusal(LINED, TM)
    lines = {(i.path, i.code): i.line for i in error.issues}
    assert lines == {
        ("/messages/1/from", "sender.length"): 9,
        ("/messages/1/to/1", "destination.length"): 12,
        ("/messages/1/text", "field.duplicate"): 15,  # the one kept: the last
        ("/messages/1/colour", "field.unknown"): 16,
        ("/messages/2/to", "field.missing"): 18,  # missing: the line of its parent
        ("/messages/2/text", "field.missing"): 18,
    }
    assert "(line 12)" in str(error)


def test_xml_only_issues_and_syntax_errors_carry_lines_too() -> None:
    body = b'<request>\n<to>41793026727</to>\n<text a="1">x</text>\n</request>'
    (issue,) = refusal(body, TS).issues
    assert (issue.code, issue.line) == ("xml.attribute", 3)
    broken = refusal(b"<request>\n<to>41793026727</to>\n<text>x</txet>\n</request>", TS)
    assert (broken.code, broken.issues[0].line) == ("xml.syntax", 3)


def test_namespaced_paths_find_their_lines() -> None:
    body = b'<request xmlns="urn:x">\n<to>\n<to>1</to>\n</to>\n<text>x</text>\n</request>'
    lines = {(i.path, i.code): i.line for i in refusal(body, TS).issues}
    assert lines == {("", "xml.namespace"): 1, ("/to/0", "destination.length"): 3}


# --- limits ---------------------------------------------------------------------------------


def test_depth_limit() -> None:
    body = single("<to>41793026727</to><text>a</text>")
    assert xml(body, TS, limits=sc.Limits(max_depth=2))
    assert refusal(body, TS, limits=sc.Limits(max_depth=1)).code == "limit.depth"
    deep = TM(messages=(sc.TextMessage(to=("41793026727", "41793026731"), text="a"),))
    written = sc.encode(deep, format="xml")  # request/messages/message/to/to: five levels
    assert xml(written, TM, limits=sc.Limits(max_depth=5)) == deep
    assert refusal(written, TM, limits=sc.Limits(max_depth=4)).code == "limit.depth"
    # Subtrees the tree never walks count too.
    hidden = single("<to>41793026727</to><text>a</text><x><y><z/></y></x>")
    assert refusal(hidden, TS, limits=sc.Limits(max_depth=3)).code == "limit.depth"
    assert refusal(hidden, TS, limits=sc.Limits(max_depth=4)).code == "field.unknown"


def test_size_limit() -> None:
    body = single("<to>41793026727</to><text>a</text>")
    assert refusal(body, TS, limits=sc.Limits(max_bytes=len(body) - 1)).code == "limit.bytes"
    assert xml(body, TS, limits=sc.Limits(max_bytes=len(body)))
    assert refusal(body.decode(), TS, limits=sc.Limits(max_bytes=len(body) - 1)).code == (
        "limit.bytes"
    )


def test_shape_reads_three_levels_of_names() -> None:
    from smscodec._xml.codec import shape

    raw = (VECTORS / "binary-multi-request.xml").read_bytes()
    root, names = shape(raw, sc.Limits())
    assert (root, set(names)) == ("request", {"messages"})
    assert set(names["messages"]["message"]) == {"from", "to", "binary"}
    assert names["messages"]["message"]["to"] == {}  # the fourth level is left out
    with pytest.raises(sc.DecodeError):
        shape(b'<!DOCTYPE r><r/>', sc.Limits())


# --- laws -----------------------------------------------------------------------------------

# XML 1.0's characters, less the surrogates; CR, TAB and markup characters are drawn often.
xml_chars = st.characters(
    exclude_categories=["Cs"],
    exclude_characters="\ufffe\uffff",
    min_codepoint=0x20,
) | st.sampled_from("\t\n\r&<>]\"' ")
texts = st.text(xml_chars, min_size=1, max_size=40)
destinations = st.from_regex(r"[1-9][0-9]{6,14}", fullmatch=True)
tos = st.lists(destinations, min_size=1, max_size=3).map(tuple)
senders = st.none() | st.sampled_from(["InfoSMS", "41793026700", "Wine Shop", "A1 B2"])
contents = st.one_of(
    st.builds(sc.BinaryContent, hex=st.binary(min_size=1, max_size=30), data_coding=st.just(4),
              esm_class=st.just(0)),
    st.builds(sc.BinaryContent, hex=st.binary(min_size=1, max_size=30).map(
        lambda b: bytes(x & 0x7F for x in b)), data_coding=st.sampled_from([0, 1])),
    st.builds(sc.BinaryContent, hex=st.binary(min_size=1, max_size=15).map(lambda b: b * 2),
              data_coding=st.just(8)),
)
text_messages = st.builds(sc.TextMessage, to=tos, text=texts, sender=senders)
binary_messages = st.builds(sc.BinaryMessage, to=tos, binary=contents, sender=senders)
response_strings = st.text(xml_chars, max_size=20)
statuses = st.builds(
    sc.Status, group_id=st.integers(-(2**63), 2**63 - 1), group_name=response_strings,
    id=st.integers(-5, 500), name=response_strings, description=response_strings,
    action=st.none() | response_strings,
)
sent = st.builds(sc.SentMessage, to=response_strings, status=statuses,
                 sms_count=st.integers(0, 300), message_id=response_strings)

VALUES = st.one_of(
    st.builds(TM, messages=st.lists(text_messages, min_size=1, max_size=3).map(tuple)),
    st.builds(BM, messages=st.lists(binary_messages, min_size=1, max_size=3).map(tuple)),
    st.builds(TS, to=tos, text=texts, sender=senders),
    st.builds(BS, to=tos, binary=contents, sender=senders),
    st.builds(RESPONSE, messages=st.lists(sent, max_size=3).map(tuple),
              bulk_id=st.none() | response_strings),
    st.builds(ERROR, service_exception=st.builds(
        sc.ServiceException, message_id=response_strings, text=response_strings)),
)


@given(VALUES)
def test_xml_round_trip(value: Any) -> None:
    written = sc.encode(value, format="xml")
    again = xml(written, type(value))
    assert again == value
    assert sc.encode(again, format="xml") == written


@given(VALUES)
def test_json_to_xml_to_json_keeps_the_value(value: Any) -> None:
    model = type(value)
    from_json = sc.decode(sc.encode(value), model)
    via_xml = xml(sc.encode(from_json, format="xml"), model)
    assert via_xml == value
    assert sc.encode(via_xml) == sc.encode(value)


@given(VALUES, st.sampled_from(["\x00", "\x01", "\x0b", "\x0c", "\x1f", "\ufffe", "\uffff"]),
       st.data())
def test_unencodable_text_is_refused_never_altered(value: Any, char: str,
                                                   data: st.DataObject) -> None:
    tree = json.loads(sc.encode(value))
    strings = _string_paths(tree, value)
    if not strings:
        return
    path = data.draw(st.sampled_from(strings))
    _set(tree, path, _get(tree, path) + char)
    changed = sc.decode(json.dumps(tree).encode(), type(value))
    with pytest.raises(sc.EncodeError) as info:
        sc.encode(changed, format="xml")
    assert info.value.issues[0].path == "".join(f"/{p}" for p in path)
    assert info.value.code == "xml.unencodable"


def _string_paths(tree: Any, value: Any) -> list[tuple[Any, ...]]:
    # Free-text fields only: the rules confine the others to ASCII letters and digits.
    free = {"text", "groupName", "name", "description", "action", "messageId", "bulkId"}
    out: list[tuple[Any, ...]] = []

    def walk(node: Any, at: tuple[Any, ...]) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if isinstance(v, str) and k in free:
                    out.append((*at, k))
                walk(v, (*at, k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, (*at, i))

    walk(tree, ())
    return out


def _get(tree: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        tree = tree[p]
    return tree


def _set(tree: Any, path: tuple[Any, ...], value: Any) -> None:
    _get(tree, path[:-1])[path[-1]] = value


MODELS = [TM, BM, TS, BS, RESPONSE, ERROR]
xmlish = st.lists(
    st.sampled_from([
        "<request>", "</request>", "<messages>", "</messages>", "<message>", "</message>",
        "<to>", "</to>", "<text>", "</text>", "<binary>", "</binary>", "<hex>", "</hex>",
        "<smsResponse>", "</smsResponse>", "<status>", "<groupId>", "</groupId>", "<x/>",
        "41793026727", "41 42", "8", " ", "\n", "&amp;", "&#13;", "&#0;", "&bad;", "<!--c-->",
        "<![CDATA[x]]>", "<?pi?>", '<?xml version="1.0"?>', "<!DOCTYPE r>", 'a="1"', "<",
        ">", "&", "\x00", "\ud800", "\ufeff", "é", "😀", "xmlns='u'", "<x:y xmlns:x='u'/>",
    ]),
    max_size=25,
).map("".join)


@given(st.one_of(st.binary(max_size=200), xmlish.map(lambda s: s.encode("utf-8", "replace")),
                 xmlish),
       st.sampled_from(MODELS), st.booleans())
def test_arbitrary_input_gives_a_value_or_a_codec_error(data: bytes | str, model: type[Any],
                                                        strict: bool) -> None:
    try:
        value = xml(data, model, strict=strict)
    except sc.SmsCodecError as exc:
        assert exc.issues
        assert all(i.line is None or i.line >= 1 for i in exc.issues)
    else:
        assert isinstance(value, model)


# --- the plain reader -----------------------------------------------------------------------

# What can be done to one element of a written body; each makes it less than plain, or not.
_MUTATIONS = (
    "none", "rename", "namespace", "attribute", "xml attribute",
    "duplicate", "remove", "empty", "text", "blank text", "tail", "blank tail", "child",
    "integer text", "negative integer", "comment", "cdata",
)


def _mutate(el: Any, how: str, text: str) -> None:
    from lxml import etree

    name = etree.QName(el).localname
    if how == "rename":
        el.tag = "x" + name
    elif how == "namespace":
        el.tag = "{urn:x}" + name
    elif how == "attribute":
        el.set("a", text)
    elif how == "xml attribute":
        el.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
    elif how == "duplicate" and el.getparent() is not None:
        el.addnext(copy.deepcopy(el))
    elif how == "remove" and el.getparent() is not None:
        el.getparent().remove(el)
    elif how == "empty":
        el[:] = []
        el.text = None
    elif how == "text":
        el.text = text + (el.text or "")
    elif how == "blank text":
        el.text = " \n\t" + (el.text or "")
    elif how == "tail" and el.getparent() is not None:
        el.tail = text
    elif how == "blank tail" and el.getparent() is not None:
        el.tail = "\r\n "
    elif how == "child":
        etree.SubElement(el, "to").text = "41793026727"
    elif how == "integer text":
        el.text = text.strip() or "7"
    elif how == "negative integer":
        el.text = "-12"
    elif how == "comment":
        el.append(etree.Comment("c"))
    elif how == "cdata" and not len(el):
        el.text = etree.CDATA((el.text or "") + "x")


def _typed(tree: Any) -> Any:
    """The tree with the type of every node, so that 1 and "1", {} and Duplicates differ."""
    if isinstance(tree, dict):
        return (type(tree).__name__, [(k, _typed(v)) for k, v in tree.items()],
                getattr(tree, "repeated", None))
    if isinstance(tree, list):
        return ("list", [_typed(v) for v in tree])
    return (type(tree).__name__, tree)


@given(VALUES, st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(_MUTATIONS),
                                  st.sampled_from(["1", "a=b", " 5 ", "x<y", "\u00e9\u20ac"])),
                        max_size=3),
       st.booleans(), st.booleans(),
       st.sampled_from(["utf-8", "utf-16", "iso-8859-1", "utf-7", "str"]),
       st.sampled_from([32, 1, 2, 3, 4, 5]))
def test_the_plain_reader_builds_the_general_tree_or_none(
    value: Any, mutations: list[tuple[int, str, str]], indent: bool, strict: bool,
    encoding: str, max_depth: int,
) -> None:
    from lxml import etree

    from smscodec._core.report import Report
    from smscodec._spec.bodies import BODY_OF
    from smscodec._xml import codec as xmlcodec
    from smscodec._xml import markup, parse
    from smscodec._xml import read as xmlread

    body = BODY_OF[type(value)]
    root = etree.fromstring(sc.encode(value, format="xml"))
    for at, how, text in mutations:
        elements = [el for el in root.iter() if isinstance(el.tag, str)]
        _mutate(elements[at % len(elements)], how, text)
    if indent:
        etree.indent(root, space=" ")
    written: bytes | str
    if encoding == "str":
        written = etree.tostring(root, encoding="unicode")
    elif encoding == "utf-7":
        # Where an attribute's '=' need not be the byte 0x3D.
        seven = etree.tostring(root, encoding="unicode").encode("utf-7")
        written = b'<?xml version="1.0" encoding="UTF-7"?>' + seven.replace(b"=", b"+AD0-")
    else:
        written = etree.tostring(root, encoding=encoding, xml_declaration=True)
    limits = sc.Limits(max_depth=max_depth)
    raw = parse._encoded(written, limits)
    try:
        parsed = parse._parse(raw)
    except sc.DecodeError:  # libxml2 reads some UTF-7 otherwise than Python writes it
        assert encoding == "utf-7"
        return
    state = markup._State(Report(limits, strict=strict, xml=True),
                            check=body.closed or strict, max_depth=max_depth)
    try:
        general = _typed(xmlread._tree(parsed, body, state))
    except sc.DecodeError:
        general = None
    plain = xmlcodec._plain_tree(raw, parsed, body, limits)
    if plain is not None:
        # Taken only where the general reader reports nothing and reads no further.
        assert general is not None
        assert not state.report.issues
        assert not state.deep
        assert _typed(plain) == general
    if max_depth == 32 and all(how == "none" for _, how, _ in mutations):
        # And taken for every body written as the writer writes it (if it has children).
        assert plain is not None or not len(parsed)
