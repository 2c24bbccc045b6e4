"""Notices that change a call (round ik): a clause 「３（２）中「…」を「…」に改める。」 whose item the line above names by its
heading. Each test a few lines written for its class."""

from tests.extractor_found import found

# --- an amending clause under its item's heading -------------------------------------------------------------


def test_a_clause_citing_an_item_by_number_takes_its_name_from_the_heading_quoted_above():
    text = (
        "柚木原市告示第８８号\n"
        "　柚木原市窓口案内システム導入業務公募型プロポーザル実施要領の一部を次のように変更する。\n"
        "　　令和１０年６月３日\n"
        "　　　　　　　　　　　　　　　　柚木原市長　岩舘　直樹\n"
        "（１）\n"
        "　　「４　日程\n"
        "　　　（３）参加表明書の提出期限」\n"
        "　４（３）中「令和１０年６月１２日（月）午後５時」を「令和１０年６月１９日（月）午後５時」に改める。\n"
        "（２）\n"
        "　　「４　日程\n"
        "　　　（５）提案書の提出期限」\n"
        "　４（５）中「令和１０年７月３日（月）正午」を「令和１０年７月１０日（月）正午」に改める。\n"
    )
    assert found(text) == [
        ("application", "2028-06-19", "17:00", "datetime"),
        ("submission", "2028-07-10", "12:00", "datetime"),
    ]


def test_a_clause_under_a_numbered_step_of_a_list_of_changes_takes_that_step():
    text = (
        "くぬぎ台町子育て支援アプリ開発業務委託 公募型プロポーザルの日程変更について\n"
        "令和10年9月1日付けで公告した標記プロポーザルについて、実施要領「6　日程」を次のとおり変更します。\n"
        "\n"
        "(2)　質問に対する回答\n"
        "　　実施要領6(2)中「令和10年9月11日（月）」を「令和10年9月15日（金）」に改める。\n"
        "\n"
        "(4)　審査結果の通知\n"
        "　　実施要領6(4)中「令和10年10月上旬」を「令和10年10月中旬」に改める。\n"
    )
    assert found(text) == [("answer", "2028-09-15", None, "date"), ("result", "2028-10-01", None, "mid_month")]
    other_item = text.replace("(2)　質問に対する回答", "(3)　質問に対する回答")  # a heading of another item: not its name
    assert "answer" not in [kind for kind, *_ in found(other_item)]
