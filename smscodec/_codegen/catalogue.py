"""The generator of `smscodec._catalogue.data`: the published status and error catalogue
(``infobip-error-codes.yml``) as plain Python tuples, so that the package reads it without a
YAML parser. ``scripts/generate_catalogue.py`` writes it; a test fails while the committed
module differs from what `generate` makes now.

How the yml is read (README, "Statuses and errors: the catalogue"):

- A family is a status family or an error family by its own name ("... status codes", "...
  error codes"). The yml's ``kind`` says ``status`` for four error families (DLT, Live Chat,
  Moments and People API error codes) that hold no status: their names (``EC_BLOCKED_BY_DLT``)
  and their families say errors, so the family name decides.
- A status's group is named as ``status_groups`` names it (``DELIVERED``), not by the family's
  label (``Delivered``); an error's group keeps its label (``Handset errors``), which is all the
  yml gives. A group without an id keeps its label, or has none.
- Entries stay in the yml's order, with every reuse of an id: the lookups keep all meanings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["MODULE", "generate"]

#: The generated module, relative to the repository root.
MODULE = "smscodec/_catalogue/data.py"

_HEADER = '''"""The published status and error catalogue, as data (see `smscodec._catalogue`).

GENERATED FILE: do not edit by hand. Written by scripts/generate_catalogue.py with
smscodec/_codegen/catalogue.py, from ../shared/spec/infobip-error-codes.yml ({generated}).
To change it, run `python scripts/generate_catalogue.py`; tests/test_catalogue.py fails while
this file differs from what the generator makes now.
"""

from __future__ import annotations

from typing import Final

'''


#: Statuses the v1 documents send that the published catalogue lacks, appended after the yml's
#: own (family "v1 documents"). Source: the seed documents' multi-message response
#: (../shared/examples/text-multi-response.json, ../shared/seeds/000_*.txt), where every accepted
#: message has status 0 MESSAGE_ACCEPTED in group 0; without it a strict decode of the very
#: bodies smscodec was first built for would call their status unknown.
SEED_STATUSES: tuple[tuple[int, str, int, str], ...] = (
    (0, "MESSAGE_ACCEPTED", 0, "Message accepted"),
)


class CatalogueSourceError(ValueError):
    """The yml does not have the shape this generator reads."""


def _expect(condition: bool, what: str) -> None:
    if not condition:
        raise CatalogueSourceError(what)


def _kind(family: str) -> str:
    words = family.lower()
    if "status codes" in words:
        return "status"
    _expect("error codes" in words, f"family {family!r} names neither status nor error codes")
    return "error"


def _rows(doc: dict[str, Any]) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], int]:
    groups = {g["group_id"]: g["group_name"] for g in doc["status_groups"]}
    statuses: list[tuple[Any, ...]] = []
    errors: list[tuple[Any, ...]] = []
    for family in doc["families"]:
        name = family["family"]
        kind = _kind(name)
        for group in family["groups"]:
            codes = group["codes"]
            _expect(group["code_count"] == len(codes), f"{name}, {group['group']}: code_count")
            group_id = group["group_id"]
            label = group["group"]
            for code in codes:
                ident, code_name, text = code["id"], code["name"], code["description"]
                _expect(type(ident) is int, f"{name}: id {ident!r} is not an integer")
                _expect(isinstance(code_name, str) and isinstance(text, str),
                        f"{name}: code {ident} has no name or description")
                if kind == "status":
                    _expect("permanent" not in code, f"{name}: status {ident} has permanent")
                    group_name = groups[group_id] if group_id is not None else label
                    statuses.append((ident, code_name, group_id, group_name, text, name))
                else:
                    permanent = code.get("permanent")
                    _expect(permanent in (None, True, False), f"{name}: {ident} permanent")
                    errors.append((ident, code_name, group_id, label, permanent, text, name))
    return statuses, errors, len(statuses) + len(errors)


def _table(name: str, doc: str, annotation: str, rows: list[tuple[Any, ...]]) -> str:
    lines = [f"#: {doc}", f"{name}: Final[{annotation}] = ("]
    lines += [f"    {row!r}," for row in rows]
    return "\n".join([*lines, ")", ""])


def generate(source: Path) -> str:
    """The text of the data module, made from the yml at ``source``."""
    import yaml  # the generator's own dependency (the test extra); the package never needs it

    doc = yaml.safe_load(source.read_text("utf-8"))
    statuses, errors, count = _rows(doc)
    _expect(count == doc["code_count"], f"{count} codes, but code_count says {doc['code_count']}")
    groups = [(g["group_id"], g["group_name"]) for g in doc["status_groups"]]
    names = dict(groups)
    statuses += [(ident, name, group, names[group], text, "v1 documents")
                 for ident, name, group, text in SEED_STATUSES]
    tables = [
        _table("STATUS_GROUPS", "The status groups: id and name.",
               "tuple[tuple[int, str], ...]", groups),
        _table("STATUSES", "Every status: id, name, group id and name, description, family.",
               "tuple[tuple[int, str, int | None, str | None, str, str], ...]", statuses),
        _table("ERRORS",
               "Every error: id, name, group id and name, permanent (None: not said), "
               "description, family.",
               "tuple[tuple[int, str, int | None, str | None, bool | None, str, str], ...]",
               errors),
    ]
    return _HEADER.format(generated=doc["generated"]) + "\n\n".join(tables)
