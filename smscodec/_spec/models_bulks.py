"""The bodies of the scheduled-message endpoints, ``/sms/1/bulks`` and ``/sms/1/bulks/status``.

Models as in `models`: frozen, slotted and checked by their constructor. A timestamp is an
aware `datetime`; a bulk status is a plain ``str`` (in a request one of
`rules.bulks.BULK_STATUSES`; in a response whatever the server sent, since a newer server may
send a value this version does not know).
"""

from __future__ import annotations

from datetime import datetime

from .models import model_class

__all__ = [
    "BulkRescheduleRequest",
    "BulkSchedule",
    "BulkStatus",
    "BulkStatusUpdateRequest",
]

@model_class
class BulkSchedule:
    """When a scheduled bulk is to be sent: the response of ``GET /sms/1/bulks`` and of
    ``PUT /sms/1/bulks``. The description requires neither field."""

    bulk_id: str | None = None
    send_at: datetime | None = None


@model_class
class BulkRescheduleRequest:
    """``PUT /sms/1/bulks?bulkId=...``: the new time to send a scheduled bulk."""

    send_at: datetime


@model_class
class BulkStatus:
    """Where a scheduled bulk stands: the response of ``GET /sms/1/bulks/status`` and of
    ``PUT /sms/1/bulks/status``. The description requires neither field."""

    bulk_id: str | None = None
    status: str | None = None


@model_class
class BulkStatusUpdateRequest:
    """``PUT /sms/1/bulks/status?bulkId=...``: pause, resume (``PROCESSING``) or cancel a
    scheduled bulk; ``status`` is one of `rules.bulks.BULK_STATUSES`."""

    status: str
