"""GSM 7-bit look-alike suggestions, and the count report built on them."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from smscodec._sms.count_report import count_report, render_count_report
from smscodec._sms.gsm import DEFAULT_ALPHABET, DEFAULT_EXTENSION
from smscodec._sms.segments import count_segments
from smscodec._sms.suggest import LOOKALIKES, suggest_gsm


def test_every_key_forces_ucs2_and_every_replacement_is_gsm() -> None:
    for original, replacement in LOOKALIKES.items():
        assert count_segments(original).encoding == "UCS2", repr(original)
        assert count_segments(replacement).encoding == "GSM7", repr(original)


def test_replacements_are_applied_and_reported() -> None:
    text = "It’s “great” – really…\u00a0ok\u200b"
    suggestion = suggest_gsm(text)
    assert suggestion.text == 'It\'s "great" - really... ok'
    assert suggestion.replacements == (
        (2, "’", "'"),
        (5, "“", '"'),
        (11, "”", '"'),
        (13, "–", "-"),
        (21, "…", "..."),
        (22, "\u00a0", " "),
        (25, "\u200b", ""),
    )
    assert suggestion.before == count_segments(text)
    assert suggestion.after == count_segments(suggestion.text)
    assert (suggestion.before.encoding, suggestion.after.encoding) == ("UCS2", "GSM7")
    assert suggestion.saved == 0  # one part either way


def test_saving_is_computed() -> None:
    text = "Don’t forget: " * 10  # 140 chars: 3 parts in UCS-2, 1 in GSM 7-bit
    suggestion = suggest_gsm(text)
    assert (suggestion.before.count, suggestion.after.count, suggestion.saved) == (3, 1, 2)
    assert suggestion.text == "Don't forget: " * 10
    assert [index for index, _, _ in suggestion.replacements] == [3 + 14 * i for i in range(10)]


def test_gsm_text_is_left_alone() -> None:
    text = "Plain GSM text, with {braces} and €."
    suggestion = suggest_gsm(text)
    assert suggestion.text == text
    assert suggestion.replacements == ()
    assert suggestion.saved == 0
    assert suggestion.before == suggestion.after == count_segments(text)


def test_no_proposal_when_it_does_not_reach_gsm() -> None:
    # The emoji keeps the text UCS-2, so replacing the apostrophe would buy nothing.
    suggestion = suggest_gsm("It’s \U0001f600")
    assert (suggestion.text, suggestion.replacements, suggestion.saved) == (
        "It’s \U0001f600",
        (),
        0,
    )


def test_no_proposal_when_it_costs_parts() -> None:
    # 70 ellipses: 1 UCS-2 part; as 210 dots, 2 GSM parts.
    suggestion = suggest_gsm("…" * 70)
    assert suggestion.replacements == ()
    assert suggestion.after == suggestion.before


def test_letters_are_never_swapped() -> None:
    for letter in "çşğıİ":
        assert letter not in LOOKALIKES


@given(st.text(max_size=400))
def test_suggestion_laws(text: str) -> None:
    suggestion = suggest_gsm(text)
    assert suggestion.saved == suggestion.before.count - suggestion.after.count >= 0
    assert suggestion.before == count_segments(text)
    if suggestion.replacements:
        assert suggestion.after.encoding == "GSM7"
        rebuilt = list(text)
        for index, original, replacement in suggestion.replacements:
            assert text[index] == original
            rebuilt[index] = replacement
        assert "".join(rebuilt) == suggestion.text
    else:
        assert suggestion.text == text


# --- count report -----------------------------------------------------------------------------


def test_report_is_json_ready_and_complete() -> None:
    text = "a" * 150 + "’" + "b" * 20 + "’"
    report = count_report(text)
    assert json.loads(json.dumps(report)) == report
    assert report["encoding"] == "UCS2"
    assert (report["parts"], report["units"], report["capacity"]) == (3, 172, 67)
    assert report["units_left"] == 67 - 38
    assert report["segments"] == [
        {"start": 0, "end": 67, "units": 67, "text": "a" * 67},
        {"start": 67, "end": 134, "units": 67, "text": "a" * 67},
        {"start": 134, "end": 172, "units": 38, "text": "a" * 16 + "’" + "b" * 20 + "’"},
    ]
    assert report["unencodable"] == [
        {
            "character": "’",
            "code_point": "U+2019",
            "name": "RIGHT SINGLE QUOTATION MARK",
            "positions": [150, 171],
        }
    ]
    assert report["suggestion"] == {
        "parts_before": 3,
        "parts_after": 2,
        "saved": 1,
        "text": "a" * 150 + "'" + "b" * 20 + "'",
        "replacements": [
            {"index": 150, "original": "’", "replacement": "'"},
            {"index": 171, "original": "’", "replacement": "'"},
        ],
    }
    rendered = render_count_report(report)
    assert "’  U+2019 RIGHT SINGLE QUOTATION MARK  at 150, 171" in rendered
    assert "replacing them saves 1 part (3 -> 2)" in rendered
    assert rendered.endswith("\n")


def test_report_for_gsm_text() -> None:
    report = count_report("{hi}")
    assert report["encoding"] == "GSM7"
    assert (report["units"], report["units_left"]) == (6, 154)
    assert report["unencodable"] == [] and report["suggestion"] is None
    rendered = render_count_report(report)
    assert rendered.splitlines()[0].split() == ["encoding", "GSM7"]
    assert "6 septets, 154 left in the last part" in rendered


def test_report_names_unnamed_characters() -> None:
    report = count_report("\t\x1b")
    names = [entry["name"] for entry in report["unencodable"]]  # type: ignore[attr-defined]
    assert names == ["<control>", "<control>"]
    lines = render_count_report(report).splitlines()
    assert any(line.split() == ["\\t", "U+0009", "<control>", "at", "0"] for line in lines)
    assert any(line.split() == ["\\u001b", "U+001B", "<control>", "at", "1"] for line in lines)


def test_report_of_the_empty_text() -> None:
    report = count_report("")
    assert report["segments"] == [{"start": 0, "end": 0, "units": 0, "text": ""}]
    assert report["units_left"] == 160


def test_rendering_cuts_long_lists() -> None:
    text = "".join(chr(0x4E00 + i) for i in range(30)) * 20  # 600 CJK chars, 9 parts
    rendered = render_count_report(count_report(text)).splitlines()
    assert "  ... and 10 more characters" in rendered
    assert sum(line.startswith("part ") for line in rendered) == 9
    many = render_count_report(count_report("ç" * (67 * 25))).splitlines()
    assert sum(line.startswith("part ") for line in many) == 20
    assert any(line.strip() == "... and 5 more parts" for line in many)


def test_suggestion_and_report_with_national_tables() -> None:
    # Changed by the API's tie rule (the most room in the last part): the Turkish
    # locking-shift table holds Ş, ğ and the apostrophe at one septet each, so it leaves
    # more room than the single-shift table (two septets each), which won ties before.
    suggestion = suggest_gsm("Şeker’", language="tr")
    assert suggestion.replacements == ((5, "’", "'"),)
    assert (suggestion.after.encoding, suggestion.after.locking_shift) == ("GSM7", "tr")
    report = count_report("Şeker ğüzel", language="tr")
    assert (report["encoding"], report["locking_shift"], report["single_shift"]) == (
        "GSM7",
        "tr",
        None,
    )
    assert report["units"] == 11 and report["units_left"] == 155 - 11
    assert "GSM7 with national locking shift tr" in render_count_report(report)
    # The single-shift table alone (the API's singleShift flag) still counts as before.
    single = count_segments("Şeker ğüzel", language="tr", single_shift=True)
    assert (single.units, single.locking_shift, single.single_shift) == (13, None, "tr")


def test_the_wider_lookalike_sets() -> None:
    text = "ＳＡＬＥ：５０％ ᴏꜰꜰ ½ price﹗ ❝ok❞ ｀hi｀ ￡5"
    suggestion = suggest_gsm(text)
    assert suggestion.text == "SALE:50% off 1/2 price! \"ok\" 'hi' £5"
    assert suggestion.after.encoding == "GSM7"


def test_no_gsm_character_is_ever_a_lookalike() -> None:
    gsm = {c for c in DEFAULT_ALPHABET if c is not None} | set(DEFAULT_EXTENSION.values())
    assert not gsm & set(LOOKALIKES)
    assert all(set(replacement) <= gsm for replacement in LOOKALIKES.values())


@given(st.text(st.sampled_from(sorted(LOOKALIKES) + list("aé€{ ")), max_size=200))
def test_suggestions_keep_every_gsm_character(text: str) -> None:
    suggestion = suggest_gsm(text)
    replaced = {index for index, _, _ in suggestion.replacements}
    assert all(text[i] in LOOKALIKES for i in replaced)
    if suggestion.replacements:
        kept = [c for i, c in enumerate(text) if i not in replaced]
        assert kept == [c for c in text if c not in LOOKALIKES]
