"""SERBIAN_CYRILLIC: the Serbian Cyrillic alphabet to Serbian Latin, without diacritics.

Source: the one-to-one correspondence of the Serbian Cyrillic and Latin (Gaj's) alphabets,
letter by letter: Љ Lj, Њ Nj, Џ Dž, Ђ Đ, Ћ Ć, Ж Ž, Ч Č, Ш Š. The Latin letters with
diacritics are not GSM 7-bit, so they lose them (as Serbian is commonly written where they
are not available, with Đ as "Dj"); the same applies to Serbian Latin text itself.
"""

from __future__ import annotations

from .facts import table

TABLE = table(
    "АA БB ВV ГG ДD ЂDj ЕE ЖZ ЗZ ИI ЈJ КK ЛL ЉLj МM НN ЊNj ОO ПP РR СS ТT ЋC УU ФF ХH ЦC "
    "ЧC ЏDz ШS "
    "аa бb вv гg дd ђdj еe жz зz иi јj кk лl љlj мm нn њnj оo пp рr сs тt ћc уu фf хh цc "
    "чc џdz шs "
    # Serbian Latin
    "ĐDj ŽZ ĆC ČC ŠS đdj žz ćc čc šs"
)
