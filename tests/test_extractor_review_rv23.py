"""Review rv23 of rounds jm, jp, jn, jq: plain variants their rules read too widely (one rule's cost, a run of
spaces after a YAML key, is measured by the bench's adversarial device of that name, not here)."""

import datetime as dt

from tenders.extractor.normalize import chat_form
from tests.extractor_found import steps

# --- an English step told in the past (round jn): a closing to come, an adverb or a participle after 「be」 ---------

SEALED_AND_CLOSED = (
    "Invitation to Tender: Road Resurfacing Works\n"
    "Sazanami City\n"
    "\n"
    "1. Tender documents are available from Monday, 10 May 2027.\n"
    "2. The tender box will be sealed and closed at 12:00 on Friday, 28 May 2027.\n"
    "3. Tenders will be opened in public at 14:00 on Friday, 28 May 2027.\n"
)

FORMALLY_CLOSED = (
    "Invitation to Tender: School Meals Supply\n"
    "Sazanami City\n"
    "\n"
    "Questions may be sent until Friday, 14 May 2027.\n"
    "The tender will be formally closed on Friday, 28 May 2027 at 12:00 noon.\n"
)

CLOSED_IN_THE_PAST = (
    "Request for Proposals: Visitor Survey 2027 (Amendment No. 1)\n"
    "Sazanami City\n"
    "\n"
    "The clarification period closed on Friday, 14 May 2027 and the site visit took place on\n"
    "Tuesday, 18 May 2027 as planned.\n"
    "The deadline for proposals is extended to 12:00 on Monday, 14 June 2027.\n"
)


def test_a_tender_box_to_be_sealed_and_closed_is_the_deadline_to_come():
    assert ("submission", dt.date(2027, 5, 28), dt.time(12, 0), "datetime") in steps(SEALED_AND_CLOSED)


def test_a_tender_to_be_formally_closed_is_the_deadline_to_come():
    assert steps(FORMALLY_CLOSED) == [
        ("question", dt.date(2027, 5, 14), None, "date"),
        ("submission", dt.date(2027, 5, 28), dt.time(12, 0), "datetime"),
    ]


def test_a_period_that_closed_and_a_visit_that_took_place_are_still_over():
    assert steps(CLOSED_IN_THE_PAST) == [("submission", dt.date(2027, 6, 14), dt.time(12, 0), "datetime")]


# --- the firm's own lines (round jq): 弊社 and 当社 as an issuing company writes them ---------------------------------

COMPANY_FLOW_ARROW = (
    "株式会社みなと観光開発\n"
    "港まつり運営業務委託 企画提案募集のお知らせ\n"
    "\n"
    "１ 参加申込書の提出期限\u3000令和9年6月10日(木)午後5時\n"
    "２ 参加資格の審査\n"
    "\u3000→当社にて審査のうえ、令和9年6月17日(木)までに結果を通知します。\n"
    "３ 企画提案書の提出期限\u3000令和9年7月1日(木)正午\n"
)

COMPANY_REVIEW = (
    "株式会社みなと観光開発\n"
    "港まつり運営業務委託 企画提案募集のお知らせ\n"
    "\n"
    "１ 参加申込書の提出期限\u3000令和9年6月10日(木)午後5時\n"
    "２ 提出された参加申込書は弊社のレビューを経て、令和9年6月17日(木)までに結果を通知します。\n"
    "３ 企画提案書の提出期限\u3000令和9年7月1日(木)正午\n"
)

COMPANY_MAIL_APPROVAL = (
    "件名：港まつり運営業務委託 企画提案募集のご案内\n"
    "\n"
    "各位\n"
    "\n"
    "弊社では下記のとおり企画提案を募集します。\n"
    "参加を希望される方は、令和9年6月10日(木)午後5時までに参加申込書をご提出ください。\n"
    "弊社の承認後、令和9年6月17日(木)に参加資格の審査結果を通知します。\n"
    "企画提案書の提出期限は令和9年7月1日(木)正午です。\n"
    "\n"
    "株式会社みなと観光開発 総務部\n"
)

COMPANY_STEPS = [
    ("application", dt.date(2027, 6, 10), dt.time(17, 0), "datetime"),
    ("result", dt.date(2027, 6, 17), None, "date"),
    ("submission", dt.date(2027, 7, 1), dt.time(12, 0), "datetime"),
]


def test_an_issuing_companys_arrowed_step_with_no_notes_mark_is_its_step():
    assert steps(COMPANY_FLOW_ARROW) == COMPANY_STEPS


def test_an_issuing_companys_review_of_the_papers_is_no_team_step():
    assert steps(COMPANY_REVIEW) == COMPANY_STEPS


def test_an_issuing_companys_approval_in_a_mail_is_no_team_step():
    assert steps(COMPANY_MAIL_APPROVAL) == COMPANY_STEPS


def test_the_firms_own_deadline_is_still_its_own():
    text = COMPANY_FLOW_ARROW.replace("\u3000→当社にて審査のうえ、", "→※弊社締切は令和9年6月3日(木)です。審査のうえ、")
    assert ("application", dt.date(2027, 6, 3), None, "date") not in steps(text)
    assert not any(day == dt.date(2027, 6, 3) for _, day, *_ in steps(text))


# --- a bracketed log (round jq): a page's news log keyed by what each entry is, no chat --------------------------

NEWS_LOG = (
    "桜庭市観光パンフレット制作業務委託 公募型プロポーザル\n"
    "\n"
    "お知らせ\n"
    "[2027/05/20 9:00] 公告: 公募型プロポーザルの実施について公告しました\n"
    "[2027/05/27 10:00] 掲載: 質問回答書を掲載しました\n"
    "[2027/06/01 10:00] 公告: 参加資格確認結果を通知しました\n"
    "[2027/06/02 10:00] 掲載: 様式第2号を差し替えました\n"
    "\n"
    "参加申込書の提出期限\u3000令和9年6月10日(木)午後5時\n"
    "企画提案書の提出期限\u3000令和9年6月24日(木)正午\n"
)


def test_a_news_log_in_brackets_is_no_chat_and_keeps_its_days():
    assert chat_form(NEWS_LOG.splitlines()) is None
    assert ("published", dt.date(2027, 5, 20), dt.time(9, 0), "datetime") in steps(NEWS_LOG)


def test_a_chat_in_brackets_is_still_a_chat():
    chat = (
        "[2027/06/03 9:15] 山田: おはようございます。要領を共有します。\n"
        "[2027/06/03 9:24] 佐藤: ありがとうございます！\n"
        "[2027/06/03 9:31] 山田: 説明会は6/10です。\n"
        "[2027/06/03 9:33] 佐藤: 了解です。\n"
    )
    assert chat_form(chat.splitlines()) == "inline"
