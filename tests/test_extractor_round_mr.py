"""Round mr: English notices' devices of writing the extractor missed. Each test a few lines written for its device (none
copied from the development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def test_an_english_windows_last_day_closing_early_after_its_daily_hours():
    # 最終日は正午まで in English: the last day's own hour, told in the next sentence, closes the window
    text = (
        "Request for Proposals: Visitor Survey 2026\n"
        "Issued by the Harbour Town Tourism Office\n"
        "Schedule\n"
        "1. Questions: by 4 September 2026, 17:00 JST (by e-mail)\n"
        "2. Submission of proposals: 14 September 2026 (Mon) - 25 September 2026 (Fri), 10:00-17:00 JST. On the final"
        " day the counter closes at 15:00.\n"
        "3. Interviews: early October 2026\n"
    )
    assert both(text) == [
        ("question", "2026-09-04", "17:00", "datetime"),
        ("submission", "2026-09-25", "15:00", "datetime"),
        ("hearing", "2026-10-01", None, "early_month"),
    ]


def test_an_english_windows_last_day_hour_told_after_its_hour():
    # the hour first, the day after it: 「but only until 12:00 noon on the last day」
    text = (
        "Call for Tenders - Printing of Guide Maps\n"
        "Deadline for questions: Friday, October 2, 2026, 5:00 p.m.\n"
        "Tenders are accepted from October 5 to October 16, 2026, between 9:00 a.m. and 5:00 p.m. on weekdays, but only"
        " until 12:00 noon on the last day.\n"
    )
    assert both(text) == [("question", "2026-10-02", "17:00", "datetime"), ("submission", "2026-10-16", "12:00", "datetime")]


def test_a_schedule_rows_window_closed_early_on_its_last_day_in_the_section_below():
    # the schedule's row gives the days only; its section below gives the hours and the last day's earlier close, the
    # day named again in brackets
    text = (
        "Call for Proposals\n"
        "Timeline\n"
        "- Deadline for clarification requests: Thursday, 20 August 2026\n"
        "- Submission of proposals: Monday, 31 August to Friday, 11 September 2026 (see 5)\n"
        "5. Proposals\n"
        "Proposals may be handed in from 31 August to 11 September 2026, 9:30 a.m. to 4:30 p.m. On the closing day"
        " (11 September, Fri.), the deadline is 12:00 noon.\n"
    )
    assert both(text) == [("question", "2026-08-20", None, "date"), ("submission", "2026-09-11", "12:00", "datetime")]
