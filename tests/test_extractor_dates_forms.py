"""How dates are written: kanji numerals (告示 style), short forms (R8.5.15, 2026-06-12, 6/19(金)), fiscal years."""

import datetime as dt

import pytest

from tenders.extractor.dates import find_mentions, resolve_year
from tenders.extractor.kanji import kanji_dates
from tenders.extractor.normalize import normalize_line


def read(text):
    return [
        (m.year, m.month, m.day, m.precision, m.time.strftime("%H:%M") if m.time else None)
        for m in find_mentions(normalize_line(text))
    ]


# --- 1. kanji numerals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("令和八年五月十五日（金）午後五時まで", [(2026, 5, 15, "datetime", "17:00")]),
        ("令和元年十二月二十五日", [(2019, 12, 25, "date", None)]),
        ("平成三十一年四月二十二日（月）", [(2019, 4, 22, "date", None)]),
        ("令和八年六月一日（月）午前十時三十分", [(2026, 6, 1, "datetime", "10:30")]),
        ("十月上旬", [(None, 10, None, "early_month", None)]),
        ("十二月末", [(None, 12, -1, "date", None)]),
        ("二〇二六年六月五日", [(2026, 6, 5, "date", None)]),
        ("令和八年五月一日（金）から同月二十日（水）まで", [(2026, 5, 1, "date", None), (2026, 5, 20, "date", None)]),
        ("令和八年六月一日から十五日まで", [(2026, 6, 1, "date", None), (2026, 6, 15, "date", None)]),
    ],
)
def test_kanji_numerals_of_dates_and_times_are_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "一般競争入札",
        "第一号様式",
        "十分な体制",
        "十分に確認する",
        "一月以内に",
        "二三日中に",
        "五時間程度",
        "三日以内",
        "毎月十日までに報告",
        "第三十条",
        "一日も早く",
        "四半期",
        "十日間",
    ],
)
def test_kanji_numbers_in_prose_stay(text):
    assert kanji_dates(text) == text


def test_minutes_only_after_an_hour():
    assert kanji_dates("午後五時十分まで。体制は十分である。") == "午後5時10分まで。体制は十分である。"
    assert kanji_dates("令和八年度") == "令和8年度"


def test_a_bullet_circle_is_not_a_zero():
    assert normalize_line("〇十月上旬 審査") == "〇10月上旬 審査"


# --- 2. short forms ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("R8.5.15(金)", [(2026, 5, 15, "date", None)]),
        ("R8.5.15（金曜日）17:00", [(2026, 5, 15, "datetime", "17:00")]),
        ("令和8.6.1", [(2026, 6, 1, "date", None)]),
        ("2026.6.5", [(2026, 6, 5, "date", None)]),
        ("2026-06-12", [(2026, 6, 12, "date", None)]),
        ("2026-06-12 10:00", [(2026, 6, 12, "datetime", "10:00")]),
        ("2026/6/19", [(2026, 6, 19, "date", None)]),
        ("6/19(金)", [(None, 6, 19, "date", None)]),
        ("6/19（金）17:00", [(None, 6, 19, "datetime", "17:00")]),
        # a 令和 year of two digits with dots, confirmed by its weekday or by a 令和 date beside it
        ("提出期限 8.5.22（金）17:00まで", [(2026, 5, 22, "datetime", "17:00")]),
        ("令和8年5月1日～8.5.22", [(2026, 5, 1, "date", None), (2026, 5, 22, "date", None)]),
    ],
)
def test_short_date_forms_are_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "8.5.2 に定める基準",
        "要領 8.5.22 参照",
        "Ver.8.5.22(金)",
        "v8.5.22（金）",
        "8.5.22（土）",  # 22 May 2026 is a Friday
        "電話 000-2026-06-12",
        "https://example.jp/2026-06-12/",
        "1.2.3(月)",
        "6/19",
        "3/4の賛成",
    ],
)
def test_numbers_with_dots_and_dashes_that_are_not_dates(text):
    assert read(text) == []


# --- 3. fiscal years and schedules that turn the year ----------------------------------------------


def resolved(text, reference=None, fiscal_year=None, previous=None):
    mention = find_mentions(normalize_line(text))[0]
    resolve_year(mention, reference, fiscal_year, previous)
    return mention.date()


@pytest.mark.parametrize(
    "text,reference,expected",
    [
        ("2月下旬", dt.date(2026, 6, 1), dt.date(2027, 2, 1)),  # 令和8年度: January–March are in 2027
        ("3月10日", dt.date(2026, 6, 1), dt.date(2027, 3, 10)),
        ("5月下旬", dt.date(2026, 6, 1), dt.date(2026, 5, 1)),
        ("2月下旬", None, dt.date(2027, 2, 1)),  # the year only in the 年度 title
        ("3月10日", dt.date(2026, 2, 1), dt.date(2026, 3, 10)),  # published before the fiscal year began: the nearest March
    ],
)
def test_a_fiscal_year_puts_january_to_march_in_the_next_calendar_year(text, reference, expected):
    assert resolved(text, reference, 2026) == expected


def test_without_a_fiscal_year_the_nearest_month_counts():
    assert resolved("2月下旬", dt.date(2026, 6, 1)) == dt.date(2026, 2, 1)
    assert resolved("2月下旬", dt.date(2026, 6, 1), 2024) == dt.date(2026, 2, 1)  # a 年度 the schedule is not in


@pytest.mark.parametrize(
    "text,previous,expected",
    [
        ("1月中旬", dt.date(2026, 12, 18), dt.date(2027, 1, 1)),  # after a December date
        ("2月下旬", dt.date(2027, 1, 1), dt.date(2027, 2, 1)),  # after a January already in the next year
        ("3月上旬", dt.date(2026, 10, 20), dt.date(2027, 3, 1)),
        ("7月31日", dt.date(2026, 12, 18), dt.date(2026, 7, 31)),  # a schedule given twice: not rolled
        ("2月3日(火)", dt.date(2026, 12, 18), dt.date(2026, 2, 3)),  # 3 Feb 2026 is a Tuesday, 3 Feb 2027 is not
    ],
)
def test_a_date_after_the_year_end_of_its_schedule_is_in_the_next_year(text, previous, expected):
    assert resolved(text, dt.date(2026, 6, 1), None, previous) == expected


def test_same_month_on_its_own_line_takes_the_month_of_the_step_before():
    assert resolved("同月二十日（水）", None, None, dt.date(2026, 5, 12)) == dt.date(2026, 5, 20)


def test_many_short_dates_on_one_line_are_read_in_linear_time():
    # each confirmed on its own (once, not against every other one): 20 000 in one line
    assert len(find_mentions("8.5.22(金) " * 20_000)) == 20_000
    assert find_mentions("8.5.2 " * 20_000) == []


def test_a_window_across_the_year_end_without_years_ends_in_the_next_year():
    from tenders.extractor import extract

    milestones = extract("公告日 令和8年7月1日（水）\n質問受付期間 12月21日～1月8日\n").proposal.milestones
    assert [(m.kind, m.date.isoformat()) for m in milestones] == [("published", "2026-07-01"), ("question", "2027-01-08")]


def test_a_typed_date_in_kanji_numerals_is_read():
    from tenders.extractor.typed import read_due

    assert read_due("令和九年一月二十日（水）午後四時").text() == "2027-01-20 16:00"
