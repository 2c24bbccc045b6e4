"""A bid team's pastes and calls in rare layouts (round ps): each test a few lines written for its form."""

from tests.extractor_found import found

# --- pdftotext -layout ------------------------------------------------------------------------------------


def test_a_layout_row_whose_label_and_window_wrap_onto_three_lines():
    text = (
        "        手 続 き              日 時 ・ 期 間                   方 法\n"
        "\n"
        "    質問の受付             令和9年2月26日(金)正午まで       電子メール\n"
        "\n"
        "    入札参加資格確認申請   令和9年3月1日(月)から            総務課へ持参\n"
        "    書の提出               令和9年3月10日(水)まで\n"
        "                           午前9時から午後5時まで\n"
        "                           （土曜日及び日曜日を除く。）\n"
        "\n"
        "    入札及び開札           令和9年3月24日(水)午前10時      本庁舎会議室\n"
    )
    assert found(text) == [
        ("question", "2027-02-26", "12:00", "datetime"),
        ("application", "2027-03-10", "17:00", "datetime"),
        ("submission", "2027-03-24", "10:00", "datetime"),
        ("other", "2027-03-24", "10:00", "datetime"),
    ]
