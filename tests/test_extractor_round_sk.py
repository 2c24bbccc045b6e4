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


def test_rows_under_a_spanning_cell_begin_at_their_empty_first_cell():
    text = (
        "港川市営プール指定管理者募集要項の一部変更について\n\n"
        "令和9年6月30日に公表した募集要項の一部を次のとおり変更しました。変更の内容は、下記の新旧対照表のとおりです。"
        "応募を予定されている方は、必ず変更後の募集要項をご確認ください。\n\n"
        "頁\t項目\t変更後\t変更前\n"
        "4\t4(3) 申請資格\t令和4年4月1日以降に同種施設を管理運営した実績を有すること。\t"
        "平成29年4月1日以降に同種施設を管理運営した実績を有すること。\n"
        "9\t8(1) 指定管理料の上限額\t年額101,200千円\t年額98,400千円\n"
        "12\t10 募集スケジュール\n"
        "\t(1) 現地説明会\t令和9年7月14日(水) 午後2時から\t令和9年7月14日(水) 午後2時から\n"
        "\t(2) 質問の受付期限\t令和9年8月4日(水) 午後5時\t令和9年8月4日(水) 正午\n"
        "\t(3) 質問への回答\t令和9年8月13日(金)\t令和9年8月11日(水)\n"
        "\t(4) 申請書類の受付\t令和9年8月27日(金) 午後5時まで\t令和9年8月20日(金) 午後5時まで\n"
        "\t(5) 選定結果の通知\t令和9年10月上旬\t令和9年9月下旬\n"
    )
    read = found(one_line(text))
    assert ("submission", "2027-08-27", "17:00", "datetime") in read  # (the new value, in its column)
    assert ("result", "2027-10-01", None, "early_month") in read
    assert not [step for step in read if step[1] in ("2027-08-11", "2027-08-20", "2027-09-01")]  # (no old value)


# --- a numbered section's heading over its indented paragraph -----------------------------------------------------------


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
