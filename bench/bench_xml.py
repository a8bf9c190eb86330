"""XML decode throughput: smscodec against lxml's parse alone and against xmlschema.

Run ``python bench/bench_xml.py`` (options: ``--messages N``, ``--repeat R``); it prints a
markdown table of medians measured in this one run, and the ratios between them. Times are the
CPU time of this process (``time.process_time``), so that other work on a shared machine
disturbs them less than it would wall-clock times; everything measured is single-threaded.
xmlschema is optional (``pip install xmlschema``); without it its column says so.

The body is a binary multi request of N messages (10,000 by default), each to two destinations,
in two layouts: smscodec's canonical output (no whitespace between elements) and the seed's
layout (one element a line, indented). What each row does with the same bytes:

- ``lxml.etree.fromstring``: parse into a tree and free it, nothing else: the floor for any
  lxml-based reader.
- ``smscodec.decode(format="xml")``: hardened parse, the DOCTYPE check, the neutral tree, every
  wire rule, and the typed, frozen model.
- ``xmlschema to_dict``: validate against an equivalent XSD (written below) and convert to
  dicts, the schema compiled once beforehand. It checks less than smscodec (no payload rules,
  no part counts) and builds plain dicts rather than typed objects.

Goals, from the issue that asked for this codec: smscodec within 4x of the parse alone, and at
least 10x faster than xmlschema.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lxml import etree

import smscodec
from smscodec import BinaryContent, BinaryMessage, BinaryMultiRequest

XSD = """\
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:simpleType name="destination">
    <xs:restriction base="xs:string"><xs:pattern value="[1-9][0-9]{6,14}"/></xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="sender">
    <xs:restriction base="xs:string">
      <xs:pattern value="[0-9]{3,14}|([0-9][0-9 ]*)?[A-Za-z]([0-9A-Za-z ]*[0-9A-Za-z])?"/>
      <xs:maxLength value="14"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="hex">
    <xs:restriction base="xs:string">
      <xs:pattern value="[0-9A-Fa-f]{2}( [0-9A-Fa-f]{2})*"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:simpleType name="octet">
    <xs:restriction base="xs:integer">
      <xs:minInclusive value="0"/><xs:maxInclusive value="255"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:element name="request">
    <xs:complexType>
      <xs:all>
        <xs:element name="messages">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="message" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:all>
                    <xs:element name="from" type="sender" minOccurs="0"/>
                    <xs:element name="to">
                      <xs:complexType>
                        <xs:sequence>
                          <xs:element name="to" type="destination" maxOccurs="unbounded"/>
                        </xs:sequence>
                      </xs:complexType>
                    </xs:element>
                    <xs:element name="binary">
                      <xs:complexType>
                        <xs:all>
                          <xs:element name="hex" type="hex"/>
                          <xs:element name="dataCoding" type="octet" minOccurs="0"/>
                          <xs:element name="esmClass" type="octet" minOccurs="0"/>
                        </xs:all>
                      </xs:complexType>
                    </xs:element>
                  </xs:all>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>
        </xs:element>
      </xs:all>
    </xs:complexType>
  </xs:element>
</xs:schema>
"""


def request(n: int) -> BinaryMultiRequest:
    payloads = [
        BinaryContent(hex=b"Test message.", data_coding=0, esm_class=0),
        BinaryContent(hex=bytes.fromhex("6d4b8bd577ed4fe13002"), data_coding=8, esm_class=0),
    ]
    return BinaryMultiRequest(
        messages=tuple(
            BinaryMessage(
                sender="InfoSMS" if i % 2 else "41793026700",
                to=(str(41793026727 + i), str(41793126727 + i)),
                binary=payloads[i % 2],
            )
            for i in range(n)
        )
    )


def seed_layout(compact: bytes) -> bytes:
    """The same document laid out as the seed is: one element a line, one space per level."""
    root = etree.fromstring(compact)
    etree.indent(root, space=" ")
    return etree.tostring(root)


def once_ms(run: Callable[[], Any]) -> float:
    # Garbage from the previous run is collected first, and the result is freed only after
    # the clock stops: each cell times the work of reading, not the freeing of what an
    # earlier cell made. (libxml2 trees are the exception: see the lxml row.)
    gc.collect()
    start = time.process_time()
    result = run()
    elapsed = time.process_time() - start
    del result
    return elapsed * 1000


def _parse_and_drop(data: bytes) -> None:
    etree.fromstring(data)


def median_ms(run: Callable[[], Any], repeat: int) -> float:
    return statistics.median(once_ms(run) for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=15, help="runs per cell (median)")
    parser.add_argument("--xmlschema-repeat", type=int, default=3,
                        help="runs per xmlschema cell (it is slow)")
    args = parser.parse_args()

    value = request(args.messages)
    compact = smscodec.encode(value, format="xml")
    layouts = {"canonical": compact, "seed layout": seed_layout(compact)}
    for data in layouts.values():  # the rows must all read the same body
        assert smscodec.decode(data, BinaryMultiRequest, format="xml") == value

    xmlschema: Any
    try:
        xmlschema = importlib.import_module("xmlschema")
    except ImportError:
        xmlschema = None
    schema: Any = xmlschema.XMLSchema(XSD) if xmlschema is not None else None
    json_body = smscodec.encode(value)

    print(f"Binary multi request, {args.messages} messages of two destinations each; CPU-time "
          f"medians of {args.repeat} runs ({args.xmlschema_repeat} for xmlschema), one run.")
    print(f"Python {sys.version.split()[0]}, lxml {etree.__version__}, libxml2 "
          f"{'.'.join(map(str, etree.LIBXML_VERSION))}"
          + (f", xmlschema {xmlschema.__version__}" if xmlschema is not None else ""))
    print()
    print("| layout | bytes | lxml.etree.fromstring | smscodec.decode (xml) | ratio to lxml "
          "| xmlschema to_dict | xmlschema / smscodec | smscodec.decode (json, same value) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, data in layouts.items():
        # Interleaved, so that a change in the machine's load falls on both alike.
        lxml_times: list[float] = []
        ours_times: list[float] = []
        for _ in range(args.repeat):
            # The tree is dropped inside the timing: decode drops its own libxml2 tree before
            # it returns, and freeing one costs about half as much as building it.
            lxml_times.append(once_ms(partial(_parse_and_drop, data)))
            ours_times.append(
                once_ms(partial(smscodec.decode, data, BinaryMultiRequest, format="xml"))
            )
        lxml_ms = statistics.median(lxml_times)
        ours_ms = statistics.median(ours_times)
        json_ms = median_ms(partial(smscodec.decode, json_body, BinaryMultiRequest),
                            args.repeat)
        if schema is not None:
            text = data.decode("utf-8")
            converted = schema.to_dict(text)
            assert len(converted["messages"]["message"]) == args.messages
            xs_ms = median_ms(partial(schema.to_dict, text), args.xmlschema_repeat)
            xs_cells = f"{xs_ms:.1f} ms | {xs_ms / ours_ms:.1f}x"
        else:
            xs_cells = "(not installed) | -"
        print(f"| {name} | {len(data):,} | {lxml_ms:.1f} ms | {ours_ms:.1f} ms | "
              f"{ours_ms / lxml_ms:.2f}x | {xs_cells} | {json_ms:.1f} ms |")


if __name__ == "__main__":
    main()
