"""Round gu: kinds of a schedule's steps read in one line (every line break a space)."""

import datetime as dt

from tests.extractor_found import one_line, steps

_TAIL = "Contact: the procurement office of the Coast Agency, phone 000-0000-0000, e-mail bids@example.jp. " * 3


def test_a_date_first_table_with_a_window_on_its_own_line_keeps_each_step_with_its_date_in_one_line():
    text = (
        "SCHEDULE\n\n"
        "  2027-03-01 (Mon)            Call for tenders published on the website\n"
        "  2027-03-01 -> 2027-03-12 (Fri) 17:00\n"
        "                              Written questions (by e-mail only, in English or Japanese)\n"
        "  2027-03-17 (Wed)            Answers to questions posted\n"
        "  2027-03-19 (Fri) 17:00      Registration of intent to bid (Form 2) due\n"
        "  2027-04-02 (Fri) 12:00      Bid deadline\n"
        "  2027-04-09 (Fri)            Notification of award to all bidders\n\n"
    )
    assert steps(one_line(text) + _TAIL) == [
        ("published", dt.date(2027, 3, 1), None, "date"),
        ("question", dt.date(2027, 3, 12), dt.time(17, 0), "datetime"),
        ("answer", dt.date(2027, 3, 17), None, "date"),
        ("application", dt.date(2027, 3, 19), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 4, 2), dt.time(12, 0), "datetime"),
        ("result", dt.date(2027, 4, 9), None, "date"),
    ]


def test_dates_over_indented_steps_after_a_long_step_keep_each_step_with_its_date_in_one_line():
    text = (
        "Part 4. Timetable\nAll times are local time.\n\n"
        "Monday 7 June 2027\n    Invitation published on the Agency's website\n"
        "Friday 11 June 2027, 12:00 noon\n    Deadline for registration for the site visit (Form 3)\n"
        "Tuesday 15 June 2027, 10:00-12:00\n    Site visit\n"
        "Friday 18 June 2027, 17:00\n    Deadline for questions (Form 4)\n"
        "Thursday 24 June 2027 (planned)\n    Answers to questions posted on the website\n"
        "Friday 2 July 2027, 17:00\n    Deadline for proposals\n\n"
    )
    found = steps(one_line(text) + _TAIL)
    assert [step for step in found if step[1] >= dt.date(2027, 6, 15)] == [
        ("other", dt.date(2027, 6, 15), dt.time(10, 0), "datetime"),
        ("question", dt.date(2027, 6, 18), dt.time(17, 0), "datetime"),
        ("answer", dt.date(2027, 6, 24), None, "date"),
        ("submission", dt.date(2027, 7, 2), dt.time(17, 0), "datetime"),
    ]


def test_a_table_with_full_width_bars_opening_its_cells_only_keeps_its_rows_apart_in_one_line():
    text = (
        "４　日程\n"
        "｜期日　　　　　　　　｜手続　　　　　　　　　　｜備考\n"
        "｜令和9年5月10日(月)　｜募集開始　　　　　　　　｜市ウェブサイトに掲載\n"
        "｜令和9年5月19日(水)　｜質問受付締切　　　　　　｜午後5時まで\n"
        "｜令和9年5月25日(火)　｜質問への回答　　　　　　｜市ウェブサイトに掲載\n"
        "｜令和9年6月4日(金)　 ｜企画提案書の提出締切　　｜午後5時必着\n"
        "｜令和9年6月15日(火)　｜プレゼンテーション審査　｜時間は個別に連絡\n\n"
        "５　その他\n"
    )
    assert steps(one_line(text) + "詳細は募集要項を参照すること。" * 20) == [
        ("published", dt.date(2027, 5, 10), None, "date"),
        ("question", dt.date(2027, 5, 19), dt.time(17, 0), "datetime"),
        ("answer", dt.date(2027, 5, 25), None, "date"),
        ("submission", dt.date(2027, 6, 4), dt.time(17, 0), "datetime"),
        ("hearing", dt.date(2027, 6, 15), None, "date"),
    ]
