"""Layouts of schedules found in notices of the more set (round g): short forms of a month's part, …"""

import datetime as dt

from tenders.extractor import extract
from tenders.extractor.dates import find_mentions


def steps(text):
    return [(m.kind, m.date, m.time, m.precision) for m in extract(text).proposal.milestones]


def parts(line):
    return [(m.year, m.month, m.day, m.precision) for m in find_mentions(line)]


def test_a_month_and_its_part_in_short_form_is_a_date():
    assert parts("2027/4/下旬") == [(2027, 4, None, "late_month")]
    assert parts("2/上旬 選定結果通知") == [(None, 2, None, "early_month")]
    assert parts("2027/4/2") == [(2027, 4, 2, "date")]
    assert parts("2027/4 配布資料 3/4") == []


def test_a_timeline_of_short_forms_gives_each_step_its_part_of_the_month():
    text = (
        "令和8年度 研修業務 企画提案募集\n4 日程\n"
        "　　令和9年1月15日(金)　　企画提案書の提出期限\n"
        "　　2/上旬　　　選定結果の通知\n"
        "　　3/下旬　　　契約締結\n"
    )
    found = steps(text)
    assert ("result", dt.date(2027, 2, 1), None, "early_month") in found
    assert ("contract", dt.date(2027, 3, 1), None, "late_month") in found
