"""Review rv2 of rounds gc–ge: an English example's bracket (「(e.g. …)」「(example: …)」) told in any case, as its
pattern reads it (a check before it looked for the lower-case words alone, so 「(E.g. 15 June 2027)」 in a form run
onto one line gave a step); a change notice's 「予定どおり」 denied (「予定どおりの開催が困難となったため」) restates no
step, the day after it a new one."""

import datetime as dt

from tenders.extractor import extract
from tests.extractor_found import found, one_line

FORM = (
    "Schedule\n"
    "  Deadline for applications ........ 2027.07.02 17:00\n"
    "\n"
    "Annex 2: Request for clarification (Form 4)\n"
    "  Date received: ______ (E.g. 15 June 2027)\n"
    "  Date signed: ______ (EXAMPLE: 16 June 2027)\n"
    "  Company name: ______________\n"
)


def test_an_english_example_bracket_in_capitals_is_no_step():
    assert found(FORM) == [("application", "2027-07-02", "17:00", "datetime")]
    assert found(one_line(FORM)) == [("application", "2027-07-02", "17:00", "datetime")]


MOVED = """霞野町公告第15号

令和9年5月10日付け霞野町公告第9号で公告した霞野町立中学校体育館照明改修工事に係る一般競争入札について、次のとおり変更する。

令和9年5月20日

霞野町長　青柳　誠

1　入札書の提出期限は、令和9年6月23日(水)午後5時に変更する。
2　開札は予定どおり令和9年6月24日(木)午前10時で変更ありません。
3　現地説明会は、予定どおりの開催が困難となったため、令和9年6月3日(木)午前10時に開催します。
4　質問の回答は、会場の工事が予定どおり終わらないため、令和9年6月10日(木)に行う。
"""


def test_a_plan_denied_is_no_step_restated():
    found_days = {(m.date, m.time) for m in extract(MOVED).proposal.milestones}
    assert (dt.date(2027, 6, 3), dt.time(10, 0)) in found_days  # (the briefing moved: the plan could not hold)
    assert (dt.date(2027, 6, 10), None) in found_days
    assert (dt.date(2027, 6, 23), dt.time(17, 0)) in found_days
    assert (dt.date(2027, 6, 24), dt.time(10, 0)) not in found_days  # (the opening as planned: restated)
