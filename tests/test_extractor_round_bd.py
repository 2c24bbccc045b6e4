"""PDF text as extraction tools garble it (round bd): each test a few lines written for its class."""

from tests.extractor_found import found

# --- a table read column after column ------------------------------------------------------------------------


def test_a_table_read_column_after_column_pairs_the_labels_with_the_dates():
    text = (
        "4 日程\n"
        "\n"
        "手続\n"
        "募集要項の公表\n"
        "質問の受付期限\n"
        "参加申込期限\n"
        "提案書の提出期限\n"
        "期日\n"
        "令和9年8月2日（月）\n"
        "令和9年8月11日（水）午後3時まで\n"
        "令和9年8月20日（金）正午まで\n"
        "令和9年9月8日（水）午後5時まで\n"
        "\n"
        "5 その他\n"
        "契約期間は令和10年3月31日までとする。\n"
    )
    assert found(text) == [
        ("published", "2027-08-02", None, "date"),
        ("question", "2027-08-11", "15:00", "datetime"),
        ("application", "2027-08-20", "12:00", "datetime"),
        ("submission", "2027-09-08", "17:00", "datetime"),
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
