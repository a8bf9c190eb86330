"""Delivery reports, logs, inbound messages and the tracking webhook: the description's examples
as vectors, the three XML shapes of a report list, tolerant and strict reading, exact prices,
timestamps written back byte for byte, and round trips."""

from __future__ import annotations

import copy
import json
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import smscodec as sc
from smscodec import strategies as ss
from smscodec._core.limits import Limits
from smscodec._core.report import Report
from smscodec._generated.xml_plain import PLAIN_READERS
from smscodec._spec.bodies import KINDS
from smscodec._xml.markup import _State
from smscodec._xml.read import _rewrap, _tree

VECTORS = Path(__file__).resolve().parent / "vectors" / "reports"
FILES = sorted(p.name for p in VECTORS.glob("*--*"))
TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+[+-][0-9]{4}")


def _read(name: str) -> tuple[bytes, type[Any], sc.Format]:
    fmt: sc.Format = "xml" if name.endswith(".xml") else "json"
    return (VECTORS / name).read_bytes(), KINDS[name.split("--")[0]].model, fmt


def _round_trip(value: Any, model: type[Any]) -> dict[str, bytes]:
    out = {}
    for fmt in ("json", "xml"):
        canonical = sc.encode(value, format=fmt)
        again = sc.decode(canonical, model, format=fmt)
        assert again == value
        assert sc.encode(again, format=fmt) == canonical
        out[fmt] = canonical
    return out


def test_every_kind_has_vectors() -> None:
    kinds = {name.split("--")[0] for name in FILES}
    assert kinds == {"delivery-reports", "v3-delivery-reports", "message-logs",
                     "v3-message-logs", "inbound-messages", "tracking-notification",
                     "request-error"}
    assert len(FILES) == 21


@pytest.mark.parametrize("name", FILES)
def test_every_example_is_a_vector(name: str) -> None:
    data, model, fmt = _read(name)
    value = sc.decode(data, model, format=fmt)
    # The examples are what servers send: nothing in them is wrong even to a strict reading.
    assert sc.decode(data, model, format=fmt, strict=True) == value
    written = _round_trip(value, model)
    stamps = TIMESTAMP.findall(data.decode())
    for canonical in written.values():
        assert TIMESTAMP.findall(canonical.decode()) == stamps  # byte for byte, in order


def test_json_examples_in_the_canonical_order_are_written_back_as_given() -> None:
    # Where the example's keys come in the description's order, canonical output is the
    # example itself, compact.
    same = []
    for name in FILES:
        if name.endswith(".json"):
            data, model, _ = _read(name)
            compact = json.dumps(json.loads(data), separators=(",", ":"),
                                 ensure_ascii=False).encode()
            if sc.encode(sc.decode(data, model)) == compact:
                same.append(name.split("--")[0])
    assert {"delivery-reports", "v3-delivery-reports", "message-logs", "inbound-messages",
            "tracking-notification"} <= set(same)


def test_the_json_and_xml_twins_of_each_example_decode_equal() -> None:
    twins = [n for n in FILES if n.endswith(".xml")]
    assert len(twins) == 9
    for xml_name in twins:
        xml, model, _ = _read(xml_name)
        data, _, _ = _read(xml_name.removesuffix(".xml") + ".json")
        assert sc.decode(xml, model, format="xml") == sc.decode(data, model), xml_name


def test_what_a_delivery_report_decodes_to() -> None:
    data, model, _ = _read("delivery-reports--get-sms-1-reports--delivery-reports.json")
    first = sc.decode(data, model).results[0]
    assert isinstance(first, sc.DeliveryReport)
    assert first.sent_at == datetime(2019, 11, 9, 16, tzinfo=UTC)
    assert first.price == sc.Price(price_per_message=Decimal("0.01"), currency="EUR")
    assert type(first.price.price_per_message) is Decimal
    assert first.status == sc.Status(group_id=3, group_name="DELIVERED", id=5,
                                     name="DELIVERED_TO_HANDSET",
                                     description="Message delivered to handset")
    assert first.error == sc.MessageError(group_id=0, group_name="Ok", id=0, name="NO_ERROR",
                                          description="No Error", permanent=False)
    assert first.entity_id == "promotional-traffic-entity"
    v3 = sc.decode(_read("v3-delivery-reports--get-sms-3-reports--delivery-report.json")[0],
                   sc.DeliveryReportsV3).results[0]
    assert v3.sent_at is not None and v3.sent_at.utcoffset() == timedelta(hours=1)
    assert v3.error is not None and v3.error.group_name == "OK"
    assert v3.platform == sc.MessagePlatform(entity_id="promotional-traffic-entity",
                                             application_id="marketing-automation-application")
    logs = sc.decode(_read("v3-message-logs--get-sms-3-logs--log.xml")[0], sc.MessageLogsV3,
                     format="xml")
    assert logs.results[0].content == sc.LogTextContent(text="This is a sample message")
    inbound = sc.decode(_read("inbound-messages--get-sms-1-inbox-reports--receive-sms.xml")[0],
                        sc.InboundMessages, format="xml")
    assert (inbound.message_count, inbound.pending_message_count) == (1, 1)
    assert inbound.results[0].price == sc.Price(price_per_message=Decimal(0), currency="EUR")
    assert inbound.results[0].keyword == "QUIZ"
    tracking = sc.decode(_read(next(n for n in FILES if n.startswith("tracking")))[0],
                         sc.TrackingNotification)
    assert tracking.send_date_time == 1704106800000
    assert tracking.geo_location_info == sc.GeoLocation(country_name="United States",
                                                        city="Los Angeles")


# --- the XML shapes of a report list ---------------------------------------------------------

REPORT = ("<messageId>m{n}</messageId><status><groupId>3</groupId><groupName>DELIVERED"
          "</groupName><id>5</id><name>DELIVERED_TO_HANDSET</name><description>d</description>"
          "</status>")


def _shapes(n: int) -> dict[str, bytes]:
    items = [REPORT.format(n=i) for i in range(n)]
    wrapped = "".join(f"<result>{item}</result>" for item in items)
    shapes = {
        "reportResponse": f"<reportResponse><results>{wrapped}</results></reportResponse>",
        "DeliveryReports": f"<DeliveryReports><results>{wrapped}</results></DeliveryReports>",
        "SMSReportResponse": "<SMSReportResponse>"
        + "".join(f"<results>{item}</results>" for item in items) + "</SMSReportResponse>",
    }
    return {root: xml.encode() for root, xml in shapes.items()}


@pytest.mark.parametrize("model", [sc.DeliveryReports, sc.DeliveryReportsV3])
@pytest.mark.parametrize("n", [1, 2, 3])
def test_all_three_xml_shapes_of_a_report_list_are_read(model: type[Any], n: int) -> None:
    values = {root: sc.decode(xml, model, format="xml") for root, xml in _shapes(n).items()}
    assert len(set(values.values())) == 1
    (value,) = set(values.values())
    assert [r.message_id for r in value.results] == [f"m{i}" for i in range(n)]
    for xml in _shapes(n).values():
        # A strict reading flags the fields these short reports leave out, never the shape.
        with pytest.raises(sc.ValidationError) as caught:
            sc.decode(xml, model, format="xml", strict=True)
        assert {i.code for i in caught.value.issues} == {"field.missing"}


def test_the_canonical_shape_is_the_one_the_description_writes() -> None:
    value = sc.decode(_shapes(2)["SMSReportResponse"], sc.DeliveryReports, format="xml")
    assert sc.encode(value, format="xml").startswith(
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><reportResponse><results><result>")
    v3 = sc.decode(_shapes(2)["SMSReportResponse"], sc.DeliveryReportsV3, format="xml")
    assert b"<DeliveryReports><results><result>" in sc.encode(v3, format="xml")


@pytest.mark.parametrize("root", ["reportResponse", "DeliveryReports", "SMSReportResponse"])
def test_the_plain_and_the_careful_reader_read_each_shape_alike(root: str) -> None:
    body = KINDS["delivery-reports"]
    limits = Limits()
    trees = []
    for plain in (True, False):
        element = etree.fromstring(_shapes(2)[root])
        _rewrap(element, body)
        if plain:
            read, _ = PLAIN_READERS[sc.DeliveryReports]
            trees.append(read(element, limits))
        else:
            st_ = _State(Report(limits, strict=True, xml=True), check=True,
                         max_depth=limits.max_depth)
            trees.append(_tree(element, body, st_))
            assert not st_.report.issues
    assert trees[0] is not None and trees[0] == trees[1]


def test_unwrapped_items_keep_their_paths_and_lines() -> None:
    xml = (b"<SMSReportResponse>\n<results>" + REPORT.format(n=0).encode() + b"</results>\n"
           b"<results><messageId>m1</messageId><status><groupId>x</groupId><id>5</id>"
           b"</status></results>\n</SMSReportResponse>")
    with pytest.raises(sc.ValidationError) as caught:
        sc.decode(xml, sc.DeliveryReports, format="xml")
    [issue] = caught.value.issues
    assert (issue.path, issue.code, issue.line) == ("/results/1/status/groupId", "type.integer", 3)


def test_an_empty_or_absent_results_is_no_report() -> None:
    # Unwrapped, an empty list has no element at all: absent reads as none (strict demands it).
    for xml in (b"<reportResponse><results/></reportResponse>", b"<SMSReportResponse/>",
                b"<SMSReportResponse><results></results></SMSReportResponse>"):
        assert sc.decode(xml, sc.DeliveryReports, format="xml") == sc.DeliveryReports()
    assert sc.decode(b"{}", sc.DeliveryReportsV3) == sc.DeliveryReportsV3(results=())
    assert _strict_issues(b"{}") == {("/results", "field.missing")}


def test_another_root_is_flagged_only_when_strict() -> None:
    xml = _shapes(1)["reportResponse"].replace(b"reportResponse", b"Other")
    assert sc.decode(xml, sc.DeliveryReports, format="xml").results[0].message_id == "m0"
    with pytest.raises(sc.ValidationError) as caught:
        sc.decode(xml, sc.DeliveryReports, format="xml", strict=True)
    assert {i.code for i in caught.value.issues} == {"xml.root", "field.missing"}


# --- tolerance and strictness ------------------------------------------------------------------

def _report(**members: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"messageId": "m", "status": {"groupId": 3, "id": 5}}
    return {**base, **members}


def _body(*reports: dict[str, Any]) -> bytes:
    return json.dumps({"results": list(reports)}).encode()


def _strict_issues(data: bytes, model: type[Any] = sc.DeliveryReports) -> set[tuple[str, str]]:
    with pytest.raises(sc.ValidationError) as caught:
        sc.decode(data, model, strict=True)
    return {(i.path, i.code) for i in caught.value.issues}


def test_reports_are_read_tolerantly() -> None:
    data = _body(_report(colour="red", to=None, price=None,
                         status={"groupId": 9, "groupName": "SOMETHING_NEW", "id": 999,
                                 "name": "NEW_STATUS", "description": "d"},
                         error={"groupId": 7, "groupName": "NEW_GROUP", "id": 4242}))
    report = sc.decode(data, sc.DeliveryReports).results[0]
    assert report.to is None and report.price is None
    assert report.status.group_name == "SOMETHING_NEW" and report.status.name == "NEW_STATUS"
    assert report.error == sc.MessageError(group_id=7, group_name="NEW_GROUP", id=4242)
    assert _strict_issues(data) >= {
        ("/results/0/colour", "field.unknown"),
        ("/results/0/to", "type.string"),
        ("/results/0/status/groupId", "status.group_unknown"),
    }


def test_ok_and_Ok_are_both_read_as_written() -> None:
    for name in ("OK", "Ok"):
        error = {"groupId": 0, "groupName": name, "id": 0, "name": "NO_ERROR",
                 "description": "No Error", "permanent": False}
        value = sc.decode(_body(_report(error=error)), sc.DeliveryReports)
        assert value.results[0].error is not None
        assert value.results[0].error.group_name == name
        assert sc.encode(value).count(f'"groupName":"{name}"'.encode()) == 1


def test_strict_demands_what_a_report_means_little_without() -> None:
    assert _strict_issues(_body(_report(status={"groupId": 3, "groupName": "DELIVERED", "id": 5,
                                                "name": "DELIVERED_TO_HANDSET",
                                                "description": "d"}))) == {
        ("/results/0/" + field, "field.missing")
        for field in ("to", "sentAt", "doneAt", "smsCount", "price", "error")}
    with pytest.raises(sc.ValidationError):
        sc.decode(_body({"status": {"groupId": 3, "id": 5}}), sc.DeliveryReports)


# --- prices and timestamps -------------------------------------------------------------------

@pytest.mark.parametrize("text", ["0.01", "0.0100", "0", "12.5", "-0.5", "100"])
def test_prices_are_exact_and_written_as_read(text: str) -> None:
    data = _body(_report(price={"pricePerMessage": "PRICE", "currency": "EUR"}))
    data = data.replace(b'"PRICE"', text.encode())
    value = sc.decode(data, sc.DeliveryReports)
    price = value.results[0].price
    assert price is not None and price.price_per_message == Decimal(text)
    assert str(price.price_per_message) == text
    assert f'"pricePerMessage":{text}'.encode() in sc.encode(value)
    assert f"<pricePerMessage>{text}</pricePerMessage>".encode() in sc.encode(value, format="xml")


@pytest.mark.parametrize(("read", "written"), [
    ("2019-11-09T16:00:00.000+0000", "2019-11-09T16:00:00.000+0000"),
    ("2019-11-09T16:00:00.000-0530", "2019-11-09T16:00:00.000-0530"),
    ("2019-11-09T16:00:00Z", "2019-11-09T16:00:00.000+0000"),
    ("2019-11-09T16:00:00.000+01:00", "2019-11-09T16:00:00.000+0100"),
    ("2019-11-09T16:00:00+01:00", "2019-11-09T16:00:00.000+0100"),
    ("2019-11-09T16:00:00.123456Z", "2019-11-09T16:00:00.123456+0000"),
])
def test_timestamp_forms_read_and_written(read: str, written: str) -> None:
    value = sc.decode(_body(_report(doneAt=read)), sc.DeliveryReports)
    assert f'"doneAt":"{written}"'.encode() in sc.encode(value)
    assert f"<doneAt>{written}</doneAt>".encode() in sc.encode(value, format="xml")


def test_a_timestamp_no_form_reads_is_refused() -> None:
    with pytest.raises(sc.ValidationError) as caught:
        sc.decode(_body(_report(sentAt="09.11.2019 16:00")), sc.DeliveryReports)
    assert [(i.path, i.code) for i in caught.value.issues] == [
        ("/results/0/sentAt", "timestamp.format")]


def test_the_schemas_state_the_api_timestamp_pattern() -> None:
    schema = json.loads(sc.schema("delivery-reports"))
    text = json.dumps(schema)
    assert "date-time" not in text
    assert "[+-][0-9]{4}" in text
    assert "xs:dateTime" not in sc.schema("delivery-reports", "xsd")


# --- round trips -----------------------------------------------------------------------------

BODIES = st.one_of(ss.delivery_reports(), ss.v3_delivery_reports(), ss.message_logs(),
                   ss.v3_message_logs(), ss.inbound_messages(), ss.tracking_notifications())


@given(BODIES)
def test_round_trips(value: Any) -> None:
    _round_trip(value, type(value))
    through_xml = sc.decode(sc.encode(value, format="xml"), type(value), format="xml")
    assert sc.decode(sc.encode(through_xml), type(value)) == value


# --- the generated paths agree with the careful ones -----------------------------------------

JUNK = st.sampled_from([None, 1, -1, 0, "x", "", [], {}, 1.5, True, "2019-13-01T00:00:00Z",
                        "0.01", {"groupId": "3"}, [{"messageId": 1}]])


def _objects(tree: Any) -> list[dict[str, Any]]:
    if isinstance(tree, dict):
        return [tree, *(o for v in tree.values() for o in _objects(v))]
    if isinstance(tree, list):
        return [o for v in tree for o in _objects(v)]
    return []


def _outcome(run: Any) -> Any:
    try:
        return ("accepted", run())
    except sc.ValidationError as exc:
        return ("refused", [(i.path, i.code) for i in exc.issues])


@given(BODIES, st.data())
def test_the_fast_decoder_agrees_with_the_validator(value: Any, data: st.DataObject) -> None:
    model = type(value)
    body = next(b for b in KINDS.values() if b.model is model)
    tree = json.loads(sc.encode(value))
    for _ in range(data.draw(st.integers(0, 3))):
        target = data.draw(st.sampled_from(_objects(tree)))
        keys = sorted(target) or ["messageId"]
        key = data.draw(st.sampled_from([*keys, "unknownField"]))
        if data.draw(st.booleans()) and key in target:
            del target[key]
        else:
            target[key] = copy.deepcopy(data.draw(JUNK))  # never one object twice
    from smscodec._json import codec as jsoncodec
    from smscodec._validate.walk import validate

    text = json.dumps(tree)
    for strict in (False, True):
        # The validator on the tree the JSON reader makes (numbers kept exact for DECIMAL).
        expected = _outcome(lambda s=strict: validate(jsoncodec.parse(text), body,
                                                      Report(Limits(), strict=s)))
        assert _outcome(lambda s=strict: sc.decode(text, model, strict=s)) == expected


def _unwrapped(xml: bytes) -> bytes:
    """The same report list in the shape with no wrapper (`SMSReportResponse`)."""
    root = etree.fromstring(xml)
    results = root.find("results")
    if results is not None:
        for item in list(results):
            item.tag = "results"
            results.addprevious(item)
        root.remove(results)
    root.tag = "SMSReportResponse"
    return etree.tostring(root)


@given(st.one_of(ss.delivery_reports(), ss.v3_delivery_reports()), st.booleans())
def test_the_plain_and_careful_readers_agree_on_every_shape(value: Any, unwrap: bool) -> None:
    model = type(value)
    body = next(b for b in KINDS.values() if b.model is model)
    xml = sc.encode(value, format="xml")
    if unwrap:
        xml = _unwrapped(xml)
    assert sc.decode(xml, model, format="xml") == value
    trees = []
    for plain in (True, False):
        element = etree.fromstring(xml)
        _rewrap(element, body)
        if plain:
            read, _ = PLAIN_READERS[model]
            trees.append(read(element, Limits()))
        else:
            state = _State(Report(Limits(), strict=False, xml=True), check=False,
                           max_depth=Limits().max_depth)
            trees.append(_tree(element, body, state))
    if trees[0] is not None:  # the plain reader gives way on an empty root
        assert trees[0] == trees[1]


# --- the catalogue ---------------------------------------------------------------------------

def test_strict_checks_a_reports_error_against_the_catalogue() -> None:
    def error(**members: Any) -> bytes:
        base = {"groupId": 1, "groupName": "HANDSET_ERRORS", "id": 1,
                "name": "EC_UNKNOWN_SUBSCRIBER", "description": "d", "permanent": True}
        return _body(_report(error={**base, **members}))

    def issues(data: bytes) -> set[tuple[str, str]]:
        return {i for i in _strict_issues(data) if i[0].startswith("/results/0/error")}

    assert issues(error()) == set()
    assert issues(error(name="NO_ERROR")) == {("/results/0/error/name", "catalogue.name")}
    assert issues(error(groupId=3, groupName="OPERATOR_ERRORS")) == {
        ("/results/0/error/groupId", "catalogue.group")}
    assert issues(error(id=987654)) == {("/results/0/error/id", "catalogue.unknown")}
    # Tolerantly, all of them are read as sent.
    assert sc.decode(error(id=987654), sc.DeliveryReports).results[0].error.id == 987654  # type: ignore[union-attr]


def test_a_decoded_error_and_status_answer_from_the_catalogue() -> None:
    data, model, _ = _read("v3-delivery-reports--get-sms-3-reports--delivery-report.json")
    report = sc.decode(data, model).results[0]
    assert report.status.is_final is True
    assert report.error is not None and report.error.catalogue is not None
    assert report.error.catalogue.name == "NO_ERROR"
    assert report.error.is_permanent is False  # as written
    unknown_flag = sc.MessageError(group_id=1, id=1)
    assert unknown_flag.permanent is None and unknown_flag.is_permanent is True  # the catalogue's
    assert sc.MessageError(group_id=9, id=987654).is_permanent is None
