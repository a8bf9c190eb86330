"""CYRILLIC: the Cyrillic letters of Russian, Ukrainian and Belarusian to Latin letters.

Source: the transliteration of ICAO Doc 9303 (Machine Readable Travel Documents, part 3,
section 6, Cyrillic), the one Russian, Ukrainian and Belarusian passports use, written in
mixed case (Ж is "Zh", not "ZH") since a message is running text. Ь (soft sign), dropped by
ICAO, is dropped here too.
"""

from __future__ import annotations

from .facts import table

TABLE = table(
    # Russian
    "АA БB ВV ГG ДD ЕE ЁE ЖZh ЗZ ИI ЙI КK ЛL МM НN ОO ПP РR СS ТT УU ФF ХKh ЦTs ЧCh ШSh "
    "ЩShch ЪIe ЫY Ь ЭE ЮIu ЯIa "
    "аa бb вv гg дd еe ёe жzh зz иi йi кk лl мm нn оo пp рr сs тt уu фf хkh цts чch шsh "
    "щshch ъie ыy ь эe юiu яia "
    # Ukrainian and Belarusian
    "ЄIe ІI ЇI ҐG ЎU "
    "єie іi їi ґg ўu"
)
