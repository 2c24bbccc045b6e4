"""Slides, council committee papers and flyers (round qm): a schedule as it stands where the paper also keeps old
values, a record of its versions (改訂履歴) giving each moved step's old value before an arrow. Each test a few lines
written for its class, in both shapes where the lines matter."""

from tests.extractor_found import found

# --- a record of versions: the old value before the arrow holds no more -------------------------------------------

HISTORY = (
    "改訂履歴\n"
    " 版     日付       内容\n"
    " 第1版  R8.4.20    説明会にて配布\n"
    " 第2版  R8.5.7     日程の変更（質問回答 5/12→5/14、提案書\n"
    "                   提出期限 6/2→6/9、審査 6月中旬→6月下旬）\n"
    "\n"
    "日程\n"
    " 質問回答          令和8年5月14日（木）\n"
    " 提案書提出期限    令和8年6月9日（火）17:00\n"
    " プレゼンテーション審査  令和8年6月下旬\n"
    "\n"
    "説明のメモ\n"
    "回答は5/12（火）に掲載します。提案書は6/2（火）17時必着です。\n"
)


def test_old_values_a_record_of_versions_gives_are_no_steps():
    expected = [
        ("answer", "2026-05-14", None, "date"),
        ("submission", "2026-06-09", "17:00", "datetime"),
        ("hearing", "2026-06-01", None, "late_month"),
    ]
    assert found(HISTORY) == expected


def test_a_record_of_versions_read_on_one_line():
    days = {(kind, date) for kind, date, _, _ in found(HISTORY.replace("\n", " "))}
    assert ("answer", "2026-05-12") not in days
    assert ("submission", "2026-06-02") not in days
    assert {("answer", "2026-05-14"), ("submission", "2026-06-09")} <= days
