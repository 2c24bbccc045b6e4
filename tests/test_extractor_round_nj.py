"""Round nj: a 告示 that amends a call by clauses (改め文). A clause of several pairs, each after the item it cites
(「第5項第2号中「A」を「B」に、同項第3号中「C」を「D」に改める。」), gives every pair's new words, not the last alone; and
an item a clause inserts (「第6項の次に次の1項を加える。」, 「…に改め、同号の次に次の一号を加える。」, 「第4項に次の1号を加え
る。」) set at the clauses' own depth, its own lines running down to the next clause or the 附則, gives the steps it
creates. Each test a short text written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line

HEAD = (
    "潮見市告示第55号\n"
    "　潮見市営テニスコートの指定管理者の募集について（令和8年潮見市告示第30号）の一部を次のように改正する。\n"
    "　　令和8年6月26日\n"
    "　　　　　　　　　　　　　　　　潮見市長　山田　一郎\n"
)
RIDER = "　　　附　則\n　この告示は、告示の日から施行する。\n"


def test_pairs_each_after_the_item_they_cite():
    text = (
        HEAD
        + "　第5項第2号中「7月10日（金）」を「7月24日（金）」に、同項第3号中「8月上旬」を「8月下旬」に改める。\n"
        + RIDER
        + "\n（参考）改正後の日程\n"
        "質問の受付期限　　令和8年7月3日（金）午後5時\n"
        "質問への回答　　　令和8年7月24日（金）\n"
        "第1次審査　　　　令和8年8月下旬\n"
        "選定結果の通知　　令和8年9月中旬\n"
    )
    expected = [("answer", "2026-07-24", None, "date"), ("other", "2026-08-01", None, "late_month")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_pairs_citing_other_items_by_their_own_numbers():
    text = (
        HEAD
        + "　第4項中「令和8年9月1日（火）」を「令和8年9月8日（火）」に、第6項第1号中「10月中旬」を「10月下旬」に改める。\n"
        + RIDER
        + "\n（参考）改正後のスケジュール\n"
        "・申請書類の提出期限　令和8年9月8日（火）\n"
        "・選定結果の通知　令和8年10月下旬\n"
        "・基本協定の締結　令和9年3月\n"
    )
    assert found(text) == [("submission", "2026-09-08", None, "date"), ("result", "2026-10-01", None, "late_month")]


def test_item_inserted_at_the_clauses_depth():
    text = (
        HEAD + "　第6項の次に次の1項を加える。\n"
        "　6の2　現地見学会\n"
        "　　(1)　日時　令和8年7月15日（水）午後2時から午後4時まで\n"
        "　　(2)　申込　参加を希望する者は、令和8年7月10日（金）正午までに申込書を提出すること。\n"
        "　第7項中「令和8年7月3日（金）」を「令和8年7月24日（金）」に改める。\n" + RIDER
    )
    assert found(text) == [
        ("other", "2026-07-10", "12:00", "datetime"),
        ("other", "2026-07-15", "14:00", "datetime"),
        ("other", "2026-07-24", None, "date"),  # (the item the clause cites by number alone, named nowhere)
    ]


def test_item_added_to_the_end_of_an_item():
    text = (
        HEAD + "　第4項第1号中「7月10日（金）」を「7月24日（金）」に改める。\n"
        "　第5項に次の1号を加える。\n"
        "　(4)　審査結果の通知　令和8年9月下旬に電子メールで通知する。\n" + RIDER
    )
    assert ("result", "2026-09-01", None, "late_month") in found(text)
