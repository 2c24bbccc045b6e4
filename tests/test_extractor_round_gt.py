"""Ordinary Japanese calls: dates that are no step of the call (round gt)."""

import datetime as dt

from tenders.extractor.labels import is_not_milestone
from tests.extractor_found import steps


def test_a_briefings_own_papers_and_record_put_up_after_it_are_no_step():
    text = (
        "説明会のまとめ\n"
        "・質問の受付期限　令和9年6月18日(金)午後5時\n"
        "・企画提案書の提出期限　令和9年7月2日(金)正午\n"
        "・本日の配布資料及び質疑の記録は、6月16日(水)に町ホームページへ掲載します。\n"
    )
    assert steps(text) == [
        ("question", dt.date(2027, 6, 18), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 7, 2), dt.time(12, 0), "datetime"),
    ]


def test_a_question_about_todays_record_answered_with_a_day_is_no_step():
    text = (
        "質疑応答\n"
        "問1(A社)当日の質疑の内容は公開されますか。\n"
        "答1　本日の記録を令和9年6月20日(日)までに県ホームページで公開します。\n"
        "問2(B社)参加申込書の提出期限はいつですか。\n"
        "答2　令和9年6月25日(金)午後5時までです。\n"
    )
    found = steps(text)
    assert all(day != dt.date(2027, 6, 20) for _, day, _, _ in found)
    assert ("application", dt.date(2027, 6, 25), dt.time(17, 0), "datetime") in found


def test_labels_of_a_meetings_record():
    assert is_not_milestone("本日の説明会資料と質疑の記録は")
    assert is_not_milestone("説明会の質疑応答記録の掲載")
    assert not is_not_milestone("説明会の参加申込期限")
