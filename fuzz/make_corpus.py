#!/usr/bin/env python3
"""Rebuild the seed corpus in fuzz/corpus/ (run from anywhere: ``python fuzz/make_corpus.py``).

Seeds are the example bodies in tests/vectors/ plus hand-made edge cases below, in both
formats: every body harness gets every body of its format (a body of another type is a
useful near miss), `convert` gets the JSON ones, `cli_check` gets all of them. The XML
twins of the JSON seeds are written by the library's own encoder, so rerun this after a
change to the wire format. Existing seed files are replaced; nothing else is touched.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

import _fuzzlib

FUZZ = Path(__file__).resolve().parent
CORPUS = FUZZ / "corpus"
VECTORS = _fuzzlib.ROOT / "tests" / "vectors"

TO = '"41793026727"'

JSON_SEEDS: dict[str, str] = {
    "text-single": '{"from":"InfoSMS","to":"41793026727","text":"Test SMS."}',
    "text-single-many-to": '{"from":"41793026700","to":["41793026727","41793026731"],'
    '"text":"Hi"}',
    "text-single-astral": '{"to":' + TO + ',"text":"Hi \U0001f600 \U0001d11e ünïcödé €[]~"}',
    "text-single-escapes": '{"to":' + TO + r',"text":"a\r\nb\tç\\\"\u20ac\ud83d\ude00"}',
    "text-single-long": '{"to":' + TO + ',"text":"' + "x" * 161 + "{" * 3 + '"}',
    "text-single-not-xml": '{"to":' + TO + r',"text":"a\u0000b\u000cc\ufffe\uffff"}',
    "text-single-lone-surrogate": '{"to":' + TO + r',"text":"\ud800"}',
    "text-single-bad": '{"from":"+41 79","to":["+41 79 302 67 27","0041793026727",""],'
    '"text":"","extra":1}',
    "text-single-odd-keys": '{"to":' + TO + r',"text":"x","\u0000\b\ufffe":1,"\ud800":2,'
    '"a/b~c":3}',
    "text-single-duplicate": '{"to":' + TO + ',"to":"41793026728","text":"x","text":"y"}',
    "text-multi-two": '{"messages":[{"from":"WineShop","to":' + TO + ',"text":"A"},'
    '{"to":["41793026834","41793026835"],"text":"B\\r"}]}',
    "text-multi-empty": '{"messages":[]}',
    "binary-single-udhi": '{"from":"InfoSMS","to":' + TO + ',"binary":{"hex":'
    '"05 00 03 2a 02 01 48 65 6c 6c 6f","dataCoding":0,"esmClass":64}}',
    "binary-single-ucs2-astral": '{"to":' + TO + ',"binary":{"hex":"D8 3D DE 00 00 41",'
    '"dataCoding":8,"esmClass":0}}',
    "binary-single-defaults": '{"to":' + TO + ',"binary":{"hex":"1b 3c 1b 3e"}}',
    "binary-single-bad": '{"to":' + TO + ',"binary":{"hex":"4  5g 123","dataCoding":256,'
    '"esmClass":-1.5}}',
    "binary-single-numbers": '{"to":' + TO + ',"binary":{"hex":"00","dataCoding":1e400,'
    '"esmClass":123456789012345678901234567890}}',
    "binary-multi-udhi-too-long": '{"messages":[{"to":' + TO + ',"binary":{"hex":"'
    + " ".join(["8c"] + ["00"] * 141)
    + '","dataCoding":4,"esmClass":64}}]}',
    "response-single": '{"messages":[{"to":' + TO + ',"status":{"groupId":5,'
    '"groupName":"REJECTED","id":6,"name":"REJECTED_NETWORK","description":"Network is '
    'forbidden","action":"Contact account manager"},"smsCount":1,"messageId":"abc"}]}',
    "response-strict": '{"bulkId":"b","messages":[{"to":"x","status":{"groupId":9,'
    '"groupName":"accepted","id":0,"name":"","description":"","extra":[]},"smsCount":0,'
    '"messageId":""}],"unknown":{"a":1}}',
    "request-error": '{"requestError":{"serviceException":{"messageId":"BAD_REQUEST",'
    '"text":"Bad request \u00e9\\u0007"}}}',
    "request-error-map": '{"requestError":{"serviceException":{"messageId":"X","text":null,'
    '"validationErrors":{"a":["m"],"a":[],"":[1,null],"b":"c"}}}}',
    "response-nulls": '{"bulkId":null,"messages":[{"to":null,"status":{"groupId":1,"id":2,'
    '"groupName":null},"smsCount":null,"messageId":"m"}]}',
    "text-single-plus": '{"to":["+41793026727","++41793026727","+041793026727","+"],'
    '"text":"x"}',
    "request-error-extra": '{"requestError":{"serviceException":{"messageId":"X","text":""},'
    '"x":1},"y":2}',
    "not-json": '{"messages":[NaN, Infinity, -0.0, 1e5, [[[[[[{}]]]]]]',
    "bulk-send-at-forms": '{"bulkId":"b","sendAt":"2021-08-25T16:00:00.123456-05:30"}',
    "bulk-send-at-bad": '{"sendAt":"2021-02-29T24:00:00.000+2400","status":"paused"}',
    "bulk-status-unknown": '{"bulkId":null,"status":"ARCHIVED","x":[]}',
}

XML_SEEDS: dict[str, str] = {
    "text-single-nested-to": "<request><from>InfoSMS</from><to><to>41793026727</to></to>"
    "<text>Test SMS.</text></request>",
    "text-single-flat-to": "<request><to>41793026727</to><text>Hi</text></request>",
    "text-single-mixed-data": '<?xml version="1.0" encoding="UTF-8"?>\n<request>\n <text>a'
    "&#13;b<![CDATA[<c>]]><!-- x -->d&amp;&#x1F600;</text>\n <to>\n  <to>41793026727</to>\n"
    "  <to>41793026731</to>\n </to>\n</request>",
    "text-single-astral": "<request><to><to>41793026727</to></to><text>\U0001f600 €{}</text>"
    "</request>",
    "text-multi": "<request><messages><message><from>WineShop</from><to>41793026727</to>"
    "<text>A</text></message><message><to><to>41793026834</to><to>41793026835</to></to>"
    "<text>B</text></message></messages></request>",
    "binary-single-udhi": "<request><to><to>41793026727</to></to><binary><hex>05 00 03 2a 02"
    " 01 48 65</hex><dataCoding> 0 </dataCoding><esmClass>\n64\n</esmClass></binary></request>",
    "binary-multi-bad": "<request><messages><message><to><to>+41</to><to/></to><binary>"
    "<hex>zz 1</hex><dataCoding>-1</dataCoding><esmClass>1.0</esmClass><x/></binary>"
    "</message></messages></request>",
    "namespaced": '<request xmlns:a="urn:a"><a:to>41793026727</a:to><to a:b="c">41793026727'
    "</to><text>x<b/>y</text></request>",
    "doctype-entity": '<?xml version="1.0"?><!DOCTYPE request [<!ENTITY a "aaaaaaaaaa">'
    '<!ENTITY b "&a;&a;&a;&a;">]><request><to>41793026727</to><text>&b;</text></request>',
    "external-entity": '<!DOCTYPE r SYSTEM "http://127.0.0.1/x.dtd"><request/>',
    "response": "<smsResponse><messages><message><to>41793026727</to><status><groupId>0"
    "</groupId><groupName>ACCEPTED</groupName><id>0</id><name>MESSAGE_ACCEPTED</name>"
    "<description>Message accepted</description><action>none</action></status><smsCount>1"
    "</smsCount><messageId>m1</messageId><extra>1</extra></message></messages>"
    "</smsResponse>",
    "response-other-names": "<response><bulkId>b</bulkId><messages><sentMessage><to>1</to>"
    "<status><groupId>1</groupId><groupName>x</groupName><id>1</id><name>n</name>"
    "<description/></status><smsCount>2</smsCount><messageId/></sentMessage></messages>"
    "</response>",
    "request-error": "<requestError><serviceException><messageId>BAD_REQUEST</messageId>"
    "<text>Bad request</text></serviceException></requestError>",
    "request-messages-items": "<request><messages><messages><to><to>+41793026727</to></to>"
    "<text>a</text></messages><message><to>41793026727</to><text>b</text></message>"
    "</messages></request>",
    "error-map-odd": "<ApiException><requestError><serviceException><messageId>X</messageId>"
    "<validationErrors><entry><key>a</key><value>m</value><value><b/></value></entry><entry>"
    "<value>v</value></entry><entry><key>a</key><key>b</key></entry><x/></validationErrors>"
    "</serviceException></requestError><y/></ApiException>",
    "deep": "<request>" + "<a>" * 40 + "</a>" * 40 + "</request>",
    "not-xml": "<request><to>1</to><text>x</request>",
    "pi-and-comment": "<?pi x?><!-- c --><request><to>41793026727</to><text>a<?pi y?>b"
    "</text></request><!-- after -->",
    "bulk-send-at-spaced": "<BulkRequest><sendAt> 2021-08-25T16:00:00Z</sendAt><x/>"
    "</BulkRequest>",
    "bulk-status-odd": "<UpdateStatusRequest><status>PAU<!-- c -->SED</status>"
    "<status>FAILED</status></UpdateStatusRequest>",
}

XML_BYTES_SEEDS: dict[str, bytes] = {
    "utf16-bom": "\ufeff<request><to>41793026727</to><text>\u00e9\U0001f600</text></request>"
    .encode("utf-16-le"),
    "latin1-declared": '<?xml version="1.0" encoding="ISO-8859-1"?><request><to>41793026727'
    "</to><text>caf\xe9</text></request>".encode("latin-1"),
}

# count_segments: (selector, language bytes, text, the language they stand for). Selector
# low 3 bits: 0 None, 3 auto, 4 a code picked by the next byte, 6 a short string (count
# byte, then ConsumeUnicode's); 0x40 allows surrogates, 0x80 upper-cases auto and codes.
SEGMENT_SEEDS: dict[str, tuple[int, bytes, str, str | None]] = {
    "empty": (0, b"", "", None),
    "gsm-160": (0, b"", "a" * 160, None),
    "gsm-161": (0, b"", "a" * 161, None),
    "gsm-escape-boundary": (0, b"", "a" * 152 + "€" + "b" * 160, None),
    "ucs2-astral-boundary": (0, b"", "é" * 66 + "\U0001f600" * 3 + "ç" * 70, None),
    "ucs2-70": (0, b"", "Ж" * 70, None),
    "auto-turkish": (0x83, b"", "Şişli'de ğüzel çiçekler ıİ " * 10, "auto"),
    "code-pt": (4, b"\x02", "Promoção ÁÍÓÚ ÂÊÔ ÃÕ " * 8, "pt"),
    "code-upper": (0x84, b"\x03", "ঀআ " * 30, "BN"),
    "bad-language": (6, b"\x02\x01zz", "hello", "zz"),
    "surrogates": (0x40, b"", "a\ud800b\udc00\U0001f600", None),
    "controls": (0, b"", "\x00\x1b\x0c\r\n\t`ç^{}[]~|\\€", None),
}

# count_binary_segments: data_coding, esm_class, payload.
BINARY_SEGMENT_SEEDS: dict[str, bytes] = {
    "gsm-hello": b"\x00\x00Hello",
    "gsm-escapes": b"\x00\x00" + b"a" * 152 + b"\x1b\x3c" + b"b" * 160,
    "ucs2-surrogate-boundary": b"\x08\x00" + b"\x00A" * 66 + b"\xd8\x3d\xde\x00" + b"\x00B" * 70,
    "udhi": b"\x00\x40\x05\x00\x03\x2a\x02\x01Hello",
    "binary-300": b"\x04\x00" + bytes(range(256)) + bytes(44),
    "udhi-overlong": b"\xf5\x40\xff\x01",
}


def _name(stem: str, data: bytes, ext: str = "") -> str:
    return f"{stem}-{hashlib.sha1(data).hexdigest()[:8]}{ext}"


def _write(harness: str, seeds: dict[str, bytes]) -> None:
    folder = CORPUS / harness
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for stem, data in sorted(seeds.items()):
        (folder / _name(stem, data)).write_bytes(data)


def _segment_input(selector: int, language: bytes, text: str) -> bytes:
    return bytes([selector]) + language + b"\x00" + text.encode("utf-32-le", "surrogatepass")


def main() -> int:
    import smscodec

    json_seeds = {name: text.encode("utf-8", "surrogatepass") for name, text in
                  JSON_SEEDS.items()}
    xml_seeds = {name: text.encode("utf-8") for name, text in XML_SEEDS.items()}
    xml_seeds.update(XML_BYTES_SEEDS)
    for path in sorted(VECTORS.rglob("*")):
        if path.suffix not in (".json", ".xml"):
            continue
        seeds = json_seeds if path.suffix == ".json" else xml_seeds
        seeds["vector-" + path.stem] = path.read_bytes()
    # The XML twin of every JSON seed that decodes: the encoder's canonical form.
    for name, data in list(json_seeds.items()):
        for suffix in _fuzzlib.TYPES:
            try:
                value = smscodec.decode(data, _fuzzlib.model(suffix))
                xml_seeds["twin-" + name] = smscodec.encode(value, format="xml")
            except smscodec.SmsCodecError:
                continue
            # The first type that reads it: the bulk responses, which require no field,
            # read any object and would make every twin an empty one.
            break

    for suffix in _fuzzlib.TYPES:
        _write(f"json_{suffix}", json_seeds)
        _write(f"xml_{suffix}", xml_seeds)
    _write("convert", json_seeds)
    _write("cli_check", {**json_seeds, **{"xml-" + k: v for k, v in xml_seeds.items()}})

    sys.argv = sys.argv[:1]
    import fuzz_segments

    segment_seeds = {}
    for name, (selector, language, text, meant) in SEGMENT_SEEDS.items():
        data = _segment_input(selector, language, text)
        assert fuzz_segments.parse(data) == (text, meant), (name, fuzz_segments.parse(data))
        segment_seeds[name] = data
    _write("segments", segment_seeds)
    _write("binary_segments", BINARY_SEGMENT_SEEDS)
    for folder in sorted(CORPUS.iterdir()):
        print(f"{folder.name}: {len(list(folder.iterdir()))} seeds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
