"""Review rv5 of rounds gt, gs, gv, gu, gr: a table spaced into columns tried once over a long misaligned run (a page's
number now lets a line be tried: each of its cells began a scan to the run's end), a hearing's own day 「頃」 kept
when the words after it go on to something else before the telling, and the answer to a briefing's questions
(「当日の質疑に対する回答」) a step; a briefing's handouts named in full (「本日の説明会配布資料」) no step."""

import datetime as dt

from tenders.extractor import relining
from tenders.extractor.labels import is_not_milestone
from tests.extractor_found import one_line, steps


def _near_calls(monkeypatch, pages: int) -> int:
    real = relining._near
    calls = 0

    def counted(column, columns):
        nonlocal calls
        calls += 1
        return real(column, columns)

    monkeypatch.setattr(relining, "_near", counted)
    line = "".join(f"   項目     日時     場所   - {page % 900 + 1} -   " for page in range(pages))
    relining.spaced_table_rows(line, [])
    return calls


def test_a_long_misaligned_run_of_cells_with_pages_numbers_is_tried_once(monkeypatch):
    small, large = _near_calls(monkeypatch, 100), _near_calls(monkeypatch, 400)
    # (was a scan from each cell to the run's end: 60,095 then 928,094 columns compared, quadratic)
    assert large <= 5 * small
    assert large <= 20 * 400


NOTICE = (
    "令和9年度 あおば市窓口案内システム構築業務 公募型プロポーザル\n"
    "1 日程\n"
    "(1) 企画提案書の提出期限 令和9年8月20日(金)午後5時\n"
    "(2) {hearing}\n"
    "(3) 審査結果の通知 令和9年9月下旬\n"
)


def test_a_hearings_own_day_about_which_details_are_told_later_is_kept():
    for hearing in (
        "プレゼンテーション審査の日時は、令和9年9月9日(木)頃を予定しており、詳細は別途通知します。",
        "ヒアリングの日程は、9月9日(木)ごろ実施し、時間は参加者に連絡します。",
    ):
        for text in (NOTICE.format(hearing=hearing), one_line(NOTICE.format(hearing=hearing))):
            assert ("hearing", dt.date(2027, 9, 9), None, "date") in steps(text), hearing


def test_the_day_about_which_a_timetable_is_mailed_is_still_no_step():
    for told in (
        "ヒアリングの時間割は 9/6（月）ごろメールでお知らせします",
        "ヒアリングの時間割は9月6日頃、参加者に電子メールにて連絡します",
    ):
        found = steps(NOTICE.format(hearing="ヒアリング 令和9年9月9日(木)\n" + told))
        assert [day for _, day, _, _ in found] == [dt.date(2027, 8, 20), dt.date(2027, 9, 9), dt.date(2027, 9, 1)], told


def test_the_answer_to_a_briefings_questions_is_a_step():
    text = (
        "令和9年度 さくら市 業務委託 入札公告\n"
        "1 日程\n"
        "(1) 現地説明会 令和9年6月3日(木)午前10時\n"
        "(2) 当日の質疑に対する回答 令和9年6月8日(火)\n"
        "(3) 入札書の提出期限 令和9年6月25日(金)正午\n"
    )
    assert ("answer", dt.date(2027, 6, 8), None, "date") in steps(text)
    assert ("answer", dt.date(2027, 6, 8), None, "date") in steps(one_line(text))


def test_a_briefings_handouts_named_in_full_are_no_step():
    assert is_not_milestone("本日の説明会配布資料は")  # (was missed: the marks' order 「配布説明会」)
    assert is_not_milestone("本日の説明会資料は")
    assert is_not_milestone("本日の配布資料は")
