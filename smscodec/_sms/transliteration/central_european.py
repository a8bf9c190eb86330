"""CENTRAL_EUROPEAN: the letters of Polish, Czech, Slovak, Hungarian, Slovenian, Croatian and
Romanian that GSM 7-bit lacks, to the letter without its diacritic.

Source: the Android platform's published GSM 7-bit translation table
(frameworks/base core/res/res/xml/sms_7bit_translation_table.xml, type "common"), for the
letters it lists; for the others (Ľ ľ Ĺ ĺ Ŕ ŕ Ů ů Ď ď Ň ň Ș ș Ț ț with comma below) the base
letter of their Unicode canonical decomposition. Letters GSM 7-bit has (ä ö ü é Ä Ö Ü É)
stay, as in every scheme; Ó and Ú lose their accent since GSM has neither.
"""

from __future__ import annotations

from .facts import table

TABLE = table(
    # Polish
    "ĄA ąa ĆC ćc ĘE ęe ŁL łl ŃN ńn ÓO óo ŚS śs ŹZ źz ŻZ żz "
    # Czech and Slovak
    "ÁA áa ČC čc ĎD ďd ĚE ěe ÍI íi ĹL ĺl ĽL ľl ŇN ňn ÔO ôo ŔR ŕr ŘR řr ŠS šs ŤT ťt ÚU úu "
    "ŮU ůu ÝY ýy ŽZ žz "
    # Hungarian
    "ŐO őo ŰU űu "
    # Croatian and Slovenian
    "ĐD đd "
    # Romanian: breve, circumflex, comma below and the cedilla forms still in use
    "ĂA ăa ÂA âa ÎI îi ȘS șs ȚT țt ŞS şs ŢT ţt"
)
