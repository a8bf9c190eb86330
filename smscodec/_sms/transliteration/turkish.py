"""TURKISH: the letters of Turkish that GSM 7-bit lacks, to the letter without its diacritic.

Source: the Turkish alphabet (ç ğ ı İ ş and the circumflex vowels â î û); the Android
platform's published GSM 7-bit translation table maps Ğ ğ ı Ş ş â î û the same way. Dotted
capital İ becomes I and dotless ı becomes i, the only letters GSM has for them; ç becomes c
(Android writes Ç, changing the case). Ç Ö Ü ö ü are GSM 7-bit and stay.
"""

from __future__ import annotations

from .facts import table

TABLE = table("ĞG ğg İI ıi ŞS şs ÂA âa ÎI îi ÛU ûu çc")
