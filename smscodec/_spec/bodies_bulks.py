"""The bodies of the scheduled-message endpoints, described once (see `bodies`).

``GET`` and ``PUT /sms/1/bulks`` answer with the same shape (`BULK_SCHEDULE`), as do ``GET``
and ``PUT /sms/1/bulks/status`` (`BULK_STATUS`): one description and one kind each. XML roots
are the element names the description's own examples use. The description requires no field
of either response, so a tolerant and a strict decode alike read one without them.
"""

from __future__ import annotations

from . import models_bulks as m
from . import rules
from .rules.bulks import BULK_STATUS, BULK_STATUS_OPEN
from .rules.timestamps import TIMESTAMP
from .vocabulary import Body, Field, Kind

__all__ = ["BULK_BODIES", "BULK_RESCHEDULE_REQUEST", "BULK_SCHEDULE", "BULK_STATUS_BODY",
           "BULK_STATUS_UPDATE_REQUEST"]

_SEND_AT_DOC = ("when the bulk is to be sent, as 2021-08-25T16:00:00.000+0000; at most 180 "
                "days ahead (not checked by decode, which does not read the clock)")


def _bulk_id() -> Field:
    return Field(wire="bulkId", name="bulk_id", kind=Kind.TEXT, rule=rules.STRING,
                 doc="the id of the bulk", required=False)


BULK_SCHEDULE = Body(
    model=m.BulkSchedule,
    doc="When a scheduled bulk is to be sent.",
    closed=False,
    name="bulk-schedule",
    direction="response",
    endpoints=("GET /sms/1/bulks", "PUT /sms/1/bulks"),
    xml_root="BulkResponse",
    fields=(
        _bulk_id(),
        Field(wire="sendAt", name="send_at", kind=Kind.TIMESTAMP, rule=TIMESTAMP,
              doc=_SEND_AT_DOC, required=False),
    ),
)
BULK_RESCHEDULE_REQUEST = Body(
    model=m.BulkRescheduleRequest,
    doc="The new time to send a scheduled bulk.",
    closed=True,
    name="bulk-reschedule-request",
    direction="request",
    endpoints=("PUT /sms/1/bulks",),
    xml_root="BulkRequest",
    fields=(
        Field(wire="sendAt", name="send_at", kind=Kind.TIMESTAMP, rule=TIMESTAMP,
              doc=_SEND_AT_DOC),
    ),
)
BULK_STATUS_BODY = Body(
    model=m.BulkStatus,
    doc="Where a scheduled bulk stands.",
    closed=False,
    name="bulk-status",
    direction="response",
    endpoints=("GET /sms/1/bulks/status", "PUT /sms/1/bulks/status"),
    xml_root="BulkStatusResponse",
    fields=(
        _bulk_id(),
        Field(wire="status", name="status", kind=Kind.ENUM, rule=BULK_STATUS_OPEN,
              doc="the status of the bulk", required=False),
    ),
)
BULK_STATUS_UPDATE_REQUEST = Body(
    model=m.BulkStatusUpdateRequest,
    doc="The status to move a scheduled bulk to: pause, resume or cancel it.",
    closed=True,
    name="bulk-status-update-request",
    direction="request",
    endpoints=("PUT /sms/1/bulks/status",),
    xml_root="UpdateStatusRequest",
    fields=(
        Field(wire="status", name="status", kind=Kind.ENUM, rule=BULK_STATUS,
              doc="the status to move the bulk to"),
    ),
)

#: The top-level bodies, in the order the command line lists them.
BULK_BODIES = (BULK_SCHEDULE, BULK_RESCHEDULE_REQUEST, BULK_STATUS_BODY,
               BULK_STATUS_UPDATE_REQUEST)
