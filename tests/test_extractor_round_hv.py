"""Change notices whose 改める clauses cite the changed item by its number alone (each test a few lines written for
its class)."""

from tests.extractor_found import found


def test_an_item_cited_by_number_takes_its_name_from_the_list_of_the_calls_items():
    text = (
        "梅野市告示第５０号\n"
        "　令和８年４月１日梅野市告示第３０号（一般競争入札の実施について）の一部を次のように改正する。\n"
        "　　令和８年４月１５日\n"
        "　　　　　　　　　　　　　　　　梅野市長　山田　一郎\n"
        "　第４項中「令和８年５月８日」を「令和８年５月１５日」に改める。\n"
        "　第６項中「令和８年５月２０日午前１０時」を「令和８年５月２７日午前１０時」に改める。\n"
        "\n"
        "　（参考）告示第３０号の項の構成\n"
        "　　第４項　　入札参加資格確認申請書の提出期限\n"
        "　　第５項　　入札説明書に関する質問\n"
        "　　第６項　　開札の日時及び場所\n"
    )
    assert found(text) == [
        ("application", "2026-05-15", None, "date"),
        ("other", "2026-05-27", "10:00", "datetime"),
    ]


def test_an_item_named_nowhere_takes_the_kind_its_clauses_other_words_give():
    text = (
        "入札公告の訂正\n"
        "　令和八年三月二日付け梅野県公告第五十号（一般競争入札の実施について）の一部を次のように訂正する。\n"
        "　　令和八年三月十六日\n"
        "　　　　　　　　　　　　　　　　梅野県知事　山田　一郎\n"
        "　三の（二）中「令和八年三月二十四日（火）」を「令和八年三月三十一日（火）」に、"
        "「梅野県ホームページ」を「梅野県電子入札システムの質問回答欄」に改める。\n"
    )
    assert found(text) == [("answer", "2026-03-31", None, "date")]
