"""SMS text: the GSM 7-bit alphabet, national language tables, segment counting,
transliteration suggestions and the count report. Beside the codecs; the rules use it."""
