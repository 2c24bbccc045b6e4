"""A bid team's pastes read by what marks the issuer's steps among its own (round kz): a task board's export whose cards
filed under the issuer's schedule are the call's steps and the rest the team's (its record columns and a placeholder due
day left out); a sheet's 区分 cell merged down over the team's rows; a tracker ticket's 期限日 field; an old value quoted
from the paper before an arrow to the day fixed. Each test a few invented lines."""

from tests.extractor_found import found

BOARD_HEAD = "Task ID\tCreated At\tLast Modified\tName\tSection\tDue Date\tTags\tNotes\n"


def test_a_board_export_keeps_the_cards_filed_under_the_issuer_schedule():
    text = BOARD_HEAD + (
        "11\t2027-05-06\t2027-05-12\t【市】参加申込書 提出期限\t発注者スケジュール\t2027-05-20\t市日程\t要綱:5/20(木)17:00まで。\n"
        "12\t2027-05-06\t2027-05-11\t【市】企画提案書 提出期限\t発注者スケジュール\t2027-06-04\t市日程\t要綱:6/4(金)正午必着。\n"
        "21\t2027-05-06\t2027-05-09\t提案書ドラフト\t提案書\t2027-05-28\t\t社内レビューは5/31(月)10:00。\n"
        "22\t2027-05-07\t2027-05-07\t【別件】庁舎清掃業務 見積合わせ\tその他\t2027-05-25\t別件\t見積書提出 5/25(火)15:00。\n"
    )
    assert found(text) == [
        ("application", "2027-05-20", "17:00", "datetime"),
        ("submission", "2027-06-04", "12:00", "datetime"),
    ]


def test_a_board_card_whose_due_day_holds_a_place_keeps_the_part_of_the_month():
    text = BOARD_HEAD + (
        "11\t2027-05-06\t2027-05-06\t【市】企画提案書 提出期限\t発注者スケジュール\t2027-06-04\t市日程\t要綱:6/4(金)正午必着。\n"
        "12\t2027-05-06\t2027-05-06\t【市】審査結果通知\t発注者スケジュール\t2027-06-25\t市日程\t要綱:6月下旬に通知予定。期日は仮置き。\n"
        "21\t2027-05-06\t2027-05-06\t提案書ドラフト\t提案書\t2027-05-28\t\t\n"
    )
    assert found(text) == [
        ("submission", "2027-06-04", "12:00", "datetime"),
        ("result", "2027-06-01", None, "late_month"),
    ]


def test_a_board_export_without_an_issuer_section_is_read_as_before():
    text = (  # (must not: no card filed under the issuer's schedule, so no card is left out for it)
        "Task ID\tName\tSection\tDue Date\n"
        "1\t参加申込書 提出期限\t手続\t2027-05-20\n"
        "2\t企画提案書 提出期限\t手続\t2027-06-04\n"
    )
    assert found(text) == [
        ("application", "2027-05-20", None, "date"),
        ("submission", "2027-06-04", None, "date"),
    ]


def test_a_sheet_group_cell_merged_down_marks_the_team_rows_under_it():
    text = (
        "No\t区分\t作業項目\t担当\t日付\t備考\n"
        "1\t発注者日程\t公募開始(町HP)\t東浜町\t6/1(火)\t令和9年6月1日公表\n"
        "2\t\t質問受付〆\t東浜町\t6/9(水)\t\n"
        "3\t\t提案書 提出期限\t東浜町\t6/25(金)\t\n"
        "4\t社内\t要項読み込み\t森\t6/2(水)\t\n"
        "5\t\t提案書 持参提出\t森\t6/24(木)\t前日に持参\n"
        "6\t\tリハーサル\t全員\t7/2(金)\t\n"
    )
    assert [step[:2] for step in found(text)] == [
        ("published", "2027-06-01"),
        ("question", "2027-06-09"),
        ("submission", "2027-06-25"),
    ]


def test_a_sheet_with_blank_group_cells_and_no_team_mark_keeps_its_rows():
    text = (  # (must not: blank cells under the issuer's group, no team's mark above them)
        "No\t区分\t作業項目\t日付\t備考\n"
        "1\t発注者日程\t公募開始\t令和9年6月1日(火)\t\n"
        "2\t\t質問受付〆\t令和9年6月9日(水)\t\n"
        "3\t\t提案書 提出期限\t令和9年6月25日(金)\t\n"
    )
    assert [step[:2] for step in found(text)] == [
        ("published", "2027-06-01"),
        ("question", "2027-06-09"),
        ("submission", "2027-06-25"),
    ]


def test_a_ticket_due_day_field_is_the_team_own():
    text = (
        "PRJ-88\n"
        "西浜市 窓口案内システム構築業務 対応\n"
        "処理中\n"
        "\n"
        "優先度\t中\n"
        "担当者\t川口 翔\n"
        "開始日\t2027/04/05\n"
        "期限日\t2027/04/21\n"
        "\n"
        "詳細\n"
        "> 公告 令和9年4月5日(月)\n"
        "> 企画提案書提出期限 令和9年4月28日(水)午後5時\n"
    )
    assert found(text) == [
        ("published", "2027-04-05", None, "date"),
        ("submission", "2027-04-28", "17:00", "datetime"),
    ]


def test_an_old_value_quoted_before_an_arrow_gives_way_to_the_day_fixed():
    text = (
        "健康づくり推進業務 企画競争 説明会メモ\n"
        "日時:2027/10/05(火)10:00\n"
        "・質問:10/12(火)正午まで。\n"
        "・プレゼン審査:要領では「令和9年11月中旬」→ 11/16(火)で確定、とのこと。\n"
    )
    assert found(text)[-1] == ("hearing", "2027-11-16", None, "date")


def test_a_quoted_value_without_an_arrow_stays():
    text = (  # (must not: a date quoted from the paper with no arrow to a new one is the step's own)
        "健康づくり推進業務 企画競争 説明会メモ\n"
        "日時:2027/10/05(火)10:00\n"
        "・質問:10/12(火)正午まで。\n"
        "・プレゼン審査:要領では「令和9年11月中旬」、時間は追って通知とのこと。\n"
    )
    assert found(text)[-1] == ("hearing", "2027-11-01", None, "mid_month")


def test_a_related_ticket_day_and_a_call_passed_on_are_another_call():
    text = (
        "西浜市 窓口案内システム構築業務 対応メモ\n"
        "・公告 令和9年4月5日(月)\n"
        "・企画提案書提出期限 令和9年4月28日(水)午後5時\n"
        "(関連課題 PRJ-31 の開札は4/20(火)10:00、こちらは森さん担当です)\n"
        "なお、同じ課から「西浜市庁舎照明更新工事設計業務」の入札(4/22(木)開札)も出ていますが、今回は見送りとします。\n"
    )
    assert found(text) == [
        ("published", "2027-04-05", None, "date"),
        ("submission", "2027-04-28", "17:00", "datetime"),
    ]


def test_a_call_named_in_quotes_with_its_own_day_is_kept():
    text = (  # (must not: the notice's own call named in quotes, nothing passed on)
        "「西浜市窓口案内システム構築業務」の開札 令和9年5月10日(月)午前10時\n"
    )
    assert [step[1:] for step in found(text)] == [("2027-05-10", "10:00", "datetime")]
