"""Change notices as a 新旧対照表 pasted from a spreadsheet (round oj): each test a few lines written for its device."""

from tests.extractor_found import found

# --- a section's heading inside a table of versions ----------------------------------------------------------


def test_a_section_heading_inside_a_table_of_versions_keeps_its_columns():
    head = (
        "霧島町体育館指定管理者募集要項の一部変更について\n募集要項の一部を変更しました。変更の内容は新旧対照表のとおりです。\n"
    )
    text = head + (
        "頁\t項目\t変更後\t変更前\n"
        "3\t5(2) 提出部数\t正本1部、副本8部\t正本1部、副本6部\n"
        "10\t9 募集日程\n"
        "\t(1) 質問の受付期限\t令和9年5月12日(水) 午後5時\t令和9年5月12日(水) 正午\n"
        "\t(2) 申請書類の提出期限\t令和9年5月28日(金) 午後5時\t令和9年5月21日(金) 午後5時\n"
    )
    assert found(text) == [
        ("question", "2027-05-12", "17:00", "datetime"),
        ("submission", "2027-05-28", "17:00", "datetime"),
    ]
    text = head + (
        "No.\t箇所\t新\t旧\n"
        "1\t第3 参加資格\t令和5年4月1日以降の実績\t平成30年4月1日以降の実績\n"
        "2\t第6 日程\n"
        "\t質問への回答\t令和9年10月8日(金)\t令和9年10月1日(金)\n"
        "\t提案書の提出期限\t令和9年10月22日(金)正午\t令和9年10月15日(金)正午\n"
    )
    assert found(text) == [
        ("answer", "2027-10-08", None, "date"),
        ("submission", "2027-10-22", "12:00", "datetime"),
    ]


# --- a row that reads the same in both versions ----------------------------------------------------------------


def test_a_row_the_same_in_both_versions_is_restated_even_with_a_from():
    text = (
        "潮見台市民ホール指定管理者募集要項の一部変更について\n"
        "募集要項の一部を変更しました。変更箇所は下表のとおりです。\n"
        "項目\t変更後\t変更前\n"
        "(1) 現地説明会\t令和9年6月9日(水) 午前10時から\t令和9年6月9日(水) 午前10時から\n"
        "(2) 申請書類の提出期限\t令和9年7月2日(金) 午後5時\t令和9年6月25日(金) 午後5時\n"
        "(3) 基本協定の締結\t令和10年1月～2月(予定)\t令和10年1月～2月(予定)\n"
    )
    assert found(text) == [("submission", "2027-07-02", "17:00", "datetime")]


# --- a spreadsheet's cell holding a line break ------------------------------------------------------------------


def test_a_cell_broken_over_two_lines_stays_in_its_row():
    text = (
        "岩清水町総合体育館指定管理者募集要項の一部変更について\n"
        "募集要項の一部を変更しました。変更の内容は新旧対照表のとおりです。\n"
        "頁\t項目\t変更後\t変更前\n"
        "8\t9 日程\n"
        "\t(4) 質問への回答\t令和9年8月6日(金)\t令和9年8月4日(水)\n"
        "\t(5) 申請書類の受付\t令和9年8月9日(月)～令和9年8月20日(金)\n"
        "午前9時～午後5時（土曜日、日曜日及び祝日を除く。）\t令和9年8月9日(月)～令和9年8月13日(金)\n"
        "午前9時～午後5時（土曜日、日曜日及び祝日を除く。）\n"
        "\t(6) 第1次審査\t令和9年9月上旬\t令和9年8月下旬\n"
    )
    assert found(text) == [
        ("answer", "2027-08-06", None, "date"),
        ("submission", "2027-08-20", "17:00", "datetime"),
        ("other", "2027-09-01", None, "early_month"),
    ]
    text = text.replace("午前9時～午後5時（土曜日、日曜日及び祝日を除く。）", "各日 8時30分～17時15分", 2)
    assert found(text)[1] == ("submission", "2027-08-20", "17:15", "datetime")


def test_rows_each_short_a_mark_cell_stay_rows_of_their_own():
    text = (
        "日程（★は変更箇所）\n"
        "項目\t日程\t変更\n"
        "参加申込書の提出期限\t令和9年7月1日(木)午後5時\n"
        "参加資格確認結果の通知\t令和9年7月7日(水)\n"
        "企画提案書の提出期限\t令和9年7月16日(金)午後5時\t★\n"
    )
    assert found(text) == [
        ("application", "2027-07-01", "17:00", "datetime"),
        ("result", "2027-07-07", None, "date"),
        ("submission", "2027-07-16", "17:00", "datetime"),
    ]
