"""Goods and services bids (一般競争入札, 見積合わせ): per-item opening times in a table below the schedule, the second
round of bidding, a 低入札価格調査 interview, a portal's display fields, a list page's closed calls, a date the
notice sets apart from its call, and a numbered item that follows a briefing's."""

import datetime as dt

from tests.extractor_found import steps


def test_opening_times_given_per_item_in_a_table_below_the_schedule_are_one_opening_each():
    text = (
        "入札公告（3件一括）\n"
        "\n"
        "1 日程\n"
        "  入札書の提出期限　　令和10年9月14日（木）午後4時まで\n"
        "  開札日時　　　　　　令和10年9月20日（水）別表のとおり\n"
        "\n"
        "  各件の開札予定時刻\n"
        "    第1号　午後1時30分\n"
        "    第2号　午後2時\n"
        "    第3号　15:00\n"
        "  場所　第2会議室\n"
    )
    assert steps(text) == [
        ("submission", dt.date(2028, 9, 14), dt.time(16, 0), "datetime"),
        ("other", dt.date(2028, 9, 20), dt.time(13, 30), "datetime"),
        ("other", dt.date(2028, 9, 20), dt.time(14, 0), "datetime"),
        ("other", dt.date(2028, 9, 20), dt.time(15, 0), "datetime"),
    ]


def test_a_table_below_without_a_time_heading_leaves_the_step_as_written():
    text = (
        "1 日程\n"
        "  入札書の提出期限　　令和10年9月14日（木）午後4時まで\n"
        "  開札　　　　　　　　令和10年9月20日（水）下記のとおり\n"
        "\n"
        "  会場\n"
        "    本館　午後1時30分\n"
        "    別館　午後2時\n"
    )
    assert steps(text)[-1] == ("other", dt.date(2028, 9, 20), None, "date")


def test_the_second_round_of_bidding_is_held_as_an_opening_not_a_result():
    text = (
        "3 入札及び開札　令和10年6月8日（木）午前10時30分\n"
        "4 再入札\n"
        "  初回の開札の結果、落札者がないときは、次のとおり再入札に付する。\n"
        "  日時　令和10年6月9日（金）午前10時30分\n"
    )
    found = steps(text)
    assert ("other", dt.date(2028, 6, 9), dt.time(10, 30), "datetime") in found
    assert all(kind != "result" for kind, *_ in found)


def test_a_low_bid_inquirys_interview_is_a_step_of_its_own():
    text = (
        "5 開札　令和10年2月3日（木）午前11時\n"
        "6 低入札価格調査\n"
        "  (1) 調査基準価格を下回った場合は、落札決定を保留する。\n"
        "  (2) 対象者の事情聴取は、令和10年2月8日（火）に行う予定です。\n"
    )
    assert ("other", dt.date(2028, 2, 8), None, "date") in steps(text)


def test_a_portals_display_start_and_end_are_page_metadata():
    text = (
        "調達案件詳細\n"
        "公開開始日\t2028/06/01\n"
        "公開終了日\t2028/06/30\n"
        "入札公告日\t2028/06/01\n"
        "仕様書交付期間\t2028/06/01 10:00 ～ 2028/06/14 17:00\n"
        "入札書提出期限\t2028/06/15 12:00\n"
    )
    assert steps(text) == [
        ("published", dt.date(2028, 6, 1), None, "date"),
        ("submission", dt.date(2028, 6, 15), dt.time(12, 0), "datetime"),
    ]


def test_the_papers_display_start_still_opens_the_call():
    text = "募集要項の公開開始日　令和10年6月1日（木）\n応募書類の提出期限　令和10年6月20日（火）午後5時\n"
    assert steps(text)[0] == ("published", dt.date(2028, 6, 1), None, "date")


def test_a_list_pages_closed_calls_are_no_steps():
    text = (
        "見積合わせ案件一覧\n"
        "\n"
        "■受付中の案件\n"
        "番号\t件名\t見積書締切\n"
        "7\t事務用椅子の購入\t6/12(月) 15:00\n"
        "\n"
        "■受付を終了した案件\n"
        "6\t庁舎清掃用品の購入\t5/22(月)\t決定済\n"
        "5\t防災備蓄品の購入\t5/8(月)\t決定済\n"
        "\n"
        "更新日 2028年6月1日\n"
    )
    assert steps(text) == [("submission", dt.date(2028, 6, 12), dt.time(15, 0), "datetime")]


def test_a_date_the_notice_sets_apart_from_its_call_is_no_step():
    text = (
        "【日程】\n"
        "入札書の提出期限：令和10年7月5日（水）17時\n"
        "開札：令和10年7月6日（木）10時\n"
        "【備考】\n"
        "・庁舎見学会（令和10年8月下旬予定）は、本件には関係ありません。\n"
    )
    assert steps(text) == [
        ("submission", dt.date(2028, 7, 5), dt.time(17, 0), "datetime"),
        ("other", dt.date(2028, 7, 6), dt.time(10, 0), "datetime"),
    ]


def test_a_numbered_item_after_a_briefings_item_is_no_registration_for_it():
    text = (
        "3 入札手続\n"
        "　①入札説明会の日時　2028年4月11日（火）10時00分\n"
        "　②仕様適合証明書等の提出期限　2028年4月21日（金）17時00分\n"
        "　③入札書の提出期限　2028年5月12日（金）17時00分\n"
    )
    assert steps(text) == [
        ("other", dt.date(2028, 4, 11), dt.time(10, 0), "datetime"),
        ("application", dt.date(2028, 4, 21), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2028, 5, 12), dt.time(17, 0), "datetime"),
    ]


def test_a_briefings_registration_below_it_stays_the_briefings():
    text = (
        "(3) 説明会　令和10年4月11日（火）午前10時\n"
        "　　参加を希望する者は、令和10年4月7日（金）正午までに申込書を提出すること。\n"
        "(4) 入札書の提出期限　令和10年5月12日（金）午後5時\n"
    )
    found = steps(text)
    assert ("application", dt.date(2028, 4, 7), dt.time(12, 0), "datetime") not in found
