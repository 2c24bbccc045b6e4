"""The lead's mends of stop 49, each with texts written for it."""

from tests.extractor_found import found, one_line

CORRECTION = (
    "入札公告の訂正について\n"
    "　令和9年5月10日付けで公告した「市民会館舞台設備保守業務委託」の一般競争入札について、次のとおり訂正します。\n"
    "　令和9年5月24日\n"
    "　　　　　　　　　　　　　　　　　　萩浦市長　　佐藤　一郎\n"
    "１　訂正箇所\n"
    "　・入札説明書等の交付期間　令和9年5月10日（月）から令和9年6月4日（金）まで　{mark}\n"
    "　・入札書の提出期限　令和9年6月4日（金）午後5時　{mark}\n"
    "　　（訂正前：令和9年5月28日（金）午後5時）\n"
)


def test_a_change_notice_gives_no_publication_from_a_papers_window_that_opened_before_it():
    # (INDEX.md: a change notice has no publication of its own; the window's end moved, its start is the call's)
    for mark in ("【修正】", "※", ""):
        text = CORRECTION.format(mark=mark)
        assert found(text) == [("submission", "2027-06-04", "17:00", "datetime")], mark
        assert found(one_line(text)) == [("submission", "2027-06-04", "17:00", "datetime")], mark


def test_a_call_keeps_its_papers_window_start_as_its_publication():
    text = (
        "一般競争入札公告\n"
        "　令和9年5月10日\n"
        "１　入札説明書等の交付期間　令和9年5月10日（月）から令和9年5月28日（金）まで\n"
        "２　入札書の提出期限　令和9年5月28日（金）午後5時\n"
    )
    assert found(text) == [
        ("published", "2027-05-10", None, "date"),
        ("submission", "2027-05-28", "17:00", "datetime"),
    ]
