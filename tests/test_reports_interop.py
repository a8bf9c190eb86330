"""Differential test against the official Python client (`infobip-api-python-client`, a test
dependency; no network): what smscodec writes, the client's models parse, and what they write
back smscodec reads as the same value. The client 6.0.0 models the v3 delivery reports
(`SmsDeliveryResult`), the v3 logs (`SmsLogsResponse`) and inbound messages
(`SmsInboundMessageResult`); it has no model of the v1 reports or logs, nor of the tracking
webhook."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import smscodec as sc
from smscodec._spec.bodies import KINDS

client = pytest.importorskip(
    "infobip_api_client.models",
    reason="the official client is a test dependency: pip install -e '.[test]'")

VECTORS = Path(__file__).resolve().parent / "vectors" / "reports"
PAIRS: dict[type[Any], Any] = {
    sc.DeliveryReportsV3: client.SmsDeliveryResult,
    sc.MessageLogsV3: client.SmsLogsResponse,
    sc.InboundMessages: client.SmsInboundMessageResult,
}


def _through_the_client(value: Any) -> Any:
    model = type(value)
    parsed = PAIRS[model].from_json(sc.encode(value).decode())
    # The client's own to_json cannot write its datetimes; its to_dict can, with isoformat.
    written = json.dumps(parsed.to_dict(), default=datetime.isoformat)
    return sc.decode(written, model)


@pytest.mark.parametrize("name", [
    "v3-delivery-reports--get-sms-3-reports--delivery-report.json",
    "v3-delivery-reports--post-receive-outbound-sms-message-reports-v3--delivery-report.json",
    "v3-message-logs--get-sms-3-logs--log.json",
    "inbound-messages--get-sms-1-inbox-reports--receive-sms.json",
    "inbound-messages--post-receive-inbound-sms-messages--successful-response.json",
])
def test_the_examples_pass_through_the_client_unchanged(name: str) -> None:
    model = KINDS[name.split("--")[0]].model
    value = sc.decode((VECTORS / name).read_bytes(), model)
    assert _through_the_client(value) == value


# What the client's models accept: its enums for group names, prices a float carries exactly.
_STATUS_GROUPS = {0: "ACCEPTED", 1: "PENDING", 2: "UNDELIVERABLE", 3: "DELIVERED", 4: "EXPIRED",
                  5: "REJECTED"}
_ERROR_GROUPS = {0: "OK", 1: "HANDSET_ERRORS", 2: "USER_ERRORS", 3: "OPERATOR_ERRORS"}
_TEXT = st.text(st.characters(codec="utf-8"), max_size=8)
# Whole milliseconds, as the API writes them (the client keeps microseconds too).
_TIMES = st.datetimes(datetime(1970, 1, 2), datetime(2100, 1, 1), timezones=st.timezones()).map(
    lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000))


@st.composite
def _status(draw: st.DrawFn) -> sc.Status:
    group = draw(st.sampled_from(sorted(_STATUS_GROUPS)))
    return sc.Status(group_id=group, group_name=_STATUS_GROUPS[group], id=draw(st.integers(0, 99)),
                     name=draw(_TEXT), description=draw(_TEXT))


@st.composite
def _error(draw: st.DrawFn) -> sc.MessageError:
    group = draw(st.sampled_from(sorted(_ERROR_GROUPS)))
    return sc.MessageError(group_id=group, group_name=_ERROR_GROUPS[group],
                           id=draw(st.integers(0, 9999)), name=draw(_TEXT),
                           description=draw(_TEXT), permanent=draw(st.booleans()))


_PRICES = st.builds(sc.Price, price_per_message=st.sampled_from(
    [Decimal("0.01"), Decimal("0"), Decimal("0.5"), Decimal("12.25")]),
    currency=st.sampled_from(["EUR", "USD"]))
_REPORTS = st.builds(
    sc.DeliveryReportV3, message_id=_TEXT, status=_status(), bulk_id=_TEXT, price=_PRICES,
    error=_error(), to=_TEXT, sender=_TEXT, sent_at=_TIMES, done_at=_TIMES,
    message_count=st.integers(1, 255), mcc_mnc=_TEXT, callback_data=_TEXT,
    platform=st.builds(sc.MessagePlatform, entity_id=_TEXT, application_id=_TEXT),
    campaign_reference_id=_TEXT)
_LOGS = st.builds(
    sc.MessageLogV3, message_id=_TEXT, status=_status(), sender=_TEXT, destination=_TEXT,
    bulk_id=_TEXT, sent_at=_TIMES, done_at=_TIMES, message_count=st.integers(1, 255),
    price=_PRICES, error=_error(),
    content=st.builds(sc.LogTextContent, text=_TEXT) | st.builds(
        sc.LogBinaryContent, hex=st.just("48 65"), data_coding=st.sampled_from([0, 8]),
        esm_class=st.just(0)),
    mcc_mnc=_TEXT)
_INBOUND = st.builds(
    sc.InboundMessage, message_id=_TEXT, sender=_TEXT, to=_TEXT, text=_TEXT, clean_text=_TEXT,
    keyword=_TEXT, received_at=_TIMES, sms_count=st.integers(1, 255), price=_PRICES,
    callback_data=_TEXT)


@given(st.one_of(
    st.builds(sc.DeliveryReportsV3, results=st.lists(_REPORTS, max_size=3).map(tuple)),
    st.builds(sc.MessageLogsV3, results=st.lists(_LOGS, max_size=3).map(tuple)),
    st.builds(sc.InboundMessages, results=st.lists(_INBOUND, max_size=3).map(tuple),
              message_count=st.integers(0, 9), pending_message_count=st.integers(0, 9)),
))
def test_what_smscodec_writes_the_client_reads_and_writes_back_equal(value: Any) -> None:
    assert _through_the_client(value) == value
