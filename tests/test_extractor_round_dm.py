"""What follows a call: the notices that correct, move, add to or call off its steps (round dm): each test a few
lines written for its class."""

from tests.extractor_found import found

# --- a 正誤表 ruled item by item ---------------------------------------------------------------------------


def test_a_ruled_off_item_of_a_seigohyo_corrects_no_step_above_its_rule():
    # the 正 of the period corrects the item under its rule (no step), not the sentence above the rule
    text = (
        "要項の正誤表\n"
        "\n"
        "令和9年7月1日に公表した要項に誤りがありましたので、次のとおり訂正します。\n"
        "お詫びして訂正します。訂正後の要項は町ホームページに掲載しています。\n"
        "\n"
        "――――――――――――――――\n"
        "1.要項 2ページ 「3 指定期間」\n"
        "\n"
        " 誤 令和10年4月1日から令和15年3月30日まで(5年間)\n"
        " 正 令和10年4月1日から令和15年3月31日まで(5年間)\n"
        "\n"
        "――――――――――――――――\n"
        "2.要項 5ページ 「6(2) 応募書類の提出期限」\n"
        "\n"
        " 誤 令和9年9月10日(金)午後5時\n"
        " 正 令和9年9月17日(金)午後5時\n"
    )
    assert found(text) == [("submission", "2027-09-17", "17:00", "datetime")]
