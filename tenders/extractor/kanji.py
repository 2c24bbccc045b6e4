"""Kanji numerals of dates and times (告示 style) as digits: 「令和八年五月十五日（金）午後五時」 → 「令和8年5月15日（金）午後5時」.

Only a number that is part of a date or a time is converted, never one in prose
(「一般競争入札」「第一号」「十分な」「一月以内」 stay as written):

- a year after an era (令和八年, 平成三十一年) or written digit by digit (二〇二六年);
- a month after a year (…年十二月) or before its day or part (十月上旬, 五月十五日, 十二月末);
- a day after a month (五月十五日, 同月二十日, 翌月十日);
- an hour after 午前 / 午後 or right after a date (…日（金）十時);
- minutes only right after an hour (午前十時三十分; 「十分な」 is left alone);
- the hour 零 (〇) of midnight or noon (午前零時 → 午前0時, 午後〇時 → 午後0時).

One line in, one line out; a single left-to-right pass with bounded patterns.
"""

from __future__ import annotations

import re

from tenders.extractor.firsts import first_characters_guarded

CONTEXT = 24  # characters looked at before a number
DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# (a leading 〇 only right after a unit, 「午前一〇時〇五分」「令和九年〇九月」: 「〇十月上旬」 at a line's start is a bullet;
# 「午前零時」「午後〇時」: the hour zero, 零 or 〇 alone before its 時)
NUMBER = first_characters_guarded(
    re.compile(
        r"(?:[一二三四五六七八九十]|(?<=[年月時])〇)(?:[〇一二三四五六七八九十]| (?=[〇一二三四五六七八九十])){0,4}"
        r"(?=\s{0,2}[年月日時分])|[零〇](?=\s{0,2}時)"
    )
)
HAS_NUMERAL = re.compile(r"[一二三四五六七八九十]|[零〇]\s{0,2}時")
ERA_NAMES = ("令和", "平成", "昭和", "大正", "明治")
YEAR_BEFORE = re.compile(r"(?:\d\s{0,2}(?:\(\s{0,2}\d{4}\s{0,2}\)\s{0,2})?年|同年|元年)\s{0,2}$")
MONTH_BEFORE = re.compile(r"(?:\d\s{0,2}|同|翌)月\s{0,2}$")
DAY_AFTER_MONTH = re.compile(r"月\s{0,2}(?:[〇一二三四五六七八九十\d]{1,3}\s{0,2}日|上旬|中旬|下旬|初旬|末)")
HOUR_BEFORE = re.compile(r"(?:午\s{0,2}[前後]|\d\s{0,2}日\s{0,2}(?:\([月火水木金土日](?:曜日?)?\))?|同日|当日)\s{0,2}$")
MINUTE_BEFORE = re.compile(r"\d時\s{0,2}$")
LARGEST = {"月": 12, "日": 31, "時": 24, "分": 59}
# 「一時中止」「一時停止」「一時的に」「一時保管」: 一時 the word for a while (or at once), no hour of a window
TEMPORARY_AFTER = re.compile(r"時\s{0,2}(?:中止|中断|停止|休止|休業|閉鎖|的|保管|預か|見合わせ|払い|金|期)")
WINDOW_BEFORE = re.compile(r"\d[日時]\s{0,2}(?:\([月火水木金土日](?:曜日?)?\))?\s{0,2}(?:~|から|より)\s{0,2}$")


def value(numeral: str) -> int | None:
    """二十五 → 25, 十 → 10, 三十一 → 31, 二〇二六 → 2026, and digit by digit 一〇 → 10, 二九 → 29;
    None for what is not a number (十十, 二十三十, 一二三).

    A two-digit numeral written digit by digit (「令和九年一〇月二九日」「午後五時一五分」) is read like any
    other: only its place decides, so 「二三日中に」 in prose (a few days) stays as written."""
    if "十" not in numeral:
        if len(numeral) > 2 and len(numeral) != 4:
            return None
        return int("".join(str(DIGITS[c]) for c in numeral))
    tens, _, units = numeral.partition("十")
    if len(tens) > 1 or len(units) > 1 or "〇" in numeral or "十" in units or tens == "一":
        return None
    return (DIGITS[tens] if tens else 1) * 10 + (DIGITS[units] if units else 0)


def _converts(before: str, numeral: str, unit: str, after: str) -> bool:
    last = before.rstrip(" \t")[-2:]  # a cheap look at the last characters before any pattern is tried
    window = last.endswith(("~", "から", "より")) and bool(WINDOW_BEFORE.search(before))
    if unit == "年":
        return last in ERA_NAMES or (len(numeral) == 4 and "十" not in numeral)
    if unit == "月":
        return (last[-1:] == "年" and bool(YEAR_BEFORE.search(before))) or bool(DAY_AFTER_MONTH.match(after))
    if unit == "日":
        return (last[-1:] == "月" and bool(MONTH_BEFORE.search(before))) or window
    if unit == "時":
        if numeral == "一" and TEMPORARY_AFTER.match(after):
            return False  # 「4月20日から 一時中止していた」: 一時, for a while, no hour
        return (last[-1:] in ("前", "後", "日", ")") and bool(HOUR_BEFORE.search(before))) or window
    return last[-1:] == "時" and bool(MINUTE_BEFORE.search(before))  # 分: only right after an hour


def kanji_dates(line: str) -> str:
    if not HAS_NUMERAL.search(line):
        return line
    out, at, tail = [], 0, ""  # tail: the last characters written, digits already converted
    for match in NUMBER.finditer(line):
        numeral, start = match.group(), match.start()
        if " " in numeral:
            # 「令和十 三年」「二十 一日」: a counted numeral cut by a line break that became a space (a PDF text layer
            # read as one line) is read whole; any other spaced run only from its last part (「その一 五月」)
            whole = numeral.replace(" ", "")
            if "十" in whole and numeral.count(" ") <= 1 and value(whole) is not None:
                numeral = whole
            else:
                start += numeral.rindex(" ") + 1
                numeral = numeral[numeral.rindex(" ") + 1 :]
        unit_at = match.end()
        while line[unit_at] in " \t":
            unit_at += 1
        unit = line[unit_at]
        gap = line[max(at, start - CONTEXT) : start]
        before = (tail + gap)[-CONTEXT:] if len(gap) < CONTEXT else gap
        number = value(numeral)
        if number is None or not _converts(before, numeral, unit, line[unit_at : unit_at + 8]):
            continue
        if number > LARGEST.get(unit, 9999) or (unit in "月日" and number < 1):
            continue
        out += [line[at:start], str(number)]
        tail = (before + str(number))[-CONTEXT:]
        at = match.end()
    out.append(line[at:])
    return "".join(out)
