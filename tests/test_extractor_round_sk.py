"""A notice run onto one line (a PDF's text layer or a portal page copied flat) read as it is written (round sk): each
test a few lines written for its device, read in both shapes."""

from tenders.extractor.relining import relined
from tests.extractor_found import found, one_line

# --- a table's rows numbered in their first cell, cut at their numbers ------------------------------------------------


def test_rows_numbered_in_turn_keep_the_spaces_of_their_cells():
    text = (
        "件名: 【電子入札システム】通知書発行のお知らせ\n\n"
        "下記の調達案件について、発注者から通知書が発行されました。電子入札システムにログインし、「入札状況一覧」画面から"
        "通知書の内容を確認してください。このメールは送信専用アドレスから自動送信しています。\n\n"
        "入札状況一覧\n"
        "No.\t案件名称\t入札方式\t進捗状況\t通知書\t入札書受付締切日時\t開札日時\n"
        "1\t令和9年度 港町二丁目配水管布設工事\t一般競争入札\t入札書受付前\t日時変更通知書\t令和09年10月13日 17時00分\t"
        "令和09年10月14日 10時00分\n"
        "2\t令和9年度 北浜ポンプ場電気設備工事\t一般競争入札\t入札書受付中\t入札書受付票\t令和09年10月06日 17時00分\t"
        "令和09年10月07日 10時00分\n"
        "3\t令和9年度 南台地区漏水調査業務委託\t指名競争入札\t開札済\t落札者決定通知書\t令和09年09月22日 17時00分\t"
        "令和09年09月24日 10時00分\n"
    )
    assert found(one_line(text)) == found(text)
    assert ("submission", "2027-10-13", "17:00", "datetime") in found(one_line(text))
    assert ("other", "2027-10-14", "10:00", "datetime") in found(one_line(text))


def test_a_sections_heading_is_cut_from_the_indented_paragraph_under_it():
    text = (
        "競争参加資格確認通知書\n\n"
        "　令和９年５月１２日付けで申請のあった下記工事に係る競争参加資格について、次のとおり確認したので通知します。\n\n"
        "記\n\n"
        "１　工事名　　　配水管布設替工事（港町三丁目地内）\n\n"
        "２　入札日程の変更\n"
        "　設計図書の差替えにより、公告で定めた入札日程を次のとおり変更します。変更のない手続は「－」としています。\n\n"
        "手続\t日時\t区分\n"
        "入札書の提出期限\t令和９年６月９日（金）午後５時\t変更\n"
        "開札日時\t令和９年６月１２日（月）午前１０時\t変更\n\n"
        "（変更前の日程）\n"
        "　入札書の提出期限　　　令和９年６月２日（金）午後５時\n\n"
        "３　差替え後の設計図書\n"
        "　差替え後の設計図書は、電子入札システムの「入札説明書等」欄に掲載しています。\n"
    )
    lines = relined(one_line(text))[0].split("\n")
    assert "２　入札日程の変更" in lines
    assert "（変更前の日程）" in lines  # (a heading in brackets after a blank line, too)
    assert "３　差替え後の設計図書" in lines
    assert found(one_line(text)) == found(text)


# --- a table laid out with spaces, its columns underlined -----------------------------------------------------------------


def test_a_table_whose_columns_are_underlined_keeps_its_rows():
    text = (
        "一般競争入札公告の一部訂正について\n"
        "　令和8年10月5日付けで公告した一般競争入札について、次のとおり訂正する。\n\n"
        "1　訂正の理由\n"
        "　　仕様書に誤りがあったため、仕様書を差し替え、入札日程を延長する。\n\n"
        "2　訂正内容\n\n"
        "　　項目                  訂正前                          訂正後\n"
        "　　--------------------  ------------------------------  ------------------------------\n"
        "　　入札書の提出期限      令和8年10月26日（月）午後5時    令和8年11月2日（月）午後5時\n"
        "　　開札日時              令和8年10月27日（火）午前10時   令和8年11月4日（水）午前10時\n\n"
        "3　その他\n"
        "　上記以外の事項に変更はありません。\n"
    )
    assert found(one_line(text)) == [
        ("submission", "2026-11-02", "17:00", "datetime"),
        ("other", "2026-11-04", "10:00", "datetime"),
    ]
    assert found(one_line(text)) == found(text)
