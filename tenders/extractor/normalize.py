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
    source = text.splitlines()
    return spaced_columns_as_tabs(source, [normalize_line(line) for line in source])


# A table laid out with spaces (「日付      曜日  時刻     内容」): cells parted by two spaces or more.
_GAP = re.compile(r"[ \t\u3000]{2,}")
_NORMAL_GAP = re.compile(r"[ \t]{2,}")
SPACED_CELLS = 3  # a row of a space-aligned table has this many cells at least
SPACED_ROW_MAX = 400  # a longer line is prose or a page run together, not a row


def _cell_starts(line: str) -> list[int]:
    """Where each cell of a line starts, in display columns (a full-width character is two)."""
    starts, column, at = [], 0, 0
    text = line.rstrip()
    for gap in _GAP.finditer(text):
        if gap.start() > at:
            starts.append(column)
        column += _width(text[at : gap.start()]) + _width(gap.group())
        at = gap.end()
    if len(text) > at:
        starts.append(column)
    return starts


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _aligned(above: list[int], below: list[int]) -> bool:
    """Two rows of one table: two cell starts in common at least (within a display column)."""
    return sum(any(abs(a - b) <= 1 for b in below) for a in above) >= 2


def spaced_columns_as_tabs(source: list[str], lines: list[str]) -> list[str]:
    """Rows of a space-aligned table (two rows or more of three cells or more whose columns line up) as tab rows."""
    starts = [
        _cell_starts(line) if len(line) <= SPACED_ROW_MAX and "\t" not in line and "|" not in line else [] for line in source
    ]
    rows = [len(found) >= SPACED_CELLS for found in starts]
    result = list(lines)
    for index, row in enumerate(rows):
        if not row:
            continue
        beside = [other for other in (index - 1, index + 1) if 0 <= other < len(rows) and rows[other]]
        if not any(_aligned(starts[index], starts[other]) for other in beside):
            continue
        cells = _NORMAL_GAP.split(lines[index].strip())
        if len(cells) == len(starts[index]):
            result[index] = "\t".join(cells)
    return result
