"""The lead's tests of stop 42: readings a merge changed that a round's own tests did not hold. Each a few invented lines."""

from tests.extractor_found import found

# a 県報's 改め文: each changed step quoted old and new in one sentence, one of them a window 「公告の日から…まで」
GAZETTE_AMENDMENT = (
    "　　　一般競争入札の公告の一部変更\n"
    "　令和九年五月十日付け若竹県公告第二百八号で公告した一般競争入札について、次のとおり変更する。\n"
    "　　令和九年五月二十八日\n"
    "　　　　　　　　　　　　　　　　　　　　　　若竹県知事　山田　一郎\n"
    "１　変更する事項\n"
    "　（一）公告第二百八号の五の（二）設計図書の閲覧期間の項中「公告の日から令和九年六月七日（月曜日）まで」を「公告の日から令和九年六月十四日（月曜日）まで」に改める。\n"
    "　（二）同公告の六の（一）設計図書等に関する質問の提出期限の項中「令和九年六月一日（火曜日）午後五時」を「令和九年六月八日（火曜日）午後五時」に改める。\n"
    "　（三）同公告の六の（二）質問に対する回答の項中「令和九年六月四日（金曜日）までに回答する」を「令和九年六月十一日（金曜日）までに回答する」に改める。\n"
    "　（四）同公告の七の（二）入札書の提出期間の項中「令和九年六月七日（月曜日）午前九時から同月八日（火曜日）午後五時まで」を「令和九年六月十四日（月曜日）午前九時から令和九年六月十五日（火曜日）午後五時まで」に改める。\n"
)


def test_a_gazette_amendment_in_sentences_keeps_each_corrected_step():
    steps = found(GAZETTE_AMENDMENT)
    assert ("question", "2027-06-08", "17:00", "datetime") in steps
    assert ("answer", "2027-06-11", None, "date") in steps
    # 「公告の日から」 inside a quoted window is the original call's day, never a publication on the window's start hour
    assert not any(kind == "published" and time for kind, _, time, _ in steps)
