"""PDF text as extraction tools garble it (round bd): each test a few lines written for its class."""

from tests.extractor_found import found, kinds

# --- a table read column after column ------------------------------------------------------------------------


def test_a_table_read_column_after_column_pairs_the_labels_with_the_dates():
    text = (
        "4 日程\n"
        "\n"
        "手続\n"
        "募集要項の公表\n"
        "質問の受付期限\n"
        "質問への回答\n"
        "参加申込期限\n"
        "提案書の提出期限\n"
        "審査会\n"
        "期日\n"
        "令和9年8月2日（月）\n"
        "令和9年8月11日（水）午後3時まで\n"
        "令和9年8月17日（火）までにホームページに掲載\n"
        "令和9年8月20日（金）正午まで\n"
        "令和9年9月8日（水）午後5時まで\n"
        "令和9年9月下旬（予定）\n"
        "\n"
        "5 その他\n"
        "契約期間は令和10年3月31日までとする。\n"
    )
    assert found(text) == [
        ("published", "2027-08-02", None, "date"),
        ("question", "2027-08-11", "15:00", "datetime"),
        ("answer", "2027-08-17", None, "date"),
        ("application", "2027-08-20", "12:00", "datetime"),
        ("submission", "2027-09-08", "17:00", "datetime"),
        ("hearing", "2027-09-01", None, "late_month"),
    ]


def test_a_correction_table_read_column_after_column_keeps_the_new_dates():
    text = (
        "2 変更の内容\n"
        "\n"
        "区分\n"
        "変更前\n"
        "変更後\n"
        "質問の提出期限\n"
        "提案書の提出期限\n"
        "令和9年8月11日（水）午後5時\n"
        "令和9年9月8日（水）午後5時\n"
        "令和9年8月18日（水）午後5時\n"
        "令和9年9月15日（水）午後5時\n"
        "\n"
        "3 その他\n"
    )
    assert found(text) == [
        ("question", "2027-08-18", "17:00", "datetime"),
        ("submission", "2027-09-15", "17:00", "datetime"),
    ]


def test_columns_whose_counts_differ_are_not_paired():
    # (a label cut over two lines: five label lines over four dates — no row is guessed)
    text = (
        "項目\n"
        "募集要項の公表\n"
        "質問の受付期限\n"
        "参加申込書及び\n"
        "実績調書の提出期限\n"
        "提案書の提出期限\n"
        "日程\n"
        "令和9年8月2日（月）\n"
        "令和9年8月11日（水）\n"
        "令和9年8月20日（金）\n"
        "令和9年9月8日（水）\n"
    )
    assert ("application", "2027-08-11", None, "date") not in found(text)


# --- a box of dates beside the body's text, on the same lines ------------------------------------------------


def test_a_box_of_dates_beside_the_body_gives_its_steps():
    text = (
        "募集要領\n"
        "1 目的                                  ┌ 日 程 ───────────┐\n"
        "市の魅力を発信する動画を制作する。      │募集開始                  │\n"
        "                                        │ 令和9年8月2日（月）      │\n"
        "2 業務の概要                            │質問受付期限              │\n"
        "(1) 履行期間 契約締結日から令和10年2月  │ 令和9年8月11日（水）正午 │\n"
        "    27日（金）まで                      │応募書類提出期限          │\n"
        "(2) 上限額 3,300,000円                  │ 令和9年8月27日（金）午後5時│\n"
        "                                        │審査結果通知              │\n"
        "3 参加資格                              │ 令和9年9月上旬（予定）   │\n"
        "市の入札参加資格を有すること。          └──────────────┘\n"
        "\n"
        "4 その他\n"
        "提出された書類は返却しない。\n"
    )
    assert found(text) == [
        ("published", "2027-08-02", None, "date"),
        ("question", "2027-08-11", "12:00", "datetime"),
        ("submission", "2027-08-27", "17:00", "datetime"),
        ("result", "2027-09-01", None, "early_month"),
    ]


def test_a_box_beside_the_body_is_read_apart_from_it():
    from tenders.extractor.normalize import box_columns

    lines = [
        "1 目的                          ┌ 日 程 ──────────┐",
        "施設の利用データを集計し、      │質問受付期限            │",
        "運営の改善に役立てる。          │ 令和9年8月11日（水）   │",
        "(1) 履行期間 令和10年2月        │提案書提出期限          │",
        "    25日（金）まで              │ 令和9年8月27日（金）   │",
        "(2) 上限額 9,900,000円          └────────────┘",
        "2 参加資格",
    ]
    assert box_columns(lines) == (
        [
            "日 程",
            "質問受付期限",
            "令和9年8月11日（水）",
            "提案書提出期限",
            "令和9年8月27日（金）",
            "1 目的",
            "施設の利用データを集計し、",
            "運営の改善に役立てる。",
            "(1) 履行期間 令和10年2月",
            "    25日（金）まで",
            "(2) 上限額 9,900,000円",
            "2 参加資格",
        ],
        [0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 5, 6],
    )
    # (a box standing on its own, nothing beside it, or a table's ruled cells: left as they are)
    assert box_columns(["┌────┐", "│公告│", "│ 令和9年8月2日 │", "└────┘"]) is None


# --- justified text: a space between every character, full-width digits too ---------------------------------


def test_full_width_digits_spaced_apart_are_read_as_a_date():
    text = (
        "５　日　　　程\n"
        "募　集　開　始　　令 和 ９ 年 ８ 月 ２ 日 （ 月 ）\n"
        "質　問　回　答　　令 和 ９ 年 ８ 月 １ ８ 日 （ 水 ）\n"
        "提　出　期　限　　令 和 ９ 年 ８ 月 ２ ７ 日 （ 金 ） 午 後 ５ 時 ま で\n"
    )
    assert found(text) == [
        ("published", "2027-08-02", None, "date"),
        ("answer", "2027-08-18", None, "date"),
        ("submission", "2027-08-27", "17:00", "datetime"),
    ]


def test_a_spaced_closed_day_note_is_no_step():
    text = (
        "５　日程\n"
        "質問回答　令和９年８月１８日（水）\n"
        "提出期限　令和９年９月２４日（金）午後５時まで\n"
        "※ 令 和 ９ 年 ９ 月 ２ ３ 日 （ 木 ・ 祝 ） は 閉 庁 日 の た め 受 付 を 行 わ な い 。\n"
    )
    assert kinds(text) == ["answer", "submission"]


# --- a date broken over lines with a running header between its halves -------------------------------------


def test_a_page_header_between_the_halves_of_a_time_is_stepped_over():
    text = (
        "市民交流イベント企画運営業務 募集要領 1\n"
        "5 提案書の提出\n"
        "(1) 応募者は、企画提案書（A4判10ページ以内）及び見積書を令和9年8月27日（金）午後\n"
        "市民交流イベント企画運営業務 募集要領 2\n"
        "4時30分までに提出すること。\n"
        "(2) 受付時間は、平日の午前9時から午後5時までとする。\n"
    )
    assert found(text) == [("submission", "2027-08-27", "16:30", "datetime")]


# --- OCR slips in a scanned notice -----------------------------------------------------------------------------


def test_an_hour_after_a_misread_gogo_is_kept():
    text = (
        "（３）提案書の提出期限　令和９年l０月l５曰（金）牛後４時まで\n（４）審査会　令和９年１０月２２日（金）牛前１０時から\n"
    )
    assert found(text) == [
        ("submission", "2027-10-15", "16:00", "datetime"),
        ("hearing", "2027-10-22", "10:00", "datetime"),
    ]


# --- a table's labels cut over lines, the date's cell at the middle of its row ------------------------------


def test_labels_cut_over_lines_around_their_dates_are_read_whole():
    text = (
        "４ 日程\n"
        "  募集開始       令和9年8月2日（月）\n"
        "  質問書の       令和9年8月11日（水）正午まで\n"
        "  提出期限\n"
        "  質問に対       令和9年8月16日（月）\n"
        "  する回答       市ホームページに掲載\n"
        "  参加申込\n"
        "  書の提出       令和9年8月20日（金）午後5時まで\n"
        "  期限\n"
        "  参加資格\n"
        "  確認結果       令和9年8月25日（水）\n"
        "  の通知\n"
        "  企画提案\n"
        "  書の提出       令和9年9月8日（水）午後5時まで\n"
        "  期限\n"
        "  契約締結       令和9年9月下旬（予定）\n"
    )
    assert found(text) == [
        ("published", "2027-08-02", None, "date"),
        ("question", "2027-08-11", "12:00", "datetime"),
        ("answer", "2027-08-16", None, "date"),
        ("application", "2027-08-20", "17:00", "datetime"),
        ("result", "2027-08-25", None, "date"),
        ("submission", "2027-09-08", "17:00", "datetime"),
        ("contract", "2027-09-01", None, "late_month"),
    ]
