"""Date mentions as notices (and people) write them: eras, windows, time ranges, English dates."""

import datetime as dt

import pytest

from tenders.extractor import extract
from tenders.extractor.dates import find_mentions
from tenders.extractor.normalize import normalize_line


def one(text):
    mentions = find_mentions(normalize_line(text))
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    "text,reason",
    [
        ("令和0年5月1日", "令和0年という年はありません"),
        ("令和元年4月30日", "令和が始まる前の日付です（令和は2019年5月1日から）"),
        ("令和元年4月", "令和が始まる前"),
        ("令和9999年1月1日", "扱える範囲（2000年〜2100年）の外です"),
        ("明治1年10月1日", "明治元年（1868年）は扱える範囲"),
        ("2026年2月30日", "2026年2月30日という日はありません"),
    ],
)
def test_dates_that_cannot_be_say_why(text, reason):
    mention = one(text)
    assert mention.problem and reason in mention.problem
    assert mention.date() is None


@pytest.mark.parametrize(
    "text,year,month,note",
    [
        ("平成31年5月", 2019, 5, "平成31年5月は令和元年（2019年）5月として読みました"),
        ("平成31年5月10日", 2019, 5, "令和元年（2019年）5月"),
        ("平成32年1月10日", 2020, 1, "平成32年は令和2年（2020年）として読みました"),
    ],
)
def test_heisei_years_past_the_era_are_read_as_the_year_they_mean(text, year, month, note):
    mention = one(text)
    assert (mention.year, mention.month, mention.problem) == (year, month, None)
    assert note in mention.era_note


@pytest.mark.parametrize("text", ["令和元年5月1日", "平成31年4月30日", "令和8年4月15日（水）", "2026/4/15"])
def test_ordinary_dates_have_no_problem_and_no_note(text):
    mention = one(text)
    assert mention.problem is None and mention.era_note is None and mention.date() is not None


def test_invalid_dates_stay_out_of_the_milestones_and_era_notes_are_shown():
    result = extract("質問受付期限 令和0年5月1日\n参加申込期限 令和元年4月30日\n提案書の提出期限 平成32年1月10日（金）\n")
    assert [(m.kind, m.date) for m in result.proposal.milestones] == [("submission", dt.date(2020, 1, 10))]
    assert any("平成32年は令和2年（2020年）として読みました" in w for w in result.warnings)
    assert any("質問受付期限" in w and "令和0年という年はありません" in w for w in result.warnings)
    assert any("参加申込期限" in w and "令和が始まる前" in w for w in result.warnings)


def test_a_window_and_a_time_range():
    start, end = find_mentions(normalize_line("令和8年4月1日（水）から4月15日（水）午後5時まで"))
    assert start.range_start and not end.range_start
    assert (end.month, end.day, end.time) == (4, 15, dt.time(17, 0))
    event = one("令和8年6月8日（月）午後2時から午後3時30分まで")
    assert (event.time, event.end_time) == (dt.time(14, 0), dt.time(15, 30))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("5:00 p.m., 5 August, 2025", (2025, 8, 5, dt.time(17, 0))),
        ("August 19, 2025", (2025, 8, 19, None)),
        ("12:00 noon, 3 March 2026", (2026, 3, 3, dt.time(12, 0))),
    ],
)
def test_english_dates(text, expected):
    mention = one(text)
    assert (mention.year, mention.month, mention.day, mention.time) == expected


def test_same_year_and_same_month():
    first, second, third = find_mentions(normalize_line("令和8年4月1日、同年5月10日、同月20日"))
    assert (second.year, second.month, second.day) == (2026, 5, 10)
    assert (third.year, third.month, third.day) == (2026, 5, 20)


def test_a_weekday_tells_the_year_of_a_date_written_without_one():
    result = extract("公開日 2024年12月20日\n質疑の回答\n1月15日（水曜日）に掲載します。\n")
    assert [m.date for m in result.proposal.milestones] == [dt.date(2025, 1, 15)]  # 2025-01-15 is a Wednesday


def test_a_months_first_days_said_as_hajime_but_not_hajimete():
    # 「6月初め」 is the month's first days; 「4月初めての…」 is April and a first-time something, not early April
    assert one("令和8年6月初め").precision == "early_month"
    assert one("令和8年4月初めての利用者").precision == "month"
