"""Change notices an issuer publishes in shapes not read before (round rz): a table a text version reads out a row a
sentence, a change's table a text browser set with single spaces, a form's wrapped remarks that tell the old dates, a
page whose own title says the change, a key marked as the new value's. Each test a few lines written for its shape."""

from tests.extractor_found import found, one_line

# --- a table read out a row a sentence (a page's text version for screen readers) ------------------------------

SPOKEN_ROWS = (
    "入札公告の一部変更について\n"
    "令和9年2月1日付けで公告した入札について、公告の一部を次のとおり変更する。\n"
    "\n"
    "1 変更内容\n"
    "表1 変更する日程。2行、3列の表です。列の見出しは、左から「項目」「変更前」「変更後」です。\n"
    "1行目。項目、質問書の提出期限。変更前、令和9年2月10日（水曜日）午後5時。変更後、令和9年2月17日（水曜日）午後5時。\n"
    "2行目。項目、開札の日時。変更前、令和9年3月1日（月曜日）午前10時。変更後、令和9年3月8日（月曜日）午前10時。\n"
    "表1はここまでです。\n"
    "\n"
    "2 変更しない事項\n"
    "表2 変更しない事項。1行、2列の表です。列の見出しは、左から「項目」「内容」です。\n"
    "1行目。項目、契約締結予定日。内容、令和9年3月下旬。\n"
    "表2はここまでです。\n"
)


def test_a_table_read_out_row_by_row_gives_only_its_new_column():
    expected = [("question", "2027-02-17", "17:00", "datetime"), ("other", "2027-03-08", "10:00", "datetime")]
    assert found(SPOKEN_ROWS) == expected
    assert found(one_line(SPOKEN_ROWS)) == expected


def test_a_table_under_a_heading_of_what_stands_is_restated():
    text = (
        "入札公告の一部変更について\n"
        "令和9年2月1日付けで公告した入札について、次のとおり変更する。\n"
        "\n"
        "1 変更内容\n"
        "| 項目 | 変更前 | 変更後 |\n"
        "| 質問書の提出期限 | 令和9年2月10日(水)午後5時 | 令和9年2月17日(水)午後5時 |\n"
        "\n"
        "2 変更しない事項\n"
        "| 項目 | 内容 |\n"
        "| 契約締結予定日 | 令和9年3月下旬 |\n"
    )
    assert found(text) == [("question", "2027-02-17", "17:00", "datetime")]


# --- a change's table a text browser set with single spaces -----------------------------------------------------

SPACED_TABLE = (
    "業務委託 公募型プロポーザルの日程変更について\n"
    "\n"
    "   令和9年5月10日に公告したプロポーザルについて、次のとおり日程を変更します。\n"
    "\n"
    "   項目 変更前 変更後\n"
    "   質問の受付期限 令和9年5月20日（木曜日）午後5時 （受付終了）\n"
    "   参加表明書の提出期限 令和9年5月28日（金曜日）午後5時 令和9年6月11日（金\n"
    "   曜日）午後5時\n"
    "   審査結果の通知 令和9年6月下旬 令和9年7月中旬\n"
    "\n"
    "   ※変更のない項目は、当初の日程のとおりです。\n"
)


def test_a_change_table_set_with_single_spaces_gives_its_new_column():
    expected = [("application", "2027-06-11", "17:00", "datetime"), ("result", "2027-07-01", None, "mid_month")]
    assert found(SPACED_TABLE) == expected
    assert found(one_line(SPACED_TABLE)) == expected


# --- a form's remarks wrapped under their key, telling the old dates ---------------------------------------------


def test_wrapped_remarks_that_tell_the_old_dates_leave_them_out():
    text = (
        "                              日時変更通知書\n"
        "\n"
        "    下記の案件について、日時を変更しましたので通知します。\n"
        "\n"
        "    入札書受付締切日時        令和09年06月29日 17時00分\n"
        "    開札日時                  令和09年06月30日 10時00分\n"
        "    変更理由                  図面の差替えに伴い、入札書受付締切日時及び開札日時\n"
        "                              を変更します。当初の入札書受付締切日時は令和09年\n"
        "                              06月18日 17時00分、開札日時は令和09年06月21日 10時\n"
        "                              00分でした。\n"
    )
    assert found(text) == [
        ("submission", "2027-06-29", "17:00", "datetime"),
        ("other", "2027-06-30", "10:00", "datetime"),
    ]


def test_a_notice_of_a_change_issued_by_a_system_has_no_publication():
    text = (
        "日時変更通知書\n"
        "    下記の案件について、日時を変更しましたので通知します。\n"
        "    発行日時     ：令和09年06月12日 15時45分\n"
        "    入札書受付締切日時        令和09年06月29日 17時00分\n"
        "    変更理由                  図面の差替えに伴い、入札書受付締切日時を変更します（当初は令和09年06月18日 17時00分）。\n"
        "案件概要\n"
        "    公告日                    令和09年06月01日\n"
        "    入札書受付締切日時        令和09年06月29日 17時00分\n"
    )
    assert found(text) == [("submission", "2027-06-29", "17:00", "datetime")]


# --- a page whose own title says the change, its key marked as the new value's -------------------------------------


def test_a_page_titled_with_its_change_keeps_the_new_meeting_day_only():
    text = (
        "文化会館指定管理者選定委員会（第2回）の開催日時を変更します\n"
        "ページ番号 1002345　更新日：2027年9月11日\n"
        "\n"
        "会議名\n"
        "文化会館指定管理者選定委員会（第2回）\n"
        "開催日時（変更後）\n"
        "令和9年10月8日（金曜日）午後1時30分から午後5時まで\n"
        "開催日時（変更前）\n"
        "令和9年9月24日（金曜日）午後1時30分から午後5時まで\n"
        "開催場所\n"
        "市役所本庁舎5階 第2委員会室\n"
    )
    assert found(text) == [("hearing", "2027-10-08", "13:30", "datetime")]


# --- a post that passes the change on in plain words ----------------------------------------------------------------

POST = (
    "【締切延長】地域アプリのプロポーザル、企画提案書の提出期限を10月8日まで延ばします（説明会も開きます）\n"
    "\n"
    "浜風市 情報政策課\n"
    "2027年9月10日 10:00\n"
    "\n"
    "■ 何が変わるの？\n"
    "\n"
    "▼企画提案書の提出期限\n"
    "　変更前：9月24日（金）17:00\n"
    "　変更後：10月8日（金）17:00（必着）\n"
    "\n"
    "■ 変わらないこと\n"
    "\n"
    "・質問の受付（9月3日（金）17:00締切）は、予定どおり終わっています。\n"
    "・参加表明書の受付（9月8日（水）17:00締切）も終わっています。\n"
    "・一次審査の結果は、予定どおり9月15日（水）に参加者へ通知します。\n"
)


def test_a_post_tagged_with_its_extension_keeps_only_the_new_deadline():
    assert ("submission", "2027-10-08", "17:00", "datetime") in found(POST)
    for day in ("2027-09-03", "2027-09-08", "2027-09-15", "2027-09-24"):
        assert day not in [date for _, date, *_ in found(POST)]
