"""Notices run onto one line (a PDF's text layer, a portal page copied without its line breaks): devices whose line
breaks are put back (round ja)."""

from tests.extractor_found import found, one_line

SHEET = (
    "白樫町ふれあい温泉センター指定管理者募集要項\n令和8年7月\n白樫町 産業振興課\n"
    "１　募集の趣旨\n町民の健康増進と交流の場として設置した施設の管理運営を行う団体を募集します。"
    "応募を希望する団体は、本要項をよく読んだうえで申請してください。\n"
    "５　募集スケジュール\n募集の日程は、下表のとおりです（別紙1から転記）。\n"
    "別紙1\t募集スケジュール表（予定）\t\t\t\t\t\t作成日\t2026/6/22\n"
    "No.\t項目\t開始日\t曜日\t終了日\t曜日\t時刻\t場所・方法\t備考\n"
    "1\t募集要項の配布\t2026/7/1\t(水)\t2026/7/31\t(金)\t\t町ホームページ\t\n"
    "2\t質問受付\t2026/7/1\t(水)\t2026/7/17\t(金)\t17:00\t電子メール（様式第2号）\t\n"
    "3\t質問への回答\t2026/7/24\t(金)\t\t\t\t町ホームページに掲載\t\n"
    "4\t申請書類の受付\t2026/8/17\t(月)\t2026/8/21\t(金)\t17:00\t持参のみ\t郵送不可\n"
)


def test_a_numbered_tables_head_row_after_a_sheets_title_rows_is_a_row_of_its_own_in_one_line():
    # the head row 「No.<TAB>項目<TAB>…<TAB>時刻」 run into the title rows' tabs above it: its column of times is read
    # only when the head is a line of its own
    assert ("question", "2026-07-17", "17:00", "datetime") in found(one_line(SHEET))
    assert ("submission", "2026-08-21", "17:00", "datetime") in found(one_line(SHEET))
    assert found(one_line(SHEET)) == found(SHEET)
