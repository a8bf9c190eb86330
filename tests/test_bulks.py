"""The scheduled-message bodies (``/sms/1/bulks`` and ``/sms/1/bulks/status``).

The description's own examples are vectors (tests/vectors/bulks/, see its README); then the
rules: the bulk status closed in the request and open in the responses (flagged only with
``strict=True``), timestamps in the API's form, the required and unknown fields; then the
round-trip laws over the strategies.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smscodec as sc
from smscodec import strategies as ss
from smscodec._cli.main import main
from smscodec._spec.bodies import KINDS

VECTORS = Path(__file__).parent / "vectors" / "bulks"
FORMATS: tuple[sc.Format, ...] = ("json", "xml")

#: Each vector's model, by the name of its file.
MODELS: dict[str, type[Any]] = {
    "get-bulks-200": sc.BulkSchedule,
    "put-bulks-200": sc.BulkSchedule,
    "put-bulks-request": sc.BulkRescheduleRequest,
    "get-bulks-status-200": sc.BulkStatus,
    "put-bulks-status-200": sc.BulkStatus,
    "put-bulks-status-request": sc.BulkStatusUpdateRequest,
}
REQUESTS = (sc.BulkRescheduleRequest, sc.BulkStatusUpdateRequest)
STATUSES = ("PENDING", "PAUSED", "PROCESSING", "CANCELED", "FINISHED", "FAILED")

# Between elements the description's XML examples hold indentation only.
_BETWEEN_ELEMENTS = re.compile(rb">\s+<")


def _codes(error: sc.SmsCodecError) -> set[tuple[str, str]]:
    return {(issue.path, issue.code) for issue in error.issues}


def _refused(data: bytes | str, model: type[Any], fmt: Any = "json", **kw: Any) -> set[Any]:
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(data, model, format=fmt, **kw)
    return _codes(info.value)


# --- the description's examples ---------------------------------------------------------------


def test_every_example_of_the_four_operations_is_a_vector() -> None:
    files = {p.name for p in VECTORS.iterdir() if p.suffix in (".json", ".xml")}
    assert files == {f"{stem}.{fmt}" for stem in MODELS for fmt in FORMATS}


@pytest.mark.parametrize("stem", MODELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_vector_decodes_reencodes_canonically_and_decodes_back(stem: str, fmt: Any) -> None:
    model = MODELS[stem]
    data = (VECTORS / f"{stem}.{fmt}").read_bytes()
    value = sc.decode(data, model, format=fmt)
    # The examples break none of the description's rules: they pass a strict decode as well.
    assert sc.decode(data, model, format=fmt, strict=True) == value
    canonical = sc.encode(value, format=fmt)
    assert sc.decode(canonical, model, format=fmt) == value
    if fmt == "json":
        # The example's members are already in canonical order; compact is its only change.
        expected = json.dumps(json.loads(data), separators=(",", ":")).encode()
    else:
        expected = _BETWEEN_ELEMENTS.sub(b"><", data.rstrip(b"\n"))
    assert canonical == expected


@pytest.mark.parametrize("stem", MODELS)
def test_the_twins_are_one_value_as_the_json_states_it(stem: str) -> None:
    model = MODELS[stem]
    tree = json.loads((VECTORS / f"{stem}.json").read_bytes())
    from_json = sc.decode((VECTORS / f"{stem}.json").read_bytes(), model)
    from_xml = sc.decode((VECTORS / f"{stem}.xml").read_bytes(), model, format="xml")
    assert from_json == from_xml
    if "bulkId" in tree:
        assert from_json.bulk_id == tree["bulkId"]
    if "status" in tree:
        assert from_json.status == tree["status"]
    if "sendAt" in tree:
        # Read independently of smscodec: strptime takes the API's +0000 offset.
        expected = datetime.strptime(tree["sendAt"], "%Y-%m-%dT%H:%M:%S.%f%z")
        assert from_json.send_at == expected
        assert from_json.send_at.utcoffset() == expected.utcoffset()
        # Written back byte for byte, in both formats.
        assert f'"sendAt":"{tree["sendAt"]}"'.encode() in sc.encode(from_json)
        assert f"<sendAt>{tree['sendAt']}</sendAt>".encode() in sc.encode(from_json,
                                                                          format="xml")


def test_the_kinds_name_the_bodies_and_their_xml_roots() -> None:
    roots = {name: (body.model, body.xml_root, body.closed) for name, body in KINDS.items()
             if name.startswith("bulk-")}
    assert roots == {
        "bulk-schedule": (sc.BulkSchedule, "BulkResponse", False),
        "bulk-reschedule-request": (sc.BulkRescheduleRequest, "BulkRequest", True),
        "bulk-status": (sc.BulkStatus, "BulkStatusResponse", False),
        "bulk-status-update-request": (sc.BulkStatusUpdateRequest, "UpdateStatusRequest", True),
    }
    carried = {name: body.endpoints for name, body in KINDS.items() if name.startswith("bulk-")}
    # A GET and a PUT answer with one shape: one kind, carried by both.
    assert carried == {
        "bulk-schedule": ("GET /sms/1/bulks", "PUT /sms/1/bulks"),
        "bulk-reschedule-request": ("PUT /sms/1/bulks",),
        "bulk-status": ("GET /sms/1/bulks/status", "PUT /sms/1/bulks/status"),
        "bulk-status-update-request": ("PUT /sms/1/bulks/status",),
    }


@pytest.mark.parametrize("stem", MODELS)
def test_the_command_line_checks_each_vector_by_its_kind(
    stem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    kind = next(n for n, b in KINDS.items() if b.model is MODELS[stem])
    for fmt in FORMATS:
        assert main(["check", "--type", kind, str(VECTORS / f"{stem}.{fmt}")]) == 0
    capsys.readouterr()


# --- the bulk status ------------------------------------------------------------------------


@pytest.mark.parametrize("status", STATUSES)
def test_a_request_takes_every_status_the_description_lists(status: str) -> None:
    value = sc.decode(json.dumps({"status": status}), sc.BulkStatusUpdateRequest)
    assert value.status == status
    xml = f"<UpdateStatusRequest><status>{status}</status></UpdateStatusRequest>"
    assert sc.decode(xml, sc.BulkStatusUpdateRequest, format="xml") == value


@pytest.mark.parametrize(
    ("status", "hint"),
    [("paused", "did you mean 'PAUSED'?"), ("CANCELLED", "did you mean 'CANCELED'?"),
     ("RESUMED", None), ("", None), (" PAUSED", "did you mean 'PAUSED'?")],
)
def test_a_request_status_is_closed(status: str, hint: str | None) -> None:
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(json.dumps({"status": status}), sc.BulkStatusUpdateRequest)
    [issue] = info.value.issues
    assert (issue.path, issue.code) == ("/status", "enum.value")
    assert all(s in issue.message for s in STATUSES)
    assert (hint in issue.message) if hint else "did you mean" not in issue.message
    xml = f"<UpdateStatusRequest><status>{status}</status></UpdateStatusRequest>"
    assert _refused(xml, sc.BulkStatusUpdateRequest, "xml") == {("/status", "enum.value")}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_response_keeps_a_status_it_does_not_know_and_strict_flags_it(fmt: Any) -> None:
    value = sc.BulkStatus(bulk_id="b-1", status="ARCHIVED")
    data = sc.encode(value, format=fmt)
    assert sc.decode(data, sc.BulkStatus, format=fmt) == value
    assert _refused(data, sc.BulkStatus, fmt, strict=True) == {("/status", "enum.unknown")}
    known = sc.BulkStatus(bulk_id="b-1", status="FINISHED")
    assert sc.decode(sc.encode(known, format=fmt), sc.BulkStatus, format=fmt,
                     strict=True) == known


def test_the_constructors_apply_the_same_rules() -> None:
    with pytest.raises(sc.ValidationError) as info:
        sc.BulkStatusUpdateRequest(status="Paused")
    assert _codes(info.value) == {("/status", "enum.value")}
    assert sc.BulkStatus(status="SOMETHING_NEW").status == "SOMETHING_NEW"
    with pytest.raises(sc.ValidationError) as info:
        sc.BulkRescheduleRequest(send_at=datetime(2021, 8, 25, 16))
    assert _codes(info.value) == {("/sendAt", "timestamp.naive")}


# --- timestamps ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "canonical", "instant"),
    [
        ("2021-08-25T16:00:00.000+0000", "2021-08-25T16:00:00.000+0000",
         datetime(2021, 8, 25, 16, tzinfo=UTC)),
        ("2021-08-25T18:30:00.000+0230", "2021-08-25T18:30:00.000+0230",
         datetime(2021, 8, 25, 16, tzinfo=UTC)),
        ("2021-08-25T16:00:00Z", "2021-08-25T16:00:00.000+0000",
         datetime(2021, 8, 25, 16, tzinfo=UTC)),
        ("2021-08-25T11:00:00.5-05:00", "2021-08-25T11:00:00.500-0500",
         datetime(2021, 8, 25, 16, 0, 0, 500000, tzinfo=UTC)),
    ],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_send_at_is_read_in_the_forms_documented_and_written_in_the_api_form(
    written: str, canonical: str, instant: datetime, fmt: Any
) -> None:
    data = (json.dumps({"sendAt": written}) if fmt == "json"
            else f"<BulkRequest><sendAt>{written}</sendAt></BulkRequest>")
    value = sc.decode(data, sc.BulkRescheduleRequest, format=fmt)
    assert value.send_at == instant
    assert canonical.encode() in sc.encode(value, format=fmt)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("2021-08-25 16:00:00.000+0000", "timestamp.format"),
        ("2021-08-25T16:00:00.000", "timestamp.format"),
        ("25/08/2021 16:00", "timestamp.format"),
        ("2021-02-29T16:00:00.000+0000", "timestamp.range"),
        ("2021-08-25T16:00:00.000+2400", "timestamp.range"),
    ],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_send_at_that_names_no_instant_is_refused(written: str, code: str, fmt: Any) -> None:
    data = (json.dumps({"sendAt": written}) if fmt == "json"
            else f"<BulkRequest><sendAt>{written}</sendAt></BulkRequest>")
    assert _refused(data, sc.BulkRescheduleRequest, fmt) == {("/sendAt", code)}
    # A response is tolerant of fields it does not know, not of a known field it cannot read.
    response = (json.dumps({"bulkId": "b", "sendAt": written}) if fmt == "json"
                else f"<BulkResponse><bulkId>b</bulkId><sendAt>{written}</sendAt></BulkResponse>")
    assert _refused(response, sc.BulkSchedule, fmt) == {("/sendAt", code)}


def test_send_at_must_be_a_string() -> None:
    assert _refused(b'{"sendAt": 1629907200000}', sc.BulkRescheduleRequest) == {
        ("/sendAt", "type.string")
    }


def test_an_offset_from_python_is_kept_and_written() -> None:
    zone = timezone(timedelta(hours=5, minutes=45))
    value = sc.BulkRescheduleRequest(send_at=datetime(2021, 8, 25, 21, 45, tzinfo=zone))
    assert sc.encode(value) == b'{"sendAt":"2021-08-25T21:45:00.000+0545"}'


# --- required, unknown and absent fields --------------------------------------------------


@pytest.mark.parametrize(
    ("model", "field"), [(sc.BulkRescheduleRequest, "/sendAt"),
                         (sc.BulkStatusUpdateRequest, "/status")],
)
def test_a_request_needs_its_field_and_refuses_others(model: type[Any], field: str) -> None:
    assert _refused(b"{}", model) == {(field, "field.missing")}
    root = KINDS[next(n for n, b in KINDS.items() if b.model is model)].xml_root
    assert _refused(f"<{root}/>", model, "xml") == {(field, "field.missing")}
    name = field[1:]
    good = {"sendAt": "2021-08-25T16:00:00.000+0000", "status": "PAUSED"}[name]
    body = {name: good, "bulkId": "b-1"}
    assert _refused(json.dumps(body), model) == {("/bulkId", "field.unknown")}


def test_a_request_refuses_another_root_element() -> None:
    xml = "<request><status>PAUSED</status></request>"
    assert _refused(xml, sc.BulkStatusUpdateRequest, "xml") == {("", "xml.root")}


@pytest.mark.parametrize("model", [sc.BulkSchedule, sc.BulkStatus])
def test_a_response_may_lack_any_field_and_reads_null_as_absent(model: type[Any]) -> None:
    # The description requires no field of either response.
    assert sc.decode(b"{}", model, strict=True) == model()
    other = "sendAt" if model is sc.BulkSchedule else "status"
    assert sc.decode(json.dumps({"bulkId": None, other: None}), model) == model()


@pytest.mark.parametrize("model", [sc.BulkSchedule, sc.BulkStatus])
def test_a_response_ignores_unknown_fields_and_roots_unless_strict(model: type[Any]) -> None:
    data = b'{"bulkId": "b-1", "messageCount": 3}'
    assert sc.decode(data, model) == model(bulk_id="b-1")
    assert _refused(data, model, strict=True) == {("/messageCount", "field.unknown")}
    xml = "<response><bulkId>b-1</bulkId></response>"
    assert sc.decode(xml, model, format="xml") == model(bulk_id="b-1")
    assert _refused(xml, model, "xml", strict=True) == {("", "xml.root")}


# --- laws ---------------------------------------------------------------------------------

BODIES = [
    (sc.BulkSchedule, ss.bulk_schedules()),
    (sc.BulkRescheduleRequest, ss.bulk_reschedule_requests()),
    (sc.BulkStatus, ss.bulk_status_responses()),
    (sc.BulkStatusUpdateRequest, ss.bulk_status_update_requests()),
]


@pytest.mark.parametrize(("model", "values"), BODIES, ids=lambda x: getattr(x, "__name__", ""))
@given(data=st.data())
def test_round_trips_in_both_formats_and_across_them(
    model: type[Any], values: st.SearchStrategy[Any], data: st.DataObject
) -> None:
    value = data.draw(values)
    for fmt in FORMATS:
        encoded = sc.encode(value, format=fmt)
        back = sc.decode(encoded, model, format=fmt)
        assert back == value
        # Equal datetimes may differ in offset: what was read is written back exactly.
        assert sc.encode(back, format=fmt) == encoded
    as_json = sc.encode(value)
    via_xml = sc.decode(sc.encode(sc.decode(as_json, model), format="xml"), model, format="xml")
    assert sc.encode(via_xml) == as_json


@given(ss.bulk_status_responses(strict=True), st.sampled_from(FORMATS))
def test_responses_of_known_statuses_round_trip_strictly(value: sc.BulkStatus, fmt: Any) -> None:
    assert sc.decode(sc.encode(value, format=fmt), sc.BulkStatus, format=fmt,
                     strict=True) == value


@given(ss.timestamps())
def test_the_timestamps_strategy_gives_what_a_timestamp_field_carries(instant: datetime) -> None:
    offset = instant.utcoffset()
    assert offset is not None and offset % timedelta(minutes=1) == timedelta(0)
    value = sc.BulkRescheduleRequest(send_at=instant)
    assert sc.decode(sc.encode(value), sc.BulkRescheduleRequest).send_at.utcoffset() == offset
