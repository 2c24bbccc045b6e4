"""Steps told in an FAQ's answers and an hour repeated by 「〃」 (round rl): each test a few lines written for its class."""

from tests.extractor_found import found

FAQ = (
    "令和9年度 展示案内アプリ制作業務 企画競争\n"
    "公示日 2029年4月9日（月）\n"
    "よくある質問\n"
    "－　Q1. 説明会は開催されますか。\n"
    "A. オンラインで開催します。\n"
    "日時：2029年4月18日（水）10:00～11:00\n"
    "－　Q2. 質問はどのように受け付けていますか。\n"
    "A. 質問書に記入の上、電子メールでお送りください。受付は2029年4月20日（金）17:00までです。\n"
    "－　Q3. 参加申込書の提出は必要ですか。\n"
    "A. 必要です。提案書を提出する前に、参加申込書（様式1）を、2029年4月25日（水）12:00までに提出してください。\n"
)


def test_an_faq_question_behind_its_toggle_mark_names_the_step_its_answer_dates():
    got = found(FAQ)
    assert ("other", "2029-04-18", "10:00", "datetime") in got
    assert ("question", "2029-04-20", "17:00", "datetime") in got


def test_an_answer_that_names_the_questions_own_step_keeps_it():
    assert ("application", "2029-04-25", "12:00", "datetime") in found(FAQ)


def test_a_ditto_mark_after_a_day_repeats_the_hour_of_the_row_above():
    text = (
        "日程\n"
        "　　質問書の提出期限　　　　令和11年6月8日(金)午後5時\n"
        "　　参加申請書の提出期限　　令和11年6月12日(火)　 〃\n"
        "　　質問への回答　　　　　　令和11年6月15日(金)\n"
    )
    got = found(text)
    assert ("application", "2029-06-12", "17:00", "datetime") in got
    assert ("answer", "2029-06-15", None, "date") in got
