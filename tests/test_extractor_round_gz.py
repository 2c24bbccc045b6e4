"""Notes after a step's date that name no step of their own (round gz): where the step is put up (「…本ページに掲載します」)
and how the questioners are kept out of it (「質問者名を伏せ」). Each test a few lines written for its class."""

from tests.extractor_found import found


def test_where_the_answers_are_put_up_names_no_step():
    text = (
        "◆質問書の提出期限\n"
        "令和9年3月3日(水) 正午\n"
        "(電子メールに限る。質問者あてに回答を送付するほか、令和9年3月8日(月)までに本ページに掲載します。)\n"
        "◆見積書の提出期限\n"
        "令和9年3月15日(月) 午後5時\n"
    )
    assert found(text) == [
        ("question", "2027-03-03", "12:00", "datetime"),
        ("answer", "2027-03-08", None, "date"),
        ("submission", "2027-03-15", "17:00", "datetime"),
    ]


def test_the_day_answers_go_up_on_the_site_is_the_answer_the_line_above_names():
    text = (
        "６　手続の日程\n"
        "　質問は、令和9年6月2日（水）午後5時までに電子メールで提出すること。質問に対する回答は、\n"
        "　6月9日（水）に町ホームページに掲載する。\n"
        "　企画提案書は、6月23日（水）午後5時までに企画課へ提出すること。\n"
    )
    assert found(text) == [
        ("question", "2027-06-02", "17:00", "datetime"),
        ("answer", "2027-06-09", None, "date"),
        ("submission", "2027-06-23", "17:00", "datetime"),
    ]


def test_the_questioners_names_kept_out_is_said_of_the_answers():
    text = (
        "(1) 質問の受付期限 令和9年8月6日(金)午後5時\n"
        "(2) 回答 質問者の名称は伏せたうえで、令和9年8月13日(金)までに組合ホームページで公開します。\n"
        "(3) 参加申込書の提出期限 令和9年8月20日(金)午後5時\n"
    )
    assert found(text) == [
        ("question", "2027-08-06", "17:00", "datetime"),
        ("answer", "2027-08-13", None, "date"),
        ("application", "2027-08-20", "17:00", "datetime"),
    ]
