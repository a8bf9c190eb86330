"""COLOMBIAN: the letters of Spanish that GSM 7-bit lacks, to the letter without its accent.

Source: the Spanish alphabet's accented vowels (á í ó ú and capitals; the Android platform's
published GSM 7-bit translation table maps them the same way). é É ñ Ñ ü Ü ¿ ¡ are GSM
7-bit and stay.
"""

from __future__ import annotations

from .facts import table

TABLE = table("ÁA ÍI ÓO ÚU áa íi óo úu")
