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
