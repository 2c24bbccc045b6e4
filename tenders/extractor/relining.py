"""Line breaks put back into a notice that arrives as one line or a few very long lines.

A PDF's text layer or a portal page copied without its line breaks gives the whole notice on one line
(「… 2.参加資格 (1)… (2)… 3.日程 ・公告 令和8年4月1日 ・入札 令和8年4月20日 …」). The Reader works by line
(the label on the line above, the outline items, the distance to a date), so the breaks are put back
first, at the places where a notice's line breaks stand: before outline markers that run in sequence
(「1.」「2.」, 「(1)」「(2)」, 「（一）」「（二）」, 「①」, 「ア」, 「Ⅰ」, 「第1」「第1章」, 「注1」; an outer list going on after a
list of its style nested in it; 「1)」 a list apart from 「1.」; an excerpt's sections 「5」「6」 opening past 1),
before bullets and bracketed headings (「・」「■」「【」) that begin an item, before 「記」 and 「以上」, before the items
of a Markdown or YAML list (「- 質問 - 受付期限：…」) and its headings (「## 3. スケジュール」), and between the rows of a
schedule written date first (「令和8年4月24日 募集要項の公表 令和8年5月8日 質問の受付」), of a table whose cells tabs
part, of a CSV export (a row ended before the comma of an empty
first cell, or between two quoted cells with no comma), between the days and events of a calendar printed as an
agenda, at the rows and cells of a table a screen reader speaks (「行1 項目：… 日程：…」, 「行 2  手続  列 1  公告 日時  列 2
…」) and at the rows of a timeline drawn sideways (its row of dates, its axis or its steps parted by arrows, its turns).

Where no marker opens a line, its indent (the space a line break became, then full-width spaces), the sentence
that ended the line above (「。」 and a space), a rule drawn across the page and a date alone above a blank line
tell where it began. Those lines are kept when they give the notice nearly whole (few spaces between two Japanese
characters left inside a line): a notice put back in part reads worse than the same notice run together. A heading drawn
between two rules (「━━━━ Ⅱ 日程等 ━━━━」) is put back on its own line in either case. A change
notice's own lines are put back in either case: the head row of a table of the dates before and after a change, the
rows of a 新旧対照表 whose right cell says its left one over, a 【訂正前】 mark over the heading it quotes, the blank
line after an update history of stamped items, the quoted lines of a reply under their marks (「> > 見積依頼先 各位」).
A PDF's pages are parted at their footers' counters (「2 / 8」「Page 3 of 8」, the file's name after them) and the running
header atop each page, and a table it reads column after column is told in its text layer's radicals too (「⽇」「⽉」).

Only lines longer than ``LONG_LINE`` are cut (a text of one line only: longer than ``RUN_ON_LINE``); the lines of a
notice as written are left as they are.
One pass over each line (the bench reads a 10 MB one-line text)."""

from __future__ import annotations

import bisect
import csv
import io
import itertools
import json
import re
import unicodedata
from collections import Counter, deque
from collections.abc import Iterator

from tenders.extractor import labels as L
from tenders.extractor.dates import (
    AFTER_CHANGE,
    BEFORE_CHANGE,
    EN_MONTH,
    STATE_TAG_WORDS,
    VERSION_OF,
    find_mentions,
    most_mentions,
)
from tenders.extractor.firsts import first_characters_guarded
from tenders.extractor.normalize import (
    DAY_WORD,
    DIFF_HUNK_HEADER,
    GAZETTE_NAME_SPACED,
    GAZETTE_NAMES,
    MAIL_QUOTED_MIN,
    SIDEWAYS_CELL_MAX,
    SIDEWAYS_DATE_CELL,
    SIDEWAYS_DATE_HEAD,
    SIDEWAYS_STEP_HEAD,
    SPACE_PARTED_CELLS,
    SPACED_PART_HEAD,
    day_in_figures,
    nfkc,
    numbered_versions_word_cuts,
    old_version_first,
    qa_word_cuts,
    sideways_cell,
    spaced_part_roles,
    spaced_parts_end,
)

BLANK_LINE = "  "  # what a blank line between two lines turns into when the line breaks are taken out
LONG_LINE = 400  # a notice's own lines are shorter; a longer one is a notice (or a page) run together
# A text that is ONE line, all of it, is a page run together however short: a change notice of a title, a lead and a
# small table (「| 項目 | 変更前 | 変更後 | | 質問… | … | 同左 | | 提出期限 | … | … |」) is shorter than ``LONG_LINE``,
# and read as one line its columns and rows are gone (the old day read as a step, a restated row as a change). A notice
# as written is never one line; a line of a sentence or two is left as it is.
RUN_ON_LINE = 120
# the marks of such a table: two rows' bars (a row's last, the next row's first), cells parted by tabs, a rule of joints,
# a legend's mark (「★印が変更箇所」「※下線部変更」); or the heads of the two columns of the versions before and after a
# change, both (one alone is a heading's word: 「スケジュール（当初 → 変更後）」)
_RUN_ON_TABLE_MARKS = ("| |", "｜ ｜", "\t", "┼", "印が変更", "印は変更", "印の項目", "下線部", "新旧", "正誤")
_RUN_ON_VERSION_HEADS = (
    ("変更前", "変更後"),
    ("訂正前", "訂正後"),
    ("修正前", "修正後"),
    ("Original", "Amended"),
    ("Before", "After"),
)


def _run_on_table(text: str) -> bool:
    """A text of one line holds a table of a change run together (``_RUN_ON_TABLE_MARKS``, ``_RUN_ON_VERSION_HEADS``)."""
    return any(mark in text for mark in _RUN_ON_TABLE_MARKS) or any(
        old in text and new in text for old, new in _RUN_ON_VERSION_HEADS
    )


_D = "[0-9０-９]"
_SP = r"[ \t\u3000]"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_PAREN_KANJI = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"  # 「㈠」 (U+3220…): a kanji numeral in brackets, one character, a gazette's sub-items
_KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"
_KANJI_NUMBERS = "一二三四五六七八九十"
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
_BULLETS = "・•■◆●○◎□◇▼▽▶►★☆〇◯※"
# a pictograph a chat post, a leaflet or a social-media post opens its items with (「📮 応募書類の提出 …」「✅ 結果通知」
# 「☐ (市)議案を提出」): a bullet, too, when a Japanese word or a bracket follows it (not 「✉info@…」, nor an arrow 「➡」,
# which parts the steps of a row); a post's reactions (「✅ 1」) a line of their own where a blank line follows them, not
# where the counts go on (「💬 3　🔁 41」)
_PICTOGRAPHS = "\u2600-\u26ff\u2700-\u2793\U0001f300-\U0001faff"

# a unit or word after a number that makes it a quantity, a date or a citation, not an outline marker (a dash after
# it: a page's number 「― 1 ―」「- 2 -」, which opens no list)
_NOT_MARKER_AFTER = re.compile(
    rf"(?:[0-9０-９:：/／,，～~\-－―%％]|{_SP}*[年月日時分秒円号条項款者名人件回部点枚階番歳箇ヶか個台本冊通週度倍]"
    r"(?![\u4e00-\u9fff])|"
    rf"{_SP}?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?{_SP}[0-9]{{4}}"  # 「1 November 2026」「2 February, 2027」: a day
    rf"|{_SP}?{EN_MONTH}(?![A-Za-z])"  # 「by Friday 1 May (instead of …)」「Fri 1 May」: a day, its year not written
    # 「(about 1 hour)」「within 2 hours」「30 minutes」: a length of time in English, its unit in lower case
    # (「June 22, 2027 (Tue) 5 pm」「5 p.m.」: an hour, no section 5 after a section 4)
    rf"|{_SP}?(?:(?:hours?|minutes?)\b|[ap]\.?m\b))"
)

_MONTH_NAME = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_WEEKDAY_NAME = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_EN_ERA_NAME = "(?:Reiwa|Heisei|Showa|REIWA|HEISEI)"  # 「June 20, Reiwa 11」「Reiwa 11 year July 13」: a year named by its era

# an outline marker where an item of the notice begins: at the start, after a space (where a line break
# stood) or after 「。」
# 「様式第6号」「様式1-2」 and its title after it, a paper's name alone (「院内見学申込書」): an appended form's heading
_FORM_NUMBER = rf"様式{_SP}?第?{_D}{{1,2}}号?(?:{_SP}?[-－の]{_SP}?{_D}{{1,2}})?"
_FORM_TITLE_WORDS = rf"{_SP}{{1,2}}[^\x00-\x7f \t\u3000(（]{{0,16}}?(?:書|届|表|票|簿)"
_MARKER = re.compile(
    rf"(?:^|(?<={_SP})|(?<=。))(?:"
    rf"(?P<chapter>第{_SP}?(?P<chapter_n>{_D}{{1,2}}|[{_KANJI_NUMBERS}]{{1,3}}){_SP}?章?(?=[ \t\u3000.．、]))"
    # 「（参加申込み） 第８条 本プロポーザルに…」: a 要綱's article, its heading in brackets on a line of its own
    rf"|(?P<article_head>[(（][^()（）\s]{{1,16}}[)）](?={_SP}?第{_SP}?{_D}{{1,3}}{_SP}?条{_SP}))"
    rf"|(?<=[)）]{_SP})(?P<article>第{_SP}?{_D}{{1,3}}{_SP}?条(?={_SP}))"
    rf"|(?P<paren>[(（]{_SP}?(?P<paren_n>{_D}{{1,2}}){_SP}?[)）])"
    rf"|(?P<kparen>[(（](?P<kparen_n>[{_KATAKANA}])[)）])"
    rf"|(?P<jparen>[(（](?P<jparen_n>[{_KANJI_NUMBERS}]{{1,3}})[)）])"  # 「（一）」「（十二）」
    rf"|(?P<pdigit>[{_PAREN_DIGITS}])"
    rf"|(?P<pkanji>[{_PAREN_KANJI}])"
    rf"|(?P<circled>[{_CIRCLED}])"
    # 「3-1　開催日時」: a chapter's section, a Japanese word after it (not 「1-15 May」, a range of days)
    rf"|(?P<section>{_D}{{1,2}}[-－](?P<section_n>{_D}{{1,2}})(?={_SP}{{1,4}}[^\x00-\x7f \t\u3000]))"
    # 「2.1 Be registered …」「3-2 Deadline for questions …」: an English document's section, a capitalised word after it
    # (not 「1-15 May」, a range of days, nor 「2027.1 January」, nor an address after a comma, 「…Building, 1-1 Minato」);
    # 「6.1 A mandatory site visit …」「3.2 I hereby …」: a one-letter word, a lower-case one after it
    rf"|(?<![,，] )(?P<esection>{_D}{{1,2}}[-.](?P<esection_n>{_D}{{1,2}})(?= {{1,4}}(?!{_MONTH_NAME})[A-Z](?:[a-z]| [a-z])))"
    # (「… and Forms 1 to 5, may be downloaded」: a range of figures, no item's number)
    rf"|(?P<number>(?P<number_n>{_D}{{1,2}})(?:[.．、]|{_SP}(?!(?:to|and|or|through)\s{_D})|[)）](?!{_D})))"
    rf"|(?P<kanji>(?P<kanji_n>[{_KANJI_NUMBERS}]{{1,2}})(?:[.．、]|{_SP}))"
    rf"|(?P<kana>(?P<kana_n>[{_KATAKANA}])(?:[.．、]|{_SP}))"
    rf"|(?P<roman>(?P<roman_n>[{_ROMAN}])(?:[.．、]|{_SP}))"
    rf"|(?P<note>注(?P<note_n>{_D}{{1,2}})(?={_SP}{{1,4}}[^ \t\u3000|｜]))"  # 「注3　2025年10月下旬」 (not a cell's 「| 注3 |」)
    # 「Q3. 質問は…ですか？ A3. 1月19日…」: a numbered question and its answer (not 「A5. The contract…」, an English
    # answer's line run on from the line above)
    rf"|(?P<qa>[QAＱＡ]{_D}{{1,2}}[.．:：](?={_SP}{{1,2}}[^A-Za-z \t\u3000]))"
    rf"|(?P<bullet>[{_BULLETS}]|[{_PICTOGRAPHS}](?=\ufe0f?{_SP}?(?:[^\x00-\x7f \t\u3000]|[(]|[0-9]{{1,4}}(?:{BLANK_LINE}|$))))"
    # (not 「●公告　【終了】　令和8年1月9日（金）」: a tag of the item's state between its name and its date)
    rf"|(?P<bracket>【(?!{_SP}?(?:{STATE_TAG_WORDS}){_SP}?】{_SP}{{0,4}}(?:令和|平成|{_D})))"
    rf"|(?P<ki>記(?={_SP}))"
    # 「… 午後5時 様式第6号 院内見学申込書 事業者名 …」: an appended form's number and its title, a paper's name alone,
    # open the form (not a table's cell after its row's number, 「7 12 様式第3号 収支予算書(3か年分)」, nor a sentence
    # that names the form, 「様式第3号 収支予算書は…」)
    rf"|(?<![0-9０-９]{_SP})(?P<form>{_FORM_NUMBER}(?={_FORM_TITLE_WORDS}{_SP}))"
    rf"|(?P<ijo>以上(?={_SP}*$))"
    r")"
)

# the same markers found fast: the space or 「。」 before one (the first character a regex can skip to), the marker
# itself read in a lookahead (where the marker begins, nothing is consumed but that character; its alternative's
# group spans it); the first characters a marker can begin with checked first
_MARKER_FIRST = rf"[第(（{_PAREN_DIGITS}{_PAREN_KANJI}{_CIRCLED}{_ROMAN}0-9０-９{_KANJI_NUMBERS}{_KATAKANA}{_BULLETS}{_PICTOGRAPHS}【記以注QAＱＡ様]"
_AFTER_BREAK = re.compile(rf"[ \t\u3000。](?={_MARKER_FIRST})(?=" + _MARKER.pattern[_MARKER.pattern.index(")(?:") + 1 :] + ")")

_DIGITS = "0123456789０１２３４５６７８９"

# vertical text read by an OCR keeps its presentation forms (「︵一︶」「︑」「︒」 for 「（一）」「、」「。」, a page's number
# 「︱ 二 ︱」 for 「- 二 -」): its markers, sentence ends and page numbers told as the horizontal ones (one character for
# one, so the cuts stand where they would)
_VERTICAL_FORMS = str.maketrans(
    {
        "\ufe35": "（",
        "\ufe36": "）",
        "\ufe11": "、",
        "\ufe12": "。",
        "\ufe41": "「",
        "\ufe42": "」",
        "\ufe3b": "【",
        "\ufe3c": "】",
        "\ufe31": "-",
        "\ufe32": "-",
    }
)
_VERTICAL_FORM = re.compile("[" + "".join(map(chr, _VERTICAL_FORMS)) + "]")  # any of them
# a PDF's text layer writes common kanji as their radicals or compatibility forms (「⽇」「⽉」「⼊」「⾏」 for 「日」「月」「入」
# 「行」, 「⻑」 for 「長」): a table read column after column told in them as in the kanji they print (one character for
# one, so the cuts stand where they would)
_RADICAL_FORMS = {
    code: folded
    for code in [*range(0x2E80, 0x2FE0), *range(0xF900, 0xFB00)]
    if len(folded := unicodedata.normalize("NFKC", chr(code))) == 1 and folded != chr(code)
}
_RADICAL_FORMS[0x2ED1] = "長"  # (「⻑」: no decomposition of its own)
_RADICAL_FORM = re.compile("[\u2e80-\u2fdf\uf900-\ufaff]")


def radicals_printed(text: str) -> str:
    """``text`` with a PDF's radicals and compatibility forms (「⼊」「⽇」「⻑」) as the kanji they print, one for one."""
    return text.translate(_RADICAL_FORMS) if _RADICAL_FORM.search(text) else text


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
        if style == "number" and match.group(style)[-1] in ")）":
            # 「1)」 and 「1.」 are lists of their own: 「(3) 業務内容 1) … 7) …」 nested under an item of 「3. 業務概要」
            # leaves 「4. 手続の流れ」 going on, no outer list after a nested one of its style
            style = "nparen"
        return style, int(raw.translate(_TO_ASCII))
    if style == "pdigit":
        return style, _PAREN_DIGITS.index(match.group(style)) + 1
    if style == "pkanji":
        return style, _PAREN_KANJI.index(match.group(style)) + 1
    if style == "circled":
        return style, _CIRCLED.index(match.group(style)) + 1
    return None


_NUMBERED = frozenset(("chapter", "paren", "kparen", "jparen", "section", "esection", "number", "kanji", "kana", "roman", "note"))


_OPEN_LISTS = 4  # the most lists of one style open at once (an outer list, the lists nested in it)
_EXCERPT_STYLES = ("number",)  # a notice's sections 「5 参加申込」, which an excerpt may open past 1
_EXCERPT_ITEM = 1200  # the most an excerpt's first section runs to before the next one's number
_PAGED_STYLES = ("chapter", "kanji")  # a heading's styles in kanji: its outer list goes on over a page


def _sequence_level(number: int, levels: list[int]) -> int | None:
    """Where among the open lists of a style (the last number of each, outermost first) a numbered marker goes on:
    a new list for 1, else the innermost list whose last number it follows (n+1), an outer one going on after a
    list of the same style nested in it ended (「(4) … 下表のとおり 1 液体苛性ソーダ … 6 高分子凝集剤 2 入札参加資格」);
    None when it follows none. 「2026年」「第3号」「10時」 and the like are kept out before this by what follows the
    number."""
    if number == 1:
        return len(levels)
    for level in range(len(levels) - 1, -1, -1):
        if levels[level] == number - 1:
            return level
    return None


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


_CELL_MARKS = _BULLETS + "【"  # a bullet or a bracket a cell may begin with (a number after a tab may be a page's)


def _in_cell(line: str, at: int) -> bool:
    """The tabs (and full-width spaces) before ``at`` follow a word, no space a line break became: a table's cell
    begins at ``at``, no line."""
    start = at
    while start and line[start - 1] in "\t\u3000" and at - start < 40:
        start -= 1
    return start > 0 and line[start - 1] != " "


_NUMBER_NAMED_BEFORE = re.compile(r"(?:No\.?|NO\.?|№|[|｜])[ \t\u3000]*$")  # 「No. 3」「| 3 |」: a number, no section's
_NOT_HEADING_AFTER = re.compile(r"[ \t\u3000]*[(（|｜]")  # 「4.(5)」: an item cited by its number
# 「(Form 1)」「Annex 2 (Target Markets)」「Addendum No. 1」「Page 1 of 4」「Article 5 (Questions)」「Paragraph 1 of the
# Local Autonomy Act」「Forms 1 to 5」: an English word that a number follows in a name, that number no item's marker
# (its space no line break)
_NAMED_BY_NUMBER = re.compile(
    r"(?:\b(?:No|Nos|no)\.|\b(?:Form|Annex|Appendix|Attachment|Addendum|Article|Clause|Chapter|Exhibit|Page|Part|Lot|Section"
    r"|Paragraph|Item|Forms|Annexes|Articles|Paragraphs|Sections|Items"
    # 「Reiwa 8 years 10 months」「Heisei 31」「FY 2027」: a year named by its era, no item's number
    rf"|{_EN_ERA_NAME}|FY)"
    # 「… to everyone who replied under 1. on Friday」「see 3. above」: an item cited by its number in a sentence
    r"|\b(?:under|see|per)) $"
)
_NAMED_REACH = 12  # characters before a number its name's word ends within, at most


def _section_heading(line: str, start: int, end: int) -> bool:
    """The marker at ``start`` opens a section's heading: no number named before it (「No. 3」) nor an item cited by
    it (「公告 4.(5)」)."""
    return not _NUMBER_NAMED_BEFORE.search(line, max(0, start - 6), start) and not _NOT_HEADING_AFTER.match(line, end)


def cut_points(line: str, open_lists: dict[str, list[int]] | None = None) -> list[int]:
    """Where line breaks stood in ``line``: the offsets at which a new line begins (none at 0); ``open_lists``, the
    lists the page before left open (updated)."""
    points: list[int] = []
    open_lists = {} if open_lists is None else open_lists  # by style, the last number of each list open
    waiting: dict[str, tuple[int, int]] = {}  # by style, a number > 1 that opened no list yet, and where it stands
    for match, start, end in _markers(line):
        if line[start - 1 : start] == "\t" and _in_cell(line, start):
            continue  # (「…。 3\t仕様書\t4\t第4条 運行概要\t…」: a number after a tab that follows a word is a cell's, no item's)
        numbered = _marker_number(match)
        if numbered:
            style, number = numbered
            if style in ("number", "nparen") and _NAMED_BY_NUMBER.search(line, max(0, start - _NAMED_REACH), start):
                continue
            if style in ("number", "nparen", "kanji", "kana") and _NOT_MARKER_AFTER.match(line, end):
                if line[end - 1] not in ".．" or (
                    end < len(line) and line[end] in _DIGITS
                ):  # (「2.　件　　名」: a word spaced out)
                    continue
            levels = open_lists.setdefault(style, [])
            level = _sequence_level(number, levels)
            if level is None and not levels and style in _EXCERPT_STYLES and _section_heading(line, start, end):
                # 「5 参加申込 (1) … 6 質問の受付 (1) …」: an excerpt's list opens past 1, two numbers in turn tell it
                before = waiting.get(style)
                waiting[style] = (number, start)
                if before is None or before[0] != number - 1 or start - before[1] > _EXCERPT_ITEM:
                    continue
                levels[:] = [number]
                if before[1]:
                    bisect.insort(points, before[1])
                if start and start not in points:
                    points.append(start)
                continue
            if level is None or (number != 1 and level < len(levels) - 1 and not _blank_before(line, start)):
                continue  # (an outer list goes on after a blank line; 「行 3 手続 列 1」 a screen reader's row and cell)
            levels[level:] = [number]
            del levels[:-_OPEN_LISTS]
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


_WINDOW_OPEN = ("～", "〜", "~")  # a window's start, its end on the next line
_DAY_END = re.compile(r"[0-9０-９](?:日|[/／][0-9０-９]{1,2})(?:[(（][月火水木金土日祝](?:曜日?)?[)）])?$")  # a date's end
_CLOCK = re.compile(r"(?:[0-9０-９]{1,2}(?:[:：][0-9０-９]{2}|時)|午[前後]|正午)")  # a time written after its date


# an item's mark, the last word before a row's first cell: 「5(2)」「(3)」「12.」「⑸」「③」 after a space
_ITEM_MARK_LAST = re.compile(
    r"[ \u3000]([0-9０-９]{1,2}[(（][0-9０-９]{1,2}[)）]|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．]|[\u2460-\u2487])$"
)


# an English table's cell (no Japanese in it, words in small letters): its words are spaced apart as its rows are
_ENGLISH_CELL = re.compile(r"[a-z]{2}")
_LINK_CELL = re.compile(r"(?:https?://|www\.)[!-~]+ +(?=\S)")  # a link, then the words after the space a line break became
# a row's first word in English: a capital, no month's, weekday's or era's name (「Tue 1 June」「By June 13, Reiwa 11」 are
# a date's words)
_ENGLISH_ROW_WORD = re.compile(rf" (?=[A-Z])(?!(?:{_MONTH_NAME}|{_WEEKDAY_NAME}|{_EN_ERA_NAME})[a-z]*\b)")
_ENGLISH_JOINING = re.compile(r"(?:^|(?<= ))(?:[A-Z]\S*|of|for|and|&|the|a|an|to|on|in|at|by|with) $")


def _inside_brackets(text: str, at: int) -> bool:
    """``at`` stands inside a bracket of ``text`` (an opening one before it not closed yet)."""
    return max(map(text.rfind, _OPENING, itertools.repeat(0), itertools.repeat(at))) > max(
        map(text.rfind, _CLOSING, itertools.repeat(0), itertools.repeat(at))
    )


def _english_row_break(cell: str) -> int:
    """Where, in the words of an English table between two tabs, the next row begins: before the last capitalised word
    (no month's or weekday's name) after a word in small letters (「… not mandatory Question deadline」), not inside
    a name of capitalised words nor after a word that joins one (「the City」, 「Application of」); else before the first
    capitalised word after the first word (a head's last cell, 「Notes Distribution of Application Guidelines」); -1
    when no capitalised word follows a space (「Tue 13 July」, 「2027/07/14 (Wed) close of business」)."""
    starts = [match.end() for match in _ENGLISH_ROW_WORD.finditer(cell) if not _inside_brackets(cell, match.end())]
    if not starts:
        return -1
    for at in reversed(starts):
        if not _ENGLISH_JOINING.search(cell, max(0, at - 16), at):
            return at
    return starts[0]


BILINGUAL_GLOSS_MAX = 80  # characters of the English after a bilingual key's 「 / 」, at most


def _bilingual_row_start(cell: str) -> int:
    """「令和9年1月12日(火) Tuesday 12 January 2027 オンライン説明会 参加申込締切 / Registration for the online briefing」: the
    words before a tab that end with a bilingual table's next key (its Japanese, 「 / 」, its English): the next row
    begins with the Japanese words, after the English of the row before; -1 for any other cell."""
    slash = cell.rfind(" / ")
    if slash < 0 or len(cell) - slash > BILINGUAL_GLOSS_MAX or not cell[slash + 3 :].isascii():
        return -1
    words = cell[:slash].split(" ")
    first = len(words)
    while first > 0 and words[first - 1] and not words[first - 1].isascii():
        first -= 1  # (the key's Japanese words, each with a character past ASCII)
    if first == len(words) or first == 0 or not words[first - 1]:
        return -1
    return len(" ".join(words[:first])) + 1


@L.remembered(8192)  # (each cell is asked for its period, its stretches and its break, in both readings of the rows)
def _row_break_in_cell(cell: str) -> int:
    """Where, in the words between two tabs, the next row of a tab-separated table begins: after the last run of spaces
    outside brackets that holds the space a line break became, unless it stands between a date and its time
    (「公募開始 2021/6/7(月) 12:00」) or inside a window (「備考 7月1日（木）～ 8月20日（金）」): then after such a run
    before it, if no blank line stood there (a date on a line of its own, a log's day: 「OK  2027/06/15(火) 10:02」); -1
    when there is none. A run of full-width spaces only spaces a word out (「期　間」): no line break stood there. A cell
    of spaces alone (「…表\t\t \t\t作成日」) is a line break between a row ending and one beginning with empty cells."""
    if cell.startswith(" ") and not cell.strip(" "):
        return len(cell)
    if cell.endswith(_CSV_ROW_END):
        return len(cell)  # 「…,県HPに掲載 ,回答,…」: a CSV's row ended with the cell, the next one's first cell empty
    if _CSV_ROW_START in cell:  # 「…,企画競争, 1206500000000102,…」「…,Parent task 1206500000000101,…」: a CSV's row
        return cell.index(_CSV_ROW_START) + 1  # ended with an empty cell or a head's name, the next one's first after it
    link = _LINK_CELL.match(cell) if "/" in cell else None
    if link:  # 「https://example.jp/…/2027-011 2027/6/11」: a row's last cell a link, the next row's first after it
        return link.end()
    # (an English cell with a note's mark in it, 「June 20 (Wed) 5:00 pm ※Accept again Answer to questions」, read as one)
    if (cell.isascii() or cell.replace("※", "").isascii()) and _ENGLISH_CELL.search(cell):
        return _english_row_break(cell)
    if cell.endswith('"') and cell.count('"') == 2 and cell.find('"') > 0 and cell[cell.find('"') - 1] == " ":
        return cell.find('"')  # 「…システム "質問書の提出期限 (…に関するもの)"」: the next row's first cell, quoted over lines
    if " / " in cell and (bilingual := _bilingual_row_start(cell)) > 0:
        return bilingual
    last = -1
    at = _last_space_outside_brackets(cell)
    while at > 0:
        before = cell[:at].rstrip(" \u3000")
        if " " in cell[len(before) : at]:
            if (_CLOCK.match(cell, at) and _DAY_END.search(before)) or before.endswith(_WINDOW_OPEN):
                last = at if last == -1 else last
            else:
                if last == -1 and (mark := _ITEM_MARK_LAST.search(before)):
                    return mark.start(1)  # 「訂正後 5(2) 現地説明会の日時」: the row begins with its item's mark
                return at if last == -1 or not cell.endswith(BLANK_LINE, 0, at) else last
        at = _last_space_outside_brackets(before)
    return last


_TAB = re.compile("\t")
_TAB_CELL = 200  # the most a cell of a tab-separated table runs to
_MOST_COLUMNS = 8
_SHEET_COLUMNS = 24  # the most columns of a sheet whose head row names them, wider than _MOST_COLUMNS
_COLUMN_NAME_MAX = 12  # the most a column's name in a head row runs to


def _sheet_period(cells: list[str]) -> tuple[int, int] | None:
    """The period and offset (as ``_row_period``) of a sheet wider than ``_MOST_COLUMNS`` whose first row names its
    columns (「締切日<TAB>時刻<TAB>提出物<TAB>…<TAB>備考<TAB>URL 2027/5/28<TAB>17:00<TAB>…」, a
    team's tracker): the names short, none spaced, the first row break in the cell of the last name; each row as wide."""
    head = next((j for j, cell in enumerate(cells) if _row_break_in_cell(cell) > 0), -1)
    if not _MOST_COLUMNS <= head < _SHEET_COLUMNS:
        return None
    names = [*cells[:head], cells[head][: _row_break_in_cell(cells[head])].strip()]
    if any(not name or len(name) > _COLUMN_NAME_MAX or " " in name or "\u3000" in name for name in names):
        return None
    chosen = range(head, len(cells), head + 1)
    if len(chosen) < 2 or any(_row_break_in_cell(cells[j]) <= 0 for j in chosen):
        return None
    return head + 1, head


# 「…\t済\t説明書1(3) 交付期間 令和9年7月5日 1.2\t◆発注者\t…」: a work breakdown's (or a numbered list's) sheet wider than
# ``_MOST_COLUMNS``, its rows numbered 1.1, 1.2 … in their first cell, a row's number after the space a line break
# became; its rows told by those numbers every so many cells, whatever its head row (a section's row 「2\t\t【社内】」
# may stand above them instead)
_ROW_NUMBER = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}")
_NUMBERED_ROWS = 3  # numbered rows in turn, at least


def _numbered_period(cells: list[str]) -> tuple[int, int] | None:
    """The period and offset (as ``_row_period``) of such a sheet's numbered rows: every stretch between two tabs that
    ends with a row's number after its row break (``_row_break_in_cell``) ``period`` cells from the one before, at
    least ``_NUMBERED_ROWS`` of them, ``period`` more than ``_MOST_COLUMNS`` and at most ``_SHEET_COLUMNS``."""
    numbered = []
    for j, cell in enumerate(cells):
        if cell[-1:].isdigit() and (at := _row_break_in_cell(cell)) > 0 and _ROW_NUMBER.fullmatch(cell, at):
            numbered.append(j)
    if len(numbered) < _NUMBERED_ROWS:
        return None
    period = numbered[1] - numbered[0]
    if not _MOST_COLUMNS < period <= _SHEET_COLUMNS or any(b - a != period for a, b in itertools.pairwise(numbered)):
        return None
    return period, numbered[0] % period


def _open_end(cell: str) -> bool:
    """The words between two tabs end with the space a line break became: 「…\t金\t土 \t\t\t1 2\t…」, a row ended with
    them and the next one begins with an empty cell."""
    return cell.endswith(" ") and cell[-2:-1] > " "


def _row_break(cell: str, open_end: bool) -> int:
    """``_row_break_in_cell``, or with ``open_end`` the end of words that end with a line break's space (``_open_end``)."""
    return len(cell) if open_end and _open_end(cell) else _row_break_in_cell(cell)


def _row_period(cells: list[str], columns: int = _MOST_COLUMNS, open_end: bool = False) -> tuple[int, int] | None:
    """The tabs of a row and which of the stretches between two tabs hold a row break (``period``, ``offset``):
    the fewest tabs a row such that every stretch where one row ends and the next begins has a space outside
    brackets; among the offsets that fit, the one with a date cell next to the most breaks. ``open_end``: a row may
    end with the words before a tab, the next one beginning with an empty cell (``_open_end``), and no cell inside
    a row does (a line break stood there)."""
    spaced = [_row_break(cell, open_end) > 0 for cell in cells]
    ends = [j for j, cell in enumerate(cells) if open_end and _open_end(cell)]
    for period in range(1, min(columns, len(cells)) + 1):
        fits = []
        for offset in range(period):
            chosen = range(offset, len(cells), period)
            if len(chosen) >= 2 and all(spaced[j] for j in chosen) and all(j % period == offset for j in ends):
                fits.append((sum(bool(_DIGIT.search(cells[j])) for j in chosen), -offset, offset))
        if fits:
            return period, max(fits)[2]
    return None


# 「09:12<TAB>西村 玲奈<TAB>公告出てました！ 09:13<TAB>西村 玲奈<TAB>…」: a talk log's rows, each its time, its speaker and
# its words; the speaker's name spaced (「西村 玲奈」) holds no row break, the words before the next row's time end one
_NEXT_STAMP = re.compile(r" [0-9]{1,2}:[0-9]{2}$")
_STAMPED_ROWS = 2  # rows of a talk log in turn, at least
_SPEAKER_CELL = 20  # the most a speaker's cell runs to


def _stamped_rows(cells: list[str], columns: int = _MOST_COLUMNS) -> tuple[int, int] | None:
    """The period and offset (as ``_row_period``) of a talk log's rows (``_NEXT_STAMP``): the cells that end with the
    next row's time every ``period`` cells, all of them, most of them with no date before the time (「2021/6/7(月)
    12:00」 is a date's time)."""
    stamped = [j for j, cell in enumerate(cells) if _NEXT_STAMP.search(cell, max(0, len(cell) - 7))]
    if len(stamped) < _STAMPED_ROWS:
        return None
    period = stamped[1] - stamped[0]
    if not 2 <= period <= columns or any(b - a != period for a, b in itertools.pairwise(stamped)):
        return None
    dated = sum(1 for j in stamped if _DAY_END.search(cells[j][: cells[j].rindex(" ")].rstrip()))
    named = all(
        len(cells[j]) <= _SPEAKER_CELL and not _DIGIT.search(cells[j])
        for j in range(stamped[0] + 1, len(cells))
        if (j - stamped[0]) % period
    )  # (the cells of a row between its time and its words: its speaker's name, no digit)
    return (period, stamped[0] % period) if named and 2 * dated < len(stamped) else None


_STRETCH_BREAKS = 3  # row breaks in turn, at least, that make a stretch of a run one table's rows


def _row_stretches(cells: list[str], columns: int = _MOST_COLUMNS) -> list[tuple[int, int, int]]:
    """The stretches of a run of tabs no one period fits whole (a page's menu of tab-parted links over its label-value
    rows, a sheet's blocks each as wide as it is): as (period, first, last), the cells of the first and the last row
    break of each, ``_STRETCH_BREAKS`` row breaks or more every ``period`` cells; the widest taken first, none overlapping."""
    spaced = [_row_break_in_cell(cell) > 0 for cell in cells]
    found = []
    for period in range(1, min(columns, len(cells)) + 1):
        for offset in range(period):
            first, count = -1, 0
            for j in range(offset, len(cells) + period, period):
                if j < len(cells) and spaced[j]:
                    first, count = (j if first < 0 else first), count + 1
                    continue
                if first >= 0 and count >= _STRETCH_BREAKS:
                    found.append((first - (j - period), period, first, j - period))
                first, count = -1, 0
    chosen: list[tuple[int, int, int]] = []
    for _, period, first, last in sorted(found):  # (the widest first; of equal width, the fewest tabs a row)
        if all(last < other_first or first > other_last for _, other_first, other_last in chosen):
            chosen.append((period, first, last))
    return chosen


_STRETCH_SHARE = 2 / 3  # of a run's cells, the most one stretch of fewer tabs a row spans where it rules the run


def _stretches_rule(stretches: list[tuple[int, int, int]], period: int, cells: list[str]) -> bool:
    """A stretch of fewer tabs a row than the ``period`` that fits the whole run spans most of it (a page's label-value
    rows, a small table of four columns after them: every third label cut, not each), each row it begins opening with
    Japanese, most of them (the spaces of English cells part its words, no rows)."""
    for each, first, last in stretches:
        if each < period and last - first >= _STRETCH_SHARE * len(cells):
            breaks = range(first, last + 1, each)
            japanese = sum(cells[j][_row_break_in_cell(cells[j]) :][:1] > "\x7f" for j in breaks)
            return japanese >= _STRETCH_SHARE * len(breaks)
    return False


# the head of a table of the dates or the text before and after a change (「項目\t当初\t第1回訂正\t第2回訂正」「改正後\t改正前」)
_CHANGE_HEAD = re.compile(rf"{BEFORE_CHANGE}|{AFTER_CHANGE}|当初|訂正|変更|改正|新旧|[新旧](?:日程)?\t")


# 「新旧対照表 訂正後<TAB>訂正前 4 参加資格<TAB>…」「■変更内容一覧  番号<TAB>該当箇所<TAB>変更前<TAB>変更後」: the head of a table
# of the text or the dates before and after a change, its cells short words (two of them the old and the new version)
_OLD_HEAD = rf"(?:{BEFORE_CHANGE}|旧|現行|改正前|改定前|改訂前|誤|当初)"
_NEW_HEAD = rf"(?:{AFTER_CHANGE}|新|改正後|改定後|改訂後|正)"
_HEAD_CELL = r"[^\s]{1,10}"
_VERSION_HEAD_ROW = re.compile(
    rf"(?:^|(?<=[ \u3000]))(?:{_HEAD_CELL}\t){{0,3}}(?:{_OLD_HEAD}\t{_NEW_HEAD}|{_NEW_HEAD}\t{_OLD_HEAD})(?:\t{_HEAD_CELL}){{0,2}}"
    r"(?=[ \u3000]|$)"
)


# 「日程の変更  項目 当初 変更後 入札書の受付期間 令和9年1月18日…」: the same head with its cells one a line (a page's
# table copied cell by cell) or parted by spaces, run together: its cells one space or a few apart, a row of its own
# (「項目 当初の日程 変更後の日程」: each version's cell may name what it holds, 「の日程」「の期日」)
# (「項 目 変 更 前 変 更 後」: a head's cells spread letter by letter over their column's width, one space between two)
_LETTER_SPACED_OLD = "|".join(_SP.join(word) for word in BEFORE_CHANGE.split("|"))
_LETTER_SPACED_NEW = "|".join(_SP.join(word) for word in AFTER_CHANGE.split("|"))
_SPACED_VERSION_HEAD = re.compile(
    rf"(?<=[ \u3000])(?:[^\s\d(（:：]{_SP}){{0,3}}[^\s\d(（:：]{{1,6}}{_SP}{{1,3}}"
    rf"(?:{_OLD_HEAD}{VERSION_OF}{_SP}{{1,3}}{_NEW_HEAD}{VERSION_OF}|{_NEW_HEAD}{VERSION_OF}{_SP}{{1,3}}{_OLD_HEAD}{VERSION_OF}"
    rf"|(?P<spaced>{_LETTER_SPACED_OLD}|{_LETTER_SPACED_NEW}){_SP}{{1,3}}(?P<spaced_next>{_LETTER_SPACED_OLD}|{_LETTER_SPACED_NEW}))"
    # (the first row's words, or the item of the notice it changes, cited 「4(3)」)
    rf"(?P<end>{_SP}{{1,3}})(?=[^\s\d]|{_D}{{1,2}}[(（]{_D})"
)
# 「訂正します。 番号 資料名 頁 箇所 誤 正 1 実施要領 1 2(3)業務期間 …」: the same head of a 正誤表 whose rows are numbered,
# a few short names before its two versions' (no sentence's words: no 「。」, no quote), its first row's number after it
# and that row's first word (「誤 正 1 2 2 3」, a stacked table's heads over its rows' numbers, is ``stacked_column_rows``')
_SHORT_HEAD_NAME = r"[^\s\d(（:：。、「」]{1,6}"
_NUMBERED_VERSION_HEAD = re.compile(
    rf"(?<=[ \u3000]){_SHORT_HEAD_NAME}(?:{_SP}{{1,3}}{_SHORT_HEAD_NAME}){{0,4}}{_SP}{{1,3}}"
    rf"(?:{_OLD_HEAD}{_SP}{{1,3}}{_NEW_HEAD}|{_NEW_HEAD}{_SP}{{1,3}}{_OLD_HEAD})"
    rf"(?P<end>{_SP}{{1,3}})(?=[1１]{_SP}{{1,3}}[^\s\d])"
)


_CELL_GAP = re.compile(r"(?<=[^ ]) (?=[^ ])")
_CELLS_REACH = 2000  # characters of such a table, at most

# 「新旧対照表 公告第12号 の該当箇所 項 目 変 更 前 変 更 後」: the head's first cells, short words (one wrapped over two),
# between the table's title and the cells the head is told by; read back from the head (a few words, no sentence's)
_CELLS_AFTER_TITLE = re.compile(rf"[^\s。、]{{0,10}}(?:対照表|正誤表|一覧)(?P<cells>(?:{_SP}[^\s。、]{{1,12}}){{1,3}}){_SP}$")
_TITLE_REACH = 60  # characters of a title and those cells, at most


def _head_cells_before(line: str, start: int) -> list[int]:
    """Where the head's first cells begin, between a table's title and ``start`` (``_CELLS_AFTER_TITLE``); none
    without such a title."""
    begin = max(0, start - _TITLE_REACH)
    found = _CELLS_AFTER_TITLE.search(line, begin, start)
    if not found:
        return []
    return [gap.end() for gap in _SPACES.finditer(line, found.start("cells"), found.end("cells"))]


def spaced_version_head_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before and after each such head (``_SPACED_VERSION_HEAD``) that no tab parts; a head
    whose cells one space parts (each a line of its own, as written) has its table's cells each a line again, to the
    blank line under it."""
    if "\t" in line or ("前" not in line and "初" not in line and "旧" not in line and "誤" not in line):
        return points
    cuts = []
    done = 0  # (the cells up to here cut already: a table's stretch scanned once, whatever heads stand in it)
    ordered = sorted(points)  # (the items of the outline, looked up by where a table's cells run)
    heads = sorted([*_SPACED_VERSION_HEAD.finditer(line), *_NUMBERED_VERSION_HEAD.finditer(line)], key=lambda m: m.start())
    for match in heads:
        cuts += [match.start(), match.end("end")]
        if "  " not in match.group() and match.end() > done:
            end = line.find(BLANK_LINE, match.end(), match.end() + _CELLS_REACH)
            cuts += [end + len(BLANK_LINE)] if end > 0 else []  # (the words under the table's blank line no cell)
            end = end if end > 0 else min(len(line), match.end() + _CELLS_REACH)
            first = match.start()
            if "spaced" in match.re.groupindex and match.group("spaced"):  # (a head spread letter by letter: its cells
                # whole, each a line)
                cuts += [match.start("spaced"), match.start("spaced_next")]
                first = match.end("end")
            cuts += _head_cells_before(line, match.start())
            # (not after an item's marker of the outline going on under the table, 「3 その他」「(1) 上記以外の…」)
            # (a 正誤表's numbered rows are its cells: ``_NUMBERED_VERSION_HEAD``)
            within = (
                []
                if match.re is _NUMBERED_VERSION_HEAD
                else ordered[bisect.bisect_right(ordered, max(done, first)) : bisect.bisect_left(ordered, end)]
            )
            markers = [_MARKER.match(line, at) for at in within]
            marked = {at for found in markers if found for at in (found.end() - 1, found.end())}  # (the space after each)
            cuts += [gap.end() for gap in _CELL_GAP.finditer(line, max(done, first), end) if gap.start() not in marked]
            done = end
    return sorted({*points, *cuts}) if cuts else points


def version_head_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before the head of a table of the versions before and after a change
    (``_VERSION_HEAD_ROW``) run into the words before it (a line break read as a space), and after a head of the two
    versions alone (「改正後<TAB>改正前 第3 応募資格<TAB>…」), so its table is read under it."""
    if "\t" not in line or ("前" not in line and "旧" not in line and "誤" not in line and "初" not in line):
        return points
    cuts = []
    for match in _VERSION_HEAD_ROW.finditer(line):
        # (after a head of more cells, its table's rows are told with it: ``tab_rows``)
        ends = match.span() if match.group().count("\t") == 1 else (match.start(),)
        cuts += [at for at in ends if 0 < at < len(line) and line[at:].strip()]
    return sorted({*points, *cuts}) if cuts else points


# 「項目 | 参加申込 | 質問 | 開札 変更前 | 5月1日 | … 変更後 | 5月8日 | …」 (pipes with or without the edges, or tabs): a
# table keyed by rows of the versions before and after a change, its columns the steps, run together; a row each
_VERSION_ROW = first_characters_guarded(  # (as ``_ROW_UNCHANGED_END``: a look-behind first)
    re.compile(
        rf"(?:(?<=[|｜] )[|｜]{_SP}?|(?<=[^\s|｜] ))(?:{BEFORE_CHANGE}|{AFTER_CHANGE}){_SP}?[|｜\t]{_SP}?(?=(?:令和|平成|20)?{_D})"
    )
)

_VERSION_HEAD_REACH = 200  # characters between the blank line before such a table's head row and its first keyed row


def version_row_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before each row of a table keyed 「変更前」「変更後」 by rows (``_VERSION_ROW``)."""
    if ("前" not in line and "後" not in line) or ("|" not in line and "｜" not in line and "\t" not in line):
        return points
    cuts = []
    for match in _VERSION_ROW.finditer(line):
        start = match.start()
        cuts += [start] if start else []
        blank = line.rfind(BLANK_LINE, max(0, start - _VERSION_HEAD_REACH), start) if line[start] in "|｜" else -1
        if blank > 0 and line[blank + len(BLANK_LINE)] in "|｜":  # 「1 変更する日程  | 項目 | 参加申込 | …」: the head
            cuts.append(blank + len(BLANK_LINE))  # row after a blank line, the words above it no cell of it
    return sorted({*points, *cuts}) if cuts else points


# 「…スケジュール（令和9年5月26日時点） No.<TAB>項目<TAB>日付」: a sheet's head row opening with its row numbers' column,
# after a title (a sheet's row head 「No.」 is no word of a title)
_ROW_NUMBER_HEAD = re.compile(r"(?:No\.?|NO\.?|no\.|#|番号|項番|通番)\s?")
_ROW_NUMBER_HEAD_MAX = 6  # characters from the space before such a head to the first tab, at most


def _table_edges(line: str, run: list[int], bounds: tuple[int, int, int], period: int, offset: int, whole: bool) -> list[int]:
    """Where a tab-separated table begins and ends: its first row after the last space before its first tab
    (「選定スケジュール 日程\t内容」), its last row's end at a blank line (「引継ぎ期間  施設見学会・説明会」, in any notice:
    the words after it no cell's, 「基本協定の締結\t令和9年3月下旬  募集要項の配布」); in a notice put back in part (not
    ``whole``) only the first row of a table of the dates before and after a change, or of one after a sentence."""
    begin, end, head_end = bounds  # (``head_end``: where the first row ends)
    cuts = []
    if offset == period - 1:
        lead = line[max(begin, run[0] - _TAB_CELL) : run[0]]
        at = _row_break_in_cell(lead)
        start = run[0] - len(lead) + at
        # (and in any notice, a first row after a sentence's end: 「…受け付けます。 受付期限\t6月30日(水)正午まで」)
        if at > 0 and (whole or _CHANGE_HEAD.search(line, start, head_end) or lead.endswith("。 ", 0, at)):
            cuts.append(start)
    blank = line.find(BLANK_LINE, run[-1], min(end, run[-1] + _TAB_CELL))
    after = blank + len(BLANK_LINE)
    if blank != -1 and line[after : after + 1] not in ("", " "):
        cuts.append(after)
    elif (indent := _INDENTED.search(line, run[-1], min(end, run[-1] + _TAB_CELL))) and _after_break(line, indent.start()):
        cuts.append(indent.end())  # (or at the indent of the paragraph under it: 「指定の議決<TAB>11月議会<TAB> 　当初の…」)
    return cuts


def _begins_with(text: str, words: str) -> bool:
    """``text`` begins with ``words``, whole (a space or its end after them)."""
    return text.startswith(words) and text[len(words) : len(words) + 1] in ("", " ", "\u3000")


def _same_in_both_columns(cells: list[str], breaks: dict[int, int]) -> None:
    """The row breaks of a table of two columns whose right cell says the left one over, or begins with the same
    words (a 新旧対照表: 「第4 (略)\t第4 (略) 第5 参加申込\t第5 参加申込」, 「提出期限 10月6日\t提出期限 9月29日 企画提案書
    10月20日\t企画提案書 10月13日」): the next row's left cell is what the right cell after it says over (else begins
    with), where the last space would cut inside it (「第5 | 参加申込」); the last row's right cell as many words as its
    left one."""
    for j in range(len(cells) - 1):
        following, over, begins = cells[j + 1], -1, -1
        for _, end in _space_runs(cells[j]):
            left = cells[j][end:].strip(" \u3000")
            if not left:
                continue
            if _begins_with(following, left):
                over = end
            elif _begins_with(following, left.split()[0]):
                begins = end
        if over > 0 or begins > 0:
            breaks[j] = over if over > 0 else begins
    if len(cells) >= 2:  # the last: its right cell as many words as its left one, when it begins with the same
        words = cells[-2][breaks[len(cells) - 2] :].split()
        runs = [end for _, end in _space_runs(cells[-1])]
        if words and _begins_with(cells[-1], words[0]) and len(words) <= len(runs) and runs[len(words) - 1] < len(cells[-1]):
            breaks[len(cells) - 1] = runs[len(words) - 1]


# 「…2032/9/30 \t\t\t\t\t\t\t\t No.\t手続」: a sheet's empty row between two blocks (a title's rows, the schedule, a
# list of papers, each as wide as it is), its line breaks the spaces on either side
_EMPTY_ROW = re.compile(r"(?<= )\t{2,}(?= )")
_OPEN_ROWS = re.compile(r"(?<=[^ \t])\t \t")  # a row's empty last cell, a line break, the next one's empty first cell
# 「…WBS<TAB><TAB><TAB> 案件：…」「…社内確認<TAB><TAB><TAB><TAB> Q1<TAB>2027/01/13」: a sheet's row whose last cells are empty, its
# tabs then the space a line break became, the next row (or a title's line) opening with a word
_EMPTY_CELLS_END = re.compile(r"(?<=[^ \t])\t{2,} (?=[^ \t])")


def _empty_row(line: str, start: int, end: int) -> bool:
    """``line[start:end]`` is a sheet's empty row and the line break after it (``_EMPTY_ROW``)."""
    return (
        end - start >= 3
        and line[start - 1 : start] == " "
        and line[end - 1] == " "
        and line.count("\t", start, end) == end - start - 1
    )


def _lines_between_rows(cell: str, row: int) -> int:
    """Where, in the words between two tabs whose next row begins at ``row``, the lines between the two rows began: after
    a blank line (「30\t\t\t\t\t\t  2028年5月 日\t月\t…」: a month's heading and its weekdays' row after the last week of
    the month before, its last cells empty); -1 when no blank line stands before ``row``."""
    blank = cell.rfind(BLANK_LINE, 0, row)
    after = blank + len(BLANK_LINE)
    return after if blank >= 0 and cell[blank - 1 : blank] != " " and cell[after:row].strip() else -1


# 「…作成日\t2026/6/22 No.\t項目\t開始日\t…」: a numbered table's head row, its first cell 「No.」 (「番号」) after the space a
# line break became, its next cell a column's name (no digit): the row begins there, whatever the rows above it (a sheet's
# title rows run into the same tabs, a table wider than any period sought)
_NUMBER_HEAD = re.compile(r"(?:(?<= )|^)(?:No\.?|NO\.?|№|番号)$")
_HEAD_NAME = 20  # the most a head row's column name runs to


def _number_head(cells: list[str], j: int) -> int:
    """Where, in the ``j``-th of ``cells``, a numbered table's head row begins (``_NUMBER_HEAD``); -1 when none does."""
    head = _NUMBER_HEAD.search(cells[j], max(0, len(cells[j]) - 4)) if " " in cells[j] else None
    following = cells[j + 1] if j + 1 < len(cells) else ""
    return head.start() if head and following.strip() and len(following) <= _HEAD_NAME and not _DIGIT.search(following) else -1


_RAGGED_ROWS = 3  # rows of a table of uneven rows, at least


def _ragged_rows(cells: list[str]) -> list[int] | None:
    """The stretches between two tabs that hold a row break in a table whose rows are not all as wide, a cell spanning
    rows left out of the rows under its first (「項目<TAB>内容<TAB>日程等 公募開始<TAB>募集要項等の公表<TAB>8月3日 説明会<TAB>
    参加申込期限<TAB>8月7日午後5時30分 開催日時<TAB>8月12日午後2時 会場<TAB>…」): every stretch with a row break (``_row_break_in_cell``)
    ends a row, and every other is a short name with no digit (a row's label under a spanning cell); the rows so cut
    no wider than the first (the head) and not all as wide; None when the run is no such table."""
    breaks = [j for j, cell in enumerate(cells) if _row_break_in_cell(cell) > 0]
    ends = set(breaks)
    if len(breaks) < _RAGGED_ROWS or any(
        len(cell) > _HEAD_NAME or not cell.strip() or _DIGIT.search(cell) for j, cell in enumerate(cells) if j not in ends
    ):
        return None
    widths = [breaks[0] + 2] + [b - a + 1 for a, b in itertools.pairwise(breaks)]
    return breaks if max(widths) == widths[0] and min(widths) < widths[0] else None


# 「No,Step,Date,Notes 1,Publication,1-Sep-27,… on weekdays 2,Site tour,…」: a table's rows numbered 1, 2, 3 … in turn,
# each number after the space a line break became, every so many cells: the rows are told by their numbers also where
# the run of tabs goes on past the table (a sheet's notes under it, rows of another width) and no one period fits it whole
_COUNTED_ROW = re.compile(r"(?<= )[0-9]{1,3}$")
_COUNTED_ROWS = 3  # rows numbered in turn, at least


def _counted_rows(cells: list[str], columns: int) -> tuple[int, int, int] | None:
    """(period, first, last): the cells that end with the numbers of rows counting up by one, ``period`` cells apart
    (the longest such chain, ``_COUNTED_ROWS`` at least); None when there is none."""
    numbers = {}
    for j, cell in enumerate(cells):
        if cell[-1:].isdigit() and (number := _COUNTED_ROW.search(cell, max(0, len(cell) - 4))):
            numbers[j] = int(number.group())
    chains: dict[tuple[int, int], int] = {}  # (cell, period): the rows counted up to it
    best = None
    for j, number in numbers.items():
        for period in range(2, columns + 1):
            count = chains.get((j - period, period), 0) + 1 if numbers.get(j - period) == number - 1 else 1
            chains[j, period] = count
            if count >= _COUNTED_ROWS and (best is None or count > best[0]):
                best = (count, period, j)
    if best is None:
        return None
    count, period, last = best
    return period, last - (count - 1) * period, last


# 「…開札予定日時 1<TAB>令和7年度 …工事<TAB>…<TAB>令和07年09月29日 17時00分<TAB>… 2<TAB>令和7年度 …」「…(金) <TAB>(2) 現地
# 説明会<TAB>令和9年7月14日(水) 午後2時から<TAB>… <TAB>(3) 質問の受付期限<TAB>…」: a table whose rows are numbered in
# their first cell (a portal's list, a schedule's items), each row already cut at its number (an outline item's mark):
# the words between two such cuts are one row when the rows numbered before or after it in turn are as wide, its
# cells' own spaces (a name, a date and its time) no row breaks
def _numbered_row_spans(line: str, bounds: list[int]) -> set[tuple[int, int]]:
    """The stretches between two of ``bounds`` (sorted) that are one numbered row each (as above)."""
    rows = {}  # (begin, end): (style, number, tabs)
    for begin, end in itertools.pairwise(bounds):
        if not begin or line.find("\t", begin, end) < 0:
            continue
        match = _MARKER.match(line, begin)
        numbered = _marker_number(match) if match else None
        tabs = line.count("\t", begin, end)
        if numbered and 0 < tabs <= _MOST_COLUMNS:
            rows[begin, end] = (*numbered, tabs)
    ends = {end: (begin, end) for begin, end in rows}
    begins = {begin: (begin, end) for begin, end in rows}
    one_row = set()
    for (begin, end), (style, number, tabs) in rows.items():
        before, after = ends.get(begin), begins.get(end)
        if any(span and rows[span] == (style, number + step, tabs) for span, step in ((before, -1), (after, 1))):
            one_row.add((begin, end))
    return one_row


def tab_rows(line: str, points: list[int], edges: bool = False, columns: int = _MOST_COLUMNS) -> list[int]:
    """``points`` with the row breaks of the tab-separated tables run together between them: a table copied from
    a spreadsheet or a web page keeps its cells apart by tabs, and its rows were run together by a space
    (「日程\t内容 7月10日(月)\t公開 7月18日(火)\t締切」). A row has as many tabs as the others; it ended at the
    last space outside brackets of the stretch between its last tab and the next row's first (``_row_break_in_cell``).
    ``edges``: the table's first row and its end cut from the words around it too (``_table_edges``). An empty row
    between two blocks of a sheet is a line of its own, each block's rows sought apart."""
    if "\t" not in line:
        return points
    # (each block's rows sought apart; an empty row is two tabs at least: a line without two together, the most, has
    # none, not searched with the look behind tried at every place)
    empty = [match.span() for match in _EMPTY_ROW.finditer(line)] if "\t\t" in line else []
    cuts = [at + offset for span in empty for at, offset in zip(span, (0, 1))]  # (the row a line of its own, empty)
    # (a row ended with an empty cell, its tab at the line's end, and the next begins with one: 「受付開始\t \t\t2026/6/8」,
    # the space between the two tabs a line break)
    cuts += [match.end() - 1 for match in _OPEN_ROWS.finditer(line)] if "\t \t" in line else []
    ended = list(_EMPTY_CELLS_END.finditer(line)) if "\t\t " in line else []
    cuts += [match.end() for match in ended]
    # (a block's title under a block above it, a row of one cell and its empty ones 「…随時   (シート3:参考 事業全体工程
    # (予定))<TAB><TAB><TAB>」: a line break between it and the tab before it; the table below it, another width, its rows
    # sought apart)
    titles = [
        match.end()
        for match in ended
        if (tab := line.rfind("\t", max(0, match.start() - _TAB_CELL), match.start())) >= 0
        and " " in line[tab + 1 : match.start()]
    ]
    # (a rule drawn across the page ends a table: 「…開札予定日時\t2026/10/27 10:00 ──────── 添付ファイル ファイル名\t…」, a
    # table of two columns above it, one of three below, each's rows sought apart)
    rules = [at for span in _rule_spans(line) for at in span if 0 < at < len(line)]
    cuts += [at for at in rules if "\t" in line[max(0, at - _TAB_CELL) : at]]
    bounds = sorted({0, *points, *(at for span in empty for at in span), *rules, len(line)})
    stretches = list(itertools.pairwise(bounds))
    if titles:  # (the rows sought both ways: the title's row may be cut where the block above it ends, too)
        plain = set(stretches)
        stretches += [span for span in itertools.pairwise(sorted({*bounds, *titles})) if span not in plain]
    one_rows = _numbered_row_spans(line, bounds)  # (a row numbered in turn, cut at its number: no row break inside it)
    for begin, end in stretches:
        if line.find("\t", begin, end) < 0 or (begin, end) in one_rows:  # (a stretch without a tab: nothing to cut)
            continue
        tabs = [match.start() for match in _TAB.finditer(line, begin, end)]
        # (a head row opening with its row numbers' column, after a title: 「…時点） No.<TAB>項目」)
        before_head = line.rfind(" ", max(begin, tabs[0] - _ROW_NUMBER_HEAD_MAX), tabs[0])
        if before_head > begin and _ROW_NUMBER_HEAD.fullmatch(line, before_head + 1, tabs[0]):
            cuts.append(before_head + 1)
        runs: list[list[int]] = []
        for at in tabs:  # tabs close enough to be one table's
            if runs and at - runs[-1][-1] <= _TAB_CELL:
                runs[-1].append(at)
            else:
                runs.append([at])
        for run in runs:
            cells = [line[left + 1 : right] for left, right in zip(run, run[1:])]
            cuts += [run[j] + 1 + at for j in range(len(cells)) if (at := _number_head(cells, j)) >= 0]
            stamped = _stamped_rows(cells, columns)
            found = stamped or _row_period(cells, columns) or _sheet_period(cells) or _numbered_period(cells)
            # (a cell spanning rows, left out of the rows under its first: a row ends at each row break, no one period)
            if (
                not stamped
                and found
                and (ragged := _ragged_rows(cells))
                and ragged != list(range(found[1], len(cells), found[0]))
            ):
                cuts += [run[j] + 1 + _row_break_in_cell(cells[j]) for j in ragged]
                head = (begin, end, run[ragged[0]] + 1 + _row_break_in_cell(cells[ragged[0]]))
                cuts += _table_edges(line, run, head, ragged[0] + 1, ragged[0], edges)
                continue
            if stamped and (first := _NEXT_STAMP.search(line, max(begin, run[0] - 6), run[0])):
                cuts.append(first.start() + 1)  # (the log's first row at its time: 「2026/03/09(月) 09:12<TAB>…」 a day's head)
            open_end = found is None  # (a row ending before an empty first cell sought only where no period fits else,
            # or where it fits with fewer tabs a row: 「仕様書等の閲覧期間<TAB>1月17日～2月4日 <TAB>午前9時～午後5時 質問書の
            # 提出期限<TAB>…」, a two-column table's row whose value goes on in the row below, its first cell empty)
            if not stamped and found and found[0] > 1 and any(map(_open_end, cells)):
                fewer = _row_period(cells, found[0] - 1, open_end=True)
                open_end, found = (True, fewer) if fewer else (False, found)
            found = found or _row_period(cells, columns, open_end=True)
            if found is None and (counted := _counted_rows(cells, columns)):
                each, first, last = counted  # (each numbered row cut at its number, and the last one's end)
                cuts += [run[j] + 1 + len(cells[j]) - len(cells[j].rsplit(" ", 1)[1]) for j in range(first, last + 1, each)]
                if last + each < len(cells) and (at := _row_break_in_cell(cells[last + each])) > 0:
                    cuts.append(run[last + each] + 1 + at)
                continue
            if found is None:
                continue
            stretches = _row_stretches(cells, columns) if found[0] > 1 else []
            if _stretches_rule(stretches, found[0], cells):  # (the rows of each stretch one period fits)
                cuts += [
                    run[j] + 1 + _row_break_in_cell(cells[j])
                    for each, first, last in stretches
                    for j in range(first, last + 1, each)
                ]
                continue
            period, offset = found
            breaks = {j: _row_break(cells[j], open_end) for j in range(offset, len(cells), period)}
            if period == 1:
                _same_in_both_columns(cells, breaks)
            cuts += [run[j] + 1 + at for j, at in breaks.items()]
            cuts += [run[j] + 1 + at for j, row in breaks.items() if (at := _lines_between_rows(cells[j], row)) >= 0]
            cuts += _table_edges(line, run, (begin, end, run[offset] + 1 + breaks[offset]), period, offset, edges)
    return sorted({*points, *cuts})


# A month's calendar copied from a spreadsheet (read by ``normalize.calendar_grid_days``) whose weeks take more than one
# line each, run onto one line: 「2024年7月 日\t月\t…\t土 \t1\t2\t…\t6 \t【市】入札公告\t\t…\t【市】質問締切 17:00 \t【市】…」,
# a row of days then the lines of the week's events under them, a line's empty cells at its end left out (no row as
# wide as the next). Its lines are told by the days of a week in turn, the weekdays' row and the words before a tab a
# line break ended (``_open_end``); no line begins right after a tab.
_WEEKDAYS_HEAD = re.compile(r"[日月](?=\t[月火]\t[火水]\t[水木]\t[木金]\t[金土])")
_CALENDAR_REACH = 4000  # the most a month's grid runs to


def _day_number(word: str) -> int:
    return int(word) if word.isdigit() and len(word) <= 2 and 1 <= int(word) <= 31 else 0


def calendar_tab_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the lines of each tab-separated month's grid run together (none inside a cell's words that a
    tab ends or begins)."""
    if "\t" not in line or "\t火\t" not in line:
        return points
    cuts: list[int] = []
    spans: list[tuple[int, int]] = []
    for head in _WEEKDAYS_HEAD.finditer(line):
        if line[head.start() - 1 : head.start()] == " ":
            cuts.append(head.start())
            above = line.rfind(BLANK_LINE, max(0, head.start() - _ROW_GAP), head.start() - 1)
            if above > 0 and line[above - 1] != " " and line[above + 2 : head.start()].strip():
                cuts.append(above + len(BLANK_LINE))  # (the month's heading after a blank line: 「…  2024年7月 日\t月」)
        last_day = head.start() + len("日\t月\t火\t水\t木\t金\t")
        if line[last_day : last_day + 2] in ("土 ", "日 ") and line[last_day + 2 : last_day + 3] not in ("", " ", "\t"):
            cuts.append(last_day + 2)  # (the weekdays' row ends, the first week begins: 「土 1\t2」)
        if spans and head.start() < spans[-1][1]:
            continue  # (the next month's grid, read with the one before)
        tabs = [head.end()]
        while (at := line.find("\t", tabs[-1] + 1, tabs[-1] + 1 + _TAB_CELL)) >= 0 and at - head.start() < _CALENDAR_REACH:
            tabs.append(at)
        cells = [line[left + 1 : right] for left, right in zip(tabs, tabs[1:])]
        spans.append((head.start(), tabs[-1]))
        after = line.find(BLANK_LINE, tabs[-1], tabs[-1] + _TAB_CELL)  # (the grid's end: a blank line after its last tab)
        if after > 0 and line[after + 2 : after + 3] not in ("", " "):
            cuts.append(after + len(BLANK_LINE))
        days = 0  # (the day of the last cell, in a week's row)
        for j, cell in enumerate(cells):
            start = tabs[j] + 1
            if _open_end(cell) or cell == " ":  # (「31\t\t\t \t【社】…」: a line's empty cells at its end, a line break)
                cuts.append(start + len(cell))
            if (blank := _lines_between_rows(cell, len(cell))) >= 0:
                cuts.append(start + blank)  # (a blank line: a month's heading, the next week)
            words = cell.split(" ")  # (a quoted cell's day: 「"29 昭和の日" 30」)
            first, last = _day_number(words[0].lstrip('"')), _day_number(words[-1].rstrip('"'))
            if days and first == days + 1:
                days = first if len(words) == 1 else 0
                if len(words) > 1:
                    cuts.append(start + len(words[0]) + 1)  # (the week's last day, then its first event)
                continue
            days = 0
            if last and j + 1 < len(cells) and _day_number(cells[j + 1]) == last + 1:
                days = last
                if len(words) > 1:
                    cuts.append(start + len(cell) - len(words[-1]))  # (a week's first day after an event's words)
    if not spans:
        return points
    inside = [at for at in points if not any(begin < at <= end and line[at - 1] == "\t" for begin, end in spans)]
    return sorted({*inside, *cuts})


# a CSV export's rows run together (「No,項目,日時,備考 1,公告,令和8年6月1日（月）,市ホームページに掲載 2,質問書の提出期限,…」):
# a comma between two cells (none inside quotes, none of a number's thousands 「9,900,000円」)
_CSV_FIELD = re.compile(r'"(?:[^"]|"")*"|,(?<!\d,(?=\d{3}(?!\d)))')
_CSV_COMMAS = 6  # commas close together, at least, for a run of them to be a CSV's
# what stands, in the commas read as tabs, for a line break just before a comma (no cell's text ends with a space; the
# next row's first cell is empty): a control character, none of which a text keeps (``tenders.text.cleaning``)
_CSV_ROW_END = "\x1e"
_CSV_ROW_START = "\x1f"  # (the same for a line break before a row's first cell, an ID or a date: the cell before it ends a row)
_CSV_HEAD_NAME = re.compile(r"[^\s\d,][^\d,]{0,18}[^\s\d,]|[^\s\d,]")  # a head row's column name: short, no digit
_CSV_ROW_KEY = re.compile(r" (?=(?:[0-9]{4,}|[0-9]{4}-[0-9]{2}-[0-9]{2})$)")  # a row's first cell, an ID or a date, after a
# line break at the end of the words between two commas
_CSV_COLUMNS = 12  # the most columns a sheet exported as CSV has


def csv_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the row breaks of a CSV export run together, found as a tab-separated table's (``tab_rows``):
    its commas read as tabs, in the runs of commas a CSV's (most cells begin with no space: a sentence's comma, English
    or a Japanese sentence's, has one after it)."""
    if "\t" in line or line.count(",") < _CSV_COMMAS:
        return points
    fields = list(_CSV_FIELD.finditer(line))
    commas = [match.start() for match in fields if match.group() == ","]
    runs: list[list[int]] = []
    for at in commas:
        if runs and at - runs[-1][-1] <= _TAB_CELL:
            runs[-1].append(at)
        else:
            runs.append([at])
    tabbed = list(line)
    cells_quoted = [match.span() for match in fields if match.group() != ","]  # (in order, none over another)
    if line.count('","') >= _CSV_COMMAS:
        # 「…,"予定" "6","申込",…」: a row of quoted cells after another, one space between the last cell's closing quote
        # and the next row's first cell's opening one (a quote inside a cell is doubled), its line break
        points = sorted(
            {
                *points,
                *(start for (_, end), (start, _) in itertools.pairwise(cells_quoted) if start == end + 1 and line[end] == " "),
            }
        )
    quoted_starts = [start for start, _ in cells_quoted]
    quoted: set[tuple[int, int]] = set()
    columns = _CSV_COLUMNS
    for run in runs:
        cells = [line[left + 1 : right] for left, right in zip(run, run[1:])]
        if len(run) >= _CSV_COMMAS and sum(cell.startswith(" ") for cell in cells) * 2 <= len(cells):
            for at in run:
                tabbed[at] = "\t"
                if line[at - 1] == " " and line[at - 2] not in " ,":
                    tabbed[at - 1] = _CSV_ROW_END  # (a line break before the comma: the row ended with the cell)
            for j, (left, right) in enumerate(itertools.pairwise(run)):
                key = _CSV_ROW_KEY.search(line, left + 1, right)
                if key and line[left + 1 : key.start()].isascii() and line[key.start() - 1 : key.start()] > " ":
                    tabbed[key.start()] = _CSV_ROW_START  # (「…,Parent task 1206500000000101,…」: a head's last name,
                    # then the first row's key, an ID or a date, after the line break)
                    if all(_CSV_HEAD_NAME.fullmatch(name) for name in [*cells[:j], line[left + 1 : key.start()]]):
                        columns = max(columns, min(j + 1, _SHEET_COLUMNS))  # (a head row naming every column: the
                        # sheet as wide as it names, wider than most)
            # (the quoted cells starting within a cell's reach of the run, found by bisection: each run reads its own)
            first = bisect.bisect_right(quoted_starts, run[0] - _TAB_CELL)
            last = bisect.bisect_left(quoted_starts, run[-1] + _TAB_CELL)
            quoted.update(cells_quoted[first:last])
    if "\t" not in tabbed:
        return points
    # no line begun inside a quoted cell: a mark after its line break (「"オンライン ※参加は任意"」) is the cell's
    spans = sorted(quoted)
    starts = [start for start, _ in spans]

    def inside(point: int) -> bool:
        at = bisect.bisect_left(starts, point) - 1  # (the last quoted cell starting before the point)
        return at >= 0 and point < spans[at][1]

    return tab_rows("".join(tabbed), [point for point in points if not inside(point)], columns=columns)


# the key of a row 「公告日 ……… 5月15日」「提出期限：6月5日」: a leader, a bar, or a colon that is no clock's
# (「[…‥]+|・{3,}|[.．]{3,}|[│┃｜]|(?<![0-9０-９])[:：]」 written to begin with one class of characters, which a
# regex skips to fast)
_KEY = re.compile(
    r"[…‥・.．│┃｜:：](?:(?<=[…‥])[…‥]*|(?<=・)・{2,}|(?<=[.．])[.．]{2,}|(?<=[│┃｜])|(?<=[:：])(?<![0-9０-９].)"
    r"|(?<=[A-Za-z)] \.)\.?(?= [A-Z0-9]))"  # (an English label that filled its column: 「Deadline for requests . Friday」)
)
_KEY_LABEL = 30  # the most a row's key runs to
_EN_KEY_LABEL = 60  # the same in English, whose words take more letters (「Answers posted on the University website」)
_EN_ITEM_LABEL = 120  # the same for an English list's item after its marker (a notice's long 「Time-limit for …」)


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


# a word in small letters that joins no name (「visit」「registration」, not 「of」「and」): a key in sentence case goes on
_SMALL_WORD = re.compile(r" (?!(?:of|for|and|the|a|an|to|on|in|at|by|with)\b)[a-z]")
_WORD_END_MARK = re.compile(r"[.,;:)\]]$")  # 「Ltd.」「survey,」「applies)」: a value's last word, no key's


def _english_key_start(gap: str) -> int:
    """Where, in the English words between two colon keys (the value of one, the key of the next), the next key begins
    (「… from the e-procurement portal Site visit registration」「… Port of Shiokaze Delivery & installation」): at the last
    capitalised word (no month's or weekday's name) with words in small letters after it, a key in sentence case; else
    at the shortest run of capitalised words at the end that names a step (「… South Basin Closing Date」), or the last
    word; -1 when no capitalised word follows a space, or the key is a bracket's (「… Questions and Answers (PDF: 150KB)」)."""
    if _inside_brackets(gap, len(gap)):
        return -1
    near = max(0, len(gap) - _EN_KEY_LABEL - 1)  # (a key is no longer: only the gap's end is looked at)
    words = gap[near:]
    starts = [near + m.end() for m in _ENGLISH_ROW_WORD.finditer(words) if not _inside_brackets(words, m.end())]
    if not starts:
        return -1
    if _SMALL_WORD.search(gap, starts[-1]):
        return starts[-1]
    run = [starts[-1]]  # (the capitalised words at the end, one space apart, the value's marks ending none)
    for at in reversed(starts[:-1]):
        between = gap[at : run[-1]]
        if "  " in between or _WORD_END_MARK.search(between.rstrip()) or _SMALL_WORD.search(between):
            break
        run.append(at)
    return next((at for at in run if L.kind_of(gap[at:])), starts[-1])


def _row_start(gap: str, leader: bool) -> int:
    """Where, in the words between two keys (the value of one, the label of the next), the next row begins: for
    a colon at the last space outside brackets (a key has no space; an English key's words from its first,
    ``_english_key_start``), for a leader at the widest such space, the
    first after the value's last digit among equals; -1 when none."""
    runs = [(start, end) for start, end in _space_runs(gap) if 0 < start and end < len(gap)]
    if not runs:
        return -1
    digit = max((match.end() for match in _DIGIT.finditer(gap)), default=0)
    if not leader:
        key = _english_key_start(gap) if gap.isascii() else -1
        if key > 0:  # 「… portal Site visit registration:」: an English key of several words, run on after a value
            return key
        if gap.isascii() and digit:  # 「Posted: April 26, 2027   Page last revised:」: an English key of several words
            # after its value's wide gap, naming no step (not a date-first row's label before the next key:
            # 「17:00        Deadline for proposals Contact:」); words longer than a key's are no row's (no cut)
            gaps = [end for start, end in runs if start >= digit and end - start >= 2]
            if gaps and (len(gap) - gaps[-1] > _EN_KEY_LABEL or L.kind_of(gap[gaps[-1] :]) in (None, "published")):
                return gaps[-1]
        return runs[-1][1]
    if gap.isascii():  # (English: one space between a label's words, a cell's gap wider, the widest an indent)
        gaps = [end for start, end in runs if start >= digit and end - start >= 2]
        if gaps:
            return gaps[-1]
    if not any(end - start >= 2 for start, end in runs) and not _JAPANESE_WORD.search(gap):
        label = _en_label_after_date(gap)  # (English, no gap wider than a word's: the line break a space, the next
        if label > 0:  # label right after the value's date; 「Tue 29 Jun – Wed 30 Jun」 its dash no ASCII)
            return label
    widest = max(end - start for start, end in runs)
    wide = [(start, end) for start, end in runs if end - start == widest]
    return next((end for start, end in wide if start >= digit), wide[-1][1])


# what may follow a value's date before the next row's label: its time zone, a remark in brackets (「Mon 24 May, 17:00
# JST (e-mail only)」)
_EN_VALUE_TAIL = re.compile(r"(?:,? ?(?:\((?:[A-Z]{2,4}|[^()]{1,40})\)|(?:JST|UTC|GMT|[A-Z]{1,2}[SD]T|CES?T)\b) ?)*")


def _en_label_after_date(gap: str) -> int:
    """Where, in the English words between two leaders run onto one line (「… Mon 10 May Briefing session (today)
    ....」), the next row's label begins: at the capitalised word right after the value's last date, its time zone
    and a remark in brackets after it; -1 when no date ends the value or a word in small letters follows it."""
    mentions = find_mentions(gap)
    if not mentions:
        return -1
    at = _EN_VALUE_TAIL.match(gap, mentions[-1].end).end()
    at += len(gap[at:]) - len(gap[at:].lstrip(" "))
    return at if 0 < at < len(gap) and gap[at].isupper() and gap[at - 1] == " " else -1


def _term_over_keys(gap: str, start: int) -> int:
    """Where, in the words between two English keys, a definition list's term begins (「17:00 (JST)  Online information
    session (optional)     Date:」): a step's name alone on its line, a blank line (``BLANK_LINE``) above it and its first
    key indented under it (the key's row at ``start``, after a line break and its indent); -1 for none."""
    before = gap[:start].rstrip()
    if start - len(before) < 3:  # (the key's line indented: its line break and three spaces or more)
        return -1
    runs = [(begin, end) for begin, end in _space_runs(before) if end - begin >= 2]
    if not runs or runs[-1][1] - runs[-1][0] != len(BLANK_LINE):
        return -1
    term = before[runs[-1][1] :]
    return runs[-1][1] if len(term) <= _EN_KEY_LABEL and "." not in term and L.kind_of(term) else -1


# 「1. Deadline for submission of proposals (Section 7.1)    Original:  12 June 2026    Amended:  19 June 2026」: an
# English item's heading over a block of keyed rows indented under it, run together; the block's first key begins its
# line after the line break and indent before it (three spaces or more), the heading left on the line above it
_INDENTED_KEY = re.compile(r"(?<=[^ ]) {3,}(?P<key>[A-Z][A-Za-z'/&-]*(?: [A-Za-z'/&()-]+){0,3})$")


def _indented_first_key(line: str, begin: int, end: int) -> int:
    """Where the first key of a block of English keyed rows begins its line, the key (``end`` its colon) after an
    indent (``_INDENTED_KEY``) and words before it in the piece from ``begin``; 0 for none."""
    lead = line[max(begin, end - _EN_KEY_LABEL - 8) : end]
    if not lead.isascii():
        return 0
    match = _INDENTED_KEY.search(lead)
    return end - len(lead) + match.start("key") if match else 0


# 「１｜…か。｜…します。 ｜｜(1) 日時　令和８年…」: a table drawn with full-width bars and no outer ones (a sheet of
# questions and answers), an answer going on in the rows below with their first cells empty, run onto one line: the
# space before the two bars is such a row's line break, and the one before the next row's number and its bar (「… ５｜…」)
# (its head 「No.｜質問｜回答」 a line of its own too)
_EMPTY_CELLS_ROW = re.compile(r"(?<=[^\s｜]) {1,2}(?=｜｜[^\s｜]|(?:[0-9０-９]{1,3}|No\.?|NO\.?|№|番号)｜[^\s｜])")
_BAR_TABLE_BARS = 6  # full-width bars of such a table, at least


def empty_cells_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with a line begun at each row of such a table that opens with its empty cells (``_EMPTY_CELLS_ROW``)."""
    if " ｜｜" not in line or line.count("｜") < _BAR_TABLE_BARS:
        return points
    return sorted({*points, *(match.end() for match in _EMPTY_CELLS_ROW.finditer(line))})


def key_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the row breaks of keyed rows run together between them: 「公告日 …… R8.5.15(金) 質問締切 ……
    8.5.22(金) 17:00」「業務名：… 委託期間：契約日から3月15日まで」, where a row began with the label of each key."""
    cuts: list[int] = []
    bounds = sorted({0, *points, len(line)})
    piece = 0
    previous: re.Match | None = None
    first_key = -1
    for key in _KEY.finditer(line):
        while key.start() >= bounds[piece + 1]:
            piece += 1
            previous = None
        first = previous is not None and previous.start() == first_key  # (``previous`` the piece's first key)
        if previous is None:
            first_key = key.start()
        if key.group() == "｜" and line.startswith("｜", bounds[piece]):
            continue  # a cell's bar in a row of a table drawn with full-width bars (``markdown_rows``), no key's
        if previous is not None and (key.group()[0] in ":：") == (previous.group()[0] in ":："):
            gap = line[previous.end() : key.start()]
            leader = key.group()[0] not in ":："
            start = _row_start(gap, leader)
            if start > 0 and not leader and "ate" in gap and (opener := _EN_DATE_OPENER.search(gap, 0, start)):
                start = opener.start()  # 「Reference: JORTP/EOI/11 Date of publication: 6 September」: the key whole
            item = None
            if start > 0 and not leader and ("- " in gap or "• " in gap or ") " in gap) and gap.isascii():
                # 「… 3 Aug 2026 - Registration for the online Q&A session: by noon」「… 2027. (4) Time-limit for the
                # submission of documents certifying …: 5:00 p.m.」: an English list's item, whose key has spaces,
                # starts at its marker (the last one before the key)
                items = list(_EN_ITEM_MARK.finditer(gap, max(0, len(gap) - _EN_ITEM_LABEL)))
                item = items[-1] if items else None
                if item is not None:
                    start = item.start() + 1
            label = gap[start:]
            if (
                start > 0
                and len(label) <= (_EN_ITEM_LABEL if item else _EN_KEY_LABEL if leader and label.isascii() else _KEY_LABEL)
                and "。" not in label
            ):
                cuts.append(previous.end() + start)
                term = _term_over_keys(gap, start) if not leader and gap.isascii() else -1
                if term > 0:
                    cuts.append(previous.end() + term)
                elif first and not leader and (indented := _indented_first_key(line, bounds[piece], previous.start())):
                    cuts.append(indented)
        elif previous is None and key.group()[0] not in ":：":
            cuts += _first_english_key(line, max(bounds[piece], key.start() - _EN_KEY_LABEL - 8), key.start())
        elif previous is None and key.group() == ":" and (item := _first_item_after_heading(line, bounds[piece], key.start())):
            cuts.append(item)  # 「3. OUR INTERNAL PLAN (proposal)   - Wed 6 Oct 2027, 09:00 CEST: Bid/No-Bid call」
        elif previous is None and key.group() == ":" and "ate" in line[max(0, key.start() - 40) : key.start()]:
            # 「… Conference Bids  Date of announcement: 1 September 2026」: a notice's own date keyed after its heading
            first = _first_english_key(line, max(bounds[piece], key.start() - _EN_KEY_LABEL - 8), key.start())
            first = first or _date_key_after_wide_space(line, max(bounds[piece], key.start() - _EN_KEY_LABEL - 8), key.start())
            keyed = [at for at in first if _EN_DATE_KEY.fullmatch(line, at, key.start())]
            cuts += keyed
            for at in keyed:  # (「…Shirakumo City.  Key dates  Call opens     Date:」: the term over the list's first key)
                term = _term_over_keys(line[bounds[piece] : key.start()], at - bounds[piece])
                cuts += [bounds[piece] + term] if term > 0 else []
        previous = key
    return sorted({*points, *cuts})


# 「Date of announcement」「Date of issue」「Notice date」「Date of public notice」: the key of a notice's own date
# 「Date of」「Expected date of」: the first words of an English date's key, its noun after a space (the key's row
# starts at them, not at its last word)
_EN_DATE_OPENER = re.compile(r"(?<![^\s])(?i:date)\s(?i:of)\s$")
# 「 - Deadline for questions」「 (b) Briefing on the Specifications」「 (4) Time-limit for tender」: an English list item's marker
_EN_ITEM_MARK = re.compile(r"\s(?:[-•]|\((?:[a-z]|\d{1,2})\))\s(?=[A-Z])")
_EN_DATE_KEY = re.compile(r"(?i:date(?:\sof\s[a-z ]{2,30}?)?|(?:[a-z]+\s){1,2}date)\s{0,2}")


_EN_ITEM_AFTER_WIDE = re.compile(r"(?<=\S)\s{2,8}(?=[-•]\s[A-Z0-9])")  # a list's marker after a wide space (a line break)


def _first_item_after_heading(line: str, begin: int, end: int) -> int:
    """Where an English list's first item began, its key ending at ``end``, when the heading over the list ran on before
    its marker (「3. OUR INTERNAL PLAN (proposal)   - Wed 6 Oct 2027, 09:00 CEST: …」); 0 when no marker follows a wide
    space there."""
    gap = line[max(begin, end - _EN_ITEM_LABEL) : end]
    if "- " not in gap and "• " not in gap or not gap.isascii():
        return 0
    marks = list(_EN_ITEM_AFTER_WIDE.finditer(gap))
    return end - len(gap) + marks[-1].end() if marks else 0


def _first_english_key(line: str, begin: int, end: int) -> list[int]:
    """Where the first row of an English schedule with leaders began, when a heading or a sentence ran on before its
    label (「3. Schedule   Announcement ........ 01/06/2027」「… method.    Date of issue of this Request ..... 17th May」):
    after the last wide space before its leader."""
    before = line[begin:end]
    if not before.isascii():
        return []
    gaps = [match.end() for match in SPACE_PARTED_CELLS.finditer(before.rstrip())]
    if not gaps or _DIGIT.search(before, gaps[-1]):
        return []
    return [begin + gaps[-1]]


def _date_key_after_wide_space(line: str, begin: int, end: int) -> list[int]:
    """Where a notice's own English date key began after a heading in Japanese run on before it
    (「入札公告の一部変更について(第1号)  Date of issue: 16 February 2027」): after the last wide space before the
    key, the key's words in ASCII; [] for none (``_first_english_key`` reads the rest)."""
    gaps = [match.end() for match in SPACE_PARTED_CELLS.finditer(line, begin, end)]
    return [gaps[-1]] if gaps and gaps[-1] < end and line[gaps[-1] : end].isascii() else []


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
# a heading over a schedule's dates and steps (「選定スケジュール」「【日程】」「提案までの流れ」「手続フロー(概要)」「■日程：」)
_TIMELINE_HEAD = re.compile(
    r"(?:日程|日程表|スケジュール|予定|予定表|工程|流れ|フロー)(?:[(（][^()（）]{1,6}[)）])?[)）】］:：]?$"
)
_SCHEDULE_HEAD = re.compile(r"(?:日程|スケジュール|内容|予定|工程|日時|期日|項目)[)）】]?$")
# An English schedule's step before its first date (「Activity  Date  Time ---- Issuance of RFP 10/04/2027」「Stage Date
# Publication of ITT Monday 15 February 2027」「Announcement ........ 01/06/2027」): the words after the table's head or the
# heading, a step's label when they name one (an English label is read whole, never by its last word)
_EN_HEAD_WORD = re.compile(
    r"(?i:.*(?:\b(?:schedule|time-?line|time-?table|key\sdates|dates?|time|stage|steps?|activity|activities|events?|milestones?)"
    r"(?:\s?\([^()]{0,30}\))?|[.:;]\s|\s{2}|-{3,}|={3,}))"
)
_EN_VERBS = r"is|are|was|were|will|shall|must|may|can|be|been"  # a sentence's words, no label's
_EN_VERB = re.compile(rf"(?i:\b(?:{_EN_VERBS})\b)")
# (a word of its own: not the end of 「Contract execution」)
_EN_LEADER = re.compile(r"(?:\.{3,}|…+)?\s*(?:(?<![A-Za-z])(?i:no\slater\sthan|by|until|on|from|before))?\s*$")
_EN_CLOCK_AFTER = re.compile(r"(?:[AaPp]\.?\s?[Mm](?![a-z])\.?|noon\b|\(?[A-Z]{2,4}(?:[+-]\d{1,2})?\)|[A-Z]{3}\b)")


# 「… on this page by Wednesday 1 July 2026.  Applications will be accepted from Monday 15 June until …」: an English
# sentence ended after a date and the next one begun, its verb before the next date (prose, no row's short label)
# (「… (Kuretake, November 2027). We expect to publish the RFQ in the week of 16 Aug」: the next sentence opened by its
# subject, a person's pronoun, whatever its verb; no row's label begins so)
_EN_SENTENCE_GAP = re.compile(
    rf"\.\s{{1,3}}(?:[A-Z][^.]{{0,50}}?\b(?:{_EN_VERBS})\b|(?:We|You|They|I)\s[a-z])"
)  # (the verb as written, lower case)


_SPACED_ROW = 4 * _ROW_GAP  # the most a row of a table spaced into columns runs to between two dates, its spaces counted
_COLUMN_SPACES = re.compile(" {3,}")  # a column's gap (or a line break and the next line's indent) in a spaced table
_DATE_CELL = 8  # the most a cell between a date and its step runs to (its weekday, its time)
_CELLS_AFTER_STEP = 2  # cells after a row's step, at most (its place, its means)
_EN_ROW_GAP = 2 * _ROW_GAP  # the same as ``_ROW_GAP`` in English, whose words take more letters (as ``_EN_KEY_LABEL``)
_PROSE_OR_BOX = re.compile("[、。「」\u2500-\u257f|｜]")


def _spaced_row(gap: str, english: bool = False) -> str | None:
    """How the words between two dates part two rows of a table spaced into columns run onto one line, its cells' words
    short though the columns' spaces are wide, longer than a row's (``_ROW_GAP``) only by them (each run of three
    spaces or more counted as one): "date" where the rows are written date first (the date's short cells, its weekday and
    time, its step, a further cell or two after it that name no step: 「11月15日   月      公告(…)      市ホームページ
    11月22日」), "label" where they are written label first (the date's further cells, none a step, then the next
    row's step: 「9月18日   閲覧室及び市ホームページ   資格確認結果の通知   9月16日」); None when they are no such row.
    In English only "label", and only with ``english`` (the table's first row named its step before its date: 「Deadline
    for questions   20 Aug 2027 (Fri) 17:00   …」); the time after a date of a table written date first (「12:00 noon
    Deadline for registration」) and an English step's date words (「Contract execution   On or about」) read alike."""
    # (a sentence's words or a box drawn around the cells: prose, or a table ``box_rows`` reads)
    if len(gap) > _SPACED_ROW or _PROSE_OR_BOX.search(gap) or (gap.isascii() and not english):
        return None
    cells = _COLUMN_SPACES.split(gap.strip())
    most = _EN_ROW_GAP if english else _ROW_GAP
    if len(cells) < 2 or len(cells) > _CELLS_AFTER_STEP + 2 or len(_COLUMN_SPACES.sub(" ", gap)) > most:
        return None
    if english:  # (the next row's step last, the remarks under this row's date before it, whatever they name)
        return "label" if len(cells) <= _CELLS_AFTER_STEP + 1 and _names_step(cells[-1]) else None
    step = next((i for i, cell in enumerate(cells) if _names_step(cell)), None)
    if step is None or cells[step].isascii():
        return None
    if step == len(cells) - 1:
        return "label" if len(cells) <= _CELLS_AFTER_STEP + 1 else None
    # (「―   役場2階 小会議室   結果の通知   ―」: a row whose place came before its step, no row written date first)
    if len(cells) - step > _CELLS_AFTER_STEP + 1 or any(len(cell) > _DATE_CELL for cell in cells[:step]):
        return None
    return None if any(_names_step(cell) or _STATUS_CELL.match(cell + " ") for cell in cells[step + 1 :]) else "date"


def _row_gap_long(gap: str, english: bool = False) -> bool:
    """The words between two dates run longer than a row's, and they are no row of a table spaced into columns."""
    return len(gap) > _ROW_GAP and _spaced_row(gap, english) is None


def _label_cell(gap: str) -> int:
    """Where the last cell of ``gap`` begins: after its last run of three spaces or more."""
    words = gap.rstrip()
    at = words.rfind("   ")
    return at + 3 if at >= 0 else len(words) - len(words.split()[-1])


def _names_step(cell: str) -> bool:
    """A table's cell names a step (its last word a step's label, or one that asks for a date; an English cell read
    whole, no sentence's words: 「Deadline for questions」, not 「apply by e-mail one working day in advance」)."""
    if cell.isascii():
        return not cell.endswith(".") and not _EN_VERB.search(cell) and bool(L.kind_of(cell))
    last = cell.split()[-1]
    return bool(L.kind_of(last) or _ASKS_FOR_DATE.search(last))


def _year_cell_start(gap: str, start: int) -> int:
    """Where the row of a date at ``start`` begins, ``gap`` the words before it: at the year in a cell of its own
    before it (「…持参に限る  令和10年  1月12日」: a table's year column, set only where the year turns), else at
    the date."""
    if not gap.endswith("  "):
        return start
    year = _YEAR_ALONE.search(gap, len(gap) - _ROW_GAP if len(gap) > _ROW_GAP else 0)
    return start - len(gap) + year.start() if year and gap[: year.start()].endswith("  ") else start


_VERSION_DAY_AFTER = re.compile(r"\s{0,2}(?:公表|公告|公示|掲載|発表|作成|配布)(?:時点|当時|時)[)）]")


def _date_runs(line: str, mentions: list) -> list[list[tuple[int, int]]]:
    """The schedules run together in ``line``: runs of three or more dates (a window's two ends as
    one) with only a short label between two of them, no sentence."""
    runs: list[list[tuple[int, int]]] = [[]]
    labelled = False  # an English step named before the run's first date: a table written label first
    for mention in mentions:
        if mention.start and line[mention.start - 1] in "(（" and _VERSION_DAY_AFTER.match(line, mention.end):
            continue  # 「(参考)当初の募集日程(令和2年3月23日公表時) 募集要項の配布 令和2年3月23日(月)から …」: the heading's
            # day of the version it gives, no row's date
        run = runs[-1]
        gap = line[run[-1][1] : mention.start] if run else ""
        if run and gap.strip() in ("", "~", "から"):
            run[-1] = (run[-1][0], mention.end)  # a window's end, or a date and its time: the same row
            continue
        if run and ("。" in gap or _row_gap_long(gap, labelled) or ("." in gap and _EN_SENTENCE_GAP.search(gap))):
            runs.append([])
        if not runs[-1]:
            _, named, english = _step_before(line[max(0, mention.start - _ROW_GAP) : mention.start])
            labelled = named and english
        runs[-1].append((mention.start, mention.end))
    return [run for run in runs if len(run) >= 3]


# 「同左」「変更なし」「訂正なし」「従前のとおり」「(変更なし)」「【変更】」「【更新】」「(開催済み)」「―」 (as extract's ``UNCHANGED_CELL`` reads them): a cell after a date in a table of a change, that the date is
# unchanged, changed or past; a cell of its row (then a space), no label of the next
_STATUS_CELL = re.compile(
    r"(?:同左|同右|同上|変更なし|変更無し|訂正なし|訂正無し|従前のとおり|[〃―－‐—−–-]"
    r"|[(（【\[](?:変更なし|変更無し|訂正なし|訂正無し|変更|訂正|更新|新設|追加|同左|[^()（）【】\[\]\s]{0,4}済み?)[)）】\]])"
    r"(?=[ \u3000])"
)


def _date_first(gaps: list[str]) -> bool:
    """The rows run together are written date first though a step's label stands before the first date (the label of
    a row whose date came before the run, a long cell between them: 「2026-04-17 (Fri) 17:00        Q&A period (…)
    2026-04-22 (Wed)        Consolidated Q&A sheet published   2026-04-24 …」): after each date's value, the column's
    gap, wider than the line break and its indent before the next date."""
    if len(gaps) < 2:
        return False
    for gap in gaps:
        if not gap.strip() or _BOX_DRAWING.search(gap):  # (a flowchart's arrows between its steps: no table's rows)
            return False
        runs = [(start, end) for start, end in _space_runs(gap) if end < len(gap)]
        first = next(
            (i for i, (_, end) in enumerate(runs) if gap[end] not in "([【" and gap[end:].split()[0] not in _DATE_WORDS), None
        )
        before = len(gap) - len(gap.rstrip())
        # (the label's words one space apart: no further cell, a row's means 「電子メール」, between the date and it)
        if first is None or not before or runs[first][1] - runs[first][0] <= max(before, 2):
            return False
        if any(end - start > 1 for start, end in runs[first + 1 :]):
            return False
    return True


def _steps_end_gaps(gaps: list[str], tail: str) -> bool:
    """The rows run together are written label first though no step's label stands right before the first date (a year
    in a cell of its own, 「入札説明書の交付 令和8年 8月3日(月)から」; a part of the step's period, 「… 提出期間 開始
    令和元年9月2日」): most words between two dates end in a step's label after a further cell of the row above (its
    place or means, 「… 午後5時まで 電子入札システム又はFAX 質問に対する回答」), and the words after the last date
    (its time, its place) name no step, as a table's last row written date first would."""
    if any("   " in gap for gap in gaps):  # (a table spaced into columns: ``_spaced_row`` reads its rows)
        return False
    words = [word for word in tail.split()[:4] if word not in _DATE_WORDS and not _CLOCK.match(word)]
    if not words or any(_names_step(word) or _STATUS_CELL.match(word + " ") for word in words[:2]):
        return False
    ended = stepped = 0
    for gap in gaps:
        words = [word for word in gap.split() if word not in _DATE_WORDS]
        if any(_names_step(word) for word in words):  # (else a row's own further date: 「開始 … 終了 …」)
            stepped += 1
            ended += len(words) >= 2 and _names_step(words[-1])
    return ended >= 2 and ended * 2 > stepped


def _headed_steps(last: str, tail: str) -> bool:
    """A schedule's heading stands right before its first date (「公募スケジュール」「日程」) and the words after its last
    date, up to where its line ended, name a step (「… R9年1月 契約締結(予定)」): its rows written date first, a date
    over its step, though the steps are deadlines (「質問〆切」「参加表明書 提出期限」) whose words would key a date."""
    if not _TIMELINE_HEAD.search(last):
        return False
    step = SPACE_PARTED_CELLS.split(tail.lstrip(), 1)[0].strip()
    words = [word for word in step.split() if word not in _DATE_WORDS and not _CLOCK.match(word)]
    return bool(words) and step == " ".join(words) and _names_step(step)


def _run_rows(line: str, run: list[tuple[int, int]], date_first_only: bool = False) -> list[int]:
    """Where the rows of a schedule run together began: before each date when it is written date first (no step's
    label before its first date, but a heading or a year: 「スケジュール 4月24日 公表 5月8日 質問受付」), else after
    each date's value, at the first space outside brackets (「公表　　6月3日 　質問期限　　6月12日」); an English step
    before the first date is read whole (「Activity Date Issuance of RFP 10/04/2027 (Mon) Pre-proposal conference …」),
    and its time after the date stays in its row (「10/12/2027 (Tue)   10:00 AM (PHT)   Deadline for …」)."""
    lead = line[max(0, run[0][0] - _ROW_GAP) : run[0][0]]
    last, named, english = _step_before(lead)
    gaps = [line[a_end:b_start] for (_, a_end), (b_start, _) in zip(run, run[1:])]
    tail = line[run[-1][1] : run[-1][1] + _ROW_GAP]  # the last row's value and what follows it
    cuts = []
    keyed = sum(bool(_ASKS_FOR_DATE.search(gap.rstrip())) for gap in gaps)
    # (a gap longer than a row's joined the run: the rows of a table spaced into columns written date first, the
    # words before its first date the last cell of the row above, ``_row_gap_long``)
    spaced = any(len(gap) > _ROW_GAP and _spaced_row(gap) == "date" for gap in gaps)
    # (a heading, a year: no step's label before the first date)
    unnamed = not named and not _steps_end_gaps(gaps, tail)
    if date_first_only and not (unnamed and _headed_steps(last, tail)):
        return []  # (read across bullets: only a schedule under its heading, a step after its last date, ``_headed_steps``)
    # (read across bullets, the run is under its heading already: ``_headed_steps`` not asked twice)
    if (unnamed or spaced or _date_first(gaps)) and (
        keyed * 2 <= len(gaps) or date_first_only or (unnamed and _headed_steps(last, tail))
    ):
        if lead[-1:].isspace():
            cuts.append(run[0][0])
            year = _YEAR_ALONE.search(lead)  # 「選定スケジュール 2027年(令和9年) 7月5日」: the year stood on a line of its own
            if year:
                cuts.append(run[0][0] - len(lead) + year.start())
        for gap, (b_start, _) in zip(gaps, run[1:]):
            if gap[-1:].isspace() and gap.strip():
                cuts.append(_year_cell_start(gap, b_start))
        wide = [
            end
            for start, end in _space_runs(tail)
            if end - start >= 2 and tail[:start].strip() not in _DATE_WORDS and not _EN_DAILY.fullmatch(tail[:start].strip())
        ]
        if wide:  # the last row's step ends where a blank line stood (「… 事業契約の締結  質問の提出について」)
            cuts.append(run[-1][1] + wide[0])
        return cuts
    if date_first_only or not lead[-1:].isspace() or len(last) > 20:
        return []
    if BLANK_LINE in lead and (row := _head_row_end(head := lead.rsplit(BLANK_LINE, 1)[-1])):
        # (the first row's label after the table's head row, its cells one a line: the head a line of its own)
        cuts.append(run[0][0] - len(head) + row)
    label = lead.rstrip().rfind(last)
    two_columns = all(len([word for word in gap.split() if word not in _DATE_WORDS]) == 1 for gap in gaps)
    if two_columns and lead.endswith("   ", 0, label) and lead[:label].strip():
        # (「2 変更のない日程(参考)   参加申込書の提出期限    10月15日」: the first row's label after a line break and its
        # indent of two spaces, in a table of a label and a date a row)
        cuts.append(run[0][0] - len(lead) + label)
    # (the last row's value ends too: 「12月(議決後) 質問について」)
    for gap, (_, a_end) in zip([*gaps, tail], run):
        runs = [
            end
            for _, end in _space_runs(gap)
            if end < len(gap)
            and not _DAY_AFTER_SPACE.match(gap, end)
            and not _CLOCK.match(gap, end)
            and not (english and _EN_CLOCK_AFTER.match(gap, end))
        ]
        if gap[-1:] == " " and _spaced_row(gap, english) == "label":  # (a table spaced into columns: the next row at its step)
            cuts.append(a_end + _label_cell(gap))
        elif runs:
            status = _STATUS_CELL.match(gap, runs[0])
            if status is None:
                cuts.append(a_end + runs[0])
            else:  # (「令和8年1月9日(金) 同左 参加表明書の提出期限」: the row's last cell a mark of no change, its own)
                cuts += [a_end + end for end in runs if end > status.end()][:1]
    return cuts


# 「│ 2026年8月21日　質問への回答を掲載しました │ 2026年8月7日　　再公募を開始しました」「2027年11月15日　【重要】…」: an entry
# of a page's update log, its day in full at the start of its line (after a box's side or a bullet) and a wide space or
# a bracket after it (a weekday's between)
# (「No.5　2027/05/12 変更：…」: an entry numbered, as a system's change history lists them; its number tells the entry,
# so one space after its day will do)
_LOG_DAY = re.compile(
    r"(?:(?<= )|^)(?:[│┃|｜・■◆●○◇□-] ?|(?P<number>No\.\s?[0-9]{1,3}\u3000))?"
    r"(?:(?P<year>20[0-9]{2})\s?[年/.\-]\s?(?P<month>[0-9]{1,2})\s?[月/.\-]\s?(?P<day>[0-9]{1,2})日?"
    r"|令和\s?(?P<era>[0-9]{1,2}|元)\s?年\s?(?P<era_month>[0-9]{1,2})\s?月\s?(?P<era_day>[0-9]{1,2})\s?日)"
    r"(?:\s?[(（][月火水木金土日](?:曜日?)?[)）])?(?P<gap>\u3000[ \u3000]*|  +|[ \u3000]*(?=[【\[［])|(?(number) (?=\S)|(?!)))"
)
_LOG_REACH = 300  # the most an entry of a log runs to
_NEWEST_FIRST = 2  # days a log steps back, at least (a schedule's go forward)


def _log_day(match: re.Match) -> tuple[int, int, int]:
    if match["year"]:
        return int(match["year"]), int(match["month"]), int(match["day"])
    era = 1 if match["era"] == "元" else int(match["era"])
    return 2018 + era, int(match["era_month"]), int(match["era_day"])


def _steps_back(earlier: re.Match, later: re.Match) -> bool:
    """The later entry of a log goes back from the earlier one: its day is earlier, or, on the same day, its number is
    the one before (「No.3　2026/03/19」 over 「No.2　2026/03/19」)."""
    if _log_day(later) < _log_day(earlier):
        return True
    numbers = [re.sub(r"\D", "", match["number"] or "") for match in (earlier, later)]
    return all(numbers) and int(numbers[1]) == int(numbers[0]) - 1


def log_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the entries of an update log written newest first (``_LOG_DAY``, their days going back in time,
    twice or more, never forward) each a line of its own: a line begins at each entry's day (its box side or bullet),
    none between the day and its words (a log's day is no label's value, nor its entry's bracket an item of its own)."""
    if "日" not in line and "/" not in line and "." not in line:
        return points
    runs: list[list[re.Match]] = []
    for match in _LOG_DAY.finditer(line):
        if runs and match.start() - runs[-1][-1].end() <= _LOG_REACH and _log_day(match) <= _log_day(runs[-1][-1]):
            runs[-1].append(match)
        else:
            runs.append([match])
    heads = [
        (match.start(), match.end()) for run in runs if sum(map(_steps_back, run, run[1:])) >= _NEWEST_FIRST for match in run
    ]
    if not heads:
        return points
    starts = [start for start, _ in heads]

    numbered = {match.start() for run in runs for match in run if match["number"]}

    def inside(at: int) -> bool:  # (between an entry's day and its words; beside a numbered entry's arrow)
        index = bisect.bisect_left(starts, at) - 1
        return index >= 0 and (at <= heads[index][1] or (starts[index] in numbered and _beside_arrow(line, at)))

    return sorted({*(at for at in points if not inside(at)), *(start for start in starts if start > 0)})


# 「締切日時 2027/05/19 17:00 → 2027/05/26 17:00」: a change's old value, its arrow and its new value, one line's
_ARROW_BEFORE = re.compile(r"[→⇒➡] ?$")
_ARROW_AFTER = re.compile(r"[^→⇒➡。]{1,24}? [→⇒➡](?: |$)")


def _beside_arrow(line: str, at: int) -> bool:
    """A break at ``at`` stands just before or after a change's arrow (``_ARROW_BEFORE``, ``_ARROW_AFTER``)."""
    return bool(_ARROW_BEFORE.search(line, max(0, at - 2), at) or _ARROW_AFTER.match(line, at))


# A schedule written date first whose steps are bulleted, each under its date (「令和10年9月4日（月）」 / 「　・実施要領等の
# 公表」, 「10/5(月) 14:00」 / 「● 説明会」), run onto one line: the bullets began lines, so that each piece between them holds one
# step and the next step's date (「・質問書の提出期限 令和10年9月15日（金）」), read label first. The schedule is read again
# across its bullets, and taken when it is written date first (a heading before its first date, no step): a line begins
# at each date as well.
STEP_BULLETS_MIN = 3  # bullets that began lines in a schedule read across them, at least


def _bullet_point(line: str, at: int) -> bool:
    """A line began at ``at`` with a step's bullet (after its indent)."""
    mark = at
    while mark < len(line) and line[mark] in "\u3000\t":
        mark += 1
    return mark < len(line) and line[mark] in _BULLETS and line[mark] not in "※▼▽" and line[at - 1] in " \u3000"


def schedule_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the row breaks of the schedules run together between them (``_run_rows``), and of a schedule
    written date first whose bullets (each a step's) began lines (``STEP_BULLETS_MIN``)."""
    cuts = _schedule_cuts(line, points)
    bullets = {at for at in points if _bullet_point(line, at)}
    if len(bullets) >= STEP_BULLETS_MIN:
        cuts += _schedule_cuts(line, [at for at in points if at not in bullets], date_first_only=True)
    return sorted({*points, *(cut for cut in cuts if 0 < cut < len(line) and not _after_wordy_cell(line, cut))})


def _schedule_cuts(line: str, points: list[int], date_first_only: bool = False) -> list[int]:
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
        ends = _en_window_ends(piece, mentions)
        for run in _date_runs(piece, mentions):
            rows = _label_first_rows(piece, run, line[begin:end])
            if date_first_only and rows is not None:
                continue
            rows = _run_rows(piece, run, date_first_only) if rows is None else rows
            cuts += [begin + cut for cut in rows if cut not in ends]
    return cuts


# 「… Friday 21 January 2028, 10:00-17:00 each day     Proposal submission period」: the words after a window's daily hours
# that say they are each day's, still the date's value (its step after them)
_EN_DAILY = re.compile(r"(?i:(?:(?:on\s)?(?:each|every)\s(?:day|weekday|business\sday)|daily|on\sweekdays))")
_EN_WINDOW_GAP = 12  # the most an English window's words between its two ends run to (「 to 」「 - 」「 until 」)


def _en_window_ends(line: str, mentions: list) -> set[int]:
    """Where the last day of each English window in ``line`` begins (「Monday 17 January - Friday 21 January 2028,
    10:00-17:00 each day」「From Monday, August 17 to Friday, August 28, 2026」): no row of a schedule begins there, the
    window's two ends (and the daily hours after its last day) one row."""
    return {
        second.start
        for first, second in zip(mentions, mentions[1:])
        if first.english and first.range_start and second.start - first.end <= _EN_WINDOW_GAP
    }


_CELL_DATE = re.compile(r"[0-9０-９](?:月|日|[/／][0-9０-９])")  # a date's words in a cell (「6月22日」「5/21(木)」)
_IN_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")  # a name's own dates (「保守業務（令和9年8月～令和10年3月）」) left out


def _after_wordy_cell(line: str, at: int) -> bool:
    """A tab stands before ``at`` after a cell of no date outside
    brackets (「2\t…業務\t企画政策課\t2027/06/01(火)」, 「会計課 26-08\t5/15(金)」, 「…業務（令和8年7月～令和9年3月）\t5/21(木)」): a row of a
    tab-separated table goes on there (its line break a space); a cell of dates before it (a row of dates under a
    row of steps) may end a schedule's row."""
    if line[at - 1] != "\t":
        return False
    begin = max(0, at - 1 - _TAB_CELL)
    cell = line[max(line.rfind("\t", begin, at - 1) + 1, begin) : at - 1]
    return _CELL_DATE.search(_IN_BRACKETS.sub("", cell)) is None


def _step_before(lead: str) -> tuple[str, bool, bool]:
    """The last word of ``lead``, the words before a schedule's first date; whether they end in a step's label; whether
    they are English."""
    words = _BOX_DRAWING.sub("", lead).split()
    last = words[-1] if words else ""
    named = bool(last and (L.kind_of(last) or _ASKS_FOR_DATE.search(last)) and not _SCHEDULE_HEAD.search(last))
    english = lead.isascii() and last.isascii()
    if not named and english:
        words = _EN_LEADER.sub("", lead)
        head = _EN_HEAD_WORD.match(words)
        # (or the cell after the last column's gap: 「Date of this notice」, its first word no head's 「Date」)
        steps = (words[head.end() if head else 0 :].strip(), words.rsplit("  ", 1)[-1].strip())
        named = any(step and _names_step(step) for step in steps)
    elif not named and last.isascii() and BLANK_LINE in lead:
        # (「公告日 Date of Public Notice 2027-09-01」「入札公告(PDF 212KB) …」: a row's Japanese label, its last word in
        # ASCII and no step's (an English gloss over the date, a file's size), read whole from the blank line above it,
        # after the table's head row when one stands there, ``_head_row_end``)
        label = lead.rsplit(BLANK_LINE, 1)[-1]
        label = label[_head_row_end(label) :].strip()
        named = bool(label) and not label.isascii() and not _EN_VERB.search(label) and bool(L.kind_of(label))
    return last, named, english


_WORD = re.compile(r"\S+")


def _head_row_end(text: str) -> int:
    """Where the first row's label begins in ``text``, the words after a blank line, when they open with a table's head
    row, two or more column names (「項目 / Item 日時 / Date and time 備考 / Notes 公募開始 / Call opens」: a bilingual table
    read one cell a line, each name with its English gloss); 0 when they open with none."""
    names = 0
    for word in _WORD.finditer(text):
        if word[0].isascii():
            continue  # (a gloss's words, with the name before them)
        if not (L.COLUMN_HEADING.fullmatch(word[0]) or L.WHEN_COLUMN.fullmatch(word[0])):
            return word.start() if names >= 2 else 0
        names += 1
    return 0


def _label_first_rows(line: str, run: list[tuple[int, int]], written: str) -> list[int] | None:
    """Where the rows of a schedule run together began when its rows are written a label over (or beside) its date, one
    a line, though no step's label stands before its first date (``_run_rows`` would read them date first): a date of
    the heading or of a sentence before the first row (「■スケジュール(2027年6月18日現在) 公募開始 2027年5月24日(月)
    質問受付期限 …」「… 平成30年4月1日以降に実績を有する者  スケジュール 公募開始 令和8年3月2日 …」). The last date's value
    ends in a blank line, no label after it, and every other date's in the same spaces, a line break and its indent; a
    row ends there, and the first row begins at the same spaces before it, the heading above it a line of its own. None
    when the run is no such schedule. ``line`` is narrowed (``_narrowed``); ``written``, the same piece as written (a
    blank line's two spaces told from full-width ones)."""
    lead = line[max(0, run[0][0] - _ROW_GAP) : run[0][0]]
    _, named, english = _step_before(lead)
    if named or not (blank := _unlabelled_tail(line, written, run[-1][1])):
        return None
    gaps = [line[a_end:b_start] for (_, a_end), (b_start, _) in zip(run, run[1:])]
    ends = _value_end_runs([*gaps, line[run[-1][1] : run[-1][1] + _ROW_GAP]], run, english)
    # (not a table of dates first whose column gap is as wide as a blank line: 「Jun. 7, 2027      RFP issued  Jun. 18」)
    spaces = Counter(_spaces_before(written, row[0]) for row in ends[: len(gaps)] if row).most_common(1)
    if not spaces or spaces[0][1] * 2 <= len(gaps) or spaces[0][0] == blank:
        return None
    # (a row ends where most do, at a line break and its indent, a space within its value passed over:
    # 「Go/No-Go判定　　2026/09/04(金) 営業会議 → Go(本部長 承認) 　見学会参加」)
    line_break = spaces[0][0]
    indent = len(line_break) - 1 if line_break.startswith(" ") else 0  # (the next row's indent, kept with it)
    cuts = [next((end for end in row if _spaces_before(written, end) == line_break), row[0]) for row in ends if row]
    above = written[run[0][0] - len(lead) : run[0][0]].rstrip()
    first = [end for start, end in _space_runs(above) if start and above[start:end] == line_break]
    if first:  # (the first row began there too, the heading over it a line of its own: 「【3 社内日程】 　Go/No-Go判定」)
        cuts.append(run[0][0] - len(lead) + first[-1])
    return [cut - indent if _spaces_before(written, cut) == line_break else cut for cut in cuts]


def _value_end_runs(gaps: list[str], run: list[tuple[int, int]], english: bool) -> list[list[int]]:
    """For each date of ``run`` and the words after it (``gaps``), where its row may end: the ends of the spaces outside
    brackets after it (not before its time, or a day spaced as in a column)."""
    return [
        [
            a_end + end
            for _, end in _space_runs(gap)
            if end < len(gap)
            and not _DAY_AFTER_SPACE.match(gap, end)
            and not _CLOCK.match(gap, end)
            and not (english and _EN_CLOCK_AFTER.match(gap, end))
        ]
        for gap, (_, a_end) in zip(gaps, run)
    ]


def _spaces_before(text: str, end: int) -> str:
    """The spaces that end at ``end`` in ``text``."""
    start = end
    while start and text[start - 1] in " \u3000\t":
        start -= 1
    return text[start:end]


def _unlabelled_tail(line: str, written: str, end: int) -> str:
    """The spaces of the blank line after a schedule's last date (at ``end``), its value's words before them (「(予定)」
    「(planned)」), no step's label: "" when a label follows, or the date stands in brackets or a sentence."""
    tail = line[end : end + _ROW_GAP]
    value = tail.split(maxsplit=1)[0] if tail[:1] and not tail[:1].isspace() else ""  # (the words on the date)
    if value.count(")") > value.count("(") or value[-1:] in (".", "。"):
        # (the date in brackets, within a label: 「路線バスのダイヤ改正（令和7年12月1日実施）について」; a sentence's)
        return ""
    for start, stop in _space_runs(tail):
        words = tail[:start].split()[0 if tail[:1].isspace() else 1 :]  # (after a space: the value's words, or a label)
        if not all(word in _DATE_WORDS or word[0] in "([【" for word in words):
            return ""
        if written.startswith(BLANK_LINE, end + start) and written[end + start + len(BLANK_LINE) : end + start + 3] != " ":
            return written[end + start : end + stop]
    return ""


# a Markdown table's rows run together: one row's closing bar, a space, the next row's opening bar
_MARKDOWN_ROW = re.compile(r"[ \t](?<=\|[ \t])[ \t]*(?=\|)")  # (a space first: a fast scan, the bar before it looked behind for)
_FULL_WIDTH_BAR = str.maketrans("｜", "|")
_CELL = 80  # the most a Markdown cell runs to: a bar farther from the last one begins a table
_MARKDOWN_RULE = re.compile(r"\|\s?:?-{3,}")
_MARKDOWN_ROWS = 3  # rows run together enough to tell a table without its rule「|---|」


def _inside_cell(line: str, bars: list[int], point: int) -> bool:
    """``point`` stands inside a Markdown cell, after its first words (「| 4 ★ |」「| Addendum No. 1 |」「| 7月9日まで ※2 |」):
    a bar before it and one after it, as near as a cell runs, no blank line's two spaces between them. A Markdown cell
    holds no line break, so a mark or a number there begins no line (the row's words stay on the row)."""
    at = bisect.bisect_left(bars, point)
    if not 0 < at < len(bars):
        return False
    before, after = bars[at - 1], bars[at]
    if after - before > _CELL:  # (first: the span between two far bars is no cell, nor read per point)
        return False
    cell = line[before + 1 : after]
    if not line[before + 1 : point].strip() or "  " in cell or cell[:1] == "\u3000":
        return False
    # (「| 9:00 a.m. to 5:00 p.m., 1 June to 25 June 2027 |」: a cut before the cell's date is left as it was)
    return not find_mentions(line[point:after])


def _opens_cell(line: str, point: int) -> bool:
    """An outline marker at ``point`` begins a Markdown cell, no line: a bar before it (not a quoted row's first, 「> > |」)
    and another after it (not the closing bar of the row above: 「… | 5 訂正の理由」)."""
    if point < 2 or not line.startswith("| ", point - 2):
        return False
    before = point - 2  # (the last character before the bar's spaces, read back to them alone: no copy of the line before)
    while before and line[before - 1].isspace():
        before -= 1
    return (
        line[before - 1 : before] != ">" and _MARKER.match(line, point) is not None and line.find("|", point, point + _CELL) != -1
    )


# a Markdown table's rule row: its bars give the number of the table's columns
_MARKDOWN_RULE_ROW = re.compile(r"\|(?:[ \t]?:?-{3,}:?[ \t]?\|)+")


def _empty_cells(line: str, bars: list[int]) -> tuple[set[int], set[int]]:
    """The bars that close an empty cell inside a row (「| 2 | 質問 | 9月8日 | |  | (メールに限る) | 午後5時まで |」: the
    second row's first cell), which ``_MARKDOWN_ROW`` takes for a row's end: under a rule of N columns, a row ends at
    every (N+1)th bar, to the words after a row's end or the next table's rule; and where those words begin."""
    empty: set[int] = set()
    ends: set[int] = set()
    index = {at: number for number, at in enumerate(bars)}
    rules = list(_MARKDOWN_RULE_ROW.finditer(line))
    for rule, limit in zip(rules, [*(r.start() for r in rules[1:]), len(line)]):
        columns = rule.group().count("|") - 1
        first = index.get(rule.end() - 1)  # the rule's closing bar: the end of the row above the table's first
        if first is None or columns < 2:
            continue
        for number in range(first + 1, len(bars)):
            at = bars[number]
            following = bars[number + 1] if number + 1 < len(bars) else len(line)
            if following > limit:
                break  # (each bar read under one rule: the next table's rule counts its own)
            gap = line[at + 1 : following]
            if (number - first) % (columns + 1) == 0:  # a row's closing bar
                if gap.strip():  # (words after it: the table ended, they begin a line)
                    ends.add(following - len(gap.lstrip()))
                    break
                if following == len(line) or _MARKDOWN_RULE_ROW.match(line, following):
                    break  # (the next table's rule: its own columns)
            elif following == len(line) or following - at > _CELL:
                break  # (no cell that long: the rows are not as the rule counts them)
            elif not gap.strip():
                empty.add(following)  # (a bar that opens no row: the one after an empty cell)
    return empty, ends


def _within_rows(rows: list[tuple[int, int]], point: int) -> bool:
    """``point`` stands inside one of ``rows`` (after its opening bar, to its closing one)."""
    at = bisect.bisect_left(rows, (point, point)) - 1
    return at >= 0 and rows[at][0] < point <= rows[at][1]


_LONG_CELL = 600  # the most a cell of sentences (a question, its answer) runs to in a table with its rule


def _long_cell_rows(line: str, bars: list[int]) -> list[tuple[int, int]]:
    """The rows under a Markdown table's rule (「| No. | 質問 | 回答 | |---|---|---| | 1 | …ですか。 | …とします。 |」) that
    hold a cell longer than ``_CELL`` (a 質問回答書's question and answer, sentences each): the bars that open and close
    each, counted by the rule's columns. A row's cells hold no line break, so nothing in one begins a line (a sentence's
    end, a bracket's mark). The count stops at words after a row's closing bar (the table ended), at a cell longer than
    ``_LONG_CELL`` or holding a blank line's two spaces (the rows are not as the rule counts them), and at the next rule."""
    rows: list[tuple[int, int]] = []
    index = {at: number for number, at in enumerate(bars)}
    for rule in _MARKDOWN_RULE_ROW.finditer(line):
        columns = rule.group().count("|") - 1
        number = index.get(rule.end() - 1, -1) + 1  # (the first row's opening bar, after the rule's closing one)
        if not number or columns < 2:
            continue
        while number + columns < len(bars):
            opening, closing = bars[number], bars[number + columns]
            if line[bars[number - 1] + 1 : opening].strip() or _MARKDOWN_RULE_ROW.match(line, opening):
                break
            cells = [line[bars[at] + 1 : bars[at + 1]] for at in range(number, number + columns)]
            if any(len(cell) > _LONG_CELL or "  " in cell.strip() for cell in cells):
                break
            if any(len(cell) > _CELL for cell in cells):
                rows.append((opening, closing))
            number += columns + 1
    return rows


def _even_bar_rows(line: str, rows: list[re.Match]) -> int | None:
    """A short table of bars with no rule, each row opened and closed by a bar (「| 項目 | 変更前 | 変更後 | | 提出期限 |
    6月5日 | 6月12日 |」, a change's head and its row or two): every row break a single space between two bars, and every
    row, the first and the last too, as many cells, two at least; the table whole (no bar for as far as a cell runs
    before its first row or after its last). Where the words under it begin (they begin a line; the line's end when none
    follow), else None."""
    if not rows or any(match.group() != " " for match in rows):
        return None
    bars = [match.start() for match in re.finditer(r"\|", line)]
    index = {at: number for number, at in enumerate(bars)}
    joins = [index[match.start() - 1] for match in rows]  # (the closing bar of the row before each break)
    first = last = joins[0]
    while first and bars[first] - bars[first - 1] <= _CELL:
        first -= 1
    while last + 1 < len(bars) and bars[last + 1] - bars[last] <= _CELL:
        last += 1
    width, extra = divmod(last + 1 - first, len(joins) + 1)
    if extra or width < 3 or any(join != first + width * number - 1 for number, join in enumerate(joins, 1)):
        return None
    return _GRID_SPACES.match(line, bars[last] + 1).end()  # (the line break's space and an indent passed over)


# 「… | NaN |  ## 旧日程(R8.5案) | 作業用(非表示) | Unnamed: 1 |」「… |  ### Sheet2 | 手続 | 日付 |」: a workbook's sheets exported as
# Markdown, each sheet's name a heading over its table, run onto one line: the heading a line of its own, between the
# last row of the table above (its bar, a blank line's spaces) and the next table's first bar
_HEADING_BETWEEN_TABLES = re.compile(r"\|[ \u3000]{2,4}(#{1,4} )[^\s|#][^|#]{0,60}?[ \u3000](?=\|)")


def markdown_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the row breaks of a Markdown table (「| 日程 | 内容 | |---|---| | 4月1日 | 公告 |」), none
    at an outline marker that begins a cell (「| (1) 募集要項の配布　8月3日 | (1) 募集要項の配布　8月3日 |」).
    A table drawn with full-width bars (「｜手続｜6月｜7月｜ ｜1 公告｜●1日(月)｜　｜」) is read the same way."""
    if "｜" in line:
        line = line.translate(_FULL_WIDTH_BAR)  # (one character for one: the offsets stay the line's)
    if "|" not in line:
        return points
    rows = list(_MARKDOWN_ROW.finditer(line))
    under = None  # (where the words under a short table of bars with no rule begin)
    if not _MARKDOWN_RULE.search(line) and len(rows) < _MARKDOWN_ROWS and (under := _even_bar_rows(line, rows)) is None:
        return points
    points = [point for point in points if not _opens_cell(line, point)]
    bars = [match.start() for match in re.finditer(r"\|", line)]
    if points and _MARKDOWN_RULE.search(line):  # (a table with its rule: the cuts inside its cells dropped)
        points = [point for point in points if not _inside_cell(line, bars, point)]
    long_rows = _long_cell_rows(line, bars) if "---" in line else []
    empty, ends = _empty_cells(line, bars) if "|  " in line or "| |" in line else (set(), set())
    rows = [match for match in rows if match.end() not in empty]
    ends = ends if empty else set()  # (where no empty cell moved a row's end, the rows stand as they were found)
    starts = [  # a table's first row, after the words above it
        at
        for before, at, after in zip([-_CELL - 1, *bars], bars, [*bars[1:], len(line) + _CELL + 1])
        if at - before > _CELL and after - at <= _CELL and line[at - 1 : at].isspace()
    ]
    # a table's last row, the words under it after a blank line (「… | 10:00 A.M., 29 October, 2026 |  In other words, …」):
    # no bar for as far as a cell runs, a long one
    stops = [
        at + 1 + len(gap.group())
        for before, at in zip([-_CELL - 1, *bars], bars)
        if at - before <= _CELL
        and (gap := _BLANK_AFTER_BAR.match(line, at + 1)) is not None
        and line.find("|", at + 1, at + 1 + _TAB_CELL) == -1
    ]
    cuts = {*points, *starts, *(match.end() for match in rows), *ends, *stops, *([under] if under and under < len(line) else [])}
    if "# " in line:
        for match in _HEADING_BETWEEN_TABLES.finditer(line):
            cuts.update((match.start(1), match.end()))
    if long_rows:  # (none inside a row of long cells, to its closing bar: a far bar before it is no table's start)
        cuts = {point for point in cuts if not _within_rows(long_rows, point)}
    return sorted(cuts)


# a table drawn with full-width bars before its cells only, none closing a row (「｜令和10年4月21日(金)　｜質問受付締切
# ｜午後5時まで ｜令和10年4月26日(水)　｜質問への回答」): a row's last cell, the line break's space, the next row's bar;
# a cell's bar has its padding or its words before it, no single space
_OPEN_BAR_ROW = re.compile(r"(?<=[^\s｜]) (?=｜[^\s｜])")
_OPEN_BAR_ROWS = 3  # such rows one after another, at least
_OPEN_BAR_ROW_SPAN = 300  # characters of such a row, at most


def open_bar_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the row breaks of a table drawn with full-width bars that open its cells only: before the bar
    after a single space, in a run of such rows, each holding a further cell's bar."""
    if "｜" not in line:
        return points
    runs: list[list[int]] = [[]]
    for match in _OPEN_BAR_ROW.finditer(line):
        at = match.end()
        if runs[-1] and at - runs[-1][-1] > _OPEN_BAR_ROW_SPAN:
            runs.append([])
        runs[-1].append(at)
    cuts = [at for run in runs if len(run) >= _OPEN_BAR_ROWS for at in run if line.find("｜", at + 1, at + _CELL) > 0]
    return sorted({*points, *cuts}) if cuts else points


_BLANK_AFTER_BAR = re.compile(r"[ \u3000]{2,}(?=[^ \u3000|])")  # (a blank line's two spaces, then words)

# a grid drawn with bars between its cells only and a rule of dashes and crosses under its head (「Item | Old | New
# -----+-----+----- Proposal submission deadline | Fri., Nov. 27, 2026, 5:00 pm | Fri., Dec. 4, 2026, 5:00 pm …」):
# its rule gives the number of its columns, each of its lines as many bars less one
# (guarded by its first characters, the same matches: searched through a whole line, a text put on one line)
_GRID_RULE = first_characters_guarded(re.compile(r"(?<!-)-{3,}+(?:\+-{3,}+)+"))  # (each run of dashes read once: no backtracking)
# the same grid with bars in its rule, none at its ends (「Step      | Old date     | New date ------|------|------ …」),
# its bars spaced as well (「Item | Original | Amended --- | --- | --- …」, a Markdown table written without its outer bars);
# a Markdown table's rule, opened and closed by bars, is not one (``markdown_rows``)
# (guarded by its first characters, the same matches: searched through a whole line, a text put on one line)
_BAR_GRID_RULE = first_characters_guarded(re.compile(r"(?<![-|])(?<!\| )-{3,}+(?:(?: \| |\|)-{3,}+)+(?![-|])(?! \|)"))
_GRID_SPACES = re.compile(r"[ \u3000]*")


def _last_gap(line: str, start: int, end: int) -> int:
    """Where the words after the last run of two spaces between ``start`` and ``end`` begin (the cell's padding before
    ``end`` passed over); -1 when there is none."""
    text = line[start:end].rstrip()
    gaps = list(SPACE_PARTED_CELLS.finditer(text))
    return start + gaps[-1].end() if gaps else -1


# a barred grid's rows not padded to a width (「Item | Date | Notes ---|---|--- Release | Mon., June 7, 2027 | Until
# Wed., July 7, 2027 Registration for the site visit | Fri., June 11 …」): the next row's first cell begins after the
# last space of the cell before its bar where that cell is Japanese (a cell's words are not parted by spaces), else at
# the first capitalised word after the last cell's first word that is no month or weekday (「Wed.」「July」)
_ROW_WORD = re.compile(r"\S+")
_CALENDAR_WORD = re.compile(rf"(?:{_WEEKDAY_NAME}|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?$")
_JAPANESE_WORD = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def _unpadded_row_start(line: str, start: int, end: int) -> int:
    """Where the first cell of an unpadded barred grid's next row begins between the bars at ``start`` and ``end``
    (``_ROW_WORD``); -1 when nothing tells it."""
    words = list(_ROW_WORD.finditer(line, start, end))
    if len(words) < 2 or words[-1].group() in ("|", "｜"):
        return -1
    if _JAPANESE_WORD.search(words[-1].group()):
        return words[-1].start()
    for word in words[1:]:
        text = word.group()
        if text[0].isupper() and not text.isupper() and not _CALENDAR_WORD.match(text):
            return word.start()
    return -1


_ROW_NUMBER_END = re.compile(r"\s(\d{1,3})\s?$")  # a numbered row's number, last before its first bar


def grid_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the lines of a grid run together (``_GRID_RULE``): its head's, its rule's and each row's."""
    crossed, barred = "-+-" in line, "-|-" in line or "- | -" in line
    if not crossed and not barred:
        return points
    cuts = set()
    spans = []  # (a barred grid's head and rows: no other break inside them, a bar no Markdown row's)
    rules = [*(_GRID_RULE.finditer(line) if crossed else ()), *(_BAR_GRID_RULE.finditer(line) if barred else ())]
    for rule in rules:
        columns = rule.group().count("+") + rule.group().count("|") + 1
        bars, at = [], rule.start()
        while len(bars) < columns - 1 and (bar := line.rfind("|", max(0, at - _CELL), at)) != -1:
            bars.insert(0, bar)
            at = bar
        if len(bars) != columns - 1 or line.rfind("|", max(0, at - _CELL), at) != -1:
            continue  # (no head of as many cells over the rule: no grid read)
        before = set(cuts)  # (an unpadded barred grid is cut only where its rows are read: else read as a run of words)
        first = _last_gap(line, max(0, bars[0] - _CELL), bars[0])
        if first != -1:
            cuts.add(first)
        # a grid whose columns are aligned (its head's first cell padded to its bar): each row's first cell as wide,
        # its row begun that far before its first bar where no indent tells it
        width = bars[0] - first if first != -1 and line.endswith("  ", 0, bars[0]) else 0
        unpadded = not width and "|" in rule.group()
        crossing = "+" in rule.group()  # (「---+---」: a grid of crossed rules; a barred rule's rows are read otherwise)
        numbered = first != -1 and line[first : bars[0]].strip().rstrip(".") in ("#", "No", "NO", "no", "Nr", "№")
        cuts.update((rule.start(), _GRID_SPACES.match(line, rule.end()).end()))
        at, count, rows, guessed = rule.end(), 0, 0, 0
        while True:
            bar = line.find("|", at, at + 2 * _CELL)  # (a row's last cell and the next row's first between two bars)
            if bar == -1:
                break
            if count and count % (columns - 1) == 0:  # the first bar of the next line: its first cell begins it
                start = _last_gap(line, at, bar)
                cell = line[at:bar].rstrip()
                if start == -1 and crossing and cell.strip() and bar - at - len(cell) >= 2:
                    start = bar  # (「… | 2027.01.08 17:00 JST    | Confidentiality Undertaking … |」: a row whose first
                    # cell is blank, the words of the row above it going on, begins at its bar)
                if start == -1 and crossing and numbered and (number := _ROW_NUMBER_END.search(cell)):
                    start = at + number.start(1)  # (「# | Step | Deadline」 … 「| 15:00 JST 10 | Commercial …」: the
                    # number of a numbered grid's row, as wide as its column, no gap before it)
                if start == -1 and width and bar - width > at:
                    aligned = bar - width
                    start = aligned if line[aligned - 1] == " " and not line[aligned].isspace() else -1
                if start == -1 and unpadded and guessed == rows:  # (no row told by a gap: none padded)
                    start = _unpadded_row_start(line, at, bar)
                    guessed += start != -1
                if start == -1:
                    break
                cuts.add(start)
                rows += 1
            at, count = bar + 1, count + 1
        if count and count % (columns - 1) == 0:  # the grid's last line: the words after it begin a line
            end = SPACE_PARTED_CELLS.search(line, at, at + _CELL)
            if end is not None:
                cuts.add(end.end())
        if width and "|" in rule.group():
            spans.append((first, at))
        elif guessed or (rows and not unpadded and crossing):
            spans.append((rule.start(), at))  # (「---+---」 and its rows read by their gaps: no item, no sentence inside)
        elif unpadded and not rows:
            cuts = before
    if spans:
        points = [point for point in points if point in cuts or not any(begin < point < end for begin, end in spans)]
    return sorted({*points, *cuts}) if cuts else points


# a two-column table drawn with a bar between its cells, its columns aligned (each first cell padded to the bar), no rule
# (「Deliverable          | Due Inception report     | 2 weeks after signing Draft report         | 31 October 2027」):
# each row's first cell begins as far before its bar as the others', after the space its line break became
_PADDED_BAR = re.compile(r"(?<=  )\|(?= \S)")
_ALIGNED_ROWS = 4  # rows under the head, at least (a width that fits them all by chance is unlikely)


def aligned_bar_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the rows of such a table (``_PADDED_BAR``) begun at its first cell's width before each bar, the
    line after it at the blank line's gap, and no other break inside it."""
    if "  | " not in line:
        return points
    runs: list[list[int]] = [[]]
    for match in _PADDED_BAR.finditer(line):
        at = match.start()
        if runs[-1] and (at - runs[-1][-1] > 2 * _CELL or "|" in line[runs[-1][-1] + 1 : at]):
            runs.append([])
        runs[-1].append(at)
    cuts: set[int] = set()
    spans = []
    for run in runs:
        if len(run) <= _ALIGNED_ROWS:
            continue
        widths: set[int] | None = None
        for before, bar in zip(run, run[1:]):
            fits = {bar - p for p in range(before + 3, bar - 2) if line[p - 1] == " " and not line[p].isspace()}
            widths = fits if widths is None else widths & fits
            if not widths:
                break
        if not widths:
            continue
        width = max(widths)
        head = run[0] - width
        if head <= 0 or line[head - 1] != " " or line[head].isspace() or "|" in line[head : run[0]]:
            continue
        starts = [bar - width for bar in run]
        end = SPACE_PARTED_CELLS.search(line, run[-1] + 2, run[-1] + 2 + _CELL)
        cuts.update(starts)
        if end is not None:
            cuts.add(end.end())
        spans.append((starts[0], end.start() if end is not None else run[-1]))
    if not cuts:
        return points
    points = [point for point in points if not any(begin < point < end for begin, end in spans)]
    return sorted({*points, *cuts})


# a table drawn with bars between its cells only, no rule and no bar at a row's ends (「Step | When | How RFP issued | Mon
# 11 Jan | Prefecture website Written questions | by 12:00 noon, Fri 22 Jan | …」): run together, one row's last cell and
# the next row's first share the words between two bars. Every row has as many bars, and a schedule's dates stand in one
# column: the bars of a row are the period of its dated cells (the head's cells undated), and in each shared cell the
# next row begins where its words tell it (``_shared_cell_break``)
_BARE_ROWS = 3  # dated rows under the head, at least
_BARE_JOINING = re.compile(r"(?:^|(?<= ))(?:[A-Z]\S*(?<![).,;:])|of|for|and|&|the|a|an|to|on|in|at|by|with|[-–—]) $")


def _shared_cell_break(cell: str, head: bool) -> int:
    """Where, in the words of a row's last cell and the next row's first, the next row begins: in English before the last
    capitalised word (no month's or weekday's name, not inside brackets) after a word that joins no name (「Question form
    (Form 5), e-mail only Answers – Q&A log」), or, after a head of one word a cell, before the first capitalised word
    after the first word (「How RFP issued」); in Japanese after the last space outside brackets; -1 when nothing tells it."""
    if _JAPANESE_WORD.search(cell):
        at = _row_break_in_cell(cell)
        return at if at > len(cell) - len(cell.lstrip()) else -1
    first = len(cell) - len(cell.lstrip())
    starts = [
        match.end()
        for match in _ENGLISH_ROW_WORD.finditer(cell)
        if match.end() > first and not _inside_brackets(cell, match.end())
    ]
    if not starts:
        return -1
    if head:
        return starts[0]
    for at in reversed(starts):
        if not _BARE_JOINING.search(cell, max(0, at - 16), at):
            return at
    return -1


def _bare_bar_period(dated: list[bool]) -> int | None:
    """The bars of a row of such a table from its cells between two bars (``dated``: which hold a date; cell i between
    bar i and bar i+1): the fewest, two at least, that part the cells into a head of undated cells and rows of as many
    bars, ``_BARE_ROWS`` at least, each with a date in one column, no row's shared cell, and most shared cells undated
    (a table of two columns, 「Milestone | Date Call opens | March 1, 2027 Deadline for questions | …」, shares every cell);
    else None."""
    bars = len(dated) + 1
    for period in range(2, _MOST_COLUMNS):
        rows = bars // period
        if bars % period or rows - 1 < _BARE_ROWS or any(dated[: period - 1]):
            continue
        if 2 * sum(dated[row * period - 1] for row in range(1, rows)) >= rows - 1:
            continue  # (dates in most shared cells: a row of fewer bars, its date in its first or last cell)
        for column in range(period - 1):  # (cell i of a row: between its bar i and i+1)
            if all(dated[row * period + column] for row in range(1, rows)):
                return period
    return None


def _span_end(spans: list[tuple[int, int]], point: int) -> int:
    """The end of the last of ``spans`` (in order) that begins before ``point``; -1 when none does."""
    at = bisect.bisect_left(spans, (point, point)) - 1
    return spans[at][1] if at >= 0 else -1


_DATE_LEAD = 8  # the most words before the date of a two-column table's right cell (「by」「〆切」「～」)


def _two_column_rows(run: list[int], cells: list[str], dated: list[bool]) -> list[int] | None:
    """Where the rows of such a table of two columns begin (one bar a row, 「項目 | 日程 公告 | 令和8年1月19日 質問の受付期限 |
    令和8年1月28日 午後5時 …」, the head's shared cell alone undated): every shared cell a row's date and the next row's
    label, parted where its words tell it, a date before and none after; None when any cell is not such (a table of
    more columns, its dates alone in their cells: 「| 6月10日 |」)."""
    head = not dated[0]
    if not all(dated[head:]):
        return None
    starts = []
    for index, (bar, cell) in enumerate(zip(run, cells)):
        at = _shared_cell_break(cell, head=index == 0 and head)
        if at == -1 or find_mentions(cell[at:]) or (_JAPANESE_WORD.search(cell) and cell[at].isascii()):
            return None  # (a Japanese row's label begins with a Japanese word, not 「/ Registration for the …」)
        if index or not head:
            dates = find_mentions(cell[:at])
            if not dates or len(cell[: dates[0].start].strip()) > _DATE_LEAD:
                return None  # (the date opens its cell, 「by Thu 28 Jan」: no 「Tender published 20-Jan-2028 09:00 | AM」)
        starts.append(bar + 1 + at)
    return starts


def bare_bar_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the rows of such a table begun in each shared cell, and no other break inside it."""
    if " | " not in line:
        return points
    runs: list[list[int]] = [[]]
    for match in re.finditer(r"\|", line):
        at = match.start()
        bare = line[at - 1 : at] == " " and line[at + 1 : at + 2] == " " and line[at - 2 : at - 1] not in ("", " ", "|")
        bare = bare and line[at + 2 : at + 3] not in ("", " ", "|")
        if not bare or (runs[-1] and (at - runs[-1][-1] > 2 * _CELL or BLANK_LINE in line[runs[-1][-1] : at])):
            runs.append([])
        if bare:
            runs[-1].append(at)
    cuts: list[int] = []
    spans = []
    for run in runs:
        if len(run) < _BARE_ROWS + 1:
            continue
        cells = [line[before + 1 : after] for before, after in zip(run, run[1:])]
        if not any(most_mentions(cell) for cell in cells):
            continue
        dated = [bool(find_mentions(cell)) for cell in cells]
        period = _bare_bar_period(dated) if len(run) >= 2 * (_BARE_ROWS + 1) else None
        if period is None:
            if (starts := _two_column_rows(run, cells, dated)) is not None:
                cuts += starts
                spans.append((run[0], run[-1]))
            continue
        starts = []
        for row in range(1, len(run) // period):  # (a shared cell whose words tell no row's start is left whole)
            at = _shared_cell_break(cells[row * period - 1], head=row == 1)
            if at != -1:
                starts.append(run[row * period - 1] + 1 + at)
        if 2 * len(starts) >= len(run) // period - 1:  # (most rows told: the table read as such)
            cuts += starts
            spans.append((run[0], run[-1]))
    if not cuts:
        return points
    points = [point for point in points if not _within_rows(spans, point) or point == _span_end(spans, point)]
    return sorted({*points, *cuts})


# 「年5月13日」: a date's month and day after its year (the year as each pattern below writes it)
_MONTH_DAY = rf"{_SP}?年{_SP}?[0-9０-９]{{1,2}}{_SP}?月{_SP}?[0-9０-９]{{1,2}}{_SP}?日"
# 「令和八年十一月二十日」: a gazette's date in kanji numerals
_KANJI_MONTH_DAY = (
    rf"[元〇{_KANJI_NUMBERS}]{{1,4}}{_SP}?年{_SP}?[{_KANJI_NUMBERS}]{{1,3}}{_SP}?月{_SP}?[{_KANJI_NUMBERS}]{{1,3}}{_SP}?日"
)
# the notice's own date run onto the sentence that closes its preamble, its signatory after it (「…により公告する。
# 令和8年6月3日 　　　　鷺坂市長　　西園寺 昭  1 入札に付する事項」): each on a line of its own as written, the date
# above the signatory (a page's date, the year of the schedule's year-less dates)
_SIGNED_DATE = re.compile(
    rf"。{_SP}+(?P<date>(?:令和|平成|R)?{_SP}?(?:[0-9０-９元]{{1,4}}{_MONTH_DAY}|{_KANJI_MONTH_DAY})"
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


# the mark of a block of the items before or after a change, a line of its own as written over the heading the block
# quotes (「【訂正前】 ６　スケジュール」), not the mark before a date or a row on its line (「【訂正前】 令和8年5月29日」,
# 「（変更後） 7月9日」, 「（訂正前） 3(6) 開札の日時」)
_CHANGE_MARK = re.compile(
    rf"[【［\[〔(（<〈]{_SP}?(?:{BEFORE_CHANGE}|{AFTER_CHANGE}|改正前|改正後|誤|正|旧|新){_SP}?[】］\]〕)）>〉]{_SP}+"
    rf"(?!(?:令和|平成|R|20)?{_SP}?[0-9０-９元]{{1,4}}{_SP}?[年月/／.．])"
)


_HEADING_MARKER = re.compile(rf"(?:{_D}{{1,2}}|第{_D}{{1,2}}|[{_KANJI_NUMBERS}]{{1,2}})[\u3000.．、]")  # 「６　スケジュール」


# 「…契約締結（当初の予定から変更ありません）  （参考）当初の日程  令和6年6月24日…」: the heading of the schedule as it
# stood, given for reference after a blank line, a line of its own over the old dates
_OLD_SCHEDULE_HEAD = re.compile(
    rf"(?<=  )[(（【]{_SP}?参考{_SP}?[)）】]{_SP}?(?:当初|変更前|訂正前|延期前|延長前|従前|旧)の?(?:日程|スケジュール)"
)


# 「■指定の議決 2028年12月町議会定例会 変更なし 新たに実施する個別見学会 …」: a restated row's closing word that its date
# stands (「変更なし」「訂正なし」「同左」), after the date's cell, the words of the next line after it
# (guarded by its first characters: its look-behind is otherwise tried at every character of a line, a whole text
# put on one line)
_ROW_UNCHANGED_END = first_characters_guarded(
    re.compile(r"(?<=[^\s|｜])[ \u3000](?:変更なし|変更無し|訂正なし|訂正無し|同左)(?=[ \u3000][^\s(（※、。|｜])")
)
_ROW_UNCHANGED_DATE = 24  # characters between the row's date and its closing word, at most
# (「… 変更なし 新たに実施する個別見学会 現地説明会の延期に伴い、…実施します。」: the words after it a heading over a
# paragraph, a few words with no stop before the paragraph's sentence: each a line of its own)
_HEADING_OVER_SENTENCE = re.compile(r"[^\s、。，．,.「」()（）]{2,24}(?=[ \u3000][^\s]{2,80}?[、。])")


def unchanged_row_end_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` with a break after each such closing word (``_ROW_UNCHANGED_END``) a date stands shortly before."""
    if "なし" not in line and "無し" not in line and "同左" not in line:
        return points
    cuts = []
    for match in _ROW_UNCHANGED_END.finditer(line):
        found = find_mentions(line[max(0, match.start() - _ROW_UNCHANGED_DATE - 40) : match.start()])
        if found and found[-1].end >= min(match.start(), _ROW_UNCHANGED_DATE + 40) - _ROW_UNCHANGED_DATE:
            cuts.append(match.end() + 1)
            if heading := _HEADING_OVER_SENTENCE.match(line, match.end() + 1):
                cuts.append(heading.end() + 1)
    return sorted({*points, *cuts}) if cuts else points


# an English row of a step and its status after the key's colon (「Deadline for questions: No change」「Site visit:
# Unchanged」), run onto the next row's key (a capital after it): the status ends its row, however short
_EN_UNCHANGED_ROW_END = re.compile(r"(?<=: )(?:[Nn]o [Cc]hanges?|[Uu]nchanged|[Nn]ot [Cc]hanged|[Ss]ame as before)\.?(?= [A-Z])")


def en_unchanged_row_end_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` with a break after each English row's status of no change (``_EN_UNCHANGED_ROW_END``)."""
    if "hange" not in line and "ame as before" not in line:  # (no copy of a long line: its cheap guard)
        return points
    cuts = [match.end() + 1 for match in _EN_UNCHANGED_ROW_END.finditer(line)]
    return sorted({*points, *cuts}) if cuts else points


def change_mark_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` with a break after each mark of a block before or after a change, and before the heading of the old
    schedule given for reference."""
    cuts = [match.end() for match in _CHANGE_MARK.finditer(line) if _HEADING_MARKER.match(line, match.end())]
    if "参考" in line:
        cuts += [match.start() for match in _OLD_SCHEDULE_HEAD.finditer(line)]
    return sorted({*points, *cuts}) if cuts else points


# 「…次のとおり変更します。 変更前 令和9年7月9日(金)午後5時 変更後 令和9年7月16日(金)午後5時 これに伴い、…」: a step's
# old and new value, each a line of its own keyed 「変更前」「変更後」 (the paragraphs of an answer's cell run together); the
# key in brackets the same, on a line of its own indented or not (「…延長します。 （変更前）10月17日（金）午後5時 （変更後）
# 10月24日（金）午後5時 これに伴い、…」: the sentence after the new value its own line, no words of the value's)
_CHANGE_KEY = re.compile(
    rf"(?:(?P<bracket>[(（]){_SP}?)?(?:{BEFORE_CHANGE}|{AFTER_CHANGE})(?(bracket){_SP}?[)）])"
    rf"{_SP}{{0,2}}[:：]?{_SP}{{0,2}}(?=(?:令和|平成|20)?{_D})"
)
_KEYED_DATE = 60  # characters of the date (and time) after its key, at most
_KEY_INDENT = 8  # characters of the indent before a bracketed key, after its line break's space, at most
# what after a keyed date's space goes on its line (a remark in brackets, an arrow to the new value: 「（変更前）10月中旬
# →（変更後）10月下旬」), or begins a line indented as the key's own (「（訂正前）令和7年3月中旬 　（訂正後）…」: the pair
# read together, as a run of cells), no other line's words
_VALUE_GOES_ON = ("", " ", "\u3000", "(", "（", "→", "⇒", "➡")


def _after_line_break(line: str, start: int, bracketed: bool) -> bool:
    """The key at ``start`` begins a line: after a line break's space (no cell's: no tab, no bar, no run of spaces
    before it), a bracketed key after its line's indent too (spaces, full-width or not)."""
    if start < 2 or line[start - 1] not in " \u3000":
        return False
    if not bracketed:
        return line[start - 1] == " " and line[start - 2] not in " |｜\t"
    indent = line[max(0, start - _KEY_INDENT) : start]
    words = indent.rstrip(" \u3000")
    return " " in indent[len(words) :] and bool(words) and words[-1] not in "|｜\t"


def change_key_lines(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before each old or new value keyed 「変更前」「変更後」 after a line break's space (no
    cell's), and after its date where the words of another line follow it; after the date of a value keyed in brackets
    「（変更後）」 the same (the break before its key ``version_keyed_breaks``')."""
    if "前 " not in line and "後 " not in line and "前）" not in line and "後）" not in line and "後)" not in line:
        return points
    cuts = []
    for match in _CHANGE_KEY.finditer(line):
        start = match.start()
        if not _after_line_break(line, start, bool(match["bracket"])):
            continue
        value = line[match.end() : match.end() + _KEYED_DATE]
        folded = nfkc(value) if match["bracket"] else value  # (its weekday and hour in full-width brackets and figures
        # read with the date: 「10月24日（金）午後５時」)
        found = find_mentions(folded if len(folded) == len(value) else value)
        if not found or found[0].start:
            continue
        end = match.end() + found[0].end
        cuts += [] if match["bracket"] else [start]  # (a bracketed key's line begun by ``version_keyed_breaks``, where
        # it is no arrow's old side: 「（変更前）10月8日 →（変更後）10月15日」 one line)
        if line.startswith(" ", end) and line[end + 1 : end + 2] not in _VALUE_GOES_ON:
            cuts.append(end + 1)
    return sorted({*points, *cuts}) if cuts else points


# 「…「7 募集スケジュール（4）質問の受付」 （誤）2027年8月4日（水）17:00まで … （正）2027年8月4日（水）17:00まで …」: a
# 正誤表's items, each value a line of its own keyed in brackets 「（誤）」「（正）」「（訂正前）」「（訂正後）」, run together
# (guarded by its first characters, the same matches: searched through a whole line, a text put on one line)
_VERSION_KEY_IN_BRACKETS = first_characters_guarded(
    re.compile(rf"(?<=[^ \t|｜] )[(（【\[]{_SP}?(?:(?P<old>誤|旧|{BEFORE_CHANGE})|(?P<new>正|新|{AFTER_CHANGE})){_SP}?[)）】\]]")
)

_VERSION_KEYED_ITEM = 200  # characters of the last new value's item, at most, where a blank line ends it


def version_keyed_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before each value keyed in brackets as the old or the new version after a line break's
    space, where the line holds keys of both; and after the blank line that ends a new value's item (「…（正）2027年
    【12月】…提出予定  No.9 募集要項 11ページ …」: the next item's heading a line of its own)."""
    if "誤" not in line and "前" not in line and "旧" not in line:
        return points
    keys = list(_VERSION_KEY_IN_BRACKETS.finditer(line))
    if not any(key["old"] for key in keys) or not any(key["new"] for key in keys):
        return points
    cuts = {key.start() for key in keys}
    for key, after in zip(keys, [*keys[1:], None]):
        if not key["new"] or (after is not None and not after["old"]):
            continue
        end = after.start() if after is not None else min(len(line), key.end() + _VERSION_KEYED_ITEM)
        blank = line.find(BLANK_LINE, key.end(), end)
        while 0 <= blank < end and line[blank] == " ":
            blank += 1
        if blank > 0:
            cuts.add(blank)  # (the next item's, or the text's after the last, first character after the blank line)
    return sorted({*points, *cuts})


_PARAGRAPH_AFTER = re.compile("。  (?=[^ \u3000])")  # a sentence's end, a blank line after it
_DATED_BRACKET = re.compile(rf"【[^】]{{1,8}}】{_SP}?(?:令和|平成|20)?{_D}")  # 「【更新】2026年8月12日」: an update's stamp


# 「…配布します。  現地説明会  　日時：7月14日（火曜日）午前10時から」: a web page's section, its short heading after a blank
# line and its first line a key of its day or window (「日時：」「期日：」「受付期間：」), run together: a line each (the key's
# day is the heading's step's, not the section's above)
# The same heading after a sentence's end (「…ダウンロードしてください。 現地説明会 日時:6月3日…」) or after a
# heading's mark (「■ 企画競争説明会 日時：1月19日…」「◆現地見学会 日時:…」): as written the key stood under it, its
# step the heading's.
_HEADED_KEY = re.compile(
    "(?:(?<=[^ ]  )|(?<=。 )|(?:(?<=^)|(?<=[ \u3000]))[■◆◇●□][ \u3000]?)"
    "(?P<head>[^\\s。、，,：:()（）■◆◇●□]{2,16})(?: {1,2}\u3000{0,2})"
    "(?P<key>(?:日時|日程|期日|開催日時|実施日時|受付期間|提出期限)[：:])"
)


def headed_key_cuts(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before each such heading and before its key (``_HEADED_KEY``)."""
    if "：" not in line and ":" not in line:
        return points
    cuts = [at for match in _HEADED_KEY.finditer(line) for at in (match.start(), match.start("key")) if at]
    return sorted({*points, *cuts}) if cuts else points


# 「…企画競争の結果について  事業者向け新着情報 2024年9月3日　【第2報】…について 2024年9月2日 …」: the heading of a page's
# list of news posts (``extract.NEWS_HEADING``), a line of its own (a word after a space), its first post's day after it;
# under it each post a line of its own, its day (``_DAY_UNDER_RULE``) and its title, the next post's day after a space
# a title's length on at most (the list ends where none follows); no other break between its first and last post's
# day (a title's words are no items, its 「令和8年度」 no line's end)
_NEWS_HEAD = re.compile(
    rf"(?<= )[■◆●【\[]?{_SP}?[^\s。、，,：:()（）]{{0,16}}(?:新着情報|新着案件)(?:一覧)?[】\]]?"
    rf"(?= {_SP}?(?:(?:令和|平成)[0-9０-９元]{{1,2}}{_SP}?年|20[0-9０-９]{{2}}{_SP}?[年./\-]))"
)
_NEWS_POST = 120  # characters of a post's day and title, at most
_NEWS_DAY = 30  # characters of a post's day, at most


def news_heading_cuts(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before and after each such heading (``_NEWS_HEAD``), and before each post under it,
    no other break inside its list."""
    if "新着" not in line:
        return points
    cuts: set[int] = set()
    spans = []
    # (the posts of a list from each day read before, by its start: its end, how many posts from it to the list's end,
    # the last one's start, and whether they are cut already; the list from a day depends on that day alone, so a
    # heading amid a list read before takes its rest as read, no walk again to the list's end)
    walked: dict[int, tuple[int, int, int, bool]] = {}
    for match in _NEWS_HEAD.finditer(line):
        cuts.update((match.start(), match.end() + 1))
        posts, ends = [], []
        joined, more, last, joined_cut = -1, 0, -1, False  # (the day read before this list goes on from, and its rest)
        day = _DAY_UNDER_RULE.match(line, match.end() + 1)
        while day is not None:
            known = walked.get(day.start())
            if known is not None and known[0] == day.end():
                joined, (_, more, last, joined_cut) = day.start(), known
                break
            posts.append(day.start())
            ends.append(day.end())
            day = _DAY_UNDER_RULE.search(line, day.end(), day.end() + _NEWS_POST + _NEWS_DAY)
            if day is not None and (line[day.start() - 1] != " " or day.start() - posts[-1] > _NEWS_POST):
                break
        total = len(posts) + more
        last = last if more else posts[-1] if posts else -1
        for at, (start, end) in enumerate(zip(posts, ends)):
            walked[start] = (end, total - at, last, total >= 2)
        if total >= 2:
            cuts.update(posts)
            if more and not joined_cut:
                cuts.add(joined)  # (a list of one post read before, the first of its own list no more)
            spans.append((posts[0] if posts else joined, last))  # (the last post's title ends where the text's other
            # breaks say)
    if not cuts:
        return points
    # (a point inside any span: one of the spans begun before it ends after it)
    spans.sort()
    starts, reach = [start for start, _ in spans], list(itertools.accumulate((end for _, end in spans), max))
    kept = [p for p in points if (i := bisect.bisect_left(starts, p)) == 0 or reach[i - 1] <= p]
    return sorted({*kept, *cuts})


def bracket_item_ends(line: str, points: list[int]) -> list[int]:
    """``points`` with a break after a blank line that ends an item opened by a bracketed stamp and its date (「【更新】
    2026年8月12日 スケジュールを変更しました。  葦原市では、…」): the list of such items (an update history) ends there."""
    if "【" not in line:
        return points
    cuts = []
    for match in _PARAGRAPH_AFTER.finditer(line):
        before = bisect.bisect_right(points, match.start()) - 1
        if before >= 0 and _DATED_BRACKET.match(line, points[before]) and match.end() not in points:
            cuts.append(match.end())
    return sorted({*points, *cuts}) if cuts else points


# a heading of a portal page with no marker (「質問の提出について」), a line of its own between two spaces, a bracketed
# stamp before it or not (「【7月8日追記】延期後のプレゼンテーション審査の日程について」「【第2報】…の延期について」)
_ABOUT_STAMP_MAX = 14  # characters of such a stamp, its brackets included, at most
_ABOUT_HEADING = re.compile(r"(?:^|(?<=[ \u3000]))(?:【[^ \u3000】]{1,12}】)?[^ \u3000。、]{1,24}について(?=[ \u3000])")


def _about_headings(line: str):
    """``_ABOUT_HEADING.finditer(line)``, tried only where one can begin: at the start of the word (after a space,
    or at 0) that holds a 「について」 at most 24 characters on (and its stamp's, ``_ABOUT_STAMP_MAX``)."""
    reach, tried = 0, -1
    at = line.find("について")
    while at != -1:
        low = max(0, at - 25 - _ABOUT_STAMP_MAX)
        space = max(line.rfind(" ", low, at), line.rfind("\u3000", low, at))
        start = space + 1 if space != -1 else 0 if at <= 24 + _ABOUT_STAMP_MAX else -1
        if start >= reach and start != tried:
            tried = start
            match = _ABOUT_HEADING.match(line, start)
            if match is not None:
                reach = match.end()
                yield match
        at = line.find("について", at + 1)


# 「■令和8年6月 　 1日(月)　質問締切 　12日(金)　参加申込締切」: a calendar's month heading (its mark before it, a
# space after it) over lines that each begin with a day (or the month's third), their indent of full-width spaces
# kept; the day lines are cut where each began, up to the next break found
_MONTH_HEADING = re.compile(
    rf"(?<=[■□◆◇●○◎▼▽・【\[〔<《])\s?(?:(?:令和|平成){_D}{{1,2}}|20{_D}{{2}})\s?年\s?{_D}{{1,2}}\s?月[】\]〕>》]?(?= )"
)
_DAY_ROW = re.compile(  # (not the end of a window spaced apart: 「・2026年6月 1日 ～ 10日 まで」 is one line)
    rf"(?<![\u3000\t~～〜\-－])(?<!から) (?=[\u3000\t]{{0,4}} ?(?:{_D}{{1,2}}日(?:[(（][月火水木金土日](?:曜日?)?[)）])?|上旬|中旬|下旬|初旬)[ \u3000\t])"
)
_DAY_ROWS_MIN = 2  # day lines under a month heading, at least (「6月 15日」 alone may be one date spaced apart)


def month_day_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before each day line under a calendar's month heading."""
    if "月" not in line or "日" not in line:
        return points
    cuts = []
    for heading in _MONTH_HEADING.finditer(line):
        at = bisect.bisect_right(points, heading.end())
        end = points[at] if at < len(points) else len(line)
        rows = [match.end() for match in _DAY_ROW.finditer(line, heading.end(), end)]
        if len(rows) >= _DAY_ROWS_MIN:
            cuts += rows
    return sorted({*points, *cuts}) if cuts else points


# 「No. 項目 月 日 曜 時刻 備考 1 要領の公表 12 5 金 － ホームページ 2 質問の期限 12 12 金 17:00 …」: a numbered schedule
# whose date parts stand in columns of their own, its cells parted by single spaces (``normalize.spaced_date_part_rows``),
# run onto one line: its head and each row begin at a line of their own, a row at the next row's number after its parts
_PART_NUMBER_HEAD = frozenset({"No.", "No", "NO.", "NO", "№", "番号", "項番", "#"})
# (a column after the date's parts: a row not numbered ends no more at its parts)
_PART_TAIL_HEADS = frozenset({"備考", "内容", "場所", "会場", "方法", "摘要", "提出先", "担当", "状況", "メモ", "注記", "概要"})
_PART_ROWS_MIN = 2  # rows not numbered that tell such a table, at least
_PART_ROWS_REACH = 6000  # the characters such a table runs to, at most
_PART_ROLES_MAX = 5  # the date's parts a head names, at most (年 月 日 曜 時刻)
_PART_ROW_WORDS = 16  # the words from a row's number to its parts, and from its parts to the next row's number, at most


class _ReachWords:
    """The words of a line within a head's reach (its first word at ``base``, the last cut at ``reach``), each folded
    (``nfkc``: 「～」 read as 「~」) when first read: the line's words found once, the words of each head a window on them
    (each head's words found and folded again made a line of many heads, 「月 日 月 日 …」, quadratic)."""

    def __init__(self, line: str, spans: list[tuple[int, int]], folds: dict[int, str], base: int, reach: int, count: int):
        self.line, self.spans, self.folds, self.base, self.reach, self.count = line, spans, folds, base, reach, count

    def folded(self, k: int) -> str:
        at = self.base + k
        start, end = self.spans[at]
        if end > self.reach:  # (the last word, cut at the reach as a slice of the line cuts it)
            return nfkc(self.line[start : self.reach])
        if at not in self.folds:
            self.folds[at] = nfkc(self.line[start:end])
        return self.folds[at]

    def start(self, k: int) -> int:
        return self.spans[self.base + k][0]

    def parts_end(self, at: int, roles: list[str]) -> int | None:
        end = spaced_parts_end([self.folded(k) for k in range(at, min(at + len(roles), self.count))], 0, roles)
        return None if end is None else at + end


def spaced_part_rows(line: str, points: list[int]) -> list[int]:
    if "月 日" not in line and "月\u3000日" not in line:
        return points
    spans = [(word.start(), word.end()) for word in re.finditer(r"\S+", line)]
    starts = [start for start, _ in spans]
    folds: dict[int, str] = {}
    cuts = []
    for head in SPACED_PART_HEAD.finditer(line):
        before = list(re.finditer(r"\S+", line[max(0, head.start() - 40) : head.start()]))[-3:]
        number = next((word for word in before if nfkc(word.group()) in _PART_NUMBER_HEAD), None)
        base, reach = bisect.bisect_left(starts, head.start()), head.start() + _PART_ROWS_REACH
        words = _ReachWords(line, spans, folds, base, reach, bisect.bisect_left(starts, reach) - base)
        roles = spaced_part_roles([words.folded(k) for k in range(min(words.count, _PART_ROLES_MAX + 1))])
        if number is None and (words.count <= len(roles) or words.folded(len(roles)) in _PART_TAIL_HEADS or not before):
            continue  # (rows not numbered are told apart only where each ends at its date's parts)
        first = before[-1] if number is None else number  # (the step's column's name: 「手続 月 日 曜日 時間」)
        row = len(roles)
        if number is not None:
            row = next((k for k in range(len(roles), min(words.count, len(roles) + 4)) if words.folded(k) == "1"), None)
        rows, count = [], 1
        while row is not None:
            ends = (words.parts_end(at, roles) for at in range(row + 1, min(words.count, row + _PART_ROW_WORDS)))
            end = next((end for end in ends if end is not None), None)
            if end is None or (number is not None and end == row + 1):
                break
            rows.append(row)
            count += 1
            if number is None:
                row = end if end < words.count and words.parts_end(end, roles) is None else None
            else:
                found = (k for k in range(end, min(words.count, end + _PART_ROW_WORDS)) if words.folded(k) == str(count))
                row = next(found, None)
        if len(rows) >= (1 if number is not None else _PART_ROWS_MIN):
            cuts += [max(0, head.start() - 40) + first.start(), *(words.start(k) for k in rows)]
    return sorted({*points, *(at for at in cuts if at > 0)}) if cuts else points


def prose_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` with a break around each heading 「…について」, and around a web page's title over its own date."""
    cuts = []
    for match in _about_headings(line):
        cuts += [match.start(), match.end()]
    if "日：" in line or "日:" in line:
        cuts += page_title_breaks(line)
    return sorted({*points, *(cut for cut in cuts if 0 < cut < len(line))})


# 「――――― …公募に係るスケジュールの変更について 更新日：2026年6月12日 ページ番号：…」: a web page's title (「…について」
# 「…のお知らせ」, its tag in brackets after it) over the page's own date, both run onto one line after the rule or the
# sentence above them; the title a line of its own (it tells what the page is: a change notice), its date the next
_PAGE_DATE_KEY = re.compile(r"(?<= )(?:最終更新日|更新日|掲載日|公開日|登録日)[:：]\s?(?=(?:令和|平成|20)[0-9０-９])")
_PAGE_TITLE_END = re.compile(r"(?:について|のお知らせ|のご案内)(?:[(（](?:お知らせ|通知|ご案内)[)）])? $")
_PAGE_TITLE_START = re.compile(r"。 |  |[─━═―]{2,} ")  # what ends the line above the title (a sentence, a blank line, a rule)
_PAGE_TITLE_REACH = 80  # characters of such a title, at most
_PAGE_DATE_REACH = 20  # characters of the page's date after its key, at most


def page_title_breaks(line: str) -> list[int]:
    """A break before a web page's date key (``_PAGE_DATE_KEY``) after its title (``_PAGE_TITLE_END``) and one after its
    date (the space after it), and one before the title where the sentence, blank line or rule above it ended (``_PAGE_TITLE_START``) within
    ``_PAGE_TITLE_REACH`` characters."""
    cuts = []
    for key in _PAGE_DATE_KEY.finditer(line):
        low = max(0, key.start() - _PAGE_TITLE_REACH)
        if not _PAGE_TITLE_END.search(line, max(0, key.start() - 16), key.start()):
            continue
        cuts.append(key.start())
        end = line.find(" ", key.end(), key.end() + _PAGE_DATE_REACH)  # (and the words after the date on the next line)
        if end != -1:
            cuts.append(end + 1)
        starts = [match.end() for match in _PAGE_TITLE_START.finditer(line, low, key.start() - 1)]
        if starts:
            cuts.append(starts[-1])
    return cuts


# where a line began that no marker opens: after the space a line break became (two after a blank line), the line's
# indent of full-width spaces (the spaces before it ``_after_break`` checks); and after a sentence's end 「。」 (no space
# follows 「。」 inside a line)
_INDENTED = re.compile(" {1,2}(?=\u3000)")
_SENTENCE_END = re.compile("。(?: (?=[^ \u3000|｜])|  (?=[^ ]))")


def _after_break(line: str, spaces: int) -> bool:
    """The spaces from ``spaces`` on are a line break's (and a blank line's), no wider gap's: no space before them."""
    return not spaces or line[spaces - 1] != " "


# a blank line between two lines with no indent: the two spaces its two line breaks became, between words (「…公告第31号
#  水道メーター検針等業務委託 …」); a wider gap is a column's, one space a line's or a word's
_BLANK_GAP = re.compile("  (?<=[^\x00-\x7f\u3000]  )(?=[^ \t])|  (?<=[^ \t\u3000]  )(?=[^\x00-\x7f])")  # (Japanese on a side)


def _heading_number_before(line: str, at: int) -> bool:
    """A section's number (「3」「第4」, one or two digits) stands alone before the gap at ``at``, a line's start before it
    (「…公開する。    3  質問の受付及び回答     (1) …」): the number of the heading the gap's two spaces lead to, set
    apart by the layout, no blank line."""
    start = at
    while start > 0 and line[start - 1] in _DIGITS and at - start < 3:
        start -= 1
    if not 0 < at - start <= 2:
        return False
    start -= line[start - 1 : start] == "第"
    return start == 0 or line[start - 1] in " \u3000"


# an appended form's number and title at a line's start (``_MARKER``'s 「form」): the title's end, where its fields began
_FORM_TITLE = re.compile(rf"{_FORM_NUMBER}{_FORM_TITLE_WORDS}(?={_SP})")


def form_title_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` with a break after the title of each form a point opens (「様式第5号 説明会参加申込書 | 令和 年 月 日 …」):
    the form's heading a line of its own, its fields below it."""
    ends = [title.end() for at in points if line.startswith("様式", at) and (title := _FORM_TITLE.match(line, at))]
    return sorted({*points, *ends}) if ends else points


def blank_line_cuts(line: str) -> list[int]:
    """The starts of the lines after a blank line (before their indent of full-width spaces, if any)."""
    return [match.end() for match in _BLANK_GAP.finditer(line) if not _heading_number_before(line, match.start())]


# an address's postal mark after the space a line break became (「…契約係 〒000-0000 …」): an address begins its line
_POSTAL_MARK = re.compile("〒(?<=[^\x00-\x7f] 〒)")  # (the mark first: a fast scan for it)


def postal_cuts(line: str) -> list[int]:
    """The starts of the lines an address's postal mark begins."""
    return [match.start() for match in _POSTAL_MARK.finditer(line)]


# 「… ● 質問への回答（…） ▲　参加申込書の提出締切」: a legend's or a list's mark, a shape no bullet names (▲ △ ▷), then
# a full-width space and words, after the space a line break became (「▲1,200千円」「▲ 300」: a figure's minus sign)
_SHAPE_MARK = re.compile("[\u25a0-\u25ff](?<= [\u25a0-\u25ff])(?=\u3000[^\\s0-9０-９])")  # (the mark first: a fast scan)


def shape_mark_cuts(line: str) -> list[int]:
    """The starts of the lines such a mark begins."""
    return [match.start() for match in _SHAPE_MARK.finditer(line)]


def indent_and_sentence_cuts(line: str) -> list[int]:
    """The starts of the lines that an indent or the sentence ending the line above tells
    (「３　仕様説明会 　　期　日　令和８年１１月１０日 　　時　刻　午後２時から」)."""
    cuts = [match.end() for match in _INDENTED.finditer(line) if _after_break(line, match.start())]
    return cuts + [match.end() for match in _SENTENCE_END.finditer(line)]


# a rule drawn across the page (「──────」「━━━━」「=====」「-----」「＊＊＊＊」), a line of its own: after the space a
# line break became (and the line's indent), before another
# (from the run's first character only, taken whole: a long run without a space after it is not tried again at each of its
# characters)
# (the first rule character taken before the look behind (no second one before it): a fast scan for the character, not
# the look behind tried at every place of a long line)
_RULE = re.compile(r"[─━═―‐\-=＝_＿*＊~～](?<![─━═―‐\-=＝_＿*＊~～]{2})[─━═―‐\-=＝_＿*＊~～]{7,}+(?= )")


BANNER_HEADING = 40  # characters of a heading between two rules, at most
# (two of a rule's characters: 「――――」 of horizontal bars, a word processor's, as well as box drawing's and ASCII's)
_BANNER_RULES = ("━━", "──", "==", "══", "--", "――")


def banner_cuts(line: str) -> list[int]:
    """``rule_cuts`` of the rules (of ━ ─ ═ = -) around a heading, one above it and one under it (「━━━━ Ⅱ 日程等 ━━━━」)."""
    if not any(rule in line for rule in _BANNER_RULES):
        return []
    spans = _rule_spans(line)
    # (a heading is what lies between one rule's line and the next's, when short)
    return [
        cut
        for above, under in itertools.pairwise(spans)
        if under[0] - above[1] <= BANNER_HEADING
        for cut in (*above, *under)
        if 0 < cut < len(line)
    ]


# 「-------- Original Message --------」「---------- Forwarded message ---------」: a forwarded mail's mark, its rules around
# its words; 「-----元の予定-----」「-----Original Appointment-----」: a calendar's update over the invitation it replaces
FORWARD_WORDS = (
    r"(?:Original Message|Forwarded message|転送メッセージ|元のメッセージ|転送されたメッセージ|Original Appointment|元の予定)"
)
_FORWARD_MARK = re.compile(rf"(?<!-)-{{2,}}+ {{0,4}}{FORWARD_WORDS} {{0,4}}-{{2,}}", re.IGNORECASE)


def _forward_marks(line: str) -> list[tuple[int, int]]:
    hinted = "essage" in line or "メッセージ" in line or "ppointment" in line or "元の予定" in line
    return [m.span() for m in _FORWARD_MARK.finditer(line)] if hinted else []


def forward_mark_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before and after each forwarded mail's mark (「… 休業します。  -----Original Message-----
    From: …」): the line the mail's forwarded part begins at, whatever else the text is cut at."""
    marks = _forward_marks(line)
    if not marks:
        return points
    cuts = {cut for begin, end in marks for cut in (begin, end + 1) if line[end : end + 1] == " " and begin}
    inside = {point for point in points for begin, end in marks if begin < point < end}  # (no cut at its own rules)
    return sorted({*points, *cuts} - inside)


# a reply's quoted lines run together: each line's marks of its depth after the space its line break became (「… 日時:
# 2024年11月18日 > > 見積依頼先 各位 >> (1) 質問受付 …」); a mail's, when some line is quoted empty or two deep (a page's
# breadcrumbs 「ホーム > 入札情報 > …」 have neither)
_QUOTE_MARKS = re.compile(r"(?<= )>(?:>| >)*(?= |$)")


# 「…本文そのまま転記します。 > 朱鷺浦市 観光交流課です。 > 下記のとおり審査を行います。 > 日時：7月14日(火) 14時 > …」:
# a mail quoted one deep, each line's 「>」 after the space its line break became; told from a page's breadcrumbs
# (「ホーム > 入札情報 > 公告」) by its lines' sentences: a chain of marks each near the one before, half of them at least
# after a sentence's end
_QUOTED_REACH = 200  # characters between two quoted lines' marks of one chain, at most


def _quoted_sentences(line: str, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``marks`` (one deep) of the chains of quoted lines so told; none when there is no such chain."""
    kept: list[tuple[int, int]] = []
    chain: list[tuple[int, int]] = []
    for mark in [*marks, (len(line) + _QUOTED_REACH + 1, 0)]:
        if chain and mark[0] - chain[-1][1] > _QUOTED_REACH:
            ended = sum(1 for start, _ in chain if line[max(0, start - 4) : start].rstrip().endswith(("。", "）", ")")))
            if len(chain) >= MAIL_QUOTED_MIN and 2 * ended >= len(chain):
                kept += chain
            chain = []
        chain.append(mark)
    return kept


def quoted_line_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before the marks of each quoted line of a reply, and none between a line's marks and
    its words (「>>   (1) 質問受付」 is one line)."""
    if " > " not in line:
        return points
    marks = [match.span() for match in _QUOTE_MARKS.finditer(line)]
    if " > >" not in line and " >>" not in line:
        marks = _quoted_sentences(line, marks)
    if len(marks) < MAIL_QUOTED_MIN:
        return points
    ends = {end for _, end in marks}
    inside = set()
    for point in points:
        end = point
        while end and line[end - 1] in " \u3000":
            end -= 1
        if end in ends:  # (a cut after a line's marks: an item's marker or its indent on the quoted line)
            inside.add(point)
    return sorted({*points, *(start for start, _ in marks)} - inside)


# 「―――― 2026年6月29日 市民プールの…」: a news list's post under the rule that parts it from the one above, its day
# a line of its own over its title
_DAY_UNDER_RULE = re.compile(
    rf"(?:(?:令和|平成)[0-9０-９元]{{1,2}}|20[0-9]{{2}}){_MONTH_DAY}(?:[(（][月火水木金土日]曜?日?[)）]| [月火水木金土日]曜日)?(?= [^ ])"
)


def rule_cuts(line: str, spans: list[tuple[int, int]] | None = None) -> list[int]:
    """A break before and after each rule drawn across the page on a line of its own (none inside a forwarded mail's
    mark: ``forward_mark_breaks``); ``spans``, the line's ``_rule_spans`` when the caller has them."""
    return [cut for span in (_rule_spans(line) if spans is None else spans) for cut in span if 0 < cut < len(line)]


# a table whose rows a rule drawn across parts one from the next (each row a line or two of cells aligned with spaces,
# the same rule under each): the rules a line of their own, each row between two of them, whatever else the text is
# cut at (a schedule's rows run together read as one row). Three such rules at least, of one length, a row of cells
# aligned with spaces between each two of them (``_table_row``).
_ROW_RULES_MIN = 3
_ROW_RULED = re.compile(r"[0-9０-９]{1,2}\s?[月/／]\s?[0-9０-９]{1,2}")


def ruled_row_cuts(line: str, spans: list[tuple[int, int]] | None = None) -> list[int]:
    """``rule_cuts`` of the rules that part the rows of a table (``_ROW_RULES_MIN`` of one length at least, a date
    between each two)."""
    spans = _rule_spans(line) if spans is None else spans
    lengths = Counter(len(line[start:end].strip()) for start, end in spans)
    if not lengths or lengths.most_common(1)[0][1] < _ROW_RULES_MIN:
        return []
    length = lengths.most_common(1)[0][0]
    ruled = [span for span in spans if len(line[span[0] : span[1]].strip()) == length]
    rows = [(one, two) for one, two in itertools.pairwise(ruled) if _table_row(line, one[1], two[0])]
    if len(rows) < _ROW_RULES_MIN - 1:
        return []
    wrapped = [  # (each row's line from the space after its rule: the line break's, the row's indent after it)
        second for one, two in rows if (second := _second_row_line(line, line.find(" ", one[0]) + 1, two[0])) is not None
    ]
    return sorted({*(cut for pair in rows for span in pair for cut in span if 0 < cut < len(line)), *wrapped})


def _table_row(line: str, start: int, end: int) -> bool:
    """``line[start:end]`` is a row of a table aligned with spaces: cells parted by three spaces or more, a date in
    one, no sentence (a post's, a question's and its answer's between rules are none)."""
    return "   " in line[start:end] and "。" not in line[start:end] and bool(_ROW_RULED.search(line, start, end))


def _second_row_line(line: str, start: int, end: int) -> int | None:
    """Where the second line of a ruled row ``line[start:end]`` begins: after the space a line break became, the cells
    after it each at a column of the first line's cells (widths counted from each line's start, its indent in it)."""
    cells = [match.span() for match in _SPACED_CELL.finditer(line, start, end)]
    # the width from the row's start to each cell's start and to its end, each piece of the row counted once (not
    # the row's first line measured again from its start for each cell it may break after)
    begins: list[int] = []
    ends: list[int] = []
    width, at = 0, start
    for begin, stop in cells:
        width += _width(line[at:begin])
        begins.append(width)
        width += _width(line[begin:stop])
        ends.append(width)
        at = stop
    for k in range(2, len(cells) - 1):  # (two cells on the first line at least, two on the second)
        # (the second line's start: its indent after the line break's space, one column after cell k - 1)
        after = ends[k - 1] + 1
        if (
            begins[k] - after < begins[k - 1]
            and _near_first(begins[-1] - after, begins, k)  # (the last cell first: where most breaks fail)
            and all(_near_first(begins[at] - after, begins, k) for at in range(k, len(begins)))
        ):
            return cells[k - 1][1] + 1
    return None


def dated_rule_cuts(line: str, spans: list[tuple[int, int]] | None = None) -> list[int]:
    """``rule_cuts`` of the rules a post's day stands right under (``_DAY_UNDER_RULE``), and a break after that day: a
    news list's posts, each a line of its own whatever else the text is cut at."""
    cuts = []
    for span in _rule_spans(line) if spans is None else spans:
        day = _DAY_UNDER_RULE.match(line, span[1]) if span[1] < len(line) else None
        cuts += [*(cut for cut in span if 0 < cut < len(line)), day.end() + 1] if day else []
    return cuts


# 「　　項目      訂正前      訂正後 　　--------  ----------  ---------- 　　開札日時  令和8年10月27日…  令和8年11月4日… 」: a
# table laid out with spaces, its head's columns underlined each by a rule, its rows indented as the rule is: each row's
# line break a space, then that indent (full-width spaces); the head, the rule and each row a line of their own
# (the indent's first full-width space found first, the space before it checked after: a fast scan for the character)
_UNDERLINED_COLUMNS = re.compile(r"(?P<indent>\u3000(?<= \u3000)\u3000*)[-=─━]{4,}(?: {1,4}[-=─━]{4,}){1,7}(?= )")
_UNDERLINED_ROW_REACH = 2  # a row's line runs to this many times the rule's width, at most


def underlined_table_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the lines of such tables begun at their indents: the head's line (the indent before the
    rule, within the rule's width), the rule's, each row's after it while the next is near."""
    if "\u3000" not in line or ("--" not in line and "==" not in line and "──" not in line and "━━" not in line):
        return points
    cuts = []
    rules = list(_UNDERLINED_COLUMNS.finditer(line))
    for rule, following in itertools.zip_longest(rules, rules[1:]):
        indent, width = " " + rule["indent"], rule.end() - rule.start()
        last = following.start() if following else len(line)  # (the rows run to the next such table's rule at most)
        head = line.rfind(indent, max(0, rule.start() - 1 - width), rule.start() - 1)
        if head < 0:
            continue
        cuts += [head + 1, rule.start("indent"), rule.end() + 1]
        at = rule.end() + 1
        while (row := line.find(indent, at, min(last, at + _UNDERLINED_ROW_REACH * width))) >= 0:
            cuts.append(row + 1)
            at = row + len(indent)
    cuts = [cut for cut in cuts if 0 < cut < len(line)]
    if not cuts:
        return points
    # (a cut after a row's indent, where another reading began the row at its words, left for the one at the indent;
    # none inside the rule, one line whole)
    inside = {cut + k for cut in cuts if line[cut : cut + 1] == "\u3000" for k in range(1, _indent_width(line, cut) + 1)}
    ordered = sorted(points)
    for rule in rules:
        inside.update(ordered[bisect.bisect_right(ordered, rule.start()) : bisect.bisect_left(ordered, rule.end() + 1)])
    return sorted({*points, *cuts} - inside)


def _indent_width(line: str, at: int) -> int:
    """The full-width spaces from ``at`` on."""
    end = at
    while end < len(line) and line[end] == "\u3000":
        end += 1
    return end - at


def _rule_spans(line: str) -> list[tuple[int, int]]:
    """Where each rule's own line begins (its indent) and where the line after it begins."""
    marks = _forward_marks(line)
    spans = []
    for match in _RULE.finditer(line):
        if any(begin <= match.start() < end for begin, end in marks):
            continue  # 「-------- Original Message --------」: a forwarded mail's mark, one line whole
        start = match.start()
        while start and line[start - 1] in "\u3000\t":
            start -= 1
        if start and line[start - 1] == " ":
            after = match.end() + 1 + line.startswith(" ", match.end() + 1)  # (and a blank line under it)
            spans.append((start, after))
    return spans


# a letter's or a notice's date on a line of its own, a blank line after it (「令和7年2月14日  事業者各位」)
_DATE_LINE = re.compile(
    rf"(?:(?:令和|平成)[0-9０-９元]{{1,2}}|20[0-9]{{2}}){_MONTH_DAY}(?:[(（][月火水木金土日]曜?日?[)）])?(?={BLANK_LINE}[^ ])"
)


def _line_opens(line: str, at: int) -> bool:
    """A line began at ``at`` (after its indent): the start, or a line break's space before the indent."""
    while at and line[at - 1] in "\u3000\t":
        at -= 1
    return not at or (line[at - 1] == " " and _after_break(line, at - 1))


def date_line_cuts(line: str) -> list[int]:
    """A break after a date that stood on a line of its own, a blank line after it (not a date and its time,
    「令和10年4月24日(月)  午後5時」)."""
    cuts = [match.end() + len(BLANK_LINE) for match in _DATE_LINE.finditer(line) if _line_opens(line, match.start())]
    return [cut for cut in cuts if not _CLOCK.match(line, cut)]


# A letter's or a notice's own date at its head, a line of its own as written: set to the right (the text opening with
# its indent) or under the heading after a blank line (「…質問回答書  令和8年12月11日 …」), and under it, one line break
# on, the line of the addressees or of the issuing office (「入札参加予定者 各位」「…市 市民部 市民課」「会 員 各 位」)
_HEAD_DATE = re.compile(
    rf"(?:(?:令和|平成){_D}{{1,2}}|(?:令和|平成)元|[2２][0０]{_D}{{2}}){_MONTH_DAY}(?:[(（][月火水木金土日]曜?日?[)）])?"
    rf"(?= [^ \t\u3000])"
)
_HEAD_DATE_REACH = 400  # characters of a text's start its head's date stands in, at most
# the line under it up to its end (a blank line or an indent, two spaces): words with no sentence's or date's signs in
# them, that end on an addressee's word or an office's
_HEAD_DATE_NEXT = re.compile(r" (?P<next>[^\s、。，「」:：0-9０-９]{1,30}(?: [^\s、。，「」:：0-9０-９]{1,30}){0,4}?)(?=\s\s|$)")
_ADDRESSEE_OR_OFFICE = re.compile(
    r"(?:各\s?位|様|殿|御中|[都道府県市町村区]|課|部|局|室|大学|法人|協会|機構|センター|事務所|委員会|研究所|組合|連合)$"
)


def head_date_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` with breaks around the text's own date at its head (``_HEAD_DATE``): the date a line of its own, the
    addressees' or the office's line under it, as the head reads it (the paper's day, the day its steps are over by)."""
    match = _HEAD_DATE.search(line, 0, _HEAD_DATE_REACH)
    if match is None:
        return points
    start = match.start()
    before = line[:start]
    if before.strip() and not before.endswith((BLANK_LINE, "\u3000\u3000", " \u3000")):
        return points
    following = _HEAD_DATE_NEXT.match(line, match.end())
    if following is None or not _ADDRESSEE_OR_OFFICE.search(following.group("next")):
        return points
    cuts = {match.end() + 1, *([start] if before.strip() else [])}
    return sorted({*points, *cuts})


def _spaced_apart(line: str, points: list[int]) -> list[int]:
    """``points`` with one break where several stand with only spaces between them: after the spaces line breaks
    became, before the line's indent of full-width spaces and tabs (no empty line made of spaces)."""
    kept: list[int] = []
    for point in points:
        if kept and not line[kept[-1] : point].strip(" \u3000\t") and not _empty_row(line, kept[-1], point):
            start = kept.pop()
            point = max(start, line.rfind(" ", start, point) + 1)
        kept.append(point)
    return kept


# spaces between two Japanese characters (the one before ``_whole`` checks): a line break stood there, most often
# (Japanese words take no space); from the run's first space only, each space of a long run is not tried again
_JOINED = re.compile(" (?<!  ) *(?=[^\x00-\x7f\u3000 ])")  # (the space first, then the look behind: a fast scan for it)
_UNCUT_SHARE = 0.125  # the most of those left uncut for the lines found to be read as the notice's own


_OWN_SPACE = _BULLETS + _CIRCLED + _PAREN_DIGITS + "】"

# a mark drawn between the words of one line, its spaces the line's own (no line break's, on either side): a table of
# contents' leader (「第3　応募資格 ………… 3」), a breadcrumb's step (「ホーム ＞ 調達情報 ＞ 企画競争」), a bar between
# fields (「公告日 ｜ 令和8年4月1日 ｜ 財政課」); full-width or outside ASCII only, as ``_whole`` reads a space's neighbours
_BETWEEN_WORDS = "…‥＞›»｜"


def _cut_in_gap(line: str, match: re.Match, cut: set[int]) -> bool:
    """A break stands in the run of spaces (half- and full-width) that holds ``match``: a line's indent written
    with both (「、 　　　　 開閉栓の現地作業」) is cut once, before its full-width spaces."""
    if match.end() in cut:
        return True
    start = match.start()
    while start and line[start - 1] in " \u3000\t" and match.start() - start < 40:
        start -= 1
    return any(at in cut for at in range(start + 1, match.end()))


def _joined_spaces(line: str) -> list[re.Match]:
    """The spaces between two Japanese characters that may be line breaks run together (a bullet's, a marker's, a
    heading's own space not: 「◇ 仕様書の配布」「① 現状把握」「【提出先】 市役所」)."""
    return [
        match
        for match in _JOINED.finditer(line)
        if match.start()
        and line[match.start() - 1] > "\x7f"
        and line[match.start() - 1] not in _OWN_SPACE + _BETWEEN_WORDS
        and line[match.end()] not in _BETWEEN_WORDS
    ]


def _whole(line: str, cut: set[int], joined: list[re.Match]) -> bool:
    """The breaks ``cut`` put back (nearly) every line break of ``line``: few of the spaces between two Japanese characters are
    left inside a line. A notice's lines put back in part read worse than the line run together (what stands between
    two breaks found is then a line the reader takes as written), so the lines the indents, sentences, rules and dates
    tell are kept only for a notice they give whole."""
    left = sum(1 for match in joined if not _cut_in_gap(line, match, cut))
    return left <= _UNCUT_SHARE * (len(cut) + left)


# a blank line run together: the two spaces it left between two words (one for each line break), a paragraph's bounds
# (a table's empty cell between its bars not: 「| 1 | 質問書の提出期限 |  | (電子メールに限る) |」)
_PARAGRAPH_GAP = re.compile("(?<=[^ ])  (?=[^ ])(?!(?<=[|｜]  )[|｜])")
_PARAGRAPH_MIN_CUTS = 4  # a paragraph's lines put back from this many breaks (fewer tell too little of its layout)
_PARAGRAPH_MIN_WIDTH = 16  # and its lines this wide on average (narrower ones are a table's cells or a form's fields)
_PARAGRAPH_MAX_WIDTH = 80  # and this wide at most (wider, the breaks found are a few inside rows or runs, no lines)


def whole_paragraph_cuts(line: str, cut: set[int], joined: list[re.Match]) -> set[int]:
    """The breaks ``cut`` of the paragraphs (between the blank lines run together) whose lines they put back (nearly)
    whole, when the notice's are not, and the paragraph's own bounds: a notice's lines are judged each paragraph on
    its own, the one laid out in indents and sentences kept (a paragraph of its own) while its tables or a quoted
    mail run on as they came."""
    ordered = sorted(cut)
    left = sorted(match.start() for match in joined if not _cut_in_gap(line, match, cut))
    gaps = (match for match in _PARAGRAPH_GAP.finditer(line) if not _heading_number_before(line, match.start()))
    bounds = [0, *(match.end() for match in gaps), len(line) + 1]
    kept: set[int] = set()
    for begin, end in itertools.pairwise(bounds):
        cuts = ordered[bisect.bisect_left(ordered, begin) : bisect.bisect_left(ordered, end)]
        uncut = bisect.bisect_left(left, end) - bisect.bisect_left(left, begin)
        lines = len(cuts) + 1
        if (
            len(cuts) >= _PARAGRAPH_MIN_CUTS
            and uncut <= _UNCUT_SHARE * (len(cuts) + uncut)
            and _PARAGRAPH_MIN_WIDTH * lines <= end - begin <= _PARAGRAPH_MAX_WIDTH * lines
        ):
            kept.update(cuts)
            kept.update(at for at in (begin, end) if 0 < at < len(line))
    return kept


# 「６　入札日程の変更 　設計図書の差替えにより、…」: a numbered section's heading on a line of its own, its paragraph
# under it opening with a full-width space's indent (the space a line break became, then the indent): the heading cut
# from its paragraph whatever else of the notice is cut, as an outline item's mark is
_HEADING_INDENT = 30  # characters of such a heading after its mark, at most
# (the paragraph's first words: neither a date, a bracket, nor a deeper indent)
_PARAGRAPH_OPENING = re.compile(r"\u3000(?![0-9０-９\s（(【［「『〔]|(?:令和|平成|昭和)[0-9０-９元])")


def heading_indent_cuts(line: str, items: list[int]) -> list[int]:
    """The indents (``_INDENTED``) that follow an outline item's mark (``items``, sorted) or a heading in brackets
    after a blank line within ``_HEADING_INDENT`` characters, no sentence's end or other space between: where the
    heading ends and its paragraph begins."""
    if " \u3000" not in line or not items:
        return []
    cuts = []
    for match in _INDENTED.finditer(line):
        at = match.start()
        if not _after_break(line, at):
            continue
        if not _PARAGRAPH_OPENING.match(line, match.end()):
            continue  # (a value, a date or a bracket, or an inner item's deeper indent: no paragraph of prose under it)
        k = bisect.bisect_right(items, at) - 1
        if k >= 0 and at - items[k] <= _HEADING_INDENT:
            heading = line[items[k] : at]
            mark = _MARKER.match(heading)
            if not mark or _marker_number(mark) is None:
                continue  # (a bullet's item, 「■会場 　…」: a key and its value, no numbered section)
        else:  # (「（変更前の日程） 　入札書の提出期間…」: a heading in brackets, a blank line above it)
            gap = line.rfind(BLANK_LINE, max(0, at - _HEADING_INDENT), at)
            heading = line[gap + 2 : at] if gap >= 0 else ""
            if heading[:1] not in "（【〔[(" or heading[-1:] not in "）】〕])":
                continue
        opening = _MARKER.match(heading)
        words = heading[opening.end() :] if opening else heading
        if "。" in heading or " " in heading or "\u3000" in words.strip() or not words.strip() or _DIGIT.search(words):
            continue  # (a key and its value, 「４　保護に関する指針　高原性鳥類の…」: no heading)
        if L.kind_of(words):
            continue  # (a step's name and its value, 「１．提案書の提出期限 　…5/26正午」, or a month's days: no heading)
        cuts.append(match.end())
    return cuts


# a system's JSON export laid out with indents, run onto one line (a portal's record copied, 「{   "title": "…",
# "questionDeadline": "…",   "period": {     "from": …   },」): its tokens, a string whole
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],]|\s+')
# the line a JSON export is given under (the command that fetched it, 「$ curl -s "https://…/anken/R8-0147" | jq .」, a
# title): a line of its own before the document's opening brace, this many characters at most
_JSON_LEAD = 400
_JSON_OPEN = re.compile(r" [{\[] +\"")  # (a document's opening brace after the lead's line break, a key's quote after it)


def json_breaks(line: str) -> list[int]:
    """Where the lines of a JSON document laid out with indents began, run onto one line: before the spaces (a line
    break and the indent) after 「{」「[」「,」 and before 「}」「]」, and where the document begins under the line it is
    given under (``_JSON_LEAD``); none for any other line."""
    if line.lstrip()[:1] not in "{[":
        opening = _JSON_OPEN.search(line, 0, _JSON_LEAD)
        if not opening or not line.rstrip().endswith(("}", "]")):
            return []
        begin = opening.start() + 1
        cuts = json_breaks(line[begin:])
        return [begin, *(begin + cut for cut in cuts)] if cuts else []
    text = line.strip()
    if text[:1] not in "{[" or text[-1:] not in "}]" or '":' not in text[:400]:
        return []
    try:
        json.loads(text)
    except ValueError:
        return []
    cuts, before, space = [], "", None
    wide: list[bool] = []  # per cut, whether a line break and an indent stand there (two spaces or more)
    for match in _JSON_TOKEN.finditer(line):
        token = match.group()
        if token.isspace():
            space = match.start()
            continue
        if space is not None and space and (before in ("{", "[", ",") or token in ("}", "]")):
            cuts.append(space)
            wide.append(match.start() - space > 1 or match.end() == len(line.rstrip()))
        before, space = token, None
    if any(wide) and not all(wide):  # 「{"seq": 1, "event": "公示"},」 a record on one line of an indented document:
        cuts = [cut for cut, kept in zip(cuts, wide) if kept]  # whole, the single spaces in it no line's start
    return cuts


# a table spaced into columns (a PDF's layout text, a plain-text table): its cells, words joined by single spaces
_SPACED_CELL = re.compile(r"[^ ]+(?: [^ ]+)*")
_WIDE_CHAR = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff"
    "\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)  # a letter two columns wide
_COLUMN_SLACK = 2  # how far a cell may stand from its column (a layout's widths counted roughly)
_SPACED_ROWS = 3  # rows of two cells or more, at least
_FIRST_ROW_CELLS = 8  # the most cells a head has (more: no head of a table)
_NOT_SPACED_CELL = re.compile("[\t│┃├┤┼┌┐└┘|｜]")  # a tab or a box's bar: another kind of table
_LETTER_GAP = 4  # the spaces between the letters of a head's name spaced out (「項   目」), at most
_HEAD_GAP = 4  # the spaces between the first two cells of a table's head, at least
_WRAPPED_HEAD_COLUMNS = 3  # a head's columns before a second line of it wrapped under its later ones, at least
# a time at the start of a cell after 4 spaces at least: where a wrapped time stands (its column 3 or more past the
# head's indent, the gap before it one space more)
_WRAPPED_CLOCK = re.compile(" {4}" + _CLOCK.pattern)


def _width(text: str) -> int:
    return len(text) + len(_WIDE_CHAR.findall(text))


def _spaced_letters(line: str, cells: list[tuple[int, int]], at: int) -> bool:
    """Cell ``at`` and the one before it are two letters of one name spaced out (「項   目」「日   程」; a digit is no
    name's letter: 「正    1」 is a head's last name and a row's number)."""
    gap = cells[at][0] - cells[at - 1][1]
    return (
        1 < gap <= _LETTER_GAP
        and cells[at][1] - cells[at][0] == 1
        and cells[at - 1][1] - cells[at - 1][0] == 1
        and not line[cells[at][0]].isdigit()
        and not line[cells[at - 1][0]].isdigit()
    )


def _near(column: int, columns: list[int]) -> bool:
    return any(abs(column - at) <= _COLUMN_SLACK for at in columns)


def _near_first(column: int, columns: list[int], count: int) -> bool:
    """``_near`` the first ``count`` of ``columns``, which rise (the nearest found by bisection)."""
    at = bisect.bisect_left(columns, column - _COLUMN_SLACK, 0, count)
    return at < count and columns[at] <= column + _COLUMN_SLACK


def _broken(gap: int, columns: list[int]) -> list[int]:
    """The columns a cell after a ``gap`` of spaces stands at as a line's first cell, when one of the gap's first two
    spaces was a line break and the rest its indent (near one of ``columns``): none, the cell is no line's first."""
    return [start for start in (gap - 1, gap - 2) if start >= 0 and _near(start, columns)]


_PAGE_DASHES = "-‐―－"  # what a page's number (``_PAGE_NUMBER``) begins with
_PAGE_TURN_CELLS = 4  # cells around a page's number at a table's page turn, at most (a running header, a rule)


def _page_turn(
    line: str, cells: list[tuple[int, int]], at: int, columns: list[int], head: list[str]
) -> tuple[int, int, list[int], bool] | None:
    """A page turn inside a table spaced into columns at cell ``at``: a page's number (``_PAGE_NUMBER``) among the next
    cells, then the table going on under one of its ``columns`` (a cell wrapped under a later column, or a row after
    its ``head`` printed again atop the page); the cell it goes on at, that cell's column, the starts of the lines in
    between (the page's number, its running header, a rule) and whether the head was printed again. None for no turn."""
    number = None
    for k in range(at, min(at + _PAGE_TURN_CELLS, len(cells))):
        if line[cells[k][0]] in _PAGE_DASHES and (mark := _PAGE_NUMBER.match(line, cells[k][0])):
            number = k
            break
    if number is None:
        return None
    starts = [*(cells[k - 1][1] + 1 for k in range(at, number)), cells[number][0]]  # (the number's line at the number)
    if mark.end() < cells[number][1]:  # (a rule or the running header on the next line the same cell: 「- 3 - ────」)
        starts.append(mark.end() + 1)
    k = number + 1
    while k < min(number + 1 + _PAGE_TURN_CELLS, len(cells)):
        again = [line[start:end] for start, end in cells[k : k + len(head)]] == head
        if again:
            starts.append(cells[k - 1][1] + 1)
            k += len(head)
            if k == len(cells):
                return None
        gap = cells[k][0] - cells[k - 1][1]
        broken = _broken(gap, columns if again else columns[1:])
        if broken:
            return k, broken[0], starts, again
        if again:
            return None
        starts.append(cells[k - 1][1] + 1)
        k += 1
    return None


def _next_fits(line: str, cells: list[tuple[int, int]], at: int, column: int, columns: list[int]) -> bool:
    """With cell ``at`` at ``column``, the cell after it stands under one of ``columns`` (the same line or the next),
    or there is none."""
    if at + 1 == len(cells):
        return True
    gap = cells[at + 1][0] - cells[at][1]
    end = column + _width(line[cells[at][0] : cells[at][1]])
    return _near(end + gap, columns) or bool(_broken(gap, columns)) or bool(_hung(line, cells, at + 1, gap, columns))


# the start of a cell the page break put atop the next page under a table's later column: a row's date or time
_GOING_ON_CELL = re.compile(r"令和|平成|[0-9０-９]|午[前後]|正午")
_PAGE_TOP_REACH = 400  # characters of the next page's start read for a table going on past a form feed


def _goes_on(top: str, columns: list[int], head: list[str]) -> bool:
    """The next page's start ``top`` (after a form feed) goes on with a table spaced into ``columns``: its ``head``
    printed again among its first cells (after a running header), or a date or time (``_GOING_ON_CELL``) standing
    under one of its later columns (a row's cell the page break cut)."""
    cells = [match.span() for match in itertools.islice(_SPACED_CELL.finditer(top), _PAGE_TURN_CELLS + len(head))]
    end = -1  # (the first cell's column its indent: the page's first line begins after the form feed)
    for k in range(min(_PAGE_TURN_CELLS, len(cells))):
        if [top[start:stop] for start, stop in cells[k : k + len(head)]] == head:
            return True
        gap = cells[k][0] - end
        if _GOING_ON_CELL.match(top, cells[k][0]) and _broken(gap, columns[1:]):
            return True
        end = cells[k][1]
    return False


def _at_page_end(line: str, cells: list[tuple[int, int]], at: int) -> bool:
    """The cells from ``at`` on are none, or the page's number alone (``_PAGE_NUMBER``): a table ran to the page's end."""
    return at == len(cells) or (
        at == len(cells) - 1 and line[cells[at][0]] in _PAGE_DASHES and _PAGE_NUMBER.match(line, cells[at][0]) is not None
    )


_SPACED_CHANGE_HEAD = re.compile(
    rf"(?:{BEFORE_CHANGE}|{AFTER_CHANGE}|誤|正|旧|新|現行|改定案|変更内容)(?:[(（][^)）]{{1,8}}[)）])?"
)
# a rule drawn across a table spaced into columns: a cell of dashes alone
_SPACED_RULE = re.compile(r"[─━═―\-=＝]{8,}")


def _wrapped_cell(line: str, at: int) -> bool:
    """The cell at ``at``, a line's first under a later column of a table, goes on with a row's date or time: a time
    wrapped under its date (「午後5時」「17:00」), a period's end wrapped under its start (「から令和8年7月15日（水）午」
    「～ 7月23日」), or the rest of a time a cell's width cut (「後5時まで」)."""
    if _CLOCK.match(line, at):
        return True
    cell = line[at : line.find("  ", at) if "  " in line[at : at + 40] else at + 40]
    return bool(_WRAPPED_DATE.match(cell))


# the start of a line wrapped inside a row's date cell: its period's end (「から令和8年…」「～7月23日」「to 23 July」) or
# the rest of a time cut by the cell's width (「後5時まで」「前10時」)
_WRAPPED_DATE = re.compile(
    r"(?:から|より|～|~|〜|－|to |until )?\s?(?:令和|平成|[0-9０-９]{1,4}\s?[年月/／.]|[0-9０-９]{1,2}\s?[A-Z][a-z]{2})"
    r"|[前後][0-9０-９]{1,2}時"
)


def _hung(line: str, cells: list[tuple[int, int]], at: int, gap: int, columns: list[int]) -> int:
    """The column cell ``at`` stands at as a line's first inside a table's first column, past its start (a label
    wrapped under its words after the item's mark: 「(3) 競争参加資格確認」 / 「    申請書の提出期限」), when the cell
    after it then stands under a later column or begins the next line; 0 for none."""
    if len(columns) < 2 or at + 1 >= len(cells):
        return 0
    for start in (gap - 1, gap - 2):
        if columns[0] + _COLUMN_SLACK < start < columns[1] - _COLUMN_SLACK:
            end = start + _width(line[cells[at][0] : cells[at][1]])
            if end > columns[1]:
                continue
            after = cells[at + 1][0] - cells[at][1]
            if _near(end + after, columns[1:]) or _broken(after, columns[:1]):
                return start
    return 0


def _spaced_table(line: str, cells: list[tuple[int, int]], first: int, indent: int, top: str = "") -> tuple[list[int], int]:
    """The starts of the lines of a table spaced into columns whose first line (its head) begins at cell ``first``
    at column ``indent``, and the cell after the table (none found: [], the cell to try next); ``top``, the start of
    the page after ``line`` (a form feed between), where the table may go on."""
    column = indent + _width(line[cells[first][0] : cells[first][1]])
    columns = [indent]
    at = first + 1
    # (「No.  手続  日時  備考」: the rows' numbers' column named first, its next name no line's start however narrow the
    # gap before it: a head is no number's name alone)
    numbered = _ROW_NUMBER_HEAD.fullmatch(line, cells[first][0], cells[first][1]) is not None
    while at < len(cells):  # the head: its cells up to the next that stands where it began, after a line break
        gap = cells[at][0] - cells[at - 1][1]
        if gap < 2 or len(columns) > _FIRST_ROW_CELLS or _NOT_SPACED_CELL.search(line, cells[at][0], cells[at][1]):
            return [], first + 1
        if (
            (_near(gap - 1, columns[:1]) or (gap >= 3 and _near(gap - 2, columns[:1])))
            and not (numbered and at == first + 1)
            and not _spaced_letters(line, cells, at)  # (「項  目」「当  初」: a name's letters spaced out, one cell)
        ):
            break
        if (
            len(columns) >= _WRAPPED_HEAD_COLUMNS
            and _broken(gap, columns[1:])
            and not find_mentions(line[cells[first][0] : cells[at - 1][1]])
        ):
            break  # (a head of names with a second line under its later columns (「当初  変更後」 / 「(5月15日公告)
            # (6月5日付け)」): the gap its line break and indent, the cell no column of the first line; a line of dates
            # (a flow's 「5/10(月)  5/21(金)」 / 「17:30まで」) is no head)
        if (
            _CLOCK.match(line, cells[at][0])
            and (_near(gap - 1, columns[1:]) or _near(gap - 2, columns[1:]))
            and not _DIGIT.search(line, cells[first][0], cells[at - 1][1])
        ):
            break  # (a head of names (「項目 日程 …」) printed again atop a page, then the time the page break put under its
            # date's column: the head's line ends)
        column += gap
        if not _spaced_letters(line, cells, at):  # (「項   目」: a name's letters spaced out, one cell)
            columns.append(column)
        column += _width(line[cells[at][0] : cells[at][1]])
        at += 1
    if len(columns) < 2:
        return [], first + 1
    rows = [[cells[first - 1][1] + 1, len(columns), indent, cells[first][0]]]  # (a line's start, cells, column, word)
    head = [line[start:end] for start, end in cells[first:at]]
    # a table of the dates before and after a change (「変更前 変更後」「誤 正」「旧 新」): its rows' cells wrapped under
    # their words and columns read as its lines too
    changed = any(_SPACED_CHANGE_HEAD.fullmatch(name) for name in head)
    turns: list[int] = []  # the starts of the lines of a page turn inside the table
    again = False  # the head printed again atop a page the table went on to
    while at < len(cells):
        gap = cells[at][0] - cells[at - 1][1]
        if gap < 2 or _NOT_SPACED_CELL.search(line, cells[at][0], cells[at][1]):
            break
        broken = _broken(gap, columns)
        if broken and _SPACED_RULE.fullmatch(line, cells[at - 1][0], cells[at - 1][1]):
            # a rule drawn across the table (under its head, after its last row) is a line of its own, however wide
            # its dashes are counted: the cell after it begins the next line
            column = broken[0]
            rows.append([cells[at - 1][1] + 1, 1, column, cells[at][0]])
        elif _near(column + gap, columns) and not (  # a cell of the same line (but for a row's first cell after a blank
            # line that its cell would stand past no column after, and does as a line's first: 「結果の通知」 / blank /
            # 「入札説明書等に対す     令和7年6月23日…」)
            broken and not _next_fits(line, cells, at, column + gap, columns) and _next_fits(line, cells, at, broken[0], columns)
        ):
            column += gap
            rows[-1][1] += 1
        elif broken:  # the first cell of the next line: the gap's first space a line break, the rest its indent
            column = broken[0]
            rows.append([cells[at - 1][1] + 1, 1, column, cells[at][0]])
        elif changed and (hung := _hung(line, cells, at, gap, columns)):  # a row's first cell wrapped under its words, past the
            # item's mark (「５(1) 入札説明書に対す」 / 「      る質問の受付期限」)
            column = hung
            rows.append([cells[at - 1][1] + 1, 1, column, cells[at][0]])
        elif turn := _page_turn(line, cells, at, columns, head):  # (a page's number, its header, the head printed
            # again: the table goes on under its columns)
            at, column, between, repeated = turn
            turns += between
            again = again or repeated
            rows.append([cells[at - 1][1] + 1, 1, column, cells[at][0]])
        else:
            break
        column += _width(line[cells[at][0] : cells[at][1]])
        at += 1
    table = [k for k, (_, count, start, _) in enumerate(rows) if count >= 2 or start > indent + _COLUMN_SLACK]
    wrapped = [
        k
        for k in table
        if rows[k][2] > indent + _COLUMN_SLACK
        and (_CLOCK.match(line, rows[k][3]) or (changed and _wrapped_cell(line, rows[k][3])))
    ]
    if sum(rows[k][1] >= 2 for k in table) < _SPACED_ROWS or not (
        wrapped or again or (top and _at_page_end(line, cells, at) and _goes_on(top, columns, head))
    ):  # (a time wrapped under its date, at least, or the head printed again atop the next page, or the table ran to
        # the page's end and the next page goes on with it)
        # (no table: a long run is not tried again, but for its last line, which may begin a table's head)
        return [], (max(at - rows[-1][1], first + 1) if len(rows) > 2 * _SPACED_ROWS else first + 1)
    return [*turns, *(row[0] for row in rows[: table[-1] + 2])], at


def spaced_table_rows(line: str, points: list[int], top: str = "") -> list[int]:
    """``points`` with the line breaks of a table spaced into columns run together: a line break became one space
    before the next line's indent, so each line's first cell stands at its column counted from the end of the line
    before (「公募開始 … 村ホームページ  参加申込書の提出期限 …」), a cell wrapped under its column too (a time under its
    date after the row's place: 「総務課(持参、郵送又は                             午後5時(必着)」); ``top``, the start of
    the next page (a form feed ends ``line``), where a table at the page's end may go on."""
    if "   " not in line or not (top or _WRAPPED_CLOCK.search(line) or _PAGE_NUMBER.search(line)):
        return points  # (a table is cut back only where a time wrapped under its date, or its head printed again after
        # a page's number, or it goes on atop the next page: none, no table tried)
    cells = [match.span() for match in _SPACED_CELL.finditer(line)]
    cuts: list[int] = []
    at = 1
    while at < len(cells):
        gap = cells[at][0] - cells[at - 1][1]
        name = at + 1 if at + 2 < len(cells) and _spaced_letters(line, cells, at + 1) else at  # (「項   目」: one name)
        # (a table's head parts its first two cells widely, but for its rows' numbers' column, narrow: 「No.  手続」)
        head_gap = 2 if _ROW_NUMBER_HEAD.fullmatch(line, cells[at][0], cells[at][1]) else _HEAD_GAP
        if gap < 2 or name + 1 == len(cells) or cells[name + 1][0] - cells[name][1] < head_gap:
            at += 1
            continue
        tries = [_spaced_table(line, cells, at, gap - 1, top)]
        if gap >= 3:  # (a blank line above the head: two of the gap's spaces line breaks)
            tries.append(_spaced_table(line, cells, at, gap - 2, top))
        found, after = max(tries, key=lambda tried: len(tried[0]))
        if not found:  # (no table either way: a long run one of the readings went through is not tried again, cell
            # by cell, by the other; else each cell of a long misaligned run starts a scan to its end)
            after = max(after for _, after in tries)
        cuts += found
        at = max(after, at + 1)
    if not cuts:
        return points
    numbers = [  # (a page's number a table went on past: a line of its own, no list item's mark inside it (「- 2 -」))
        (cut, mark.end()) for cut in cuts if line[cut] in _PAGE_DASHES and (mark := _PAGE_NUMBER.match(line, cut))
    ]
    if numbers:
        points = [point for point in points if not any(start < point < end for start, end in numbers)]
    indents = _row_indents(line, cuts)
    if indents:  # (a row's line keeps its indent: its first cell stands at its column, a number's mark or not)
        points = [point for point in points if point not in indents]
    return sorted({*points, *(cut for cut in cuts if 0 < cut < len(line))})


def _row_indents(line: str, cuts: list[int]) -> set[int]:
    """The offsets past each of a spaced table's row starts ``cuts`` up to its first cell: inside the row's indent."""
    inside: set[int] = set()
    for cut in cuts:
        at = cut
        while at < len(line) and line[at] == " ":
            at += 1
            inside.add(at)
    return inside


# 「…しましょう。    木下 早紀  14:20   社内スケジュールも…」「…ました。  田中 美穂  2028/01/14 11:02 質問の…」: a chat's
# post header (its speaker, two spaces, when it was sent; Slack's and Teams' windows copied) on a line of its own (a
# speaker's name holds no bracket: 「6月1日 (月)  9:00 から」 is a date's weekday and its time, no post); the time
# written on a twelve-hour clock as well (「村瀬 拓也  午前 9:12」「Mia Lopez  9:12 AM」), a bot's badge between the
# name and the time (「入札アラートbot  アプリ  8:05」「Deadline Bot  APP  9:00 AM」)
_CHAT_HEADER = re.compile(
    r" (?P<header>[^\s\d:/()（）]{1,12}(?: [^\s\d:/()（）]{1,12})?(?:  (?:アプリ|ボット|APP|BOT))?  "
    r"(?:\d{4}/\d{1,2}/\d{1,2} )?(?:午[前後] ?)?\d{1,2}:\d{2}(?: ?[AP]M)?)(?= )"
)
_CHAT_HEADERS_MIN = 2  # posts run together, at least (a timetable's 「受付  9:30」 alone is none)
# A chat's day heading (「5月19日（火）」「2026年5月19日 火曜日」「── 2026/05/19(火) ──」「Tuesday, May 19th」「Today」
# 「昨日」), a line of its own after the blank line that ends the day's last post and before the next day's first post's
# header: run onto the post, its date would read as the post's own
_CHAT_DAY_WEEKDAY = r"(?:\s?[(（]\s?[月火水木金土日](?:曜日?)?\s?[)）]|\s?[月火水木金土日]曜日)"
_CHAT_DAY = re.compile(
    r"(?:[-─━=―]{2,} ?)?(?:"
    rf"(?:(?:20\d{{2}}|令和\d{{1,2}})\s?[年/.]\s?)?\d{{1,2}}\s?[月/.]\s?\d{{1,2}}\s?日?{_CHAT_DAY_WEEKDAY}"
    r"|20\d{2}年\d{1,2}月\d{1,2}日|今日|昨日|Today|Yesterday"
    rf"|(?:{_WEEKDAY_NAME}[a-z]*,? )?{_MONTH_NAME}[a-z]*\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?"
    r")(?: ?[-─━=―]{2,})?"
)
_CHAT_DAY_REACH = 40  # characters of a day heading, at most


# a line of a chat's post ended without 「。」 (「…全部回答ありです」「…会議室取った」「…変更です！」), run onto the next after the
# space its line break became: a verb's or a sentence's last kana (no particle: 「参加申込は 令和8年…」 goes on) or a
# stop, then a Japanese word. Japanese takes no space after such an ending inside a line; a post's line breaks.
_CHAT_LINE_END = re.compile(r"[すたねよいるうんかなわ！!] (?=[^\x00-\x7f\s、。，．）」』】〕])")


def _chat_day_before(line: str, header: int) -> int | None:
    """Where a chat's day heading (``_CHAT_DAY``) begins that stands alone on its line between a blank line (or the
    text's start) and the post header at ``header``; None when none stands there."""
    end = header
    while end and line[end - 1] == " ":
        end -= 1
    if not end or header - end > len(BLANK_LINE) + 1:
        return None
    blank = line.rfind(BLANK_LINE, max(0, end - _CHAT_DAY_REACH), end)
    if blank == -1 and end > _CHAT_DAY_REACH:
        return None
    start = blank + len(BLANK_LINE) if blank != -1 else 0
    while start < end and line[start] in " \u3000":
        start += 1
    return start if start < end and _CHAT_DAY.fullmatch(line, start, end) else None


# 「…します。  [2026/07/01 14:20] 相沢 拓海 ありがとうございます。…」「…です。  浅井 美和 2027/02/02 10:15 [To:…]…」:
# an export's post header after the blank line between posts, its stamp and its speaker (a name of a word or two) in
# either order, one space apart; the post's text began on the next line.
# A speaker's name holds no punctuation nor digit, so a post's first words (「了解です。」) are no name.
_SPEAKER = r"[^\s\d、。，,.:：!！?？()（）\[\]「」『』【】@#]{1,6}(?: [^\s\d、。，,.:：!！?？()（）\[\]「」『』【】@#]{1,6})?"
# (the thread's replies indented under the post they answer, full-width spaces before their header: 「  　　鶴見 修　2026/06/12
# 10:05 　　ありがとう。…」)
_STAMPED_POST = re.compile(
    rf"(?<=  )\u3000{{0,4}}(?:\[\d{{4}}/\d{{1,2}}/\d{{1,2}} \d{{1,2}}:\d{{2}}\] (?P<after>{_SPEAKER})"
    rf"|(?P<before>{_SPEAKER})[ \u3000](?:\d{{4}}/)?\d{{1,2}}/\d{{1,2}} \d{{1,2}}:\d{{2}})(?= )"
    r"(?! (?:から|まで|迄|to |[～〜~\-－–]))"  # (「期間 2027/6/1 9:00 から 2027/6/10 17:00 まで」: a period's start, no post's)
)
# 「…送付予定。 2026/06/16 15:40 川口：回答が出た。」: a memo's post stamped with its day and time unbracketed, its
# speaker's colon after them and its words on (a bid site's or a shared sheet's notes run onto one line): a line from its stamp
_STAMPED_POST_COLON = re.compile(rf"(?<= )\d{{4}}/\d{{1,2}}/\d{{1,2}} \d{{1,2}}:\d{{2}} (?P<speaker>{_SPEAKER})[:：](?=\S)")

# 「…お待ちしています! 午前10:02 · 2028年1月17日 · 4,120 件の表示 🔁 38 …」: a social post's footer, when it was posted
# (and how often it was seen), the line under the post's text
# (guarded by its first characters, the same matches: searched through a whole line, a text put on one line)
_POST_FOOTER = first_characters_guarded(
    re.compile(r"(?<= )午[前後]\d{1,2}:\d{2} · 20\d{2}年\d{1,2}月\d{1,2}日(?: · [\d,]{1,12} 件の表示)?(?= |$)")
)


def chat_header_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before and after each post header of a chat run onto one line: a speaker's name and two
    spaces before the time (``_CHAT_HEADER``), or a stamp and a speaker after a blank line (``_STAMPED_POST``), the same
    speaker heading two posts at least; before each memo post's stamp whose words go on after its speaker's colon
    (``_STAMPED_POST_COLON``, the same speaker twice too); and around each social post's footer (``_POST_FOOTER``). A
    day heading between two posts (``_CHAT_DAY``) a line of its own, and in a chat, the end of each line of a post that
    ends without 「。」 (``_CHAT_LINE_END``); no break inside a header (its two spaces no blank line)."""
    if "  " not in line or ":" not in line:
        return points
    posted = list(_CHAT_HEADER.finditer(line))
    headers = [match.span("header") for match in posted]
    # (a speaker heading two posts at least: a chat, whose posts' lines end without 「。」; not a timetable's 「受付  9:30」)
    chat = Counter(match.group("header").split("  ")[0] for match in posted).most_common(1)[0][1] >= 2 if posted else False
    if "·" in line:  # (past the blank line after a footer, if one stood there, as the blank line between two posts)
        headers += [(m.start(), m.end() + line.startswith("  ", m.end())) for m in _POST_FOOTER.finditer(line)]
    if "/" in line:
        posts = list(_STAMPED_POST.finditer(line))
        speakers = Counter(match.group("after") or match.group("before") for match in posts)
        if len(posts) >= _CHAT_HEADERS_MIN and speakers.most_common(1)[0][1] >= 2:
            headers += [match.span() for match in posts]
            chat = True
        colon_posts = list(_STAMPED_POST_COLON.finditer(line))  # (a 「:」 stands in the line: its time)
        colon_speakers = Counter(match.group("speaker") for match in colon_posts)
        if len(colon_posts) >= _CHAT_HEADERS_MIN and colon_speakers.most_common(1)[0][1] >= 2:
            # (its words go on after the colon on the stamp's line: a break before the stamp only)
            points = sorted({*points, *(match.start() for match in colon_posts)})
    if len(headers) < _CHAT_HEADERS_MIN:
        return points
    days = [day for start, _ in headers if (day := _chat_day_before(line, start)) is not None]
    first = min(start for start, _ in headers)
    ends = [match.end() for match in _CHAT_LINE_END.finditer(line, first)] if chat else []
    # (the two spaces between a header's speaker and its time are no blank line: no break inside a header)
    headers.sort()
    starts = [start for start, _ in headers]
    points = [
        point for point in (*points, *ends) if not ((at := bisect.bisect_left(starts, point)) and point <= headers[at - 1][1])
    ]
    return sorted(
        {*points, *days, *(cut for start, end in headers for cut in (start, end + 1))}
    )  # (after the line break's space)


# a table read column after column (a PDF's cells one a line: the heads, the steps, then their dates, then the remarks),
# run onto one line: 「項目 公告 質問書の提出期限 … 契約締結 日程 令和8年9月1日(火) 令和8年9月9日(水) 午後5時 …」. Its run of
# dates (four at least, a time or a bracket wrapped onto a line of its own between them) after as many steps named,
# from the table's heads: each cell a line again, as the column reading of a table reads it.
# (a month alone only after its year: 「令和9年9月（町議会定例会）」)
_COLUMN_YEAR = r"(?:(?:令和|平成)[0-9０-９元]{1,2}年|20[0-9]{2}年)"
_COLUMN_DATE = rf"(?:{_COLUMN_YEAR}?[0-9０-９]{{1,2}}月(?:[0-9０-９]{{1,2}}日|[上中下]旬)|{_COLUMN_YEAR}[0-9０-９]{{1,2}}月(?![0-9０-９]))[^ ]{{0,40}}"
# (a time, a bracket, a window's end 「～8月23日（金）」 or a note 「※参加申込は7月26日（金）まで」 on a line of its own)
_COLUMN_PIECE = r"(?:午[前後]|正午|[0-9０-９]{1,2}[:：時]|[(（～~〜※])[^ ]{0,30}"
_DATE_COLUMN = re.compile(rf"(?<= ){_COLUMN_DATE}(?: (?:{_COLUMN_DATE}|{_COLUMN_PIECE})){{3,}}")
_COLUMN_DATE_START = re.compile(_COLUMN_DATE)
_COLUMN_HEAD = re.compile(r"No\.?|番号|項目|手続き?|内容|事項|区分|工程")  # (「項　目」: spaced out to the cell's width)
# 「スケジュール」「募集スケジュール」「日程」: the table's own heading over its steps
# (a note in brackets after it: 「手続の日程（参考）」「日程（予定）」「Schedule (tentative)」 is no head; 「スケジュール（予定）」 is)
_COLUMN_TITLE = re.compile(r"[^ ]{0,12}(?:スケジュール|日程)(?:[(（][^ ()（）]{1,6}[)）])?")
_COLUMN_NUMBER = re.compile(r"[0-9０-９]{1,2}\.?")
_COLUMN_CELL = 40  # the most a cell of such a table runs to
_COLUMN_CELLS = 60  # cells of the table before its dates, at most


def _column_cells(line: str, start: int, end: int) -> list[int]:
    """Where each cell between ``start`` and ``end`` begins (single spaces part them)."""
    return [start] + [at + 1 for at in range(start, end) if line[at] == " "]


def column_read_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before each cell of a table read column after column (``_DATE_COLUMN``)."""
    line = line.translate(_RADICAL_FORMS) if _RADICAL_FORM.search(line) else line  # (one character for one)
    if "月" not in line or "日" not in line:
        return points
    cuts: list[int] = []
    for match in _DATE_COLUMN.finditer(line):
        dates = sum(1 for cell in match.group().split(" ") if _COLUMN_DATE_START.match(cell))
        if dates < 4:
            cuts += _column_page_rest(line, match, dates) if dates > 1 else []
            continue
        cells: list[str] = []  # the table's cells before its dates, nearest first, and where each begins
        starts: list[int] = []
        end = match.start() - 1
        while end > 0 and len(cells) < _COLUMN_CELLS and line[end - 1] != " ":
            begin = line.rfind(" ", 0, end) + 1
            cell = line[begin:end]
            if len(cell) > _COLUMN_CELL or "。" in cell:
                break
            cells.append(cell)
            starts.append(begin)
            end = begin - 1
        head = next((k for k, cell in enumerate(cells) if _COLUMN_HEAD.fullmatch(cell.replace("\u3000", ""))), None)
        if head is None:  # (the heads' names spaced out to their cells' width, a letter a cell: 「項 目 日 時 備 考」)
            head = next(
                (
                    k + 1
                    for k in range(len(cells) - 1)
                    if len(cells[k]) == len(cells[k + 1]) == 1 and _COLUMN_HEAD.fullmatch(cells[k + 1] + cells[k])
                ),
                None,
            )
        if head is None:  # (the table's title over its steps; not the dates' own head 「日程」 right before them)
            head = next((k for k, cell in enumerate(cells) if k and _COLUMN_TITLE.fullmatch(cell)), None)
        if head is None or sum(1 for cell in cells[:head] if L.kind_of(cell)) < max(3, dates - 2):
            continue  # (no heads, or too few steps named for the dates: no table read by its columns)
        while head + 1 < len(cells) and (_COLUMN_HEAD.fullmatch(cells[head + 1]) or _COLUMN_NUMBER.fullmatch(cells[head + 1])):
            head += 1  # 「No. 1 2 … 9 手続」: the numbers' column and its head before the steps'
        cuts += _column_cells(line, starts[head], match.end())
        after, remarks = match.end(), 0  # the remarks' column after the dates, up to a blank line or a sentence
        while after + 1 < len(line) and line[after] == " " and line[after + 1] != " " and remarks <= len(cells):
            stop = line.find(" ", after + 1)
            stop = len(line) if stop == -1 else stop
            if stop - after - 1 > _COLUMN_CELL or "。" in line[after + 1 : stop]:
                break
            cuts.append(after + 1)
            after, remarks = stop, remarks + 1
    return sorted({*points, *(cut for cut in cuts if 0 < cut < len(line))}) if cuts else points


# such a table going on onto the next page without its heads (a page's footer and running header between): its further
# steps, their marks going on from the page before's, not from the first (「… - 4 - 〔running header〕 ⑦プレゼンテーション審査
# ⑧審査結果の通知 ⑨契約の締結 （必着・持参に限る） 令和８年８月１９日（水） 令和８年８月下旬 令和８年９月上旬」), then a date
# for each step, fewer than a table of its own has
_CIRCLED_STEP = re.compile("[\u2461-\u2473]")  # 「②」 to 「⑳」: a step's mark with one before it
_COLUMN_PAGE_REMARKS = 2  # cells between the steps and their dates (a remark the page before wrapped onto this one), at most


def _column_page_rest(line: str, match: re.Match, dates: int) -> list[int]:
    """The starts of the cells of such a table's part on the next page, from its first step to ``match``'s end; none
    when the cells before ``match`` are not as many steps as its dates, marked in sequence, and a remark or two."""
    cells: list[int] = []  # (the cells before the dates, nearest first)
    end = match.start() - 1
    steps, mark = 0, ""
    while end > 0 and line[end - 1] != " " and len(cells) < dates + _COLUMN_PAGE_REMARKS:
        begin = line.rfind(" ", 0, end) + 1
        cell = line[begin:end]
        if len(cell) > _COLUMN_CELL or "。" in cell:
            break
        if _CIRCLED_STEP.match(cell) and (not mark or ord(cell[0]) == ord(mark) - 1):
            steps, mark = steps + 1, cell[0]
        elif steps:
            break
        cells.append(begin)
        end = begin - 1
        if steps == dates:
            break
    if steps != dates or not _CIRCLED_STEP.fullmatch(mark):
        return []
    return [*reversed(cells), *_column_cells(line, match.start(), match.end())[: dates + 1]]


# 「項目 公告 質問締切 … 日付 R9.5.10 R9.5.19 … 曜日 (月) (水) … 時刻 ― 17:00 …」: a table turned on its side whose cells
# are parted by single spaces (``normalize.token_columns``), run onto one line. Its row of days (three written with
# digits at least) after a short key, the row of steps as many words before it (most of them steps named), and the rows
# after it as many words each, each keyed by a short word and no sentence: each row a line again.
_TOKEN_KEY = re.compile(r"[^\W\d_]{1,4}")
_TOKEN_DAYS_MIN = 3
_TOKEN_ROWS_AFTER = 4  # rows after the days' (weekdays, times, ways, places), at most


# a word that is all a ``DAY_WORD`` (a space or the line's end either side): where a row of days is looked for, the
# line's other words not split out (a long line of words, each a span in a list, took gigabytes)
_DAY_WORD_ALONE = re.compile(rf"(?=[\d令RH\-―])(?<!\S)(?:{DAY_WORD.pattern})(?!\S)")
_WORDS_BACK = 8  # characters read back per word wanted before a row of days, at first (twice as many each time after)
_SPAN = re.Match.span


def _words(line: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The words of ``line[start:end]`` as spans in the line, each found when it is asked for."""
    return map(_SPAN, _WORD.finditer(line, start, end))


def _words_before(line: str, end: int, count: int) -> list[tuple[int, int]]:
    """The last ``count`` words of ``line`` before ``end`` (a word's start), as spans; all of them where there are
    fewer. Read back in stretches twice as long each time, not the whole line before ``end``."""
    reach = _WORDS_BACK * (count + 1)
    while True:
        start = max(0, end - reach)
        last = deque(_words(line, start, end), maxlen=count + 1)
        if len(last) > count:  # (the first may be a word the stretch starts in, going on before it)
            return list(last)[1:]
        if not start or (len(last) == count and last[0][0] != start):
            return list(last)
        reach *= 2


def token_table_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before each row of a sideways table of single-spaced cells, and after its last. Its rows
    of days are looked for first, and only the words around one are read (a few rows' worth before it and after it)."""
    if "月" not in line and "." not in line:
        return points
    cuts: list[int] = []
    spans: list[tuple[int, int]] = []
    position = 0
    while (day := _DAY_WORD_ALONE.search(line, position)) is not None:
        run = [day.span()]  # the row's cells: the words from this one on that are days
        following = _WORD.search(line, day.end())
        while following is not None and DAY_WORD.fullmatch(line, *following.span()):
            run.append(following.span())
            following = _WORD.search(line, following.end())
        position = run[-1][1]
        days = sum(1 for start, end in run if day_in_figures(line[start:end]))
        count = len(run) + 1  # (its key and its cells)
        if days < _TOKEN_DAYS_MIN:
            continue
        before = _words_before(line, run[0][0], count + 1)  # the row of steps (its key first), then the days' key
        if len(before) <= count or not _token_row(line, before[:-1]):
            continue
        if (
            not _token_row(line, before[-1:])
            or sum(1 for start, end in before[1:-1] if L.kind_of(line[start:end])) * 2 < count - 1
        ):
            continue
        rows, last, row = [before[0][0], before[-1][0]], position, []
        after = _words(line, position, len(line))
        for _ in range(_TOKEN_ROWS_AFTER):
            row = list(itertools.islice(after, count))
            if len(row) < count or not _token_row(line, row):
                break
            rows.append(row[0][0])
            last, row = row[-1][1], []
        following = row[0] if row else next(after, None)  # the word after the table
        cuts += [*rows, *([following[0]] if following else [])]
        spans.append((rows[0], last))
        position = last
    return sorted({*_outside(points, spans), *cuts}) if cuts else points


def _token_row(line: str, row: list[tuple[int, int]]) -> bool:
    """A row of such a table: its key a short word (no day), its cells no sentence nor a cell too long."""
    key = line[row[0][0] : row[0][1]]
    return (
        bool(_TOKEN_KEY.fullmatch(key))
        and not DAY_WORD.fullmatch(key)
        and all(end - start <= _COLUMN_CELL and "。" not in line[start:end] for start, end in row)
    )


# a table drawn with box rules (「┌───┬───┐」「├───┼───┤」「└───┴───┘」) or a grid of 「+---+---+」 rules (a Markdown grid
# table), run onto one line: each rule a line of its own, and between two rules each row its bars (as many as the
# table's first rule has cells, and one), a cell wrapped onto a second line a second row of bars. A rule that leaves a
# cell spanning the rows above and below it open ends in spaces and a bar (「+----+----+        |」).
# (its corners and joints in any weight: a bold frame's thin inner rules 「┠──┼──┨」, its head's 「┏━━┯━━┓」, a double frame's
# 「╟──╫──╢」)
_BOX_LEFT = "┌┍┎┏├┝┞┟┠┡┢┣└┕┖┗╔╒╓╠╞╟╚╘╙"
_BOX_RIGHT = "┐┑┒┓┤┥┦┧┨┩┪┫┘┙┚┛╗╕╖╣╡╢╝╛╜"
_BOX_MIDDLE = "┬┭┮┯┰┱┲┳┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋┴┵┶┷┸┹┺┻╦╤╥╬╪╫╩╧╨"
_BOX_RULE = re.compile(rf"[{_BOX_LEFT}][─━═{_BOX_MIDDLE}]{{2,}}[{_BOX_RIGHT}]|\+[-=:]{{2,}}(?:\+[-=:]{{2,}})*\+")
_BOX_JOINT = re.compile(rf"[{_BOX_LEFT}{_BOX_RIGHT}{_BOX_MIDDLE}+]")
_BOX_SPANNED = re.compile(r" {2,}[│┃|]")  # a rule's cell left open, up to the table's bar on its right
_BOX_BAR = re.compile(r"[│┃|]")
# a calendar printed month by month: each month's heading (「2026年（令和8年）10月」「令和8年10月」「2026年10月」) on a line of
# its own over its grid's top rule, a blank line above it
_BOX_CAPTION = 40  # characters of such a heading, at most
_BOX_TOP = "┌┍┎┏╔╒╓"
_BOX_MONTH = re.compile(
    r"\s*(?:(?:令和|平成)?[0-9０-９元]{1,4}年\s?(?:[(（][^()（）]{1,8}[)）])?\s?)?[0-9０-９]{1,2}月(?:\s?分)?\s*"
)


def _box_line_start(line: str, at: int) -> int | None:
    """Where the line that a rule or a row of bars at ``at`` stands on began: after the space a line break became,
    before the line's indent; None when words stand before it on its line (a date beside a flow's box)."""
    indent = at
    while indent and line[indent - 1] in " \u3000\t":
        indent -= 1
    if not indent:
        return 0
    space = line.find(" ", indent, at)
    return space + 1 if space != -1 else None


def _box_rows_between(line: str, start: int, end: int, cells: int) -> list[int] | None:
    """Where each row of ``cells`` cells begins between two rules (``start``, ``end``), or None when the text there is
    no rows of the table (words outside its bars, a bar too many or too few, a row not on a line of its own)."""
    text = line[start:end].strip()
    if not text or not _BOX_BAR.match(text) or not _BOX_BAR.match(text[-1]):
        return None
    bars = [match.start() for match in _BOX_BAR.finditer(line, start, end)]
    if len(bars) % (cells + 1):
        return None
    rows = [_box_line_start(line, bar) for bar in bars[:: cells + 1]]
    return None if None in rows else rows


def box_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the breaks of a table drawn with rules (``_BOX_RULE``) run together: before and after each rule and
    before each row; the breaks other readings put inside the table (at an empty cell's bars, at a date in a cell)
    taken out. A rule with words before it on its line (a flow's box beside its date), or beside another rule (boxes
    side by side), is no table's."""
    if "──" not in line and "━━" not in line and "══" not in line and "+--" not in line and "+==" not in line:
        return points  # (no rule at all: most lines)
    cuts: list[int] = []
    tables: list[list[int]] = []  # each table's first rule's start and last rule's end
    width, end = 0, 0  # the open table's cells (0: none) and where its last rule ends
    rules = list(_BOX_RULE.finditer(line))
    # (「┌───┐   ┌───┐」: boxes side by side, each rule beside the next with only spaces between, a flow's: no table)
    beside = {k for k in range(1, len(rules)) if not line[rules[k - 1].end() : rules[k].start()].strip()}
    for k, match in enumerate(rules):
        start, stop = match.span()
        begins = _box_line_start(line, start)
        if begins is None or k in beside or k + 1 in beside:
            width = 0
            continue
        cells = len(_BOX_JOINT.findall(match.group())) - 1
        while width and cells < width and (tail := _BOX_SPANNED.match(line, stop)):
            stop, cells = tail.end(), cells + 1
        rows = _box_rows_between(line, end, start, width) if width and line[end:start].strip() else []
        if width and rows is not None and cells == width:
            cuts += rows
        else:  # the rule begins another table (the text before it is none of the open one's rows)
            tables.append([begins, stop])
            width = cells
            caption = line.rfind(BLANK_LINE, max(0, begins - _BOX_CAPTION), begins - 1) + len(BLANK_LINE)
            if caption > 1 and line[start] in _BOX_TOP and _BOX_MONTH.fullmatch(line, caption, begins - 1):
                cuts.append(caption)  # (a month's heading over its grid after a blank line, a line of its own)
        end = tables[-1][1] = stop
        cuts += [begins, end + 1 if line.startswith(" ", end) else end]
    firsts = [first for first, _ in tables]  # (in the line's order: the table a point may stand in, found by bisection)
    kept = [point for point in points if not (at := bisect.bisect_left(firsts, point)) or not point < tables[at - 1][1]]
    return sorted({*kept, *(cut for cut in cuts if 0 < cut < len(line))})


# A table drawn with its inner bars only, a rule of joints under its head (「No│手続　　│日時　　│状態」 「――┼――――┼――――┼――」
# 「 1│入札公告　│2027/11/05(金)│済」), a long cell wrapped into a continuation row whose first cell is empty (「　│提出期限　│
# 　　│」): each row has as many bars as the rule has joints. Run onto one line, the space a line break became stands in
# the cell between a row's last bar and the next row's first, after the row's last cell (a short mark, 「済」「変」, or
# nothing) and before the next row's number or empty cell (its own indent after it): the row begins after that space.
_OPEN_RULE = re.compile(r"[─━―═]{2,}+(?:[┼╋╪╬][─━―═]{1,}+){1,12}")
_OPEN_BAR = re.compile("[│┃]")
_OPEN_ROW_JOIN = 40  # characters between a row's last bar and the next row's first, at most
_OPEN_ROW_WIDTH = 400  # characters from a row's first bar to its last, at most


def _open_row_start(line: str, start: int, end: int) -> int | None:
    """Where the row after the cell ``line[start:end]`` (between two rows' bars) begins: after the first space of its
    last run of half-width spaces; None when the cell is no such join (no space in it, too long, a sentence)."""
    cell = line[start:end]
    if len(cell) > _OPEN_ROW_JOIN or "。" in cell or " " not in cell:
        return None
    at = cell.rstrip(" ").rfind(" ") if cell.endswith(" ") else cell.rfind(" ")
    while at > 0 and cell[at - 1] == " ":
        at -= 1
    return start + at + 1 if at >= 0 else None


def open_box_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the rows of a table drawn with inner bars and a rule of joints (``_OPEN_RULE``) run together put
    back: its head row, its rule and each of its rows (a continuation row its own) a line, no other break inside it."""
    if "┼" not in line and "╋" not in line and "╪" not in line and "╬" not in line:
        return points
    bars = [match.start() for match in _OPEN_BAR.finditer(line)]
    if not bars:
        return points
    cuts: list[int] = []
    spans: list[tuple[int, int]] = []
    for rule in _OPEN_RULE.finditer(line):
        joints = sum(1 for char in rule.group() if char in "┼╋╪╬")
        first = bisect.bisect_left(bars, rule.start()) - joints  # the head row's bars
        if first < 0 or (spans and spans[-1][1] > bars[first]):  # (no head, or the table before's last row)
            continue
        head = bars[first : first + joints]
        if head[-1] - head[0] > _OPEN_ROW_WIDTH or " " not in line[head[-1] : rule.start()]:
            continue
        before = line[max(0, head[0] - _OPEN_ROW_JOIN) : head[0]]
        if " " not in before and len(before) == _OPEN_ROW_JOIN:
            continue  # (no space a line break became before the head row: words, no table's head)
        begin = head[0] - len(before) + before.rfind(" ") + 1
        rows = [begin, rule.start()]
        at = bisect.bisect_left(bars, rule.end())
        last = rule.end()
        while at + joints <= len(bars):
            row = bars[at : at + joints]
            if row[-1] - row[0] > _OPEN_ROW_WIDTH or (start := _open_row_start(line, last, row[0])) is None:
                break
            rows.append(start)
            last = row[-1] + 1
            at += joints
        if len(rows) < 4:  # (a head, its rule and two rows at least)
            continue
        cuts += rows
        spans.append((begin, last))
    if not spans:
        return points
    begins = [begin for begin, _ in spans]  # (in the line's order: the table a point may stand in, found by bisection)
    kept = [point for point in points if not (at := bisect.bisect_left(begins, point)) or not point < spans[at - 1][1]]
    return sorted({*kept, *(cut for cut in cuts if 0 < cut < len(line))})


# 「** TODO 参加表明書の提出期限」: an org-mode outline's task heading below the top, its stars (two or more), a space and
# its task's state (Markdown's bold 「**…**」 has no space after its opening stars; a mail's banner 「*** This message is
# sent to … ***」 no task's state)
ORG_HEADING_STARS = r"\*{2,4} (?=(?:TODO|DONE|NEXT|WAIT(?:ING)?|HOLD|CANCEL+ED)\b)"
# a Markdown or YAML list's item (「- 質問」「* 公示：…」「  - 受付期限：…」) or a Markdown heading (「## 3. スケジュール」)
# on a line of its own, after the space its line break became: not a range's dash (「4月1日 - 4月20日」「April 1, 2027 -
# March 31」「Tue., July 1 - Fri., Aug. 29」, a digit, a month or a weekday after it), nor a title's (「SECTION B -
# TIMELINE」, capitals after it), nor a rule's last dash; not 「# 」, a YAML file's comment as well
# (「| 2 | Briefing (NEW) | - | Mon 22 Feb |」: a dash before a cell's bar is a Markdown table's empty cell, no item's mark)
# (guarded by its first characters, the same matches: searched through a whole line, a text put on one line)
_LIST_ITEM = first_characters_guarded(
    re.compile(
        r"(?<![^ \t\u3000])(?:[-*+] (?=[^\s\d\-*+#~|｜])"
        rf"(?!(?:{_MONTH_NAME}|{_WEEKDAY_NAME})[a-z]*\b|[A-Z][A-Z&])|#{{2,4}} (?=[^\s#])|{ORG_HEADING_STARS})"
    )
)
LIST_ITEMS_MIN = 3  # items of such a list in the line, at least (a dash or two in a sentence is no list)


# 「  • 12/04/2027 (Mon) - Publication of the call」「• Late May 2027 - First screening」: a bulleted row written date first,
# its dash parting the date (its weekday, its hour) from its step; no list item of its own (the bullet is the row's)
_DATE_FIRST_BULLET = re.compile(
    r"[•・▪●■◆] {0,3}(?:(?:By|On|Early|Mid|Late|End\sof)[- ])?(?:\d|" + _MONTH_NAME + r")[\w/.,:()+ -]{0,40}$"
)
_DATE_FIRST_REACH = 56  # characters between the bullet and the dash, at most


def _dash_after_dated_bullet(line: str, at: int) -> bool:
    """The dash at ``at`` parts a bulleted row's date from its step (``_DATE_FIRST_BULLET``): no key's colon and space,
    no sentence, between them."""
    if line[at] != "-":
        return False
    before = line[max(0, at - _DATE_FIRST_REACH) : at]
    match = _DATE_FIRST_BULLET.search(before)
    return match is not None and ": " not in match.group() and any(c.isdigit() for c in match.group())


def list_item_cuts(line: str) -> list[int]:
    """A break before each item of a Markdown or YAML list, and each Markdown heading, run onto the line, when it holds a
    list (``LIST_ITEMS_MIN``); not at a dash that parts a bulleted row's date from its step."""
    if "- " not in line and "* " not in line:
        return []
    items = [match.start() for match in _LIST_ITEM.finditer(line) if match.start()]
    if any(bullet in line for bullet in "\u2022・▪●■◆"):
        items = [at for at in items if not _dash_after_dated_bullet(line, at)]
    if "\t" in line:  # (「2027-10-05 (Tue)\t- Distribution …」: a table's empty cell written 「-」, no item's mark)
        items = [at for at in items if not (line[at - 1] == "\t" and line[at] in "-*+" and _in_cell(line, at))]
    dashes = Counter(line[at] for at in items if line[at] in "-*+")
    if sum(dashes.values()) < LIST_ITEMS_MIN:
        return []
    # (「- Procedure: open competition, evaluation + price.」「- Participation form + company docs: by post」「8 copies + PDF」:
    # a list marks its items with one sign; a plus in a list of dashes or stars, used less often than their sign
    # and after a word's single space, not after an indent (a nested list's 「   + 」), is a sentence's 「and」)
    top = max(dashes.values())
    if dashes["+"] and dashes["+"] < top:
        items = [at for at in items if line[at] != "+" or line[at - 2 : at].isspace()]
    return items


def _lone_marks(line: str, points: list[int]) -> list[int]:
    """``points`` without a break that leaves a list item's mark alone on its line (「-」 over 「参加申込：…」, where
    a key's row and its item's mark were both cut at)."""
    kept: list[int] = []
    for point in points:
        if kept and line[kept[-1] : point].strip() in ("-", "*", "+", "#", "##", "###", "####"):
            continue
        kept.append(point)
    return kept


# A YAML export run onto one line (「schedule:     - step: 申請書類の受付       start: 2028-07-10       end: …」): each key
# (a word of ASCII letters, then a colon) and each list item's dash begins a line, the spaces before it the line break
# (one) and the line's indent (the rest), which tells the key's parent: each line is put back at its indent
# (from a run's first space only: one begun inside the run would scan the rest of it again, quadratic in its length)
_YAML_KEY = re.compile(r"(?<! ) ( *)(?:- )?(?=[A-Za-z_][A-Za-z0-9_]{0,40}:(?: |$))")
YAML_KEYS_MIN = 8  # keys in the line, at least, of which some indented (a few 「Date: …」 keys in prose are no YAML)


def yaml_lines(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before each key and item of a YAML text run onto the line (``_YAML_KEY``), at its
    indent, and without the breaks that fell inside that indent or between an item's dash and its key."""
    keys = [(match.start() + 1, match.end()) for match in _YAML_KEY.finditer(line)]
    if len(keys) < YAML_KEYS_MIN or sum(1 for begin, end in keys if end - begin >= 2) * 2 < len(keys):
        return points
    inside = {at for begin, end in keys for at in range(begin + 1, end + 1)}
    return sorted({*(at for at in points if at not in inside), *(begin for begin, _ in keys)})


# A calendar printed as an agenda (Google Calendar's 「予定リスト」, Outlook's list; read by ``normalize.agenda_events``)
# run onto one line: a day alone on its line after a blank one (「  2027年7月12日 (月曜日)」), under it each event
# indented, its start (and end) or 「終日」 first, two spaces or more before its title, its place and notes on lines
# indented further (「     14:00 – 15:30   【…】説明会                     場所: …」)
_AGENDA_CLOCK = r"[0-9]{1,2}(?::[0-9]{2})?\s?(?i:[ap]m)|[0-9]{1,2}:[0-9]{2}"  # (「14:00」, an English print's 「1:30pm」「5pm」)
# (the English print's day: 「Tue Jan 12, 2027」, an event over days 「Wed Mar 3 – Thu Mar 4, 2027」)
_AGENDA_EN_WEEKDAY = rf"{_WEEKDAY_NAME}[a-z]{{0,6}}\.?,?"
_AGENDA_EN_DAY = rf"(?:{_MONTH_NAME}[a-z]{{0,6}}\.? [0-9]{{1,2}}|[0-9]{{1,2}} {_MONTH_NAME}[a-z]{{0,6}}\.?)"
_AGENDA_DAY = re.compile(
    r"(?<=  )(?<!   )(?:[0-9]{4}\s{0,2}[/.年]\s{0,2}[0-9]{1,2}\s{0,2}[/.月]\s{0,2}[0-9]{1,2}\s{0,2}日?\s{0,2}"
    r"\(\s{0,2}[月火水木金土日](?:曜日?)?\s{0,2}\)"
    rf"|{_AGENDA_EN_WEEKDAY} {_AGENDA_EN_DAY}(?: [–~-] {_AGENDA_EN_WEEKDAY} {_AGENDA_EN_DAY})?,? [0-9]{{4}})"
    rf"(?= {{3,}}(?:{_AGENDA_CLOCK}|終日|All day))"
)
_AGENDA_EVENT = re.compile(
    rf" {{3,}}((?:(?:{_AGENDA_CLOCK})(?:\s{{0,2}}[–~〜～-]\s{{0,2}}(?:{_AGENDA_CLOCK}))?|終日|All day) {{2,}})(?=\S)"
)
_AGENDA_GAP = re.compile(r" {2,}")
# Outlook's print of a shared calendar (``normalize.AGENDA_DAY_PLAIN``) run onto one line: a day after a blank line, its
# weekday unbracketed (「  2027年8月2日 月曜日 終日<TAB>【…】…」), each event its hours or 「終日」 and a tab, each of its
# 場所/本文 lines a tab after the space its line break became (「 <TAB>場所: …」)
_AGENDA_SPAN_DASH = r" ?[–~〜～-] ?"
_AGENDA_PLAIN_EVENT = rf"(?:(?:{_AGENDA_CLOCK}){_AGENDA_SPAN_DASH}(?:{_AGENDA_CLOCK})|終日|All day)\t"  # (not a post's time)
_AGENDA_PLAIN_DATE = r"[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日 [月火水木金土日]曜日"
_AGENDA_DAY_PLAIN = re.compile(
    rf"(?<=  )(?<!   ){_AGENDA_PLAIN_DATE}(?:{_AGENDA_SPAN_DASH}{_AGENDA_PLAIN_DATE})?(?= {_AGENDA_PLAIN_EVENT})"
)
_AGENDA_PLAIN_BREAK = re.compile(rf" (?:(?P<event>{_AGENDA_PLAIN_EVENT})(?=\S)|\t(?=[^\s:：]{{1,8}}[:：]))")
AGENDA_DAYS_MIN = 3  # days with an event under them in the line, at least (as ``normalize.AGENDA_DAYS_MIN``)


def agenda_cuts(line: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The breaks of an agenda run onto ``line``: before each day, each event and each of its further lines; and the
    span of each event's first line (its start, its title), where no other break stands."""
    if "曜" not in line and ")   " not in line and "All day" not in line and "m   " not in line:
        return [], []
    days = list(_AGENDA_DAY.finditer(line))
    if len(days) < AGENDA_DAYS_MIN:
        return _plain_agenda_cuts(line) if "曜日 " in line else ([], [])
    cuts: list[int] = []
    spans: list[tuple[int, int]] = []
    for day, following in zip(days, [*days[1:], None]):
        end = following.start() if following else len(line)
        cuts.append(day.start())
        at = day.end()
        while (event := _AGENDA_EVENT.match(line, at, end)) is not None:
            cuts.append(event.start() + 1)  # (its indent kept, as the agenda's reading wants it)
            gap = _AGENDA_GAP.search(line, event.end(), end)
            title_end = gap.start() if gap else end
            spans.append((event.start(1), title_end))
            while gap is not None and not _AGENDA_EVENT.match(line, gap.start(), end):
                if gap.end() - gap.start() < 3:  # (a blank line: the day's events end)
                    gap = None
                    break
                cuts.append(gap.end())  # (the event's place, its notes)
                gap = _AGENDA_GAP.search(line, gap.end(), end)
            if gap is None:
                break
            at = gap.start()
    return cuts, spans


# A groupware's export of its schedule (「スケジュール・ToDo エクスポート」) run onto one line: each entry its day and
# hours (or 「終日」) a line of their own after a blank line, its fields indented under it (「  件名：…」「  場所：…」): the
# day and hours after the blank line's two spaces, then the first field's line break and indent, three spaces
_EXPORT_ENTRY = re.compile(
    r"(?:(?<=\S  )|(?<=[^\s　] ))[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}\([月火水木金土日]\)"
    rf" (?:終日|(?:{_AGENDA_CLOCK})(?:{_AGENDA_SPAN_DASH}(?:{_AGENDA_CLOCK}))?)"
    r"(?P<field>   )[^\s:：]{1,8}[:：]"
)
_EXPORT_FIELD = re.compile(r"   (?=[^\s:：]{1,8}[:：])")  # (an entry's field: its line break, its indent, its name)
EXPORT_ENTRIES_MIN = 3  # entries in the line, at least


def export_entry_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before each entry of a groupware's export (``_EXPORT_ENTRY``) and before its first field
    (its indent kept), none between the entry's day and its hours nor inside that indent."""
    entries = list(_EXPORT_ENTRY.finditer(line))
    if len(entries) < EXPORT_ENTRIES_MIN:
        return points
    fields = [
        field.start() + 1
        for entry, after in zip(entries, [*entries[1:], None])
        for field in _EXPORT_FIELD.finditer(line, entry.start("field"), after.start() if after else len(line))
    ]
    inside = {at for entry in entries for at in range(entry.start() + 1, entry.start("field"))}
    inside.update(at for field in fields for at in range(field + 1, field + 3))
    cuts = {*(entry.start() for entry in entries), *fields}
    return sorted({*(at for at in points if at not in inside), *cuts})


def _plain_agenda_cuts(line: str) -> tuple[list[int], list[tuple[int, int]]]:
    """``agenda_cuts`` of Outlook's print: before each day, each event and each of its 場所/本文 lines; each event's
    first line (its hours, its title) a span no other break cuts."""
    days = list(_AGENDA_DAY_PLAIN.finditer(line))
    if len(days) < AGENDA_DAYS_MIN:
        return [], []
    cuts: list[int] = []
    spans: list[tuple[int, int]] = []
    for day, following in zip(days, [*days[1:], None]):
        end = following.start() if following else len(line)
        cuts.append(day.start())
        breaks = list(_AGENDA_PLAIN_BREAK.finditer(line, day.end(), end))
        for found, after in zip(breaks, [*breaks[1:], None]):
            cuts.append(found.start() + 1)  # (a note's tab kept, as the agenda's reading wants it)
            if found["event"]:
                spans.append((found.start() + 1, after.start() if after else end))
    return cuts, spans


# A table as a page's text version speaks it (read by ``normalize.spoken_table_rows``), run onto one line: 「… 行1
# 項目：公告 日程：2026年7月1日（水曜日） 行2 項目：…」: each 「行N」 a line of its own, before its row's first key
_SPOKEN_ROW = re.compile(r"(?<=[ \t\u3000])行 ?[0-9]{1,3}(?= [^\s:：]{1,12}[:：])")
SPOKEN_ROWS_MIN = 3  # such rows in the line, at least


# … and the way NVDA and JAWS speak one (``normalize.numbered_cell_rows``): 「表  10 行  3 列」 announces it, each cell
# after its row's and column's numbers, two spaces apart, a line break (one space now) before each: 「… 行 2  手続  列 1
# 公告 日時  列 2  令和9年11月1日(月) 備考  列 3  空白 行 3 …」 up to 「表終了」: each cell a line again
_NUMBERED_TABLE = re.compile(r"(?<![^ ])表 {0,2}[0-9]{1,3} {0,2}行 {0,2}[0-9]{1,2} {0,2}列(?= )")
_NUMBERED_CELL = re.compile(r"(?<=[^ ] )(?:行 ?[0-9]{1,3}  )?(?:[^ ]{1,20}  )?列 ?[0-9]{1,2}  ")
_NUMBERED_END = "表終了"
NUMBERED_TABLE_MAX = 20000  # characters of such a table, at most, when its end is not said


def spoken_row_cuts(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before and after each 「行N」 of a spoken table run onto ``line``, and before each cell
    of a table spoken by its cells' numbers."""
    if "行" not in line:
        return points
    cuts: list[int] = []
    spans: list[tuple[int, int]] = []  # (in the line's order)
    rows = list(_SPOKEN_ROW.finditer(line))
    if len(rows) >= SPOKEN_ROWS_MIN:
        cuts += [row.start() for row in rows] + [row.end() + 1 for row in rows]
    if "列" in line:
        for table in _NUMBERED_TABLE.finditer(line):
            end = line.find(_NUMBERED_END, table.end(), table.end() + NUMBERED_TABLE_MAX)
            end = end if end >= 0 else min(len(line), table.end() + NUMBERED_TABLE_MAX)
            cells = [cell.start() for cell in _NUMBERED_CELL.finditer(line, table.end(), end)]
            if len(cells) >= SPOKEN_ROWS_MIN:  # (its cells' lines only: its numbers and spaces begin none)
                spans.append((table.start(), end + 1))
                cuts += [table.start(), *cells, end]
    return sorted({*_outside(points, spans), *(cut for cut in cuts if 0 < cut < len(line))}) if cuts else points


def _outside(points: list[int], spans: list[tuple[int, int]]) -> list[int]:
    """``points`` (in order) that fall in none of ``spans`` (in the line's order, apart), each span's ends left out."""
    if not spans:
        return points
    starts = [start for start, _ in spans]
    return [point for point in points if not (at := bisect.bisect_left(starts, point)) or not point < spans[at - 1][1]]


# A timeline drawn sideways (read by ``normalize.timeline_rows``), run onto one line: a row of dates two spaces or more
# apart (「2/1(月)          2/10(水)17:00       2/16(火)」), the axis or the row of steps under it (「──●──●──▶」,
# 「［公 告］ ──→ ［質問締切］ ──→ …」), the flow's turns (「│」「↓」) and its steps' further lines after indents. Each of
# these a line again: a row of dates begins a line and ends one, a turn's marks a line of their own, and the indents
# between a row of dates and the next begin lines, as written.
# (guarded by its first characters, the same matches: searched through a whole line, a text put on one line)
_TIMELINE_GAP = first_characters_guarded(re.compile(r"[ \t\u3000]{2,}"))
_TIMELINE_DATE = re.compile(
    r"(?:(?:令和[0-9]{1,2}年|[0-9]{4} ?[/年])?[0-9]{1,2} ?[/月] ?[0-9]{1,2}日?|[0-9]{4} ?/ ?[0-9]{1,2}|[0-9]{1,2}月)"
    r" ?(?:上旬|初旬|中旬|下旬|末)?(?:[(（][月火水木金土日][)）])?"
    r"(?:(?:午前|午後)?(?:[0-9]{1,2}:[0-9]{2}|[0-9]{1,2}時(?:[0-9]{1,2}分)?|正午)[~～]?)?(?:[(（]?予定[)）]?)?"
)
# (only marks, one of them a point, an arrow or a turn: its marks matched once, its point sought apart)
_TIMELINE_MARK_RUN = re.compile(r"[─━―\-=●○◎◇◆▶▷►→⇒←⇐◀│┃↓↑ ]+")
_TIMELINE_POINT = re.compile(r"[●○◎◇◆▶▷►→⇒←⇐◀│┃↓↑]")
_TIMELINE_RULE = re.compile(r"[─━═―\-=]{8,}")
_SENTENCE_IN = re.compile(r"[。、]")
_TIMELINE_ARROW = re.compile(r"[●○◎◇◆▶▷►→⇒←⇐◀]")
TIMELINE_DATES_MIN = 3  # dates in a row of a timeline, at least
TIMELINE_PIECES_MAX = 40  # pieces between two rows of dates of one timeline, at most


def timeline_cuts(line: str, points: list[int]) -> list[int]:
    """``points`` with the breaks of a sideways timeline run onto ``line``: each after the space a line break became, so
    that a line keeps its indent (its cells' columns)."""
    if not _TIMELINE_ARROW.search(line):
        return points
    pieces: list[tuple[int, int, int]] = []  # (where its line would begin, start, end) of each piece between gaps
    at, begins = 0, 0
    for gap in _TIMELINE_GAP.finditer(line):
        if gap.start() > at:
            pieces.append((begins, at, gap.start()))
        at, begins = gap.end(), gap.start() + 1
    if at < len(line):
        pieces.append((begins, at, len(line)))
    runs: list[tuple[int, int]] = []  # (first, past the last) piece of each row of dates
    first = None
    for number, (_, start, end) in enumerate([*pieces, (0, 0, 0)]):
        if end > start and _TIMELINE_DATE.fullmatch(line, start, end):
            first = number if first is None else first
        elif first is not None:
            if number - first >= TIMELINE_DATES_MIN:
                runs.append((first, number))
            first = None
    if not runs:
        return points
    cuts: list[int] = []
    spans: list[tuple[int, int]] = []  # (in the line's order)
    for (first, past), following in zip(runs, [*runs[1:], None]):
        if past >= len(pieces) or not _TIMELINE_ARROW.search(line, pieces[past][1], pieces[past][2]):
            continue  # (no axis nor arrowed steps under the dates: a row of some other table's dates)
        near = following is not None and following[0] - past <= TIMELINE_PIECES_MAX
        end = following[0] if near else min(len(pieces), past + 2 * (past - first))
        cuts.append(pieces[first][0])
        for number in range(past, end):
            begins, start, stop = pieces[number]
            if not near and _SENTENCE_IN.search(line, start, stop):
                end = number  # (the timeline's last row ends before the sentences after it)
                break
            marks = _TIMELINE_RULE.fullmatch(line, start, stop) or (
                _TIMELINE_MARK_RUN.fullmatch(line, start, stop) and _TIMELINE_POINT.search(line, start, stop)
            )
            if number == past or line.startswith(" \u3000", begins - 1) or marks:
                cuts.append(begins)  # (the row under the dates; a line indented with a full-width space; a turn's marks)
            if marks and number + 1 < len(pieces):  # (after two spaces only, a blank line stood there: its start)
                after = pieces[number + 1]
                cuts.append(after[1] if line[stop : after[1]] == BLANK_LINE else after[0])
        if end > past:  # (the other cuts inside the timeline's rows dropped: a step's 「①」 begins no line of its own)
            spans.append((pieces[first][0], pieces[end - 1][2]))
    return sorted({*_outside(points, spans), *(cut for cut in cuts if 0 < cut < len(line))})


# A flow of steps drawn across the page, parted by arrows, with its rows of cells under the steps, one a step
# (「参加申込　　→　　質　問　　→　企画提案書提出」 / 「R8.6.15(月)～　　6/26(金)　　7/10(金)」 / 「6/22(月)17:00　　17:00まで　…」),
# run onto one line: its cells are parted by gaps (two spaces or more, full-width ones), and where a row ended the line
# break left one space only, between a row's last cell and the next row's first. Counted by the steps, each row's last
# cell shares its piece with the next row's first: the row breaks at that one space, as written.
_FLOW_ARROW = re.compile(r"[→⇒➡▶►]")
_FLOW_GAP = re.compile(r"[ \t\u3000]*+[→⇒➡▶►][ \t\u3000]*+|[ \t\u3000]{2,}+")  # (each run of spaces read once)
_WIDE_GAP = re.compile(r"[ \t]{2}|\u3000")
_ONE_SPACE = re.compile(r"(?<=[^ \t\u3000]) (?=[^ \t\u3000])")
FLOW_STEPS_MIN = 3  # steps in a flow parted by arrows, at least
FLOW_ROWS_MAX = 4  # rows of cells under the steps, at most
FLOW_CELL_MAX = 24  # characters of a step's name or a cell, at most


def _flow_rows_after(line: str, pieces: list[tuple[int, int]], last: int, steps: int) -> list[int]:
    """The row breaks in the rows of cells after the flow's last step (its piece ``last``), ``steps`` cells a row."""
    cuts: list[int] = []
    number = last
    for _ in range(FLOW_ROWS_MAX):
        start, end = pieces[number]
        spaces = list(_ONE_SPACE.finditer(line, start, end))
        if len(spaces) != 1 or _SENTENCE_IN.search(line, start, end):
            break
        cuts.append(spaces[0].end())
        number += steps - 1  # (the row's first cell in the piece its last shares with the next row's first)
        if number >= len(pieces) or any(e - s > FLOW_CELL_MAX for s, e in pieces[number - steps + 2 : number]):
            break
        row = line[spaces[0].end() : pieces[number][1]]
        if len(cuts) == 1 and not _CELL_DATE.search(row):
            return []  # (the first row under the steps is their days)
    return cuts


def arrow_flow_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the row breaks of a flow of steps parted by arrows and its rows of cells, run onto ``line``."""
    if not _FLOW_ARROW.search(line):
        return points
    pieces: list[tuple[int, int]] = []  # (start, end) of each piece between gaps and arrows
    arrowed: list[bool] = []  # an arrow before each piece
    at, arrow = 0, False
    for gap in _FLOW_GAP.finditer(line):
        if gap.start() > at:
            pieces.append((at, gap.start()))
            arrowed.append(arrow)
            arrow = False
        at, arrow = gap.end(), arrow or _FLOW_ARROW.search(gap.group()) is not None
    if at < len(line):
        pieces.append((at, len(line)))
        arrowed.append(arrow)
    cuts: list[int] = []
    number = 0
    while number + 1 < len(pieces):
        run = number  # the steps: the pieces from ``number`` to ``run``, an arrow before each but the first
        while run + 1 < len(pieces) and arrowed[run + 1] and pieces[run][1] - pieces[run][0] <= FLOW_CELL_MAX:
            run += 1
        # (the steps parted by wide gaps and words of one space nowhere in them: 「6/1(月) 公募開始 → 6/15(月) 応募締切」
        # is a flow spaced as a sentence, its one spaces no line breaks)
        if run - number + 1 >= FLOW_STEPS_MIN and not any(
            _ONE_SPACE.search(line, start, end) or not _WIDE_GAP.search(line, end, next_start)
            for (start, end), (next_start, _) in zip(pieces[number + 1 : run], pieces[number + 2 : run + 1])
        ):
            spaces = list(_ONE_SPACE.finditer(line, *pieces[number]))
            if spaces and not _SENTENCE_IN.search(line, spaces[-1].end(), pieces[number][1]):
                cuts.append(spaces[-1].end())  # (the flow's first step, on the line after the words above it)
            cuts += _flow_rows_after(line, pieces, run, run - number + 1)
        number = max(run, number + 1)
    return sorted({*points, *cuts}) if cuts else points


# a page's number between two pages (「- 2 -」「― 3 ―」「－　１　－」), run onto one line with the pages' text: a line of its
# own, and the running header after it (the same words after every page's number: 「月見野市 企画課」) another, so that a
# date the page break cut (「令和9年5月」 / 「- 3 -」 / header / 「21日(金)午後5時」) is read whole across them again
_PAGE_NUMBER = re.compile(r"(?<=[ \u3000])[-‐―－][ \u3000]{0,4}[0-9０-９]{1,3}[ \u3000]{0,4}[-‐―－](?=[ \u3000]|$)")
# the part of a date a page break cut before its rest, the page's number next (「令和9年5月」「2027年」「午後」「…(金)」)
_CUT_DATE = re.compile(
    r"(?:(?:令和|平成)[0-9０-９元]{1,2}年|[0-9０-９]{4}年|[0-9０-９]年[0-9０-９]{1,2}月|午[前後]?|日[(（][^)）]{1,3}[)）])$"
)
# a page's number centred under a layout's text at the page's end (pdftotext -layout): this many spaces at least before it
_FOOTER_INDENT = " " * 16
_PAGE_HEADER_WORDS = 6  # words of a running header, at most
_PAGE_HEADER_PAGES = 2  # pages a running header stands atop, at least


def _page_tops(text: str) -> list[int]:
    """Where each page's text begins: after a page's number (``_PAGE_NUMBER``) or a form feed, the spaces skipped."""
    tops = []
    for at in [*(mark.end() for mark in _PAGE_NUMBER.finditer(text)), *(feed.end() for feed in re.finditer("\f", text))]:
        while at < len(text) and text[at] in " \u3000\f":
            at += 1
        if at < len(text):
            tops.append(at)
    return sorted(set(tops))


def running_header(text: str) -> tuple[str, ...]:
    """The words every page's text begins with (a running header: 「月見野市 企画課」), on two pages at least and
    followed by the page's own words; () for other text."""
    if "\f" not in text and not any(mark in text for mark in _PAGE_DASHES):
        return ()
    tops = [re.findall(r"\S+", text[at : at + 120])[: _PAGE_HEADER_WORDS + 1] for at in _page_tops(text)]
    common = 0
    if len(tops) >= _PAGE_HEADER_PAGES:
        while all(len(words) > common + 1 for words in tops) and len({words[common] for words in tops}) == 1:
            common += 1
    return tuple(tops[0][:common]) if common else ()


def _date_cut_before(line: str, at: int) -> bool:
    """The text before ``at`` (its spaces and a form feed skipped) ends in a date's first part (``_CUT_DATE``)."""
    end = at
    while end and line[end - 1] in " \u3000\f":
        end -= 1
    return _CUT_DATE.search(line, max(0, end - 16), end) is not None


def page_break_cuts(line: str, points: list[int], header: tuple[str, ...] | None = None, paged: bool = False) -> list[int]:
    """``points`` with a break before and after each page's number (``_PAGE_NUMBER``) that follows a date's first
    part or ends the page centred under its text (``_FOOTER_INDENT``: the table's row above it a line of its own, the
    head printed again atop the next page apart), and after the running header (``header``; by default the one of
    ``line`` alone) after it; ``paged``, the line is a page's that a form feed began after such a date: after the
    header at its start too. None inside a page's number."""
    if header is None:
        header = running_header(line)
    cuts = []
    if paged and header:
        top = 0
        while top < len(line) and line[top] in " \u3000\f":
            top += 1
        cuts += _after_header(line, top, header)
    if not any(mark in line for mark in _PAGE_DASHES):
        return sorted({*points, *(cut for cut in cuts if 0 < cut < len(line))}) if cuts else points
    last = len(line.rstrip())  # (the line's words end there: a page's number after them none, spaces only)
    marks = [
        mark
        for mark in _PAGE_NUMBER.finditer(line)
        if _date_cut_before(line, mark.start()) or (line.endswith(_FOOTER_INDENT, 0, mark.start()) and mark.end() >= last)
    ]
    for mark in marks:
        top = mark.end()
        while top < len(line) and line[top] in " \u3000\f":
            top += 1
        cuts += [mark.start(), top, *_after_header(line, top, header)]
    if not cuts:
        return points
    inside = [(mark.start(), mark.end()) for mark in marks]
    kept = [point for point in points if not any(start < point <= end for start, end in inside)]
    return sorted({*kept, *(cut for cut in cuts if 0 < cut < len(line))})


def _after_header(line: str, top: int, header: tuple[str, ...]) -> list[int]:
    """Where the page's own text begins after the running header at ``top`` (after the space that follows it)."""
    if not header:
        return []
    words = list(itertools.islice(re.finditer(r"\S+", line[top : top + 120]), len(header)))
    return [top + words[-1].end() + 1] if tuple(word.group() for word in words) == header else []


# a page's counter of a PDF's footer, the page's number over the pages' count (「2 / 8」「3／12」「(4/9)」「Page 5 of 9」
# 「p. 6/9」), after a space; with the document's file name printed after it (「R080120_setsumeisho.pdf」)
_PAGE_COUNTER = re.compile(
    r"(?<=[ \u3000])(?:(?:[Pp]age|[Pp]\.|ページ)\s?)?[(（]?(?P<page>[0-9０-９]{1,3})\s?(?:[/／]|of)\s?(?P<pages>[0-9０-９]{1,3})[)）]?"
    r"(?=[ \u3000]|$)"
)
_FILE_NAME = re.compile(r"[ \u3000]*[\w.\-()（）]{1,80}\.(?:pdf|PDF|docx?|DOCX?|xlsx?|XLSX?|txt)(?=[ \u3000]|$)")
_DATED_AFTER = re.compile(r"[ \u3000]?[(（]|[ \u3000]?[0-9０-９]{1,2}[:：]")  # a weekday or a time after: a date
_PAGE_COUNTERS_MIN = 2  # counters of one count in turn, at least


def page_counter_cuts(line: str, points: list[int]) -> list[int]:
    """``points`` with the pages of a PDF run together parted at their footers' counters (``_PAGE_COUNTER``: 「2 / 8」
    「Page 3 of 8」): the same count of pages, the pages' numbers in turn, twice at least. The counter a line of its
    own, the file name printed after it another, and the running header atop the next page (the words each page's
    text begins with after them, on two pages at least) another: run into the text, they would stand between a label
    and its date, or be read as a label's words."""
    counters = [
        mark
        for mark in _PAGE_COUNTER.finditer(line)
        if 0 < int(nfkc(mark["page"])) <= int(nfkc(mark["pages"])) and int(nfkc(mark["pages"])) > 1
    ]
    runs: dict[str, list[re.Match]] = {}
    for mark in counters:  # (the pages in turn, each the one after the last: no dates 「01/15 (Fri)」「2/15」)
        run = runs.setdefault(nfkc(mark["pages"]), [])
        if (not run or int(nfkc(run[-1]["page"])) + 1 == int(nfkc(mark["page"]))) and not _DATED_AFTER.match(line, mark.end()):
            run.append(mark)
    marks = max(runs.values(), key=len, default=[])
    if len(marks) < _PAGE_COUNTERS_MIN:  # (a page of its own, a form feed after it: its counter ends it, a footer)
        end = len(line.rstrip(" \u3000\f"))
        if not counters or not line.endswith("\f"):
            return points
        last = counters[-1]
        name = _FILE_NAME.match(line, last.end())
        if (name.end() if name else last.end()) != end:
            return points
        cuts = [last.start(), *([name.end() - len(name.group().lstrip())] if name else [])]
        return sorted(
            {*(point for point in points if not last.start() < point < last.end()), *(c for c in cuts if 0 < c < len(line))}
        )
    tops = []
    for mark in marks:
        top = mark.end()
        if name := _FILE_NAME.match(line, top):
            top = name.end()
        while top < len(line) and line[top] in " \u3000":
            top += 1
        tops.append(top)
    words = [re.findall(r"\S+", line[top : top + 120])[: _PAGE_HEADER_WORDS + 1] for top in tops]
    words = [page for page in words if page]  # (the last page's counter may end the text)
    common = 0
    if len(words) >= _PAGE_HEADER_PAGES:
        while all(len(page) > common + 1 for page in words) and len({page[common] for page in words}) == 1:
            common += 1
    header = tuple(words[0][:common]) if common else ()
    if not header and not all(_FILE_NAME.match(line, mark.end()) for mark in marks):
        return points  # (a footer's counter shown by the file's name after it or a running header after it; a fax's
        # 「P. 1/2」 spaced into its layout is left as it is)
    cuts = []
    for mark, top in zip(marks, tops):
        cuts += [mark.start(), top]
        if mark.end() < top and (name := _FILE_NAME.match(line, mark.end())):
            cuts.append(name.end() - len(name.group().lstrip()))
        cuts += _after_header(line, top, header)
    starts = [mark.start() for mark in marks]  # (in the line's order: the counter a point may stand in, by bisection)
    kept = [point for point in points if not (at := bisect.bisect_left(starts, point)) or not point < marks[at - 1].end()]
    return sorted({*kept, *(cut for cut in cuts if 0 < cut < len(line))})


def page_cut_date(text: str) -> bool:
    """``text`` (a page's, up to a form feed) ends in a date's first part, its page's number after it or none."""
    end = len(text)
    while end and text[end - 1] in " \u3000\f\r\n":
        end -= 1
    mark = _PAGE_NUMBER.search(text, max(0, end - 16), end)
    return _date_cut_before(text, mark.start() if mark and mark.end() == end else end)


_TABLE_ROWS = 3  # row breaks in turn, at least, that a table's rows were found by
_HEADING_REACH = _ROW_GAP  # the most a table's heading and head (「事業者選定スケジュール 日程 内容」) run to before its rows


# a column's name in a table's head (「日程 内容」「項目 日程 備考」), no heading's word
_COLUMN_NAME = re.compile(r"項目|内容|事項|区分|手続き?|工程|備考|摘要|日時|日程|期日|期限|期間|時期|日付|年月日|予定日?")


def _column_names_end(text: str) -> int:
    """Where the head of a table's columns, two names at least, begins after its heading in ``text`` (「事業者選定スケジュール
    日程 内容 」: before 「日程」); 0 when there is none, or nothing before it."""
    words = text.split(" ")
    while words and not words[-1]:
        words.pop()
    names = 0
    while names < len(words) and _COLUMN_NAME.fullmatch(words[len(words) - 1 - names]):
        names += 1
    if names < 2 or names == len(words):
        return 0
    return len(" ".join(words[: len(words) - names])) + 1


def _tab_head(line: str, above: int, first: int, rows: list[int]) -> int | None:
    """Where the head row of a table of tab-parted cells begins before its first row at ``first`` (``rows``, its first
    rows' breaks, as many tabs in each): as many tabs before ``first`` as in a row, after the last space of the cell
    before them (「作成日<TAB>2027/1/15 No.<TAB>項目<TAB>…<TAB>備考」: before 「No.」), its cells names, no digit."""
    tabs = {line.count("\t", begin, end) for begin, end in itertools.pairwise(rows)}
    if len(rows) <= _TABLE_ROWS or len(tabs) != 1 or (count := tabs.pop()) < 2:
        return None
    at = first
    for _ in range(count):
        at = line.rfind("\t", max(above, at - _TAB_CELL), at)
        if at < 0:
            return None
    cell_begin = line.rfind("\t", max(above, at - _TAB_CELL), at) + 1 or above
    row = _row_break_in_cell(line[cell_begin:at])
    if row <= 0 or _DIGIT.search(line, cell_begin + row, first):
        return None
    return cell_begin + row


_NOTE_MARK = re.compile(r"※[0-9０-９]{1,2} (?=[ \u3000※]|$)")  # 「※１」 and the line's end after it (its note's text is not)
_NOTE_MARK_BEFORE = re.compile(r"※[0-9０-９]{1,2} $")  # 「※1 ※3」: the mark before it another
_NOTE_MARK_IN_CELL = re.compile(r"※[0-9０-９]{1,2} [|｜](?= )")  # 「| 令和9年7月9日(金)まで ※2 | 電子メール |」: a cell's end
_CELL_PADDING = 12  # the most full-width spaces that pad a row's last cell out to its note's column
# 「◆企画提案書の提出期限    令和9年7月14日(水)午後5時   ※変更」「提出期限　７月３日（金）　※訂正箇所」: a restated schedule's
# mark of the row that changed (or did not: 「正午　※変更はありません。」), in the row's last column after its gap, the row's line break after it; the row's own
# (read by the change notice's reading of marked rows), no note of its own
_CHANGE_NOTE_MARK = re.compile(
    r"※(?:変更|訂正|修正|延期|延長|新設|追加|日程変更)(?:あり|済み?|箇所|点|後|なし|はありません。?)? (?=[ \u3000※◆◇■□●○・(（0-9０-９第"
    rf"{_CIRCLED}{_PAREN_DIGITS}]|$)"
)
_CHANGE_NOTE_FIRST = ("変", "訂", "修", "延", "新", "追", "日")
# 「公告・募集開始　　10月 3日(金)　　　※終了」「参加資格確認結果の通知　10月22日(水)　　※送付済み」: the same column's mark of a
# row whose step is over (a short word and its 「済」「終了」), the row's own, no note of its own
_DONE_NOTE_MARK = re.compile(r"※[^\s※、。]{0,4}?(?:済み?|終了|完了) (?=[ \u3000※◆◇■□●○★☆・(（0-9０-９第]|$)")
# (the gap after the row's last cell: two spaces or more, or one full-width space, 「令和８年５月２２日（金）正午　※訂正」)
_CHANGE_NOTE_GAP = re.compile(r"[^ \u3000](?:[ \u3000]{2,}|\u3000)$")
# 「入札書受付締切予定日時<TAB>令和08年02月19日 17時00分　※」 over 「※印は今回変更した項目です。」: the bare mark of a row that
# changed, after full-width spaces alone (the row's own gap: a line break run into a space is an ASCII one), then the
# row's line break
_BARE_NOTE_GAP = re.compile(r"[^ \u3000]\u3000+$")


def _row_note_mark(line: str, at: int) -> bool:
    """The 「※１」 at ``at`` ends a row, a mark of the note under the table that tells more of it (「質問書の提出期限　　令和８年
    ４月２４日（金）　※２」), no note of its own: after the full-width spaces after the row's last cell (or after another
    such mark, 「※1 ※3」), with the row's line break, no note's text, after it; or at the end of a Markdown row's cell
    after its date (「| 令和9年7月9日(金)まで ※2 |」)."""
    if _NOTE_MARK_IN_CELL.match(line, at):
        return at > 1 and line[at - 1] == " " and line[at - 2] not in " \u3000|｜"
    if (line.startswith(_CHANGE_NOTE_FIRST, at + 1) and _CHANGE_NOTE_MARK.match(line, at)) or _DONE_NOTE_MARK.match(line, at):
        return bool(_CHANGE_NOTE_GAP.search(line, max(0, at - _CELL_PADDING - 2), at))
    if line[at + 1 : at + 2] == " " and line[at - 1 : at] == "\u3000":
        return bool(_BARE_NOTE_GAP.search(line, max(0, at - _CELL_PADDING - 2), at))
    if not _NOTE_MARK.match(line, at):
        return False
    before = line[max(0, at - _CELL_PADDING - 6) : at]
    padded = before.rstrip("\u3000")
    return (len(padded) < len(before) and padded[-1:] not in ("", " ")) or bool(_NOTE_MARK_BEFORE.search(before))


def table_heads(line: str, points: list[int], before_rows: list[int]) -> list[int]:
    """``points`` with a break at the blank line just before the first row of a table or schedule found among them (the
    breaks not in ``before_rows``) when the rest of the notice is put back in part: the table's heading and head (「…除く。）
    事業者選定スケジュール 日程 内容 2027年4月20日（火） 公表 …」) a line of their own, not the end of the line above; a
    head of cells parted by tabs a line of its own under its heading (「選定スケジュール 日程<TAB>内容」). And before the
    rows found of a table of tab-parted cells, blank line or none, its head row (``_tab_head``)."""
    if "  " not in line and "\t" not in line:
        return points
    found = set(points).difference(before_rows)
    cuts = []
    for at, first in enumerate(points):
        if len(points) < at + _TABLE_ROWS:
            break
        above = points[at - 1] if at else 0
        if "\t" in line[above:first] and (tabbed := _tab_head(line, above, first, points[at : at + _TABLE_ROWS + 1])):
            cuts.append(tabbed)
            continue
        if first not in found or not found.issuperset(points[at : at + _TABLE_ROWS]):
            continue
        blank = line.find("  ", max(first - _HEADING_REACH, above), first)
        head = blank + 2
        if blank < 0 or line.find("  ", head, first) >= 0:
            continue  # (none, or more than one gap of two spaces: a table's cells spaced apart, no blank line)
        if not _BLANK_GAP.match(line, blank) or "。" in line[head:first] or line[head] <= "\x7f" or line[head] in _DIGITS:
            continue  # (a sentence, a date's line 「大森 千尋  2026/08/24 16:02」, English: no Japanese table's heading)
        rows_end = points[at + _TABLE_ROWS] if at + _TABLE_ROWS < len(points) else len(line)
        if line.find("  ", first, rows_end) >= 0:
            continue  # (the rows space their cells two apart: 「6月15日(月曜日)～6月19日(金曜日)  参加表明書の受付」)
        cuts.append(head)
        tab = line.find("\t", head, first)
        if tab > 0 and (row := _row_break_in_cell(line[head:tab])) > 0:
            cuts.append(head + row)
        elif tab < 0 and (names := _column_names_end(line[head:first])):
            cuts.append(head + names)
    return sorted({*points, *cuts}) if cuts else points


# 「…により執行）  ■変更履歴 回数<TAB>変更公告日<TAB>変更項目 1<TAB>…」「…zip  ■変更前 質問受付期限<TAB>令和09年…」: a marked
# heading after a blank line over a table of tab-parted cells, run onto one line: the table's first row (its head, or a
# step and its day) begins after the heading's last space (its words short, the row's first cell a name with no digit)
# (guarded by its first characters, the same matches: searched through a whole line, a text put on one line)
_MARKED_HEADING_OVER_TABS = first_characters_guarded(
    re.compile(r"(?<=\S  )[■□◆◇●○◎▼▽][^\t\s]{1,30}(?: [^\t\s]{1,30}){0,2} (?=[^\t\s\d]{1,30}\t)")
)


def marked_heading_tab_heads(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before the first row of tab-parted cells under a marked heading
    (``_MARKED_HEADING_OVER_TABS``)."""
    cuts = [match.end() for match in _MARKED_HEADING_OVER_TABS.finditer(line)]
    return sorted({*points, *cuts}) if cuts else points


def _same_mark_before(line: str, at: int, items: list[int]) -> bool:
    """The item's mark at ``at``, after a tab, began the cell before it too (「(1) 地方自治法施行令…こと。<TAB>(1) 地方自治法
    施行令…」): a table of the text before and after a change, each row the same item in both columns, no line."""
    mark = line[at : at + 6].split(None, 1)[0] if line[at : at + 6].strip() else ""
    if not mark:
        return False
    start = max(
        line.rfind("\t", max(0, at - 1 - _TAB_CELL), at - 1) + 1, at - _TAB_CELL
    )  # (``items`` sorted: only the cell's own, bisected)
    return any(
        line.startswith(mark, item) for item in items[bisect.bisect_left(items, start) : bisect.bisect_left(items, at - 1)]
    )


# A page laid out in two columns by runs of spaces (pdftotext -layout, a table spaced into columns), read as one line:
# each former line is its left text, the spaces up to the right column, the right text, and the space its line break
# became. The right column starts the same display width from every line's start, so walking back that width from
# the end of a gap lands just past a space where the line began (「…募集開始 業務期間：…から          2024年1月15日」);
# a gap longer than that width holds the line break and an empty left column's indent.
_LAYOUT_GAP = re.compile("(?<! ) {2,}(?=[^ ])")  # (from a run's first space only: a run at the end, tried once)
_LAYOUT_REACH = 120  # the most display columns the right column starts from a line's start
_LAYOUT_MIN = 42  # the least (halfway across a page; a table's label column is narrower)
# (a page set by eye, a leaflet's: its right column nearer, found by the lines a column off (``_ambiguous_neighbours``))
_LAYOUT_EYE_MIN = 36
_LAYOUT_ROWS = 8  # gaps that land on a line's start at one width, at least (a page's running header, fewer)
# (a line of the left column alone past a right column's words: its indent or its bullet, or a date set in under its
# step's name 「 (2) 質問受付期限」 / 「   令和8年10月2日(金)午後5時」, the right column empty beside it)
_LAYOUT_LEFT_LINE = re.compile(f"(?<=[^ ]) (?=[\u3000{_BULLETS}]| {{1,6}}(?:令和|平成)[0-9０-９元]{{1,2}}年)")
_LAYOUT_BARS = "|｜│┃"  # a table's bars, drawn or typed: its cells padded with spaces are no columns of a page
_LAYOUT_INDENT = 4  # display columns the right column's lines may start further in
_LAYOUT_CELLS = 3  # gaps that end at one width from their line's start, at least, for a table's column
_LAYOUT_SHARE = 0.3  # of the gaps of three spaces or more, the least that do
_LAYOUT_NUMBER = re.compile(r"(?:[0-9]{1,2}|\([0-9]{1,2}\))[ .](?=[^\x00-\x7f])")  # 「1 目的」「(2) 業務期間」: an item's number
# (English words in a line's text, two in a row: a bilingual label 「公告日 / Date of Public Notice」 or English prose, no
# left column of a Japanese page; its width counts for none)
_LAYOUT_ENGLISH = re.compile(r"[A-Za-z]{2,} {1,3}[A-Za-z]{2,}")  # (spaced wide as well: 「The  successful  tenderer」)
# (a date, then its hour, the spaces between them no line break: 「令和9年10月8日（金）  午後5時」「8 October 2027   17:00」)
_DATE_BEFORE_HOUR = re.compile(
    rf"(?:[0-9０-９]日|[(（](?:[月火水木金土日]|(?i:{_WEEKDAY_NAME})[a-z]{{0,6}}\.?)[)）]|(?:[A-Za-z]\.?|[0-9],) [0-9]{{4}}"
    r"|\b[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|\b[0-9]{1,2}[/.][0-9]{1,2}),? *$"
)  # (a year after its month's name 「8 October 2027」「October 8, 2027」, no telephone number's last digits)
_HOUR_AFTER_DATE = re.compile(
    r" *(?:[0-9０-９]{1,2}(?:[:：][0-9０-９]{2}|時)|午前|午後|正午|(?i:noon\b|[0-9]{1,2}(?:[:.][0-9]{2})? ?[ap]\.?m\b))"
)


def _layout_start_ok(line: str, at: int, right: bool = False) -> bool:
    """A page's line may begin at ``at``: not in an English sentence (at a word of ASCII letters: the right column's
    words, or English prose spaced wide; ``right``, a right column's line, at one that goes on a sentence), nor in a
    bilingual label past its slash (「公告日 / Date of …」), nor between a date and its hour (「令和9年10月8日（金）
    午後5時」: a row's two cells, one step)."""
    char = line[at : at + 1]
    if right:
        before = _char_before(line, at) if char.islower() and char.isascii() else ""
        if before.isascii() and before.isalpha() or before == ",":
            return False
    elif char.isascii() and char.isalpha() or char == "/" or line[max(0, at - 2) : at] == "/ ":
        return False
    return not _hour_of_date(line, at)


def _char_before(line: str, at: int) -> str:
    """The last character before ``at`` that is no white space ("" when there is none), read back from ``at``."""
    while at and line[at - 1].isspace():
        at -= 1
    return line[at - 1 : at]


def _english_right_column(line: str, starts: list[tuple[int, int]]) -> bool:
    """The right column beside most lines is English prose (a page set side by side with its translation, 「入札公告
    （一般競争入札）   Public Notice for Tender」): its lines are no steps' rows, each English line beside a date no
    label of it; the page is read run on, as it stands."""
    english = 0
    for (_, column), (start, _) in itertools.pairwise([*starts, (len(line), 0)]):
        text = line[column : min(start, column + _LAYOUT_REACH)]
        if _LAYOUT_ENGLISH.search(text) and len(_WIDE_CHAR.findall(text)) < len(text) // 4:
            english += 1
    return 2 * english > len(starts)


_AMBIGUOUS_SHARE = 0.5  # of the rows a column's width counts, the least its neighbour's count takes


def _ambiguous_neighbours(widths: list[int], counts: dict[int, int], least: float) -> list[int]:
    """``widths`` with the width one display column past or short of each, where that width counts half the rows
    (``_AMBIGUOUS_SHARE``) on its own: a page aligned by eye whose marks are of ambiguous width (「■」「●」「・」, one
    column or two as the font sets them), its right column one column off on the lines that hold them."""
    near = {width + step for width in widths for step in (-1, 1)}
    added = [width for width in near - set(widths) if counts.get(width, 0) >= _AMBIGUOUS_SHARE * least]
    return sorted([*widths, *added], reverse=True) if added else widths


_BY_EYE = 2  # display columns a line aligned by eye may stand off its page's column, at most


def _off_by_eye(widths: list[int]) -> list[int]:
    """The widths a column or two (``_BY_EYE``) past or short of ``widths``, nearest first: where a line of a page set
    by eye (``_ambiguous_neighbours`` found its column a column off on some lines) may begin when none of ``widths``
    lands on its start."""
    near = [width + sign * step for step in range(1, _BY_EYE + 1) for sign in (-1, 1) for width in widths]
    return [width for width in dict.fromkeys(near) if width not in widths]


def layout_line_starts(line: str, points: list[int]) -> list[int]:
    """``points`` with the line starts of a page laid out in columns by runs of spaces: a line's own cuts between its
    start and its right column dropped (a heading of the right column 「■ スケジュール」 begins no line)."""
    gaps = [match.span() for match in _LAYOUT_GAP.finditer(line)]
    hits: list[dict[int, int]] = []  # each gap's widths back to a possible line start (just past a space)
    counts: dict[int, int] = {}
    numbered: dict[int, int] = {}  # (the same, a line's start at an item's number as well)
    runs = floor = after = 0  # (a line starts past the line break, the first space of the gap before it: in its indent,
    # or after it; ``floor`` and ``after``, where that gap begins and ends)
    for begin, end in gaps:
        found: dict[int, int] = {}
        width, right = end - begin, begin
        space = line.rfind(" ", floor, begin - 1) if line[end] not in _LAYOUT_BARS else -1  # (a cell padded to its bar)
        while space >= floor:  # (the spaces before the gap, right to left: each a line break the line may start after)
            if space < after:  # (in the gap before, only at its end or just past its first space: the line break)
                space = after - 1 if right > after else floor
            width += _width(line[space + 1 : right])
            right = space + 1
            if width > _LAYOUT_REACH:
                break
            if width >= _LAYOUT_EYE_MIN and line[right] not in _LAYOUT_BARS:
                found[width] = right
            space = line.rfind(" ", floor, space)
        if end - begin >= 3:
            runs += 1
            english = max((match.start() for match in _LAYOUT_ENGLISH.finditer(line, floor, begin)), default=-1)
            for width, at in found.items():
                if line[at] > "\x7f":  # (a width into an indent counts no line's start; nor does an English word's)
                    counts[width] = counts.get(width, 0) + 1
                if (line[at] > "\x7f" or _LAYOUT_NUMBER.match(line, at)) and at > english:  # (an outline's number
                    # 「1 目的」「(2) 業務期間」 as well, read second; no line with English words in it, a bilingual label)
                    numbered[width] = numbered.get(width, 0) + 1
        hits.append(found)
        floor, after = begin, end
    least = max(_LAYOUT_ROWS, _LAYOUT_SHARE * runs)
    widths = sorted((width for width, count in counts.items() if count >= least), reverse=True)
    eyed = _ambiguous_neighbours(widths, counts, least)
    by_eye = len(eyed) > len(widths)  # (a page set by eye: a line may stand a column or two off, its column nearer)
    widths = eyed if by_eye else [width for width in widths if width >= _LAYOUT_MIN]
    numbered = {width: count for width, count in numbered.items() if width >= _LAYOUT_MIN}
    second = not widths  # (read second: a page whose lines begin at their items' numbers, or set by characters)
    if second:
        widths = sorted((width for width, count in numbered.items() if count >= least), reverse=True)
    if not widths:  # (a page aligned by characters, half-width ones among them: its column a display column or two off)
        pooled = {width: sum(numbered.get(width + d, 0) for d in (-1, 0, 1)) for width in numbered}
        best = max(pooled, key=lambda width: (pooled[width], numbered[width]), default=0)
        if best and pooled[best] >= max(least, 2 * _LAYOUT_ROWS):
            widths = sorted((best - 1, best, best + 1), reverse=True)
    if not widths:
        return points
    # (then the right column's own indent: its dates set in under its steps' names 「選定結果通知」 / 「  3月上旬」)
    indented = [*(width + step for step in range(1, _LAYOUT_INDENT + 1) for width in widths)]
    ambiguous = _off_by_eye(widths) if by_eye else []
    starts: list[tuple[int, int]] = []  # (a line's start, where its right column begins)
    empty: list[tuple[int, int, int]] = []  # (a start in a long gap, its right column, the width from the start before)
    cells: dict[int, int] = {}  # widths from a line's start to a further gap's end, by gaps: a table's further column
    for (begin, end), found, before in zip(gaps, hits, [0, *(end - begin for begin, end in gaps)]):
        at = next((found[width] for width in widths if width in found and _layout_start_ok(line, found[width])), None)
        if at is None and before - len(BLANK_LINE) > 1:  # (a left line's indent in the gap before, no blank line's two
            # spaces; the right column's words set in as well)
            at = next((found[width] for width in indented if width in found and line[found[width]] == " "), None)
        if at is None and ambiguous:  # (a line aligned by eye a column or two off the rest)
            at = next((found[width] for width in ambiguous if width in found and _layout_start_ok(line, found[width])), None)
        if at is not None and (not starts or at > starts[-1][1]):
            starts.append((at, end))
            continue
        reach = _width(line[starts[-1][0] : end]) if starts and end - starts[-1][0] <= 2 * _LAYOUT_REACH else 0
        cells[reach] = cells.get(reach, 0) + 1
        empty_left = end - begin - 1 >= widths[-1]  # (an empty left column: the line break, then the right column's
        # indent; where the right column's words may begin a line)
        if empty_left and _layout_start_ok(line, end, right=True):
            empty.append((begin + 1, end, reach))
    # (no empty left column where the gap ends where the rows' third cells begin: 「手続  日時・期間    方法・場所」)
    starts = sorted([*starts, *((at, end) for at, end, reach in empty if not reach or cells[reach] < _LAYOUT_CELLS)])
    if len(starts) < _LAYOUT_ROWS or second and _english_right_column(line, starts):
        return points
    kept, index = [], 0
    for point in points:
        while index < len(starts) and starts[index][1] < point:
            index += 1
        if index < len(starts) and starts[index][0] <= point <= starts[index][1]:
            continue
        kept.append(point)
    # (past a right column's words, a line of the left column alone: one space, then its indent or its bullet)
    for (_, column), (start, _) in itertools.pairwise([*starts, (len(line), 0)]):
        start = min(start, column + 4 * _LAYOUT_REACH)  # (past the page's last line, a few lines only)
        kept += [match.end() for match in _LAYOUT_LEFT_LINE.finditer(line, column, start)]
    return sorted({*kept, *(start for start, _ in starts)})


# 「… 令和八年一月十三日　紫峰県報　令和七年九月十二日︵金曜日︶　第二千三百四十五号　二　入札公告 …」: a gazette's
# running head (its name, the issue's day and number, the page's number) run into the notices above and below it on
# one line: a line of its own, so that the notice after it begins a line (the head itself is read as a blank line)
_KANJI_OR_DIGIT = "\\d元一二三四五六七八九〇十"
_GAZETTE_RUNNING_HEAD = re.compile(
    r"(?<!\S)[^\s\d]{1,12}?" + GAZETTE_NAMES + r"\s{1,4}(?:令和|平成)"
    rf"[{_KANJI_OR_DIGIT}]{{1,3}}年[{_KANJI_OR_DIGIT}]{{1,3}}月[{_KANJI_OR_DIGIT}]{{1,3}}日\s{{0,2}}"
    r"(?:[(（︵][月火水木金土日](?:曜日?)?[)）︶])?\s{1,4}(?:号外\s{0,4})?第\s{0,2}[一二三四五六七八九〇十百千\d]{1,12}\s{0,2}号"
    r"\s{1,4}[一二三四五六七八九〇十\d]{1,4}(?=\s|$)\s*"  # (the spaces after it too: the next notice's start)
)


# 「…三の次に次の一項を加える。」「第５項の次に次の１号を加える。」「次の事項を加える」: the clause of an amending notice that
# inserts an item, written below it (「3⑺の次に次のように加える。」: the same, its item unnamed)
ITEM_ADDED = re.compile(
    r"次の(?:\s{0,2}(?:[一二三四五六七八九十\d]{1,3}\s{0,2})?(?:項|号|款|条|節|事項|各号)を?|(?:ように|とおり))\s{0,2}加え(?:る|た)"
)
# 「…同(2)の次に次の2号を加える。  (3) 追加現地説明会の参加申込み  令和…」 run onto one line: the clause ends its line, the
# item it inserts (its number after the clause's full stop and the space its line break became) begins the next
_ITEM_ADDED_THEN_ITEM = re.compile(ITEM_ADDED.pattern + r"\s{0,2}[。.]\s{1,8}(?=[(（]?[\d一二三四五六七八九十]{1,3}[)）.．、\s])")


# 「… (3) 追加説明会の申込み  …すること。  (4) 追加説明会  …とする。  4の(1)(…)中「…」を「…」に改め…」: the items inserted
# go on, each after a full stop, to the amending notice's next clause (its cited item before the quoted old words)
ADDED_ITEM_MARK = re.compile(r"[(（]?[\d一二三四五六七八九十]{1,3}[)）.．、](?=\s)")  # (「(3)」「3.」「三、」 before its words)
_NEXT_ADDED_ITEM = re.compile(r"。\s{1,8}(?=" + ADDED_ITEM_MARK.pattern + ")")
ADDED_ITEMS_REACH = 1200  # characters the items an amending clause inserts run over after it, at most


def added_item_cuts(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before each item an amending clause inserts (``_ITEM_ADDED_THEN_ITEM``) and before the
    notice's next clause after them (「4の(1)…中「」), so that the items are lines of their own between the clauses."""
    if "加え" not in line:
        return points
    cuts: set[int] = set()
    for clause in _ITEM_ADDED_THEN_ITEM.finditer(line):
        start = clause.end()
        reach = min(len(line), start + ADDED_ITEMS_REACH)
        pair = line.find("」を「", start, reach)
        opened = line.rfind("「", start, pair) if pair > 0 else -1
        stop = line.rfind("。", start, opened) if opened > 0 else -1
        end = stop + 1 if stop > 0 else reach
        cuts.add(start)
        cuts.update(item.end() for item in _NEXT_ADDED_ITEM.finditer(line, start, end))
        if stop > 0:
            while end < len(line) and line[end] in " \u3000":
                end += 1
            cuts.add(end)
    cuts.discard(len(line))
    return sorted({*points, *cuts}) if cuts else points


# 「…午後 （二） 令和八年六月十二日　金曜日　　浅　葱　県　公　報　　第二千四十七号 五時 …」: the same head, the issue's
# day first and the name set with spaces between its letters, the page's number in brackets before it (cut apart from
# it: a bracketed number beside a head is read as the page's)
_GAZETTE_HEAD_DAY_FIRST = re.compile(
    r"(?<!\S)(?:(?P<page>[(（][一二三四五六七八九十\d]{1,3}[)）])\s{1,4})?(?P<head>(?:令和|平成)"
    rf"[{_KANJI_OR_DIGIT}]{{1,3}}年[{_KANJI_OR_DIGIT}]{{1,3}}月[{_KANJI_OR_DIGIT}]{{1,3}}日\s{{0,2}}"
    r"(?:[(（︵][月火水木金土日](?:曜日?)?[)）︶]|[月火水木金土日]曜日)?\s{1,4}"
    r"(?:[^\s\d]{1,12}?" + GAZETTE_NAMES + "|" + GAZETTE_NAME_SPACED + ")"
    r"\s{1,4}(?:号外\s{0,4})?第\s{0,2}[一二三四五六七八九〇十百千\d]{1,12}\s{0,2}号)(?=\s|$)\s*"
)


def gazette_head_cuts(line: str, points: list[int]) -> list[int]:
    """``points`` with a break before each gazette running head (``_GAZETTE_RUNNING_HEAD``) and after it."""
    if "報" not in line or "号" not in line:
        return points
    cuts = {at for head in _GAZETTE_RUNNING_HEAD.finditer(line) for at in head.span() if 0 < at < len(line)}
    for head in _GAZETTE_HEAD_DAY_FIRST.finditer(line):
        cuts |= {at for at in (head.start(), head.start("head"), head.end()) if 0 < at < len(line)}
    return sorted({*points, *cuts}) if cuts else points


# A web page's source run onto one line (「…</p> <h2>募集日程</h2> <table> <tr><td>…</td></tr> <tr>…」): its blocks' tags stood
# each at a line's start, and the space a line break became stands before them; a block's tag that follows another tag's
# end over that space begins a line (「</td><td>」 and 「<br>令和…」 inside a row, no space between, are left as they are).
# (a feed's source alike: each of its items, 「</item> <item>」, begins a line, the dates of one item on no line of another;
# a feed's description holds the page's markup escaped once more, 「&lt;/tr&gt; &lt;tr&gt;」: its blocks begin lines alike)
# (an item's own elements each a line too, 「…</description> <content:encoded>…」: its summary and its body read apart,
# the body's table no cell of the summary's words)
_FEED_ELEMENTS = "title|link|description|content:encoded|summary|content|category|author|guid|pubDate|updated|published|dc:[a-z]+"
_BLOCK_TAGS = rf"(?:p|h[1-6]|tr|li|ul|ol|dl|dt|dd|table|thead|tbody|div|section|article|item|entry|{_FEED_ELEMENTS})"
# (guarded by its first characters, the same matches: searched through a whole line, a text put on one line)
_BLOCK_TAG_AFTER_BREAK = first_characters_guarded(
    re.compile(rf"(?<=> )<(?=/?{_BLOCK_TAGS}[\s>])|(?<=&gt; )&lt;(?=/?{_BLOCK_TAGS}(?:\s|&gt;))")
)


def markup_block_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` with each block of a page's source (``_BLOCK_TAG_AFTER_BREAK``) begun on a line of its own."""
    starts = [match.start() for match in _BLOCK_TAG_AFTER_BREAK.finditer(line)]
    if len(starts) < 3:  # (a few blocks at least: a tag or two in a notice's prose are no page's source)
        return points
    return sorted({*points, *starts})


# A schedule drawn sideways whose cells one space parts (its lines read by ``normalize.sideways_spaced_cells_tabbed``),
# run onto one line (「… 項目 公告 質問受付期限 … 契約締結 日付 R9.5.10 R9.5.19 … R9.7中旬 曜日 (月) … 時刻 ― 17:00 … ※…」):
# its row of dates counts the cells of each row; the row of steps ends before it, and after it each short word followed
# by as many cells heads a row, a line of its own (``sideways_spaced_rows``: where those lines begin)
_SIDEWAYS_DATE_ROW = re.compile(rf"(?<= )(?:{SIDEWAYS_DATE_HEAD})((?: (?:{SIDEWAYS_DATE_CELL}))+)(?= |$)")
_SIDEWAYS_STEP_HEAD = re.compile(rf"(?:{SIDEWAYS_STEP_HEAD})")
_SIDEWAYS_STEP_HEAD_MAX = 8  # characters read back for the name of the row of steps, at most (its names are shorter)
_SIDEWAYS_ROW_HEAD = 4  # characters of a row's name, at most


def _sideways_cell(word: str) -> bool:
    return sideways_cell(word) and "\u3000" not in word  # (a full-width space: the row's text runs on past its cells)


def _sideways_cell_at(line: str, start: int, end: int) -> bool:
    """``_sideways_cell`` of ``line[start:end]``, a word too long told by its bounds (not copied)."""
    return end - start <= SIDEWAYS_CELL_MAX and _sideways_cell(line[start:end])


def _sideways_step_head(line: str, end: int) -> int | None:
    """Where the name of a row of steps that ends at ``end`` begins (「項目」, indented by full-width spaces after the
    space before it, or at the line's start), None for none: read back from ``end``, a few characters."""
    start = end
    while start > 0 and line[start - 1] not in " \u3000" and end - start < _SIDEWAYS_STEP_HEAD_MAX:
        start -= 1
    if not _SIDEWAYS_STEP_HEAD.fullmatch(line, start, end):
        return None
    indent = start
    while indent > 0 and line[indent - 1] == "\u3000":
        indent -= 1
    return start if indent == 0 or line[indent - 1] == " " else None


def _sideways_row_end(line: str, at: int, count: int) -> int | None:
    """Where a row of ``count`` cells after a short name, from ``at``, ends (its last word's end), None for no such row:
    each word looked for no further than a cell's length (a long text after the table not copied nor read on)."""
    start = at
    for index in range(count + 1):
        space = line.find(" ", start, start + SIDEWAYS_CELL_MAX + 1)
        if space < 0 and (index < count or len(line) - start > SIDEWAYS_CELL_MAX):
            return None  # (fewer words than the row's cells, or a word longer than a cell)
        end = len(line) if space < 0 else space
        if not _sideways_cell_at(line, start, end):
            return None
        if not index and (end - start > _SIDEWAYS_ROW_HEAD or any(char.isdigit() for char in line[start:end])):
            return None
        start = end + 1
    return start - 1


def sideways_spaced_rows(line: str, points: list[int]) -> list[int]:
    cuts = set(points)
    for match in _SIDEWAYS_DATE_ROW.finditer(line):
        count = match.group(1).count(" ")
        if count < 3:
            continue
        # (the row of steps: the ``count`` words before the row of dates, each a cell, and its name before them, read
        # back from the dates by their spaces, the line before them not copied)
        end, cells = match.start() - 1, 0
        while cells < count:
            space = line.rfind(" ", max(0, end - SIDEWAYS_CELL_MAX - 1), end)
            if space < 0 or not _sideways_cell_at(line, space + 1, end):
                break
            end, cells = space, cells + 1
        if cells < count:
            continue
        head = _sideways_step_head(line, end)
        if head is None:
            continue
        cuts.update((head, match.start()))
        at = match.end() + 1
        while at < len(line):
            row_end = _sideways_row_end(line, at, count)
            if row_end is None:
                break
            cuts.add(at)
            at = row_end + 1
        if at < len(line):
            cuts.add(at)
    return sorted(cuts)


# 「…\t2/1 ◆\t2/2\t…」「…\t2/25 ▲ 第5週\t…」: a week grid's day in its cell, marked with a legend's symbol after one space
# (the mark ends the cell: a tab after it, or the next row's first cell, a short word, then a tab)
_MARKED_DAY_CELL = re.compile(r"\t[0-9０-９]{1,2}(?:[/／][0-9０-９]{1,2}|日) $")
_MARK_ENDS_CELL = re.compile(r".(?:\t| [^\s\t、。]{1,6}\t|  (?! ))")  # (or the grid's last: a blank line after it)


def _marked_day(line: str, at: int) -> bool:
    """A bullet at ``at`` marks the day its cell of a tab-separated grid begins with (``_MARKED_DAY_CELL``), and ends
    that cell: a day's symbol, no item's bullet."""
    return bool(_MARKED_DAY_CELL.search(line, max(0, at - 8), at)) and bool(_MARK_ENDS_CELL.match(line, at))


# A week's agenda (「▼ 第2週 …」 over 「  9/15(火)   ◎ 説明会」 / 「              14:00~15:00 …」) run onto one line: each
# row its day (a date and its weekday, or a part of a month, after the line break and the row's indent) and, spaced
# apart from it, its marked step; the mark opens the row's second cell, no line. The lines under the step hang from its
# column (a gap at least as wide as the step stands from the day: the line break and the indent); the rows without a
# mark (a holiday, an event for reference) begin after as many spaces as the marked ones do.
_WEEK_DAY = (
    r"(?:[0-9０-９]{1,2}[/／][0-9０-９]{1,2}|[0-9０-９]{1,2}月[0-9０-９]{1,2}日) ?[(（][月火水木金土日][・･]?[祝休]?[)）]"
    r"|[0-9０-９]{1,2}月[上中下初]旬"
)
_WEEK_DAY_BEFORE_MARK = re.compile(rf"(?:^|(?<=  ))(?:{_WEEK_DAY}) {{2,}}$")
_WEEK_DAY_AFTER_GAP = re.compile(rf"(?<=[^ ])( {{2,}})(?:{_WEEK_DAY}) ")
_WEEK_DAY_START = re.compile(_WEEK_DAY)
_WEEK_DAY_REACH = 24  # characters of such a day and the spaces after it, at most
_WEEK_ROWS_MIN = 2  # marked rows after gaps of one width, at least
_HUNG_GAP = re.compile(" {2,}(?=[^ ])")
_HUNG_REACH = 400  # characters of such a row and the lines hung under its step, at most


def _hung_under_step(line: str, day: int, mark: int) -> list[int]:
    """Where the lines hung under a row's step begin (its day at ``day``, its mark at ``mark``), before the next row."""
    found = []
    for gap in _HUNG_GAP.finditer(line, mark, min(len(line), mark + _HUNG_REACH)):
        if _WEEK_DAY_START.match(line, gap.end()):
            break
        if gap.end() - gap.start() >= mark - day:
            found.append(gap.start() + 1)  # (past the line break's space: the line's indent kept)
    return found


def _gap_before(line: str, at: int) -> int:
    """The spaces just before ``at`` (counted back from it: no copy of the line before it, each mark's and day's)."""
    start = at
    while start > 0 and line[start - 1] == " ":
        start -= 1
    return at - start


def week_agenda_rows(line: str, items: list[int]) -> tuple[set[int], list[int]]:
    """The marks of ``items`` (bullets) that open such a row's step, and where the agenda's rows and the lines hung under
    their steps begin: rows after gaps of one width (a line break and the rows' indent), ``_WEEK_ROWS_MIN`` at least
    with their step three spaces or more from their day (two may be a blank line before a heading's mark)."""
    days = {}
    for at in items:
        if line[at] in _BULLETS and (day := _WEEK_DAY_BEFORE_MARK.search(line, max(0, at - _WEEK_DAY_REACH), at)):
            days[at] = day.start()
    indents = Counter(_gap_before(line, day) for mark, day in days.items() if day and _gap_before(line, mark) > 2)
    indent, count = max(indents.items(), key=lambda item: item[1], default=(0, 0))
    if count < _WEEK_ROWS_MIN:
        return set(), []
    days = {mark: day for mark, day in days.items() if day and _gap_before(line, day) == indent}
    cuts = [*days.values(), *(at for mark, day in days.items() for at in _hung_under_step(line, day, mark))]
    # (the rows without a mark, after as many spaces, within the agenda's reach)
    first, last = min(days.values()), max(days) + _HUNG_REACH
    found = _WEEK_DAY_AFTER_GAP.finditer(line, max(0, first - _HUNG_REACH), min(len(line), last))
    cuts += [match.end(1) for match in found if len(match.group(1)) == indent]
    return set(days), cuts


def _status_after_date(line: str, at: int) -> bool:
    """「質問回答予定日\t2026/10/16　【変更】 競争参加資格…」: a portal's mark of a changed (or past) cell after the date of a
    tab row's value cell, no bracketed heading that begins an item."""
    if line[at] != "【" or not _STATUS_CELL.match(line, at):
        return False
    found = find_mentions(line[max(0, at - 40) : at])
    return bool(found) and found[-1].end >= min(at, 40) - 2 and "\t" in line[max(0, at - 80) : at]


# 「DEADLINE: <2024-06-21 金 17:00>」「CLOSED: [2024-05-24 金 15:10]    <2024-05-24 金 14:00-15:00>」: an org-mode outline's
# timestamps, active in angle brackets, inactive in square ones: each whole on its line (no break before its hour), and
# a task's active timestamp a line of its own after the stamp of its closing that stood on the line above
ORG_TIMESTAMP = re.compile(r"[<\[]20\d{2}-\d{2}-\d{2}[^<>\[\]\n]{0,24}[>\]]")
ORG_TIMESTAMP_BELOW_STAMP = re.compile(r"(?<=\]) {2,}(?=<20\d{2}-\d{2}-\d{2})")


def org_timestamp_breaks(line: str, points: list[int]) -> list[int]:
    """``points`` without a break inside an org-mode timestamp (``ORG_TIMESTAMP``), with one before an active timestamp
    that follows the closing stamp of its task (``ORG_TIMESTAMP_BELOW_STAMP``)."""
    spans = [match.span() for match in ORG_TIMESTAMP.finditer(line)]
    if not spans:
        return points
    kept = [point for point in points if not any(start < point < end for start, end in spans)]
    return sorted({*kept, *(match.end() for match in ORG_TIMESTAMP_BELOW_STAMP.finditer(line))})


def line_breaks(
    line: str,
    open_lists: dict[str, list[int]] | None = None,
    header: tuple[str, ...] | None = None,
    paged: bool = False,
    top: str = "",
    fed: bool = False,
) -> list[int]:
    """Where line breaks stood in a long line: the offsets at which its lines began (none at 0); ``open_lists``, the
    outline's lists the page before left open; ``header``, the running header atop the text's pages; ``paged``, the
    page before ended in a date a form feed cut; ``top``, the start of the next page (a form feed ends the line); ``fed``, the
    line is a page's that a form feed began (its running header a line of its own)."""
    if (line.lstrip()[:1] in "{[" or (" {" in line[:_JSON_LEAD] or " [" in line[:_JSON_LEAD])) and (cuts := json_breaks(line)):
        return cuts
    items = cut_points(line, open_lists)
    rules = _rule_spans(line)  # (read once for the three readings of rules below)
    cut = {*items, *indent_and_sentence_cuts(line), *blank_line_cuts(line), *rule_cuts(line, rules), *date_line_cuts(line)}
    dated = dated_rule_cuts(line, rules)  # (a news list's posts under their rules: kept whatever else is)
    dated += ruled_row_cuts(line, rules) if "  " in line else []  # (and a table's rows between theirs)
    cut.update(dated)
    cut.update(postal_cuts(line))
    cut.update(shape_mark_cuts(line) if "\u3000" in line else [])
    listed = list_item_cuts(line)
    agenda, events = agenda_cuts(line)
    listed += agenda
    cut.update(listed)
    joined = _joined_spaces(line)  # (found once: the judgement of the whole and, if it fails, of each paragraph)
    whole = _whole(line, cut.union(tab_rows(line, [])), joined)  # (a tab-separated table's rows told too; sorted once, if whole)
    if "※" in line and (row_notes := {at for at in items if line[at] == "※" and _row_note_mark(line, at)}):
        items = [at for at in items if at not in row_notes]
        cut -= row_notes
    days, agenda = week_agenda_rows(line, items) if "  " in line else (set(), [])
    if days:  # (a week's agenda: each row its day, then its marked step; the row begins at the day)
        items = sorted({*(at for at in items if at not in days), *agenda})
        listed = [*(at for at in listed if at not in days), *agenda]
        cut = (cut - days) | set(agenda)
    if "\t" in line:  # (「2026/11/2\t月\t○公告・配布開始」: a cell's mark begins no line; a line break became a space, no tab)
        cell_marks = {
            at
            for at in items
            if (line[at - 1] == "\t" and (line[at] in _CELL_MARKS or _same_mark_before(line, at, items)) and _in_cell(line, at))
            or _status_after_date(line, at)
            or (line[at] in _BULLETS and _marked_day(line, at))
        }
        if cell_marks:
            items = [at for at in items if at not in cell_marks]
            listed = [at for at in listed if at not in cell_marks]
            cut -= cell_marks
    # (a heading between two rules drawn across the page a line of its own even when the other cuts are not kept:
    # 「━━━━ Ⅱ 日程等 ━━━━ 公告日 …」)
    # (a paragraph's lines put back whole kept, too, when the rest of the notice's are not)
    kept = (
        sorted(cut)
        if whole
        else sorted(
            {
                *bracket_item_ends(line, items),
                *banner_cuts(line),
                *dated,
                *listed,
                *whole_paragraph_cuts(line, cut, joined),
                *heading_indent_cuts(line, items),
            }
        )
    )
    points = signature_breaks(line, prose_breaks(line, news_heading_cuts(line, headed_key_cuts(line, kept))))
    points = forward_mark_breaks(line, change_key_lines(line, change_mark_breaks(line, points)))
    points = en_unchanged_row_end_breaks(line, unchanged_row_end_breaks(line, points))
    points = version_keyed_breaks(line, points)
    points = quoted_line_breaks(line, points)
    points = version_row_breaks(line, spaced_version_head_breaks(line, version_head_breaks(line, points)))
    points = stacked_column_rows(line, points) if "前" in line or "誤" in line or "旧" in line else points
    before_rows = points
    points = empty_cells_rows(line, open_bar_rows(line, points))
    points = key_rows(
        line,
        csv_rows(
            line,
            calendar_tab_rows(
                line,
                tab_rows(
                    line, bare_bar_rows(line, aligned_bar_rows(line, grid_rows(line, markdown_rows(line, points)))), edges=whole
                ),
            ),
        ),
    )
    points = chat_header_breaks(line, spaced_table_rows(line, points, top))
    points = box_rows(
        line,
        token_table_rows(line, column_read_rows(line, _spaced_apart(line, month_day_rows(line, schedule_rows(line, points))))),
    )
    points = open_box_rows(line, points)
    points = spaced_part_rows(line, points)
    points = sideways_spaced_rows(line, points) if "日" in line else points
    points = arrow_flow_rows(line, points) if "  " in line or "\u3000\u3000" in line else points
    points = _outside(timeline_cuts(line, spoken_row_cuts(line, points)), events)  # (an agenda's event's first line
    # whole: 「14:00 – 15:30   【月見坂市】説明会」)
    if not whole and len(points) > len(before_rows):
        points = table_heads(line, points, before_rows)
    points = log_rows(line, points)  # (a log's entries each whole, whatever cut them above)
    points = headings_over_bullets(line, points) if "• " in line and BLANK_LINE in line else points
    points = added_item_cuts(line, gazette_head_cuts(line, points))
    points = page_break_cuts(line, points, header, paged or fed)  # (after the table heads: a page's number and header
    # no rows)
    points = page_counter_cuts(line, points) if "/" in line or "／" in line or " of " in line else points
    points = _lone_marks(line, points) if "- " in line or "* " in line or "# " in line else points
    points = yaml_lines(line, points) if ": " in line else points
    points = layout_line_starts(line, points) if "    " in line else points
    points = full_width_table_rows(line, points) if "\u3000\u3000" in line else points
    points = underlined_table_rows(line, points)
    points = version_bar_rows(line, layout_version_columns(line, points))
    points = paired_version_rows(line, points)
    points = cell_line_version_rows(line, points) if BLANK_LINE in line else points
    points = empty_cell_bar_rows(line, points) if "    | " in line else points
    points = side_by_side_box_rows(line, points) if "┐ " in line else points
    points = box_beside_rows(line, points) if "┐ " in line and "└" in line else points
    points = markup_block_breaks(line, points) if "> <" in line or "&gt; &lt;" in line else points
    points = form_title_breaks(line, points) if "様式" in line else points
    points = marked_heading_tab_heads(line, points) if "\t" in line and BLANK_LINE in line else points
    points = numbered_version_words(line, points)
    points = diff_hunk_lines(line, points) if "@@" in line else points
    points = export_entry_breaks(line, points) if "：" in line else points
    points = head_date_breaks(line, points) if "日" in line[:_HEAD_DATE_REACH] else points
    points = org_timestamp_breaks(line, points) if "<20" in line or "[20" in line else points
    return [point for point in points if point not in days and not _hour_of_date(line, point, spaced=True)]


# A page's unified diff (a page-watch mail) run onto one line: under each hunk's header 「@@ -22,30 +23,32 @@」 every line
# opened on its mark, so each line break stands where a mark follows one space: 「 -（2）交付期間 …」「 +（2）…」, or a
# space, the shared line's mark, 「…掲載  7 入札参加資格確認申請」; a tool that spaces its marks alike, 「 - 更新日：…」
# 「 + 更新日：…」 and 「…   （1）…」 (two spaces the shared line's mark). The hunk runs to the next header or the next rule
# drawn across (the next page's part of the mail). Those breaks are the hunk's all: no other break inside it (a line
# begun without its mark would end the hunk for ``normalize.diff_new_side``).
_DIFF_LINE_MARK = re.compile(r"(?<=[^ ] )(?:[-+](?=[^ \-+]| [^ ])| {1,2}(?=[^ ]))")


def diff_hunk_lines(line: str, points: list[int]) -> list[int]:
    """``points`` with each hunk's header a line of its own and each of the hunk's lines begun at its mark
    (``_DIFF_LINE_MARK``), no other break inside the hunk."""
    headers = list(DIFF_HUNK_HEADER.finditer(line))
    if not headers:
        return points
    rules = [start for start, _ in _rule_spans(line)]
    cuts: set[int] = set()
    spans = []
    for header, after in zip(headers, [*headers[1:], None]):
        end = after.start() if after else len(line)
        rule = bisect.bisect_left(rules, header.end())
        end = min(end, rules[rule]) if rule < len(rules) else end
        marks = [match.start() for match in _DIFF_LINE_MARK.finditer(line, header.end(), end)]
        if not any(line[at] in "-+" for at in marks):
            continue  # (a hunk changes a line at least: 「@@ … @@」 with no line taken out or put in is no diff's)
        cuts.update({header.start(), end, *marks})
        spans.append((header.start(), end))
    starts = [start for start, _ in spans]
    kept = [p for p in points if not ((at := bisect.bisect_right(starts, p)) and p < spans[at - 1][1])]
    return sorted({*kept, *(cut for cut in cuts if 0 < cut < len(line))})


def numbered_version_words(line: str, points: list[int]) -> list[int]:
    """A 正誤表 copied one cell a line, its rows numbered and citing their page (「番号 頁 該当箇所 誤 正 1 2 …」), run onto
    one line: each of its words a line again (normalize's ``numbered_versions_refolded`` puts its rows back together),
    no other cut inside it."""
    cuts = numbered_versions_word_cuts(line) or qa_word_cuts(line)
    if not cuts:
        return points
    first, last = cuts[0], cuts[-1]
    return sorted({*(at for at in points if not first <= at <= last), *cuts})


# A table of a correction or a change a word processor sets with full-width spaces (「No.　文書　　　頁　箇所・行　　　誤　　　　正」 over 「1　　公告　　　2
# 5(2)　3行目　　令和9年1月12日（火）午後5時　　令和9年1月13日（水）午後5時」, a cell wrapped onto a line indented with them),
# run onto one line: its cells' gaps are full-width (an ASCII space after one is the gap's too), so the only ASCII spaces
# after a word among its rows are its line breaks. Each stretch between two of them a line (a row, or a cell's wrapped words under it), no line begun inside one (a page's
# number 「2」 in its cell is no item of a list).
_FULL_WIDTH_GAP = re.compile(r"[^\s]\u3000+(?=[^\s])")
_FULL_WIDTH_ROWS = 3  # rows of three cells or more in such a run, at least
# the head of such a table of a correction or a change: a cell of the old version and one of the new (「誤」「正」「変更前」)
_FULL_WIDTH_VERSION_HEAD = re.compile(
    rf"(?:^|\u3000)(?:誤|旧|{BEFORE_CHANGE})\u3000+(?:.*\u3000)?(?:正|新|{AFTER_CHANGE})(?:\u3000|$)"
    rf"|(?:^|\u3000)(?:正|新|{AFTER_CHANGE})\u3000+(?:.*\u3000)?(?:誤|旧|{BEFORE_CHANGE})(?:\u3000|$)"
)
_FULL_WIDTH_ROW = 200  # characters of one such row, at most


def _full_width_row(piece: str) -> int:
    """The cells' gaps of ``piece`` (a row's), 0 when it is no row (too long, a tab in it)."""
    if not piece or len(piece) > _FULL_WIDTH_ROW or "\t" in piece:
        return 0
    return len(_FULL_WIDTH_GAP.findall(piece))


def full_width_table_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with each row of such a table (``_FULL_WIDTH_ROWS``) begun at its line break and none inside it."""
    rows: list[tuple[int, int]] = []  # (start, end) of the pieces of the runs found
    run: list[tuple[int, int]] = []
    wide = 0  # the run's rows of three cells or more
    at = 0
    while at <= len(line):
        end = line.find(" ", at)
        while end > 0 and line[end - 1] == "\u3000":  # (「2　 5(2)」: a gap of both kinds of space, inside the row)
            end = line.find(" ", end + 1)
        end = len(line) if end < 0 else end
        piece = line[at:end]
        gaps = _full_width_row(piece)
        if (gaps and (run or _FULL_WIDTH_VERSION_HEAD.search(piece))) or (
            run and piece.startswith("\u3000") and piece.strip("\u3000 ")
        ):  # (the run opened by its head, a column of the old version's and one of the new's named)
            run.append((at, end))  # (a row, or its cell's words wrapped under it, indented)
            wide += gaps >= 2
        else:
            if wide >= _FULL_WIDTH_ROWS:
                rows += run
            run, wide = [], 0
        at = end + 1
    if wide >= _FULL_WIDTH_ROWS:
        rows += run
    if not rows:
        return points
    starts = {start for start, _ in rows}
    kept = [p for p in points if p in starts or not _within_rows(rows, p)]  # (the rows sorted, apart)
    return sorted({*kept, *(start for start in starts if start)})


# A comparison table (正誤表, 新旧対照表, a change notice's 変更前・変更後) whose text layer gives its columns one after the
# other, run onto one line: its head's names (「頁 行 誤 正」「No. 項目 変更前 変更後」), the page and line numbers of its
# rows, then the old column's rows and the new column's, each row led by the number of the section it corrects
# (「３ 業務期間 …」「６(2) 質問書の提出期限 …」「10 評価基準 …」), rising with gaps; the first row's number again where the
# second column begins. Each such row a line, the head a line of its own (read by ``normalize._stacked_old_column``).
_STACKED_HEAD = re.compile(
    rf"(?<![^ \u3000])(?:(?:誤|旧|{BEFORE_CHANGE}) (?:正|新|{AFTER_CHANGE})|(?:正|新|{AFTER_CHANGE}) (?:誤|旧|{BEFORE_CHANGE}))"
    r"(?= [0-9０-９])"  # (the rows' numbers after it: 「正 誤 表」, a title's letters spaced out, is no head)
)
_STACKED_HEAD_NAME = 6  # characters of one of the head's names before the old and new columns', at most
_STACKED_HEAD_NAMES = 6  # such names, at most
_STACKED_ROW_GAP = 9  # sections a row's number may skip past the row's before
_STACKED_REACH = 4000  # characters of the columns after the head, at most
_STACKED_SECTION = re.compile(r"([0-9０-９]{1,2})(?= [^\s0-9０-９]|[(（][0-9０-９])")  # 「３ 業務期間」「６(2) 質問書」


def stacked_column_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with a line begun at such a table's head (``_STACKED_HEAD``) and at each row of its columns."""
    head = _STACKED_HEAD.search(line)
    if not head:
        return points
    added = []
    words = line[: head.start()].split(" ")[-_STACKED_HEAD_NAMES - 1 :]
    start = head.start()
    for word in reversed(words[:-1]):  # (the names before the pair: short, no digit, no sentence's end)
        if not word or len(word) > _STACKED_HEAD_NAME or _DIGIT.search(word) or word[-1:] in "。、)）」":
            break
        start -= len(word) + 1
    if start:
        added.append(start)
    at, last, restarts, rows_before = head.end(), 0, 0, 0
    end = min(len(line), at + _STACKED_REACH)
    first_number = 0
    while at < end:
        found = _STACKED_SECTION.search(line, at, end)
        if not found:
            break
        at = found.end()
        if found.start() and line[found.start() - 1] != " ":
            continue
        number = int(found.group(1).translate(_TO_ASCII))
        if last and last < number <= last + _STACKED_ROW_GAP:
            added.append(found.start())
        elif not last or (number == first_number and restarts == 0):
            if last:
                restarts, rows_before = 1, len(added) - bool(start)
            first_number = first_number or number
            added.append(found.start())
        else:
            continue
        last = number
    if len(added) < 4 or not restarts:
        return points  # (no column given again: no such table)
    if rows_before == 1 and len(added) - bool(start) - rows_before > 1:
        # (「番号 頁 箇所 誤 正 1 3 4 スケジュール (3) … 2 3 4 スケジュール (6) …」: one section's number again at once, then
        # rows rising past it, is a table of rows each giving its old and new value side by side, the same section twice)
        return points
    return sorted({*points, *added})


def _hour_of_date(line: str, at: int, spaced: bool = False) -> bool:
    """``at`` is a date's hour (「2027年10月1日（金）  14:00」「8 October 2027   17:00」): the step's day and hour, one
    line. ``spaced``: two or three spaces before it (a cell's gap, no blank line), no tab after it (a chat's message
    under its day)."""
    if spaced and (line.startswith(" ", at) or not line.endswith("  ", 0, at) or line.endswith("    ", 0, at)):
        return False  # (the spaces before it read back from ``at``, not the whole line before it copied)
    hour = _HOUR_AFTER_DATE.match(line, at)
    if not hour or spaced and line.startswith("\t", hour.end()):
        return False
    return bool(_DATE_BEFORE_HOUR.search(line, max(0, at - 24), at))


# 「• Briefing session registration form (external site)  Update history • 9 June 2027: Q&A posted」: an English page's
# short heading over a list of bullets, run onto the end of the list above it after the two spaces its blank line
# became; a line of its own (a heading of a few capitalised words, no digit, no stop)
_EN_HEADING_BEFORE_BULLET = re.compile(r"(?<=[^\s])  (?P<heading>[A-Z][A-Za-z'&/-]*(?: [A-Za-z'&/()-]+){0,3}) ?$")
_EN_HEADING_REACH = 48  # characters before a bullet such a heading is looked for in


def headings_over_bullets(line: str, points: list[int]) -> list[int]:
    """``points`` with a line begun at each such heading before a bullet that begins a line (``points``)."""
    added = []
    for at in points:
        if line.startswith("\u2022 ", at) and at > 2:
            heading = _EN_HEADING_BEFORE_BULLET.search(line, max(0, at - _EN_HEADING_REACH), at)
            if heading and heading.start("heading") not in points:
                added.append(heading.start("heading"))
    return sorted({*points, *added}) if added else points


# 「… as in my list above.)  OUR INTERNAL PLAN (proposal)  - Go/no-go: Thu 6/10」「… in October 2027)  Key dates (all
# JST):  - Public notice: …」「… Thank you.  3. Our internal timeline  • Draft by Fri 6/15」: an English heading over a
# list, stood alone between a blank line (two spaces) and the list's first item, run onto the paragraph above it
_EN_LIST_ITEM_AT = re.compile(r"[-•*]\s(?=\S)")
_EN_TAIL_HEADING = re.compile(r"(?<=\S)\s{2,8}((?:\d{1,2}[.)]\s{1,2})?[A-Z][^.!?;]{0,58}?[^.!?;\s])$")
# (a heading it surely is: set in capitals, 「KEY DATES (per the notice)」「NOTES」, or a team's own, 「Our internal plan」
# 「In-house timeline」; a sentence-case line after a paragraph may be a page's own text, read as it runs)
_EN_CAPS_HEADING = re.compile(r"(?:\d{1,2}[.)]\s{1,2})?[A-Z][A-Z&/ -]{2,}(?:\s\(|$)")
_EN_OWN_HEADING = re.compile(r"(?i:\b(?:internal|in-house|our)\b)")
_EN_TAIL_HEADING_REACH = 72  # characters of the paragraph's end such a heading and its blank line take, at most


def _headings_over_lists(line: str, starts: list[int]) -> list[int]:
    """``starts`` with a line begun at an English heading that ran onto the paragraph above the list it heads
    (``_EN_TAIL_HEADING``), where the list's first item starts a line."""
    cuts = []
    for begin, at in zip(starts, starts[1:]):
        if not _EN_LIST_ITEM_AT.match(line, at):
            continue
        piece = line[max(begin, at - _EN_TAIL_HEADING_REACH) : at].rstrip()
        heading = _EN_TAIL_HEADING.search(piece)
        if (
            heading
            and heading[1].isascii()
            and not _DIGIT.search(heading[1], 3)
            and (_EN_CAPS_HEADING.match(heading[1]) or _EN_OWN_HEADING.search(heading[1]))
        ):
            cuts.append(max(begin, at - _EN_TAIL_HEADING_REACH) + heading.start(1))
    return sorted({*starts, *cuts}) if cuts else starts


def _blank_before(line: str, at: int) -> bool:
    """A blank line stood before ``at``: two spaces (the two line breaks) between the line above and this one's
    indent, not a column's wider gap."""
    end = at
    while end and line[end - 1] in "\u3000\t":
        end -= 1
    above = end - len(BLANK_LINE)  # (the end of the line above)
    return line.endswith(BLANK_LINE, 0, end) and above > 0 and line[above - 1] != " "


# a bullet indented under the item above (「- 企画競争説明会」 over 「  - 参加申込：4月16日」), run together: its line
# break a space and its indent two more; the line keeps its indent, the item read as the one above's
_NESTED_BULLET = re.compile(r"(?<=[^ ]) ( {2,8})[-・*•] ")


def _nested_bullets(line: str, starts: list[int]) -> list[int]:
    """``starts`` with a line that begins at an indented bullet (``_NESTED_BULLET``) begun at its indent."""
    nested = {match.end(1): match.start(1) for match in _NESTED_BULLET.finditer(line)}
    return [nested.get(at, at) for at in starts] if nested else starts


# a row of a table laid out by spaces, its first cell an outline item indented (「   (1) 募集要項等の    令和9年7月16日 …」
# under 「   項目                変更前 …」), cut at its marker: the line keeps its indent, its cells' columns as its head's
_ROW_INDENT = re.compile(r"(?<=[^ ]) ( {2,8})$")
_COLUMN_GAP = "    "  # a gap between two cells of such a row (a sentence's words are parted by one space)
_COLUMN_REACH = 40  # characters after the marker a row's gap is looked for in, at most
_ROW_MARKERS = ("paren", "kparen", "jparen", "pdigit", "pkanji", "circled", "section")  # a numbered item's marker (no bullet)


def _indented_rows(line: str, starts: list[int]) -> list[int]:
    """``starts`` with a line begun at an outline marker after a line break and an indent (``_ROW_INDENT``), a
    table's gap between its cells soon after it, begun at its indent."""
    moved = []
    for at in starts:
        indent = _ROW_INDENT.search(line, max(0, at - 10), at) if at and line[at] != " " else None
        marker = _MARKER.match(line, at) if indent is not None else None
        gap = line.find(_COLUMN_GAP, at, at + _COLUMN_REACH) if marker and marker.lastgroup in _ROW_MARKERS else -1
        if gap != -1 and "。" not in line[at:gap]:
            moved.append(indent.start(1))
        else:
            moved.append(at)
    return moved


# 「 ◆公告  令和9年6月11日(金)」 over 「 ◆質問の受付  …」: a list whose items are each indented by one space, run onto one
# line: each item's line break and its indent two spaces, as a blank line would be; a run of items of the same bullet,
# each after those two spaces alone, is read as lines one under the other (a list set apart by blank lines has its items'
# indent too, three spaces or more; a list's item over the one below it, no blank line between)
_INDENTED_BULLET_RUN = 3  # items of such a run, at least


def _indented_bullet_rows(line: str, starts: list[int]) -> set[int]:
    """The starts of the items after the first of each run of such items (``_INDENTED_BULLET_RUN``)."""
    rows: set[int] = set()
    run: list[int] = []
    for at in [*starts, -1]:
        mark = line[at] if 3 < at < len(line) else ""
        if (
            mark
            and mark in _BULLETS
            and mark != "※"
            and line.endswith(BLANK_LINE, 0, at)
            and line[at - 3] not in " \u3000\t"
            and (not run or line[run[0]] == mark)
        ):
            run.append(at)
            continue
        if len(run) >= _INDENTED_BULLET_RUN:
            rows.update(run[1:])
        run = [at] if mark and mark in _BULLETS and mark != "※" else []  # (the first item: after a blank line or not)
    return rows


def _line_end(piece: str) -> str:
    """A cut line without the spaces at its end; a table's row keeps its empty cells' tabs there, two or more
    (「1\t\t【発注者日程】\t\t\t」: a section's row as wide as the others, its line break the space after them)."""
    kept = piece.rstrip(" ")
    return kept if kept.endswith("\t\t") and "\t" in kept.rstrip("\t") else piece.rstrip()


def _pages_run_on(source: list[str]) -> bool:
    """Each line of the text is a whole page (each but the last ends in a form feed): a PDF's pages each run onto one
    line, however short a page (a page of a table's cells, one a line as printed, under ``LONG_LINE``)."""
    return len(source) > 1 and all(line.endswith("\f") for line in source[:-1])


def relined(text: str) -> tuple[str, list[int], list[int]] | None:
    """``text`` with its very long lines cut where line breaks stood, the source line of each line and the
    offset in ``text`` at which each line begins; None when no line is long (the text is read as it is)."""
    source = text.splitlines(keepends=True)
    long_line = RUN_ON_LINE if len(source) == 1 and _run_on_table(text) else LONG_LINE  # (a change's table run together)
    long_line = RUN_ON_LINE if _pages_run_on(source) else long_line
    if not any(len(line) > long_line for line in source):
        return None
    line_at = [0, *itertools.accumulate(map(len, source))]  # where each source line begins in ``text``
    lines: list[str] = []
    origin: list[int] = []
    offsets: list[int] = []
    done = 0  # the source lines before this one are in ``lines``
    open_lists: dict[str, list[int]] = {}  # the outline's lists a page left open (a form feed ends it, not the outline)
    header = running_header(text)  # (the pages' running header: the same words atop each page, a form feed or not)
    for index in [*(i for i, raw in enumerate(source) if len(raw) > long_line), len(source)]:
        lines += map(str.rstrip, source[done:index])  # (the lines as they are, all at once)
        origin += range(done, index)
        offsets += line_at[done:index]
        if index == len(source):
            break
        line = source[index].rstrip("\r\n")
        probe = line.translate(_VERTICAL_FORMS) if _VERTICAL_FORM.search(line) else line
        open_lists = (
            {}
            if index == 0 or not source[index - 1].endswith("\f")
            else {style: levels[:1] for style, levels in open_lists.items() if style in _PAGED_STYLES}
        )
        fed = index > 0 and source[index - 1].endswith("\f")  # (a page's text: its running header atop it a line)
        paged = fed and page_cut_date(source[index - 1])
        top = source[index + 1][:_PAGE_TOP_REACH] if line.endswith("\f") and index + 1 < len(source) else ""
        starts = [0, *line_breaks(probe, open_lists, header, paged, top, fed)] if len(line) > long_line else [0]
        starts = _indented_rows(line, _nested_bullets(line, starts)) if "   " in line else starts
        indented = _indented_bullet_rows(line, starts) if BLANK_LINE in line else set()
        starts = _headings_over_lists(line, starts) if BLANK_LINE in line else starts
        for begin, end in zip(starts, [*starts[1:], len(line)]):
            if begin and lines[-1] and begin not in indented and _blank_before(line, begin):
                lines.append("")  # (a blank line stood here: two spaces where two line breaks were)
                origin.append(index)
                offsets.append(line_at[index] + begin)
            lines.append(_line_end(line[begin:end]))
            origin.append(index)
            offsets.append(line_at[index] + begin)
        done = index + 1
    return "\n".join(lines), origin, offsets


# A spreadsheet's header row over ONE wide data row, pasted as text (TSV, or CSV; a cell holding line breaks quoted
# the spreadsheet's way): 「No.<TAB>公告日<TAB>質問締切<TAB>…<TAB>備考<TAB>最終更新」 over 「37<TAB>2027/06/14<TAB>…」. A
# row that wide is no table to read by its lines (a quoted cell's breaks cut it): each header cell is set beside its
# data cell, one 「公告日：2027/06/14」 a line, a cell's further lines under it. In one line (line breaks run together),
# the header's last cell and the row's first share a field, parted by a space.
SHEET_COLUMNS_MIN = 8  # header cells of such a row, at least
SHEET_HEAD_CELL = 30  # characters of a header cell, at most
SHEET_DATE = re.compile(r"\d\s{0,2}[/年月.]\s{0,2}\d|\d\s{0,2}月\s{0,2}(?:上旬|中旬|下旬|初旬|末)")
SHEET_DATED_CELLS = 3  # data cells with a date, at least
SHEET_FIND_SLACK = 1024  # characters between a cell's line and the next, at most, where the next is sought
# A system's export puts a preamble over that header (「出力日時,2025/10/09 14:27:03」「検索条件,…;公告日=2025/10/01～…」
# 「件数,1」, a title line): a few short lines of a name and its value, the export's own data and its search filter,
# no step. They are left out of the pairs; the header is the first line with a sheet's width of cells. A line of a step's
# name and its day (「開札日,2027/6/20」) is no such preamble: the text is read whole, as any other.
SHEET_DELIMITER = re.compile(r"[,\t]")
SHEET_PREAMBLE_LINES = 8  # lines above the header, blank ones among them, at most
SHEET_PREAMBLE_CELLS = 3  # cells of a preamble line, at most (a name, its value, a comment)
# In one line, the preamble's blank line under it stands as a run of spaces: the header starts after the first such run
SHEET_PREAMBLE_GAP = re.compile(r"\S(\s{2,})\S")
SHEET_PREAMBLE_REACH = 800  # characters of a preamble run onto one line, at most


def _sheet_header_start_in_line(text: str) -> int:
    """``_sheet_header_start`` for a text run onto one line (``SHEET_PREAMBLE_GAP``)."""
    gap = SHEET_PREAMBLE_GAP.search(text, 0, SHEET_PREAMBLE_REACH)
    if not gap:
        return 0
    before = text[: gap.start(1)]
    delimiters = max(before.count("\t"), before.count(","))
    if not 1 <= delimiters < SHEET_COLUMNS_MIN - 1 or len(SHEET_DELIMITER.split(before, maxsplit=1)[0]) > SHEET_HEAD_CELL * 2:
        return 0
    return gap.end(1)


def _sheet_header_start(text: str) -> int:
    """The offset of the header's line below an export's preamble (``SHEET_PREAMBLE_LINES``), 0 when the text's first
    line is no such preamble's."""
    at = 0
    for _ in range(SHEET_PREAMBLE_LINES + 1):
        end = text.find("\n", at)
        line = text[at:] if end < 0 else text[at:end]
        if end < 0 and not at:
            return _sheet_header_start_in_line(text)
        if max(line.count("\t"), line.count(",")) >= SHEET_COLUMNS_MIN - 1:
            return at
        name, *value = SHEET_DELIMITER.split(line, maxsplit=1)
        if end < 0 or (line.strip() and (len(name) > SHEET_HEAD_CELL * 2 or SHEET_DATE.search(name))):
            return 0
        if line.count("\t") + line.count(",") >= SHEET_PREAMBLE_CELLS:
            return 0
        if value and SHEET_DATE.search(value[0]) and L.kind_of(name):
            return 0  # (「開札日,2027/6/20」: a step's own day above the header, no export's data)
        at = end + 1
    return 0


def _sheet_head(cells: list[str]) -> bool:
    return all(cell.strip() and len(cell) <= SHEET_HEAD_CELL and not SHEET_DATE.search(cell) for cell in cells)


def _sheet_fields(text: str, delimiter: str) -> list[list[str]] | None:
    try:
        # (three rows read at most: a longer table is no such sheet, and is not read to its end)
        filled = (row for row in csv.reader(io.StringIO(text), delimiter=delimiter) if any(cell.strip() for cell in row))
        rows = list(itertools.islice(filled, 3))
    except csv.Error:
        return None
    if len(rows) == 2 and len(rows[0]) == len(rows[1]) >= SHEET_COLUMNS_MIN:
        return rows
    if len(rows) != 1 or len(rows[0]) < 2 * SHEET_COLUMNS_MIN - 1 or not len(rows[0]) % 2:
        return None
    fields, size = rows[0], (len(rows[0]) + 1) // 2  # (one line: 「…<TAB>最終更新 37<TAB>…」, two cells in the middle field)
    shared = fields[size - 1]
    if shared[-1:].isspace():  # (the row's first cell empty)
        head, first = shared.strip(), ""
    else:
        parted = re.match(r"(?s)(.*\S)\s+(\S+)$", shared.strip())
        if not parted:
            return None
        head, first = parted.groups()
    return [[*fields[: size - 1], head], [first, *fields[size:]]]


def sheet_row_pairs(text: str) -> tuple[str, list[int], list[int]] | None:
    """``text`` as pairs of header cell and data cell (``SHEET_COLUMNS_MIN``), with the source line of each line and the
    offset in ``text`` at which it begins (an export's preamble over the header left out); None for any other text."""
    start = _sheet_header_start(text)
    end = text.find("\n", start)
    first = text[start:end] if end >= 0 else text[start:]
    delimiter = "\t" if first.count("\t") >= SHEET_COLUMNS_MIN - 1 else "," if first.count(",") >= SHEET_COLUMNS_MIN - 1 else ""
    if not delimiter or not _sheet_head(first.split(delimiter, SHEET_COLUMNS_MIN - 1)[: SHEET_COLUMNS_MIN - 1]):
        return None  # (a header's first cells, read before the whole text is)
    rows = _sheet_fields(text[start:] if start else text, delimiter)
    if rows is None or not _sheet_head(rows[0]) or sum(1 for cell in rows[1] if SHEET_DATE.search(cell)) < SHEET_DATED_CELLS:
        return None
    line_at = [0, *itertools.accumulate(map(len, text.splitlines(keepends=True)))]
    lines: list[str] = []
    offsets: list[int] = []
    at = floor = start + len(first)  # (the line's offset; where the next is sought from)
    for head, cell in zip(rows[0], rows[1]):
        parts = [part.strip() for part in cell.strip().splitlines()]
        if not parts:
            continue
        for number, part in enumerate(parts):
            # (sought just past the line before it, not to the text's end: a search to the end for each line not found
            # was quadratic in a long cell; a quoted cell's 「"」 stands as 「""」 in the text)
            source = (
                part.replace('"', '""')
                if '"' in part and text.find(part, floor, floor + len(part) + SHEET_FIND_SLACK) < 0
                else part
            )
            found = text.find(source, floor, floor + len(source) + SHEET_FIND_SLACK) if part else -1
            at, floor = (found, found + len(source)) if found >= 0 else (at, floor + len(part))
            lines.append(f"{head.strip()}：{part}" if number == 0 else part)
            offsets.append(at)
    origin = [bisect.bisect_right(line_at, offset) - 1 for offset in offsets]
    paired = "\n".join(lines)
    again = relined(paired)  # (a cell that holds a whole notice run onto one line)
    if again:
        paired, cut, _ = again
        origin, offsets = [origin[i] for i in cut], [offsets[i] for i in cut]
    return paired, origin, offsets


# A comparison table of the text after a change beside the text before it (新旧対照表, 正誤表; 「変 更 前 … 変 更 後」,
# 「改正後    改正前」, 「【誤】    【正】」, the new version on either side) that a PDF's text layer sets with spaces, run onto
# one line: each line's left cell padded with spaces to the column where the right cell begins, so from the space a
# line break became to the right cell's start there are as many display columns on each row (the column's width).
# That width is the one most of the table's gaps end at; each row is put back at the line break it counts back to,
# the heads' line too, and the rows are then read as written (the kept version's cells, ``old_version_column_dropped``).
_VERSION_NAMES = (
    *(f"{verb}{side}" for verb in ("変更", "訂正", "修正", "改正", "改定", "改訂", "延長", "延期") for side in "前後"),
    *("誤", "正", "旧", "新", "現行"),
)
_SPACED_VERSION_NAME = "|".join(r"[ \u3000]{0,2}".join(name) for name in sorted(_VERSION_NAMES, key=len, reverse=True))
# (guarded by its first characters, the same matches: searched through a whole line, a text put on one line)
_SIDE_BY_SIDE_VERSION_HEAD = first_characters_guarded(
    re.compile(
        rf"(?<=[ \u3000]{{2}})(?P<a>[(（【\[]?(?:{_SPACED_VERSION_NAME})[)）】\]]?)[ \u3000]{{4,}}"
        rf"(?P<b>[(（【\[]?(?:{_SPACED_VERSION_NAME})[)）】\]]?)(?=[ \u3000]|$)"
    )
)
_SIDE_BY_SIDE_GAP = re.compile(r"(?<=[^ ]) {2,}(?=[^ ])")
_SIDE_BY_SIDE_TABLE_REACH = 8000  # characters of such a table, at most
_SIDE_BY_SIDE_COLUMN = (8, 90)  # display columns of the left cell's width, at least and at most
_SIDE_BY_SIDE_ROWS = 4  # rows that count back to one width, at least
_SIDE_BY_SIDE_ROW_GAP = 400  # characters between two rows found, at most (past them the table has ended)
_SIDE_BY_SIDE_SLACK = 2  # display columns a right cell stands past the column's width, at most


# the one space a line break became before a line of a comparison table's left cell alone: before the line's indent
# of full-width spaces or its item's mark (「⑹」「（６）」), after a cell's last word
_LONE_LINE_BREAK = re.compile(r"(?<=[^ \u3000]) (?=\u3000|[\u2460-\u2487]|[(（][0-9０-９]{1,2}[)）])")


def _side_by_side_row_start(
    line: str, widths: dict[int, int], cum: list[int], base: int, gap: tuple[int, int], column: int
) -> int | None:
    """The start of the row whose right cell begins at the end of ``gap`` with the left column ``column`` wide, give or
    take a column or two (a text layer's cells stand a column off here and there): the character after the space a line
    break became, the row's indent with it; None when no such space stands there. A row whose left cell is empty (the
    gap wider than the column) begins inside the gap. (``cum``: the display width of the line up to each offset from
    the first table's head on, ``widths`` the offset of each width; only offsets after ``base`` are the table's.)"""
    found = None
    for width in range(column + _SIDE_BY_SIDE_SLACK, column - 2, -1):
        start = widths.get(cum[gap[1] - cum[0]] - width)
        if start is None or start <= base:
            continue
        if line[start - 1] != " " or (start >= gap[0] and gap[1] - gap[0] <= column):
            continue
        if line[start - 2] != " " or start >= gap[0]:
            return start  # (the line break after the words of the row above)
        found = found or start
    return found


# the name of a table's column before the two versions' heads on their line (a column of the items, pages or rows)
_CELL_NAME_BEFORE = re.compile(
    r"(?:項\s?目|番\s?号|頁|ページ|箇\s?所|行|No\.?|事\s?項|区\s?分|内\s?容|条\s?項|手\s?続)[ \u3000]{2,}$"
)
# 「頁   改　　正　　後」: a narrow first column of the pages each row stands on before the versions' two (its cells page
# numbers, read with the rows: ``old_version_column_dropped`` leaves them out), the column's name a cell of its own
_PAGE_NAME_BEFORE = re.compile(r"(?<=[ \u3000])(?:頁|ページ|行|No\.?|番号|項番)[ \u3000]{2,}$")
_SIDE_BY_SIDE_WIDE_GAP = re.compile(r"(?<=[^ ]) {3,}(?=[^ ])")


_PAGE_NUMBER_CELL = re.compile(r"[0-9０-９]{1,3} {3,}")  # 「６   （２）現地説明会」: a row's page in its own column


def _two_cell_rows(line: str, head_end: int, rows: list[int], pages: bool = False) -> bool:
    """The rows found under the heads hold two cells each, the heads' line straight above them: no wide gap inside a
    row but the left cell's padding (a table of three columns or more, 「項目  変更前  変更後」 or 「番号  頁  誤  正」, is
    read by its own rows; ``pages``: a first column of pages' numbers, no cell of words), and the first row right under
    the heads (a rule between them)."""
    if line[head_end : rows[0]].strip(" -─━=＝―"):
        return False
    ends = [*rows[1:], min(len(line), rows[-1] + _SIDE_BY_SIDE_ROW_GAP)]
    wide = 0
    for start, end in zip(rows, ends):
        text = line[start:end].strip()
        if pages and (number := _PAGE_NUMBER_CELL.match(text)):
            text = text[number.end() :]
        wide += len(_SIDE_BY_SIDE_WIDE_GAP.findall(text)) > 1
    return 4 * wide <= len(rows)


def _side_by_side_widths(line: str, origin: int) -> tuple[list[int], dict[int, int], list[tuple[int, int]], list[int]]:
    """From ``origin`` on: the display width of ``line`` up to each offset (``cum[i]`` the width of the text from
    ``origin`` to ``origin + i``, counted on from ``origin`` itself: ``cum[0]`` is the origin), the offset of each width (each width once: the offsets grow with it), and the gaps
    of the line (``_SIDE_BY_SIDE_GAP``) with their starts. Found once for a line's heads, not over each head's reach
    again (review rv38: a line of many heads read 8,000 characters and their gaps per head)."""
    cum = [origin]
    for char in line[origin:]:
        cum.append(cum[-1] + (2 if _WIDE_CHAR.match(char) else 1))
    widths = {width: origin + at for at, width in enumerate(cum)}
    gaps = [(gap.start(), gap.end()) for gap in _SIDE_BY_SIDE_GAP.finditer(line, origin)]
    return cum, widths, gaps, [start for start, _ in gaps]


# A comparison table's two versions side by side as a PDF's text layer gives them: each line the left cell, a gap of a
# few spaces, the right cell, the columns aligned by no width (the gap the same, whatever the left cell's width), under
# a head of the two versions' names (「改正後    改正前」). Run onto one line, a line break is one space, as between a
# cell's words; but a line the change left alone reads the same in both cells (「(2) 質問書の提出期限    (2) 質問書の
# 提出期限」): such a pair is a line of its own, and a changed line between two of them is one too
_PAIRED_VERSION_HEAD = re.compile(rf"(?<= )(?P<a>{_OLD_HEAD}|{_NEW_HEAD}) {{3,6}}(?P<b>{_OLD_HEAD}|{_NEW_HEAD})(?= )")
_PAIRED_GAP = re.compile(r"(?<=[^ ]) {3,6}(?=[^ ])")
_PAIRED_CELL = 60  # characters of a cell the same on both sides, at most
_PAIRED_ROWS = 4  # such pairs after the head, at least
_PAIRED_REACH = 6000  # characters of such a table, at most


def _same_pair(line: str, gap: re.Match) -> int:
    """The length of the cell that stands the same before and after ``gap`` (each parted from the words around it by
    one space, the line breaks'), the longest; 0 when none does."""
    start, end = gap.span()
    found = 0
    for size in range(1, min(_PAIRED_CELL, start) + 1):
        left = line[start - size : start]
        if "   " in left:
            break
        if (
            left[0] != " "
            and (start - size == 0 or line[start - size - 1] == " ")
            and line.startswith(left, end)
            and (end + size == len(line) or line[end + size] == " ")
        ):
            found = size
    return found


def paired_version_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the lines of such a table (``_PAIRED_VERSION_HEAD``) put back: its head a line of its own, each
    pair of the same cell a line (the breaks inside it taken out), the changed lines between them each one."""
    if "   " not in line or ("前" not in line and "旧" not in line and "誤" not in line and "初" not in line):
        return points
    cuts: set[int] = set()
    spans: list[tuple[int, int]] = []
    done = 0
    # the gaps of the line each read once, in its order, as far as the heads so far reach (not the gaps of each head's
    # reach read again for each head, the heads of a long line thousands): of those with a cell the same either side,
    # the gap's start and the pair's span
    gaps = _PAIRED_GAP.finditer(line)
    gap = next(gaps, None)
    same: list[tuple[int, int, int]] = []
    for head in _PAIRED_VERSION_HEAD.finditer(line):
        if head.start() < done or old_version_first(head.group("a"), head.group("b")) is None:
            continue
        reach = min(len(line), head.end() + _PAIRED_REACH)
        while gap is not None and gap.end() < reach:  # (a gap read whole before the reach's end, as if cut there)
            if size := _same_pair(line, gap):
                same.append((gap.start(), gap.start() - size, gap.end() + size))
            gap = next(gaps, None)
        first = bisect.bisect_left(same, (head.end(),))  # (the head's own gaps after it)
        if len(same) - first < _PAIRED_ROWS:
            continue
        pairs = [(start, end) for _, start, end in same[first:]]
        cuts.update((head.start(), head.end() + 1))
        spans.append(head.span())
        for start, end in pairs:
            cuts.update(at for at in (start, end + 1) if at < len(line))
            spans.append((start, end))
        done = pairs[-1][1]
    if not cuts:
        return points
    # (a point inside a span, not at its ends: each point's span found by bisection, the spans in their order)
    spans.sort()
    starts = [start + 1 for start, _ in spans]
    furthest = list(itertools.accumulate((end for _, end in spans), max))  # the furthest end of the spans so far
    kept = [point for point in points if not ((at := bisect.bisect_right(starts, point)) and furthest[at - 1] > point)]
    return sorted({*kept, *cuts})


def layout_version_columns(line: str, points: list[int]) -> list[int]:
    """``points`` with the lines of a spaced comparison table run onto one line put back (``_SIDE_BY_SIDE_VERSION_HEAD``)."""
    if "   " not in line or ("前" not in line and "誤" not in line and "旧" not in line and "現行" not in line):
        return points
    tables: list[tuple[int, int, list[int]]] = []  # each table's span and the starts of its lines
    cum: list[int] | None = None
    widths: dict[int, int] = {}
    gaps: list[tuple[int, int]] = []
    gap_starts: list[int] = []
    columns_of: dict[int, list[tuple[int, int]]] = {}  # each gap's widths that count back to a line break, and where
    for head in _SIDE_BY_SIDE_VERSION_HEAD.finditer(line):
        if tables and head.start() <= tables[-1][1]:
            continue  # (inside the table read already)
        opens = head.start("a")  # (where the heads' line opens: at a page column's name before them)
        pages = None
        if _CELL_NAME_BEFORE.search(line, max(0, head.start() - 40), head.start()):
            pages = _PAGE_NAME_BEFORE.search(line, max(0, head.start() - 40), head.start())
            if pages is None or _CELL_NAME_BEFORE.search(line, max(0, pages.start() - 40), pages.start()):
                continue  # (「項目  変更前  変更後」「番号  頁  誤  正」: the last two of more columns, read by their own rows)
            opens = pages.start()
        names = ["".join(head.group(side).split()) for side in "ab"]
        if old_version_first(names[0], names[1]) is None:
            continue
        base = head.end()
        stop = min(len(line), base + _SIDE_BY_SIDE_TABLE_REACH)
        if cum is None:  # (the widths and gaps of the line from the first head on, found once for all its heads)
            cum, widths, gaps, gap_starts = _side_by_side_widths(line, base)
        # (the gaps of this head's reach: a gap from 「base」 on, its end before 「stop」)
        first = bisect.bisect_left(gap_starts, base)
        last_gap = first
        while last_gap < len(gaps) and gaps[last_gap][1] < stop:
            last_gap += 1
        counts: Counter = Counter()
        after_words: Counter = Counter()  # (of them, the breaks right after the words of the row above)
        for index in range(first, last_gap):
            if (found := columns_of.get(index)) is None:
                start, end = gaps[index]
                found = columns_of[index] = [
                    (column, at)
                    for column in range(*_SIDE_BY_SIDE_COLUMN)
                    if (at := widths.get(cum[end - cum[0]] - column)) is not None and at < start and line[at - 1] == " "
                ]
            for column, at in found:
                if at > base:
                    counts[column] += 1
                    after_words[column] += line[at - 2] != " "
        if not counts:
            continue
        # (the width most rows count back to, a row or two a column off; of widths as many rows count back to, the one
        # whose breaks follow the words above: rows indented alike count back into their indent too, a column short)
        column = max(counts, key=lambda width: counts[width] + after_words[width])
        count = counts[column]
        if count < _SIDE_BY_SIDE_ROWS:
            continue
        rows: list[int] = []
        rights: list[int] = []  # (where each row's right cell begins)
        last = base
        for start, end in gaps[first:last_gap]:
            row = _side_by_side_row_start(line, widths, cum, base, (start, end), column)
            if rows and start - last > _SIDE_BY_SIDE_ROW_GAP:
                break  # (past the table's last row)
            if row is None or row <= last:
                continue
            rows.append(row)
            rights.append(end)
            last = end
        if len(rows) < _SIDE_BY_SIDE_ROWS:
            continue
        # 「（新設）       　　日時　令和8年7月23日（木）」: after a row's right cell, a wide gap (the line break and the next
        # line's indent) opens a line of the left cell alone, its right one empty, no padding of its own to count back
        lone: list[int] = []
        for right, after in zip(rights, [*rows[1:], last]):
            at = bisect.bisect_left(gap_starts, right)
            while at < len(gaps) and gaps[at][1] < after:
                if gaps[at][1] - gaps[at][0] >= 3:
                    lone.append(gaps[at][0] + 1)
                at += 1
            # (「…２９日（月） ⑹　質問の受付（第２回） 　　令和８年７月１日（水）から」: the left cell's lines alone with no
            # padding after them, each begun at the one space a line break became, before its item's mark or its indent)
            lone.extend(space.end() for space in _LONE_LINE_BREAK.finditer(line, right, after))
        if not _two_cell_rows(line, head.end(), sorted(rows + lone), pages is not None):
            continue
        # (「　　　　　　変　更　後」: the heads' line indented with full-width spaces, the line break the space before them)
        indent = opens
        while indent and line[indent - 1] == "\u3000":
            indent -= 1
        run = indent
        while run and line[run - 1] == " ":
            run -= 1
        begin = min(run + 2, indent) if indent - run >= 3 else run + 1 if indent > run else indent  # (after a blank line: two)
        under = line[head.end() : rows[0]]
        rule = [rows[0] - len(under.lstrip())] if under.strip() else []  # (a rule under the heads: a line of its own)
        tables.append((begin, last, [begin, *rule, *sorted(rows + lone)]))
    if not tables:
        return points
    kept = [point for point in points if not any(begin <= point <= last for begin, last, _ in tables)]
    return sorted({*kept, *(start for *_, starts in tables for start in starts)})


# A comparison table of three columns or more drawn with bars or tabs (「番号|頁|項目|誤|正」, 「頁｜箇所｜誤｜正」,
# 「項目<TAB>変更前<TAB>変更後」, the versions' heads either way round), run onto one line: each row as many cells as
# its head, the line break a space in the cell where one row's last cell meets the next row's first
_VERSION_BAR_HEADS = re.compile(
    r"(?P<sep>[|｜\t])[ \u3000]?(?P<a>[^|｜\t \u3000]{1,8})[ \u3000]?(?P=sep)[ \u3000]?(?P<b>[^|｜\t \u3000]{1,8})(?= )"
)
_VERSION_BAR_CELL = 200  # the most one cell of such a table runs to
_VERSION_BAR_COLUMNS = 8  # the most columns of such a table
# a date's or an hour's end in a cell (「…31日まで」 「…午後5時まで」 「…中旬」), after which a space is the line break
_CELL_MOMENT_END = re.compile(r"[0-9０-９](?:日|時|分|[:：][0-9０-９]{2})|[上中下]旬|正午")


def _bar_row_break(cell: str) -> int:
    """Where the next row begins in ``cell``, the words between a row's last bar and the next row's first: after a blank
    line's spaces; else after the space that follows the cell's last date or hour (「令和9年1月18日(月)午後5時まで 4 指定期間」);
    else after the last space outside brackets, or before the item's mark that space follows; -1 when there is no
    space."""
    blank = cell.rfind("  ")
    if blank != -1:
        return len(cell) - len(cell[blank:].lstrip(" "))
    moments = list(_CELL_MOMENT_END.finditer(cell))
    if moments:
        space = cell.find(" ", moments[-1].end())
        if space != -1:
            return space + 1
    at = _last_space_outside_brackets(cell.replace("\u3000", "・"))
    mark = _ITEM_MARK_LAST.search(cell, 0, at - 1) if at > 1 else None
    return mark.start(1) if mark else at  # (「訂正後 ⑴ 入札説明書の…」: the row begins with its item's mark)


def version_bar_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the rows of such a table (``_VERSION_BAR_HEADS``) begun at their line breaks and none inside them."""
    if "|" not in line and "｜" not in line and "\t" not in line:
        return points
    if "前" not in line and "誤" not in line and "旧" not in line and "現行" not in line:
        return points
    tables: list[tuple[int, int, list[int]]] = []
    for head in _VERSION_BAR_HEADS.finditer(line):
        if tables and head.start() < tables[-1][1]:
            continue
        a, b = head.group("a"), head.group("b")
        if old_version_first(a, b) is None:
            continue
        sep = head.group("sep")
        # the head's cells before the two versions' (「番号」「頁」「項目」), back to the space a line break became
        begin, columns = head.start(), 3
        while columns <= _VERSION_BAR_COLUMNS:
            before = line.rfind(sep, max(0, begin - _VERSION_BAR_CELL), begin)
            cell = line[before + 1 : begin] if before != -1 else line[max(0, begin - _VERSION_BAR_CELL) : begin]
            space = max(cell.rfind(" "), cell.rfind("\u3000"))
            if space != -1 or before == -1:
                begin = begin - len(cell) + space + 1
                break
            begin, columns = before, columns + 1
        if not 3 <= columns <= _VERSION_BAR_COLUMNS or not line[begin:].strip() or begin <= 0:
            continue
        starts = [begin]
        at = head.end("b")
        while True:
            following = line.find(sep, at, at + _VERSION_BAR_CELL)
            cell = line[at:following] if following != -1 else ""
            if "  " in cell:
                break  # (a blank line ends the table: a heading or a note, then perhaps another table, below it)
            cut = _bar_row_break(cell) if following != -1 else -1
            if cut <= 0 or not cell[cut:].strip():
                break
            bars = [following]
            while len(bars) < columns - 1:
                bar = line.find(sep, bars[-1] + 1, bars[-1] + 1 + _VERSION_BAR_CELL)
                if bar == -1:
                    break
                bars.append(bar)
            if len(bars) < columns - 1:
                break
            starts.append(at + cut)
            at = bars[-1] + 1
        if len(starts) < 3:  # (the head and two rows, at least)
            continue
        # the last row's end: its last cell, then the text after the table after a blank line's spaces or before a note's
        # 「※」 (none else: a sentence's spaces are no line break)
        rest = line[at : at + _VERSION_BAR_CELL]
        end = rest.find("  ")
        if end == -1:
            end = rest.find(" ※")
        stop = at + end if end > 0 else at
        if end > 0 and line[stop:].strip():
            starts.append(stop + len(line[stop:]) - len(line[stop:].lstrip(" ")))
        tables.append((begin, stop, starts))
    if not tables:
        return points
    kept = [point for point in points if not any(begin < point < stop for begin, stop, _ in tables)]
    return sorted({*kept, *(start for *_, starts in tables for start in starts)})


# A change's table (変更前・変更後, 訂正前・訂正後) whose text layer prints each cell a line and parts its rows by a blank line,
# run onto one line: its head a paragraph of its own, of the column names alone, one space apart (「項目 変更前 変更後」), and
# each row a paragraph of a step's name and its cells, one space apart (「質問書の提出期限 令和10年4月27日(木) 午後5時
# 令和10年5月12日(金) 午後5時」). Each cell is put back on a line of its own, as printed (read by ``normalize`` as a table
# of one cell a line); the table ends at the first paragraph that is no row (a note 「※…」, a page's footer, a sentence).
_CELL_LINE_HEAD = re.compile(rf"(?:^|(?<=[^ ]  ))(?:[^\s\d０-９]{{1,6}} )?(?:{BEFORE_CHANGE}) (?:{AFTER_CHANGE})(?=  [^ ])")
_CELL_LINE_ROW_MAX = 160  # characters of such a row, at most
_CELL_LINE_CELL_MAX = 24  # characters of one of its cells, at most
_CELL_LINE_ROWS_MIN = 2  # rows of such a table, at least
_CELL_LINE_ROW_DATE = re.compile(r"[0-9０-９]\s?[月/／.]\s?[0-9０-９上中下]|[上中下]旬")


def _cell_line_row(paragraph: str) -> bool:
    """``paragraph`` is a row of such a table: a few short cells, one space apart, a date among them, no sentence."""
    cells = paragraph.split(" ")
    return (
        2 <= len(cells)
        and len(paragraph) <= _CELL_LINE_ROW_MAX
        and all(0 < len(cell) <= _CELL_LINE_CELL_MAX for cell in cells)
        and paragraph[0] not in "※*＊注"
        and "。" not in paragraph
        and bool(_CELL_LINE_ROW_DATE.search(paragraph))
    )


def cell_line_version_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with a line begun at each cell of such a table (``_CELL_LINE_HEAD``), its head's and its rows'."""
    added: list[int] = []
    for head in _CELL_LINE_HEAD.finditer(line):
        rows: list[tuple[int, int]] = []
        at = head.end() + len(BLANK_LINE)
        while at < len(line):
            end = line.find(BLANK_LINE, at)
            end = len(line) if end < 0 else end
            if not _cell_line_row(line[at:end]):
                break
            rows.append((at, end))
            at = end + len(BLANK_LINE)
        if len(rows) < _CELL_LINE_ROWS_MIN:
            continue
        for start, end in [(head.start(), head.end()), *rows]:
            added += [start, *(at + 1 for at in range(start, end) if line[at] == " ")]
        added.append(rows[-1][1] + len(BLANK_LINE)) if rows[-1][1] < len(line) else None
    return sorted({*points, *added}) if added else points


# a two-column table drawn with a bar between its cells, in plain text, one bar a line (a bid data sheet's 「ITB 7.1  | …」), its second
# cells wrapped onto lines of their own under an empty first cell (「         | no later than: 16:00 hours …」): run
# together, each wrapped line is the line break's space and the empty cell's padding before its bar, the same run of
# spaces each time; a row's line begins as far before its bar, with its first cell (「ITB 7.4  | A pre-bid meeting …」)
_EMPTY_CELL_BAR = re.compile(r"(?<! ) {4,}+(?=\| \S)")  # (from a run's start only: each run read once)
_EMPTY_CELL_ROWS = 3  # wrapped lines of such a table, at least
_EMPTY_CELL_REACH = 600  # characters from one line of such a table to the next, at most


def empty_cell_bar_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the lines of such a table (``_EMPTY_CELL_BAR``) begun at its first cell's width before each bar,
    and no other break inside it."""
    gaps = [match for match in _EMPTY_CELL_BAR.finditer(line) if "|" not in line[max(0, match.start() - 2) : match.start()]]
    widths = Counter(match.end() - match.start() for match in gaps)
    if not widths:
        return points
    gap, count = widths.most_common(1)[0]
    if count < _EMPTY_CELL_ROWS:
        return points
    width = gap - 1  # (the empty cell's padding, the line break's space before it)
    bars = [match.end() for match in gaps if match.end() - match.start() == gap]
    cuts: set[int] = set()
    spans: list[tuple[int, int]] = []
    first = last = bars[0]
    wrapped = 0  # (the open table's wrapped lines)
    for bar in [*bars, len(line) + _EMPTY_CELL_REACH + 1]:
        if bar - last > _EMPTY_CELL_REACH:  # (a table's end: its lines and its rows, their first cells filled)
            run = _bar_starts(line, first, last, width) if wrapped >= _EMPTY_CELL_ROWS else []
            if run and all(line.count("|", begin, end) == 1 for begin, end in itertools.pairwise(run)):  # (two columns)
                cuts.update(run)
                spans.append((run[0], last))
            first, wrapped = bar, 0
        last, wrapped = bar, wrapped + 1
    if not cuts:
        return points
    points = [point for point in points if not any(begin < point < end for begin, end in spans)]
    return sorted({*points, *cuts})


def _bar_starts(line: str, first: int, last: int, width: int) -> list[int]:
    """The starts of the lines of such a table whose bars stand from before ``first`` to ``last``: ``width`` before each
    bar that has a line break's space there and no bar between."""
    starts = []
    reach = max(0, first - _EMPTY_CELL_REACH)
    for at in range(line.find("| ", reach), last + 1):
        if not line.startswith("| ", at) or at - width - 1 < 0:
            continue
        cell = line[at - width : at]
        if line[at - width - 1] == " " and "|" not in cell and (cell.isspace() or (cell[0] != " " and cell[-1] == " ")):
            starts.append(at - width)
    return starts


# a flow of boxes drawn side by side (「┌────┐      ┌────┐      ┌────┐」 over 「│ 募集要項の配布 │ ──→ │ 現地説明会 │ …」), run
# onto one line: each line of such a row holds two of the sides of each box still open (its bars, or its bottom's
# corners 「└──┘」), however wide a font drew them; a box closed on a line is no longer on the lines after it. Each line
# of the row ends after its boxes' sides, where the space its line break became stands.
_BOXES_BESIDE = re.compile("┌─+┐(?: +┌─+┐)+")
_BOX_SIDE = re.compile("[│└┘]")
_BOX_ROW_LINES = 12  # lines of such a row, at most
_BOX_LINE = 200  # characters of one of its lines, at most


def side_by_side_box_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the lines of each row of such boxes begun again (``_BOXES_BESIDE``), and no other break inside it."""
    cuts: list[int] = []
    spans: list[tuple[int, int]] = []
    for top in _BOXES_BESIDE.finditer(line):
        begin = len(line[: top.start()].rstrip(" "))
        begin = begin + 1 if begin else 0  # (after the line break's space: the row's indent kept)
        row, at, boxes = [begin], top.end(), top.group().count("┌")
        while boxes and at < len(line) and line[at] == " " and len(row) <= _BOX_ROW_LINES:
            row.append(at + 1)
            sides = list(itertools.islice(_BOX_SIDE.finditer(line, at + 1, at + 1 + _BOX_LINE), 2 * boxes))
            if len(sides) < 2 * boxes:
                break
            boxes -= sum(side.group() == "└" for side in sides)
            at = sides[-1].end()
        if boxes:
            continue  # (the row's boxes not all closed where their sides say: no such row)
        cuts += row
        if at < len(line) and line[at] == " ":
            cuts.append(at + 1)
        spans.append((begin, at))
    if not cuts:
        return points
    points = [point for point in points if not any(begin < point <= end for begin, end in spans)]
    return sorted({*points, *cuts})


# A box drawn beside the body's text (「1 事業の目的      ┌ 日 程 ───┐」 / 「県内観光地の…      │公告        │」), read
# as one line: under its top each line is the body's words, then one row of the box between its two bars, then the
# space its line break became (the next line's words after it), down to the line its bottom 「└───┘」 ends. The box's
# rows are all one width; each line begins past a row's closing bar, and nowhere else inside the box's reach.
_BOX_BESIDE_TOP = re.compile("┌[^┐│┌]{0,80}┐ (?=[^ ])")
_BOX_BESIDE_REACH = 8000  # characters from a box's top to its bottom, at most
_BOX_BESIDE_ROWS = 4  # rows of such a box, at least
_BOX_BESIDE_BAR = re.compile("[│┃]")


def box_beside_rows(line: str, points: list[int]) -> list[int]:
    """``points`` with the lines of such a box's reach (``_BOX_BESIDE_TOP``) begun again, and no other break inside it.

    One pass (each top had found its bottom and its bars, and measured its rows, again): the line's bottoms and bars
    are found once and each top's by bisection; a closing bar not followed by a space is counted by running sums, and
    rows of more than one width are told by the first row from the top's whose width differs from the row after it,
    each such row found once for all the tops."""
    cuts: list[int] = []
    spans: list[tuple[int, int]] = []
    bottoms, at = [], line.find("└")
    while at >= 0:
        bottoms.append(at)
        at = line.find("└", at + 1)
    bars: list[int] = []
    barred = False  # (the bars found yet: at the first top with a bottom)
    unspaced: list[int] = []  # ([j + 2]: how many of bars j, j - 2, j - 4, … no space follows)
    widths: dict[int, int] = {}  # (by bar: the width of the row it opens, to the next bar)
    differs: dict[int, int] = {}  # (by bar: the first row it or a row after it opens whose width the next row's is not)

    def width(j: int) -> int:
        if j not in widths:
            widths[j] = _width(line[bars[j] + 1 : bars[j + 1]])
        return widths[j]

    def first_difference(j: int) -> int:  # (len(bars): none)
        walked = []
        while j not in differs and j + 3 < len(bars) and width(j) == width(j + 2):
            walked.append(j)
            j += 2
        found = differs.get(j, j if j + 3 < len(bars) else len(bars))
        for k in (*walked, j):
            differs[k] = found
        return found

    for top in _BOX_BESIDE_TOP.finditer(line):
        below = bisect.bisect_left(bottoms, top.end())
        bottom = bottoms[below] if below < len(bottoms) and bottoms[below] < top.end() + _BOX_BESIDE_REACH else -1
        end = line.find("┘", bottom, bottom + _BOX_LINE) if bottom >= 0 else -1
        if end < 0 or (spans and top.start() < spans[-1][1]):
            continue
        if not barred:
            barred, bars = True, [bar.start() for bar in _BOX_BESIDE_BAR.finditer(line)]
            unspaced = [0, 0]
            for j, at in enumerate(bars):
                unspaced.append(unspaced[j] + (line[at + 1 : at + 2] != " "))
        first, past = bisect.bisect_left(bars, top.end()), bisect.bisect_left(bars, bottom)
        count = past - first  # (the top's bars: each row's opening bar from ``first`` on, its closing one after it)
        if count % 2 or count // 2 < _BOX_BESIDE_ROWS or unspaced[past + 1] != unspaced[first + 1]:
            continue
        if first_difference(first) <= past - 4:
            continue  # (rows of more than one width: no box's)
        closes = bars[first + 1 : past : 2]
        cuts += [top.end(), *(at + 2 for at in closes)]
        if line[end + 1 : end + 2] == " " and end + 2 < len(line):
            cuts.append(end + 2)  # (the line after its bottom's)
        spans.append((top.start(), end + 1))
    if not cuts:
        return points
    starts = [begin for begin, _ in spans]  # (in order, none overlapping: each point's span found by bisection)
    kept = [p for p in points if (i := bisect.bisect_left(starts, p) - 1) < 0 or p > spans[i][1]]
    return sorted({*kept, *cuts})
