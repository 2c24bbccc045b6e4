"""Review rv44 of the devices added since 5566bb8b: a bid team's paste run onto one line, its marked entries many, has
them taken out in one pass (each entry's cut had copied the whole line again: a long paste quadratic; its growth is
measured in the bench, ``tests/bench/figures.py``). The outputs stay as they were."""

from tenders.extractor.normalize import spans_spaced, team_entries_cut, team_rows_dropped

MARKS = ("(社内)", "【社内】")
PASTE = "6/3(水) 10:00 キックオフ(社内) 6/5(金) 【社内】提案書ドラフト 6/9 申込 【市】提出期限 令和9年7月2日(金)正午 "


def test_a_pastes_marked_entries_are_taken_out_as_before():
    assert team_entries_cut(PASTE.rstrip(), MARKS) == "  6/5(金)  【市】提出期限 令和9年7月2日(金)正午"
    # (a cut that reaches into the one after it: taken off what that one left)
    assert team_entries_cut("6/3 【社内】(社内) 6/5 説明会", MARKS) == " "
    assert spans_spaced("abcdefgh", [(1, 3), (2, 6), (6, 7)]) == "a  h"
    assert spans_spaced("abcdefgh", [(5, 6), (1, 3), (1, 2)]) == "a de gh"
    assert spans_spaced("abc", []) == "abc"


def test_a_long_paste_run_onto_one_line_has_each_marked_entry_cut():
    line = team_rows_dropped([PASTE * 300])[0]
    assert line.count("【市】") == 300 and "社内" not in line and line.count("6/5(金)") == 300
