"""Normalisation stages that undo a layout before reading: line wraps, dot leaders, cells wrapped in a box table."""

from tenders.extractor.normalize import RULE_LINE, month_headed_rows, normalize, rejoin_wraps, wrapped_rows_joined


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
