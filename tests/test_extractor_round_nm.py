"""Round nm: change notices. A bracket that tells the plan as it stood, keyed 「当初予定：」「旧日程：」「従前の予定：」,
gives no step (its days superseded, as 「（当初：」 already was); and a 正誤表's cell label that the cell's width cut
inside a word (「申請書類の受 付期間」「申請書類の提 出期間」) is the window it names, not an unnamed period. Each test a
few lines written for its device (none copied from the development set)."""

import pytest

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


NEW_PLAN = [("result", "2027-02-01", None, "late_month"), ("contract", "2027-03-01", None, "mid_month")]


@pytest.mark.parametrize(
    "bracket",
    [
        "（当初予定：審査結果の通知 令和9年2月中旬、契約締結 令和9年3月上旬）",
        "（旧日程：審査結果の通知 令和9年2月中旬、契約締結 令和9年3月上旬）",
        "（従前の予定：審査結果の通知 令和9年2月中旬、契約締結 令和9年3月上旬）",
    ],
)
def test_old_plan_in_a_keyed_bracket_gives_no_step(bracket):
    text = "日程の変更に伴い、審査結果の通知は令和9年2月下旬、契約締結は令和9年3月中旬を予定しています" f"{bracket}。\n"
    assert both(text) == NEW_PLAN


@pytest.mark.parametrize("label", ["申請書類の受 付期間", "申請書類の提 出期間"])
def test_cell_label_cut_inside_a_word_is_the_window(label):
    text = (
        "|箇所|誤|正|\n"
        f"|9(1) {label}|令和8年8月3日(月)から令和8年8月21日(金)まで|令和8年8月17日(月)から令和8年8月28日(金)まで|\n"
    )
    assert found(text) == [("submission", "2026-08-28", None, "date")]


def test_cut_label_window_takes_its_closing_hour_from_the_daily_hours():
    text = (
        "|箇所|誤|正|\n"
        "|9(1) 申請書類の受 付期間|令和8年9月1日(火)から令和8年9月4日(金)まで(土日祝日を除く午前9時から午後4時まで)"
        "|令和8年9月7日(月)から令和8年9月11日(金)まで(土日祝日を除く午前9時から午後4時まで)|\n"
    )
    assert found(text) == [("submission", "2026-09-11", "16:00", "datetime")]
