"""The rules of the scheduled-message endpoints' own fields: the status of a bulk.

A request names the status to move a bulk to, one of those the description lists (closed); a
response reports where a bulk stands, and a newer server may report a status this version
does not know (open: kept as sent, flagged only with ``strict=True``).
"""

from __future__ import annotations

from typing import Final

from .scalars import enum

__all__ = ["BULK_STATUS", "BULK_STATUSES", "BULK_STATUS_OPEN"]

#: The statuses of a scheduled bulk, in the description's order.
BULK_STATUSES: Final = ("PENDING", "PAUSED", "PROCESSING", "CANCELED", "FINISHED", "FAILED")

#: A bulk status in a request.
BULK_STATUS: Final = enum(BULK_STATUSES, closed=True)
#: A bulk status in a response.
BULK_STATUS_OPEN: Final = enum(BULK_STATUSES, closed=False)
