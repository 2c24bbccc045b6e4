"""Round gk: a change notice's own title over its day, told from its items headed 「…の変更のお知らせ」."""

import datetime as dt

from tenders.extractor import extract


def milestones(text: str):
    return extract(text).proposal.milestones


ITEMS = """霞野市立図書館空調設備改修工事に係る一般競争入札について

霞野市 総務部 契約課

1　入札書の提出期限の変更のお知らせ　令和9年6月23日（水）午後5時まで
2　開札日の変更のお知らせ　令和9年6月24日（木）
"""

FIRST_ITEM = """霞野市立図書館空調設備改修工事に係る一般競争入札について
霞野市 総務部 契約課
1　現地説明会の変更のお知らせ　令和9年6月20日（日）
2　入札書の提出期限の変更のお知らせ　令和9年6月23日（水）午後5時まで
"""

TITLED = """霞野市立図書館空調設備改修工事に係る一般競争入札の日程延期について（お知らせ）
令和9年6月10日
霞野市 総務部 契約課

令和9年6月1日に公告した標記入札について、次のとおり日程を延期します。

入札書の提出期限
　延期前　令和9年6月16日（水）午後5時
　延期後　令和9年6月23日（水）午後5時
"""


def dated(found):
    return [(m.kind, m.date, m.time, m.precision) for m in found]


def test_items_headed_as_a_change_keep_their_new_dates():
    expected = [
        ("submission", dt.date(2027, 6, 23), dt.time(17, 0), "datetime"),
        ("other", dt.date(2027, 6, 24), None, "date"),
    ]
    assert dated(milestones(ITEMS)) == expected
    assert dated(milestones(ITEMS.replace("\n", " "))) == expected


def test_first_item_headed_as_a_change_keeps_its_day_without_a_time():
    found = milestones(FIRST_ITEM.replace("\n", " "))
    assert [(m.kind, m.date, m.time, m.precision) for m in found if m.date == dt.date(2027, 6, 20)] == [
        ("other", dt.date(2027, 6, 20), None, "date")
    ]


def test_notices_own_title_over_its_day_is_no_step_in_one_line():
    found = milestones(TITLED.replace("\n", " "))
    assert not [m for m in found if m.date == dt.date(2027, 6, 10)]
    assert dated(found) == [("submission", dt.date(2027, 6, 23), dt.time(17, 0), "datetime")]
