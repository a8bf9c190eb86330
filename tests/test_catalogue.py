"""The status and error catalogue: generated from the published yml, looked up, and checked
against decoded statuses (README, "Statuses and errors: the catalogue").

The yml is read here on its own (PyYAML, a test dependency), so that every entry is compared
with what the package holds, not with what the generator made of it.
"""

from __future__ import annotations

import copy
import dataclasses
import doctest
import importlib.util
import json
import pickle
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

import smscodec as sc
from smscodec._catalogue import match_error, match_status
from smscodec._codegen import catalogue as generator
from smscodec._core.limits import Limits
from smscodec._core.report import Report
from smscodec._spec.rules import ERROR_CATALOGUE, STATUS_CHECK, agrees_with_catalogue

ROOT = Path(__file__).resolve().parent.parent
SPEC = Path(__file__).resolve().parents[2] / "shared" / "spec" / "infobip-error-codes.yml"
NEEDS_SPEC = pytest.mark.skipif(
    not SPEC.exists(), reason="the catalogue is beside the repository (../shared/spec), not here"
)


def _yml() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text("utf-8"))
    return loaded


def _entries(kind: str) -> list[dict[str, Any]]:
    """Every code of the yml whose family is of ``kind``, with its family and group."""
    found = []
    for family in _yml()["families"]:
        if f"{kind} codes" not in family["family"].lower():
            continue
        for group in family["groups"]:
            for code in group["codes"]:
                found.append({**code, "family": family["family"], "group": group["group"],
                              "group_id": group["group_id"]})
    return found


# --- generated, committed, current ----------------------------------------------------------


def _script() -> ModuleType:
    path = ROOT / "scripts" / "generate_catalogue.py"
    spec = importlib.util.spec_from_file_location("generate_catalogue", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@NEEDS_SPEC
def test_the_committed_module_is_what_the_generator_makes() -> None:
    committed = (ROOT / generator.MODULE).read_text("utf-8")
    assert committed == generator.generate(SPEC), "stale: run scripts/generate_catalogue.py"


@NEEDS_SPEC
def test_the_script_checks_and_reports_a_stale_module(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = _script()
    assert script.SOURCE == SPEC  # found beside the repository, as the other spec tests do
    assert script.main(["--check"]) == 0
    changed = tmp_path / "codes.yml"
    changed.write_text(SPEC.read_text("utf-8").replace("DELIVERED_TO_HANDSET", "DELIVERED_X"),
                       "utf-8")
    before = (ROOT / generator.MODULE).read_bytes()
    assert script.main(["--check", "--source", str(changed)]) == 1
    assert "stale: smscodec/_catalogue/data.py" in capsys.readouterr().out
    assert (ROOT / generator.MODULE).read_bytes() == before  # --check writes nothing
    assert script.main(["--source", str(tmp_path / "absent.yml")]) == 2


@NEEDS_SPEC
def test_the_generator_refuses_a_count_that_does_not_add_up(tmp_path: Path) -> None:
    doc = _yml()
    doc["families"][0]["groups"][0]["codes"].pop()
    broken = tmp_path / "codes.yml"
    broken.write_text(yaml.safe_dump(doc), "utf-8")
    with pytest.raises(ValueError, match="code_count"):
        generator.generate(broken)


def test_import_smscodec_loads_no_catalogue_data() -> None:
    subprocess.run(
        [sys.executable, "-c",
         "import sys, smscodec\n"
         "assert 'smscodec._catalogue.data' not in sys.modules\n"
         "assert smscodec.status(5) is not None\n"
         "assert 'smscodec._catalogue.data' in sys.modules\n"],
        check=True, timeout=60,
    )


# --- every entry of the yml -----------------------------------------------------------------


@NEEDS_SPEC
def test_the_catalogue_holds_as_many_codes_as_the_yml_says() -> None:
    published = [s for s in sc.status_codes() if s.family != "v1 documents"]
    assert len(published) + len(sc.error_codes()) == _yml()["code_count"] == 541
    assert len(published) == len(_entries("status"))
    assert len(sc.error_codes()) == len(_entries("error"))


@NEEDS_SPEC
@pytest.mark.parametrize("group", [0, 1, 2, 3, 4, 5])
def test_every_status_of_each_group_is_present(group: int) -> None:
    name = dict((g["group_id"], g["group_name"]) for g in _yml()["status_groups"])[group]
    wanted = Counter(
        (e["id"], e["name"], e["description"], e["family"])
        for e in _entries("status") if e["group_id"] == group
    )
    held = Counter(
        (s.id, s.name, s.description, s.family) for s in sc.status_codes()
        if s.group.id == group and s.family != "v1 documents"
    )
    assert held == wanted
    assert all(s.group.name == name for s in sc.status_codes() if s.group.id == group)
    # The catalogue names no status of group 0 (OK): it is checked to stay so, or to be read.
    assert bool(wanted) == (group != 0)


@NEEDS_SPEC
def test_statuses_without_a_group_id_keep_their_label() -> None:
    wanted = [(e["id"], e["name"], e["group"]) for e in _entries("status") if e["group_id"] is None]
    held = [(s.id, s.name, s.group.name) for s in sc.status_codes() if s.group.id is None]
    assert held == wanted == [(200, "PENDING_ACCEPTED", "Pending")]


@NEEDS_SPEC
@pytest.mark.parametrize("group", [0, 1, 2, 3, None])
def test_every_error_of_each_group_is_present(group: int | None) -> None:
    wanted = Counter(
        (e["id"], e["name"], e["group"], e.get("permanent"), e["description"], e["family"])
        for e in _entries("error") if e["group_id"] == group
    )
    held = Counter(
        (e.id, e.name, e.group.name, e.permanent, e.description, e.family)
        for e in sc.error_codes() if e.group.id == group
    )
    assert held == wanted and wanted


@NEEDS_SPEC
def test_the_order_is_the_ymls() -> None:
    assert [(s.id, s.name) for s in sc.status_codes() if s.family != "v1 documents"] == [
        (e["id"], e["name"]) for e in _entries("status")
    ]
    assert [(e.id, e.name) for e in sc.error_codes()] == [
        (e["id"], e["name"]) for e in _entries("error")
    ]


# --- lookups --------------------------------------------------------------------------------


def test_a_status_by_id() -> None:
    handset = sc.status(5)
    assert handset is not None
    assert (handset.name, handset.group, handset.is_final) == (
        "DELIVERED_TO_HANDSET", sc.CodeGroup(3, "DELIVERED"), True)
    assert handset.description.startswith("Message has been successfully delivered")
    assert handset.family == "General status codes"
    assert not handset.ambiguous and handset.alternatives == ()


def test_delivered_to_operator_is_the_one_intermediate_status_of_a_final_group() -> None:
    operator = sc.status(2)
    assert operator is not None and operator.name == "DELIVERED_TO_OPERATOR"
    assert operator.group.id == 3 and operator.is_final is False
    odd = [s.name for s in sc.status_codes()
           if s.group.id is not None and s.is_final != (s.group.id >= 2)]
    assert odd == ["DELIVERED_TO_OPERATOR"]


def test_finality_follows_the_group() -> None:
    for entry in sc.status_codes():
        if entry.group.id in (0, 1) or entry.group.name == "Pending":
            assert entry.is_final is False, entry
        elif entry.name != "DELIVERED_TO_OPERATOR":
            assert entry.group.id in (2, 3, 4, 5) and entry.is_final is True, entry


def test_an_error_by_id() -> None:
    none = sc.error(0)
    assert none is not None
    assert (none.name, none.group, none.permanent) == ("NO_ERROR", sc.CodeGroup(0, "OK"), False)
    subscriber = sc.error(1)
    assert subscriber is not None and subscriber.group == sc.CodeGroup(1, "Handset errors")
    dlt = sc.error("EC_BLOCKED_BY_DLT")
    assert dlt is not None and dlt.permanent is None and dlt.family == "DLT error codes"
    assert sc.error(dlt.id) == dlt


def test_by_name_the_first_of_that_name() -> None:
    blocked = sc.status("SIGNALS_BLOCKED")
    assert blocked is not None and blocked == sc.status(87)
    assert sc.status("DELIVERED_TO_HANDSET") == sc.status(5)
    assert sc.error("NO_ERROR") == sc.error(0)


def test_unknown_ids_and_names_are_none() -> None:
    assert sc.status(-2) is None
    assert sc.status(-1) is None and sc.error(10**20) is None
    assert sc.status("NO_SUCH_STATUS") is None and sc.error("") is None
    assert sc.status("EC_BLOCKED_BY_DLT") is None  # an error, not a status


@pytest.mark.parametrize("key", [True, 5.0, None, b"5"])
def test_a_key_of_another_type_is_a_type_error(key: Any) -> None:
    with pytest.raises(TypeError, match="by its id"):
        sc.status(key)
    with pytest.raises(TypeError):
        sc.error(key)


def test_entries_are_frozen_slotted_values() -> None:
    entry = sc.status(87)
    assert entry is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.name = "X"  # type: ignore[misc]
    assert not hasattr(entry, "__dict__")
    assert pickle.loads(pickle.dumps(entry)) == entry == copy.deepcopy(entry)
    assert hash(entry) == hash(copy.copy(entry))
    assert pickle.loads(pickle.dumps(entry)).alternatives == entry.alternatives
    # No two entries are equal (the family and description tell reuses apart), so that a copy
    # knows its alternatives as the original does.
    assert len(set(sc.status_codes())) == len(sc.status_codes())
    assert len(set(sc.error_codes())) == len(sc.error_codes())


# --- reused ids -----------------------------------------------------------------------------


@NEEDS_SPEC
@pytest.mark.parametrize("kind", ["status", "error"])
def test_every_reused_id_keeps_all_its_meanings(kind: str) -> None:
    lookup = sc.status if kind == "status" else sc.error
    by_id: dict[int, list[tuple[str, str]]] = {}
    for e in _entries(kind):
        by_id.setdefault(e["id"], []).append((e["name"], e["description"]))
    reused = {i: meanings for i, meanings in by_id.items() if len(meanings) > 1}
    assert reused  # the published catalogue does reuse ids of both kinds
    for ident, meanings in by_id.items():
        entry = lookup(ident)
        assert entry is not None
        held = [(x.name, x.description) for x in (entry, *entry.alternatives)]
        assert held == meanings
        assert entry.ambiguous == (ident in reused)
        assert all(x.ambiguous for x in entry.alternatives)


def test_the_reused_ids_of_the_sms_families() -> None:
    blocked = sc.status(87)
    assert blocked is not None
    meanings = [(x.name, x.group.id) for x in (blocked, *blocked.alternatives)]
    assert meanings == [("SIGNALS_BLOCKED", 4), ("SIGNALS_BLOCKED", 5),
                        ("REJECTED_INVALID_DELIVERY_TIME_WINDOW", 5)]
    channel = sc.error(4102)
    assert channel is not None
    assert [x.group.id for x in (channel, *channel.alternatives)] == [2, 3]


def test_a_match_picks_the_meaning_the_name_and_group_point_to() -> None:
    assert [match_status(87, "SIGNALS_BLOCKED", g).group.id for g in (4, 5)] == [4, 5]  # type: ignore[union-attr]
    voice = match_status(87, "REJECTED_INVALID_DELIVERY_TIME_WINDOW", 5)
    assert voice is not None and voice.family == "Voice status codes"
    assert match_status(87, None, 5) == sc.status(87).alternatives[0]  # type: ignore[union-attr]
    assert match_status(87) == sc.status(87)
    assert match_status(87, "UNKNOWN", 9) == sc.status(87)
    assert match_status(87, "REJECTED_INVALID_DELIVERY_TIME_WINDOW", 9) == voice
    operator = match_error(4102, "EC_NOTSUBMITTEDTOSMPPCHANNEL", 3)
    assert operator is not None and operator.group.name == "Operator errors"
    assert match_status(-3) is None and match_error(-5) is None


# --- decoded statuses -----------------------------------------------------------------------


def _response(status: dict[str, Any]) -> bytes:
    return json.dumps({"messages": [{"to": "41793026727", "status": status, "smsCount": 1,
                                     "messageId": "m"}]}).encode()


def _xml_response(status: dict[str, Any]) -> bytes:
    inner = "".join(f"<{k}>{v}</{k}>" for k, v in status.items())
    return (f"<smsResponse><messages><message><to>41793026727</to><status>{inner}</status>"
            "<smsCount>1</smsCount><messageId>m</messageId></message></messages>"
            "</smsResponse>").encode()


def _decode(status: dict[str, Any], fmt: sc.Format, **kw: Any) -> sc.Status:
    data = _response(status) if fmt == "json" else _xml_response(status)
    return sc.decode(data, sc.SmsResponse, format=fmt, **kw).messages[0].status


HANDSET = {"groupId": 3, "groupName": "DELIVERED", "id": 5, "name": "DELIVERED_TO_HANDSET",
           "description": "Message delivered to handset"}
FORMATS: list[sc.Format] = ["json", "xml"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_decoded_status_answers_from_the_catalogue(fmt: sc.Format) -> None:
    handset = _decode(HANDSET, fmt, strict=True)
    assert handset.is_final is True and handset.catalogue == sc.status(5)
    operator = _decode({**HANDSET, "id": 2, "name": "DELIVERED_TO_OPERATOR"}, fmt)
    assert operator.is_final is False and operator.catalogue == sc.status(2)
    pending = _decode({"groupId": 1, "groupName": "PENDING", "id": 26, "name": "PENDING_ACCEPTED",
                       "description": "d"}, fmt)
    assert pending.is_final is False


def test_is_final_reads_the_group_the_body_names_then_the_catalogue() -> None:
    def status(**kw: Any) -> sc.Status:
        return sc.Status(**{"group_id": 3, "id": 5, **kw})

    assert status(group_id=1).is_final is False  # the body's group decides
    assert status(group_id=7, group_name="PENDING").is_final is False  # the seed's odd group
    assert status(group_id=0, group_name="ACCEPTED", id=0).is_final is False
    assert status(group_id=9, group_name="Accepted", id=0).is_final is False
    assert status(group_id=9, group_name="LOST").is_final is True  # status 5's group
    assert status(group_id=9, group_name="LOST", id=2).is_final is False
    assert status(group_id=9, id=12345).is_final is None
    assert status(group_id=9, id=12345).catalogue is None
    blocked = status(group_id=5, id=87, name="SIGNALS_BLOCKED").catalogue
    assert blocked is not None and blocked.group.id == 5
    assert "is_final" not in {f.name for f in dataclasses.fields(sc.Status)}  # computed


def test_a_v3_response_status_answers_too() -> None:
    body = {"bulkId": "b", "messages": [{"messageId": "m", "status": HANDSET,
                                         "destination": "41793026727"}]}
    value = sc.decode(json.dumps(body), sc.MessagesResponse, strict=True)
    assert value.messages[0].status.is_final is True
    assert value.messages[0].status.catalogue == sc.status(5)


# --- strict mode ----------------------------------------------------------------------------


def _issues(status: dict[str, Any], fmt: sc.Format) -> list[tuple[str, str, str]]:
    _decode(status, fmt)  # tolerant decoding keeps it as sent
    with pytest.raises(sc.ValidationError) as info:
        _decode(status, fmt, strict=True)
    return [(i.path.removeprefix("/messages/0/status"), i.code, i.message) for i in info.value]


@pytest.mark.parametrize("fmt", FORMATS)
def test_strict_flags_an_id_the_catalogue_lacks(fmt: sc.Format) -> None:
    made_up = {"groupId": 1, "groupName": "PENDING", "id": 9998, "name": "PENDING_SOMEWHERE",
               "description": "d"}
    assert _issues(made_up, fmt) == [
        ("/id", "catalogue.unknown", "status id 9998 ('PENDING_SOMEWHERE') is not in the "
         "published catalogue; without strict=True it is read as sent"),
    ]
    renamed = {**HANDSET, "id": 9999, "name": "PENDING_ENROUTE"}
    assert _issues(renamed, fmt)[0][2].startswith(
        "status id 9999 ('PENDING_ENROUTE') is not in the published catalogue; "
        "'PENDING_ENROUTE' is status 7;")


@pytest.mark.parametrize("fmt", FORMATS)
def test_strict_flags_a_name_the_catalogue_does_not_give_the_id(fmt: sc.Format) -> None:
    # The API's own v3 example writes id 26 with name PENDING_ENROUTE.
    status = {"groupId": 1, "groupName": "PENDING", "id": 26, "name": "PENDING_ENROUTE",
              "description": "d"}
    assert _issues(status, fmt) == [
        ("/name", "catalogue.name", "status 26 is PENDING_ACCEPTED in the catalogue, not "
         "'PENDING_ENROUTE' ('PENDING_ENROUTE' is status 7)"),
    ]
    reused = {"groupId": 5, "groupName": "REJECTED", "id": 87, "name": "X", "description": "d"}
    assert _issues(reused, fmt)[0][2] == (
        "status 87 is SIGNALS_BLOCKED or REJECTED_INVALID_DELIVERY_TIME_WINDOW in the catalogue,"
        " not 'X'")


@pytest.mark.parametrize("fmt", FORMATS)
def test_strict_flags_a_group_the_catalogue_does_not_give_the_status(fmt: sc.Format) -> None:
    status = {**HANDSET, "groupId": 1, "groupName": "PENDING"}
    assert _issues(status, fmt) == [
        ("/groupId", "catalogue.group",
         "status 5 DELIVERED_TO_HANDSET is in group 3 DELIVERED in the catalogue, not group 1"),
    ]
    blocked = {"groupId": 1, "groupName": "PENDING", "id": 87, "name": "SIGNALS_BLOCKED",
               "description": "d"}
    assert _issues(blocked, fmt)[0][2] == (
        "status 87 SIGNALS_BLOCKED is in group 4 EXPIRED or 5 REJECTED in the catalogue, "
        "not group 1")


@pytest.mark.parametrize("fmt", FORMATS)
def test_strict_accepts_every_meaning_of_a_reused_id(fmt: sc.Format) -> None:
    for group, name in ((4, "EXPIRED"), (5, "REJECTED")):
        status = {"groupId": group, "groupName": name, "id": 87, "name": "SIGNALS_BLOCKED",
                  "description": "d"}
        assert _decode(status, fmt, strict=True).catalogue == match_status(87, None, group)


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_wrong_group_id_is_one_issue(fmt: sc.Format) -> None:
    # The seed's groupId 7 with groupName PENDING: the groups disagree, reported once.
    status = {"groupId": 7, "groupName": "PENDING", "id": 7, "name": "PENDING_ENROUTE",
              "description": "d"}
    assert [(p, c) for p, c, _ in _issues(status, fmt)] == [("/groupId", "status.group_mismatch")]


@pytest.mark.parametrize("name", ["OK", "Ok", "ok", "ACCEPTED"])
def test_group_zero_reads_by_the_catalogues_name_and_the_v1_documents(name: str) -> None:
    status = {"groupId": 0, "groupName": name, "id": 0, "name": "MESSAGE_ACCEPTED",
              "description": "d"}
    # The v1 documents' own status (added to the published catalogue, which lacks it) is
    # accepted under each name of group 0 and is not final.
    decoded = _decode(status, "json", strict=True)
    assert decoded.catalogue == sc.status(0) and decoded.is_final is False


def test_the_v1_documents_status_is_kept_beside_the_published_ones() -> None:
    accepted = sc.status("MESSAGE_ACCEPTED")
    assert accepted is not None and accepted == sc.status(0)
    assert (accepted.group.id, accepted.family, accepted.is_final) == (0, "v1 documents", False)


def _error_part(values: dict[str, Any], *, strict: bool = True) -> list[tuple[str, str]]:
    report = Report(Limits(), strict=strict)
    ok = agrees_with_catalogue("error", values, report, (None, "error"))
    assert ok == (not report.issues)
    return [(i.path, i.code) for i in report.issues]


@pytest.mark.parametrize("group_name", ["OK", "Ok"])
def test_the_error_check_reads_both_spellings_of_ok(group_name: str) -> None:
    no_error = {"group_id": 0, "group_name": group_name, "id": 0, "name": "NO_ERROR"}
    assert _error_part(no_error) == []


def test_the_error_check_compares_id_name_and_group() -> None:
    subscriber = {"group_id": 1, "group_name": "HANDSET_ERRORS", "id": 1,
                  "name": "EC_UNKNOWN_SUBSCRIBER"}
    entry = sc.error(1)
    assert entry is not None and entry.name == subscriber["name"]
    assert _error_part(subscriber) == []
    assert _error_part({**subscriber, "group_name": "USER_ERRORS"}) == [
        ("/error/groupName", "catalogue.group")]
    assert _error_part({**subscriber, "group_id": 2}) == [("/error/groupId", "catalogue.group")]
    assert _error_part({**subscriber, "name": "NO_ERROR"}) == [("/error/name", "catalogue.name")]
    assert _error_part({**subscriber, "id": 99999}) == [("/error/id", "catalogue.unknown")]
    assert _error_part({**subscriber, "id": 99999}, strict=False) == []
    assert _error_part({**subscriber, "id": None}) == []
    channel = {"group_id": 3, "group_name": "OPERATOR_ERRORS", "id": 4102,
               "name": "EC_NOTSUBMITTEDTOSMPPCHANNEL"}
    assert _error_part(channel) == [] == _error_part({**channel, "group_id": 2,
                                                      "group_name": "User errors"})
    dlt = {"group_id": 3, "group_name": "OPERATOR_ERRORS", "id": 4106, "name": "EC_BLOCKED_BY_DLT"}
    assert _error_part(dlt) == []  # the catalogue gives DLT errors no group to disagree with
    mms = {"group_id": 3, "group_name": "OPERATOR_ERRORS", "id": 15000,
           "name": "EC_MMS_GENERAL_ERROR"}
    assert _error_part(mms) == []


def test_the_error_check_compares_the_permanent_flag_where_the_catalogue_gives_one() -> None:
    subscriber = {"group_id": 1, "group_name": "HANDSET_ERRORS", "id": 1,
                  "name": "EC_UNKNOWN_SUBSCRIBER"}
    no_error = {"group_id": 0, "group_name": "OK", "id": 0, "name": "NO_ERROR"}
    assert (sc.error(1).permanent, sc.error(0).permanent) == (True, False)  # type: ignore[union-attr]
    assert _error_part({**subscriber, "permanent": True}) == []
    assert _error_part({**no_error, "permanent": False}) == []
    assert _error_part({**subscriber, "permanent": False}) == [
        ("/error/permanent", "catalogue.permanent")]
    assert _error_part({**no_error, "permanent": True}) == [
        ("/error/permanent", "catalogue.permanent")]
    assert _error_part({**subscriber, "permanent": False}, strict=False) == []
    # The catalogue says nothing of the DLT errors' permanence: either flag agrees.
    dlt = {"group_id": 3, "group_name": "OPERATOR_ERRORS", "id": 4106, "name": "EC_BLOCKED_BY_DLT"}
    assert sc.error(4106).permanent is None  # type: ignore[union-attr]
    assert _error_part({**dlt, "permanent": True}) == [] == _error_part({**dlt, "permanent": False})
    report = Report(Limits(), strict=True)
    agrees_with_catalogue("error", {**subscriber, "permanent": False}, report, (None, "error"))
    assert report.issues[0].message == (
        "error 1 EC_UNKNOWN_SUBSCRIBER is permanent (no retry can succeed) in the catalogue, "
        "not permanent: false")


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_strict_report_names_a_wrong_permanent_flag(fmt: str) -> None:
    # The description's own example, which passes strict, with its first report's error made
    # EC_UNKNOWN_SUBSCRIBER (permanent in the catalogue) and flagged as not permanent.
    vector = (ROOT / "tests" / "vectors" / "reports"
              / f"delivery-reports--get-sms-1-reports--delivery-reports.{fmt}")
    example = sc.decode(vector.read_bytes(), sc.DeliveryReports, format=fmt,  # type: ignore[arg-type]
                        strict=True)
    first = example.results[0]
    assert first.error is not None
    wrong = dataclasses.replace(first.error, group_id=1, group_name="HANDSET_ERRORS", id=1,
                                name="EC_UNKNOWN_SUBSCRIBER", permanent=False)
    body = dataclasses.replace(example, results=(dataclasses.replace(first, error=wrong),
                                                 *example.results[1:]))
    data = sc.encode(body, format=fmt)  # type: ignore[arg-type]
    assert sc.decode(data, sc.DeliveryReports, format=fmt) == body  # type: ignore[arg-type]
    assert wrong.is_permanent is False  # as written; the catalogue is asked only when absent
    with pytest.raises(sc.ValidationError) as info:
        sc.decode(data, sc.DeliveryReports, format=fmt, strict=True)  # type: ignore[arg-type]
    assert [(i.path, i.code) for i in info.value.issues] == [
        ("/results/0/error/permanent", "catalogue.permanent")]


def test_the_error_check_is_ready_to_attach_to_an_error_part() -> None:
    report = Report(Limits(), strict=True)
    values = {"group_id": 0, "group_name": "OK", "id": 0, "name": "EC_UNKNOWN_SUBSCRIBER",
              "description": "d", "permanent": False}
    assert ERROR_CATALOGUE.strict_only and STATUS_CHECK.strict_only
    assert ERROR_CATALOGUE(values, report, (None, "error")) is False
    assert [(i.path, i.code) for i in report.issues] == [("/error/name", "catalogue.name")]
    assert "EC_UNKNOWN_SUBSCRIBER' is error 1" in report.issues[0].message


def test_readme_examples_hold() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    _, found, section = readme.partition("## Statuses and errors: the catalogue\n")
    assert found, "README lost its catalogue section"
    example = section.split("```python\n", 1)[1].split("```", 1)[0]
    test = doctest.DocTestParser().get_doctest(example, {"sc": sc}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.summarize(verbose=False) == (0, len(test.examples)) and test.examples
