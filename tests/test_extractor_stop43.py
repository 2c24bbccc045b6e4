"""The lead's tests of stop 43: readings a merge changed that a round's own tests did not hold. Each a few invented lines."""

from tests.extractor_found import found

# a 公報's 改め文 whose clauses stand each under its caption in brackets, the caption indented deeper than its clause
# (the drafting style of a gazette): the clause lines are no values flush left under labels (round ll's hanging
# indent), and each changed day is still proposed
CAPTIONED_AMENDMENT = (
    "若竹県公告第三百十二号\n"
    "　令和九年八月二日付け若竹県公告第二百九十号（若竹県立図書館清掃業務委託に係る一般競争入札公告）の一部を次のように変更する。\n"
    "　　令和九年八月二十日\n"
    "　　　　　　　　　　　　　　　　　　　　　　　　若竹県知事　山田　一郎\n"
    "　　（入札説明書の交付期間）\n"
    "　三の㈡中「令和九年八月二十日（金）まで」を「令和九年八月二十七日（金）まで」に改める。\n"
    "　　（競争参加資格確認申請書の提出期限）\n"
    "　四の㈠中「令和九年八月二十三日（月）午後五時」を「令和九年八月三十日（月）午後五時」に改める。\n"
    "　　（入札書の提出期限）\n"
    "　五の㈡中「令和九年九月六日（月）正午」を「令和九年九月十三日（月）正午」に改め、同項㈣中「令和九年九月七日（火）午前十時」を「令和九年九月十四日（火）午前十時」に改める。\n"
    "　　（変更後の仕様書に関する質問）\n"
    "　六を七とし、五の次に次の一項を加える。\n"
    "　六　変更後の仕様書に関する質問\n"
    "　　㈠　差し替えた仕様書に関する質問は、電子メールで提出すること。\n"
    "　　㈡　受付期限　令和九年八月二十五日（水）午後五時\n"
    "　　（変更の理由）\n"
    "　仕様書の一部を差し替えたため。\n"
)


def test_captioned_amending_clauses_keep_their_new_days():
    days = {(date, time) for _, date, time, _ in found(CAPTIONED_AMENDMENT)}
    assert ("2027-08-30", "17:00") in days
    assert ("2027-09-13", "12:00") in days
    assert not {("2027-08-23", "17:00"), ("2027-09-06", "12:00")} & days  # the old words
