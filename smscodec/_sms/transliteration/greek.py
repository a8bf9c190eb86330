"""GREEK: Greek letters to the GSM 7-bit capitals that look like them.

Source: the Android platform's published GSM 7-bit translation table
(frameworks/base core/res/res/xml/sms_7bit_translation_table.xml, type "common", U+0386 to
U+03CE), which the API's own example agrees with letter for letter: "Ως Μεγαρικό ψήφισμα"
is previewed as "ΩΣ MEΓAPIKO ΨHΦIΣMA" (description of POST /sms/1/preview). Every letter
becomes a capital: the GSM alphabet has the Greek capitals Γ Δ Θ Λ Ξ Π Σ Φ Ψ Ω (TS 23.038
6.2.1) and the Latin capitals for the rest, and no small Greek letter. Beside Android's
table: GREEK QUESTION MARK (U+037E), which Unicode makes canonically equivalent to ";".
"""

from __future__ import annotations

from .facts import table

TABLE = table(
    # capitals that are not in the GSM alphabet: the Latin capital of the same shape
    "ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX "
    # capitals with tonos or dialytika
    "ΆA ΈE ΉH ΊI ΌO ΎY ΏΩ ΪI ΫY "
    # small letters: their capital (Greek where GSM has it, else Latin)
    "αA βB γΓ δΔ εE ζZ ηH θΘ ιI κK λΛ μM νN ξΞ οO πΠ ρP ςΣ σΣ τT υY φΦ χX ψΨ ωΩ "
    # small letters with tonos or dialytika
    "άA έE ήH ίI όO ύY ώΩ ϊI ϋY ΐI ΰY "
    # punctuation
    "\u037e;"
)
