"""Hostile XML: every attack is refused with its code, quickly, and leaks nothing.

The one timing bound here (a second per document) is a safety property: an entity bomb or a
deep document must be refused before it can cost real time or memory. It is not a benchmark.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

import smscodec as sc

TS = sc.TextSingleRequest
RESPONSE = sc.SmsResponse
SECRET = "root:x:0:0:smscodec-secret"
BIG = sc.Limits(max_bytes=2**30)


@pytest.fixture(scope="module")
def secret(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A file URL whose content must never show up anywhere."""
    path: Path = tmp_path_factory.mktemp("hostile") / "passwd"
    path.write_text(SECRET + "\n")
    return path.as_uri()


def _billion_laughs() -> bytes:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    return (
        '<?xml version="1.0"?><!DOCTYPE request [' + "".join(entities) + "]>"
        "<request><to>41793026727</to><text>&lol9;</text></request>"
    ).encode()


def _quadratic() -> bytes:
    return (
        b'<!DOCTYPE request [<!ENTITY a "' + b"x" * 50_000 + b'">]><request><to>41793026727</to>'
        b"<text>" + b"&a;" * 100_000 + b"</text></request>"
    )


def _doc(doctype: str, body: str = "<request><to>41793026727</to><text>&e;</text></request>",
         encoding: str = "utf-8") -> bytes:
    declaration = f'<?xml version="1.0" encoding="{encoding.upper()}"?>'
    return (declaration + doctype + body).encode(encoding)


def _deep(levels: int) -> bytes:
    return b"<request>" + b"<a>" * levels + b"</a>" * levels + b"</request>"


# (name, body as a function of the secret file's URL, model, limits, expected code)
CASES: list[tuple[str, Any, type[Any], sc.Limits | None, str]] = [
    ("billion laughs", lambda _: _billion_laughs(), TS, None, "xml.doctype"),
    ("quadratic blowup", lambda _: _quadratic(), TS, None, "xml.doctype"),
    ("external entity, file", lambda url: _doc(f'<!DOCTYPE request [<!ENTITY e SYSTEM "{url}">]>'),
     TS, None, "xml.doctype"),
    ("external entity, /etc/passwd",
     lambda _: _doc('<!DOCTYPE request [<!ENTITY e SYSTEM "file:///etc/passwd">]>'),
     TS, None, "xml.doctype"),
    ("external entity, http",
     lambda _: _doc('<!DOCTYPE request [<!ENTITY e SYSTEM "http://127.0.0.1:9/x">]>'),
     TS, None, "xml.doctype"),
    ("parameter entity",
     lambda url: _doc(f'<!DOCTYPE request [<!ENTITY % p SYSTEM "{url}"> %p;]>',
                      "<request><to>41793026727</to><text>x</text></request>"),
     TS, None, "xml.doctype"),
    ("parameter entity smuggling a general one",
     lambda url: _doc(f'<!DOCTYPE request [<!ENTITY % p SYSTEM "{url}">'
                      '<!ENTITY % q "<!ENTITY e \'%p;\'>"> %q;]>'),
     TS, None, "xml.doctype"),
    ("external DTD", lambda url: _doc(f'<!DOCTYPE request SYSTEM "{url}">',
                                      "<request><to>41793026727</to><text>x</text></request>"),
     TS, None, "xml.doctype"),
    ("public DTD",
     lambda _: _doc('<!DOCTYPE request PUBLIC "-//X//DTD X//EN" "http://127.0.0.1:9/x.dtd">',
                    "<request><to>41793026727</to><text>x</text></request>"),
     TS, None, "xml.doctype"),
    ("bare DOCTYPE", lambda _: b"<!DOCTYPE request><request/>", TS, None, "xml.doctype"),
    ("DOCTYPE in UTF-16 with a BOM",
     lambda url: _doc(f'<!DOCTYPE request [<!ENTITY e SYSTEM "{url}">]>', encoding="utf-16"),
     TS, None, "xml.doctype"),
    ("DOCTYPE in UTF-16BE without a BOM",
     lambda url: _doc(f'<!DOCTYPE request [<!ENTITY e SYSTEM "{url}">]>', encoding="utf-16-be"),
     TS, None, "xml.doctype"),
    ("DOCTYPE in UTF-16LE without a declaration",
     lambda _: '\ufeff<!DOCTYPE request [<!ENTITY e "x">]><request/>'.encode("utf-16-le"),
     TS, None, "xml.doctype"),
    ("DOCTYPE after a long comment",
     lambda _: b"<!--" + b"c" * 10_000 + b'--><!DOCTYPE request [<!ENTITY e "x">]>'
     b"<request><to>41793026727</to><text>&e;</text></request>",
     TS, None, "xml.doctype"),
    ("malformed internal subset",
     lambda _: b'<!DOCTYPE request [<!ENTITY e "x" <<<]><request/>', TS, None, "xml.doctype"),
    ("DOCTYPE in a response", lambda url: _doc(
        f'<!DOCTYPE smsResponse [<!ENTITY e SYSTEM "{url}">]>',
        "<smsResponse><bulkId>&e;</bulkId><messages/></smsResponse>"),
     RESPONSE, None, "xml.doctype"),
    ("undefined entity", lambda _: b"<request><to>41793026727</to><text>&e;</text></request>",
     TS, None, "xml.syntax"),
    ("10,000-deep nesting", lambda _: _deep(10_000), TS, None, "limit.depth"),
    ("200-deep nesting", lambda _: _deep(200), TS, None, "limit.depth"),
    ("200-deep nesting in a response", lambda _: b"<smsResponse><messages/>" + b"<a>" * 200
     + b"</a>" * 200 + b"</smsResponse>", RESPONSE, None, "limit.depth"),
    ("huge attribute", lambda _: b'<request a="' + b"x" * 5_000_000
     + b'"><to>41793026727</to><text>x</text></request>', TS, None, "xml.attribute"),
    ("attribute beyond libxml2's bound", lambda _: b'<request a="' + b"x" * 11_000_000
     + b'"><to>41793026727</to><text>x</text></request>', TS, BIG, "xml.syntax"),
    ("body beyond max_bytes", lambda _: b"<request><to>41793026727</to><text>"
     + b"x" * 9_000_000 + b"</text></request>", TS, None, "limit.bytes"),
    ("huge text", lambda _: b"<request><to>41793026727</to><text>"
     + b"x" * 5_000_000 + b"</text></request>", TS, None, "limit.text_length"),
    ("text beyond libxml2's bound", lambda _: b"<request><to>41793026727</to><text>"
     + b"x" * 11_000_000 + b"</text></request>", TS, BIG, "xml.syntax"),
    ("namespaced element", lambda _: b'<request xmlns:x="urn:x"><to>41793026727</to>'
     b"<x:text>x</x:text></request>", TS, None, "xml.namespace"),
    ("default namespace", lambda _: b'<request xmlns="urn:x"><to>41793026727</to>'
     b"<text>x</text></request>", TS, None, "xml.namespace"),
    ("attributed element", lambda _: b'<request><to kind="msisdn">41793026727</to>'
     b"<text>x</text></request>", TS, None, "xml.attribute"),
    ("XInclude", lambda url: (
        '<request xmlns:xi="http://www.w3.org/2001/XInclude"><to>41793026727</to>'
        f'<xi:include href="{url}" parse="text"/><text>x</text></request>').encode(),
     TS, None, "xml.namespace"),
    ("trailing element", lambda _: b"<request><to>41793026727</to><text>x</text></request><x/>",
     TS, None, "xml.syntax"),
    ("trailing text", lambda _: b"<request><to>41793026727</to><text>x</text></request>junk",
     TS, None, "xml.syntax"),
    ("trailing DOCTYPE", lambda _: b"<request><to>41793026727</to><text>x</text></request>"
     b"<!DOCTYPE request>", TS, None, "xml.syntax"),
    ("two roots of 8 MB", lambda _: b"<request/>" * 800_000, TS, None, "xml.syntax"),
    # Crowds: what parsing costs, not a Python step per element (sizes leave a loaded
    # machine room under the bound).
    ("repeated elements", lambda _: b"<request>" + b"<a/>" * 500_000 + b"</request>",
     TS, None, "field.duplicate"),
    ("distinct unknown elements", lambda _: b"<request>"
     + b"".join(b"<a%d/>" % i for i in range(100_000)) + b"</request>", TS, None, "field.missing"),
    ("items beyond the limit", lambda _: b"<request><messages>" + b"<message/>" * 500_000
     + b"</messages></request>", sc.TextMultiRequest, None, "limit.messages"),
    ("destinations beyond the limit", lambda _: b"<request><to>" + b"<to/>" * 500_000
     + b"</to><text>x</text></request>", TS, None, "limit.destinations"),
    ("response items beyond the limit", lambda _: b"<smsResponse><messages>"
     + b"<m/>" * 500_000 + b"</messages></smsResponse>", RESPONSE, None, "limit.messages"),
    ("markup in a text", lambda _: b"<request><to>41793026727</to><text>"
     + b"<a/>" * 500_000 + b"</text></request>", TS, None, "type.string"),
]


@pytest.mark.parametrize(("name", "make", "model", "limits", "code"), CASES,
                         ids=[c[0] for c in CASES])
def test_hostile_documents_are_refused_quickly(
    name: str, make: Any, model: type[Any], limits: sc.Limits | None, code: str, secret: str
) -> None:
    data: bytes = make(secret)
    started = time.perf_counter()
    with pytest.raises(sc.SmsCodecError) as info:
        sc.decode(data, model, format="xml", limits=limits)
    elapsed = time.perf_counter() - started
    # Not a speed measurement: a bound that an expansion or a quadratic walk would blow by
    # orders of magnitude, with room for a loaded machine and coverage tracing (which take
    # the 100,000-element crowds to about 0.8 s on two busy cores).
    assert elapsed < 3.0, f"{name}: {elapsed:.2f}s"
    error = info.value
    assert error.code == code, str(error)[:500]
    shown = str(error) + repr(error.issues)
    assert "root:" not in shown
    assert "smscodec-secret" not in shown
    assert len(shown) < 20_000  # no message quotes a hostile document at length


def test_doctype_is_refused_as_str_too(secret: str) -> None:
    body = f'<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE request [<!ENTITY e SYSTEM ' \
           f'"{secret}">]><request><to>41793026727</to><text>&e;</text></request>'
    with pytest.raises(sc.DecodeError) as info:
        sc.decode(body, TS, format="xml")
    assert info.value.code == "xml.doctype"


def test_foreign_elements_in_a_response_are_ignored_not_followed(secret: str) -> None:
    body = (
        '<smsResponse xmlns:xi="http://www.w3.org/2001/XInclude"><bulkId>b</bulkId>'
        f'<xi:include href="{secret}" parse="text"/><messages/></smsResponse>'
    ).encode()
    value = sc.decode(body, RESPONSE, format="xml")
    assert value == sc.SmsResponse(messages=(), bulk_id="b")
    assert "root:" not in repr(value)
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(body, RESPONSE, format="xml", strict=True)
    assert {i.code for i in info.value.issues} >= {"xml.namespace"}


def test_the_default_parser_is_not_used() -> None:
    # A program may loosen lxml's default parser; the codec must not follow it.
    from lxml import etree

    loose = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    etree.set_default_parser(loose)
    try:
        with pytest.raises(sc.DecodeError) as info:
            sc.decode(_billion_laughs(), TS, format="xml")
        assert info.value.code == "xml.doctype"
    finally:
        etree.set_default_parser(None)
