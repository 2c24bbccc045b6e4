"""Line breaks put back into a notice that arrives as one line or a few very long lines.

A PDF's text layer or a portal page copied without its line breaks gives the whole notice on one line
(「… 2.参加資格 (1)… (2)… 3.日程 ・公告 令和8年4月1日 ・入札 令和8年4月20日 …」). The Reader works by line
(the label on the line above, the outline items, the distance to a date), so the breaks are put back
first, at the places where a notice's line breaks stand: before outline markers that run in sequence
(「1.」「2.」, 「(1)」「(2)」, 「（一）」「（二）」, 「①」, 「ア」, 「Ⅰ」, 「第1」「第1章」), before bullets and bracketed headings
(「・」「■」「【」) that begin an item, before 「記」 and 「以上」, and between the rows of a schedule
written date first (「令和8年4月24日 募集要項の公表 令和8年5月8日 質問の受付」).

Only lines longer than ``LONG_LINE`` are cut; the lines of a notice as written are left as they are.
One pass over each line (the bench reads a 10 MB one-line text)."""

from __future__ import annotations

import bisect
import itertools
import re

from tenders.extractor import labels as L
from tenders.extractor.dates import find_mentions, most_mentions

BLANK_LINE = "  "  # what a blank line between two lines turns into when the line breaks are taken out
LONG_LINE = 400  # a notice's own lines are shorter; a longer one is a notice (or a page) run together

_D = "[0-9０-９]"
_SP = r"[ \t\u3000]"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"
_KANJI_NUMBERS = "一二三四五六七八九十"
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
_BULLETS = "・■◆●○◎□◇▼▽▶►★☆〇◯※"

# a unit or word after a number that makes it a quantity, a date or a citation, not an outline marker
_NOT_MARKER_AFTER = re.compile(
    rf"(?:[0-9０-９:：/／,，～~\-－%％]|{_SP}*[年月日時分秒円号条項款者名人件回部点枚階番歳箇ヶか個台本冊通週度倍]"
    r"(?![\u4e00-\u9fff]))"
)

# an outline marker where an item of the notice begins: at the start, after a space (where a line break
# stood) or after 「。」
_MARKER = re.compile(
    rf"(?:^|(?<={_SP})|(?<=。))(?:"
    rf"(?P<chapter>第{_SP}?(?P<chapter_n>{_D}{{1,2}}|[{_KANJI_NUMBERS}]{{1,3}}){_SP}?章?(?=[ \t\u3000.．、]))"
    rf"|(?P<paren>[(（]{_SP}?(?P<paren_n>{_D}{{1,2}}){_SP}?[)）])"
    rf"|(?P<kparen>[(（](?P<kparen_n>[{_KATAKANA}])[)）])"
    rf"|(?P<jparen>[(（](?P<jparen_n>[{_KANJI_NUMBERS}]{{1,3}})[)）])"  # 「（一）」「（十二）」
    rf"|(?P<pdigit>[{_PAREN_DIGITS}])"
    rf"|(?P<circled>[{_CIRCLED}])"
    rf"|(?P<number>(?P<number_n>{_D}{{1,2}})(?:[.．、]|{_SP}|[)）](?!{_D})))"
    rf"|(?P<kanji>(?P<kanji_n>[{_KANJI_NUMBERS}]{{1,2}})(?:[.．、]|{_SP}))"
    rf"|(?P<kana>(?P<kana_n>[{_KATAKANA}])(?:[.．、]|{_SP}))"
    rf"|(?P<roman>(?P<roman_n>[{_ROMAN}])(?:[.．、]|{_SP}))"
    rf"|(?P<bullet>[{_BULLETS}])"
    rf"|(?P<bracket>【)"
    rf"|(?P<ki>記(?={_SP}))"
    rf"|(?P<ijo>以上(?={_SP}*$))"
    r")"
)

# the same markers found fast: the space or 「。」 before one (the first character a regex can skip to), the marker
# itself read in a lookahead (where the marker begins, nothing is consumed but that character; its alternative's
# group spans it); the first characters a marker can begin with checked first
_MARKER_FIRST = rf"[第(（{_PAREN_DIGITS}{_CIRCLED}{_ROMAN}0-9０-９{_KANJI_NUMBERS}{_KATAKANA}{_BULLETS}【記以]"
_AFTER_BREAK = re.compile(rf"[ \t\u3000。](?={_MARKER_FIRST})(?=" + _MARKER.pattern[_MARKER.pattern.index(")(?:") + 1 :] + ")")

_DIGITS = "0123456789０１２３４５６７８９"
_TO_ASCII = str.maketrans("０１２３４５６７８９", "0123456789")


def _kanji_value(text: str) -> int:
    """「三」3, 「十二」12."""
    if "十" not in text:
        return _KANJI_NUMBERS.index(text[0]) + 1 if len(text) == 1 else 0
    tens, _, ones = text.partition("十")
    return (_KANJI_NUMBERS.index(tens) + 1 if tens else 1) * 10 + (_KANJI_NUMBERS.index(ones) + 1 if ones else 0)


def _marker_number(match: re.Match) -> tuple[str, int] | None:
    """The style and number of an outline marker (「(3)」 → ("paren", 3)); None for a bullet or heading."""
    style = match.lastgroup  # (the alternative's group: it closes last)
    if style in _NUMBERED:
        raw = match.group(style + "_n")
        if style in ("kana", "kparen"):
            return style, _KATAKANA.index(raw) + 1
        if style == "roman":
            return style, _ROMAN.index(raw) + 1
        if raw[0] in _KANJI_NUMBERS:
            return style, _kanji_value(raw)
        return style, int(raw.translate(_TO_ASCII))
    if style == "pdigit":
        return style, _PAREN_DIGITS.index(match.group(style)) + 1
    if style == "circled":
        return style, _CIRCLED.index(match.group(style)) + 1
    return None


_NUMBERED = frozenset(("chapter", "paren", "kparen", "jparen", "number", "kanji", "kana", "roman"))


def _in_sequence(style: str, number: int, last: dict[str, int]) -> bool:
    """A numbered marker is an item when it starts a list (1) or follows the last of its style (n+1);
    「2026年」「第3号」「10時」 and the like are kept out before this by what follows the number."""
    return number == 1 or last.get(style) == number - 1


def _markers(line: str):
    """``_MARKER.finditer(line)`` as (match, start, end): the one at 0, then those after a space or 「。」 found by
    ``_AFTER_BREAK`` (none that begins inside the one before, as ``finditer`` would not)."""
    first = _MARKER.match(line)
    reach = 0
    if first is not None:
        yield first, 0, first.end()
        reach = first.end()
    for match in _AFTER_BREAK.finditer(line, max(0, reach - 1)):
        start = match.start(match.lastgroup)
        if start >= reach:
            reach = match.end(match.lastgroup)
            yield match, start, reach


def cut_points(line: str) -> list[int]:
    """Where line breaks stood in ``line``: the offsets at which a new line begins (none at 0)."""
    points: list[int] = []
    last: dict[str, int] = {}
    for match, start, end in _markers(line):
        numbered = _marker_number(match)
        if numbered:
            style, number = numbered
            if style in ("number", "kanji", "kana") and _NOT_MARKER_AFTER.match(line, end):
                if line[end - 1] not in ".．" or (
                    end < len(line) and line[end] in _DIGITS
                ):  # (「2.　件　　名」: a word spaced out)
                    continue
            if style == "number" and start and line[start - 1] in "。" and number != 1 and last.get(style) != number - 1:
                continue
            if not _in_sequence(style, number, last):
                continue
            last[style] = number
        if start and (not points or points[-1] != start):
            points.append(start)
    return points


_DIGIT = re.compile(r"[0-9０-９]")
# three digits at least (the runs between them taken whole, never given back: no backtracking over a long piece)
_THREE_DIGITS = re.compile(r"[0-9０-９](?:[^0-9０-９]*+[0-9０-９]){2}")
_OPENING = "(（[［「『【〔"
_CLOSING = ")）]］」』】〕"
_BRACKET = re.compile("[" + re.escape(_OPENING + _CLOSING) + "]")
_SPACES = re.compile("[ \u3000]+")


def _last_space_outside_brackets(text: str) -> int:
    """Where the last run of spaces outside brackets in ``text`` ends; -1 when there is none."""
    if not _BRACKET.search(text):  # (most cells: the last space before the last word)
        kept = text.rstrip(" \u3000")
        space = max(kept.rfind(" "), kept.rfind("\u3000"))
        return space + 1 if space != -1 else -1
    depth, found = 0, -1
    for at, char in enumerate(text):
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(0, depth - 1)
        elif depth == 0 and char in " \u3000" and at + 1 < len(text) and text[at + 1] not in " \u3000":
            found = at + 1
    return found


_TAB = re.compile("\t")
_TAB_CELL = 200  # the most a cell of a tab-separated table runs to
_MOST_COLUMNS = 8


def _row_period(cells: list[str]) -> tuple[int, int] | None:
    """The tabs of a row and which of the stretches between two tabs hold a row break (``period``, ``offset``):
    the fewest tabs a row such that every stretch where one row ends and the next begins has a space outside
    brackets; among the offsets that fit, the one with a date cell next to the most breaks."""
    spaced = [_last_space_outside_brackets(cell) > 0 for cell in cells]
    for period in range(1, min(_MOST_COLUMNS, len(cells)) + 1):
        fits = []
        for offset in range(period):
            chosen = range(offset, len(cells), period)
            if len(chosen) >= 2 and all(spaced[j] for j in chosen):
                fits.append((sum(bool(_DIGIT.search(cells[j])) for j in chosen), -offset, offset))
        if fits:
            return period, max(fits)[2]
    return None


def tab_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the row breaks of the tab-separated tables run together between them: a table copied from
    a spreadsheet or a web page keeps its cells apart by tabs, and its rows were run together by a space
    (「日程\t内容 7月10日(月)\t公開 7月18日(火)\t締切」). A row has as many tabs as the others; it ended at the
    last space outside brackets of the stretch between its last tab and the next row's first."""
    if "\t" not in line:
        return points
    cuts: list[int] = []
    bounds = sorted({0, *points, len(line)})
    for begin, end in zip(bounds, bounds[1:]):
        tabs = [match.start() for match in _TAB.finditer(line, begin, end)]
        runs: list[list[int]] = []
        for at in tabs:  # tabs close enough to be one table's
            if runs and at - runs[-1][-1] <= _TAB_CELL:
                runs[-1].append(at)
            else:
                runs.append([at])
        for run in runs:
            cells = [line[left + 1 : right] for left, right in zip(run, run[1:])]
            found = _row_period(cells)
            if found is None:
                continue
            period, offset = found
            for j in range(offset, len(cells), period):
                cuts.append(run[j] + 1 + _last_space_outside_brackets(cells[j]))
    return sorted({*points, *cuts})


# the key of a row 「公告日 ……… 5月15日」「提出期限：6月5日」: a leader, a bar, or a colon that is no clock's
# (「[…‥]+|・{3,}|[.．]{3,}|[│┃｜]|(?<![0-9０-９])[:：]」 written to begin with one class of characters, which a
# regex skips to fast)
_KEY = re.compile(r"[…‥・.．│┃｜:：](?:(?<=[…‥])[…‥]*|(?<=・)・{2,}|(?<=[.．])[.．]{2,}|(?<=[│┃｜])|(?<=[:：])(?<![0-9０-９].))")
_KEY_LABEL = 30  # the most a row's key runs to


def _space_runs(text: str) -> list[tuple[int, int]]:
    """The runs of spaces outside brackets in ``text``, as (start, end)."""
    if not _BRACKET.search(text):
        return [match.span() for match in _SPACES.finditer(text)]
    depth, runs, at = 0, [], 0
    while at < len(text):
        char = text[at]
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(0, depth - 1)
        elif depth == 0 and char in " \u3000":
            end = at
            while end < len(text) and text[end] in " \u3000":
                end += 1
            runs.append((at, end))
            at = end
            continue
        at += 1
    return runs


def _row_start(gap: str, leader: bool) -> int:
    """Where, in the words between two keys (the value of one, the label of the next), the next row begins: for
    a colon at the last space outside brackets (a key has no space), for a leader at the widest such space, the
    first after the value's last digit among equals; -1 when none."""
    runs = [(start, end) for start, end in _space_runs(gap) if 0 < start and end < len(gap)]
    if not runs:
        return -1
    if not leader:
        return runs[-1][1]
    digit = max((match.end() for match in _DIGIT.finditer(gap)), default=0)
    widest = max(end - start for start, end in runs)
    wide = [(start, end) for start, end in runs if end - start == widest]
    return next((end for start, end in wide if start >= digit), wide[-1][1])


def key_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the row breaks of keyed rows run together between them: 「公告日 …… R8.5.15(金) 質問締切 ……
    8.5.22(金) 17:00」「業務名：… 委託期間：契約日から3月15日まで」, where a row began with the label of each key."""
    cuts: list[int] = []
    bounds = sorted({0, *points, len(line)})
    piece = 0
    previous: re.Match | None = None
    for key in _KEY.finditer(line):
        while key.start() >= bounds[piece + 1]:
            piece += 1
            previous = None
        if previous is not None and (key.group()[0] in ":：") == (previous.group()[0] in ":："):
            gap = line[previous.end() : key.start()]
            start = _row_start(gap, key.group()[0] not in ":：")
            if start > 0 and len(gap) - start <= _KEY_LABEL and "。" not in gap[start:]:
                cuts.append(previous.end() + start)
        previous = key
    return sorted({*points, *cuts})


# full-width letters, digits and signs as ASCII, one kind of tilde: what ``find_mentions`` reads, each
# character kept in its place
_SAME_WIDTH = {**{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}, 0x3000: 0x20, 0x301C: 0x7E, 0xFF5E: 0x7E}
_WIDE = re.compile("[\uff01-\uff5e\u3000\u301c]+")  # what ``_SAME_WIDTH`` changes (the rest is left as it is)


def _narrowed(match: re.Match) -> str:
    return match.group().translate(_SAME_WIDTH)


_ROW_GAP = 60  # the most a row's label (or the words after its date) runs to
_BOX_DRAWING = re.compile(r"[\u2190-\u21ff\u2500-\u257f]+")  # a flowchart's boxes and arrows (「┌ 質問受付 ┐ ↓」)
_DAY_AFTER_SPACE = re.compile(r"\d{1,2}\s{0,2}日")  # 「9月　2日」: a date spaced as in a column, still one date
_ASKS_FOR_DATE = re.compile(r"(?:日|日時|期限|期間|期日|締切り?|〆切|時期|時間)$")  # 「回答予定日」「締切日時」
# a year alone before a schedule's first date, after a heading (the text narrowed: ASCII digits and brackets)
_YEAR_ALONE = re.compile(
    r"(?<=\s)[(\[【]?(?:(?:令和|平成)\s{0,2}\d{1,2}|20\d{2})\s{0,2}年(?:\s{0,2}\((?:令和|平成)?\s{0,2}\d{1,4}\s{0,2}年\))?"
    r"[)\]】]?:?\s+$"
)
_DATE_WORDS = ("", "以降", "頃", "ごろ", "予定", "(予定)", "まで", "中")  # what a date's value ends with (「10月以降」)
_SCHEDULE_HEAD = re.compile(r"(?:日程|スケジュール|内容|予定|工程|日時|期日|項目)[)）】]?$")


def _date_runs(line: str, mentions: list) -> list[list[tuple[int, int]]]:
    """The schedules run together in ``line``: runs of three or more dates (a window's two ends as
    one) with only a short label between two of them, no sentence."""
    runs: list[list[tuple[int, int]]] = [[]]
    for mention in mentions:
        run = runs[-1]
        gap = line[run[-1][1] : mention.start] if run else ""
        if run and gap.strip() in ("", "~", "から"):
            run[-1] = (run[-1][0], mention.end)  # a window's end, or a date and its time: the same row
            continue
        if run and ("。" in gap or len(gap) > _ROW_GAP):
            runs.append([])
        runs[-1].append((mention.start, mention.end))
    return [run for run in runs if len(run) >= 3]


def _run_rows(line: str, run: list[tuple[int, int]]) -> list[int]:
    """Where the rows of a schedule run together began: before each date when it is written date first (no step's
    label before its first date, but a heading or a year: 「スケジュール 4月24日 公表 5月8日 質問受付」), else after
    each date's value, at the first space outside brackets (「公表　　6月3日 　質問期限　　6月12日」)."""
    lead = line[max(0, run[0][0] - _ROW_GAP) : run[0][0]]
    words = _BOX_DRAWING.sub("", lead).split()
    last = words[-1] if words else ""
    gaps = [line[a_end:b_start] for (_, a_end), (b_start, _) in zip(run, run[1:])]
    cuts = []
    keyed = sum(bool(_ASKS_FOR_DATE.search(gap.rstrip())) for gap in gaps)
    named = last and (L.kind_of(last) or _ASKS_FOR_DATE.search(last)) and not _SCHEDULE_HEAD.search(last)
    if not named and keyed * 2 <= len(gaps):  # a heading, a year: no step's label before the first date
        if lead[-1:].isspace():
            cuts.append(run[0][0])
            year = _YEAR_ALONE.search(lead)  # 「選定スケジュール 2027年(令和9年) 7月5日」: the year stood on a line of its own
            if year:
                cuts.append(run[0][0] - len(lead) + year.start())
        for gap, (b_start, _) in zip(gaps, run[1:]):
            if gap[-1:].isspace() and gap.strip():
                cuts.append(b_start)
        tail = line[run[-1][1] : run[-1][1] + _ROW_GAP]
        wide = [end for start, end in _space_runs(tail) if end - start >= 2 and tail[:start].strip() not in _DATE_WORDS]
        if wide:  # the last row's step ends where a blank line stood (「… 事業契約の締結  質問の提出について」)
            cuts.append(run[-1][1] + wide[0])
        return cuts
    if not lead[-1:].isspace() or len(last) > 20:
        return []
    tail = line[run[-1][1] : run[-1][1] + _ROW_GAP]  # the last row's value ends too (「12月(議決後) 質問について」)
    for gap, (_, a_end) in zip([*gaps, tail], run):
        runs = [end for _, end in _space_runs(gap) if end < len(gap) and not _DAY_AFTER_SPACE.match(gap, end)]
        if runs:
            cuts.append(a_end + runs[0])
    return cuts


def schedule_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the row breaks of the schedules run together between them (``_run_rows``)."""
    bounds = sorted({0, *points, len(line)})
    cuts: list[int] = []
    for begin, end in zip(bounds, bounds[1:]):
        # (its full-width digits counted too: a piece is narrowed only when it holds three digits, most none)
        if not _THREE_DIGITS.search(line, begin, end):
            continue
        piece = _WIDE.sub(_narrowed, line[begin:end])  # (each character in its place)
        if "|" in piece or most_mentions(piece) < 3:  # (``markdown_rows``)
            continue
        mentions = find_mentions(piece)
        if len(mentions) < 3:
            continue
        for run in _date_runs(piece, mentions):
            cuts += [begin + cut for cut in _run_rows(piece, run)]
    return sorted({*points, *(cut for cut in cuts if 0 < cut < len(line))})


# a Markdown table's rows run together: one row's closing bar, a space, the next row's opening bar
_MARKDOWN_ROW = re.compile(r"[ \t](?<=\|[ \t])[ \t]*(?=\|)")  # (a space first: a fast scan, the bar before it looked behind for)
_CELL = 80  # the most a Markdown cell runs to: a bar farther from the last one begins a table
_MARKDOWN_RULE = re.compile(r"\|\s?:?-{3,}")
_MARKDOWN_ROWS = 3  # rows run together enough to tell a table without its rule「|---|」


def markdown_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the row breaks of a Markdown table (「| 日程 | 内容 | |---|---| | 4月1日 | 公告 |」)."""
    if "|" not in line:
        return points
    rows = list(_MARKDOWN_ROW.finditer(line))
    if not _MARKDOWN_RULE.search(line) and len(rows) < _MARKDOWN_ROWS:
        return points
    bars = [match.start() for match in re.finditer(r"\|", line)]
    starts = [  # a table's first row, after the words above it
        at
        for before, at, after in zip([-_CELL - 1, *bars], bars, [*bars[1:], len(line) + _CELL + 1])
        if at - before > _CELL and after - at <= _CELL and line[at - 1 : at].isspace()
    ]
    return sorted({*points, *starts, *(match.end() for match in rows)})


# the notice's own date run onto the sentence that closes its preamble, its signatory after it (「…により公告する。
# 令和8年6月3日 　　　　鷺坂市長　　西園寺 昭  1 入札に付する事項」): each on a line of its own as written, the date
# above the signatory (a page's date, the year of the schedule's year-less dates)
_SIGNED_DATE = re.compile(
    rf"。{_SP}+(?P<date>(?:令和|平成|R)?{_SP}?[0-9０-９元]{{1,4}}{_SP}?年{_SP}?[0-9０-９]{{1,2}}{_SP}?月{_SP}?[0-9０-９]{{1,2}}{_SP}?日"
    rf"(?:{_SP}?[(（][月火水木金土日][)）])?)(?={_SP})"
)  # (「。」 taken, not looked behind for: a look behind is tried at every place of a megabyte line)
_SIGNATURE_BLOCK = 160  # the most a signatory's lines run to
_SIGNATURE_GAP = re.compile(rf"{_SP}{{3,}}")  # the indent of a signatory's next line


def signature_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` with breaks around the notice's own date after the preamble and between its signatory's lines."""
    if "。" not in line:
        return points
    cuts: list[int] = []
    for match in _SIGNED_DATE.finditer(line):
        start = match.start("date")
        following = bisect.bisect_right(points, match.end())
        limit = min(points[following] if following < len(points) else len(line), match.end() + _SIGNATURE_BLOCK)
        block = line[match.end() : limit]
        if not L.SIGNATORY.search(block.strip()):
            continue
        cuts += [start, match.end()]
        cuts += [match.end() + gap.end() for gap in _SIGNATURE_GAP.finditer(block) if gap.start() and gap.end() < len(block)]
    return sorted({*points, *cuts}) if cuts else points


# a heading of a portal page with no marker (「質問の提出について」), a line of its own between two spaces
_ABOUT_HEADING = re.compile(r"(?:^|(?<=[ \u3000]))[^ \u3000。、]{1,24}について(?=[ \u3000])")


def _about_headings(line: str):
    """``_ABOUT_HEADING.finditer(line)``, tried only where one can begin: at the start of the word (after a space,
    or at 0) that holds a 「について」 at most 24 characters on."""
    reach, tried = 0, -1
    at = line.find("について")
    while at != -1:
        low = max(0, at - 25)
        space = max(line.rfind(" ", low, at), line.rfind("\u3000", low, at))
        start = space + 1 if space != -1 else 0 if at <= 24 else -1
        if start >= reach and start != tried:
            tried = start
            match = _ABOUT_HEADING.match(line, start)
            if match is not None:
                reach = match.end()
                yield match
        at = line.find("について", at + 1)


def prose_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` with a break around each heading 「…について」."""
    cuts = []
    for match in _about_headings(line):
        cuts += [match.start(), match.end()]
    return sorted({*points, *(cut for cut in cuts if 0 < cut < len(line))})


def line_breaks(line: str) -> list[int]:
    """Where line breaks stood in a long line: the offsets at which its lines began (none at 0)."""
    return schedule_rows(
        line, key_rows(line, tab_rows(line, markdown_rows(line, signature_breaks(line, prose_breaks(line, cut_points(line))))))
    )


def _blank_before(line: str, at: int) -> bool:
    """A blank line stood before ``at``: two spaces (the two line breaks) between the line above and this one's
    indent, not a column's wider gap."""
    end = at
    while end and line[end - 1] in "\u3000\t":
        end -= 1
    return line.endswith(BLANK_LINE, 0, end) and end > 2 and line[end - 3] != " "


def relined(text: str) -> tuple[str, list[int], list[int]] | None:
    """``text`` with its very long lines cut where line breaks stood, the source line of each line and the
    offset in ``text`` at which each line begins; None when no line is long (the text is read as it is)."""
    source = text.splitlines(keepends=True)
    if not any(len(line) > LONG_LINE for line in source):
        return None
    line_at = [0, *itertools.accumulate(map(len, source))]  # where each source line begins in ``text``
    lines: list[str] = []
    origin: list[int] = []
    offsets: list[int] = []
    done = 0  # the source lines before this one are in ``lines``
    for index in [*(i for i, raw in enumerate(source) if len(raw) > LONG_LINE), len(source)]:
        lines += map(str.rstrip, source[done:index])  # (the lines as they are, all at once)
        origin += range(done, index)
        offsets += line_at[done:index]
        if index == len(source):
            break
        line = source[index].rstrip("\r\n")
        starts = [0, *line_breaks(line)] if len(line) > LONG_LINE else [0]
        for begin, end in zip(starts, [*starts[1:], len(line)]):
            if begin and lines[-1] and _blank_before(line, begin):
                lines.append("")  # (a blank line stood here: two spaces where two line breaks were)
                origin.append(index)
                offsets.append(line_at[index] + begin)
            lines.append(line[begin:end].rstrip())
            origin.append(index)
            offsets.append(line_at[index] + begin)
        done = index + 1
    return "\n".join(lines), origin, offsets
