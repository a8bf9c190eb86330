"""BALTIC: the letters of Lithuanian, Latvian and Estonian that GSM 7-bit lacks, to the
letter without its diacritic.

Source: the alphabets of the three languages, each letter mapped to the base letter of its
Unicode canonical decomposition (the Android platform's published GSM 7-bit translation
table does the same for those it lists: Ā ā Č č Ē ē Ī ī Š š Ū ū Ž ž). Ä Ö Ü ä ö ü are GSM
7-bit and stay.
"""

from __future__ import annotations

from .facts import table

TABLE = table(
    # Lithuanian
    "ĄA ąa ČC čc ĘE ęe ĖE ėe ĮI įi ŠS šs ŲU ųu ŪU ūu ŽZ žz "
    # Latvian (beside Č Š Ū Ž above)
    "ĀA āa ĒE ēe ĢG ģg ĪI īi ĶK ķk ĻL ļl ŅN ņn "
    # Estonian (beside Š Ž above)
    "ÕO õo"
)
