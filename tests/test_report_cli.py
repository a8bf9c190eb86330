"""`smscodec check` on what comes back after a send: the kind told from the body, and a
gateway's summary of how many messages ended in each outcome."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from smscodec._cli.main import main

VECTORS = Path(__file__).resolve().parent / "vectors" / "reports"


def _check(capsys: pytest.CaptureFixture[str], path: Path, *flags: str) -> tuple[int, str]:
    code = main(["check", *flags, str(path)])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("name", sorted(p.name for p in VECTORS.glob("*--*")))
def test_the_kind_of_each_example_is_told_from_the_body(
    capsys: pytest.CaptureFixture[str], name: str
) -> None:
    kind = name.split("--")[0]
    code = main(["check", "--json", str(VECTORS / name)])
    out, err = capsys.readouterr()
    if name == "message-logs--get-sms-1-logs--sms-logs.json":
        # v1 logs and v1 reports differ in no field this example holds (their XML roots
        # differ): the candidates are named, and --type decides.
        assert (code, out) == (2, "") and "delivery-reports or message-logs" in err
        code, out = _check(capsys, VECTORS / name, "--json", "--type", kind)
    assert code == 0 and json.loads(out)["type"] == kind


def _status(group_id: int, name: str | None) -> dict[str, Any]:
    status: dict[str, Any] = {"groupId": group_id, "id": 1}
    if name is not None:
        status["groupName"] = name
    return status


GROUPS = [(3, "DELIVERED"), (1, "PENDING"), (3, "DELIVERED"), (9, "NEW_GROUP"), (2, None),
          (5, "REJECTED"), (4, "EXPIRED"), (3, "delivered"), (7, None), (1, "PENDING")]


def _reports(tmp_path: Path, results_key: str = "results") -> Path:
    results = [{"messageId": f"m{i}", "status": _status(*group)}
               for i, group in enumerate(GROUPS)]
    path = tmp_path / "reports.json"
    path.write_text(json.dumps({results_key: results}))
    return path


def test_check_prints_one_line_per_outcome(capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    code, out = _check(capsys, _reports(tmp_path), "--type", "delivery-reports")
    assert code == 0
    assert out.splitlines() == [
        "ok: delivery-reports (json): 10 results",
        "  pending: 2",
        "  undeliverable: 1",
        "  delivered: 3",
        "  expired: 1",
        "  rejected: 1",
        "  new_group: 1",
        "  group 7: 1",
    ]


def test_check_json_gives_the_same(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out = _check(capsys, _reports(tmp_path), "--json", "--type", "delivery-reports")
    assert code == 0
    assert json.loads(out) == {
        "valid": True, "type": "delivery-reports", "format": "json", "results": 10,
        "outcomes": {"pending": 2, "undeliverable": 1, "delivered": 3, "expired": 1,
                     "rejected": 1, "new_group": 1, "group 7": 1},
    }
    # The same counts whatever the kind of report or log holding the statuses.
    for kind in ("v3-delivery-reports", "message-logs", "v3-message-logs"):
        _, again = _check(capsys, _reports(tmp_path), "--json", "--type", kind)
        assert json.loads(again)["outcomes"] == json.loads(out)["outcomes"]


def test_bodies_without_statuses_have_no_outcomes(capsys: pytest.CaptureFixture[str]) -> None:
    inbound = VECTORS / "inbound-messages--get-sms-1-inbox-reports--receive-sms.json"
    code, out = _check(capsys, inbound, "--json")
    assert code == 0 and json.loads(out) == {"valid": True, "type": "inbound-messages",
                                             "format": "json", "results": 1}
    empty = VECTORS.parent / "binary-multi-response.json"
    _, out = _check(capsys, empty, "--json")
    assert "outcomes" not in json.loads(out)
