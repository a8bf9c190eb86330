"""Transliteration (smscodec._sms.transliteration): the API's example, and the laws of every
scheme as properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smscodec import Transliteration, count_segments, transliterate
from smscodec._sms.gsm import DEFAULT_ALPHABET, DEFAULT_EXTENSION
from smscodec._sms.suggest import LOOKALIKES
from smscodec._sms.transliteration import (
    SCHEMES,
    baltic,
    central_european,
    colombian,
    portuguese,
    turkish,
)
from smscodec._sms.transliteration.facts import table

GSM = frozenset(c for c in DEFAULT_ALPHABET if c is not None) | frozenset(
    DEFAULT_EXTENSION.values()
)
# The API's enum (the description's PreviewRequest.transliteration pattern).
API_SCHEMES = ("TURKISH", "GREEK", "CYRILLIC", "SERBIAN_CYRILLIC", "BULGARIAN_CYRILLIC",
               "CENTRAL_EUROPEAN", "BALTIC", "PORTUGUESE", "COLOMBIAN", "NON_UNICODE", "NONE",
               "ALL")

# The description's preview example (POST /sms/1/preview, "Preview with transliteration").
GREEK_TEXT = (
    "Ως Μεγαρικό ψήφισμα είναι γνωστή η απόφαση της Εκκλησίας του δήμου των Αθηναίων "
    "(πιθανόν γύρω στο 433/2 π.Χ.) να επιβάλει αυστηρό και καθολικό εμπάργκο στα"
)
GREEK_PREVIEW = (
    "ΩΣ MEΓAPIKO ΨHΦIΣMA EINAI ΓNΩΣTH H AΠOΦAΣH THΣ EKKΛHΣIAΣ TOY ΔHMOY TΩN AΘHNAIΩN "
    "(ΠIΘANON ΓYPΩ ΣTO 433/2 Π.X.) NA EΠIBAΛEI AYΣTHPO KAI KAΘOΛIKO EMΠAPΓKO ΣTA"
)


def test_the_greek_example_is_the_apis_preview() -> None:
    result = transliterate(GREEK_TEXT, "GREEK")
    assert result.text.encode("utf-8") == GREEK_PREVIEW.encode("utf-8")
    assert result.unencodable == ()
    segments = count_segments(result.text)
    assert (segments.encoding, segments.count, segments.capacity - segments.units) == (
        "GSM7", 1, 5)
    assert result.replaced[0] == ("ς", "Σ", 3)  # Ως, της, Εκκλησίας: first seen, three times
    # Unchanged characters are not reported: the digits, the space, Γ's capital Γ.
    assert all(char not in GSM for char, _, _ in result.replaced)


def test_the_schemes_are_the_apis_enum() -> None:
    assert set(SCHEMES) == set(API_SCHEMES)
    for name in API_SCHEMES:
        assert transliterate("", name) == Transliteration("", name, (), ())
    assert transliterate("ğ", "turkish").scheme == "TURKISH"


@pytest.mark.parametrize("scheme", ["", "GREEKS", "latin", "NON-UNICODE"])
def test_an_unknown_scheme_is_refused(scheme: str) -> None:
    with pytest.raises(ValueError, match=r"unknown transliteration.*TURKISH"):
        transliterate("a", scheme)


@pytest.mark.parametrize("scheme", API_SCHEMES)
def test_tables_replace_only_what_gsm_lacks_by_gsm(scheme: str) -> None:
    for char, replacement in SCHEMES[scheme].items():
        assert len(char) == 1 and char not in GSM, (scheme, char)
        assert set(replacement) <= GSM, (scheme, char, replacement)


def test_the_latin_tables_agree_where_they_overlap() -> None:
    merged: dict[str, str] = {}
    for one in (LOOKALIKES, turkish.TABLE, central_european.TABLE, baltic.TABLE,
                portuguese.TABLE, colombian.TABLE):
        for char, replacement in one.items():
            assert merged.setdefault(char, replacement) == replacement, char
    assert merged == dict(SCHEMES["NON_UNICODE"])


def test_all_holds_every_scheme() -> None:
    every = set().union(*(SCHEMES[name] for name in API_SCHEMES if name != "ALL"))
    assert set(SCHEMES["ALL"]) == every
    # where the Cyrillic schemes disagree, CYRILLIC (listed first) wins
    assert transliterate("Хор", "ALL").text == "Khor"
    assert transliterate("Хор", "SERBIAN_CYRILLIC").text == "Hor"


def test_a_table_lists_each_character_once() -> None:
    assert table("ЖZh Ь") == {"Ж": "Zh", "Ь": ""}
    with pytest.raises(ValueError, match="twice"):
        table("ЖZh ЖZ")


def test_examples_of_each_scheme() -> None:
    cases = {
        "TURKISH": ("Şişli'de güzel gün, İyi akşamlar", "Sisli'de güzel gün, Iyi aksamlar"),
        "CYRILLIC": ("Щука и Жёлудь", "Shchuka i Zhelud"),
        "SERBIAN_CYRILLIC": ("Ђорђе Љубић", "Djordje Ljubic"),
        "BULGARIAN_CYRILLIC": ("Щастие, Юлия", "Shtastie, Yuliya"),
        "CENTRAL_EUROPEAN": ("Zażółć gęślą jaźń; Příliš Ťuk; Árvíztűrő", "Zazolc gesla jazn; "
                             "Prilis Tuk; Arvizturo"),  # ű, ő are not ü, ö
        "BALTIC": ("Ąžuolas, Rīga, Tõnu", "Azuolas, Riga, Tonu"),
        "PORTUGUESE": ("Ação à mão", "Acao à mao"),
        "COLOMBIAN": ("Bogotá, Medellín, ¿Qué tal?", "Bogota, Medellin, ¿Qué tal?"),
        "NON_UNICODE": ("“Şişli” – Ação…", "\"Sisli\" - Acao..."),
    }
    for scheme, (text, expected) in cases.items():
        assert transliterate(text, scheme).text == expected, scheme


# --- the laws, for every scheme ---------------------------------------------------------------

GSM_TEXT = st.text(st.sampled_from(sorted(GSM)))
# Characters no scheme covers and GSM 7-bit lacks: CJK, an emoji, Arabic, a lone combining mark.
UNCOVERED = "中文😀م\u0301"


def covered(scheme: str) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(sorted(GSM | set(SCHEMES[scheme]))))


@pytest.mark.parametrize("scheme", API_SCHEMES)
@given(data=st.data())
def test_law_gsm_characters_are_never_changed(scheme: str, data: st.DataObject) -> None:
    text = data.draw(GSM_TEXT)
    result = transliterate(text, scheme)
    assert result.text == text and result.replaced == () and result.unencodable == ()
    # and the scheme works character by character: GSM text around anything stays as it is
    other = data.draw(covered(scheme))
    assert transliterate(text + other + text, scheme).text == (
        text + transliterate(other, scheme).text + text
    )


@pytest.mark.parametrize("scheme", API_SCHEMES)
@given(data=st.data())
def test_law_covered_text_becomes_gsm(scheme: str, data: st.DataObject) -> None:
    text = data.draw(covered(scheme))
    result = transliterate(text, scheme)
    assert set(result.text) <= GSM
    assert result.unencodable == ()
    assert count_segments(result.text).encoding == "GSM7"
    assert sum(times for _, _, times in result.replaced) == sum(
        char in SCHEMES[scheme] for char in text
    )


@pytest.mark.parametrize("scheme", API_SCHEMES)
@given(data=st.data())
def test_law_uncovered_characters_are_kept_and_reported(scheme: str, data: st.DataObject) -> None:
    pieces = data.draw(st.lists(st.tuples(covered(scheme), st.sampled_from(UNCOVERED)),
                                min_size=1, max_size=5))
    text = "".join(a + b for a, b in pieces)
    result = transliterate(text, scheme)
    expected = "".join(transliterate(a, scheme).text + b for a, b in pieces)
    assert result.text == expected
    reported = [char for _, char in result.unencodable]
    assert reported == [char for char in result.text if char in UNCOVERED]
    assert all(result.text[i] == char for i, char in result.unencodable)
