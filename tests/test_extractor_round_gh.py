"""Markdown tables run onto one line (round gh): a mark, a note's mark or a number inside a cell begins no line, so
each row keeps its words together and its dates stay in the row's columns."""

from tests.extractor_found import found, one_line

CHANGED_ROWS = (
    "令和8年度 観光案内システム構築業務 企画競争の日程変更について\n"
    "令和8年9月1日付けで公示した企画競争について、次のとおり日程を変更します。\n"
    "★印の行が変更となる項目です。\n"
    "| No. | 項目 | 当初の日程 | 変更後の日程 |\n"
    "|---|---|---|---|\n"
    "| 1 | 質問の受付期限 | 2026/09/10(木) 17:00 | 受付終了 |\n"
    "| 2 ★ | 企画提案書の提出期限 | 2026/10/02(金) 12:00 | 2026/10/09(金) 12:00 |\n"
    "| 3 ★ | ヒアリング | 2026/10/14(水) 10:00～ | 2026/10/21(水) 10:00～（時間割は別途通知） |\n"
    "| 4 ★ | 審査結果の通知 | 2026年10月下旬 | 2026年11月上旬 |\n"
    "| 5 | 契約締結 | 2026年11月中旬（予定） | 従前のとおり |\n"
    "★印のない行は、当初の日程から変更ありません。既に企画提案書を提出した者は、変更後の提出期限までに差し替えることが"
    "できます。問合せ先 財務部 調達課 電話 000-0000-0000\n"
)


def test_a_change_mark_after_a_rows_number_keeps_the_row_whole_in_one_line():
    result = found(one_line(CHANGED_ROWS))
    assert ("hearing", "2026-10-21", "10:00", "datetime") in result
    assert ("result", "2026-11-01", None, "early_month") in result
    assert ("result", "2026-10-01", None, "late_month") not in result  # (the old plan's column)
    assert ("contract", "2026-11-01", None, "mid_month") not in result  # (restated: 従前のとおり)


ADDENDUM_ROWS = (
    "Addendum No. 2 to Request for Proposals No. HC-2027-03\n"
    "The schedule is amended as follows.\n"
    "| Event | Original Date | Revised Date | Status |\n"
    "|---|---|---|---|\n"
    "| Questions on the RFP | May 20, 2027 (Thu) | – | Completed |\n"
    "| Further questions (on Addendum No. 1 only) | – | June 3, 2027 (Thu), 5:00 PM | NEW |\n"
    "| Proposals due | June 10, 2027 (Thu), 4:00 PM | June 17, 2027 (Thu), 4:00 PM | CHANGED |\n"
    "All other terms and conditions of the Request for Proposals remain unchanged. Proposers shall acknowledge the "
    "receipt of this Addendum in the cover letter of their proposal. Questions shall be sent by e-mail to the "
    "Procurement Section (procurement@example.jp) and will be answered on the Corporation's website.\n"
)


def test_a_number_after_no_inside_a_cell_keeps_the_steps_name_with_its_date_in_one_line():
    assert ("question", "2027-06-03", "17:00", "datetime") in found(one_line(ADDENDUM_ROWS))


NOTED_ROWS = (
    "令和9年度 市民プール指定管理者の募集\n"
    "4 日程\n"
    "| 手続 | 期限 | 方法 |\n"
    "|---|---|---|\n"
    "| 現地説明会の参加申込 | 令和9年6月11日(金)まで ※2 | 電子メール（様式1） |\n"
    "| 申請書類の受付 | 令和9年7月5日(月)～7月9日(金) ※1 | 持参に限る |\n"
    "※1 受付時間は、各日とも午前9時から午後5時までとします（土曜日、日曜日及び祝日を除く。）。"
    "郵送、電子メールによる提出は受け付けません。\n"
    "※2 期限の日の午後5時必着とします。電子メールの件名は「【市民プール】説明会申込」としてください。\n"
    "※ 上記の日程は予定であり、変更する場合は市ホームページでお知らせします。申請書類の様式は、市ホームページから"
    "入手してください。提出された書類は返却しません。申請に要する費用は、申請者の負担とします。\n"
    "5 問合せ先 市民プール指定管理者募集担当 電話 000-0000-0000 電子メール pool@example.jp "
    "（受付時間は平日の午前9時から午後5時までです。）\n"
)


def test_a_notes_mark_after_a_date_inside_a_cell_keeps_the_row_whole_in_one_line():
    result = found(one_line(NOTED_ROWS))
    assert ("other", "2027-06-11", "17:00", "datetime") in result
    assert ("submission", "2027-07-09", "17:00", "datetime") in result
