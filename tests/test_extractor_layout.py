"""Normalisation stages that undo a layout before reading: line wraps, dot leaders, cells wrapped in a box table."""

import unicodedata

from tenders.extractor import extract
from tenders.extractor.normalize import RULE_LINE, month_headed_rows, normalize, rejoin_wraps, two_columns, wrapped_rows_joined


def test_a_date_broken_across_a_page_footer_and_running_header_is_joined():
    header = "北浜市 入札説明書"
    lines = [header, "提出期限 令和8年6月", "- 2 -", header, "15日（月）午後5時まで", "- 3 -", header]
    joined = rejoin_wraps(lines)
    assert joined[1] == "提出期限 令和8年6月15日（月）午後5時まで"
    assert joined[4] == "" and len(joined) == len(lines)  # line numbers stay the source's


def test_a_time_broken_inside_is_joined_but_two_times_are_not():
    assert rejoin_wraps(["締切 6月1日 午", "後5時", "説明会 午後5", "時まで"])[::2] == [
        "締切 6月1日 午後5時",
        "説明会 午後5時まで",
    ]
    assert rejoin_wraps(["受付 午前9時", "10時 開始"]) == ["受付 午前9時", "10時 開始"]  # no 「分」: not a wrap


def test_a_window_whose_end_is_on_the_next_line_is_one_line():
    assert rejoin_wraps(["受付\t7月1日午前9時から", "   7月3日午後5時まで"])[0] == "受付\t7月1日午前9時から7月3日午後5時まで"
    assert rejoin_wraps(["提出は次の日から", "詳しくは別紙"]) == ["提出は次の日から", "詳しくは別紙"]
    assert rejoin_wraps(["受付開始 6月1日から", "6月10日 質問締切"])[1] == "6月10日 質問締切"  # a next step, not an end


def test_a_dot_leader_parts_the_label_from_its_date():
    assert normalize("質問の締切 ……………… 令和8年6月8日\n")[0] == "質問の締切\t令和8年6月8日"
    assert normalize("説明は以上です...\n")[0] == "説明は以上です..."  # at the end: nothing to part


def test_cells_wrapped_over_lines_of_a_box_table_are_one_row():
    lines = ["|----|----|----|", "|9月| 2日 | 10日 |", "| | 公告 | 質問 |", "| | | 締切 |", "|----|----|----|"]
    assert wrapped_rows_joined(lines)[1:4] == ["|9月|2日 公告|10日 質問 締切|", "", ""]
    records = ["|----|----|", "|公告| 9月2日 |", "|質問| 9月10日 |", "|----|----|"]  # one record a line
    assert wrapped_rows_joined(records) == records


def test_the_month_in_a_rows_first_cell_governs_its_days():
    assert month_headed_rows(["|2028年9月|2日 公告|下旬 結果通知|"]) == ["||2028年9月2日 公告|2028年9月下旬 結果通知|"]
    assert month_headed_rows(["9月\t10日以内に提出"]) == ["9月\t10日以内に提出"]  # a span of days, not a day


def test_a_rule_line_is_only_rules_and_corners():
    assert RULE_LINE.fullmatch("|──|──|") and RULE_LINE.fullmatch("+--+:--+") and RULE_LINE.fullmatch("┌──┬──┐")
    assert RULE_LINE.fullmatch("|" + "─" * 500 + "x") is None and RULE_LINE.fullmatch("| 公告 |") is None


def page(rows):
    """Two columns side by side as a PDF text layer lays them out: the right one at display column 50."""
    width = lambda text: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)  # noqa: E731
    return "\n".join(f"{left}{' ' * (50 - width(left))}{right}".rstrip() for left, right in rows) + "\n"


TWO_COLUMNS = page(
    [
        ("1 調達の内容", "4 提出"),
        (" (1) 品名 書架一式", "(1) 提出期限 令和9年9月17日(金)正午"),
        (" (2) 数量 一式", "(2) 提出方法 持参"),
        (" (3) 納入場所 本館", "5 開封"),
        ("2 質問", "(1) 日時 令和9年9月21日(火)午前10時"),
        (" (1) 受付期限 令和9年9月8日(水)午後3時", "(2) 場所 会議室"),
        (" (2) 回答 令和9年9月13日(月)", ""),
        ("3 参加申込", ""),
        (" (1) 申込期限 令和9年9月6日(月)午後5時", ""),
    ]
)


def test_a_two_column_page_is_read_a_column_at_a_time_and_evidence_keeps_the_source_lines():
    lines, origin = two_columns(TWO_COLUMNS.splitlines())
    assert lines[:2] == ["1 調達の内容", " (1) 品名 書架一式"]
    assert lines[9:11] == ["4 提出", "(1) 提出期限 令和9年9月17日(金)正午"] and origin[9:11] == [0, 1]
    assert len(lines) == 9 + 6 and sorted(set(origin)) == list(range(9))
    result = extract(TWO_COLUMNS)
    steps = {m.kind: (m.date.isoformat(), m.time and m.time.strftime("%H:%M")) for m in result.proposal.milestones}
    assert steps["submission"] == ("2027-09-17", "12:00") and steps["other"] == ("2027-09-21", "10:00")
    assert steps["question"] == ("2027-09-08", "15:00") and steps["application"] == ("2027-09-06", "17:00")
    source = TWO_COLUMNS.splitlines()
    for milestone, evidence in zip(result.proposal.milestones, result.evidence):
        assert f"{milestone.date.day}日" in source[evidence["line"] - 1]  # the line as the user pasted it


def test_a_table_of_labels_and_dates_is_not_read_as_two_columns():
    table = "\n".join(f"({n}) 提出期限{' ' * 30}令和9年9月{n}日(月)" for n in range(1, 10))
    assert two_columns(table.splitlines()) is None
