"""The emulator (`smscodec serve`) on loopback, spoken to over HTTP in JSON and XML."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from emulator_fixtures import KEY, emulator, receiver, wait_for

import smscodec as sc
from smscodec._spec.rules.timestamps import timestamp_text

JSON = {"content-type": "application/json"}
XML = {"content-type": "application/xml", "accept": "application/xml"}


@pytest.fixture(scope="module")
def api() -> Iterator[httpx.Client]:
    with emulator() as client:
        yield client


def listed(api: httpx.Client) -> dict[str, dict[str, Any]]:
    """The emulator's listing, by messageId."""
    return {m["messageId"]: m for m in api.get("/_emulator/messages").json()["messages"]}


def final(api: httpx.Client, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The listing once every message of ``ids`` has its final status."""
    def done() -> dict[str, dict[str, Any]] | None:
        found = listed(api)
        return found if all(found[i]["state"] == "final" for i in ids) else None
    result: dict[str, dict[str, Any]] = wait_for(done)
    return result


def test_v1_multi_in_json_answers_and_stores_each_destination(api: httpx.Client) -> None:
    request = sc.TextMultiRequest(messages=(
        sc.TextMessage(sender="WineShop", to=("41793026727", "41793020002"), text="Hi Jenny"),
        sc.TextMessage(to=("41793020004",), text="Grüße € " + "x" * 200),
    ))
    answer = api.post("/sms/1/text/multi", content=sc.encode(request), headers=JSON)
    assert answer.status_code == 200
    response = sc.decode(answer.content, sc.SmsResponse, strict=True)
    assert response.bulk_id is not None
    assert [m.to for m in response.messages] == ["41793026727", "41793020002", "41793020004"]
    assert [m.sms_count for m in response.messages] == [1, 1, 2]
    assert {m.status.name for m in response.messages} == {"PENDING_ACCEPTED"}
    ids = [m.message_id for m in response.messages]
    found = final(api, ids)
    assert [found[i]["status"]["groupName"] for i in ids] == ["DELIVERED", "UNDELIVERABLE",
                                                              "EXPIRED"]
    assert found[ids[0]]["sender"] == "WineShop" and found[ids[0]]["encoding"] == "GSM7"
    assert sc.decode(found[ids[0]]["requestXml"], sc.TextMultiRequest, format="xml") == request


def test_v1_single_and_binary_in_xml(api: httpx.Client) -> None:
    single = sc.TextSingleRequest(to=("41793026727",), text="Привет")
    answer = api.post("/sms/1/text/single", content=sc.encode(single, format="xml"), headers=XML)
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/xml"
    response = sc.decode(answer.content, sc.SmsResponse, format="xml", strict=True)
    assert response.bulk_id is None and response.messages[0].sms_count == 1
    row = listed(api)[response.messages[0].message_id]
    assert row["encoding"] == "UCS2" and row["ucs2Culprits"] == ["П", "р", "и", "в", "е", "т"]
    binary = sc.BinaryMultiRequest(messages=(sc.BinaryMessage(
        to=("41793026727",), binary=sc.BinaryContent(hex=b"\x00\x41" * 80, data_coding=8)),))
    answer = api.post("/sms/1/binary/multi", content=sc.encode(binary, format="xml"),
                      headers=XML)
    response = sc.decode(answer.content, sc.SmsResponse, format="xml")
    assert response.messages[0].sms_count == 2  # 160 octets: more than 140, two parts of 134


def test_v2_advanced_counts_only_when_asked(api: httpx.Client) -> None:
    body: dict[str, Any] = {
        "messages": [{"destinations": [{"to": "41793026727", "messageId": "my-id-1"}],
                      "text": "Hi"}], "bulkId": "my-bulk"}
    response = sc.decode(api.post("/sms/2/text/advanced", json=body).content, sc.SmsResponse)
    assert response.bulk_id == "my-bulk"
    assert response.messages[0].message_id == "my-id-1"
    assert response.messages[0].sms_count is None
    body["includeSmsCountInResponse"] = True
    body["bulkId"] = "my-bulk-2"
    response = sc.decode(api.post("/sms/2/text/advanced", json=body).content, sc.SmsResponse)
    assert response.messages[0].sms_count == 1
    xml = sc.encode(sc.BinaryAdvancedRequest(messages=(sc.AdvancedBinaryMessage(
        destinations=(sc.Destination(to="41793026727"),),
        binary=sc.BinaryContent(hex=b"AB")),)), format="xml")
    answer = api.post("/sms/2/binary/advanced", content=xml, headers=XML)
    assert answer.status_code == 200, answer.text
    assert sc.decode(answer.content, sc.SmsResponse, format="xml").messages[0].message_id


def test_v3_messages_and_its_errors(api: httpx.Client) -> None:
    body = {"messages": [{"sender": "Shop", "destinations": [{"to": "41793026727"}],
                          "content": {"text": "Hi ç"}}],
            "options": {"includeSmsCountInResponse": True}}
    answer = api.post("/sms/3/messages", json=body)
    response = sc.decode(answer.content, sc.MessagesResponse, strict=True)
    assert response.messages[0].details == sc.MessageDetails(message_count=1)
    assert listed(api)[response.messages[0].message_id]["ucs2Culprits"] == ["ç"]
    answer = api.post("/sms/3/messages", json={"messages": []})
    assert answer.status_code == 400
    assert sc.decode(answer.content, sc.ApiError).violations


def test_credentials(api: httpx.Client) -> None:
    base = str(api.base_url).rstrip("/")
    url = f"{base}/sms/1/text/single"
    body = {"to": "41793026727", "text": "Hi"}
    for headers in ({}, {"authorization": "App wrong"}, {"authorization": "Basic !!"}):
        answer = httpx.post(url, json=body, headers=headers)
        assert answer.status_code == 401
        error = sc.decode(answer.content, sc.RequestError)
        assert error.service_exception.message_id == "UNAUTHORIZED"
    basic = base64.b64encode(f"user:{KEY}".encode()).decode()
    assert httpx.post(url, json=body, headers={"authorization": f"Basic {basic}"}
                      ).status_code == 200
    answer = httpx.post(f"{base}/sms/3/messages", content=b"<x/>", headers=XML)
    assert answer.status_code == 401
    assert sc.decode(answer.content, sc.ApiError, format="xml").error_code == "E401"
    assert httpx.get(f"{base}/_emulator/messages").status_code == 200  # no key needed


def _schedule(api: httpx.Client, bulk_id: str, at: datetime) -> str:
    body = {"messages": [{"destinations": [{"to": "41793026727"}], "content": {"text": "Later"}}],
            "options": {"schedule": {"bulkId": bulk_id, "sendAt": timestamp_text(at)}}}
    answer = api.post("/sms/3/messages", json=body)
    assert answer.status_code == 200, answer.text
    message_id: str = answer.json()["messages"][0]["messageId"]
    return message_id


def test_a_scheduled_bulk_waits_and_can_be_paused_moved_resumed(api: httpx.Client) -> None:
    later = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=1)
    message_id = _schedule(api, "later-1", later)
    schedule = sc.decode(api.get("/sms/1/bulks?bulkId=later-1").content, sc.BulkSchedule)
    assert schedule.send_at == later
    time.sleep(0.3)
    assert listed(api)[message_id]["state"] == "pending"
    paused = api.put("/sms/1/bulks/status?bulkId=later-1", json={"status": "PAUSED"})
    assert sc.decode(paused.content, sc.BulkStatus).status == "PAUSED"
    soon = datetime.now(UTC) - timedelta(seconds=1)
    moved = api.put("/sms/1/bulks?bulkId=later-1", json={"sendAt": timestamp_text(soon)})
    assert moved.status_code == 200
    time.sleep(0.3)
    assert listed(api)[message_id]["state"] == "pending"  # paused: it waits past its time
    api.put("/sms/1/bulks/status?bulkId=later-1", json={"status": "PROCESSING"})
    assert final(api, [message_id])[message_id]["status"]["name"] == "DELIVERED_TO_HANDSET"
    done = sc.decode(api.get("/sms/1/bulks/status?bulkId=later-1").content, sc.BulkStatus)
    assert done.status == "FINISHED"
    answer = api.put("/sms/1/bulks/status?bulkId=later-1", json={"status": "PAUSED"})
    assert answer.status_code == 400  # nothing left to pause


def test_a_cancelled_bulk_is_rejected_and_unknown_bulks_are_404(api: httpx.Client) -> None:
    message_id = _schedule(api, "later-2", datetime.now(UTC) + timedelta(hours=1))
    cancel = sc.encode(sc.BulkStatusUpdateRequest(status="CANCELED"), format="xml")
    answer = api.put("/sms/1/bulks/status?bulkId=later-2", content=cancel, headers=XML)
    assert answer.status_code == 200, answer.text
    assert sc.decode(answer.content, sc.BulkStatus, format="xml").status == "CANCELED"
    ended = final(api, [message_id])[message_id]
    assert (ended["status"]["name"], ended["error"]["name"]) == ("CANCELLED",
                                                                 "EC_MESSAGE_CANCELED")
    answer = api.put("/sms/1/bulks/status?bulkId=later-2", json={"status": "PROCESSING"})
    assert answer.status_code == 400
    answer = api.get("/sms/1/bulks?bulkId=nope")
    assert answer.status_code == 404
    assert sc.decode(answer.content, sc.RequestError).service_exception.message_id == "NOT_FOUND"


@pytest.mark.parametrize(("path", "fmt"), [
    ("/sms/3/text/query?to=41793026727&text=Hi", "json"),
    ("/sms/1/text/query?to=41793026727&text=Hi", "xml"),
    ("/sms/9/nothing", "json"),
])
def test_an_operation_not_emulated_is_refused_in_the_apis_error_format(
    api: httpx.Client, path: str, fmt: str
) -> None:
    answer = api.get(path, headers={"accept": f"application/{fmt}"})
    assert answer.status_code == 404
    assert answer.headers["content-type"].startswith(f"application/{fmt}")
    if path.startswith("/sms/3/"):
        error = sc.decode(answer.content, sc.ApiError, format=fmt)  # type: ignore[arg-type]
        assert (error.error_code, error.description) == (
            "E404", "GET /sms/3/text/query is not an operation this emulator serves")
    else:
        refusal = sc.decode(answer.content, sc.RequestError, format=fmt)  # type: ignore[arg-type]
        exception = refusal.service_exception
        assert exception.message_id == "NOT_FOUND"
        assert exception.text == f"GET {path.partition('?')[0]} is not an operation this " \
            "emulator serves"
    # The emulator's own pages are not the API's: they keep their plain answer.
    assert api.get("/_emulator/nothing").json() == {"error": "not found"}


def test_reports_are_pulled_once_and_logs_stay(api: httpx.Client) -> None:
    body = {"to": ["41793020005"], "text": "Pull me"}
    response = sc.decode(api.post("/sms/1/text/single", json=body).content, sc.SmsResponse)
    message_id = response.messages[0].message_id
    final(api, [message_id])
    url = f"/sms/1/reports?messageId={message_id}"
    first = api.get(url).json()["results"]
    assert [(r["messageId"], r["status"]["groupName"]) for r in first] == [
        (message_id, "REJECTED")]
    assert api.get(url).json()["results"] == []
    xml = api.get(f"/sms/1/logs?messageId={message_id}", headers={"accept": "application/xml"})
    assert xml.headers["content-type"] == "application/xml"
    log = sc.decode(xml.content, sc.MessageLogs, format="xml", strict=True)
    assert [(m.message_id, m.text) for m in log.results or ()] == [(message_id, "Pull me")]
    logs = api.get(f"/sms/1/logs?messageId={message_id}").json()["results"]
    assert [log["text"] for log in logs] == ["Pull me"]


def test_inbound_messages_are_injected_then_pulled(api: httpx.Client) -> None:
    answer = api.post("/_emulator/inbound", json={"from": "41793026727", "to": "45000",
                                                 "text": "STOP now", "keyword": "STOP"})
    assert answer.status_code == 201
    results = api.get("/sms/1/inbox/reports").json()["results"]
    assert [(r["from"], r["cleanText"], r["keyword"]) for r in results] == [
        ("41793026727", "now", "STOP")]
    assert api.get("/sms/1/inbox/reports").json()["results"] == []
    assert api.post("/_emulator/inbound", content=b"[1]").status_code == 400


def test_the_page_is_served(api: httpx.Client) -> None:
    page = api.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert b"/_emulator/messages" in page.content


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_report_reaches_the_notify_url_within_a_second(fmt: sc.Format) -> None:
    with receiver() as (url, hook), emulator() as api:
        body = {"messages": [{"destinations": [{"to": "41793026727"}, {"to": "41793020002"}],
                              "text": "Hi", "notifyUrl": url,
                              "notifyContentType": f"application/{fmt}",
                              "callbackData": "cb"}]}
        sent = time.monotonic()
        response = sc.decode(api.post("/sms/2/text/advanced", json=body).content,
                             sc.SmsResponse)
        wait_for(lambda: hook.got, timeout=1.0)
        at, content_type, data = hook.got[0]
        assert at - sent < 1.0
        assert content_type == f"application/{fmt}"
        results = _report_results(data, fmt)
        assert sorted(r["messageId"] for r in results) == sorted(
            m.message_id for m in response.messages)  # one batch for both
        assert {r["callbackData"] for r in results} == {"cb"}
        # A pushed report is not pulled again.
        assert api.get(f"/sms/1/reports?bulkId={response.bulk_id}").json()["results"] == []


def _report_results(data: bytes, fmt: sc.Format) -> list[dict[str, Any]]:
    """A pushed v2 report, read with smscodec's model, as the JSON tree it writes."""
    report = sc.decode(data, sc.DeliveryReports, format=fmt, strict=True)
    results: list[dict[str, Any]] = json.loads(sc.encode(report))["results"]
    return results


def test_a_failing_notify_url_gets_its_retries() -> None:
    with receiver(script=[500, 503]) as (url, hook), emulator() as api:
        body = {"messages": [{"destinations": [{"to": "41793026727"}],
                              "content": {"text": "Hi"},
                              "webhooks": {"delivery": {"url": url}}}]}
        message_id = api.post("/sms/3/messages", json=body).json()["messages"][0]["messageId"]
        wait_for(lambda: len(hook.got) >= 3)
        bodies = {data for _, _, data in hook.got}
        assert len(bodies) == 1  # the same report each time
        report = sc.decode(bodies.pop(), sc.DeliveryReportsV3, strict=True)
        assert [r.message_id for r in report.results or ()] == [message_id]
        history = wait_for(lambda: [h for h in listed(api)[message_id]["history"]
                                    if "push" in h and h["ok"]] and
                           listed(api)[message_id]["history"])
        outcomes = [h["outcome"] for h in history if "push" in h]
        assert outcomes == ["HTTP 500", "HTTP 503", "HTTP 200"]


def test_a_hanging_notify_url_does_not_slow_sending() -> None:
    with receiver(hang=2.0) as (url, hook), emulator() as api:
        body = {"messages": [{"destinations": [{"to": "41793026727"}],
                              "content": {"text": "Hi"},
                              "webhooks": {"delivery": {"url": url}}}]}
        api.post("/sms/3/messages", json=body)
        wait_for(lambda: hook.got)
        started = time.monotonic()
        for _ in range(20):
            assert api.post("/sms/3/messages", json=body).status_code == 200
        assert time.monotonic() - started < 1.5


def test_an_inbound_message_with_a_notify_url_is_pushed_not_pulled() -> None:
    with receiver() as (url, hook), emulator() as api:
        sent = {"from": "41793026727", "to": "45000", "text": "Hi back", "notifyUrl": url,
                "contentType": "application/xml"}
        assert api.post("/_emulator/inbound", json=sent).status_code == 201
        wait_for(lambda: hook.got)
        _, content_type, data = hook.got[0]
        assert content_type == "application/xml"
        inbound = sc.decode(data, sc.InboundMessages, format="xml", strict=True)
        assert [(m.sender, m.text) for m in inbound.results or ()] == [("41793026727",
                                                                       "Hi back")]
        assert api.get("/sms/1/inbox/reports").json()["results"] == []


def test_the_statuses_are_the_catalogue_s() -> None:
    from smscodec._server.statuses import CANCELED, PENDING, final_status

    given = [PENDING, CANCELED, *(final_status(f"4179302{end}") for end in
                                  ("6727", "0002", "0004", "0005"))]
    assert [s["groupName"] for s in given] == ["PENDING", "UNDELIVERABLE", "DELIVERED",
                                               "UNDELIVERABLE", "EXPIRED", "REJECTED"]
    for s in given:
        found = sc.status(s["id"])
        assert found is not None and (found.name, found.group.id) == (s["name"], s["groupId"])
        if "error" in s:
            err = sc.error(s["error"]["id"])
            assert err is not None and err.name == s["error"]["name"]
