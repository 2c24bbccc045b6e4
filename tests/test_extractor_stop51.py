"""The lead's mends of stop 51, made where two rounds' work met after their merge: each asserts what a bid team relies
on, or bounds the work a form repeated over a long line costs (counted, never timed)."""

from tenders.extractor import change_notices
from tests.extractor_found import found, one_line
from tests.test_extractor_review_rv42 import _Counting


def test_a_plan_told_up_to_its_turn_is_read_back_to_the_turn_before_not_to_the_text_s_start(monkeypatch):
    # 「説明会は7月3日に開催する予定でしたが、」 a thousand times on one line, no 「。」 before any: each plan read from the
    # turn before it, not from the text's start (which searched the whole text again for every turn)
    clause = "説明会は7月3日に開催する予定でしたが、"
    text = clause * 1000
    moved = _Counting(change_notices.OLD_PLAN_MOVED)
    monkeypatch.setattr(change_notices, "OLD_PLAN_MOVED", moved)
    spans = change_notices.old_plan_told(text)
    assert len(spans) == 1000
    assert all(end - start <= len(clause) for start, end in spans)
    assert moved.searched <= 1000 * len(clause)


def test_a_plan_told_with_its_old_date_after_touki_is_read_once():
    assert change_notices.old_plan_told("説明会は当初7月3日に開催する予定でしたが、7月10日に開催します。") == [(4, 20)]
    # (no 「当初」: the plan told from its sentence's start to its turn)
    assert change_notices.old_plan_told("説明会は7月3日に開催する予定でしたが、7月10日に開催します。") == [(0, 13)]


CALL_PAGE = (
    "令和9年6月14日\n"
    "桐原町観光案内板更新業務委託 公募型プロポーザル\n"
    "関連資料\n"
    "実施要領\n"
    "質問回答書\n"
    "　企画提案書の提出期限を令和9年7月2日（金）午後5時に変更しました（変更前：令和9年6月25日（金）午後5時）。\n"
    "1 日程\n"
    "質問の受付期限 令和9年6月8日（火）午後5時\n"
    "質問への回答 令和9年6月11日（金）\n"
    "企画提案書の提出期限 令和9年7月2日（金）午後5時\n"
)


def test_a_call_page_changed_in_place_keeps_its_past_steps_on_one_line_too():
    # (the steps over before the page's day are rows of its schedule, no sentence telling they were over: kept, as
    # written and with the page run onto one line)
    expected = [
        ("question", "2027-06-08", "17:00", "datetime"),
        ("answer", "2027-06-11", None, "date"),
        ("submission", "2027-07-02", "17:00", "datetime"),
    ]
    assert found(CALL_PAGE) == expected
    assert found(one_line(CALL_PAGE)) == expected


def test_a_step_marked_for_reference_alone_is_still_a_step():
    assert found("[参考] 質問の提出期限 令和9年5月18日（火）午後5時\n") == [("question", "2027-05-18", "17:00", "datetime")]
    assert found("（参考） 質問の提出期限 令和9年5月18日（火）午後5時\n") == [("question", "2027-05-18", "17:00", "datetime")]


def test_a_window_before_papers_named_by_no_step_is_its_heading_s_step():
    text = (
        "(参加申込み)\n"
        "第5条 本プロポーザルに参加しようとする者は、令和9年9月21日(火)から同月24日(金)までの間に、次に掲げる書類を"
        "提出しなければならない。\n"
        "(1) 参加申込書\n"
    )
    assert found(text) == [("application", "2027-09-24", None, "date")]
