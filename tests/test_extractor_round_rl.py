"""Steps told in an FAQ's answers (round rl): each test a few lines written for its class."""

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
