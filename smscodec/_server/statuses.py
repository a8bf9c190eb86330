"""The statuses the emulator gives, taken from smscodec's status and error catalogue, and the
test numbers that choose a final one.

A destination whose last four digits are 0002, 0004 or 0005 ends UNDELIVERABLE, EXPIRED or
REJECTED (the status group ids); any other is DELIVERED. A message of a cancelled bulk ends
CANCELLED.
"""

from __future__ import annotations

from typing import Any, Final

from .. import Status, error, status

__all__ = ["CANCELED", "PENDING", "final_status", "status_model"]


def _status(name: str, error_name: str | None = None) -> dict[str, Any]:
    """A status as the wire writes it, with the error a report of it carries."""
    found = status(name)
    assert found is not None, name  # the catalogue is generated; a test reads every entry
    out: dict[str, Any] = {"groupId": found.group.id, "groupName": found.group.name,
                           "id": found.id, "name": found.name,
                           "description": found.description}
    if error_name is not None:
        err = error(error_name)
        assert err is not None, error_name
        group = (err.group.name or "").upper().replace(" ", "_")
        out["error"] = {"groupId": err.group.id, "groupName": group, "id": err.id,
                        "name": err.name, "description": err.description,
                        "permanent": bool(err.permanent)}
    return out


PENDING: Final = _status("PENDING_ACCEPTED")
DELIVERED: Final = _status("DELIVERED_TO_HANDSET", "NO_ERROR")
UNDELIVERABLE: Final = _status("UNDELIVERABLE_REJECTED_OPERATOR", "EC_UNKNOWN_SUBSCRIBER")
EXPIRED: Final = _status("EXPIRED_EXPIRED", "EC_ABSENT_SUBSCRIBER")
REJECTED: Final = _status("REJECTED_DESTINATION", "EC_INVALID_DESTINATION_ADDRESS")
CANCELED: Final = _status("CANCELLED", "EC_MESSAGE_CANCELED")

#: The last four digits of a test number, to its final status.
TEST_NUMBERS: Final[dict[str, dict[str, Any]]] = {
    "0002": UNDELIVERABLE,
    "0004": EXPIRED,
    "0005": REJECTED,
}


def final_status(to: str) -> dict[str, Any]:
    """The status a message to ``to`` ends with (and, under ``error``, its report's error)."""
    return TEST_NUMBERS.get(to.lstrip("+")[-4:], DELIVERED)


def status_model(found: dict[str, Any]) -> Status:
    return Status(group_id=found["groupId"], group_name=found["groupName"], id=found["id"],
                  name=found["name"], description=found["description"])
