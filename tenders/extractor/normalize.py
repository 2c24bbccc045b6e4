"""Normalisation before reading: one line in, one line out (so line numbers stay the source's)."""

import re
import unicodedata

from tenders.extractor.kanji import kanji_dates

TILDES = str.maketrans(
    {
        "〜": "~",
        "∼": "~",
        "～": "~",
        "–": "~",
        "〰": "~",
        "－": "-",
        # a table drawn with box characters: its vertical bars part cells like "|"
        "│": "|",
        "┃": "|",
        "├": "|",
        "┤": "|",
        "┼": "|",
        "┠": "|",
        "┨": "|",
    }
)
_SPACE_IN_NUMBER = re.compile(r"(?<=\d)[ \t]+(?=[年月日時分])|(?<=[年月])[ \t]+(?=\d)|(?<=令和|平成|昭和)[ \t]+(?=\d|元)")
_MARKUP = re.compile(r"<[^>]{1,200}>")


def normalize_line(line: str) -> str:
    """NFKC (full-width digits and punctuation), one kind of tilde, no spaces inside dates, no HTML tags,
    kanji numerals of dates and times as digits (「令和八年五月十五日」)."""
    text = unicodedata.normalize("NFKC", line).translate(TILDES)
    text = _MARKUP.sub(" ", text)
    text = kanji_dates(text)
    text = _SPACE_IN_NUMBER.sub("", text)
    return text


def normalize(text: str) -> list[str]:
    return [normalize_line(line) for line in text.splitlines()]
