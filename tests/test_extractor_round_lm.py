"""A bid team's pastes (round lm): a calendar's month view copied as text, each day's number alone in its cell and
the day's events after it, read as the days they fall on; each test a few lines written for its class."""

import datetime as dt

from tests.extractor_found import found, one_line


def _month_view(first: dt.date, weeks: int, events: dict[dt.date, list[str]]) -> str:
    """A month view's cells in turn: each day's number (「8/30」 on the first cell and each month's first), its events."""
    lines = []
    for offset in range(weeks * 7):
        day = first + dt.timedelta(days=offset)
        lines.append(f"{day.month}/{day.day}" if offset == 0 or day.day == 1 else str(day.day))
        lines.extend(events.get(day, []))
    return "\n".join(lines)


SEPTEMBER = {
    dt.date(2026, 8, 31): ["10:00 営業会議"],
    dt.date(2026, 9, 1): ["【桐ノ台市】施設予約システム 公告"],
    dt.date(2026, 9, 4): ["桐ノ台 質問案まとめ（社内）"],
    dt.date(2026, 9, 8): ["17:00 【桐ノ台市】質問〆"],
    dt.date(2026, 9, 9): ["13:00 【砂原町】給食配送 開札"],
    dt.date(2026, 9, 15): ["【桐ノ台市】質問回答 公表"],
    dt.date(2026, 9, 18): ["11:00 提案書 持参（山本）", "12:00 【桐ノ台市】提案書〆（正午）"],
    dt.date(2026, 9, 24): ["16:00 プレゼン練習"],
    dt.date(2026, 9, 29): ["【桐ノ台市】プレゼンテーション"],
    dt.date(2026, 10, 2): ["【砂原町】給食配送 契約"],
}
SEPTEMBER_STEPS = [
    ("published", "2026-09-01", None, "date"),
    ("question", "2026-09-08", "17:00", "datetime"),
    ("answer", "2026-09-15", None, "date"),
    ("submission", "2026-09-18", "12:00", "datetime"),
    ("hearing", "2026-09-29", None, "date"),
]


def test_a_month_views_cells_are_read_as_the_days_they_stand_under():
    text = (
        "カレンダー\n今日　＜　＞　2026年 9月　　日　週　月\n\n日\t月\t火\t水\t木\t金\t土\n"
        + _month_view(dt.date(2026, 8, 30), 5, SEPTEMBER)
        + "\n\n予定の詳細\n"
    )
    assert found(text) == SEPTEMBER_STEPS
    # (the same view copied without its line breaks: the days still follow each other)
    assert found(one_line(text.removesuffix("\n\n予定の詳細\n"))) == SEPTEMBER_STEPS


def test_the_teams_own_entries_and_other_calls_in_a_shared_calendar_stay_out():
    text = "2026年9月\n日 月 火 水 木 金 土\n" + _month_view(dt.date(2026, 8, 30), 5, SEPTEMBER) + "\n"
    steps = found(text)
    assert ("submission", "2026-09-18", "11:00", "datetime") not in steps  # (the team takes it by hand at 11)
    assert ("hearing", "2026-09-24", "16:00", "datetime") not in steps  # (the team's rehearsal)
    assert not any(date in ("2026-09-09", "2026-10-02", "2026-09-04") for _, date, *_ in steps)  # (another call's)
    assert steps == SEPTEMBER_STEPS


def test_a_monday_first_view_without_tags_keeps_every_entry():
    events = {
        dt.date(2028, 3, 6): ["公募開始（ホームページ掲載）"],
        dt.date(2028, 3, 17): ["17:00 参加申込書 提出期限"],
        dt.date(2028, 3, 31): ["12:00 企画提案書 提出期限"],
    }
    text = "2028年3月\n月\t火\t水\t木\t金\t土\t日\n" + _month_view(dt.date(2028, 2, 28), 5, events) + "\n"
    assert found(text) == [
        ("published", "2028-03-06", None, "date"),
        ("application", "2028-03-17", "17:00", "datetime"),
        ("submission", "2028-03-31", "12:00", "datetime"),
    ]


def test_numbers_after_a_weekdays_row_that_do_not_run_as_days_are_no_grid():
    text = "2026年9月の窓口\n日 月 火 水 木 金 土\n休 9 9 9 9 9 休\n" "提案書の提出期限 2026年9月18日（金）正午\n"
    assert found(text) == [("submission", "2026-09-18", "12:00", "datetime")]
