"""Date, time and period expressions as Japanese notices write them (and English summaries)."""

from __future__ import annotations

import calendar
import collections
import contextvars
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from tenders.extractor.firsts import first_characters_guarded

WEEKDAYS = "月火水木金土日"
# (「12月頭」「12月初め」: the month's first days, said in a memo or a chat)
PERIODS = {
    "上旬": "early_month",
    "初旬": "early_month",
    "中旬": "mid_month",
    "下旬": "late_month",
    "初め": "early_month",
    "頭": "early_month",
}
WEEK_PARTS = {"1": "early_month", "2": "early_month", "3": "mid_month"}  # 「第4週」「第5週」「最終週」: late
EARLIEST_YEAR, LATEST_YEAR = 2000, 2100  # the years a schedule can be in


@dataclass(frozen=True)
class Era:
    name: str
    offset: int  # 西暦 = offset + era year
    first: dt.date
    last: dt.date | None


ERA_LIST = [
    Era("令和", 2018, dt.date(2019, 5, 1), None),
    Era("平成", 1988, dt.date(1989, 1, 8), dt.date(2019, 4, 30)),
    Era("昭和", 1925, dt.date(1926, 12, 25), dt.date(1989, 1, 7)),
    Era("大正", 1911, dt.date(1912, 7, 30), dt.date(1926, 12, 24)),
    Era("明治", 1867, dt.date(1868, 1, 25), dt.date(1912, 7, 29)),
]
ERA_BY_NAME = {era.name: era for era in ERA_LIST} | {
    "R": ERA_LIST[0],
    "H": ERA_LIST[1],
    "S": ERA_LIST[2],
    "令": ERA_LIST[0],
    "平": ERA_LIST[1],
}
ERAS = {name: era.offset for name, era in ERA_BY_NAME.items()}

_TIME = (  # (「【7月26日（火）】午後2時から」: a new date marked in brackets, its time after them)
    r"(?:\s{0,8}(?:】\s{0,4}(?=[午正\d]))?(?:[の、,]\s{0,2}(?=[午正\d]))?(?P<ampm>午前|午後)?\s{0,8}(?:(?P<noon>正午)|(?P<hour>\d{1,2})(?:時(?:\s{0,8}(?P<minute>\d{1,2})分|(?P<half>半))?"
    r"|:(?P<minute2>\d{2}))))?"
)
# a clock time (「17:00」「午後5時15分」「正午」; 「5:00 pm」「10:30 a.m.」, an English half of the day after its figures), in the
# groups ``_time`` reads; the same without its groups (``CLOCK_UNNAMED``) where a pattern reads two (「午後3時→午後5時」)
# or needs the time's span alone
CLOCK = (
    r"(?P<ampm>午前|午後)?\s{0,2}(?:(?P<noon>正午)|(?P<hour>\d{1,2})"
    r"(?::(?P<minute2>\d{2})(?:\s{0,2}(?P<ampm_after>[AaPp])\.?\s?[Mm]\b\.?)?|時(?:(?P<minute>\d{1,2})分|(?P<half>半))?))"
)
CLOCK_UNNAMED = re.sub(r"\(\?P<\w+>", "(?:", CLOCK)
# the weekday in brackets 「(木)」, or written out after a space 「10月8日 木曜日 午後3時」; a bilingual notice's 「(木 / Thu)」
# 「(Thu/木)」 is one weekday in both languages (the time after it is the date's)
_WEEKDAY_GLOSS_EN = r"(?:\s{0,3}[/／]\s{0,3}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?)?"
_WEEKDAY = (
    r"(?:\s{0,8}\(\s{0,8}(?P<wd>[月火水木金土日])(?:曜日?)?\s{0,8}(?:[・,]?\s{0,8}(?:祝|休)日?)?"
    + _WEEKDAY_GLOSS_EN
    + r"\s{0,8}\)"
    r"|(?:の|[、,]\s{0,2})?\s{0,2}(?P<wd_bare>[月火水木金土日])曜日?"  # 「1月18日の月曜日」「2月16日、火曜日」「6月5日の金曜、」
    r"|\s{0,2}\(\s{0,2}(?P<wd_en>Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[a-z]{0,6})\.?"  # 「2026-06-16 (Tue)」
    r"(?:\s{0,3}[/／]\s{0,3}[月火水木金土日](?:曜日?)?)?\s{0,2}\))?"
)
EN_WEEKDAY_NAME = first_characters_guarded(re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)", re.IGNORECASE))
ENGLISH_WEEKDAYS = {"Mon": "月", "Tue": "火", "Wed": "水", "Thu": "木", "Fri": "金", "Sat": "土", "Sun": "日"}
# 「令和8年6月17日（2026年6月17日）（水）正午」: the same date in the other calendar, in brackets, before its weekday
_SAME_DATE_OTHER_ERA = r"(?:\s{0,4}\(\s{0,2}(?:\d{4}|令和\s{0,2}\d{1,2}|平成\s{0,2}\d{1,2})\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日\s{0,2}\))?"
# (「令和10年4月 中旬」: a month's part parted from it by a space, where a line break was run onto the line, is read with it)
DATE = re.compile(  # (the first lookahead: a character a date starts with, to fail fast elsewhere)
    r"(?=[令平昭大明RH\d同翌])"
    r"(?:(?P<era>令和|平成|昭和|大正|明治|(?<![A-Za-z])[RH](?=\d))\s{0,8}(?P<eyear>\d{1,4}|元)\s{0,8}(?:\(\s{0,8}\d{4}\s{0,8}\)\s{0,8})?"
    r"(?:年|\.(?=\s{0,2}\d{1,2}\s{0,2}月))"  # 「R9.10月中旬」: the era's year with a dot before a month written out
    r"(?:\s{0,8}\(\s{0,8}\d{4}\s{0,8}年\s{0,8}\))?"  # 「令和8年(2026年)5月11日」
    r"|(?<!\d)(?P<year>\d{4})\s{0,8}(?:\(\s{0,8}(?:令和|平成)\s{0,8}(?:\d{1,2}|元)\s{0,8}\)\s{0,8})?年"
    r"(?:\s{0,8}\(\s{0,8}(?:令和|平成)\s{0,8}(?:\d{1,2}|元)\s{0,8}年?\s{0,8}\))?|(?P<same_year>同年))?"
    r"(?:(?<!\d)(?P<month>\d{1,2})|(?P<same_month>同)|(?P<next_month>(?<![^\s(:|])翌))月"
    r"(?:(?P<day>\d{1,2})日|(?:[ \u3000]{1,2}(?=[上初中下]旬))?(?P<period>上旬|初旬|中旬|下旬|初め(?!て)|頭(?![\u4e00-\u9fff]))"
    r"|(?P<end>末日?)|(?P<week>第\s{0,2}[1-5]\s{0,2}週|最終週))?" + _SAME_DATE_OTHER_ERA + _WEEKDAY + _TIME
)
# 2026/6/19, 2026.6.5, 2026-06-12, R8.5.15, 令和8.6.1 (with a weekday and a clock time: (金)17:00); an era's
# figures aligned in a timeline with a space after the dot: 「R8. 9. 1(火)」「R 8. 9.11」「2026. 9. 1」
SLASH_DATE = re.compile(
    r"(?<![\d./-])(?:(?P<year>(?:19|20)\d{2})(?:[/.]\s?(?P<month>\d{1,2})[/.]\s?|-(?P<month_iso>\d{1,2})-)"
    r"|(?P<era>令和|平成|令|平|[RH])\s?(?P<eyear>\d{1,2})[/.]\s?(?P<month_era>\d{1,2})[/.]\s?)(?P<day>\d{1,2})(?![\d/]|[.-]\d)"  # (「by 2027/09/14.」: a sentence's end)
    + _WEEKDAY
    # (「2027.2.5 FRI 17:00 必着」: a flyer's English weekday standing alone after the date, its time after it)
    # (「<2024-05-24 金 14:00>」: a planner's or calendar export's timestamp, the weekday's kanji alone after the date)
    + r"(?:[ \t]{1,3}(?:(?P<wd_loose>MON|TUE|WED|THU|FRI|SAT|SUN|Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[a-z]{0,6}|[A-Z]{0,6})\.?(?![A-Za-z])"
    r"|(?P<wd_loose_ja>[月火水木金土日])(?=[ \t>\]]|$)))?" + _TIME
)
# 「8.5.22（金）17:00」: a 令和 year of one or two digits with dots, read only when a weekday or a 令和 date beside it
# confirms it (「8.5.2」 alone is a section or a version number)
SHORT_ERA_DATE = re.compile(
    r"(?<![A-Za-z0-9_./-])(?P<eyear>[1-9]\d?)\.(?P<month>\d{1,2})\.(?P<day>\d{1,2})(?![A-Za-z0-9_.])" + _WEEKDAY + _TIME
)
# 「2026-07 中旬」「2026-08（予定）」: an ISO year and month, with a part of the month or alone; 「2024/7 中旬」
# with a slash or a dot only with its part of the month (「2024/7」 alone may be a fraction or an edition)
YEAR_MONTH = re.compile(
    r"(?<![\d./-])(?P<year>20\d{2})(?P<separator>[-/.])(?P<month>\d{1,2})"
    r"(?:(?P=separator)?\s{0,2}(?:(?P<period>上旬|初旬|中旬|下旬)|(?P<end>末))|(?![\d./:-]))"  # 「2026/4/下旬」 too
)
# 「RFQ 2026-04」「No. 2026-04」「#2026-04」: a document's number, made of a year and a serial, after its code
# (「CfP 2027-03」「RfQ 2026-11」: a code with a small letter between its capitals, the same)
CODE_BEFORE = re.compile(r"(?:\b[A-Z](?:[a-z]?[A-Z]){1,5}|\bNo\.?|#)[\s:-]?$")
_ERA_YEAR_MONTH = r"(?<![\d./-])(?P<era>令和|平成|令|平|(?<![A-Za-z])[RH])\s?(?P<eyear>\d{1,2})[/.]\s?(?P<month>\d{1,2})"
# 「05/2027」「late 03/2027」「mid-04/2027」: a month and its year, as a timetable's cell gives a step planned for a month (the
# year after the month: read alone only as a whole cell, or after its English part of the month; 「No. 05/2027」 a number)
MONTH_YEAR = re.compile(
    r"(?i:(?P<part>\b(?:early|mid|late|beginning\sof|middle\sof|end\sof))[\s-]{1,2})?"
    r"(?<![\d./])(?P<month>0?[1-9]|1[0-2])/(?P<year>20\d{2})(?![\d/:-]|\.\d)"
)
# 「R8.11 上旬」「令和8.12末」: an era year and month with its part of the month (「R5.4」 alone is an edition)
ERA_MONTH_PART = re.compile(_ERA_YEAR_MONTH + r"(?:[/.]?\s{0,2}(?P<period>上旬|初旬|中旬|下旬)|(?P<end>末))")
# 「協定締結:R7.3」「…\t基本協定締結\tR10.3\t」: an era year and month alone, read only as a keyed item's value or a cell of
# its own (``_era_month_keyed``; 「(R5.4)」「R5.3公開」「R8.11～R9.1」 are an edition, a past event, a span)
ERA_MONTH_ALONE = re.compile(_ERA_YEAR_MONTH + r"(?![\d./:-])")
# 「2/上旬」「3/下旬」: a month and its part, in a spreadsheet's or a timeline's short form
MONTH_PART = re.compile(r"(?<![\d/.])(?P<month>\d{1,2})/\s{0,2}(?P<period>上旬|初旬|中旬|下旬)")
# 「20270114 0830」: eight digits of a system's printout, and four of its clock (24-hour)
COMPACT_DATE = re.compile(
    r"(?<![\d.,/:-])(?P<year>20\d{2})(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?![\d.,/:-])"
    r"(?:\s{1,3}(?P<hour>[01]\d|2[0-3])(?P<minute2>[0-5]\d)(?![\d.,:]))?"
)
EIGHT_DIGITS = first_characters_guarded(re.compile(r"(?<!\d)20\d{6}(?!\d)"))


def eight_digits(line: str) -> bool:
    """``EIGHT_DIGITS.search(line)``, the 「20」 it starts with looked for first (a fast scan; the look behind is tried
    at every place)."""
    return "20" in line and EIGHT_DIGITS.search(line) is not None


# 「6/12(金)」: a month and day with a weekday (the weekday tells it is a date, not a fraction)
# or in a column of its own 「6/2 月 －」「6/9 月 17:00」「| 6/9 | 月 |」 (one kanji between spaces), or with a time of the day after
# it 「質問締切 5/14 17:00」「提案書 6/12 正午必着」 (a fraction has no time)
MONTH_DAY = re.compile(
    # (「(要申込／1/26(月) 12:00まで)」: a slash after words parts them from the day; not one in a path 「a/1/26」)
    # (「 2/ 5(金) 17:00」: a calendar's day padded to two places, its weekday after it)
    r"(?<![\d.])(?<![A-Za-z0-9_./:-]/)(?P<month>\d{1,2})/(?:\s(?=\d\([月火水木金土日]\)))?(?P<day>\d{1,2})(?![\d/])"
    r"(?:\s{0,8}\(\s{0,8}(?P<wd>[月火水木金土日])(?:曜日?)?\s{0,8}\)"
    # (「| 9/9 | 水 | 17:00 |」「10/5,月,17:00」: a sheet's weekday in the next cell, past the cell's border)
    r"|(?:[ \t]{1,4}|[ \t]{0,2}[|,][ \t]{0,2})(?P<wd_bare>[月火水木金土日])(?:曜日?)?(?=[ \t|,])"
    r"|(?=[ \t]{1,4}(?:(?:午[前後])?\d{1,2}(?::\d{2}|時)|正午)))" + _TIME
)
# 「質問7/2締切」「申込6/28まで」「見積依頼6/18迄」: a month and day with a deadline's word right after it (a tracker's
# shorthand; no fraction is due by), not a rate's 「補助率は2/3まで」 nor a share of an amount 「契約金額の1/2まで」
# 「事業費の1/3まで」「上限1/2まで」 (a share is of something, 「の」 before it)
MONTH_DAY_DUE = re.compile(
    r"(?<![\d.率の])(?<!率は)(?<!割合)(?<!上限)(?<!最大)(?<![A-Za-z0-9_./:-]/)(?P<month>\d{1,2})/(?P<day>\d{1,2})(?=まで|迄|締切|締め切り|〆|必着)"
)
QUARTER_MONTHS_AFTER = re.compile(r"\s{0,2}[~〜～\-－]\s{0,2}\d{1,2}\s{0,2}月期")  # 「10月～12月期」: a quarter's months
# 「本日（9/1）公告されました」「明日(9/2)」: a month and day glossing the day a word names (no fraction in that bracket)
GLOSSED_MONTH_DAY = re.compile(r"(?<=[本今明昨当]日\()(?P<month>\d{1,2})/(?P<day>\d{1,2})(?=\))")
# 「開札 同日午前11時15分」: the day of the date before, with a time (without one, 「同日」 is a word of the text)
# 「同日同時刻」: the time of the date before too; 「その翌日午前10時」: the day after it; 「同日中に決定し、通知する」:
# within the day, a step's day without its time
# 「(1) 入札執行日 3月10日」 / 「(3) 開札 当日 午前10時」: 当日 as an item's value, alone before its time, is that day too
# 「結果は、同日、参加者全員に通知します」: a notice sent on the day of the date before, without a time
# (「開札は同日午後に行います」: half of that day, its hour not given: the day)
SAME_DAY = re.compile(
    r"(?:同日|(?<![^\s:])当日(?=\s)|(?P<next_day>その翌日))(?:(?P<same_time>同時刻)|(?P<within>中)"
    r"|(?P<day_half>の?(?:午前|午後)(?![\d０-９〇一二三四五六七八九十]|\s{1,2}\d))"
    r"|(?P<told>(?=\s{0,2}[、,]\s{0,2}[^。、,\n]{0,24}?(?:通知|連絡|公表|発表|お知らせ)(?:する|します|いたします|され|を行)))"
    r")?" + _WEEKDAY + _TIME
)
MONTHS_EN = {
    name: number
    for number, names in enumerate(
        [
            (),
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
EN_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# 「Friday」「Fri.」「Thur」「Tues」: an English weekday, whole or short (case-blind where it is used so)
EN_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?)"
# 5:00 p.m. / 17:00 (a clock time needs its minutes or a.m./p.m., so 「17 June」 is never 1 o'clock on the 7th); 「5.00 pm」
# 「10.30am」 (a British notice's dot; the hour no figure's tail, so 「5.00 pm」 is never 「00 pm」), 「17.00 hrs」「1700 hrs」 (the
# hour and its minutes run together, told a time by 「hrs」 after them, not 「2 amendments」 nor 「1,700 hours of work」); a
# template, its groups named by ``format`` (h, m, p, n: the hour, its minutes, a.m. or p.m., noon), read by ``en_clock``
EN_TIME = (
    r"(?<![\d.:])(?P<{h}>\d{{1,2}})(?:[:.](?P<{m}>\d{{2}}))?\s?(?P<{p}>[ap])\.?\s?m\.?(?![a-z])"
    # (「17.00 on 10 June」「17.00, 10 June」「10 June at 17.00」: a British dot told a time by the date or 「at」 beside it)
    r"|(?:(?<![\d.:])|(?=\d{{1,2}}:))(?P<{h}_24>\d{{1,2}})(?::|(?:\.|(?<=\d\d))(?=\d{{2}}\s?hrs?\b)"
    r"|\.(?=[0-5]\d(?:\s{{1,3}}on\s|,\s{{0,2}}\d{{1,2}}(?:st|nd|rd|th)?\s{{1,3}}[A-Za-z]{{3}}))|(?:(?<=\bat\s\d)|(?<=\bat\s\d\d))\.(?=[0-5]\d\b)"
    # (「0930 JST」「1400 hours」: a military time, its four figures told a time by the zone or 「hours」 after them)
    r"|(?<=(?<![\d,.])[0-2]\d)(?=[0-5]\d\s(?:hours\b|JST\b|Japan\s[Ss]tandard\s[Tt]ime\b)))(?P<{m}_24>\d{{2}})"
    r"(?!\s{{0,2}}(?:noon|midday|midnight))"
    # (「12:00 noon JST, Friday, …」: the hour with it; 「midday」 is noon; 「midnight」 the day's end, as 「24時まで」)
    r"|(?:12(?:[:.]00)?\s{{0,2}})?(?:(?P<{n}>noon|midday)|(?P<{n}_mid>midnight))"
)
# 「4 PM Japan time on Friday, 11th June, 2027」「17:00 JST, 2027-08-23」: the zone a time before its date names
# (「5 p.m. Tokyo time」「17:00 local time」「17:00 CET」「16:00 GMT+9」: a city's, the place's or another zone's name too, as
# an office abroad writes its hour)
_EN_ZONE = (
    r"(?:JST|Japan\s(?:[Ss]tandard\s)?[Tt]ime|(?:Tokyo|[Ll]ocal)\s[Tt]ime"
    r"|(?:UTC|GMT|CES?T|BST|E[SD]T|P[SD]T|SGT|PHT|ICT|HKT|KST|AE[SD]T)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?(?![A-Za-z]))"
)
# 「17:00 hrs」「17:00 hours」「17h」「5 p.m. sharp」: a word after an English clock that says it is one
_EN_HOURS_WORD = r"(?:(?:hrs?\.?|hours|h\b|sharp)\s{0,3})?"
# 「JST 17:00」「5:00 p.m. (Japan time)」「17:00 hrs JST」: an English hour alone, its zone before or after it (case-blind
# where it is used), as a deadline's hour is told on the line above its date or in its own bracket beside it
_EN_CLOCK_HOURS_ZONE = (
    r"(?:"
    + EN_TIME.format(h="hour", m="minute2", p="ampm_en", n="noon")
    + r")\s{0,3}"
    + _EN_HOURS_WORD
    + r"(?:\(?"
    + _EN_ZONE
    + r"\)?\s{0,3})?"
)
_EN_CLOCK_ZONED = r"(?:JST\s{0,3})?" + _EN_CLOCK_HOURS_ZONE
# 「Tenders will be opened in public at 14:00 on the same day」「on the same day at 2:00 p.m.」: 同日 in English, with its time
# (「at 14:30 hours local time on the same day」「at 3 p.m. (JST), on the same date」: its hours word and zone between)
EN_SAME_DAY = re.compile(
    r"(?i:\bat\s{1,3}(?:"
    + EN_TIME.format(h="hour", m="minute2", p="ampm_en", n="noon")
    + r")\s{0,3}"
    + _EN_HOURS_WORD
    + r"(?:\(?"
    + _EN_ZONE
    + r"\)?\s{0,3})?,?\s{0,2}on\s{1,3}the\s{1,3}same\s{1,3}(?:day|date)\b|\bon\s{1,3}the\s{1,3}same\s{1,3}day,?\s{1,3}at\s{1,3}(?:"
    + EN_TIME.format(h="hour2", m="minute3", p="ampm_en2", n="noon2")
    + r"))"
)
# 「at 10:00」「@ 10:30 AM」「by 5:00 p.m.」「no later than 2:00 p.m.」「from 1:00 p.m.」: the word joining a date to its hour
# after it (not a window's 「from 9:00 a.m. to 5:00 p.m.」, below)
_EN_TIME_JOIN = r"at\s+|@\s{0,2}|by\s+|(?:no|not)\s+later\s+than\s+|before\s+|from\s+(?![^,;\n]{0,20}\b(?:to|until|till)\b)"
ENGLISH_DATE = re.compile(  # (「close of business (5:00 p.m. Japan Standard Time) on Friday 19 June」: the hour bracketed)
    r"(?i:(?:(?P<open_en>\(\s{0,2})?(?:"
    + EN_TIME.format(h="hour", m="minute2", p="ampm_en", n="noon")
    + r")\s{0,3}"
    + _EN_HOURS_WORD
    + r"(?:"
    + _EN_ZONE
    # (a bracketed hour joined to its date by 「on」 or a comma: 「(5:00 p.m. EDT) Fri., Jun. 25, 2027」, a space alone
    # between, is a row's note before the next row's date, run onto one line)
    # (「12:00 PM (noon) JST on June 10」: a gloss in brackets, the zone after it)
    + r"\s{0,3})?(?(open_en)\)\s{0,3}(?=,|on\s))(?:\([^)]{1,40}\)\s{0,3}(?:"
    + _EN_ZONE
    + r"\s{0,3})?)?,?\s{0,3}(?:on\s+)?(?:"
    + EN_WEEKDAY
    + r"\s{0,3},?\s{0,3})?(?:on\s+)?)?"
    r"(?:\b" + EN_WEEKDAY + r"\s{0,3},?\s{0,3})?"  # 「Friday, 5 June 2026」
    r"(?:the\s{1,3}(?=\d{1,2}(?:st|nd|rd|th)\b))?"  # 「Friday the 7th of May」「on the 16th of June」: an ordinal's article
    # 「29-Jun-2026」: a day, the month's short name and the year, joined by hyphens (a register's or a system's form);
    # 「10-Sep-27」: the same with the year's last two figures, a spreadsheet's d-mmm-yy (the century the 2000s)
    r"(?:(?<![\w-])(?P<day3>\d{1,2})-(?P<mname3>" + EN_MONTH.removesuffix(r"\.?") + r")-(?P<year3>\d{4}|\d{2})(?![\w-])"
    # (a day is one or two digits alone: 「September 2027」 is a month, not 「September 20」 with 「27」 after it)
    # (「…Agree- ment*3 December 2027」: a footnote's mark glued to a word, no day before a month)
    r"|(?<![\d*※])(?P<day>\d{1,2})(?:(?:st|nd|rd|th)(?:\s+of)?)?\s+(?P<mname>"  # 「the 8th of April 2027」 too
     + EN_MONTH + r")|(?P<mname2>" + EN_MONTH + r")\s+(?P<day2>\d{1,2})(?!\d)(?:st|nd|rd|th)?)"
    r"(?:\s{0,3}\(\s{0,3}" + EN_WEEKDAY + r"\s{0,3}\))?"  # 「June 10 (Wed), 2026」
    r"(?:\s{0,3},?\s{0,3}(?P<year>\d{4}))?(?:\s{0,3}\(\s{0,3}"
    + EN_WEEKDAY
    # (「18–20 Aug (Tue–Thu)」: a range of days with the weekdays of its first and last, the last the date's own)
    + r"(?:\s{0,2}[-–~]\s{0,2}(?P<wd_end>"
    + EN_WEEKDAY
    + r"))?\s{0,3}\)"  # no year: a weekday says it is a date
    # (「23 July 2027, Friday, 5 pm JST」: the weekday between commas after the date, its hour after it)
    + r"|\s{0,3},\s{0,3}"
    + EN_WEEKDAY
    + r"(?=\s{0,3},\s{0,3}(?:\d|noon|midday)))?"
    # (「Tuesday, 18 May 2027,      10:00 a.m.」: its time on the line below, under the date's column, the line break a
    # run of spaces in a text run onto one line)
    # (「Friday, 7 August 2026, starting at 13:30」: an event's start, its verb before 「at」; 「October 4th, 2027 @ 10:30 AM」:
    # a web form's 「at」)
    # (「Friday, September 3, 2027 no later than 2:00 p.m. JST」「… before 12:00 noon」: a deadline's hour after its day)
    # (「Wednesday, 10th February 2027, departing from the PMU at 08:30 hours」「…, meeting at the main gate at 9:00 a.m.」: a
    # visit's start, where its party sets off or gathers named before 「at」)
    r"(?:(?:\s{0,3},?\s{0,3}|,[ ]{4,64})(?:(?:(?:starting|beginning|commencing)\s+"
    r"|(?:departing|leaving|setting\soff|assembling|meeting|gathering)\s(?:(?:from|at|in)\s)?(?:[\w'’-]{1,24}\s){1,6}?)?"
    + _EN_TIME_JOIN
    + r")?(?:"
    + EN_TIME.format(h="hour2", m="minute3", p="ampm_en2", n="noon2")
    + r"))?)"
)
# (「Thursday, 16 September 2027, from 1:00 p.m.」: an event's start, not a window's 「from 9:00 a.m. to 5:00 p.m.」;
# 「26th May, 2027 (Wednesday), by 4 PM」: a deadline's hour)
# 「5/14/2027」 (a US notice: month first) and 「14/05/2027」 (a British one: day first), with a weekday 「(Fri)」 and a
# time 「5:00 PM」 after it; which figure is the month: the one that can be (13 and more is a day), else the weekday
# written with it (「Monday 06/04/2026」 is 6 April); with neither, the date is left unread. 「24.09.2026」 with dots: the
# day first, as a notice writing dots puts it (a month-first notice writes slashes). A time before it joined by 「on」:
# 「5:00 p.m. on 5/14/2027」「12:00 noon JST on 06.10.2026 (Tue)」
NUMERIC_DATE = re.compile(
    r"(?:(?<![\d:.])(?P<open0>\(\s{0,2})?(?i:"
    + EN_TIME.format(h="hour0", m="minute0", p="ampm_en0", n="noon0")
    + r")\s{0,3}"
    + _EN_HOURS_WORD  # (「14:00 hrs on 16.07.2027」「1700 hrs JST on 16/07/2027」)
    + r"(?:(?P<zone0>"
    + _EN_ZONE
    + r")\s{0,3})?(?(open0)\)\s{0,3})(?:\([^)]{1,40}\)\s{0,3})?"
    # (「(12:00 JST) on 12.02.2027」; 「no later than 1600 JST, Tuesday, 03/10/2026」: a zoned hour and its date after a comma)
    + r"(?:,?\s{0,3}on\s{1,3}|(?(zone0),\s{1,3}|(?!)))(?:"
    + EN_WEEKDAY
    + r"\s{0,3},?\s{0,3})?)?"
    r"(?<![\d./-])(?P<first>\d{1,2})(?P<separator>[/.])(?P<second>\d{1,2})(?P=separator)(?P<year>(?:19|20)\d{2})(?![\d/]|\.\d)"
    r"(?:\s{0,2}\(\s{0,2}(?P<wd_en>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?\s{0,2}\))?"
    r"(?:\s{0,8},?\s{0,3}(?:" + _EN_TIME_JOIN + r")?(?i:" + EN_TIME.format(h="hour", m="minute2", p="ampm_en", n="noon") + r"))?"
)
# 「01/22 (Fri) 2:00 p.m.」「02/05 (Fri), 5:00 p.m.」「01/27 (Wed) noon」: an English notice's month/day without a year,
# read only with its English weekday (which tells it is a date, not a fraction, and gives its year), its time in English
MONTH_DAY_EN = re.compile(
    r"(?<![\d/.])(?P<month>\d{1,2})/(?P<day>\d{1,2})(?![\d/])\s{0,2}\(\s{0,2}(?P<wd_en>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}"
    r"\.?\s{0,2}\)(?:\s{0,3},?\s{0,3}(?:at\s+)?(?i:" + EN_TIME.format(h="hour3", m="minute4", p="ampm_en3", n="noon3") + r"))?"
)
# 「6.1 THU ~」「6.30 FRI 17:00 必着」「6.16(金)まで」: a poster's or a flyer's month.day with a dot, no year, read only
# with the weekday after it (bracketed, or an English one standing alone), which tells it from a figure (「2.5倍」
# 「Ver 6.1」) and gives its year
MONTH_DAY_DOT = re.compile(
    r"(?<![\w./-])(?P<month>\d{1,2})\.(?P<day>\d{1,2})(?![\d.])(?:\s{0,2}\(\s{0,2}(?P<wd>[月火水木金土日])(?:曜日?)?\s{0,2}\)"
    r"|\s{0,2}\(\s{0,2}(?P<wd_en>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?\s{0,2}\)"
    r"|[ \t]{1,3}(?P<wd_loose>MON|TUE|WED|THU|FRI|SAT|SUN|Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[a-z]{0,6}|[A-Z]{0,6})\.?(?![A-Za-z]))"
    + _TIME
)
WEEKDAY_BEFORE = re.compile(r"(?i:\b(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s{1,3})$")
# early / mid / late June 2026, in June 2026
# (「late June」 without a year only with its part of the month, its year worked out later: 「June」 alone is a word)
ENGLISH_PERIOD = re.compile(
    r"(?i:(?P<part>\b(?:early|mid|late|beginning of|middle of|end of))?[\s-]{0,2}(?P<mname>\b"
    + EN_MONTH
    + r")(?:(?:,?\s{1,3}|(?<=[a-z])-)(?P<year>\d{4})(?!\d)|(?<=[a-z.])(?![a-z])(?![\s,]{1,3}\d)))"
)
# (「Mar-2028」: the month's short name and its year joined by a hyphen, as an e-procurement record writes a month
# beside its 「13-Jan-2028」 days)
EN_PARTS = {
    "early": "early_month",
    "beginning of": "early_month",
    "mid": "mid_month",
    "middle of": "mid_month",
    "late": "late_month",
    "end of": "late_month",
}
ARROW = r"(?:→|⇒|➡|⇨|->|=>|➔)"  # an arrow from an old date to its new one
# the words that mark a date before and after a change: 訂正 (a correction), 変更, 修正, 延長 / 延期 (a deadline moved)
BEFORE_CHANGE = "訂正前|変更前|修正前|延長前|延期前|改正前|改定前|改訂前"
AFTER_CHANGE = "訂正後|変更後|修正後|延長後|延期後|改正後|改定後|改訂後"
# 「当初の日程」「変更後の日程」「変更前の期日」: a version's column head may name what it holds after the version's word
VERSION_OF = r"(?:の?(?:日程|予定|期日|期限|日時))?"
# 「【新規】」「【終了】」 after a step's name (「●追加質問の受付期限　【新規】」 over its date): the words of a tag that tells
# the step's state in a schedule restated by a change or a resumption, a tag of the item, no item of its own
STATE_TAG_WORDS = "新規|新設|追加|実施済み?|済み?|終了|完了"
# what stands between a date and the date it was changed to: 「9月18日(金)17時 → 10月2日(金)17時」, 「1月14日(水)頃 →」,
# 「9月17日(金) 13:00～ → 9月27日(月) 13:00～」 (an event's start), 「1月28日(木)午後 → 2月4日(木)午後1時30分から」 (a half day)
CHANGED_ARROW = re.compile(
    r"^\s{0,8}(?:(?:頃|ごろ|まで|までに|必着|予定|~|午前|午後|終日)\s{0,4})?(?:\([^()]{0,20}\)\s{0,8})?(?:(?:必着|まで)\s{0,8})?"
    r"(?:[」』”]\s{0,4})?"  # (「要領では「1月中旬」→ 1/19(水)で確定」: the old value quoted from the paper that gave it)
    + ARROW
    + rf"\s{{0,8}}(?:[(【\[〔<〈]?(?:{AFTER_CHANGE})[)】\]〕>〉]?\s{{0,4}}[:]?\s{{0,4}})?"  # (「→ 【変更後】」 too)
    # (「回答は「11月17日(火)まで」→「11月19日(木)まで」に変更」: both values quoted from the pages that gave them)
    r"(?:[「『“]\s{0,4})?$"
)
# 「6月28日(水)午後1時30分から → 7月7日(金)午後1時30分から」「14時より ⇒ 10時より」: an event's old start in words, then
# the arrow to its new one (read on a line of a schedule's item, no page run onto one line, where a 「から」 before an
# arrow may open the prose that goes on)
CHANGED_FROM_ARROW = re.compile(
    r"^\s{0,8}(?:から|より)\s{0,4}"
    + ARROW
    + r"\s{0,8}(?:[(【\[〔<〈]?(?:"
    + AFTER_CHANGE
    + r")[)】\]〕>〉]?\s{0,4}[:]?\s{0,4})?$"
)
CHANGED_FROM_LINE = 200  # characters of a line read for CHANGED_FROM_ARROW, at most
# 「11月2日(月)-11月24日(火)」「自 6月1日(月) 至 6月5日(金)」
RANGE_BETWEEN = re.compile(
    r"^\s{0,8}(?:\(予定\))?\s{0,8}(?:~|から|より|[-‐―—−–]|至)\s{0,8}$"
)  # (「6月28日(月曜)−7月16日」: a minus sign too)
# 「Monday 7 June to Friday 18 June 2027」: an English window whose start takes its year from the end (a start with its
# own year, 「available from 24 November 2026 to …」, stays a date of its own)
EN_RANGE_BETWEEN = re.compile(r"^\s{1,8}(?i:to|through|until|till)\s{1,8}$")
EN_FROM_BEFORE = re.compile(r"(?i:\bfrom)\s{1,4}$")
# 「from 11/05/2027 to 10:00 a.m., 18/05/2027」「from 2 June 2027 to close of business on 16 June 2027」「from Thu 23/09/2027 to
# Mon 27/09/2027」: the same window, its end's hour (or the office's close) and its weekday written between the range's word
# and the end's date (the hour the end's)
EN_RANGE_BETWEEN_TOLD = re.compile(
    r"^(?:\s{1,8}(?i:to|through|until|till)\s{1,8}|\s{0,3}[-–~]\s{0,3})(?i:(?:"
    + _EN_CLOCK_HOURS_ZONE
    + r"|(?:the\s)?close\sof\s(?:business|office\shours)\s{0,3})(?:,\s{0,3}(?:on\s{1,3})?|on\s{1,3}))?(?:"
    + EN_WEEKDAY
    + r"\s{0,3},?\s{1,3})?$"
)
# 「The deadline … has been EXTENDED from Fri 11 Sep 2026 to Fri 18 Sep 2026」: the old date and the new, no window
EN_CHANGE_VERBS = r"extended|postponed|changed|moved|deferred|rescheduled|revised|amended|corrected|brought\sforward"
EN_CHANGED_FROM = re.compile(rf"(?i:\b(?:{EN_CHANGE_VERBS})\sfrom)\s{{1,4}}$")
# 「(originally Monday, May 24, 2027)」「previously scheduled for Friday, 24 July」「by 15 July, instead of Friday, 10 July」:
# the words an English sentence tells a step's old date by (the closed vocabulary of a change, with ``EN_CHANGE_VERBS``)
EN_OLD_WORDS = r"originally|previously|formerly|instead\sof"
# a sentence that moves a step: its old date told, or a change verb and the new date's 「to」 / 「from」 after it
EN_MOVES_STEP = re.compile(rf"(?i:\b(?:{EN_OLD_WORDS})\b|\b(?:{EN_CHANGE_VERBS}|put\sback)\s(?:to|until|from)\b)")
# the same in a note over a forwarded call, its old word keying a date (「(originally Monday, May 24, 2027)」「previously
# scheduled for 24 July」), not a sentence's aside (「as previously agreed, …」「instead of on paper」)
EN_NOTE_MOVES_STEP = re.compile(
    rf"(?i:\b(?:{EN_OLD_WORDS})(?:\s(?:scheduled|set|planned|due|expected|announced))?(?:\s(?:for|on|at|in))?[\s,(:]{{1,4}}"
    r"(?:(?:early|mid|late)[\s-])?(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,7}\b)"
    rf"|\b(?:{EN_CHANGE_VERBS}|put\sback)\s(?:to|until|from)\b)"
)
# 「Between Monday, June 8 and Friday, June 19, 2026」: a window its 「between」 opens, closed by 「and」
EN_BETWEEN_BEFORE = re.compile(r"(?i:\bbetween)\s{1,4}$")
EN_AND_BETWEEN = re.compile(r"^\s{1,8}(?i:and)\s{1,8}$")
# 「17 August 2026 to 28 August 2026」 opening its line or cell, or after its key 「Contract term: 」: a window whose start
# has its own year, or after its key's column 「Submission period    6 August 2026 to 21 August 2026」 (in a sentence,
# 「…on 24 November 2026 to …」 the start stays a date of its own)
EN_START_ALONE_BEFORE = re.compile(r"(?:^|[:|\t]|\S\s{2})\s{0,8}$")  # (a column's gap of spaces too)
# what parts a window's start from its end (「Monday 26 or Tuesday 27 April」: two days offered for one event, the
# first of them the earliest it is held, as a span of days)
_EN_RANGE_WORD = r"(?:(?P<and>and)|[-–~]|to|through|until|till|or)"
# 「16–17 February 2026」「Tue 16 – Wed 17 February」「between Wednesday 24 and Friday 26 September 2025」: an English
# range of days in one month, its start a day alone before the end's date (the end's month and year are the start's)
EN_DAY_ONLY_START = re.compile(
    r"(?i:(?<![\w./:,-])(?P<between>between\s{1,3})?(?:" + EN_WEEKDAY + r"\s{0,3},?\s{0,3})?(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"\s{0,3}" + _EN_RANGE_WORD + r"\s{0,3})$"
)
EN_MONTH_BEFORE = re.compile(r"(?i:" + EN_MONTH + r")\s{1,3}$")
# 「on 12, 13 and 14 October 2027」: an event's days listed before their month, the first of them its start (a list of two
# days alone, 「on 12 and 14 October」, is two days, no span)
EN_DAY_LIST_START = re.compile(
    r"(?i:(?<![\w./:,-])(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s{0,2},\s{0,2}\d{1,2}(?:st|nd|rd|th)?){1,5}\s{0,2},?\s{1,3}(?:and|&)\s{1,3})$"
)
# 「April 6 - 8, 2027」「Feb. 5–6, 2028」: the same range written month first (a US notice's form), the month before the
# first day and the year after the last (the end read as 「April 8, 2027」, the start as 「April 6」 of its month and year)
EN_US_DAY_RANGE = re.compile(
    r"(?i:(?<![\w.])(?P<mname>" + EN_MONTH + r")\s{1,3}(?P<first>\d{1,2})(?:st|nd|rd|th)?\s{0,3}(?:[-–~]|to|through)\s{0,3}"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s{0,3},?\s{0,3}(?P<year>\d{4})(?![\d/.:-]))"
)
# 「between May 10 and June 11, 2027」「May 10 - June 11, 2027」「from 10 May to 11 June 2027」「between Tuesday 29 June and
# Thursday 1 July 2027」: an English window whose
# start, a month's day with no year nor weekday, takes the end's year (a year-less date alone is read only after a
# deadline's word, ``EN_DEADLINE_BEFORE``: here the window's words before the end say it is one)
EN_MONTH_DAY_START = re.compile(
    r"(?i:(?<![\w,./-])(?P<between>between\s{1,3})?(?:" + EN_WEEKDAY + r"\s{0,3},?\s{0,3})?"
    r"(?:(?P<mname>" + EN_MONTH + r")\s{1,3}(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?(?:\s{1,3}of)?\s{1,3}(?P<mname2>" + EN_MONTH + r"))"
    r"\s{0,3}" + _EN_RANGE_WORD + r"\s{0,3})$"
)
EN_ITEM_NUMBER = re.compile(r"\d{1,2}\s{1,3}[-–]\s")  # 「1 - 」 opening a line: an item's number and its dash
DAY_ONLY_TAIL = re.compile(r"\s{0,8}(?:~|から)\s{0,8}(?P<day>\d{1,2})日" + _WEEKDAY + _TIME)
# 「2027/8/16~8/20」: a window's end in the short form after a slashed date, its year the start's (no weekday needed:
# the start tells it is a date, not a fraction)
SLASH_END_TAIL = re.compile(
    r"\s{0,8}(?:~|から)\s{0,8}(?P<month>\d{1,2})(?P<separator>[/.])(?P<day>\d{1,2})(?![\d/.])" + _WEEKDAY + _TIME
)
DOT_END_AFTER = re.compile(r"\s|$")  # 「2027.11.29(月)~12.3 応募受付」: a dotted end stands alone (not 「~3.5倍」)
TIME_RANGE_TAIL = re.compile(
    r"\s{0,8}(?:~|から|-(?=\s{0,2}\d))\s{0,8}(?P<ampm>午前|午後)?\s{0,8}(?:(?P<noon>正午)|(?P<hour>\d{1,2})(?:時(?:\s{0,8}(?P<minute>\d{1,2})分|(?P<half>半))?|:(?P<minute2>\d{2})))"
)


@dataclass
class Mention:
    start: int
    end: int
    year: int | None
    month: int
    day: int | None
    precision: str
    time: dt.time | None
    weekday: str | None
    explicit_year: bool
    range_start: bool = False  # the first half of "A ~ B" / "AからBまで"
    end_time: dt.time | None = None  # the end of "午後2時から午後3時30分まで"
    problem: str | None = None  # why this is not a valid date (Japanese), None when fine
    era_note: str | None = None  # how an era year past its era was read (平成32年 → 2020年)
    same_year: bool = False  # 「同年」: the year of the mention before
    same_month: bool = False  # 「同月」: the month (and year) of the mention before
    next_month: bool = False  # 「翌月12日」「翌月上旬」: the month after the mention before's (and its year)
    same_day: bool = False  # 「同日午前11時」: the day (and month and year) of the mention before
    same_time: bool = False  # 「同日同時刻」: its time too
    said_same_day: bool = False  # written 「同日」 (kept once the day is filled in)
    days_after: int = 0  # 「その翌日」: this many days after the day it is given (added once the year is known)
    english: bool = False
    loose_end: bool = False  # 「11月末」 (not 「11月末日」, nor with a time): the month's last days, said loosely
    window_from: int = 0  # the month a window 「12月21日～1月8日」 began in, when neither end has a year

    @property
    def weekday_to_check(self) -> bool:
        """A weekday written with a day of the month (「7月13日(月)」, not with a month's last day): one that tells
        the day's year."""
        return bool(self.weekday and self.day and self.day > 0)

    def date(self) -> dt.date | None:
        if self.year is None or self.problem:
            return None
        try:
            if self.precision in ("datetime", "date"):
                return dt.date(self.year, self.month, self.day)
            return dt.date(self.year, self.month, 1)
        except (ValueError, TypeError):  # 「同日」 not yet given its day
            return None


def _clock(ampm: str | None, hour: str | None, minute: str | None, noon: bool = False) -> dt.time | None:
    if noon:
        return dt.time(12, 0)
    if hour is None:
        return None
    hour_value, minute_value = int(hour), int(minute or 0)
    if ampm in ("午後", "p", "P") and hour_value < 12:
        hour_value += 12
    if ampm in ("午前", "a", "A") and hour_value == 12:
        hour_value = 0
    if hour_value > 24 or minute_value > 59:
        return None
    if hour_value == 24:
        hour_value, minute_value = 23, 59
    return dt.time(hour_value, minute_value)


def _time(groups: dict) -> dt.time | None:
    minute = groups.get("minute") or groups.get("minute2") or (30 if groups.get("half") else None)
    return _clock(groups.get("ampm") or groups.get("ampm_after"), groups.get("hour"), minute, bool(groups.get("noon")))


def _era_year(groups: dict) -> tuple[Era | None, int | None]:
    if not groups.get("era"):
        return None, int(groups["year"]) if groups.get("year") else None
    era = ERA_BY_NAME[groups["era"]]
    return era, 1 if groups["eyear"] == "元" else int(groups["eyear"])


def check_era(mention: Mention, era: Era, number: int, label: str) -> None:
    """Set ``problem`` or ``era_note`` for an era date: 令和0年, before the era began, past its end."""
    western = era.offset + number
    written = f"{label}{'元' if number == 1 else number}年"
    if number == 0:
        mention.problem = f"{label}0年という年はありません（{label}は元年から数えます）。"
        return
    if not EARLIEST_YEAR <= western <= LATEST_YEAR:
        mention.problem = f"{written}（{western}年）は扱える範囲（{EARLIEST_YEAR}年〜{LATEST_YEAR}年）の外です。"
        return
    month_end = calendar.monthrange(western, mention.month)[1]
    has_day = bool(mention.day and 0 < mention.day <= month_end)
    first_day = dt.date(western, mention.month, mention.day if has_day else 1)
    last_day = dt.date(western, mention.month, mention.day if has_day else month_end)
    if last_day < era.first:
        mention.problem = (
            f"{written}{mention.month}月{'' if not mention.day or mention.day < 0 else f'{mention.day}日'}は"
            f"{label}が始まる前の日付です（{label}は{era.first.year}年{era.first.month}月{era.first.day}日から）。"
        )
    elif era.last is not None and first_day > era.last:
        successor = next(e for e in ERA_LIST if e.first > era.last)
        number_then = western - successor.offset
        then = f"{successor.name}{'元' if number_then == 1 else number_then}年（{western}年）"
        if western == era.last.year:
            mention.era_note = f"{written}{mention.month}月は{then}{mention.month}月として読みました"
        else:
            mention.era_note = f"{written}は{then}として読みました"


# 「翌月10日までに前月分を提出」「翌月5日までに前月の実績を報告」: a day of every month of the work, for the month before
NEXT_MONTH_FOR_LAST = re.compile(r"\s{0,2}(?:まで|迄)?(?:に|を期限として)?[、,\s]{0,2}(?:前月|当該月)")


def _mention(match, groups: dict, month: int | None = None) -> Mention | None:
    if groups.get("next_month") and not (groups.get("day") or groups.get("period") or groups.get("week")):
        return None  # 「翌月から」「翌月末」: no day of a step
    if groups.get("next_month") and NEXT_MONTH_FOR_LAST.match(match.string, match.end()):
        return None  # 「翌月10日までに前月分を」: a recurring duty of the work, no date of the call
    if groups.get("same_month") or groups.get("next_month"):
        month_value = 0
    else:
        month_value = month or int(groups.get("month") or groups.get("month_iso") or groups["month_era"])
        if not 1 <= month_value <= 12:
            return None
    day = int(groups["day"]) if groups.get("day") else None
    era, number = _era_year(groups)
    year = None if number is None else (era.offset + number if era else number)
    if groups.get("end"):
        precision, day = "date", -1  # 月末: resolved when the year is known
    elif day is not None:
        if not 1 <= day <= 31:
            return None
        precision = "date"
    elif groups.get("period"):
        precision = PERIODS[groups["period"]]
    elif groups.get("week"):  # 「6月第2週」: the part of the month the week falls in (weeks 1–2, 3, 4–5 and the last)
        precision = WEEK_PARTS.get(groups["week"][1:-1].strip(), "late_month")
    else:
        precision = "month"
        if match.string[match.end() : match.end() + 1] in ("生", "分", "号", "期"):  # 「10月生」「4月分」: not a date
            return None
        if "期" in match.string[match.end() : match.end() + 8] and QUARTER_MONTHS_AFTER.match(match.string, match.end()):
            return None  # 「令和8年10月～12月期」: the first month of a quarter, no step's month
    time = _time(groups) if day is not None else None
    if time is not None:
        precision = "datetime"
    mention = Mention(
        match.start(),
        match.end(),
        year,
        month_value,
        day,
        precision,
        time,
        groups.get("wd") or groups.get("wd_bare") or ENGLISH_WEEKDAYS.get(groups.get("wd_en") or ""),
        year is not None,
        same_year=bool(groups.get("same_year")),
        same_month=bool(groups.get("same_month")),
        next_month=bool(groups.get("next_month")),
        loose_end=groups.get("end") == "末" and time is None,
    )
    if mention.same_month and mention.year is None and not mention.same_year:
        mention.same_year = True
    if month_value:
        validate(mention, era, number)
    return mention


def validate(mention: Mention, era: Era | None = None, number: int | None = None) -> None:
    """A problem for an era or a year outside the range, and a day the month does not have."""
    if era is not None and number is not None:
        check_era(mention, era, number, era.name)
    elif mention.year is not None and not EARLIEST_YEAR <= mention.year <= LATEST_YEAR:
        mention.problem = f"{mention.year}年は扱える範囲（{EARLIEST_YEAR}年〜{LATEST_YEAR}年）の外です。"
    if mention.problem is None and mention.year is not None and mention.day and mention.day > 0:
        if mention.day > calendar.monthrange(mention.year, mention.month)[1]:
            mention.problem = f"{mention.year}年{mention.month}月{mention.day}日という日はありません。"


def _short_era(match, short: list[Mention]) -> Mention | None:
    """「8.5.22（金）」 as 令和8年5月22日, put in ``short`` to be confirmed by its weekday or a 令和 date beside it."""
    mention = _mention(match, {**match.groupdict(), "era": "令和"})
    if mention is not None and mention.problem is None:
        short.append(mention)
        return mention
    return None


def _same_day(match) -> Mention | None:
    time = _time(match.groupdict())
    same_time = bool(match.group("same_time")) and time is None
    if (
        time is None
        and not same_time
        and not match.group("within")
        and not match.group("day_half")
        and match.group("told") is None
    ):
        return None
    precision = "datetime" if time is not None else "date"
    return Mention(
        match.start(),
        match.end(),
        None,
        0,
        None,
        precision,
        time,
        None,
        False,
        same_year=True,
        same_month=True,
        same_day=True,
        same_time=same_time,
        said_same_day=True,
        days_after=1 if match.group("next_day") else 0,
    )


def _en_same_day(match) -> Mention | None:
    groups = match.groupdict()
    time = _en_clock(groups) or _en_clock(groups, "2", "minute3")
    if time is None:
        return None
    mention = Mention(match.start(), match.end(), None, 0, None, "datetime", time, None, False)
    mention.same_year = mention.same_month = mention.same_day = mention.said_same_day = mention.english = True
    return mention


# (「no later than 7 May」「prior to 8 September」「due 8 September」「accepted through 8 September」; 「w/c 27 Sep」「week
# commencing 27 September」「the week of 4 October」: a week told by its first day; 「Questions due: 8 September」: a key's
# colon, the value a date)
EN_DEADLINE_BEFORE = re.compile(
    r"(?i:(?:\b(?:by|on|until|till|before|no\slater\sthan|not\slater\sthan|prior\sto|up\sto|through|thru|due"
    r"|w/c|week\s(?:commencing|beginning|starting|of))|(?<=[a-z)]):)\s{1,2}$)"
)


EN_DAY_RANGE_BEFORE = re.compile(
    r"(?i:\b(?:from|between)\s{1,3}(?:" + EN_WEEKDAY + r"\s{0,3},?\s{0,3})?\d{1,2}(?:st|nd|rd|th)?\s{1,3}"
    r"(?:to|and|until|till|through|[-–])\s{1,3}(?:" + EN_WEEKDAY + r"\s{0,3},?\s{0,3})?)$"
)


# 「from 1:30 to 3:00 p.m. on June 5, 2027」「10:00 a.m. - 12:00 noon, Friday, 5 June」「between 10:00 and 12:00 on 8 June
# 2027」: a range of hours before the date, whose end the date's match took as its time
EN_RANGE_START_BEFORE = re.compile(
    r"(?i:(?<![\d:])(?P<hour>\d{1,2})(?::(?P<minute2>\d{2}))?(?:\s?(?P<ampm_en>[ap])\.?\s?m\.?)?\s{0,3}"
    r"(?:to|until|till|[-–~]|(?P<and>and))\s{0,3})$"
)


def _range_start_before(match, mention: Mention) -> None:
    """The start of a range of hours written before an English date's time (``EN_RANGE_START_BEFORE``): the mention's
    time, its end time the range's end, read in the afternoon as ``afternoon_start`` does."""
    at = match.start()
    before = EN_RANGE_START_BEFORE.search(match.string, max(0, at - 24), at)
    if before is None or (before["minute2"] is None and before["ampm_en"] is None):
        return
    if before["and"] and not EN_BETWEEN_BEFORE.search(match.string, max(0, before.start() - 12), before.start()):
        return  # (「and」 closes a range 「between」 opened only)
    start = _en_clock(before.groupdict())
    end = mention.time
    if start is None or end is None:
        return
    if before["ampm_en"] is None and end.hour >= 12:
        start = _afternoon_before(start, end) or start
    if start < end:
        mention.time, mention.end_time, mention.start = start, end, before.start()


# 「Time-limit for tender: 17:00 (JST), 2027-08-23 (Mon)」「until close of business (17:00) on 2028/5/2 (Tue)」: an
# English notice's time before its year-first date, joined by a comma or 「on」 (bracketed too, the hour a close of
# business stands for); not a range's end 「10:00-17:00, 2027-08-20」 (hours of a window) and not a bare space
EN_TIME_BEFORE_YEAR_FIRST = re.compile(
    r"(?i:(?<![\d:.\-–~])(?P<open>\(\s{0,2})?" + _EN_CLOCK_HOURS_ZONE + r"(?(open)\))\s{0,3}(?:\([^()]{1,40}\)\s{0,3})?"
    r"(?:,\s{0,3}(?:on\s{1,3})?|on\s{1,3}))$"
)
# 「Tenders will be opened on 2028/5/29 (Mon) at 10:00」: the time after it, joined by 「at」
EN_AT_TIME_AFTER = re.compile(
    r"\s{0,3},?\s{0,3}(?i:at)\s{1,3}(?i:" + EN_TIME.format(h="hour", m="minute2", p="ampm_en", n="noon") + r")(?![\d:])"
)
# 「2027-07-09, 5:00 p.m.」「2027-07-09 (Fri), noon」「2027-07-09, 1700 hrs」「2027-07-09 by noon」: an English notice's hour
# after its year-first date, its half of the day or its noon read in English (the date's own reading takes 「5:00」 alone);
# a window's daily hours 「from 9:00 to 17:00」 are left to the range's reading
EN_TIME_AFTER_YEAR_FIRST = re.compile(
    r"(?:\s{0,3}\(\s{0,3}[A-Za-z月火水木金土日]{1,9}\.?\s{0,3}\))?\s{0,3},?\s{0,3}(?i:"
    + _EN_TIME_JOIN
    + r"|until\s+|till\s+)?(?i:"
    + EN_TIME.format(h="hour", m="minute2", p="ampm_en", n="noon")
    + r")(?![\d:])"
)


def _en_time_after_year_first(line: str, day_end: int, mention: Mention) -> None:
    """The English hour after a year-first date (``EN_TIME_AFTER_YEAR_FIRST``), read from the end of its day: the
    mention's time, the mention ending after it."""
    after = EN_TIME_AFTER_YEAR_FIRST.match(line, day_end)
    if after is None or (time := _en_clock(after.groupdict())) is None:
        return
    mention.time, mention.precision, mention.end = time, "datetime", max(mention.end, after.end())


# (「10:00-17:00」「9 a.m. to 5 p.m.」: a range's start before the time; 「until 17:00 on …」 is a deadline's word)
EN_RANGE_BEFORE_TIME = re.compile(r"(?:[-–~]\s{0,3}|\d[\s.apmAPM]{0,6}\s(?:to|until|till)\s{1,3})$")


def _time_before_year_first(line: str, mention: Mention) -> None:
    """The time an English notice writes before a year-first date (``EN_TIME_BEFORE_YEAR_FIRST``): the mention's time,
    the mention starting at it (its words no step's label); else the time after it that 「at」 joins
    (``EN_AT_TIME_AFTER``), the mention ending after it."""
    after = EN_AT_TIME_AFTER.match(line, mention.end) if "at" in line[mention.end : mention.end + 8] else None
    if after is not None and (time := _en_clock(after.groupdict())) is not None:
        mention.time, mention.precision, mention.end = time, "datetime", after.end()
        return
    at = mention.start
    before = EN_TIME_BEFORE_YEAR_FIRST.search(line, max(0, at - 56), at)
    if before is None or EN_RANGE_BEFORE_TIME.search(line, max(0, before.start() - 16), before.start()):
        return
    time = _en_clock(before.groupdict())
    if time is not None:
        mention.time, mention.precision, mention.start = time, "datetime", before.start()


# 「… must be submitted by e-mail by JST 17:00 on」 / 「2027/07/14 (Wed.). Questions received …」「… by 5:00 p.m. (Japan
# time) on」 / 「June 18, 2027.」: a sentence wrapped between the hour it tells before its date and the date, which opens
# the next line; the hour after a deadline's word (「by」「until」「before」「no later than」) or joined to the date by 「on」
# (not a range's end 「10:00-11:30 hrs」, nor a row's hour in its own bracket 「closes (17:00 hrs)」)
EN_WRAPPED_TIME_BEFORE = re.compile(
    r"(?i:(?P<word>\b(?:by|until|till|before|than)\s{1,3})?(?<![\d:.\-–~(])"
    + _EN_CLOCK_ZONED
    + r"(?:\([^()]{1,40}\)\s{0,3})?,?\s{0,3}(?:(?P<on>on)(?:\s{1,3}"
    + EN_WEEKDAY  # (「… by 3:00 p.m. SGT on Friday,」 / 「4/30/2027 …」: the date's weekday ends the line above too)
    + r"\s{0,2},?)?)?\s{0,3})$"
)


def en_wrapped_time_before(above: str) -> dt.time | None:
    """The hour the end of the line above tells a date opening the next line (``EN_WRAPPED_TIME_BEFORE``), else None."""
    if not above or not above[-1:].isalnum() and above[-1:] not in ".),":
        return None
    before = EN_WRAPPED_TIME_BEFORE.search(above, max(0, len(above) - 64))
    if before is None or not (before["word"] or before["on"]):
        return None
    if EN_RANGE_BEFORE_TIME.search(above, max(0, before.start() - 16), before.start()):
        return None
    return _en_clock(before.groupdict())


# 「Last date for clarification requests ..... 26th May, 2027 (Wednesday),」 / 「by 4 PM Japan time」: a line that
# gives only the hour its deadline above closes at (as 「(17時必着)」 under a Japanese chart's row)
EN_DEADLINE_NOTE = re.compile(
    r"\(?(?i:by|until|till|before|not\slater\sthan|no\slater\sthan)\s{1,3}(?i:"
    + EN_TIME.format(h="hour", m="minute2", p="ampm_en", n="noon")
    + r")\s{0,3}(?:\(?"
    + _EN_ZONE
    + r"\)?)?\s{0,3}\)?\s{0,3}[.,;]?\s{0,3}"
)


# 「… shall be submitted … no later than September 4, 2026 (Fri.),」 / 「12:00 noon, Japan Standard Time (JST), using Form
# ITB-Q.」: the hour a deadline's sentence, its date ending the line on a comma, goes on with at the start of the next
# line, a clause of its own after it (not a range of hours 「10:00 to 17:00」 nor 「10:00-」)
EN_WRAPPED_TIME_AFTER = re.compile(
    r"(?i:(?:at|by|until|till|before|no\slater\sthan|not\slater\sthan)\s{1,3})?(?i:" + _EN_CLOCK_ZONED + r")(?:[,.;]|$)"
)


def en_wrapped_time_after(line: str) -> dt.time | None:
    """The hour opening the line under a date that ended its line on a comma (``EN_WRAPPED_TIME_AFTER``), else None."""
    after = EN_WRAPPED_TIME_AFTER.match(line.strip()[:120])
    return _en_clock(after.groupdict()) if after else None


def en_deadline_note(line: str) -> dt.time | None:
    """The hour a line of its own gives a deadline above it (``EN_DEADLINE_NOTE``), else None."""
    note = EN_DEADLINE_NOTE.fullmatch(line.strip()) if len(line) <= 120 else None
    return _en_clock(note.groupdict()) if note else None


# 「Site visit, 10:00 (registration required)   Dec 17 (Fri)  Deadline for questions」: an hour a wide gap (a line break and
# a row's indent, run onto one line) parts from the date after it is the row above's, not that date's
_EN_WIDE_GAP = re.compile(r"\s{3,}")
_EN_HOUR_TIE = re.compile(r"(?i:\bon\b|,)")


def _english(match) -> Mention | None:
    groups = match.groupdict()
    if groups["hour"] or groups["hour_24"] or groups["noon"]:
        at = min(match.start(name) for name in ("day", "day2", "day3", "mname2") if groups[name])
        gaps = list(_EN_WIDE_GAP.finditer(match.string, match.start(), at))
        # (「no later than 17:00 JST on          Friday, 4 February」: a wrapped line's indent after 「on」 or a comma, the
        # hour tied to the date by the word)
        if gaps and not _EN_HOUR_TIE.search(match.string, match.start(), at):
            again = ENGLISH_DATE.match(match.string, gaps[-1].end())
            return _english(again) if again and again.start() <= at else None
    month = MONTHS_EN.get((groups["mname"] or groups["mname2"] or groups["mname3"]).lower().rstrip("."))
    day = int(groups["day"] or groups["day2"] or groups["day3"])
    if groups["year3"]:
        groups["year"] = groups["year3"] if len(groups["year3"]) == 4 else str(2000 + int(groups["year3"]))
    if month is None or not 1 <= day <= 31:
        return None
    time = _en_clock(groups) or _en_clock(groups, "2", "minute3")
    precision = "datetime" if time else "date"
    if groups["year"]:
        mention = Mention(match.start(), match.end(), int(groups["year"]), month, day, precision, time, None, True, english=True)
        if (groups["hour"] or groups["hour_24"] or groups["noon"]) and match.start() > 4:
            _range_start_before(match, mention)  # (「1:30 to 3:00 p.m. on June 5, 2027」: from 1:30 p.m.)
    else:  # 「5:00 p.m., Friday, June 5」: only with its weekday, whose year is worked out later
        weekday = EN_WEEKDAY_NAME.search(groups["wd_end"] or match.group())
        if weekday is None:
            # 「by June 17th」「22nd June, 10:00 a.m.」「at 2:00 p.m. on 29 January」: a deadline's word before it or a
            # time with it tells a year-less date too (its year is the notice's)
            if (
                time is None
                and not EN_DEADLINE_BEFORE.search(match.string, max(0, match.start() - 22), match.start())
                and not EN_DAY_RANGE_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
            ):  # (「… calls from 9 to 13 August」: the end of a window of days its 「from」「between」 opens)
                return None
            mention = Mention(match.start(), match.end(), None, month, day, precision, time, None, False, english=True)
            validate(mention)
            return mention
        weekday_char = ENGLISH_WEEKDAYS[weekday.group(1).title()]
        mention = Mention(match.start(), match.end(), None, month, day, precision, time, weekday_char, False, english=True)
    validate(mention)
    return mention


def en_clock(groups: dict) -> dt.time | None:
    """The time a match of an English clock gives (its groups named as ``EN_TIME``'s first)."""
    return _en_clock(groups)


def _en_clock(groups: dict, suffix: str = "", minute: str = "minute2") -> dt.time | None:
    """The time an English date's match gives (「5:00 p.m.」「noon」, else 「17:00」), its groups named with ``suffix``."""
    if groups.get(f"noon{suffix}_mid"):
        return dt.time(23, 59)  # (「by midnight on 8 June」: the day's end, as 「24時まで」)
    return _clock(
        (groups.get(f"ampm_en{suffix}") or "").lower() or None,
        groups.get(f"hour{suffix}"),
        groups.get(minute),
        bool(groups.get(f"noon{suffix}")),
    ) or _clock(None, groups.get(f"hour{suffix}_24"), groups.get(f"{minute}_24"))


# Which figure of a slashed English date is the month when neither the figures nor the weekday say (「Mon 02/08/2027」
# is 8 February and 2 August, both Mondays): the order the notice's other slashed dates show (True: the day first, a
# British notice's 「Thu 10/06/2027」; False: the month first). Set for one extraction (``slash_order``), else unknown.
SLASH_DAY_FIRST: contextvars.ContextVar[bool | None] = contextvars.ContextVar("slash_day_first", default=None)


# 「Monday 7/6, 17:00 hrs」「by 17:00 hrs on Monday 7/6」「Fri 22/01」: a day and month without a year after an English
# weekday's name, in the day's order of a British notice or the month's of an American one (the weekday says it is a date)
# (guarded by its first characters: its leading clock is otherwise tried at every character of the text)
EN_WEEKDAY_SHORT_DATE = first_characters_guarded(
    re.compile(
        r"(?i:(?:(?<![\d.:])(?:"
        + EN_TIME.format(h="hour0", m="minute0", p="ampm_en0", n="noon0")
        + r")\s{0,3}(?:(?:hrs?\.?|hours)\s{0,3})?(?:\(?"
        + _EN_ZONE
        + r"\)?\s{0,3})?,?\s{0,3}on\s{1,3})?\b(?P<wd_name>mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s{1,3})"
        r"(?<![\d/])(?P<first>\d{1,2})/(?P<second>\d{1,2})(?![\d/])"
        r"(?:\s{0,3},?\s{0,3}(?:at\s+)?(?i:" + EN_TIME.format(h="hour", m="minute2", p="ampm_en", n="noon") + r"))?"
    )
)
TEXT_YEAR = first_characters_guarded(re.compile(r"(?<!\d)20\d{2}(?!\d)"))
TEXT_YEARS_REACH = 100_000  # characters of a text whose written years settle a weekday's short date


def _short_orders(first: int, second: int) -> list[tuple[int, int]]:
    """The (month, day) readings of a day and month written 「first/second」 that can be dates."""
    pairs = [(first, second)] if first == second else [(first, second), (second, first)]
    return [(month, day) for month, day in pairs if 1 <= month <= 12 and 1 <= day <= 31]


def _weekday_short_order(text: str) -> bool | None:
    """The order 「Monday 7/6」 forms settle (True: the day first), by the weekday each falls on in the year the text
    writes most (7 June 2027 is a Monday, 6 July 2027 a Tuesday); None when none settles it or they disagree."""
    counted = collections.Counter(TEXT_YEAR.findall(text[:TEXT_YEARS_REACH])).most_common(2)
    if not counted or (len(counted) == 2 and counted[0][1] == counted[1][1]):
        return None
    year = int(counted[0][0])
    orders = set()
    for match in EN_WEEKDAY_SHORT_DATE.finditer(text):
        first, second = int(match["first"]), int(match["second"])
        weekday = ENGLISH_WEEKDAYS[match["wd_name"][:3].title()]
        fits = {month == second for month, day in _short_orders(first, second) if _day_fits(year, month, day, weekday)}
        if len(fits) == 1 and first != second:
            orders |= fits
    return orders.pop() if len(orders) == 1 else None


def slash_order(text: str) -> bool | None:
    """True when the slashed dates of ``text`` that settle their order put the day first, False when they put the
    month first, None when none settles it or they disagree (then 「Monday 7/6」 forms may settle it)."""
    order = _numeric_slash_order(text)
    if order is None and "/" in text and EN_WEEKDAY_NAME.search(text):
        order = _weekday_short_order(text)
    return order


def _numeric_slash_order(text: str) -> bool | None:
    if "/" not in text or not HAS_NUMERIC_YEAR.search(text):
        return None
    orders = set()
    for match in _numeric_dates(text):
        first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
        if match["separator"] == "." or first == second or not (1 <= first <= 31 and 1 <= second <= 31):
            continue
        if first > 12 or second > 12:
            orders.add(first > 12)
            continue
        weekday = match["wd_en"]
        if weekday is None:
            before = WEEKDAY_BEFORE.search(text, max(0, match.start("first") - 14), match.start("first"))
            weekday = before.group(1).title() if before else None
        if weekday is not None:
            day_first = _day_fits(year, second, first, ENGLISH_WEEKDAYS[weekday])
            if day_first != _day_fits(year, first, second, ENGLISH_WEEKDAYS[weekday]):
                orders.add(day_first)
    return orders.pop() if len(orders) == 1 else None


# How far before its year's 「2/2027」 a match of ``NUMERIC_DATE`` can start (at most 79: a time, 「(JST)」, 「on」 and a
# weekday before its 「02/08」), with room
NUMERIC_DATE_REACH = 100


def _numeric_dates(text: str) -> Iterator[re.Match]:
    """``NUMERIC_DATE.finditer(text)``, each match tried only at the places a numeric year (``HAS_NUMERIC_YEAR``) is
    near enough after (not at every place of a long text, most of which have no slashed date)."""
    position = 0
    while year := HAS_NUMERIC_YEAR.search(text, position):
        at = year.start()  # (no match starts between ``position`` and ``at - NUMERIC_DATE_REACH``: it would hold a year)
        match = next(
            (m for start in range(max(position, at - NUMERIC_DATE_REACH), at + 1) if (m := NUMERIC_DATE.match(text, start))),
            None,
        )
        if match is None:  # (a match starting after ``at`` holds a later year)
            position = at + 1
            continue
        yield match
        position = match.end()


def _numeric(match) -> Mention | None:
    """「5/14/2027」「Monday 06/04/2026」: the month is the figure that can be one, or the one the weekday settles;
    「06.10.2026」 with dots puts the day first."""
    groups = match.groupdict()
    first, second, year = int(groups["first"]), int(groups["second"]), int(groups["year"])
    weekday, begins = groups.get("wd_en"), match.start()
    if weekday is None:
        start = match.start("first")
        before = WEEKDAY_BEFORE.search(match.string, max(0, start - 14), start)
        weekday = before.group(1).title() if before else None
        begins = before.start() if before and begins == start else begins  # (「Monday, 9/28/2026」: its weekday with it)
    orders = _short_orders(first, second)
    if groups["separator"] == ".":
        orders = [(month, day) for month, day in orders if month == second]  # (the day first)
    if len(orders) == 2:
        day_first = SLASH_DAY_FIRST.get()
        if weekday is not None:
            orders = [(m, d) for m, d in orders if _day_fits(year, m, d, ENGLISH_WEEKDAYS[weekday])]
        if len(orders) == 2 and day_first is not None:  # (「Mon 02/08/2027」: the notice's order settles it)
            orders = orders[1:] if day_first else orders[:1]
        elif weekday is None:
            return None
    if not orders:
        return None
    month, day = orders[0]
    time = _en_clock(groups) or _en_clock(groups, "0", "minute0")
    mention = Mention(
        begins,
        match.end(),
        year,
        month,
        day,
        "datetime" if time else "date",
        time,
        ENGLISH_WEEKDAYS[weekday] if weekday else None,
        True,
        english=True,
    )
    validate(mention)
    return mention


def _weekday_short(match) -> Mention | None:
    """「Monday 7/6, 17:00 hrs」: a year-less day and month after its weekday, in the order the notice's dates settle
    (``SLASH_DAY_FIRST``); left unread where the order is not known."""
    orders = _short_orders(int(match["first"]), int(match["second"]))
    if len(orders) == 2:
        day_first = SLASH_DAY_FIRST.get()
        if day_first is None:
            return None
        orders = orders[1:] if day_first else orders[:1]
    if not orders:
        return None
    month, day = orders[0]
    groups = match.groupdict()
    time = _en_clock(groups) or _en_clock(groups, "0", "minute0")
    weekday = ENGLISH_WEEKDAYS[match["wd_name"][:3].title()]
    mention = Mention(
        match.start(), match.end(), None, month, day, "datetime" if time else "date", time, weekday, False, english=True
    )
    validate(mention)
    return mention


def _loose_weekday_read(match) -> Mention | None:
    """The mention of a date whose English weekday may stand alone after it (「6.30 FRI」「2027.2.5 FRI 17:00」), read as
    that weekday in brackets."""
    groups = match.groupdict()
    if groups["wd_loose"]:
        groups["wd_en"] = groups["wd_loose"].title()
    if groups.get("wd_loose_ja"):
        groups["wd_bare"] = groups["wd_loose_ja"]
    return _mention(match, groups)


def _month_day_en(match) -> Mention | None:
    """「01/22 (Fri) 2:00 p.m.」: a year-less month/day with its English weekday, the time in English after it."""
    mention = _mention(match, match.groupdict())
    if mention is None:
        return None
    time = _en_clock(match.groupdict(), "3", "minute4")
    if time is not None:
        mention.time, mention.precision = time, "datetime"
    mention.english = True
    return mention


# 「… and to sign the contract in July」「the contract is expected to be signed in July」「contract signature in July」: a
# month alone, no year nor part of it, that a contract's signing is planned in (a month-precision step; 「in July」
# after other words stays a word)
EN_SIGNED_IN_BEFORE = re.compile(
    r"(?i:\b(?:sign|conclude|execute|award)(?:s|ed|ing)?\s(?:the\s|a\s)?(?:\w+\s){0,2}?(?:contract|agreement)s?"
    r"|\b(?:contract|agreement)\s(?:\w+\s){0,4}?(?:signed|concluded|executed|awarded|signature|signing|conclusion))"
    r"\s(?:(?:is|are|will\sbe)\s)?(?:(?:planned|expected|scheduled)\s)?in\s{1,3}$"
)
EN_SIGNED_IN_REACH = 80  # characters before a month its signing's words stand in, at most


# 「  Jun              Selection of Preferred Negotiator」「Jun – Jul    Basic Agreement」「| Oct | Concession Agreement |」
# 「- October: contract signing」「Sept.\tAward」: a month alone, no year nor part of it, as a timetable's date cell (the
# row's start, then a wide gap, a tab, a bar or a key's colon before its step); its year worked out later
_EN_MONTH_CELL_BEFORE = re.compile(r"^\s{0,8}(?:[-•*・|]\s{0,4})?(?:(?i:" + EN_MONTH + r")\.?\s{0,2}(?:[–—~-]|to)\s{0,2})?$")
_EN_MONTH_CELL_REACH = 40  # characters before the month such a cell's start stands within, at most
_EN_MONTH_CELL_START = re.compile(r"\s{0,8}(?:[-•*・|]\s{0,4})?(?=[JjFfMmAaSsOoNnDd])(?i:" + EN_MONTH + ")")
# (after a wide gap, a tab or a bar, the step's capital or its Japanese name: 「May  we ask」 is a verb's)
_EN_MONTH_CELL_AFTER = re.compile(r"\.?(?:(?:\s{2,}|\t|\s{0,2}\|\s{0,4})(?=[A-Z\u3040-\u9fff])|\s{0,2}:\s{0,4}(?=[A-Za-z]))")


def _en_month_cell(match) -> bool:
    """Whether the year-less month ``match`` reads is a timetable row's date cell (``_EN_MONTH_CELL_BEFORE``)."""
    line = match.string
    return bool(
        _EN_MONTH_CELL_BEFORE.search(line, max(0, match.start("mname") - _EN_MONTH_CELL_REACH), match.start("mname"))
        and _EN_MONTH_CELL_AFTER.match(line, match.end())
    )


def _english_period(match) -> Mention | None:
    groups = match.groupdict()
    month = MONTHS_EN.get(groups["mname"].lower().rstrip("."))
    if month is None:
        return None
    precision = EN_PARTS.get((groups["part"] or "").lower(), "month")
    if not groups["year"] and precision == "month":
        at = match.start("mname")
        if not EN_SIGNED_IN_BEFORE.search(match.string, max(0, at - EN_SIGNED_IN_REACH), at) and not _en_month_cell(match):
            return None
    year = int(groups["year"]) if groups["year"] else None
    mention = Mention(match.start(), match.end(), year, month, None, precision, None, None, year is not None, english=True)
    validate(mention)
    return mention


# 「開札日の前日（6月25日（水））午後5時まで」「公告日から起算して10日目（6月12日（木））の午後5時」: a day given in
# brackets after the words that count it from another step, and its time after the bracket
BRACKET_OPEN_BEFORE = re.compile(r"\(\s{0,2}$")
BRACKET_TIME = re.compile(
    r"\s{0,2}\)\s{0,2}(?:の|は)?\s{0,2}(?P<ampm>午前|午後)?\s{0,4}(?:(?P<noon>正午)|(?P<hour>\d{1,2})(?:時(?:\s{0,4}(?P<minute>\d{1,2})分|(?P<half>半))?"
    r"|:(?P<minute2>\d{2})))"
)


def _bracket_time(line: str, mention: Mention) -> None:
    """The time after the bracket a day stands alone in: 「（6月12日（木））の午後5時まで」 as 「6月12日（木）午後5時まで」
    (the mention keeps its end; an event's 「午後1時30分から午後3時まで」 keeps its end time too)."""
    if (
        mention.time is not None
        or not mention.day
        or not BRACKET_OPEN_BEFORE.search(line, max(0, mention.start - 3), mention.start)
    ):
        return
    after = BRACKET_TIME.match(line, mention.end)
    time = _time(after.groupdict()) if after else None
    if time is None:
        return
    mention.time, mention.precision = time, "datetime"
    tail = TIME_RANGE_TAIL.match(line, after.end())
    end = _time(tail.groupdict()) if tail else None
    if end is not None and end > time:
        mention.end_time = end


# 「28.01.2027 (17:00 JST)」「by 14 May 2027 (5:00 p.m. Japan time)」「2027/07/23 (Fri.) (5:00 pm JST)」: the hour an
# English notice gives its date in a bracket of its own after it (its weekday's bracket between them); one time alone
# (not a range of hours 「(10:00-12:00)」: the bracket closes right after the time and its zone); 「4 October 2027 (until
# 5:00 p.m. on the last day)」: a window's last day's hour (最終日は午後5時まで)
EN_BRACKET_TIME = re.compile(
    r"(?:\s{0,3}\(\s{0,2}" + EN_WEEKDAY + r"\s{0,2}\))?\s{0,3}\(\s{0,2}(?i:(?:at|by|until|till|before|no\slater\sthan)\s{1,3})?"
    r"(?i:" + _EN_CLOCK_ZONED + r"(?:on\s(?:the\s)?(?:last|final|closing)\sday\s{0,2})?)\)"
)


def _en_bracket_time(line: str, mention: Mention) -> None:
    """The hour an English date's own bracket gives (``EN_BRACKET_TIME``): the mention's time, its end after it."""
    after = EN_BRACKET_TIME.match(line, mention.end)
    time = _en_clock(after.groupdict()) if after else None
    if time is not None:
        mention.time, mention.precision, mention.end = time, "datetime", after.end()


# 「…, 2026, 10:00 a.m. to 4:00 p.m.」「8:30 a.m. - 5:15 p.m.」: the end of an English time range
EN_TIME_RANGE_TAIL = re.compile(
    r"(?i:\s{0,3}(?:JST\s{0,3})?(?:to|until|till|[-–~])\s{0,3}(?:"
    + EN_TIME.format(h="hour", m="minute2", p="ampm_en", n="noon")
    + r"))"
)

# an English window's last day (「… to」, 「18 May (Mon) - 29 May (Fri) 2026, 9:00-17:00」)
EN_WINDOW_END_BEFORE = re.compile(r"(?i:\b(?:to|through|until|till|and)\s{1,3}|\s[-–~]\s{0,3})$")
EN_TIME_END = re.compile(r"(?i:[ap]\.?\s?m\.?|noon|\d:\d{2})$")


# 「9:00 to 12:00 and 13:00 to 17:00 (JST)」: a second range of the same day's hours after the first (a break between them;
# 「12:00 noon」 read as 12:00, its 「noon」 after it)
EN_FURTHER_RANGE = re.compile(
    r"(?i:\s{0,3}(?:(?:noon|midday)\s{0,3})?(?:\(?JST\)?\s{0,3})?,?\s{0,3}(?:and|&)\s{1,3}(?:"
    + EN_TIME.format(h="hour", m="minute2", p="ampm_en", n="noon")
    + r"))"
)


def en_time_range_tail(text: str, start: int = 0) -> tuple[dt.time | None, int]:
    """The end of an English time range whose start stands just before ``start``, and where its words end."""
    tail = EN_TIME_RANGE_TAIL.match(text, start)
    return (_en_clock(tail.groupdict()), tail.end()) if tail else (None, start)


def en_time_range_end(text: str, start: int = 0) -> dt.time | None:
    """The end of an English time range whose start stands just before ``start``."""
    return en_time_range_tail(text, start)[0]


# 「between 9:00 a.m. and 5:15 p.m. each day」「between 10:00 and 16:00 JST」: a range of hours 「between」 opens, 「and」 closes
# (「… and」 / 「    5:00 p.m.」: a line's break and the next line's indent between them, in a text run onto one line)
EN_BETWEEN_HOURS_TAIL = re.compile(
    r"(?i:\s{0,3}(?:JST\s{0,3})?and\s{1,8}(?:" + EN_TIME.format(h="hour", m="minute2", p="ampm_en", n="noon") + r"))"
)


def en_between_hours_end(text: str, opens: int, start: int) -> dt.time | None:
    """The end of an English range of hours 「between 9:00 a.m. and 5:15 p.m.」 whose start stands from ``opens`` to
    ``start``, right after 「between」; None when no 「between」 opens it or no 「and」 closes it."""
    if not EN_BETWEEN_BEFORE.search(text, max(0, opens - 12), opens):
        return None
    tail = EN_BETWEEN_HOURS_TAIL.match(text, start)
    return _en_clock(tail.groupdict()) if tail else None


# 「3:00 p.m.」: an hour in the afternoon, the end of a range whose p.m. stands only after it
EN_PM_END = re.compile(r"(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s?(?i:p\.?\s?m\.?)")
# 「2:00-4:00 p.m.」「2:00 – 4:00 PM」「1:30 to 3:00 p.m.」: an English range whose p.m. stands only after its end
EN_PM_RANGE_TAIL = re.compile(r"(?i:\s{0,3}(?:to|until|till|[-–~])\s{0,3})" + EN_PM_END.pattern)
BARE_CLOCK_BEFORE = re.compile(r"(?<![\d:])\d{1,2}:\d{2}$")  # 「2:00」 with no a.m./p.m. of its own


def afternoon_start(text: str, at: int, start: dt.time) -> tuple[dt.time, dt.time, int] | None:
    """A start written without a.m./p.m. (ending at ``at``) before an end with p.m. is in the afternoon when, read so,
    it still comes before the end, as a reader takes it (「2:00-4:00 p.m.」 from 14:00; 「9:00-5:00 p.m.」 and
    「10:00-12:00 noon」 from the morning; 「11:00 a.m.-1:00 p.m.」 says its own): the start, the end and where the end's
    words end; None when the start keeps its reading."""
    if start.hour >= 12 or not BARE_CLOCK_BEFORE.search(text, max(0, at - 6), at):
        return None
    tail = EN_PM_RANGE_TAIL.match(text, at)
    end = _clock("p", tail["hour"], tail["minute"]) if tail else None
    afternoon = _afternoon_before(start, end) if end is not None else None
    return (afternoon, end, tail.end()) if afternoon else None


def afternoon_between(text: str, at: int, start: dt.time) -> dt.time | None:
    """「between 1:00 and 3:00 p.m.」: a start written without a.m./p.m. read in the afternoon, when so it still comes
    before the end (``EN_PM_END``, written at ``at``, after 「and」: the end of a range 「between」 opened); None when the
    start keeps its reading."""
    tail = EN_PM_END.match(text, at)
    return _afternoon_before(start, _clock("p", tail["hour"], tail["minute"])) if tail else None


def _afternoon_before(start: dt.time, end: dt.time) -> dt.time | None:
    """``start`` (a morning hour written without a.m./p.m.) read in the afternoon, when so it still comes before
    ``end``: 「2:00-4:00 p.m.」 from 14:00, not 「9:00-5:00 p.m.」; None otherwise."""
    if start.hour >= 12:
        return None
    afternoon = start.replace(hour=start.hour + 12)
    return afternoon if afternoon < end else None


def _afternoon_shared(line: str, mention: Mention) -> None:
    """「June 5, 2027, 2:00-4:00 p.m.」: the date's time in the afternoon its range's end puts it in (``afternoon_start``)."""
    shared = afternoon_start(line, mention.end, mention.time)
    if shared:
        mention.time, mention.end_time, mention.end = shared


_latin_m: tuple[str, bool] = ("", False)  # the last line asked whether it holds an 「m」 (of 「a.m.」), and the answer


def _has_m(line: str) -> bool:
    """``"m" in line or "M" in line``, looked for once per line, not again for each of a long line's timed dates."""
    global _latin_m
    asked = _latin_m  # (one tuple read: another thread's line never answers for this one)
    if asked[0] is not line:
        asked = _latin_m = (line, "m" in line or "M" in line)
    return asked[1]


def _en_day_hours(line: str, mention: Mention) -> None:
    """「Proposals will be accepted on 15 June 2027, 9:00-17:00」: the hours of one day after an English date, their end
    kept beside the start (a window of that day closes then; an event starts at the start), the date's words as they
    were (what follows the hours is no part of the date)."""
    if mention.end_time is not None or EN_TIME_END.search(line, max(0, mention.end - 8), mention.end) is None:
        return
    end, ends_at = en_time_range_tail(line, mention.end)
    if end is not None and end > mention.time and not EN_NEXT_ROW_AFTER.match(line, ends_at):
        mention.end_time = end


# 「…, 10:00–12:00 (local time) Deadline for written questions | …」: a capitalised word after the hours (their bracket
# passed over), the next row's step in a table run onto one line; the hours the end of an event's row, no window's
EN_NEXT_ROW_AFTER = re.compile(r"\s{0,3}(?:\([^()]{0,30}\)\s{0,3})?[A-Z]")


def _time_range_end(line: str, mention: Mention) -> None:
    """「午後2時から午後3時30分まで」 after a timed date: the end time is kept beside the start."""
    if mention.time is None:
        return
    if mention.end < len(line) and _has_m(line):
        _afternoon_shared(line, mention)
    # 「…and Friday, June 19, 2026, 10:00 a.m. to 4:00 p.m.」 (its time after the date, not 「5:00 p.m., 5 June」)
    if mention.english:
        if EN_TIME_END.search(line, max(0, mention.end - 8), mention.end) is None:
            return
        end, ends_at = en_time_range_tail(line, mention.end)
        if end is not None and end > mention.time:
            mention.end_time, mention.end = end, ends_at
            # 「9:00 to 12:00 and 13:00 to 17:00」: the day's hours split by a break close at the second range's end
            further = EN_FURTHER_RANGE.match(line, ends_at)
            resumed = _en_clock(further.groupdict()) if further else None
            if resumed is not None and resumed >= end:
                later, later_at = en_time_range_tail(line, further.end())
                if later is not None and later > resumed:
                    mention.end_time, mention.end = later, later_at
        return
    tail = TIME_RANGE_TAIL.match(line, mention.end)
    if tail:
        end = _time(tail.groupdict())
        if end is not None and end > mention.time:
            mention.end_time = end
            mention.end = tail.end()


def _slash_end(line: str, start: Mention) -> Mention | None:
    """「2027/8/16~8/20」: the end 「8/20」 of a window begun by a slashed date, in the start's year (the next one when
    its month comes earlier: 「2027/12/27~1/8」); ``start`` is marked as the window's start."""
    tail = SLASH_END_TAIL.match(line, start.end)
    if tail is None or not start.day or (start.year is None and not start.weekday):
        return None  # (「6/1~6/5」 alone may be two fractions; a weekday 「6/1(月)~6/5」 tells a date)
    if tail["separator"] == "." and (
        "." not in line[start.start : start.end] or not (tail["wd"] or DOT_END_AFTER.match(line, tail.end()))
    ):
        return None  # 「2027.11.29(月)~12.3(金)」: a dotted window's end, written as its start, alone or with its weekday
    end = _mention(tail, {**tail.groupdict(), "era": None, "year": None})
    if end is None:
        return None
    end.start = tail.start("month")
    if start.year is not None:
        end.year, end.explicit_year = start.year + (end.month < start.month), start.explicit_year
        validate(end)
    elif (end.month, end.day) == (start.month, start.day):
        return None
    if end.problem is None and end.year is not None:
        try:
            if dt.date(end.year, end.month, end.day) <= dt.date(start.year, start.month, start.day):
                return None
        except ValueError:
            return None
    start.range_start = True
    _time_range_end(line, end)
    return end


HAS_DIGIT = re.compile(r"\d")
# (the first lookahead: a letter a word starts with, to fail fast elsewhere: no case-blind word is tried at every place)
EN_PART_HINT = re.compile(
    r"(?=[EeMmLlBbIiDd])(?i:early|mid|late|beginning\sof|middle\sof|end\sof|(?:in|during)\s(?=[A-S][a-z]{2})"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
)  # (「sign the contract in July」: a month alone on a line without a figure, ``EN_SIGNED_IN_BEFORE``)
# 「11/13/2026 14:07  FROM: …  TO: 000-0000-0000  P. 1/2」: the stamp a fax machine prints atop each page it sends, the
# day of the sending (no step); 「2026/12/07 14:22  FAX 000-0000-0001  ○○組合  P.001/003」: the sender's number and the
# page count. The stamp's dates and time are no mention (its time would go to a step dated that day).
FAX_STAMP = re.compile(r"\bFROM\s?:.{0,80}\bTO\s?:|\bFAX\b.{0,80}\bP\s?\.?\s?\d{1,3}\s?/\s?\d{1,3}[ \u3000]*$", re.IGNORECASE)
FAX_STAMP_MAX = 200  # characters of a line a fax's stamp is, at most
_FAXED = re.compile(r"(?i:fax|from)")  # (the words one of them needs, looked for before it)
HAS_NUMERIC_YEAR = re.compile(r"\d[/.](?:19|20)\d{2}")  # (a fast scan before ``NUMERIC_DATE``'s look behind at every place)
HAS_WORD = re.compile(r"[A-Za-z][A-Za-z]{2}")  # (three letters in a row, the first alone: a fast scan for a letter)


_DIGIT_SEPARATOR = re.compile(r"[/.\-](?<=\d[/.\-])")  # (the separator first: a fast scan for it, its digit looked behind for)
# (as EN_PART_HINT; 「ſ」 is an 「s」 to a case-blind match)
_EN_MONTH_HEAD = re.compile(r"(?=[JjFfMmAaSsſOoNnDd])(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


def most_mentions(line: str) -> int:
    """At least ``len(find_mentions(line))``, found cheaply (to pass over a line that cannot hold a few dates):
    every date of ``DATE`` holds a 「月」 (and adds at most its window's end 「~15日」), every slashed, dotted or
    hyphened one a digit before a 「/」「.」「-」, every English one a month's first three letters; no bound is
    counted for eight digits in a row or 「同日」「当日」. (Kept in step with ``find_mentions``.)"""
    if eight_digits(line) or "同日" in line or "当日" in line or "その翌日" in line:
        return len(line) + 1
    bound = 2 * line.count("月") + len(_DIGIT_SEPARATOR.findall(line))
    if HAS_WORD.search(line):
        bound += len(_EN_MONTH_HEAD.findall(line))
    return bound


CELL_EDGES = "\t|"


def _whole_cell(line: str, match: re.Match) -> bool:
    """「…\t2028/01\t\t…」: a year and month that fill a table's cell (or the text read) alone, a spreadsheet's month
    (a fraction or an edition 「2024/7」 stands in a sentence)."""
    start, end = match.start(), match.end()  # (spaces stepped over in place: a run-together page's line is megabytes)
    while start and line[start - 1] == " ":
        start -= 1
    while end < len(line) and line[end] == " ":
        end += 1
    return (not start or line[start - 1] in CELL_EDGES) and (end == len(line) or line[end] in CELL_EDGES)


def _month_year(line: str, match: re.Match) -> Mention | None:
    """「late 03/2027」「05/2027」 (``MONTH_YEAR``): the month, its part where the words give one; a bare month and year only
    where it fills a table's cell and no document's code stands before it."""
    part = (match["part"] or "").lower()
    if not part and (
        line[match.start() - 1 : match.start()] == "-"  # (「2026-05/2027」: a span of years, a code's parts)
        or not _whole_cell(line, match)
        or CODE_BEFORE.search(line, max(0, match.start() - 8), match.start())
    ):
        return None
    precision = EN_PARTS.get(" ".join(part.split()), "month")
    year, month = int(match["year"]), int(match["month"])
    mention = Mention(match.start(), match.end(), year, month, None, precision, None, None, True, english=bool(part))
    validate(mention)
    return mention


def _era_month_keyed(line: str, match: re.Match) -> bool:
    """An era year and month that fill a table's cell, or follow a key's colon and end the line (an aside in brackets
    after it): 「・協定締結:R7.3(年度協定は同時)」."""
    if _whole_cell(line, match):
        return True
    rest = line[match.end() :].lstrip(" ")
    return line[: match.start()].rstrip(" ").endswith(":") and (not rest or rest[0] == "(")


def _en_day_only_start(line: str, end: Mention) -> Mention | None:
    """The start of an English range of days written as a day alone before its end's date (``EN_DAY_ONLY_START``),
    in the end's month and year, marked as a range's start; None when there is none."""
    if end.start < 2 or not line[end.start - 1].isspace() and line[end.start - 1] not in "-–~":
        return None
    before = EN_DAY_ONLY_START.search(line, max(0, end.start - 32), end.start)
    if before is None or (before["and"] and not before["between"]):
        before = EN_DAY_LIST_START.search(line, max(0, end.start - 48), end.start)
    if before is None or not 1 <= int(before["day"]) < end.day:
        return None
    if EN_MONTH_BEFORE.search(line, max(0, before.start("day") - 12), before.start("day")):
        return None  # 「From Monday, July 6 to Friday, July 17」: a date of its own, its month before its day
    if EN_ITEM_NUMBER.match(line, before.start("day")) and not line[: before.start("day")].strip():
        return None  # 「1 - 15 May 2027: Publication of this call」: a list item's number opening its line, no day
    weekday = EN_WEEKDAY_NAME.search(line, before.start("day") - 12 if before.start("day") >= 12 else 0, before.start("day"))
    start = Mention(
        before.start("day"), before.end("day"), end.year, end.month, int(before["day"]), "date", None, None, end.explicit_year
    )
    start.english, start.range_start = True, True
    if weekday is not None and before.start() <= weekday.start():
        start.weekday = ENGLISH_WEEKDAYS[weekday.group(1).title()]
    validate(start)
    return start


def _en_month_day_start(line: str, end: Mention) -> Mention | None:
    """The start of an English window written as a month's day alone before its end's date (``EN_MONTH_DAY_START``),
    in the end's year (the year before when its month comes after the end's), marked as a range's start; None when
    there is none or the words before it tell a change (「extended from May 18 to May 25, 2027」: the old date)."""
    if end.start < 2 or not end.month or not end.day:
        return None
    before = EN_MONTH_DAY_START.search(line, max(0, end.start - 40), end.start)
    if before is None or (before["and"] and not before["between"]):
        return None
    if EN_CHANGED_FROM.search(line, max(0, before.start() - 40), before.start()):
        return None
    month, day = MONTHS_EN.get((before["mname"] or before["mname2"]).lower().rstrip(".")), int(before["day"] or before["day2"])
    if month is None or (month, day) == (end.month, end.day):
        return None
    year = end.year
    if month == end.month and day > end.day:
        return None  # 「May 25 - May 18, 2027」: no window (a month's start after its end)
    if month > end.month:
        if year is None:
            return None
        year -= 1  # 「December 20 - January 15, 2028」
    first, last = ("mname", "day") if before["mname"] else ("day2", "mname2")  # (「May 10」 or 「10 May」)
    start = Mention(before.start(first), before.end(last), year, month, day, "date", None, None, end.explicit_year)
    start.english, start.range_start = True, True
    validate(start)
    return None if start.problem else start


def _en_us_day_range(match: re.Match, starts: list[Mention]) -> Mention | None:
    """「April 6 - 8, 2027」 (``EN_US_DAY_RANGE``): the range's last day, its first kept in ``starts`` as a range's start
    (both in the month and year written once); None when the days do not run forward."""
    month = MONTHS_EN.get(match["mname"].lower().rstrip("."))
    first, day, year = int(match["first"]), int(match["day"]), int(match["year"])
    if month is None or not 1 <= first < day:
        return None
    start = Mention(match.start(), match.end("first"), year, month, first, "date", None, None, True, english=True)
    end = Mention(match.start("day"), match.end(), year, month, day, "date", None, None, True, english=True)
    start.range_start = True
    validate(start)
    validate(end)
    if start.problem or end.problem:
        return None
    starts.append(start)
    return end


# 「From 3 December 2027 [令和9年12月3日(金)] to 31 January 2028」「by 5:00 PM, 20 December 2027 (Monday) [令和9年12月20日
# (月)午後5時]」「14 January 2028 (令和10年1月14日)」: the same day written again in brackets, in the other calendar or
# language (a translated notice's gloss), no date of its own: it is read as part of the date before it, so that a window's
# word after the bracket follows that date (the gloss's hour or weekday given to it where it has none)
GLOSS_OPEN = re.compile(r"\s{0,3}[\[(【〔]\s{0,2}")
GLOSS_CLOSE = re.compile(r"\s{0,2}[\])】〕]")


def _glosses_joined(line: str, mentions: list[Mention]) -> list[Mention]:
    kept = [mentions[0]]
    for mention in mentions[1:]:
        before = kept[-1]
        close = GLOSS_CLOSE.match(line, mention.end) if GLOSS_OPEN.fullmatch(line, before.end, mention.start) else None
        if (
            close is None
            or not before.day
            or (before.month, before.day) != (mention.month, mention.day)
            or None not in (before.year, mention.year)
            and before.year != mention.year
        ):
            kept.append(mention)
            continue
        if before.time is None and mention.time is not None:
            before.time, before.end_time, before.precision = mention.time, mention.end_time, mention.precision
        before.weekday = before.weekday or mention.weekday
        before.year = before.year if before.year is not None else mention.year
        before.explicit_year = before.explicit_year or mention.explicit_year
        before.range_start = before.range_start or mention.range_start
        before.end = close.end()
    return kept


def _read(match: re.Match) -> Mention | None:
    """The mention a match gives as its groups stand (``_mention``)."""
    return _mention(match, match.groupdict())


def find_mentions(line: str) -> list[Mention]:
    """Every date mention in a normalised line, in order; "A~B" / "AからB" marks A as a range start."""
    if (
        not HAS_DIGIT.search(line)
        and "同月" not in line
        and "同日" not in line  # 「同月中旬」「同日中」: no digit
        and not (HAS_WORD.search(line) and EN_PART_HINT.search(line))  # 「late June」
        and not _EN_MONTH_CELL_START.match(line)  # 「  Jun       Selection of Preferred Negotiator」
    ):
        return []
    mentions = []
    for match in DATE.finditer(line) if "月" in line else ():
        mention = _mention(match, match.groupdict())
        if mention is None:
            continue
        mentions.append(mention)
        _time_range_end(line, mention)
        tail = DAY_ONLY_TAIL.match(line, mention.end)
        if tail and mention.month:  # 4月1日~15日
            groups = {**tail.groupdict(), "era": None, "year": None}
            end = _mention(tail, groups, month=mention.month)
            if end:
                end.year, end.explicit_year = mention.year, mention.explicit_year
                end.same_year = mention.same_year
                validate(end)
                mention.range_start = True
                mentions.append(end)
                _time_range_end(line, end)
    others = []
    # (each of the dates below has a digit right before a 「/」「.」「-」: a line without one is not searched for them)
    separated = ("/" in line or "." in line or "-" in line) and _DIGIT_SEPARATOR.search(line) is not None
    if separated and "/" in line and len(line) <= FAX_STAMP_MAX and _FAXED.search(line) and FAX_STAMP.search(line):
        return []  # (a fax machine's stamp atop a page)
    if separated:
        if "/" in line and HAS_WORD.search(line) and EN_WEEKDAY_NAME.search(line):
            others.append((EN_WEEKDAY_SHORT_DATE, _weekday_short))  # (before ``MONTH_DAY``: 「Monday 7/6 17:00」 is 7 June)
        if ("/" in line or "." in line) and HAS_NUMERIC_YEAR.search(line):
            others.append((NUMERIC_DATE, _numeric))
        others += [(SLASH_DATE, _loose_weekday_read), (MONTH_DAY, _read)]
        if "/" in line and ("まで" in line or "迄" in line or "締" in line or "〆" in line or "必着" in line):
            others.append((MONTH_DAY_DUE, _read))
        if "日(" in line:
            others.append((GLOSSED_MONTH_DAY, _read))
        if "." in line:
            others.append((MONTH_DAY_DOT, _loose_weekday_read))
        if "(" in line and "/" in line:
            others.append((MONTH_DAY_EN, _month_day_en))
        others.append(
            (
                YEAR_MONTH,
                lambda m: _read(m)
                if (m["separator"] == "-" or m["period"] or m["end"] or _whole_cell(line, m))
                and not CODE_BEFORE.search(line, max(0, m.start() - 8), m.start())
                else None,
            )
        )
        if "/" in line:  # 「late 03/2027」「| 05/2027 |」
            others.append((MONTH_YEAR, lambda m: _month_year(line, m)))
        if "旬" in line:
            others.append((MONTH_PART, _read))
        if "旬" in line or "末" in line:
            others.append((ERA_MONTH_PART, _read))
        if "R" in line or "H" in line or "令" in line or "平" in line:
            others.append((ERA_MONTH_ALONE, lambda m: _read(m) if _era_month_keyed(line, m) else None))
    if eight_digits(line):
        others.append((COMPACT_DATE, _read))
    short = []  # 「8.5.22（金）」: kept below only when confirmed
    if separated and "." in line:
        others.append((SHORT_ERA_DATE, lambda m: _short_era(m, short)))
    us_starts: list[Mention] = []  # (the first days of 「April 6 - 8, 2027」)
    if HAS_WORD.search(line) and _EN_MONTH_HEAD.search(line):  # (each English date has its month's name)
        if "-" in line or "–" in line or "~" in line or " t" in line:  # (a range's dash or word: 「to」「through」)
            others.append((EN_US_DAY_RANGE, lambda m: _en_us_day_range(m, us_starts)))
        others += [(ENGLISH_DATE, _english), (ENGLISH_PERIOD, _english_period)]
    if "同日" in line or "その翌日" in line or "当日" in line:
        others.append((SAME_DAY, _same_day))
    if "same day" in line or "same Day" in line or "Same Day" in line or "same date" in line:
        others.append((EN_SAME_DAY, _en_same_day))
    if not mentions and not others:
        return mentions  # (a number that is no date: most lines with a digit)
    if others:
        taken = bytearray(len(line) + 1)  # characters already read as part of a date
        windows = "~" in line or "から" in line  # (「2027/8/16~8/20」: a slashed date's short end, ``_slash_end``)
        has_word = HAS_WORD.search(line) is not None  # (an English word anywhere: searched once, not at each date)
        for mention in mentions:
            taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        for pattern, build in others:
            for match in pattern.finditer(line):
                if any(taken[match.start() : match.end()]):
                    continue
                mention = build(match)
                if mention:
                    mentions.append(mention)
                    if pattern is SLASH_DATE and match["year"] and has_word:
                        _en_time_after_year_first(line, match.end("day"), mention)  # (「2027-07-09, 5:00 p.m.」)
                    if (
                        pattern is SLASH_DATE
                        and mention.time is None
                        and match["year"]
                        and has_word
                        and (
                            any(c in line[max(0, match.start() - 40) : match.start()] for c in ":mMn")
                            or "at" in line[match.end() : match.end() + 8]
                        )
                    ):
                        _time_before_year_first(line, mention)  # (「17:00 (JST), 2027-07-14 (Wed)」)
                    if not mention.english or (
                        mention.time is not None and EN_WINDOW_END_BEFORE.search(line, max(0, mention.start - 12), mention.start)
                    ):  # 「8/20(金) 9:00~17:00」 as 「8月20日(金) 9:00~17:00」; 「October 5 to October 9, 2026, 9:00-17:00」
                        _time_range_end(line, mention)
                    elif mention.time is not None:
                        if _has_m(line):
                            _afternoon_shared(line, mention)
                        _en_day_hours(line, mention)
                    taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
                    if pattern is EN_US_DAY_RANGE:  # (its first day, 「April 6」, is no date of its own)
                        taken[match.start() : mention.start] = b"\x01" * (mention.start - match.start())
                        mentions.append(us_starts[-1])
                    end = _slash_end(line, mention) if windows and pattern in (SLASH_DATE, MONTH_DAY) else None
                    if end is not None and not any(taken[end.start : end.end]):
                        mentions.append(end)
                        taken[end.start : end.end] = b"\x01" * (end.end - end.start)
    if others:  # (each English date comes from ``others``: its characters are marked in ``taken``)
        # 「16–17 February 2026」: the range's first day, unless it lies inside a date read already
        starts = [
            start
            for m in mentions
            if m.english and m.day and (start := _en_day_only_start(line, m) or _en_month_day_start(line, m))
        ]
        mentions += [start for start in starts if not taken[start.start]]
    if short:
        unconfirmed = {id(m) for m in short}
        confirmed = {m.year for m in mentions if m.explicit_year and m.year and id(m) not in unconfirmed}
        mentions = [
            m
            for m in mentions
            if id(m) not in unconfirmed
            or (_weekday_fits(m.year, m) if m.weekday else bool({m.year - 1, m.year, m.year + 1} & confirmed))
        ]
    mentions.sort(key=lambda m: m.start)
    if ")" in line:
        for mention in mentions:
            _bracket_time(line, mention)
            if mention.time is None and mention.day and "(" in line[mention.end : mention.end + 16]:
                _en_bracket_time(line, mention)  # 「28.01.2027 (17:00 JST)」
    if len(mentions) > 1 and ("]" in line or ")" in line or "】" in line or "〕" in line):
        mentions = _glosses_joined(line, mentions)
    for first, second in zip(mentions, mentions[1:]):
        if RANGE_BETWEEN.match(line[first.end : second.start]) is not None:
            first.range_start = True
        elif (
            (between := EN_RANGE_BETWEEN.match(line[first.end : second.start]) or _en_range_told(line, first, second))
            and (
                second.explicit_year
                and (  # (「Submission period: 2027-09-06 to 2027-09-20」: a year-first date's window in English words too)
                    not first.explicit_year
                    or EN_START_ALONE_BEFORE.search(line, max(0, (opens := _en_weekday_opens(line, first)) - 80), opens)
                    or EN_FROM_BEFORE.search(line[max(0, opens - 12) : opens])
                )
                # (「from June 21 (Mon.) through June 25 (Fri.)」: both year-less, the window its 「from」 opens; 「Interviews:
                # Friday 28 May to Sunday 30 May」: both year-less English days, the start opening its cell or after its key)
                # (「June 1, 2026 (Mon) to June 10 (Wed)」: an English window whose end leaves out the year its start gives)
                or (first.english and second.english and first.explicit_year and not second.explicit_year)
                or (
                    second.english
                    and not first.explicit_year
                    and (
                        EN_FROM_BEFORE.search(line[max(0, first.start - 12) : first.start])
                        or (
                            first.english
                            and not second.explicit_year
                            and EN_START_ALONE_BEFORE.search(line, max(0, first.start - 80), first.start)
                        )
                    )
                )
            )
            and not EN_CHANGED_FROM.search(line, max(0, first.start - 40), first.start)
        ):
            first.range_start = True  # (「From Jun. 1, 2027 (Tue.) until Jul. 30, 2027」「from 2027.03.15 until 2027.04.02」: a window its 「from」 opens)
            if between.re is EN_RANGE_BETWEEN_TOLD and second.time is None and (clock := _en_clock(between.groupdict())):
                second.time, second.precision = clock, "datetime"  # (「to 10:00 a.m., 18/05/2027」: the end's hour)
        elif (
            (second.explicit_year or (first.english and second.english and not first.explicit_year))  # (「between Friday 28
            and EN_AND_BETWEEN.match(line[first.end : second.start])  # May and Sunday 30 May」: both year-less too)
            and EN_BETWEEN_BEFORE.search(line[max(0, first.start - 12) : first.start])
        ):
            first.range_start = True
        if second.same_day and first.month and first.day:
            second.day, second.same_day = first.day, False
            if second.same_time and first.time is not None:
                second.time, second.precision, second.same_time = first.time, "datetime", False
        if second.same_month and first.month:
            second.month, second.same_month = first.month, False
            second.year = second.year or first.year
            second.explicit_year = second.explicit_year or first.explicit_year
            validate(second)
        if second.next_month and first.month:
            month_after(second, first.month, first.year, first.explicit_year)
        if second.same_year and second.year is None and first.year is not None:
            second.year, second.explicit_year = first.year, first.explicit_year
            validate(second)
    return mentions


def _en_range_told(line: str, first: Mention, second: Mention) -> re.Match | None:
    """The words between an English window's start and its end that tell the end's hour or weekday too
    (``EN_RANGE_BETWEEN_TOLD``), when the end is an English or a slashed date; else None."""
    gap = line[first.end : second.start]
    if len(gap) > 72 or not (first.english or second.english or first.explicit_year):
        return None
    return EN_RANGE_BETWEEN_TOLD.match(gap)


def _en_weekday_opens(line: str, mention: Mention) -> int:
    """Where a date starts with the English weekday written before it (「Thu 23/09/2027」), else its own start."""
    before = WEEKDAY_BEFORE.search(line, max(0, mention.start - 14), mention.start)
    return before.start() if before else mention.start


# 「→ 6/5（月）簡易書留で発送」「→ 5/23（火）提出済」: after an arrow, what the team did on a day, no new date of the step
DONE_WORDS = ("済", "発送", "到着", "投函", "完了")
DONE_REACH = 24
# (the team's note is the words right after the day, up to a bracket or a mark that opens the notice's own note on the
# step: 「→ 5/27(水)午後5時(郵送の場合は到着日時)」「… ※発送は書留郵便に限る」)
DONE_CLAUSE_END = re.compile(r"[。(（※\[【]")


# 「7月28日(金)までにホームページで公表 ⇒ 8月9日(水)までにホームページで公表」: the old value's words after its date,
# then the arrow, the new value giving the same words after its own date (the whole cell restated each side)
SAME_WORDS_ARROW = re.compile(r"^(?P<words>[^→⇒➡⇨➔\s。]{1,40}?)\s{0,8}" + ARROW + r"\s{0,8}$")
_SPACES = re.compile(r"\s*")  # (what ``str.lstrip`` takes, read in place: no copy of a long line's rest per date)


def _same_words_arrow(line: str, gap: str, new: Mention) -> bool:
    """``gap`` is words and an arrow, and the new date is followed by the same words: one cell's old and new value."""
    repeated = SAME_WORDS_ARROW.match(gap) if len(gap) <= 60 else None
    return bool(repeated) and line.startswith(repeated["words"], _SPACES.match(line, new.end).end())


def changes(line: str) -> list[tuple[int, Mention, Mention]]:
    """Each change of a date on a line 「9月18日(金)17時 → 10月2日(金)17時」: where the old date (or window) starts,
    the old date, the new one."""
    mentions = find_mentions(line)
    found = []
    for index, (old, new) in enumerate(zip(mentions, mentions[1:])):
        gap = line[old.end : new.start]
        if (
            CHANGED_ARROW.match(gap) is None
            and not (len(line) <= CHANGED_FROM_LINE and CHANGED_FROM_ARROW.match(gap))
            and not _same_words_arrow(line, gap, new)
        ):
            continue
        after = DONE_CLAUSE_END.split(line[new.end : new.end + DONE_REACH], 1)[0]
        if any(word in after for word in DONE_WORDS):
            continue  # 「期限：6/7（水）17:00 必着 → 6/5（月）簡易書留で発送」: the day the team did its part, noted
        start = old.start
        if new.range_start and index and mentions[index - 1].range_start:  # a window moved whole: its old start too
            start = mentions[index - 1].start
        found.append((start, old, new))
    return found


# 「（変更前）9月下旬 → （変更後）10月上旬」: the mark of the old date goes with it (left, it would mark the new one)
# (「当初：6月8日 → 変更後：6月22日」「当初予定 7月下旬 → 8月下旬」「従前の期限：…」: the plan as it stood, marked so)
OLD_MARK = re.compile(
    rf"[(【\[<〈《〔]?(?:{BEFORE_CHANGE}|誤|旧|(?:当初|従前)(?:の?(?:予定|日程|期限|期日))?)[)】\]>〉》〕]?\s{{0,4}}:?\s{{0,4}}$"
)


def _marked_old(line: str, start: int) -> int:
    mark = OLD_MARK.search(line, max(0, start - 12), start)
    return mark.start() if mark else start


# 「8月27日 午後3時→午後5時」「8月27日 15:00 → 17:00」「8月27日 午後5時→正午」: only the hour of the day changed, the old
# hour before the arrow
CHANGED_HOUR = re.compile(rf"(?<![\d:]){CLOCK_UNNAMED}\s{{0,4}}{ARROW}\s{{0,4}}(?={CLOCK_UNNAMED})")


def _changed_said(line: str, old: Mention, end: int, whole: bool) -> str:
    """What stands for an old date cut out before ``end``: a space, or where 「同日」 starts the new date there (``whole``:
    the line as it was is still there to read), the old day it names."""
    if whole and line.startswith("同日", end) and old.day and old.month:  # 「10月2日(金)正午 → 同日午後5時」: the new hour
        # on the old day, which 「同日」 names (cut with the old date, it would name the date before)
        return " " + (f"{old.year}年" if old.explicit_year and old.year else "") + f"{old.month}月{old.day}日"
    return " "


def changed_dates_removed(line: str) -> str:
    """The line without the dates it says were changed (「9月18日(金)17時 → 10月2日(金)17時」: the first), nor
    the arrows: a window keeps its start when only its end moved (「7月22日～7月26日 → 8月2日」); an hour changed
    alone on its day (「午後3時→午後5時」) keeps its new hour."""
    cuts = [(_marked_old(line, start), old, new.start) for start, old, new in changes(line)]
    if all(end <= after for (_, _, end), (after, _, _) in zip(cuts, cuts[1:])):
        # (cuts apart from each other, in order: the line's pieces between them joined once, not the whole line built
        # again for each cut, which took time growing with the square of a long line of changes)
        pieces, at = [], 0
        for number, (start, old, end) in enumerate(cuts):
            after = cuts[number + 1][0] if number + 1 < len(cuts) else len(line)
            said = _changed_said(line, old, end, end + 2 <= after)
            pieces += (line[at:start], said)
            at = end + 2 if said != " " else end
        line = "".join((*pieces, line[at:]))
    else:
        for start, old, end in reversed(cuts):
            said = _changed_said(line, old, end, True)
            line = line[:start] + said + line[end + 2 if said != " " else end :]
    if "時" in line or ":" in line:
        line = CHANGED_HOUR.sub(" ", line)
    return line


def in_fiscal_year(day: dt.date, fiscal_year: int) -> bool:
    """年度 N runs from 1 April of N to 31 March of N+1."""
    return dt.date(fiscal_year, 4, 1) <= day <= dt.date(fiscal_year + 1, 3, 31)


def candidate_years(mention: Mention, reference: dt.date | None, fiscal_year: int | None) -> list[int]:
    """The years a year-less mention may be in, most likely first.

    In a notice of 令和8年度 (2026年度) whose dates so far lie in that fiscal year, 「2月下旬」 is in the fiscal
    year (February 2027), not the nearest February; otherwise the month nearest the reference comes first.
    """
    years = []
    if reference is not None:
        near = [reference.year - 1, reference.year, reference.year + 1]
        years += sorted(near, key=lambda y: abs((dt.date(y, mention.month, 1) - reference.replace(day=1)).days))
    if fiscal_year is not None:
        in_fiscal = reference is None or in_fiscal_year(reference, fiscal_year)
        years.insert(0 if in_fiscal else 1, fiscal_year if mention.month >= 4 else fiscal_year + 1)
    return list(dict.fromkeys(years))


def resolve_year(mention: Mention, reference: dt.date | None, fiscal_year: int | None, previous: dt.date | None = None) -> None:
    """Give a year to "5月下旬": a written weekday's year, else the nearest reference's, else the fiscal year's.

    ``previous`` is the date of the step before it in the schedule: a schedule runs forward, so a year-less
    date that would fall 7–12 months before it (「12月18日」 then 「1月中旬」, 「2月下旬」 after a January already in
    the next year, or 「12月」 after a September step of a call published in May) is read in the next year.
    「同月二十日」 on a line of its own is in the month (and year) of the step before it, and the end of
    「12月21日～1月8日」 is in the year after the window's start.
    """
    if mention.same_day and previous is not None:
        mention.day, mention.same_day = previous.day, False
    if mention.same_month and not mention.month and previous is not None:
        mention.month, mention.same_month = previous.month, False
        mention.year = mention.year or previous.year
        validate(mention)
    if mention.next_month and previous is not None:
        month_after(mention, previous.month, previous.year, False)
    if mention.year is None and mention.window_from > mention.month > 0:  # the window turned the year
        start = Mention(mention.start, mention.end, None, mention.window_from, None, "month", None, None, False)
        resolve_year(start, reference, fiscal_year, previous)
        if start.year is not None:
            mention.year = start.year + 1
            validate(mention)
    if mention.year is None and mention.month:
        years = candidate_years(mention, reference, fiscal_year)
        if mention.weekday_to_check:
            fitting = [y for y in years if _weekday_fits(y, mention)]
            if not fitting and reference is None:  # 令和9年度's call 「2月1日(月)」: the February before the year, too
                fitting = [y for y in dict.fromkeys(y + step for y in years for step in (-1, 1)) if _weekday_fits(y, mention)]
            if fitting:
                years = fitting
        if years and previous is not None and _turned_the_year(mention, years[0], previous):
            years.insert(0, years[0] + 1)
        elif years and previous is not None and _year_ahead(mention, years[0], previous):
            years.insert(0, years[0] - 1)
        if years:
            mention.year = years[0]
            validate(mention)
    if mention.year is not None and mention.day == -1:
        mention.day = calendar.monthrange(mention.year, mention.month)[1]
    if mention.days_after and mention.year is not None and mention.day and mention.day > 0 and not mention.problem:
        later = dt.date(mention.year, mention.month, mention.day) + dt.timedelta(days=mention.days_after)
        mention.year, mention.month, mention.day, mention.days_after = later.year, later.month, later.day, 0


def month_after(mention: Mention, month: int, year: int | None, explicit: bool) -> None:
    """「翌月12日」: the month after ``month`` (of ``year``, the next year's January after a December)."""
    mention.month, mention.next_month = month % 12 + 1, False
    if mention.year is None and year is not None:
        mention.year, mention.explicit_year = year + (month == 12), explicit
    validate(mention)


def _turned_the_year(mention: Mention, year: int, previous: dt.date) -> bool:
    months_before = (previous.year - year) * 12 + previous.month - mention.month
    if not 7 <= months_before <= 12:
        return False
    return not mention.weekday_to_check or _weekday_fits(year + 1, mention)


def _year_ahead(mention: Mention, year: int, previous: dt.date) -> bool:
    """「10/1(火)17:00必着」 then 「10月中旬」 in a report whose latest written date is a contract's end 2026年3月31日:
    read in the year nearest that end, the step would come a year after the step before it; the schedule runs on in
    the step's year (a step with a weekday keeps the year the weekday tells)."""
    months_after = (year - previous.year) * 12 + mention.month - previous.month
    return 12 <= months_after <= 17 and not mention.weekday_to_check


def weekdays_year(mentions: list[Mention], around: int) -> int | None:
    """The one year within three of ``around`` whose calendar every year-less day with a weekday fits (「9/2(月)」
    「9/6(金)」「9/10(火)」 of a report that writes only 2024年 of its week and a contract's end 2026年3月31日), when
    there are ``WEEKDAYS_AGREE`` of them at least; else None (one or two weekdays may be a typo)."""
    days = [m for m in mentions if m.year is None and m.weekday_to_check]
    if len(days) < WEEKDAYS_AGREE:
        return None
    years = [y for y in range(around - 3, around + 4) if all(_weekday_fits(y, m) for m in days)]
    return years[0] if len(years) == 1 else None


WEEKDAYS_AGREE = 3


def fits_near(mention: Mention, reference: dt.date) -> bool:
    """Whether the weekday written with year-less ``mention`` (「7月13日(月)」) is its weekday in the year nearest
    ``reference``."""
    years = candidate_years(mention, reference, None)
    return mention.weekday_to_check and bool(years) and _weekday_fits(years[0], mention)


def _weekday_fits(year: int, mention: Mention) -> bool:
    return _day_fits(year, mention.month, mention.day, mention.weekday)


def _day_fits(year: int, month: int, day: int, weekday: str | None) -> bool:
    """Whether ``weekday`` (「金」) is the weekday of the day in ``year``."""
    try:
        return WEEKDAYS[dt.date(year, month, day).weekday()] == weekday
    except ValueError:
        return False


def weekday_mismatch(mention: Mention) -> bool:
    day = mention.date()
    return bool(mention.weekday and day and day.day == (mention.day or 0) and WEEKDAYS[day.weekday()] != mention.weekday)
