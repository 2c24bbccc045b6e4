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


# a team calendar exported as ICS: an entry of another call remarked on in its description (「別件（…）。」), then the
# call's own entry; the remark is a sentence on the entry above it, no note's title over the entries below
# (round lm2's 「別件」 note on a whiteboard)
CALENDAR_WITH_OTHER_CALL = (
    "BEGIN:VCALENDAR\n"
    "VERSION:2.0\n"
    "PRODID:-//Example//Calendar//JA\n"
    "BEGIN:VEVENT\n"
    "DTSTART;TZID=Asia/Tokyo:20280118T170000\n"
    "DTEND;TZID=Asia/Tokyo:20280118T173000\n"
    "DESCRIPTION:別件（山吹町）。担当 田中。若竹県とは無関係\n"
    "SUMMARY:【他案件】山吹町 観光案内所運営 参加申込〆\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "DTSTART;TZID=Asia/Tokyo:20280124T171500\n"
    "DTEND;TZID=Asia/Tokyo:20280124T174500\n"
    "DESCRIPTION:要項6(2)「令和10年1月24日(月)午後5時15分まで（必着）」\n"
    "SUMMARY:【若竹県】〆 企画提案参加申込書\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "DTSTART;TZID=Asia/Tokyo:20280207T170000\n"
    "DTEND;TZID=Asia/Tokyo:20280207T173000\n"
    "DESCRIPTION:要項7(1)「令和10年2月7日(月)午後5時まで」\n"
    "SUMMARY:【若竹県】〆 企画提案書\n"
    "END:VEVENT\n"
    "END:VCALENDAR\n"
)


def test_a_calendar_entry_remarked_as_another_call_leaves_the_next_entry_the_calls():
    days = {(date, time) for _, date, time, _ in found(CALENDAR_WITH_OTHER_CALL)}
    assert ("2028-01-24", "17:15") in days
    assert ("2028-02-07", "17:00") in days
