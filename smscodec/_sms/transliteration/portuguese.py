"""PORTUGUESE: the letters of Portuguese that GSM 7-bit lacks, to the letter without its
diacritic.

Source: the Portuguese alphabet's accented letters; the Android platform's published GSM
7-bit translation table (type "common") maps Á Â Ã Ê Í Ó Ô Õ Ú and their small letters the
same way. Where Android's "gsm" type changes a letter's case to reach a GSM letter (ç to Ç,
À to à), this keeps the case and drops the diacritic: "ação" becomes "acao", not "aÇao".
à, é, Ç and É are GSM 7-bit and stay.
"""

from __future__ import annotations

from .facts import table

TABLE = table("ÁA ÀA ÂA ÃA ÊE ÍI ÓO ÔO ÕO ÚU áa âa ãa çc êe íi óo ôo õo úu")
