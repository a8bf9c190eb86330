"""The national language tables of TS 23.038 Annex A (smscodec._sms.national).

Spot checks name cells read in the specification's tables (A.3.x locking shift, A.2.x single
shift) and in the renderings listed at the top of smscodec/_sms/national.py; the disputed cells
listed there are pinned here too, so changing one of those choices has to be deliberate.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import pytest

from smscodec._sms.national import LANGUAGE_IDS, LANGUAGES, LOCKING_SHIFT, SINGLE_SHIFT

INDIC_AND_URDU = ("bn", "gu", "hi", "kn", "ml", "or", "pa", "ta", "te", "ur")

# --- structure ----------------------------------------------------------------------------


def test_language_ids_are_those_of_6_2_1_2_4() -> None:
    assert dict(LANGUAGE_IDS) == {
        "tr": 1,
        "es": 2,
        "pt": 3,
        "bn": 4,
        "gu": 5,
        "hi": 6,
        "kn": 7,
        "ml": 8,
        "or": 9,
        "pa": 10,
        "ta": 11,
        "te": 12,
        "ur": 13,
    }


def test_languages_are_in_identifier_order() -> None:
    assert " ".join(LANGUAGES) == "tr es pt bn gu hi kn ml or pa ta te ur"
    assert [LANGUAGE_IDS[code] for code in LANGUAGES] == list(range(1, 14))


def test_table_keys_agree_with_languages() -> None:
    assert set(SINGLE_SHIFT) == set(LANGUAGES)
    assert set(LOCKING_SHIFT) == set(LANGUAGES) - {"es"}


def test_spanish_has_a_single_shift_table_only() -> None:
    # A.3.2 is void: there is no Spanish locking shift table.
    assert "es" not in LOCKING_SHIFT
    assert "es" in SINGLE_SHIFT


def test_nothing_is_mutable() -> None:
    assert isinstance(LANGUAGE_IDS, MappingProxyType)
    assert isinstance(LOCKING_SHIFT, MappingProxyType)
    assert isinstance(SINGLE_SHIFT, MappingProxyType)
    assert all(isinstance(table, tuple) for table in LOCKING_SHIFT.values())
    assert all(isinstance(table, MappingProxyType) for table in SINGLE_SHIFT.values())


@pytest.mark.parametrize("code", sorted(LOCKING_SHIFT))
def test_locking_table_shape(code: str) -> None:
    table = LOCKING_SHIFT[code]
    assert len(table) == 128
    assert table[0x1B] is None  # the escape, not a character
    assert table[0x0A] == "\n"
    assert table[0x0D] == "\r"
    assert table[0x20] == " "
    assert all(char is None or len(char) == 1 for char in table)


@pytest.mark.parametrize("code", sorted(LOCKING_SHIFT))
def test_no_character_twice_in_a_locking_table(code: str) -> None:
    chars = [char for char in LOCKING_SHIFT[code] if char is not None]
    assert len(chars) == len(set(chars))


@pytest.mark.parametrize("code", sorted(SINGLE_SHIFT))
def test_single_shift_table_shape(code: str) -> None:
    table = SINGLE_SHIFT[code]
    assert all(0 <= septet < 0x80 for septet in table)
    assert all(len(char) == 1 for char in table.values())
    assert table[0x0A] == "\x0c"  # the page break
    assert 0x0D not in table  # CR2
    assert 0x1B not in table  # a further escape


def _duplicates(table: Mapping[int, str]) -> dict[str, list[int]]:
    septets: dict[str, list[int]] = {}
    for septet, char in sorted(table.items()):
        septets.setdefault(char, []).append(septet)
    return {char: found for char, found in septets.items() if len(found) > 1}


@pytest.mark.parametrize("code", sorted(SINGLE_SHIFT))
def test_no_duplicate_in_a_single_shift_table_but_the_printed_ones(code: str) -> None:
    # A.2.4-A.2.13 print "¡" at 0x13 and 0x15 and "*" at 0x0B and 0x18; nothing else repeats.
    expected = {"\u00a1": [0x13, 0x15], "*": [0x0B, 0x18]} if code in INDIC_AND_URDU else {}
    assert _duplicates(SINGLE_SHIFT[code]) == expected


@pytest.mark.parametrize("code", INDIC_AND_URDU)
def test_indic_locking_tables_keep_the_default_ascii_cells(code: str) -> None:
    table = LOCKING_SHIFT[code]
    assert "".join(str(table[s]) for s in range(0x30, 0x3A)) == "0123456789"
    assert "".join(str(table[s]) for s in range(0x61, 0x7B)) == "abcdefghijklmnopqrstuvwxyz"
    assert [table[s] for s in (0x21, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F)] == list("!,.:;?")
    # Printed the other way round from the default alphabet.
    assert (table[0x28], table[0x29]) == (")", "(")


# --- cells --------------------------------------------------------------------------------

# (language, septet, character or None); every language has at least three.
LOCKING_CELLS = [
    # A.3.1 Turkish
    ("tr", 0x0B, "\u011e"),  # G WITH BREVE
    ("tr", 0x0C, "\u011f"),  # g with breve
    ("tr", 0x07, "\u0131"),  # dotless i
    ("tr", 0x40, "\u0130"),  # I with dot above
    ("tr", 0x60, "\u00e7"),  # c with cedilla
    ("tr", 0x04, "\u20ac"),  # euro sign
    ("tr", 0x1C, "\u015e"),  # S WITH CEDILLA
    ("tr", 0x1F, "\u00c9"),  # disputed: one rendering has a space
    # A.3.3 Portuguese
    ("pt", 0x15, "\u221e"),  # infinity
    ("pt", 0x12, "\u00aa"),  # feminine ordinal indicator
    ("pt", 0x24, "\u00ba"),  # masculine ordinal indicator
    ("pt", 0x60, "~"),
    ("pt", 0x7D, "`"),
    ("pt", 0x40, "\u00cd"),  # I WITH ACUTE
    ("pt", 0x18, "\u20ac"),
    # A.3.4 Bengali
    ("bn", 0x00, "\u0981"),  # candrabindu, a combining mark
    ("bn", 0x2C, ","),  # disputed: one rendering has an apostrophe
    ("bn", 0x60, "\u09ce"),  # khanda ta
    ("bn", 0x7F, "\u09f1"),  # ra with lower diagonal
    ("bn", 0x0C, None),
    ("bn", 0x45, None),
    # A.3.5 Gujarati
    ("gu", 0x00, "\u0a81"),
    ("gu", 0x47, "\u0ab3"),  # LLA
    ("gu", 0x7F, "\u0af1"),  # rupee sign
    ("gu", 0x12, None),
    # A.3.6 Hindi
    ("hi", 0x0E, "\u090e"),  # short E
    ("hi", 0x3C, "\u0929"),  # NNNA
    ("hi", 0x60, "\u0950"),  # om
    ("hi", 0x7B, "\u0972"),  # candra A
    # A.3.7 Kannada
    ("kn", 0x24, "\u0ca1"),  # disputed: the spec prints U+0CAA here
    ("kn", 0x3D, "\u0caa"),  # PA
    ("kn", 0x60, "\u0cd5"),  # length mark
    ("kn", 0x00, None),
    ("kn", 0x11, None),
    # A.3.8 Malayalam
    ("ml", 0x2E, "."),
    ("ml", 0x60, "\u0d57"),  # au length mark
    ("ml", 0x7F, "\u0d79"),  # date mark
    ("ml", 0x4E, None),
    # A.3.9 Oriya
    ("or", 0x47, "\u0b33"),  # disputed: one rendering has U+0B3C
    ("or", 0x4E, "\u0b3c"),  # nukta
    ("or", 0x60, "\u0b56"),  # ai length mark
    ("or", 0x45, None),
    # A.3.10 Punjabi
    ("pa", 0x4E, "\u0a3c"),  # nukta
    ("pa", 0x60, "\u0a51"),  # udaat
    ("pa", 0x7F, "\u0a74"),  # ek onkar
    ("pa", 0x09, None),
    # A.3.11 Tamil
    ("ta", 0x3C, "\u0ba9"),  # NNNA
    ("ta", 0x60, "\u0bd0"),  # om
    ("ta", 0x7F, "\u0bf9"),  # rupee sign
    ("ta", 0x11, None),  # disputed: one rendering has the unassigned U+0B91
    ("ta", 0x40, None),
    # A.3.12 Telugu
    ("te", 0x0E, "\u0c0e"),
    ("te", 0x60, "\u0c55"),  # length mark
    ("te", 0x7B, "\u0c56"),  # ai length mark
    ("te", 0x11, None),  # disputed: one rendering has the unassigned U+0C11
    # A.3.13 Urdu
    ("ur", 0x00, "\u0627"),  # alef
    ("ur", 0x58, "\u0621"),  # hamza
    ("ur", 0x60, "\u0654"),  # hamza above, a combining mark
    ("ur", 0x7F, "\u0670"),  # superscript alef
]

SINGLE_SHIFT_CELLS = [
    # A.2.1 Turkish
    ("tr", 0x65, "\u20ac"),
    ("tr", 0x47, "\u011e"),
    ("tr", 0x49, "\u0130"),
    ("tr", 0x69, "\u0131"),
    ("tr", 0x63, "\u00e7"),
    # A.2.2 Spanish
    ("es", 0x61, "\u00e1"),  # a with acute
    ("es", 0x09, "\u00e7"),
    ("es", 0x41, "\u00c1"),
    ("es", 0x75, "\u00fa"),
    ("es", 0x65, "\u20ac"),
    # A.2.3 Portuguese
    ("pt", 0x05, "\u00ea"),  # disputed: one rendering leaves it empty
    ("pt", 0x12, "\u03a6"),  # PHI
    ("pt", 0x61, "\u00c2"),  # capital, as printed
    ("pt", 0x7F, "\u00e2"),
    ("pt", 0x1F, "\u00ca"),
    # A.2.4 Bengali
    ("bn", 0x19, "\u09e6"),  # digit zero
    ("bn", 0x24, "\u09df"),  # YYA
    ("bn", 0x34, "\u09fa"),  # isshar
    ("bn", 0x65, "\u20ac"),
    # A.2.5 Gujarati
    ("gu", 0x19, "\u0964"),  # danda
    ("gu", 0x1A, "\u0965"),  # double danda
    ("gu", 0x25, "\u0aef"),  # digit nine
    # A.2.6 Hindi
    ("hi", 0x26, "\u0951"),  # udatta, a combining mark
    ("hi", 0x2C, "\u0958"),  # QA
    ("hi", 0x3A, "\u0971"),  # high spacing dot
    # A.2.7 Kannada
    ("kn", 0x26, "\u0cde"),  # FA
    ("kn", 0x27, "\u0cf1"),  # jihvamuliya
    ("kn", 0x2A, "\u0cf2"),  # upadhmaniya
    # A.2.8 Malayalam
    ("ml", 0x26, "\u0d70"),  # number ten
    ("ml", 0x2E, "\u0d7a"),  # chillu NN
    ("ml", 0x34, "\u0d7f"),  # chillu K
    # A.2.9 Oriya
    ("or", 0x20, "\u0b6a"),  # disputed: one rendering has U+0BEA
    ("or", 0x26, "\u0b5c"),  # RRA
    ("or", 0x2C, "\u0b71"),  # WA
    # A.2.10 Punjabi
    ("pa", 0x23, "\u0a6d"),  # disputed: one rendering has U+004F
    ("pa", 0x26, "\u0a59"),  # KHHA
    ("pa", 0x2D, "\u0a75"),  # yakash
    # A.2.11 Tamil
    ("ta", 0x24, "\u0bee"),  # disputed: the spec prints U+0BEF here
    ("ta", 0x25, "\u0bef"),
    ("ta", 0x2E, "\u0bfa"),  # number sign
    # A.2.12 Telugu
    ("te", 0x1C, "\u0c66"),  # disputed: one rendering has U+0CE6
    ("te", 0x22, "\u0c6c"),  # disputed: the spec prints U+06CC here
    ("te", 0x23, "\u0c6d"),  # disputed: the spec prints U+06CD here
    ("te", 0x32, "\u0c7f"),  # tuumu
    # A.2.13 Urdu
    ("ur", 0x19, "\u0600"),  # Arabic number sign
    ("ur", 0x3B, "\u06cd"),  # YEH WITH TAIL
    ("ur", 0x3F, "\u06d4"),  # full stop
]

# Cells the single shift tables leave empty, pinned where another table or source has one.
SINGLE_SHIFT_EMPTY = [
    ("te", 0x65),  # disputed: two renderings put the euro sign here
    ("te", 0x19),  # no danda in A.2.12
    ("te", 0x1A),
    ("gu", 0x26),
    ("es", 0x05),
]


def test_every_language_has_three_spot_checks_per_table() -> None:
    for code in LANGUAGES:
        if code in LOCKING_SHIFT:
            assert sum(1 for cell in LOCKING_CELLS if cell[0] == code) >= 3, code
        assert sum(1 for cell in SINGLE_SHIFT_CELLS if cell[0] == code) >= 3, code


@pytest.mark.parametrize(("code", "septet", "char"), LOCKING_CELLS)
def test_locking_cell(code: str, septet: int, char: str | None) -> None:
    assert LOCKING_SHIFT[code][septet] == char


@pytest.mark.parametrize(("code", "septet", "char"), SINGLE_SHIFT_CELLS)
def test_single_shift_cell(code: str, septet: int, char: str) -> None:
    assert SINGLE_SHIFT[code][septet] == char


@pytest.mark.parametrize(("code", "septet"), SINGLE_SHIFT_EMPTY)
def test_single_shift_empty_cell(code: str, septet: int) -> None:
    assert septet not in SINGLE_SHIFT[code]


@pytest.mark.parametrize(
    ("code", "size"),
    [
        ("tr", 127),
        ("pt", 127),
        ("bn", 114),
        ("gu", 120),
        ("hi", 127),
        ("kn", 120),
        ("ml", 120),
        ("or", 116),
        ("pa", 110),
        ("ta", 102),
        ("te", 120),
        ("ur", 127),
    ],
)
def test_locking_table_cell_count(code: str, size: int) -> None:
    # Characters per table (the escape excluded): an extra or a lost cell shows up here.
    assert sum(char is not None for char in LOCKING_SHIFT[code]) == size


@pytest.mark.parametrize(
    ("code", "size"),
    [
        ("tr", 17),
        ("es", 19),
        ("pt", 37),
        ("bn", 82),
        ("gu", 70),
        ("hi", 88),
        ("kn", 73),
        ("ml", 82),
        ("or", 75),
        ("pa", 76),
        ("ta", 77),
        ("te", 77),
        ("ur", 90),
    ],
)
def test_single_shift_table_cell_count(code: str, size: int) -> None:
    assert len(SINGLE_SHIFT[code]) == size
