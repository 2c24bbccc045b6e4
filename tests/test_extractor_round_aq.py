"""Notices forwarded or pasted by a bid team, and text layers that spread a date's characters (round aq): each test
a few lines written for its class."""

from tests.extractor_found import found

# --- a PDF's text that spaces every character, the digits of a number too ----------------------------------


def test_a_date_whose_digits_are_spaced_apart_reads_as_the_date():
    text = (
        "５ 企画提案書の提出\n"
        "  ( 1 ) 提出期限   令 和 9 年 1 1 月 1 2 日 ( 金 ) 午 後 3 時 3 0 分 必着\n"
        "  ( 2 ) 提出部数   正本 1 部 、 副本 1 2 部\n"
        "６ 審査会\n"
        "  ( 1 ) 日 時      令 和 9 年 1 1 月 2 4 日 ( 水 ) 午 前 1 0 時 0 0 分 から\n"
    )
    assert found(text) == [
        ("submission", "2027-11-12", "15:30", "datetime"),
        ("hearing", "2027-11-24", "10:00", "datetime"),
    ]


def test_a_spaced_window_records_its_end_and_spaced_amounts_stay_as_written():
    text = (
        "3 参加申込書の受付\n"
        "  ( 1 ) 受付期間   令 和 8 年 1 0 月 1 9 日 ( 月 ) から 令 和 8 年 1 0 月 3 0 日 ( 金 ) まで\n"
        "  ( 2 ) 規 模      年 間 約 1 2 0 t の 収 集 ( 1 日 あ た り 約 1 t )\n"
    )
    assert found(text) == [("application", "2026-10-30", None, "date")]


# --- kanji numerals of a date cut by very short lines (vertical text read across) -------------------------


def test_a_kanji_day_cut_from_its_unit_joins_the_line_below():
    text = (
        "五　質問の受付\n"
        "　（一）受付期限\n"
        "　　令和八年十一月二十\n"
        "　　七日（金）午後三時\n"
        "　　まで\n"
        "　（二）回答\n"
        "　　令和八年十二月\n"
        "　　三日（木）に掲載\n"
        "　　する。\n"
    )
    assert found(text) == [
        ("question", "2026-11-27", "15:00", "datetime"),
        ("answer", "2026-12-03", None, "date"),
    ]


def test_a_heading_cut_by_a_short_line_still_names_the_step_of_its_items():
    text = "六　企画提案書に関す\n" "　る質問\n" "　（一）受付期限\n" "　　令和八年十一月十\n" "　　日（火）正午まで\n"
    assert found(text) == [("question", "2026-11-10", "12:00", "datetime")]


def test_kanji_numerals_of_prose_on_short_lines_stay_as_written():
    text = (
        "七　入札保証金\n"
        "　　契約金額の百分の十\n"
        "　　以上を納付すること。\n"
        "　　第三条の定めによる\n"
        "八　開札の日時\n"
        "　　令和八年十二月九日\n"
        "　　（水）午前十時\n"
    )
    assert found(text) == [("other", "2026-12-09", "10:00", "datetime")]


# --- a bid team's own plan written around the call it passes on --------------------------------------------


def test_a_team_plan_under_its_own_heading_gives_no_steps():
    text = (
        "件名: 【共有】港北市 観光サイト改修 プロポーザル\n"
        "差出人: 営業二課 松田 <matsuda@example.jp>\n"
        "\n"
        "市の日程表を貼ります。\n"
        "項目\t日程\n"
        "質問書提出期限\t2027/5/14(金) 17:00\n"
        "企画提案書提出期限\t2027/6/4(金) 12:00\n"
        "\n"
        "■社内の日程（案）\n"
        "・質問案とりまとめ → 5/12(水)\n"
        "・提案書 社内レビュー → 5/31(月) 10:00\n"
        "・提案書 発送 → 6/2(水)（書留）\n"
        "\n"
        "以上です。\n"
    )
    assert found(text) == [
        ("question", "2027-05-14", "17:00", "datetime"),
        ("submission", "2027-06-04", "12:00", "datetime"),
    ]


def test_a_team_plan_headed_with_a_colon_after_the_pasted_table_gives_no_steps():
    text = (
        "参加申込書の提出期限\t2027/9/10(金) 17:00\n"
        "プレゼンテーション\t2027/10/5(火)\n"
        "\n"
        "変更後の社内スケジュール：\n"
        "　・見積確定（メーカー回答）　9/6(月)\n"
        "　・参加申込書 発送　　　　　9/8(水)\n"
        "\n"
        "宮本\n"
    )
    assert found(text) == [
        ("application", "2027-09-10", "17:00", "datetime"),
        ("hearing", "2027-10-05", None, "date"),
    ]


def test_a_team_plan_ends_with_its_list_where_the_pasted_table_starts():
    text = (
        "■社内スケジュール（案）\n"
        "・参加可否の稟議：8/20(金)まで\n"
        "・提案書ドラフト締切：9/3(金)\n"
        "市の日程表を下に貼ります。\n"
        "No.\t項目\t日程\n"
        "1\t参加表明書提出期限\t2027/8/27(金) 17:00\n"
        "2\t企画提案書提出期限\t2027/9/10(金) 17:00\n"
    )
    assert found(text) == [
        ("application", "2027-08-27", "17:00", "datetime"),
        ("submission", "2027-09-10", "17:00", "datetime"),
    ]


def test_a_request_for_draft_questions_is_no_question_deadline():
    text = (
        "■ 日程\n"
        "・質問の受付期限　令和9年6月11日（金）午後5時\n"
        "■ メモ\n"
        "・質問案があれば6/9(水)中に私まで送ってください。\n"
        "・提案書ドラフトの締切は6/21(月)です。\n"
    )
    assert found(text) == [("question", "2027-06-11", "17:00", "datetime")]


# --- an English summary of a correction marks its old dates 「(before)」 -----------------------------------


def test_the_old_dates_of_an_english_correction_are_left_out():
    text = (
        "入札公告の一部訂正について\n"
        "1　訂正内容\n"
        "　| 項目 | 訂正前 | 訂正後 |\n"
        "　|---|---|---|\n"
        "　| 入札書の提出期限 | 令和9年3月12日（金）16時00分 | 令和9年3月19日（金）16時00分 |\n"
        "　| 開札の日時 | 令和9年3月16日（火）10時00分 | 令和9年3月23日（火）10時00分 |\n"
        "\n"
        "(English)\n"
        "Notice of amendment: Supply of laboratory freezers\n"
        "  Time-limit for tender: (before) 4:00 p.m., 12 March, 2027\n"
        "                         (after)  4:00 p.m., 19 March, 2027\n"
        "  Opening of tenders:    (before) 10:00 a.m., 16 March, 2027\n"
        "                         (after)  10:00 a.m., 23 March, 2027\n"
    )
    assert found(text) == [
        ("submission", "2027-03-19", "16:00", "datetime"),
        ("other", "2027-03-23", "10:00", "datetime"),
    ]


# --- events of the work beside the call's steps ------------------------------------------------------------


def test_a_briefing_for_the_contractors_staff_is_no_briefing_of_the_call():
    # (not headed 「仕様書」: a text that names itself a specification keeps only steps under a section about the call)
    text = (
        "第5条（配達員）\n"
        " (1) 受託者は、配達員に市が主催する配達員説明会（令和9年3月25日（木）午前10時から、市役所で開催予定）を\n"
        "受講させること。\n"
        "入札説明会　令和9年2月10日（水）午後2時\n"
    )
    assert found(text) == [("other", "2027-02-10", "14:00", "datetime")]


def test_a_meeting_of_the_consultative_body_the_work_serves_is_no_step():
    text = (
        "■ 日程\n"
        "・企画提案書の提出期限　令和9年4月16日（金）正午\n"
        "■ その他\n"
        "・市地域福祉推進協議会の第1回会議は、6月中旬の開催を予定しています。\n"
    )
    assert found(text) == [("submission", "2027-04-16", "12:00", "datetime")]
