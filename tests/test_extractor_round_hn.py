"""Round hn: the daily hours under the next dated row are that row's step's, not the step above it."""

from tenders.extractor import extract


def _times(text):
    return {(m["kind"], m["date"]): m["time"] for m in extract(text).as_json()["milestones"]}


def test_hours_under_the_next_dated_row_are_that_rows():
    text = (
        "月見町 指定管理者の募集\n"
        "\n"
        "　●質問の受付　　　9月15日(火)まで（電子メール）\n"
        "　●申請書の受付　　9月24日(木)から9月30日(水)まで\n"
        "　　受付時間は午前8時30分から午後5時15分まで\n"
        "\n"
        "令和8年9月1日\n"
    )
    times = _times(text)
    assert times[("question", "2026-09-15")] is None
    assert times[("submission", "2026-09-30")] == "17:15"
