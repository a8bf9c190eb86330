"""The statuses the emulator gives, and the test numbers that choose a final one.

A destination whose last four digits are 0002, 0004 or 0005 ends UNDELIVERABLE, EXPIRED or
REJECTED (the status group ids); any other is DELIVERED.
"""

from __future__ import annotations

from typing import Any, Final

from .. import Status

__all__ = ["CANCELED", "PENDING", "SCHEDULED", "final_status", "status_model"]


def _status(group_id: int, group: str, id: int, name: str, description: str) -> dict[str, Any]:
    return {"groupId": group_id, "groupName": group, "id": id, "name": name,
            "description": description}


PENDING: Final = _status(1, "PENDING", 26, "PENDING_ACCEPTED", "Message sent to next instance")
SCHEDULED: Final = _status(1, "PENDING", 7, "PENDING_ENROUTE",
                           "Message scheduled; it is sent at its sendAt")
DELIVERED: Final = _status(3, "DELIVERED", 5, "DELIVERED_TO_HANDSET",
                           "Message delivered to handset")
UNDELIVERABLE: Final = _status(2, "UNDELIVERABLE", 4, "UNDELIVERABLE_REJECTED_OPERATOR",
                               "Message rejected by operator")
EXPIRED: Final = _status(4, "EXPIRED", 15, "EXPIRED_EXPIRED", "Message expired")
REJECTED: Final = _status(5, "REJECTED", 6, "REJECTED_NETWORK",
                          "Message rejected: the network is not served")
CANCELED: Final = _status(5, "REJECTED", 90, "REJECTED_CANCELED",
                          "Message cancelled with its bulk before it was sent")

#: The last four digits of a test number, to its final status.
TEST_NUMBERS: Final[dict[str, dict[str, Any]]] = {
    "0002": UNDELIVERABLE,
    "0004": EXPIRED,
    "0005": REJECTED,
}

#: What a final status's report carries as its error (the API's "no error" for a delivery).
ERRORS: Final[dict[int, dict[str, Any]]] = {
    3: {"groupId": 0, "groupName": "OK", "id": 0, "name": "NO_ERROR", "description": "No Error",
        "permanent": False},
    2: {"groupId": 1, "groupName": "HANDSET_ERRORS", "id": 27, "name": "EC_ABSENT_SUBSCRIBER",
        "description": "Absent Subscriber", "permanent": False},
    4: {"groupId": 1, "groupName": "HANDSET_ERRORS", "id": 27, "name": "EC_ABSENT_SUBSCRIBER",
        "description": "Absent Subscriber", "permanent": False},
    5: {"groupId": 2, "groupName": "USER_ERRORS", "id": 52, "name": "EC_NETWORK_NOT_SERVED",
        "description": "Network not served", "permanent": True},
}


def final_status(to: str) -> dict[str, Any]:
    """The status a message to ``to`` ends with."""
    return TEST_NUMBERS.get(to.lstrip("+")[-4:], DELIVERED)


def status_model(status: dict[str, Any]) -> Status:
    return Status(group_id=status["groupId"], group_name=status["groupName"], id=status["id"],
                  name=status["name"], description=status["description"])
