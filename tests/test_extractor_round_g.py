"""Layouts of schedules found in notices of the more set (round g): short forms of a month's part, …"""

import datetime as dt

from tenders.extractor.dates import find_mentions
from tenders.extractor.labels import kind_of
from tests.extractor_found import steps


def parts(line):
    return [(m.year, m.month, m.day, m.precision) for m in find_mentions(line)]


def test_a_month_and_its_part_in_short_form_is_a_date():
    assert parts("2027/4/下旬") == [(2027, 4, None, "late_month")]
    assert parts("2/上旬 選定結果通知") == [(None, 2, None, "early_month")]
    assert parts("2027/4/2") == [(2027, 4, 2, "date")]
    assert parts("2027/4 配布資料 3/4") == []


def test_a_timeline_of_short_forms_gives_each_step_its_part_of_the_month():
    text = (
        "令和8年度 研修業務 企画提案募集\n4 日程\n"
        "　　令和9年1月15日(金)　　企画提案書の提出期限\n"
        "　　2/上旬　　　選定結果の通知\n"
        "　　3/下旬　　　契約締結\n"
    )
    found = steps(text)
    assert ("result", dt.date(2027, 2, 1), None, "early_month") in found
    assert ("contract", dt.date(2027, 3, 1), None, "late_month") in found


def test_an_event_held_over_a_window_of_days_ends_at_the_closing_time_of_its_daily_hours():
    text = (
        "令和8年度 庁舎警備業務 一般競争入札公告\n4 現地確認\n"
        "　現地確認を希望する者は、令和9年1月12日(火)から令和9年1月22日(金)までの行政機関の休日を除く毎日、"
        "10時から16時までの間に行うこと。\n"
    )
    assert ("other", dt.date(2027, 1, 22), dt.time(16, 0), "datetime") in steps(text)


def test_tokutei_as_a_word_of_another_noun_is_no_selection():
    assert kind_of("特定健診・後期高齢者健診") is None
    assert kind_of("特定建設工事共同企業体") is None
    assert kind_of("特定記録郵便") is None
    assert kind_of("受託候補者の特定") == "result"
    assert kind_of("特定・非特定の通知") == "result"
    text = (
        "令和8年度 集団健診業務 公募型プロポーザル\n5 集団健診の実施予定日\n"
        "|実施日|会場|健診の種類|\n|---|---|---|\n"
        "|5月24日(日)|保健センター|特定・後期・胃・肺|\n|6月7日(日)|公民館|特定・後期・肺・大腸|\n"
    )
    assert steps(text) == []


def test_a_window_written_as_a_start_line_over_an_end_line_records_only_its_end():
    text = (
        "別表 入札日程\n区分\n日時・期間\n入札公告\n令和8年8月3日(月)\n"
        "入札書の\n提出\n電子入札システムでの提出期間\n"
        "開始　令和8年8月24日(月)午前9時\n終了　令和8年8月26日(水)午後5時\n"
        "開札\n令和8年8月27日(木)午前10時\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2026, 8, 26), dt.time(17, 0), "datetime") in found
    assert not [step for step in found if step[1] == dt.date(2026, 8, 24)]


def test_a_boxed_row_whose_window_runs_from_one_line_to_the_next_is_one_row():
    text = (
        "4 日程\n"
        "┌────────┬────────────────────┐\n"
        "│ 公告日 │令和9年3月1日(月) │\n"
        "├────────┼────────────────────┤\n"
        "│ 参加申込書及び │自 令和9年3月2日(火) 午前9時 │\n"
        "│ 技術資料の提出 │至 令和9年3月12日(金) 午後5時 │\n"
        "├────────┼────────────────────┤\n"
        "│ 開札日時 │令和9年3月26日(金) 午前10時 │\n"
        "└────────┴────────────────────┘\n"
    )
    found = steps(text)
    assert ("application", dt.date(2027, 3, 12), dt.time(17, 0), "datetime") in found
    assert not [step for step in found if step[1] == dt.date(2027, 3, 2)]


def test_closed_days_listed_in_brackets_before_the_words_that_close_the_office_are_no_step():
    text = (
        "令和8年度 企画提案募集\n(1) 提出期限 令和8年5月15日(金)午後5時\n"
        "(2) 休業日(土曜日、日曜日及び令和8年4月29日(水)から5月6日(水)までの大型連休期間)は受付を行わない。\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2026, 5, 15), dt.time(17, 0), "datetime") in found
    assert not [step for step in found if step[1] == dt.date(2026, 5, 6)]


def test_the_day_a_contract_is_signed_written_with_tsuke_is_its_signing():
    text = "令和8年度 翻訳業務 見積公告\n6 契約の締結\n　令和9年4月1日付けで単価契約を締結する予定である。\n"
    assert steps(text) == [("contract", dt.date(2027, 4, 1), None, "date")]
    text = "令和8年度 翻訳業務 見積公告\n　令和8年4月1日付け財第12号の規程により行う。\n"
    assert steps(text) == []


def test_the_documents_named_for_a_review_stage_handed_in_are_no_review():
    assert kind_of("第一次審査書類の提出") == "submission"
    assert kind_of("第2次審査資料の提出") == "submission"
    assert kind_of("第一次審査(非公開)") == "other"
    assert kind_of("第二次審査") == "hearing"
