"""`sms_count` of a v2 or v3 text message that names a transliteration or a language: the
parts the API charges, for the text it sends."""

from __future__ import annotations

import smscodec as sc
from smscodec import AdvancedTextMessage, Destination, SmsLanguage

TO = "41793026727"
# The description's preview example (POST /sms/1/preview, "Preview with transliteration"):
# 3 parts as it is, 1 once transliterated.
GREEK = (
    "Ως Μεγαρικό ψήφισμα είναι γνωστή η απόφαση της Εκκλησίας του δήμου των Αθηναίων "
    "(πιθανόν γύρω στο 433/2 π.Χ.) να επιβάλει αυστηρό και καθολικό εμπάργκο στα"
)
TURKISH = "Mesaj gönderimi yapmadan önce önizleme seçeneğini kullanmanız doğru karar"


def _v3(text: str, transliteration: str | None = None,
        language: SmsLanguage | None = None) -> sc.SmsMessage:
    return sc.SmsMessage(
        destinations=(sc.SmsDestination(to=TO),),
        content=sc.SmsTextContent(text=text, transliteration=transliteration, language=language),
    )


def _v2(text: str, transliteration: str | None = None,
        language: SmsLanguage | None = None) -> AdvancedTextMessage:
    return AdvancedTextMessage(destinations=(Destination(to=TO),), text=text,
                               transliteration=transliteration, language=language)


def test_the_transliterated_text_is_counted() -> None:
    for make in (_v3, _v2):
        assert sc.sms_count(make(GREEK)) == 3
        assert sc.sms_count(make(GREEK, "GREEK")) == 1
        assert sc.sms_count(make(GREEK, "ALL")) == 1
        assert sc.sms_count(make(GREEK, "NONE")) == 3
        # a scheme that does not cover Greek leaves it UCS-2
        assert sc.sms_count(make(GREEK, "TURKISH")) == 3


def test_transliteration_then_the_language() -> None:
    text = TURKISH * 3  # UCS-2 as it is; ı stays after GREEK, so only Turkish tables help
    plain = sc.count_segments(text).count
    for make in (_v3, _v2):
        turkish = make(text, "GREEK", SmsLanguage(language_code="TR"))
        assert sc.sms_count(turkish) == sc.count_segments(text, language="tr").count < plain
        latin = make(text, "TURKISH", SmsLanguage(language_code="TR"))
        assert sc.sms_count(latin) == sc.count_segments(
            sc.transliterate(text, "TURKISH").text).count


def test_the_v3_shift_flags_narrow_the_tables() -> None:
    text = "şğı" * 50  # locking shift: 150 septets, one part; single shift: 300, three
    only_single = SmsLanguage(language_code="TR", single_shift=True, locking_shift=False)
    expected = sc.count_segments(text, language="TR", single_shift=True, locking_shift=False)
    assert expected.single_shift == "tr" and expected.locking_shift is None
    assert sc.sms_count(_v3(text, language=only_single)) == expected.count
    assert expected.count > sc.count_segments(text, language="TR").count
    # flags without a language name no table
    off = SmsLanguage(single_shift=False, locking_shift=False)
    assert sc.sms_count(_v3(text, language=off)) == sc.count_segments(text).count


def test_messages_without_either_setting_are_counted_as_before() -> None:
    assert sc.sms_count(_v3(TURKISH)) == sc.count_segments(TURKISH).count
    assert sc.sms_count(_v2(TURKISH)) == sc.count_segments(TURKISH).count
