"""Long 実施要領 and 募集要項 whose schedule is spread over sections: an hour given in a step's section with its day
only in the schedule it refers to, each event's hours under their shared day, a dotted window's short end, a numbered
stage whose bracket lists its parts, a step named after its means, a condition a narrow page wrapped."""

import datetime as dt

from tests.extractor_found import steps


def test_an_hour_in_the_section_and_the_day_in_the_appended_schedule_are_one_step():
    text = (
        "第3 手続\n"
        "1 現地説明会\n"
        "(1) 日時 スケジュール表に示す日の午後1時30分から\n"
        "(2) 申込み スケジュール表に示す申込期限の正午までにファクスで申し込むこと。\n"
        "2 企画提案書の提出\n"
        "(1) 提出期限 スケジュール表に示す期限の午後4時まで(必着)\n"
        "(2) 提出先 企画課\n"
        "第4 スケジュール表\n"
        "現地説明会の申込期限    令和10年5月10日(水)\n"
        "現地説明会              令和10年5月15日(月)\n"
        "企画提案書の提出期限    令和10年6月2日(金)\n"
        "審査結果の通知          令和10年6月下旬\n"
    )
    assert steps(text) == [
        ("other", dt.date(2028, 5, 10), dt.time(12, 0), "datetime"),
        ("other", dt.date(2028, 5, 15), dt.time(13, 30), "datetime"),
        ("submission", dt.date(2028, 6, 2), dt.time(16, 0), "datetime"),
        ("result", dt.date(2028, 6, 1), None, "late_month"),
    ]


def test_a_referred_hour_goes_to_no_step_when_two_steps_of_the_schedule_name_the_section():
    text = (
        "2 応募書類の提出\n"
        "(1) 提出期限 別表に示す期限の午後5時まで\n"
        "別表 日程\n"
        "応募書類の提出期限(一次)  令和10年7月3日(月)\n"
        "応募書類の提出期限(二次)  令和10年8月7日(月)\n"
    )
    assert [time for _, _, time, _ in steps(text)] == [None, None]


def test_events_of_one_day_each_at_its_hours_on_a_line_below_are_steps_of_their_own():
    text = (
        "4 説明会及び施設見学会\n"
        "(1) 日時 令和10年4月20日(木)\n"
        "        説明会      午後1時から午後2時まで(本庁舎3階 会議室)\n"
        "        施設見学会  午後2時30分から午後4時まで(浄化センター)\n"
        "(2) 申込み 令和10年4月14日(金)午後5時までに申し込むこと。\n"
    )
    assert steps(text) == [
        ("other", dt.date(2028, 4, 14), dt.time(17, 0), "datetime"),
        ("other", dt.date(2028, 4, 20), dt.time(13, 0), "datetime"),
        ("other", dt.date(2028, 4, 20), dt.time(14, 30), "datetime"),
    ]


def test_a_dotted_windows_short_end_is_its_end():
    text = "■日程\n  2028.1.10(月)~1.14(金)   参加申込書の受付\n  2028.2 下旬   審査結果の通知\n"
    assert steps(text) == [
        ("application", dt.date(2028, 1, 14), None, "date"),
        ("result", dt.date(2028, 2, 1), None, "late_month"),
    ]


def test_a_dotted_date_followed_by_a_ratio_is_no_window():
    text = "2028.1.10(月)から3.5倍の範囲で参加申込書の受付を行う。\n"
    assert [day for _, day, _, _ in steps(text)] == [dt.date(2028, 1, 10)]


def test_a_numbered_stage_with_its_parts_in_a_bracket_is_one_step():
    text = "日程\n二次審査(面接及び現地確認)   令和10年9月中旬\n"
    assert steps(text) == [("hearing", dt.date(2028, 9, 1), None, "mid_month")]


def test_a_step_named_after_its_means_is_that_step():
    text = "5 審査\n(1) 提出書類及び実績評価による第1次審査を令和10年10月上旬に行う。\n"
    assert [(kind, day) for kind, day, _, _ in steps(text)] == [("other", dt.date(2028, 10, 1))]


def test_a_condition_wrapped_onto_the_next_line_is_no_step():
    text = (
        "日程\n"
        "契約の締結            令和10年11月中旬\n"
        "(注) 審査の状況により、契約の締結が令和10年12月上旬となる\n"
        "場合がある。\n"
    )
    assert steps(text) == [("contract", dt.date(2028, 11, 1), None, "mid_month")]
