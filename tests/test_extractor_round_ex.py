"""Change notices (round ex): a correction told in prose as what a date had been and what it is now."""

from tests.extractor_found import found, one_line

NOTICE_HEAD = (
    "公告の訂正について\n"
    "令和9年3月2日付けで公告した「市立図書館空調設備保守業務」の一般競争入札について、次のとおり訂正する。\n"
    "令和9年3月9日\n"
)


def test_the_new_date_after_what_it_had_been_takes_the_step():
    text = NOTICE_HEAD + (
        "（１）入札参加申請書の提出期限\n"
        "入札参加申請書の提出期限は、訂正前は「令和9年3月16日（火）午後5時まで」としていたが、"
        "訂正後は「令和9年3月19日（金）午後5時まで」とする。\n"
    )
    assert found(text) == [("application", "2027-03-19", "17:00", "datetime")]
    assert found(one_line(text)) == [("application", "2027-03-19", "17:00", "datetime")]


def test_an_old_date_opening_a_quoted_passage_is_no_step():
    text = NOTICE_HEAD + (
        "（２）資格確認結果の通知について\n"
        "資格確認結果の通知日は、訂正前は\n"
        "「令和9年3月19日（金）までに電子メールにより通知する。」としていたが、訂正後は\n"
        "「令和9年3月24日（水）までに電子メールにより通知する。」とする。\n"
    )
    assert found(text) == [("result", "2027-03-24", None, "date")]


def test_a_date_told_as_what_it_had_been_with_nothing_after_it_stays_out():
    text = NOTICE_HEAD + (
        "入札書の提出期限は令和9年3月26日（金）午後5時とします。\n"
        "なお、令和9年3月23日（火）としていた開札は、追って日程をお知らせします。\n"
    )
    assert [step[1] for step in found(text)] == ["2027-03-26"]


def test_the_plan_before_a_change_told_in_a_note_is_no_step():
    text = (
        "【延長】施設予約システム構築業務 企画提案書の提出期限の延長について\n"
        "令和9年4月12日付けで公告した標記業務について、企画提案書の提出期限を次のとおり延長します。\n"
        "企画提案書の提出期限　令和9年5月28日（金）午後5時\n"
        "※当初の質問受付（5月14日（金）締切）に対する回答は、5月19日（水）にお送りしました。\n"
    )
    assert ("submission", "2027-05-28", "17:00", "datetime") in found(text)
    assert "2027-05-14" not in [day for _, day, *_ in found(text)]  # (the question window before the change)
