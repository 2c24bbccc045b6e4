"""Layouts of schedules found in notices of the more set: a date's parts in columns of their own, …"""

import datetime as dt

from tenders.extractor import extract
from tenders.extractor.labels import kind_of
from tenders.extractor.normalize import date_part_rows
from tenders.extractor.segments import sentences
from tests.extractor_found import steps


def test_a_dates_parts_in_columns_of_their_own_are_one_date():
    text = (
        "番号\t内容\t年\t月\t日\t曜日\t時刻\n"
        "1\t公告\t令和9\t3\t2\t火\t\n"
        "2\t参加申請書の提出期限\t\t3\t12\t金\t17:00\n"
        "3\t契約締結\t\t4\t上旬\t\t\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 3, 2), None, "date"),
        ("application", dt.date(2027, 3, 12), dt.time(17, 0), "datetime"),
        ("contract", dt.date(2027, 4, 1), None, "early_month"),
    ]


def test_date_part_columns_need_a_month_and_a_day_side_by_side():
    rows = ["|項目|月|備考|日|", "|公告|3|なし|2|"]
    assert date_part_rows(rows) == rows
    assert date_part_rows(["|項目|月|日|", "|公告|3|2|"]) == ["|項目|日時||", "|公告|3月2日||"]


def test_a_table_flattened_a_column_at_a_time_pairs_labels_and_dates_past_the_date_columns_heading():
    text = (
        "(2) 日程\n項目\n入札参加申請書の提出期限\n質問の受付期限\n開札日時\n"
        "日時\n令和9年5月10日(月)午後5時\n令和9年5月12日(水)正午\n令和9年5月20日(木)午前10時\n"
        "場所\n契約課\n電子メール\n入札室\n"
    )
    assert steps(text) == [
        ("application", dt.date(2027, 5, 10), dt.time(17, 0), "datetime"),
        ("question", dt.date(2027, 5, 12), dt.time(12, 0), "datetime"),
        ("other", dt.date(2027, 5, 20), dt.time(10, 0), "datetime"),
    ]


def test_a_row_of_times_under_a_sideways_tables_dates_gives_each_column_its_own_time():
    text = (
        "令和9年度 業務委託 日程\n\n"
        "  公告          質問期限        回答            提案書提出期限\n"
        "  7月5日(月)    7月12日(月)     7月15日(木)     7月30日(金)\n"
        "                17時まで        HP掲載          正午まで\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 7, 5), None, "date"),
        ("question", dt.date(2027, 7, 12), dt.time(17, 0), "datetime"),
        ("answer", dt.date(2027, 7, 15), None, "date"),
        ("submission", dt.date(2027, 7, 30), dt.time(12, 0), "datetime"),
    ]


def test_fields_parted_by_slashes_give_the_day_its_time_in_the_next_field():
    text = "3 日程(項目／日付／時刻／場所)\n ① 現場説明会／令和9年1月14日(木曜日)／午後1時30分／現地集合\n ② 質問書の提出／令和9年1月19日(火曜日)／午後4時まで／FAX\n"
    found = extract(text).proposal.milestones
    assert [(m.label, m.date, m.time) for m in found] == [
        ("現場説明会", dt.date(2027, 1, 14), dt.time(13, 30)),
        ("質問書の提出", dt.date(2027, 1, 19), dt.time(16, 0)),
    ]


def test_a_default_time_stated_with_to_suru_closes_the_deadlines_given_without_one():
    text = (
        "この公示に定める提出等の期限のうち、時刻の定めのないものは、当日の午後5時とします。\n"
        "(1) 参加意思表明書の提出期限 令和8年12月18日(金)(持参又は郵送、必着)\n"
    )
    assert steps(text) == [("application", dt.date(2026, 12, 18), dt.time(17, 0), "datetime")]


def test_days_the_office_hours_leave_out_are_no_step():
    text = (
        "(1) 提案書の提出期限 令和8年12月18日(金)午後5時\n"
        "受付時間 午前9時から正午まで及び午後1時から午後5時まで(土日祝日及び12月29日から1月3日までを除く。)\n"
    )
    assert steps(text) == [("submission", dt.date(2026, 12, 18), dt.time(17, 0), "datetime")]


def test_a_window_in_slashed_dates_with_daily_hours_closes_at_the_closing_time():
    text = "令和9年度 募集\n■申請書類の受付\n 2027/8/16(月)~8/20(金) 9:00~17:00\n"
    assert steps(text) == [("submission", dt.date(2027, 8, 20), dt.time(17, 0), "datetime")]


def test_a_short_date_takes_a_time_written_in_words():
    text = "(1) 入札参加申込書の受付 R8.2.2(月)~R8.2.13(金) 17:15まで\n(2) 質疑への回答 R8.2.18(水)午前10時00分\n"
    assert steps(text)[-1] == ("answer", dt.date(2026, 2, 18), dt.time(10, 0), "datetime")


def test_a_rows_later_cells_wrapped_onto_the_line_under_it_are_joined_to_the_row():
    text = (
        "   項目            日程                        備考\n"
        "   質問受付        令和9年6月16日(水)~         様式第2号\n"
        "                     6月25日(金)午後5時          電子メールのみ\n"
        "   質問回答        令和9年7月2日(金)           HPで公表\n"
    )
    assert steps(text) == [
        ("question", dt.date(2027, 6, 25), dt.time(17, 0), "datetime"),
        ("answer", dt.date(2027, 7, 2), None, "date"),
    ]


def test_a_day_left_out_in_brackets_does_not_cut_the_window_from_its_daily_hours():
    text = (
        "7. 企画書等の提出\n"
        "企画書等の提出期間は、2025年9月22日(月)から2025年9月26日(金)まで(9月23日(火・祝)を除く。)とし、"
        "受付時間は各日10時00分から17時00分まで(12時00分から13時00分までを除く。)とします。"
        "提出は持参又は郵送によるものとし、電子メールによる提出は認めません。\n"
    )
    assert steps(text) == [("submission", dt.date(2025, 9, 26), dt.time(17, 0), "datetime")]


def test_a_sentence_ends_at_a_full_stop_outside_brackets():
    assert sentences("提出期限は6月1日(土日を除く。)とします。質問は随時") == [
        "提出期限は6月1日(土日を除く。)とします。",
        "質問は随時",
    ]
    assert sentences("開いたまま(注。続き。") == ["開いたまま(注。", "続き。", ""]


def test_a_soundings_dialogue_is_its_hearing_and_its_registration_an_application():
    assert kind_of("個別対話の実施") == "hearing" and kind_of("対話の日時") == "hearing"
    assert kind_of("個別対話への参加申込") == "application" and kind_of("対話参加申込の受付期限") == "application"


def test_a_row_begun_on_the_line_above_its_date_is_one_row():
    text = (
        "  No. 内容                    日時・期限                  備考\n"
        "  1   実施要領の公表          令和9年5月14日(金)          市ホームページ\n"
        "  2   対話参加申込(エントリー\n"
        "      シート)の受付期限       令和9年6月18日(金)17時      様式1\n"
        "  3   提案シートの提出期限    令和9年7月2日(金)17時       様式2\n"
    )
    assert [(m.kind, m.label) for m in extract(text).proposal.milestones] == [
        ("published", "実施要領の公表"),
        ("application", "対話参加申込(エントリーシート)の受付期限"),
        ("submission", "提案シートの提出期限"),
    ]


def test_the_object_handed_in_names_the_step_not_who_hands_it_in():
    text = "(3) 提案シートの提出\n エントリーされた方は、対話に先立ち、提案シート(様式2)を令和9年7月2日(金)17時までに提出してください。\n"
    assert steps(text) == [("submission", dt.date(2027, 7, 2), dt.time(17, 0), "datetime")]


def test_the_days_of_a_window_after_its_end_are_no_clause_that_names_another_step():
    text = (
        "(2) 入札説明書の交付方法\n"
        " 上記の場所において交付する。交付期間は、令和8年5月22日から令和8年6月9日までの行政機関の休日を除く毎日、"
        "午前9時から午後5時までとする。\n"
    )
    assert steps(text) == [("published", dt.date(2026, 5, 22), None, "date")]


def test_an_items_key_names_the_step_its_sentence_gives_the_date_of():
    text = "(1) 入札書の提出 郵便入札とし、一般書留又は簡易書留により、令和9年3月1日(月)午後5時までに担当部署に必着のこと。\n"
    assert steps(text) == [("submission", dt.date(2027, 3, 1), dt.time(17, 0), "datetime")]


def test_a_hand_in_in_a_sentence_about_a_briefing_is_the_briefings_registration():
    text = "※現地説明会は制限区域に立ち入るため、令和8年9月9日(水)15時までに参加者名簿をご提出ください。\n"
    assert steps(text) == [("other", dt.date(2026, 9, 9), dt.time(15, 0), "datetime")]
