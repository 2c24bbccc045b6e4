"""Round iz: dates the extractor proposed that the answers leave out (precision), each mended by the device it reads."""

import datetime as dt

from tests.extractor_found import steps


def test_the_day_questions_were_received_by_is_no_answer_date_with_an_honorific_question():
    text = (
        "浜木綿町水道メーター見積合わせ\n\n"
        "質問の受付　令和6年11月15日(金)午後5時まで\n"
        "回答　令和6年11月18日(月)までにメールで回答\n\n"
        "11月15日までにお寄せいただいたご質問(2件)に回答します。\n"
    )
    assert steps(text) == [
        ("question", dt.date(2024, 11, 15), dt.time(17, 0), "datetime"),
        ("answer", dt.date(2024, 11, 18), None, "date"),
    ]


def test_the_day_questions_were_received_by_is_no_answer_date_with_the_questions_topic_before_them():
    text = (
        "朝霧県交通計画策定支援業務 公募型プロポーザル\n\n"
        "（２）参加表明書に関する質問の受付期限　令和10年5月22日（月）17時15分\n"
        "（３）参加表明書に関する質問の回答　令和10年5月26日（金）\n\n"
        "質問回答書\n"
        "　令和10年5月22日（月）17時15分までに受け付けた参加表明書に関する質問について、次のとおり回答します。\n"
    )
    assert steps(text) == [
        ("question", dt.date(2028, 5, 22), dt.time(17, 15), "datetime"),
        ("answer", dt.date(2028, 5, 26), None, "date"),
    ]


def test_an_english_window_of_the_tender_documents_keyed_on_its_line_is_their_publication():
    text = (
        "Summary\n"
        "(8) Tender documents: 2027-05-10 to 2027-06-21 (download from the website)\n"
        "(9) Briefing session: 2027-05-18 14:00 JST\n"
        "(11) Time-limit for tender: 17:00 (JST) 2027-07-20\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 5, 10), None, "date"),
        ("other", dt.date(2027, 5, 18), dt.time(14, 0), "datetime"),
        ("submission", dt.date(2027, 7, 20), dt.time(17, 0), "datetime"),
    ]


def test_the_end_of_an_english_window_of_the_tender_documents_under_their_heading_is_no_deadline():
    text = (
        "INVITATION TO TENDER\n"
        "Date of notice: 2028/4/14 (Fri)\n\n"
        "3. TENDER DOCUMENTS\n"
        "3.1 Period: 2028/4/14 (Fri) to 2028/5/19 (Fri), 9:00-17:00 on business days.\n"
        "3.2 Place: Contracts Division, or download from the Authority's e-procurement page.\n\n"
        "7. SUBMISSION OF TENDERS\n"
        "7.1 Tenders shall be submitted no later than close of business (17:00) on 2028/5/26 (Fri).\n"
    )
    assert steps(text) == [
        ("published", dt.date(2028, 4, 14), None, "date"),
        ("submission", dt.date(2028, 5, 26), dt.time(17, 0), "datetime"),
    ]
