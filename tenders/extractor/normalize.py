"""Normalisation before reading: one line in, one line out (so line numbers stay the source's)."""

import bisect
import collections
import csv
import datetime
import functools
import html
import itertools
import json
import operator
import os
import re
import unicodedata
from collections.abc import Callable

from tenders.extractor.dates import (
    AFTER_CHANGE,
    ARROW,
    BEFORE_CHANGE,
    CLOCK_UNNAMED,
    EN_TIME,
    EN_WEEKDAY,
    ENGLISH_DATE,
    Mention,
    changed_dates_removed,
    find_mentions,
)
from tenders.extractor.firsts import first_characters_guarded
from tenders.extractor.kanji import kanji_dates
from tenders.extractor.labels import is_generic, kind_of, ocr_corrected, remembered, romaji_key

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
        # characters that print nothing, left inside words and dates by a web page, an app or a word processor (a
        # zero-width space 「6月\u200b1日」, a soft hyphen 「質問\u00ad書」, a word joiner, a byte order mark): read without
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\u2060": "",
        "\ufeff": "",
        "\u00ad": "",
        "\u180e": "",
    }
)
INVISIBLE = {code: None for code, to in TILDES.items() if to == ""}  # (the characters that print nothing, taken out)


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
    if not _touched_by(0).search(text):  # (most lines: no character to fold, one scan)
        return text
    table, _, attaching, _, _ = _fold_tables()
    if attaching.search(text):
        return unicodedata.normalize("NFKC", text).translate(TILDES)
    # (only the runs of characters that fold into others are translated: most characters stay as they are)
    return _changed_by(0).sub(lambda run: run.group().translate(table), text)


@functools.cache
def _changed_by(index: int) -> re.Pattern:
    """A run of characters of the Basic Multilingual Plane that table ``index`` of ``_fold_tables`` changes
    (0: ``folded``, 1: ``nfkc``)."""
    changed = _changed_class(index)
    return re.compile(f"{changed}{changed}*")  # (``changed+`` with its class first: the engine scans for it fast)


@functools.cache
def _changed_class(index: int) -> str:
    """The class of the characters of the Basic Multilingual Plane that table ``index`` of ``_fold_tables`` changes."""
    table = _fold_tables()[index]
    return f"[{_ranges([code for code, normal in enumerate(table) if normal != chr(code)])}]"


@functools.cache
def _touched_by(index: int) -> re.Pattern:
    """A character ``_changed_by(index)`` changes or that makes ``_fold_tables``'s ``attaching`` search find one:
    where ``folded`` (0) or ``nfkc`` (1) has anything to do."""
    return re.compile(f"[{_changed_class(index)[1:-1]}{_fold_tables()[2].pattern[1:-1]}]")


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
    if not _touched_by(1).search(text):  # (as ``folded``)
        return text
    _, table, attaching, _, _ = _fold_tables()
    if attaching.search(text):
        return unicodedata.normalize("NFKC", text)
    return _changed_by(1).sub(lambda run: run.group().translate(table), text)  # (as ``folded``)


_TILDE_CHARS = {chr(code) for code in TILDES}


# (each branch starts at a space, taken first, what stands before it looked at behind: a fast scan for spaces;
# 「6/2 月 －」 is a day and its weekday in columns of their own, no 「2月」; 「2024/07/11 15:09:26<TAB>日程」 a sheet's
# timestamp to its seconds, then the next cell, no 「26日」; 「2028年10月<TAB>2028年11月」 a month's cell then the next
# cell's date with its year, two dates)
_SPACE_IN_NUMBER = re.compile(
    r"[ \t](?:(?<=\d[ \t])(?<![/.]\d[ \t])(?<![/.]\d\d[ \t])(?<!:\d\d:\d\d[ \t])[ \t]*(?=[年日時分])|(?<=月\d[ \t])(?=\d\s{0,2}日)"
    r"|(?<=\d )(?<![/.]\d )(?<![/.]\d\d )(?<!:\d\d:\d\d ) *(?=月(?!\t| {2}|\s*$))|(?<=\d月[ \t])[ \t]*(?=上旬|中旬|下旬|初旬|末)"
    r"|(?:(?<=[\d元][年月][ \t])|(?<=[\d元] [年月][ \t]))(?<![/.]\d [年月][ \t])(?<![/.]\d\d [年月][ \t])[ \t]*(?=\d)(?!\d{4}\s{0,2}年)"
    r"|(?<=(?:令和|平成|昭和)[ \t])[ \t]*(?=\d|元))"
)
# where any space _SPACE_IN_NUMBER takes out stands (the space first: a fast scan for it, not for a digit)
_SPACE_AFTER_NUMBER = re.compile(r"[ \t](?<=[\d元年月和成][ \t])")
# 「2 日程の変更」「1 日時」: an item's number before a heading that begins with 日, no day 「2日」
_ITEM_BEFORE_DAY_WORD = re.compile(r"^\s{0,8}\d{1,2}[ \t\u3000]+(?=日(?:時|程|付)(?!\s{0,2}\d))")
# 「入 札 参 加 申 込 　 期 間 　 6 月 21 日 か ら 6 月 30 日 ま で」: a PDF's text with a space after every letter
# (the words stand apart by wider gaps); its letters are run together again, so that 「から」「まで」 read as words.
# (「曜日 月 水 火 木」: weekdays in columns of their own stay apart)
_SPACED_LETTER = r"[ぁ-んァ-ヶー一-龥々、。]"
_SPACED_ONE = re.compile(rf"{_SPACED_LETTER}")
_SPACED_MARKS = set("0123456789()０１２３４５６７８９（）")  # (the line as written: its digits full-width too)
LETTERS_SPACED_MIN = 4  # letters standing alone on a line that make it letter-spaced, at least (half its words too)
_LETTER_SPACE = re.compile(rf"(?<={_SPACED_LETTER}) (?={_SPACED_LETTER}(?:\s|$))(?<![月火水木金土日] (?=[月火水木金土日]))")
# 「令 和 9 年 2 月 1 6 日 ( 火 ) 午 前 1 0 時 0 0 分」: a PDF's text that spaces the digits of a number too; the digits
# right before a unit of a date or a time run together again (「4 , 2 0 0 t」 and a calendar's 「1 2 3」 stay as written)
# (a digit after 「5 」 is tried only where the 5 was not: were it tried, the run ends alike, so each run is scanned once)
_SPACED_DIGITS = re.compile(r"(?<![\d.,/:])(?:(?<!\d )|(?<=[\d.,/:]\d ))\d(?: \d)+(?= ?[年月日時分])")
# 「…7月3日(金)の午」 / 「後5時までに」 run onto one line: 午前/午後 parted by the space the line break became
_AMPM_CUT = re.compile(r"午 {1,4}(?=[前後] {0,2}\d)")
_DIGITS_APART = re.compile(r"\d \d")  # (what spaced digits need, looked for first: a simpler scan of every line)
_UNIT_MAX = {"月": 12, "日": 31, "時": 24, "分": 59}  # (「9 3月」: a page's number before a month, no month 93)


def _digits_run_together(match: re.Match) -> str:
    """Spaced digits before a date's or a time's unit on a line whose letters are not spaced, run together after a
    word of the line (「午後 5 時 1 5 分」「令和 7 年1O月 1 6 日」); a number after a Latin letter or an item's number
    at the line's start stays apart (「A7　8月上旬に」「7　8月上旬に」: the answer's or the item's number, then a day)."""
    line, at = match.string, match.start()
    while at and line[at - 1] == " ":  # (the character before, walked back to: no copy of a long line's head per match)
        at -= 1
    if not at or line[at - 1].isspace() or line[at - 1].isascii() and line[at - 1].isalnum():
        return match.group()
    number = match.group().replace(" ", "")
    unit = line[match.end() : match.end() + 2].strip()[:1]
    return number if int(number) <= _UNIT_MAX.get(unit, 9999) else match.group()


_SPACED_BRACKET = re.compile(r"\( [^()\s]{1,4}(?: [^()\s]{1,4}){0,5} \)")
# (a tag opens with a name, 「/」 or 「!」: 「＜誤＞」「＜正＞」 around a date are a correction's marks, kept)
_MARKUP = re.compile(r"<[A-Za-z/!?][^>]{0,199}>")
_CELL_BETWEEN = re.compile(r"</t[dh]>\s{0,8}<t[dh](?:\s[^<>]{0,199})?>")  # a page's table cell ending, the next beginning
# 「<pubDate>Mon, 13 Sep 2027 09:00:00 +0900</pubDate>」「<updated>2027-09-13T09:00:00+09:00</updated>」: a feed's (RSS,
# Atom, a sitemap's) stamp of when an entry was put up or built, no step of a call (its words are read, not its stamps)
_FEED_STAMP = re.compile(r"<(?P<tag>pubDate|lastBuildDate|dc:date|updated|published|lastmod|atom:updated)>[^<]{0,60}</(?P=tag)>")
_ARROW = re.compile(r"\d.{0,30}" + ARROW)
# 「質問締切は 1/21(木) じゃなくて 1/22(金) 17時 でした」「提出期限は12月4日ではなく、12月11日です」: a date put right
# in words, read as the change an arrow writes 「1/21(木) → 1/22(金) 17時」
_NOT_BUT = re.compile(
    r"(?P<old>\d{1,2}\s{0,2}[/月]\s{0,2}\d{1,2}\s{0,2}日?(?:\s{0,2}\([月火水木金土日](?:曜日?)?\))?"
    r"(?:\s{0,2}(?:午前|午後)?\d{1,2}(?:時(?:\d{1,2}分)?|:\d{2}))?)"
    r"\s{0,2}(?:じゃなくて|じゃなく|ではなくて|ではなく|でなく)[、,]?\s{0,2}(?=(?:令和|平成)?\d)"
)
# 「…と書きましたが」「…と申し上げましたが」: the words a writer or speaker takes back what they gave before with
SAID_VERB = (
    r"(?:書き|書い|記載し|記し|お伝えし|伝え|お知らせし|知らせ|ご案内し|案内し|ご連絡し|連絡し|ご説明し|説明し"
    r"|申し上げ|投稿し|入力し|打ち|打っ)(?:て(?:い|しまい|おり)?)?(?:ました|た)が"
)
# 「締切を 6/12(金)正午 と書きましたが、見直したら 6/15(月)正午 でした」「先ほど5月20日とお伝えしましたが、正しくは5月22日
# です」「「10/3」と記載しておりましたが、10/5の誤りです」「動画内で「6/18(金)正午」とご説明しましたが、正しくは…」: a day the
# writer takes back as mistyped (or as said wrong), the right one after it in the same sentence: read as the change an
# arrow writes 「6/12(金)正午 → 6/15(月)正午」; said aloud with its weekday (「「2月19日、木曜日」と申し上げましたが、資料2の
# とおり、正しくは…」, a transcript) the right one is the one 「正しくは」 names, figures between (a handout's number) no date
_SAID_BUT = re.compile(
    r"(?P<old>\d{1,2}\s{0,2}[/月]\s{0,2}\d{1,2}\s{0,2}日?"
    r"(?:\s{0,2}(?:[(（][月火水木金土日](?:曜日?)?[)）]|[、,]\s{0,2}[月火水木金土日]曜日))?"
    r"(?:\s{0,2}(?:(?:午前|午後)?\d{1,2}(?:時(?:\d{1,2}分)?|:\d{2})|正午))?)"
    r"\s{0,2}[」』\"”]?\s{0,2}と\s{0,2}" + SAID_VERB + r"[、,]?"
    r"(?:[^。\n]{0,24}?正しくは\s{0,2}|[^。\n\d]{0,24}?)(?=(?:令和|平成)?\d)"
)
# 「The due date of June 15, 2026 is changed to June 19, 2026」「… 15 June 2027, 12:00 noon has been extended to 19 June …」:
# an English change put in words, the old date (and its hour) before the verb, the new one after 「to」/「until」
_CHANGED_TO_EN = re.compile(
    r"(?P<old>\d(?:,?\s{1,2}(?:at\s{1,2})?\d{1,2}(?::\d{2})?\s{0,2}(?:[aApP]\.?[mM]\.?|noon)?)?)"
    r"\s{1,2}(?:is|are|was|were|has\s{1,2}been|have\s{1,2}been|will\s{1,2}be)\s{1,2}"
    r"(?:changed|extended|moved|postponed|rescheduled|amended|revised|deferred|brought\s{1,2}forward)\s{1,2}(?:to|until)\s{1,2}"
    r"(?=(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s{1,2})?(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s{1,2}\d))"
)
_CHANGED_TO_VERBS = ("changed", "extended", "moved", "postponed", "rescheduled", "amended", "revised", "deferred", "forward")
_ARROW_ONLY = re.compile(ARROW)  # (a fast scan for an arrow before _ARROW looks for a digit before it)
# a revision's marks written out where the PDF struck text through and underlined what it added: 「令和10年3月［削除］上旬
# ［追加］中旬」「(最終日は［削除］正午［追加］午後5時)」: the deleted words no longer read (on the line as read, its brackets
# folded: 「〔削除〕…〔追加〕」 as 「(削除)」); the pair and the words between, not extract's DELETED_MARK, which finds the
# mark alone on the row as written to tell it changed
_DELETED_MARKED = re.compile(r"[\[(]削除[\])][^\[\]]{1,40}?[\[(](?:追加|挿入)[\])]")
# 「質問〆 6/1(月)17h」「説明会 5/27(水)14h~」: a handwritten note's hour, an 「h」 after the day (its weekday) for 時
_HOUR_H = first_characters_guarded(
    re.compile(
        r"(?P<space>(?<=\))\s{0,2}|(?<=\d/\d)\s{1,2}|(?<=\d/\d\d)\s{1,2}|(?<=\d日)\s{0,2})(?P<hour>[01]?\d|2[0-4])h(?![A-Za-z]|程|以内|間)"
    )
)  # (not 「説明会 5/27(水) 2h程度」「24h以内」, hours that last)
# A scan's OCR of a date in kanji numerals (a 公告 sent by fax, written vertically): 十 read as 「+」 (「一月二+二日」), 一 as
# the long-vowel mark 「ー」 (「令和九年ー月十二日」「ー月二十五日」). Read back only between the units of a date or time,
# where neither stands for itself (「ー」 of a katakana word is never right after 年, 月 or a numeral before its unit).
_OCR_KANJI_TEN = re.compile(
    r"\+(?:(?<=[一二三四五六七八九ー]\+)|(?<=[年月]\+)|(?<=午[前後]\+))(?=[一二三四五六七八九ー]?\s{0,2}[月日時分])"
)
_OCR_KANJI_ONE = re.compile(
    r"ー(?:(?<=[年月]ー)|(?<=[年月]\sー)|(?<=[十+]ー)|(?<=午[前後]ー))(?=\s{0,2}[月日時]|[十+〇一二三四五六七八九]{1,2}\s{0,2}[月日時])"
)
# 「審査結果の通知は、七月の中旬。」: a month's part joined by の, as a speaker (a transcript) puts it
_MONTH_OF_PART = re.compile(r"(?<=[\d一二三四五六七八九十]月)の(?=[上中下初]旬)")
# 「結果 7月上」「契約 9月下」: a note's 上旬 / 下旬 cut to its first letter (not 「7月中」, within the month; not
# 「| 8月上 | 8月中 | 8月下 | 9月上 |」, the axis of a chart, many on its line)
# (「9月下 旬」: spaced, not cut; the letter first, its look behind after it: a fast scan)
_TEN_DAYS_SHORT = re.compile(r"(?P<part>[上下])(?<=\d月[上下])(?=\s|$|[、,。)(])(?!\s{1,2}旬)")
# struck-through text (markdown 「~~7月26日(金)~~」, HTML <del>/<s>/<strike>): what a change deleted, read as gone
_STRUCK = re.compile(r"~~[^~\n]{1,200}~~|<(del|s|strike)\b[^>]{0,100}>.{0,200}?</\1\s{0,2}>", re.IGNORECASE)
# a Word document's tracked changes as Pandoc writes them: 「[令和9年5月19日（水）]{.underline}」「[5月20日]{.insertion
# author="…" date="2027-05-13T09:12:00Z"}」 (what a change added, read as written; the stamp of the edit no date of the
# notice) and 「[6月4日]{.deletion author="…"}」 (what it deleted, read as gone); 「[…]{.mark}」 too
_PANDOC_SPAN = re.compile(r"\[(?P<words>[^\[\]\n]{0,300})\]\{\.(?P<cls>underline|ul|insertion|deletion|mark)\b[^{}\n]{0,200}\}")


def _pandoc_span_read(match: re.Match) -> str:
    return " " if match["cls"] == "deletion" else match["words"]


# 「令和9年6月4日&#65374;6月25日」「申請書の提出期限&nbsp;&nbsp;令和9年…」: a page's source writes a character by its
# reference (a space, a tilde): read as the character (not 「&lt;」「&gt;」「&amp;」, markup's own, read with the markup)
_CHARACTER_REFERENCE = re.compile(r"&(?!(?:lt|gt|amp);)(?:[a-zA-Z]{2,8}\d{0,2}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")


# 「7」 then 「月」「日」「年」「時」「/」「:」, 「旬」「正午」: the words a mark of a change holds are a day or a time (not
# 「~~(9)~~[(10)]{.underline}」, an item renumbered; 「副本~~8部~~[10部]{.underline}」, a count)
_DAY_WORDS = re.compile(r"\d\s{0,2}(?:年|月|日|時|/|:)|旬|正午")


def tracked_change_dated(line: str) -> bool:
    """The line (as written) struck a day or a time through or marked one as added, as a document's tracked changes are
    written out (markdown 「~~6月4日~~」, HTML <del>, Pandoc's 「[6月11日]{.underline}」 「{.insertion}」 「{.deletion}」)."""
    if "~~" not in line and "<" not in line and "]{." not in line:
        return False
    struck = [_MARKUP.sub(" ", span.group()) for span in _STRUCK.finditer(line)] if "~~" in line or "<" in line else []
    added = [span["words"] for span in _PANDOC_SPAN.finditer(line)] if "]{." in line else []  # (not the edit's stamp)
    return any(_DAY_WORDS.search(words) for words in struck + added)


def pandoc_spans_read(line: str) -> str:
    """The line with its Pandoc spans of a tracked change read (``_PANDOC_SPAN``): deletions gone, the rest unwrapped."""
    return _PANDOC_SPAN.sub(_pandoc_span_read, line) if "]{." in line else line


# 「令和9年4月_23日(金)_午後5時_15分_まで」: the underline a correction puts under what it changed, shown in a mail or
# markdown as 「_」 around the words (inside a date or a time too)
_UNDERLINED = re.compile(r"(?<=[\d年月日時分午旬頃)])_+|(?<!_)_+(?=\d|令和|平成)")  # (a run read from its first mark only)
# 「14日(か)(水(すい))午後(ごご)5時(じ)」: a page's furigana copied as brackets of kana after the kanji they read
_RUBY = re.compile(r"\((?<=[一-龥々〆ヶ]\()[ぁ-ゖー]{1,12}\)")  # (the bracket first: a fast scan for it)
# 「2028年ねん1月がつ17日にち（月曜日げつようび）午後ごご6時じ30分ぷん」: a page's furigana copied inline, each reading
# run straight onto the kanji it reads; the readings of a date's and a time's own words are dropped (those of a
# number's unit only after its digits, where no other word can begin), the words they read kept
_DAY_READING = (
    r"(?:ついたち|ふつか|みっか|よっか|いつか|むいか|なのか|ようか|ここのか|とおか|はつか"
    r"|(?:にじゅう|さんじゅう|じゅう)(?:いち|に|さん|よっ|ご|ろく|しち|なな|はち|く|きゅう)?(?:にち|か)|にち)"
)
_RUBY_INLINE = re.compile(
    r"(?<=\d年)ねん|(?<=\d月)がつ|(?<=\d日)" + _DAY_READING + r"|(?<=\d時)じ(?![ゃゅょ])|(?<=\d分)[ふぷ]ん"
    r"|(?<=曜日)(?:げつ|か|すい|もく|きん|ど|にち)ようび|(?<=午後)ごご|(?<=午前)ごぜん|(?<=正午)しょうご"
    r"|(?<=令和)れいわ|(?<=平成)へいせい|(?<=年度)ねんど|(?<=元年)がんねん"
    r"|(?<=上旬)じょうじゅん|(?<=中旬)ちゅうじゅん|(?<=下旬)げじゅん"
)


def inline_ruby_dropped(text: str) -> str:
    """The text without the inline readings of its dates' and times' words (``_RUBY_INLINE``)."""
    if "がつ" in text or "にち" in text or "ねん" in text or "ようび" in text or "ごご" in text or "ごぜん" in text:
        return _RUBY_INLINE.sub("", text)
    return text


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


# 「May 5, Reiwa 9 (2027)」「Reiwa 9 (2027), May 5」「5 May 2027 (Reiwa 9)」「the 9th year of Reiwa」: an English notice's
# (「Reiwa 8th year May 27th」「Heisei 31st year」: a machine translation's 令和8年, the ordinal and its 「year」 part of it)
# Japanese era year, read as the year it names (the Western year it brackets, where it gives one); an era year before
# the month and day goes after them (「May 5, 2027」), an era year bracketed after a written year is left out
_EN_ERA_NAMES = {"reiwa": 2018, "heisei": 1988}
_EN_ERA_YEAR = (
    r"(?:(?P<era>(?i:Reiwa|Heisei))\s{0,2}(?P<number>\d{1,2}|(?i:gannen|first|1st))"
    r"(?:(?<=\d)(?i:st|nd|rd|th))?(?:\s{1,2}(?i:year)\b)?(?![\d.:/])"
    r"|(?i:the\s)?(?P<ordinal>\d{1,2})(?i:st|nd|rd|th)\s(?i:year\sof\s)(?P<era2>(?i:Reiwa|Heisei))\b)"
    r"(?:\s{0,2}\(\s{0,2}(?P<western>(?:19|20)\d{2})\s{0,2}\))?"
)
_EN_ERA_BRACKETED = re.compile(r"(?<=\d{4})\s{0,2}\(\s{0,2}(?i:Reiwa|Heisei)\s{0,2}\d{1,2}\s{0,2}\)")
_EN_ERA_FIRST = re.compile(
    _EN_ERA_YEAR + r"\s{0,2},?\s{1,3}(?P<day>"
    r"(?i:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?(?!\d)"
    r"|\d{1,2}(?:st|nd|rd|th)?\s{1,2}(?:of\s)?(?i:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
)
_EN_ERA = re.compile(_EN_ERA_YEAR)


def _en_era_western(match: re.Match) -> str:
    if match["western"]:
        return match["western"]
    number = match["number"] or match["ordinal"]
    return str(_EN_ERA_NAMES[(match["era"] or match["era2"]).lower()] + (int(number) if number.isdigit() else 1))


# A site's machine translation of a Japanese notice writes each character of a date as a word: the weekday 「(火)」 as
# 「(fire)」 (月 moon or month, 火 fire, 水 water, 木 wood or tree, 金 gold, metal or money, 土 soil or earth, 日 sun or
# day; 「(fire day)」, 「(Moon/holiday)」 too), 「令和8年10月13日」 as 「Reiwa 8 years 10 months 13 days」 (「2026 years 10
# months 13 days」, 「Heisei 31 year 4 month 22 day」, 「Reiwa first year」, 「Reiwa 9 years March 19」), read as the English
# date they mean (「October 13, 2026 (Tue)」); a day without its year (「10 months 13 days (fire)」) only before its weekday,
# where it is no length of time
_MT_WEEKDAY_NAMES = {
    "moon": "Mon", "month": "Mon", "fire": "Tue", "water": "Wed", "wood": "Thu", "tree": "Thu", "gold": "Fri",
    "metal": "Fri", "money": "Fri", "soil": "Sat", "earth": "Sat", "sun": "Sun", "day": "Sun",
}  # fmt: skip
_MT_WEEKDAY = re.compile(
    r"(?P<before>\d|\b(?i:days?))(?P<space>\s{0,2})\(\s{0,2}(?P<name>(?i:moon|month|fire|water|wood|tree|gold|metal|money|"
    r"soil|earth|sun|day))(?i:\s?day)?(?:\s{0,2}[・/,、]\s{0,2}(?i:holiday|public\sholiday|national\sholiday|"
    r"substitute\sholiday|celebration|festival))?\s{0,2}\)"
)
_MT_WEEKDAY_HINT = re.compile(r"\((?i:\s{0,2}(?:moon|month|fire|water|wood|tree|gold|metal|money|soil|earth|sun|day))")
_MT_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip
_MT_YEAR = (
    r"(?:(?P<era>(?i:Reiwa|Heisei))\s{0,2}(?P<number>\d{1,2}|(?i:gannen|first|1st|original))|(?P<western>(?:19|20)\d{2}))"
    r"\s{0,2}(?i:years?)\b"
)
_MT_DAY = re.compile(
    r"(?<![\w.])(?:" + _MT_YEAR + r"\s{0,2},?\s{0,2})?(?P<month>\d{1,2})\s{0,2}(?i:months?)\s{0,2},?\s{0,2}"
    r"(?P<day>\d{1,2})\s{0,2}(?i:days?)\b(?P<weekday>\s{0,2}\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\))?"
)
_MT_ERA_BEFORE_MONTH = re.compile(
    r"(?<![\w.])" + _MT_YEAR + r"\s{0,2},?\s{1,3}(?P<day>(?i:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s{1,2}\d{1,2}(?:st|nd|rd|th)?)(?![\d:])"
)


def _mt_year(match: re.Match) -> int | None:
    if match["western"]:
        return int(match["western"])
    if match["era"] is None:
        return None
    number = match["number"]
    return _EN_ERA_NAMES[match["era"].lower()] + (int(number) if number.isdigit() else 1)


def _mt_day(match: re.Match) -> str:
    year, month, day = _mt_year(match), int(match["month"]), int(match["day"])
    if not 1 <= month <= 12 or not 1 <= day <= 31 or (year is None and not match["weekday"]):
        return match.group()
    return f"{_MT_MONTH_NAMES[month - 1]} {day}{f', {year}' if year else ''}{match['weekday'] or ''}"


def machine_translated_dates(text: str) -> str:
    """The dates of a machine translation written word for word (「Reiwa 8 years 10 months 13 days (fire)」) as the
    English dates they mean (「October 13, 2026 (Tue)」); ``text`` itself when it holds none."""
    if "(" in text:
        text = _MT_WEEKDAY.sub(lambda m: f"{m['before']}{m['space']}({_MT_WEEKDAY_NAMES[m['name'].lower()]})", text)
    if "onth" in text:
        text = _MT_DAY.sub(_mt_day, text)
    if "ear" in text:
        text = _MT_ERA_BEFORE_MONTH.sub(lambda m: f"{m['day']}, {_mt_year(m)}", text)
    return text


def english_era_years(text: str) -> str:
    """「Reiwa 9 (2027), May 5」 as 「May 5, 2027」, 「May 5, Reiwa 9」 as 「May 5, 2027」, 「5 May 2027 (Reiwa 9)」 as
    「5 May 2027」."""
    text = _EN_ERA_BRACKETED.sub("", text)
    text = _EN_ERA_FIRST.sub(lambda m: f"{m['day']}{',' if m['day'][:1].isalpha() else ''} {_en_era_western(m)}", text)
    return _EN_ERA.sub(_en_era_western, text)


# 「PM5:00まで」「AM10:00～」: a clock time with the half of the day written before it in Latin letters
_LATIN_AMPM = re.compile(r"(?<![A-Za-z])(?:(?P<am>AM|am|A\.M\.)|(?P<pm>PM|pm|P\.M\.))\s?(?=\d{1,2}\s?(?::\s?\d{2}|時))")
_AMPM_BEFORE_DIGIT = re.compile(r"[AaPp](?:M|m|\.M\.)\s?\d")  # where any of _LATIN_AMPM stands, and more


# 「by close of business (17:00) on Tuesday 19th January」「2027/07/14 (Wed) close of business (17:00)」: the office's
# closing hour the bracket gives, read as that time (「by 17:00 on Tuesday 19th January」)
# (「6/4/2027, close of business (5:00 p.m.)」「(5:00 p.m. ET)」「(5:00 PM)」: the hour with a.m. or p.m., in either case, and a
# zone, read as on a 24-hour clock)
_CLOSE_OF_BUSINESS = re.compile(
    r"(?i:\b(?:the\s)?close\sof\s(?:business|office\shours)|\bCOB)\s?\((?P<time>\d{1,2}:\d{2})"
    r"(?:\s?(?P<ampm>[apAP])\.?\s?[mM]\b\.?)?(?:\s{1,2}[A-Z]{2,4})?\)"
)


def _close_of_business_hour(match: re.Match) -> str:
    """The hour a 「close of business」 bracket gives, on a 24-hour clock (「5:00 p.m.」 as 「17:00」)."""
    if not match["ampm"]:
        return match["time"]
    hour, minute = match["time"].split(":")
    hour = int(hour) % 12 + (12 if match["ampm"] in "pP" else 0)
    return f"{hour}:{minute}"


# 「(3) "Close of business" means 17:00 Japan Standard Time on the business day concerned」: a notice's definition of
# the hour its deadlines 「until close of business on 8 September 2026」 name (「COB」 too, and 「5:00 p.m.」)
_CLOSE_OF_BUSINESS_DEFINED = re.compile(
    r"(?i:(?:\bclose\sof\s(?:business|office\shours)|\bCOB)[\"”']?\s{1,3}(?:means|shall\smean|refers\sto|is)\s{1,3}"
    r"(?:(?:the|at)\s{1,3})?(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s?(?:(?P<pm>p\.?\s?m\b\.?)|(?P<am>a\.?\s?m\b\.?))?)"
)
# 「Q3. What does "close of business" mean in section 6? A3. It means 17:15 JST」: the definition given as a question's
# answer (the answer's mark and 「It」 before 「means」)
_CLOSE_OF_BUSINESS_ASKED = re.compile(
    r"(?i:(?:\bclose\sof\s(?:business|office\shours)|\bCOB)[\"”']?\s{1,3}mean\b[^?\n]{0,60}\?\s{1,8}"
    r"(?:A\d{0,2}\s?[.:)]\s{0,3})?(?:it\s{1,3})?(?:means|is)\s{1,3}(?:(?:the|at)\s{1,3})?"
    r"(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s?(?:(?P<pm>p\.?\s?m\b\.?)|(?P<am>a\.?\s?m\b\.?))?)"
)
_CLOSE_OF_BUSINESS_NAMED = re.compile(r"(?i:\b(?:the\s)?close\sof\s(?:business|office\shours)|\bCOB\b)(?!\s?\(|[\"”'])")
# 「CLOSE OF BUSINESS」 in capitals too (each alternative's first letter written out: a fast scan for them)
_HAS_CLOSE_OF_BUSINESS = re.compile(r"l(?i:ose\sof\s(?:business|office))|L(?i:ose\sof\s(?:business|office))|COB")


def close_of_business_defined(text: str, lines: list[str]) -> list[str]:
    """The lines with each 「close of business」 read as the hour ``text`` defines it as (the definition's own words
    left as they are); ``lines`` themselves when the text defines no such hour."""
    # (a match holds 「COB」 or 「of」 in some case, and re's ignoring of case takes no other letter for 「o」 or 「f」: a text
    # without an 「o」, or without 「COB」 and an 「f」, the most, holds none; one character is a fast scan)
    if ("o" not in text and "O" not in text) or ("COB" not in text and "f" not in text and "F" not in text):
        return lines
    if not _HAS_CLOSE_OF_BUSINESS.search(text):
        return lines
    defined = _CLOSE_OF_BUSINESS_DEFINED.search(text) or _CLOSE_OF_BUSINESS_ASKED.search(text)
    if defined is None or (not defined["minute"] and not (defined["pm"] or defined["am"])):
        return lines
    hour = int(defined["hour"]) + (12 if defined["pm"] and int(defined["hour"]) < 12 else 0)
    if hour > 23:
        return lines
    clock = f"{hour}:{defined['minute'] or '00'}"

    def read(line: str) -> str:
        """``line`` with 「close of business」 read as ``clock`` between its definitions, which stay as written (a notice
        run onto one line has its deadlines beside the definition); one pass over the line, however many it holds."""
        parts, at = [], 0
        for own in _CLOSE_OF_BUSINESS_DEFINED.finditer(line):
            parts += [_CLOSE_OF_BUSINESS_NAMED.sub(clock, line[at : own.start()]), own.group(0)]
            at = own.end()
        return "".join([*parts, _CLOSE_OF_BUSINESS_NAMED.sub(clock, line[at:])])

    return [
        read(line) if ("lose" in line or "LOSE" in line or "COB" in line) and _HAS_CLOSE_OF_BUSINESS.search(line) else line
        for line in lines
    ]


# 「2027.01.15 (Fri) 4:00 PM」「2027/01/20 (Wed) 1:30 p.m.」: a date written year first, its clock time with the half of
# the day after it in Latin letters (put before it, where a Japanese date reads it: 「2027.01.15 (Fri) 午後4:00」)
_AMPM_AFTER_NUMERIC_DATE = re.compile(
    r"(?P<date>(?<![\d./-])(?:19|20)\d{2}(?P<sep>[./-])\d{1,2}(?P=sep)\d{1,2}(?:\s?\([A-Za-z月火水木金土日]{1,9}\.?\))?,?\s{1,3})"
    r"(?P<clock>\d{1,2}:\d{2})\s?(?:(?P<am>AM|am|A\.M\.|a\.m\.)|(?P<pm>PM|pm|P\.M\.|p\.m\.))(?![A-Za-z])"
)
_AMPM_AFTER_DIGIT = re.compile(r"\d\s?[AaPp](?:M|m|\.M\.|\.m\.)")


def latin_ampm(text: str) -> str:
    if "M" not in text and "m" not in text:
        return text
    if _AMPM_AFTER_DIGIT.search(text):
        text = _AMPM_AFTER_NUMERIC_DATE.sub(
            lambda m: m.group("date") + ("午前" if m.group("am") else "午後") + m.group("clock"), text
        )
    if not _AMPM_BEFORE_DIGIT.search(text):  # (a fast scan for the letter, before the look behind it at every place)
        return text
    return _LATIN_AMPM.sub(lambda m: "午前" if m.group("am") else "午後", text)


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


# 「2027-09-13T17:00:00+09:00」: an ISO date and time of a system's export, in Japan's time or without a zone (a time in
# UTC 「…Z」 is a record's stamp, left as it is)
_ISO_DATETIME = re.compile(
    r"(?<![\d-])(?P<day>\d{4}-\d{2}-\d{2})T(?P<time>\d{2}:\d{2})(?::\d{2}(?:\.\d{1,6})?)?(?:\+09:?00)?(?![\d:Z+-])"
)


# 「| 2027-06-10 00:00:00 | 17:00:00 | 電子メール |」: a spreadsheet's date cell (markitdown, a CSV export) carries a
# midnight that is no time of the step; its time, when given, is the next cell's 「17:00:00」 (read with the day, the
# time's cell left empty). (A time with seconds after the day: no one writes a step's midnight so.)
_SHEET_MIDNIGHT = re.compile(
    r"(?<![\d-])(?P<day>\d{4}-\d{1,2}-\d{1,2}) 00:00:00(?![\d:.])"
    r"(?:(?P<gap>[ \t]{0,4}[|\t,][ \t]{0,4})(?P<time>\d{1,2}:\d{2}):00(?=[ \t]{0,4}(?:[|\t,]|$)))?"
)


def _sheet_day(match: re.Match) -> str:
    if match["time"] is None or match["time"] in ("0:00", "00:00"):
        return match["day"] + (match["gap"] or "")
    return f"{match['day']} {match['time']}{match['gap']}"


# 「l 質問書の提出期限 | 令和7年10月17日(金) |」「] 企画提案書の提出期限 | … |」「| 審査結果の通知 | 12月上旬 l」: a
# scanned table's outer bar read by an OCR as a letter or a bracket, at the start or the end of a row whose other
# end is a bar
_OCR_BAR_OPENS = {"l ", "I ", "] ", "[ "}
_OCR_BAR_CLOSES = {" l", " I", " ]", " ["}


def _ocr_row_bars(text: str) -> str:
    body = text.rstrip()
    if text[:2] in _OCR_BAR_OPENS and body[-1:] == "|":
        return "|" + text[1:]
    if body[-2:] in _OCR_BAR_CLOSES and text.lstrip()[:1] == "|":
        return body[:-1] + "|" + text[len(body) :]
    return text


# 「質問書の提出期限   令和8年5月20日(水)<a wide gap>午後5時まで   質問に対する回答 …」: a table's date cell wrapped
# before its closing time, the text's lines run together (the wrapped line's indent left as a wide gap): the time is
# the date's (a closing time, 「まで」 after it)
_CLOSING_TIME = r"(?:(?:午前|午後)\s{0,2})?\d{1,2}\s{0,2}時(?:\s{0,2}\d{1,2}\s{0,2}分)?|正午|\d{1,2}:\d{2}"
_WRAPPED_CELL_TIME = re.compile(rf"(?<=日\([月火水木金土日]\))[ \t]{{9,80}}(?=(?:{_CLOSING_TIME})\s{{0,2}}まで)")

# (「配布   令和8年5月11日(月)から<a wide gap>令和8年5月29日(金)まで」: a window's end wrapped in its cell, so)
_WRAPPED_CELL_END = re.compile(
    r"(?<=日\([月火水木金土日]\)から)[ \t]{9,80}(?=(?:令和|平成)?\s{0,2}\d{1,4}\s{0,2}[年月][^\s]{0,16}?日\([月火水木金土日]\)"
    rf"\s{{0,2}}(?:{_CLOSING_TIME}\s{{0,2}})?まで)"
)


# 「┃ 現地説明会 ┃←───────┘」: a flow chart's connector drawn from a box's side to the lane beside it (an arrow in a run
# of rules and corners) is no part of the box's words
_CONNECTOR_TAIL = re.compile(r"(?<=\|)[ \u3000]*[─━┘┐└┌┴┬]*[←→][←→─━┘┐└┌┴┬]*[ \u3000]*$")


def not_but_as_arrow(text: str) -> str:
    """「1/21(木) じゃなくて 1/22(金)」 as 「1/21(木) → 1/22(金)」 (``_NOT_BUT``, and 「…と書きましたが、…」 ``_SAID_BUT``), 「June 15, 2026 is extended to June 19,
    2026」 as 「June 15, 2026 → June 19, 2026」 (``_CHANGED_TO_EN``); other text as it is."""
    if "なく" in text and _NOT_BUT.search(text):
        return _NOT_BUT.sub(r"\g<old> → ", text)
    if "たが" in text and _SAID_BUT.search(text):
        return _SAID_BUT.sub(r"\g<old> → ", text)  # 「6/12(金)正午 と書きましたが、…6/15(月)正午 でした」
    if text.isascii() or " to " in text or " until " in text:
        if any(verb in text for verb in _CHANGED_TO_VERBS) and _CHANGED_TO_EN.search(text):
            return _CHANGED_TO_EN.sub(r"\g<old> → ", text)  # 「June 15, 2026 is changed to June 19, 2026」
    return text


# 「[浅葱県観光DX推進業務委託](%E6%B5%85…%203f9a1c2e.md)」「[公告文](https://…/koukoku.pdf)」: a Markdown link (a Notion or
# wiki export's page, a site's file), read as its text: its target is no word of the line (a long one would make a table's
# row too long to read as a row)
_MARKDOWN_LINK = re.compile(r"\[(?P<text>[^\[\]\n]{1,200})\]\([^()\s]{1,2000}\)")
# 「- [ ] 質問締切 5/14 17:00」「* [x] 公告 4/26」: a Markdown task list's box (GitHub, Obsidian, Notion), no bracket
_TASK_BOX = re.compile(r"(?P<item>\s{0,8}[-*+]\s{1,2}|\s{0,8}\d{1,2}[.)]\s{1,2}|\s{0,8})\[[ xX✓✔]\]\s{1,2}")


# 「町ホ｜ムペ｜ジに掲載」: vertical text read by an OCR, its long vowel mark (a vertical stroke) read as a full-width bar
# between two katakana: read as 「ー」, no cell's edge (a bar after 「ー」 parts words: 「エントリー｜コース」; nor in a line
# that begins or ends with the bar, a table's row)
_VERTICAL_LONG_VOWEL = re.compile("(?<=[ァ-ヶ])｜(?=[ァ-ヶ])")


# 「… shall submit the form by 5:00 p.m.      Jul. 14, 2027」「Time-limit for the submission of comments: 5:00     p.m. Friday,
# October 30, 2026」: an English deadline's time wrapped before its date (or before its p.m.), the line break and the next
# line's indent a run of spaces once the lines are run together: the time read with its date, one space between
_EN_TIME_WRAPPED = re.compile(
    r"(?:(?<=\bby\s)|(?<=\bat\s)|(?<=until\s)|(?<=than\s)|(?<=:\s))(?P<time>\d{1,2}:\d{2}(?:\s?[apAP]\.?\s?[mM]\.?)?)[ ]{3,}"
    r"(?=[apAP]\.?\s?[mM]\.?\s|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,7}\.?,?\s{1,2}\w"
    r"|\d{1,2}(?:st|nd|rd|th)?\s{1,2}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)


_TODAY_SPOKEN = re.compile(r"今日(?!的)")


@remembered(8192)  # a page's header and footer, a table's rule, a notice's lines quoted again
def normalize_line(line: str, changes: bool = True) -> str:
    """NFKC (full-width digits and punctuation), one kind of tilde, no spaces inside dates, no HTML tags,
    kanji numerals of dates and times as digits (「令和八年五月十五日」); without the dates an arrow says were changed
    unless ``changes`` is False (``flow_below``)."""
    if line.lstrip()[:1] in TREE_MARKS:
        line = _tree_mark_removed(line)
    if "&lt;" in line and "&gt;" in line:  # a page's markup escaped once more (a feed's description): read as markup
        line = html.unescape(line)
        line = html.unescape(line) if "&" in line else line  # (「&amp;#12316;」: a character's reference escaped too)
    if "&" in line and ";" in line:
        line = _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group()), line)
    if '","' in line or (line[:1] == '"' and line.rstrip()[-1:] == '"'):
        line = csv_row_as_cells(line)
    if "｜" in line and line.strip()[:1] != "｜" and line.rstrip()[-1:] != "｜":  # (a row of a table drawn with
        line = _VERTICAL_LONG_VOWEL.sub("ー", line)  # full-width bars, 「｜日程｜ヒアリング｜オンライン｜」, parts its cells)
    if "~~" in line or "<" in line:
        line = _STRUCK.sub(" ", line)
    if "]{." in line:
        line = pandoc_spans_read(line)
    text = folded(line)
    if "~~" in text and "~~" not in line:  # 「〜〜令和9年2月上旬〜〜」: a strike-through marked with full-width waves
        text = _STRUCK.sub(" ", text)
    if "](" in text:
        text = _MARKDOWN_LINK.sub(r"\g<text>", text)
    if "今日" in text:  # 「公告日は今日 5/11(月)付け」: a chat's or a memo's spoken word for 本日 (not 「今日的」)
        text = _TODAY_SPOKEN.sub("本日", text)
    if text[-1:] in "┘┐─━←→" and "|" in text:
        text = _CONNECTOR_TAIL.sub("", text)
    if "T" in text and "-" in text and ":" in text:
        text = _ISO_DATETIME.sub(r"\g<day> \g<time>", text)
    if "00:00:00" in text:
        text = _SHEET_MIDNIGHT.sub(_sheet_day, text)
    if "日(" in text and "まで" in text and "         " in text:
        text = _WRAPPED_CELL_TIME.sub(" ", text)
        text = _WRAPPED_CELL_END.sub("", text) if "から " in text else text
    if "   " in text and ":" in text and _EN_TIME_WRAPPED.search(text):
        text = _EN_TIME_WRAPPED.sub(r"\g<time> ", text)
    if "<" in text and ("Date>" in text or "date>" in text or "updated>" in text or "published>" in text or "lastmod>" in text):
        text = _FEED_STAMP.sub(" ", text)
    if "</t" in text:
        text = _CELL_BETWEEN.sub("\t", text)  # (a row's cells apart as a tab parts them: 「項目\t変更前\t変更後」)
    text = ocr_corrected(_MARKUP.sub(" ", text) if "<" in text else text)
    if " | " in text and (text[:2] in _OCR_BAR_OPENS or text.rstrip()[-2:] in _OCR_BAR_CLOSES):
        text = _ocr_row_bars(text)
    if "(" in text:
        text = _RUBY.sub("", text)
    text = inline_ruby_dropped(text)
    if ("(" in text and _MT_WEEKDAY_HINT.search(text)) or ("onth" in text and "ay" in text) or " year" in text:
        text = machine_translated_dates(text)
    if "eiwa" in text or "EIWA" in text or "eisei" in text or "EISEI" in text:
        text = english_era_years(text)
    if "(" in text and ("lose" in text or "COB" in text):
        text = _CLOSE_OF_BUSINESS.sub(_close_of_business_hour, text)
    if "月の" in text and _MONTH_OF_PART.search(text):
        text = _MONTH_OF_PART.sub("", text)  # 「七月の中旬」: a speaker's 7月中旬
    if ("+" in text and _OCR_KANJI_TEN.search(text)) or ("ー" in text and _OCR_KANJI_ONE.search(text)):
        text = _OCR_KANJI_ONE.sub("一", _OCR_KANJI_TEN.sub("十", text))
    if "令 和" in text or "平 成" in text:
        text = _ERA_CUT.sub(_space_dropped, text)  # 「令 和九年」: an era's name cut by a line break that became a space
    text = kanji_dates(easy_japanese(latin_ampm(text)))
    if ("\t" in text or "|" in text) and _SERIAL_CELL.search(text):
        text = _SERIAL_CELL.sub(_serial_as_date, text)
    if "**" in text:
        text = text.replace("**", "")  # markdown bold
    if text[:1] == "h" and _TEXTILE_HEADING.match(text):
        text = _TEXTILE_HEADING.sub(lambda m: "#" * int(m["level"]) + " ", text, count=1)  # 「h3. 社内スケジュール」
    if "[" in text[:12] and _TASK_BOX.match(text):
        text = _TASK_BOX.sub(r"\g<item>", text, count=1)  # 「- [ ] 質問締切 5/14 17:00」: a task list's item
    if "_" in text:
        text = _UNDERLINED.sub("", text)
    if "削除]" in text or "削除)" in text:
        text = _DELETED_MARKED.sub("", text)
    if "【" in text and _MARKED_DATE_PART.search(text):
        text = _MARKED_DATE_PART.sub(_date_part_unmarked, text)
    if "h" in text and _HOUR_H.search(text):
        text = _HOUR_H.sub(r"\g<space>\g<hour>時", text)  # 「6/1(月)17h」: a note's hour as 17時
    if ("上" in text or "下" in text) and len(_TEN_DAYS_SHORT.findall(text)) == 1:
        text = _TEN_DAYS_SHORT.sub(r"\g<part>旬", text)  # 「結果 7月上」: a note's 上旬 cut short (not a chart's axis)
    text = not_but_as_arrow(text)
    if changes and _ARROW_ONLY.search(text) and _ARROW.search(text):
        text = changed_dates_removed(text)
    if " " in line and letter_spaced(line):
        text = _LETTER_SPACE.sub("", text)
        if " " in text:
            text = _SPACED_DIGITS.sub(lambda m: m.group().replace(" ", ""), text)
        if "( " in text:  # 「( 水 ・ 祝 )」: a weekday's bracket spaced too (no list's 「・」 item inside it)
            text = _SPACED_BRACKET.sub(lambda m: m.group().replace(" ", ""), text)
    elif " " in text and _DIGITS_APART.search(text):  # 「午後 5 時 1 5 分」: an OCR's or a justified line's digits apart
        text = _SPACED_DIGITS.sub(_digits_run_together, text)
    if _SPACE_AFTER_NUMBER.search(text):
        item = _ITEM_BEFORE_DAY_WORD.match(text) if "日" in text[:14] else None
        head, text = (text[: item.end()], text[item.end() :]) if item else ("", text)
        text = head + _SPACE_IN_NUMBER.sub("", text)
    if ("..." in text or "・・・" in text or "‥" in text) and _LEADER.search(text, 1) and "\t" not in text and "|" not in text:
        text = _LEADER.sub("\t", text)
    if "/" in text and _SLASH_TIME.search(text):
        text = _SLASH_BEFORE_TIME.sub(" ", text)
    if "午 " in text:
        text = _AMPM_CUT.sub("午", text)  # 「午 後5時」: 午後 cut by a line break that became a space
    return text


# 「…本公告の日から令 和九年七月二十八日まで」: an era's name a narrow column's line cut after its first letter, the break a
# space on a page read as one line (a year's numeral after it)
_ERA_CUT = re.compile(r"(?:令 和|平 成)(?=\s?[0-9元〇一二三四五六七八九十])")


def _space_dropped(match: re.Match) -> str:
    return match.group().replace(" ", "")


# 「2027年【9月下旬】」「8月23日(月)~【9月3日(金)】」「7月21日(水)【10:00~12:00】」「【7月14日(水)】12:00まで」: a
# correction's marks (訂正箇所は【 】で示しています) around the part of a date or time it changed, the date read whole
# without them (not 「目の午後5時 【令和10年6月21日(水)午後5時】」: a date whole in its brackets, the day a rule gives)
_MARKED_DATE_PART = re.compile(
    r"【(?P<part>(?=[^】]{0,32}[年月日時:旬])(?:令和|平成)?\d[\d年月日時分:~・()月火水木金土祝曜上中下旬初度令和平成 ]{0,30})】"
)
_DATE_PART_BEFORE = re.compile(r"(?:[年月日~〜]|[月火水木金土日祝]\)|から)$")


def _date_part_unmarked(match: re.Match) -> str:
    """The marked part without its marks where a date goes on either side of them (a day's rest before, a time after)."""
    text = match.string
    before = text[max(0, match.start() - 3) : match.start()]
    if _DATE_PART_BEFORE.search(before) or text[match.end() : match.end() + 1].isdigit():
        return match.group("part")
    return match.group()


# 「h3. 社内スケジュール」: a heading in a tracker's wiki markup (Textile: Redmine, Backlog, Confluence's wiki), read as
# markdown's 「### 社内スケジュール」
_TEXTILE_HEADING = re.compile(r"^h(?P<level>[1-6])\.[ \t]+(?=\S)")


def csv_row_as_cells(line: str) -> str:
    """「"2","説明会","現地説明会の参加申込","","2027/06/07","17:00"」: a row of a CSV file (quoted fields parted by
    commas, a spreadsheet saved or exported as text) read as a row of tab-parted cells, an empty field an empty cell."""
    row = line.strip()
    if not (row.startswith('"') and row.endswith('"')) or "\t" in row:
        return line
    fields = next(csv.reader([row]), [])
    if len(fields) == 1 and '"' not in fields[0] and "," not in row:
        return fields[0].strip()  # 「"変更履歴"」: a section's title on a row of its own
    if len(fields) < 2 or any("\t" in field or "\n" in field for field in fields):
        return line
    return "\t".join(field.strip() for field in fields)


# 「…\t2023/10/5\t木\t45209\t火\t16:00」: a spreadsheet's date pasted as its serial number (days since 1899-12-30),
# read as the date when the weekday in the next cell is that day's
_SERIAL_CELL = re.compile(
    r"(?<=[\t|])\s{0,2}(?P<serial>[3-5]\d{4})(?P<gap>\s{0,2}[\t|]\s{0,2})(?P<weekday>[月火水木金土日])(?=(?:曜日?)?\s{0,2}(?:[\t|]|$))"
)
_SERIAL_EPOCH = datetime.date(1899, 12, 30)


def _serial_as_date(match: re.Match) -> str:
    serial = int(match.group("serial"))
    if not 36526 <= serial <= 54788:  # 2000 to 2049
        return match.group()
    day = _SERIAL_EPOCH + datetime.timedelta(days=serial)
    if "月火水木金土日"[day.weekday()] != match.group("weekday"):
        return match.group()
    return f"{day.year}/{day.month}/{day.day}{match.group('gap')}{match.group('weekday')}"


# 「現場説明会／令和9年1月14日(木曜日)／午後1時30分／現地集合」: fields parted by slashes, the day's time in the next one
_TIME_AFTER_SLASH = r"(?:午前|午後)\s{0,2}\d|正午|\d{1,2}\s{0,2}時|\d{1,2}:\d{2}"
_SLASH_BEFORE_TIME = re.compile(rf"(?<=[日)])\s{{0,2}}/\s{{0,2}}(?={_TIME_AFTER_SLASH})")
_SLASH_TIME = re.compile(rf"/\s{{0,2}}(?:{_TIME_AFTER_SLASH})")  # (the slash first: a fast scan, before the look behind)


def letter_spaced(text: str) -> bool:
    """「時 間 　 午前 9 時 か ら 午後 4 時 ま で」: half the words of the line, four at least, are single letters apart by
    half-width spaces (「理事長　沢　渡　　茂　樹」: a name's letters spread out with full-width ones, a signature's)."""
    if text.count(" ") < LETTERS_SPACED_MIN - 1:  # (that many letters standing alone have a space between each two)
        return False
    words = [word for word in text.split(" ") if word]
    alone = sum(1 for word in words if len(word) == 1 and _SPACED_ONE.match(word))
    if alone < LETTERS_SPACED_MIN:
        return False
    # (「令 和 9 年 1 月 1 5 日 ( 金 )」: a text that spaces its digits and brackets too counts them among its letters)
    return alone * 2 >= len(words) or (alone + sum(1 for word in words if len(word) == 1 and word in _SPACED_MARKS)) * 2 >= len(
        words
    )


def normalize(text: str) -> list[str]:
    return normalize_lines(text.splitlines())


_FLOW_STEP = re.compile(r"[^\s\d|│]")
# 「■変更内容（変更前→変更後）」「（旧→新）」: the legend of the changes under it, no flow of two steps
_VERSIONS_ARROW = re.compile(
    rf"(?:変更|訂正|修正|改正)前\s{{0,2}}{ARROW}\s{{0,2}}(?:変更|訂正|修正|改正)後|旧\s{{0,2}}{ARROW}\s{{0,2}}新"
)


def flow_below(source: list[str], index: int) -> bool:
    """「審査結果の通知 → 契約締結」 over 「10月下旬 → 11月上旬(予定)」: line ``index``'s arrows part the dates of the
    steps the line above parts as many times (a flow of steps), no old date changed to a new one."""
    above = source[index - 1] if index else ""
    if not _ARROW_ONLY.search(above) or len(above) > BOXED_ROW_MAX or any(c.isdigit() for c in above):
        return False
    if "前" in above or "旧" in above:
        if _VERSIONS_ARROW.search(above):
            return False
    steps, dates = re.split(ARROW, above), re.split(ARROW, source[index])
    return len(steps) == len(dates) and all(_FLOW_STEP.search(step) for step in steps)


# 「> > | 2  | 質問受付期限 | 令和5年10月25日(水)午後5時 |」: a mail's lines quoted in a reply, each under the marks of its
# depth; read without them (a quoted table's rows and rules are rows and rules again)
MAIL_QUOTE = re.compile(r"^(?:[ \t]{0,2}>)+[ \t]?")
# 「> From: 契約課」「> > 差出人: …」: a quoted mail's header keeps its marks (where the quoted mail begins)
MAIL_HEADER_QUOTED = re.compile(
    r"^(?:[ \t]{0,2}>)+\s{0,4}(?:From|差出人|送信者|Sent|送信日時|To|宛先|Subject|件名|Cc)\s{0,2}[:：]", re.IGNORECASE
)
MAIL_QUOTED_MIN = 3  # quoted lines that make a text a mail's reply, at least


# A bid-alert service's digest forwarded with the call it is about: 「〓 汐見町 公用車リース / 発注機関：汐見町（総務課） /
# 公告日：2026/05/29 / 入札締切：2026/06/12」 items set apart by rule lines (or blank lines), each naming its own issuer.
# The call the text is about is the one whose issuer the rest of the text names; the other items are other calls,
# their days none of this call's steps (blanked, the rule runs of a digest run onto one line parting its items too).
# Only items a rule parts from each other are read so: a rule between each two, one issuer each.
DIGEST_ISSUER = re.compile(
    r"(?:^|(?<=\s))[\u3000 ]{0,4}(?:発注機関|発注者|発注元|調達機関|機関名)[\s\u3000]{0,4}[:：][\s\u3000]{0,2}(?P<name>[^\s\u3000(（:：、,]{2,20})"
)
DIGEST_RULE = re.compile(r"[━─＝=―\-]{6,}")
DIGEST_ITEMS_MIN = 2
# issuers a digest's items name, at most: each name is counted through the whole text, and a list of more calls than
# this is no alert's digest forwarded with the one call it is about (left as it is)
DIGEST_ISSUERS_MAX = 30


def _digest_pieces(lines: list[str]) -> list[list[tuple[int, int, int]]]:
    """The text's pieces between rule runs, each as spans (line, start, end). (Items set apart by blank lines only
    are left to the reading of a digest's calls: 「[2] …」 / 「[3] …」 under 「その他の新着案件」 tell it they are others.)"""
    pieces: list[list[tuple[int, int, int]]] = [[]]
    for index, line in enumerate(lines):
        at = 0
        for rule in (
            DIGEST_RULE.finditer(line)
            if "━" in line or "─" in line or "--" in line or "==" in line or "―" in line or "＝" in line
            else ()
        ):
            if line[at : rule.start()].strip():
                pieces[-1].append((index, at, rule.start()))
            pieces.append([])
            at = rule.end()
        if line[at:].strip():
            pieces[-1].append((index, at, len(line)))
    return [piece for piece in pieces if piece]


def other_calls_in_digest_blanked(lines: list[str]) -> list[str]:
    text = "\n".join(lines)
    if sum(text.count(word) for word in ("発注機関", "発注者", "発注元", "調達機関", "機関名")) < DIGEST_ITEMS_MIN:
        return lines
    items: list[tuple[str, list[tuple[int, int, int]]]] = []
    for piece in _digest_pieces(lines):
        names = [
            m["name"]
            for index, start, end in piece
            if "発注" in (span := lines[index][start:end]) or "機関" in span  # (each of DIGEST_ISSUER's keys holds one)
            for m in DIGEST_ISSUER.finditer(span)
        ]
        if len(names) == 1:
            items.append((names[0], piece))
    names = {name for name, _ in items}
    if len(items) < DIGEST_ITEMS_MIN or not 2 <= len(names) <= DIGEST_ISSUERS_MAX:
        return lines
    # (the items' words joined at line breaks: a name has no space, so none runs from one item's span into the next)
    items_text = "\n".join(lines[index][start:end] for _, piece in items for index, start, end in piece)
    outside = sorted(((text.count(name) - items_text.count(name), name) for name in names), reverse=True)
    if outside[0][0] <= 0 or outside[0][0] == outside[1][0]:
        return lines
    subject = outside[0][1]
    result = list(lines)
    for name, piece in items:
        if name in subject or subject in name:
            continue
        for index, start, end in piece:
            result[index] = result[index][:start] + " " * (end - start) + result[index][end:]
    return result


# A newspaper's or trade paper's article, dated in its own header (「発行日 : 2027年4月14日(水)」, 「[発注動向]2027年11月5日
# (金)号」, a viewer's path 「紙面ビューア > 2026年(令和8年)6月9日 火曜日 > 3面」, or the date alone with its hour under the
# headline), tells the days of its month by the day alone: 「市は13日、…公告した。参加表明書を23日午後5時まで受け付ける」.
# Each such day is read in the month of the article's date (the next month when its weekday says so), until the next
# article's date; 「同24日」「同中旬」 after 「7月3日」 in its sentence are that month's. A day after a range's start
# (「5月14日正午から18日」) is that range's, read where the range is; a day that qualifies a word (「12日の締め切りまでに参加
# を表明したのは1者」「22日の市議会」) tells of what happened or is held that day, no step (left as written).
ARTICLE_NEWS_WORDS = ("新聞", "新報", "紙面", "記事", "朝刊", "夕刊", "日報")
_ARTICLE_DATE = r"(?P<year>\d{4})年(?:\((?:令和|平成)\d{1,2}年\))?(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
ARTICLE_DATE_LINE = re.compile(
    r"\s{0,4}(?:\[[^\]]{1,12}\]\s{0,2})?(?:(?:発行日|発行|掲載日)\s{0,4}[:：]\s{0,2})?"
    + _ARTICLE_DATE
    + r"\s{0,2}(?:\(?[月火水木金土日](?:曜日?)?\)?)?\s{0,2}(?P<tail>号|\d{1,2}:\d{2})?"
)
ARTICLE_VIEWER_DATE = re.compile(r"紙面[^>]{0,12}>\s{0,2}" + _ARTICLE_DATE)
ARTICLE_HEAD_LINE = 80  # characters of an article's dated head, at most
# a day alone: not a range's end (「5月17～19日」), a month's day (「4月28日」), a count (「10日間」「5日以内」「3日前」)
ARTICLE_DAY = re.compile(
    r"(?<![\d月/.年~\-「])(?P<same>同)?(?P<day>\d{1,2})日(?![間以前後目本付号の])(?P<weekday>\(?[月火水木金土日]\))?"
)
ARTICLE_SAME_PERIOD = re.compile(r"同(?=[上中下]旬)")
ARTICLE_MONTH = re.compile(r"(?<!\d)(\d{1,2})月(?=\d{1,2}日|[上中下]旬)")
ARTICLE_RANGE_BEFORE = re.compile(
    r"(?:\d日|\d月)[^。、]{0,16}?(?:から|~)\s{0,2}$|\d日(?:\([月火水木金土日]\))?\s{0,2}(?:・|、|及び)\s{0,2}$"
)
# 「萩野辺町は4日、…延長すると発表した。」「…参加表明したことが29日までに分かった」: the day the news was made or
# learned, no step of the call (left as written, a day alone)
ARTICLE_NEWS_DAY = re.compile(r"(?<=は)\d{1,2}日、|\d{1,2}日までに(?:分かった|判明した|明らかになった)")
ARTICLE_NEWS_VERB = re.compile(r"(?:発表|明らかに|表明|決定|説明)(?:した|しました)。")


def _article_date(line: str) -> datetime.date | None:
    match = ARTICLE_VIEWER_DATE.search(line) if "紙面" in line else None
    if match is None:
        match = ARTICLE_DATE_LINE.match(line) if len(line) <= ARTICLE_HEAD_LINE else None
        if match is None:
            return None
        if match["tail"] is None and "発行" not in line and "掲載日" not in line:
            return None  # a bare date alone on its line heads a call (its 公告日) as often as an article
        rest = line[match.end() :].strip()
        if match["tail"] is None and rest and not rest.startswith("|"):
            return None
    try:
        return datetime.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None


def _article_day(day: int, weekday: str | None, dated: datetime.date) -> datetime.date | None:
    """The day ``day`` of the article's month (or, its weekday telling so, of the month after or before)."""
    months = [(dated.year, dated.month)]
    if weekday:
        after = (dated.year + dated.month // 12, dated.month % 12 + 1)
        before = (dated.year - (dated.month == 1), (dated.month - 2) % 12 + 1)
        months += [after, before]
    for year, month in months:
        try:
            day_of = datetime.date(year, month, day)
        except ValueError:
            continue
        if not weekday or WEEKDAYS[day_of.weekday()] == weekday:
            return day_of
    return None


def _month_before(line: str) -> Callable[[int], str | None]:
    """The month the last 「7月3日」「7月中旬」 of ``line`` before a place names (``ARTICLE_MONTH``), found with one look
    through the line (a long line of many 「同24日」 was looked through from its start again for each)."""
    found = [(month.end(), month.group(1)) for month in ARTICLE_MONTH.finditer(line)]
    ends = [end for end, _ in found]

    def before(at: int) -> str | None:
        last = bisect.bisect_right(ends, at) - 1
        return found[last][1] if last >= 0 else None

    return before


def _article_line_dated(line: str, dated: datetime.date) -> str:
    pieces, at = [], 0
    month_before = _month_before(line) if "同" in line else None
    stop = None  # (the first 「。」 after the last news day looked at; -1 for none, the line never looked through again)
    for match in ARTICLE_DAY.finditer(line):
        before = line[max(0, match.start() - 24) : match.start()]
        if match["same"]:
            month = month_before(match.start())
            if month is None:
                continue
            pieces += [line[at : match.start()], f"{month}月{match['day']}日"]
            at = match.end("day") + 1
            continue
        if ARTICLE_RANGE_BEFORE.search(before):
            continue
        if ARTICLE_NEWS_DAY.match(line, match.start("day")):
            if stop is None or 0 <= stop < match.end():
                stop = line.find("。", match.end())
            if "分" in line[match.end() : match.end() + 8] or (
                stop > 0 and ARTICLE_NEWS_VERB.search(line, max(stop - 9, 0), stop + 1)
            ):
                continue
        weekday = match["weekday"].strip("()") if match["weekday"] else None
        day = _article_day(int(match["day"]), weekday, dated)
        if day is None:
            continue
        pieces += [line[at : match.start("day")], f"{day.month}月"]
        at = match.start("day")
    line = "".join(pieces) + line[at:]
    if "同" in line and "旬" in line:
        pieces, at, month_before = [], 0, _month_before(line)
        for match in ARTICLE_SAME_PERIOD.finditer(line):
            month = month_before(match.start())
            if month is not None:
                pieces += [line[at : match.start()], f"{month}月"]
                at = match.end()
        line = "".join(pieces) + line[at:]
    return line


def article_days_dated(lines: list[str]) -> list[str]:
    if not any(word in line for line in lines for word in ARTICLE_NEWS_WORDS):
        return lines
    result, dated = list(lines), None
    for index, line in enumerate(lines):
        if "年" in line and "月" in line and (day := _article_date(line)) is not None:
            dated = day
            continue
        if dated is not None and "日" in line and line.strip():
            result[index] = _article_line_dated(line, dated)
    return result


def mail_quotes_unmarked(lines: list[str]) -> list[str]:
    if "\n".join(lines).count(">") < MAIL_QUOTED_MIN:  # (most texts: hardly a mark at all, one look)
        return lines
    if sum(1 for line in lines if line[:3].lstrip().startswith(">")) < MAIL_QUOTED_MIN:
        return lines
    return [
        MAIL_QUOTE.sub("", line) if line[:3].lstrip().startswith(">") and not MAIL_HEADER_QUOTED.match(line) else line
        for line in lines
    ]


# 「令」 / 「和」 / 「元」 / 「年」 / 「1」 / 「1」 / 「月」 … 「第」 / 「4」 / 「7」 / 「号」: a 公報's running header printed down the page's
# edge, read one character a line (its date is the issue's, no step's): read as blank lines
ONE_CHARACTER_RUN = 8  # lines of one character each that make such a header, at least
ONE_CHARACTER_HEADER = re.compile(r"\d{1,2}月\d{1,2}日|第\d{1,4}号|[年号]")
CALENDAR_LETTERS = frozenset("日月火水木金土0123456789")


def one_character_lines_blanked(lines: list[str]) -> list[str]:
    result, start = lines, None
    for index in range(len(lines) + 1):
        if index < len(lines) and len(lines[index].strip()) == 1:
            start = index if start is None else start
            continue
        if start is not None and index - start >= ONE_CHARACTER_RUN:
            letters = "".join(line.strip() for line in lines[start:index])
            if ONE_CHARACTER_HEADER.search(letters) and sum(char not in CALENDAR_LETTERS for char in letters) >= 4:
                result = result if result is not lines else list(lines)
                result[start:index] = [""] * (index - start)
        start = None
    return result


# 「紫峰県報 令和7年9月12日(金曜日) 第二千三百四十五号 三」: the running head (or foot) a gazette (県報, 公報, 官報)
# prints on each page, its name, the issue's day, number and the page's number; between a notice's items it is no
# step's date (the issue's day is on its masthead): read as a blank line
GAZETTE_NAMES = r"(?:県報|公報|官報|都報|道報|府報|市報|区報|町報|村報)"  # (read too by ``relining.gazette_head_cuts``)
# 「浅 葱 県 公 報」: the name set with a space between its letters, as a masthead spaces it (read there too)
GAZETTE_NAME_SPACED = r"(?:[^\s\d]\s){1,12}[県公官都道府市区町村]\s報"
GAZETTE_RUNNING_HEAD = re.compile(
    r"\s{0,4}(?:[一二三四五六七八九〇十\d]{1,4}\s{1,4})?[^\s\d]{1,12}"
    + GAZETTE_NAMES
    + r"\s{1,4}(?:令和|平成)[\d元]{1,2}年\d{1,2}月\d{1,2}日\s{0,2}(?:\([月火水木金土日](?:曜日?)?\))?"
    r"\s{1,4}(?:号外\s{0,4})?第\s{0,2}[一二三四五六七八九〇十百千\d]{1,12}\s{0,2}号\s{1,4}[一二三四五六七八九〇十\d]{1,4}\s{0,4}"
)


# 「令和7年12月23日 火曜日 朱雀野県公報 第三千四百十二号」「第3412号 朱雀野市報 令和7年12月23日(火曜日) 5」
# 「5 朱雀野県公報 第3412号 令和7年12月23日(火)」: the same parts in another order (the page's number first, last or
# left out); read as a running head only under a notice's text (a line with 「。」 above it), the masthead being above
GAZETTE_HEAD_PART = re.compile(
    r"(?P<name>[^\s\d]{1,12}" + GAZETTE_NAMES + "|" + GAZETTE_NAME_SPACED + ")"
    r"|(?P<day>(?:令和|平成)[\d元]{1,2}年\d{1,2}月\d{1,2}日(?:\s{0,2}(?:\([月火水木金土日](?:曜日?)?\)|[月火水木金土日]曜日))?)"
    r"|(?P<number>(?:号外\s{0,4})?第\s{0,2}[一二三四五六七八九〇十百千\d]{1,12}\s{0,2}号)"
    r"|(?P<page>[一二三四五六七八九〇十\d]{1,4})"
)


def gazette_head_any_order(line: str) -> bool:
    """Whether ``line`` is a gazette's name, an issue's day and number and at most a page's number, in any order."""
    parts: list[str] = []
    at, end = 0, len(line.rstrip())
    while at < end:
        while at < end and line[at].isspace():
            at += 1
        part = GAZETTE_HEAD_PART.match(line, at)
        if part is None:
            return False
        parts.append(part.lastgroup or "")
        at = part.end()
    if sorted(parts) not in (["day", "name", "number"], ["day", "name", "number", "page"]):
        return False
    return "page" not in parts or parts[0] == "page" or parts[-1] == "page"


# 「（二）」 alone on the line above or below a running head: the page's number a gazette prints in brackets at the
# page's foot, no item of a notice's outline (its 「（一）」 would close the notice's 「四 …質問」 over its own 「（一）」)
GAZETTE_BRACKETED_PAGE = re.compile(r"\s{0,8}[(（]\s?[一二三四五六七八九十\d]{1,3}\s?[)）]\s{0,8}")


def gazette_running_heads_blanked(lines: list[str]) -> list[str]:
    result, body = lines, False
    blanked: list[int] = []
    for index, line in enumerate(lines):
        if "報" in line and "号" in line and len(line) <= 80:
            if GAZETTE_RUNNING_HEAD.fullmatch(line) or (body and gazette_head_any_order(line)):
                result = result if result is not lines else list(lines)
                result[index] = ""
                blanked.append(index)
                for beside in (index - 1, index + 1):
                    if 0 <= beside < len(lines) and GAZETTE_BRACKETED_PAGE.fullmatch(lines[beside]):
                        result[beside] = ""
                continue
        body = body or "。" in line
    for index in blanked:
        _date_across_page_break_joined(result, index)
    return result


def _date_across_page_break_joined(result: list[str], index: int) -> None:
    """「1 受付期限 令和8年6月23日(火曜日)午後」 / 「（二）」 / running head / 「五時」: a date or a time the page break at
    line ``index`` (its running head, blanked) cut in two; its rest joined back to the line above the break."""
    above = index - 1
    while above >= 0 and index - above <= WRAP_SKIP and not result[above].strip():
        above -= 1
    below = index + 1
    while below < len(result) and below - index <= WRAP_SKIP and not result[below].strip():
        below += 1
    if above < 0 or below >= len(result) or not result[above].strip() or not result[below].strip():
        return
    line = result[above].rstrip()
    broken = WRAP_END.search(line[-12:])
    if broken is not None and broken.lastgroup != "month":  # (「令和8年8月」 over its days: a heading, not read across)
        if WRAP_START[broken.lastgroup].match(result[below].strip()):
            result[above] = line + result[below].strip()
            result[below] = ""
            return
    if line[-1] in KANJI_AFTER and (joined := _kanji_cut(line, result[below].strip())) is not None:
        result[above], result[below] = joined, ""  # (「午後」 / 「五時」: the rest in kanji numerals)


# 「項目 公告 質問受付期限 … 契約締結」 over 「日付 R9.5.10 R9.5.19 … R9.7中旬」 (then 「曜日 (月) …」「時刻 ― 17:00 …」): a
# schedule drawn sideways whose cells one space parts, each row headed by its name, the row of steps over a row of as
# many dates; read with its cells parted by tabs, as the sideways table it is (run onto one line, its rows are cut
# apart again by ``relining.sideways_spaced_rows``)
SIDEWAYS_STEP_HEAD = r"項目|区分|手続き?|事項|内容|工程"
SIDEWAYS_DATE_HEAD = r"日付|月日|日程|期日|年月日|日時"
SIDEWAYS_DATE_CELL = r"[^\s\d]*\d[^\s]*|[―\-－—]"  # (a word with a digit, up to its first: one way to read it)
_SIDEWAYS_STEPS = re.compile(rf"(?:{SIDEWAYS_STEP_HEAD})(?: [^\s\d]+){{3,}}")
_SIDEWAYS_DATES = re.compile(rf"(?:{SIDEWAYS_DATE_HEAD})(?: (?:{SIDEWAYS_DATE_CELL})){{3,}}")
SIDEWAYS_CELL_MAX = 16  # characters of a cell of such a row, at most (a longer one is prose)


def sideways_cell(word: str) -> bool:
    """A cell of such a row: a word, not too long, no sentence."""
    return 0 < len(word) <= SIDEWAYS_CELL_MAX and "。" not in word


def _sideways_cells(line: str) -> list[str] | None:
    cells = line.strip().split(" ")
    return cells if all(map(sideways_cell, cells)) else None


def sideways_spaced_cells_tabbed(lines: list[str]) -> list[str]:
    """``lines`` with each row of such a table (the row of steps, the row of dates and the rows of as many cells under
    them) written with its cells parted by tabs; the others as they are. (Its rows run onto one line are found by
    ``relining.sideways_spaced_rows``.)"""
    result = lines
    for index in range(len(lines) - 1):
        line = lines[index].strip()
        if "\t" in line or not _SIDEWAYS_STEPS.fullmatch(line) or not _SIDEWAYS_DATES.fullmatch(lines[index + 1].strip()):
            continue
        steps = _sideways_cells(line)
        if steps is None or len(lines[index + 1].strip().split(" ")) != len(steps):
            continue
        result = result if result is not lines else list(lines)
        end = index
        while end < len(lines) and (cells := _sideways_cells(lines[end])) and len(cells) == len(steps) and "\t" not in lines[end]:
            result[end] = "\t".join(cells)
            end += 1
    return result


# 「【記号の見方】時＝日時　場＝場所　申＝申し込み　問＝問い合わせ」: a newsletter's legend of the one-letter keys its
# articles' items open with (「申　6月13日(金)までに…」), each key a letter of the word it stands for (not a legend of a
# state column's marks, 「済＝手続終了」); an item opened with one reads as opened with its word
LETTER_KEY_PAIR = re.compile(r"(?:^|(?<=[\s】\]:]))(?P<key>[\u4e00-\u9fff])\s{0,2}=\s{0,2}(?P<word>[^\s=|]{2,12})")
LETTER_KEYS_MIN = 3  # keys a legend names, at least
LETTER_LEGEND_MAX = 200  # a legend's line is no longer than this
LETTER_KEY_ITEM = re.compile(r"(?P<key>[\u4e00-\u9fff]) {1,4}(?=\S)")
LETTER_KEY_INDENT = 4  # spaces before an item's key, at most


def letter_keys_spelled(lines: list[str]) -> list[str]:
    """The items under a legend of one-letter keys (``LETTER_KEY_PAIR``) opened with their keys' words: 「申 6月13日
    までに」 as 「申し込み 6月13日までに」, so that the key names the item's step (a later legend's keys from its line on;
    one pass over the lines, however many legends)."""
    result, words = lines, {}
    for index, line in enumerate(lines):
        if "=" in line and len(line) <= LETTER_LEGEND_MAX:
            pairs = [(pair["key"], pair["word"]) for pair in LETTER_KEY_PAIR.finditer(line)]
            if len(pairs) >= LETTER_KEYS_MIN and all(key in word for key, word in pairs):
                words = {**words, **dict(pairs)}
                continue
        if words and "\t" not in line:
            spelled = _letter_keys_in_line(line, words)
            if spelled != line:
                result = result if result is not lines else list(lines)
                result[index] = spelled
    return result


def _letter_keys_in_line(line: str, words: dict[str, str]) -> str:
    """The line's one-letter keys spelled: the key opening it, or one after a space before a date (items run onto one
    line: 「◆説明会 時 6月17日(火)… 申 6月13日(金)までに」)."""
    parts, done = [], 0
    for item in LETTER_KEY_ITEM.finditer(line):
        start = item.start()
        opening = start <= LETTER_KEY_INDENT and not line[:start].strip()
        if item["key"] in words and (opening or (line[start - 1].isspace() and line[item.end()].isdigit())):
            parts += [line[done:start], words[item["key"]]]
            done = item.end("key")
    return "".join(parts) + line[done:]


def normalize_lines(source: list[str], relined: bool = False) -> list[str]:
    """(``relined``: the lines were put back from a text run onto one line)"""
    source = sideways_spaced_cells_tabbed(spaced_date_part_rows(mail_quotes_unmarked(other_calls_in_digest_blanked(source))))
    normalized = [
        # (a line below a flow of steps keeps its arrows' dates; any other is read with the line alone as its cache key)
        normalize_line(line, False) if index and _ARROW_ONLY.search(line) and flow_below(source, index) else normalize_line(line)
        for index, line in enumerate(source)
    ]
    normalized = days_over_steps_between_arrows(gazette_running_heads_blanked(letter_keys_spelled(normalized)))
    normalized = article_days_dated(normalized)
    normalized = broken_date_cells_rejoined(
        quoted_cells_joined(tab_cells_rejoined(calendar_grid_days(chat_posts(agenda_events(spoken_slips(normalized)), relined))))
    )
    normalized = noted_cells_filled(amended_items_named(amending_clauses_rejoined(normalized)))
    if (
        any(mark in line for line in normalized if len(line) < 60 for mark in "旧前誤")
        or any(
            _stacked_heads_in_line(line) is not None
            for line in normalized
            if len(line) <= STACKED_HEAD_LINE and ("正" in line or "後" in line or "新" in line)
        )
        or any(
            _spaced_version_heads(line)
            for line in normalized
            if len(line) <= 160 and "    " in line and ("前" in line or "誤" in line or "旧" in line)
        )
    ):  # (a version's column head, its heads set wide apart too; a stacked table's heads run onto one line)
        normalized = old_version_column_dropped(normalized, source if len(source) == len(normalized) else None)
    lines = wrapped_label_rows(
        spoken_table_rows(
            merged_days_between_rows(
                merged_cells_between_rows(
                    cells_spanning_rules(merged_cells_on_rules(boxed_rows_wrapped(pipe_rows_broken_in_cell(normalized))))
                )
            )
        )
    )
    lines = timeline_rows(source, wrapped_keys_joined(source, spaced_columns_as_tabs(source, chart_beside_dates(lines))))
    lines = ditto_cells(
        window_column_rows(date_part_rows(gantt_rows(changes_on_next_line(old_brackets_under_new(cells_lost_to_a_span(lines))))))
    )
    lines = weekday_cells_joined(window_rows_merged(lines))  # (a window's two rows merged first, each day's cells apart)
    # (a team's rows: of a sheet, a calendar grid, a table aligned with spaces or a chart beside its dates, all cells now)
    lines = team_rows_dropped(outline_marks_carried(source, lines))
    if any(word in line for line in lines for word in ("日程", "スケジュール", "発注", "先方", "手続")):
        lines = board_team_rows_dropped(lines)
    lines = kanji_cuts_joined(rejoin_wraps(cells_begun_above(cells_broken_inside(rows_cut_between_cells(lines)))))
    lines = english_times_below(
        step_below_date_cell(
            japan_time_below(times_below_row_numbers(date_cuts_joined(period_arrow_windows(stacked_flyer_days(lines)), source)))
        )
    )
    lines = english_bracket_dates_below(english_dates_below(english_date_cells_below(lines)))
    lines = month_headed_blocks(month_headed_rows(wrapped_rows_joined(cell_wrapped_hours(bar_cell_times_below(lines)))))
    lines = half_changed_cells_completed(lines)  # (「│時刻 14時00分│R10.1.19(水)10時00分│」: one half of a moment changed)
    lines = stacked_version_rows(day_cells_wrapped_joined(lines))
    if any(mark in line for line in lines if len(line) < 40 and "\t" in line for mark in "旧前誤"):
        lines = old_cells_between_blank_rows_dropped(lines, source)
    return window_cut_between_rows_joined(lines)


# 「項目<TAB>変更前<TAB>変更後」 over rows set apart by blank lines and their cells' wrapped rests (a 新旧対照表 set with
# spaces in a text dump): the rows' cells under the old version's head, dates that no longer hold, are left out
OLD_CELLS_REACH = 80  # lines of such a table, at most
OLD_CELLS_APART = 4  # lines of no cells in a row (a label's or a cell's rest) the table goes on over
CELL_REST_INDENT = 12  # spaces before a cell's wrapped rest under its column, at least
# 「<tbody>」「</thead><tbody>」: a line of an HTML table's part tags alone (no row's gap, only markup)
TABLE_PART_TAGS = re.compile(r"\s{0,8}(?:</?(?:thead|tbody|table)(?:\s[^<>]{0,80})?>\s{0,4}){1,4}")


def old_cells_between_blank_rows_dropped(lines: list[str], source: list[str] | None = None) -> list[str]:
    result = None
    for index, line in enumerate(lines):
        if len(line) >= 40 or "\t" not in line:
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        olds = [at for at, cell in enumerate(cells) if OLD_VERSION_HEAD.match(cell)]
        if len(cells) < 3 or len(olds) != 1 or not any(NEW_VERSION_HEAD.match(cell) for cell in cells):
            continue
        if index + 1 >= len(lines) or lines[index + 1].strip():
            continue  # (rows right under their head, or under a rule: the table is read with its head)
        if source and len(source) == len(lines) and TABLE_PART_TAGS.fullmatch(source[index + 1]):
            continue  # (「</thead>」「<tbody>」 between the head and the rows: the rows right under it, in markup)
        old, apart = olds[0], 0
        new = next(at for at, cell in enumerate(cells) if NEW_VERSION_HEAD.match(cell))
        for below in range(index + 1, min(len(lines), index + OLD_CELLS_REACH)):
            row = lines[below]
            if "\t" not in row:
                # (a cell's wrapped rest, set under its column far in from the margin, goes on with the table: 「現地見
                # 学会<TAB>令和8年6月25日…」 over its five lines of where and how to apply)
                indented = row[:CELL_REST_INDENT].isspace() and len(row) > CELL_REST_INDENT
                apart = apart + 1 if row.strip() and not indented else apart
                if apart > OLD_CELLS_APART:
                    break
                continue
            parts = row.split("\t")
            if len(parts) != len(cells):
                break
            apart = 0
            if parts[old].strip() == (parts[new] if new < old else max(parts[old + 1 :] or [""], key=len)).strip():
                continue  # (a row that reads the same in both versions: unchanged, read as it is)
            result = result or list(lines)
            parts[old] = ""
            result[below] = "\t".join(parts)
    return result or lines


# 「(5) 申請書類の受付<TAB>令和8年7月10日(金)から」 over 「<TAB>（旧(4)）<TAB>令和8年7月24日(金)午後5時まで」: a table's
# window whose start ends its cell and whose end begins the same cell of the row below, that row's other cells a rest
# (the label's wrapped note, 「（旧(4)）」 the item's former number, or nothing): the two rows read as one, cell by cell
WINDOW_OPEN_CELL_END = re.compile(r"日\s{0,2}(?:[(（][^()（）]{1,4}[)）])?\s{0,2}(?:から|より|[~～〜])\s{0,2}$")
WINDOW_END_CELL_START = re.compile(r"^\s{0,4}(?:令和|平成|\d)[^\t]{0,40}?日[^\t]{0,30}?まで")
WINDOW_REST_LABEL = re.compile(r"^\s{0,4}(?:[(（][^()（）]{0,12}(?:[(（][^()（）]{1,4}[)）][^()（）]{0,4})?[)）])?\s{0,4}$")


def window_cut_between_rows_joined(lines: list[str]) -> list[str]:
    result = None
    for index in range(len(lines) - 1):
        line, below = lines[index], lines[index + 1]
        if below[:1] != "\t" or "\t" not in line or "まで" not in below or len(line) > BOXED_ROW_MAX:
            continue
        upper, lower = line.split("\t"), below.split("\t")
        if len(upper) != len(lower) or len(upper) < 3:
            continue
        at = next((k for k, cell in enumerate(upper) if WINDOW_OPEN_CELL_END.search(cell)), None)
        if at is None or at == 0 or not WINDOW_END_CELL_START.match(lower[at]):
            continue
        if not all(WINDOW_REST_LABEL.match(cell) for cell in lower[:at]):
            continue  # (a row of a step of its own, named in its label cell)
        result = result or list(lines)
        result[index] = "\t".join(a.rstrip() + b.strip() for a, b in zip(upper, lower))
        result[index + 1] = ""
    return result or lines


# 「(6) 申請書類の提<TAB>令和9年7月12日(月)から7月<TAB>令和9年7月26日(月)から7月」 over 「出期間<TAB>16日(金)まで<TAB>30日(金)
# まで」: a table whose cells wrap onto a second row of as many cells, a date cut between its month and its day (or its
# year and its month); each cell is read joined to the cell below it
CELL_CUT_AFTER = re.compile(r"\d\s{0,2}(?P<cut>[月年])\s{0,2}$")
CELL_CUT_BEFORE = {
    "月": re.compile(r"^\s{0,2}\d{1,2}\s{0,2}日"),  # 「…から7月」 over 「30日(金)まで」
    "年": re.compile(r"^\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日"),  # 「令和9年」 over 「7月16日(金)」
}
ROW_NUMBER_ONLY = re.compile(r"\s{0,4}[(（]?\d{1,3}[)）.]?\s{0,4}")


def day_cells_wrapped_joined(lines: list[str]) -> list[str]:
    result = None
    for index in range(len(lines) - 1):
        line, below = lines[index], lines[index + 1]
        if "\t" not in line or "\t" not in below or (line[-1:] != "月" and line[-1:] != "年" and "月\t" not in line):
            continue
        upper, lower = line.split("\t"), below.split("\t")
        if len(upper) != len(lower) or len(upper) < 3 or ROW_NUMBER_ONLY.fullmatch(lower[0]):
            continue  # (「11<TAB>基本協定締結<TAB>3月下旬」: the next row of its own, numbered)
        cuts = [CELL_CUT_AFTER.search(a) for a in upper]
        if not any(cut and CELL_CUT_BEFORE[cut.group("cut")].match(b) for cut, b in zip(cuts, lower)):
            continue
        result = result or list(lines)
        result[index] = "\t".join(a.rstrip() + b.strip() for a, b in zip(upper, lower))
        result[index + 1] = ""
    return result or lines


# 「| 3 | 質問への回答 | ※2 | |」 over 「※2 2025年9月18日(木)までに、ウェブサイトに掲載する。」: a table's cell that holds
# only a footnote's mark (「※2」「注3」「(注3)」「*2」), its step's date written in the note below the table; the cell
# reads the note's first sentence when it gives a date and no other cell of the row does
NOTE_CELL = re.compile(r"\s{0,4}\(?(?P<mark>※|注|\*)\s{0,2}(?P<number>\d{1,2})\)?\s{0,4}")
NOTE_HAS_DATE = re.compile(r"\d\s{0,2}[月日/]\s{0,2}\d|\d\s{0,2}月\s{0,2}(?:上旬|中旬|下旬|初旬|末)")
NOTE_BELOW = 40  # a footnote stands at most this many lines below the row that marks it


def noted_cells_filled(lines: list[str]) -> list[str]:
    if not any(("※" in line or "注" in line or "*" in line) and ("|" in line or "\t" in line) for line in lines):
        return lines
    result = list(lines)
    for index, line in enumerate(lines):
        if ("※" not in line and "注" not in line and "*" not in line) or ("|" not in line and "\t" not in line):
            continue
        bar = "|" if "|" in line else "\t"
        cells = line.split(bar)
        noted = [at for at, cell in enumerate(cells) if cell.strip() and NOTE_CELL.fullmatch(cell)]
        if not noted or any(NOTE_HAS_DATE.search(cell) for cell in cells):
            continue
        filled = []
        for at in noted:
            mark = NOTE_CELL.fullmatch(cells[at])
            opening = re.compile(
                rf"\s{{0,8}}\(?{re.escape(mark['mark'])}\s{{0,2}}{mark['number']}(?!\d)\)?\s{{0,4}}[.:)]?\s{{0,4}}"
            )
            for below in range(index + 1, min(index + NOTE_BELOW, len(lines))):
                note = opening.match(lines[below])
                if note:
                    sentence = lines[below][note.end() :].split("。", 1)[0].replace(bar, " ").strip()
                    if sentence and NOTE_HAS_DATE.search(sentence):
                        filled.append((at, sentence))
                    break
        if len(filled) == 1:  # (one date for the row: two notes with dates are the date's and a remark's)
            at, sentence = filled[0]
            cells[at] = f" {sentence} "
            result[index] = bar.join(cells)
    return result


TAB_CELL_LINES = 4  # lines a tab row's last cell goes on over, at most
# A sheet's rows copied as tab-parted text (Excel, Google Sheets): a cell holding line breaks is copied quoted, its
# lines after the first standing alone (「翡翠浜市<TAB>…<TAB>"説明会 10/7(木)14:00~」 / 「提案書は持参のみ」 / 「社内締切 10/22…"」)
QUOTED_CELL_LINES = 8  # lines of one quoted cell, at most
QUOTED_CELL_ROW_MIN = 3  # cells of the rows of such a table, at least


def quoted_cells_joined(lines: list[str]) -> list[str]:
    """Each such cell is read whole on its row's line, its lines parted by a space, the lines below it left empty:
    the rows under it are the table's next rows again, under its header. Only a row of as many cells as the row
    above it (its header or the row before) is read so."""
    if not any('\t"' in line or line.startswith('"') for line in lines):  # (most texts: no cell opens a quote)
        return lines
    result = list(lines)
    width = 0  # cells of the tab row above (0: none)
    for index, line in enumerate(lines):
        if not result[index]:
            continue  # (a quoted cell's line, read onto its row)
        # (「"質問書の提出期限」 over 「(設計図書に関するもの)"<TAB>…」: the row's first cell quoted, its first line no tab)
        first_quoted = line.startswith('"') and width >= QUOTED_CELL_ROW_MIN
        if "\t" not in line and not first_quoted:
            width = 0 if line.strip() else width
            continue
        above, width = width, (result[index].count("\t") + 1 if "\t" in line else 0)
        if not ('\t"' in line or first_quoted) or not line.count('"') % 2 or above < QUOTED_CELL_ROW_MIN:
            continue
        quotes, end = line.count('"'), None
        for below in range(index + 1, min(len(lines), index + 1 + QUOTED_CELL_LINES)):
            text = lines[below]
            if not text.strip():
                break
            quotes += text.count('"')
            if not quotes % 2:
                end = below + 1
                break
            if "\t" in text:
                break  # (a row of its own before the quote closes: no cell of lines)
        if end is None:
            continue
        joined = " ".join(lines[k].strip(" ") for k in range(index, end)).split("\t")
        if len(joined) != above:
            continue  # (a row of the table above has as many cells: 「09:31<TAB>高橋<TAB>"あと…」 is a chat's post)
        result[index] = "\t".join(_unquoted(cell) for cell in joined)
        result[index + 1 : end] = [""] * (end - index - 1)
        width = above
    return result


ROW_NUMBER_CELL = re.compile(r"\s{0,4}(?:No\.?\s{0,2})?\d{1,3}\.?\s{0,4}")
# A row keyed by a case's or a contract's number rather than a running one: 「R8-建築-041」, 「2027-委-014」, 「T-2027-08」,
# 「第27-5号」: a short word of parts joined by hyphens, one part of it a number (a date written with hyphens is none)
ROW_CODE_CELL = re.compile(
    r"\s{0,4}(?!\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}\s*$)(?=[^\s\t]{0,20}\d)(?:No\.?\s{0,2}|第)?"
    r"[A-Za-z0-9\u4e00-\u9fff]{1,6}(?:[-‐－_][A-Za-z0-9\u4e00-\u9fff]{1,8}){1,4}号?\s{0,4}"
)


def _row_key_cell(cell: str) -> bool:
    """A cell that starts a row of its own: the row's running number (「3」, 「No.3」) or its case's (「R8-建築-041」)."""
    return bool(
        ROW_NUMBER_CELL.fullmatch(cell)
        or ("-" in cell or "‐" in cell or "－" in cell or "_" in cell)
        and len(cell) <= 40
        and ROW_CODE_CELL.fullmatch(cell)
    )


def _unquoted(cell: str) -> str:
    """A sheet's cell without the quotes its copy put around it (「"10月28日(水) 午後5時"」), 「""」 a quote again."""
    text = cell.strip()
    return text[1:-1].replace('""', '"') if len(text) >= 2 and text[0] == text[-1] == '"' else cell


def _quoted_cells_closed(lines: list[str], index: int, width: int) -> int | None:
    """A sheet's row copied with its cells of several lines quoted, one such cell opened on row ``index`` and others
    after it: the line after the row's last (its cells ``width`` and every quote closed), or None."""
    count, quotes = lines[index].count("\t") + 1, lines[index].count('"')
    for below in range(index + 1, min(len(lines), index + 1 + TAB_CELL_LINES)):
        line = lines[below]
        if not line.strip() or (ROW_NUMBER_CELL.fullmatch(line.split("\t", 1)[0]) and "\t" in line):
            return None  # (a row of its own, numbered)
        count, quotes = count + line.count("\t"), quotes + line.count('"')
        if count > width:
            return None
        if count == width and not quotes % 2:
            return below + 1
    return None


# the rest of a cell broken under a table's last row: a step's name and its day or time, no note's mark, no sentence
CELL_REST_AT_END = re.compile(r"[^\s※＊*・●■◆□○◎注(（\[【<〈\d][^。]{0,40}?\d{1,2}\s{0,2}[日時:：][^。]{0,30}")


def _cell_rest_at_end(line: str) -> bool:
    return len(line) <= 80 and CELL_REST_AT_END.fullmatch(line.strip()) is not None


def tab_cells_rejoined(lines: list[str]) -> list[str]:
    """A spreadsheet's table copied as text, a cell with a line break in it copied unquoted: 「1<TAB>実施要領」 over
    「5 日程<TAB>(質問)<TAB>(回答)」 under a header of four cells. A row of fewer cells than its table's header,
    whose next line holds the rest (one cell shared: the cell broken), is one row again, joined on its first line
    (the next left empty); lines of no cells between two numbered rows are the rest of the upper row's last cell.
    The header is a run of tab rows' first, the run ending at an empty line."""
    if not any("\t" in line for line in lines):
        return lines
    result = list(lines)
    width = 0  # cells of the header of the table being read (0: none)
    for index, line in enumerate(lines):
        if not line.strip():
            width = 0
            continue
        if "\t" not in line or not result[index]:
            continue
        count = line.count("\t") + 1
        if not width:
            width = count
            continue
        if not _row_key_cell(line.split("\t", 1)[0]):
            continue  # (only a numbered row is read so: a line under it that starts no row of its own is its rest)
        below, first = (lines[index + 1] if index + 1 < len(lines) else ""), index + 1
        quoted = _quoted_cells_closed(lines, index, width) if count < width and line.count('"') % 2 else None
        if quoted is not None:  # 「4<TAB>"追加質問の提出期限」 / 「(新設)"<TAB>―<TAB>"10月28日(水)」 / 「午後5時"<TAB>…」
            joined = " ".join(lines[k].strip(" ") for k in range(index, quoted)).split("\t")
            result[index] = "\t".join(_unquoted(cell) for cell in joined)
            for rest in range(index + 1, quoted):
                result[rest] = ""
            continue
        if count < width and "\t" in below and count + below.count("\t") == width:
            if not _row_key_cell(below.split("\t", 1)[0]):  # (a row of its own, numbered)
                result[index] = line.rstrip(" ") + " " + below.lstrip(" ")
                result[index + 1] = ""
                count, first = width, index + 2
        if count != width or width < 3 or not line.rstrip().rsplit("\t", 1)[-1]:
            continue
        # 「1<TAB>…<TAB>提出期限を延長します。」 over 「企画提案書の提出期限は、…に変更します。」 over 「2<TAB>…」: the
        # row's last cell broken onto lines of no cells, the table going on under them
        end = first
        while end < len(lines) and end - first < TAB_CELL_LINES and lines[end][:1].strip() and "\t" not in lines[end]:
            end += 1
        # (the table's last row keyed so, its last cell's day or time broken onto one line before the table ends:
        # 「第27-8号<TAB>…<TAB>入札書提出締切 令和9年3月11日 17時」 over 「開札 令和9年3月12日 10時」 and a blank line)
        last = end == first + 1 and (end == len(lines) or not lines[end].strip()) and _cell_rest_at_end(lines[first])
        if first < end and (last or end < len(lines) and _row_key_cell(lines[end].split("\t", 1)[0])):
            for rest in range(first, end):
                result[index] = _joined_cell(result[index].rstrip(), lines[rest].strip())
                result[rest] = ""
    return result


# A Word table saved as text whose date cells hold a line break (the day, then its time): each break ends the line,
# the row going on with the time: 「企画提案書の提出期限<TAB>令和8年12月4日(金)」 / 「午後5時<TAB>令和8年12月11日(金)」 /
# 「午後5時」 under a row of three cells. A row of fewer cells than the row above, its last cell a day, each next line
# starting with a time, makes up that row's cells again: the time goes back to its day, the lines joined on the first.
BROKEN_DAY_CELL = re.compile(r"\d\s{0,2}日\s{0,2}(?:\([^()]{1,6}\))?\s{0,2}$")
BROKEN_CELL_LINES = 3  # lines a row's broken cells go on over, at most


def broken_date_cells_rejoined(lines: list[str]) -> list[str]:
    result = list(lines)
    width = 0  # cells of the tab row above (0: none, or a blank line since)
    for index, line in enumerate(lines):
        if "\t" not in line or not result[index]:
            width = 0 if not line.strip() else width
            continue
        count = line.count("\t") + 1
        if width < 3 or count >= width or not BROKEN_DAY_CELL.search(line):
            width = count if count >= width or not width else width
            continue
        cells, below = line.split("\t"), index + 1
        while below < min(len(lines), index + 1 + BROKEN_CELL_LINES):
            rest = lines[below].split("\t")
            if len(cells) + len(rest) - 1 > width:
                break
            if not BROKEN_DAY_CELL.search(cells[-1]) or not CELL_TIME_ONLY.fullmatch(rest[0].strip()):
                break
            cells[-1] = cells[-1].rstrip() + rest[0].strip()
            cells += rest[1:]
            below += 1
        if len(cells) == width:
            result[index] = "\t".join(cells)
            for joined in range(index + 1, below):
                result[joined] = ""
    return result


# A month's calendar copied from a spreadsheet (Excel, Google Sheets) and pasted as text: the month on a line of its
# own 「2028年(令和10年)5月」, the weekdays as a row of cells 「日\t月\t火\t水\t木\t金\t土」, then a row of cells a week,
# each cell its day and what falls on it; a cell of more than one line is quoted as the copy quotes it:
# 「\t"1\n公募開始\n(要項公開)"\t2\t"3\n憲法記念日"」. Each day that has words is read as a line of its own 「2028年5月1日
# 公募開始 (要項公開)」 on the line its cell begins, the grid's other lines and the month's line left empty.
CALENDAR_MONTH = re.compile(
    r"(?:(?P<year>\d{4})\s{0,2}年(?:\s{0,2}[(（][^()（）]{1,10}[)）])?|(?P<era>令和|平成)\s{0,2}(?P<eyear>\d{1,2}|元)\s{0,2}年"
    r"(?:\s{0,2}\(\d{4}年?\))?)?\s{0,2}(?P<month>\d{1,2})\s{0,2}月(?:\s{0,2}カレンダー)?"
)
CALENDAR_DAY = re.compile(r"(?P<day>\d{1,2})(?!\d|[/:.,]\d|\s{0,2}[時分月])\s*(?P<words>.*)", re.DOTALL)
CELL_CLOCK = re.compile(r"(?<![\d:~])\s\d{1,2}:\d{2}(?![\d:]|\s{0,2}~\s{0,2}\d)")  # 「… 17:00 …」 (no window's 「9:00~17:00」)
CALENDAR_DAYS_ROW = re.compile(r"\d{1,2}(?:\t{1,7}\d{1,2}){0,6}")  # 「28<TAB>29<TAB>30<TAB>31」: a week's days alone
CALENDAR_MARKS = "★☆◎○●◆◇■□▲△▼▽※◯"


def _weekday_row(line: str) -> bool:
    cells = line.strip().split("\t")
    return (
        5 <= len(cells) <= 7
        and len({cell[:1] for cell in cells}) == len(cells)
        and all(1 <= len(cell) <= 3 and cell[0] in "日月火水木金土" and cell[1:] in ("", "曜", "曜日") for cell in cells)
    )


def _calendar_cells(lines: list[str], start: int) -> tuple[list[tuple[int, str]], int]:
    """The cells of the grid whose first row is line ``start``: each cell's line and words; and the line after the grid.
    A row that is not a row of days (a cell not beginning with a day) ends the grid."""
    cells: list[tuple[int, str]] = []
    index = start
    week = -1  # where the cells of the last row of days begin (the words under them go on in their columns)
    while index < len(lines):
        if not lines[index].strip():  # a blank line between two weeks, whose words are drawn under their days
            if week < 0 or index + 1 >= len(lines) or not CALENDAR_DAYS_ROW.fullmatch(lines[index + 1].strip("\t ")):
                break
            index += 1
            continue
        row: list[tuple[int, str]] = []
        at, line, pos = index, lines[index], 0
        while True:
            if line.startswith('"', pos):  # a quoted cell, maybe of more lines
                words, pos = [], pos + 1
                while True:
                    close = line.find('"', pos)
                    if close >= 0:
                        words.append(line[pos:close])
                        pos = close + 1
                        break
                    words.append(line[pos:])
                    index += 1
                    if index >= len(lines) or index - at > 12:
                        return cells, at
                    line, pos = lines[index], 0
                cell = "\n".join(words)
            else:
                tab = line.find("\t", pos)
                cell = line[pos:] if tab < 0 else line[pos:tab]
                pos = len(line) if tab < 0 else tab
            row.append((at, cell.strip()))
            if pos < len(line) and line[pos] == "\t":
                pos += 1
                at = index
                continue
            if pos < len(line):
                return cells, at  # words after a quoted cell: no grid's
            break
        if len(row) > 7:
            return cells, at
        if not all(not cell or CALENDAR_DAY.fullmatch(cell) for _, cell in row):
            # 「<TAB>【市】入札公告<TAB><TAB>【社】…」 under 「<TAB>1<TAB>2<TAB>3…」: a day's words on lines of their own
            # below the row of its number, in its column
            if (
                week < 0
                or len(row) > len(cells) - week
                or any(cell and not cells[week + k][1] for k, (_, cell) in enumerate(row))
            ):
                return cells, at
            for column, (_, cell) in enumerate(row):
                if cell:
                    cells[week + column] = (cells[week + column][0], cells[week + column][1] + "\n" + cell)
            index += 1
            continue
        week = len(cells)
        cells.extend(row)
        index += 1
    return cells, index


# The same month drawn with box rules (a pamphlet's or a web page's calendar saved as text): 「│ 日 │ 月 │ … │ 土 │」,
# then a week a group of lines between rules, the group's first line the days 「│ 4 │ 5 │ … │ 9 │」 and the lines below
# the words of each day's cell wrapped in its column 「│ │ … │◆質問 │」 / 「│ │ … │締切 │」 / 「│ │ … │17:00 │」.
def _boxed_weekday_row(line: str) -> bool:
    cells = _boxed_cells(line) if line.lstrip().startswith("|") else None
    return cells is not None and _weekday_row("\t".join(cells))


TIME_WORD = re.compile(r"正午|午前|午後")


def _wrapped_cell_words(pieces: list[str]) -> str:
    """A box cell's lines joined: a word of kana or kanji broken by the cell's width (「プレゼ」 / 「ン審査」) joined
    as one, any other piece (a time, Latin letters, a bracket) after a space."""
    text = ""
    for piece in pieces:
        joined = (
            text and not text[-1].isascii() and not piece[0].isascii() and piece[0] not in "(（" and not TIME_WORD.match(piece)
        )
        text += piece if joined or not text else " " + piece
    return text


def _boxed_calendar_cells(lines: list[str], start: int, columns: int) -> tuple[list[tuple[int, str]], int]:
    """The cells of a box-drawn month whose first line after the weekdays is ``start``: each day's line and words
    (a day's number alone in its cell on a week's first line, its words in the same column below); and the line after
    the grid. A line neither a rule nor a row of ``columns`` cells ends the grid."""
    cells: list[tuple[int, str]] = []
    week: list[tuple[int, str, list[str]]] = []
    index = start
    while index < len(lines):
        line = lines[index]
        if RULE_LINE.fullmatch(line.strip()):
            week = []
            index += 1
            continue
        row = _boxed_cells(line) if line.lstrip().startswith("|") else None
        if row is None or len(row) != columns:
            break
        if not week:
            if not all(not cell or CALENDAR_DAY.fullmatch(cell) for cell in row):
                break
            week = [(index, cell, []) for cell in row]
            cells.extend((index, cell) for cell in row)  # (words appended below, in place)
            first = len(cells) - columns
        else:
            for column, cell in enumerate(row):
                if cell and week[column][1]:
                    week[column][2].append(cell)
                    cells[first + column] = (week[column][0], week[column][1] + " " + _wrapped_cell_words(week[column][2]))
        index += 1
    return cells, index


def calendar_grid_days(lines: list[str]) -> list[str]:
    if not any(
        ("\t" in line and line[:1] in "日月" and _weekday_row(line)) or ("|" in line[:2] and _boxed_weekday_row(line))
        for line in lines
    ):
        return lines
    result = list(lines)
    for index, line in enumerate(lines):
        boxed = "|" in line[:2] and _boxed_weekday_row(line)
        if not index or not boxed and ("\t" not in line or line[:1] not in "日月" or not _weekday_row(line)):
            continue
        month_at = next(
            (
                at
                for at in range(index - 1, max(index - 4, -1), -1)
                if lines[at].strip() and not RULE_LINE.fullmatch(lines[at].strip())
            ),
            None,
        )
        month = CALENDAR_MONTH.fullmatch(lines[month_at].strip()) if month_at is not None else None
        if not month:
            continue
        if boxed:
            cells, after = _boxed_calendar_cells(lines, index + 1, len(_boxed_cells(line) or []))
        else:
            cells, after = _calendar_cells(lines, index + 1)
        days = [(at, CALENDAR_DAY.fullmatch(cell)) for at, cell in cells if cell]
        days = [(at, day) for at, day in days if day and 1 <= int(day["day"]) <= 31]
        if len(days) < 20:
            continue  # no month's days
        year = f"{month['year']}年" if month["year"] else f"{month['era']}{month['eyear']}年" if month["era"] else ""
        for at in range(index + 1, after):
            result[at] = ""
        result[month_at] = result[index] = ""
        free = index
        for at, day in days:
            words = " ".join(part.strip() for part in day["words"].split("\n") if part.strip()).lstrip(CALENDAR_MARKS)
            if not words:
                continue
            free = max(free + 1, at)
            if free >= after:
                break
            clock = CELL_CLOCK.findall(words)
            if len(clock) == 1:  # 「提出期限 17:00 持参のみ」: the day's one time, its step's (read beside its date)
                words = CELL_CLOCK.sub(" ", words).strip()
                result[free] = f"{year}{month['month']}月{day['day']}日 {clock[0].strip()} {words}"
            else:
                result[free] = f"{year}{month['month']}月{day['day']}日 {words}"
    return result


# A bid team's own sheet or calendar beside the call's steps, each row or entry marked whose it is: a column of
# 「先方」/「社内」, or a tag before an entry 「【市】入札公告」/「【社】配車シミュレーション」, the marks named in its legend
# (「凡例: 【市】=市の入札手続 【社】=社内予定」「凡例<TAB>先方=市の手続 / 社内=当社の段取り」). The team's rows are its
# drafts, reviews and posting days, no step of the call: left empty; the issuer's tags are taken off its entries.
LEGEND_LINE = re.compile(r"^\s{0,4}[■□●◆◇※*]?\s{0,2}凡例\s{0,2}[:：\t]?")
LEGEND_MARK = re.compile(
    r"(?P<mark>[【\[(〔<]\S{1,4}?[】\])〕>]|[^\s=:/／\t【\[(]{1,4})\s{0,2}[=＝:：]\s{0,2}(?P<meaning>[^\s/／=＝]{1,30})"
)
LEGEND_LINES_BELOW = 6  # lines of a legend's marks under 「凡例」 alone, at most
# The bid firm's own words: for itself (「当社」「自社」「弊社」, words a company that issues a call may use of itself too)
# and for its inside (「社内」, never the issuer's); and a team's for its inside or its department's, section's or office's
# (「チーム内」「部内」「課内」「庁内」). A day named with one is the team's own, no step of the call. The readings that
# name the firm or its team build on these, each saying which word it leaves out and why.
FIRM_SELF_WORDS = ("当社", "自社", "弊社")
FIRM_WORDS = ("社内", *FIRM_SELF_WORDS)
TEAM_WORDS = ("チーム内", "部内", "課内", "庁内")


def words_pattern(words: tuple[str, ...], leaving: tuple[str, ...] = ()) -> str:
    """The words as a regex's alternatives (none a prefix of another), without those ``leaving`` names."""
    return "|".join(re.escape(word) for word in words if word not in leaving)


# (「チーム」 without its 内 too: 「チーム=提案チームの作業」; not 庁内: in a legend 「【庁】=庁内手続」 is the issuing office's
# own procedure, its rows the call's)
TEAM_MEANING = re.compile(rf"^(?:{words_pattern(FIRM_WORDS + TEAM_WORDS, leaving=('庁内', 'チーム内'))}|チーム)")
# a team's own row, named so without a legend (「区分」 cells 「社内」「自社」, or 「協力会社」「外注」: its partners', done for
# its proposal, beside the issuer's 「◆発注者」 rows)
TEAM_MARKS = ("社内", "【社内】", "[社内]", "(社内)", "自社", "協力会社", "協力業者", "外注", "外注先")
MARK_SYMBOL = re.compile(r"^[^\w【\[(〔<]{1,3}\s{0,2}")  # 「🏢 社内」「📢 発注者」: a row's mark drawn with a symbol
# 「４．当社対応スケジュール（社内）」: the heading of the team's schedule, its mark in a bracket at its end; kept (it
# tells the reader the rows under it are the team's), no row of its own
TEAM_SCHEDULE_HEADING = re.compile(r"^[^\t\d]{0,6}\d{0,2}[^\t\d]{0,24}(?:スケジュール|日程|予定|工程|計画)\s{0,2}\S{0,6}\s*$")


MERGED_GROUP_CELLS = 4  # cells of a sheet's row whose group cell is merged down, at least


# 「Task ID<TAB>Name<TAB>Section/Column<TAB>Due Date」 over its rows: a task board's export (Asana, Trello, Backlog), each
# row a card of the team's own work; a card it files under the issuer's schedule (a section or tag 「発注者スケジュール」
# 「県日程」「先方の日程」) is a step of the call. Where some cards are so filed, the others (drafts, reviews, another
# call's) are the team's: left empty.
BOARD_CARD_COLUMN = re.compile(
    r"(?:カード|タスク|チケット|課題)(?:名|ID|番号|キー)?|(?i:card|task|ticket|issue)(?:\s?(?:name|id|key))?"
)
ISSUER_GROUP = re.compile(
    r"発注者|発注元|発注機関|先方|(?:県|市|町|村|区|都|府|国|機構|庁|省)(?:の|側の?)?(?:日程|スケジュール|手続)"
)
# 「期日は仮置き」「日付は仮入力」: a card's due day set only to hold its place
PLACEHOLDER_DAY = re.compile(
    r"仮置き|仮入力|仮設定|仮の(?:日付|期日|日程)|(?:日付|期日|期限)は仮(?![^\s。、]*(?:申込|申請|登録|契約))"
)
MONTH_PART_TOLD = re.compile(r"\d{1,2}\s{0,2}月\s{0,2}(?:上旬|中旬|下旬|初旬|末)")
CARD_DAY_CELL = re.compile(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:\s{1,2}\d{1,2}:\d{2})?")
ISSUER_GROUP_MAX = 24  # characters of a cell that names the issuer's group, at most (no card's note)


# 「ID<TAB>進捗率<TAB>タスク名<TAB>…<TAB>基準終了日」 over 「1<TAB><TAB>　【社内】提案書作成」 / 「25<TAB>0%<TAB>　　提案書 執筆」: a
# project plan's task table (MS Project, a WBS sheet pasted with tabs), each task's name indented under the summary task
# it belongs to. A summary task marked as the team's (or as the issuer's group, 「【発注者】入札手続」) marks its tasks too:
# its mark is put before each of their names. A baseline column (「基準終了日」「Baseline Finish」) holds the plan's
# dates before it was re-baselined, superseded: its cells are left empty.
BASELINE_COLUMN = re.compile(r"(?:基準|ベースライン|当初)(?:計画)?(?:の)?(?:開始|終了|完了)日|(?i:baseline\s?(?:start|finish))")
OUTLINE_MARK = re.compile(r"^【[^】\s]{1,6}】")
OUTLINE_INDENT = " \u3000"


def outline_marks_carried(source: list[str], lines: list[str]) -> list[str]:
    if len(source) != len(lines) or not any("\t" in line and ("タスク" in line or "ask" in line) for line in source):
        return lines
    result = None
    index = 0
    while index < len(source):
        head = [cell.strip() for cell in source[index].split("\t")] if "\t" in source[index] else []
        index += 1
        name = next((at for at, cell in enumerate(head) if BOARD_CARD_COLUMN.fullmatch(cell.lower())), None)
        if name is None or len(head) > 40:
            continue
        baseline = [at for at, cell in enumerate(head) if BASELINE_COLUMN.fullmatch(cell)]
        summaries: list[tuple[int, str]] = []  # (the indent of each summary task above, and its mark)
        while index < len(source) and "\t" in source[index]:
            cells = source[index].split("\t")
            own = lines[index].split("\t")
            if len(cells) > name and len(own) == len(cells):
                task = cells[name]
                depth = len(task) - len(task.lstrip(OUTLINE_INDENT))
                while summaries and summaries[-1][0] >= depth:
                    summaries.pop()
                mark = next((m for _, m in reversed(summaries) if m), "")
                found = OUTLINE_MARK.match(task.strip())
                summaries.append((depth, found.group() if found else mark))
                if (mark and not found) or any(own[at].strip() for at in baseline if at < len(own)):
                    if mark and not found:
                        own[name] = mark + own[name].lstrip()
                    for at in baseline:
                        if at < len(own):
                            own[at] = ""
                    result = result or list(lines)
                    result[index] = "\t".join(own)
            index += 1
    return result or lines


def board_team_rows_dropped(lines: list[str]) -> list[str]:
    result = None
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if "\t" not in line and line.count("|") < 3:
            continue
        head = [cell.strip() for cell in (line.split("\t") if "\t" in line else line.strip().strip("|").split("|"))]
        if len(head) > 40 or not any(BOARD_CARD_COLUMN.fullmatch(cell.lower()) for cell in head):  # (「Task ID」)
            continue
        end = index
        while end < len(lines) and ("\t" in lines[end] or lines[end].count("|") >= 3):
            end += 1
        rows = range(index, end)
        issuer = {
            row
            for row in rows
            if any(
                len(cell.strip()) <= ISSUER_GROUP_MAX and ISSUER_GROUP.search(cell)
                for cell in (lines[row].split("\t") if "\t" in lines[row] else lines[row].split("|"))
            )
        }
        if issuer and len(issuer) < len(rows):
            result = result or list(lines)
            for row in rows:
                if row not in issuer and not set(lines[row]) <= set("|-: \t"):
                    result[row] = ""
                elif row in issuer and PLACEHOLDER_DAY.search(lines[row]) and MONTH_PART_TOLD.search(lines[row]):
                    # 「2027-02-26」 beside 「結果は2月下旬に通知予定。期日は仮置き」: the card's due day a placeholder for
                    # the part of the month its note gives (the issuer's own word): the note's stands
                    parted = "\t" if "\t" in lines[row] else "|"
                    result[row] = parted.join(
                        "" if CARD_DAY_CELL.fullmatch(cell.strip()) else cell for cell in lines[row].split(parted)
                    )
        index = end
    return result or lines


# 「[カード] 見積取得 / 　期限: 2027/11/09 / 　ラベル: 社内」「2025/10/08(水) 15:00 / 　件名：【社内】質問案 締切」: an
# entry of a board or a calendar's export, its head then its fields indented under it, one field naming it the team's:
# the whole entry is the team's, its day and time the team's own (no step of the call)
ENTRY_FIELD = re.compile(r"^[ \t\u3000]{1,8}[^\s\d:：]{1,6}[ \u3000]{0,2}[:：][ \u3000]{0,2}(?P<value>\S.*)$")
ENTRY_LINES_MAX = 10  # an entry, its head and its fields, this many lines at most


# 「【当社メモ】8/21 18時時点で掲載を確認済み」「…【当社メモ：参加申込書は8/26(水)に持参予定】」: a note the team wrote
# into the issuer's page, to the end of its line or inside its brackets: taken out, the issuer's words around it kept
TEAM_NOTE = re.compile(  # (「【チームメモ】」 too, the word without its 内; a department's words not read here, as first written)
    rf"【\s{{0,2}}(?:{words_pattern(FIRM_WORDS)}|チーム)\s{{0,2}}(?:メモ|コメント|注記|備忘)\s{{0,2}}(?:】.*$|[:：][^【】]*(?:】|$))"
)


def team_notes_dropped(lines: list[str]) -> list[str]:
    return [TEAM_NOTE.sub("", line) if "【" in line else line for line in lines]


# A text run onto one line (a paste that lost its line breaks), the team's marks among its entries: 「… 【市】企画提案書の
# 提出期限 令和9年7月2日(金)正午 【社内】提案書ドラフト 2027年6月25日(金) 【社内】最終レビュー …」 or 「6/3(水) 10:00
# キックオフ（社内） 6/5(金) …」. Only each marked entry is the team's: from a mark before its words to the next entry's
# mark, bullet or a run of spaces (a line break that stood there); a mark after its words, back to the date it opens with.
RUN_TOGETHER_LINE = 160  # a row or an entry is shorter; a longer line holds many
ENTRY_END = re.compile(r"[【■●◆□・]|\s{2,}|\s\(\d{1,2}\)\s?")
ENTRY_START_DATE = re.compile(r"(?:^|(?<=\s))(?:\d{4}\s?[/年.]\s?)?\d{1,2}\s?[/月]\s?\d{1,2}")
ENTRY_REACH = 80  # characters of a marked entry, at most


def run_together(line: str, marks: tuple[str, ...]) -> bool:
    """``line`` is entries run together, a team's mark among them: no row of cells, the mark inside it (not only one
    that opens the line, a team's paragraph 「【社内】提案書は…」)."""
    if "\t" in line or line.count("|") >= 3:
        return False
    found = [at for mark in marks if (at := line.find(mark)) >= 0]
    return bool(found) and (max(found) > 0 or sum(line.count(mark) for mark in marks) > 1)


def team_entries_cut(line: str, marks: tuple[str, ...]) -> str:
    cuts: list[tuple[int, int]] = []
    for mark in marks:
        at = line.find(mark)
        while at >= 0:
            end = at + len(mark)
            if line[end : end + 1].strip():  # (the mark before the entry's words: to the next entry)
                following = ENTRY_END.search(line, end, min(len(line), end + ENTRY_REACH))
                cuts.append((at, following.start() if following else min(len(line), end + ENTRY_REACH)))
            else:  # (after them: back to the date the entry opens with, or the mark alone)
                starts = list(ENTRY_START_DATE.finditer(line, max(0, at - ENTRY_REACH), at))
                cuts.append((starts[-1].start() if starts else at, end))
            at = line.find(mark, end)
    return spans_spaced(line, cuts)


def spans_spaced(line: str, spans: list[tuple[int, int]]) -> str:
    """``line`` with each of ``spans`` put in a space, one after another from the last (a span that overlaps the one
    after it cuts into what that one left), built once: not the line copied anew for each span."""
    if not spans:
        return line
    rest: list[tuple[int, int] | None] = []  # (the text after ``begin``, its pieces last first: spans of ``line``, or
    begin = len(line)  # None for a space put in)
    for start, end in sorted(spans, reverse=True):
        if end <= begin:
            rest.append((end, begin))
        else:  # (the span reaches past the last one's start: the characters it takes off what that one left)
            over = end - begin
            while over > 0 and rest:
                piece = rest.pop()
                size = 1 if piece is None else piece[1] - piece[0]
                if size > over:
                    rest.append((piece[0] + over, piece[1]))  # (a space is one character: never cut into)
                over -= size
        rest.append(None)
        begin = start
    return line[:begin] + "".join(" " if piece is None else line[piece[0] : piece[1]] for piece in reversed(rest))


# 「社内の段取り：積算〆 1/29(金)、入札書の発送 2/2(火)予定。」「・当社スケジュール: 6/9 申込」: a line a team keys as its own
# plan, in a memo over a pasted notice; the days after the key are the team's (its own 発送, its review), no step of the call
TEAM_PLAN_LINE = re.compile(
    r"^[\s・\-*•●○◆■□※]{0,4}(?:社内|自社|当社|弊社|チーム)(?:の|内の?|での)?\s{0,2}"
    r"(?:段取り?|予定|スケジュール|日程|工程|〆切?|締切り?|作業予定|対応予定|進め方)\s{0,2}[:：]"
)


TEAM_MARKED_NAMES_MIN = 3  # cells of a row naming a table's columns, at least
SPACE_PARTED_CELLS = re.compile(r"[ \u3000]{2,}")  # (a row aligned with spaces: its cells parted by two spaces or more)


def column_names_marked(cells: list[str] | tuple[str, ...], bracketed: tuple[str, ...]) -> bool:
    """「No.<TAB>内容<TAB>担当<TAB>期限(社内)<TAB>状況」: a row of no digit naming a table's columns, the team's mark in
    a bracket after a column's name (its days the team's, read so by its name), no row of the team's own."""
    return (
        len(cells) >= TEAM_MARKED_NAMES_MIN
        and not any(char.isdigit() for cell in cells for char in cell)
        and any(cell.strip().endswith(mark) and cell.strip() != mark for cell in cells for mark in bracketed)
    )


def team_rows_dropped(lines: list[str]) -> list[str]:
    text = "\n".join(lines)  # (a text with neither a team's mark nor a legend has no team's rows: one look)
    if any(word in text for word in FIRM_WORDS):
        lines = team_notes_dropped(lines)
    if ("社" in text or "チーム" in text) and any(TEAM_PLAN_LINE.match(line) for line in lines if len(line) <= RUN_TOGETHER_LINE):
        lines = ["" if len(line) <= RUN_TOGETHER_LINE and TEAM_PLAN_LINE.match(line) else line for line in lines]
    if "凡例" not in text and not any(mark in text for mark in TEAM_MARKS):  # (「社内」 among the marks)
        return lines
    team, issuer = set(TEAM_MARKS), set()
    for index, line in enumerate(lines):
        if len(line) <= 120 and "凡例" in line and LEGEND_LINE.match(line):
            entries = line[LEGEND_LINE.match(line).end() :]
            if not entries.strip():  # (「凡例:」 alone, its marks on the lines under it: 「【市】=市の入札手続」)
                below = itertools.takewhile(
                    lambda entry: len(entry) <= 120 and LEGEND_MARK.match(entry.strip()),
                    lines[index + 1 : index + 1 + LEGEND_LINES_BELOW],
                )
                entries = " ".join(entry.strip() for entry in below)
            for mark in LEGEND_MARK.finditer(entries):
                if TEAM_MEANING.match(mark["meaning"]):
                    team.add(mark["mark"])
                elif mark["mark"][0] in "【[(〔<":
                    issuer.add(mark["mark"])
    bracketed = tuple(mark for mark in team if mark[0] in "【[(〔<")
    # (no mark holds a line break, a legend's read within its lines: a mark is in a line exactly when it is in the lines
    # joined; one look a mark, not one a line and a mark)
    joined = "\n".join(lines)
    if not any(mark in joined for mark in team):
        return lines
    # (whether a line holds any bracketed mark: one search a line, not one look for each mark)
    bracketed_mark = re.compile("|".join(map(re.escape, bracketed))) if bracketed else None
    result = list(lines)
    merged: tuple[int, int] | None = None  # (the column of a team's mark merged down its group's rows, and their width)
    for index, line in enumerate(lines):
        if len(line) > RUN_TOGETHER_LINE and run_together(line, bracketed):
            result[index] = team_entries_cut(line, bracketed)  # (a text run onto one line: its entries, not the line)
            continue
        cells = line.split("\t") if "\t" in line else line.split("|") if line.count("|") >= 3 else ()
        marked = (
            [
                # (「| 🏢 社内 | 2027/07/16(金) | …ドラフト〆 |」: the mark after a symbol that draws it)
                column
                for column, cell in enumerate(cells)
                if cell.strip() in team or MARK_SYMBOL.sub("", cell.strip()) in team
            ]
            if cells
            else []
        )
        if marked and len(cells) >= TEAM_MARKED_NAMES_MIN and not any(char.isdigit() for cell in cells for char in cell):
            # 「No<TAB>書類名<TAB>…<TAB>社内期限<TAB>備考」 under 「凡例 社内期限＝当社の締切」: a row of no digit naming the table's
            # columns, the legend's mark the name of one (its days read by the name), no row of the team's own: the row
            # under it fills that column (not a 区分 cell merged down its group, blank below)
            below = lines[index + 1] if index + 1 < len(lines) else ""
            below_cells = below.split("\t") if "\t" in below else below.split("|") if below.count("|") >= 3 else []
            if len(below_cells) > marked[0] and below_cells[marked[0]].strip():
                continue
        # 「13<TAB>社内<TAB>要項精読」 over 「14<TAB><TAB>説明会 参加申込」: a sheet's 区分 cell merged over its group's rows,
        # blank below its first (pasted from Excel); the rows under it, to the next 区分 or the table's end, the team's too
        if marked and len(cells) >= MERGED_GROUP_CELLS:
            merged = (marked[0], len(cells))
        elif merged and not (len(cells) == merged[1] and not cells[merged[0]].strip() and any(cell.strip() for cell in cells)):
            merged = None
        if (
            marked
            or merged
            or (
                bracketed_mark is not None
                and bracketed_mark.search(line) is not None
                and not (len(line) <= 40 and TEAM_SCHEDULE_HEADING.match(line))
                and not column_names_marked(cells or SPACE_PARTED_CELLS.split(line.strip()), bracketed)
            )
        ):
            result[index] = ""
        elif issuer and any(mark in line for mark in issuer):
            for mark in issuer:
                result[index] = result[index].replace(mark, "")
    for index, line in enumerate(lines):
        field = ENTRY_FIELD.match(line) if len(line) <= 120 and (":" in line or "：" in line) else None
        value = field["value"].strip() if field else ""
        if field and (value in team or value.startswith(bracketed or ("\0",))):
            start = index
            while start > 0 and lines[start - 1].strip() and index - start < ENTRY_LINES_MAX:
                start -= 1
            end = index + 1
            while end < len(lines) and lines[end].strip() and end - start < ENTRY_LINES_MAX:
                end += 1
            head, fields = lines[start], lines[start + 1 : end]
            entry = (start == 0 or not lines[start - 1].strip()) and (end == len(lines) or not lines[end].strip())
            if entry and start < index and head[:1] not in " \t\u3000" and all(f[:1] in " \t\u3000" for f in fields):
                result[start:end] = [""] * (end - start)
    return result


# A chat's log (LINE WORKS, Teams, Slack saved as text): 「09:12<TAB>佐伯 健太<TAB>おはようございます。…」, each post
# its time and speaker before its words, under a line of the day alone (「2027/06/14(月)」). The time a post was sent
# belongs to no date its words name, and the day's line is no step's date: the post's words are read alone, the day's
# line left empty.
CHAT_POST = re.compile(r"^\s{0,4}[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\t[^\t]{1,24}\t(?=\S)")
CHAT_DAY = re.compile(
    r"^[\s\-─━=―]{0,40}(?:(?P<year>\d{4})\s{0,2}[/.年]\s{0,2}\d{1,2}\s{0,2}[/.月]\s{0,2}\d{1,2}\s{0,2}日?|\d{1,2}月\d{1,2}日)\s{0,2}"
    # (「5月12日火曜日」「5月12日 火曜」: Slack's day divider, its weekday unbracketed)
    r"(?:\(\s{0,2}[月火水木金土日](?:曜日?)?\s{0,2}\)|[月火水木金土日]曜日?)?[\s\-─━=―]{0,40}$"
)
CHAT_POSTS_MIN = 3  # posts that make a text a chat's log, at least
# 「質問送付_0522.png  5月27日（水）」「👍 3  2027/06/15(火)」: the day's line run onto the last line of the post before it (a
# log copied without its line breaks, put back on lines), after two spaces at least, the next post's head under it
CHAT_DAY_RUN_ON = re.compile(
    r"[ \t\u3000]{2}(?:(?P<year>\d{4})\s{0,2}[/.年]\s{0,2}\d{1,2}\s{0,2}[/.月]\s{0,2}\d{1,2}\s{0,2}日?|\d{1,2}月\d{1,2}日)\s{0,2}"
    r"(?:\(\s{0,2}[月火水木金土日](?:曜日?)?\s{0,2}\))?$"
)
CHAT_DAY_RUN_ON_MAX = 32  # the end of a line it is looked for in (never the whole of a long line)
# 「須藤 雅人  2027/09/30 17:48」: a post's speaker and when it was sent on a line of their own above its words (Teams)
CHAT_HEADER = re.compile(
    r"^\s{0,4}(?P<speaker>[^\s\d:]{1,12}(?:[ \u3000][^\s\d:]{1,12})?)[ \t\u3000]{2,}\d{4}/\d{1,2}/\d{1,2}\s{1,2}\d{1,2}:\d{2}\s*$"
)

# 「[2027/01/12 09:14] 佐藤 健太」「[2027/01/12 09:47] 佐藤 健太 (スレッド返信)」: the same, when sent first (Slack's export)
CHAT_SENT_FIRST = re.compile(
    r"^\s{0,4}\[(?P<sent>\d{4}/\d{1,2}/\d{1,2}\s{1,2}\d{1,2}:\d{2})(?::\d{2})?\]\s{1,4}"
    r"(?P<speaker>[^\s\d:\[\]()]{1,12}(?:[ \u3000][^\s\d:\[\]()]{1,12})?)(?:\s{0,2}\([^()]{1,12}\))?\s*$"
)


# 「[2027/06/03 9:15] 山田: おはようございます。…」「[9:15] 山田 健一: …」: the same, the post's words after its speaker's
# colon on the header's line (Teams' chat saved as text, a Slack channel's export)
# (「2024/08/26 17:05 高森：質問5件を…」: a memo's posts on a site or a shared sheet, each stamped with its day and time
# unbracketed, its year written)
CHAT_POST_INLINE = re.compile(
    r"^\s{0,4}(?:\[(?:\d{4}/\d{1,2}/\d{1,2}\s{1,2})?\d{1,2}:\d{2}(?::\d{2})?\]"
    r"|\d{4}/\d{1,2}/\d{1,2}\s{1,2}\d{1,2}:\d{2}(?::\d{2})?\s)\s{0,2}"
    r"(?P<speaker>[^\s\d:：\[\]()]{1,12}(?:[ \u3000][^\s\d:：\[\]()]{1,12})?)\s{0,2}[:：]\s?"
)


def _inline_opening(line: str) -> bool:
    """``line`` opens as an inline post's stamp may (its bracket, or the year of its day)."""
    first = line.lstrip()[:1]
    return first == "[" or (first.isdigit() and line.lstrip()[4:5] == "/")


# 「[2027/05/20 9:00] 公告: …を公告しました」「[2027/05/27 10:00] 更新: 質問回答書を掲載しました」: a page's news log keyed by
# what each entry is, no speaker (its days the posts' own, the call's publication and answers)
CHAT_NO_SPEAKER = re.compile(
    r"(?i:更新|訂正|修正|変更|追加|掲載|公告|公表|公開|告知|通知|お知らせ|新着|重要|削除|差し?替え?|new|news|update[sd]?|info)"
)


# 「藤井 健吾  10:02」「山口 健太　9/1 10:15」: the same with the time alone or a day without its year (Slack's and
# Teams' windows copied, each after a blank line); a schedule's row looks the same (「開札　9/25 10:00」), and a
# day's timetable (「受付  9:30」 / 「控室で待機してください。」 / 「提案説明  9:40」 / …) runs with no blank line between
# its rows, so only two speakers posting twice each, each header after a blank line, make such lines a chat's
# (「村瀬 拓也  午前 9:12」「Slackbot  午後 4:48」「Aya Kato  9:12 AM」: Slack's window writes the half of the day with the
# time, before it in Japanese, after it in English)
CHAT_HEADER_SHORT = re.compile(
    r"^\s{0,4}(?P<speaker>[^\s\d:/]{1,12}(?:[ \u3000][^\s\d:/]{1,12})?)"
    r"(?:[ \t\u3000]{2,}|[ \t\u3000]{1,2}\d{1,2}/\d{1,2}\s{1,2})(?:午[前後][ \u3000]?)?\d{1,2}:\d{2}(?:[ \u3000]?[AaPp]\.?[Mm]\.?)?\s*$"
)
CHAT_SPEAKERS_MIN = 2  # speakers posting twice at least, under headers without the year


def _chat_header(line: str) -> re.Match | None:
    if len(line) > 50:
        return None
    if ":" in line[-8:]:
        return CHAT_HEADER.match(line)
    return CHAT_SENT_FIRST.match(line) if line.lstrip()[:1] == "[" else None


def _chat_posts(headers: dict[int, str]) -> int:
    """The posts under ``headers`` (speakers by line): a header over words, its speaker posting twice at least."""
    speakers = collections.Counter(headers.values())
    return sum(1 for index, speaker in headers.items() if index + 1 not in headers and speakers[speaker] >= 2)


def chat_form(lines: list[str]) -> str | None:
    """How the text is a chat's log: "posts", three posts at least, each its time and speaker before its words;
    "inline", three such posts at least in brackets, the words after the speaker's colon, two speakers posting twice;
    "headers", above them (a speaker posting twice at least, each header over words: not a schedule's rows
    「入札説明会  2026/10/28 14:00」); "short", such headers without the year (``CHAT_HEADER_SHORT``); None."""
    posts = sum(1 for line in lines if "\t" in line and ":" in line[:12] and CHAT_POST.match(line))
    if posts >= CHAT_POSTS_MIN:
        return "posts"
    inline = collections.Counter(
        match["speaker"]
        for line in lines
        if _inline_opening(line) and (match := CHAT_POST_INLINE.match(line)) and not CHAT_NO_SPEAKER.fullmatch(match["speaker"])
    )
    if sum(inline.values()) >= CHAT_POSTS_MIN and sum(1 for n in inline.values() if n >= 2) >= CHAT_SPEAKERS_MIN:
        return "inline"
    headers = {
        index: match["speaker"]
        for index, line in enumerate(lines)
        # (``_chat_header`` needs a 「:」 or a 「[」: most lines are not looked at)
        if len(line) <= 50 and (":" in line or "[" in line) and (match := _chat_header(line))
    }
    if _chat_posts(headers) >= CHAT_POSTS_MIN:
        return "headers"
    short = {
        index: match["speaker"]
        for index, line in enumerate(lines)
        if len(line) <= 40
        and ":" in line[-9:]
        and (index == 0 or not lines[index - 1].strip())
        and (match := CHAT_HEADER_SHORT.match(line))
    }
    speakers = collections.Counter(short.values())
    if _chat_posts(short) >= CHAT_POSTS_MIN and sum(1 for n in speakers.values() if n >= 2) >= CHAT_SPEAKERS_MIN:
        return "short"
    return None


def _posted_next(lines: list[str], index: int) -> bool:
    """The first line from ``index`` on that is not empty heads a post (a day's line without its year stands between
    posts, over the next; 「9月15日（火）」 inside a post is the date its words give)."""
    while index < len(lines) and not lines[index].strip():
        index += 1
    return chat_post_head(lines[index]) if index < len(lines) else False


def chat_post_head(line: str) -> bool:
    """``line`` opens a post of a chat's log (its time and speaker, before its words or above them)."""
    if "\t" in line and CHAT_POST.match(line):
        return True
    if _inline_opening(line) and CHAT_POST_INLINE.match(line):
        return True
    return bool(_chat_header(line) or (len(line) <= 40 and CHAT_HEADER_SHORT.match(line)))


def chat_log(lines: list[str]) -> bool:
    """The text is a chat's log (``chat_form``)."""
    return chat_form(lines) is not None


# 「5件の返信  最終返信: 6月2日」「3 replies  Last reply 6/2」: the foot of a thread copied from a chat's window, when its
# last reply was posted (no step, whatever the label above it)
THREAD_FOOT = re.compile(
    r"^\s{0,8}\d{1,4}\s{0,2}(?:件の返信|(?i:repl(?:y|ies)))\s{1,8}(?:最終返信|(?i:last\sreply))\s{0,2}[:：]?\s{0,2}\S.{0,40}$"
)


# 「# bid-朝霧市-観光サイト」 over 「このチャンネルは 2027年5月28日 に 山本 が作成しました。」: a chat channel's name and
# when it was made, at the head of its log copied from the window (「#proj_shiomidai」, 「… created this channel on
# May 28th」): no step's label or date (not 「# 1 公告」, a heading of words with a space)
CHANNEL_NAME = re.compile(r"^\s{0,2}#\s?[^\s#]{1,40}[-_][^\s#]{1,40}$")
CHANNEL_MADE = re.compile(r"^\s{0,4}(?:このチャンネルは\s{0,2}\S.{0,40}作成しました|.{1,40}\screated\sthis\schannel\b)")
CHANNEL_HEAD_LINES = 5  # the name stands within the text's first lines


def channel_head_blanked(lines: list[str]) -> list[str]:
    result = list(lines)
    for index, line in enumerate(lines[:CHANNEL_HEAD_LINES]):
        if len(line) <= 60 and CHANNEL_NAME.match(line) and any(char.isalpha() for char in line):
            result[index] = ""
            for below in range(index + 1, min(index + 3, len(lines))):
                if len(lines[below]) <= 120 and CHANNEL_MADE.match(lines[below]):
                    result[below] = ""
            return result
    return lines


# 「──────── 小野寺 亮 2026/05/25(月) 15:12 参加申込書、本日発送しました。」: a chat's post run onto the line of the
# rule that parts it from the one before (a log copied without its line breaks), its speaker and when it was sent after
# the rule: no step's label or date; the post's words kept (the rule read from its first character only: a line of
# 20,000 dashes is not searched again from each of them)
RULED_POST_HEADER = re.compile(
    r"(?<![─━＿_=\-])(?P<rule>[─━＿_=\-]{4,})\s{1,4}(?P<speaker>[^\s\d:/()]{1,12}[ \u3000][^\s\d:/()]{1,12})[ \u3000]{1,3}"
    r"\d{4}/\d{1,2}/\d{1,2}(?:\s?\([月火水木金土日]\))?\s{1,2}\d{1,2}:\d{2}(?::\d{2})?(?=\s|$)"
)


RULE_ONLY = re.compile(r"^\s{0,4}[─━＿_=\-]{4,}\s*$")
# (a speaker is a name of two parts, 「小野寺 亮」「Sato Hanako」; not a schedule's row between rules, 「入札 日時 2027/06/10
# 10:00」「Bid Deadline 2027/06/10 17:00」, whose key names a step or a moment)
STEP_KEY_CHARS = frozenset("日時期限締切札告提出入説明会受付")


def _post_header(match: re.Match | None) -> bool:
    if not match or any(char in STEP_KEY_CHARS for char in match["speaker"]):
        return False
    return not (match["speaker"].isascii() and kind_of(match["speaker"]))


def ruled_post_headers_blanked(lines: list[str]) -> list[str]:
    """(the same on a line of its own under the rule: 「────」 over 「佐藤 花子　2026/06/02(火) 10:20」, the header alone)"""
    result = list(lines)
    for index, line in enumerate(lines):
        if "──" in line or "----" in line or "━━" in line or "====" in line:
            if index + 1 < len(lines) and len(line) <= 80 and RULE_ONLY.match(line):
                below = lines[index + 1]
                header = RULED_POST_HEADER.match("────  " + below.strip()) if len(below) <= 50 else None
                if _post_header(header):
                    result[index + 1] = "" if header.end() >= len(below.strip()) + 6 else below
            else:
                result[index] = RULED_POST_HEADER.sub(lambda m: m["rule"] if _post_header(m) else m.group(), line)
    return result


def chat_posts(lines: list[str], relined: bool = False) -> list[str]:
    """A chat's log: each post's words without its time and speaker, each day's line empty (one without its year only
    over a post; under headers without the year, a day's line with its year kept: 「──── 2027年2月3日（水） ────」 gives the year of the posts' dates).
    A thread's foot (``THREAD_FOOT``) is left empty in any text. In a log put back on lines (``relined``), a day's line
    run onto the end of the post before it (``CHAT_DAY_RUN_ON``) is taken off it the same way."""
    if any("返信" in line or "eply" in line for line in lines):
        lines = ["" if len(line) <= 80 and THREAD_FOOT.match(line) else line for line in lines]
    if any(line[:3].lstrip().startswith("#") for line in lines[:CHANNEL_HEAD_LINES]):
        lines = channel_head_blanked(lines)
    lines = ruled_post_headers_blanked(lines)
    form = chat_form(lines)
    if form is None:
        return lines
    result = []
    for index, line in enumerate(lines):
        post = CHAT_POST.match(line) if "\t" in line else None
        if post is None and form == "inline" and _inline_opening(line):
            post = CHAT_POST_INLINE.match(line)
        if post:
            line = line[post.end() :]
        elif (
            len(line) <= 60
            and (day := CHAT_DAY.match(line))
            and (day["year"] or _posted_next(lines, index + 1))
            and not (form == "short" and day["year"])
        ):
            line = ""
        elif line.lstrip()[:1] == "[" and (header := _chat_header(line)):
            line = f"{header['speaker']}  {header['sent']}"  # (as Teams writes it: the speaker first, no step's label)
        elif (
            relined
            and line[-1:] in ")日"
            and (day := CHAT_DAY_RUN_ON.search(line[-CHAT_DAY_RUN_ON_MAX:]))
            and (day["year"] or _posted_next(lines, index + 1))
            and not (form == "short" and day["year"])
        ):
            line = line[: len(line) - len(day.group())]  # (the day's line run onto the post's last: the post's words kept)
        result.append(line)
    return result


# A month's calendar (or two side by side) drawn with spaces, a step marked by a symbol on its day's number
# (「 9 10◎  11」, 「 2①」) and named only in a legend below or beside the grid (「◎ 公告(実施要領等の公開)」,
# 「① 公告・配布開始」, 「★＝提出締切」, two entries on a line): each legend entry naming one marked day reads as that day
# and its words (「2027年5月10日 公告(実施要領等の公開)」), a line of its own; the grid's days are left out (a row's
# legend beside it kept, read the same way).
CALENDAR_WEEK_HEAD = re.compile(r"[日月]\s{1,6}(?:[月火水木金土日]\s{1,6}){5}[土日]")
MARKED_DAY = re.compile(r"(?P<before>[^\w\s]?)(?P<day>\d{1,2})(?P<after>[^\d\s]{0,2})")
# an entry of a legend: its mark at the line's start or after a gap (two spaces, an ideographic one), then its words
CALENDAR_LEGEND_ENTRY = re.compile(r"(?:^|(?<=\s\s)|(?<=\u3000))(?P<mark>\S)(?:[ \u3000]{1,4}|\s{0,2}[=＝:：]\s{0,2})(?=\S)")
CALENDAR_LEGEND_SYMBOL = re.compile(r"[^\w\s]|[\u2460-\u2473]")  # a legend's mark that is no word (「★」「①」)
CALENDAR_LEGEND_LINES = 30  # lines below a grid its legend may start within
CALENDAR_LEGEND_WIDTH = 160  # characters of a legend's line, at most
CALENDAR_GRID_SLACK = 4  # columns past the grid's last weekday a day of its may stand at


def calendar_legend_entries(line: str, marked: dict[str, list[str]]) -> list[tuple[str, str]] | None:
    """The entries of a legend's line whose marks are among ``marked`` (mark, words), in order; None when the line
    is no legend's (it does not open with an entry)."""
    if len(line) > CALENDAR_LEGEND_WIDTH or not line.strip():
        return None
    # (a symbol no day carries parts the entries as well: 「④ 提出締切　　⑤ 審査」, ⑤ on the next month's grid)
    starts = [
        entry
        for entry in CALENDAR_LEGEND_ENTRY.finditer(line)
        if entry["mark"] in marked or CALENDAR_LEGEND_SYMBOL.fullmatch(entry["mark"])
    ]
    if not starts or line[: starts[0].start()].strip() or starts[0]["mark"] not in marked:
        return None
    ends = [entry.start() for entry in starts[1:]] + [len(line)]
    return [(entry["mark"], line[entry.end() : end].strip()) for entry, end in zip(starts, ends)]


def _legend_read(entries: list[tuple[str, str]], marked: dict[str, list[str]]) -> list[str]:
    """Each entry naming one marked day, read as that day and its words; the others as they are written."""
    return [f"{marked[mark][0]} {words}" if len(marked.get(mark, [])) == 1 else f"{mark} {words}" for mark, words in entries]


def calendar_marked_days(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """A spaced calendar's days marked with a legend's symbols, read as the legend's lines with their days (read
    before a page's two columns are looked for: two months side by side are no columns); None when there is none."""
    read: dict[int, list[str]] = {}  # the lines read anew (none for a grid's line), by their index
    for index, line in enumerate(lines):
        if not index or "火" not in line or "木" not in line or len(line) > CALENDAR_LEGEND_WIDTH:
            continue
        head_matches = list(CALENDAR_WEEK_HEAD.finditer(line))
        heads = [_width(line[: head.start()]) for head in head_matches]
        above = next((at for at in range(index - 1, max(index - 4, -1), -1) if lines[at].strip()), None)
        months = list(CALENDAR_MONTH.finditer(lines[above])) if heads and above is not None else []
        if not heads or len(months) != len(heads):
            continue
        last = _width(line[: head_matches[-1].end() - 1])  # (the grid's last weekday's column)
        right = last + 2 + CALENDAR_GRID_SLACK
        marked: dict[str, list[str]] = {}
        grid, days, below = [above, index], 0, index + 1
        beside = {index: line[head_matches[-1].end() :]} if line[head_matches[-1].end() :].strip() else {}
        while below < len(lines) and below <= index + 7 and lines[below].strip():
            row = lines[below]
            tokens = [(token, MARKED_DAY.fullmatch(token.group())) for token in re.finditer(r"\S+", row)]
            columns = [_width(row[: token.start()]) for token, _ in tokens]
            # (the legend beside: the first words past the grid's last column, or from its last weekday on)
            inside = tokens[
                : next(
                    (k for k, column in enumerate(columns) if column > right or (not tokens[k][1] and column >= last)),
                    len(tokens),
                )
            ]
            if not inside or not all(day for _, day in inside):
                break
            if len(inside) < len(tokens):  # (a legend beside the grid: the row's words past its last column)
                beside[below] = row[tokens[len(inside)][0].start() :]
            for token, day in inside:
                column = _width(row[: token.start()])
                group = max((k for k, head in enumerate(heads) if head - 4 <= column), default=0)
                month = months[group]
                year = f"{month['year']}年" if month["year"] else f"{month['era']}{month['eyear']}年" if month["era"] else ""
                days += 1
                for mark in day["before"] + day["after"]:
                    marked.setdefault(mark, []).append(f"{year}{month['month']}月{day['day']}日")
            grid.append(below)
            below += 1
        if days < 20 * len(heads) - 10 or not marked:
            continue
        found = _legend_found(lines, below, marked, beside)
        if found is None:
            continue
        read.update(found)
        for at in grid:
            read.setdefault(at, [])
    return _lines_read(lines, read)


def _legend_found(
    lines: list[str], below: int, marked: dict[str, list[str]], beside: dict[int, str]
) -> dict[int, list[str]] | None:
    """The legend's lines of a grid whose marked days are ``marked`` (its rows' words beside it, ``beside``; its lines
    below from ``below``, past the next month's grid when the legend is both months'), each read as its entries' days
    and words; None when no entry names one marked day."""
    found: dict[int, list[str]] = {}
    named = False  # (a legend's entry names one marked day)
    for at, words in beside.items():
        entries = calendar_legend_entries(words, marked) or []
        found[at] = _legend_read(entries, marked)
        named = named or any(len(marked.get(mark, [])) == 1 for mark, _ in entries)
    for at in range(below, min(len(lines), below + CALENDAR_LEGEND_LINES)):
        entries = calendar_legend_entries(lines[at], marked)
        if entries and any(len(marked.get(mark, [])) == 1 for mark, _ in entries):
            found[at] = _legend_read(entries, marked)
            named = True
    return found if named else None


def _lines_read(lines: list[str], read: dict[int, list[str]]) -> tuple[list[str], list[int]] | None:
    """``lines`` with those in ``read`` replaced by the lines read from them (an empty line for none), and the line
    each stands for; None when none was read."""
    if not read:
        return None
    result: list[str] = []
    origin: list[int] = []
    for index, line in enumerate(lines):
        shown = read.get(index, [line])
        result += shown or [""]
        origin += [index] * max(1, len(shown))
    return result, origin


# A week-by-week calendar of weekdays as a table (「週<TAB>月<TAB>火<TAB>水<TAB>木<TAB>金」), each cell a day with its
# month (「2/10 ■」, 「2/11 祝」), a row's label first (「第2週」): each legend entry below naming one marked day reads
# as that day and its words (「2月10日 質問の受付締切(15時まで)」); the grid's rows are left out.
WEEK_GRID_HEAD = re.compile(r"(?:[^\t\d]{1,6}\t)?[月火水木金土日](?:\t[月火水木金土日]){4,6}\s*")
WEEK_GRID_CELL = re.compile(r"(?P<month>\d{1,2})/(?P<day>\d{1,2})(?:\s{0,2}(?P<marks>[^\w\s]{1,2}|\w))?\s*")
WEEK_GRID_ROW_LABEL = re.compile(r"第?\s{0,2}\d{1,2}\s{0,2}週目?|[^\t\d]{1,8}")
WEEK_GRID_ROWS = 3  # rows of days under its head a week's grid has, at least


def week_grid_marked_days(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """A week-by-week table of days marked with a legend's symbols, read as the legend's lines with their days; None
    when there is none."""
    read: dict[int, list[str]] = {}
    for index, line in enumerate(lines):
        if "\t" not in line or "火" not in line or not WEEK_GRID_HEAD.fullmatch(line):
            continue
        marked: dict[str, list[str]] = {}
        below = index + 1
        while below < len(lines) and below <= index + 12:
            cells = lines[below].strip().split("\t")
            if cells and WEEK_GRID_ROW_LABEL.fullmatch(cells[0]) and not WEEK_GRID_CELL.fullmatch(cells[0]):
                cells = cells[1:]
            days = [WEEK_GRID_CELL.fullmatch(cell.strip()) for cell in cells]
            if not days or not all(days):
                break
            for day in days:
                for mark in day["marks"] or "":
                    marked.setdefault(mark, []).append(f"{int(day['month'])}月{int(day['day'])}日")
            below += 1
        if below - index - 1 < WEEK_GRID_ROWS or not marked:
            continue
        found = _legend_found(lines, below, marked, {})
        if found is None:
            continue
        read.update(found)
        for at in range(index, below):
            read.setdefault(at, [])
    return _lines_read(lines, read)


# A speaker putting a date right as he says it (a briefing's record, a radio script): 「こちらは9月2日……あ、失礼いたしま
# した。」 / 「9月3日、金曜日の午後5時までに…ご提出ください。」: the slip and the apology out, the sentence going on with
# the right date (on the slip's line; the next line left empty when it held the rest). The slipped day may carry the hour
# said with it (「6月13日の午後5時……」), and a caption cut at the slip puts the apology at the next line's start
# (「…提出期限ですが、6月13日の午後5時……」 / 「失礼いたしました。6月12日金曜日の午後5時、必着です。」): the same slip.
_SLIPPED_DAY = rf"(?:\d{{1,2}}月)?\d{{1,2}}日(?:\s{{0,2}}の?\s{{0,2}}{CLOCK_UNNAMED})?\s{{0,2}}[….ー\t]+"
_SLIP_APOLOGY = r"\s{0,2}[^\d。\t]{0,12}?(?:失礼(?:いた)?しました|失礼|間違えました|言い間違えました)[。、]?\s*"
SPOKEN_SLIP = re.compile(_SLIPPED_DAY + _SLIP_APOLOGY)
SPOKEN_SLIP_END = re.compile(_SLIPPED_DAY + r"\s*$")  # (the slip ending its line, the apology opening the next)
SPOKEN_APOLOGY_OPENING = re.compile(_SLIP_APOLOGY)  # (matched at the next line's start)
SPOKEN_RIGHT = re.compile(r"\s{0,8}(?:令和\d{1,2}年)?\d{1,2}月\d{1,2}日")
SPOKEN_SLIP_LINE_MAX = 200  # characters of a caption's line a slip may end, at most (its end looked at, not the line)


def spoken_slips(lines: list[str]) -> list[str]:
    result = list(lines)
    for index, line in enumerate(lines):
        if "失礼" not in line and "間違" not in line:
            continue
        slip = SPOKEN_SLIP.search(line)
        if slip is None:
            apology = SPOKEN_APOLOGY_OPENING.match(line) if index and result[index - 1] else None
            if apology and SPOKEN_RIGHT.match(line, apology.end()):
                above = result[index - 1]
                ended = SPOKEN_SLIP_END.search(above, max(0, len(above) - SPOKEN_SLIP_LINE_MAX))
                if ended:
                    result[index - 1] = above[: ended.start()] + line[apology.end() :].lstrip()
                    result[index] = ""
            continue
        rest = line[slip.end() :]
        if rest.strip():
            if SPOKEN_RIGHT.match(rest):
                result[index] = line[: slip.start()] + rest.lstrip()
        elif index + 1 < len(lines) and SPOKEN_RIGHT.match(lines[index + 1]):
            result[index] = line[: slip.start()] + lines[index + 1].strip()
            result[index + 1] = ""
    return result


# A calendar printed as an agenda (Google Calendar's 「予定リスト」, Outlook's list): a line of the day alone
# (「2027年7月12日 (月曜日)」), under it each event indented, its start (and end) or 「終日」 first, then its title
# (「    14:00 ~ 15:30   参加希望者説明会」), its place and notes on lines below. Each event is read as a row
# 「title<TAB>day start」; the day's line is left empty (no step of its own).
AGENDA_DAY = re.compile(
    r"^\s{0,4}(?P<day>\d{4}\s{0,2}[/.年]\s{0,2}\d{1,2}\s{0,2}[/.月]\s{0,2}\d{1,2}\s{0,2}日?)\s{0,2}"
    r"\(\s{0,2}[月火水木金土日](?:曜日?)?\s{0,2}\)\s*$"
)
# The same agenda printed in English (Google Calendar's 「Agenda」): a day 「Tue Jan 12, 2027」 (「Tuesday, 12 January 2027」;
# an event over days 「Wed Mar 3 – Thu Mar 4, 2027」, its first day), its events' hours on the 12-hour clock
# (「1:30pm – 3pm」「5pm」「12pm」) or 「All day」
_AGENDA_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_AGENDA_EN_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?"
_EN_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b\.?"  # case-blind where used
AGENDA_DAY_EN = re.compile(
    rf"^\s{{0,4}}(?i:{_AGENDA_EN_WEEKDAY}\s{{1,2}}(?:(?P<month>{_EN_MONTH})\s{{1,2}}(?P<day>\d{{1,2}})"
    rf"|(?P<day2>\d{{1,2}})\s{{1,2}}(?P<month2>{_EN_MONTH}))"
    rf"(?:\s{{0,2}}~\s{{0,2}}{_AGENDA_EN_WEEKDAY}\s{{1,2}}(?:{_EN_MONTH}\s{{1,2}}\d{{1,2}}|\d{{1,2}}\s{{1,2}}{_EN_MONTH}))?"
    r",?\s{1,2}(?P<year>\d{4}))\s*$"
)
AGENDA_CLOCK = r"\d{1,2}(?::\d{2})?\s?(?i:[ap]m)|\d{1,2}:\d{2}"  # 「14:00」, 「2pm」「1:30pm」
AGENDA_EVENT = re.compile(
    rf"^\s{{2,12}}(?:(?P<start>{AGENDA_CLOCK})(?:\s{{0,2}}~\s{{0,2}}(?:{AGENDA_CLOCK}))?|終日|All day)\s{{2,}}(?P<title>\S.{{0,120}})$"
)
# Outlook's print of a shared calendar (「予定表の詳細」 mailed as text): the day alone at the line's start with its weekday
# unbracketed (「2027年8月2日 月曜日」; an event over days 「2027年9月13日 月曜日 ~ 2027年9月17日 金曜日」), each event at the
# line's start, its hours (start and end: a chat's 「08:52<TAB>…」 is a post) or 「終日」 a tab before its title
# (「13:30 - 15:30<TAB>【…】説明会」), its 場所/本文 lines tab-indented
AGENDA_DAY_PLAIN = re.compile(
    r"^(?P<day>\d{4}年\d{1,2}月\d{1,2}日)\s{1,2}[月火水木金土日]曜日"
    r"(?:\s{0,2}~\s{0,2}(?P<last>\d{4}年\d{1,2}月\d{1,2}日)\s{1,2}[月火水木金土日]曜日)?\s*$"
)
AGENDA_EVENT_TAB = re.compile(
    rf"^(?:(?P<start>{AGENDA_CLOCK})\s{{0,2}}[-~]\s{{0,2}}(?:{AGENDA_CLOCK})|終日|All day)\t(?P<title>\S.{{0,120}})$"
)
_AGENDA_TWELVE = re.compile(r"(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s?(?P<half>[apAP])[mM]")


def _agenda_day(line: str) -> str | None:
    """The day an agenda's day line gives, as 「2027年7月12日」 (the Japanese line's own words); None for other lines."""
    found = AGENDA_DAY.match(line) if "(" in line else None
    if found:
        return found["day"]
    found = AGENDA_DAY_PLAIN.match(line) if "曜日" in line else None
    if found:  # (an event over days: its first and last, 「2027年9月13日~2027年9月17日」)
        return f"{found['day']}~{found['last']}" if found["last"] else found["day"]
    found = AGENDA_DAY_EN.match(line) if len(line) <= 48 else None
    if not found:
        return None
    month = _AGENDA_MONTHS.index((found["month"] or found["month2"])[:3].lower()) + 1
    return f"{found['year']}年{month}月{found['day'] or found['day2']}日"


def _agenda_start(start: str | None) -> str | None:
    """An event's start on the 24-hour clock (「1:30pm」 as 「13:30」, 「12pm」 as 「12:00」)."""
    twelve = _AGENDA_TWELVE.fullmatch(start) if start else None
    if not twelve:
        return start
    hour = int(twelve["hour"]) % 12 + (12 if twelve["half"] in "pP" else 0)
    return f"{hour}:{twelve['minute'] or '00'}"


# 「【澪川県】審査結果通知（仮置き：要項では「3月中旬」予定）」: an event its owner put on a day the call does not give, to see
# it in the calendar; its day is no step's (the step's own words, in its title or notes, are read as they are)
AGENDA_PLACEHOLDER = re.compile(r"仮置き|仮押さえ|仮登録|(?i:placeholder)")
# 「【町】議案上程（日程は12月中、町から連絡）」 all day on 12月1日: an event whose title gives only the part of the month it
# falls in, the day it is printed on one its owner chose to hold that month's place (read as the placeholder it is)
AGENDA_TITLE_PERIOD = re.compile(r"(?<![\d年])(?P<month>\d{1,2})月(?:上旬|中旬|下旬|中(?![\d央])|頃|ごろ|予定)")
AGENDA_NOTE_KEY = re.compile(r"^\s{0,24}(?:Description|Notes?)\s{0,2}:\s?")  # an English print's key of an event's notes
AGENDA_DAYS_MIN = 3  # days with an event under them that make a text an agenda, at least
# 「【締切】白露町 参加申込書」「【月見坂市】質問書 提出期限」: an event its owner tagged as a call's step; in an agenda where
# some are tagged so, the untagged events (「週次定例」「提案書読み合わせ」「プレゼン練習」「提案書 発送」) are the team's own
AGENDA_TAG = re.compile(r"【[^【】]{1,12}】")
# 「【リマインダー】鳴海沢市 質問締切は明日 17:00」: a reminder set before a step, its time the reminder's
AGENDA_REMINDER = re.compile(r"【\s{0,2}(?:リマインダー|リマインド|通知|アラーム|Reminder)\s{0,2}】", re.IGNORECASE)
# 「説明: 電子メールで提出、17時まで」「説明: 提出は正午必着（持参に限る）」: the closing hour a deadline's note gives, the
# hour the paper is due (an all-day event has none; a slot 「11:00～12:00」 is when the team takes it there)
# (a clock time a note gives: 「17:00」「午後5時15分」「正午」)
_AGENDA_NOTE_TIME = r"(?P<time>(?:[01]?\d|2[0-3]):[0-5]\d|(?:午前|午後)?(?:[01]?\d|2[0-3])時(?:[0-5]?\d分)?|正午)"
AGENDA_NOTE_CLOSING = re.compile(r"(?<![\d:/])" + _AGENDA_NOTE_TIME + r"\s{0,2}(?:まで|必着)")
# 「説明: 技術提案書の提出期限 令和8年9月30日(水)午後5時。15時に持参」: the deadline a note names, its hour after its day
AGENDA_NOTE_DUE = re.compile(
    r"(?:期限|締切り?|締め切り|〆切?)\s{0,2}(?:は|:)?\s{0,2}(?:(?:令和|平成)?\d{1,4}年\s{0,2})?\d{1,2}月\d{1,2}日"
    r"\s{0,2}(?:\([^()]{1,4}\))?\s{0,2}" + _AGENDA_NOTE_TIME
)
AGENDA_DEADLINE = re.compile(r"締切|締め切り|〆|期限|提出")
# 「【町】質問票 提出〆（午後5時まで）」「【市】申請書類〆 17:00」: the closing hour a deadline's title gives itself, before
# its notes' (the slot 「16:30 – 17:00」 is only where its owner put it in the day)
AGENDA_TITLE_CLOSING = re.compile(
    r"(?:〆|締切|締め切り|期限)\s{0,2}\(?\s{0,2}(?P<time>(?:[01]?\d|2[0-3]):[0-5]\d|(?:午前|午後)?(?:[01]?\d|2[0-3])時"
    r"(?:[0-5]?\d分)?|正午)(?!\d)"
)
# 「【町】申請書類 受付期間（2日目 / 5日間）」「(Day 2/5)」: a day after the first of an event over several days, the calendar
# printing it again on each; no step of its own (the event's first day gives its span)
AGENDA_LATER_DAY = re.compile(
    r"\(\s{0,2}(?:[2-9]|\d{2})\s{0,2}日目\s{0,2}/\s{0,2}\d{1,2}\s{0,2}日間\s{0,2}\)|(?i:\(day\s[2-9]\d?\s?/\s?\d{1,2}\))"
)
# 「【町】…」 over most events and 「【潮風市】…」 over one: a calendar shared by a team that tracks several calls, each
# tagged by its issuer; the events whose issuer's tag is not the call's (the one most events carry) are another call's
AGENDA_ISSUER_TAG = re.compile(r"^【(?P<issuer>[^【】\s]{0,10}[都道府県市区町村])】")
# 「【町】申請書類 受付期間（8月9日 – 8月13日）」 on 2027年8月9日: an event over days whose title gives its span, from the
# day it is printed under; the span read with that day's year, the day itself no step of its own (a window's END counts)
AGENDA_TITLE_SPAN = re.compile(r"(?<!\d)(?P<month>\d{1,2})月(?P<day>\d{1,2})日\s{0,2}~\s{0,2}(?:\d{1,2}月)?\d{1,2}日")
AGENDA_DAY_PARTS = re.compile(r"(?P<year>\d{4})\s{0,2}[/.年]\s{0,2}(?P<month>\d{1,2})\s{0,2}[/.月]\s{0,2}(?P<day>\d{1,2})")
AGENDA_OTHER_ISSUER_RATIO = 3  # events under the call's own issuer's tag, per one under another's, at least
# The agenda as a browser copies it (Google Calendar's 予定リスト, Outlook on the web): each event's hours (or 「終日」) a
# line of their own, its title the next line, its notes below, the events of a day parted by blank lines
# (「10:00～10:30」 / 「【発注者】開札」 / 「場所: 本庁舎4階」). Read as the indented agenda it stands for.
AGENDA_STACKED_HOURS = re.compile(
    rf"^\s{{0,4}}(?:(?P<mark>\[[^\[\]]{{1,16}}\]|【[^【】]{{1,16}}】|\([^()]{{1,16}}\))\s{{0,2}})?"
    rf"(?P<hours>(?:{AGENDA_CLOCK})(?:\s{{0,2}}[-~]\s{{0,2}}(?:{AGENDA_CLOCK}))?|終日|All day)\s*$"
)
# 「[キャンセル済み] 13:30～14:10」「【中止】説明会」「Canceled: …」: an event taken off the calendar (a slot moved or dropped),
# no step of its own, its notes with it
AGENDA_CANCELLED = re.compile(
    r"^\s{0,4}[\[【(]?\s{0,2}(?:キャンセル済み?|キャンセル|取り?消し済み|取消済|中止|(?i:cancell?ed))\s{0,2}(?:[\]】)]|[:：])"
)


def _agenda_stacked(lines: list[str]) -> dict[int, tuple[re.Match, bool]]:
    """The events of an agenda whose hours are a line above their title: each title's line, the event it gives as an
    indented agenda's line would, and whether it was cancelled."""
    stacked: dict[int, tuple[re.Match, bool]] = {}
    for index, line in enumerate(lines[:-1]):
        if len(line) > 60 or not line.strip() or not (line.lstrip()[:1].isdigit() or line.lstrip()[:1] in "[【(終A"):
            continue
        hours = AGENDA_STACKED_HOURS.match(line)
        title = lines[index + 1].strip()
        if not hours or not title or len(title) > 120 or AGENDA_STACKED_HOURS.match(title) or _agenda_day(title):
            continue
        event = AGENDA_EVENT.match(f"  {hours['hours']}  {title}")
        if event:
            cancelled = bool(AGENDA_CANCELLED.match(hours["mark"] or "") or AGENDA_CANCELLED.match(title))
            stacked[index + 1] = (event, cancelled)
    return stacked


def _agenda_event(line: str) -> re.Match | None:
    """The event a line of an agenda gives (indented, or Outlook's at the line's start with a tab), or None."""
    return AGENDA_EVENT.match(line) or (AGENDA_EVENT_TAB.match(line) if "\t" in line else None)


def _agenda_notes(lines: list[str], below: int, days: dict[int, str]) -> list[int]:
    """The lines of the notes under the event on line ``below`` (its indented lines up to the next event or day)."""
    notes = []
    for note in range(below + 1, min(len(lines), below + 1 + AGENDA_NOTE_LINES)):
        if not lines[note].strip() or _agenda_event(lines[note]) or note in days:
            break
        notes.append(note)
    return notes


def _agenda_note_closing(lines: list[str], below: int, days: dict[int, str]) -> str | None:
    """The closing hour the notes under the event on line ``below`` give."""
    for line in (lines[note] for note in _agenda_notes(lines, below, days)):
        due = AGENDA_NOTE_DUE.search(line) if "月" in line and ("期" in line or "締" in line or "〆" in line) else None
        if due:  # (「提出期限 9月30日(水)午後5時。15時までに持参」: the named deadline's, not the team's own hour)
            return due["time"]
        closing = AGENDA_NOTE_CLOSING.search(line) if ("まで" in line or "必着" in line) else None
        if closing:
            return closing["time"]
    return None


AGENDA_NOTE_LINES = 4  # lines of an event's notes (its calendar, place, description), at most


def agenda_events(lines: list[str]) -> list[str]:
    """An agenda's events as rows 「title<TAB>day start」, its days' lines left empty. Where some events are tagged as
    a call's steps (「【締切】…」), the others and the reminders are the team's own, left empty too; a tagged
    deadline's time is the closing hour its notes give, when they give one."""
    days = {index: day for index, line in enumerate(lines) if len(line) <= 48 and (day := _agenda_day(line))}
    if len(days) < AGENDA_DAYS_MIN:
        return lines
    stacked = _agenda_stacked(lines)
    result = list(lines)
    agenda: list[tuple[int, str, list[tuple[int, re.Match]]]] = []
    for index, day in days.items():
        events = []
        for below in range(index + 1, len(lines)):
            line = lines[below]
            if below in days:
                break
            if not line.strip():
                if below + 2 in stacked:
                    continue  # (a blank line between two events of the day the browser copied)
                break
            event = stacked[below][0] if below in stacked else _agenda_event(line)
            if event:
                events.append((below, event))
        if events:
            agenda.append((index, day, events))
    if len(agenda) < AGENDA_DAYS_MIN:
        return lines
    tagged = sum(1 for _, _, events in agenda for _, event in events if AGENDA_TAG.match(event["title"]))
    others = tag_other_issuers([event["title"] for _, _, events in agenda for _, event in events])
    for index, day, events in agenda:
        result[index] = ""
        for below, event in events:
            title = event["title"].strip()
            if below in stacked:
                result[below - 1] = ""  # (the hours' own line, read with the title)
                if stacked[below][1]:
                    result[below] = ""  # (「[キャンセル済み] 13:30～14:10」: a slot taken off the calendar)
                    for note in _agenda_notes(lines, below, days):
                        result[note] = ""
                    continue
            if tagged and (not AGENDA_TAG.match(title) or AGENDA_REMINDER.match(title)):
                result[below] = ""  # (「9:30～10:00 週次定例」「【リマインダー】…明日 17:00」: the team's own)
                continue
            issuer = AGENDA_ISSUER_TAG.match(title) if others else None
            if (issuer and issuer["issuer"] in others) or ("日目" in title or "ay" in title) and AGENDA_LATER_DAY.search(title):
                result[below] = (
                    ""  # (「【潮風市】…〆」 among 「【町】…」: another call's; 「（2日目 / 5日間）」: the event's later day)
                )
                for note in _agenda_notes(lines, below, days):
                    result[note] = ""
                continue
            period = AGENDA_TITLE_PERIOD.search(title) if event["start"] is None and "月" in title else None
            parts = AGENDA_DAY_PARTS.match(day) if period else None
            if period and parts and int(period["month"]) == int(parts["month"]):
                cut = max(title.rfind(mark, 0, period.start()) for mark in "(※「")  # (its aside: 「(日程は12月中、…)」)
                label = title[: cut if cut > 0 else period.start()].rstrip()
                result[below] = f"{label}\t{parts['year']}年{period.group()}"
                continue  # (the period with its year in the day's place, the day that holds its place left unread)
            if AGENDA_PLACEHOLDER.search(title):
                result[below] = title  # (the placeholder's own day left unread; its title names the step its notes date)
                for note in _agenda_notes(lines, below, days):
                    key = AGENDA_NOTE_KEY.match(lines[note])
                    if key:  # (「Description: 要項では「3月中旬」」: the notes' words, under the title they go with)
                        result[note] = " " * key.end() + lines[note][key.end() :]
                continue
            start = _agenda_start(event["start"])
            if tagged and AGENDA_DEADLINE.search(title):
                closing = AGENDA_TITLE_CLOSING.search(title) or AGENDA_NOTE_CLOSING.search(title)
                start = (closing["time"] if closing else None) or _agenda_note_closing(lines, below, days) or start
            span = AGENDA_TITLE_SPAN.search(title) if "~" in title else None
            parts = AGENDA_DAY_PARTS.match(day) if span else None
            if span and parts and (int(span["month"]), int(span["day"])) == (int(parts["month"]), int(parts["day"])):
                result[below] = f"{title[: span.start()]}{parts['year']}年{title[span.start() :]}"
                continue  # (the span with its year; the events' own start is its first day's)
            result[below] = f"{title}\t{day}{f' {start}' if start else ''}"
    return result


# A table as a screen reader speaks it: 「表:スケジュール(10行、2列)」 / 「列見出し:項目、日程」 / 「行1」 / 「項目:公告」 /
# 「日程:2026年7月1日(水曜日)」 …: each cell on a line of its own after its column's heading. Read as the table it is:
# the headings as a row of tab-parted cells, each row's cells joined on its first line, the other lines left empty.
SPOKEN_HEAD = "列見出し:"
SPOKEN_ROW = re.compile(r"行\s{0,2}\d{1,3}")
SPOKEN_COLUMNS_MAX = 8


# The other way readers speak a table (NVDA, JAWS): 「表  10 行  3 列」 announces it, each cell named by its row and
# column numbers, a row's first cell after 「行 2」, a cell under a heading after the heading: 「行 1  列 1  手続」 /
# 「列 2  日時」 / 「行 2  手続  列 1  公告」 / 「日時  列 2  令和9年11月1日(月)」 / 「備考  列 3  空白」 … 「表終了」.
SPOKEN_TABLE = re.compile(r"表\s{0,2}\d{1,3}\s{0,2}行\s{0,2}(\d{1,2})\s{0,2}列")
SPOKEN_CELL = re.compile(r"(?:行\s{0,2}(?P<row>\d{1,3})\s+)?(?:[^\s列]{1,20}\s+)?列\s{0,2}(?P<column>\d{1,2})(?P<cell>.*)")
SPOKEN_EMPTY = ("空白", "空欄")


def numbered_cell_rows(lines: list[str], index: int, columns: int, result: list[str]) -> None:
    """The table announced on line ``index``: each row's cells joined with tabs on the row's first line."""
    rows: list[list[tuple[int, re.Match]]] = []
    below = index + 1
    while below < len(lines) and below <= index + 3 and "列" not in lines[below]:
        below += 1  # its caption
    for below in range(below, len(lines)):
        cell = SPOKEN_CELL.fullmatch(lines[below].strip()) if "列" in lines[below] else None
        if not cell:
            break  # 「表終了」: the table ends
        number = cell["column"]
        if int(number) > columns and len(number) == 2:  # 「列 2日時」: the cell's words run on to its number
            number = number[0]
        if cell["row"] or not rows or number == "1":
            rows.append([])
        rows[-1].append((below, cell))
    for row in rows:
        cells = []
        for at, cell in row:
            number, words = cell["column"], cell["cell"]
            if len(number) == 2 and int(number) > columns:
                words = number[1] + words
            words = words.strip()
            cells.append("" if words in SPOKEN_EMPTY else words)
            result[at] = ""
        result[row[0][0]] = "\t".join(cells)


def spoken_table_rows(lines: list[str]) -> list[str]:
    announced = [
        (index, int(match[1]))
        for index, line in enumerate(lines)
        if line.startswith("表") and "列" in line[:16] and (match := SPOKEN_TABLE.match(line))
    ]
    if announced:
        lines = list(lines)
        for index, columns in announced:
            numbered_cell_rows(list(lines), index, columns, lines)
    if not any(line.startswith(SPOKEN_HEAD) for line in lines):
        return lines
    result = list(lines)
    for index, line in enumerate(lines):
        if not line.startswith(SPOKEN_HEAD):
            continue
        heads = [head.strip() for head in re.split(r"[、,]", line[len(SPOKEN_HEAD) :])]
        if not 2 <= len(heads) <= SPOKEN_COLUMNS_MAX or not all(heads):
            continue
        result[index] = "\t".join(heads)
        rows: list[dict[str, int]] = []  # each row's cells: the line of each column's
        for below in range(index + 1, len(lines)):
            text = lines[below].strip()
            if SPOKEN_ROW.fullmatch(text):
                result[below] = ""
                continue
            head, colon, _ = text.partition(":")
            if not colon or head not in heads:
                break  # 「表の終わり」: the table ends
            if not rows or head == heads[0] or head in rows[-1]:
                rows.append({})
            rows[-1][head] = below
        for row in rows:
            cells = {head: lines[at].strip().partition(":")[2].strip() for head, at in row.items()}
            first = min(row.values())
            for at in row.values():
                result[at] = ""
            result[first] = "\t".join(cells.get(head, "") for head in heads)
    return result


# The third way a text version reads a table out (a page for screen readers): a row a sentence per cell, numbered,
# each cell after its column's heading and a comma: 「表1　変更する日程。7行、3列の表です。列の見出しは、左から「項目」
# 「変更前」「変更後」です。」 / 「2行目。項目、質問書の提出期限。変更前、令和8年1月27日（火曜日）午後5時。変更後、…。」. Read
# as the table it is: the caption's first sentence alone, the headings as a row of tab-parted cells under it, each row's
# cells parted by tabs (a cell's own further sentences kept in it); rows run onto one line (a page read as one line)
# each set on a line of its own.
SENTENCE_ROW = re.compile(r"(?:^|(?<=\s))(?P<number>\d{1,3})\s?行目\s?。\s?")
SENTENCE_ROW_HINT = "行目"
SENTENCE_CELL_KEY_MAX = 12  # characters of a column's heading before its cell's comma, at most
SENTENCE_CELL_KEY = re.compile(rf"(?P<key>[^\d\s、,，。「」()（）]{{1,{SENTENCE_CELL_KEY_MAX}}})[、,，]\s?")
QUOTED_HEADING = re.compile(r"「([^「」]{1,%d})」" % SENTENCE_CELL_KEY_MAX)
SENTENCE_ROW_COLUMNS_MAX = 8
SPOKEN_CAPTION = re.compile(r"(?:^|(?<=\s))表\s?\d{1,3}(?=\s)")  # 「表2 変更しない事項」: a table's caption opening
# 「7行、3列の表です」「この表は、10行、3列です」「列の見出しは、左から「項目」…です」: the words that tell the table's shape
SPOKEN_TABLE_SAID = re.compile(r"\d{1,3}\s?[行列]|列の|見出し")


def _sentence_cells(row: str) -> tuple[list[tuple[str, str]], str]:
    """A spoken row's (heading, cell) pairs, each cell's sentences after its heading's, and the words past the row (a
    sentence after a run of spaces that names no column: the next line's, run on)."""
    pairs: list[tuple[str, list[str]]] = []  # (each cell's sentences, joined once at the end)
    tail = ""
    sentences = row.split("。")
    for at, sentence in enumerate(sentences):
        key = SENTENCE_CELL_KEY.match(sentence)
        if key:
            pairs.append((key["key"], [sentence[key.end() :].strip()]))
        elif pairs and sentence.strip() and not sentence[:1].isspace():
            pairs[-1][1].append(sentence.strip())
        elif sentence.strip():
            tail = "。".join(sentences[at:]).strip()
            break
    return [(key, "。".join(said)) for key, said in pairs], tail


def _sentence_table(rows: list[list[tuple[str, str]]], caption: str) -> list[str] | None:
    """The headings of a spoken table (the caption's quoted names, else those every row names) and its rows as
    tab-parted cells under them; None when the rows name fewer than two columns in common."""
    named = QUOTED_HEADING.findall(caption)
    common = set.intersection(*({key for key, _ in row} for row in rows))
    heads = [head for head in named if any(head == key for row in rows for key, _ in row)]
    if len(heads) < 2:
        heads = list(dict.fromkeys(key for key, _ in rows[0] if key in common)) if len(rows) > 1 else []
    if not 2 <= len(heads) <= SENTENCE_ROW_COLUMNS_MAX:
        return None
    table = ["\t".join(heads)]
    for row in rows:
        cells: dict[str, str] = {}
        last = None
        for key, cell in row:
            if key in heads and key not in cells:
                cells[key], last = cell, key
            elif last is not None:  # (「項目、審査会、プレゼンテーション」 read as a heading: the cell's own words)
                cells[last] += "。" + key + "、" + cell
        table.append("\t".join(cells.get(head, "") for head in heads))
    return table


def sentence_table_rows(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with each table read out a row a sentence set as a table (``SENTENCE_ROW``), each new line standing
    for the source line it came from; None when the text holds no such table."""
    if not any(SENTENCE_ROW_HINT in line for line in lines):
        return None
    pieces: list[tuple[str, int]] = []  # (each row run onto a line cut off at its number)
    for index, line in enumerate(lines):
        starts = [row.start() for row in SENTENCE_ROW.finditer(line)] if SENTENCE_ROW_HINT in line else []
        bounds = [0, *starts, len(line)]
        pieces += [(line[a:b], index) for a, b in zip(bounds, bounds[1:]) if a < b or not starts]
    out: list[str] = []
    origin: list[int] = []
    at, found = 0, False
    while at < len(pieces):
        line, index = pieces[at]
        first = SENTENCE_ROW.match(line.strip())
        if not first or int(first["number"]) != 1:
            out.append(line)
            origin.append(index)
            at += 1
            continue
        rows, tails, end = [], [], at
        while end < len(pieces) and (row := SENTENCE_ROW.match(pieces[end][0].strip())):
            if int(row["number"]) != len(rows) + 1:
                break
            pairs, tail = _sentence_cells(pieces[end][0].strip()[row.end() :])
            rows.append(pairs)
            tails.append(tail)
            end += 1
        caption = out[-1] if out else ""
        table = _sentence_table(rows, caption) if all(rows) else None
        if table is None:
            out += [line for line, _ in pieces[at:end]]
            origin += [index for _, index in pieces[at:end]]
            at = end
            continue
        found = True
        if caption and QUOTED_HEADING.search(caption):  # (「表1　変更する日程。7行、3列の表です。…」: the caption alone)
            opened = [said.start() for said in SPOKEN_CAPTION.finditer(caption)]
            if opened and opened[-1]:  # (「3 変更しない事項 次の表2に…変更しない。 表2 変更しない事項。…」: the words
                # before it, run on, a line of their own)
                out[-1:] = [caption[: opened[-1]].rstrip(), caption[opened[-1] :].strip()]
                origin.append(origin[-1])
            said = out[-1].split("。")
            out[-1] = "。".join(s for s in said if not SPOKEN_TABLE_SAID.search(s)).rstrip("。 \u3000")
        out.append(table[0])
        origin.append(pieces[at][1])
        for cells, tail, (_, index) in zip(table[1:], tails, pieces[at:end]):
            out.append(cells)
            origin.append(index)
            if tail:
                out.append(tail)
                origin.append(index)
        at = end
    return (out, origin) if found else None


# 「| 7/3(月) | 7/10(月)」 / 「▼本日 | 7/14(金) | … |」: a Markdown table (a slide's or a sheet's, converted to text)
# whose row ran over two lines where a cell held a line break; the row's first line opens with a bar but does not close
# with one, the next lines open without one, and together they hold as many bars as the row above: one row, the cell's
# lines joined with a space.
CELL_BREAK_LINES = 3  # lines a row's cell breaks run over, at most
_ARROW_AT_END = re.compile(ARROW + r"\s{0,2}$")


def pipe_rows_broken_in_cell(lines: list[str]) -> list[str]:
    result = lines
    for index in range(1, len(lines) - 1):
        line = lines[index].strip()
        if line[:1] != "|" or line[-1:] == "|" or len(line) > BOXED_ROW_MAX:
            continue
        above = lines[index - 1].strip()
        bars = above.count("|")
        if above[:1] != "|" or above[-1:] != "|" or bars < 3 or line.count("|") >= bars:
            continue
        if _ARROW_AT_END.search(line):  # (「| 提出期限 | 7月18日 →」 / 「【変更後】7月25日 |」: a change, read as such below)
            continue
        parts, count, end = [line], line.count("|"), index + 1
        while end < len(lines) and end - index <= CELL_BREAK_LINES:
            rest = lines[end].strip()
            if not rest or rest[:1] == "|":
                break
            parts.append(rest)
            count += rest.count("|")
            end += 1
            if rest[-1:] == "|":
                break
        if count != bars or parts[-1][-1:] != "|":  # (no line joined: the first line ends with no bar)
            continue
        if result is lines:
            result = list(lines)
        result[index] = " ".join(parts)
        result[index + 1 : end] = [""] * (end - index - 1)
    return result


# A table drawn with rules between its rows, a row's cells wrapped onto more text lines:
# 「|2028年6月| 2日(金) | 9日(金)正午 |」 / 「| | 公告 | 質問締切 |」 / 「|---+---|」 is one row of cells
# 「2日(金) 公告」「9日(金)正午 質問締切」; joined on the row's first line, its other lines left empty.
RULE_LINE = re.compile(r"[\s|┌┬┐└┴┘+:]*[─━═=\-―]{2}[\s|┌┬┐└┴┘+:─━═=\-―]*")  # only rules and corners, one run of 2 at least
BOXED_ROW_MAX = 400


def _boxed_cells(line: str) -> list[str] | None:
    cells = _boxed_cells_padded(line)
    return None if cells is None else [cell.strip() for cell in cells]


def _boxed_cells_padded(line: str) -> list[str] | None:
    """The cells of a box-drawn row as the row gives them, each with the spaces that pad it to its column's width."""
    text = line.strip()
    if not text.startswith("|") or RULE_LINE.fullmatch(text) or text.count("|") < 3 or len(text) > BOXED_ROW_MAX:
        return None
    text = text[1:-1] if text.endswith("|") else text[1:]  # (one bar off each end: 「||午後5時||」 has empty cells)
    return text.split("|")


# 「| 第二次審査 | 令和9年12月7日(火) | 受付 午前10時30分 |」 / 「| (プレゼンテーション)| 午前10時40分~午前11時10分 | … |」:
# a box-drawn row whose cells went on over a second line without a rule between, the step's bracketed rest under its
# name and the day's time under its date: one row, each cell's two lines joined (the second line left empty)
BRACKETED_CELL = re.compile(r"\([^()]{1,24}\)")
CELL_TIME_ONLY = re.compile(r"(?:午前|午後)?\s{0,2}(?:\d{1,2}時(?:\d{1,2}分)?|\d{1,2}:\d{2}|正午)[^月日]{0,30}")


def boxed_rows_wrapped(lines: list[str]) -> list[str]:
    result = list(lines)
    for index in range(1, len(lines)):
        line = lines[index]
        if line.lstrip()[:1] != "|" or line.lstrip()[1:].lstrip()[:1] != "(":
            continue
        below, above = _boxed_cells(line), _boxed_cells(lines[index - 1])
        if not below or not above or len(below) != len(above) or not BRACKETED_CELL.fullmatch(below[0]):
            continue
        timed = [k for k in range(1, len(below)) if below[k] and CELL_TIME_ONLY.fullmatch(below[k])]
        if not timed or "日" not in above[timed[0]] or CLOCK_IN_CELL.search(above[timed[0]]):
            continue
        joined = [f"{up} {down}".strip() for up, down in zip(above, below)]
        result[index - 1] = "| " + " | ".join(joined) + " |"
        result[index] = ""
    return result


CLOCK_IN_CELL = re.compile(r"午[前後]|正午|\d{1,2}時|\d{1,2}:\d{2}")


# A box-drawn table whose cell spans two rows prints the cell's text on the rule between them: 「|2|質問書の提出期限| |」 /
# 「|──|──────| 1月29日(金)午後5時|」 / 「|3|参加申込書の提出期限| |」 is one date of both rows.
RULE_CELL = re.compile(r"[─━═=\-―┬┴┼+\s]*[─━═=\-―]{2}[─━═=\-―┬┴┼+\s]*")


def merged_cells_on_rules(lines: list[str]) -> list[str]:
    """The text a box-drawn table's rule line carries in a cell (the rest of it rules) put into that cell of the rows
    above and below it, which leave it empty; the rule line left a rule."""
    result = list(lines)
    for index in range(1, len(lines) - 1):
        line = lines[index]
        if "──" not in line and "━━" not in line and "--" not in line:
            continue
        cells = _boxed_cells(line)
        if cells is None:
            continue
        spanned = [k for k, cell in enumerate(cells) if not RULE_CELL.fullmatch(cell)]
        above, below = _boxed_cells(lines[index - 1]), _boxed_cells(lines[index + 1])
        if (
            not spanned
            or len(spanned) == len(cells)
            or above is None
            or below is None
            or not len(above) == len(below) == len(cells)
            or not all(cells[k] and not above[k] and not below[k] for k in spanned)
        ):
            continue
        for k in spanned:
            above[k] = below[k] = cells[k]
            cells[k] = "──"
        result[index - 1] = "|" + "|".join(above) + "|"
        result[index + 1] = "|" + "|".join(below) + "|"
        result[index] = "|" + "|".join(cells) + "|"
    return result


def _ruled_cells(line: str) -> list[str] | None:
    """The cells of a row of a table ruled between its rows, parted by bars with no outer ones (「1   | Deadline for
    requests for     | 5:00 p.m., Friday,」; 「    | clarification  | 25 December 2026」, its first cell empty)."""
    if line.count("|") < 2 or len(line) > BOXED_ROW_MAX or RULE_LINE.fullmatch(line):
        return None
    return [cell.strip() for cell in line.split("|")]


# A grid table (「+----+----+」, a box's 「├──┼──┤」) whose cell spans two rows leaves that cell's part of the rule between
# them blank: 「| 7 | 審査結果の通知 | 6月下旬 |」 / 「+---+------------+          |」 / 「| 8 | 契約の締結 |          |」
# is one date of both rows.
SPANNED_RULE_PART = re.compile(r"[ \t\u3000]+")
RULE_PART = re.compile(r"[─━═=\-―:]+")


def _rule_parts(line: str) -> list[str] | None:
    """The parts of a table's rule between its joints (「+」「|」), or None when the line is no such rule."""
    text = line.strip()
    if text[:1] not in "+|" or text[-1:] not in "+|" or len(text) > BOXED_ROW_MAX or not RULE_LINE.fullmatch(text):
        return None
    return re.split(r"[+|]", text[1:-1])


def cells_spanning_rules(lines: list[str]) -> list[str]:
    """A cell that spans the rows on both sides of a rule (its part of the rule blank, the rest ruled) put into the
    row below, which leaves it empty: the cell's words of the row above (all its lines) on the row below's first line."""
    result = list(lines)
    for index in range(1, len(lines) - 1):
        if "  " not in lines[index] or (parts := _rule_parts(lines[index])) is None:
            continue
        spanned = [k for k, part in enumerate(parts) if SPANNED_RULE_PART.fullmatch(part)]
        if not spanned or not any(RULE_PART.fullmatch(part) for part in parts):
            continue
        above, row_at = [], index - 1  # (the lines of the row above, up to the rule over it)
        while row_at >= 0 and (row := _boxed_cells(result[row_at])) is not None and len(row) == len(parts):
            above.append(row)
            row_at -= 1
        below = _boxed_cells(lines[index + 1])
        if not above or below is None or len(below) != len(parts):
            continue
        filled = {column: " ".join(row[column] for row in reversed(above) if row[column]) for column in spanned}
        filled = {column: words for column, words in filled.items() if words and not below[column]}
        if filled:
            result[index + 1] = "|" + "|".join(filled.get(k, cell) for k, cell in enumerate(below)) + "|"
    return result


# A grid table that rules off each of its rows (「+----+----+」 between every two, three groups of lines at least, not
# only its head: 「| (4) FAQ published on the | Updated as needed; final update |」 over 「| Foundation website |
# Fri 4 February 2028 |」): each group between two rules is one row, its cells wrapped
RULED_GROUPS_MIN = 3


def _table_groups(lines: list[str], start: int, cells_of_row: Callable[[str], list[str] | None]) -> list[int]:
    """The first lines of the groups of rows of the table whose first group begins at ``start``: each group's lines up
    to a rule, the table going on while a rule is followed by a row."""
    starts = []
    at = start
    while at < len(lines) and cells_of_row(lines[at]) is not None:
        starts.append(at)
        while at < len(lines) and cells_of_row(lines[at]) is not None:
            at += 1
        if at >= len(lines) or not RULE_LINE.fullmatch(lines[at]):
            break
        at += 1
    return starts


def _each_row_ruled(rows: list[list[str]], groups: int) -> bool:
    """A group of a table that rules off each row (``RULED_GROUPS_MIN``) whose lines below the first begin no item
    of their own (「(5) …」 in its first cell: a row of its own)."""
    return groups >= RULED_GROUPS_MIN and bool(rows[0][0]) and not any(COLUMN_ITEM.match(row[0]) for row in rows[1:])


def wrapped_rows_joined(lines: list[str]) -> list[str]:
    result = list(lines)
    groups: dict[int, int] = {}  # the groups of rows of the table each group (by its first line) is one of
    index = 0
    while index < len(lines):
        if index == 0 or "|" not in lines[index] or not RULE_LINE.fullmatch(lines[index - 1]):
            index += 1
            continue
        boxed = lines[index].lstrip().startswith("|")
        cells_of_row = _boxed_cells if boxed else _ruled_cells  # (the rows of one table, all boxed or none)
        if cells_of_row(lines[index]) is None:
            index += 1
            continue
        group = [index]
        while group[-1] + 1 < len(lines) and cells_of_row(lines[group[-1] + 1]) is not None:
            group.append(group[-1] + 1)
        after = group[-1] + 1
        rows = [cells_of_row(lines[i]) or [] for i in group]
        if index not in groups:  # (the table's first group: its groups counted once)
            table = _table_groups(lines, index, cells_of_row)
            groups.update(dict.fromkeys(table, len(table)))
        if (
            len(group) >= 2
            and after < len(lines)
            and RULE_LINE.fullmatch(lines[after])
            and len({len(row) for row in rows}) == 1
            and (
                (broken := _broken_number(rows) or _label_wrapped(rows))
                or all(not row[0] for row in rows[1:])
                or _window_across(rows)
                or _times_below(rows)
                or _each_row_ruled(rows, groups.get(index, 0))
            )
        ):
            if broken:
                joined = [_glued(row[column] for row in rows if row[column]) for column in range(len(rows[0]))]
            else:  # (a cell's words stacked: 「2日」 over 「公告」; a word its width cut: 「質問への回」 over 「答」)
                padded = [_boxed_cells_padded(lines[i]) or [] for i in group] if boxed else None
                joined = [_cell_lines_glued(rows, padded, column) for column in range(len(rows[0]))]
            result[index] = "|" + "|".join(joined) + "|" if boxed else " | ".join(joined)
            for other in group[1:]:
                result[other] = ""
        index = after
    return result


# 「| 参加申込書及び | 自 1月18日(火) 午前9時 |」 over 「| 技術資料の提出 | 至 1月31日(月) 午後5時 |」
WINDOW_FROM_CELL = re.compile(r"^(?:自|(?:受付)?開始)\s{0,4}:?\s{0,4}(?:令和|平成|\d)")
WINDOW_TO_CELL = re.compile(r"^(?:至|(?:受付)?終了)\s{0,4}:?\s{0,4}(?:令和|平成|\d)")


def _window_across(rows: list[list[str]]) -> bool:
    """Lines of a ruled group whose one cell holds a window's start (自) and the next line's same cell its end (至):
    one row whose first cell wrapped too, not rows of their own."""
    return any(
        WINDOW_FROM_CELL.match(cell) and WINDOW_TO_CELL.match(below)
        for row, next_row in zip(rows, rows[1:])
        for cell, below in zip(row, next_row)
    )


# 「| 入札公告 5(2) | 令和8年11月20日(金) | 令和8年11月24日(火) |」 over 「| 一般競争入札参加 | 午後5時まで | 午後5時まで |」
# over 「| 資格確認申請書の |  |  |」: a date's time wrapped below it in its cell, the label wrapped beside
TIME_BELOW_CELL = re.compile(r"(?:午前|午後)?\s{0,2}\d{1,2}\s{0,2}(?:時|:\d{2})|正午")


# 「| 入札参加資格確認 | 令和10年5月29日(月) | 書面により通知 |」 over 「| 結果の通知 | までに | |」: a day's last words
DAY_TAIL_CELL = re.compile(r"(?:まで|までに|から|より)?\s{0,2}(?:\(?(?:必着|予定)\)?)?")


def _times_below(rows: list[list[str]]) -> bool:
    """Lines of a ruled group whose first line holds dates, and whose lines below hold, beside their label's
    words, only empty cells or times (the wrapped times of the dates above), or hold no day and under each day only
    its time or its last words (「| 申請書の提出期限 | 午後5時 | (必着) |」, a note's rest beside): one row, not rows of
    their own."""
    days = [column for column, cell in enumerate(rows[0]) if column and DAY_CELL.search(cell)]
    if not days:
        return False
    if any(cell for row in rows[1:] for cell in row[1:]) and all(
        all(not cell or (TIME_BELOW_CELL.match(cell) and not DAY_CELL.search(cell)) for cell in row[1:]) for row in rows[1:]
    ):
        return True
    under = [row[column] for row in rows[1:] for column in days if row[column]]
    return (
        bool(under)
        and not any(DAY_CELL.search(cell) for row in rows[1:] for cell in row)
        and all(TIME_BELOW_CELL.match(cell) or DAY_TAIL_CELL.fullmatch(cell) for cell in under)
    )


# a cell's number broken by the wrap, its unit on the next line: 「令和5年5月19」 / 「日(金)から6」 / 「月30日(金)ま」
NUMBER_BROKEN = re.compile(r"\d$")
UNIT_FIRST = re.compile(r"^[年月日時分]")


def _broken_number(rows: list[list[str]]) -> bool:
    """Lines of a ruled group whose cells wrap in the middle of a date or time (a number on one line, its unit on
    the next): one row whose first cell wrapped too (「入札説明書の」 / 「交付」), not rows of their own."""
    return any(
        NUMBER_BROKEN.search(row[column]) and UNIT_FIRST.match(below[column])
        for row, below in zip(rows, rows[1:])
        for column in range(len(row))
    )


def _label_wrapped(rows: list[list[str]]) -> bool:
    """Lines of a ruled group whose lines below the first hold only the rest of the first cell (一太郎's ruled table:
    「公告・実施要領等の配布開」 over 「始」): one row whose label the cell's width cut, run together again."""
    return any(rows[0][1:]) and all(row[0] and not any(row[1:]) for row in rows[1:])


def _glued(pieces) -> str:
    """A wrapped cell's pieces joined: with a space between two words of Latin letters, else as one text."""
    text = ""
    for piece in pieces:
        text += " " + piece if text[-1:].isascii() and piece[:1].isascii() and not (text[-1:] + piece[:1]).isdigit() else piece
    return text.strip()


# 「│3 │質問への回│令和9年5月21日(金)  │」 / 「│  │答        │までに              │」: a box cell's line that fills its
# cell's width (the next line's first letter, and the cell's padding, would not fit after it) and a word of kana or
# kanji cut there, its rest on the next line, the step the label names only when read as one word (「回答」「ヒアリング」
# 「説明会」); joined with no space. Not after a day (「2日」 over 「公告」: a calendar's cell, its day over the step), nor
# two words stacked that name the same step either way (「質問」 over 「締切」); a window's 「から」「まで」 cut after its
# first letter (「令和9年5月11日(火)か」 over 「ら」) is one word too
CUT_WORD_LETTER = re.compile(r"[ぁ-んァ-ヶー一-龥々]")
CELL_DAY_END = re.compile(r"\d\s{0,2}[年月日]$|旬$")
CELL_CUT_WORDS = ("から", "まで", "より")


def _cell_lines_glued(rows: list[list[str]], padded: list[list[str]] | None, column: int) -> str:
    """The lines of one cell of a ruled group joined as ``_date_glued`` joins them, a word the cell's width cut
    (``CUT_WORD_LETTER`` on both sides of a line that fills the cell, ``padded`` giving each line's cells as drawn)
    run together again."""
    text, room = "", None  # (the display columns left free after the cell's line above)
    for at, row in enumerate(rows):
        piece = row[column]
        if not piece:
            continue
        cut = (
            room is not None
            and room <= _width(piece[0])
            and CUT_WORD_LETTER.match(text[-1]) is not None
            and CUT_WORD_LETTER.match(piece) is not None
            and not CELL_DAY_END.search(text)
            and (text[-1] + piece[0] in CELL_CUT_WORDS or kind_of(text + piece) not in (None, kind_of(f"{text} {piece}")))
        )
        text += piece if text and (cut or _date_cut(text, piece)) else " " + piece if text else piece
        drawn = padded[at][column] if padded and column < len(padded[at]) else ""
        room = _width(drawn) - _width(drawn.rstrip()) if drawn.strip() else None
    return text


def _date_glued(pieces) -> str:
    """A wrapped cell's pieces joined after a space, but run together where the cell's width cut a date or a time
    (一太郎's ruled table: 「令和2年7月8日(水)午」 over 「後5時」)."""
    text = ""
    for piece in pieces:
        text += piece if text and _date_cut(text, piece) else " " + piece if text else piece
    return text


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
        if "年" in heading and MONTH_CELL.fullmatch(heading):
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
WRAP_END = re.compile(
    r"(?:(?P<day_hour>日\s{0,2}\([^()]{1,6}\)\s{0,2}\d{1,2})|(?P<year_digit>(?:令和|平成|\d{4}|\d)\s{0,2}年\s{0,2}1)|(?P<month>\d年\d{1,2}月)|(?P<half>午)|(?P<ampm>午[前後])|(?P<hour>午[前後]\d{1,2})|(?P<clock>\d時))$"
)
WRAP_START = {  # how the rest of the date or time begins, by where it broke
    "year_digit": re.compile(r"[0-2]?\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日"),  # 「令和7年1」 / 「1月13日」
    "month": re.compile(r"\d{1,2}日|[上初中下]旬"),  # 「令和8年8月」 / 「下旬を予定しています。」: a part of the month too
    "half": re.compile(r"[前後]\d{1,2}時"),
    "ampm": re.compile(r"\d{1,2}(?:時|:\d{2})"),
    "hour": re.compile(r"\d?時"),
    "clock": re.compile(r"\d{1,2}分"),
    "day_hour": re.compile(r"時"),  # 「5月22日(月)17」 / 「時までに電子メールで提出」
}
WINDOW_OPEN = re.compile(r"\d\s{0,2}(?:日(?:\s{0,2}\([^()]{1,6}\))?|時|分|\d|\))\s{0,4}(?:から|~)$")  # 「4月19日(金)から」
# a window opened with a dash (or 「～」) at a line's end (a cell's text wrapped), its end the next line's date alone
MINUS_OPEN = re.compile(r"\d\s{0,2}(?:日(?:\s{0,2}\([^()]{1,6}\))?|時|分|\))\s{0,4}[-−–—‐―~]$")
END_ALONE = re.compile(
    r"(?:(?:令和|平成)\s{0,2}\d{1,2}\s{0,2}年|\d{4}\s{0,2}年)?\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日"
    r"\s{0,2}(?:\([^()]{1,6}\))?\s{0,2}(?:(?:午前|午後)?\s{0,2}\d{1,2}(?:時(?:\s{0,2}\d{1,2}分)?|:\d{2})|正午)?\s{0,2}(?:まで)?"
)
DATE_START = re.compile(r"(?:令和|平成|[RH]\d|\d{4}\s{0,2}[年/.]|\d{1,2}\s{0,2}月\s{0,2}\d|同[年月日])")
# a page's footer or a number between pages (「- 3 -」「3/12」「3ページ」), skipped when a line goes on past it (the
# lookahead: a character a mark starts with, to fail fast on other lines)
PAGE_MARK_BODY = r"\s{0,8}(?=[-‐―\dP])(?:[-‐―]\s{0,4}\d{1,3}\s{0,4}[-‐―]|\d{1,3}\s{0,2}/\s{0,2}\d{1,3}|\d{1,3}\s{0,2}ページ|P\.?\s{0,2}\d{1,3})\s{0,8}"
PAGE_MARK = re.compile(PAGE_MARK_BODY + "$")
# 「                                   - 3 -」: a page's number between dashes centred under the page (pdftotext -layout),
# indented deeper than PAGE_MARK reads a mark at a line's start (a number alone, 「6/10」, indented: a table's cell)
CENTRED_PAGE_MARK = re.compile(r"[-‐―]\s{0,4}\d{1,3}\s{0,4}[-‐―]")
# 「自 令和8年10月5日(月)」 over 「至 令和8年10月16日(金)」 (「開始 …」 over 「終了 …」): the two ends of a window
# on two lines (the opening day's time may follow its weekday: 「自 6月2日(火) 午前9時」)
FROM_OPEN = re.compile(
    r"(?:^|\s)(?:自|(?:受付)?開始|始期)\s{0,4}:?\s{0,4}(?:令和|平成|\d)[^自至]{0,30}\d\s{0,2}日\s{0,2}\([^()]{1,6}\)"
    r"(?:\s{0,2}(?:午前|午後)?\s{0,2}(?:正午|\d{1,2}時(?:\s{0,2}\d{1,2}分)?|\d{1,2}:\d{2}))?$"
)
TO_START = re.compile(r"\s{0,30}(?:至|(?:受付)?終了|終期)\s{0,4}:?\s{0,4}(?=令和|平成|\d)")
WRAP_LAST = set(
    "月午前後時ら~0123456789"
)  # (「…年1」 ends in a digit too)  # the last character of a line either pattern can end
WRAP_SKIP = 3  # lines of page furniture (footer, header) a wrap may step over
PAGE_HEADER_MAX = 80  # a running header under a page's number is this long at most


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


# 「(b) Pre-quotation meeting ..... Tuesday, 18 May 2027,」 (「17th March 2027 (Wednesday),」) over 「      10:00 a.m. (local time)」: an English
# date whose time the column wrapped onto the line below (read on the date's line; a place below it stays)
ENGLISH_DATE_COMMA = re.compile(
    r"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s[a-z]{3,9}\.?),?\s\d{4}"
    r"(?:\s?\((?i:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?\))?,$"
)
ENGLISH_TIME_LINE = re.compile(
    r"^\s{2,}(?:\d{1,2}(?::\d{2})?\s?[ap]\.?\s?m\.?|\d{1,2}:\d{2}|(?:12:00\s)?noon)(?![\w:])", re.IGNORECASE
)
ENGLISH_TIME_LINE_MAX = 40


# 「Clarification questions: by 5:00 p.m. EDT, Wednesday, September 2, 2026」 over 「[6:00 a.m. JST, Thursday,
# September 3, 2026]」: an overseas office's date in its own time zone, the binding Japan time in brackets below it (the
# day may be the next): the line's date is read as the Japan time's
FOREIGN_ZONE = re.compile(r"\b(?:[ECMP][DS]T|ET|PT|GMT|BST|CES?T|UTC|AES?T|Eastern\s(?:Daylight\s|Standard\s)?Time)\b")
JST_BRACKET_LINE = re.compile(
    r"^\s{0,40}[\[(]\s{0,2}(?P<jst>[^\[\]()]{0,60}?\b(?:JST|Japan\s(?:Standard\s)?[Tt]ime)\b[^\[\]()]{0,60}?\d[^\[\]()]{0,20})"
    r"\s{0,2}[\])]\s{0,2}[.,;]?\s*$"
)
KEY_BEFORE = re.compile(r"^(?P<key>\s{0,12}[^\d:]{2,80}?:)\s")


# 「質問書の提出期限 令和5年6月19日(月) 電子メールに限る」 / 「2」 / 「午後5時 (様式第5号)」: a PDF's table read by line
# (pdfplumber), a row whose cells wrapped, its number centred on a line of its own between its lines: the time below
# goes back to its day, the label's rest (「参加申込書の提出期」 / 「4」 / 「限 午後5時 …」) back to the label
ROW_NUMBER_LINE = re.compile(r"\s{0,4}\d{1,2}\s{0,4}")
TIME_AFTER_NUMBER = re.compile(
    r"\s{0,4}(?P<rest>[^\d\s|\t]{1,8}\s{1,4})?(?P<time>(?:午前|午後)\s{0,2}\d{1,2}\s{0,2}時(?:\s{0,2}\d{1,2}\s{0,2}分|半)?|正午|\d{1,2}:\d{2})"
)
DAY_AND_WEEKDAY = re.compile(r"\d{1,2}\s{0,2}日(?:\s{0,2}\([^()]{1,6}\))?")
LABEL_CELL = re.compile(r"\s{0,4}[^\d\s]{2,30}(?=\s)")


def times_below_row_numbers(lines: list[str]) -> list[str]:
    result = list(lines)
    for index in range(1, len(lines) - 1):
        if not lines[index][:8].strip().isdecimal() or not ROW_NUMBER_LINE.fullmatch(lines[index]):
            continue
        above, below = result[index - 1], lines[index + 1]
        if "時" not in below and "正午" not in below and ":" not in below:
            continue
        time = TIME_AFTER_NUMBER.match(below)
        days = list(DAY_AND_WEEKDAY.finditer(above)) if time and len(above) <= SPACED_ROW_MAX else []
        if len(days) != 1 or TIME_BELOW_CELL.search(above, days[0].end()):
            continue
        at = days[0].end()
        joined = above[:at] + " " + time["time"] + above[at:] + " " + below[time.end() :].strip()
        label = LABEL_CELL.match(joined)
        if time["rest"]:
            if label is None or label.end() > days[0].start():
                continue
            joined = joined[: label.end()] + time["rest"].strip() + joined[label.end() :]
        result[index - 1] = lines[index].strip() + " " + joined.rstrip()
        result[index] = result[index + 1] = ""
    return result


def japan_time_below(lines: list[str]) -> list[str]:
    result = list(lines)
    for index in range(len(result) - 1):
        line, below = result[index], result[index + 1]
        if "JST" not in below and "Japan" not in below:
            continue
        jst = JST_BRACKET_LINE.match(below)
        if jst is None or not FOREIGN_ZONE.search(line):
            continue
        key = KEY_BEFORE.match(line)
        head = key["key"] + " " if key else line[: len(line) - len(line.lstrip())]
        result[index] = head + jst["jst"].strip()
        result[index + 1] = ""
    return result


# A slide's timeline drawn as chevrons or boxes, copied one piece a line: each step's day over its name, an arrow alone
# on the line between two steps (「2026.05.15 (金)」 / 「公募開始」 / 「→」 / 「2026.05.25 (月) 12:00」 / 「説明会申込締切」 /
# 「→」 / …; 「▼」「↓」「⇒」「＞」「▶」 the same). Each name goes onto its day's line (「公募開始 2026.05.15 (金)」), so the
# name above a day is not read as the next day's. The arrows after the names part the steps: a flow whose names stand
# over their days (「公募開始」 / 「5/15」 / 「→」) has its arrows after the days and is read as written.
FLOW_ARROW_ALONE = re.compile(r"\s{0,40}(?:→|⇒|➡|⇨|➔|->|=>|↓|⇓|⬇|⇩|▼|▽|▶|►|▷|＞|>|〉|》|≫)\s{0,4}")
DAY_ALONE_REST = re.compile(r"(?:\s|[~\-]|\(?(?:予定|頃|ごろ|まで|必着|締切|〆切?)\)?)*")
FLOW_NAME_MAX = 40  # characters of a step's name under its day, at most
FLOW_STEPS_MIN = 3  # steps of such a flow, at least


def _day_alone(line: str) -> bool:
    """The line holds one day (or a window) and nothing else but its weekday, hours and 「予定」."""
    if not line or len(line) > FLOW_NAME_MAX or not any(c.isdigit() for c in line):
        return False
    mentions = find_mentions(line)
    if not mentions or len(mentions) > 2:
        return False
    rest = line[: mentions[0].start] + " ".join(line[a.end : b.start] for a, b in zip(mentions, mentions[1:]))
    return DAY_ALONE_REST.fullmatch(rest + " " + line[mentions[-1].end :]) is not None


def _flow_name(line: str) -> bool:
    return (
        0 < len(line) <= FLOW_NAME_MAX
        and not line.endswith(("。", "：", ":"))
        and not line.isdigit()
        and not FLOW_ARROW_ALONE.fullmatch(line)
        and not find_mentions(line)
    )


def days_over_steps_between_arrows(lines: list[str]) -> list[str]:
    arrows = [index for index, line in enumerate(lines) if len(line) <= 48 and FLOW_ARROW_ALONE.fullmatch(line)]
    if len(arrows) < FLOW_STEPS_MIN - 1:
        return lines
    result = list(lines)
    shown = [index for index, line in enumerate(lines) if line.strip()]  # (blank lines between the pieces skipped)
    at_shown = {index: k for k, index in enumerate(shown)}
    done = -1
    for arrow in arrows:
        k = at_shown[arrow]
        if k < 2 or shown[k - 2] <= done:
            continue
        start = k - 2
        if FLOW_ARROW_ALONE.fullmatch(lines[shown[start - 1]]) if start else False:
            continue  # (a step of a run begun above, which failed: no run starts in its middle)
        steps = []
        k = start
        while k + 1 < len(shown):
            day, name = lines[shown[k]].strip(), lines[shown[k + 1]].strip()
            if not (_day_alone(day) and _flow_name(name)):
                break
            steps.append((shown[k], shown[k + 1]))
            if k + 2 >= len(shown) or not FLOW_ARROW_ALONE.fullmatch(lines[shown[k + 2]]):
                break
            k += 3
        if len(steps) < FLOW_STEPS_MIN:
            continue
        for day, name in steps:
            result[day] = lines[name].strip() + " " + lines[day].strip()
            result[name] = ""
        done = steps[-1][1]
    return result


# 「  2026-04-17 (Fri) 17:00」 over 「                 Q&A period (questions via the online form only)」: a schedule's row
# whose date cell was too long for its column, the step wrapped below it at the step column of the row above
DATE_CELL_ALONE = re.compile(
    r"^\s{0,8}(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}/\d{1,2}(?:/\d{4})?)(?:\s?\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?\))?"
    r"(?:\s{1,3}\d{1,2}:\d{2})?\s*$"
)
STEP_COLUMN_MIN = 12  # the step column of such a schedule starts this far in, at least


def step_below_date_cell(lines: list[str]) -> list[str]:
    result = list(lines)
    for index in range(1, len(result) - 1):
        line, below, above = result[index], result[index + 1], result[index - 1]
        if not below[:STEP_COLUMN_MIN].isspace() or not DATE_CELL_ALONE.match(line):
            continue
        column = len(below) - len(below.lstrip())
        step = below.strip()
        if (
            column > len(line.rstrip())
            and len(above) > column
            and above[column - 1] == " "
            and not above[column].isspace()
            and not step[:1].isdigit()
        ):
            result[index] = line.rstrip().ljust(column) + step
            result[index + 1] = ""
    return result


def english_times_below(lines: list[str]) -> list[str]:
    result = list(lines)
    for index in range(len(result) - 1):
        line = result[index].rstrip()
        if not line.endswith(",") or not ENGLISH_DATE_COMMA.search(line[-40:]):
            continue
        below = result[index + 1]
        if len(below.strip()) <= ENGLISH_TIME_LINE_MAX and ENGLISH_TIME_LINE.match(below):
            result[index] = line + " " + below.strip()
            result[index + 1] = ""
    return result


# 「 Registration for the pre-proposal meeting       Wednesday, 19 May 2027,」 over 「 (e-mail to the address in 2.4)
# 17:00 hrs (Tokyo time)」, 「 Interviews with short-listed Proposers          between Tuesday 29 June and」 over 「 (online,
# 60 minutes each)                       Thursday 1 July 2027」: a table spaced into columns whose date cell wraps its
# time or its window's end onto the next line, beside the rest of the step's name the first cell wrapped. The date
# cell's rest goes on the line above; the step's rest stays below.
EN_CELL_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
EN_DATE_CELL_OPEN = first_characters_guarded(re.compile(r"(?:,|\s(?i:and|to|until|till|through)|\s[-–])$"))
EN_DATE_CELL_OPEN_ENDS = ",dDoOlLhH-–"  # (the last characters of EN_DATE_CELL_OPEN's words: a line ending otherwise has none)
EN_DATE_IN_CELL = re.compile(
    rf"(?i:\d{{1,2}}(?:st|nd|rd|th)?\s{_EN_MONTH}|{_EN_MONTH}\s\d{{1,2}}|\d{{4}}[/.-]\d{{1,2}}[/.-]\d{{1,2}})"
)
EN_CELL_GOES_ON = re.compile(  # (a time, or a date: its weekday, its day or its month first)
    rf"(?i:(?:{EN_TIME.format(h='hour', m='minute', p='ampm', n='noon')})"
    rf"|{EN_WEEKDAY},?\s{{1,2}}\d|\d{{1,2}}(?:st|nd|rd|th)?\s{_EN_MONTH}|{_EN_MONTH}\s\d)"
)
EN_CELL_ROW_MAX = 200  # characters of a spaced table's row, at most


def english_date_cells_below(lines: list[str]) -> list[str]:
    result = list(lines)
    for index in range(len(result) - 1):
        end = result[index][-1:]
        if not (end in EN_DATE_CELL_OPEN_ENDS or end.isspace()):
            continue  # (most lines: no copy without the line's end spaces)
        line = result[index].rstrip()
        if len(line) > EN_CELL_ROW_MAX or not EN_DATE_CELL_OPEN.search(line[-8:]):
            continue
        gaps = list(EN_CELL_GAP.finditer(line))
        column = gaps[-1].end() if gaps else 0
        if not column or not EN_DATE_IN_CELL.search(line, column):
            continue
        below = result[index + 1].rstrip()
        # (a text run onto one line and cut again keeps a blank line's two spaces before the row's first line only: the
        # line below's cells stand as far left of the row's as its step's name does)
        shift = len(line) - len(line.lstrip()) - (len(below) - len(below.lstrip()))
        column -= shift if 0 < shift <= 2 and below.strip() else 0
        if len(below) <= column or len(below) > EN_CELL_ROW_MAX or below[column - 3 : column] != "   " or below[column] == " ":
            continue  # (the line below's cell at the date cell's column, after a column's gap)
        if not EN_CELL_GOES_ON.match(below, column):
            continue
        result[index] = line + " " + below[column:].strip()
        result[index + 1] = below[:column].rstrip()
    return result


# 「shall submit the application form by 5:00 p.m.」 over 「Jul. 14, 2027 (Wed.).」 (「by 12:00 noon」 over 「JST on Friday, …」), 「From Jun. 1, 2027 (Tue.) until」 over
# 「Jul. 30, 2027 (Fri.), 9:30 a.m. to 5:00 p.m.」: an English line ending in a time, or in a window's 「until」 after a
# date, whose date (or window's end) the wrap put at the start of the next line. The next line goes on the line above.
ENGLISH_TIME_END = re.compile(
    r"(?<![\w:])(?:\d{1,2}(?::\d{2})?\s?[ap]\.?\s?m\.?|(?:\d{1,2}:\d{2}\s)?noon|\d{1,2}:\d{2})"
    r"(?:\s?\(?(?:JST|local\stime|Japan\stime)\)?)?,?$",
    re.IGNORECASE,
)
ENGLISH_WINDOW_END = re.compile(r"\b(?:until|till|through|to)$|[-–~]$", re.IGNORECASE)
ENGLISH_DATE_START = re.compile(
    r"\s{0,16}(?:\(?(?:JST|Japan\stime)\)?,?\s)?(?:on\s)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s)?"
    rf"(?:{_EN_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_EN_MONTH},?\s\d{{4}})(?!\d)",
    re.IGNORECASE,
)
ENGLISH_DATE_ANY = re.compile(rf"(?:{_EN_MONTH}\s\d{{1,2}}|\d{{1,2}}\s{_EN_MONTH}),?\s\d{{4}}", re.IGNORECASE)
# a window's start ending a line, its end opening the next: 「from 01/06/2027 (Tue)」 over 「until 02/07/2027 (Fri) 23:59」
ENGLISH_FROM_DATE_END = re.compile(r"(?i:\bfrom\s[^()]{0,24}\d{4}(?:\s?\([a-z]{2,9}\.?\))?,?)$")
ENGLISH_UNTIL_START = re.compile(r"\s{0,48}(?i:until|till|through|to)\s(?=[^\n]{0,24}\d{4})")
ENGLISH_DATE_BELOW_MAX = 90  # characters of the line below joined, at most
# 「… Interviews will take place between Wednesday 9 and」 over 「Friday 11 June 2027, at City Hall …」, 「… will be held
# (…) between」 over 「2027/08/24 (Tue.) and 2027/08/26 (Thu.). …」: a window of days its 「between」 (「from」) opens at a
# line's end, its start there or on the line below, its end's date (with its year) on the line below
_EN_DAY_OF_MONTH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s(?:of\s)?{_EN_MONTH})?|{_EN_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?),?"
ENGLISH_RANGE_OPEN_END = re.compile(
    rf"(?i:\bbetween(?:\s{{1,3}}{EN_WEEKDAY},?\s{{1,3}}{_EN_DAY_OF_MONTH}\s{{1,3}}(?:and|[-–])"
    rf"|\s{{1,3}}{_EN_DAY_OF_MONTH}\s{{1,3}}(?:and|[-–]))?"
    rf"|\bfrom(?:\s{{1,3}}{EN_WEEKDAY},?)?\s{{1,3}}{_EN_DAY_OF_MONTH}\s{{1,3}}(?:to|until|till|through|[-–]))$"
)
ENGLISH_RANGE_END_START = re.compile(
    rf"\s{{0,16}}(?i:{EN_WEEKDAY},?\s)?(?:\d{{4}}[/.-]\d{{1,2}}[/.-]\d{{1,2}}(?!\d)|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}(?!\d))"
)
ENGLISH_RANGE_BELOW_MAX = 160  # characters of the line below joined to a window its line above opens, at most
# 「… will be informed by Wednesday,」 over 「17 September 2025.」, 「… between Wednesday」 over 「24 and Friday 26 September
# 2025」: a weekday ending a line, its day (or a range's first day) opening the next
# (a weekday's name or its short form, not a word that begins as one: 「months.」「Sundays.」「Friends,」)
ENGLISH_WEEKDAY_END = re.compile(
    r"(?i:\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?)$"
)
# 「Time-limit for the submission of comments: 5:00」 over 「p.m. Friday, October 30, 2026」: a time the wrap cut before
# its a.m./p.m., its date after it on the line below
ENGLISH_CLOCK_END = re.compile(r"(?<![\w:.,])\d{1,2}(?::\d{2})?$")
ENGLISH_AMPM_START = re.compile(r"\s{0,16}(?i:[ap]\.\s?m\.|[ap]m\b)")
ENGLISH_DAY_START = re.compile(
    rf"\s{{0,16}}(?:\d{{1,2}}(?:st|nd|rd|th)?\s{{1,3}}(?:(?:of\s)?{_EN_MONTH}|(?i:and|to)\s)|{_EN_MONTH}\s\d)", re.I
)


# 「… shortlisted applicants will be invited to present their plans in the week of」 over 「22 May. The prefecture …」,
# 「… must reach the Division no later than」 over 「3 June, and …」: a sentence wrapped after the word a year-less date
# needs before it (a deadline's or a week's, as ``EN_DEADLINE_BEFORE``), its day and month opening the next line
EN_DATE_WORD_END = re.compile(
    r"(?i:\b(?:by|until|till|before|(?:no|not)\slater\sthan|prior\sto|week\s(?:of|commencing|beginning|starting)|w/c))$"
)


# 「… two field missions (approximately October 2027 and」 over 「June 2028) and a final report due on …」: a bracket the line
# leaves open after a joining word, closed after the date that opens a line below it (a line a join above left empty
# may stand between): one sentence, the date inside the bracket no step's of its own under the paragraph above
EN_BRACKET_LEFT_OPEN = re.compile(r"\([^()]{0,120}\b(?:and|or|to|until|through)$")
EN_DATE_CLOSES_BRACKET = re.compile(
    rf"\s{{0,8}}(?:(?:early|mid|late)[\s-])?(?:{_EN_MONTH}\s(?:\d{{1,2}},?\s)?\d{{4}}|\d{{1,2}}\s{_EN_MONTH}\s\d{{4}})\)", re.I
)


def english_bracket_dates_below(lines: list[str]) -> list[str]:
    result = list(lines)
    for index in range(len(result) - 2):
        line = result[index].rstrip()
        if not line.endswith(("and", "or", "to", "until", "through")) or "(" not in line[-130:]:
            continue
        if not EN_BRACKET_LEFT_OPEN.search(line[-130:]):
            continue
        at = index + 1 if result[index + 1].strip() else index + 2
        below = result[at]
        if len(below.strip()) <= ENGLISH_DATE_BELOW_MAX * 2 and EN_DATE_CLOSES_BRACKET.match(below):
            result[index] = line + " " + below.strip()
            result[at] = ""
    return result


def english_dates_below(lines: list[str]) -> list[str]:
    result = list(lines)
    for index in range(len(result) - 1):
        line = result[index].rstrip()
        below = result[index + 1]
        if not line or not below or "|" in line:
            continue
        if (
            line[-1:] in ",ysYS."
            and ENGLISH_DAY_START.match(below)
            and len(below.strip()) <= ENGLISH_DATE_BELOW_MAX
            and ENGLISH_WEEKDAY_END.search(line[-12:])
        ):
            result[index] = line + " " + below.strip()  # 「… by Wednesday,」 over 「17 September 2025.」
            result[index + 1] = ""
            continue
        if not line[-1:].isalnum() and line[-1:] not in ".-–~)":
            continue
        if (
            line[-1:].isdigit()
            and ENGLISH_AMPM_START.match(below)
            and len(below.strip()) <= ENGLISH_DATE_BELOW_MAX
            and ENGLISH_CLOCK_END.search(line[-8:])
            and ENGLISH_DATE_ANY.search(below)
        ):
            result[index] = line + " " + below.strip()  # 「…: 5:00」 over 「p.m. Friday, October 30, 2026」
            result[index + 1] = ""
            continue
        # (each pattern below ends on a digit, a Latin letter or a mark: a line ending in kanji or kana (most) is
        # passed by without the searches; a digit of another script, 「ſ」 and 「K」 may still end one, as \d and (?i) read)
        if line[-1] > "\u017f" and line[-1] not in "–\u212a" and not line[-1].isdecimal():
            continue
        tail = line[-40:]
        if (
            ENGLISH_UNTIL_START.match(below)  # (the line below's start, matched in place, before the search of this end)
            and ENGLISH_FROM_DATE_END.search(tail)
            and len(below.strip()) <= ENGLISH_DATE_BELOW_MAX
        ):
            result[index] = line + " " + below.strip()  # 「… from 01/06/2027 (Tue)」 over 「until 02/07/2027 (Fri) 23:59」
            result[index + 1] = ""
            continue
        if (
            len(below.strip()) <= ENGLISH_RANGE_BELOW_MAX
            and (ENGLISH_DATE_START.match(below) or ENGLISH_RANGE_END_START.match(below))
            and ENGLISH_RANGE_OPEN_END.search(tail)
        ):
            result[index] = line + " " + below.strip()  # 「… between Wednesday 9 and」 over 「Friday 11 June 2027, …」
            result[index + 1] = ""
            continue
        if (
            line[-1:].isalpha()
            and len(below.strip()) <= ENGLISH_RANGE_BELOW_MAX  # (a line of prose, however wide its page)
            and ENGLISH_DAY_START.match(below)
            and EN_DATE_WORD_END.search(tail)
        ):
            result[index] = line + " " + below.strip()  # 「… in the week of」 over 「22 May. …」
            result[index + 1] = ""
            continue
        if len(below.strip()) > ENGLISH_DATE_BELOW_MAX or not ENGLISH_DATE_START.match(below):
            continue  # (no date opens the line below: this line's end is not searched)
        if ENGLISH_TIME_END.search(tail) or (ENGLISH_WINDOW_END.search(tail) and ENGLISH_DATE_ANY.search(line)):
            result[index] = line + " " + below.strip()
            result[index + 1] = ""
    return result


# 「| Time-limit for tender | 22 November 2027 (Mon), | 29 November 2027 (Mon), |」 over 「| | 5:00 p.m. | 4:30 p.m. |」:
# a pipe table with no rule between its rows whose date cells wrapped their time (or a window's end after 「to」) onto
# a line whose label cells are empty. Joined on the row's first line; the line below left empty.
CELL_TIME_ALONE = re.compile(
    r"(?:\d{1,2}(?::\d{2})?\s?[ap]\.?\s?m\.?|\d{1,2}:\d{2}|(?:12:00\s)?noon)(?:\s?\((?:JST|local time)\))?", re.IGNORECASE
)
CELL_DIGIT = re.compile(r"\d")
CELL_GOES_ON = re.compile(r"(?:,|\b(?:to|and|until|till|through)|~|～|-|–|から)$")


# 「Deadline for submitting requests for」 over 「clarification」, 「Answers will be posted on the website」 over 「and sent
# by e-mail no later than」 over 「23 December 2026」: a cell's words wrapped, the cell above left open on a joining word or
# the cell below opening on one
CELL_WORDS_OPEN = re.compile(r"(?i:\b(?:for|of|to|and|or|the|a|an|in|on|at|by|with|from|than|before|until)$)")
CELL_WORDS_GO_ON = re.compile(r"(?:and|or|to|by|of|for|with|in|on|at|from|than|before|until|no\slater|not\slater)\b")


def _cell_words_go_on(above: str, cell: str) -> bool:
    """Whether ``cell`` goes on with the words of the cell above it (``CELL_WORDS_OPEN``, ``CELL_WORDS_GO_ON``)."""
    return bool(above) and (CELL_WORDS_OPEN.search(above) is not None or CELL_WORDS_GO_ON.match(cell) is not None)


def _cell_goes_on(above: str, cell: str, first: bool) -> bool:
    """Whether a cell of the line below goes on with the cell above: empty, a time alone, after a cell left open
    (「5:00 p.m. JST,」 over 「Friday, 3 September 2027」), or the first cell's words wrapped (「Proposal submission」 over
    「deadline」), or a cell's words wrapped (``_cell_words_go_on``)."""
    if not cell:
        return True
    if first:
        return cell[:1].islower()
    return bool(above) and (
        CELL_TIME_ALONE.fullmatch(cell) is not None
        or CELL_GOES_ON.search(above) is not None
        or (cell[:1].islower() and _cell_words_go_on(above, cell))
        or (CELL_WORDS_OPEN.search(above) is not None and CELL_DIGIT.search(cell) is not None)
    )


# 「| 5 | Site briefing at the Hokuto | 10:00 a.m. (JST), Thursday, |」 over 「|   | Test Flume | 25 February 2027 |」:
# a row whose date cell stops open on a comma or a joining word (「…, Thursday,」「from 3 May to」「9:00 a.m. -」) and goes
# on below with its day: the lines below are that row's, whatever the label's wrapped words begin with
CELL_LEFT_OPEN = re.compile(r"(?:,|、|\b(?:to|and|until|till|through|from)|~|～|–|から)$")


def _date_cell_left_open(upper: list[str], lower: list[str]) -> bool:
    """Whether a cell of bar row ``upper`` that holds a digit stops open (``CELL_LEFT_OPEN``) and the cell below it goes
    on with a digit, no other cell of ``lower`` holding one: the lines are one row's, its cells wrapped."""
    open_cells = [
        column
        for column, (above, cell) in enumerate(zip(upper, lower))
        if column and CELL_DIGIT.search(above) and CELL_LEFT_OPEN.search(above) and CELL_DIGIT.search(cell)
    ]
    return bool(open_cells) and not any(CELL_DIGIT.search(cell) for column, cell in enumerate(lower) if column not in open_cells)


def _bar_cells(line: str) -> list[str] | None:
    """The cells of a row a table writes with bars, with or without a bar at its ends (「  4  | Step | Date」)."""
    if line.lstrip().startswith("|") and line.rstrip().endswith("|"):
        return _boxed_cells(line)
    if line.count("|") < 2 or len(line) > BOXED_ROW_MAX or RULE_LINE.fullmatch(line.strip()):
        return None
    return [cell.strip() for cell in line.split("|")]


# 「|質問の受付期限|令和9年1月20日(水)|電子メール|」 over 「||午後5時15分まで(必着)||」: a Japanese table without rules
# whose date's time its cell wrapped onto a line of its own, every other cell of that line empty
CELL_TIME_BELOW = re.compile(
    r"(?:午前|午後)?\s{0,2}(?:\d{1,2}\s{0,2}時(?:\s{0,2}\d{1,2}\s{0,2}分|半)?|\d{1,2}:\d{2}|正午)[^|]{0,16}"
)


def _japanese_time_below(upper: list[str], lower: list[str]) -> bool:
    """Whether bar row ``lower`` holds only the time of a day in ``upper`` (the rest of that cell), its cells else empty."""
    filled = [column for column, cell in enumerate(lower) if cell]
    return (
        len(filled) == 1
        and filled[0] > 0
        and CELL_TIME_BELOW.fullmatch(lower[filled[0]]) is not None
        and not DAY_CELL.search(lower[filled[0]])
        and DAY_CELL.search(upper[filled[0]]) is not None
        and not TIME_BELOW_CELL.search(upper[filled[0]])
    )


# 「├──┼──────┤」 / 「│2 │令和8年6月3日(水)から │」 / 「│  │令和8年6月10日(水) │」 / 「│  │17時00分まで │」 / 「├──┼…」: a
# box-drawn table's cell wrapped over three lines, a window's start, its end's day and the end's time, between two rules
# (each way from the line, RULED_ROW_LINES lines of the row at most)
def _between_rules(lines: list[str], index: int) -> bool:
    """Whether line ``index`` and the line below lie in one group of bar rows with a rule right above and below it."""
    top = index
    while top > 0 and index - top < RULED_ROW_LINES and _bar_cells(lines[top - 1]) is not None:
        top -= 1
    bottom = index + 1
    while bottom + 1 < len(lines) and bottom - index < RULED_ROW_LINES and _bar_cells(lines[bottom + 1]) is not None:
        bottom += 1
    return (
        top > 0
        and bottom + 1 < len(lines)
        and RULE_LINE.fullmatch(lines[top - 1]) is not None
        and RULE_LINE.fullmatch(lines[bottom + 1]) is not None
    )


def bar_cell_times_below(lines: list[str]) -> list[str]:
    """The lines with a time a bar row's cell wrapped onto the row below read back into its cell above, the row below
    left empty: an English table's (ASCII) rows, and a Japanese table's without rules whose row below holds only a
    day's time (``_japanese_time_below``); a ruled Japanese table's wrapped cells are ``wrapped_rows_joined``'s."""
    result = list(lines)
    for index in range(len(result) - 1):
        if "|" not in result[index] or "|" not in result[index + 1]:
            continue
        if not (result[index] + result[index + 1]).isascii():
            upper, lower = _bar_cells(result[index]), _bar_cells(result[index + 1])
            if upper is None or lower is None or len(upper) != len(lower) or not _japanese_time_below(upper, lower):
                continue
            if _between_rules(result, index):
                continue  # (a ruled table's cell wrapped over three lines: all its lines are ``wrapped_rows_joined``'s)
            joined = "|".join(above + cell for above, cell in zip(upper, lower))
            result[index] = "|" + joined + "|" if result[index].rstrip().endswith("|") else joined
            result[index + 1] = ""
            continue
        below = index + 1
        while below < len(result):  # (a cell wrapped over three lines: each joined on the row's first line)
            upper, lower = _bar_cells(result[index]), _bar_cells(result[below])
            if lower is None and upper is not None and not result[index].lstrip().startswith("|"):
                # (「1 | Deadline for requests for | 9 May」 over 「  | clarification |」: a row of a table with no bar at
                # its left end, its first cell empty and its last one too; no boxed row)
                lower = [cell.strip() for cell in result[below].split("|")] if result[below].count("|") >= 2 else None
            # (a date cell left open above, its day below: the label's wrapped words go on too, however they begin)
            open_row = upper is not None and lower is not None and len(upper) == len(lower) and _date_cell_left_open(upper, lower)
            if (
                upper is None
                or lower is None
                or len(upper) != len(lower)
                or len(upper) < 2
                or not any(lower[1:])
                or not all(
                    _cell_goes_on(above, cell, column == 0) or (open_row and not CELL_DIGIT.search(cell))
                    for column, (above, cell) in enumerate(zip(upper, lower))
                )
                or not any(
                    cell
                    and CELL_TIME_ALONE.fullmatch(cell)
                    or cell
                    and CELL_GOES_ON.search(above)
                    and CELL_DIGIT.search(cell)
                    or cell
                    and column
                    and cell[:1].isalnum()
                    and _cell_words_go_on(above, cell)
                    for column, (above, cell) in enumerate(zip(upper, lower))
                )
            ):
                break
            joined = " | ".join(f"{above} {cell}" if cell else above for above, cell in zip(upper, lower))
            indent = result[index][: len(result[index]) - len(result[index].lstrip())]
            result[index] = indent + ("| " + joined + " |" if result[index].rstrip().endswith("|") else joined)
            result[below] = ""
            below += 1
    return result


# A Word table saved as text: a cell of more than one paragraph puts its first lines on lines of their own above its
# row's line, which holds the cell's last line and the row's other cells: 「日程<TAB>内容<TAB>備考」 / 「令和9年7月1日(木)~」 /
# 「令和9年8月20日(金)<TAB>募集要項の配布<TAB>…」, 「令和9年7月9日(金)」 / 「午後5時まで<TAB>参加申込<TAB>…」. Lines of a date
# alone (no cells) between two rows of as many cells, the lower row's first cell going on with the date (a window's
# end after 「~」, the day's time): the cell's lines joined on its first line, the others left empty.
CELL_LINES_ABOVE = 2  # lines of a row's first cell above the row's line, at most
DATE_ALONE_LINE = re.compile(r"\s{0,8}(?:令和|平成|\d)[0-9年月日元/.()~:午前後時分から迄ま頃予定火水木金土祝曜 ]{0,40}")
CELL_WINDOW_OPEN = re.compile(r"(?:~|から)\s{0,2}$")


def _row_begun_above(lines: list[str], row: int) -> int | None:
    """The first line of row ``row``'s first cell when that cell began on the lines above, else None."""
    cells = lines[row].count("\t")
    first = row
    while first > row - CELL_LINES_ABOVE and first > 1 and DATE_ALONE_LINE.fullmatch(lines[first - 1]):
        first -= 1
    if first == row or lines[first - 1].count("\t") != cells or not lines[first - 1].strip("\t "):
        return None
    start = lines[row].lstrip()
    opened = CELL_WINDOW_OPEN.search(lines[row - 1]) is not None
    return first if (opened and DATE_START.match(start)) or (not opened and TIME_BELOW_CELL.match(start)) else None


# A Word table pasted as text whose row a stray paragraph mark cut in two between its cells: 「5<TAB>企画提案書提出期限
# <TAB>5月10日(月)」 / 「<TAB>12:00必着<TAB>持参又は郵送」. The row's first part has fewer cells than the rows around it;
# the next line starts with a tab and holds the rest of its cells (the two make up as many as a neighbouring row).
ROW_REST_MAX = 200  # characters of the row's rest, at most


def rows_cut_between_cells(lines: list[str]) -> list[str]:
    result = list(lines)
    for row in range(1, len(lines) - 1):
        rest = lines[row + 1]
        if rest[:1] != "\t" or "\t" not in lines[row] or lines[row][:1] == "\t" or len(rest) > ROW_REST_MAX:
            continue
        cells = lines[row].count("\t") + rest.count("\t")
        above = lines[row - 1].count("\t")
        below = lines[row + 2].count("\t") if row + 2 < len(lines) else 0
        if lines[row].count("\t") < cells and cells in (above, below) and result[row] == lines[row]:
            result[row] = lines[row] + rest
            result[row + 1] = ""
    return result


# A spreadsheet pasted as text whose cell holds a line break: 「<TAB>(5) 申請書類の受付<TAB>8月16日(月)～8月27日(金)」 /
# 「午前9時～午後5時<TAB>8月16日(月)～8月20日(金)」 / 「午前9時～午後5時」. The row's first line has fewer cells than the
# row above it; the next line, not begun with a tab, holds the broken cell's rest and the cells after it (the two make up
# as many as the row above; its first cell names no step), a line of no cells after them the last cell's rest; the next
# row is whole again below.


def cells_broken_inside(lines: list[str]) -> list[str]:
    result = list(lines)
    for row in range(1, len(lines) - 1):
        rest, cells = lines[row + 1], lines[row - 1].count("\t")
        if "\t" not in rest or rest[:1] == "\t" or not rest.strip() or len(rest) > ROW_REST_MAX:
            continue
        first = lines[row].count("\t")
        if not first or first >= cells or first + rest.count("\t") != cells or result[row] != lines[row]:
            continue
        if kind_of(rest.split("\t", 1)[0].strip()):
            continue  # (「参加申込書の提出期限<TAB>7月1日」 over 「資格確認結果の通知<TAB>7月7日」: rows short a mark's cell each)
        joined, end = lines[row].rstrip() + " " + rest.strip(), row + 1
        tail = lines[row + 2] if row + 2 < len(lines) else ""
        if tail.strip() and "\t" not in tail and len(tail) <= ROW_REST_MAX and row + 3 < len(lines):
            if lines[row + 3].count("\t") == cells:
                joined, end = joined + " " + tail.strip(), row + 2
        if end + 1 >= len(lines) or lines[end + 1].count("\t") != cells:
            continue  # (rows each short a blank last cell, 「01 公告<TAB>1月14日」 over 「02 閲覧<TAB>1月14日<TAB>1月27日」)
        result[row] = joined
        for index in range(row + 1, end + 1):
            result[index] = ""
    return result


def cells_begun_above(lines: list[str]) -> list[str]:
    result = list(lines)
    for row in range(2, len(lines)):
        if "\t" not in lines[row] or "\t" in lines[row - 1] or not lines[row - 1].strip() or lines[row][:1] == "\t":
            continue
        first = _row_begun_above(lines, row)
        if first is not None:
            result[first] = "".join(line.strip() for line in lines[first:row]) + lines[row].lstrip()
            for index in range(first + 1, row + 1):
                result[index] = ""
    return result


def _past_page_header(result: list[str], at: int, broken: re.Match, index: int) -> int:
    """The line after a running header seen on this page only (「令和8年度 …入札説明書」 under 「- 2 -」), when the rest
    of the date cut at line ``index`` begins it, blank lines between; ``at`` (the header's line) otherwise."""
    above = at - 1
    while above > index and not result[above].strip():
        above -= 1
    if not PAGE_MARK.fullmatch(result[above].strip()) or WRAP_START[broken.lastgroup].match(result[at].strip()):
        return at  # (no page's number right above it, or no header: the date's rest itself)
    below = at + 1
    while below < len(result) and below - at <= WRAP_SKIP and not result[below].strip():
        below += 1
    if below < len(result) and WRAP_START[broken.lastgroup].match(result[below].strip()):
        return below
    return at


def rejoin_wraps(lines: list[str]) -> list[str]:
    result = list(lines)
    repeated: set[str] | None = None
    headers: set[str] | None = None
    index = 0
    while index < len(result) - 1:
        line = result[index].rstrip()
        last = line[-1:]
        if last not in _REJOIN_LAST and not last.isdigit():  # (most lines; an empty one too: no branch reads it)
            index += 1
            continue
        if (
            (line.endswith((")", "時", "分", "午")) or line[-1:].isdigit())
            and len(line) <= 200
            and ("自" in line or "開始" in line or "始期" in line)  # (FROM_OPEN's words: a line without them not searched)
            and FROM_OPEN.search(line)
        ):
            until = TO_START.match(result[index + 1])
            if until:  # 「期間 自 10月5日(月)」 / 「至 10月16日(金) 午後5時まで」: one window
                result[index] = line + "~" + result[index + 1][until.end() :]
                result[index + 1] = ""
                index += 2
                continue
        if line[-1:] in WINDOW_END_AFTER and _window_end_below(line, result[index + 1]):
            result[index] = line + result[index + 1].strip()  # 「令和元年7月16日（火）」 / 「～8月23日（金）」: one window
            result[index + 1] = ""
            index += 2
            continue
        if line and line[-1] in "-−–—‐―~" and MINUS_OPEN.search(line[-24:]) and END_ALONE.fullmatch(result[index + 1].strip()):
            result[index] = line + result[index + 1].strip()  # 「令和10年5月15日(月) −」 / 「5月26日(金)」: one window
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
        skipped = blank = 0  # (the page's footer and header stepped over, and the blank lines around them)
        while (
            following < len(result)
            and following - index - blank <= WRAP_SKIP
            and broken is not None
            and (
                PAGE_MARK.fullmatch(result[following].strip())  # (「― 3 ―」 centred: indented deeper than a mark's)
                or result[following].strip() in (repeated := _repeated_lines(lines) if repeated is None else repeated)
                or (not result[following].strip() and blank < WRAP_SKIP)  # (pdftotext's blank lines round a footer)
            )
        ):
            blank += not result[following].strip()
            skipped += bool(result[following].strip())
            following += 1
        if blank and not skipped:
            following = index + 1  # (a blank line alone: the writer's, no page break)
        header_at = None
        if skipped and following < len(result) and len(result[following]) <= PAGE_HEADER_MAX:
            past = _past_page_header(result, following, broken, index)
            header_at, following = (following if past != following else None), past
        while (  # 「…募集要項 2」: a running header with the page's number, between the two halves of the date
            following < len(result)
            and following - index <= WRAP_SKIP
            and broken is not None
            and (result[following].strip() in (headers := _paged_headers(lines) if headers is None else headers))
        ):
            following += 1
        if following >= len(result):
            break
        start = result[following].strip()
        heading = broken is not None and broken.lastgroup == "month" and _month_heading(line, result, following)
        if (broken is not None and WRAP_START[broken.lastgroup].match(start) and not heading) or (
            window_open is not None and DATE_START.match(start) and ("まで" in start[:40] or end_cut_above(result, following))
        ):
            result[index] = line + start
            result[following] = ""
            if header_at is not None:
                result[header_at] = ""  # (the page's running header: no words of the page)
        index += 1
    return result


def end_cut_above(lines: list[str], index: int) -> bool:
    """「３月１日（月）から」 over 「３月２６日（金）午」 / 「後５時まで（当初３」: the end of a window on line ``index``, its time
    cut by a narrow screen's wrap (its last character one a date is cut after, ``CUT_LAST``) and its 「まで」 on the line
    below (joined later, with the window's start)."""
    line = lines[index].rstrip()
    return index + 1 < len(lines) and line[-1:] in CUT_LAST and "まで" in lines[index + 1][:CUT_SIDE]


# A date or a time cut at any point by a hard wrap the text is not read as wrapped for (few lines reach one width, or
# the widths vary: a PDF text layer of a narrow column, a fax's OCR, a mail body): 「令和8年6」 / 「月1日(月)午後5時」,
# 「2026年6月1」 / 「0日」, 「6月10日(」 / 「水)」, 「午後」 / 「5時15分」, 「17:」 / 「00」, 「午後5時」 / 「までに」,
# 「6月1日から」 / 「6月30日まで」. The last characters of a line and the first of the next are read together: when two
# neighbouring parts of a date or a time straddle the break (a number and its unit, 年 and its month, a day and its
# weekday, 午前 and its hour, an hour and its minutes, a date and the 「まで」 it ends in), the next line goes on the
# line above. A number over a line that starts with a number (a table's rows, a list of amounts), 「令和8年度」 or a
# whole date over an item of its own (「(2) 場所」) straddle nothing.
CUT_SIDE = 14  # characters of the line above read with the next line's first (twice as many: a window's end)
CUT_LAST = set(
    "0123456789年月日(火水木金土祝曜)午前後時分正:~ら和成令平昭かま上中下初"
)  # (「…から令」 / 「和8年…」: an era cut; 「8月3日(月)か」 / 「ら8月14日(金)まで」, 「午後5時ま」 / 「で」: a narrow
# cell's 「から」 or 「まで」 cut, pdftotext giving the cell one line at a time; 「令和8年7月下」 / 「旬」: a viewer's copy
# hard-wrapped inside a part of a month)  # a line's last character that can leave a date cut
# (「Deadline: 10 June」 / 「2027, 5:00 p.m.」「June 10,」 / 「2027」: an English date cut before its year, after the last
# letter of a month's name or its dot or comma; the line below goes on after a space)
EN_CUT_LAST = frozenset("yhletrnbgpvc.,")
_EN_MONTH_CUT = _EN_MONTH.replace(r"\b", "")
CUT_LAST |= EN_CUT_LAST
CUT_CHAIN_MAX = 4  # lines a date cut again and again goes on over, at most (a narrow column's 「令和8年6」 / 「月1日(月)午」 / …)
CUT_UNITS = set("年月日時分")
CUT_INDENT = 2  # spaces before the rest of a date cut, at most (an item's text indented under its number)
CUT_FIRST = set("0123456789年月日(火水木金土祝曜)午前後時分正:ま迄頃か~令平和成らで旬")  # and the next line's first
CUT_INSIDE = (  # a number cut from its unit or from the rest of its digits
    re.compile(r"(?<!\d)(?:(?:令和|平成|昭和)\d{1,2}|[12]\d{3})年\d{0,2}"),  # 「令和8」 / 「年」, 「2026年」 / 「6月」
    re.compile(r"年\d{1,2}月"),
    re.compile(r"(?<!\d)\d{1,2}月\d{1,2}日"),
    re.compile(r"\d日?\([月火水木金土日祝][^()]{0,5}\)"),  # 「10日」 / 「(水)」, 「(」 / 「水)」, 「(水」 / 「曜日)」
    re.compile(r"午[前後]?\d{0,2}(?:[前後]|\d[時:])|正午"),  # 「午」 / 「後5時」, 「午後」 / 「5時」, 「午後1」 / 「0時」
    re.compile(r"(?<!\d)\d{1,2}時(?:\d{1,2}分|半)"),
    re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?!\d)"),
    re.compile(r"(?:\)|~|から)\d{1,2}[時:]"),  # 「(水)1」 / 「7時」, 「9時~1」 / 「7時」
    re.compile(r"\d月[上中下初]旬"),  # 「7月下」 / 「旬」
    # 「10 June」 / 「2027」, 「June 10,」 / 「2027」: an English date's year cut from its day and month (read without the
    # space the join puts between)
    re.compile(
        rf"(?i:(?<!\w)\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_EN_MONTH_CUT},?\s?|(?<!\w){_EN_MONTH_CUT}\s\d{{1,2}}"
        r"(?:st|nd|rd|th)?,\s?)[12]\d{3}(?!\d)"
    ),
)
# two whole parts of a date or a time, one on each line: 「6月10日」 / 「(水)」, 「(水)」 / 「午後5時」, 「午後5時」 / 「まで」.
# Over a table's row (cells parted by tabs or bars) a line ends a row: the next row's first cell is no part of its date.
CUT_BETWEEN = (
    re.compile(r"(?:\d日|\))(?:午[前後]|正午|\d{1,2}[時:])"),
    re.compile(r"(?:\d日|\)|\d[時分]|正午)(?:まで|迄|頃)"),
    re.compile(r"(?:\d日|\)|\d[時分]|正午)(?:から|~)(?:午[前後])?\d{1,2}[時:]"),  # 「午前9時」 / 「から午後5時まで」
    # a window's end 「6月1日から」 / 「6月30日まで」 (a cell a line, 「13時から」 over the next row's 「12月下旬」, ends in none;
    # a line ends in a dash only inside a window)
    re.compile(
        r"(?:日|\)|\d[時分月]|正午)から(?:令和|平成|[12]\d{3}年|\d{1,2}月|\d{1,2}日)[^~から]{0,16}?(?:まで|迄)"
        r"|(?:\d日|\)|\d[時分]|正午)~(?:令和|平成|[12]\d{3}年|\d{1,2}月\d{1,2}(?:日|$)|\d{1,2}日|R\d{1,2}\.|\d{1,2}[./]\d{1,2}(?![\d./]))"
    ),  # (「6月15日(月)~」 / 「6月26」 / 「日(金)」: the end's day cut again on the next line, a narrow column's;
    # 「R8.3.16(月)~」 / 「3.27(金)」: a flow's box, its window's end in dots on the line below)
    re.compile(r"日~(?:令和|平成|[12]\d{3}年)"),  # 「契約日~」 / 「令和10年12月28日(木)」: a term from a named day, cut
)


def _date_cut(tail: str, head: str) -> bool:
    """Whether a date or a time is cut between ``tail`` (the end of a line) and ``head`` (the start of the next)."""
    if not head:
        return False
    window = tail[-CUT_SIDE:] + head[: CUT_SIDE + CUT_SIDE]
    cut = min(len(tail), CUT_SIDE)
    if "\t" in head or "|" in head:  # (a line under a numbered heading's tab, 「3.2.1<TAB>交付期間 …」, is no row)
        if tail.endswith(")"):
            return False  # (「8月6日(金)」 over 「17時まで<TAB>…」: the row of the dates' times)
        spans = CUT_INSIDE
    else:
        spans = CUT_INSIDE + CUT_BETWEEN
    return any(cut > match.start() and cut < match.end() for span in spans for match in span.finditer(window))


def _cut_head(line: str, below: str) -> str:
    """The start of the line below a date cut in ``line``: 「令和12年9月30」 / 「 日 ( 月 ) まで」 (a text that spaces a
    date's parts, or a narrow column's indent) goes on with its unit, the next number run onto it (「から 9」 /
    「 月 2日」 as 「月2日」); "" when it starts no part of a date."""
    if below[:1] == " " and line[-1:].isdigit() and below.lstrip(" ")[:1] in CUT_UNITS and below[:3].strip():
        head = below.lstrip(" ")  # (「から 9」 / 「 月 2日」: the unit's number spaced from it, as the line above left it)
        return _SPACE_IN_NUMBER.sub("", line[-1] + head)[1:] if " " in head[:4] else head
    if rest := _ampm_rest(line, below):
        return rest  # (「(水)午」 / 「    後5時まで」: the column's indent before the rest of 午後)
    if below[:1] == " " and line[-1:].isdigit():
        head = below.lstrip(" ")  # (「 令和9年7月20日(火)午後5時1」 / 「 5分(持参…」: a number cut, the item's text indented)
        return head if head[:1].isdigit() and len(below) - len(head) <= CUT_INDENT else ""
    return below if below[:1] in CUT_FIRST else ""


# 「2028.01.11」 / 「更新」: a page's own day, a phone's layout putting the word that says so on a line of its own
STAMP_WORDS = frozenset(("更新", "掲載", "公開", "更新日", "掲載日", "公開日", "登録"))
BARE_DAY_LINE = re.compile(r"(?:(?:令和|平成)\d{1,2}|[12]\d{3})\s{0,2}[年./]\s{0,2}\d{1,2}\s{0,2}[月./]\s{0,2}\d{1,2}\s{0,2}日?")


# A social post's footer, the moment it was posted, on a line of its own: 「午前10:03 · 2027年6月1日」 (X in Japanese),
# 「14:05 · 2027年6月1日 · Twitter Web App」, 「10:03 AM · Jun 1, 2027 · 1,204 Views」 (in English), 「3:40 PM · 1 Jun 2027」
_POST_CLOCK = r"(?:午[前後]\s?)?\d{1,2}:\d{2}(?:\s?(?i:[ap]\.?m\.?))?"
_POST_DAY = (
    r"(?:20\d{2}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?日|(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2},?\s20\d{2}"
    r"|\d{1,2}\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?\s20\d{2})"
)
POST_FOOTER_LINE = re.compile(
    rf"\s{{0,8}}{_POST_CLOCK}\s{{0,2}}[·・]\s{{0,2}}(?:{_POST_DAY})(?:\s{{0,2}}[·・]\s{{0,2}}[^\d\s][^\n]{{0,40}}|\s{{0,2}}[·・]\s{{0,2}}[\d,.]{{1,12}}\s?[^\s\d][^\n]{{0,20}})?\s*"
)


# A flyer's day set as stacked tokens, each on a line of its own: 「6.21」 / 「THU」 / 「10:30-12:00」. The month.day with
# a dot is read as a day only with the English weekday after it (``MONTH_DAY_DOT``), so the weekday's line, and the
# clock time's line after it, go on the day's line; a figure alone over other words stays as it is.
STACKED_DAY = re.compile(r"\s{0,8}\d{1,2}\.\d{1,2}\s{0,4}")
STACKED_WEEKDAY = re.compile(rf"\s{{0,8}}(?i:{EN_WEEKDAY})\s{{0,4}}")
STACKED_CLOCK = re.compile(rf"\s{{0,8}}{CLOCK_UNNAMED}(?:\s{{0,2}}[-~]\s{{0,2}}{CLOCK_UNNAMED})?\s{{0,4}}")


def stacked_flyer_days(lines: list[str]) -> list[str]:
    result = None
    for index in range(len(lines) - 1):
        if len(lines[index]) > 16 or not STACKED_DAY.fullmatch(lines[index]) or not STACKED_WEEKDAY.fullmatch(lines[index + 1]):
            continue
        result = result or list(lines)
        end = index + 3 if index + 2 < len(lines) and STACKED_CLOCK.fullmatch(lines[index + 2]) else index + 2
        result[index] = " ".join(line.strip() for line in lines[index:end])
        result[index + 1 : end] = [""] * (end - index - 1)
    return result or lines


# 「公募期間」 / 「6.1 FRI」 / 「▼」 / 「7.20 FRI 17:00 必着」: a flyer's period drawn downwards, its first day over an arrow
# pointing down to its last (「公募期間 6.1 FRI」 / 「▼ 7.20 FRI 17:00 必着」 when the page was run onto one line and cut
# back at the arrow). Under a label of a period the arrow is the window's 「~」: the last day goes on the first's line.
DOWN_ARROWS = "↓⇓⬇⇩"  # an arrow pointing down (a flow's turn to its next step, a step's old date over its new one)
DOWN_ARROW_MARKS = DOWN_ARROWS + "▼▽"  # (a flyer's triangles pointing down as well)
DOWN_ARROW = re.compile(rf"\s{{0,8}}[{DOWN_ARROW_MARKS}]\s{{0,4}}")
PERIOD_LABEL_REACH = 12  # characters before a period's first day its label ends within
PERIOD_LABEL_END = re.compile(r"期間\s{0,2}[:：]?\s{0,4}$")


def _period_first_day(lines: list[str], index: int) -> bool:
    """``lines[index]`` ends in one day (no window) after a period's label, on its line or alone under it."""
    line = lines[index]
    if len(line) > BOXED_ROW_MAX:
        return False
    mentions = find_mentions(line)
    if len(mentions) != 1 or mentions[0].range_start or DAY_ALONE_REST.fullmatch(line[mentions[0].end :]) is None:
        return False
    before = line[: mentions[0].start]
    if not before.strip() and index:
        before = lines[index - 1]
    return PERIOD_LABEL_END.search(before) is not None


def period_arrow_windows(lines: list[str]) -> list[str]:
    result = None
    for index in range(len(lines) - 1):
        arrow = DOWN_ARROW.match(lines[index + 1])
        if arrow is None or "期間" not in lines[index - 1 if index else 0] + lines[index]:
            continue
        below = lines[index + 1]
        end, last = (
            (index + 1, below[arrow.end() :])
            if arrow.end() < len(below)
            else (index + 2, lines[index + 2] if index + 2 < len(lines) else "")
        )
        if not (DATE_START.match(last.strip()) or STACKED_DAY.match(last)) or not _period_first_day(lines, index):
            continue
        result = result or list(lines)
        result[index] = f"{lines[index].rstrip()} ~ {last.strip()}"
        result[index + 1 : end + 1] = [""] * (end - index)
    result = result or lines
    arrows = [index for index, line in enumerate(result) if "期間" in line and any(mark in line for mark in DOWN_ARROW_MARKS)]
    if arrows:
        result = list(result)
        for index in arrows:
            result[index] = _period_arrow_read(result[index])
    return result


def _period_arrow_read(line: str) -> str:
    """「公募期間 6.1 FRI ▼ 7.20 FRI 17:00 必着」 on one line: the arrow between a period's two days read as 「~」."""
    mentions = find_mentions(line)
    pieces, at = [], 0
    for first, last in zip(mentions, mentions[1:]):
        if (
            not first.range_start
            and DOWN_ARROW.fullmatch(line, first.end, last.start)
            and PERIOD_LABEL_END.search(line[max(0, first.start - PERIOD_LABEL_REACH) : first.start])
        ):
            pieces += [line[at : first.end], " ~ "]
            at = last.start
    return "".join(pieces) + line[at:] if pieces else line


def date_cuts_joined(lines: list[str], source: list[str] | None = None) -> list[str]:
    """``source``: the lines as written, whose lines an earlier stage read onto the line above (left empty) are passed
    over (「令和10年1月」 / 「19日(水)」 / 「午後5時」: the day's rest joined, the time then on the next line written)."""
    result = list(lines)
    for index in range(len(result) - 1):
        line = result[index].rstrip()
        if not line or line[-1] not in CUT_LAST:
            continue
        following = index + 1
        while source and following < min(len(result), len(source)) - 1 and not result[following] and source[following].strip():
            following += 1
        if following < len(result) and result[following].strip() in STAMP_WORDS and BARE_DAY_LINE.fullmatch(line.strip()):
            result[index], result[following] = f"{line} {result[following].strip()}", ""  # 「2028.01.11」 / 「更新」
            continue
        while following < len(result) and following - index <= CUT_CHAIN_MAX and line[-1:] in CUT_LAST:
            if "·" in result[following] and POST_FOOTER_LINE.fullmatch(result[following]):
                break  # (「・プレゼン審査：5/8(月)」 / 「午前10:03 · 2028年4月3日」: the post's footer, no time of its day)
            head = _cut_head(line, result[following])
            if not _date_cut(line, head) or (line[-1] == "月" and _month_heading(line, result, following)):
                break  # (「2027年2月」 over days each beginning a line: a month heading, no cut date)
            space = " " if line[-1] in EN_CUT_LAST else ""  # (an English date's words spaced)
            line = (line + space + head).rstrip()  # (it may end in a date cut again: 「令和8年6」 / 「月1日(月)午」 / 「後5時」)
            result[index] = line
            result[following] = ""
            following += 1
    return result


# A date in kanji numerals cut by a short line (vertical text read across, a narrow column): 「令和九年六月二十一」 /
# 「日（月）正午まで」, 「令和九年六月」 / 「二十一日」, 「午前」 / 「十時」, 「二十」 / 「一日」. Each line alone leaves the numeral
# at the break as it is written (it reads a numeral only with its unit and what stands before); the next line goes on
# the line above when the two read together make that numeral a part of a date or a time (``kanji_dates``).
KANJI_NUMERALS = frozenset("〇一二三四五六七八九十")
KANJI_AFTER = frozenset("年月日時和前後午")  # a line's last character a numeral on the next line can go on
KANJI_UNITS = frozenset("年月日時分")
KANJI_ERA_CUT = {"令": "和", "平": "成"}  # an era's name cut after its first letter, and the letter the next line opens with
KANJI_INDENT = 3  # spaces before the next line's numeral or unit, at most (an indented column)
AMPM_CUT_INDENT = 8  # spaces before the rest of a 午前 or 午後 cut after its 午, at most


def _ampm_rest(line: str, below: str) -> str:
    """The rest of a 午前 or 午後 that ``line`` cut after its 午 (「(水)午」 / 「    後5時まで」, a column's indent before
    it), as the line below starts it; "" when ``line`` cuts none (the date cut's and the kanji cut's joins ask alike)."""
    head = below.lstrip(" ")
    return head if line.endswith("午") and head[:1] in ("前", "後") and len(below) - len(head) <= AMPM_CUT_INDENT else ""


def _kanji_cut(line: str, below: str) -> str | None:
    """``line`` with ``below`` on it, the numeral at the break read as a part of a date; None when it is not."""
    head = below.lstrip(" ")
    if _ampm_rest(line, below):
        # 「六月十六日(水)午」 / 「　　　　後五時まで」: 午前 or 午後 cut after its first letter, the column's indent before
        # the rest (a line ends in a bare 午 only so)
        joined = kanji_dates(line + head)
        return joined if joined[: len(line)] == line and joined[len(line) + 1 : len(line) + 2].isdigit() else None
    if not head or len(below) - len(head) > KANJI_INDENT or "\t" in below or "|" in below:
        return None
    if line[-1] in KANJI_ERA_CUT:  # 「…本公告の日から令」 / 「和九年七月二十八日まで」: the era's name cut after its first letter
        if head[:1] != KANJI_ERA_CUT[line[-1]] or head[1:2] not in KANJI_NUMERALS and head[1:2] != "元":
            return None
        joined = kanji_dates(line + head)
        return joined if joined[: len(line)] == line and joined[len(line) + 1 : len(line) + 2].isdigit() else None
    tail = len(line) - len(line.rstrip("〇一二三四五六七八九十"))
    if not (head[0] in KANJI_NUMERALS or (tail and head[0] in KANJI_UNITS)):
        return None
    joined = kanji_dates(line + head)
    start = len(line) - tail
    return joined if joined[:start] == line[:start] and joined[start : start + 1].isdigit() else None


def kanji_cuts_joined(lines: list[str]) -> list[str]:
    result = list(lines)
    for index in range(len(result) - 1):
        line = result[index].rstrip()
        following = index + 1
        while (
            line
            and following < len(result)
            and following - index <= CUT_CHAIN_MAX
            and (line[-1] in KANJI_NUMERALS or line[-1] in KANJI_AFTER or line[-1] in KANJI_ERA_CUT)
            and "\t" not in line
        ):
            joined = _kanji_cut(line, result[following])
            if joined is None:
                break
            line = joined.rstrip()
            result[index] = line
            result[following] = ""
            following += 1
    return result


# a line that ends with a day (its weekday), an hour or a part of a month, and the next line the window's end 「~8月23日」
# (「令和十一年二月十四日（水）」 / 「から同月二十日（火）午後五時まで」: its 「から」 wrapped onto the end's line)
DAY_ENDS = re.compile(r"(?:\d\s{0,2}日\s{0,2}(?:\([^()]{1,6}\))?|\d\s{0,2}[時分]|\d\s{0,2}:\s{0,2}\d{2}|[上中下初]旬)$")
WINDOW_END_AFTER = set(")日時分旬0123456789")
# the last characters of a line some branch of ``rejoin_wraps`` reads (a digit too): any other line goes on as it is
_REJOIN_LAST = frozenset(")時分午") | WINDOW_END_AFTER | frozenset("-−–—‐―~") | WRAP_LAST
WINDOW_END_LINE = re.compile(
    r"\s{0,8}(?:(?:午前|午後)?\d{1,2}(?:時(?:\d{1,2}分)?|:\d{2})\s{0,4})?(?:~|から)\s{0,4}(?:令和|平成|\d{4}\s{0,2}年|\d{1,2}\s{0,2}月\s{0,2}\d|\d{1,2}\s{0,2}日|同[月日])"
)


def _window_end_below(line: str, below: str) -> bool:
    if len(line) > 120 or len(below) > 120 or "\t" in line or "|" in line or "\t" in below or "|" in below:
        return False
    if WINDOW_END_LINE.match(below) is None or DAY_ENDS.search(line) is None:
        return False
    # (「から」 opening the next line: a sentence's window wrapped, not a date's cell over the next row's)
    return below.lstrip()[:2] != "から" or CELL_DATE.match(line.strip()) is None


def _month_heading(line: str, lines: list[str], following: int) -> bool:
    """「◆ 2027年1月」 over several lines that begin with a day: a month heading (month_headed_blocks), not a
    date broken at the end of the line."""
    heading = line.strip(MONTH_HEADING_MARKS)
    # (a calendar's month view or agenda pasted unindented, 「2027年2月」 over 「10日(水) 12:00 …」「17日(水) 14:00 …」:
    # the line holds the month alone and the two lines under it each begin with a day, no wrap's one rest of a date)
    return (
        bool(MONTH_CELL.fullmatch(heading))
        and following + 1 < len(lines)
        and (lines[following][:1] in (" ", "\t", "\u3000") or (line.strip() == heading and DAY_LINE.match(lines[following])))
        and DAY_LINE.match(lines[following + 1]) is not None
    )


def _repeated_lines(lines: list[str]) -> set[str]:
    """Lines found three times or more (a page's running header)."""
    counts = collections.Counter(text for text in map(str.strip, lines) if text and len(text) <= 120)
    return {text for text, count in counts.items() if count >= 3}


# 「楓ヶ丘村…業務 企画提案募集要項 2」: a running header whose words stand on two pages at least, each time with
# another page's number after them (a bare number, 「- 2 -」, 「2/7」, 「2ページ」)
PAGED_HEADER = re.compile(r"(?P<head>\S[^\t|]{5,80}?)\s{1,8}(?P<page>\d{1,3}|" + PAGE_MARK_BODY + r")\s{0,8}")


def _paged_headers(lines: list[str]) -> set[str]:
    """Lines of a running header with its page's number (stripped): the same words, other numbers."""
    pages: dict[str, dict[str, str]] = collections.defaultdict(dict)
    for line in lines:
        text = line.strip()
        if text[-1:].isdecimal() and len(text) <= 120:
            match = PAGED_HEADER.fullmatch(text)
            if match:
                pages[match["head"]][match["page"].strip()] = text
    return {text for numbered in pages.values() if len(numbered) >= 2 for text in numbered.values()}


# A table laid out with spaces (「日付      曜日  時刻     内容」): cells parted by two spaces or more.
# (the first space alone, then the rest: a fast scan for a space, not the run tried at every place)
_GAP = re.compile(r"[ \t\u3000][ \t\u3000]+")
_NORMAL_GAP = re.compile(r"[ \t][ \t]+")
_INDENT_ONE = (" ", "\t", "\u3000")  # a space a line opens with
SPACED_CELLS = 3  # a row of a space-aligned table has this many cells at least
SPACED_ROW_MAX = 400  # a longer line is prose or a page run together, not a row


def _cell_starts(line: str) -> list[int]:
    """Where each cell of a line starts, in display columns (a full-width character is two)."""
    text = line.rstrip()
    if not _GAP.search(text):  # one cell (most lines)
        return [0] if text else []
    cells = _spaced_cells(text)
    return [cells[i][0] for i in _letters_joined([cell for _, cell in cells])]


# 「(1)日　　時　　令和8年2月19日」「(2)場　　所　　本庁舎」: a key's letters spread out to line up with the keys
# below, one word (its letters are no cells of a table)
_LONE_LETTER_END = re.compile(r"(?:^|[\s(（)）])[一-龥]$")
_ONE_LETTER = re.compile(r"[一-龥]")
WEEKDAYS = "月火水木金土日"


def _letters_joined(cells: list[str]) -> list[int]:
    """The cells that start a cell once the key a row starts with has its spaced-out letters as one word again: a
    cell of one kanji after a first cell that ends with a kanji standing alone goes on with it."""
    # (「月  火  水」: a calendar's weekdays are cells)
    lone = bool(cells) and _LONE_LETTER_END.search(cells[0].rstrip()) is not None and cells[0].strip() not in WEEKDAYS
    starts = [0] if cells else []
    for index in range(1, len(cells)):
        if lone and _ONE_LETTER.fullmatch(cells[index].strip()):
            continue
        lone = False
        starts.append(index)
    return starts


def _width(text: str) -> int:
    if text.isascii():
        return len(text)
    if _BEYOND_THE_PLANE.search(text):
        return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
    return 2 * len(text) - len(text.translate(_narrow_kept()))  # (each wide character counted twice)


@functools.cache
def _narrow_kept() -> list[int | None]:
    """A ``str.translate`` table of the Basic Multilingual Plane that drops the wide characters (those
    ``_fold_tables`` reads as wide) and keeps the rest."""
    return [None if unicodedata.east_asian_width(chr(code)) in "WF" else code for code in range(0x10000)]


_BEYOND_THE_PLANE = re.compile("[\U00010000-\U0010ffff]")


def _aligned(above: list[int], below: list[int]) -> bool:
    """Two rows of one table: two cell starts in common at least (within a display column)."""
    return sum(any(abs(a - b) <= 1 for b in below) for a in above) >= 2


def spaced_columns_as_tabs(source: list[str], lines: list[str]) -> list[str]:
    """Rows of a space-aligned table (two rows or more of three cells or more whose columns line up, with at
    most SPACED_NEAR lines between them: a row's wrapped text, a rule) as tab rows. A row of the table whose
    cells ran together (one space between two of them) is cut where the table's other rows start a cell."""
    starts = [
        # (a line an earlier stage emptied or rewrote, having read it, is no row: a boxed calendar's wrapped cell)
        # (a gap is two spaces, or a full-width one and another: a line without either is one cell, as
        # ``_cell_starts`` finds it, told without the call)
        (_cell_starts(line) if "  " in line or "\u3000" in line else [0] if line.rstrip() else [])
        if len(line) <= SPACED_ROW_MAX
        and "\t" not in line
        and "|" not in normal
        and "│" not in line
        and (normal or not line.strip())
        else []
        for line, normal in zip(source, lines)
    ]
    rows = [len(found) >= SPACED_CELLS and not RULE_LINE.fullmatch(line) for found, line in zip(starts, lines)]
    result = list(lines)
    converted = []
    blank: dict[int, list[int]] = {}  # the display columns a converted row leaves blank before its first cell
    written = [0]  # the lines with words before each line (pdftotext -layout: a blank line between rows, counted none)
    if any(rows):  # (read by the rows only: a text without one, the most, counts none)
        for line in source:
            written.append(written[-1] + bool(line.strip()))
    # (a row whose cell opens a window, 「令和8年6月8日(月)から」: the window's end and its daily hours wrap under it, a
    # line more than a row's wrapped text)
    opening = {index for index, row in enumerate(rows) if row and _window_opened(lines[index])}
    for index, row in enumerate(rows):
        if not row:
            continue
        beside = [
            other
            for other in range(max(0, index - SPACED_FAR - 1), min(len(rows), index + SPACED_FAR + 2))
            if other != index
            and rows[other]
            and written[max(other, index)] - written[min(other, index) + 1] <= SPACED_NEAR + (min(other, index) in opening)
            and all(
                not source[between].strip()
                or source[between][:1].isspace()
                or RULE_LINE.fullmatch(lines[between])
                or _cells_ran_together(source[between], starts[between], starts[index])
                for between in range(min(other, index) + 1, max(other, index))
            )
        ]
        aligned = [other for other in beside if _aligned(starts[index], starts[other])]
        if not aligned:
            continue
        cells = _NORMAL_GAP.split(lines[index].strip())
        joined = _letters_joined(cells)
        if len(joined) < len(cells):  # (「日  時」: one cell)
            cells = ["".join(cells[a:b]) for a, b in zip(joined, [*joined[1:], len(cells)])]
        if len(cells) < len(starts[index]):
            cells = _year_column_apart(source[index], len(starts[index])) or cells
        if len(cells) == len(starts[index]):
            blank[index] = _blank_columns(starts[index], [starts[other] for other in aligned])
            result[index] = "\t".join([""] * len(blank[index]) + cells)
            converted.append(index)
    converted = _headed_rows(source, rows, result, starts, converted)
    converted = _ruled_rows_joined(source, lines, result, starts, converted)
    _wrapped_cells_joined(source, result, starts, converted)
    _window_rows_joined(result, converted)
    _windows_over_pages(source, result, starts, converted)
    _rows_begun_above(source, result, starts, blank)
    done = set(converted)  # (looked up for every line: a list would be read through for each)
    for index in range(
        len(lines) if converted else 0
    ):  # 「(f) Opening of tenders   10:00 a.m., June 17, 2025 10:00 a.m., June 30, 2025」
        if index in done or len(starts[index]) < 2 or len(lines[index]) != len(source[index].rstrip("\n")):
            continue
        # the nearest converted row above (or else below) within reach: ``converted`` is in line order, so a bisection
        # finds it (a page run onto one line and cut back into lines converts rows by the thousand)
        first = bisect.bisect_left(converted, index - SPACED_NEAR - 1)
        if first == len(converted) or converted[first] > index + SPACED_NEAR + 1:
            continue
        near = converted[first]
        if starts[index][0] != starts[near][0]:
            continue
        columns = starts[near]
        if len(starts[index]) >= len(columns) or not all(any(abs(a - b) <= 1 for b in columns) for a in starts[index]):
            continue
        cut = _cut_at_columns(source[index], columns)
        if not cut and len(starts[index]) == len(columns) - 1:
            cut = _last_days_apart(source[index], columns[-1])
        if cut and len(cut) == len(columns):
            result[index] = "\t".join(normalize_line(cell).strip() for cell in cut)
    return token_columns(result)


# 「 令和9年   11月15日   月   公告」 under 「 年   月日   曜日   内容」: a column of years, printed on a year's first row
# only (its other rows leave it blank), which the reading of dates ran onto the day beside it
YEAR_ALONE_CELL = re.compile(r"(?:(?:令和|平成)\s{0,2}(?:\d{1,2}|元)|\d{4})\s{0,2}年")
MONTH_DAY_CELL = re.compile(r"\d{1,2}\s{0,2}月")


def _cells_ran_together(line: str, found: list[int], row: list[int]) -> bool:
    """A line of the table between two of its rows whose cells of days ran together (「入札書・提案書の受付
    2027年8月2日(月)~8月5日(木) 2027年8月30日(月)~9月1日(水)」, one full-width space between its last two): two cells or
    more, each starting on a column of the row, though fewer than the row's, the last opening with a day and holding
    another (no sentence under the table, 「【質問】  …令和9年3月1日から…」)."""
    if not 2 <= len(found) < len(row) or not all(any(abs(at - column) <= 1 for column in row) for at in found):
        return False
    last = folded(_spaced_cells(line.rstrip())[-1][1]).strip()
    return DAY_START.match(last) is not None and len(DAY_IN_CELL.findall(last)) >= 2


def _window_opened(line: str) -> bool:
    """A spaced row one of whose cells opens a window on a day and ends there (「令和8年6月8日(月)から」)."""
    return any(DAY_WINDOW_OPEN_CELL.search(folded(cell)) for cell in _NORMAL_GAP.split(line.strip()))


def _year_column_apart(line: str, count: int) -> list[str] | None:
    """The ``count`` cells of a row whose year cell the reading of dates ran onto its month and day: the year in the
    day's cell (a date whole), its own cell left empty; None for any other row."""
    cells = [normalize_line(text).strip() for _, text in _spaced_cells(line.rstrip())]
    if len(cells) != count:
        return None
    for k in range(len(cells) - 1):
        if YEAR_ALONE_CELL.fullmatch(cells[k]) and MONTH_DAY_CELL.match(cells[k + 1]):
            return [*cells[:k], "", cells[k] + cells[k + 1], *cells[k + 2 :]]
    return None


def _blank_columns(row: list[int], others: list[list[int]]) -> list[int]:
    """The columns of the table a row leaves blank before its first cell (「          17時まで    正午まで」 under
    「7月5日(月)  7月12日(月)  7月15日(木)」): those its aligned rows start left of it, when the table has room
    for them and the row's own cells."""
    columns: list[int] = []
    for column in sorted(start for other in others for start in other):
        if not columns or column > columns[-1] + 1:
            columns.append(column)
    blank = [column for column in columns if column < row[0] - 1]
    return blank if blank and len(columns) >= len(blank) + len(row) else []


def _rows_begun_above(source: list[str], result: list[str], starts: list[list[int]], blank: dict[int, list[int]]) -> None:
    """「 4   対話参加申込(エントリー」 over 「      シート)の受付期限      令和9年6月18日(金)17時」: a row whose first
    column is blank, begun on the line above in that column (and its next one): the line's words go to the row's
    cells, the line left empty."""
    for index, columns in blank.items():
        above = index - 1
        if above < 0 or not source[above].strip() or result[above].count("\t") or "|" in result[above]:
            continue
        found = [(at, text) for at, text in _spaced_cells(source[above].rstrip())]
        cells = result[index].split("\t")
        first = starts[index][0]  # where the row's first written cell starts
        if not found or not any(abs(found[0][0] - column) <= 2 for column in columns):
            continue
        if not all(any(abs(at - column) <= 2 for column in [*columns, first]) for at, _ in found):
            continue  # a line reaching past the row's first written cell: a heading, not the row's beginning
        if DATE_START.search(normalize_line(source[above])):
            continue
        for at, text in found:
            column = min(range(len(columns) + 1), key=lambda k: abs(at - [*columns, first][k]))
            cells[column] = normalize_line(text).strip() + cells[column]
        result[index] = "\t".join(cells)
        result[above] = ""


# (the source's marks as written: 「（３）」「３．」 full-width in a PDF's text layer)
ROW_MARK = re.compile(r"\s{0,8}(?:[(（]\d{1,2}[)）]|[\u2460-\u2473]|\d{1,2}[.)．）]|[ア-ン][.)．）]|[(（][ア-ン][)）]|第\d{1,2})")
WRAPPED_CELL_LINES = 2  # lines a numbered row's cells wrap onto, at most


# 「プレゼンテーション   令和8年9月25日(金)   令和8年10月2日(金)」 over 「審査   午前9時30分から   午後1時から」: the
# label wrapped with the dates' times below them (a table of a change, before and after): the line's other cells hold
# times and no day, which no row of its own does
WRAP_TIME_CELL = re.compile(r"(?:午前|午後)\s{0,2}\d{1,2}\s{0,2}時|正午|\d{1,2}\s{0,2}(?:時|:\d{2})")


def _times_go_on(texts: list[str]) -> bool:
    """Whether a line's cells after its first are times of the dates above (its first cell the label's rest)."""
    rest = [folded(text) for text in texts[1:]]
    return bool(rest) and all(WRAP_TIME_CELL.match(text) and not DAY_IN_CELL.search(text) for text in rest)


DAY_IN_CELL = re.compile(r"\d\s{0,2}[年/月日]|[上中下]旬")
WHOLE_DAY_CELL = re.compile(
    r"\d\s{0,2}日\s{0,2}(?:\([^()]{1,6}\))?\s{0,2}(?:[^\d\s~]{0,12}\s{0,2}\d{1,2}\s{0,2}(?:時|:)\S{0,8})?$|[上中下]旬"
)
WHEN_KEY_CELL = re.compile(
    r"(?:月日|日付|日時|期日|日程|年月日|(?:提出|締切|期限|受付)?(?:時刻|時間)|曜日?)"
)  # a row's key, no label


def _label_goes_on(cells: list[str], found: list[int], texts: list[str], columns: list[int]) -> bool:
    """「参加申込書及び参加   令和10年5月8日(月)   持参又は郵送」 over 「資格確認申請書の提出   午後5時まで(必着)   (郵送は」:
    the line under a row holding the rest of the row's label in its first column and the rest of other cells under
    theirs, no day in any: a time under the row's day that has none (no row of its own gives a time without a day),
    or a label the column's width cut after a particle (「競争参加資格確認申請書の」 over 「提出期限」)."""
    if len(found) < 2 or not _under(found[0], columns[0]) or len(cells) != len(columns):
        return False
    if any(DAY_IN_CELL.search(folded(text)) for text in texts) or WHEN_KEY_CELL.fullmatch(texts[0].strip()):
        return False
    if WHEN_KEY_CELL.fullmatch(cells[0].strip()):
        return False  # (「月日 7月1日 7月9日」 over 「時刻 17時 17時」: a row of its own)
    placed = [max((k for k, column in enumerate(columns) if column <= at + 2), default=0) for at in found]
    if len(set(placed)) != len(placed) or placed[0] != 0:
        return False
    timed = any(
        WRAP_TIME_CELL.match(folded(text)) and DAY_IN_CELL.search(cells[k]) and not WRAP_TIME_CELL.search(cells[k])
        for k, text in zip(placed[1:], texts[1:])
    )
    return timed or LABEL_CUT.search(cells[0]) is not None


PAGE_BREAK_LINES = 14  # lines between a table's last row on a page and its header again atop the next, at most (pdftotext
# pads a page's foot with blank lines down to its footer)


def _cut_by_page(source: list[str], result: list[str], above: int | None, index: int, starts: list[list[int]]) -> int:
    """The row a page break cut, when ``index`` is a table's header printed again atop the next page (pdftotext
    -layout: 「参加表明書の提出   令和8年5月29日(金)」 / 「- 3 -」 / running header / 「項目   日程 …」 /
    「                 午後5時まで(必着)」): the table's last row before it, the same columns and only a page's number,
    a running header or blank lines between; ``index`` when there is none."""
    if above is None or index - above > PAGE_BREAK_LINES or len(starts[above]) != len(starts[index]) or not result[above]:
        return index
    between = [source[k].strip() for k in range(above + 1, index) if source[k].strip()]
    if not any(PAGE_MARK.fullmatch(folded(text)) for text in between) or len(between) > WRAP_SKIP:
        return index
    return above


def _wrapped_cells_joined(source: list[str], result: list[str], starts: list[list[int]], converted: list[int]) -> None:
    """「 (4) 参加申込書(様式第1      令和9年1月15日(金)      持参又は郵送」 over 「     号)等の提出期限      午後5時15分(必着)
    (書留に限る)」: a row whose cells wrap onto the lines under it, each cell continued in its column, joined on the
    row's line (the lines under it left empty). Under a row without a number, the first column never wraps:
    「質問受付      令和9年6月16日(水)~      様式第2号」 over 「              6月25日(金)午後5時      電子メールのみ」."""
    seen: set[str] = set()  # the rows read so far (a header printed again atop the next page repeats its text)
    for position, index in enumerate(converted):
        if not result[index]:
            continue
        numbered = ROW_MARK.match(source[index]) is not None
        columns = starts[index]
        cells = result[index].split("\t")
        row, owner = source[index].strip(), index
        if row in seen and len(cells) == len(columns):
            owner = _cut_by_page(source, result, converted[position - 1] if position else None, index, starts)
        seen.add(row)
        if len(cells) != len(columns):
            continue
        wraps = []  # (line, its cells' starts and texts)
        first = index + 1
        if owner != index:  # (rows set apart by blank lines: the cut row's rest a blank line under the header again)
            while first < min(len(source), index + 1 + WRAPPED_CELL_LINES) and not source[first].strip():
                first += 1
        window_split = False  # (the row's window ends on its first wrapped line, beside its label's rest)
        window_closed = False  # (or under the cell that opens it: its daily hours and a note may take a line each)
        for below in range(first, min(len(source), first + 2 + WRAPPED_CELL_LINES)):
            line = source[below]
            found = starts[below] or _cell_starts(line)
            if not line.strip() or ROW_MARK.match(line) or not found:
                break
            texts = [text for _, text in _spaced_cells(line.rstrip())]
            window_split = window_split or (not wraps and _window_end_beside_label(cells, found, texts, columns))
            window_closed = window_closed or (not wraps and _window_end_under(cells, found, texts, columns))
            label_goes_on = not numbered and not wraps and len(found) == len(columns) and _times_go_on(texts)
            label_goes_on = label_goes_on or (not wraps and window_split)
            label_goes_on = label_goes_on or (not wraps and _label_goes_on(cells, found, texts, columns))
            label_goes_on = label_goes_on or (not wraps and _label_rest(source, index, below, found, texts, columns))
            if found[0] <= columns[0] and not label_goes_on:
                break
            if len(texts) != len(found) or not all(any(_under(at, column) for column in columns) for at in found[1:]):
                break
            if (
                not numbered
                and not any(_under(found[0], column) for column in columns[1:])
                and not label_goes_on
                and not (not wraps and any(abs(found[0] - at) <= 1 for at in _hanging_indents(source[index], columns)))
            ):
                break  # a row without a number: only its later cells wrap (an indented label is a row of its own)
            if not wraps and _day_of_its_own(cells, columns, found, texts):
                break  # 「募集要項の配布  6月1日(月)~6月30日(火)」 under 「区分  内容  日程」: a row, its merged cell blank
            wraps.append((below, list(zip(found, texts))))
        if len(wraps) > WRAPPED_CELL_LINES + (window_split or window_closed):
            if not numbered:
                continue  # a row's text running on over many lines: cells of prose (a Q&A), not a wrapped row
            wraps = wraps[:WRAPPED_CELL_LINES]
        if owner != index:  # the cut row's cells going on under the header repeated atop the next page: the cut row's
            columns, cells = starts[owner], result[owner].split("\t")
            if len(cells) != len(columns):
                continue
        for below, found_texts in wraps:
            for at, text in _window_end_apart(cells, columns, found_texts):
                column = max((k for k, start in enumerate(columns) if start <= at + 2), default=0)
                text = normalize_line(text).strip()
                glue = _piece_glue(cells, column, text)
                cells[column] = cells[column] + glue + text
            result[below] = ""
        if wraps:
            result[owner] = "\t".join(cells)


DAY_START = re.compile(DATE_START.pattern + r"|\d{1,2}\s{0,2}月\s{0,2}[上中下初]旬")  # 「1月下旬」 too

# 「9(1) 現地説明会」 over 「     日時」, 「10(2) 申請書類の」 over 「      受付期間」: a cell that opens with the number of the
# item it quotes (a 正誤表's or a comparison table's 項目 column: the section, paragraph and item), one space after it,
# its wrapped text set under the words after the number (a hanging indent, as a PDF's table cell wraps a numbered line)
CELL_ITEM_NUMBER = re.compile(
    r"(?:[0-9０-９]{1,3}(?:[(（][0-9０-９]{1,2}[)）])?[ア-ン]?|[(（][0-9０-９]{1,2}[)）]|[ア-ン][.．)）]?)[ \u3000](?=\S)"
)


def _hanging_indents(line: str, columns: list[int]) -> list[int]:
    """The display columns where the words after a cell's item number begin (``CELL_ITEM_NUMBER``), of the cells of a
    spaced row that start on the row's columns after its first (read only for a line under a row that no column of
    the row starts a wrapped piece of)."""
    return [
        column + _width(number.group())
        for column, text in _spaced_cells(line.rstrip())
        if column > columns[0] + 1 and (number := CELL_ITEM_NUMBER.match(text))
    ]


def _window_end_beside_label(cells: list[str], found: list[int], texts: list[str], columns: list[int]) -> bool:
    """「入札参加資格確認申請   令和10年1月17日(月)から   組合総務課へ持参」 over 「書の提出   令和10年1月26日(水)まで」
    (pdftotext -layout): the line under a row holding the rest of its label in the first column and, under the cell
    whose window opens, the day that closes it: the row's wrapped text, its window's end (the daily hours and a note
    may follow on the lines under it)."""
    if len(found) != 2 or len(cells) != len(columns) or not _under(found[0], columns[0]):
        return False
    column = max((k for k, start in enumerate(columns) if start <= found[1] + 2), default=0)
    if column == 0 or not DAY_WINDOW_OPEN_CELL.search(folded(cells[column])):
        return False  # (not 「令和9年10月5日(火曜) 13:30~」: the hours of one day, the next row a step of its own)
    label, day = folded(texts[0]).strip(), folded(texts[1]).strip()
    return (
        not DAY_IN_CELL.search(label)
        and not WHEN_KEY_CELL.fullmatch(label)
        and DAY_START.match(day) is not None
        and WINDOW_CLOSE_CELL.search(day) is not None
    )


def _window_end_under(cells: list[str], found: list[int], texts: list[str], columns: list[int]) -> bool:
    """「設計図書の閲覧   令和8年6月8日(月)から   総務課窓口」 over 「              6月16日(火)まで   (本庁舎2階)」 (a fax's
    space-aligned table): the line under a row whose cell opens a window holding, first in that cell's column, the day
    that closes it (its first column blank): the row's wrapped text, the window's daily hours and a note on it on the
    lines under it."""
    if not found or len(cells) != len(columns) or _under(found[0], columns[0]):
        return False
    column = max((k for k, start in enumerate(columns) if start <= found[0] + 2), default=0)
    if column == 0 or not _under(found[0], columns[column]) or not DAY_WINDOW_OPEN_CELL.search(folded(cells[column])):
        return False
    day = folded(texts[0]).strip()
    return DAY_START.match(day) is not None and WINDOW_CLOSE_CELL.search(day) is not None


DAY_WINDOW_OPEN_CELL = re.compile(r"日\s{0,2}(?:\([^()]{1,4}\))?\s{0,2}(?:~|から)\s{0,2}$")  # 「1月17日(月)から」
WINDOW_CLOSE_CELL = re.compile(r"日\s{0,2}(?:\([^()]{1,4}\))?\s{0,2}(?:まで|迄)\s{0,2}$")  # 「1月26日(水)まで」


def _day_of_its_own(cells: list[str], columns: list[int], found: list[int], texts: list[str]) -> bool:
    """A line under a row that gives a day of its own in a later column (a row whose first cell, merged over several
    rows, is printed on another of them): the row's cell there holds words and no digit (a header's 「日程」), or a
    whole day that opens no window (「令和8年6月1日(月)~6月30日(火)」, not 「6月16日(水)~」 over its end)."""
    for at, text in zip(found, texts):
        column = max((k for k, start in enumerate(columns) if start <= at + 2), default=0)
        if not column or not DAY_START.match(normalize_line(text).strip()):
            continue
        above = folded(cells[column]).strip()
        if not any(char.isdigit() for char in above):
            return bool(above)
        return WHOLE_DAY_CELL.search(above) is not None and not WINDOW_OPEN_CELL.search(above)
    return False


def _label_rest(source: list[str], index: int, below: int, found: list[int], texts: list[str], columns: list[int]) -> bool:
    """pdftotext -layout's rows set apart by blank lines (「競争参加資格確認   令和7年6月20日(金)までに通知   …」 over
    「結果の通知」, a blank line above and below the two): the line under a row holding only words in its first
    column, no date, is the rest of the row's label the column's width cut (a heading inside the table stands apart)."""
    if len(found) != 1 or not _under(found[0], columns[0]) or len(columns) < 2:
        return False
    if index == 0 or source[index - 1].strip() or (below + 1 < len(source) and source[below + 1].strip()):
        return False
    text = texts[0]
    return found[0] + _width(text) < columns[1] and not DAY_IN_CELL.search(folded(text)) and not ROW_MARK.match(text)


WINDOW_OPEN_CELL = re.compile(r"(?:~|から)\s{0,2}$")
LABEL_CUT = re.compile(r"(?:の|及び|並びに|・|、)\s{0,2}$")  # a label's words cut after a particle or a list's mark


def _window_rows_joined(result: list[str], converted: list[int]) -> None:
    """「参加表明書の提出      5月11日(月)~      持参又は郵送」 over 「期間      5月20日(水)午後4時まで      (必着)」: a row
    whose window opens in a cell and ends in the same cell of the next row, the next row's first cell the rest of its
    wrapped label (naming no step of its own): one row, joined on the first line (the next left empty)."""
    rows = [index for index in converted if result[index]]
    for index, following in zip(rows, rows[1:]):
        if not result[index] or any(result[between].strip() for between in range(index + 1, following)):
            continue
        cells, below = result[index].split("\t"), result[following].split("\t")
        # (「入札参加資格確認申請書の」 over 「提出」: a label cut after its particle, the step's noun on the next row)
        cut = LABEL_CUT.search(cells[0]) is not None
        if len(cells) != len(below) or (kind_of(below[0]) and not cut):
            continue
        opened = [k for k, cell in enumerate(cells) if WINDOW_OPEN_CELL.search(cell) and DATE_START.search(cell)]
        if len(opened) != 1 or not DATE_START.match(below[opened[0]].strip()):
            continue
        if any(kind_of(cell) for k, cell in enumerate(below) if k != opened[0] and (k or not cut)):
            continue  # 「2  現地見学会  6月15日午後1時30分から」 over 「3  第1回質問の受付期限  6月25日」: a row of its own
        result[index] = "\t".join(_joined_cell(a, b) for a, b in zip(cells, below))
        result[following] = ""


def _windows_over_pages(source: list[str], result: list[str], starts: list[list[int]], converted: list[int]) -> None:
    """「入札書の提出   6月22日(月)午前9時から   電子入札システム(紙入札の場合は契約検」 / rule / 「- 2 -」 / running header /
    「                6月24日(水)午後5時まで      査課へ持参)」: a row whose window opens in a cell, cut by a page break
    (a page's number among the lines between), the window's end on the next page's first line under that cell, the
    row's other cells going on beside it: one row, joined on the first line (the page's line left empty). So too a day's
    time its cell wrapped onto the next page (「参加表明書の提出期限   令和8年5月29日(金)   持参又は郵送」 / 「- 3 -」 /
    running header / 「                午後5時(必着)」)."""
    rows = set(converted)
    first_of: dict[str, int] = {}  # each row's words, where they first stand (a header printed again atop a page)
    for index in converted:
        first_of.setdefault(source[index].strip(), index)
    for index in converted:
        cells = result[index].split("\t") if result[index] else []
        opened = [k for k, cell in enumerate(cells) if WINDOW_OPEN_CELL.search(cell) and DATE_START.search(cell)]
        timed = False  # (the cell a day without its time, the time below it)
        if not opened:
            opened = [k for k, cell in enumerate(cells) if DAY_IN_CELL.search(cell) and not WRAP_TIME_CELL.search(cell)]
            timed = True
        if len(opened) != 1 or len(cells) != len(starts[index]) or opened[0] == 0:
            continue
        columns, between, paged = starts[index], 0, False
        for below in range(index + 1, min(len(source), index + 1 + PAGE_BREAK_LINES)):
            text = source[below].strip()
            if not text or RULE_LINE.fullmatch(result[below] or text):
                continue
            if paged and first_of.get(text, index) < index:
                continue  # 「項目   日時   場所・方法」 again atop the next page, over the cut row's rest
            found = _spaced_cells(source[below].rstrip())
            first = normalize_line(found[0][1]) if found else ""
            if timed:  # (「午後5時まで(必着)」: a time alone, no day of its own)
                goes_on = WRAP_TIME_CELL.match(first) is not None and not DAY_IN_CELL.search(first)
            else:
                goes_on = DATE_START.match(first) is not None
            if paged and found and _under(found[0][0], columns[opened[0]]) and goes_on:
                if all(any(_under(at, column) for column in columns[opened[0] :]) for at, _ in found):
                    for at, piece in found:
                        k = max(k for k, column in enumerate(columns) if column <= at + 2)
                        cells[k] = _joined_cell(cells[k], normalize_line(piece).strip())
                    result[index], result[below] = "\t".join(cells), ""
                break
            paged = paged or PAGE_MARK.fullmatch(folded(text)) is not None
            between += 1
            if below in rows or between > WRAP_SKIP:
                break


def _joined_cell(text: str, rest: str) -> str:
    """A cell and its rest on the next line: words of letters apart, Japanese run together."""
    glue = " " if text[-1:].isalnum() and text[-1:].isascii() and rest[:1].isalnum() and rest[:1].isascii() else ""
    return (text + glue + rest).strip()


RULED_ROW_LINES = 3  # lines one row of a table ruled between its rows takes, at most


# 「自 令和8年8月3日(月)  午前9時」 over 「至 令和8年8月7日(金)  午後5時」: a window's two ends on two lines, each line's
# time in a column of its own; the column's two times are the window's opening and closing hours
_TIME_ALONE = re.compile(_CLOSING_TIME)


def _piece_glue(cells: list[str], column: int, text: str) -> str:
    """What joins a cell of a wrapped row and its piece on the next line: a space between letters; 「~」 between two
    times stacked beside a window written 「自 …」 over 「至 …」 (the window's hours, not two times run together)."""
    above = cells[column].strip()
    if above and _TIME_ALONE.fullmatch(folded(above)) and _TIME_ALONE.fullmatch(folded(text)):
        if any(cell.lstrip().startswith("自") and "至" in cell for k, cell in enumerate(cells) if k != column):
            return "~"
    return " " if cells[column][-1:].isascii() and text[:1].isascii() else ""


_END_AND_TIME = re.compile(rf"(?P<end>至.*\S)\s(?P<time>{_CLOSING_TIME})\s{{0,2}}(?:まで)?")


def _window_end_apart(cells: list[str], columns: list[int], found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A wrapped row's pieces, the 「至」 line's time set in the row's column of times when a single space ran it onto
    its date (「至 令和8年8月14日(金) 午後5時」 under 「自 令和8年8月3日(月)」 beside 「午前9時」)."""
    pieces = []
    for at, text in found:
        column = max((k for k, start in enumerate(columns) if start <= at + 2), default=0)
        cut = _END_AND_TIME.fullmatch(folded(text).strip()) if "至" in text else None
        times = column + 1 < len(cells) and _TIME_ALONE.fullmatch(folded(cells[column + 1]).strip())
        if cut and times and cells[column].lstrip().startswith("自") and not any(a == columns[column + 1] for a, _ in found):
            pieces += [(at, cut["end"]), (columns[column + 1], cut["time"])]
        else:
            pieces.append((at, text))
    return pieces


def _ruled_rows_joined(source: list[str], lines: list[str], result: list[str], starts: list[list[int]], converted: list[int]):
    """「──────」 / 「入札説明書の  自 6月1日(月)   午前9時から」 / 「交付          至 6月12日(金)  午後5時まで」 / 「──────」:
    a table ruled between its rows, each row's cells (its first too) wrapped onto the lines before the next rule, every
    piece in its column: one row, joined on its first line (the others left empty). The rows left to join otherwise."""
    left = []
    table_columns = sorted({start for index in converted for start in starts[index]})  # (every row's cells' starts)
    for index in converted:
        above = index - 1
        while above >= 0 and not source[above].strip():
            above -= 1
        columns = starts[index]
        cells = result[index].split("\t")
        if above < 0 or not RULE_LINE.fullmatch(lines[above]) or len(cells) != len(columns):
            left.append(index)
            continue
        # 「9  デモンストレーション  12月2日(水)」 over 「   及びプレゼンテーション  午前9時30分から  管理棟3階」: a row
        # whose first line leaves its last column empty, its wrapped lines filling it (a column other rows start)
        last = _spaced_cells(source[index].rstrip())[-1]
        row_end = last[0] + _width(last[1])
        later = [c for c in table_columns if c > row_end + 1]
        below, pieces = index + 1, []
        while below < len(source) and source[below].strip() and not RULE_LINE.fullmatch(lines[below]):
            found = _spaced_cells(source[below].rstrip())
            if len(pieces) == RULED_ROW_LINES or not all(
                any(_under(at, c) for c in columns) or any(_under(at, c) for c in later) for at, _ in found
            ):
                break
            if _dated_row(found, columns):
                break  # 「プレゼンテーション  令和8年6月下旬  令和8年7月上旬」 under a step's row: a row of its own
            pieces.append((below, found))
            below += 1
        after = below
        while after < len(source) and not source[after].strip():
            after += 1
        if not pieces or after >= len(source) or not RULE_LINE.fullmatch(lines[after]):
            left.append(index)
            continue
        for column in later:
            if any(_under(at, column) for _, found in pieces for at, _ in found):
                columns, cells = [*columns, column], [*cells, ""]
        for line, found in pieces:
            for at, text in _window_end_apart(cells, columns, found):
                column = max((k for k, start in enumerate(columns) if start <= at + 2), default=0)
                text = normalize_line(text).strip()
                glue = _piece_glue(cells, column, text)
                cells[column] = cells[column] + glue + text
            result[line] = ""
        result[index] = "\t".join(cells)
    return left


def _dated_row(found: list[tuple[int, str]], columns: list[int]) -> bool:
    """A line under a ruled row that is a row of its own: a cell in every column, its first in the first column, each
    later one a date from its start (「審査結果の通知   令和8年7月上旬   令和8年8月上旬」 in a table ruled only above and
    below its rows), no wrapped piece of the row above (「交付   至 6月12日(金)   午後5時まで」)."""
    if len(found) != len(columns) or abs(found[0][0] - columns[0]) > 1:
        return False
    return all(DATE_START.match(normalize_line(text).strip()) for _, text in found[1:])


def _under(at: int, column: int) -> bool:
    """A wrapped cell's text starting at display column ``at`` continues the cell starting at ``column`` (its
    wrapped lines may be indented by up to two full-width characters)."""
    return -2 <= at - column <= 4


SPACED_NEAR = 2  # lines between two rows of one space-aligned table, at most (wrapped text, a rule)
SPACED_FAR = 5  # lines between them with the blank ones, at most (rows set apart by blank lines, their text wrapped)
HEADED_ROWS = 2  # rows cut at a heading row's columns, at least
HEADED_REACH = 40  # lines under a heading row looked at, at most (a table's rows)


def _headed_rows(
    source: list[str], rows: list[bool], result: list[str], starts: list[list[int]], converted: list[int]
) -> list[int]:
    """「　　項目　　　　訂正前　　　　　訂正後」 over 「　　企画提案書提出期限　11月12日（金）午後5時　11月26日（金）午後5時」:
    a table set with full-width spaces, its heading's words spread out, some rows' cells parted by one space (two
    display columns). Under a heading row of words (no digit), the lines that cut at its columns (a space ending
    within a column of each) into as many cells, up to the first that does not: tab rows (and the heading)."""
    done = set(converted)
    added = []
    for index, row in enumerate(rows):
        if not row or _DIGIT.search(source[index]):
            continue
        columns = starts[index]
        below, table, cut_rows = index + 1, 0, []
        end = min(len(source), index + 1 + HEADED_REACH)
        while below < end and source[below].strip() and len(source[below]) <= SPACED_ROW_MAX:
            if below not in done:
                cut = _cut_near_columns(source[below], columns)
                if cut is None:
                    break
                cut_rows.append((below, cut))
            table += 1
            below += 1
        if not cut_rows or table < HEADED_ROWS:
            continue
        if index not in done:
            result[index] = "\t".join(cell for _, cell in _spaced_cells(source[index].strip()))
            added.append(index)
        for at, cut in cut_rows:
            result[at] = "\t".join(normalize_line(cell).strip() for cell in cut)
            done.add(at)
            added.append(at)
    return sorted({*converted, *added}) if added else converted


_SPACE_ENDS = re.compile(r"\s(?=\S)")  # the last space of a run, a word after it


def _cut_near_columns(line: str, columns: list[int]) -> list[str] | None:
    """``line`` cut into cells where a space ends within a display column of each of these columns (its first cell
    starting at the first); None if it does not (a cell of two or more words, a line of prose)."""
    text = line.rstrip()
    first = len(text) - len(text.lstrip())
    width = _width(text[:first])
    if abs(width - columns[0]) > 1:
        return None
    ends = {}  # display column → position where a run of spaces inside the line ends
    at = first
    for gap in _SPACE_ENDS.finditer(text, first):
        width += _width(text[at : gap.end()])
        ends[width] = at = gap.end()
    if len(ends) != len(columns) - 1:
        return None
    cuts = []
    for column in columns[1:]:
        found = next((ends[w] for w in (column, column - 1, column + 1) if w in ends), None)
        if found is None:
            return None
        cuts.append(found)
    cells = [text[a:b].strip() for a, b in zip([first, *cuts], [*cuts, len(text)])]
    return cells if all(cells) else None


# 「令和7年10月28日(火)午前10時 令和7年11月18日(火)午前10時」: a date's cell and the next one's, one space between them
# (the first cell, longer than the others of its column, ran past the table's last column), the second opening on a
# date of its own: the space between them cut
_DAYS_APART_GAP = re.compile(r"(?<=[\d)）分時午])[ \u3000](?=" + DATE_START.pattern + ")")
DAYS_APART_REACH = 6  # display columns a cell that ran past its column may push the next one right, at most


def _last_days_apart(line: str, column: int) -> list[str] | None:
    """The cells of a row of a spaced table whose last two cells ran together (``_DAYS_APART_GAP``), the second
    starting near the table's last ``column``; None for any other row."""
    cells = _spaced_cells(line.rstrip())
    if not cells or cells[-1][0] >= column - 1:
        return None
    start, last = cells[-1]
    cuts = [
        gap
        for gap in _DAYS_APART_GAP.finditer(last)
        if column - 1 <= start + _width(last[: gap.end()]) <= column + DAYS_APART_REACH
    ]
    if len(cuts) != 1 or not WHOLE_DAY_CELL.search(folded(last[: cuts[0].start()])):
        return None
    return [text.strip() for _, text in cells[:-1]] + [last[: cuts[0].start()].strip(), last[cuts[0].end() :].strip()]


def _cut_at_columns(line: str, columns: list[int]) -> list[str] | None:
    """``line`` cut into cells at these display columns, each cut just after a space; None if one is not."""
    cells, width, at = [], 0, 0
    wanted = list(columns[1:])
    for position, char in enumerate(line):
        if wanted and width >= wanted[0]:
            if position == 0 or not line[position - 1].isspace() or char.isspace():
                return None
            cells.append(line[at:position].strip())
            at = position
            wanted.pop(0)
        width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    cells.append(line[at:].strip())
    return cells if not wanted and all(cells) else None


# A timeline drawn sideways: a line of dates only, spaced apart, an axis (「──●────●──▶」) and, under each date,
# its step (and time) on the lines below, each starting in that date's column.
TIMELINE_DATE = re.compile(
    r"(?:(?:(?:令和|平成)\d{1,2}年|\d{4}\s?[年/.-])?\s?\d{1,2}\s?[月/.-]\s?(?:\d{1,2}日?)?|\d{4}\s?[/.-]\s?\d{1,2})"
    r"\s?(?:上旬|初旬|中旬|下旬|末|頃)?\s?(?:\([月火水木金土日](?:曜日?)?\))?\s?(?:\(?予定\)?)?"
)
TIMELINE_AXIS = re.compile(r"[\s─━―\-=＝●○◎◇◆■□▲△▼▽★☆・|│┃▶▷►→⇒>＞]*[●○◎◇◆■□▲△▼▽★☆▶▷►→⇒][\s─━―\-=＝●○◎◇◆■□▲△▼▽★☆・|│┃▶▷►→⇒>＞]*")
TIMELINE_CLOCK = re.compile(r"(?:午前|午後)?\s?(?:\d{1,2}:\d{2}|\d{1,2}時(?:\d{1,2}分|半)?|正午)")
# 「2/10(水)17:00」「3/3(水)正午」「3/10(水)13:30~」: a date over its step with the step's time set right after it
TIMELINE_TIMED_DATE = re.compile(
    r"(?P<date>" + TIMELINE_DATE.pattern + r")\s?(?:" + TIMELINE_CLOCK.pattern + r")\s?(?:~|から|まで|必着)?\s?(?:\(?予定\)?)?"
)
# 「［公 告］ ──→ ［質問締切］ ──→ ［回答公表］」「［結果通知］ ←── ［プレゼン審査］」: steps on one line parted by arrows
# (a flow drawn left to right, or right to left on its way back), each under its date
TIMELINE_STEP_ARROW = re.compile(r"\s*[─━―\-=═]*\s?(?:→|⇒|←|⇐|▶|◀|->|<-)\s?[─━―\-=═]*\s*")
TIMELINE_ARROW_CHARS = re.compile(r"[→⇒←⇐▶◀]|->|<-")
TIMELINE_MARKS_ONLY = re.compile(r"[\s─━―\-=═|│┃↓↑→←⇒⇐▶◀]*")  # 「│」「↓」: the flow's turn down to its next row
TIMELINE_LINES = 5  # lines under the dates that can hold their steps
_DIGIT = re.compile(r"[0-9０-９]")


# A gantt chart: columns headed by months or their thirds (「8月上」「9月中旬」「10月」), a step's row marked
# with its moment (◆) in one column, bars (━) for the work before it.
GANTT_HEAD = re.compile(r"\s{0,4}(?P<month>\d{1,2})\s{0,2}月\s{0,2}(?P<part>上旬?|中旬?|下旬?|初旬)?\s{0,4}")
GANTT_MARKS = "◆◇★☆●○◎■□▲△▼▽◯〇"
GANTT_MARK = re.compile(f"[{GANTT_MARKS}]")
# a marked cell that writes its day, or the third of its month (「●27日(木)」「●中旬」「◆ 3日 」)
GANTT_DAY = re.compile(
    rf"\s{{0,4}}[{GANTT_MARKS}]\s{{0,2}}(?P<day>\d{{1,2}}\s{{0,2}}日\s{{0,2}}(?:\([^()]{{1,6}}\))?|上旬|中旬|下旬|初旬)\s{{0,4}}"
)
GANTT_BAR = re.compile(r"[━─―=＝▶→]")
GANTT_HEAD_MIN = 3  # month columns a chart has at least


def _table_cells(line: str) -> list[str] | None:
    if "|" in line:
        text = line.strip()
        if text.count("|") >= 3:
            return [cell.strip() for cell in text.strip("|").split("|")]
    elif "\t" in line:
        return [cell.strip() for cell in line.split("\t")]
    return None


# A spreadsheet's schedule with the parts of each date in columns of their own:
# 「No.|手続|年|月|日|曜|時刻|備考」 over 「2|参加申込書の提出期限|R10|5|12|金|17:00|電子メール」.
# Each row's parts are joined into one date cell 「R10年5月12日(金) 17:00」, read where dates are read.
PART_HEADS = {"年": "year", "月": "month", "日": "day", "曜": "weekday", "曜日": "weekday", "時刻": "time", "時間": "time"}
PART_YEAR = re.compile(r"(?:令和|平成|[RH])?\s{0,2}\d{1,4}|(?:令和|平成)元")
PART_NUMBER = re.compile(r"\d{1,2}")
PART_DAY = re.compile(r"\d{1,2}|上旬|初旬|中旬|下旬|末")
PART_WEEKDAY = re.compile(r"\(?([月火水木金土日])(?:曜日?)?\)?")


def _date_part_columns(head: list[str]) -> dict[str, int] | None:
    """The column of each part of a date, when a header names the month and the day in two cells side by side."""
    parts: dict[str, int] = {}
    for column, cell in enumerate(head):
        part = PART_HEADS.get(cell.strip())
        if part and part not in parts:
            parts[part] = column
    if "month" not in parts or parts.get("day") != parts["month"] + 1:
        return None
    if "year" in parts and parts["year"] != parts["month"] - 1:
        del parts["year"]
    return parts


PART_DAYS = re.compile(r"(?P<first>\d{1,2})\s{0,2}[~〜\-]\s{0,2}(?P<last>\d{1,2})")  # 「8～18」: a window's days
# 「月～木」「木・金」: the weekdays of a window's first and last days
PART_WEEKDAYS = re.compile(
    r"\(?(?P<first>[月火水木金土日])(?:曜日?)?\)?\s{0,2}[~〜\-・、,]\s{0,2}\(?(?P<last>[月火水木金土日])(?:曜日?)?\)?"
)


def _parts_text(year: str, month: str, day: str, weekday: str, time: str) -> str | None:
    """「R10年5月12日(金) 17:00」 from a date's parts (「12」「8～18」「月～木」「9:00～16:00」: a window's
    「12月8日(月)~12月18日(木) 9:00~16:00」); None when they are no date's parts."""
    days = PART_DAYS.fullmatch(day)
    if not PART_NUMBER.fullmatch(month) or not (days or PART_DAY.fullmatch(day)) or (year and not PART_YEAR.fullmatch(year)):
        return None
    text = f"{year}年" if year else ""
    if days:
        weekdays = PART_WEEKDAYS.fullmatch(weekday)
        first, last = (f"({weekdays['first']})", f"({weekdays['last']})") if weekdays else ("", "")
        text += f"{month}月{days['first']}日{first}~{month}月{days['last']}日{last}"
    else:
        text += f"{month}月{day}{'日' if day.isdigit() else ''}"
        found = PART_WEEKDAY.fullmatch(weekday)
        if found:
            text += f"({found.group(1)})"
    return f"{text} {time}" if time else text


def _date_of_parts(cells: list[str], parts: dict[str, int]) -> str | None:
    """「R10年5月12日(金) 17:00」 from a row's cells; "" when the row has no date; None when a cell is no date part."""
    month, day = cells[parts["month"]], cells[parts["day"]]
    year = cells[parts["year"]] if "year" in parts else ""
    weekday = cells[parts["weekday"]] if "weekday" in parts else ""
    time = cells[parts["time"]] if "time" in parts else ""
    if not month and not day:
        return "" if not year else None
    return _parts_text(year, month, day, weekday, time)


# The same schedule pasted with a single space for each tab (a sheet copied into a mail or a page): 「No. 項目 月 日 曜 時刻
# 備考」 over 「3 質問書（第１回）の提出期限 12 12 金 17:00 参加資格に関するもの」 and 「10 第一次審査 1 下旬 － －」. The head
# names the month and the day side by side as words of their own; in each row below, the parts stand in that order
# after the step's words (which may hold spaces themselves). Each row is set as cells 「3<TAB>質問書…<TAB>12月12日(金)
# 17:00<TAB>参加資格…」, read where a row's date is read (a line break lost before a row's parts is put back).
# (not a form's blank date 「令和 年 月 日」, its era before its 年: a field to fill, no column's head)
SPACED_PART_HEAD = first_characters_guarded(
    re.compile(r"(?:^|(?<=\s))(?<!(?:令和|平成)\s)(?<!(?:令和|平成)\s年\s)(?:年\s)?月\s日(?=\s|$)")
)
SPACED_PART_ROLES = {"曜": "weekday", "曜日": "weekday", "(曜)": "weekday", "(曜日)": "weekday", "時刻": "time", "時間": "time"}
SPACED_PART_BLANK = {"-", "―", "—", "ー", "‐", "−", "未定", "*", "／", "/"}  # 「－」: an empty cell written as a dash
SPACED_HEAD_WORDS, SPACED_HEAD_WORD = 12, 8  # a head alone on its line: its words, and the characters of each, at most
SPACED_PARTS_APART = 2  # blank lines a pasted table's rows go on over, at most


def _spaced_part_head(line: str) -> list[str] | None:
    """The roles of a spaced head's columns from its year's or month's on (「year」「month」「day」「weekday」「time」)."""
    if len(line) > SPACED_ROW_MAX or "月" not in line or "日" not in line:
        return None
    found = SPACED_PART_HEAD.search(line)
    return spaced_part_roles(line[found.start() : found.start() + SPACED_ROW_MAX].split()) if found else None


def spaced_part_roles(words: list[str]) -> list[str]:
    """The roles of the head's ``words`` from its 「年」 or 「月」 on."""
    roles = (["year"] if words[0] == "年" else []) + ["month", "day"]
    for word in words[len(roles) :]:
        role = SPACED_PART_ROLES.get(nfkc(word))
        if role is None or role in roles:
            break
        roles.append(role)
    return roles


def _spaced_part_word(role: str, word: str) -> str | None:
    """``word`` as the date's part of ``role`` ("" for a cell left empty); None when it is none."""
    if role == "year":
        return word if PART_YEAR.fullmatch(word) else None
    if role == "month":
        return word if PART_NUMBER.fullmatch(word) and 1 <= int(word) <= 12 else None
    if role == "day":
        return word if PART_DAY.fullmatch(word) or PART_DAYS.fullmatch(word) else None
    if word in SPACED_PART_BLANK:
        return ""
    if role == "weekday":
        return word if PART_WEEKDAY.fullmatch(word) or PART_WEEKDAYS.fullmatch(word) else None
    return word if CELL_TIME.fullmatch(word) or CELL_HOURS.fullmatch(word) else None


def spaced_parts_end(words: list[str], at: int, roles: list[str]) -> int | None:
    """Where the parts of a date that start at ``words[at]`` end (the month and the day at least, then the head's other
    parts, each a cell's word or a dash); None when no date's parts start there. ``words``, folded (``nfkc``)."""
    end = at
    for role in roles:
        if end >= len(words) or _spaced_part_word(role, words[end]) is None:
            break
        end += 1
    return end if end - at >= 2 + (roles[0] == "year") else None


def _spaced_part_row(line: str, roles: list[str]) -> str | None:
    """A spaced row's cells, its parts joined into one (``_parts_text``); None when the line is no such row."""
    if len(line) > SPACED_ROW_MAX or not line.strip():
        return None
    words = line.split()
    folded_words = [nfkc(word) for word in words]  # (NFKC reads 「～」 as 「~」)
    for at in range(1, len(words) - 1):
        end = spaced_parts_end(folded_words, at, roles)
        if end is None or all(word.rstrip(".").isdigit() for word in folded_words[:at]):
            continue  # (the step's name before its parts: 「1 下旬 － －」 alone is a row's broken rest)
        parts = {role: _spaced_part_word(role, folded_words[at + k]) or "" for k, role in enumerate(roles[: end - at])}
        date = _parts_text(parts.get("year", ""), parts["month"], parts["day"], parts.get("weekday", ""), parts.get("time", ""))
        if date is None:
            continue
        head = words[:at]
        cells = [head[0], " ".join(head[1:])] if len(head) > 1 and head[0].rstrip(".").isdigit() else [" ".join(head)]
        return "\t".join([*cells, date, *([" ".join(words[end:])] if end < len(words) else [])])
    return None


def spaced_date_part_rows(lines: list[str]) -> list[str]:
    """A schedule whose head names 「月」 and 「日」 (and 「曜」「時刻」) columns, its cells parted by single spaces: each
    row set as cells with its date in one (``SPACED_PART_HEAD``); the head's part names one 「日時」 cell."""
    if not any("月" in line and ("月 日" in line or "月\u3000日" in line) for line in lines if len(line) <= SPACED_ROW_MAX):
        return lines
    result = list(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        roles = _spaced_part_head(line.replace("\u3000", " ")) if "月" in line else None
        if not roles:
            index += 1
            continue
        below, blank, rows = index + 1, 0, 0
        while below < len(lines) and blank <= SPACED_PARTS_APART:
            if not lines[below].strip():
                blank, below = blank + 1, below + 1
                continue
            row = _spaced_part_row(lines[below], roles)
            if row is None and below + 1 < len(lines):  # (「10 第一次審査」 / 「1 下旬 － －」: the row's line broken)
                joined = _spaced_part_row(lines[below] + " " + lines[below + 1], roles)
                if joined and _spaced_part_row(lines[below + 1], roles) is None:
                    result[below], result[below + 1] = joined, ""
                    below, blank, rows = below + 2, 0, rows + 1
                    continue
            if row is None:
                break
            result[below] = row
            below, blank, rows = below + 1, 0, rows + 1
        if rows:
            words = line.split()
            if len(words) <= SPACED_HEAD_WORDS and all(len(word) <= SPACED_HEAD_WORD for word in words):
                month = words.index("年" if roles[0] == "year" else "月")
                result[index] = "\t".join([*words[:month], "日時", *words[month + len(roles) :]])
        index = below
    return result


def date_part_rows(lines: list[str]) -> list[str]:
    """A table whose header names 「年」「月」「日」 (and 「曜」「時刻」) columns: each row's parts joined into the first of
    those columns, the others left empty, so that each row holds its date in one cell."""
    # (a fast scan for such a header: a line without a bar is not copied without its spaces to look)
    if not any("月\t日" in line or ("|" in line and "月|日" in line.replace(" ", "")) for line in lines):
        return lines
    result = list(lines)
    index = 0
    while index < len(lines):
        head = _table_cells(lines[index]) if "月" in lines[index] and len(lines[index]) <= BOXED_ROW_MAX else None
        parts = _date_part_columns(head) if head else None
        if not parts:
            index += 1
            continue
        first = min(parts.values())
        below = index + 1
        while below < len(lines):
            cells = _table_cells(lines[below])
            if cells is None or len(cells) != len(head):
                if cells is None and RULE_LINE.fullmatch(lines[below]):
                    below += 1
                    continue
                break
            date = _date_of_parts(cells, parts)
            if date is not None:
                for column in parts.values():
                    cells[column] = ""
                cells[first] = date
                result[below] = ("|" + "|".join(cells) + "|") if "|" in lines[below] else "\t".join(cells)
            below += 1
        head = list(head)
        for column in parts.values():
            head[column] = ""
        head[first] = "日時"
        result[index] = ("|" + "|".join(head) + "|") if "|" in lines[index] else "\t".join(head)
        index = below
    return result


# A spreadsheet's schedule with a window's two ends in columns of their own (each with its weekday beside it, the
# closing time in a column after them): 「No.|手続|開始日|曜日|終了日|曜日|時刻」 over
# 「2|質問書の受付|2027/7/5|月|2027/7/14|水|17:00」. Each row's window is joined into the end's cell
# 「2027/7/5(月)~2027/7/14(水) 17:00」 (a row with its end alone keeps it), read where windows are read.
# (the start's column may be a one-day step's too, its header naming both: 「開始日時／予定日」「開始日・実施日」
# 「受付開始/開催日時」, 「予定日／開始日」 either way round)
ONE_DAY_HEAD = r"(?:実施|開催|予定|通知|公表)(?:日|日時|日付)"
WINDOW_START_HEAD = first_characters_guarded(
    re.compile(
        r"(?:(?:受付|募集|受領|提出)?(?:開始|始期)(?:日|日時|日付)?|自)"
        rf"(?P<one_day>\s?[・/／]\s?{ONE_DAY_HEAD})?"
        rf"|(?P<one_day_first>{ONE_DAY_HEAD}\s?[・/／]\s?)(?:受付|募集|受領|提出)?開始(?:日|日時|日付)?"
        r"|(?i:from|start(?:\s?date)?)"
    )
)
# (the end's column may be a one-day step's too, its header naming both: 「終了日・実施日」「締切日／開催日」)
WINDOW_END_HEAD = re.compile(
    r"(?:(?:受付|募集|受領|提出)?(?:終了|締切|締め切り|終期|期限)(?:日|日時|日付)?|至)(?:\s?[・/／]\s?(?:実施|開催|予定)日(?:時)?)?"
    r"|(?i:to|end(?:\s?date)?|due(?:\s?date)?)"
)
# (「曜(終了)」「時刻（締切）」: a column's head that says which of the two days its cells belong to)
WEEKDAY_HEAD = re.compile(r"曜日?(?:\s{0,2}\(\s{0,2}(?:開始|終了|締切|期限)日?\s{0,2}\))?|(?i:day)")
TIME_HEAD = re.compile(r"(?:終了|締切)?(?:時刻|時間)(?:\s{0,2}\(\s{0,2}(?:終了|締切|期限)日?\s{0,2}\))?|(?i:time)")
CELL_DATE = re.compile(
    r"(?:令和|平成|R|H)?\s{0,2}\d{1,4}\s{0,2}[年/.\-]\s{0,2}\d{1,2}(?:\s{0,2}[月/.\-]\s{0,2}\d{1,2}\s{0,2}日?)?|\d{1,2}\s{0,2}月\s{0,2}(?:\d{1,2}\s{0,2}日|上旬|中旬|下旬)"
)
CELL_TIME = re.compile(r"(?:午前|午後)?\s{0,2}\d{1,2}(?::\d{2}|時(?:\s{0,2}\d{1,2}分)?)(?:まで)?|正午")
CELL_HOURS = re.compile(rf"(?:{CELL_TIME.pattern})\s{{0,2}}[~-]\s{{0,2}}(?P<closing>{CELL_TIME.pattern})")  # 「9:00~17:00」
CELL_OPENS = re.compile(rf"(?P<opening>{CELL_TIME.pattern})\s{{0,2}}(?:~|から|より)")  # 「9:30～」: the hour it opens at
CELL_WEEKDAY = re.compile(r"\s{0,2}\([月火水木金土日](?:曜日?)?\)$")  # 「2027/6/1(火)」: the weekday written in the date's cell


def _window_columns(head: list[str]) -> dict[str, int] | None:
    """The columns of a window's start and end (and their weekdays, the closing time) a header names side by side."""
    cells = [cell.strip() for cell in head]
    start = next((k for k, cell in enumerate(cells) if WINDOW_START_HEAD.fullmatch(cell)), None)
    if start is None:
        return None
    columns = {"start": start}
    found = WINDOW_START_HEAD.fullmatch(cells[start])
    if found.group("one_day") or found.group("one_day_first"):
        columns["one_day"] = start  # (a row with its start alone gives that day: the step is held on it)
    at = start + 1
    if at < len(cells) and WEEKDAY_HEAD.fullmatch(cells[at]):
        columns["start_weekday"], at = at, at + 1
    if at >= len(cells) or not WINDOW_END_HEAD.fullmatch(cells[at]):
        return None
    columns["end"], at = at, at + 1
    if at < len(cells) and WEEKDAY_HEAD.fullmatch(cells[at]):
        columns["end_weekday"], at = at, at + 1
    if at < len(cells) and TIME_HEAD.fullmatch(cells[at]):
        columns["time"] = at
    return columns


def _window_of_cells(cells: list[str], columns: dict[str, int]) -> str | None:
    """「2027/7/5(月)~2027/7/14(水) 17:00」 from a row's cells; None when its cells hold no such window."""

    def day(name: str) -> str | None:
        text = cells[columns[name]].strip()
        if not text or EMPTY_CELL.fullmatch(text):
            return ""
        if not CELL_DATE.fullmatch(CELL_WEEKDAY.sub("", text)):
            # 「2026/12/21 09:00」: a day with its hour in the same cell (a system's export)
            day, _, hour = text.partition(" ")
            if not (hour and CELL_DATE.fullmatch(day) and CELL_TIME.fullmatch(hour.strip())):
                return None
        weekday = cells[columns[name + "_weekday"]].strip() if name + "_weekday" in columns else ""
        found = PART_WEEKDAY.fullmatch(weekday)
        return f"{text}({found.group(1)})" if found else text

    start, end = day("start"), day("end")
    if start is None or end is None or not (start or end):
        return None
    time = cells[columns["time"]].strip() if "time" in columns else ""
    if not end:  # 「3|現地説明会|2027/6/15(火)||10:00」: a day of its own, its time the day's
        if time and CELL_TIME.fullmatch(time) and " " not in start:
            return f"{start} {time}"
        # 「開札|2027/02/08 10:00|－」 under 「開始日時／予定日|締切日時」: the step's own day
        return start if "one_day" in columns else None
    opening = CELL_OPENS.fullmatch(time) if time and start and " " not in start else None
    if opening:  # 「2028/5/23|火|2028/5/24|水|9:30～」: an event held over the days from that hour on each
        return f"{start} {opening.group('opening')}~{end}"
    hours = CELL_HOURS.fullmatch(time) if time and not CELL_TIME.fullmatch(time) else None
    if hours and start and CELL_WEEKDAY.sub("", start) == CELL_WEEKDAY.sub("", end):
        return f"{end} {time}"  # 「2027/7/12|2027/7/12|14:00～15:00」: one day's hours (an event's), read as written
    if hours:  # 「9:00～17:00」 beside 「2026/9/1」「2026/9/11」: each day's hours, the window closes at their end
        time = hours.group("closing")
    end = f"{end} {time}" if time and CELL_TIME.fullmatch(time) else end
    if start and " " in start and start.partition(" ")[0] == end.partition(" ")[0]:
        return f"{start}~{end.partition(' ')[2]}"  # 「2027/01/19 13:30~16:30」: the hours of one day
    return f"{start}~{end}" if start else end


# (a cell that says it holds nothing: 「－」「—」「-」「―」「ー」「なし」「該当なし」「N/A」)
EMPTY_CELL = re.compile(r"[\-－—―ー‐−─]{1,3}|(?:該当)?なし|(?i:n/?a)")


def _may_head_window(line: str) -> bool:
    """The line holds what WINDOW_START_HEAD needs: 「開始」「始期」「自」, or the letter of 「from」 / 「start」 (any case)."""
    return (
        "開始" in line
        or "始期" in line
        or "自" in line
        or "f" in line
        or "F" in line
        or "s" in line
        or "S" in line
        or "\u017f" in line
    )


def window_column_rows(lines: list[str]) -> list[str]:
    """A table whose header names a window's start and end columns (「開始日」「終了日」): each row's window joined into
    the end's cell, the start's (and the weekdays' and the time's) left empty."""
    result = list(lines)
    heads = {}  # each header's line: (its cells, its columns)
    for index, line in enumerate(lines):
        if len(line) > BOXED_ROW_MAX or not ("\t" in line or "|" in line) or not _may_head_window(line):
            continue
        if not WINDOW_START_HEAD.search(line):
            continue
        head = _table_cells(line)
        columns = _window_columns(head) if head else None
        if columns:
            heads[index] = (head, columns)
    for index, (head, columns) in heads.items():
        line = lines[index]
        for below in range(index + 1, len(lines)):
            if below in heads and len(heads[below][0]) == len(head) and heads[below][1] == columns:
                break  # (a header of the same columns below: its own pass reads the rows under it as this one would)
            following = _table_cells(lines[below + 1]) if below + 1 < len(lines) and not lines[below] else None
            if following is not None and len(following) == len(head):
                continue  # (a row's quoted cell of two lines read onto its first: the line left empty, the table going on)
            cells = _table_cells(lines[below])
            if cells is None or len(cells) <= columns["end"]:
                break
            cells = cells + [""] * (len(head) - len(cells))
            window = _window_of_cells(cells, columns)
            if window is None:
                continue
            for name, column in columns.items():
                cells[column] = window if name == "end" else ""
            result[below] = ("|" + "|".join(cells) + "|") if "|" in lines[below] else "\t".join(cells)
        head = list(head)
        for name, column in columns.items():
            head[column] = "日時" if name == "end" else ""  # (「受付終了」 left, it would name each row's step)
        result[index] = ("|" + "|".join(head) + "|") if "|" in line else "\t".join(head)
    return result


# 「2<TAB>質問受付<TAB>2026/6/1<TAB>月<TAB>9:00<TAB>受付開始」 over 「<TAB><TAB>2026/6/8<TAB>月<TAB>17:00<TAB>締切」: a sheet's
# step whose window takes two rows, its number and name in cells merged down (the lower row's left blank when copied),
# the start's row saying it opens and the end's that it closes: one row of the window 「start~end」
WINDOW_OPENS_CELL = re.compile(r"開始|から|(?i:from|start)")
WINDOW_CLOSES_CELL = re.compile(r"締切|締め切り|〆切|終了|まで|期限|(?i:close|deadline|until)")


def _day_cells(cells: list[str], at: int) -> int:
    """The end of the cells of a day starting at ``at``: its date, then a weekday and a time each in a cell of its own."""
    end = at + 1
    if end < len(cells) and PART_WEEKDAY.fullmatch(cells[end].strip()):
        end += 1
    if end < len(cells) and CELL_TIME.fullmatch(cells[end].strip()):
        end += 1
    return end


def _day_text(cells: list[str], at: int, end: int) -> str:
    weekday = next((PART_WEEKDAY.fullmatch(c.strip()) for c in cells[at + 1 : end] if PART_WEEKDAY.fullmatch(c.strip())), None)
    time = next((c.strip() for c in cells[at + 1 : end] if CELL_TIME.fullmatch(c.strip())), "")
    return cells[at].strip() + (f"({weekday.group(1)})" if weekday else "") + (f" {time}" if time else "")


def window_rows_merged(lines: list[str]) -> list[str]:
    result = list(lines)
    for index in range(len(lines) - 1):
        line, below = result[index], result[index + 1]
        if "\t" not in line or "\t" not in below or len(line) > BOXED_ROW_MAX or below[:1] != "\t":
            continue
        cells, lower = line.split("\t"), below.split("\t")
        if len(cells) != len(lower) or len(cells) < 4:
            continue
        at = next((k for k, cell in enumerate(lower) if cell.strip()), None)
        if at is None or at == 0 or not CELL_DATE.fullmatch(lower[at].strip()) or not CELL_DATE.fullmatch(cells[at].strip()):
            continue
        if not any(cell.strip() and not cell.strip().rstrip(".").isdigit() for cell in cells[:at]):
            continue  # (no step named on the row above: a row of its own)
        end = _day_cells(cells, at)
        if _day_cells(lower, at) != end:
            continue
        opens = any(WINDOW_OPENS_CELL.search(cell) for cell in cells[end:])
        closes = any(WINDOW_CLOSES_CELL.search(cell) for cell in lower[end:])
        if not (opens and closes):
            continue
        joined = cells[:at] + [f"{_day_text(cells, at, end)}~{_day_text(lower, at, end)}"] + [""] * (end - at - 1)
        joined += [" ".join(part for part in (a.strip(), b.strip()) if part) for a, b in zip(cells[end:], lower[end:])]
        result[index], result[index + 1] = "\t".join(joined), ""
    return result


# 「4<TAB>質問書提出期限<TAB>5/8<TAB>金<TAB>17:00<TAB>メールのみ」 under 「No|項目|期限|曜|時刻|備考」: a sheet's day whose
# weekday (and clock time) stand in cells of their own after its date; joined into the date's cell 「5/8(金) 17:00」
# (the cells after it left empty), as a row writing its day in one cell is read
WEEKDAY_CELL_HINT = re.compile(r"[\t|]\s{0,2}\(?[月火水木金土日](?:曜日?)?\)?\s{0,2}(?:[\t|]|$)")


def weekday_cells_joined(lines: list[str]) -> list[str]:
    result = None
    for index, line in enumerate(lines):
        if len(line) > BOXED_ROW_MAX or not ("\t" in line or "|" in line) or not WEEKDAY_CELL_HINT.search(line):
            continue
        cells = _table_cells(line)
        if not cells or len(cells) < 3:
            continue
        joined = False
        for at in range(len(cells) - 1):
            if not CELL_DATE.fullmatch(cells[at]) or not PART_WEEKDAY.fullmatch(cells[at + 1]):
                continue
            end = _day_cells(cells, at)
            cells[at:end] = [_day_text(cells, at, end)] + [""] * (end - at - 1)
            joined = True
        if joined:
            result = result or list(lines)
            result[index] = ("|" + "|".join(cells) + "|") if "|" in line else "\t".join(cells)
    return result or lines


# 「手続　期日　上 中 下 | 上 中 下 | …」: a chart's head whose columns are the thirds of each month (two months at least)
PERIOD_COLUMNS = re.compile(r"(?:[上中下]\s{0,2}){3}")
PERIOD_COLUMNS_TAIL = re.compile(r"[\s|]*(?:(?:[上中下]\s{0,2}){3}[\s|]*){2,}$")
# the bars and marks drawn right of a row's own date: 「◆■ ■ | ■ ■ ■ |       |」
CHART_TAIL = re.compile(r"(?:\s|\|)*[|◆◇★☆●○◎■□▲△▼▽◯〇━─=＝▶→][\s|◆◇★☆●○◎■□▲△▼▽◯〇━─=＝▶→]*$")


def chart_beside_dates(lines: list[str]) -> list[str]:
    """A gantt chart drawn right of a column of dates (「手続　期日　上 中 下 | 上 中 下 |…」 over 「質問の受付　~6/26(金)17時
    ■ ■ |　|」): the chart only shows the dates written beside it, so its head's thirds and each row's bars are left
    out, the rows read as 「step　date」."""
    if not any("上" in line and "|" in line for line in lines):
        return lines
    result = list(lines)
    for index, line in enumerate(lines):
        if "上" not in line or "|" not in line or len(PERIOD_COLUMNS.findall(line)) < 2:
            continue
        head = PERIOD_COLUMNS_TAIL.search(line)
        if head is None or not line[: head.start()].strip():
            continue
        result[index] = line[: head.start()]
        for below in range(index + 1, len(lines)):
            row = lines[below]
            if not row.strip():
                break
            if RULE_LINE.fullmatch(row):
                continue
            bars = CHART_TAIL.search(row)
            if bars is None or not row[: bars.start()].strip():
                break
            result[below] = row[: bars.start()]
    return result


def gantt_rows(lines: list[str]) -> list[str]:
    """A gantt chart's steps marked once as rows 「step<TAB>9月中旬」; its head left out."""
    result = list(lines)
    index = 0
    while index < len(lines):
        head = _table_cells(lines[index])
        parts = [GANTT_HEAD.fullmatch(cell) for cell in head[1:]] if head and len(head) > GANTT_HEAD_MIN else []
        if not parts or not all(parts):
            index += 1
            continue
        result[index] = ""
        below = index + 1
        while below < len(lines):
            cells = _table_cells(lines[below])
            if cells is None:
                if RULE_LINE.fullmatch(lines[below]):
                    below += 1
                    continue
                break
            # (a row drawn to its last mark leaves the empty cells after it out: 「|質問の受付|●26日(金)|　|」)
            if len(head) > len(cells) > 1 and lines[below].rstrip().endswith("|") or len(cells) == len(head):
                marked = [column for column, cell in enumerate(cells[1:]) if GANTT_MARK.search(cell)]
                bars = any(GANTT_BAR.search(cell) for cell in cells[1:])  # work over weeks: its deadline is written out elsewhere
                if len(marked) == 1 and cells[0] and not bars:
                    part = parts[marked[0]]
                    third = {"上": "上旬", "中": "中旬", "下": "下旬"}.get(part["part"] or "", part["part"] or "")
                    day = GANTT_DAY.fullmatch(cells[1 + marked[0]])  # 「●27日(木)」「●中旬」 in a month's column: that day
                    if day and not third:
                        result[below] = f"{cells[0]}\t{part['month']}月{day['day']}"
                    elif not cells[1 + marked[0]].strip(GANTT_MARKS + " \u3000"):
                        result[below] = f"{cells[0]}\t{part['month']}月{third}"
            below += 1
        index = below
    return result


# 「〃」 in a table: the same as the cell above (「〃 13時30分~」: the day above, at another time)
DITTO = re.compile(r"^\s{0,4}(?:[〃″]|同上(?=\s|$))\s{0,4}(?P<rest>.{0,30})$")  # (「同上」: a whole cell, no 「同上の」)
# 「〃（説明会終了後）」: a remark that the step follows another's end (its day that step's, its hour no more)
ENDED_AFTER = re.compile(r"終了後|終了次第")
DAY_PART = re.compile(r"^.{0,30}?\d{1,2}\s{0,2}日\s{0,2}(?:\([^()]{1,6}\))?")
ROW_NUMBER = re.compile(r"^\s{0,4}(?:No\.?\s{0,2})?\d{1,2}\s{0,4}$")


# A PDF's two-column table whose cell spans two rows prints its text on the line between them, alone in its column:
# 「質問の受付期限」 / 「          7月16日(金)午後5時」 / 「参加表明書の提出期限」 (one date of two steps), or
# 「          日時 9月8日(水)午後1時30分から」 / 「プレゼンテーション審査」 / 「          方法 会場…」 (one step over two cells)
SPANNED_GAP = 10  # display columns the two columns stand apart, at least
SPANNED_REACH = 12  # lines around the three a row of both columns stands in, at most
SPANNED_COLUMN = 2  # display columns a cell starts off its column, at most


def _row_of_columns(lines: list[str], index: int, left: int, right: int) -> bool:
    """A line near ``index`` holds a cell at display column ``left`` and one at ``right``: a two-column table."""
    for near in range(max(0, index - SPANNED_REACH), min(len(lines), index + SPANNED_REACH + 1)):
        cells = _spaced_cells(lines[near]) if "  " in lines[near] and len(lines[near]) <= SPACED_ROW_MAX else []
        if len(cells) == 2 and abs(cells[0][0] - left) <= SPANNED_COLUMN and abs(cells[1][0] - right) <= SPANNED_COLUMN:
            return True
    return False


def merged_cells_between_rows(lines: list[str]) -> list[str]:
    """Three lines alone between blank lines, the middle one in the other column of a two-column table set with
    spaces (a row of both columns near them): the middle line's text is the cell of both rows, the line above's
    and the line below's, set beside each (a date of two steps, or a step of two cells); the middle line left empty."""
    result = list(lines)
    for index in range(1, len(lines) - 1):
        if not lines[index].startswith(" ") and not lines[index - 1].startswith(" "):
            continue  # (one of the three begins in the right column)
        if not (lines[index - 1].strip() and lines[index].strip() and lines[index + 1].strip()):
            continue
        if (index >= 2 and lines[index - 2].strip()) or (index + 2 < len(lines) and lines[index + 2].strip()):
            continue
        trio = [_spaced_cells(lines[k].rstrip()) for k in (index - 1, index, index + 1)]
        if any(len(cells) != 1 for cells in trio) or max(len(lines[k]) for k in (index - 1, index, index + 1)) > SPACED_ROW_MAX:
            continue
        (top, upper), (middle, text), (bottom, lower) = (cells[0] for cells in trio)
        if abs(top - bottom) > SPANNED_COLUMN or abs(middle - top) < SPANNED_GAP:
            continue
        values, labels = ([text], [upper, lower]) if middle > top else ([upper, lower], [text])
        if (
            not any(FLAT_DATE_CELL.search(value) for value in values)
            or not all(kind_of(label) and not FLAT_DATE_CELL.search(label) for label in labels)
            or not _row_of_columns(lines, index, min(top, middle), max(top, middle))
        ):
            continue  # (the labels name steps: no title between a date and a signature)
        if middle > top:  # a value of two rows
            result[index - 1] = f"{lines[index - 1].rstrip()}    {text}"
            result[index + 1] = f"{lines[index + 1].rstrip()}    {text}"
        else:  # a label of two rows
            result[index - 1] = f"{lines[index].rstrip()}    {upper}"
            result[index + 1] = f"{lines[index].rstrip()}    {lower}"
        result[index] = ""
    return result


def _dated_cell_at(lines: list[str], index: int, column: int) -> bool:
    """A line near ``index`` holds a dated cell that starts at display column ``column``: the table's column of days."""
    for near in range(max(0, index - SPANNED_REACH), min(len(lines), index + SPANNED_REACH + 1)):
        if near != index and "  " in lines[near] and len(lines[near]) <= SPACED_ROW_MAX:
            cells = _spaced_cells(lines[near].rstrip())
            if any(abs(at - column) <= SPANNED_COLUMN and DATE_START.match(text) for at, text in cells[1:]):
                return True
    return False


def merged_days_between_rows(lines: list[str]) -> list[str]:
    """「選定   選定結果の通知」 / 「                        令和8年9月上旬    書面で通知」 / 「       仮協定の締結」: a table
    set with spaces whose cell of days (and those beside it) is merged over two rows, printed once on the line between
    them in the middle of its span; the rows above and below name steps and leave those columns empty. The middle
    line's cells are set beside each of the two rows (a date of two steps); the middle line left empty."""
    result = list(lines)
    for index in range(1, len(lines) - 1):
        line = lines[index]
        if not line[:1].isspace():
            continue  # (the days stand right of the steps: the line is indented)
        middle = _spaced_cells(line.rstrip()) if len(line) <= SPACED_ROW_MAX else []
        if not middle or not DATE_START.match(middle[0][1]):
            continue
        rows = [_spaced_cells(lines[k].rstrip()) if len(lines[k]) <= SPACED_ROW_MAX else [] for k in (index - 1, index + 1)]
        if not all(rows) or any(FLAT_DATE_CELL.search(text) for row in rows for _, text in row):
            continue
        (upper_at, upper), (lower_at, lower) = rows[0][-1], rows[1][-1]
        if abs(upper_at - lower_at) > SPANNED_COLUMN or not (kind_of(upper) and kind_of(lower)):
            continue  # (each names a step, in the same column)
        if max(upper_at + _width(upper), lower_at + _width(lower)) >= middle[0][0] - 1:
            continue  # (the days stand in a column of their own, right of both steps)
        if not _dated_cell_at(lines, index, middle[0][0]):
            continue
        cells = line.strip()
        for k in (index - 1, index + 1):
            width = _width(lines[k].rstrip())
            result[k] = lines[k].rstrip() + " " * max(2, middle[0][0] - width) + cells
        result[index] = ""
    return result


def _ditto(cell: str, above: str) -> str:
    match = DITTO.match(cell)
    if match is None or not above or DITTO.match(above):
        return cell
    rest = match["rest"].strip()
    if re.search(r"\d\s{0,2}[年月日/]", rest):
        return cell  # 「〃 4月17日」「〃 25日」: the year or month of the date above, read where dates are read
    if not rest:
        return above
    if rest[:1] in "(（" and not re.search(r"\d|正午", rest) and not ENDED_AFTER.search(rest):
        return f"{above} {rest}"  # 「〃（辞退する場合のみ）」: the cell above whole, its hour too, and a remark on it
    # (「〃（説明会終了後）」: the day above, the hour the other step ends, unwritten)
    day = DAY_PART.match(above)
    return f"{day.group()} {rest}" if day else cell


# 「質問書の提出期限　　令和11年6月8日(金)午後5時」 over 「競争参加資格確認申請書　　令和11年6月12日(火)　 〃」: a row of
# a table set with spaces whose day is followed by 「〃」 alone, the hour of the row above (its day the row's own)
DITTO_AFTER_DAY = re.compile(r"\d\s{0,2}日\s{0,2}(?:\([^()]{1,6}\))?\s{1,6}[〃″]\s*$")
TIME_AFTER_DAY = re.compile(
    r"\d\s{0,2}日\s{0,2}(?:\([^()]{1,6}\))?\s{0,2}(?P<time>正午|(?:午前|午後)\s{0,2}\d{1,2}\s{0,2}時(?:\s{0,2}\d{1,2}\s{0,2}分)?"
    r"|\d{1,2}\s{0,2}時(?:\s{0,2}\d{1,2}\s{0,2}分)?|\d{1,2}:\d{2})"
)
DITTO_TIME_REACH = 3  # lines above a row whose hour a 「〃」 repeats, at most


def ditto_times_after_days(lines: list[str]) -> list[str]:
    result = list(lines)
    for index, line in enumerate(lines):
        if ("〃" not in line and "″" not in line) or len(line) > 120:
            continue
        ditto = DITTO_AFTER_DAY.search(line)
        if ditto is None:
            continue
        for above in range(index - 1, max(-1, index - 1 - DITTO_TIME_REACH), -1):
            timed = TIME_AFTER_DAY.search(result[above]) if len(result[above]) <= 120 else None
            if timed:
                mark = len(line.rstrip()) - 1  # (the 「〃」 ends the row)
                result[index] = line[:mark] + timed["time"] + line[mark + 1 :]
                break
            if not result[above].strip():
                break
    return result


# 「| 質問受付 | 8/10（火）17:00 | ← | ✅ 済 |」 under 「| 手続 | 当初 | 現在 | 状態 |」: an arrow alone in a cell, pointing at
# the cell on its left, says the same as that cell (as 「同左」)
LEFT_ARROW_CELL = re.compile(r"[←⇐]")


def left_arrow_cells(lines: list[str]) -> list[str]:
    """Cells of a table (tab or pipe rows) that hold a left arrow alone, after a dated cell, as the cell on their left."""
    result = list(lines)
    for index, line in enumerate(lines):
        if "←" not in line and "⇐" not in line:
            continue
        cells = _table_cells(line)
        if not cells or not any(LEFT_ARROW_CELL.fullmatch(cell) for cell in cells[1:]):
            continue
        for at in range(1, len(cells)):
            if LEFT_ARROW_CELL.fullmatch(cells[at]) and FLAT_DATE_CELL.search(cells[at - 1]):
                cells[at] = cells[at - 1]
        result[index] = ("| " + " | ".join(cells) + " |") if "|" in line else "\t".join(cells)
    return result


def ditto_cells(lines: list[str]) -> list[str]:
    """「〃」 cells of a table (tab or pipe rows, or one cell a line between row numbers) as the cell above; a left
    arrow alone (``left_arrow_cells``) as the cell on its left."""
    if any("←" in line or "⇐" in line for line in lines):
        lines = left_arrow_cells(lines)
    if not any("〃" in line or "″" in line or "同上" in line for line in lines):
        return lines
    result = ditto_times_after_days(lines)
    numbers = [index for index, line in enumerate(lines) if ROW_NUMBER.match(line)]
    for index, line in enumerate(lines):
        if "〃" not in line and "″" not in line and "同上" not in line:
            continue
        cells = _table_cells(line)
        if cells is not None:
            above_row = next(
                (
                    row
                    for i in range(index - 1, max(-1, index - 4), -1)
                    if not RULE_LINE.fullmatch(result[i]) and (row := _table_cells(result[i]))
                ),
                None,
            )  # (a boxed table's rule between the rows is no row)
            if above_row and len(above_row) == len(cells):
                joined = [_ditto(cell, above) for cell, above in zip(cells, above_row)]
                result[index] = ("|" + "|".join(joined) + "|") if "|" in line else "\t".join(joined)
            continue
        if not DITTO.match(line):
            continue
        before = [n for n in numbers if n < index]  # one cell a line: the rows start at their numbers
        if len(before) >= 2 and before[-1] - before[-2] >= 3:
            period = before[-1] - before[-2]
            if index - period >= 0:
                result[index] = _ditto(line, result[index - period])
    return result


_ARROW_FIRST = re.compile(r"^\s{0,40}" + ARROW + r"\s{0,8}(?=\S)")
# 「→ 10/12(月)はスポーツの日で閉庁のため、実質は…」: after a line's arrow, a date the topic of a sentence (a remark)
_TOPIC_ONE_DAY = r"\d{1,2}\s{0,2}[/月]\s{0,2}\d{1,2}\s{0,2}日?\s{0,2}(?:[(（][月火水木金土日][)）])?\s{0,2}"
# (「→ 5/3(月)〜5/5(水)は閉庁のため」: a span of days the topic)
_TOPIC_DAY = re.compile(_TOPIC_ONE_DAY + r"(?:[〜~～]\s{0,2}" + _TOPIC_ONE_DAY + r")?は(?![\d０-９])")
# 「… 7月18日(金)午後5時 →」 / 「【変更後】7月25日(金)午後5時」: a line ending with an arrow (``ARROW``'s), the new date wrapped
_ARROW_CHARACTERS = ("→", "⇒", "➡", "⇨", "->", "=>", "➔")
ARROW_PAGE_BREAK_REACH = 6  # lines of a page break's furniture (footer, number, running header, blanks) an arrow reaches over


SPAN_KEY = re.compile(r"[一-龥ぁ-んァ-ヶー・]{2,12}")  # 「開催日時」「会場」: a key's words, no mark, no sentence


def cells_lost_to_a_span(lines: list[str]) -> list[str]:
    """「説明会<TAB>参加申込期限<TAB>8月7日」 over 「開催日時<TAB>8月12日」 / 「会場<TAB>…」: a table copied from a page whose
    first cell spans rows (rowspan) gives the rows under it without that cell; a row one cell short whose first cell
    is a key that names no step (日時, 会場) goes on under the step the row above names, its first cell left empty."""
    result = list(lines)
    for index, line in enumerate(lines):
        if "\t" not in line or "|" in line:
            continue
        tabs = line.count("\t")
        if tabs < 2 or index + 1 == len(lines) or lines[index + 1].count("\t") != tabs - 1:
            continue  # (the row below one cell short: a quick look first)
        cells = line.split("\t")
        group = cells[0].strip()
        if not group or FLAT_DATE_CELL.search(group) or not kind_of(group) or is_generic(group):
            continue
        below = index + 1
        while below < len(lines) and "\t" in lines[below] and "|" not in lines[below]:
            key = lines[below].split("\t")
            if (
                len(key) != len(cells) - 1
                or not SPAN_KEY.fullmatch(key[0].strip())
                or (kind_of(key[0]) and not is_generic(key[0]))
            ):
                break  # (「※<TAB>日程は変更となる場合があります」: a note under the table)
            result[below] = "\t" + lines[below]
            below += 1
    return result


# a comparison table (新旧対照表, 正誤表) of two columns, each the same text as it now reads and as it read before:
# 「│ 新 │ 旧 │」 (the new one on the left, as an amendment's table puts it), 「改正前 | 改正後」, 「誤<TAB>正」, 「改正後    改正前」
# 「新」「改正後」「（訂正後）」「正」: the head of a column of the new version (a 新旧対照表's, a 正誤表's), and of the old
# (「改正後（新）」「旧（改正前）」: the one name glossed by the other in brackets after it)
_NEW_NAMES = rf"新|正|改正後|改定後|改訂後|{AFTER_CHANGE}"
_OLD_NAMES = rf"旧|現行|誤|改正前|改定前|改訂前|{BEFORE_CHANGE}"
NEW_VERSION_HEAD = re.compile(rf"^[(【\[<〈]?(?:{_NEW_NAMES})(?:\s?[(（](?:{_NEW_NAMES})[)）])?[)】\]>〉]?$")
OLD_VERSION_HEAD = re.compile(rf"^[(【\[<〈]?(?:{_OLD_NAMES})(?:\s?[(（](?:{_OLD_NAMES})[)）])?[)】\]>〉]?$")


def old_version_first(first: str, second: str) -> bool | None:
    """Whether two heads side by side are the old version's then the new's (True), the new's then the old's (False), or
    not such a pair (None): 「変更前」「変更後」, 「正」「誤」."""
    if OLD_VERSION_HEAD.match(first) and NEW_VERSION_HEAD.match(second):
        return True
    if NEW_VERSION_HEAD.match(first) and OLD_VERSION_HEAD.match(second):
        return False
    return None


_DAY_CELL = re.compile(r"\d{1,2}\s{0,2}月\s{0,2}(?:\d{1,2}\s{0,2}日|[上中下]旬)")
# 「令和8年12月（市議会定例会）」「令和9年1月以降」: a cell of a step planned for a month too, its year before it (a spaced row that
# reads the same in both versions is restated unchanged whatever the date's precision)
_DATED_CELL = re.compile(_DAY_CELL.pattern + r"|年\s{0,2}\d{1,2}\s{0,2}月")


def _two_cells(line: str, spaced: bool = False) -> list[str] | None:
    """The two cells of a row parted by a bar or a tab (``spaced``: or, in a table set with spaces, a run of them)."""
    if "|" in line:
        cells = line.strip().strip("|").split("|")
    elif "\t" in line:
        cells = line.strip().split("\t")
    elif spaced and "  " in line.strip():
        cells = _GAP.split(line.strip())  # 「令和8年5月29日(金)正午    令和8年5月22日(金)正午」: a text dump's columns
    else:
        return None
    return [cell.strip() for cell in cells] if len(cells) == 2 else None


STACKED_BLOCK = 150  # a column given after the other (a PDF's text layer) is at most this many lines long
_CELL_NUMBER = re.compile(r"^\s*[\d\s]{0,8}$")  # 「12」: a cell of a page's or a line's number
_CELL_NUMBERS = re.compile(r"[\d ]+")  # 「12 18 4 6」: such cells run together


def _stacked_old_column(lines: list[str], index: int) -> tuple[int, int] | None:
    """「誤」 over 「正」 (or 「変更前」 over 「変更後」), each on a line of its own, then the old column's rows one after
    another and the new column's rows after them, the first row's lead (「1 目的 …」) again where the second begins: a
    comparison table whose text layer gives its columns one after the other. The span of lines of the old column."""
    head = lines[index].strip()
    old_first = bool(OLD_VERSION_HEAD.match(head))
    if not old_first and not NEW_VERSION_HEAD.match(head):
        return None
    below = index + 1
    while below < len(lines) and not lines[below].strip():
        below += 1
    if below >= len(lines) or not (NEW_VERSION_HEAD if old_first else OLD_VERSION_HEAD).match(lines[below].strip()):
        return None
    first = below + 1
    while first < len(lines) and _CELL_NUMBER.match(lines[first]):
        first += 1
    return _stacked_span(lines, first, old_first)


STACKED_HEAD_LINE = 160  # characters of a stacked table's head run onto one line (its names and row numbers), at most
STACKED_HEAD_NAME = 6  # characters of each of its names, at most (「頁」「行」「該当箇所」「訂正前」)
_OLD_NAME = rf"(?:誤|旧|{BEFORE_CHANGE})"
_NEW_NAME = rf"(?:正|新|{AFTER_CHANGE})"
_STACKED_PAIR = re.compile(rf"(?:(?P<old_first>{_OLD_NAME}{_NEW_NAME})|(?P<new_first>{_NEW_NAME}{_OLD_NAME}))$")


def _stacked_heads_in_line(line: str) -> bool | None:
    """「記 頁 行 誤 正 1 2 2 3 …」: the head of a table whose columns stand one after the other (``_stacked_old_column``)
    with its line breaks run together, its names parted by a space each, the old and new columns' names last (the rows'
    numbers after them, the first column's cells); True when the old column's name comes first, False when the new
    one's, None for any other line."""
    if "  " in line.strip() or "\u3000" in line or "\t" in line or "|" in line:
        return None  # (a table's head set with gaps: its columns stand side by side)
    words = line.split()
    while words and words[-1].isdigit():
        words.pop()  # (the column of row, page or line numbers, given before the columns of text)
    names = "".join(words)  # (「記頁行誤正」: the names' one-letter words joined as a word spaced out)
    if len(names) > STACKED_HEAD_NAME * 4 or HAS_DIGIT_CHAR.search(names) or not (pair := _STACKED_PAIR.search(names)):
        return None
    return pair.lastgroup == "old_first"


def _stacked_old_column_in_line(lines: list[str], index: int) -> tuple[int, int] | None:
    """``_stacked_old_column`` for its head run onto one line (``_stacked_heads_in_line``)."""
    old_first = _stacked_heads_in_line(lines[index])
    if old_first is None:
        return None
    first = index + 1
    while first < len(lines) and (not lines[first].strip() or _CELL_NUMBERS.fullmatch(lines[first])):
        first += 1  # (the rows' page and line numbers, cut into lines of their own or not)
    return _stacked_span(lines, first, old_first)


def _stacked_span(lines: list[str], first: int, old_first: bool) -> tuple[int, int] | None:
    """The span of lines of the old column of a stacked comparison table whose rows begin at line ``first``."""
    if first >= len(lines):
        return None
    lead = lines[first].strip()[:6]
    if len(lead) < 4:
        return None
    for again in range(first + 1, min(len(lines), first + STACKED_BLOCK)):
        if lines[again].strip().startswith(lead):
            span = (first, again) if old_first else (again, min(len(lines), again + again - first))
            if any(_DAY_CELL.search(line) for line in lines[span[0] : span[1]]):
                return span
            return None
    return None


# 「               変  更  後                         変  更  前」: the heads of a comparison table a PDF's text layer sets with
# spaces (pdftotext -layout), each head's letters spread out and centred over its column; the rows' cells stand under
# them, a row's cell of a step the change creates alone on the left (「ア 受付期限 …」 beside 「(新設)」's blank)
_VERSION_HEADS_APART = re.compile(r"[ \t\u3000]{4,}")


# 「 頁   改　　正　　後          改　　正　　前」: a narrow first column of the pages (or rows) each row stands on, its name
# before the left version's head, its cells numbers at the rows' starts (「 ６   （２）現地説明会」), no version's words
_PAGE_COLUMN_HEAD = re.compile(r"(?:頁|ページ|行|No\.?|番号|項番)[ \t\u3000]{2,}")
_PAGE_CELL = re.compile(r"^[0-9０-９]{1,3}(?:[ \t\u3000]+|$)")


def _spaced_version_heads(line: str) -> tuple[int, int, int] | None:
    """The column kept (0: the new version on the left, 1: on the right), the display column that parts the two
    columns (halfway between the heads' middles) and the one where the left version's column begins (past a column of
    page numbers before it, 0 when there is none) of a head line of a comparison table set with spaces."""
    text = line.rstrip()
    parts = [
        (gap.start(), gap.end()) for gap in _VERSION_HEADS_APART.finditer(text) if gap.start() > len(text) - len(text.lstrip())
    ]
    if len(parts) != 1:
        return None
    left, right = text[: parts[0][0]], text[parts[0][1] :]
    indent = len(left) - len(left.lstrip())
    pages = _PAGE_COLUMN_HEAD.match(left, indent)
    lead = pages.end() if pages else indent
    words = ["".join(part.split()) for part in (left[lead:], right)]
    old_first = old_version_first(words[0], words[1])
    if old_first is None:
        return None
    keep = 1 if old_first else 0
    left_middle = _width(left[:lead]) + _width(left[lead:]) // 2
    right_start = _width(text[: parts[0][1]])
    return keep, (left_middle + right_start + _width(right) // 2) // 2, _width(left[:lead]) if pages else 0


def _cells_by_column(row: str, split: int, lead: int = 0) -> list[str]:
    """A row's text left of a display column and right of it (its cells parted by two spaces or more), the page's
    number a cell left of ``lead`` opens with (a first column of pages) and a page's foot (「-2-」) left out."""
    sides: list[list[str]] = [[], []]
    for column, cell in _spaced_cells(row.rstrip()):
        if CENTRED_PAGE_MARK.fullmatch(cell.strip()):
            continue  # (「令和9年1月以降  令和9年1月以降  -2-」: the page's foot run onto the last row, a text run onto one line)
        if column < lead - 1:
            cell = _PAGE_CELL.sub("", cell.strip())
        sides[column >= split].append(cell.strip())
    return [" ".join(cell for cell in side if cell) for side in sides]


# 「改　正　後　　　　　　　　　　改　正　前」 over 「（三）質問の受付期限　令和八年十月九日（金）（三）質問の受付期限　令和八年九月二十五日」
# / 「午後五時　　　　　　　　　　　　　　（金）午後五時」: a comparison table whose two columns are blocks of text set side
# by side at a fixed width (a gazette's 新旧対照表, a PDF's two-column layout), each head at its column's left edge, each
# column's text wrapped at its width (a date cut across two lines) and the left one padded to the right one's edge, so
# that a full left line runs into the right column with no gap at all. Each line is cut at the right head's display
# column; a column's piece that reaches its edge goes on on the next line, and a numbered item's text (「（二）」「ア．」)
# goes on to the next item's number.
EDGE_ROWS = 2  # rows whose right text starts at the right head's column after the left one's padding, at least
EDGE_REACH = 60  # lines of such a table, at most
EDGE_ITEM = re.compile(r"[(（][一二三四五六七八九十0-9０-９]{1,3}[)）]|[0-9０-９]{1,2}[.．]|[ア-ン][.．]|[・※○〇]")


def _at_display(line: str, column: int) -> int | None:
    """The index of ``line``'s character that starts at display column ``column`` (None when one straddles it)."""
    width = 0
    for at, char in enumerate(line):
        if width == column:
            return at
        if width > column:
            return None
        width += _width(char)
    return len(line) if width == column else None


def _version_column_edge(source: list[str], head: int, first: int) -> int | None:
    """The display column where the right version's column begins in a table whose columns are blocks of text set at a
    fixed width (the heads' line at ``head``, its rows from ``first``): the right head's start, when the left head stands
    at the rows' margin and EDGE_ROWS rows at least start their right text there after the left text's padding."""
    text = source[head].rstrip()
    if not text or text[:1].isspace():
        return None  # (heads centred over their columns: the rows are cut at their gaps)
    gaps = [gap for gap in _VERSION_HEADS_APART.finditer(text) if gap.start() > 0]
    if len(gaps) != 1:
        return None
    edge = _width(text[: gaps[0].end()])
    padded = 0
    for row in source[first : first + EDGE_REACH]:
        if not row.strip() or len(row) > SPACED_ROW_MAX:
            break
        at = _at_display(row.rstrip(), edge)
        if at is not None and 0 < at < len(row.rstrip()) and row[at - 1] in _INDENT_ONE and not row[at].isspace():
            padded += 1
    return edge if padded >= EDGE_ROWS else None


def _version_rows_by_edge(source: list[str], result: list[str], index: int, keep: int, edge: int) -> int:
    """The rows from ``index`` of a table cut at ``edge`` (``_version_column_edge``), to a blank line: the kept column's
    pieces joined while each reaches its column's edge, read on the line its text begins (the others left empty); a cell
    the same in both columns, dated, is marked unchanged. The index of the line after the rows."""
    end = index
    while end < len(source) and end - index < EDGE_REACH and source[end].strip() and len(source[end]) <= SPACED_ROW_MAX:
        end += 1
    pieces: list[tuple[str, str]] = []
    for row in source[index:end]:
        row = row.rstrip()
        at = _at_display(row, edge)
        if at is None:  # (a wide character across the edge: the cut before it)
            at = next(k for k in range(len(row), -1, -1) if _width(row[:k]) <= edge)
        pieces.append((row[:at].rstrip(), row[at:].strip()))
    widths = [max((_width(piece[side]) for piece in pieces), default=0) for side in (0, 1)]
    limits = [edge - 2, widths[1] - 2]  # (a wide character short of the edge: a gutter, or a word not cut)
    cells: list[dict[int, str]] = [{}, {}]
    for side in (0, 1):
        opened, item = None, False
        for k, piece in enumerate(pieces):
            text = piece[side].strip()
            if not text:
                opened = None
                continue
            if opened is not None and not EDGE_ITEM.match(text):
                cells[side][opened] += text
            else:
                opened, item = k, EDGE_ITEM.match(text) is not None
                cells[side][k] = text
            if _width(piece[side]) < limits[side] and not item:
                opened = None  # (the piece ends short of its edge, no numbered item's text: its cell ends here)
    for k in range(end - index):
        result[index + k] = ""
    for k, text in cells[keep].items():
        cell = normalize_line(text).strip()
        result[index + k] = " " + cell
        other = cells[1 - keep].get(k)
        if other is not None and normalize_line(other).strip() == cell and "月" in cell and _DATED_CELL.search(cell):
            result[index + k] += " (変更なし)"  # (a row that reads the same in both versions: unchanged, restated)
    return end


def _spaced_version_rows(lines: list[str], result: list[str], index: int, keep: int, split: int, lead: int = 0) -> int:
    """The rows under a spaced comparison table's heads read as the kept version's cells (to a blank line the table
    does not go on under); the index of the line after them."""
    previous: list[str] = ["", ""]
    while index < len(lines) and len(lines[index]) <= SPACED_ROW_MAX:
        row = lines[index]
        if not row.strip():
            if not _version_rows_go_on(lines, index, split, lead):
                break
            index += 1
            continue
        if RULE_LINE.fullmatch(row):
            result[index] = ""
            previous = ["", ""]
        else:
            cells = _cells_by_column(row, split, lead)
            result[index] = " " + cells[keep] if cells[keep] else ""
            if cells[0] == cells[1] and "月" in cells[keep] and _DATED_CELL.search(cells[keep]):
                below = lines[index + 1] if index + 1 < len(lines) and len(lines[index + 1]) <= SPACED_ROW_MAX else ""
                if not _date_wrapped_on(below, split):
                    result[index] += " (変更なし)"  # (a row that reads the same in both versions: unchanged, restated)
            elif _same_date_a_line_up(cells[keep], previous[1 - keep]):
                result[index] += " (変更なし)"
            previous = cells
        index += 1
    return index


SPACED_ROWS_BLANKS = 2  # blank lines between two items of a spaced comparison table, at most


def _version_rows_go_on(lines: list[str], index: int, split: int, lead: int) -> bool:
    """「３　指定期間    ３　指定期間」 / … / (a blank line) / 「９　募集日程    ９　募集日程」: the blank line at ``index``
    parts two items of the table (a text layer sets a blank line between a 新旧対照表's sections), the first line under
    it a row with a cell in each version's column (a line of one column, a page's number, prose: the table has ended;
    the heads again: a table of their own)."""
    below = index
    while below < len(lines) and below - index < SPACED_ROWS_BLANKS and not lines[below].strip():
        below += 1
    if below >= len(lines) or not lines[below].strip() or len(lines[below]) > SPACED_ROW_MAX:
        return False
    row = lines[below]
    if "  " not in row.strip() or _spaced_version_heads(row):
        return False
    return all(_cells_by_column(row, split, lead))


# 「令和8年7月9日（木）」: a cell's date with its year, from where two cells' words are compared
_DATED_TAIL = re.compile(r"(?:(?:令和|平成)\s{0,2}(?:\d{1,2}|元)\s{0,2}年|\d{4}\s{0,2}年)?\s{0,2}" + _DAY_CELL.pattern)


def _same_date_a_line_up(kept: str, other_above: str) -> bool:
    """The kept cell's date, and what follows it, as the other version's cell on the line above gives it (「ア　第1回」 over
    「日時　令和8年7月9日（木）」 beside 「ア　日時　令和8年7月9日（木）」: the change put an item's heading over the row, its
    date the same, one line lower)."""
    dates = [_DATED_TAIL.search(cell) for cell in (kept, other_above)]
    return all(dates) and kept[dates[0].start() :] == other_above[dates[1].start() :]


# 「年5月31日(月)午後5時まで」 opening a row's cell: the rest of a date the line above cut after its era's year (「…から令和9」)
_DATE_REST = re.compile(r"^\s{0,2}(?:年|月|日|\d{1,4}\s{0,2}[年月日])")


def _date_wrapped_on(below: str, split: int) -> bool:
    """「ア 提出期間 令和9年4月27日(火)から令和9」 the same in both columns over 「年5月24日(月)午後5時まで」 beside 「年5月31日
    (月)午後5時まで」: the row below (``below``) goes on with the rest of a date its two columns give apart, the date the
    change moved wrapped across the lines (a window's start the same in both); the row above is no unchanged one."""
    if not below.strip():
        return False
    cells = _cells_by_column(below, split)
    return cells[0] != cells[1] and all(_DATE_REST.match(cell) for cell in cells)


def _window_end_moved(new: str, old: str) -> str:
    """「(1) 募集要項の配布 令和8年8月3日(月)から令和8年9月18日(金)まで」 beside 「… 令和8年8月3日(月)から令和8年9月4日(金)
    まで」: the row of a window whose end alone the change moved; the old cell's window, its words from its start to its
    end, so that the row read alone still tells its start stands as it was (a papers' window opened by the call, no
    publication of the change). "" for any other row."""
    if not ("から" in new or "~" in new) or not ("から" in old or "~" in old):
        return ""
    now, was = find_mentions(new), find_mentions(old)
    if len(now) < 2 or len(was) < 2 or not now[0].range_start or not was[0].range_start:
        return ""
    moment = operator.attrgetter("year", "month", "day", "time")
    if moment(now[0]) != moment(was[0]) or moment(now[1]) == moment(was[1]):
        return ""
    return old[was[0].start : was[1].end] + "まで"


def old_version_column_dropped(lines: list[str], source: list[str] | None = None) -> list[str]:
    """「│ 新 │ 旧 │」 over rows 「│(3) 参加表明書の提出期限│(3) 参加表明書の提出期限│」 / 「│ 令和9年1月15日(金)…│ 令和9年1月8日
    (金)…│」: a comparison table of the text as it now reads beside the text as it read, no column of labels. Each row
    is read as the new version's cell alone (its wrapped lines one under the other, as the text they were cut from);
    the old version's cells, dates that no longer hold, are left out."""
    result = None
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        spaced = "|" not in line and "\t" not in line  # (「改正後    改正前」: the columns set with spaces)
        # (two spaces inside the line; stripped once, as both tests below that read it take lines of 160 at most)
        gapped = spaced and len(line) <= 160 and "  " in line.strip()
        if gapped and (columns := _spaced_version_heads(line)):
            result = result or list(lines)
            result[index - 1] = ""
            if index + 1 < len(lines) and not lines[index].strip() and lines[index + 1].strip():
                index += 1  # (a blank line between the heads and the rows, as the heads stand apart in a text dump)
            edge = _version_column_edge(source, index - 1, index) if source is not None and columns[2] == 0 else None
            if edge is not None:
                index = _version_rows_by_edge(source, result, index, columns[0], edge)
                continue
            index = _spaced_version_rows(lines, result, index, *columns)
            continue
        if (
            spaced
            and len(line) <= STACKED_HEAD_LINE
            and ("正" in line or "後" in line or "新" in line)
            and (stacked := _stacked_old_column_in_line(lines, index - 1))
        ):  # (the head run onto one line: 「記 頁 行 誤 正 1 2 2 3 …」)
            result = result or list(lines)
            result[stacked[0] : stacked[1]] = [""] * (stacked[1] - stacked[0])
            index = max(index, stacked[1])
            continue
        if len(line) > 60:
            continue
        if spaced and not gapped:
            if len(line) < 12 and (stacked := _stacked_old_column(lines, index - 1)):
                result = result or list(lines)
                result[stacked[0] : stacked[1]] = [""] * (stacked[1] - stacked[0])
                index = max(index, stacked[1])
            continue
        head = _two_cells(line, spaced)
        if not head:
            continue
        old_first = old_version_first(head[0], head[1])
        if old_first is None:
            continue
        keep = 1 if old_first else 0
        result = result or list(lines)
        result[index - 1] = ""
        while index < len(lines):
            row = lines[index]
            if RULE_LINE.fullmatch(row):
                result[index] = ""
            elif (cells := _two_cells(row, spaced)) is not None:
                result[index] = " " + cells[keep] if cells[keep] else ""
                if cells[0] == cells[1] and "月" in cells[keep] and _DATED_CELL.search(cells[keep]):
                    result[index] += " (変更なし)"  # (a row that reads the same in both versions: unchanged, restated)
                elif cells[0] != cells[1] and cells[keep] and _DATED_CELL.search(cells[keep]):
                    # (a dated row that reads otherwise in the old version: changed, as a change notice marks its rows;
                    # a window whose end alone moved keeps its old value beside it, its start as it was)
                    before = _window_end_moved(cells[keep], cells[1 - keep])
                    result[index] += f" (変更前:{before})" if before else " 【変更】"
            else:
                break
            index += 1
    return result or lines


# 「│ No. │ 該当箇所 │ 変更箇所 │ 変更前(参考) │」 over 「│1│入札説明会の日時│時刻 14時00分│R10.1.19(水)10時00分│」: a change
# table whose new cell names the half of the step's moment it changes (「日付」 the day alone, 「時刻」 the hour alone),
# the other half as the old column has it; the new cell is read as the whole new moment
_HALF_KEY = re.compile(r"^[(（【\[]?(?P<half>日付|期日|時刻)(?:のみ)?[)）】\]]?\s{0,2}[:：]?\s{0,4}(?P<value>\S.{0,60})$")
_HALF_CLOCK = re.compile(CLOCK_UNNAMED)
_OLD_HEAD_NOTE = re.compile(r"\s{0,2}[(（【\[](?:参考|参照)[)）】\]]$")  # 「変更前（参考）」: the old column, given for reference


def _old_column(cells: list[str]) -> int | None:
    """The index of the cell of a table's head that heads the column of the old version (「変更前」「旧」「変更前（参考）」)."""
    found = [at for at, cell in enumerate(cells) if OLD_VERSION_HEAD.match(_OLD_HEAD_NOTE.sub("", cell.strip()))]
    return found[0] if len(found) == 1 else None


def _moment_halves(text: str) -> tuple[str, str] | None:
    """A cell's day and its hour (「R10.1.19(水)」, 「10時00分」), each as written, when it holds one of each."""
    clocks = list(_HALF_CLOCK.finditer(text))
    if len(clocks) != 1:
        return None
    day = (text[: clocks[0].start()] + " " + text[clocks[0].end() :]).strip()
    days = find_mentions(day)
    if len(days) != 1 or days[0].month is None or days[0].time is not None:
        return None
    return day, clocks[0].group().strip()


def half_changed_cells_completed(lines: list[str]) -> list[str]:
    if not any(("日付" in line or "時刻" in line or "期日" in line) and ("|" in line or "\t" in line) for line in lines):
        return lines
    result = lines
    old_at, width = None, 0
    for index, line in enumerate(lines):
        bar = "|" if "|" in line else "\t" if "\t" in line else ""
        if not bar:
            if line.strip():
                old_at = None  # (a sentence under the table ends it)
            continue
        cells = line.split(bar)
        head = _old_column(cells) if len(line) < 120 else None
        if head is not None:
            old_at, width = head, len(cells)
            continue
        if old_at is None or len(cells) != width:
            continue
        halves = _moment_halves(cells[old_at])
        if not halves:
            continue
        for at, cell in enumerate(cells):
            keyed = _HALF_KEY.match(cell.strip()) if at != old_at else None
            if not keyed:
                continue
            value = keyed["value"].strip()
            clocks = len(_HALF_CLOCK.findall(value))
            days = [m for m in find_mentions(value) if m.month is not None]
            if keyed["half"] == "時刻" and clocks == 1 and not days:
                cells[at] = f" {halves[0]} {value} "  # (the hour alone changed: the old day)
            elif keyed["half"] != "時刻" and len(days) == 1 and not clocks and days[0].time is None:
                cells[at] = f" {value} {halves[1]} "  # (the day alone changed: the old hour)
            else:
                continue
            result = result if result is not lines else list(lines)
            result[index] = bar.join(cells)
    return result


# 「1 4(1)中「令和8年7月17日(金)午後5時」を「令和8年7月24日(金)午後5時」に訂正する。」「5(1)中「…」とあるのは「…」と読み
# 替えるものとする。」: a 告示 amending another by the numbers of its items, the new words quoted; a 告示 in kanji numbers
# its items so (「三の(二)中「6月5日」を「6月12日」に、「午後5時」を「正午」に改める。」: a date and its time, each quoted)
_NUMERAL = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_ITEM = rf"{_NUMERAL}(?:の?\({_NUMERAL}\)|[.-]\d{{1,2}}){{0,2}}"
# 「「6月5日」を「6月12日」に」: the old words quoted, then the new
_REPLACED_WORDS = re.compile(r"「[^「」]{1,80}」\s{0,2}(?:を|とあるのは[、,]?)\s{0,2}「(?P<new>[^「」]{1,120})」\s{0,2}[にと]")
_AMENDED_ITEM = re.compile(
    rf"^\s{{0,4}}(?:\d{{1,2}}\s{{1,2}})?(?:[^「」。]{{0,30}}?の)?(?P<item>{_ITEM})\s{{0,2}}中\s{{0,2}}"
    rf"(?P<words>(?:{_REPLACED_WORDS.pattern}[、,]?\s{{0,2}}){{1,4}})"
    r"(?:訂正|改め|読み替え|変更|修正)"
)
# 「告示第412号の4(1)は参加申込書の提出期限、4(3)は質問に対する回答、…10は委託期間を定める項目である。」「告示中、
# 「三の(二)」が企画提案書の提出期限、「三の(四)」がプレゼンテーション審査…に関する規定です。」: what each item the
# amendment cites is about, told in a note
_ITEM_NAMED = re.compile(
    rf"(?:^|[、\s]|の|「)(?P<item>{_ITEM})」?[はが](?P<name>[^、。「」]{{2,30}}?)(?=、|を定める|に関する|$|。)"
)


# 「（８）11（１）中「申請書及び資料の提出期限の日（令和9年5月31日（月））」を「申請書及び資料の提出期」 / 「限の日（令和9年
# 6月7日（月））」に改める。」: a clause that replaces quoted words, its new words wrapped onto the next line
_NEW_WORDS_OPEN = re.compile(r"」\s{0,2}を\s{0,2}「[^「」]{0,120}$")
_NEW_WORDS_CLOSE = re.compile(r"^\s{0,8}[^「」]{0,120}」\s{0,2}に\s{0,2}(?:改め|訂正|変更|修正)")
# 「四　２の（３）…の提出期限中「令和八年十一月十六日（月）」を」 / 「「令和八年十一月二十日（金）」に改める。」: the clause
# wrapped between its old words and its new ones, the new words whole on the next line
_OLD_WORDS_END = re.compile(r"」\s{0,2}を\s{0,2}$")
_WHOLE_NEW_WORDS = re.compile(r"^\s{0,8}「[^「」]{1,120}」\s{0,2}に\s{0,2}(?:改め|訂正|変更|修正)")


def amending_clauses_rejoined(lines: list[str]) -> list[str]:
    """A clause 「…中「old」を「new」に改める」 whose new words a page wrapped onto the next line (or that wrapped after
    its 「old」を, the new words whole below) read as one line (on the first; the second left empty), so the new words
    and their dates stand together."""
    result = lines
    for index, line in enumerate(lines[:-1]):
        if result is not lines and not result[index] and line:
            continue  # (the rest of the clause above, joined to it)
        if (
            "を" in line
            and "」" in line
            and (
                (_NEW_WORDS_OPEN.search(line) and _NEW_WORDS_CLOSE.match(lines[index + 1]))
                or (_OLD_WORDS_END.search(line) and _WHOLE_NEW_WORDS.match(lines[index + 1]))
            )
        ):
            result = result if result is not lines else list(lines)
            result[index], result[index + 1] = line.rstrip() + lines[index + 1].strip(), ""
    return result


# 「（競争参加資格確認申請書の提出期限）」 over 「四の(一)中「…」を「…」に改める。」: a 改め文's clause under a caption in
# brackets (見出し) that names the step the clause amends
_CLAUSE_CAPTION = re.compile(r"^\s{0,8}[(（](?P<name>[^()（）「」、。]{2,40})[)）]\s{0,4}$")


def amended_items_named(lines: list[str]) -> list[str]:
    """The lines of an amendment by item numbers (``_AMENDED_ITEM``) read as the item's step and its new words
    (「参加申込書の提出期限 令和8年7月24日(金)午後5時」, 「企画提案書の提出期限 6月12日 正午」 where a date and its time
    are replaced apart) when a note of the notice names what each item is about; the old words quoted, dates that no
    longer hold, are left out. Without such a note the lines stay as they are."""
    amended = {index: match for index, line in enumerate(lines) if "中" in line and (match := _AMENDED_ITEM.match(line))}
    if not amended:
        return lines
    names: dict[str, str] = {}
    for line in lines:
        if ("は" in line or "が" in line) and "、" in line and len(line) < 400:
            for named in _ITEM_NAMED.finditer(line):
                names.setdefault(named["item"], named["name"].strip())
    result = list(lines)
    for index, match in amended.items():
        name = names.get(match["item"])
        if name:
            news = [words["new"] for words in _REPLACED_WORDS.finditer(match["words"])]
            result[index] = f"{match['item']} {name} {' '.join(news)}"
        elif index and (caption := _CLAUSE_CAPTION.match(lines[index - 1])) and not _DAY_CELL.search(caption["name"]):
            # (the clause's caption on the line above: the step it amends; 「A及びB」 over as many new words, one each)
            news = [words["new"] for words in _REPLACED_WORDS.finditer(lines[index])]  # (「…に改め、同項(四)中…」 too)
            if kind_of(caption["name"]) == "published" and all(words.rstrip().endswith("まで") for words in news):
                result[index] = ""  # (the end of a window of papers handed out moved: its start, the call's, stays)
                continue
            steps = caption["name"].split("及び")
            pairs = zip(steps, news) if len(steps) == len(news) > 1 else [(caption["name"], " ".join(news))]
            result[index] = f"{match['item']} " + "、".join(f"{step} {words}" for step, words in pairs)
    return result


# 「【 】内は変更前の予定です。」 over 「令和8年6月10日（水）から6月12日（金）まで」 / 「【令和8年4月22日（水）から4月24日（金）
# まで】」: a schedule's old value in the brackets its legend names, wrapped onto a line of its own under the new one; read
# as one line with it (the first; the second left empty), as where it follows on the same line
# (「内は変更前」「内が当初」: a legend's words after the brackets it names, saying they hold the old values; also
# ``change_notices.OLD_IN_BRACKETS``'s, of any brackets)
IN_BRACKETS_OLD = r"\s{0,2}内(?:は|が|の)[^。]{0,6}?(?:(?:変更|訂正|修正|延長|延期)前|当初|従前|旧)"
OLD_BRACKET_LEGEND = re.compile(r"【\s{0,3}】" + IN_BRACKETS_OLD)
OLD_BRACKET_LINE = re.compile(r"\s{0,8}【[0-9年月日()令和平成元からまで~〜～\s:時分午前後上中下旬頃火水木金土]{4,60}】\s{0,4}")


def old_brackets_under_new(lines: list[str]) -> list[str]:
    if not any("】内" in line or "】 内" in line for line in lines):
        return lines
    if not any(len(line) <= 60 and OLD_BRACKET_LEGEND.search(line) for line in lines):
        return lines
    result = list(lines)
    for index in range(1, len(lines)):
        line = lines[index]
        if "【" not in line or not OLD_BRACKET_LINE.fullmatch(line) or not _DIGIT.search(line):
            continue
        above = result[index - 1]
        if above.strip() and "【" not in above and _DIGIT.search(above) and len(above) <= 200:
            result[index - 1], result[index] = above.rstrip() + line.strip(), ""
    return result


def changes_on_next_line(lines: list[str]) -> list[str]:
    """「…2026年10月5日(月)9時~10月7日(水)17時」 / 「→ 2026年10月19日(月)9時~10月21日(水)17時」: the change of the
    dates ending a line, written on the next line after an arrow, read as one line (on the first; the second left empty)."""
    result = list(lines)
    text = "\n".join(lines)
    if not _ARROW_ONLY.search(text):
        return result
    # (only a line with an arrow, and the line under it, can be either case: one scan of the text finds them)
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    arrowed = {bisect.bisect_right(starts, found.start()) - 1 for found in _ARROW_ONLY.finditer(text)}
    furniture: list[int] | None = None  # (counted once, and only where an arrow ends a line)
    for index in sorted({at for line in arrowed for at in (line, line + 1) if 0 < at < len(lines)}):
        above = lines[index - 1].rstrip()
        if (
            above.endswith(_ARROW_CHARACTERS) and lines[index].strip() and not _ARROW_FIRST.match(lines[index])
        ):  # (the arrow at the end of the line above, the new date on this one)
            # (「2020/6/5(金)17:00 →」 / a browser print's footer 「https://… 1/3」 and header 「2020/04/17 16:05 …」 /
            # 「2020/7/3(金)17:00」: a page break between the arrow and the new value, its furniture passed over)
            furniture = page_furniture(lines) if furniture is None else furniture
            below = index
            while below + 1 < len(lines) and below - index < ARROW_PAGE_BREAK_REACH and furniture[below] > furniture[below - 1]:
                below += 1
            joined = result[index - 1].rstrip() + " " + lines[below].strip()
            changed = changed_dates_removed(joined)
            if changed != joined:
                result[index - 1], result[below] = changed, ""
            continue
        arrow = _ARROW_FIRST.match(lines[index])
        if arrow and "は" in lines[index][:60] and _TOPIC_DAY.match(lines[index], arrow.end()):
            continue  # 「→ 10/12(月)は閉庁のため、実質は…」: a remark on the row, its day the sentence's topic, no new value
        if arrow and lines[index - 1].strip() and lines[index - 1].rstrip()[-1:] not in "。.":
            joined = result[index - 1].rstrip() + " " + lines[index].strip()
            changed = changed_dates_removed(joined)
            if changed != joined:
                result[index - 1], result[index] = changed, ""
    return result


@remembered(8192)  # (a line's cells are read by spaced_columns_as_tabs, then by timeline_rows; nobody changes them)
def _spaced_cells(line: str) -> list[tuple[int, str]]:
    """(display column, text) of each cell of a line whose cells are parted by two spaces or more. A line's indent of
    one space is no part of its first cell (「　10　　審査結果の通知」 under 「　 9　　プレゼンテーション審査」: both numbers
    stand in the table's first column)."""
    cells, column, at = [], 0, 0
    if line[:1] in _INDENT_ONE and line[1:2] not in _INDENT_ONE:
        column, at = _width(line[0]), 1
    for gap in _GAP.finditer(line):
        if gap.start() > at:
            cells.append((column, line[at : gap.start()]))
        spaces = gap.group()  # (spaces and tabs, one column each; full-width spaces, two)
        column += _width(line[at : gap.start()]) + len(spaces) + spaces.count("\u3000")
        at = gap.end()
    if len(line) > at:
        cells.append((column, line[at:]))
    return cells


# A two-column table set with spaces (a text browser's dump of a page's table: lynx, w3m) whose step's cell wraps onto
# the next line under itself, the date's column empty there: 「端末実機デモンストレーション   2027年6月下旬」 /
# 「及びプレゼンテーション審査」, a row of the same two columns above or below. When only the whole cell names a step,
# its rest goes on the row's first cell (the next line left empty).
KEY_REST_MAX = 30  # characters of the rest of a wrapped step's cell, at most


def _key_wrapped(source: list[str], index: int) -> bool:
    """Whether line ``index + 1`` is the rest of the first of line ``index``'s two spaced cells, a date in the second."""
    row, rest = _spaced_cells(source[index].rstrip()), _spaced_cells(source[index + 1].rstrip())
    if len(row) != 2 or len(rest) != 1 or rest[0][0] != row[0][0] or len(rest[0][1]) > KEY_REST_MAX:
        return False
    (key_at, key), (value_at, value) = row
    if rest[0][0] + _width(rest[0][1]) >= value_at or not FLAT_DATE_CELL.search(folded(value)):
        return False
    if FLAT_DATE_CELL.search(folded(rest[0][1])) or kind_of(key) or not kind_of(key + rest[0][1]):
        return False
    if FLAT_DATE_CELL.search(folded(key)):  # (「※2027/09/28 17:00    （変更前：…）」 over 「【開札予定日時】」: a dated row and
        return False  # the next step's key under it, no step's name wrapped)
    near = [k for k in (index - 2, index - 1, index + 2, index + 3) if 0 <= k < len(source) and "  " in source[k]]
    return any([at for at, _ in _spaced_cells(source[k].rstrip())] == [key_at, value_at] for k in near)


def wrapped_keys_joined(source: list[str], lines: list[str]) -> list[str]:
    result = list(lines)
    for index in range(len(lines) - 1):
        below = source[index + 1].strip()
        if not below or "  " in below or "\t" in lines[index] or "  " not in source[index].strip():
            continue
        if len(source[index]) <= SPACED_ROW_MAX and _key_wrapped(source, index):
            gap = _GAP.search(lines[index], len(lines[index]) - len(lines[index].lstrip()) + 1)  # (after the key)
            if gap is not None:
                result[index] = lines[index][: gap.start()] + lines[index + 1].strip() + lines[index][gap.start() :]
                result[index + 1] = ""
    return result


def _timeline_date(text: str) -> bool:
    """A timeline's date cell: a date alone (「2/1(月)」「4月上旬」), or with its step's time (「2/10(水)17:00」)."""
    text = normalize_line(text).strip()
    return bool(TIMELINE_DATE.fullmatch(text) or TIMELINE_TIMED_DATE.fullmatch(text))


FLOW_GOES_ON = re.compile(r"\s*(?:…|⋯|\.{3})+\s*")


def _arrowed_cells(line: str) -> list[tuple[int, str]]:
    """(display column, text) of each step of a line of steps parted by arrows (or by two spaces or more)."""
    cells, at = [], 0
    for arrow in TIMELINE_STEP_ARROW.finditer(line):
        if arrow.start() > at and line[at : arrow.start()].strip():
            cells.extend((_width(line[:at]) + column, text) for column, text in _spaced_cells(line[at : arrow.start()]))
        at = arrow.end()
    if line[at:].strip():
        cells.extend((_width(line[:at]) + column, text) for column, text in _spaced_cells(line[at:]))
    # 「… ▶ 企画提案書提出締切 ▶ …」: a flow wrapped onto a second row marks where it goes on with an ellipsis
    return [cell for cell in cells if not FLOW_GOES_ON.fullmatch(cell[1])] if "…" in line or "..." in line else cells


def timeline_rows(source: list[str], lines: list[str]) -> list[str]:
    """A sideways timeline's dates and steps as rows 「step<TAB>date time」, one on each line of its block."""
    result = list(lines)
    for index, line in enumerate(source):
        if len(line) > SPACED_ROW_MAX or not _GAP.search(line) or not _DIGIT.search(line):
            continue
        dates = _spaced_cells(line.rstrip())
        if len(dates) < 2 or not all(_DIGIT.search(text) for _, text in dates):  # (a fast test first)
            continue
        if not all(_timeline_date(text) for _, text in dates):
            continue
        block, steps, arrowed = [index], [[] for _ in dates], False
        for below in range(index + 1, min(len(source), index + 1 + TIMELINE_LINES)):
            text = source[below].rstrip()
            if not text.strip():
                break
            cells = _spaced_cells(text)
            if all(_timeline_date(cell) for _, cell in cells):
                break  # the next row of dates
            block.append(below)
            if TIMELINE_AXIS.fullmatch(text) or TIMELINE_MARKS_ONLY.fullmatch(text):
                continue
            if TIMELINE_ARROW_CHARS.search(text):
                cells = _arrowed_cells(text)
                arrowed = arrowed or len(cells) >= 2
                if len(cells) == len(dates):  # a step under each date, in their order (a font's arrows and rules
                    for step, (_, cell) in zip(steps, cells):  # drawn wide or narrow shift the columns)
                        step.append(normalize_line(cell).strip())
                    continue
            for column, cell in cells:
                nearest = min(range(len(dates)), key=lambda k: abs(dates[k][0] - column))
                if abs(dates[nearest][0] - column) <= 6:
                    steps[nearest].append(normalize_line(cell).strip())
        while len(block) < len(dates) and block[-1] + 1 < len(source) and not source[block[-1] + 1].strip():
            block.append(block[-1] + 1)  # (a row of three dates over one line of steps: the blank lines after it)
        while len(block) < len(dates) and block[0] > 0 and not source[block[0] - 1].strip() and not result[block[0] - 1]:
            block.insert(0, block[0] - 1)  # (five dates over their times and steps, a second row right below: above too)
        if (
            not all(steps)
            or len(block) < len(dates)
            or not arrowed
            and not any(TIMELINE_AXIS.fullmatch(source[i].rstrip()) for i in block)
        ):
            continue
        for at, ((_, date), step) in zip(block, zip(dates, steps)):
            words = " ".join(step)
            times = TIMELINE_CLOCK.findall(words)
            label = TIMELINE_CLOCK.sub("", words).strip()
            result[at] = f"{label}\t{normalize_line(date).strip()}{(' ' + times[0]) if len(times) == 1 else ''}"
        for at in block[len(dates) :]:
            result[at] = ""
    return result


# A timeline drawn as rows: a row of dates (slides, a Gantt-like text, a PDF's row copied out), a row of their times
# under it (not lined up when some dates have none), then a row of their steps, each step's words wrapped onto a row
# below: 「9/13(月) 9/21(火) 10/22(金)」 / 「14:00」 / 「公募開始 事業者説明会 参加資格」 / 「(本日) 確認結果通知」. The steps pair
# with the dates column by column where their counts agree. A wrapped row with as many words goes by column too;
# one with fewer words gives them, in order, to the steps whose name ends in no act (「参加資格」「企画提案書」
# 「優先交渉権者」, a thing or a party: the name goes on below), its bracketed asides (「(本日)」) to none; a row of
# times with fewer times than dates is left out (no column to read them by).
DATE_ROW_DATE = re.compile(r"(?:" + TIMELINE_DATE.pattern + r"|" + TIMELINE_TIMED_DATE.pattern + r")(?:の週)?")
DATE_ROW_TIME = re.compile(r"(?:" + TIMELINE_CLOCK.pattern + r")(?:~|から|まで)?")
DATE_ROW_MIN = 3  # dates of such a row, at least
DATE_ROW_LINE_MAX = 200  # characters of such a row, at most
DATE_ROW_WORD_MAX = 20  # characters of a step's word, at most
DATE_ROW_WRAPS = 2  # rows a step's words go on over, at most
STEP_ACT_END = re.compile(
    r"(?:開始|公開|公表|公告|公示|締切|締め切り|〆切|期限|受付|提出|通知|決定|締結|契約|審査|説明会|回答|発表|実施|開札|入札|"
    r"ヒアリング|プレゼンテーション|プレゼン|面接|選定|特定|掲載|配布|交付|閲覧|申込|申込み|登録|開催|公募|募集)$"
)
DATE_ROW_ASIDE = re.compile(r"\(.*\)|\[.*\]|【.*】")


def _date_row(line: str) -> list[str] | None:
    if len(line) > DATE_ROW_LINE_MAX or not _DIGIT.search(line):
        return None
    words = [normalize_line(word) for word in line.split()]
    if len(words) < DATE_ROW_MIN or not all(_DIGIT.search(word) for word in words):
        return None
    return words if all(DATE_ROW_DATE.fullmatch(word) for word in words) else None


def _date_row_steps(line: str) -> list[str] | None:
    """The words of a row of steps (or their wrapped rests): short, no date, no sentence."""
    text = folded(line).strip()
    if not text or len(text) > DATE_ROW_LINE_MAX or text.endswith("。") or text[:1] in "※*注":
        return None
    words = [normalize_line(word) for word in text.split()]
    if any(len(word) > DATE_ROW_WORD_MAX or FLAT_DATE_CELL.search(word) for word in words):
        return None
    return words


def date_rows_over_steps(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with each timeline drawn as rows of dates over rows of steps set as rows 「step<TAB>date time」, each
    standing for its row of dates; None when the text holds no such timeline."""
    out: list[str] = []
    origin: list[int] = []
    index, found = 0, False
    while index < len(lines):
        dates = _date_row(lines[index]) if "/" in lines[index] or "月" in lines[index] else None
        if dates is None:
            out.append(lines[index])
            origin.append(index)
            index += 1
            continue
        count, at, times = len(dates), index + 1, [""] * len(dates)
        while at < len(lines) and not lines[at].strip() and at <= index + 1:
            at += 1
        words = [normalize_line(word) for word in lines[at].split()] if at < len(lines) else []
        if words and all(DATE_ROW_TIME.fullmatch(word) for word in words):
            times = words if len(words) == count else times
            at += 1
        steps = _date_row_steps(lines[at]) if at < len(lines) else None
        if steps is None or len(steps) != count:
            out.append(lines[index])
            origin.append(index)
            index += 1
            continue
        at += 1
        for _ in range(DATE_ROW_WRAPS):
            rests = _date_row_steps(lines[at]) if at < len(lines) else None
            if not rests or len(rests) > count or _date_row(lines[at]) is not None:
                break
            if len(rests) == count:
                steps = [step + rest for step, rest in zip(steps, rests)]
            else:
                words = [word for word in rests if not DATE_ROW_ASIDE.fullmatch(word)]
                open_steps = [k for k, step in enumerate(steps) if not STEP_ACT_END.search(step)]
                if len(words) != len(open_steps):
                    break  # (no column to read them by: the line is read on its own)
                for k, word in zip(open_steps, words):
                    steps[k] += word
            at += 1
        if sum(1 for step in steps if kind_of(step)) * 2 < count:
            out.append(lines[index])
            origin.append(index)
            index += 1
            continue
        found = True
        for step, date, time in zip(steps, dates, times):
            out.append(f"{step}\t{date}{' ' + time if time else ''}")
            origin.append(index)
        index = at
    return (out, origin) if found else None


# 「項目 公告 質問締切 回答 …」 over 「月日 8月3日 8月12日 8月18日 …」: a table turned on its side whose cells are
# parted by single spaces too; lines next to each other with as many words, one of them all days, are its rows
# (「R9.5.10」「R9.7上旬」: an era's letter and its year, the month and day parted by dots)
DAY_WORD = re.compile(
    r"(?:(?:\d{4}年|令和\d{1,2}年)?\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|初旬|末)"
    r"|[RH]\d{1,2}\.\d{1,2}(?:\.\d{1,2}|上旬|中旬|下旬|初旬|末))(?:\([月火水木金土日]\))?|[-―]"
)
TOKEN_ROWS_MIN = 4  # words a line of such a table has at least: its key and three steps


def day_in_figures(word: str) -> bool:
    """A ``DAY_WORD`` written with digits: 「8月3日」「R9.5.10」 (its era's letter before them), no 「―」."""
    return word[:1].isdigit() or word[1:2].isdigit()


def token_columns(lines: list[str]) -> list[str]:
    """A block is a run of two lines or more with as many words (TOKEN_ROWS_MIN at least), one of them a key and all
    days (three or more written with digits, so holding 「月」 or the dots of 「R9.5.10」): found from such lines, the
    others never split."""
    result = list(lines)
    words: dict[int, list[str]] = {}

    def words_of(index: int) -> list[str]:
        if index not in words:
            line = lines[index]
            words[index] = line.split() if len(line) <= SPACED_ROW_MAX and "|" not in line else []
        return words[index]

    done: set[int] = set()
    for index, line in enumerate(lines):
        if ("月" not in line and "." not in line) or index in done:
            continue
        days = words_of(index)[1:]
        if not (all(DAY_WORD.fullmatch(word) for word in days) and sum(map(day_in_figures, days)) >= 3):
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


# 「2026/06/05 09:42　　0000000000　　鹿ノ沢町役場　総務課　　#0417 P.003/004」: the line a fax machine prints atop each
# page it sends, the time it was sent first and the page of the pages last (its number and sender between)
SENT_PAGE_LINE = re.compile(
    r"^\s{0,8}\d{2,4}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{1,2}\s{1,4}\d{1,2}:\d{2}\b.{0,100}?"
    r"\bP\s?\.?\s?\d{1,3}\s?/\s?\d{1,3}\s{0,8}$"
)


def page_furniture(lines: list[str]) -> list[int]:
    """How many lines of page furniture (「- 3 -」, a running header, a fax's line atop a page) stand at or before each
    line: a label above a page break still governs the date just after it."""
    marks = {
        index
        for index, line in enumerate(lines)
        if line
        and not line.isspace()
        and (
            PAGE_MARK.fullmatch(line)
            or (len(line) <= COLUMN_LINE_MAX and CENTRED_PAGE_MARK.fullmatch(line.strip()))
            or ("P" in line and ":" in line and SENT_PAGE_LINE.match(line))
        )
    }
    marks |= _numbered_headers(lines)
    marks |= _footers_over_bare_numbers(lines)
    if not marks:  # (no page's number: no line is furniture, none counted)
        return [0] * len(lines)
    repeated = _repeated_lines(lines)
    # a header by a page's number: WRAP_SKIP lines from it, and the first line of words past the blank lines after it or
    # before it (a form feed's, pdftotext's round the number)
    near = {index for mark in marks for index in range(max(0, mark - WRAP_SKIP), min(len(lines), mark + WRAP_SKIP + 1))}
    for mark in marks:
        for step in (-1, 1):
            at = mark + step
            while 0 <= at < len(lines) and not lines[at].strip():
                at += step
            if 0 <= at < len(lines):
                near.add(at)
    # (a notice of two or three pages: its running header twice, each time by a page's number or atop the first page)
    where: dict[str, list[int]] = {}
    for index in sorted(near):
        if lines[index].strip() and len(lines[index]) <= COLUMN_LINE_MAX:
            where.setdefault(lines[index].strip(), [])
    for index, line in enumerate(lines):
        if line.strip() in where:
            where[line.strip()].append(index)
    repeated |= {
        text
        for text, found in where.items()
        if len(found) >= 2 and not PAGE_MARK.fullmatch(text) and all(at in near or at < WRAP_SKIP for at in found)
    }
    furniture = [
        index in marks or (index in near and line.strip() in repeated and not _comparison_head_row(line))
        for index, line in enumerate(lines)
    ]
    # the blank lines round a page's number and header (pdftotext's page end, a form feed read as a line's end) are the
    # page break's too: a label over them still governs the date after them
    for index in [index for index, flag in enumerate(furniture) if flag]:
        for step in (-1, 1):
            at = index + step
            while 0 <= at < len(lines) and not furniture[at] and not lines[at].strip():
                furniture[at] = True
                at += step
    counts, total = [], 0
    for flag in furniture:
        total += flag
        counts.append(total)
    return counts


def _comparison_head_row(line: str) -> bool:
    """「No.<TAB>頁<TAB>箇所<TAB>誤<TAB>正」 printed again atop each page: a comparison table's header row (a column of the old
    version and one of the new), no running header: the rows under it read by its columns."""
    if "\t" not in line:
        return False
    cells = [cell.strip() for cell in line.split("\t")]
    return any(OLD_VERSION_HEAD.match(cell) for cell in cells) and any(NEW_VERSION_HEAD.match(cell) for cell in cells)


# 「鳩ヶ浦市公募型プロポーザル実施要領 3/7」: a running header with the page's number after it
NUMBERED_HEADER = re.compile(r"(?P<head>\S[^\t|]{1,80}?)\s{0,8}" + PAGE_MARK.pattern)
# 「千種県公報　　令和八年十二月四日（金曜日）　　号外第九十二号　　　　三」: a 公報's running header, its page's number
# in kanji after a gap
KANJI_PAGE_DIGITS = "一二三四五六七八九十"
KANJI_NUMBERED_HEADER = re.compile(r"(?P<head>\S[^\t|]{1,80}?)[ \u3000]{2,}(?P<page>[一二三四五六七八九十]{1,3})")
NUMBERED_HEADER_HINT = re.compile(r"\d\s{0,8}(?:[-‐―/]|ページ)?\s{0,8}\d{0,3}\s{0,8}$")  # (a line ending in a digit or mark)


_HINT_ENDS = ("-", "‐", "―", "/", "ジ")


def _mark_continues(head: str) -> bool:
    """「2026/6/10」 on a line of its own (a date cell of a table copied one cell a line): 「6/10」 goes on from
    「2026/」, a number of its own, no page's number after a header."""
    return head[-1:] in ("/", ".", "-") or head[-1:].isdecimal()


PAGE_NUMBER_ALONE = 3  # digits of a page's number on a line of its own, at most
FOOTER_PAGES = 3  # pages a footer over (or under) its page's number is seen on, at least


def _footers_over_bare_numbers(lines: list[str]) -> set[int]:
    """A slide deck's or a leaflet's footer (「葦原市 DX推進課 | 2026.10」, 「Harbour City Tourism Office - June 2027」)
    with the page's number alone on the next line of words (or the line before it): the same words on three pages at
    least, each time by another number. Both lines are page furniture, the footer's date the document's, no step."""
    words = [index for index, line in enumerate(lines) if line.strip()]
    by_text: dict[str, list[tuple[int, int, str]]] = collections.defaultdict(list)
    for at, index in enumerate(words):
        number = lines[index].strip()
        if not (len(number) <= PAGE_NUMBER_ALONE and number.isdecimal() and number.isascii()):
            continue
        for near in (at - 1, at + 1):  # (the footer just above the number, or a header just below it)
            if 0 <= near < len(words):
                text = lines[words[near]].strip()
                if len(text) <= PAGE_HEADER_MAX and not (len(text) <= PAGE_NUMBER_ALONE and text.isdecimal()):
                    by_text[text].append((words[near], index, number))
    marks: set[int] = set()
    for found in by_text.values():
        if len(found) >= FOOTER_PAGES and len({number for _, _, number in found}) == len(found):
            marks |= {index for pair in found for index in pair[:2]}
    return marks


def _numbered_headers(lines: list[str]) -> set[int]:
    """The lines of a running header that carries the page's number (its words the same on three pages at least)."""
    heads: dict[str, list[int]] = collections.defaultdict(list)
    kanji: dict[str, list[tuple[int, str]]] = collections.defaultdict(list)
    for index, line in enumerate(lines):
        # (a hint ends the line with a digit, a dash or 「ページ」, then spaces; 31 characters at most)
        if len(line) > 120:
            continue
        end = line[-1:]
        if end.isspace():
            end = line.rstrip()[-1:]
        if end in KANJI_PAGE_DIGITS:
            match = KANJI_NUMBERED_HEADER.fullmatch(line.strip())
            if match:
                kanji[match.group("head")].append((index, match.group("page")))
            continue
        if not (end.isdecimal() or end in _HINT_ENDS):
            continue
        if NUMBERED_HEADER_HINT.search(line, max(0, len(line) - 32)):
            match = NUMBERED_HEADER.fullmatch(line.strip())
            if match and not _mark_continues(match.group("head")):
                heads[match.group("head").strip()].append(index)
    for head, found in kanji.items():  # (each page's number its own: no column of a table that repeats its cells)
        if len({page for _, page in found}) == len(found):
            heads[head] += [index for index, _ in found]
    return {index for found in heads.values() if len(found) >= 3 for index in found}


# A page set in two columns as a PDF text layer keeps it (pdftotext -layout): each line holds a line of the left
# column, a wide gap, and a line of the right column, both columns numbered sections of their own
# (「1 入札に付する事項      5 入札説明書の交付」). Read as it stands, a right column's label and date
# sit under the left column's words; read a column at a time, each date is under its own label.
COLUMN_GAP = re.compile(r"\S(?P<gap>[ \u3000]{3,})(?=\S)")
THREE_SPACES = re.compile(r"[ \u3000][ \u3000]{2}")  # where a COLUMN_GAP's gap can be (a fast scan for a space)
# (「一 入札に付する事項」: a gazette's items numbered in kanji)
COLUMN_ITEM = re.compile(
    r"\s{0,4}(?:\d{1,2}\s|\(\d{1,2}\)|[\u2460-\u2473]|第\d{1,2}|[ア-ン][.\s]|\([ア-ン]\)|[一二三四五六七八九十]{1,2}[ \u3000])"
)
# (a leaflet's columns: its headings and items behind a mark, 「■事業の概要」 / 「●公募開始 2027年4月12日(月)」)
COLUMN_MARKED = re.compile(r"\s{0,4}[■□◆◇●○▼▲★◎]")
COLUMN_MIN = 36  # display columns: a right column starts this far in at least (a leaflet's narrow page: 38)
COLUMN_SLACK = 3  # a right column's line may start this much left of the column (a left line run long, a mark of ambiguous width)
COLUMN_LINES = 6  # lines split at the one column at least
COLUMN_ITEMS = 2  # numbered items in each column at least
COLUMN_LINE_MAX = 400
COLUMN_INDENT = 8  # a right column's wrapped lines start up to this much further in
COLUMN_HEAD_LINES = 3  # lines split at the column above a masthead or contents run across the page, at most


# 「├────────┼──┤          審査会で…」 beside 「│評価項目        │配点│        12 契約の締結」: a box drawn in the left
# column, its rules' 「─」 as wide as a full-width letter where it was laid out (its cells' words under them), though
# Unicode gives it no width of its own
DRAWN_WIDE = "─━═"


def _drawn_width(text: str) -> int:
    """``_width`` of ``text`` as a page lays it out, a box's rule counted as wide as the words it spans."""
    return _width(text) + sum(map(text.count, DRAWN_WIDE))


def _right_start(line: str) -> list[tuple[int, int]]:
    """(display column, character index) where text resumes after each wide gap of ``line`` (or after its indent)."""
    found, width, at = [], 0, 0
    indent = len(line) - len(line.lstrip(" \u3000"))
    if indent:
        width = _width(line[:indent])
        found.append((width, indent))
        at = indent
    # (COLUMN_GAP tries every place: a line without three spaces in a row after its indent is not searched)
    for gap in COLUMN_GAP.finditer(line, at) if THREE_SPACES.search(line, at) else ():
        width += _drawn_width(line[at : gap.start("gap")]) + _width(gap.group("gap"))
        at = gap.end("gap")
        found.append((width, at))
    return found


BAR_COLUMNS = re.compile(r"^(?P<left>[^|｜│┃]*?)\s{0,40}[｜│┃|](?P<right>[^|｜│┃]*)$")
BAR_LINES = 8  # lines parted by the one bar at least
TABLE_RULE = re.compile(r"^\s{0,8}[-=─━]{3,}\s?(?P<cross>[+┼╋┿])\s?[-=─━]{3,}\s*$")


def bar_columns(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """Two texts side by side, parted by a bar at one column (「日本語 ｜ English」): each read as a column,
    the left one's lines first; None for other text."""
    if len(lines) > 5000:
        return None
    split = {}
    for index, line in enumerate(lines):
        match = BAR_COLUMNS.match(line) if ("｜" in line or "│" in line or "┃" in line or " | " in line) else None
        if match:
            split[index] = (_width(line[: match.end("left")].rstrip()), match)
    if len(split) < BAR_LINES:
        return None
    at = {}
    for index, (_, match) in split.items():
        bar = _width(lines[index][: match.start("right")])
        at[bar] = at.get(bar, 0) + 1
    column, count = max(at.items(), key=lambda item: item[1])
    block = sorted(i for i, (_, m) in split.items() if abs(_width(lines[i][: m.start("right")]) - column) <= 1)
    if count < BAR_LINES or len(block) < BAR_LINES or block[-1] - block[0] + 1 > len(block) * 1.3:
        return None
    first, last = block[0], block[-1]
    for index in range(first, last + 1):  # 「-----+-----」 under 「Step | Date」: a table's rule crossed at the bar
        crossing = TABLE_RULE.match(lines[index]) if index not in split else None
        if crossing and abs(_width(lines[index][: crossing.start("cross")]) - (column - 1)) <= 1:
            return None  # a table's rows, each a label and its value, not two texts side by side
    left, right = [], []
    for index in range(first, last + 1):
        match = split.get(index, (0, None))[1]
        if match is None:
            left.append((lines[index], index))
            continue
        left.append((match["left"].rstrip(), index))
        right.append((match["right"].strip(), index))
    ordered = [(line, i) for i, line in enumerate(lines[:first])] + left + right
    ordered += [(line, i) for i, line in enumerate(lines[last + 1 :], start=last + 1)]
    return [line for line, _ in ordered], [i for _, i in ordered]


# A box drawn beside the body's text, on the same lines (a PDF's layout: the body on the left, 「┌ 日 程 ──┐」 /
# 「│公告      │」 / 「│ 令和10年4月10日（月） │」 / 「└────┘」 on the right): read as it stands, the box's labels and
# dates sit at the end of the body's lines and run on from its words. Read the box's text first (it belongs to no
# section of the body: read after it, it would stand under the body's last heading), then the body's lines.
BOX_SIDE = re.compile(r"(?P<edge>[┌└│┃])(?P<inner>[^┌└│┃┐┘┬┴┼]*)[┐┘│┃][ \u3000]*$")
BOX_RULE = str.maketrans("", "", "─━═")
BOX_LINES = 6  # lines of the box at least
BOX_BESIDE = 3  # the box's lines with the body's text to their left, at least


def box_columns(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a page with a box drawn beside its body's text, the box's text first and then the body's lines,
    with the source line of each; None for other text."""
    if len(lines) > 5000:
        return None
    for first, line in enumerate(lines):
        if "┌" not in line:
            continue
        side = BOX_SIDE.search(line)
        if side is None or side["edge"] != "┌" or not line[: side.start()].strip():
            continue
        column = _width(line[: side.start()])
        last, beside = first + 1, 1
        while last < len(lines):
            side = BOX_SIDE.search(lines[last])
            if side is None or _width(lines[last][: side.start()]) != column or side["edge"] == "┌":
                return None
            beside += bool(lines[last][: side.start()].strip())
            if side["edge"] == "└":
                break
            last += 1
        if last >= len(lines) or last - first + 1 < BOX_LINES or beside < BOX_BESIDE:
            return None
        left, right = [], []
        for index in range(first, last + 1):
            side = BOX_SIDE.search(lines[index])
            left.append((lines[index][: side.start()].rstrip(), index))
            inner = side["inner"].translate(BOX_RULE).strip()
            if inner:
                right.append((inner, index))
        order = [(text, index) for index, text in enumerate(lines[:first])] + right + left
        order += [(text, index) for index, text in enumerate(lines[last + 1 :], start=last + 1)]
        return [text for text, _ in order], [index for _, index in order]
    return None


# Boxes drawn side by side, parted by spaces or arrows (a flow chart of the steps: 「┌────┐      ┌────┐」 /
# 「│ 現地説明会 申込 │ ──→ │ 現地説明会 │」 / 「│ 令和9年6月8日(火) │ ──→ │ 令和9年6月11日(金) │」 / 「│ 午後5時まで │ … 」):
# read line by line, each line runs the boxes' words together. Read each box whole, one after another: its step, its
# date and the time under it stand on lines of their own. The n-th piece 「│…│」 of a line is the n-th box still open
# (a box drawn longer than the others goes on alone under their 「└──┘」).
BOX_PIECE = re.compile(r"(?P<edge>[│┃┌└])(?P<inner>[^│┃┌└┐┘]*)[│┃┐┘]")
BOX_DAY = re.compile(r"\d\s{0,2}[月/]\s{0,2}\d{1,2}")  # 「6月8日」「6/8」: a box that holds its step's day
BOX_TOPS = re.compile(r"[ \u3000]*┌[─━]*┐(?:[ \u3000]*┌[─━]*┐)+[ \u3000]*")


def _box_row(lines: list[str], index: int) -> tuple[list[list[tuple[str, int]]], int] | None:
    """The boxes of the row whose tops line ``index`` draws side by side (each box's text and source line) and the line
    below the row; None when an edge is not closed."""
    line = lines[index]
    if line.count("┌") < 2 or not BOX_TOPS.fullmatch(line):
        return None
    boxes: list[list[tuple[str, int]]] = [[] for _ in range(line.count("┌"))]
    still = list(range(len(boxes)))  # the boxes not closed yet, left to right
    below = index + 1
    while below < len(lines) and still:
        pieces = list(BOX_PIECE.finditer(lines[below]))
        if len(pieces) != len(still):
            break
        closed = []
        for box, piece in zip(still, pieces):
            if piece["edge"] == "└":
                closed.append(box)
            elif piece["edge"] != "┌" and piece["inner"].strip():
                boxes[box].append((piece["inner"].strip(), below))
        still = [box for box in still if box not in closed]
        below += 1
    return None if still else (boxes, below)


def boxes_side_by_side(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a text with rows of boxes drawn side by side, each box's text on lines of its own after the boxes
    before it, with the source line of each; None when there are none (or their edges do not close)."""
    if len(lines) > 5000 or not any(line.count("┌") >= 2 for line in lines):
        return None
    out: list[tuple[str, int]] = []
    index, changed = 0, False
    while index < len(lines):
        row = _box_row(lines, index) if lines[index].count("┌") >= 2 else None
        dated = sum(any(BOX_DAY.search(text) for text, _ in box) for box in row[0]) if row else 0
        if dated < 2:  # (an edge the row does not close, boxes that name steps dated below them: as they stand)
            out.append((lines[index], index))
            index += 1
            continue
        boxes, below = row
        for box in boxes:
            out += box + [("", box[-1][1] if box else index)]
        index, changed = below, True
    return ([text for text, _ in out], [i for _, i in out]) if changed else None


# A flow of steps whose dates stand under it, outside its boxes: boxes side by side (「┌──┐ ┌──┐」 / 「│ 公 告 │→│ 質問受付
# │」 / 「└──┘ └──┘」) or steps parted by arrows (「参加申込 → 質 問 → 審 査」), over a line with a cell under each step, in
# their order (「令和8年4月13日(月)   4月14日(火)～   4月24日(金)」), and a line or two that go on under those cells (a
# window's end, a time: 「            4月20日(月)正午」, each piece under the nearest cell of the first line). Each step
# becomes a row 「step<TAB>its day and time」, on a line of its own.
FLOW_DAY = re.compile(r"\d\s{0,2}[月/.]\s{0,2}\d|\d\s{0,2}月\s{0,2}(?:上旬|中旬|下旬|初旬|末)")
FLOW_PIECE_MAX = 24  # characters of a cell under a step, at most (a longer one is prose)
FLOW_LINES_BELOW = 3  # lines under the steps that hold their dates, at most
FLOW_STEP_MAX = 30  # characters of a step parted by arrows, at most
FLOW_TAIL = re.compile(r"[(（]?(?:正午|予定|必着|までに|まで|から|~|～){1,3}[)）]?")  # a piece with no digit that goes on a date
BOX_BOTTOMS = re.compile(r"[ \u3000]*└[─━]*┘(?:[ \u3000]*└[─━]*┘)+[ \u3000]*")


def _step_words(pieces: list[str]) -> str:
    """A step's name from its lines, a name spaced out letter by letter (「公　告」「審 査」) run together."""
    words = []
    for piece in pieces:
        parts = piece.split()
        words.append("".join(parts) if all(len(part) == 1 for part in parts) else " ".join(parts))
    return "".join(words)


def _flow_piece(text: str) -> bool:
    return len(text) <= FLOW_PIECE_MAX and (bool(_DIGIT.search(text)) or bool(FLOW_TAIL.fullmatch(text)))


def _dates_under(lines: list[str], below: int, steps: int) -> tuple[list[list[str]], int] | None:
    """The pieces under each of ``steps`` steps in the lines from ``below`` on, and the line after them; None when the
    first line does not hold a cell under each step, days in two of them at least."""
    if below >= len(lines) or len(lines[below]) > SPACED_ROW_MAX or not FLOW_DAY.search(lines[below]):
        return None
    first = _spaced_cells(lines[below].rstrip())
    if (
        len(first) != steps
        or sum(bool(FLOW_DAY.search(text)) for _, text in first) < 2
        or any(len(text) > FLOW_PIECE_MAX for _, text in first)
    ):
        return None
    pieces = [[text.strip()] for _, text in first]
    end = below + 1
    while end < len(lines) and end - below < FLOW_LINES_BELOW and len(lines[end]) <= SPACED_ROW_MAX:
        cells = _spaced_cells(lines[end].rstrip())
        if not cells or not all(_flow_piece(text.strip()) for _, text in cells):
            break
        for k, (column, text) in enumerate(cells):
            nearest = k if len(cells) == steps else min(range(steps), key=lambda n: abs(first[n][0] - column))
            pieces[nearest].append(text.strip())
        end += 1
    return pieces, end


def flows_dated_below(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a text with a flow of steps dated under it, each step a row 「step<TAB>its dates」 where the flow
    and its dates stood, with the source line of each; None when there is none."""
    if len(lines) > 5000:
        return None
    whole = "\n".join(lines)  # (one scan of the text for an arrow or a box, not one per line)
    if not TIMELINE_ARROW_CHARS.search(whole) and "┌" not in whole:
        return None
    out: list[tuple[str, int]] = []
    index, changed = 0, False
    while index < len(lines):
        line, steps, below = lines[index], None, index + 1
        if line.count("┌") >= 2:
            row = _box_row(lines, index)
            if row and all(row[0]) and BOX_BOTTOMS.fullmatch(lines[row[1] - 1]):
                steps, below = [_step_words([text for text, _ in box]) for box in row[0]], row[1]
        elif len(line) <= SPACED_ROW_MAX and len(TIMELINE_ARROW_CHARS.findall(line)) >= 2 and not FLOW_DAY.search(line):
            cells = [text.strip() for _, text in _arrowed_cells(line.rstrip())]
            if len(cells) >= 3 and all(0 < len(cell) <= FLOW_STEP_MAX for cell in cells):
                steps = [_step_words([cell]) for cell in cells]
        dated = _dates_under(lines, below, len(steps)) if steps else None
        if not dated:
            out.append((line, index))
            index += 1
            continue
        pieces, end = dated
        for step, under in zip(steps, pieces):
            # (「結果通知」 over 「4/23(金)」 under 「一次審査」: the words over its day name what of the step it is)
            named = len(under) > 1 and not _DIGIT.search(under[0]) and not FLOW_TAIL.fullmatch(under[0])
            label, days = (step + under[0], under[1:]) if named else (step, under)
            out.append((f"{label}\t{_date_glued(days)}", below))
        out.append(("", end - 1))
        index, changed = end, True
    return ([text for text, _ in out], [i for _, i in out]) if changed else None


def _page_mark(line: str) -> bool:
    """「－ ２ －」, 「3/7」: a line that is a page's number only."""
    return len(line) <= COLUMN_LINE_MAX and bool(line.strip()) and bool(PAGE_MARK.fullmatch(folded(line.strip())))


# (an item after three spaces at least: where a right column's numbered item starts, after a gap or a deep indent; the
# lines are searched joined by a character no part of it takes, so that no match runs over a line's end)
_COLUMN_ITEM_AFTER_GAP = re.compile(f"[ \u3000]{{3}}(?:{COLUMN_ITEM.pattern}|{COLUMN_MARKED.pattern})")


def _column_item(line: str) -> bool:
    # (「17 Aug 2027 (Tue) 13:30」: an English date's day in a table's column of dates, no item's number)
    numbered = COLUMN_ITEM.match(line) is not None and not ENGLISH_DATE.match(line.lstrip())
    return numbered or COLUMN_MARKED.match(line) is not None


def _left_beside(left: str, column: int) -> bool:
    """``left`` (a line's text before a wide gap) is a left column's words ending before the right column starts: one
    run of words, no cells of a row parted by gaps of their own (「①交付開始          17:00」 under a timeline)."""
    words = left.strip()
    return bool(words) and not THREE_SPACES.search(words) and _width(left.rstrip()) < column - 1


def _versions_head(left: str, right: str) -> bool:
    """``left`` ends with a cell heading the old version (「誤」「変更前」) and ``right`` is the cell heading the new one
    (「正」「変更後」), or the other way round: the head of a comparison table's two last columns."""
    cells = left.split()
    if not cells or len(right) > 12:
        return False
    last, right = cells[-1], right.strip()
    return old_version_first(last, right) is not None


def _across(line: str, split: bool, column: int) -> bool:
    """``line`` (not split at the right column) runs across both columns from the page's left edge."""
    return not split and _width(line) > column + 4 and line[:1] not in (" ", "\u3000")


def two_columns(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a two-column page read column by column, with the source line of each; None for other text. A
    text of several such pages (each ending with its number) is read a page at a time."""
    if len(lines) > 5000 or not any("   " in line for line in lines):
        return None
    # (the right column's items, COLUMN_ITEMS at least, each where a line resumes after a gap or an indent as wide as
    # COLUMN_MIN - COLUMN_SLACK: three spaces before it at least; a text with fewer such items, the most, has none)
    if len(list(itertools.islice(_COLUMN_ITEM_AFTER_GAP.finditer("\0".join(lines)), COLUMN_ITEMS))) < COLUMN_ITEMS:
        return None
    # (a line too short to reach COLUMN_MIN - 1 display columns, two a character at most, resumes no right column)
    starts = [_right_start(line) if COLUMN_MIN - 1 <= 2 * len(line) and len(line) <= COLUMN_LINE_MAX else [] for line in lines]
    counts: dict[int, int] = {}
    headings: dict[int, int] = {}  # the lines whose text resumes at a width with an item's mark or number, by width
    for index, found in enumerate(starts):
        for width, at in found:
            if width >= COLUMN_MIN:
                counts[width] = counts.get(width, 0) + 1
                headings[width] = headings.get(width, 0) + _column_item(lines[index][at:])
    if not counts:
        return None
    column = max(counts, key=lambda width: sum(counts.get(width + d, 0) for d in (-1, 0, 1)))
    # the right column's numbered headings 「7 参加表明書の提出」 stand out to the left of its indented lines
    # 「  令和8年10月23日(金)17時まで」 (pdftotext -layout): the column starts at the headings' width
    # (headings, not a page's indented number 「－２－」 that the narrowest columns reach)
    column = min((w for w in counts if column - COLUMN_INDENT <= w < column and headings[w] > COLUMN_ITEMS), default=column)
    split: dict[int, int] = {}  # line -> character index where its right column starts (its wrapped lines indent more)
    for index, found in enumerate(starts):
        at = next((at for width, at in found if column - COLUMN_SLACK <= width <= column + COLUMN_INDENT), None)
        if at is None:  # 「…募集します。         17時まで(電子メール)」: a right column's table, its cell wrapped under its
            # own column further in, beside a left line that ends before the right column starts
            at = next(
                (at for width, at in found if width > column + COLUMN_INDENT and _left_beside(lines[index][:at], column)), None
            )
        if at is not None:
            split[index] = at
    both = [i for i, at in split.items() if lines[i][:at].strip()]
    if len(both) < COLUMN_LINES:
        return None
    # 「 No.  資料名  頁  行   誤        正」: a 正誤表 (or 新旧対照表) set with spaces, its head's last two cells the old and
    # the new version, each row's corrected text in the right one; a table's column, no page's (spaced_columns_as_tabs)
    if any(_versions_head(lines[i][: split[i]], lines[i][split[i] :]) for i in both):
        return None
    # 「       変  更  後                    変  更  前」: the heads of a comparison table's two columns over them (each
    # head's letters spread out), the text as it now reads beside the text as it read: one table, no page's columns
    if any(_spaced_version_heads(lines[i]) for i in range(max(0, min(both) - 2), min(both) + 1) if len(lines[i]) <= 160):
        return None
    # (the same heads further down, most of the lines split in two under them: the table, and a line or two above it
    # that a gap parts by chance, as a notice run onto one line and put back gives them)
    heads = (
        i
        for i in range(min(both), max(both))
        if len(lines[i]) <= 160 and "    " in lines[i] and ("前" in lines[i] or "誤" in lines[i] or "旧" in lines[i])
    )
    if (first := next((i for i in heads if _spaced_version_heads(lines[i])), None)) is not None and 2 * sum(
        i > first for i in both
    ) >= len(both):
        return None
    # 「 令和9年6月1日(火曜日)      募集要項等の公表」: a table aligned with spaces, each row's date first and its step
    # beside it (「第1回質問の受付期限」 no right column's item), no two-column page
    if 2 * sum(_timeline_date(lines[i][: split[i]]) for i in both) > len(both):
        return None
    first, last = min(both), max(both)
    # 「第1287号          令和8年4月20日（月曜日）」 / 「○…の実施（情報政策課）……1」: a gazette's masthead and its contents
    # run across the page above the columns; the columns start under the last such line, when it stands over all but
    # a few of the lines both columns share
    head = max((i for i in range(first, last + 1) if _across(lines[i], i in split, column)), default=None)
    if head is not None and sum(i < head for i in both) <= COLUMN_HEAD_LINES:
        both = [i for i in both if i > head]
        if len(both) < COLUMN_LINES:
            return None
        first = min(both)
        split = {i: at for i, at in split.items() if i >= first}
    right_items = sum(_column_item(lines[i][at:]) for i, at in split.items())
    left_items = sum(_column_item(line) for i, line in enumerate(lines[first:], start=first) if i not in split or i in both)
    if right_items < COLUMN_ITEMS or left_items < COLUMN_ITEMS:
        return None
    while last + 1 < len(lines) and (last + 1 in split or _width(lines[last + 1].rstrip()) < column - 1):
        last += 1  # either column's last lines, where the other has ended
    ordered = [(line, i) for i, line in enumerate(lines[:first])]
    page_ends = [index for index in range(first, last + 1) if index not in split and _page_mark(lines[index])]
    page_starts = [first, *(end + 1 for end in page_ends)]
    for start, end in zip(page_starts, [*page_ends, last + 1], strict=True):
        left, right = [], []  # each page's columns: its left column's lines, then its right one's
        for index in range(start, end):
            line = lines[index]
            at = split.get(index)
            if _across(line, at is not None, column):
                if start == first or index - start > WRAP_SKIP:
                    return None  # a line running across both columns (no page's running header): not a two-column page
            left.append((line[:at].rstrip() if at is not None else line, index))
            if at is not None:
                right.append((line[at:], index))
        ordered += left + right + ([(lines[end], end)] if end <= last else [])  # (then the page's number)
    ordered += [(line, i) for i, line in enumerate(lines[last + 1 :], start=last + 1)]
    return [line for line, _ in ordered], [i for _, i in ordered]


# A gazette's two-column page (県報, 公報) copied from a viewer that reads across it: each line a line of the left
# column, one half-width space, and the line of the right column beside it (「…第18条第 　…策定支援業務に係」 /
# 「１項の規定により、… る公募型プロポーザルを…」). The page's own words are full-width, spaced with 「　」, so the one
# half-width space of each line is the gutter; the right column's numbered items (「２　履行期間」「３　…の配布」)
# come after it in the middle of the lines, in order. Read a column at a time, each date is under its own label.
# A page whose own words are spaced with half-width spaces too (pdftotext without -layout: 「１ 事業の目的 ４ スケジュール」
# / 「本町では、豊かな里山と果樹園を生かした ⑴ 公募開始」 / 「⑵ 委託期間 契約締結日から令和９年２月 令和８年６月５日…」)
# has its gutter where the left column's lines fill its width, or before the right column's item (「運営業務 ⑸ 企画提案書の
# 提出期限」), or at the line's one space.
GUTTER_LINES = 8  # lines in a row with the one half-width space, at least
GUTTER_ITEMS = 3  # the right column's items numbered one after the other, at least
GUTTER_LEFT_MIN = 24  # the left column is this wide (display columns) on some line at least: no key and its value
GUTTER_FULL_LINES = 4  # lines whose left column fills its width, at least, where a line has more than one space
GUTTER_SLACK = 3  # display columns a full left line may fall short of the column's width (a wrap before a long word)
GUTTER_SPACES_MAX = 8  # half-width spaces of a line looked at, at most
GUTTER_ITEM = re.compile(
    r"[\u3000 ]{0,2}(?:(?P<number>[0-9０-９]{1,2})[\u3000．.、 ](?=\S)|(?P<circled>[\u2474-\u2487])|[(（](?P<bracketed>[0-9０-９]{1,2})[)）])"
)


def _gutter_spaces(line: str) -> list[int]:
    """Where ``line``'s half-width spaces stand that may part two texts (a space alone, not between two words of
    English); none for a line of more spaces than GUTTER_SPACES_MAX."""
    text = line.rstrip()
    if len(text) > COLUMN_LINE_MAX or text.count(" ") > GUTTER_SPACES_MAX:
        return []
    found, at = [], text.find(" ", 1)
    while 0 < at < len(text) - 1:
        before, after = text[at - 1], text[at + 1]
        if before != " " and after != " " and not (before.isascii() and after.isascii()):
            if text[:at].strip(QUOTE_MARKS):  # (「> （１）実施要領等の公表」: a mail's quoting mark, no column before it)
                found.append(at)
        at = text.find(" ", at + 1)
    return found


QUOTE_MARKS = " >＞|｜"  # the marks a reply or a chat puts before each line it quotes


# (a half-width space and an item after it: a line ``_numbered_run`` counts holds one, read in the text at once)
_GUTTER_ITEM_AFTER_SPACE = re.compile(" " + GUTTER_ITEM.pattern)


def _item_number(match: re.Match) -> int:
    if match["circled"]:
        return ord(match["circled"]) - 0x2473
    return int(unicodedata.normalize("NFKC", match["number"] or match["bracketed"]))


def _numbered_run(lines: list[str], spaces: list[list[int]]) -> bool:
    """A run of GUTTER_LINES lines with spaces (``_gutter_spaces``) at least, GUTTER_ITEMS of them with an item's number
    after one of their spaces: what ``gutter_columns`` needs of a run of columns before it reads one, its widths looked
    at only then (a line's gutter is one of its spaces; the items numbered in order are that many such lines)."""
    run = numbered = 0
    for line, found in zip(lines, spaces):
        if not found:
            run = numbered = 0
            continue
        run += 1
        numbered += any(GUTTER_ITEM.match(line, at + 1) for at in found)
        if run >= GUTTER_LINES and numbered >= GUTTER_ITEMS:
            return True
    return False


def _gutters(lines: list[str]) -> list[tuple[int, str] | None]:
    """Each line's gutter (the index of its space, and how it was found: 「one」 the line's one space; of several, 「full」
    the one at the left column's width, 「item」 the one before the right column's item, 「weak」 the first) or None."""
    # (「－ ５ －」: a page's number, no two columns)
    # (a line's spaces first: most lines of several spaces are ruled out by their count, before a page mark is folded)
    spaces = [_gutter_spaces(line) if " " in line else [] for line in lines]
    if not _numbered_run(lines, spaces):  # (page marks only part runs: most texts have none to look at them in)
        return [None] * len(lines)
    spaces = [[] if found and _page_mark(line) else found for line, found in zip(lines, spaces)]
    run, longest = 0, 0
    for found in spaces:
        run = run + 1 if found else 0
        longest = max(longest, run)
    if longest < GUTTER_LINES or not _numbered_run(lines, spaces):
        return [None] * len(lines)  # (no run of lines long enough: most texts, their widths never worked out)
    widths = [[_width(line[:at]) for at in found] for line, found in zip(lines, spaces)]
    counts: dict[int, int] = {}
    for width in widths:
        for w in width:
            if w >= GUTTER_LEFT_MIN:
                counts[w] = counts.get(w, 0) + 1
    column = max(counts, key=lambda w: (counts[w], w)) if counts else -GUTTER_LEFT_MIN
    result: list[tuple[int, str] | None] = []
    for line, found, width in zip(lines, spaces, widths):
        full = [at for at, w in zip(found, width) if column - GUTTER_SLACK <= w <= column + 1]
        if not found:
            result.append(None)
        elif len(found) == 1:
            result.append((found[0], "one"))
        elif full:  # (the right column's item after it, else the nearest the width: 「…円（消 ⑺ 審査結果の通知」)
            at = next((at for at in full if GUTTER_ITEM.match(line, at + 1)), None)
            if at is None:
                at = min(full, key=lambda at: abs(_width(line[:at]) - column))
            result.append((at, "full"))
        else:
            item = next(
                (at for at in found if GUTTER_ITEM.match(line, at + 1) and not GUTTER_ITEM.fullmatch(line[:at].strip() + " ")),
                None,
            )
            result.append((item, "item") if item is not None else (found[0], "weak"))
    return result


def gutter_columns(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a two-column page read across, its columns parted by one half-width space on each line, read
    column by column (each run of such lines on its own), with the source line of each; None for other text."""
    if len(lines) > 5000 or not any(" " in line for line in lines):
        return None
    # (the right column's items, GUTTER_ITEMS of them after a line's space: a text with fewer, most, has no gutter; an
    # item never runs over a line's end, so the lines are searched joined)
    if len(list(itertools.islice(_GUTTER_ITEM_AFTER_SPACE.finditer("\n".join(lines)), GUTTER_ITEMS))) < GUTTER_ITEMS:
        return None
    gutters = _gutters(lines)
    order, start, found = [], 0, False
    index = 0
    while index < len(lines):
        if gutters[index] is None:
            index += 1
            continue
        end = index
        while end < len(lines) and gutters[end] is not None:
            end += 1
        first, last = index, end
        while first < last and gutters[first][1] == "weak":  # (a title's words over the columns, no line of them)
            first += 1
        while last > first and gutters[last - 1][1] == "weak":
            last -= 1
        run = range(first, last)
        numbers = []
        for i in run:
            item = GUTTER_ITEM.match(lines[i], gutters[i][0] + 1)
            if item and lines[i][: gutters[i][0]].strip():
                numbers.append(_item_number(item))
        in_order = sum(after == before + 1 for before, after in itertools.pairwise(numbers))
        wide = max((_width(lines[i][: gutters[i][0]]) for i in run), default=0)
        spaced = any(gutters[i][1] != "one" for i in run)  # (a line of several spaces: the page's words spaced too)
        full = sum(gutters[i][1] == "full" for i in run)
        if (
            len(run) >= GUTTER_LINES
            and in_order >= GUTTER_ITEMS - 1
            and wide >= GUTTER_LEFT_MIN
            and (not spaced or full >= GUTTER_FULL_LINES)
        ):
            order += [(lines[i], i) for i in range(start, first)]
            order += [(lines[i][: gutters[i][0]].rstrip(), i) for i in run]
            order += [(lines[i][gutters[i][0] + 1 :], i) for i in run]
            start, found = last, True
        index = end
    if not found:
        return None
    order += [(lines[i], i) for i in range(start, len(lines))]
    return [line for line, _ in order], [i for _, i in order]


# A booklet scanned as spreads (two pages side by side, read by OCR) or a leaflet's two columns copied from a viewer
# that joins them: each line holds a line of the left page, the same few spaces every time, and the line of the right
# page beside it (「町民の健康づくりと、観光客との交流の   　募集要項の配布（町ホームページ）」). The left page's lines
# are not padded to a column, so the gap stands at no one width (``two_columns`` looks for one); where one page has
# no line beside the other's, the other's line stands alone at the margin. Read a page at a time, each of its dates is
# under its own label again.
SPREAD_GAP = re.compile(r"(?<=[^ \t]) {3,}(?=[^ \t])")  # (ASCII spaces: the joiner's, no page's own full-width indent)
SPREAD_LINES = 8  # lines joined by the gap in a run, at least
SPREAD_ALONE = 2  # lines of one page alone in a row between two joined ones, at most
SPREAD_SAME_GAP = 0.9  # of the joined lines (a page's number aside), the least whose gap is the same number of spaces
SPREAD_SWAY = 6  # display columns the gap's place sways over at least (less: a column at one width, a table's)
SPREAD_LEFT_MIN = 24  # display columns the left page's widest line runs to, at least (no table's label column)
SPREAD_FULL = 4  # left lines within SPREAD_FULL_SLACK of the widest, at least (a page's text fills its width)
SPREAD_FULL_SLACK = 6
SPREAD_SAME_SIDES = 4  # one joined line in this many, at least, the same on both sides: a comparison table
SPREAD_DATED_RIGHT = 2 / 3  # of the right pieces, the most that begin with a date (more: a table of steps' dates)


def _spread_gap(line: str) -> re.Match | None:
    """The one gap of ``line`` that may join two pages' lines (None for a line of no gap, or of two or more)."""
    gaps = SPREAD_GAP.findall(line) if "   " in line else ()
    return SPREAD_GAP.search(line) if len(gaps) == 1 else None


def _dated_start(text: str) -> bool:
    found = find_mentions(normalize_line(text[:40]).strip())
    return bool(found) and found[0].start <= 1


def _spread_run(lines: list[str], gaps: list[re.Match | None], first: int, last: int) -> bool:
    """The joined lines from ``first`` to ``last`` are two pages side by side (``SPREAD_*``)."""
    joined = [i for i in range(first, last + 1) if gaps[i] and not _page_mark(lines[i][: gaps[i].start()])]
    if len(joined) < SPREAD_LINES:
        return False
    sizes = collections.Counter(len(gaps[i].group()) for i in joined)
    if sizes.most_common(1)[0][1] < SPREAD_SAME_GAP * len(joined):
        return False
    widths = [_width(lines[i][: gaps[i].start()]) for i in joined]
    widest = max(widths)
    if widest < SPREAD_LEFT_MIN or widest - min(widths) < SPREAD_SWAY:
        return False
    if sum(width >= widest - SPREAD_FULL_SLACK for width in widths) < SPREAD_FULL:
        return False
    if 2 * sum(_dated_start(lines[i][: gaps[i].start()].strip()) for i in joined) > len(joined):
        return False  # (a table of dates and their steps, the date first)
    # (「(1) 提出期限    (1) 提出期限」: the same words on both sides, a comparison table's two versions, no two pages)
    same = sum(lines[i][: gaps[i].start()].strip() == lines[i][gaps[i].end() :].strip() for i in joined)
    if SPREAD_SAME_SIDES * same >= len(joined):
        return False
    return sum(_dated_start(lines[i][gaps[i].end() :].strip()) for i in joined) <= SPREAD_DATED_RIGHT * len(joined)


def _spread_alone_right(lines: list[str], gaps: list[re.Match | None], index: int) -> bool:
    """A line alone between joined lines is the right page's, unless the right page's paragraph ended on the joined
    line above while the left page's goes on (a blank line of the right page beside the left one's line)."""
    above = next((i for i in range(index - 1, -1, -1) if gaps[i]), None)
    if above is None:
        return True
    left, right = lines[above][: gaps[above].start()].rstrip(), lines[above][gaps[above].end() :].rstrip()
    return not (right.endswith("。") and not left.endswith("。"))


def spread_columns(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a text with two pages joined line by line (``SPREAD_GAP``), each run of them read a page at a time,
    the left page's lines first, with the source line of each; None when there is none."""
    if len(lines) > 5000 or sum("   " in line for line in lines) < SPREAD_LINES:
        return None
    gaps = [_spread_gap(line) if len(line) <= COLUMN_LINE_MAX else None for line in lines]
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        if not gaps[index]:
            index += 1
            continue
        first = last = index
        at = index + 1
        while at < len(lines) and lines[at].strip() and at - last <= SPREAD_ALONE + 1:
            if gaps[at]:
                last = at
            at += 1
        if _spread_run(lines, gaps, first, last):
            runs.append((first, last))
        index = last + 1
    if not runs:
        return None
    order: list[tuple[str, int]] = []
    done = 0
    for first, last in runs:
        order += [(lines[i], i) for i in range(done, first)]
        left, right = [], []
        for i in range(first, last + 1):
            gap = gaps[i]
            if gap:
                left.append((lines[i][: gap.start()].rstrip(), i))
                right.append((lines[i][gap.end() :], i))
            elif _spread_alone_right(lines, gaps, i):
                right.append((lines[i], i))
            else:
                left.append((lines[i], i))
        order += left + right
        done = last + 1
    order += [(lines[i], i) for i in range(done, len(lines))]
    return [line for line, _ in order], [i for _, i in order]


# A flyer set in two columns whose text layer reads across both, a line of each column by turns (「1 施設の概要」 /
# 「4 募集スケジュール」 / 「(1)名称」 / 「◆募集要項の配布」 / …): each column's numbered sections run in order on every
# other line, the right column's numbers after the left one's. Read a column at a time, each date is under its
# own label again and a date the text cut (「7月26日(月)~7月30日」 / 「(金)午前9時~午後5時」) is whole.
INTERLEAVED_HEADING = re.compile(
    r"^[ \u3000]{0,4}(?P<number>[0-9０-９]{1,2})(?:[ \u3000]{1,4}|[.．、][ \u3000]{0,4})(?=[^\s0-9０-９.．、])"
)
INTERLEAVED_LINE_MAX = 40  # a section's heading is this short at most
INTERLEAVED_REACH = 5  # lines between a column's first section heading and the other column's, at most
INTERLEAVED_TRIES = 3  # pairs of headings looked at, at most
RULE_LINE_CHARS = set("─━═=-―ー_－ ")


def interleaved_columns(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a two-column page whose columns alternate line by line, read column by column, with the source
    line of each; None for other text. The columns run from a section heading of the left one to the first blank
    line (or rule) below, the right one's heading an odd number of lines down, numbered beyond the left one's; the
    left column's next section on its lines, each column's sections in order."""
    if len(lines) > 5000:
        return None
    heads = []
    for index, line in enumerate(lines):
        numbered = INTERLEAVED_HEADING.match(line) if len(line) <= INTERLEAVED_LINE_MAX else None
        if numbered:
            heads.append((index, int(unicodedata.normalize("NFKC", numbered["number"]))))
    tries = 0
    for (start, left_first), (other, right_first) in itertools.pairwise(heads):
        if right_first <= left_first + 1 or (other - start) % 2 == 0 or other - start > INTERLEAVED_REACH:
            continue
        tries += 1
        if tries > INTERLEAVED_TRIES:
            return None
        end = start
        while end < len(lines) and lines[end].strip() and not set(lines[end].strip()) <= RULE_LINE_CHARS:
            end += 1
        inside = [(index, number) for index, number in heads if start <= index < end]
        left = [number for index, number in inside if (index - start) % 2 == 0]
        right = [number for index, number in inside if (index - start) % 2 == 1]
        if (
            left == list(range(left_first, left_first + len(left)))
            and right == list(range(right_first, right_first + len(right)))
            and len(left) >= 2
            and left[-1] < right_first
        ):
            order = [*range(start), *range(start, end, 2), *range(start + 1, end, 2), *range(end, len(lines))]
            return [lines[index] for index in order], order
    return None


# A notice handed over by a converter that ends every line or paragraph with an empty line (Word or a web page to
# text: 「質問の受付」 / 「」 / 「令和9年7月20日から」 / 「」 / …): a label and the date under it, a table's rows, a list
# of dates, a window across two lines are parted by a blank line each. When nearly every text line has exactly
# one blank line below it, the blank lines are the converter's, not the writer's: a run of k blank lines stands for
# k // 2 of the writer's (one between each two lines is none, three where the writer left one are one).
DOUBLE_SPACED_LINES = 6  # text lines a double-spaced text has at least
DOUBLE_SPACED_ADJACENT = 0.05  # text lines run straight onto the next, at most this share of them


def double_spaced(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a text with a blank line after every line, those converter's blank lines taken out, with the
    source line of each; None for other text."""
    texts = [index for index, line in enumerate(lines) if line.strip()]
    adjacent = sum(after == before + 1 for before, after in itertools.pairwise(texts))
    if len(texts) < DOUBLE_SPACED_LINES or adjacent > len(texts) * DOUBLE_SPACED_ADJACENT:
        return None
    texts_at = set(texts)
    kept, blank = [], 0
    for index in range(len(lines)):
        blank = 0 if index in texts_at else blank + 1
        if blank % 2 == 0:
            kept.append(index)
    return [lines[index] for index in kept], kept


# A notice handed over with every line indented by the same spaces (a converter's or a mail's margin: 「    1 件名」 /
# 「    2 日程」 / 「      (1) 公告日 …」): the margin is no one's indent, and a heading, an item mark or a table
# row is read at the line's start only without it. The spaces every text line begins with are taken out.


# A flow chart's arrow drawn into a box's side on the box's own line: 「│ 質問書の提出 │◀────┘」 (from the box above on the
# right), 「└────▶│ 質問への回答 │」. The box's line reads as a row of the box's cells with the arrow as a cell of its
# own; the arrow is blanked (its width kept, so the boxes' columns still line up).
# (a corner at the arrow's far end: the flow turning in from a box above; 「│…│ ──→ │…│」 between boxes side by side stays)
ARROW_INTO_BOX_RIGHT = re.compile(r"(?<=[│┃])[ \u3000]{0,2}[◀◁←][─━]*[┘┐]")
ARROW_INTO_BOX_LEFT = re.compile(r"[└┌][─━]*[▶▷►→](?=[ \u3000]{0,2}[│┃])")


# 「↓」 alone on a line between a step's old date and its new one: 「6月15日(月)午後5時」 / 「↓」 / 「6月19日(金)午後5時」
_DOWN_ARROW_ALONE = re.compile(rf"\s{{0,40}}[{DOWN_ARROWS}]\s{{0,4}}")
# the line under the arrow: the new value alone, opening on its date (「令和8年…」「6月19日…」「2026/6/19…」) or on a mark of the
# new value (「（変更後）6月19日」「【新】…」), never a step's name (a flow's boxes: 「公告 6月1日」 / 「↓」 / 「質問締切 6月10日」)
_NEW_VALUE_OPENING = re.compile(
    rf"\s{{0,40}}(?:[(（【\[〔<〈]\s{{0,2}}(?:{AFTER_CHANGE}|新|正)\s{{0,2}}[)）】\]〕>〉]\s{{0,2}}[:：]?\s{{0,2}})?"
    r"(?:令和|平成|R\s{0,1}\d|[0-9０-９]{1,4}\s{0,1}[年月/／.．])"
)
_DATED = re.compile(r"[0-9０-９一二三四五六七八九十]\s{0,2}[月/／.．]\s{0,2}[0-9０-９一二三四五六七八九十]")
# what the new value's line may hold besides its mark: the date, its weekday, the hour and 「まで」「必着」 (a flow's box
# names its step: 「9/8(水)　質問締切　17:00」 under 「9/1(水)　公募開始」 / 「↓」 is the next step, not a change)
_VALUE_ALONE_REST = re.compile(r"[^\s0-9０-９年月日時分秒()（）火水木金土曜祝:：/／.．,、〜～\-令和平成R午前後正頃までに必着]")


# the same run onto one line (its breaks spaces): 「…提出期限 令和7年11月10日(月)午後5時 ↓ 令和7年11月21日(金)午後5時 (2) …」,
# the arrow between the end of the old date (its day, weekday or hour) and the opening of the new one
_DOWN_ARROW_BETWEEN = re.compile(
    rf"(?<=[0-9０-９)）日時分])\s{{1,40}}([{DOWN_ARROWS}])" + _NEW_VALUE_OPENING.pattern.replace(r"\s{0,40}", r"\s{1,40}", 1)
)
_DATED_REACH = 24  # characters before the arrow the old date's month and day stand in, at most


def down_arrows_in_line(line: str) -> str:
    """``line`` with each 「↓」 between an old date and its new one (``_DOWN_ARROW_BETWEEN``) made 「→」 (one character for
    one: the line's offsets stay)."""
    if not any(mark in line for mark in "↓⇓⬇⇩"):
        return line
    arrows = [
        m.start(1) for m in _DOWN_ARROW_BETWEEN.finditer(line) if _DATED.search(line, max(0, m.start() - _DATED_REACH), m.start())
    ]
    pieces, last = [], 0
    for at in arrows:  # (pieces joined once: as many arrows as a long line holds, read in one pass)
        pieces += [line[last:at], "→"]
        last = at + 1
    return "".join([*pieces, line[last:]])


def down_arrows_joined(lines: list[str]) -> list[str] | None:
    """A step's old date, 「↓」 alone below it, its new date below that: the change on one line (「… → …」), the arrow's
    line and the new value's blank (the lines keep their places); an arrow between two dates on one line made 「→」."""
    result = None
    for index, line in enumerate(lines):
        inline = down_arrows_in_line(line) if len(line) > 44 else line
        if inline != line:
            result = result if result is not None else list(lines)
            result[index] = inline
    for index in range(1, len(lines) - 1):
        line = lines[index]
        if len(line) > 44 or not _DOWN_ARROW_ALONE.fullmatch(line):
            continue
        above, below = lines[index - 1], lines[index + 1]
        opening = _NEW_VALUE_OPENING.match(below) if len(below) <= 120 else None
        if not opening or not _DATED.search(above) or not _DATED.search(below):
            continue
        if len(_VALUE_ALONE_REST.findall(below, opening.end())) > 1:
            continue
        result = result if result is not None else list(lines)
        result[index - 1] = result[index - 1].rstrip() + " → " + below.strip()
        result[index] = result[index + 1] = ""
    return result


def box_arrows_blanked(lines: list[str]) -> list[str] | None:
    """The lines with each arrow drawn into a box's side blanked; None when no line has one. (However long the
    notice: a line is read only when it holds a box's side and an arrow.)"""
    result = None
    for index, line in enumerate(lines):
        if not ("│" in line or "┃" in line) or not any(mark in line for mark in "◀◁←▶▷►→"):
            continue
        blanked = ARROW_INTO_BOX_RIGHT.sub(lambda m: " " * len(m.group()), line)
        blanked = ARROW_INTO_BOX_LEFT.sub(lambda m: " " * len(m.group()), blanked)
        if blanked != line:
            result = list(lines) if result is None else result
            result[index] = blanked
    return result


def common_margin_removed(lines: list[str]) -> list[str] | None:
    """The lines without the half-width spaces or tabs every text line begins with; None when some line begins
    without."""
    margin = None
    for line in lines:
        if line.strip():
            lead = line[: len(line) - len(line.lstrip(" \t"))]
            if margin is None or not lead.startswith(margin):
                margin = lead if margin is None else os.path.commonprefix([margin, lead])
            if not margin:
                return None
    if not margin:
        return None
    return [line[len(margin) :] if line.startswith(margin) else line.lstrip(" \t") for line in lines]


# A notice hard-wrapped at a fixed width (a PDF text layer of a narrow column, a fax's OCR, a mail body wrapped at
# 40 or 72 columns): its long lines all end at one width, a label cut from its date, a date cut inside itself
# (「令和8年6」 / 「月1日(月)午後5時」), a window's 「まで」 on the next line. A line that reaches that width goes on in
# the next one unless the next starts an item of its own (an indent, an outline mark, a bullet, a table row); the
# pieces are read as the one line they were.
WRAP_WIDTH_MIN = 16  # a narrower text is a list of short lines, no wrapped prose …
# … unless it is a page for a phone's narrow screen, wrapped wherever its line fills (「令和10年3月」 / 「10日(金)午」 /
# 「後5時まで」): most of its lines are that wide, at least this width and this share of the lines of text
NARROW_WIDTH_MIN = 10
NARROW_SHARE = 0.5
NARROW_LINES_MIN = 30
WRAPPED_LINES_MIN = 4  # lines that reach the width, at least
WRAPPED_SHARE = 0.25  # of the lines at least half the width long, those reaching it, at least
WRAP_OVER_SHARE = 0.02  # of the text lines, those longer than the width, at most (lines of English among Japanese aside)
_JAPANESE_LETTER = re.compile(r"[ぁ-んァ-ヶ一-龥]")
# a line longer than this is wider than any width a text is wrapped at, whatever its letters (its display width is
# not counted: a page's text run together on one line is megabytes long)
WRAP_WIDTH_MAX = 240
# a line that starts an item of its own, never the rest of the line above: an indent, an outline mark, a bullet,
# a bracketed heading, a table row, a date the item starts with (「令和8年6月1日 公告」)
ITEM_LINE = re.compile(
    r"[ \t\u3000]|[|┌├└#>]|[■□◆◇●○◎▼▽▲△★☆・※◯〇【\[<《-]"
    r"|(?:第\s?\d{1,2}|\d{1,2}\.\d{1,2}|\d{1,2}[.)](?!\d)|\(\s?(?:\d{1,2}|[ア-ン]|[一二三四五六七八九十]{1,3}|[a-z])\s?\))"
    # 「9 申請書類の受付」 (not 「7 月 1 日」, a date's spaced digits, nor 「12 June」)
    r"|\d{1,2}[ \u3000](?![年月日時分万千百億円])(?=[一-龥ァ-ヶ])"
    r"|[\u2460-\u2473]|[ア-ン][.、\s]|[一二三四五六七八九十]{1,3}[.、\s]"
)
# a date the item starts with (「令和8年6月1日 公告」), unless the line above broke off a clause (「報告書は」 / 「令和…」)
DATE_LINE = re.compile(r"(?:令和|平成)\s{0,2}(?:\d{1,2}|元)\s{0,2}年|\d{4}\s{0,2}[年/.]\s{0,2}\d|[RH]\d{1,2}\s{0,2}[./]")
CLAUSE_OPEN = tuple("、,はのがをにでとも:(")
ITEM_LINE_HEAD = 12  # characters of a line ITEM_LINE reads (folded: 「（１）」「︵一︶」 as 「(1)」「(一)」)


def _sizes(texts: list[str], measure) -> collections.Counter:
    """How many of the texts have each size by ``measure`` (a text longer than WRAP_WIDTH_MAX: its characters)."""
    if measure is len:
        return collections.Counter(map(len, texts))
    widths = iter(_widths([text for text in texts if len(text) <= WRAP_WIDTH_MAX]))  # (a page run onto one line: no)
    return collections.Counter(len(text) if len(text) > WRAP_WIDTH_MAX else next(widths) for text in texts)


def _widths(texts: list[str]) -> list[int]:
    """``_width`` of each text, the wide characters of all of them taken out at once (one scan, not a call a text)."""
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1 or _BEYOND_THE_PLANE.search(joined):
        return [_width(text) for text in texts]
    narrow = _wide_run().sub("", joined).split("\n")
    return [2 * len(text) - len(rest) for text, rest in zip(texts, narrow)]


@functools.cache
def _wide_run() -> re.Pattern:
    """A run of the wide characters of the Basic Multilingual Plane (those ``_width`` counts twice)."""
    return re.compile(_fold_tables()[3].pattern + "+")


def _wrap_measure(lines: list[str]) -> tuple[int, object] | None:
    """The width a text was hard-wrapped at and how it is measured (characters, or display columns: a mail wraps a
    line of full-width letters at half as many), or None when its long lines do not share one width."""
    texts = [  # (no table's row, its cells parted by tabs or bars and padded to one width, nor a rule: their
        # width tells of no wrap)
        text
        for line in lines
        if (text := line.rstrip()) and "\t" not in line and "|" not in line and RULE_LINE.fullmatch(line.strip()) is None
    ]
    # a row of tab-parted cells is as long as its cells' words: it tells of the wrap only when it reaches the width
    # (a wrap at a fixed width cuts it too; a row beyond it may be one whose cells were put on one line again)
    rows = [line.rstrip() for line in lines if "\t" in line and "|" not in line and line.strip()]
    # (lines of no Japanese word among Japanese ones: an English summary set unwrapped under a gazette's column)
    latin = [text for text in texts if not _JAPANESE_LETTER.search(text)]
    latin = latin if len(latin) * 2 < len(texts) else []
    best = None
    for measure in (len, _width):
        sizes, row_sizes = _sizes(texts, measure), _sizes(rows, measure)
        latin_sizes = _sizes(latin, measure) if latin else None
        narrow = len(texts) >= NARROW_LINES_MIN
        floor = NARROW_WIDTH_MIN if narrow else WRAP_WIDTH_MIN
        widths = [size for size in sizes if size >= floor] + [size for size in row_sizes if size >= WRAP_WIDTH_MIN]
        if not widths:
            continue
        both = sizes
        if row_sizes:  # (``sizes + row_sizes``, without a Counter's second pass for counts below one: none is)
            both = sizes.copy()
            both.update(row_sizes)
        # (``get``: a Counter's missing size is looked up through a method of its own)
        width = max(widths, key=lambda size: both.get(size - 1, 0) + both.get(size, 0) + both.get(size + 1, 0))
        reaching = row_sizes[width - 1] + row_sizes[width] + row_sizes[width + 1]
        band = sizes[width - 1] + sizes[width] + sizes[width + 1] + reaching
        if width < WRAP_WIDTH_MIN:  # (a phone's line filled: the width most of its lines have)
            width = max(widths, key=lambda size: (sizes[size], size))
            reaching = row_sizes[width - 1] + row_sizes[width] + row_sizes[width + 1]
            band = sizes[width - 1] + sizes[width] + sizes[width + 1] + reaching
            if width < WRAP_WIDTH_MIN and band < len(texts) * NARROW_SHARE:
                continue
        half = sum(count for size, count in sizes.items() if size >= width // 2) + reaching
        over = sum(count for size, count in sizes.items() if size > width + 1)
        if latin_sizes and over > len(texts) * WRAP_OVER_SHARE:
            # (a Japanese column wrapped at its width, an English paragraph beside it as long as it runs: the English
            # lines tell nothing of the Japanese wrap)
            over -= sum(count for size, count in latin_sizes.items() if size > width + 1)
        if band < WRAPPED_LINES_MIN or band < half * WRAPPED_SHARE or over > len(texts) * WRAP_OVER_SHARE:
            continue
        if best is None or band > best[2]:
            best = (width, measure, band)
    return best[:2] if best else None


# English text cut by the wrap just before the space between two words: the next line starts with that space and a
# word in lower case or a date's year or time (「… the secure tender inbox」 / 「 tender.tokyo@example.jp; …」,
# 「… 5:00」 / 「 p.m., Friday」, 「… in August」 / 「 2026; the award …」), no item (「 a) Quotations …」「 b. Tenders …」);
# a year cut inside its digits (「March 31, 202」 / 「8. Place of …」)
LATIN_WORD_ON = re.compile(r" (?:(?![a-z](?:\)|\.\s))[a-z]|\d{4}(?!\d)|\d{1,2}:\d{2})")
LATIN_LAST = set(",;:-(/&'\"")
LATIN_CLAUSE = (",", ";")
YEAR_CUT = re.compile(r"(?<!\d)(?:1|19|199|2|20|20\d)$")
YEAR_REST = {1: re.compile(r"\d{3}(?!\d)"), 2: re.compile(r"\d{2}(?!\d)"), 3: re.compile(r"\d(?!\d)")}


def _goes_on(above: str, line: str) -> bool:
    """Whether ``line`` goes on with the line above (wrapped at the width)."""
    last = above[-1:]
    if last.isascii() and (last.isalnum() or last in LATIN_LAST) and LATIN_WORD_ON.match(line):
        return True
    if last in LATIN_CLAUSE and line[:1] == " " and line[1:2].isascii() and line[1:2].isalpha():
        return True  # (「… 5:00 p.m.,」 / 「 Tuesday, June 8」: a clause goes on after its comma)
    if last.isdigit() and line[:1].isdigit():
        cut = YEAR_CUT.search(above[-4:])
        if cut and YEAR_REST[len(cut.group())].match(line):
            return True
    head = folded(line[:ITEM_LINE_HEAD])
    if ITEM_LINE.match(head) or "\t" in line or RULE_LINE.fullmatch(line.strip()):
        return False  # (a row of tab-parted cells is a row of its own; a row of bars starts with one)
    return not DATE_LINE.match(head) or folded(above[-1:]).endswith(CLAUSE_OPEN)


# A row of a table laid out with spaces cut by the wrap inside the gap between two cells: the line reaches the width
# with the gap's first spaces (「令和８年12月21日(月)    」 / 「      県ホームページ」), or ends with a cell and the
# next line starts with the rest of the gap and the last cell alone (「…参加申込期限　　提案書提出期限」 / 「　　プレゼン審査」).
# The next line goes on with it, whatever it starts with: its indent is the gap, a date or a mark there the cell's.
# Only a wrap that counts characters cuts a row blind to its columns: a layout wrapping at a display width wraps each
# cell within its column (its next line indented to the cell's column, a row of its own).
WRAP_GAP = (" ", "\u3000")


def _cut_in_gap(line: str, width: int, measure) -> bool:
    """Whether ``line`` (a whole line, spaces at its end kept) reaches the wrap's width in a gap of spaces."""
    return line.endswith(WRAP_GAP) and measure(line) >= width - 1


def _gap_goes_on(above: str, line: str) -> bool:
    """Whether ``line`` (indented) is the last cell of the spaced row ``above`` cut at the width after a cell."""
    text = line.strip()
    if line[:1] not in WRAP_GAP or _GAP.search(text) or RULE_LINE.fullmatch(text):
        return False
    cells = _spaced_cells(above.rstrip())
    indent = _width(line[: len(line) - len(line.lstrip())])
    return len(cells) >= SPACED_CELLS and all(column != indent for column, _ in cells[1:])


# A table's row cut by the wrap: a row drawn between bars (「│手続　…│提出期限（午後5時15分まで）」) ends with no bar, the
# rest of its cells on the next line (「　　　│提出方法　…│」, a new row starts at the rows' own indent with a bar); a row
# of tab-parted cells goes on in the next line when the two hold no more tabs than a whole row of the table.
BOX_BARS = ("│", "┃", "|", "｜")


# 「入札説明書等の配布期間\t2028/04/17 09:00 ～ 2028/05/08 17:00」 over 「競争参加資格確認申請書の受付期間\t…」: a row whose
# value ends with its date or time, then a row as wide keyed by a name (no digit in it): two rows of label and value
ROW_VALUE_END = re.compile(r"(?:\d{1,2}:\d{2}|\d{1,2}\s{0,2}日|\d{1,2}/\d{1,2})(?:\s{0,2}\([月火水木金土日]\))?\s*$")
ROW_KEY_MAX = 30  # characters of a row's key, at most


def _next_keyed_row(above: str, line: str) -> bool:
    """``line`` is the next row of label and value after ``above``, no rest of it (``ROW_VALUE_END``)."""
    key = line.split("\t", 1)[0].strip()
    return (
        bool(key)
        and len(key) <= ROW_KEY_MAX
        and line.count("\t") == above.count("\t")
        and not any(char.isdigit() for char in key)
        and ROW_VALUE_END.search(above) is not None
    )


def _row_goes_on(above: str, line: str, row_tabs: int, joined_tabs: int = 0) -> bool | None:
    """Whether ``line`` is the rest of the table's row ``above`` (which reaches the wrap's width; ``joined_tabs``, the
    tabs of the row's pieces joined before it); None when ``above`` is no such row."""
    if "\t" in above:
        if _next_keyed_row(above, line):
            return False
        # (a row already whole with its rest joined is no row to go on: 「R9-001<TAB>…<TAB>締切 3月2日」 over
        # 「開札 3月3日<TAB>…<TAB>…」 makes the row, and the next row 「R9-002<TAB>…」 is a row of its own)
        tabs = joined_tabs + above.count("\t") + line.count("\t")
        if line.startswith('"') and line.count('"') % 2 and not above.count('"') % 2 and tabs - line.count("\t") >= row_tabs:
            return False  # (a sheet's next row, its first cell quoted over lines, under a row whole: 「"質問書の提出期限」)
        return tabs <= row_tabs and ("\t" in line or _goes_on(above, line))
    head = above.lstrip()
    if not head.startswith(BOX_BARS) or sum(head.count(bar) for bar in BOX_BARS) < 2:
        return None  # (a row's first cell and more; a bar alone parts two columns of text)
    if above.rstrip().endswith(BOX_BARS) or RULE_LINE.fullmatch(line.strip()):
        return False
    indent = len(above) - len(head)
    return line[:indent] != above[:indent] or not line[indent:].startswith(BOX_BARS)


def _wrap_goes_on(above: str, line: str, row_tabs: int, measure, joined_tabs: int = 0) -> bool:
    """Whether ``line`` goes on with the piece ``above`` that reaches the wrap's width (counted by ``measure``)."""
    row = _row_goes_on(above, line, row_tabs, joined_tabs)
    if row is not None:
        return row
    return _goes_on(above, line) or (measure is len and _gap_goes_on(above, line))


def joined_tabs(piece: list[str]) -> int:
    """The tabs of a line's pieces joined so far, its last piece's left out (a piece or two: a row's cut, counted fast)."""
    return sum(part.count("\t") for part in piece[-4:-1]) if len(piece) > 1 else 0


def wrap_rejoined(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a text hard-wrapped at a fixed width with each line's pieces joined again, and the source
    line each starts on; None when the text is not wrapped so (or no line goes on)."""
    found = _wrap_measure(lines)
    if found is None:
        return None
    width, measure = found
    pieces: list[list[str]] = []  # each line's pieces (joined once at the end: a long paragraph stays linear)
    origin: list[int] = []
    going_on = in_gap = ruled = False
    row_tabs = 0  # tabs of the widest row of the table being read (since the last blank line)
    for index, line in enumerate(lines):
        text = line.strip()
        rule = RULE_LINE.fullmatch(text) is not None
        row_tabs = max(row_tabs, line.count("\t")) if text else 0
        if (in_gap and line and not rule) or (
            text and ruled and rule
        ):  # (a rule's rest after a rule; a line of spaces: the gap's)
            pieces[-1].append(line)
        elif going_on and text and _wrap_goes_on(pieces[-1][-1], line, row_tabs, measure, joined_tabs(pieces[-1])):
            pieces[-1].append(line)
        else:
            pieces.append([line])
            origin.append(index)
        reaches = bool(text) and measure(line.rstrip()) >= width - 1
        going_on, ruled = reaches and not rule, reaches and rule
        in_gap = not rule and _cut_in_gap(line, width, measure)
    kept = ["".join(each) for each in pieces]
    return (kept, origin) if len(kept) < len(lines) else None


# A page laid out for a phone's narrow screen: every line a few words long, broken where a phrase ends rather than at
# one width (「●説明会」 / 「参加申込」 / 「８月２８日（月）」 / 「正午まで」), blocks parted by blank lines. A step's name is
# cut over lines above its date and the date's time below it; each block is read as a label (its lines up to a date,
# from a bullet or a heading mark on) and the date with what follows it, each joined again into one line.
SHORT_LINE_MAX = 14  # characters of a phone's line, at most
SHORT_LINES_MIN = 30  # lines of text, at least
SHORT_SHARE = 0.95  # of the lines of text, those that short, at least
SHORT_BLANK_SHARE = 0.15  # blank lines between the blocks, at least this share of the lines of text
# a line that starts with a date: 「令和１０年」「２０２８年」「８月２８日（月）」「１０月中旬」
SHORT_DATE_START = re.compile(
    r"(?:令和|平成)\s{0,2}(?:\d{1,2}|元)\s{0,2}年|\d{4}\s{0,2}[年/.-]|\d{1,2}\s{0,2}月\s{0,2}[\d上中下初末]"
)
SHORT_GOES_ON = tuple("、,はのがをにでとも:(～~-年")  # a clause or a date broken off (「契約締結日～」 / 「令和１１年」)


def short_lines_joined(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a page laid out for a phone, each block's label and each of its dates with its words joined
    again into one line, and the source line each starts on; None for any other text."""
    texts = [text for text in map(str.strip, lines) if text]
    if (
        len(texts) < SHORT_LINES_MIN
        or len(lines) - len(texts) < len(texts) * SHORT_BLANK_SHARE
        or sum(map(SHORT_LINE_MAX.__ge__, map(len, texts))) < len(texts) * SHORT_SHARE  # (the short ones, counted in C)
    ):
        return None
    pieces: list[list[str]] = []
    origin: list[int] = []
    above = ""  # the line above, blank at a block's start
    for index, line in enumerate(lines):
        text = line.strip()
        head = folded(text[:ITEM_LINE_HEAD])
        dated = SHORT_DATE_START.match(head) and not folded(above[-1:]).endswith(SHORT_GOES_ON)
        if not text or not above or ITEM_LINE.match(head) or dated or RULE_LINE.fullmatch(text):
            pieces.append([text])
            origin.append(index)
        else:
            glue = " " if above[-1:].isascii() and above[-1:].isalnum() and text[:1].isascii() and text[:1].isalnum() else ""
            pieces[-1].append(glue + text)
        above = text if text else ""
    kept = ["".join(each) for each in pieces]
    return (kept, origin) if len(kept) < len(lines) else None


# A record exported from a procurement system as JSON or YAML: each step an object or a list item of key-value
# pairs, 「"item": "開札"」 / 「"from": "2027-10-06T10:00:00+09:00"」 / 「"to": null」, or 「- step: 現地説明会」 /
# 「date: 2028-06-15」 / 「time: "10:00"」; a term an object of its own (「"rireki_kikan": {"from": …, "to": …}」).
# Each such flat record is read as the row of a schedule: its step's name (or the key it stands under), a tab, its
# date with its time, its window 「A～B」 or its period, daily hours; a remark on a line of its own below. The other
# pairs stay as they are (a key no step's name: 「"exported_at": …」「opened: 1994-04-29」).
RECORD_PAIR = re.compile(
    r'^(?P<indent>\s*)(?P<dash>-\s+)?(?:"(?P<quoted>[^"]{1,40})"|(?P<key>[A-Za-z_][\w.-]{0,39}|[一-龥ぁ-んァ-ヶー]{1,12}))'
    r"\s*:(?:\s+(?P<value>.*?))?\s*$"
)
RECORD_MARKS = ("{", "}", "[", "]", "---", "...", "#")  # a line of an export that holds no pair
RECORD_SHARE = 0.7  # of the lines of text, pairs or marks at least
RECORD_LABEL_KEYS = frozenset(
    "item step name title label summary event task milestone 項目 手続 手続き 内容 事項 工程 日程名".split()
)
RECORD_FROM_KEYS = frozenset("from start begin since 開始 自 開始日 開始日時".split())
RECORD_TO_KEYS = frozenset("to end until deadline due 終了 至 期限 終了日 終了日時".split())
RECORD_DAY_KEYS = frozenset("date datetime day when 日付 日時 期日 年月日".split())
RECORD_TIME_KEYS = frozenset("time 時刻 時間".split())
RECORD_PERIOD_KEYS = frozenset("period 時期 予定 approx approximate 目安".split())
# 「"approx": {"month": "2026-11", "part": "中旬"}」: a step's rough time as an object of its own, its month and the part of
# it (上旬, 中旬, 下旬), read as the period 「2026年11月中旬」
RECORD_ROUGH_MONTH = re.compile(r"^(?P<year>20\d{2})[-/.](?P<month>1[0-2]|0?[1-9])$")
RECORD_ROUGH_PARTS = ("上旬", "中旬", "下旬", "初旬", "末", "頃")
RECORD_HOURS_KEYS = frozenset("hours 受付時間".split())
RECORD_NOTE_KEYS = frozenset("note notes remark remarks biko description 備考 注記".split())
# 「"date_text": "令和6年6月4日(火)午後1時から(予定)"」 beside 「"start": …」「"date": null」: the step's date in the
# issuer's words (a time an event starts at, 「6月中旬」 no field of dates can hold), read before the fields
# (「"displayText": "2027年4月30日(金)午後5時まで(必着)"」: a portal's text as it shows it, the same)
RECORD_TEXT_KEY = re.compile(
    r"(?:date|datetime|when|period|deadline|due|schedule)_?(?:text|label|display|ja|jp|str)|display_?(?:text|date|str)?"
)
# 「"date": "2027-10-05"」「"time": "09:00"」 beside 「"end_date": "2027-10-15"」「"end_time": "17:00"」: a window's start in
# the day's fields, its end in fields of their own (「start_date」「to_time」 as well)
RECORD_END_DAY_KEYS = frozenset("end_date to_date until_date close_date closing_date deadline_date due_date".split())
RECORD_END_TIME_KEYS = frozenset("end_time to_time until_time close_time closing_time deadline_time due_time".split())
RECORD_START_DAY_KEYS = frozenset("start_date from_date begin_date open_date opening_date".split())
RECORD_START_TIME_KEYS = frozenset("start_time from_time begin_time open_time opening_time".split())
RECORD_WHEN_KEYS = (
    RECORD_FROM_KEYS | RECORD_TO_KEYS | RECORD_DAY_KEYS | RECORD_PERIOD_KEYS | RECORD_END_DAY_KEYS | RECORD_START_DAY_KEYS
)
# 「"internal_deadlines": [」「todo:」「"社内タスク": [」: a bid team's own tasks kept beside the call's record (its drafts,
# rehearsals, when it posts its papers), no step of the call: left out with all under them
# (「"チームタスク"」 too, the word without its 内; 弊社 and a department's words not read here, as first written)
RECORD_TEAM_KEY = re.compile(
    rf"(?:^|_)(?:internal|in_house|todos?|tasks|action_items)(?:$|_)|^(?:{words_pattern(FIRM_WORDS, leaving=('弊社',))}|チーム)"
)
# 「"related": [」「"similar_cases": [」「"関連案件": [」: other calls listed beside the call's record (last year's, another
# purchase of the same office), their dates no step of this one: left out with all under them
RECORD_OTHER_CALLS = re.compile(r"^(?:related|similar|other)(?:$|_)|^関連")
RECORD_NESTED = ("{", "[", "")
# a record's own stamp (「"created_at": …」「updated: 2028-05-31」「generated: …」), no step: left out
RECORD_STAMP = re.compile(
    r"(?:^|_)(?:at|on)$|^(?:created|updated|modified|generated|exported|uploaded|saved|timestamp|last_modified)"
    r"|^(?:作成|更新|登録|出力)日時?$"
)


# 「"startDate"」「"announcementDate"」「"updatedAt"」: a key in camelCase, read as the words it joins (start_date)
RECORD_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _record_pair(line: str) -> tuple[int, str, str] | None:
    """A line's pair as (the indent of its key, its key, its value without quotes; 「{」「[」「」 for one nested)."""
    match = RECORD_PAIR.match(line)
    if match is None:
        return None
    value = (match.group("value") or "").rstrip(",").strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    value = "" if value in ("null", "~") and match.group("value") else value
    indent = len(match.group("indent")) + len(match.group("dash") or "")
    key = match.group("quoted") or match.group("key")
    return indent, _record_key(key), value


def _record_key(key: str) -> str:
    """A key as words joined by underscores (``RECORD_CAMEL``)."""
    return RECORD_CAMEL.sub("_", key).lower() if key.isascii() and RECORD_CAMEL.search(key) else key


def _inline_record(line: str, pair: tuple[int, str, str] | None) -> tuple[dict[str, str], str] | None:
    """A record written on one line, 「{"seq": 3, "event": "質問書の提出期限", "deadline": "2029-04-27T17:00"},」 or a
    key's value 「"contractPeriod": {"from": null, "to": "2028-03-31"}」: its pairs (null as empty) and the key it stands
    under; None for any other line or an object that nests one."""
    text = (pair[2] if pair else line.strip()).rstrip(",").rstrip()
    if not (text.startswith("{") and text.endswith("}") and '":' in text):
        return None
    try:
        found = json.loads(text)
    except ValueError:
        return None
    if not isinstance(found, dict) or not found or any(isinstance(value, (dict, list)) for value in found.values()):
        return None
    members = {_record_key(str(key)): "" if value is None else str(value) for key, value in found.items()}
    return members, romaji_key(pair[1]) if pair else ""


def _record_row(members: dict[str, str], parent: str) -> str | None:
    """The schedule row a flat record stands for, or None when it dates no step."""
    label = next((members[key] for key in members if key.lower() in RECORD_LABEL_KEYS and members[key]), parent)
    keys = {key.lower(): value for key, value in members.items() if value}
    text = next((keys[key] for key in keys if RECORD_TEXT_KEY.fullmatch(key) and HAS_DIGIT_CHAR.search(keys[key])), "")
    if label and text:
        return f"{label}\t{text}"
    if not label or not any(key in RECORD_WHEN_KEYS for key in keys):
        return None
    start = next((keys[key] for key in keys if key in RECORD_FROM_KEYS), "")
    end = next((keys[key] for key in keys if key in RECORD_TO_KEYS), "")
    day = next((keys[key] for key in keys if key in RECORD_DAY_KEYS | RECORD_START_DAY_KEYS), "")
    time = next((keys[key] for key in keys if key in RECORD_TIME_KEYS | RECORD_START_TIME_KEYS), "")
    end_day = next((keys[key] for key in keys if key in RECORD_END_DAY_KEYS), "")
    if end_day and not end:  # (the window's end in fields of its own; its start the day's)
        end_time = next((keys[key] for key in keys if key in RECORD_END_TIME_KEYS), "")
        start = " ".join(part for part in (day, time) if part)
        end, day, time = " ".join(part for part in (end_day, end_time) if part), "", ""
    period = next((keys[key] for key in keys if key in RECORD_PERIOD_KEYS), "")
    note = next((keys[key] for key in keys if key in RECORD_NOTE_KEYS), "")
    month = RECORD_ROUGH_MONTH.match(day) if day and not period else None
    if month and note.startswith(RECORD_ROUGH_PARTS):  # 「"date": "2029-06"」 with 「"note": "上旬（予定）"」: that part
        day = f"{month['year']}年{int(month['month'])}月{next(p for p in RECORD_ROUGH_PARTS if note.startswith(p))}"
    hours = next((keys[key] for key in keys if key in RECORD_HOURS_KEYS), "")
    when = " ".join(part for part in (day, time) if part) or (
        "～".join(part for part in (start, end) if part) if end and start else start or end
    )
    when = " ".join(part for part in (when, period, f"(受付時間 {hours.replace('-', '～')})" if hours else "") if part)
    return f"{label}\t{when}"


def _rough_period(pairs: list[tuple[int, str, str] | None], lines: list[str], at: int) -> tuple[str, int] | None:
    """Pair ``at`` opens an object of a month and a part of it (``RECORD_ROUGH_MONTH``): the period it stands for
    and the line after the object's close; None for any other object."""
    members: dict[str, str] = {}
    index = at + 1
    while index < len(lines) and pairs[index] and pairs[index][0] > pairs[at][0] and pairs[index][2] not in ("{", "["):
        members[pairs[index][1].lower()] = pairs[index][2]
        index += 1
    month = RECORD_ROUGH_MONTH.match(members.get("month", ""))
    part = members.get("part", "")
    if not month or part not in RECORD_ROUGH_PARTS or index >= len(lines) or not lines[index].strip().startswith("}"):
        return None
    return f"{month['year']}年{int(month['month'])}月{part}", index + 1


def _opens(pairs: list[tuple[int, str, str] | None], at: int) -> bool:
    """Whether pair ``at`` opens a nested object or list (「"schedule": [」, 「contact:」 over deeper pairs)."""
    value = pairs[at][2]
    if value in ("{", "["):
        return True
    below = pairs[at + 1] if at + 1 < len(pairs) else None
    return value == "" and below is not None and below[0] > pairs[at][0]


def records_as_rows(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a JSON or YAML export with each flat record that dates a step as one schedule row (its remark
    on the line below), and the source line each stands for; None for any other text."""
    texts = [line.strip() for line in lines if line.strip()]
    if sum(1 for text in texts if ":" in text or text.startswith(RECORD_MARKS)) < len(texts) * RECORD_SHARE:
        return None  # (most lines of a notice hold no colon: no pair is read)
    pairs = [_record_pair(line) if ":" in line else None for line in lines]
    shaped = sum(1 for line, pair in zip(lines, pairs) if pair or line.strip().startswith(RECORD_MARKS))
    if len(texts) < 3 or shaped < len(texts) * RECORD_SHARE:
        return None
    rows: dict[int, list[tuple[str, int]]] = {}  # the first line of each record read as a row: the row, its remark
    consumed: set[int] = set()
    for index, line in enumerate(lines):  # records on one line each
        inline = _inline_record(line, pairs[index]) if "{" in line else None
        row = _record_row(*inline) if inline else None
        if row:
            note = next((inline[0][key] for key in inline[0] if key.lower() in RECORD_NOTE_KEYS and inline[0][key]), "")
            rows[index] = [(" " * (len(line) - len(line.lstrip())) + row, index)] + ([("\u3000" + note, index)] if note else [])
            consumed.add(index)
        elif inline and not pairs[index] and any(RECORD_STAMP.search(key) for key in inline[0]):
            # (「{"name": "仕様書.pdf", "postedAt": "2027-04-12T09:00:00+09:00"}」: a file's record, its stamp no step)
            kept = {key: value for key, value in inline[0].items() if not RECORD_STAMP.search(key)}
            rows[index] = [(line[: len(line) - len(line.lstrip())] + json.dumps(kept, ensure_ascii=False), index)]
            consumed.add(index)
    index = 0
    while index < len(lines):
        pair, line = pairs[index], lines[index]
        parent, first = "", index
        if (
            pair
            and _opens(pairs, index)
            and index + 1 < len(lines)
            and pairs[index + 1]
            and not lines[index + 1].lstrip().startswith("-")
        ):
            parent, first = pair[1], index + 1  # 「"rireki_kikan": {」 / 「designation_period:」 over its pairs
        elif line.strip() == "{" and index + 1 < len(lines) and pairs[index + 1]:
            first = index + 1
        elif not (pair and line.lstrip().startswith("-")):
            index += 1
            continue
        depth = pairs[first][0]
        members: dict[str, str] = {}
        places: dict[str, int] = {}
        end = first
        while (
            end < len(lines)
            and pairs[end]
            and pairs[end][0] == depth
            and (end == first or not lines[end].lstrip().startswith("-"))
        ):
            if _opens(pairs, end):
                rough = _rough_period(pairs, lines, end) if pairs[end][1].lower() in RECORD_PERIOD_KEYS else None
                if rough is None:
                    break  # a nested object or list: no flat record
                members[pairs[end][1]], places[pairs[end][1]] = rough[0], end
                end = rough[1]
                continue
            members[pairs[end][1]] = pairs[end][2]
            places[pairs[end][1]] = end
            end += 1
        flat = end < len(lines) and (not pairs[end] or pairs[end][0] <= depth) or end == len(lines)
        row = _record_row(members, parent) if flat and members else None
        if row is None:
            index += 1
            continue
        note = next((key for key in members if key.lower() in RECORD_NOTE_KEYS and members[key]), None)
        rows[first] = [(row, first)] + ([("\u3000" + members[note], places[note])] if note else [])
        consumed.update(range(first, end))
        index = end
    kept: list[str] = []
    origin: list[int] = []
    named = False  # a key read as the Japanese it spells: an export with no record of a step still read so
    team = -1  # the indent of the key of a team's own tasks being left out (``RECORD_TEAM_KEY``)
    for index, line in enumerate(lines):
        if team >= 0:
            if not line.strip() or len(line) - len(line.lstrip()) > team:
                continue
            team = -1
        if (
            pairs[index]
            and pairs[index][2] in ("{", "[")
            and (RECORD_TEAM_KEY.search(pairs[index][1].lower()) or RECORD_OTHER_CALLS.search(pairs[index][1].lower()))
        ):
            team = pairs[index][0]
            continue
        if index in rows:
            for text, at in rows[index]:
                kept.append(text)
                origin.append(at)
        elif index not in consumed and not (pairs[index] and RECORD_STAMP.search(pairs[index][1].lower())):
            pair = pairs[index]  # 「"koukoku_bi": "2027-09-06",」: 「公告日: 2027-09-06」
            # (a key in camelCase kept as written: 「applicationDeadline」 reads as its English words)
            key = romaji_key(pair[1]) if pair and pair[2] not in RECORD_NESTED and pair[1] in line else ""
            named = named or bool(key) and key != pair[1]
            kept.append(f"{' ' * pair[0]}{key}: {pair[2]}" if key else line)
            origin.append(index)
    return (kept, origin) if rows or named else None


# A spreadsheet saved as CSV (Excel's 「CSV (コンマ区切り)」): a row's cells parted by commas, a cell quoted only when it
# holds a comma or a line break (「2,現地説明会 参加申込締切,,2027/6/10(木),17:00,"電子メール(様式第1号)」 / 「1団体2名まで"」),
# every row as many cells as the sheet is wide (「,,,,,」 a blank row). Read as prose, a date and the time in the next
# column but one are apart and a window's 開始日 and 終了日 are two dates. A run of CSV_ROWS_MIN rows at least of as
# many cells (three or more), one of them empty or quoted somewhere, is read as rows of tab-parted cells (a cell's
# lines joined, the columns the whole run leaves empty left out), a row of one cell as its text alone.
CSV_ROWS_MIN = 4
CSV_CELL_LINES = 8  # lines of one quoted cell, at most


def _csv_record(lines: list[str], index: int) -> tuple[list[str], int] | None:
    """The cells of the CSV row that starts on line ``index`` and the line after it, or None for a line of no such
    row (fewer than three cells, a quote left open)."""
    text, end = lines[index], index + 1
    if '"' not in text:  # (most rows: no cell quoted)
        cells = text.split(",")
        return (cells, end) if len(cells) >= 3 else None
    while text.count('"') % 2 and end < len(lines) and end - index < CSV_CELL_LINES:
        text += "\n" + lines[end]
        end += 1
    if text.count('"') % 2 or text.count(",") < 2:
        return None
    try:
        cells = next(csv.reader([text]), [])
    except csv.Error:  # (「…,注"1"\n…」: a quote inside a cell that is not quoted, then a line break: no CSV row)
        return None
    return (cells, end) if len(cells) >= 3 else None


def _csv_run(lines: list[str], index: int) -> tuple[list[tuple[list[str], int]], int]:
    """The rows of as many cells that follow each other from line ``index`` (each with its first line), and the line
    after the last."""
    rows: list[tuple[list[str], int]] = []
    at = index
    while at < len(lines):
        record = _csv_record(lines, at)
        if record is None or (rows and len(record[0]) != len(rows[0][0])):
            break
        rows.append((record[0], at))
        at = record[1]
    return rows, at


# 「3,参加意向申出書の,令和6年5月10日（金）,持参又は郵送」 over 「,提出期限,午後5時（必着）,」 (「,,正午,」): a PDF's table
# read by a converter (tabula, camelot) with each line of a wrapped cell a row of its own, the row's number only on its
# first; no day under a cell but the end of a window its cell above opens (「…から」 over 「令和6年5月8日（水）午後5時まで」)
CSV_WINDOW_OPEN = ("から", "~", "～", "〜", "より")


# 「,(4),質問の受付期限,2026/7/7,(火),12:00:00,まで,」 under 「7,日程,,,,,,」: a sub-item's row, numbered in a cell of its
# own ((4), ⑷, ④, (ア)), is an item of the numbered row above it, not the rest of its wrapped cells
CSV_SUB_ITEM_CELL = re.compile(r"\s{0,4}(?:[(（]\s{0,2}(?:[\d０-９]{1,2}|[ア-ン])\s{0,2}[)）]|[①-⑳⑴-⒇])\s{0,4}")


# 「,No.,項目,,期日,,,時刻」 and 「,1,実施要領等の公表,,2026/6/1(月),～,…」 under 「3,日程,,,」: a table of the item, its
# head and its rows numbered in a column of their own (「No.」「番号」「項番」「#」 over 「1」「No.2」「3.」), rows of their own
CSV_OWN_ROW_CELL = re.compile(r"\s{0,4}(?:No\.?|NO\.?|№|#|番号|項番|順番?)\s{0,4}")
# a day written in figures (「2026/6/1(月)」「6/15」「2026.6.1」「2026-06-01」「R8.6.1」): no wrapped cell's rest
CSV_FIGURE_DAY = re.compile(r"(?<![\d/.])(?:[RH]?\d{1,4}[/.\-])?\d{1,2}[/.\-]\d{1,2}(?![\d/.\-])")


def _csv_row_goes_on(above: list[str], row: list[str]) -> bool:
    """``row`` is the rest of the numbered row ``above``: no number of its own, and a day only below a window's start."""
    if not any(row) or row[0] or not ROW_NUMBER_CELL.fullmatch(above[0]):
        return False
    first = next(cell for cell in row if cell)
    if CSV_SUB_ITEM_CELL.fullmatch(first) or ROW_NUMBER_CELL.fullmatch(first) or CSV_OWN_ROW_CELL.fullmatch(first):
        return False
    return all(
        not (DAY_CELL.search(rest) or CSV_FIGURE_DAY.search(rest)) or cell.endswith(CSV_WINDOW_OPEN)
        for cell, rest in zip(above, row)
        if rest
    )


# 「,(2),仕様書等の閲覧,2026/7/1,(水),～,2026/7/10,(金)」: a window whose start, mark and end (each day with its weekday)
# stand in cells of their own is one cell again, 「2026/7/1 (水) ～ 2026/7/10 (金)」, read as one window
CSV_WINDOW_MARKS = ("～", "~", "〜", "から")
CSV_WEEKDAY_CELL = re.compile(r"[(（]\s{0,2}[月火水木金土日](?:曜日?)?\s{0,2}[)）]")
CSV_DIGIT = re.compile(r"[\d０-９]")
# 「,業務期間,,契約締結日,～,2028/3/31(金)」: a window that starts on a day named in words (契約締結日, 契約の日, 協定締結日の
# 翌日, 着手日), its end a date in the next cell but one
CSV_NAMED_START = re.compile(r"[^\d０-９\s]{1,10}日(?:の翌日)?")


def _csv_window_joined(row: list[str]) -> list[str]:
    cells = list(row)
    at = 1
    while at < len(cells) - 1:
        if cells[at] not in CSV_WINDOW_MARKS or not CSV_DIGIT.search(cells[at - 1] + cells[at + 1][:1]):
            at += 1
            continue
        if not (
            CSV_DIGIT.search(cells[at + 1])
            and (
                CSV_DIGIT.search(cells[at - 1])
                or CSV_WEEKDAY_CELL.fullmatch(cells[at - 1])
                or CSV_NAMED_START.fullmatch(cells[at - 1])
            )
        ):
            at += 1
            continue
        start = at - 1 if not CSV_WEEKDAY_CELL.fullmatch(cells[at - 1]) or at < 2 else at - 2
        end = at + 2 if at + 2 < len(cells) and CSV_WEEKDAY_CELL.fullmatch(cells[at + 2]) else at + 1
        cells[start : end + 1] = [" ".join(cells[start : end + 1])]
        at = start + 1
    return cells


def csv_rows(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with each run of CSV rows set as tab-parted rows, a row's line standing for its first source line;
    None when the text holds no such run."""
    if sum("," in line for line in lines) < CSV_ROWS_MIN:  # (each row starts on a line with a comma: most texts have none)
        return None
    out: list[str] = []
    origin: list[int] = []
    index, found = 0, False
    while index < len(lines):
        if "," not in lines[index]:  # (no row starts on a line without a comma: it and those after it up to one, as they stand)
            end = next((at for at in range(index + 1, len(lines)) if "," in lines[at]), len(lines))
            out += lines[index:end]
            origin += range(index, end)
            index = end
            continue
        rows, end = _csv_run(lines, index)
        end = max(end, index + 1)
        marked = len(rows) >= CSV_ROWS_MIN and (
            any(not cell or "\n" in cell for cells, _ in rows for cell in cells) or any('"' in lines[at] for _, at in rows)
        )
        if not marked:  # (the run's lines as they stand: none of them starts a run either)
            out += lines[index:end]
            origin += range(index, end)
            index = end
            continue
        found = True
        kept = [k for k in range(len(rows[0][0])) if any(cells[k].strip() for cells, _ in rows)]
        table: list[tuple[list[str], int]] = []
        for cells, at in rows:
            row = [cells[k].replace("\n", " ").strip() for k in kept]
            if table and _csv_row_goes_on(table[-1][0], row):
                table[-1] = ([_joined_cell(cell, rest) if rest else cell for cell, rest in zip(table[-1][0], row)], table[-1][1])
                continue
            table.append((row, at))
        for row, at in table:
            row = _csv_window_joined(row) if any(cell in CSV_WINDOW_MARKS for cell in row) else row
            out.append("\t".join(row) if sum(1 for cell in row if cell) > 1 else "".join(row))
            origin.append(at)
        index = end
    return (out, origin) if found else None


# A chat's log saved with its markup (Chatwork): 「[info][title]社内スケジュール(案)[/title]1/23(金) Go/No-Go」, a box's
# title and body, a quote 「[qt][qtmeta aid=… time=…]…[/qt]」, a rule 「[hr]」, the addressees 「[To:2210981]」「[toall]」.
# Each box's title, body, quote and rule starts a line of its own (the title a heading over its items); the
# addressees' marks are taken out.
CHAT_MARKUP = re.compile(
    r"\[(?P<tag>/?(?:info|title|code|qt|task)|hr)\]|\[(?:qtmeta|rp|To:|toall|piconname:|picon:)[^\[\]]{0,80}\]"
)
CHAT_MARKUP_MIN = 3  # boxes', quotes' and rules' marks that make a text such a log, at least
CHAT_OWN_MARK = re.compile(r"\[(?:qtmeta\s|To:\d|rp\s)")  # a quote's sender and time, an addressee by number


def chat_markup_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a chat's log saved with its markup, each box's parts a line of their own (``CHAT_MARKUP``), and the
    source line each stands for; None for other text."""
    marked = [index for index, line in enumerate(lines) if "[" in line and "]" in line and CHAT_MARKUP.search(line)]
    tags = sum(1 for index in marked for m in CHAT_MARKUP.finditer(lines[index]) if m["tag"])
    # (one quote 「[qt][qtmeta aid=… time=…]…[/qt]」 or one box to an addressee 「[To:…]」: marks only such a log writes)
    if tags < CHAT_MARKUP_MIN and not (tags and any(CHAT_OWN_MARK.search(lines[index]) for index in marked)):
        return None
    out: list[str] = []
    origin: list[int] = []
    marked_set = set(marked)
    for index, line in enumerate(lines):
        if index not in marked_set:
            out.append(line)
            origin.append(index)
            continue
        pieces, at = [""], 0
        for mark in CHAT_MARKUP.finditer(line):
            pieces[-1] += line[at : mark.start()]
            at = mark.end()
            if mark["tag"]:
                pieces.append("")
        pieces[-1] += line[at:]
        kept = [piece for piece in pieces if piece.strip()] or [""]
        out += kept
        origin += [index] * len(kept)
    return out, origin


# A page's diff as a page-watch tool or version control mails it (a unified diff): under each hunk's header
# 「@@ 19-34行目 → 20-37行目 @@」 (「@@ -19,16 +20,18 @@」) every line opens on its mark, 「-」 a line of the old page, gone,
# 「+」 a line of the new one, a space a line the two share; the hunk runs on to the first line with no mark (a text run
# onto one line and its lines put back: the header within a line, the shared lines' marks lost, each hunk on to the
# next). Read as the page stands now: the old lines dropped, the marks and the headers taken off.
DIFF_HUNK_HEADER = re.compile(r"@@\s[^@\n]{1,60}\s@@")
DIFF_MARKS = "-+ "


def diff_new_side(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a unified diff's hunks as the page stands after the change (``DIFF_HUNK_HEADER``), the other lines
    as they stand, and the source line each stands for; None for a text with no hunk."""
    if not any("@@" in line and DIFF_HUNK_HEADER.search(line) for line in lines):
        return None
    out: list[str] = []
    origin: list[int] = []
    in_hunk, marked_through = False, False  # (a header that is its line's whole: each of the hunk's lines keeps its mark)
    for index, line in enumerate(lines):
        header = DIFF_HUNK_HEADER.search(line) if "@@" in line else None
        if header:
            in_hunk, marked_through = True, not line[: header.start()].strip() and not line[header.end() :].strip()
            line = (line[: header.start()] + " " * len(header[0]) + line[header.end() :]).rstrip()
            if not line.strip():
                continue
        elif in_hunk and marked_through and line and line[0] not in DIFF_MARKS:
            in_hunk = False
        if in_hunk and line.startswith("-") and not line.startswith("--"):  # (the old page's line)
            continue
        if in_hunk and (line[:1] == "+" or (marked_through and line[:2] == "  ")):
            line = line[2:] if line[1:2] == " " else line[1:]
        out.append(line)
        origin.append(index)
    return out, origin


# A meeting's transcript saved as WebVTT (Teams, Zoom, Meet): under 「WEBVTT」 each cue its number or id, its timing
# 「00:00:56.488 --> 00:00:59.288」 and its words in the speaker's voice tag 「<v 高田 美咲>質問の締め切りが1月</v>」. Read
# as a chat's log (``CHAT_POST``): each cue a post, its start, its speaker and its words; the ids and timings are no
# step's. A sentence the tool cut at a cue's end (「質問の締め切りが1月」 / 「26日の水曜日、午後5時まで」) goes on in the
# speaker's next cue: the two are one post.
VTT_TIMING = re.compile(r"(?P<start>\d{1,2}:\d{2}:\d{2})[.,]\d{3}\s{1,4}-->\s{1,4}\d{1,2}:\d{2}:\d{2}[.,]\d{3}")
VTT_CUE_PART = re.compile(
    VTT_TIMING.pattern + r"[^<\n]{0,60}?(?=\s*<v\s|\s*$)|<v\s{1,2}(?P<speaker>[^<>\t]{1,24})>(?P<words>[^<]{0,2000})(?:</v>)?"
)
VTT_CUES_MIN = 3  # timings that make a text a transcript, at least
VTT_SENTENCE_END = frozenset("。．.？?！!」）)］]")  # (a cue that ends otherwise, 「…1月」「…2月16日…」, goes on in the next)


# A caption file with no voice tags (a recorded briefing's WebVTT, an SRT: 「12」 / 「00:01:04,621 --> 00:01:08,270」 /
# 「昨日、令和8年1月19日付けで、」): its cues' words one running text, a sentence or a date a cue cut (「令和8年」 /
# 「2月24日火曜日の正午までに変更いたします。」) joined again; the numbers, timings and blank lines between cues no break.
CUE_NUMBER_END = re.compile(r"(?:^|\s)\d{1,5}\s{0,4}$")  # (「… 2」 before the next cue's timing, run onto one line)
CUE_SETTINGS = re.compile(r"(?:\s{1,4}(?:align|position|line|size|region|vertical):\S{1,20})+")


def _caption_pieces(line: str, timings: list[re.Match]) -> list[tuple[str, bool]]:
    """The words of ``line`` around its cues' ``timings``: each piece, and whether it is a cue's words."""
    before = line[: timings[0].start()].split("WEBVTT", 1)[0]
    pieces = [(CUE_NUMBER_END.sub("", before), False)]
    for at, timing in enumerate(timings):
        end = timings[at + 1].start() if at + 1 < len(timings) else len(line)
        words = line[timing.end() : end]
        words = words[settings.end() :] if (settings := CUE_SETTINGS.match(words)) else words
        pieces.append((CUE_NUMBER_END.sub("", words) if at + 1 < len(timings) else words, True))
    return pieces


def caption_cues(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines of a caption file with no voice tags, its cues' words joined where a cue cut a sentence, and the source
    line each stands for."""
    out: list[str] = []
    origin: list[int] = []
    goes_on: dict[int, list[str]] = {}  # the words of later cues a cue's sentence goes on in, by its line (joined once)
    caption = -1  # the line of the last cue's words, while its sentence goes on
    in_cue = timed = False  # reading a cue's words (after its timing, to a blank line); a timing was read
    for index, line in enumerate(lines):
        timings = list(VTT_TIMING.finditer(line)) if "-->" in line else []
        if timings:
            pieces = _caption_pieces(line, timings)
            in_cue = timed = True
        elif index + 1 < len(lines) and "-->" in lines[index + 1] and VTT_TIMING.match(lines[index + 1].strip()):
            continue  # (the cue's number or id, over its timing)
        else:
            pieces = [("" if line.strip() == "WEBVTT" or line.startswith("WEBVTT ") else line, in_cue)]
            in_cue = in_cue and bool(line.strip())
        for text, cue in pieces:
            words = text.strip()
            if not words:
                if not timed and not timings:
                    out.append(text)
                    origin.append(index)
                continue
            said = goes_on[caption][-1] if caption in goes_on else out[caption] if caption >= 0 else ""
            if cue and caption >= 0 and said[-1:] not in VTT_SENTENCE_END:
                goes_on.setdefault(caption, [out[caption]]).append(words)
                continue
            out.append(words if cue else text)
            origin.append(index)
            caption = len(out) - 1 if cue else -1
    for at, pieces in goes_on.items():
        out[at] = "".join(pieces)
    return out, origin


def vtt_cues(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """A WebVTT transcript's cues as a chat's posts (``VTT_CUE_PART``), and the source line each stands for; None for
    other text (a transcript run onto one line too: its cues found along the line). A caption file whose cues carry no
    voice tag (an SRT too, with no 「WEBVTT」 head) is read as running text (``caption_cues``)."""
    if sum(len(VTT_TIMING.findall(line)) for line in lines if "-->" in line) < VTT_CUES_MIN:
        return None
    if not any("<v" in line for line in lines):
        return caption_cues(lines)
    if not any("WEBVTT" in line for line in lines):
        return None
    out: list[str] = []
    origin: list[int] = []
    goes_on: dict[int, list[str]] = {}  # the words of later cues a post's sentence goes on in, by its line (joined once)
    start = "0:00:00"
    last = -1  # the line of the last post, while only its speaker's cues or ids follow it
    speaker = None
    for index, line in enumerate(lines):
        parts = list(VTT_CUE_PART.finditer(line)) if ("-->" in line or "<v" in line) else []
        if not parts:
            if index + 1 < len(lines) and "-->" in lines[index + 1] and VTT_TIMING.match(lines[index + 1].strip()):
                line = ""  # (the cue's number or id, over its timing)
            elif line.strip() == "WEBVTT" or line.startswith("WEBVTT "):
                line = ""
            out.append(line)
            origin.append(index)
            if line.strip():
                last = -1
            continue
        before = line[: parts[0].start()].split("WEBVTT", 1)[0].rstrip()
        if before:
            out.append(before)
            origin.append(index)
            last = -1
        for part in parts:
            if part["start"]:
                start = part["start"]
                continue
            words = part["words"].strip()
            said = goes_on[last][-1] if last in goes_on else out[last] if last >= 0 else ""
            if last >= 0 and part["speaker"] == speaker and said[-1:] not in VTT_SENTENCE_END:
                goes_on.setdefault(last, [out[last]]).append(words)  # (the sentence the last cue cut goes on)
                continue
            out.append(f"{start}\t{part['speaker'].strip()}\t{words}")
            origin.append(index)
            last, speaker = len(out) - 1, part["speaker"]
    for at, pieces in goes_on.items():
        out[at] = "".join(pieces)
    return out, origin


# A video page's transcript as the site shows it (「文字起こし」: each caption's playback position alone on its line,
# 「6:16」「1:02:33」, over its words) and its chapters (「5:58 スケジュール」): positions in the video, no clock times. The
# positions of a transcript or a chapter list run up from its start (below a minute) and never go back; such a run of
# CAPTION_POSITIONS_MIN positions, each standing alone between spaces or line ends, makes them positions. They are
# dropped (a line that held only one, with it); a sentence a cue cuts (「質問は6月10日」 / 「水曜日の午後5時までに」) goes on in
# the next cue, the two one line (as a WebVTT transcript's, ``vtt_cues``).
CAPTION_POSITION = re.compile(r"(?<!\S)(?:(?P<hours>\d{1,2}):)?(?P<minutes>\d{1,2}):(?P<seconds>[0-5]\d)(?!\S)")
CAPTION_POSITIONS_MIN = 6  # positions of a run that make it a transcript's or a chapter list's, at least
CAPTION_FIRST_MAX = 60  # seconds into the video of a run's first position, below
CAPTION_GAP_MAX = 600  # seconds between two positions of a run, at most (a clock time after a short video's is no next cue)


def _caption_seconds(match: re.Match) -> int:
    return int(match["hours"] or 0) * 3600 + int(match["minutes"]) * 60 + int(match["seconds"])


def caption_positions_dropped(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines without a video transcript's playback positions (``CAPTION_POSITION``), and the source line each
    stands for; None for a text with no run of them (a transcript run onto one line too: its positions along it)."""
    found = [(index, match) for index, line in enumerate(lines) if ":" in line for match in CAPTION_POSITION.finditer(line)]
    dropped: dict[int, list[re.Match]] = {}
    run: list[tuple[int, re.Match]] = []
    last = -1
    for index, match in [*found, (-1, None)]:
        seconds = _caption_seconds(match) if match else -1
        if match and last <= seconds <= last + CAPTION_GAP_MAX and run:
            run.append((index, match))
        else:
            if len(run) >= CAPTION_POSITIONS_MIN and _caption_seconds(run[0][1]) < CAPTION_FIRST_MAX:
                for at, position in run:
                    dropped.setdefault(at, []).append(position)
            run = [(index, match)] if match else []
        last = seconds
    if not dropped:
        return None
    out: list[str] = []
    origin: list[int] = []
    goes_on: dict[int, list[str]] = {}  # the words of later cues a cue's sentence goes on in, by its line (joined once)
    cue = -1  # the line of the last cue's words, while its sentence goes on
    after_position = False  # the line comes after a position alone on its line: a cue's words
    for index, line in enumerate(lines):
        positions = dropped.get(index)
        if positions:
            pieces, start = [], 0
            for position in positions:  # (with the space after it, where one stood before it: the words' one space kept)
                pieces.append(line[start : position.start()])
                at = position.end()
                start = at + (
                    at < len(line) and line[at].isspace() and position.start() > 0 and line[position.start() - 1].isspace()
                )
            pieces.append(line[start:])
            line = "".join(pieces).strip()
            if not line:
                after_position = True
                continue
        said = goes_on[cue][-1] if cue in goes_on else out[cue] if cue >= 0 else ""
        if after_position and cue >= 0 and line.strip() and said.rstrip()[-1:] not in VTT_SENTENCE_END:
            goes_on.setdefault(cue, [out[cue]]).append(line.strip())  # (「質問は5月12日」 / 「火曜日の午後5時までに」)
        else:
            out.append(line)
            origin.append(index)
            cue = len(out) - 1 if after_position else -1
        after_position = False
    for at, pieces in goes_on.items():
        out[at] = " ".join(pieces)
    return out, origin


# A calendar exported as ICS (iCalendar): each event 「BEGIN:VEVENT」 … 「END:VEVENT」 with its 「DTSTART」 (a day
# 「;VALUE=DATE:20261005」 or a time 「;TZID=Asia/Tokyo:20261014T170000」, in UTC 「…Z」), its 「SUMMARY」 and its
# 「DESCRIPTION」, long values folded onto lines starting with a space. Read as a schedule: each event a row (its
# summary, a tab, its start), its description's lines below; the calendar's stamps (DTSTAMP, CREATED,
# LAST-MODIFIED), an all-day event's DTEND (the day after), alarms and time zones are no steps and are left out.
ICS_START = re.compile(r"(?P<day>\d{8})(?:T(?P<hour>\d{2})(?P<minute>\d{2})\d{2}(?P<utc>Z)?)?$")
ICS_SHOWN = ("X-WR-CALNAME", "X-WR-CALDESC")  # the calendar's name and description: its title
JST = datetime.timedelta(hours=9)


def _ics_start(value: str) -> str:
    match = ICS_START.search(value)
    if match is None:
        return value
    day = datetime.datetime.strptime(match.group("day"), "%Y%m%d")
    if match.group("hour") is None:
        return day.strftime("%Y-%m-%d")
    moment = day.replace(hour=int(match.group("hour")), minute=int(match.group("minute")))
    return (moment + JST if match.group("utc") else moment).strftime("%Y-%m-%d %H:%M")


ICS_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _ics_days(start: str, end: str) -> int:
    """The days an all-day event of ``_ics_start``'s days covers (its end the day after it); 0 for other events."""
    if not (ICS_DAY.fullmatch(start) and ICS_DAY.fullmatch(end)):
        return 0
    return (datetime.date.fromisoformat(end) - datetime.date.fromisoformat(start)).days


ICS_MONTH_PART = re.compile(r"(?P<month>\d{1,2})月\s{0,2}[上中下]旬")
# 「BEGIN:VCALENDAR PRODID:… BEGIN:VEVENT DTSTART;VALUE=DATE:20271220 SUMMARY:…」: an ICS export pasted as one line, its
# properties parted by a space before each name, a folded value's next line by the two spaces its break and fold left
ICS_PROPERTY_AHEAD = re.compile(
    r" (?=(?:BEGIN|END|PRODID|VERSION|CALSCALE|METHOD|TZID|TZOFFSETFROM|TZOFFSETTO|TZNAME|DTSTART|DTEND|DTSTAMP|UID"
    r"|CREATED|DESCRIPTION|LAST-MODIFIED|LOCATION|SEQUENCE|STATUS|SUMMARY|TRANSP|RRULE|RDATE|EXDATE|ACTION|TRIGGER"
    r"|DURATION|ORGANIZER|ATTENDEE|CLASS|CATEGORIES|PRIORITY|URL|X-[A-Z-]{1,40})[;:])"
)
# 「審査結果通知（仮置き）」「日付未定のため2/25に仮置き。」「日付は仮置き。」: an event whose day the team set down only to hold a
# place in its calendar (the step's day not yet known): no day of the step's
ICS_PLACEHOLDER = "仮置"
# 「（仮）選定委員会ヒアリング ※日程未確定」「会期未定」: an event whose summary or description says its day is not yet set, the
# day in the calendar a placeholder as 仮置き is
ICS_DAY_UNSET = re.compile(r"(?:日程|日付|日時|期日|時期|会期)\s{0,2}(?:は\s{0,2})?(?:未確定|未定)")
# 「町議会12月定例会 指定管理者の指定議案 上程（予定）」 on a placeholder day 20271201: the session's month is the step's
ICS_SESSION_MONTH = re.compile(r"(?<!\d)(?P<month>\d{1,2})\s{0,2}月\s{0,2}(?:定例会|定例議会|議会|臨時会)")


# 「DESCRIPTION:別案件。電子入札で結果確認のみ」「※本件とは別の案件」: an event the team keeps for another call
ICS_OTHER_CASE = re.compile(
    r"^\s{0,2}(?:※\s{0,2})?(?:別案件|別件|他案件|本件とは別|本件対象外|(?i:another\s(?:call|tender|project)\b))"
)


def tag_other_issuers(titles: list[str]) -> set[str]:
    """The issuers whose tag (「【鷺ノ台町】…」) a calendar's or an agenda's events carry far less often than the call's
    own: another call's events."""
    issuers: dict[str, int] = {}
    for title in titles:
        if issuer := AGENDA_ISSUER_TAG.match(title):
            issuers[issuer["issuer"]] = issuers.get(issuer["issuer"], 0) + 1
    own = max(issuers, key=issuers.get) if issuers else ""
    return {name for name, count in issuers.items() if issuers[own] >= AGENDA_OTHER_ISSUER_RATIO * count and name != own}


def ics_one_line(text: str) -> bool:
    """The text is an ICS export pasted as one line (its properties are put back on lines by ``ics_rows``); its CRLF
    breaks, each turned to a space, leave a CR before it (「BEGIN:VCALENDAR\\r PRODID:…」)."""
    text = text.strip()
    return text.startswith("BEGIN:VCALENDAR") and text[15:16] in (" ", "\r") and "\n" not in text


def _ics_lines(lines: list[str]) -> list[str] | None:
    """The lines of an ICS export pasted as one line, split again at its properties and folds; None for others. A CR
    left by each break (the lines split there, each after the first opened by the break's space) joined again."""
    filled = [line for line in lines if line.strip()]
    if not filled or not filled[0].lstrip().startswith("BEGIN:VCALENDAR") or not all(line[:1] == " " for line in filled[1:]):
        return None  # (an export on lines of its own, the usual case: nothing joined to find it so)
    joined = "".join(filled)
    if not ics_one_line(joined):
        return None
    out: list[str] = []
    for prop in ICS_PROPERTY_AHEAD.split(joined.strip()):
        first, *folds = prop.split("  ")
        out += [first, *(" " + fold for fold in folds)]
    return out


ICS_NOTE_LINES = 12  # lines of a note above an export pasted under it (「…エクスポートした .ics をそのまま貼ります。」)


def ics_rows(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of an ICS export read as a schedule, and the source line each stands for; None for other text (an
    export pasted under a note of a few lines: the note's lines kept as they stand, above its rows)."""
    if not next((line for line in lines if line.strip()), "").startswith("BEGIN:VCALENDAR"):
        begin = next((i for i, line in enumerate(lines[:ICS_NOTE_LINES]) if line.startswith("BEGIN:VCALENDAR")), 0)
        found = _ics_rows(lines[begin:]) if begin else None
        if found is None:
            return None
        return lines[:begin] + found[0], list(range(begin)) + [begin + at for at in found[1]]
    return _ics_rows(lines)


def _ics_rows(lines: list[str]) -> tuple[list[str], list[int]] | None:
    if not next((line for line in lines if line.strip()), "").startswith("BEGIN:VCALENDAR"):
        return None
    split = _ics_lines(lines)
    first = next(i for i, line in enumerate(lines) if line.strip())  # (a calendar on one line: each property its line)
    pieces: list[tuple[list[str], int]] = []  # each property's first line and folded lines, and its first line
    numbered = enumerate(lines) if split is None else ((first, line) for line in split)
    for index, line in numbered:
        if line[:1] in (" ", "\t") and pieces:
            pieces[-1][0].append(line[1:])  # (joined once below: a value folded over many lines, no copy per fold)
        elif line.strip():
            pieces.append(([line], index))
    unfolded = [("".join(parts), index) for parts, index in pieces]  # each property with its folded lines joined
    kept: list[str] = []
    origin: list[int] = []
    event: dict[str, tuple[str, int]] = {}
    nested = 0  # inside a VALARM or a VTIMEZONE of an event
    others = tag_other_issuers([line[8:].strip() for line, _ in unfolded if line[:8].upper() == "SUMMARY:"])
    for line, index in unfolded:
        name, _, value = line.partition(":")
        name = name.split(";")[0].upper()
        if name == "BEGIN" and value.strip() not in ("VCALENDAR", "VEVENT"):
            nested += 1
        elif name == "END" and value.strip() not in ("VCALENDAR", "VEVENT"):
            nested -= 1
        elif nested:
            continue
        elif name == "BEGIN" and value.strip() == "VEVENT":
            event = {}
        elif name == "END" and value.strip() == "VEVENT":
            if event.get("STATUS", ("", index))[0].upper() == "CANCELLED":
                continue  # 「STATUS:CANCELLED」: an event taken off the calendar (a placeholder replaced), no step of its own
            summary, at = event.get("SUMMARY", ("", index))
            described, described_at = event.get("DESCRIPTION", ("", index))
            issuer = AGENDA_ISSUER_TAG.match(summary) if others else None
            if AGENDA_REMINDER.match(summary) or (issuer and issuer["issuer"] in others) or ICS_OTHER_CASE.match(described):
                continue  # 「【リマインド】質問〆は明日17時」, 「【鷺ノ台町】…開札」 among 「【碧川県】…」: the team's own, another call's
            start = _ics_start(event.get("DTSTART", ("", index))[0])
            end = _ics_start(event.get("DTEND", ("", index))[0])
            # 「DTSTART:20270112T090000」 / 「DTEND:20270122T170000」: a window of days (質問受付期間), read to its end; an
            # all-day event's DTEND is the day after it, a timed event's within its day its hours (the start counts)
            if " " in start and " " in end and start[:10] < end[:10]:
                start = f"{start} ~ {end}"
            elif _ics_days(start, end) > 1:  # 「DTSTART;VALUE=DATE:20190819」 / 「DTEND;VALUE=DATE:20190824」: 19th to 23rd
                last = datetime.date.fromisoformat(end) - datetime.timedelta(days=1)
                start = f"{start} ~ {last.isoformat()}"
            part = ICS_MONTH_PART.search(summary) if "旬" in summary else None
            if part and start[4:8] == f"-{int(part['month']):02d}-":
                start = ""  # 「審査結果通知(3月中旬予定)」 on 20270315: a calendar needs a day, the step has a part of a month
            said = summary + "\n" + described
            if ICS_PLACEHOLDER in said or ("未" in said and ICS_DAY_UNSET.search(said)):
                session = ICS_SESSION_MONTH.search(summary) if "月" in summary else None
                if session and ICS_DAY.match(start) and int(start[5:7]) == int(session["month"]):
                    start = f"{start[:4]}年{int(session['month'])}月"  # (the session's month, its day not yet known)
                else:  # 「審査結果通知（仮置き）」 on 20280225: the team's placeholder; the step's day is in its description
                    start = ""
            kept.append(f"{summary}\t{start}")
            origin.append(at)
            for part in described.replace("\\,", ",").replace("\\;", ";").split("\\n"):
                if part.strip():
                    kept.append("\u3000" + part.strip())
                    origin.append(described_at)
        elif name in ("SUMMARY", "DESCRIPTION", "DTSTART", "DTEND", "STATUS"):
            event[name] = (value.strip(), index)
        elif name in ICS_SHOWN:
            kept.append(value.strip())
            origin.append(index)
    return (kept, origin) if kept else None


# A schedule table handed over one cell a line (a browser's copy of an HTML table, a Word table saved as text, a PDF
# table read cell by cell): its header cells 「項目」 / 「日程」 / 「備考」 each on a line of their own, then each row's
# cells in turn, an empty cell an empty line. Read so, a row's remark 「持参又は郵送」 stands over the next row's label
# and a date's time or weekday cell is a line of its own. The header names K columns, a date's among them: each
# following run of K lines whose cells fit their columns (a number under 「No.」, no date opening a label's cell, a
# date or a short word such as 「随時」 under a date's column) is the row it was, its cells joined again by tabs.
FLAT_HEAD_CELL = re.compile(
    r"[■□◆◇●○]?(?:No\.?|NO\.?|#|番号|項番|項目|内容|事項|区分|手続き?|工程|行程|備考|摘要|日時|日程|期日|期限|期間|時期|日付|年月日"
    r"|予定日?|月日|年|月|日|曜日?|曜|時刻|時間|開始|終了|方法|場所|会場|提出先|対象|担当|スケジュール|自|至|当初|変更前|変更後|訂正前|訂正後|修正前|修正後"
    r"|(?:提出|申込み?|受付)(?:方法|場所|書類)|(?:(?:公告|要領|仕様書|説明書)の?)?(?:訂正|変更|修正|該当)?箇所"
    r"|今回|前回|参考|の|[・/()\s]"
    # a 正誤表's head: 「番号 / 資料名 / 頁 / 箇所 / 誤 / 正」, its columns of the old and the corrected text
    r"|誤|正|(?:資料|文書|書類)名?|頁|ページ)+(?:\([^()]{1,12}\))?"
)
FLAT_HEAD_WORDS = re.compile(r"\S{2}\s+\S{2}")  # 「年 月日 内容」: a header row's names parted by spaces, no one cell
FLAT_HEAD_MAX = 16  # characters of a header cell, at most
FLAT_COLUMNS_MAX = 12  # cells of a header, at most
# the column of a date (not 「曜日」); 「項目 / 当初 / 変更後」: the columns of a step's dates before and after a change
_FLAT_VERSIONS = r"当初|前回|今回|(?:変更|訂正|修正)[前後]|誤|正"
FLAT_DATE_HEAD = re.compile(rf"(?<!曜)日|期|開始|終了|^\s*[自至]|^\s*(?:{_FLAT_VERSIONS})\s*$")
FLAT_VERSION_HEAD = re.compile(rf"\s*(?:[自至]|{_FLAT_VERSIONS})")  # (a window's ends, a change's versions)
FLAT_NUMBER_HEAD = re.compile(r"No\.?|NO\.?|#|番号|項番")
FLAT_NUMBER_HEAD_LINE = 8  # characters of a line of 「No.」 alone at most, its letters spaced out (「Ｎ ｏ ．」) and stripped
FLAT_PART_HEAD = re.compile(r"年|月|日")  # a date written across columns 「年」「月」「日」: a bare number each
FLAT_MARKED_HEAD = re.compile(r"[■□◆◇●○]")  # 「■日程」 over the numbers: the table's heading set in its first cell
# a cell of a date's column: 「R9.7.14」「2026/6/1」「7月下旬」「10日」, no number of a row alone
FLAT_DATE_CELL = re.compile(r"\d\s{0,2}(?:[年/.\-月日]|時|:)|[上中下]旬")
FLAT_LABEL_HEAD = re.compile(
    r"\s*(?:項目|内容|事項|区分|手続き?|工程|行程|(?:(?:公告|要領|仕様書|説明書)の?)?(?:訂正|変更|修正|該当)?箇所)\s*"
)
FLAT_NUMBER_CELL = re.compile(r"\d{1,3}\.?")
FLAT_CELL_MAX = 120  # characters of a cell, at most
FLAT_WORD_MAX = 6  # a date's cell without a digit: 「随時」「未定」「―」
FLAT_DATE_MAX = 60  # a date's cell with one, at most (no sentence)
HAS_DIGIT_CHAR = re.compile(r"\d")
FLAT_GOES_ON_CELL = re.compile(r"(?:~|から)?\s{0,2}(?:令和|平成|[RH]?\d{1,4}\s{0,2}[年/.月日時:]|(?:午前|午後)\s{0,2}\d|正午)")
FLAT_UNDATED_MAX = 3  # rows that date nothing one after the other, at most
FLAT_DIGITLESS_MAX = 20  # rows with no digit under the dates' columns one after the other, at most (a run of lines
# each a header's cell, 「変　更　後」 repeated, read as rows of a table from every line of it: quadratic)
FLAT_RULE_CELL = re.compile(r":?-{3,}:?")  # 「---」: a Markdown table's rule, a cell a line
# 「8 現地説明会」 / 「(1) 日時 令和8年7月15日(水)午後2時から」 / 「(2) 場所 …」 under the table: a section's items, a line each,
# no row's cells (an item's mark opening what would be a date's cell, a word after it)
FLAT_ITEM_CELL = re.compile(r"(?:\(\d{1,2}\)|[⑴-⒇])\s{0,2}(?!\d|令和|平成|\s|$)")


# 「事　項」「期　間（自）」: a header cell's name letter-spaced to the column's width
FLAT_SPACED_NAME = re.compile(r"(?P<name>\S(?: \S)+)(?P<note>\([^()]{1,12}\))?")


def _flat_name(cell: str) -> str:
    """A header cell's name (folded), its letters spaced to the column's width read together."""
    cell = folded(cell.strip())
    spaced = FLAT_SPACED_NAME.fullmatch(cell) if " " in cell else None
    return spaced["name"].replace(" ", "") + (spaced["note"] or "") if spaced else cell


@remembered(8192)  # (each line is looked at by cells_refolded, then by columns_refolded)
def _flat_head(line: str) -> bool:
    cell = line.strip()
    if not cell or len(cell) > FLAT_HEAD_MAX or "\t" in cell or "|" in cell or "  " in cell:
        return False  # (「日程<TAB>内容」 is a header row of its own; 「日　程　　内容」 one aligned with spaces)
    cell = folded(cell)
    return bool(FLAT_HEAD_CELL.fullmatch(_flat_name(cell))) and not FLAT_HEAD_WORDS.search(cell)


def _flat_row_fits(cells: list[str], roles: list[str]) -> bool | None:
    """Whether ``cells`` (K lines, stripped) fit the columns a header names: a row gives something under one of its
    dates' columns at least. None for a row under a label that fits but for what it gives under the dates' columns
    instead of dates (a change table's 「工事概要 / 26台 / 28台」, a requirement's sentence before and after): a row
    of the table that dates nothing, if a row that fits follows."""
    if any(len(cell) > FLAT_CELL_MAX or "\t" in cell for cell in cells):
        return False
    dated = undated = unlabelled = False
    for cell, role in zip(cells, roles):
        text = folded(cell)
        if role == "number" and text and not FLAT_NUMBER_CELL.fullmatch(text):
            return False
        if role in ("date", "part") and text:
            if FLAT_ITEM_CELL.match(text):  # (anchored at the cell's start: cheap)
                return False
            digit = HAS_DIGIT_CHAR.search(text)
            if role == "date" and digit and FLAT_NUMBER_CELL.fullmatch(text):
                return False  # 「1」 under 「日程」: the rows' numbers, the header's first cell left out
            if not digit and kind_of(text):
                return False  # 「質問への回答」 under 「日程」: a row's cells out of step (a cell of two lines)
            if (
                text.endswith("。")
                or len(text) > (FLAT_DATE_MAX if digit else FLAT_WORD_MAX)
                or (role == "date" and digit and not FLAT_DATE_CELL.search(text))
            ):
                undated = True
            dated = True
        if role == "label" and text and (CELL_DATE.match(text) or CELL_TIME.match(text)):
            return False
        if role == "label" and text[:1] == "※" and "。" in text:
            return False  # 「※ 上記の時期は現時点の予定であり、…。」: a note under the table, no row's step (「※開札」: a row marked)
        unlabelled = unlabelled or (role == "label" and not text)
    if undated:
        return None if "label" in roles and not unlabelled else False
    # (a row without a label, a date or a time opening a cell under the dates' columns and no sentence: the rest of
    # the row above, its cells wrapped onto a second row 「 / 17時00分まで / 持参又は郵送」)
    return dated and (
        not unlabelled
        or (
            any(FLAT_GOES_ON_CELL.match(folded(cell)) for cell, role in zip(cells, roles) if role == "date")
            and not any("。" in cell for cell in cells)
        )
    )


def _flat_rows(lines: list[str], start: int, roles: list[str], gap: int) -> list[tuple[int, int]]:
    """The rows (first line, cells) of ``len(roles)`` cells, one a line, that fit the header's columns from line
    ``start`` on (with ``gap`` empty lines after each: a Word table saved as text parts its rows so). A row that lost
    its empty last cell (a converter drops a row's trailing empty cells: 「質問への回答 / 7月15日 / 掲載」 under four
    columns) has one cell less: so read when its next row gives a date only one line earlier."""
    size, rows, undated, at, digitless = len(roles), [], [], start, 0
    dates = [column for column, role in enumerate(roles) if role in ("date", "part")]
    labelled = roles.index("label") if "label" in roles[:-1] else None  # (a label's column, a cell after it)
    while at + size <= len(lines):
        cells = [line.strip() for line in lines[at : at + size]]
        fits = _flat_row_fits(cells, roles)
        digitless = 0 if any(HAS_DIGIT_CHAR.search(cells[column]) for column in dates) else digitless + 1
        if (
            fits is False
            or (fits is None and len(undated) >= FLAT_UNDATED_MAX)
            or digitless > FLAT_DIGITLESS_MAX
            or any(line.strip() for line in lines[at + size : at + size + gap])
        ):
            break
        cut = size
        if not gap and at + 2 * size <= len(lines) and size > 2:
            below = [line.strip() for line in lines[at + size : at + 2 * size]]
            if _flat_row_fits(below, roles) is not True and _flat_row_fits(
                [line.strip() for line in lines[at + size - 1 : at + 2 * size - 1]], roles
            ):
                cut = size - 1
            elif (
                fits
                and labelled is not None
                and at + 2 * size + 1 <= len(lines)
                and lines[at + size].strip()
                and not FLAT_GOES_ON_CELL.match(folded(lines[at + labelled + 1].strip()))
                and not any(HAS_DIGIT_CHAR.search(below[column]) for column in dates)
                and all(HAS_DIGIT_CHAR.search(lines[at + size + 1 + column]) for column in dates)
                and _flat_row_fits([line.strip() for line in lines[at + size + 1 : at + 2 * size + 1]], roles)
            ):
                # 「令和8年10月中旬」 / 「入札公告」 / 「(入札説明書等の公表)」 / 「変更」: a label's cell wrapped onto a second
                # line (no date's cell: 「令和8年7月10日」 / 「(金)17時00分」 is read as it was), the row one line longer (its
                # next row, a date under each dates' column, fits one line further on; where it would start, no digit
                # under them): read as a row of one cell more
                cut = size + 1
        undated.append((at, cut))
        if fits:  # (a row that dates nothing counted once a row that fits follows; added in place, not the rows so far
            # copied for each row)
            rows += undated
            undated = []
        at += cut + gap
    return rows


def _flat_table(lines: list[str], first: int, end: int) -> tuple[int, list[tuple[int, int]], int] | None:
    """(first header line, rows (first line, cells), empty lines after each row) of a table whose header cells are lines ``first`` to ``end``, one a
    line, when at least two rows follow that fit its columns, two dates under its dates' columns; else None."""
    head = [_flat_name(line) for line in lines[first:end]]
    dated = [bool(FLAT_DATE_HEAD.search(cell)) and not cell.startswith("曜") for cell in head]
    if len(head) < 2 or len(head) > FLAT_COLUMNS_MAX or not any(dated):
        return None
    roles = [
        ""
        if FLAT_MARKED_HEAD.match(cell)
        else "number"
        if FLAT_NUMBER_HEAD.fullmatch(cell)
        else "part"
        if FLAT_PART_HEAD.fullmatch(cell) and is_date
        else "date"
        if is_date
        else "label"
        if FLAT_LABEL_HEAD.fullmatch(cell)
        else ""
        for cell, is_date in zip(head, dated)
    ]
    if all(role == "date" for role in roles) and not any(FLAT_VERSION_HEAD.match(cell) for cell in head):
        # 「企画提案書の提出」 / 「期限」 / 「日程」: a column of labels read a column at a time, its last label cut over the
        # dates' column's name, no header of a table of dates alone (but a window's ends, a change's versions)
        return None
    start = end
    if all(FLAT_RULE_CELL.fullmatch(line.strip()) for line in lines[end : end + len(head)]):
        start = end + len(head)  # 「---」 under each of a Markdown table's header cells
    gap = 1 if start < len(lines) and not lines[start].strip() else 0  # (rows parted by an empty line, as the header)
    rows = _flat_rows(lines, start + gap, roles, gap)
    dates = sum(
        bool(HAS_DIGIT_CHAR.search(lines[at + column]))
        for at, cells in rows
        for column, role in enumerate(roles[:cells])
        if role in ("date", "part")
    )
    return (first, rows, gap) if len(rows) >= 2 and dates >= 2 else None


# A table set one cell a line, as ``_refolded`` reads it from a line: the line up to which the lines stay as they are,
# the rows after them (each its first line and its number of cells, the header's first) and the line to go on from
FoldedTable = tuple[int, list[tuple[int, int]], int]


def _refolded(
    lines: list[str], table_at: Callable[[list[str], int], FoldedTable | None], begins: list[int]
) -> tuple[list[str], list[int]] | None:
    """The lines with each table ``table_at`` finds (None where none begins: the line stays as it is) joined again
    into rows of tab-parted cells, with the source line of each; None when the text holds no such table. ``begins``:
    the lines, in order, where ``table_at`` may find one (at any other it finds none: those are not asked)."""
    out, origin, index, found = [], [], 0, False
    for begin in begins:
        if begin < index:  # (read as a part of the table before)
            continue
        table = table_at(lines, begin)
        if table is None:  # (most lines)
            continue
        out += lines[index:begin]
        origin += range(index, begin)
        index = begin
        kept, rows, after = table
        for at in range(index, kept):
            out.append(lines[at])
            origin.append(at)
        for at, cells in rows:
            out.append("\t".join(line.strip() for line in lines[at : at + cells]))
            origin.append(at)
        found, index = found or bool(rows), after
    if not found:
        return None
    out += lines[index:]
    origin += range(index, len(lines))
    return out, origin


# A page's source with a table row's cells each on a line of their own (「<tr>」 / 「<td>5(1)入札説明書の交付期間</td>」 /
# 「<td>令和9年6月4日～6月25日</td>」 / 「</tr>」, as a site's templates print them): each row's lines one line again, its cells
# side by side as on a page run onto one line (``_CELL_BETWEEN`` parts them), so the row reads as a row under its header
_ROW_OPEN = re.compile(r"^\s{0,16}<tr(?:\s[^<>]{0,199})?>\s*$", re.IGNORECASE)
_ROW_CLOSE = re.compile(r"</tr\s{0,2}>\s*$", re.IGNORECASE)
_CELL_OPEN = re.compile(r"^\s{0,16}<t[dh](?:\s[^<>]{0,199})?>", re.IGNORECASE)
MARKUP_ROW_LINES = 24  # lines of one row, at most (its cells and their wrapped rests)


def markup_row_cells_joined(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with each table row of a page's source set one cell a line (``_ROW_OPEN`` … ``_ROW_CLOSE``, two cells
    at least) joined into one line, with the source line of each (a row's, its first cell's); None for none."""
    if not any("<tr" in line for line in lines) or not any("<t" in line and _ROW_OPEN.match(line) for line in lines):
        return None
    out: list[str] = []
    origin: list[int] = []
    index, found = 0, False
    while index < len(lines):
        line = lines[index]
        close = None
        if "<tr" in line and _ROW_OPEN.match(line):
            close = next((at for at in range(index + 1, min(len(lines), index + MARKUP_ROW_LINES)) if "</tr" in lines[at]), None)
        if close is None or not _ROW_CLOSE.search(lines[close]) or any("<tr" in lines[at] for at in range(index + 1, close + 1)):
            out.append(line)
            origin.append(index)
            index += 1
            continue
        cells = [at for at in range(index + 1, close + 1) if _CELL_OPEN.match(lines[at])]
        if len(cells) < 2:
            out.append(line)
            origin.append(index)
            index += 1
            continue
        pieces = [piece.strip() for piece in lines[index : close + 1]]
        joined = pieces[0]
        for piece in pieces[1:]:  # (a cell's wrapped rest after a space; a tag's end and the next tag side by side)
            joined += piece if joined.endswith(">") or piece.startswith("<") else " " + piece
        out.append(joined)
        origin.append(cells[0])
        index, found = close + 1, True
    return (out, origin) if found else None


def cells_refolded(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with each schedule table set one cell a line joined again into rows of tab-parted cells, with the
    source line of each; None when the text holds no such table."""
    heads = [index for index, line in enumerate(lines) if _flat_head(line)]  # (where ``_flat_table_at`` finds any)
    # (a header is two cells at least, a line each: a text without two such lines together, the most, holds none)
    if not any(below == above + 1 for above, below in zip(heads, heads[1:])):
        return None
    return _refolded(lines, _flat_table_at, heads)


def _flat_table_at(lines: list[str], index: int) -> FoldedTable | None:
    """The schedule table whose header cells (a heading over them passed by) begin at line ``index``, for ``_refolded``."""
    if not _flat_head(lines[index]):  # (most lines: no header cell begins here)
        return None
    end = index + 1  # (the line at ``index`` was just read as a header cell)
    while end < len(lines) and end - index <= FLAT_COLUMNS_MAX and _flat_head(lines[end]):
        end += 1
    # (a heading 「スケジュール」 may stand right over the header: the header is the run's last cells)
    table = next((t for first in range(index, end - 1) if (t := _flat_table(lines, first, end))), None)
    if table is None:
        return max(end, index + 1), [], max(end, index + 1)
    first, rows, gap = table  # (the lines above ``first``: a heading over the header)
    return first, [(first, end - first), *rows], rows[-1][0] + rows[-1][1] + gap


# A table of questions and answers (a 質問回答書) handed over one cell a line (a PDF table read cell by cell):
# 「No.」 / 「資料名」 / 「該当箇所」 / 「質問内容」 / 「回答」, then each row's number 「1」 and its cells in turn, a question
# and its answer a sentence each. No column of dates: the answers give them. Each run of K lines from a row's number
# to the next one's (「2」) is the row it was, its cells joined again by tabs.
FLAT_QA_QUESTION_HEAD = re.compile(r"(?:ご?質問|質疑)(?:内容|事項|要旨|の内容)?")
FLAT_QA_ANSWER_HEAD = re.compile(r"回答(?:内容|事項|要旨)?")


def _qa_header_end(lines: list[str], first: int) -> int | None:
    """The line of row 「1」 under a header of questions and answers whose number cell 「No.」 is line ``first``, its
    names one a line (a question's column and an answer's among them); None for other text."""
    names = []
    for at in range(first + 1, min(len(lines), first + FLAT_COLUMNS_MAX)):
        name = _flat_name(lines[at])
        if name == "1":
            questions = any(FLAT_QA_QUESTION_HEAD.fullmatch(n) for n in names)
            return at if questions and any(FLAT_QA_ANSWER_HEAD.fullmatch(n) for n in names) else None
        if not name or len(name) > FLAT_HEAD_MAX or HAS_DIGIT_CHAR.search(name) or "\t" in name:
            return None
        names.append(name)
    return None


def _qa_rows(lines: list[str], start: int, size: int) -> list[int]:
    """The first lines of the rows numbered 1, 2, … from line ``start``, each its number and ``size`` - 1 cells (none
    empty), the next row's number or the table's end after them."""
    rows, at = [], start
    while at + size <= len(lines) and folded(lines[at].strip()).rstrip(".") == str(len(rows) + 1):
        cells = [line.strip() for line in lines[at + 1 : at + size]]
        after = folded(lines[at + size].strip()).rstrip(".") if at + size < len(lines) else ""
        if (
            not all(cells)
            or any("\t" in cell for cell in cells)
            or (FLAT_NUMBER_CELL.fullmatch(after) and after != str(len(rows) + 2))
        ):
            break
        rows.append(at)
        at += size
    return rows


def qa_cells_refolded(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with each table of questions and answers set one cell a line joined again into rows of tab-parted
    cells, with the source line of each; None when the text holds no such table."""
    if not any("答" in line for line in lines):  # (no answer's column 「回答」: most texts)
        return None
    # (``_qa_table_at`` reads a short line only)
    short = [index for index, line in enumerate(lines) if len(line.strip()) <= FLAT_NUMBER_HEAD_LINE]
    return _refolded(lines, _qa_table_at, short)


def _qa_table_at(lines: list[str], index: int) -> FoldedTable | None:
    """The table of questions and answers whose number cell 「No.」 is line ``index``, for ``_refolded``."""
    # (「No.」「番　号」: a short line; the name of a longer one is not worked out)
    short = len(lines[index].strip()) <= FLAT_NUMBER_HEAD_LINE
    one = _qa_header_end(lines, index) if short and FLAT_NUMBER_HEAD.fullmatch(_flat_name(lines[index])) else None
    rows = _qa_rows(lines, one, one - index) if one is not None else []
    if len(rows) < 2:
        return None
    size = one - index
    return index, [(at, size) for at in (index, *rows)], rows[-1] + size


# The same table run onto one line (its line breaks spaces): 「No. 資料名 該当箇所 質問内容 回答 1 実施要領 2（2）ア …か。
# …です。 2 …」. Its words are read as the lines they were (a cell holding a space is no such table's, left as it is), and
# the table's stretch is cut at each of them (``numbered_versions_word_cuts``).
QA_ONE_LINE_HEAD = re.compile(
    r"(?:番号|No\.?|NO\.?|項番)[ \u3000]{1,3}(?:[^\s]{1,12}[ \u3000]{1,3}){1,5}?回答(?:内容|事項|要旨)?(?= 1 )"
)
QA_ONE_LINE_HEADS = 64  # such heads read on one line, at most
QA_ONE_LINE_REACH = 20000  # characters of such a table run onto one line, at most


def qa_word_cuts(line: str) -> list[int]:
    """The offsets of the words of each such table in ``line`` (a text run onto one line), where the lines the table
    was read from began; [] where it holds none."""
    if "回答" not in line:
        return []
    return _one_line_table_cuts(line, QA_ONE_LINE_HEAD, QA_ONE_LINE_HEADS, QA_ONE_LINE_REACH, _qa_table_end)


def _qa_table_end(cells: list[str]) -> int | None:
    table = _qa_table_at(cells, 0)
    return None if table is None else table[2]


COLUMN_LABEL_MAX = 40  # characters of a label's cell in a table read column after column, at most


# 「時刻」 over 「午後5時」「正午」「午前10時~」「－」: a column of the times of the dates in the column before it
COLUMN_TIME_HEAD = re.compile(r"時刻|時間|時限")
COLUMN_TIME_CELL = re.compile(
    r"(?:(?:午前|午後)\s{0,2}\d{1,2}\s{0,2}時(?:\s{0,2}\d{1,2}\s{0,2}分|半)?|\d{1,2}:\d{2}|正午)"
    r"\s{0,2}(?:まで|から|~|〜|必着|開始)?|[-－―—ー]"
)


def _column_role(head: str) -> str:
    """The role of a column a header cell names: 「項目」 labels, 「日程」「訂正後」 dates, 「No.」 numbers, 「時刻」 times;
    else ''."""
    name = _flat_name(head)
    if FLAT_NUMBER_HEAD.fullmatch(name):
        return "number"
    if FLAT_LABEL_HEAD.fullmatch(name):
        return "label"
    if COLUMN_TIME_HEAD.fullmatch(name):
        return "time"
    return "date" if FLAT_DATE_HEAD.search(name) and not name.startswith("曜") else ""


def _column_cell(line: str, role: str) -> bool:
    """Whether ``line`` can be a cell of a column of ``role``: a date (「令和8年5月20日（水）午後5時まで」「7月下旬」)
    under the dates' header, a short label without one under the labels' header, a row's number under 「No.」."""
    cell = folded(line.strip())
    if not cell or "\t" in cell or "|" in cell or cell.endswith("。"):
        return False
    if role == "number":
        return bool(FLAT_NUMBER_CELL.fullmatch(cell))
    if role == "time":
        return bool(COLUMN_TIME_CELL.fullmatch(cell))
    dated = bool(FLAT_DATE_CELL.search(cell))
    if role == "date":
        return dated and len(cell) <= FLAT_DATE_MAX
    return not dated and len(cell) <= COLUMN_LABEL_MAX and not _flat_head(line)


def _column_table(lines: list[str], first: int) -> tuple[list[int], list[list[int]], int] | None:
    """(header lines, rows (the lines of each cell), the line after the table) of a schedule table that a PDF's
    text tool read column after column from line ``first``: each column's header over its cells (「項目」, the
    steps one a line, 「日程」, their dates one a line), or the header's cells first and then each column's cells
    (「項目 / 訂正前 / 訂正後」, the steps, the dates before, the dates after). One column of labels, the others of
    dates, each as many cells as the labels (a label cut over two lines leaves the counts apart: not read);
    None for other text."""
    heads = []
    at = first
    while at < len(lines) and len(heads) < FLAT_COLUMNS_MAX and _flat_head(lines[at]):
        heads.append(at)
        at += 1
    if len(heads) == 1:  # each column's header over its cells
        columns, heads, size, at = [], [], None, first
        while at < len(lines) and _flat_head(lines[at]):
            role, cell, cells = _column_role(lines[at]), at + 1, []
            while cell < len(lines) and (size is None or len(cells) < size) and _column_cell(lines[cell], role):
                cells.append(cell)
                cell += 1
            if role == "date" and cells and _last_word_cell(lines, cell, size, len(cells)):
                cells.append(cell)
                cell += 1
            if not role or len(cells) < 2 or size not in (None, len(cells)):
                break
            size = len(cells)
            columns.append((role, cells))
            heads.append(at)
            at = cell
        return _column_rows(lines, heads, columns, at)
    roles = [_column_role(lines[head]) for head in heads]
    if len(heads) < 2 or not all(roles) or roles[0] not in ("label", "number"):
        return None
    after = lines[at].strip() if at < len(lines) else ""
    if after.endswith("等") and _flat_head(after[:-1]):
        return None  # 「手続 / 日時 / 場所等」: the header's cells go on (a table read row by row), no column's cells
    size = 0
    while at + size < len(lines) and _column_cell(lines[at + size], roles[0]):
        size += 1
    if size < 2:
        return None
    columns = []
    for role in roles:
        cells = list(range(at, at + size))
        if at + size > len(lines) or not all(_column_cell(lines[cell], role) for cell in cells):
            return None
        columns.append((role, cells))
        at += size
    return _column_rows(lines, heads, columns, at)


def _last_word_cell(lines: list[str], at: int, size: int | None, count: int) -> bool:
    """Line ``at``, under ``count`` dates, is their column's last cell in a word (「契約締結日」「追って通知」: a last row
    dated by another step, or not yet): a short word with no digit, when the labels' column before counts one row more,
    or the next column's header follows it (the dates the first column)."""
    cell = folded(lines[at].strip()) if at < len(lines) else ""
    if not cell or len(cell) > FLAT_WORD_MAX or HAS_DIGIT_CHAR.search(cell) or _flat_head(cell) or cell.endswith("。"):
        return False
    return count + 1 == size if size is not None else at + 1 < len(lines) and _flat_head(lines[at + 1])


# 「令和8年11月20日(金)」 / 「午後5時」: a date's cell wrapped before its time (a table read row by row, each cell's
# lines one after another), not two cells of a column of dates
TIME_ONLY_CELL = re.compile(r"(?:午前|午後)?\s{0,2}\d{1,2}\s{0,2}(?:時|:\d{2})[^日月旬/]{0,12}|正午[^日月旬/]{0,12}")


def _column_rows(lines: list[str], heads: list[int], columns: list, end: int) -> tuple | None:
    roles = [role for role, _ in columns]
    if len(columns) < 2 or roles.count("label") != 1 or "date" not in roles:
        return None
    for role, cells in columns:
        if role == "date" and any(TIME_ONLY_CELL.fullmatch(folded(lines[cell].strip())) for cell in cells[1:]):
            return None
    if end < len(lines) and _column_cell(lines[end], roles[-1]):
        return None  # one more cell than the labels: the columns' counts apart
    return heads, [list(row) for row in zip(*(cells for _, cells in columns))], end


# A table of a correction read row by row by a PDF's text tool, one cell's lines after another and a cell wrapped over
# lines: 「項目」 / 「訂正前」 / 「訂正後」 / 「(4) 企画提案書の提出期」 / 「限」 / 「令和8年11月20日(金)」 / 「午後5時」 /
# 「令和8年11月27日(金)」 / 「午後5時」 / 「(5) …」. Each row is its label's lines up to a date, the old date's cell (its
# date, the time cut onto the next line, the place below it) up to the next date, and the new one's cell; the lines
# after it are its place's rest up to the next label (a line with an item's marker, or as many lines as the old
# cell's). Set as rows of tab-parted cells under the header's names.
BEFORE_HEAD = re.compile(r"(?:訂正|変更|修正)前|当初")
AFTER_HEAD = re.compile(r"(?:訂正|変更|修正)後")
BEFORE_AFTER_BLOCK = 60  # lines of such a table at most
BEFORE_AFTER_CELL = 3  # lines of a label or of a cell's words after its date, at most
BEFORE_AFTER_WINDOW_END = ("から", "～", "~", "〜", "至")


# 「令和10年6月5日（月）」 / 「午前9時から」 / 「令和10年6月9日（金）」 / 「午後5時まで」: a window's cell over four lines, its
# hours cut below its days; a line of an hour alone, or a day after a line that opens a window, goes on with the cell
_BEFORE_AFTER_OPENS_WINDOW = re.compile(r"(?:から|[~～〜])\s{0,2}$")


def _before_after_cell_opens(items: list[tuple[str, int]], at: int) -> bool:
    """Line ``at`` of such a table opens a dated cell: it holds a date, and is neither an hour alone nor the end of a
    window the line above opens (both go on with the cell above)."""
    line = folded(items[at][0].strip())
    if not FLAT_DATE_CELL.search(line) or TIME_ONLY_CELL.fullmatch(line):
        return False
    return at == 0 or not _BEFORE_AFTER_OPENS_WINDOW.search(folded(items[at - 1][0]))


# 「(新設)」「新規」「追加」 in the old column: a step the change adds; 「変更なし」「変更なし(受付は終了しました)」「同左」 in
# the new column: a step the change leaves (each a word cell in place of a date)
BEFORE_AFTER_NEW_CELL = re.compile(r"[(【]?\s{0,2}(?:新設|新規|追加|今回新設)\s{0,2}[)】]?")
BEFORE_AFTER_SAME_CELL = re.compile(
    r"(?:変更|訂正|修正)\s{0,2}(?:なし|無し|はありません|ありません)(?:\s{0,2}\([^()]{0,20}\))?|同左"
)


def _before_after_row(items: list[tuple[str, int]], pos: int) -> tuple[list[list[tuple[str, int]]], int] | None:
    """The cells (label, old, new: each its lines) of the row from ``pos`` on and the position after its new date."""

    def dated(at: int) -> bool:
        # (「令和8年2月16日(月)午前9時」 / 「から令和8年2月18日(水)午後5時まで」: a window's end goes on with its cell)
        return _opens_cell(items, at, places=1)

    def word(at: int, pattern: re.Pattern) -> bool:
        return at < len(items) and pattern.fullmatch(folded(items[at][0].strip())) is not None

    cells, at = [], pos
    label_end = at  # (the label's lines: up to its old date)
    while (
        label_end < len(items)
        and not dated(label_end)
        and not (label_end > at and word(label_end, BEFORE_AFTER_NEW_CELL))
        and label_end - at < BEFORE_AFTER_CELL
    ):
        label_end += 1
    if label_end > at and word(label_end, BEFORE_AFTER_NEW_CELL) and label_end + 1 < len(items) and dated(label_end + 1):
        # 「オンライン説明会」 / 「(新設)」 / 「2027年6月23日…」: a step the change adds, its old cell the word that says so
        cells += [items[at:label_end], items[label_end : label_end + 1], items[label_end + 1 : label_end + 2]]
        return cells, label_end + 2
    if label_end == at or label_end >= len(items) or not dated(label_end):
        return None
    cells.append(items[at:label_end])
    before_end = label_end + 1
    while (
        before_end < len(items)
        and not dated(before_end)
        and not word(before_end, BEFORE_AFTER_SAME_CELL)
        and before_end - label_end <= BEFORE_AFTER_CELL
    ):
        before_end += 1
    if word(before_end, BEFORE_AFTER_SAME_CELL):
        # 「参加表明書の提出期限」 / 「2027年6月16日…」 / 「変更なし」: a step the change leaves, its new cell the word
        cells += [items[label_end:before_end], items[before_end : before_end + 1]]
        return cells, before_end + 1
    if before_end >= len(items) or not dated(before_end):
        return None
    cells.append(items[label_end:before_end])
    cells.append(items[before_end : before_end + 1])
    return cells, before_end + 1


def _dated_cell_text(cell: list[tuple[str, int]]) -> str:
    """A date's cell on one line: its date, then its wrapped words (「光浦町役場3階 大会議」 / 「室」) read together."""
    return cell[0][0] + (" " + "".join(text for text, _ in cell[1:]) if len(cell) > 1 else "")


# 「公告第12号」 / 「の該当箇所」 / 「項 目」 / 「変 更 前」 / 「変 更 後」 / 「4(3)」 / 「設計図書等の」 / 「閲覧期間」 / …: the
# same table with a first column that cites where each step stands in the notice corrected (its name cut over a line
# or two, ending in 「箇所」「頁」「項番」), each row opening with that cell (「4(3)」「第5の2」「p.3」「9」)
BEFORE_AFTER_PLACE_HEAD = re.compile(r"(?:該当|訂正|変更|修正)?(?:箇所|頁|ページ|条項|項番)")
BEFORE_AFTER_PLACE_HEAD_LINES = 2  # lines of that column's name, at most
BEFORE_AFTER_PLACE_CELL = re.compile(r"(?:第|[pP]\.?\s?)?\d{1,3}(?:\(\d{1,2}\)|[-.の]\d{1,2}|頁|ページ|条|項|号){0,3}")


def _place_cell(line: str) -> bool:
    """「4(3)」「第5の2」: a row's cell citing the item of the notice changed."""
    return bool(BEFORE_AFTER_PLACE_CELL.fullmatch(folded(line)))


def _opens_cell(items: list[tuple[str, int]], at: int, places: int) -> bool:
    """Line ``at`` opens a cell with its date (in a table with a cited items' column, not a window's end: 「から…まで」)."""
    return _before_after_cell_opens(items, at) and not (places and items[at][0].startswith(BEFORE_AFTER_WINDOW_END))


def _before_after_place_head(lines: list[str], head: int) -> int:
    """How many lines above the labels' header ``head`` name a first column of places cited (0 when none)."""
    for count in range(1, BEFORE_AFTER_PLACE_HEAD_LINES + 1):
        if head - count < 0 or not lines[head - count].strip():
            return 0
        name = "".join(folded(line.strip()) for line in lines[head - count : head])
        if len(name) > FLAT_HEAD_MAX:
            return 0
        top = lines[head - count].strip()[:1]
        if BEFORE_AFTER_PLACE_HEAD.search(name) and name.endswith(("箇所", "頁", "ページ", "条項", "項番")):
            # (「の該当箇所」: a name's cut rest, its start on the line above)
            return count + 1 if "ぁ" <= top <= "ゖ" and count < BEFORE_AFTER_PLACE_HEAD_LINES else count
    return 0


def before_after_refolded(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with such a table set as rows of tab-parted cells, a row's line standing for its old date's line;
    None when the text holds none."""
    for head in range(len(lines) - 3):
        if len(lines[head + 1]) > FLAT_HEAD_MAX or not (
            BEFORE_HEAD.fullmatch(_flat_name(lines[head + 1])) and AFTER_HEAD.fullmatch(_flat_name(lines[head + 2]))
        ):
            continue
        if not FLAT_LABEL_HEAD.fullmatch(_flat_name(lines[head])):
            continue
        places = _before_after_place_head(lines, head)
        end = head + 3
        while (
            end < len(lines)
            and end - head <= BEFORE_AFTER_BLOCK
            and lines[end].strip()
            and not lines[end].rstrip().endswith("。")
        ):
            end += 1
        block = date_cuts_joined([line.strip() for line in lines[head + 3 : end]])
        items = [(line, head + 3 + i) for i, line in enumerate(block) if line]
        rows, pos = [], 0
        while pos < len(items):
            if places and not _place_cell(items[pos][0]):
                break
            row = _before_after_row(items, pos + 1 if places else pos)
            if row is None:
                break
            cells, start, pos = row[0], pos, row[1]
            if places:
                cells.insert(0, items[start : start + 1])
            tail = pos
            while tail < len(items) and tail - pos <= BEFORE_AFTER_CELL and not _opens_cell(items, tail, places):
                tail += 1
            marked = next(
                (at for at in range(pos, tail) if COLUMN_ITEM.match(items[at][0]) or (places and _place_cell(items[at][0]))),
                None,
            )
            if BEFORE_AFTER_SAME_CELL.fullmatch(folded(cells[-1][0][0].strip())):
                cut = pos  # (「変更なし」: a word's cell, nothing wrapped under it)
            elif marked is not None:
                cut = marked
            elif tail < len(items) and _opens_cell(items, tail, places):
                cut = max(pos, min(pos + len(cells[-2]) - 1, tail - 1))  # the new cell as many lines as the old one
            else:
                cut = min(tail, pos + BEFORE_AFTER_CELL)
            cells[-1] = cells[-1] + items[pos:cut]
            rows.append(cells)
            pos = cut
        if not rows:
            continue
        names = [line.strip() for line in lines[head : head + 3]]
        if places:
            names.insert(0, "".join(folded(line.strip()) for line in lines[head - places : head]))
        out = [("\t".join(names), head - places)]
        for *labels, before, after in rows:
            label_cells = ["".join(text for text, _ in label) for label in labels]
            out.append(("\t".join([*label_cells, _dated_cell_text(before), _dated_cell_text(after)]), before[0][1]))
        rest = items[pos][1] if pos < len(items) else end
        order = [(line, i) for i, line in enumerate(lines[: head - places])] + out
        order += [(line, i) for i, line in enumerate(lines[rest:], start=rest)]
        return [line for line, _ in order], [i for _, i in order]
    return None


# The same table read column after column with its cells wrapped over lines, the column as narrow as the PDF's:
# 「項目」 / 「募集要項の配布」 / 「第二次審査（プレゼンテー」 / 「ション及びヒアリング）」 / … / 「日程」 / 「令和9年6月1日（火）～」 /
# 「7月30日（金）」 / 「令和9年7月8日（木）正午」 / 「まで」 / …. A date's cell goes on over the next line after a window's or a
# list's mark (「～」「から」「・」「、」), and onto a line with no date (「まで」「（予定）」); a label's cell goes on where its line
# fills the column's width (the widest of its lines, or one character short of it) and does not close a bracket
# there, or leaves a bracket open. Read so only when the labels' cells then come out as many as the dates'.
WRAPPED_COLUMN_MARKS = ("～", "~", "〜", "から", "・", "、", "及び")
WRAPPED_COLUMN_REST_MAX = 8  # characters of a date's cell's undated rest on a line of its own (「まで」「（予定）」)
WRAPPED_COLUMN_ROWS_MIN = 4  # rows of such a table, at least
WRAPPED_COLUMN_LINES_MAX = 40  # lines of its labels' column, at most


def _wrapped_column_table(lines: list[str], first: int) -> tuple[list[tuple[str, int]], int] | None:
    if _column_role(lines[first]) != "label":
        return None
    at, labels = first + 1, []
    while at < len(lines) and lines[at].strip() and not _flat_head(lines[at]) and len(labels) < WRAPPED_COLUMN_LINES_MAX:
        if FLAT_DATE_CELL.search(folded(lines[at])) or len(lines[at].strip()) > COLUMN_LABEL_MAX:
            return None
        labels.append(at)
        at += 1
    if at >= len(lines) or _column_role(lines[at]) != "date" or len(labels) < WRAPPED_COLUMN_ROWS_MIN:
        return None
    head, at = at, at + 1
    dates: list[list[int]] = []
    while at < len(lines) and lines[at].strip() and at - head <= 3 * len(labels):  # (a cell of three lines at most)
        cell = folded(lines[at].strip())
        if _flat_head(lines[at]) and not cell.startswith("("):
            break  # (the next column's header, 「備考」; 「（予定）」 is a date's rest)
        above = folded(lines[at - 1].strip()) if dates else ""
        if len(cell) > FLAT_DATE_MAX or cell.endswith("。"):
            break
        if dates and (
            above.endswith(WRAPPED_COLUMN_MARKS) or (not FLAT_DATE_CELL.search(cell) and len(cell) <= WRAPPED_COLUMN_REST_MAX)
        ):
            dates[-1].append(at)
        elif FLAT_DATE_CELL.search(cell):
            dates.append([at])
        else:
            break
        at += 1
    if len(dates) < WRAPPED_COLUMN_ROWS_MIN or len(dates) > len(labels):
        return None
    cells = _wrapped_labels(lines, labels, len(dates))
    if cells is None:
        return None
    rows = [(f"{lines[first].strip()}\t{lines[head].strip()}", first)]
    for label, date in zip(cells, dates):
        text = "".join(lines[k].strip() for k in label)
        rows.append((f"{text}\t{''.join(lines[k].strip() for k in date)}", date[0]))
    return rows, at


def _wrapped_labels(lines: list[str], labels: list[int], count: int) -> list[list[int]] | None:
    """The labels' lines grouped into ``count`` cells, each line that runs on joined to the next; None when the lines
    that run on are not as many as the cells need."""
    texts = [folded(lines[k].strip()) for k in labels]
    widest = max(_width(text) for text in texts)
    goes_on = []
    for text in texts[:-1]:
        open_bracket = text.count("(") > text.count(")")
        full = _width(text) >= widest - 2 and not text.endswith(")")
        goes_on.append(open_bracket or full)
    if len(labels) - sum(goes_on) != count:
        return None
    cells, current = [], []
    for k, line in enumerate(labels):
        current.append(line)
        if k == len(labels) - 1 or not goes_on[k]:
            cells.append(current)
            current = []
    return cells


def columns_refolded(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with each schedule table read column after column (``_column_table``) set as rows of tab-parted
    cells, a row's line standing for the source line of its first date; None when the text holds no such table."""
    begins = [index for index, line in enumerate(lines) if _flat_head(line)]  # (where a table may begin)
    if len(begins) < 2:  # (two columns at least, each under its header's line: most texts have no two such lines)
        return None
    out, origin, index, found = [], [], 0, False
    for begin in begins:
        table = _column_table(lines, begin) if begin >= index else None
        wrapped = _wrapped_column_table(lines, begin) if begin >= index and table is None else None
        if table is None and wrapped is None:
            continue
        out += lines[index:begin]
        origin += range(index, begin)
        found = True
        if wrapped is not None:
            rows_text, index = wrapped
            for text, at in rows_text:
                out.append(text)
                origin.append(at)
            continue
        heads, rows, index = table
        out.append("\t".join(lines[head].strip() for head in heads))
        origin.append(heads[0])
        for row in rows:
            out.append("\t".join(lines[cell].strip() for cell in row))
            origin.append(next((cell for cell in row if FLAT_DATE_CELL.search(folded(lines[cell]))), row[0]))
    if not found:
        return None
    out += lines[index:]
    origin += range(index, len(lines))
    return out, origin


# A two-column table set with spaces whose labels' cells wrap over lines, the date's cell set at the middle of its
# row (a PDF's table centred vertically: 「参加資格」 / 「確認結果   令和8年11月11日(水)」 / 「の通知」, a two-line label's
# date on its first line: 「質問書の   令和8年10月28日(水)」 / 「提出期限」). Read as it stands, the lines under a date
# begin the next row's label. Each row's label is its date line's fragment with as many fragments above it as
# below (one more below, for an even count); where the lines between two dates split more than one way so, the
# split whose labels name steps (and begin no fragment with a word's tail, 「の通知」「する回答」「ン審査」) is
# read. Each row's label goes on its date's line, the fragments' lines left empty.
LABEL_FRAGMENT = re.compile(r"(?P<indent>[ \u3000]{0,8})(?P<label>[^\s\t|]{1,10})(?:[ \u3000]{2,}(?P<value>\S.*?))?[ \u3000]*")
LABEL_TAIL_START = set("のをにはがするンーッャュョァィゥェォっゃゅょ")  # a fragment that goes on from the line above
WRAPPED_LABEL_ROWS = 3  # dated rows of such a table at least
WRAPPED_LABEL_MAX = 3  # lines of a label above or below its date at most


def _label_row_score(fragments: list[str], above: int) -> int:
    """A row's label that names a step counts, one that begins with a word's tail counts against; (between splits
    that read as well) the fewer fragments above the date the better (a two-line label's date is on its first
    line), and a label of more lines centred on its date (as many above as below)."""
    label = "".join(fragments)
    uneven = above > 0 and len(fragments) > 2 * above + 1
    return 4 * bool(kind_of(label)) - 6 * (label[:1] in LABEL_TAIL_START) - above - 2 * uneven


def _wrapped_label_block(lines: list[str], first: int) -> tuple[int, list | None]:
    """(the line after it, the parsed lines) of such a table's lines from ``first`` on; the parsed lines None for
    other text (the lines up to the first returned were looked at: none of them begins such a table)."""
    parsed, column, indent = [], None, None
    at = first
    while at < len(lines):
        match = LABEL_FRAGMENT.fullmatch(lines[at]) if len(lines[at]) <= 120 else None
        if match is None or (indent is not None and match["indent"] != indent):
            break
        indent = match["indent"]
        value = match["value"]
        if value is not None:
            start = _width(lines[at][: match.start("value")])
            if column is None:
                column = start
            elif start != column:
                break
        parsed.append((at, match["label"], value, bool(value and FLAT_DATE_CELL.search(value))))
        at += 1
    dated = sum(1 for *_, is_date in parsed if is_date)
    loose = sum(1 for _, _, value, _ in parsed if value is None)
    if dated < WRAPPED_LABEL_ROWS or loose < 2:
        return max(at, first + 1), None
    return at, parsed


def _label_split(parsed: list) -> list[tuple[int, int]] | None:
    """Per dated line, (fragments above, fragments below) its row takes, best first by ``_label_row_score``."""
    rows = [index for index, item in enumerate(parsed) if item[3]]
    gaps = [rows[0]] + [b - a - 1 for a, b in zip(rows, rows[1:])] + [len(parsed) - rows[-1] - 1]
    # (a line with words in the dates' column but no date: the date's cell going on, its row's)
    forced = []
    for a, b in zip(rows, [*rows[1:], len(parsed)]):
        held = [k for k in range(a + 1, b) if parsed[k][2] is not None]
        forced.append(held[-1] - a if held else 0)
    labels = [item[1] for item in parsed]
    best: dict[int, tuple[int, list]] = {gaps[0]: (0, [])}  # fragments above the row -> (score, splits so far)
    for number, row in enumerate(rows):
        following: dict[int, tuple[int, list]] = {}
        for above, (score, splits) in best.items():
            for below in (above, above + 1):
                if below > gaps[number + 1] or below < forced[number] or max(above, below) > WRAPPED_LABEL_MAX:
                    continue
                gained = score + _label_row_score(labels[row - above : row + below + 1], above)
                nxt = gaps[number + 1] - below
                if number + 1 == len(rows) and nxt:
                    continue  # (no fragment left over after the last row)
                if nxt not in following or following[nxt][0] < gained:
                    following[nxt] = (gained, [*splits, (above, below)])
        if not following:
            return None
        best = following
    return best[0][1] if 0 in best else None


def wrapped_label_rows(lines: list[str]) -> list[str]:
    result, at = list(lines), 0
    while at < len(lines):
        line = lines[at]
        if not (line[:1] in (" ", "\u3000") or "  " in line[:14]):
            at += 1
            continue
        end, parsed = _wrapped_label_block(lines, at)
        splits = _label_split(parsed) if parsed else None
        if splits is not None:
            rows = [index for index, item in enumerate(parsed) if item[3]]
            for row, (above, below) in zip(rows, splits):
                source, _, value, _ = parsed[row]
                label = "".join(item[1] for item in parsed[row - above : row + below + 1])
                more = " ".join(item[2] for item in parsed[row + 1 : row + below + 1] if item[2] is not None)
                first = lines[source].index(parsed[row][1])
                text = lines[source][:first] + label + lines[source][first + len(parsed[row][1]) :].rstrip()
                result[source] = f"{text} {more}" if more else text
                for k in range(row - above, row + below + 1):
                    if k != row:
                        result[parsed[k][0]] = ""
        at = end
    return result


# A month view of a team's calendar (LINE WORKS, Outlook, Google Calendar) copied as text: the weekdays' row
# 「日 月 火 水 木 金 土」 under the month shown 「2027年 6月」, then each day's cell in turn, its number alone (「5/30」
# for a day of the month before or after, 「31」, 「6/1」, 「2」 …) and its events after it, one a line 「12:00 【市】説明会」
# (or, run onto one line, one after another). The days follow each other week row by week row, so a day's number is
# the one that comes next; any other word is an event's. Each event is read as a line of its own with its day
# 「2027年6月3日 12:00 【市】説明会」. A shared calendar tags the calls' steps with their issuer 「【霧ヶ谷市】」 and
# leaves the team's own entries (定例, 社内レビュー, 有給) untagged: when the issuer's tags are there, the entries of
# the issuer tagged most are the call's, the untagged ones the team's and the other issuers' other calls, left out.
GRID_WEEKDAYS = re.compile(
    r"(?<![^\s\u3000])(?:日(?P<sep>[ \t\u3000]{1,3})月(?P=sep)火(?P=sep)水(?P=sep)木(?P=sep)金(?P=sep)土"
    r"|月(?P<sep2>[ \t\u3000]{1,3})火(?P=sep2)水(?P=sep2)木(?P=sep2)金(?P=sep2)土(?P=sep2)日)(?![^\s\u3000])"
)
GRID_MONTH = re.compile(r"(?P<year>\d{4})\s{0,2}年\s{0,2}(?P<month>\d{1,2})\s{0,2}月(?!\s{0,2}\d{1,2}\s{0,2}日)")
GRID_DAY = re.compile(r"(?:(?P<month>\d{1,2})/)?(?P<day>\d{1,2})")
GRID_CLOCK = re.compile(r"\d{1,2}:\d{2}")
GRID_ISSUER_TAG = re.compile(
    r"【(?P<issuer>[^】\s]{1,15}?(?:市|町|村|県|都|府|道|区|省|庁|機構|法人|組合|公社|局|センター|大学))】"
)
GRID_MONTH_ABOVE = 20  # lines above the weekdays' row the month shown may stand on, at most
GRID_DAYS_MIN = 20  # days read in turn, at least, for the cells to be a month's
GRID_DAYS_MAX = 42  # six weeks: the most a month view shows
GRID_TRIES = 24  # weekdays' rows over a day read as a grid's, at most (two years of months)
GRID_DAY_WORDS = 12  # words of one day's events, at most, before the grid is taken to have ended


def _grid_month(lines: list[str], index: int, before: str) -> re.Match | None:
    """The month shown above the weekdays' row: the last 「2027年 6月」 before it on its line, or on a line above."""
    for text in (before[-300:], *(lines[at][:300] for at in range(index - 1, max(index - GRID_MONTH_ABOVE, 0) - 1, -1))):
        found = list(GRID_MONTH.finditer(text))
        if found:
            return found[-1]
    return None


def _grid_events(lines: list[str], index: int, start: int, first_month: re.Match) -> tuple[list, int, int] | None:
    """The days of the grid whose cells begin at ``start`` on line ``index``: per day, its date and its events (each
    [line, words, last line]); and the line and place in it where the grid ends. None when the words are no run of
    days listed one after another."""
    year, month = int(first_month["year"]), int(first_month["month"])
    if not 1 <= month <= 12:
        return None
    days: list[tuple[datetime.date, list[list]]] = []
    starts: list[bool] = []  # whether each day's number begins its line
    at, pos, cut = index, start, None
    while at < len(lines) and cut is None:
        line = lines[at]
        if pos == 0 and not line.strip():
            cut = (at, 0)  # (a blank line: the grid ends)
            break
        blank = line.find("  ", pos)
        end = len(line) if blank < 0 else blank
        if "\t" in line[pos:end]:
            return None  # (a sheet's grid: a week's days a row of cells, read by ``calendar_grid_days``)
        for word in re.finditer(r"\S+", line[pos:end]):
            token, place = word.group(), pos + word.start()
            day = GRID_DAY.fullmatch(token)
            date = None
            if day and not days:
                number = int(day["day"])
                shown = int(day["month"]) if day["month"] else month if number == 1 else month - 1 or 12
                try:
                    date = datetime.date(year - (shown == 12 and month == 1), shown, number)
                except ValueError:
                    return None
                if shown != month and number < 22:
                    return None
            elif day:
                following = days[-1][0] + datetime.timedelta(days=1)
                if int(day["day"]) == following.day and (not day["month"] or int(day["month"]) == following.month):
                    date = following
            if date is not None:
                if len(days) >= GRID_DAYS_MAX:
                    cut = (at, place)
                    break
                days.append((date, []))
                starts.append(not line[:place].strip())
                continue
            if not days:
                return None  # (words before the first day: no grid's cells)
            events = days[-1][1]
            # (an event opens at a clock, a tag or a line, none right after its clock alone: 「12:00」 / 「【市】説明会」)
            timed = bool(events) and len(events[-1][1]) == 1 and GRID_CLOCK.fullmatch(events[-1][1][0])
            if not events or GRID_CLOCK.fullmatch(token) or (events[-1][2] != at or token.startswith("【")) and not timed:
                if sum(len(words) for _, words, _ in events) >= GRID_DAY_WORDS:
                    cut = (at, place)  # (more words than a day's cell holds: the text goes on below the grid)
                    break
                events.append([at, [], at])
            events[-1][1].append(token)
            events[-1][2] = at
        if cut is None and blank >= 0:
            cut = (at, blank)
        at, pos = at + 1, 0
    if cut is None:
        cut = (len(lines), 0)
    if cut[0] - index >= len(days) // 2 and not all(starts):
        return None  # (the cells listed a line each, but days side by side: a week's row over its events)
    return days, cut[0], cut[1]


def month_grid_listed(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The events of a month view's cells each a line with its day (see above), and the source line each stands for;
    None for other text."""
    heads = [
        (index, head)
        for index, line in enumerate(lines)
        if "火" in line and "木" in line
        for head in [GRID_WEEKDAYS.search(line)]
        if head
    ]
    if not heads:
        return None
    kept: list[str] = []
    origin: list[int] = []
    done = 0  # the first line not yet kept
    tries = 0
    for index, head in heads:
        if index < done:
            continue
        line = lines[index]
        after = line[head.end() :].lstrip() or (lines[index + 1].lstrip() if index + 1 < len(lines) else "")
        if not GRID_DAY.fullmatch(after[:6].split(" ", 1)[0].split("\u3000", 1)[0]):
            continue  # (no day's number after the weekdays)
        tries += 1
        if tries > GRID_TRIES:
            break
        shown = _grid_month(lines, index, line[: head.start()])
        found = _grid_events(lines, index, head.end(), shown) if shown else None
        if not found:
            continue
        days, end_at, end_pos = found
        month = int(shown["month"])
        if len(days) < GRID_DAYS_MIN or not any(date.day == 1 and date.month == month for date, _ in days):
            continue
        if days[0][0].month != month and days[0][0].weekday() != "月火水木金土日".index(head.group()[0]):
            continue  # (the days before the month's first do not begin the first week)
        for at in range(done, index):
            kept.append(lines[at])
            origin.append(at)
        if line[: head.start()].strip():
            kept.append(line[: head.start()])
            origin.append(index)
        events = []  # (day, line, clock, words)
        for date, cells in days:
            for at, words, _ in cells:
                clock = words[0] if GRID_CLOCK.fullmatch(words[0]) else ""
                events.append((date, at, clock, " ".join(words[1:] if clock else words)))
        tags = collections.Counter(tag["issuer"] for *_, words in events if (tag := GRID_ISSUER_TAG.match(words)))
        ranked = tags.most_common(2)
        issuer = ranked[0][0] if ranked and ranked[0][1] >= 2 and (len(ranked) < 2 or ranked[0][1] > ranked[1][1]) else None
        for date, at, clock, words in events:
            if not words or issuer is not None and (not (tag := GRID_ISSUER_TAG.match(words)) or tag["issuer"] != issuer):
                continue  # (the team's own entry, or another call's)
            kept.append(f"{date.year}年{date.month}月{date.day}日 {clock + ' ' if clock else ''}{words}")
            origin.append(at)
        if end_at < len(lines) and end_pos and lines[end_at][end_pos:].strip():
            kept.append(lines[end_at][end_pos:].strip())  # (the words after the grid, on its last line)
            origin.append(end_at)
        done = end_at + 1 if end_pos else end_at
    if not kept:
        return None
    for at in range(done, len(lines)):
        kept.append(lines[at])
        origin.append(at)
    return kept, origin


# A calendar's list view copied or exported (Outlook's 「件名 場所 開始 終了 … 分類」, its CSV's 「Subject, Start Date,
# Start Time, End Date, End Time, All day event」, a shared calendar's 「タイトル 開始日時 終了日時」): a header row that opens
# with the event's subject and names the start and end of its slot (not a system's list of a call's procedures,
# 「案件番号, 件名, …, 手続名, 開始日時, 終了日時」, the work's name in its second column: each row a window)
CALENDAR_HEAD = re.compile(
    r"(?:^|(?<=[\n ]))\"?(?:件名|タイトル|予定|(?i:subject|title))\"?\s{0,2}[\t,][^\n]{0,60}?"
    r"(?:開始(?:日時|日|時刻)?|(?i:start(?: date| time)?))\"?\s{0,2}[\t,]\s{0,2}\"?(?:(?i:start time)\"?\s{0,2}[\t,]\s{0,2}\"?)?"
    r"(?:終了(?:日時|日|時刻)?|(?i:end(?: date| time)?))(?![^\t,\n\"]{2})"
)
CALENDAR_HEAD_REACH = 4000  # characters from the text's start a calendar's header row stands within
_SLOT_DAY = r"(?P<{0}>\d{{4}}[/\-.]\d{{1,2}}[/\-.]\d{{1,2}}(?:\s{{0,2}}\(\s{{0,2}}[^()\s\d]{{1,3}}\s{{0,2}}\))?)"
_SLOT_TIME = r"(?P<{0}>\d{{1,2}}:\d{{2}})(?::\d{{2}})?(?:\s{{0,2}}(?P<{0}m>[AaPp])\.?[Mm]\.?)?"
_SLOT_GAP = r"\"?\s{0,2}[\t,]\s{0,2}\"?|\s{1,3}"
# the slot of one event: its start's day and time, its end's day and time, each a cell or the two in one cell
CALENDAR_SLOT = re.compile(
    _SLOT_DAY.format("d1")
    + f"(?:{_SLOT_GAP})"
    + _SLOT_TIME.format("t1")
    + r"(?P<sep>\"?\s{0,2}[\t,]\s{0,2}\"?|\s{0,2}[~\-]\s{0,2})"
    + _SLOT_DAY.format("d2")
    + f"(?:{_SLOT_GAP})"
    + _SLOT_TIME.format("t2")
)
# the words of a subject that name a deadline (its slot ends at it: 「【〆17:00】質問書提出」「参加申込締切」「Proposal due」)
CALENDAR_DEADLINE = re.compile(r"〆|締切|締め切り|期限|必着|提出|申込|申し込み|(?i:deadline|\bdue\b|submi|closes?\b)")
# the words of a subject that name a step the issuer takes on a day (its answers put up, its result sent): the slot the
# team set aside to look for it, no time of the step (「質問回答 公開予定 → 市HP確認する」 from 9:00 to 9:15)
CALENDAR_ISSUER_STEP = re.compile(r"回答|結果|通知|公開|公表|掲載|発表|(?i:answers?\b|results?\b|notif|publish|announce)")
# a subject whose day is a placeholder for a part of a month it names: 「審査結果通知（11月上旬予定）※仮置き」
CALENDAR_PLACEHOLDER = re.compile(r"仮置き|仮押さえ|仮日程|日付は仮|(?i:placeholder|\btbc\b|\btbd\b)")
CALENDAR_MONTH_PART = re.compile(
    r"\d{1,2}\s{0,2}月\s{0,2}(?:上旬|中旬|下旬|初旬|末|頃)|(?i:\b(?:early|mid|late)[\s\-](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
CALENDAR_SUBJECT_REACH = 160  # characters before a slot its row's subject stands within


def _slot_clock(match: re.Match, name: str) -> tuple[int, int]:
    hour, minute = (int(n) for n in match[name].split(":"))
    meridiem = (match[f"{name}m"] or "").lower()
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    return hour, minute


# A page's source with a comment in its markup (「<!-- 2025/10/03 原稿（旧）：非表示 <ul><li>…</li></ul> -->」, a draft or a
# note its editor hid): no text the page shows, read as blank (its characters spaces, its line breaks kept, so every line
# keeps its number and offset); its 「<!--」 closed by the first 「-->」 after it, this many characters between them at most
_MARKUP_COMMENT_MAX = 4000
# A PDF's comment summary (Acrobat's 「注釈の概要」: 「番号: 8　作成者: …　件名: 取り消し線　日付: 2027/09/07 9:53:01」 over
# the words the comment holds): a strike-through's words are what it struck out of the page, read as gone up to the
# next comment's head, a page's head or rule, or a blank line (its other comments, a highlight's or a replacement's
# words, read as they are)
_STRUCK_COMMENT = re.compile(
    r"件名[:：][ \t\u3000]{0,4}取り消し線[ \t\u3000]{1,8}日付[:：][ \t\u3000]{0,4}[\d/]{8,10}[ \t\u3000]{1,4}[\d:]{4,8}"
    r"(?P<words>.{0,600}?)(?=番号[:：][ \t\u3000]{0,4}\d|ページ[:：]|─{4}|\n[ \t\u3000]*\n|注釈の合計|$)",
    re.DOTALL,
)


def _blank(words: str) -> str:
    """``words`` as spaces, their line breaks kept."""
    return "".join(char if char == "\n" else " " for char in words)


def _struck_words_blanked(match: re.Match) -> str:
    """A strike-through comment (``_STRUCK_COMMENT``) with its words blanked (``_blank``), its head kept."""
    start, end = match.span("words")
    return match.string[match.start() : start] + _blank(match.string[start:end]) + match.string[end : match.end()]


def _markup_comments_blanked(text: str) -> str:
    """The text with its markup's comments (``_MARKUP_COMMENT_MAX``) blanked (``_blank``): each 「-->」 looked for once,
    not in the 4,000 characters after each 「<!--」 again where none closes it (a text of 「<!--」 and no 「-->」)."""
    pieces = []
    done = 0  # the end of the last comment
    close = -1  # the first 「-->」 after the last 「<!--」 looked at
    at = text.find("<!--")
    while at != -1:
        if close < at + 4:
            close = text.find("-->", at + 4)
            if close == -1:
                break
        if close - (at + 4) > _MARKUP_COMMENT_MAX:
            at = text.find("<!--", at + 1)  # (unclosed within its reach: the next 「<!--」, this 「-->」 still the first)
            continue
        pieces += [text[done:at], _blank(text[at : close + 3])]
        done = close + 3
        at = text.find("<!--", done)
    return "".join([*pieces, text[done:]]) if pieces else text


# 「かっこ1 業務名 …」「かっこ2 受付期限 …」: a notice read aloud into a phone's dictation, each item's bracketed number
# spoken as 「かっこ」 and the number (a word, opening the item, a space after its number)
DICTATED_ITEM_MARK = re.compile(r"(?:(?<=\s)|^)かっこ[ \u3000]?(?P<number>\d{1,2})(?=[ \u3000])", re.MULTILINE)
DICTATED_ITEM_MARKS_MIN = 2  # items so marked, at least (a word 「かっこ」 once is no dictated outline)


def dictated_item_marks(text: str) -> str | None:
    """The text with each spoken item mark (``DICTATED_ITEM_MARK``) written as the bracketed number it stands for,
    「かっこ1」 as 「 (1)」 (spaces before it keep each character where it stood); None when fewer are spoken."""
    if "かっこ" not in text or len(DICTATED_ITEM_MARK.findall(text)) < DICTATED_ITEM_MARKS_MIN:
        return None
    return DICTATED_ITEM_MARK.sub(lambda m: f"({m['number']})".rjust(len(m.group())), text)


def hidden_words_blanked(text: str) -> str | None:
    """The text with what a reader of it does not see as standing blanked: its markup's comments
    (``_markup_comments_blanked``) and the words a comment summary's strike-throughs struck out (``_STRUCK_COMMENT``);
    None when it holds neither."""
    found = None
    if "<!--" in text:
        blanked = _markup_comments_blanked(text)
        found = blanked if blanked != text else found
        text = blanked
    if "取り消し線" in text and "件名" in text:
        blanked = _STRUCK_COMMENT.sub(_struck_words_blanked, text)
        found = blanked if blanked != text else found
    return found


# A comment summary's replacement (「件名: テキストを置換」 over the words put in): the words that stand in the page for the
# ones the comment marks, up to the next comment's head, a page's head or rule, or a blank line (as ``_STRUCK_COMMENT``)
_REPLACED_COMMENT = re.compile(
    r"件名[:：][ \t\u3000]{0,4}テキストを置換[ \t\u3000]{1,8}日付[:：][ \t\u3000]{0,4}[\d/]{8,10}[ \t\u3000]{1,4}[\d:]{4,8}"
    r"(?P<words>.{0,600}?)(?=番号[:：][ \t\u3000]{0,4}\d|ページ[:：]|─{4}|\n[ \t\u3000]*\n|注釈の合計|$)",
    re.DOTALL,
)
_SUMMARY_PAGE = re.compile(
    r"ページ[:：][ \t\u3000]{0,4}\d{1,4}"
)  # 「ページ：5」: a page of the summary, its text then its comments
_SUMMARY_COMMENT = re.compile(r"番号[:：][ \t\u3000]{0,4}\d{1,4}[ \t\u3000]{1,8}作成者[:：]")  # a comment's head
REPLACED_DAY_LEAD = 4  # characters before the day a replacement's words open with, at most (a space, a bracket)


def _replaced_day(words: str) -> Mention | None:
    """The day a replacement's words open with (「令和８年９月２日（水）午後５時（必着）」), None when they open otherwise."""
    flat = folded(words)
    if len(flat) != len(words):
        return None
    found = [mention for mention in find_mentions(flat) if mention.month and mention.year]
    if not found or found[0].start > REPLACED_DAY_LEAD or flat[: found[0].start].strip(" \t\n\u3000「(【"):
        return None
    return found[0]


def _day_order(mention: Mention) -> tuple[int, int, int]:
    """Where a mention falls in the year (a part of a month at its middle)."""
    return (mention.year or 0, mention.month or 0, mention.day or 15)


def replaced_days_placed(text: str) -> str | None:
    """A PDF's comment summary whose replacement comments (``_REPLACED_COMMENT``) put a new day in place of one its page
    prints (the page's text as it was, the comment's words after it): each such day written where the page's day it
    replaces stands, the comment's words blanked (characters spaces, line breaks kept). The day replaced is, of the
    page's days not taken yet, one with the new day's hour and before it (a step put off), the nearest; else the nearest
    before it (「令和８年９月下旬（予定）」 by 「令和８年１０月２日（金）午後１時から」). None when nothing is replaced."""
    if "テキストを置換" not in text or "件名" not in text:
        return None
    heads = [match.start() for match in _SUMMARY_PAGE.finditer(text)]
    edits: list[tuple[int, int, str]] = []
    for page, start in enumerate(heads):
        end = heads[page + 1] if page + 1 < len(heads) else len(text)
        first_comment = _SUMMARY_COMMENT.search(text, start, end)
        if first_comment is None:
            continue
        body = text[start : first_comment.start()]
        flat = folded(body)
        if len(flat) != len(body):
            continue
        olds = [mention for mention in find_mentions(flat) if mention.month and mention.year]
        taken: set[int] = set()
        for comment in _REPLACED_COMMENT.finditer(text, first_comment.start(), end):
            new = _replaced_day(comment["words"])
            if new is None:
                continue
            before = [k for k, old in enumerate(olds) if k not in taken and _day_order(old) < _day_order(new)]
            if not before:
                continue
            timed = [k for k in before if olds[k].time is not None and olds[k].time == new.time]
            chosen = max(timed or before, key=lambda k: _day_order(olds[k]))
            taken.add(chosen)
            at = comment.start("words")
            edits.append((start + olds[chosen].start, start + olds[chosen].end, comment["words"][new.start : new.end]))
            edits.append((at, comment.end("words"), _blank(comment["words"])))
    if not edits:
        return None
    out, at = [], 0
    for begin, stop, words in sorted(edits):
        out.append(text[at:begin])
        out.append(words)
        at = stop
    out.append(text[at:])
    return "".join(out)


# A table of a change a text browser laid out (lynx -dump, w3m): its heads and its cells parted by one space each,
# 「項目 変更前 変更後」 over 「参加表明書の提出期限 令和8年6月12日（金曜日）午後5時 令和8年6月26日（金曜日）午後5時」, a cell
# the page's width cut carried onto the next line (「…6月26日（金」 / 「曜日）午後5時」). Read as the table it is: each row's
# cells parted by tabs, a cut cell joined again (the line break moved after it); its rows parted by line breaks, or in
# a page read as one line by the runs of spaces those became.
SPACED_VERSION_HEADS = re.compile(
    r"(?:^|(?<=\n)|(?<=\s\s))[ \u3000]{0,8}(?P<heads>[^\s\d]{1,8}(?: [^\s\d]{1,8}){1,5})(?=[ \u3000]*(?:\n|$)|\s\s)"
)
# the words one of which each head of an old version (``OLD_VERSION_HEAD``: 「旧」「現行」「誤」「…前」), and each of a new
# one (「新」「正」「…後」), holds
_OLD_HEAD_WORDS = ("旧", "現行", "誤", "前")
_NEW_HEAD_WORDS = ("新", "正", "後")
SPACED_ROW_BREAK = re.compile(r"[ \u3000]*\n[ \u3000]*|[ \u3000]{2,}")  # a line break, or the run of spaces it became
SPACED_VERSION_ROW_MAX = 160  # characters of such a row, at most
SPACED_VERSION_ROWS_MAX = 40  # rows of such a table, at most
SPACED_VERSION_ROWS_MIN = 2  # rows of such a table, at least
_OPENING_BRACKETS = "(（［[【"
_CLOSING_BRACKETS = ")）］]】"


def _unclosed(text: str) -> bool:
    """``text`` opens more brackets than it closes (a cell cut inside its weekday's brackets)."""
    return sum(text.count(c) for c in _OPENING_BRACKETS) > sum(text.count(c) for c in _CLOSING_BRACKETS)


def _spaced_version_table(text: str, heads: re.Match) -> list[tuple[int, int, str]]:
    """The edits that set the table headed at ``heads`` with tabs: (start, end, new words) of its heads and each row."""
    names = heads["heads"].split(" ")
    if sum(bool(OLD_VERSION_HEAD.match(n)) for n in names) != 1 or sum(bool(NEW_VERSION_HEAD.match(n)) for n in names) != 1:
        return []
    edits = [(heads.start("heads"), heads.end("heads"), "\t".join(names))]
    versions = [at for at, name in enumerate(names) if OLD_VERSION_HEAD.match(name) or NEW_VERSION_HEAD.match(name)]
    moved = 0  # (rows whose old and new cells both hold a date: a change's table, no line of words that splits alike)
    at = heads.end("heads")
    while len(edits) <= SPACED_VERSION_ROWS_MAX:
        gap = SPACED_ROW_BREAK.match(text, at)
        if not gap or gap.group().count("\n") > 1:
            break  # (a blank line: the table ends)
        start = gap.end()
        end = found.start() if (found := SPACED_ROW_BREAK.search(text, start, start + SPACED_VERSION_ROW_MAX)) else -1
        if end < 0 and len(text) - start > SPACED_VERSION_ROW_MAX:
            break
        end = len(text) if end < 0 else end
        row, carried, stop = text[start:end], "", end
        if _unclosed(row) and (wrap := SPACED_ROW_BREAK.match(text, end)) and wrap.group().count("\n") <= 1:
            rest = SPACED_ROW_BREAK.search(text, wrap.end(), wrap.end() + SPACED_VERSION_ROW_MAX)
            stop = rest.start() if rest else len(text)
            row, carried = row + text[wrap.end() : stop], wrap.group()  # (the cut cell's rest, its line break after it)
        cells = row.split(" ")
        if len(cells) != len(names) or not all(cells) or len(row) > SPACED_VERSION_ROW_MAX:
            break
        edits.append((start, stop, "\t".join(cells) + carried))
        moved += all(_DIGIT.search(cells[column]) for column in versions)
        at = stop
    return edits if len(edits) > SPACED_VERSION_ROWS_MIN and moved else []


def spaced_version_cells_tabbed(text: str) -> str | None:
    """``text`` with each table of a change laid out with single spaces (``SPACED_VERSION_HEADS``) set with tabs; None
    when it holds none."""
    if "前" not in text and "誤" not in text and "旧" not in text:
        return None
    edits: list[tuple[int, int, str]] = []
    start = 0
    for line in text.split("\n"):
        # (only a line with an old version's word and a new one's is searched: a match of the heads lies within one
        # line, no line break among its characters, so the matches of each line are those a search from the line's
        # start finds, as the whole text's; its lookahead reads no further than the line break, inside ``endpos``; and
        # the table needs one head of each version, each holding one of those words)
        if any(word in line for word in _OLD_HEAD_WORDS) and any(word in line for word in _NEW_HEAD_WORDS):
            for heads in SPACED_VERSION_HEADS.finditer(text, start, start + len(line) + 1):
                if edits and heads.start() < edits[-1][1]:
                    continue
                edits += _spaced_version_table(text, heads)
        start += len(line) + 1
    if not edits:
        return None
    out, at = [], 0
    for begin, stop, words in edits:
        out += [text[at:begin], words]
        at = stop
    out.append(text[at:])
    return "".join(out)


# A form's fields set in two columns with spaces (a system's notice printed as text): each key on the left, its value
# from one column on, a long value wrapped onto lines indented to that column (「変更理由    設計図書の一部差替え（…配管
# 平面図」 / 「                No.3）に伴い、…」). A value that tells in sentences (a reason, a remark) has each sentence the
# wrap cut read as one line again, its dates beside the words that tell what they are; a line that opens a sentence of
# its own, a field of its own (「詳細: …」) or an item (「・…」) stays a line.
FIELD_KEY = re.compile(r"[ \u3000]{0,8}[^\s]{1,16}[ \u3000]{2,}(?=\S)")
FIELD_LINES_MAX = 12  # lines of one field's value, at most
_INNER_GAP = re.compile(r"\S[ \u3000]{2,}\S")
_ASIDE = re.compile(r"[(（][^()（）]{0,80}[)）]")  # (「（土曜日、日曜日及び祝日を除く。）」: an aside's sentence, no prose)
_PIECE_ENDED = tuple("。)）」】")  # a line of a value ending so: its sentence, or its item, ended there
_PIECE_OPENS = re.compile(r"[^\s:：]{1,10}[:：]|[・※●■◆○◇□*＊-]")  # 「詳細: …」「・…」: a field or an item of its own


def field_values_rejoined(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with each sentence of a field's value wrapped in a form of two columns (``FIELD_KEY``) joined on its
    first line, and the source line each stands for; None when no value's line was joined."""
    out: list[str] = []
    origin: list[int] = []
    index, found = 0, False
    while index < len(lines):
        line = lines[index]
        key = (  # (FIELD_KEY's gap needs two spaces, or a full-width one)
            FIELD_KEY.match(line)
            if (line[:1] in " \u3000" or line[:1].isalpha()) and ("  " in line or "\u3000" in line)
            else None
        )
        below = index + 1
        if key:
            column = _width(key.group())
            while below < len(lines) and below - index <= FIELD_LINES_MAX:
                text = lines[below]
                value = text.lstrip(" \u3000")
                if not value or _width(text[: len(text) - len(value)]) != column or _INNER_GAP.search(value):
                    break
                below += 1
        out.append(line)
        origin.append(index)
        if below > index + 1 and any("。" in _ASIDE.sub("", lines[at]) for at in range(index, below)):
            for at in range(index + 1, below):
                piece = lines[at].strip(" \u3000")
                if out[-1].rstrip().endswith(_PIECE_ENDED) or _PIECE_OPENS.match(piece):
                    out.append(lines[at])
                    origin.append(at)
                    continue
                found = True
                joined = out[-1].rstrip()
                out[-1] = joined + (" " if joined[-1:].isascii() and piece[:1].isascii() else "") + piece
        else:
            out += lines[index + 1 : below]
            origin += range(index + 1, below)
        index = below
    return (out, origin) if found else None


def calendar_slots(text: str) -> str | None:
    """The rows of a calendar's list view (``CALENDAR_HEAD``), each event's slot (its start and its end, ``CALENDAR_SLOT``)
    written as the one moment it stands for, in its start's cell (the end's left blank, no line added): an
    all-day event (0:00 to the next 0:00, or over days) its first day, no time; a deadline's slot (its subject says
    〆, 締切, 提出, due) its end, when the thing is due; a step the issuer takes (回答 公開, 結果 通知) its day, the slot
    being the team's reminder to look; an event its start. A subject that says its day is a placeholder for a part of a
    month (「（11月上旬予定）※仮置き」) keeps its words alone. None when the text has no such list."""
    if "\t" not in text and "," not in text:
        return None
    head = CALENDAR_HEAD.search(text, 0, CALENDAR_HEAD_REACH)
    if head is None:
        return None
    out: list[str] = []
    at, done = 0, head.end()
    for slot in CALENDAR_SLOT.finditer(text, head.end()):
        reach = max(done, slot.start() - CALENDAR_SUBJECT_REACH)  # (no search back past it: a text run onto one line)
        row_start = max(text.rfind("\n", reach, slot.start()) + 1, reach)
        subject = text[row_start : slot.start()]
        start, end = _slot_clock(slot, "t1"), _slot_clock(slot, "t2")
        day, end_day = slot["d1"], slot["d2"]
        part = CALENDAR_MONTH_PART.search(subject) if CALENDAR_PLACEHOLDER.search(subject) else None
        if part:  # (the part of the month the subject names, in the year of the day that holds its place)
            year = day[:4]
            value = f"{year}年{part.group()}" if "月" in part.group() else f"{part.group()} {year}"
        elif start == end == (0, 0) or (start == (0, 0) and end == (23, 59)):
            value = day  # (an all-day event, its end the next day's 0:00 as the view shows it)
        elif CALENDAR_DEADLINE.search(subject) or day[:10] != end_day[:10]:  # (a slot over days: a window, its end)
            value = f"{end_day} {end[0]}:{end[1]:02d}"
        elif CALENDAR_ISSUER_STEP.search(subject):
            value = day
        else:
            value = f"{day} {start[0]}:{start[1]:02d}"
        cell = "\t" if "\t" in slot["sep"] else ("," if "," in slot["sep"] else "")
        joiner = '","' if cell == "," and '"' in slot["sep"] else cell
        out.append(text[at : slot.start()])
        # (the slot's other cells a dash each, no blank run of tabs that a table run onto one line reads as a row's end)
        out.append(value + (joiner + "-") * slot.group().count(cell) if cell else value)
        at = done = slot.end()
    if not out:
        return None
    out.append(text[at:])
    return "".join(out)


# A schedule table that a PDF's text tool read one column at a time with a page break between the columns: the
# steps one a line (「(1) Publication of RFP」 … 「(10) Notification of selection result」, 「公告」 … 「契約締結」), the
# page's footer (「- 2 -」「Page 2 of 4」) and the next page's running header, then the steps' dates in the same order
# (「Friday, 8 January 2027」 / 「Monday, 18 January 2027,」 / 「15:00-16:00」 / … / 「Mid-March 2027」), a date's cell
# wrapped onto a line of its own (its time range, 「(must arrive)」, 「まで」) or, in a text run onto one line, several
# cells on one line. Each step is paired with its date in turn when the dates come out as many as the steps (the lines
# over the steps that name none, 「Step」「Date and time (JST)」, left above as the table's head).
COLUMN_FOOTER = re.compile(
    r"\s*(?:[-–—－ー‐]\s*\d{1,3}\s*[-–—－ー‐]?|(?i:page|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3}"
    r"|\d{1,3}\s*(?:ページ|頁))\s*"
)
COLUMN_FOOTER_INSIDE = re.compile(r"\s[-–—]\s?\d{1,3}\s?[-–—]\s|\s(?i:page)\s\d{1,3}\s(?:of|/)\s\d{1,3}\s")
COLUMN_STEP_MAX = 60  # characters of a step's cell, at most
COLUMN_STEPS_MIN = 4  # rows of such a table, at least
COLUMN_STEPS_MAX = 30  # rows of such a table, at most
COLUMN_STEPS_HEAD_MAX = 3  # lines over the steps that name no step (the table's head), at most
COLUMN_BREAK_LINES = 4  # lines of a page's furniture (and the dates' head) between the two columns, at most
COLUMN_REPEAT_MIN = 12  # characters of a running header told by its repeating an earlier line, at least
COLUMN_CELL_LEAD_MAX = 16  # characters before a cell's first date (「By」「Until」, a weekday), at most
COLUMN_MARK_ALONE = re.compile(r"\(\d{1,2}\)|\d{1,2}[.)]?|[①-⑳⑴-⒇]")  # a step's number on a line of its own
# a line that opens a section or an item (「5. Evaluation」「(2) 提出方法」「第6」): no date's cell going on
COLUMN_ITEM_OPENS = re.compile(r"\(\d{1,2}\)|\d{1,2}[.)]\s|\d{1,2}\s{1,2}\D|第\d|[①-⑳⑴-⒇]")
COLUMN_BRACKETED = re.compile(r"\([^()]{0,40}\)")
COLUMN_CELL_REST_MAX = 24  # characters of a line that goes on with a date's cell without a date (「15:00-16:00」)
# the words between two dates of one cell: a window's (「A to B」「A～B」「AからB」), or a list's
COLUMN_SAME_CELL = re.compile(r"\s{0,3}(?:[~\-–—]|(?i:to|through|until|till|and|or)\b|から|及び|、|,)\s{0,3}")
# 「By」「No later than」「Until」 before a cell's date: the cell's own words (in a line of cells, the next cell's)
_COLUMN_LEADS = r"by|until|till|before|on|from|due|around|approx\.?|no\s+later\s+than"
COLUMN_CELL_LEAD = re.compile(rf"(?i:\b(?:{_COLUMN_LEADS}))\s{{1,3}}$")
COLUMN_CELL_LEAD_END = re.compile(rf"\s(?i:{_COLUMN_LEADS})$")  # (a line's last word, the next line's cell's)
# a time (or a time's range) a date's mention took from before it: the time of the cell before, after its comma
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?|noon)"
COLUMN_CELL_CLOCK = re.compile(rf"{_CLOCK}(?:\s{{0,2}}(?:[-–~]|to)\s{{0,2}}{_CLOCK})?(?:\s?noon)?[\s,]*")
COLUMN_DATES_HEAD = re.compile(r"(?i:date|schedule|deadline|when|timeline)|日程|日時|期日|期限|予定|時期")


def _column_furniture(line: str, seen: set[str]) -> bool:
    """A page's footer (「- 2 -」) or its running header (a line the text gave before, word for word)."""
    stripped = line.strip()
    return bool(COLUMN_FOOTER.fullmatch(stripped)) or (len(stripped) >= COLUMN_REPEAT_MIN and stripped in seen)


def _column_dates_head(text: str) -> bool:
    """「日時等」「日程」「Date」: a dates column's head, no step's name."""
    text = folded(text)
    return len(text) <= FLAT_HEAD_MAX and bool(COLUMN_DATES_HEAD.search(text)) and not kind_of(text)


def _column_step(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > COLUMN_STEP_MAX or "\t" in stripped or "|" in stripped:
        return False
    return stripped[-1] not in "。." and not find_mentions(folded(stripped))


def _column_date_cells(lines: list[str], at: int, most: int) -> tuple[list[tuple[str, int]], int]:
    """The date cells (text, source line) from line ``at`` on, ``most`` at most, and the line after them: a line that
    opens with a date (after a few words, 「By」) opens one cell, or several when it holds more dates apart."""
    cells: list[tuple[str, int]] = []
    pending = ""  # (「No later than」 on a line of its own: the next cell's first words)
    while at < len(lines) and len(cells) <= most:
        text = folded(lines[at].strip())
        if not text or len(text) > FLAT_CELL_MAX * 3:
            break
        mentions = find_mentions(text)
        if not mentions and not pending and COLUMN_CELL_LEAD.fullmatch(text + " "):
            pending = text
            at += 1
            continue
        if not mentions:
            if (
                not cells
                or len(text) > COLUMN_CELL_REST_MAX
                or COLUMN_ITEM_OPENS.match(text)
                or not (text[0] in "(" or HAS_DIGIT_CHAR.search(text) or not text.isascii() or text[0].islower())
            ):
                break
            cells[-1] = (f"{cells[-1][0]} {text}", cells[-1][1])
            at += 1
            continue
        if pending and mentions[0].start > 0:
            break
        if len(text[: mentions[0].start]) > COLUMN_CELL_LEAD_MAX:
            break
        words = "".join(text[a.end : b.start] for a, b in zip([None, *mentions], [*mentions, None]) if a and b) + (
            text[: mentions[0].start] + " " + text[mentions[-1].end :]
        )
        if kind_of(COLUMN_BRACKETED.sub(" ", words)):  # (a note in brackets aside: 「(must arrive)」「(必着)」)
            break  # 「① R8.5.11(月) 公告、説明書の交付開始」: a row with its step's words, no column's date cell
        start = 0
        opened = cells and re.search(r"(?:[~\-–～〜]|\b(?i:to|through|until|till)|から)\s*$", cells[-1][0])
        pieces = []
        for number, mention in enumerate(mentions):
            if number == 0:
                continue
            gap = text[mentions[number - 1].end : mention.start]
            if mentions[number - 1].range_start or COLUMN_SAME_CELL.fullmatch(gap):
                continue
            if not gap.strip() and _same_day_told(mentions[number - 1], mention):
                continue  # 「6月中旬 mid-June」: a bilingual cell's one date, in each language
            lead = COLUMN_CELL_LEAD.search(gap)
            cut = mention.start - (len(gap) - lead.start()) if lead else mention.start
            clock = COLUMN_CELL_CLOCK.match(text, mention.start) if not gap.strip(" ,") else None
            if clock and clock.end() < mention.end:
                cut = clock.end()  # 「…, 18 January 2027, 15:00-16:00 Friday, 22 January」: the time the date's before
            pieces.append(text[start:cut].strip())
            start = cut
        pieces.append(text[start:].strip())
        if pending:
            pieces[0], pending = f"{pending} {pieces[0]}", ""
        if cells and pieces and cells[-1][1] == at - 1 and (carried := COLUMN_CELL_LEAD_END.search(cells[-1][0])):
            # 「…, 17:00 By」 / 「Thursday, 28 January 2027」: the lead word the next cell's
            cells[-1] = (cells[-1][0][: carried.start()].rstrip(), cells[-1][1])
            pieces[0] = f"{carried.group().strip()} {pieces[0]}"
        if opened:
            cells[-1] = (f"{cells[-1][0]} {pieces[0]}", cells[-1][1])
            pieces = pieces[1:]
        cells += [(piece, at) for piece in pieces]
        at += 1
    return cells, at


def _same_day_told(first: Mention, second: Mention) -> bool:
    """Whether two mentions name the same day (or part of a month) told twice, in two languages."""
    return (first.month, first.day, first.precision) == (second.month, second.day, second.precision) and (
        first.year is None or second.year is None or first.year == second.year
    )


def _bilingual_steps(entries: list[tuple[str, int]], dates: int) -> list[tuple[str, int]] | None:
    """The steps of a bilingual column, each step's name on two lines, its Japanese then its English (「公募開始」 /
    「Call opens」), joined as one step each (「公募開始 / Call opens」), when the last ``dates`` pairs of lines are such
    names and the lines above them few enough for the table's head; else None."""
    rest = len(entries) - 2 * dates
    if not 0 <= rest <= COLUMN_STEPS_HEAD_MAX or dates < COLUMN_STEPS_MIN:
        return None
    pairs = [(entries[at], entries[at + 1]) for at in range(rest, len(entries), 2)]
    if not all(not own.isascii() and other.isascii() and other[:1].isalpha() for (own, _), (other, _) in pairs):
        return None
    return entries[:rest] + [(f"{own} / {other}", line) for (own, line), (other, _) in pairs]


def step_column_then_dates(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with each such table set as rows of tab-parted cells (a row's line standing for its date's source
    line); None when the text holds none."""
    out, origin, index, found = [], [], 0, False
    seen: set[str] = set()
    at = 0
    while at < len(lines):
        if not _column_step(lines[at]) or COLUMN_FOOTER.fullmatch(lines[at].strip()):
            stripped = lines[at].strip()
            if len(stripped) >= COLUMN_REPEAT_MIN:
                seen.add(stripped)
            at += 1
            continue
        first = at
        at += 1  # (the first step just read as one, no footer)
        while at < len(lines) and at - first <= COLUMN_STEPS_MAX + COLUMN_STEPS_HEAD_MAX and _column_step(lines[at]):
            if COLUMN_FOOTER.fullmatch(lines[at].strip()):
                break
            at += 1
        steps_end = at
        if steps_end - first + 1 < COLUMN_STEPS_MIN:  # (too few steps, even with one more cut from a footer's line:
            # no table, the lines after them not read for its dates; most runs are a line or two of words)
            seen.update(stripped for k in range(first, steps_end) if len(stripped := lines[k].strip()) >= COLUMN_REPEAT_MIN)
            continue
        breaks: list[tuple[str, int]] = []  # (the page's furniture and the dates' head: kept, after the rows)
        dates_at, last = at, None
        inside = COLUMN_FOOTER_INSIDE.search(lines[at]) if at < len(lines) and at > first else None
        if inside and _column_step(lines[at][: inside.start()]):
            # 「(6) Contract award (planned) - 4 - Lakeshore Water Authority …」: a text run onto one line, cut again
            # with the last step, the page's footer and the next page's header on one line
            last = (lines[at][: inside.start()].strip(), at)
            breaks.append((lines[at][inside.start() :].strip(), at))
            dates_at += 1
        while dates_at < len(lines) and len(breaks) < COLUMN_BREAK_LINES:
            line = lines[dates_at]
            stripped = line.strip()
            if _column_furniture(line, seen) or (
                stripped
                and len(stripped) <= FLAT_HEAD_MAX * 2
                and COLUMN_DATES_HEAD.search(stripped)
                and not find_mentions(folded(stripped))
            ):
                breaks.append((line, dates_at))
                dates_at += 1
            elif not stripped:
                dates_at += 1
            else:
                break
        for k in range(first, steps_end):
            if len(lines[k].strip()) >= COLUMN_REPEAT_MIN:
                seen.add(lines[k].strip())
        entries: list[tuple[str, int]] = []  # (a step's cell, its first line)
        for k in range(first, steps_end):
            stripped = lines[k].strip()
            if entries and COLUMN_MARK_ALONE.fullmatch(entries[-1][0]) and entries[-1][1] == k - 1:
                entries[-1] = (f"{entries[-1][0]} {stripped}", entries[-1][1])  # 「(1)」 / 「実施要領の公表」
            else:
                entries.append((stripped, k))
        if last is None and len(entries) > COLUMN_STEPS_MIN and _column_dates_head(entries[-1][0]):
            # 「項目」 / 「公示日」 / … / 「契約締結予定日」 / 「日時等」 / 「令和5年10月2日(月)」: the dates column's head, on
            # the line after the last step, no step of its own (the rows pair each step with its date from the first)
            breaks.insert(0, (lines[entries[-1][1]], entries[-1][1]))
            entries.pop()
        if last is not None:
            entries.append(last)
        count = len(entries)
        if count < COLUMN_STEPS_MIN:
            continue
        cells, end = _column_date_cells(lines, dates_at, count)
        head = count - len(cells)
        if head > COLUMN_STEPS_HEAD_MAX and (paired := _bilingual_steps(entries, len(cells))):
            entries, count = paired, len(paired)  # 「公募開始」 / 「Call opens」: each step named in two languages
            head = count - len(cells)
        steps = [text for text, _ in entries[max(head, 0) :]]
        if (
            len(cells) < COLUMN_STEPS_MIN
            or not 0 <= head <= COLUMN_STEPS_HEAD_MAX
            or any(kind_of(text) for text, _ in entries[:head])
            or not kind_of(steps[0])  # (「日程」 / 「公告」 / … over one date more: the head's word, no step)
            or 3 * sum(1 for step in steps if kind_of(step)) < 2 * len(steps)
        ):
            continue
        found = True
        out += lines[index : entries[head][1]]
        origin += range(index, entries[head][1])
        for step, (cell, source) in zip(steps, cells):
            out.append(f"{step}\t{cell}")
            origin.append(source)
        for line, k in breaks:
            out.append(line)
            origin.append(k)
        index = at = end
    if not found:
        return None
    out += lines[index:]
    origin += range(index, len(lines))
    return out, origin


# 「項目」 / 「変更前」 / 「変更後」, each on a line of its own, over rows whose cells stand one a line, a cell wrapped onto
# the next (「参加資格確認結果の通」 / 「知」, 「令和10年6月16日(金)」 / 「（予定）」): a 新旧対照表 (or 正誤表, 「旧」 / 「新」)
# whose text layer gives its cells one under the other. Each row becomes one line of tab-parted cells, on its first
# line (the table's head the same), so the old version's column is read as a table's is.
_ROW_KEY_HEAD = re.compile(r"^(?:項目|事項|区分|内容|日程|手続き?|工程|スケジュール|該当(?:箇所|項目)|Item|Step)$")
_VERSION_VALUE_START = re.compile(
    r"^(?:令和|平成|R\s?\d|\d{4}\s?[年/.\-]|\d{1,2}\s?(?:月|/)|同日|同月|(?:変更|訂正|修正)(?:なし|無し|は?ありません)|同左"
    r"|従前のとおり|新設|削除|[-―—−－〃]$)"
)
# what goes on a value cell's line below it: its hour, its 「まで」, its bracketed note (「（予定）」「（必着）」)
_VERSION_VALUE_GOES_ON = re.compile(r"^(?:[(（](?!\d{1,2}[)）])|午前|午後|正午|\d{1,2}\s?(?:時|:)|まで|必着|頃|から|~)")
# 「（修正箇所に関するものに限る。）」 under a value: a note in brackets whole on its line, the value's own
_VERSION_VALUE_NOTE = re.compile(r"^[(（][^()（）]{1,30}[)）]$")
# 「令和10年6月5日(月)午前9時から」 over 「令和10年6月9日(金)午後5時まで」: a window's start, its end the same cell's
_VERSION_WINDOW_OPEN = re.compile(r"(?:から|[~～〜])$")
VERSION_ROW_LABEL_LINES = 3  # lines a row's first cell (its step's name) is wrapped over, at most
VERSION_ROW_LABEL = 30  # characters of each of them, at most
VERSION_ROWS_REACH = 120  # lines of such a table, at most


def _version_heads(lines: list[str], index: int) -> tuple[int, int] | None:
    """The lines of a stacked 新旧 table's head at ``index`` (「項目」 optional, then the old and new versions' names in
    either order, one a line): the span of the head's lines."""
    at = index
    if _ROW_KEY_HEAD.match(lines[at].strip()):
        at += 1
    if at + 1 >= len(lines):
        return None
    first, second = lines[at].strip(), lines[at + 1].strip()
    if old_version_first(first, second) is None:
        return None
    return index, at + 2


def _version_row(lines: list[str], at: int) -> tuple[int, list[str], int] | None:
    """The row of a stacked 新旧 table whose first line is ``at`` or the first not blank below it: the line it
    starts on, its cells (the step's name, the two versions' values) and the line after it."""
    while at < len(lines) and not lines[at].strip():
        at += 1
    start, label = at, []
    while at < len(lines) and (line := lines[at].strip()) and not _VERSION_VALUE_START.match(line):
        if len(label) == VERSION_ROW_LABEL_LINES or len(line) > VERSION_ROW_LABEL or line[:1] in "※*注":
            return None
        label.append(line)
        at += 1
    if not label:
        return None
    values: list[str] = []
    while at < len(lines):
        line = lines[at].strip()
        if not line:
            at += 1
            continue
        if values and _VERSION_WINDOW_OPEN.search(values[-1]) and _VERSION_VALUE_START.match(line) and len(line) <= 24:
            values[-1] += line  # (the end of the window the cell opened)
        elif _VERSION_VALUE_START.match(line) and len(values) < 2 and len(line) <= 2 * VERSION_ROW_LABEL:
            values.append(line)
        elif values and (_VERSION_VALUE_GOES_ON.match(line) and len(line) <= 12 or _VERSION_VALUE_NOTE.match(line)):
            values[-1] += line
        else:
            break
        at += 1
    if len(values) != 2:
        return None
    return start, ["".join(label), *values], at


def stacked_version_rows(lines: list[str]) -> list[str]:
    if not any(OLD_VERSION_HEAD.match(line.strip()) for line in lines if len(line) <= 8):
        return lines
    result, done = None, 0
    for index, line in enumerate(lines):
        if index < done or len(line) > 12 or not line.strip() or not (heads := _version_heads(lines, index)):
            continue
        rows, at = [], heads[1]
        while at < min(len(lines), index + VERSION_ROWS_REACH) and (row := _version_row(lines, at)):
            rows.append(row)
            at = row[2]
        if len(rows) < 2:
            continue
        result = result or list(lines)
        names = [lines[head].strip() for head in range(*heads)]
        result[heads[0] : heads[1]] = ["\t".join(["項目"] * (len(names) == 2) + names)] + [""] * (len(names) - 1)
        for start, cells, end in rows:
            result[start:end] = ["\t".join(cells)] + [""] * (end - start - 1)
        done = at
    return result or lines


# A 正誤表 copied one cell a line whose rows are numbered and cite the page corrected: 「番号」 / 「頁」 / 「該当箇所」 /
# 「誤」 / 「正」, then each row's number 「6」, its page 「5」, the place's lines 「6 現地説明会」 / 「(1)参加申込期限」, the old
# text's lines and the corrected text's, each cell wrapped over lines at the column's width; rows that correct no date
# (a sum, a requirement's sentence) among them, and the header repeated under a page's number. Each row is known by its
# numbers (the next row's number one more, its page after it); in a row that gives two dates, each opening a line
# (「令和7年10月14日(火)」 / 「午後5時まで」 / 「令和7年10月15日(水)」 / …), the first opens the old cell and the second the
# corrected one, the place's lines before them. Set as rows of tab-parted cells under the header's names; a row that
# gives no such pair of dates stays as it was.
NUMBERED_VERSIONS_OLD = re.compile(r"誤|(?:訂正|変更|修正)前|当初")
NUMBERED_VERSIONS_NEW = re.compile(r"正|(?:訂正|変更|修正)後")
NUMBERED_VERSIONS_PAGE = re.compile(r"頁|ページ|[pP]\.?")
# a line opening with a whole date (its era or its year of four digits, or its month and day): 「令和7年10月14日(火)」
NUMBERED_VERSIONS_DATE = re.compile(
    r"(?:令和|平成)\s{0,2}(?:\d{1,2}|元)\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月|\d{4}\s{0,2}[年/.]\s{0,2}\d{1,2}|\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日"
)
NUMBERED_VERSIONS_ITEM = "(（0123456789０１２３４５６７８９第⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽①②③④⑤⑥⑦⑧⑨⑩"  # (a place's item on a line of its own)
NUMBERED_VERSIONS_SCHEDULE = re.compile(r"(?P<number>[\d０-９]{1,2}\s?)?\S{0,8}(?:スケジュール|日程)$")
NUMBERED_VERSIONS_ROW_LINES = 24  # lines of such a row at most
NUMBERED_VERSIONS_HEAD_MAX = 7  # cells of its header at most


def _numbered_versions_head(lines: list[str], at: int) -> tuple[int, int] | None:
    """(cells of the header, cells citing the page among them) of such a table's header opening at line ``at``
    (「番号」), else None."""
    if not FLAT_NUMBER_HEAD.fullmatch(_flat_name(lines[at])):
        return None
    end = at + 1
    while end < len(lines) and end - at < NUMBERED_VERSIONS_HEAD_MAX and _flat_head(lines[end]):
        end += 1
    names = [_flat_name(line) for line in lines[at:end]]
    for size in range(len(names), 3, -1):  # (the header's last two cells the old and the corrected text)
        if NUMBERED_VERSIONS_OLD.fullmatch(names[size - 2]) and NUMBERED_VERSIONS_NEW.fullmatch(names[size - 1]):
            pages = sum(bool(NUMBERED_VERSIONS_PAGE.fullmatch(name)) for name in names[1 : size - 2])
            labels = size - 3 - pages
            return (size, pages) if labels == 1 and pages else None
    return None


def _numbered_row_opens(lines: list[str], at: int, number: int, pages: int) -> bool:
    if at + pages >= len(lines) or folded(lines[at].strip()).rstrip(".") != str(number):
        return False
    return all(_place_cell(lines[at + k].strip()) for k in range(1, pages + 1))


def _numbered_row_cells(body: list[str]) -> list[str] | None:
    """The place's, the old and the corrected cells of a row's lines (after its numbers), when two of them open with a
    date (else None)."""
    opens = [
        i
        for i, line in enumerate(body)
        if i
        and NUMBERED_VERSIONS_DATE.match(folded(line.strip()))
        and not body[i - 1].rstrip().endswith(("から", "~", "～", "〜"))
    ]
    if len(opens) != 2:
        return None
    old, new = opens
    # (「11 選定スケジュール」 over 「（表中）第2次審査（…）」: the schedule's section, naming no step, its number kept)
    lines = [
        NUMBERED_VERSIONS_SCHEDULE.sub(r"\g<number>", line.strip()) if i + 1 < old else line.strip()
        for i, line in enumerate(body[:old])
    ]
    place = "".join(
        (" " if i and (lines[i][:1] in NUMBERED_VERSIONS_ITEM or folded(lines[i - 1]).isdigit()) else "") + lines[i]
        for i in range(old)
    )
    return [place, "".join(line.strip() for line in body[old:new]), "".join(line.strip() for line in body[new:])]


def _numbered_versions_table(lines: list[str], at: int) -> tuple[list[tuple[str, int]], int, int] | None:
    """The rows (each its text and its first line) of such a table whose header opens at line ``at``, the line after
    it and how many rows correct a date; None where no such header opens."""
    head = _numbered_versions_head(lines, at) if len(lines[at].strip()) <= FLAT_NUMBER_HEAD_LINE else None
    if head is None:
        return None
    size, pages = head
    number, found = 1, 0
    rows: list[tuple[str, int]] = [("\t".join(line.strip() for line in lines[at : at + size]), at)]
    end = at + size
    while _numbered_row_opens(lines, end, number, pages):
        stop = end + pages + 1
        while (
            stop < len(lines)
            and stop - end < NUMBERED_VERSIONS_ROW_LINES
            and lines[stop].strip()
            and not lines[stop].strip().startswith(("※", "*", "＊"))
            and not PAGE_MARK.fullmatch(folded(lines[stop].strip()))
            and not _numbered_row_opens(lines, stop, number + 1, pages)
        ):
            stop += 1
        cells = _numbered_row_cells(lines[end + pages + 1 : stop])
        citation = [lines[i].strip() for i in range(end, end + pages + 1)]
        if cells is None:  # (a row that corrects no date: its lines in its place's cell, the table kept whole)
            cells = [" ".join(line.strip() for line in lines[end + pages + 1 : stop]), "", ""]
        else:
            found += 1
        rows.append(("\t".join([*citation, *cells]), end))
        number += 1
        end = stop
        if end < len(lines) and PAGE_MARK.fullmatch(folded(lines[end].strip())):
            # (the page's number, then the header again over the next page's rows)
            repeat = end + 1
            if repeat + size <= len(lines) and [_flat_name(line) for line in lines[repeat : repeat + size]] == [
                _flat_name(line) for line in lines[at : at + size]
            ]:
                rows += [(lines[end], end), ("\t".join(line.strip() for line in lines[repeat : repeat + size]), repeat)]
                end = repeat + size
    return (rows, end, found) if len(rows) > 1 else None


def numbered_versions_refolded(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with each such table set as rows of tab-parted cells, with the source line of each; None when the
    text holds none."""
    if not any(NUMBERED_VERSIONS_NEW.fullmatch(_flat_name(line)) for line in lines if len(line.strip()) <= 4):
        return None  # (no header cell 「正」「訂正後」 on a line of its own: most texts)
    out: list[tuple[str, int]] = []
    index = at = found = 0
    while at < len(lines):
        table = _numbered_versions_table(lines, at)
        if table is None:
            at += 1
            continue
        rows, end, dated = table
        out += [(line, i) for i, line in enumerate(lines[index:at], start=index)] + rows
        index = at = end
        found += dated
    if not found:
        return None
    out += [(line, i) for i, line in enumerate(lines[index:], start=index)]
    return [line for line, _ in out], [i for _, i in out]


# The same table run onto one line (its line breaks spaces): 「番号 頁 該当箇所 誤 正 1 2 2 施設の概要 (3)指定期間 令和8年…」.
# Its words are read as the lines they were (each word a line: a cell's words are put back together as the lines'
# are), and the table's stretch is cut at each of them.
NUMBERED_VERSIONS_ONE_LINE_HEAD = re.compile(
    r"(?:番号|No\.?|項番)[ \u3000]{1,3}(?:[^\s]{1,8}[ \u3000]{1,3}){2,4}?(?:誤|(?:訂正|変更|修正)前|当初)[ \u3000]{1,3}"
    r"(?:正|(?:訂正|変更|修正)後)(?= )"
)
NUMBERED_VERSIONS_ONE_LINE_HEADS = 64  # such heads read on one line, at most
NUMBERED_VERSIONS_ONE_LINE_REACH = 20000  # characters of such a table run onto one line, at most
NUMBERED_VERSIONS_WORD = re.compile(r"\S+")


def numbered_versions_word_cuts(line: str) -> list[int]:
    """The offsets of the words of each such table in ``line`` (a text run onto one line), where the lines the table
    was read from began; [] where it holds none."""
    if "誤" not in line and "後" not in line:
        return []
    return _one_line_table_cuts(
        line,
        NUMBERED_VERSIONS_ONE_LINE_HEAD,
        NUMBERED_VERSIONS_ONE_LINE_HEADS,
        NUMBERED_VERSIONS_ONE_LINE_REACH,
        _numbered_versions_end,
    )


def _numbered_versions_end(cells: list[str]) -> int | None:
    table = _numbered_versions_table(cells, 0)
    if table is None or not table[2]:
        table = _project_table(cells, 0)  # (a table of changes to several calls: 「番号 件名 手続 変更前 変更後 1 …」)
        if table is None:
            return None
    return table[1]


def _one_line_table_cuts(
    line: str, head: re.Pattern, heads_max: int, reach: int, table_end: Callable[[list[str]], int | None]
) -> list[int]:
    """Where each table whose head ``head`` finds in ``line`` (a text run onto one line) had its line breaks: the offset
    of each word the table (``table_end``: the words it holds, None where none) was read from, and of the word after it."""
    cuts: list[int] = []
    for tried, found in enumerate(head.finditer(line)):
        if tried >= heads_max:
            break  # (a dump of such heads: each read over its reach once at most this many times, never super-linear)
        if cuts and found.start() < cuts[-1]:
            continue
        words = list(NUMBERED_VERSIONS_WORD.finditer(line, found.start(), found.start() + reach))
        end = table_end([word.group() for word in words])
        if end is None:
            continue
        cuts += [word.start() for word in words[:end]]
        if end < len(words):
            cuts.append(words[end].start())
    return cuts


# A table of changes to several calls copied one cell a line (a page's HTML table read cell by cell): 「番号」 /
# 「件名（入札方式）」 / 「手続」 / 「変更前」 / 「変更後」, then each call's number 「1」 and its name's lines (its number, its
# name, its method) on its first row only, and each of its steps a row of three cells, the step's name, its old date and
# its new one (a date, or words: 「変更なし」「中止（…）」). Each step's row is set whole, the call's number and name
# carried down from its first row, its cells parted by tabs; the call's name lines before its first step.
PROJECT_NAME_HEAD = re.compile(r"(?:件名|案件名?|業務名|工事名|事業名|調達件名|名称)(?:\([^()]{1,12}\))?")
PROJECT_STEP_HEAD = re.compile(r"手続き?|項目|内容|事項|日程|工程")
PROJECT_NAME_LINES = 5  # lines of a call's name cell, at most
PROJECT_CELL_MAX = 80  # characters of a step's or a date's cell, at most
PROJECT_NEW_WORDS_MAX = 60  # characters of a new cell in words (「中止（本件の入札は中止します。…）」), at most


def _project_head(lines: list[str], at: int) -> int | None:
    """The number of header cells (number, name, step, old, new) of such a table opening at line ``at``, else None."""
    if at + 5 > len(lines) or not FLAT_NUMBER_HEAD.fullmatch(_flat_name(lines[at])):
        return None
    names = [_flat_name(line) for line in lines[at + 1 : at + 5]]
    if any(len(name) > FLAT_HEAD_MAX for name in names):
        return None
    if not (
        PROJECT_NAME_HEAD.fullmatch(names[0])
        and PROJECT_STEP_HEAD.fullmatch(names[1])
        and NUMBERED_VERSIONS_OLD.fullmatch(names[2])
        and NUMBERED_VERSIONS_NEW.fullmatch(names[3])
    ):
        return None
    return 5


def _project_step(lines: list[str], at: int) -> bool:
    """Lines ``at`` to ``at + 2`` are a step's row: its name (no date), its old date, its new date or words."""
    if at + 3 > len(lines):
        return False
    name, old, new = (folded(line.strip()) for line in lines[at : at + 3])
    if not name or not old or not new or len(name) > PROJECT_CELL_MAX or len(old) > PROJECT_CELL_MAX:
        return False
    if FLAT_DATE_CELL.search(name) or not FLAT_DATE_CELL.search(old) or not NUMBERED_VERSIONS_DATE.search(old):
        return False
    return len(new) <= PROJECT_NEW_WORDS_MAX


def _project_table(lines: list[str], at: int) -> tuple[list[tuple[str, int]], int] | None:
    """The rows (each its text and its line) of such a table whose header opens at line ``at`` and the line after it;
    None where none opens."""
    size = _project_head(lines, at) if len(lines[at].strip()) <= FLAT_NUMBER_HEAD_LINE else None
    if size is None:
        return None
    rows = [("\t".join(line.strip() for line in lines[at : at + size]), at)]
    end, number = at + size, 1
    while end < len(lines) and folded(lines[end].strip()).rstrip(".") == str(number):
        first = next((k for k in range(end + 2, min(len(lines), end + 2 + PROJECT_NAME_LINES)) if _project_step(lines, k)), None)
        if first is None:
            break
        name = " ".join(line.strip() for line in lines[end + 1 : first])
        step = first
        while _project_step(lines, step) and folded(lines[step].strip()).rstrip(".") != str(number + 1):
            rows.append(("\t".join([lines[end].strip(), name, *(line.strip() for line in lines[step : step + 3])]), step))
            step += 3
        end, number = step, number + 1
    return (rows, end) if len(rows) > 2 else None


def project_rows_refolded(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with each such table set as rows of tab-parted cells, with the source line of each; None when the
    text holds none."""
    if not any(len(line.strip()) <= 4 and NUMBERED_VERSIONS_NEW.fullmatch(_flat_name(line)) for line in lines):
        return None  # (no header cell 「変更後」 on a line of its own: most texts)
    out: list[tuple[str, int]] = []
    index = at = 0
    while at < len(lines):
        table = _project_table(lines, at)
        if table is None:
            at += 1
            continue
        rows, end = table
        out += [(line, i) for i, line in enumerate(lines[index:at], start=index)] + rows
        index = at = end
    if not out:
        return None
    out += [(line, i) for i, line in enumerate(lines[index:], start=index)]
    return [line for line, _ in out], [i for _, i in out]
