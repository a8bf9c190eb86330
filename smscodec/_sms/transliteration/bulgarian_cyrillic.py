"""BULGARIAN_CYRILLIC: the Bulgarian alphabet to Latin letters.

Source: Bulgaria's Streamlined System (the Transliteration Act of 2009, also the UN-adopted
romanization of Bulgarian): Ж Zh, Й Y, Х H, Ц Ts, Ч Ch, Ш Sh, Щ Sht, Ъ A, Ь Y, Ю Yu, Я Ya.
"""

from __future__ import annotations

from .facts import table

TABLE = table(
    "АA БB ВV ГG ДD ЕE ЖZh ЗZ ИI ЙY КK ЛL МM НN ОO ПP РR СS ТT УU ФF ХH ЦTs ЧCh ШSh ЩSht "
    "ЪA ЬY ЮYu ЯYa "
    "аa бb вv гg дd еe жzh зz иi йy кk лl мm нn оo пp рr сs тt уu фf хh цts чch шsh щsht "
    "ъa ьy юyu яya"
)
