"""Review rv7's mends (rounds gy, gz, hb and the English one-letter section): a few lines written for each."""

from tests.extractor_found import found


def test_papers_put_up_on_the_site_on_a_day_are_published_that_day():
    # round gz read 「に市ホームページに掲載します」 as naming no step, the step the one named before; when the topic
    # names papers (募集要項, 入札説明書), no step, the date is their publication and was dropped
    text = (
        "○○市地域公共交通計画策定業務委託に係る公募型プロポーザルの実施について\n"
        "本業務の受託者を公募型プロポーザル方式により選定します。募集要項は、令和9年6月1日に市ホームページに掲載します。\n"
        "参加を希望する者は、令和9年6月10日（木）午後5時までに参加表明書を提出してください。\n"
    )
    assert found(text) == [
        ("published", "2027-06-01", None, "date"),
        ("application", "2027-06-10", "17:00", "datetime"),
    ]


def test_papers_named_on_the_line_above_are_published_on_the_day_below():
    text = (
        "入札公告（○○小学校給食調理業務委託）\n"
        "入札説明書は、\n"
        "令和9年6月1日（火）に町ホームページに掲載します。\n"
        "日程に変更がある場合は、令和9年6月3日（木）に町ホームページに掲載します。\n"
        "入札書は、令和9年6月17日（木）午前10時までに提出すること。\n"
    )
    assert found(text) == [
        ("published", "2027-06-01", None, "date"),
        ("submission", "2027-06-17", "10:00", "datetime"),
    ]


def test_the_questioners_name_written_on_the_question_keeps_it_a_question():
    # round gz read 「質問者名を伏せ」 as said of the answers; its pattern took any 「質問者名を」「質問者名等」, so a question's
    # row that asks for the name (「質問者名等を記入した質問書の提出」) was read as an answer
    text = (
        "公募型プロポーザルの実施について\n"
        "■ 日程\n"
        "・質問者名等を記入した質問書の提出　令和9年6月9日（水）正午まで\n"
        "・参加申込書の提出期限　令和9年6月15日（火）午後5時\n"
    )
    assert found(text) == [
        ("question", "2027-06-09", "12:00", "datetime"),
        ("application", "2027-06-15", "17:00", "datetime"),
    ]
