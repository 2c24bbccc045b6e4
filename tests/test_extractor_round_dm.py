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


def test_the_item_head_of_a_correction_names_what_it_corrects():
    # 「訂正箇所3 … 委託期間」 heads its own 訂正前/訂正後: the form's date item above it is another item, no step is read
    text = (
        "◇訂正箇所2　様式第2号（参加表明書）日付欄\n"
        "　（訂正前）令和8年　　月　　日\n"
        "　（訂正後）令和9年　　月　　日\n"
        "　※年の誤記です。\n"
        "\n"
        "◇訂正箇所3　要項 1 概要 （4）委託期間\n"
        "　（訂正前）令和9年4月1日から令和10年3月31日まで（令和9年度の1年間）\n"
        "　（訂正後）令和9年4月1日から令和10年3月31日まで（令和9年度の12か月間）\n"
    )
    assert found(text) == []


def test_a_correction_of_the_year_alone_keeps_the_new_date():
    text = (
        "実施要領の訂正について\n"
        "\n"
        "■訂正箇所1 実施要領 5 日程 (6)選定結果の通知\n"
        " (訂正前)令和8年2月下旬\n"
        " (訂正後)令和9年2月下旬\n"
        " ※年の誤記です。\n"
    )
    assert found(text) == [("result", "2027-02-01", None, "late_month")]


# --- a step marked over in the schedule a change restates ---------------------------------------------------


def test_a_step_noted_over_beside_its_date_is_no_step_to_come():
    text = (
        "■延長後の日程\n"
        "１　見学会\n"
        "　　令和９年５月１２日（水）午前１０時　※終了しました\n"
        "２　提案書の提出期限\n"
        "　　令和９年６月１８日（金）午後５時\n"
    )
    assert found(text) == [("submission", "2027-06-18", "17:00", "datetime")]
