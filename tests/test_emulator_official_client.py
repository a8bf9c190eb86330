"""The official Python client (infobip-api-python-client) against the emulator on loopback:
each answer parses with the client's own models."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from emulator_fixtures import KEY, emulator, wait_for
from infobip_api_client import ApiClient, Configuration
from infobip_api_client.api.sms_api import SmsApi
from infobip_api_client.models.sms_bulk_status import SmsBulkStatus
from infobip_api_client.models.sms_destination import SmsDestination
from infobip_api_client.models.sms_message import SmsMessage
from infobip_api_client.models.sms_message_content import SmsMessageContent
from infobip_api_client.models.sms_message_request_options import SmsMessageRequestOptions
from infobip_api_client.models.sms_preview_request import SmsPreviewRequest
from infobip_api_client.models.sms_request import SmsRequest
from infobip_api_client.models.sms_request_scheduling_settings import (
    SmsRequestSchedulingSettings,
)
from infobip_api_client.models.sms_text_content import SmsTextContent
from infobip_api_client.models.sms_update_status_request import SmsUpdateStatusRequest

VECTORS = Path(__file__).parent / "vectors" / "preview"


@pytest.fixture(scope="module")
def sms() -> Iterator[SmsApi]:
    with emulator() as client:
        host = str(client.base_url).rstrip("/")
        yield SmsApi(ApiClient(Configuration(host=host, api_key=KEY)))


def _request(text: str, *to: str, options: SmsMessageRequestOptions | None = None
             ) -> SmsRequest:
    return SmsRequest(
        messages=[SmsMessage(
            sender="InfoSMS",
            destinations=[SmsDestination(to=number) for number in to],
            content=SmsMessageContent(SmsTextContent(text=text)),
        )],
        options=options,
    )


def test_send_then_pull_reports_and_logs(sms: SmsApi) -> None:
    response = sms.send_sms_messages(
        _request("Hello from the client", "41793026727", "41793020004",
                 options=SmsMessageRequestOptions(includeSmsCountInResponse=True)))
    assert response.bulk_id
    ids = [m.message_id or "" for m in response.messages]
    assert all(ids) and len(set(ids)) == 2
    assert [m.status.name if m.status else None for m in response.messages] == [
        "PENDING_ACCEPTED"] * 2
    assert [m.details.message_count for m in response.messages if m.details] == [1, 1]

    def reports() -> list[tuple[str | None, str | None]] | None:
        found = sms.get_outbound_sms_message_delivery_reports(bulk_id=response.bulk_id)
        return [(r.message_id, r.status.group_name if r.status else None)
                for r in found.results or []] or None

    got = wait_for(reports)
    assert sorted(got) == sorted([(ids[0], "DELIVERED"), (ids[1], "EXPIRED")])
    assert sms.get_outbound_sms_message_delivery_reports(bulk_id=response.bulk_id).results == []
    logs = sms.get_outbound_sms_message_logs(bulk_id=[response.bulk_id])
    assert sorted(log.message_id or "" for log in logs.results or []) == sorted(ids)
    assert {log.destination for log in logs.results or []} == {"41793026727", "41793020004"}


def test_schedule_then_pause_and_read_the_bulk(sms: SmsApi) -> None:
    later = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    schedule = SmsRequestSchedulingSettings(bulkId="client-bulk", sendAt=later)
    response = sms.send_sms_messages(_request(
        "Later", "41793026727", options=SmsMessageRequestOptions(schedule=schedule)))
    assert response.bulk_id == "client-bulk"
    bulk = sms.get_scheduled_sms_messages(bulk_id="client-bulk")
    assert bulk.bulk_id == "client-bulk" and bulk.send_at == later
    status = sms.update_scheduled_sms_messages_status(
        bulk_id="client-bulk", sms_update_status_request=SmsUpdateStatusRequest(
            status=SmsBulkStatus.PAUSED))
    assert status.status == SmsBulkStatus.PAUSED
    assert sms.get_scheduled_sms_messages_status(bulk_id="client-bulk").status == "PAUSED"


def test_preview_answers_as_the_description_does(sms: SmsApi) -> None:
    # The description's Greek example, through the client's own models: the emulator answers
    # with smscodec's offline preview, which gives the API's textPreview (1 part, 5 left).
    request = json.loads((VECTORS / "transliteration-request.json").read_text("utf-8"))
    wanted = json.loads((VECTORS / "transliteration-200.json").read_text("utf-8"))
    answer = sms.preview_sms_message(SmsPreviewRequest(**request))
    got = [(p.text_preview, p.message_count, p.characters_remaining)
           for p in answer.previews or []]
    assert got == [(p["textPreview"], p["messageCount"], p["charactersRemaining"])
                   for p in wanted["previews"]]
