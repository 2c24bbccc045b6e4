"""Normalisation before reading: one line in, one line out (so line numbers stay the source's)."""

import collections
import functools
import itertools
import re
import unicodedata

from tenders.extractor.kanji import kanji_dates
from tenders.extractor.labels import ocr_corrected, remembered

TILDES = str.maketrans(
    {
        "〜": "~",
        "∼": "~",
        "～": "~",
        "–": "~",
        "〰": "~",
        "－": "-",
        # 「1月22日〔金〕」「【火】」: a weekday in other brackets reads like 「(金)」
        "〔": "(",
        "〕": ")",
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


@functools.cache
def _fold_tables() -> tuple[list[str], list[str], re.Pattern, re.Pattern, re.Pattern]:
    """What NFKC makes of each character of the Basic Multilingual Plane (with and without the tildes folded), by
    code point; the characters whose NFKC may depend on the one before them; the wide characters; the characters
    not folded into exactly one.

    NFKC of a text is the NFKC of each character, joined, unless a character's decomposition starts with one that
    can attach to the character before it (a combining mark, 「ﾞ」, the second half of a composition, a Hangul
    vowel or final): such a text, and one with characters beyond the plane, is normalised as a whole.
    (The tables are lists, not dicts: ``str.translate`` looks a code point up in a list several times faster.)"""
    # (a character without a decomposition is its own NFKD and NFKC: only the others are normalised here)
    decompositions = [unicodedata.decomposition(chr(code)) for code in range(0x10000)]
    second = {int(d.split()[1], 16) for d in decompositions if d and d[0] != "<" and len(d.split()) == 2}
    folded, nfkc, wide, attaching = [], [], [], []
    for code, decomposition in enumerate(decompositions):
        char = chr(code)
        normal = unicodedata.normalize("NFKC", char) if decomposition else char
        nfkc.append(normal)
        folded.append(normal.translate(TILDES) if decomposition or char in _TILDE_CHARS else normal)
        if unicodedata.east_asian_width(char) in "WF":
            wide.append(code)
        first = unicodedata.normalize("NFKD", char)[0] if decomposition else char
        if unicodedata.combining(first) or ord(first) in second or 0x1160 <= ord(first) <= 0x11FF:
            attaching.append(code)
    not_one = [code for code, normal in enumerate(folded) if len(normal) != 1]
    return (
        folded,
        nfkc,
        re.compile(f"[{_ranges(attaching)}\U00010000-\U0010ffff]"),
        re.compile(f"[{_ranges(wide)}]"),
        re.compile(f"[{_ranges(not_one)}\U00010000-\U0010ffff]"),
    )


def _ranges(codes: list[int]) -> str:
    """A character class's body for the code points given in order."""
    parts, start = [], 0
    for index, code in enumerate(codes):
        if index + 1 == len(codes) or codes[index + 1] != code + 1:
            first, last = re.escape(chr(codes[start])), re.escape(chr(code))
            parts.append(first if start == index else f"{first}-{last}")
            start = index + 1
    return "".join(parts)


def folded(text: str) -> str:
    """``unicodedata.normalize("NFKC", text).translate(TILDES)``, a character at a time where that is the same."""
    table, _, attaching, _, _ = _fold_tables()
    if attaching.search(text):
        return unicodedata.normalize("NFKC", text).translate(TILDES)
    return text.translate(table)


def folded_char(char: str) -> str:
    """``folded`` of one character."""
    if ord(char) > 0xFFFF:
        return unicodedata.normalize("NFKC", char).translate(TILDES)
    return _fold_tables()[0][ord(char)]


def squeezed(line: str) -> tuple[str, list[int]]:
    """Each character of ``line`` folded on its own (``folded_char``), whitespace left out, and the position in
    ``line`` each character of that came from."""
    table, _, _, _, not_one = _fold_tables()
    if not not_one.search(line):  # each character folds into one: position for position
        each = line.translate(table)
        where = [position for position, char in enumerate(each) if not char.isspace()]
        return "".join([each[position] for position in where]), where
    chars, where = [], []
    for position, char in enumerate(line):
        for normal in folded_char(char):
            if not normal.isspace():
                chars.append(normal)
                where.append(position)
    return "".join(chars), where


def one_by_one(text: str) -> bool:
    """Whether the NFKC of ``text`` is that of each of its characters, joined (as ``nfkc`` reads it)."""
    return not _fold_tables()[2].search(text)


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, a character at a time where that is the same."""
    _, table, attaching, _, _ = _fold_tables()
    if attaching.search(text):
        return unicodedata.normalize("NFKC", text)
    return text.translate(table)


_TILDE_CHARS = {chr(code) for code in TILDES}


# (each branch starts at a space, taken first, what stands before it looked at behind: a fast scan for spaces)
_SPACE_IN_NUMBER = re.compile(
    r"[ \t](?:(?<=\d[ \t])[ \t]*(?=[年日時分])|(?<=\d ) *(?=月(?!\t| {2}|\s*$))|(?<=\d月[ \t])[ \t]*(?=上旬|中旬|下旬|初旬|末)"
    r"|(?:(?<=[\d元][年月][ \t])|(?<=[\d元] [年月][ \t]))[ \t]*(?=\d)|(?<=(?:令和|平成|昭和)[ \t])[ \t]*(?=\d|元))"
)
_SPACE_AFTER_NUMBER = re.compile(r"[\d元年月和成][ \t]")  # where any space _SPACE_IN_NUMBER takes out stands
_MARKUP = re.compile(r"<[^>]{1,200}>")
# 「14日(か)(水(すい))午後(ごご)5時(じ)」: a page's furigana copied as brackets of kana after the kanji they read
_RUBY = re.compile(r"\((?<=[一-龥々〆ヶ]\()[ぁ-ゖー]{1,12}\)")  # (the bracket first: a fast scan for it)
# 「公告日 …………… 令和9年6月1日」: a dot leader between a label and its value parts two cells, like a tab
_LEADER = re.compile(r"[ \t]{0,8}(?:\.{3,}|・{3,}|‥{2,})[ \t]{0,8}(?=\S)")


# やさしい日本語 (easy Japanese for residents of foreign origin) writes dates and times in kana:
# 「（れいわ8年）」「（月よう日）」「ごご 5じ」「ひる 12じ」「8じ30ぷん」
_EASY_WORDS = [
    (re.compile(r"れいわ"), "令和"),
    (re.compile(r"([月火水木金土日])よう(?:び|日)"), r"\1曜日"),
    (re.compile(r"ごぜん\s{0,2}(?=\d)"), "午前"),
    (re.compile(r"ごご\s{0,2}(?=\d)"), "午後"),
    (re.compile(r"(?:ひる|しょうご)\s{0,2}12\s{0,2}じ(?!\s{0,2}\d)"), "正午"),
    (re.compile(r"(?<=\d)\s{0,2}じ\s{0,2}(\d{1,2})\s{0,2}[ぷふ]ん"), r"時\1分"),
    (re.compile(r"(?<=\d)\s{0,2}じ(?![ぁ-ん])|(?<=\d)\s{0,2}じ(?=\s|まで|から|ごろ)"), "時"),
]
_DIGIT_JI = re.compile(r"じ(?:(?<=\dじ)|(?<=\d\sじ))")  # 「5じ」「5 じ」 (the kana first: a fast scan for it)


def _easy(text: str) -> bool:
    """Whether the text has any of the words ``_EASY_WORDS`` reads (plain substring scans, fast on a long line)."""
    return bool(
        "れいわ" in text
        or "ようび" in text
        or "よう日" in text
        or "ごご" in text
        or "ごぜん" in text
        or ("じ" in text and _DIGIT_JI.search(text))
    )


def easy_japanese(text: str) -> str:
    if not _easy(text):
        return text
    for pattern, replacement in _EASY_WORDS:
        text = pattern.sub(replacement, text)
    return text


# 「┌ 質問」 / 「│　10月8日まで」 / 「└ 結果の公表」: a tree of steps drawn with box characters, not a table's cells
TREE_MARKS = set("┌├└│┣┗┏┃")
_TREE_MARK = re.compile(r"^(?P<indent>[ \t\u3000]*)[┌├└│┣┗┏┃][─━]*")


def _tree_mark_removed(line: str) -> str:
    if any(mark in line[len(line) - len(line.lstrip()) + 1 :] for mark in "│┃|"):
        return line  # a box-drawn table's row 「│ 項目 │ 日程 │」
    return _TREE_MARK.sub(lambda m: m.group("indent") + "  ", line, count=1)


def line_starts(text: str) -> list[int]:
    """Where each line of ``text.splitlines()`` starts in ``text``."""
    return [0, *itertools.accumulate(map(len, text.splitlines(keepends=True)))][:-1]


@remembered(8192)  # a page's header and footer, a table's rule, a notice's lines quoted again
def normalize_line(line: str) -> str:
    """NFKC (full-width digits and punctuation), one kind of tilde, no spaces inside dates, no HTML tags,
    kanji numerals of dates and times as digits (「令和八年五月十五日」)."""
    if line.lstrip()[:1] in TREE_MARKS:
        line = _tree_mark_removed(line)
    text = folded(line)
    text = ocr_corrected(_MARKUP.sub(" ", text) if "<" in text else text)
    if "(" in text:
        text = _RUBY.sub("", text)
    text = kanji_dates(easy_japanese(text))
    if _SPACE_AFTER_NUMBER.search(text):
        text = _SPACE_IN_NUMBER.sub("", text)
    if ("..." in text or "・・・" in text or "‥" in text) and _LEADER.search(text, 1) and "\t" not in text and "|" not in text:
        text = _LEADER.sub("\t", text)
    return text


def normalize(text: str) -> list[str]:
    return normalize_lines(text.splitlines())


def normalize_lines(source: list[str]) -> list[str]:
    lines = spaced_columns_as_tabs(source, [normalize_line(line) for line in source])
    return month_headed_blocks(month_headed_rows(wrapped_rows_joined(cell_wrapped_hours(rejoin_wraps(lines)))))


# A table drawn with rules between its rows, a row's cells wrapped onto more text lines:
# 「|2028年6月| 2日(金) | 9日(金)正午 |」 / 「| | 公告 | 質問締切 |」 / 「|---+---|」 is one row of cells
# 「2日(金) 公告」「9日(金)正午 質問締切」; joined on the row's first line, its other lines left empty.
RULE_LINE = re.compile(r"[\s|┌┬┐└┴┘+:]*[─━═=\-]{2}[\s|┌┬┐└┴┘+:─━═=\-]*")  # only rules and corners, one run of 2 at least
BOXED_ROW_MAX = 400


def _boxed_cells(line: str) -> list[str] | None:
    text = line.strip()
    if not text.startswith("|") or RULE_LINE.fullmatch(text) or text.count("|") < 3 or len(text) > BOXED_ROW_MAX:
        return None
    return [cell.strip() for cell in text.strip("|").split("|")]


def wrapped_rows_joined(lines: list[str]) -> list[str]:
    result = list(lines)
    index = 0
    while index < len(lines):
        if index == 0 or not lines[index].lstrip().startswith("|") or not RULE_LINE.fullmatch(lines[index - 1]):
            index += 1
            continue
        if _boxed_cells(lines[index]) is None:
            index += 1
            continue
        group = [index]
        while group[-1] + 1 < len(lines) and _boxed_cells(lines[group[-1] + 1]) is not None:
            group.append(group[-1] + 1)
        after = group[-1] + 1
        rows = [_boxed_cells(lines[i]) or [] for i in group]
        if (
            len(group) >= 2
            and after < len(lines)
            and RULE_LINE.fullmatch(lines[after])
            and len({len(row) for row in rows}) == 1
            and all(not row[0] for row in rows[1:])
        ):
            joined = [" ".join(row[column] for row in rows if row[column]) for column in range(len(rows[0]))]
            result[index] = "|" + "|".join(joined) + "|"
            for other in group[1:]:
                result[other] = ""
        index = after
    return result


# 「| 2028年6月 | 2日(金) 公告 | 下旬 審査結果通知 |」: the month in a row's first cell governs the days in its others
MONTH_CELL = re.compile(r"(?:(?:令和|平成)\s{0,2}(?:\d{1,2}|元)|\d{4})\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月|\d{1,2}\s{0,2}月")
DAY_CELL = re.compile(r"(?:\d{1,2}\s{0,2}日|上旬|初旬|中旬|下旬)(?!\s{0,2}(?:間|以内|前|後))")


def month_headed_rows(lines: list[str]) -> list[str]:
    result = list(lines)
    for index, line in enumerate(lines):
        if "|" not in line and "\t" not in line:
            continue
        text = line.strip()
        parts = text.split("\t") if "\t" in text else text.removeprefix("|").removesuffix("|").split("|")
        if len(parts) < 2 or len(text) > BOXED_ROW_MAX or not MONTH_CELL.fullmatch(parts[0].strip()):
            continue
        days = [i for i, part in enumerate(parts[1:], start=1) if DAY_CELL.match(part.strip())]
        if len(days) < 1 or any(MONTH_CELL.search(part) for part in parts[1:]):
            continue
        month = parts[0].strip()
        for i in days:
            parts[i] = month + parts[i].strip()
        parts[0] = ""
        result[index] = "\t".join(parts) if "\t" in text else "|" + "|".join(parts) + "|"
    return result


# 「【令和8年11月】」 over 「 2日(月) 入札公告」「 9日(月) 質問受付締切」: a month heading on a line of its own
# governs the days that begin the lines under it, up to the first line that does not begin with a day
MONTH_HEADING_MARKS = "【】[]〔〕<>()《》■□◆◇●○◎▼▽・ \t\u3000"
DAY_LINE = re.compile(r"[ \t\u3000]{0,8}(?=(?:\d{1,2}\s{0,2}日|上旬|初旬|中旬|下旬)(?!\s{0,2}(?:間|以内|前|後|まで|から)))")


def month_headed_blocks(lines: list[str]) -> list[str]:
    result = list(lines)
    month = None
    for index, line in enumerate(lines):
        heading = line.strip(MONTH_HEADING_MARKS) if len(line) <= 40 else ""
        if heading and MONTH_CELL.fullmatch(heading) and "年" in heading:
            month = heading
            continue
        start = DAY_LINE.match(line) if month else None
        if start is None:
            month = None
            continue
        result[index] = month + line[start.end() :]
    return result


# A line broken inside a date or a time (a PDF text layer wraps at the page width: 「令和8年6月」 / 「15日」,
# 「午後5」 / 「時まで」, 「午」 / 「後5時」), or a window whose end is on the next line (「6月24日午前9時から」 /
# 「6月25日午後5時まで」): the next line's words are joined to it, and the next line left empty.
WRAP_END = re.compile(r"(?:(?P<month>\d年\d{1,2}月)|(?P<half>午)|(?P<ampm>午[前後])|(?P<hour>午[前後]\d{1,2})|(?P<clock>\d時))$")
WRAP_START = {  # how the rest of the date or time begins, by where it broke
    "month": re.compile(r"\d{1,2}日"),
    "half": re.compile(r"[前後]\d{1,2}時"),
    "ampm": re.compile(r"\d{1,2}(?:時|:\d{2})"),
    "hour": re.compile(r"\d?時"),
    "clock": re.compile(r"\d{1,2}分"),
}
WINDOW_OPEN = re.compile(r"\d\s{0,2}(?:日|時|分|\d|\))\s{0,4}(?:から|~)$")
DATE_START = re.compile(r"(?:令和|平成|[RH]\d|\d{4}\s{0,2}[年/.]|\d{1,2}\s{0,2}月\s{0,2}\d|同[年月日])")
# a page's footer or a number between pages (「- 3 -」「3/12」「3ページ」), skipped when a line goes on past it
PAGE_MARK = re.compile(
    r"\s{0,8}(?:[-‐―]\s{0,4}\d{1,3}\s{0,4}[-‐―]|\d{1,3}\s{0,2}/\s{0,2}\d{1,3}|\d{1,3}\s{0,2}ページ|P\.?\s{0,2}\d{1,3})\s{0,8}$"
)
# 「自 令和8年10月5日(月)」 over 「至 令和8年10月16日(金)」: the two ends of a window on two lines
# (the opening day's time may follow its weekday: 「自 6月2日(火) 午前9時」)
FROM_OPEN = re.compile(
    r"(?:^|\s)自\s{0,4}(?:令和|平成|\d)[^自至]{0,30}\d\s{0,2}日\s{0,2}\([^()]{1,6}\)"
    r"(?:\s{0,2}(?:午前|午後)?\s{0,2}(?:正午|\d{1,2}時(?:\s{0,2}\d{1,2}分)?|\d{1,2}:\d{2}))?$"
)
TO_START = re.compile(r"\s{0,30}至\s{0,4}(?=令和|平成|\d)")
WRAP_LAST = set("月午前後時ら~0123456789")  # the last character of a line either pattern can end
WRAP_SKIP = 3  # lines of page furniture (footer, header) a wrap may step over


# 「開札 3月2日(火)午前10 本庁舎5階」 / 「時 入札室」: a table's cells wrapped together, the hour's 「時」 in the
# next line's first cell; the 「時」 (and its minutes) go back to the hour, the rest of the line stays.
CELL_HOUR = re.compile(r"午[前後]\s{0,2}\d{1,2}(?=[ \t\u3000]+\S)")
CELL_HOUR_REST = re.compile(r"\s{0,8}(時(?:\s{0,2}\d{1,2}\s{0,2}分|半)?)(?=[ \t\u3000]|$)")


def cell_wrapped_hours(lines: list[str]) -> list[str]:
    result = list(lines)
    for index in range(len(result) - 1):
        line = result[index]
        if "午" not in line or len(line) > SPACED_ROW_MAX:
            continue
        hours = list(CELL_HOUR.finditer(line))
        rest = CELL_HOUR_REST.match(result[index + 1]) if len(hours) == 1 else None
        if rest:
            at = hours[0].end()
            result[index] = line[:at] + rest.group(1) + line[at:]
            result[index + 1] = result[index + 1][: rest.start(1)] + result[index + 1][rest.end(1) :]
    return result


def rejoin_wraps(lines: list[str]) -> list[str]:
    result = list(lines)
    repeated: set[str] | None = None
    index = 0
    while index < len(result) - 1:
        line = result[index].rstrip()
        if (line.endswith((")", "時", "分", "午")) or line[-1:].isdigit()) and len(line) <= 200 and FROM_OPEN.search(line):
            until = TO_START.match(result[index + 1])
            if until:  # 「期間 自 10月5日(月)」 / 「至 10月16日(金) 午後5時まで」: one window
                result[index] = line + "~" + result[index + 1][until.end() :]
                result[index + 1] = ""
                index += 2
                continue
        if not line or line[-1] not in WRAP_LAST or len(line) > 2000:
            index += 1
            continue
        broken = WRAP_END.search(line[-12:])
        window_open = WINDOW_OPEN.search(line[-20:]) if broken is None else None
        if broken is None and window_open is None:
            index += 1
            continue
        following = index + 1
        while (
            following < len(result)
            and following - index <= WRAP_SKIP
            and broken is not None
            and (
                PAGE_MARK.fullmatch(result[following])
                or result[following].strip() in (repeated := _repeated_lines(lines) if repeated is None else repeated)
            )
        ):
            following += 1
        if following >= len(result):
            break
        start = result[following].strip()
        if (broken is not None and WRAP_START[broken.lastgroup].match(start)) or (
            window_open is not None and DATE_START.match(start) and "まで" in start[:40]
        ):
            result[index] = line + start
            result[following] = ""
        index += 1
    return result


def _repeated_lines(lines: list[str]) -> set[str]:
    """Lines found three times or more (a page's running header)."""
    counts = collections.Counter(text for text in map(str.strip, lines) if text and len(text) <= 120)
    return {text for text, count in counts.items() if count >= 3}


# A table laid out with spaces (「日付      曜日  時刻     内容」): cells parted by two spaces or more.
_GAP = re.compile(r"[ \t\u3000]{2,}")
_NORMAL_GAP = re.compile(r"[ \t]{2,}")
SPACED_CELLS = 3  # a row of a space-aligned table has this many cells at least
SPACED_ROW_MAX = 400  # a longer line is prose or a page run together, not a row


def _cell_starts(line: str) -> list[int]:
    """Where each cell of a line starts, in display columns (a full-width character is two)."""
    starts, column, at = [], 0, 0
    text = line.rstrip()
    if not _GAP.search(text):  # one cell (most lines)
        return [0] if text else []
    for gap in _GAP.finditer(text):
        if gap.start() > at:
            starts.append(column)
        column += _width(text[at : gap.start()]) + _width(gap.group())
        at = gap.end()
    if len(text) > at:
        starts.append(column)
    return starts


def _width(text: str) -> int:
    if text.isascii():
        return len(text)
    if _BEYOND_THE_PLANE.search(text):
        return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
    return len(text) + len(_fold_tables()[3].findall(text))


_BEYOND_THE_PLANE = re.compile("[\U00010000-\U0010ffff]")


def _aligned(above: list[int], below: list[int]) -> bool:
    """Two rows of one table: two cell starts in common at least (within a display column)."""
    return sum(any(abs(a - b) <= 1 for b in below) for a in above) >= 2


def spaced_columns_as_tabs(source: list[str], lines: list[str]) -> list[str]:
    """Rows of a space-aligned table (two rows or more of three cells or more whose columns line up) as tab rows."""
    starts = [
        _cell_starts(line) if len(line) <= SPACED_ROW_MAX and "\t" not in line and "|" not in normal else []
        for line, normal in zip(source, lines)
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
    return token_columns(result)


# 「項目 公告 質問締切 回答 …」 over 「月日 8月3日 8月12日 8月18日 …」: a table turned on its side whose cells are
# parted by single spaces too; lines next to each other with as many words, one of them all days, are its rows
DAY_WORD = re.compile(r"(?:\d{4}年|令和\d{1,2}年)?\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|初旬|末)(?:\([月火水木金土日]\))?|[-―]")
TOKEN_ROWS_MIN = 4  # words a line of such a table has at least: its key and three steps


def token_columns(lines: list[str]) -> list[str]:
    """A block is a run of two lines or more with as many words (TOKEN_ROWS_MIN at least), one of them a key and all
    days (three or more written with digits, so holding 「月」): found from such lines, the others never split."""
    result = list(lines)
    words: dict[int, list[str]] = {}

    def words_of(index: int) -> list[str]:
        if index not in words:
            line = lines[index]
            words[index] = line.split() if len(line) <= SPACED_ROW_MAX and "|" not in line else []
        return words[index]

    done: set[int] = set()
    for index, line in enumerate(lines):
        if "月" not in line or index in done:
            continue
        days = words_of(index)[1:]
        if not (all(DAY_WORD.fullmatch(word) for word in days) and sum(w[:1].isdigit() for w in days) >= 3):
            continue
        count = len(days) + 1
        if count < TOKEN_ROWS_MIN:
            continue
        first, last = index, index
        while first > 0 and len(words_of(first - 1)) == count:
            first -= 1
        while last + 1 < len(lines) and len(words_of(last + 1)) == count:
            last += 1
        done.update(range(first, last + 1))
        if last > first:
            for i in range(first, last + 1):
                result[i] = "\t".join(words_of(i))
    return result


def page_furniture(lines: list[str]) -> list[int]:
    """How many lines of page furniture (「- 3 -」, a running header) stand at or before each line: a label
    above a page break still governs the date just after it."""
    marks = {index for index, line in enumerate(lines) if line.strip() and PAGE_MARK.fullmatch(line)}
    repeated = _repeated_lines(lines) if marks else set()
    near = {index for mark in marks for index in range(mark - WRAP_SKIP, mark + WRAP_SKIP + 1)}  # a header by a page number
    counts, total = [], 0
    for index, line in enumerate(lines):
        if index in marks or (index in near and line.strip() in repeated):
            total += 1
        counts.append(total)
    return counts


# A page set in two columns as a PDF text layer keeps it (pdftotext -layout): each line holds a line of the left
# column, a wide gap, and a line of the right column, both columns numbered sections of their own
# (「1 入札に付する事項      5 入札説明書の交付」). Read as it stands, a right column's label and date
# sit under the left column's words; read a column at a time, each date is under its own label.
COLUMN_GAP = re.compile(r"\S(?P<gap>[ \u3000]{3,})(?=\S)")
COLUMN_ITEM = re.compile(r"\s{0,4}(?:\d{1,2}\s|\(\d{1,2}\)|[\u2460-\u2473]|第\d{1,2}|[ア-ン][.\s]|\([ア-ン]\))")
COLUMN_MIN = 40  # display columns: a right column starts this far in at least
COLUMN_LINES = 6  # lines split at the one column at least
COLUMN_ITEMS = 2  # numbered items in each column at least
COLUMN_LINE_MAX = 400
COLUMN_INDENT = 8  # a right column's wrapped lines start up to this much further in


def _right_start(line: str) -> list[tuple[int, int]]:
    """(display column, character index) where text resumes after each wide gap of ``line`` (or after its indent)."""
    found, width, at = [], 0, 0
    indent = len(line) - len(line.lstrip(" \u3000"))
    if indent:
        width = _width(line[:indent])
        found.append((width, indent))
        at = indent
    for gap in COLUMN_GAP.finditer(line, at):
        width += _width(line[at : gap.start("gap")]) + _width(gap.group("gap"))
        at = gap.end("gap")
        found.append((width, at))
    return found


def two_columns(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a two-column page read column by column, with the source line of each; None for other text."""
    if len(lines) > 5000 or not any("   " in line for line in lines):
        return None
    starts = [_right_start(line) if len(line) <= COLUMN_LINE_MAX else [] for line in lines]
    counts: dict[int, int] = {}
    for found in starts:
        for width, _ in found:
            if width >= COLUMN_MIN:
                counts[width] = counts.get(width, 0) + 1
    if not counts:
        return None
    column = max(counts, key=lambda width: sum(counts.get(width + d, 0) for d in (-1, 0, 1)))
    split: dict[int, int] = {}  # line -> character index where its right column starts (its wrapped lines indent more)
    for index, found in enumerate(starts):
        at = next((at for width, at in found if column - 1 <= width <= column + COLUMN_INDENT), None)
        if at is not None:
            split[index] = at
    both = [i for i, at in split.items() if lines[i][:at].strip()]
    if len(both) < COLUMN_LINES:
        return None
    right_items = sum(bool(COLUMN_ITEM.match(lines[i][at:])) for i, at in split.items())
    left_items = sum(bool(COLUMN_ITEM.match(line)) for i, line in enumerate(lines) if i not in split or i in both)
    if right_items < COLUMN_ITEMS or left_items < COLUMN_ITEMS:
        return None
    first, last = min(both), max(both)
    while last + 1 < len(lines) and (last + 1 in split or _width(lines[last + 1].rstrip()) < column - 1):
        last += 1  # either column's last lines, where the other has ended
    left, right = [], []
    for index in range(first, last + 1):
        line = lines[index]
        at = split.get(index)
        if at is None and _width(line) > column + 4 and line[:1] not in (" ", "\u3000"):
            return None  # a line running across both columns: not a two-column page
        left.append((line[:at].rstrip() if at is not None else line, index))
        if at is not None:
            right.append((line[at:], index))
    ordered = [(line, i) for i, line in enumerate(lines[:first])] + left + right
    ordered += [(line, i) for i, line in enumerate(lines[last + 1 :], start=last + 1)]
    return [line for line, _ in ordered], [i for _, i in ordered]
