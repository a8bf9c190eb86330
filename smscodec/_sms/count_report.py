"""What `smscodec count` shows: a segment count as JSON-ready data, and its rendering."""

from __future__ import annotations

import json
import unicodedata
from typing import Final

from .segments import count_segments, part_units
from .suggest import suggest_gsm

__all__ = ["count_report", "render_count_report"]

# unicodedata.name() has no name for these categories; UnicodeData.txt writes them this way.
_UNNAMED: Final = {
    "Cc": "<control>",
    "Cs": "<surrogate>",
    "Co": "<private use>",
    "Cn": "<unassigned>",
}
_UNIT_NAMES: Final = {"GSM7": "septets", "UCS2": "UTF-16 code units"}
# The rendering is for a person: long lists are cut (the data keeps them whole).
_PARTS_SHOWN: Final = 20
_CHARACTERS_SHOWN: Final = 20
_POSITIONS_SHOWN: Final = 10


def _name(char: str) -> str:
    return unicodedata.name(char, "") or _UNNAMED.get(unicodedata.category(char), "<unnamed>")


def count_report(text: str, *, language: str | None = None) -> dict[str, object]:
    """The count of ``text`` as JSON-ready data (str, int, None, lists and dicts).

    Keys: ``encoding``, ``parts`` (how many), ``units``, ``unit_name``, ``capacity``,
    ``units_left`` (in the last part), ``locking_shift``, ``single_shift``, ``segments`` (one
    per part: ``start`` and ``end`` indices into the text, ``units``, ``text``),
    ``unencodable`` (one entry per distinct
    character: ``character``, ``code_point``, ``name``, ``positions``) and ``suggestion``
    (None, or ``parts_before``, ``parts_after``, ``saved``, ``text`` and ``replacements``).
    Raises ValueError for an unknown language, as `count_segments` does.
    """
    segments = count_segments(text, language=language)
    units = part_units(segments)
    spans: list[dict[str, object]] = []
    start = 0
    for part, part_unit_count in zip(segments.parts, units, strict=True):
        end = start + len(part)
        spans.append({"start": start, "end": end, "units": part_unit_count, "text": part})
        start = end

    positions: dict[str, list[int]] = {}
    for index, char in segments.unencodable:
        positions.setdefault(char, []).append(index)
    unencodable: list[dict[str, object]] = [
        {
            "character": char,
            "code_point": f"U+{ord(char):04X}",
            "name": _name(char),
            "positions": at,
        }
        for char, at in positions.items()
    ]

    suggestion = suggest_gsm(text, language=language)
    suggested: dict[str, object] | None = None
    if suggestion.replacements:
        suggested = {
            "parts_before": suggestion.before.count,
            "parts_after": suggestion.after.count,
            "saved": suggestion.saved,
            "text": suggestion.text,
            "replacements": [
                {"index": index, "original": original, "replacement": replacement}
                for index, original, replacement in suggestion.replacements
            ],
        }

    return {
        "encoding": segments.encoding,
        "parts": segments.count,
        "units": segments.units,
        "unit_name": _UNIT_NAMES[segments.encoding],
        "capacity": segments.capacity,
        "units_left": segments.capacity - units[-1],
        "locking_shift": segments.locking_shift,
        "single_shift": segments.single_shift,
        "segments": spans,
        "unencodable": unencodable,
        "suggestion": suggested,
    }


def _shown(text: str) -> str:
    """``text`` as a terminal shows it on one line: invisible and control characters (no-break
    space, zero-width space, tab, ...) as JSON escapes."""
    return "".join(char if char.isprintable() else json.dumps(char)[1:-1] for char in text)


def _quoted(text: str) -> str:
    return '"' + _shown(json.dumps(text, ensure_ascii=False)[1:-1]) + '"'


def _width(shown: str) -> int:
    """Terminal columns: wide and full-width characters (most emoji, CJK) take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in shown)


def _plural(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


def render_count_report(report: dict[str, object]) -> str:
    """The human-readable form of a `count_report` result, ending in a newline."""
    unit_name = report["unit_name"]
    tables = [
        f"{kind} {report[key]}"
        for kind, key in (("locking shift", "locking_shift"), ("single shift", "single_shift"))
        if report[key] is not None
    ]
    encoding = f"{report['encoding']}"
    if tables:
        encoding += " with national " + " and ".join(tables)
    count = report["parts"]
    each = " each" if count != 1 else ""
    lines = [
        f"encoding   {encoding}",
        f"parts      {count} (up to {report['capacity']} {unit_name}{each})",
        f"units      {report['units']} {unit_name}, {report['units_left']} left in the last part",
    ]
    parts = report["segments"]
    assert isinstance(parts, list)
    if len(parts) > 1:
        width = len(str(parts[-1]["end"]))
        for number, part in enumerate(parts[:_PARTS_SHOWN], 1):
            span = f"{part['start']:>{width}}-{part['end']:<{width}}"
            label = f"part {number}"
            lines.append(f"{label:<10} {span}  {part['units']:>3}  {_quoted(part['text'])}")
        if len(parts) > _PARTS_SHOWN:
            lines.append(f"           ... and {_plural(len(parts) - _PARTS_SHOWN, 'more part')}")

    unencodable = report["unencodable"]
    assert isinstance(unencodable, list)
    if unencodable:
        lines.append("not GSM 7-bit:")
        listed = unencodable[:_CHARACTERS_SHOWN]
        shown = [_shown(entry["character"]) for entry in listed]
        labels = [f"{entry['code_point']} {entry['name']}" for entry in listed]
        char_width = max(map(_width, shown))
        label_width = max(map(len, labels))
        for char, label, entry in zip(shown, labels, listed, strict=True):
            char += " " * (char_width - _width(char))
            at = entry["positions"]
            where = ", ".join(map(str, at[:_POSITIONS_SHOWN]))
            if len(at) > _POSITIONS_SHOWN:
                where += f" and {len(at) - _POSITIONS_SHOWN} more"
            lines.append(f"  {char}  {label:<{label_width}}  at {where}")
        if len(unencodable) > _CHARACTERS_SHOWN:
            more = len(unencodable) - _CHARACTERS_SHOWN
            lines.append(f"  ... and {_plural(more, 'more character')}")

    suggestion = report["suggestion"]
    if isinstance(suggestion, dict):
        before, after = suggestion["parts_before"], suggestion["parts_after"]
        saved = suggestion["saved"]
        swaps = ", ".join(
            dict.fromkeys(
                f"{_shown(r['original'])} -> {_quoted(r['replacement'])}"
                for r in suggestion["replacements"]
            )
        )
        if saved:
            lines.append(
                f"replacing them saves {_plural(saved, 'part')} ({before} -> {after}): {swaps}"
            )
        else:
            lines.append(
                f"replacing them makes it GSM 7-bit in {_plural(after, 'part')} as well: {swaps}"
            )
        lines.append(f"  {_quoted(suggestion['text'])}")
    return "\n".join(lines) + "\n"
