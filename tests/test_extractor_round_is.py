"""Notices that follow a call (round is): a change notice's 改める clauses citing 「第４項⑵」 under headings that name
the item, a press release calling a call off under a ruled title, a call's page updated in place with 【旧】 dates, a
質問回答書 whose answer cell runs onto a line of its own, and a question sent by its form 「質問書（様式第３号）により」.
Each test a text written for its class."""

import pytest

from tests.extractor_found import found, kinds, one_line

# --- 「第４項⑵中「…」を「…」に改める。」 under 「⑶　質問の受付期限（第４項⑵）」 -----------------------------------------


def amending_notice(marks: tuple[str, str], items: tuple[str, str]) -> str:
    return (
        "汐凪町告示第８７号\n"
        "\n"
        "　　　告示の一部変更について\n"
        "\n"
        "　令和９年４月１２日付け汐凪町告示第６１号「汐凪町観光案内サイン整備計画策定業務に係る公募型プロポーザルの実施に"
        "ついて」の一部を次のように変更したので告示する。\n"
        "\n"
        "　　令和９年４月２６日\n"
        "\n"
        "　　　　　　　　　　　　　　　　　　　　汐凪町長　　浜岡　英樹\n"
        "\n"
        "１　変更内容\n"
        f"　{marks[0]}　参加申込書の提出期限（第３項{items[0]}）\n"
        f"　　　第３項{items[0]}中「令和９年５月７日（金）午後５時」を「令和９年５月１４日（金）午後５時」に改める。\n"
        "\n"
        f"　{marks[1]}　企画提案書の提出期限（第５項{items[1]}）\n"
        f"　　　第５項{items[1]}中「令和９年５月２８日」を「令和９年６月４日」に改める。\n"
        "\n"
        "２　変更しない事項\n"
        "　　前記以外の事項は、汐凪町告示第６１号のとおりとする。\n"
    )


@pytest.mark.parametrize("marks", [("⑴", "⑵"), ("（１）", "（２）"), ("(1)", "(2)")])
@pytest.mark.parametrize("items", [("⑷", "⑴"), ("（４）", "（１）"), ("第４号", "第１号")])
def test_a_clause_citing_an_item_by_its_paragraph_and_number_takes_its_name_from_the_heading_above(marks, items):
    text = amending_notice(marks, items)
    expected = [
        ("application", "2027-05-14", "17:00", "datetime"),
        ("submission", "2027-06-04", None, "date"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_clause_citing_an_item_in_kanji_numbers_takes_its_name_from_the_heading_above():
    text = (
        "霧島台市告示第百二号\n"
        "\n"
        "　霧島台市立図書館サイン計画策定業務委託に係る公募型プロポーザルの実施について（令和九年霧島台市告示第八十八号）の"
        "一部を次のように変更する。\n"
        "\n"
        "　　令和九年六月一日\n"
        "\n"
        "　　　　　　　　　　　　　　　　　　霧島台市長　　堀川　正志\n"
        "\n"
        "（一）質問書の提出期限（第四項（二））\n"
        "　　第四項（二）中「令和九年六月九日（水）正午」を「令和九年六月十六日（水）正午」に改める。\n"
        "（二）提案書の提出期限（第六項（一））\n"
        "　　第六項（一）中「令和九年七月二日（金）」を「令和九年七月九日（金）」に改める。\n"
    )
    assert kinds(text) == ["question", "submission"]
    assert [d for _, d, *_ in found(text)] == ["2027-06-16", "2027-07-09"]
