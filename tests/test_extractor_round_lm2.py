"""A bid team's pastes, second pass (round lm2): a tracker's ticket and a board's card with the issuer's schedule pasted
in, their child tickets, checklists, notes and activity the team's own; a photo of a whiteboard read by OCR; each test a
few lines written for its class."""

from tests.extractor_found import found, one_line

TICKET = """\
案件管理 » チケット
タスク #2210
【浜木綿町】観光案内サイト改修 公募型プロポーザル
ステータス:\t進行中\t開始日:\t2027/05/10
優先度:\t通常\t期日:\t2027/06/04
担当者:\t山口 彩

h3. 町の日程（募集要項より）

|_.項目|_.日程|
|公告|令和9年5月10日（月）|
|質問の受付期限|令和9年5月17日（月）午後5時|
|質問への回答|令和9年5月21日（金）まで|
|企画提案書の提出期限|令和9年6月7日（月）正午|

h3. 社内スケジュール

* 5/14（金）質問案〆
* 6/2（水）提案書 発送（簡易書留）

子チケット
タスク #2211: 提案書 本文作成\t進行中\t山口 彩\t2027/06/01
タスク #2212: 見積書作成\t新規\t川端 純\t2027/06/03

履歴
#3 - 2027/05/19 09:12 - 山口 彩
町HPで回答日の変更あり。回答は「5月21日（金）まで」→「5月25日（火）まで」に変更。他の日程は変更なし。
"""
TICKET_STEPS = [
    ("published", "2027-05-10", None, "date"),
    ("question", "2027-05-17", "17:00", "datetime"),
    ("answer", "2027-05-25", None, "date"),
    ("submission", "2027-06-07", "12:00", "datetime"),
]


def test_a_tickets_wiki_headings_child_tickets_and_a_quoted_change_are_read_as_a_reader_would():
    # 「h3. 社内スケジュール」 heads the team's plan; a child ticket's row gives its due day; 「「A」→「B」に変更」 moves the step
    assert found(TICKET) == TICKET_STEPS


def test_a_date_changed_between_quotes_supersedes_the_schedules_row():
    text = (
        "霧野市 施設管理システム 公募型プロポーザル\n"
        "|項目|日程|\n|公告|令和9年4月5日（月）|\n|質問への回答|令和9年4月16日（金）まで|\n\n"
        "質問への回答は「4月16日（金）まで」→「4月20日（火）まで」に変更されました。\n"
    )
    assert ("answer", "2027-04-20", None, "date") in found(text)
    assert ("answer", "2027-04-16", None, "date") not in found(text)


CARD = """\
【青潮町】移住促進PR業務 企画競争
リスト「提案準備中」内
ボード: 自治体営業

メンバー
AK  SM
ラベル
自治体   企画競争
期限
2027年3月4日 18:00   期限間近

説明
■募集要項「6 日程」より
(1) 募集開始　令和9年2月15日（月）
(2) 質問の受付期限　2月22日（月）午後5時
(3) 企画提案書の提出期限　3月8日（月）午後5時（必着）

■社内メモ
・最終版FIXは3/4（木）18時＝このカードの期限

チェックリスト：提出書類　  1/3
[x] 参加申込書 作成・押印　　2月24日
[ ] 企画提案書 本文　　3月3日
[ ] 見積書　　3月4日

アクティビティ
佐野 真 がこのカードを 検討中 から 提案準備中 に移動しました
2027年2月16日 10:05
"""
CARD_STEPS = [
    ("published", "2027-02-15", None, "date"),
    ("question", "2027-02-22", "17:00", "datetime"),
    ("submission", "2027-03-08", "17:00", "datetime"),
]


def test_a_cards_checklist_memo_due_field_and_activity_stamps_are_the_teams_own():
    assert found(CARD) == CARD_STEPS


def test_a_checklist_outside_a_ticket_or_card_is_still_read_as_the_steps_it_lists():
    # (a user's own list of the call's deadlines, as a task list: its dates are the steps)
    text = "海風市 広報誌制作 企画競争（令和9年度）\n- [ ] 質問締切 5/14(金) 17:00\n- [ ] 提案書提出 5/28(金) 正午\n"
    steps = found(text)
    assert ("question", "2027-05-14", "17:00", "datetime") in steps
    assert ("submission", "2027-05-28", "12:00", "datetime") in steps


WHITEBOARD = """\
[OCR] IMG_20270412_101500.jpg
| 潮見台市 図書館システム更新 プロポ (令和9年度)
| 【市のスケジュール】
| レ 4/l2(月)  公告・要領公開
| レ 4/2O(火) 質問〆 17:00  メールのみ
|    5/1O(月) 提案書〆 正午!!  正1+副5  持参のみ
|
| 【社内】
|    4/16 質問案 〆
|    5/7  最終レビュー 13:3O~
[付箋 1]
 ※別件!! 砂浜町 図書システム
 開札 4/27(火) 10:00
"""


def test_a_whiteboards_ocr_slips_in_slash_dates_and_clocks_are_read_as_digits():
    steps = found(WHITEBOARD)
    assert ("published", "2027-04-12", None, "date") in steps
    assert ("question", "2027-04-20", "17:00", "datetime") in steps  # (the note after the wide gap is how, not when)
    assert ("submission", "2027-05-10", "12:00", "datetime") in steps


def test_a_whiteboards_team_part_and_a_note_about_another_case_stay_out():
    for steps in (found(WHITEBOARD), found(one_line(WHITEBOARD))):
        days = {date for _, date, *_ in steps}
        assert "2027-04-16" not in days and "2027-05-07" not in days  # 【社内】
        assert "2027-04-27" not in days  # 「※別件!!」: another call's 開札


def test_letters_beside_digits_elsewhere_are_left_as_written():
    # (「No.1/2」「I/O」: no date; 「2O点」 no date or time)
    steps = found(
        "白浜市 機器購入 入札（令和9年度）\n仕様書 No.1/2 I/O ポート 配点 2O点\n入札書の提出期限 令和9年6月4日（金）午後5時\n"
    )
    assert steps == [("submission", "2027-06-04", "17:00", "datetime")]
