"""Whole long documents (round eq): the dates of a document's other parts — the previous call told for reference,
the work's own duties, a form's sample entries — are no steps of the call; each test a few lines written for its
class."""

from tests.extractor_found import found

# --- a part given for reference ----------------------------------------------------------------------------


def test_a_bracketed_reference_table_of_the_previous_call_gives_no_steps():
    text = (
        "第3 日程\n"
        "(1) 再募集要項の配布 2026年1月13日(火)\n"
        "(2) 応募書類の提出期限 2026年2月27日(金)午後5時\n"
        "\n"
        "【別表1 前回の募集の経過(参考)】\n"
        "募集要項の配布開始 2025年9月1日(月)\n"
        "応募書類の受付締切 2025年10月31日(金)\n"
        "ヒアリング審査 2025年11月27日(木)\n"
    )
    assert found(text) == [
        ("published", "2026-01-13", None, "date"),
        ("submission", "2026-02-27", "17:00", "datetime"),
    ]
