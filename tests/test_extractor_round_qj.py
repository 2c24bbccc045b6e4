"""Change notices read closer (round qj): each test a few lines written for its class."""

from tests.extractor_found import found

# --- a cover naming the items it replaces by number, over pages restating the whole schedule ----------------


def test_items_a_cover_does_not_cite_as_replaced_stand_as_they_were():
    schedule = (
        "5 日程\n"
        "(1) 参加申込書の提出期限\n"
        "令和9年5月28日(金)17時\n"
        "(2) 質問の受付期限\n"
        "令和9年6月4日(金)17時\n"
        "(3) 提案書の提出期限\n"
        "令和9年6月25日(金)17時\n"
        "(4) 審査結果の通知\n"
        "令和9年7月中旬\n"
    )
    text = (
        "令和9年6月1日\n"
        "「〇〇業務」実施要領の一部差替えについて\n"
        "令和9年5月20日付けで公告した標記業務について、実施要領の一部を差し替えます。\n"
        "1 差替え箇所\n"
        "(1) 3ページ 「5 日程」(3) 提案書の提出期限\n"
        "2 その他\n"
        "(1) 上記1以外の記載事項に変更はありません。\n"
        "\n" + schedule
    )
    assert found(text) == [("submission", "2027-06-25", "17:00", "datetime")]
    text = (
        "実施要領の一部差替えについて\n" "1 差替え箇所 5(2) 及び 5(3)\n" "2 上記以外の事項に変更はありません。\n" "\n" + schedule
    )
    assert found(text) == [
        ("question", "2027-06-04", "17:00", "datetime"),
        ("submission", "2027-06-25", "17:00", "datetime"),
    ]
