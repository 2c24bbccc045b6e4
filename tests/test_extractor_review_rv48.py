"""Review rv48 of the rounds merged since f1329184: three devices that walked a long line again for each of its marks
(a list of days a change moves a step to, a page's news list under its heading, a week's agenda) now read it once;
their growth is measured in the bench (``tests/bench/figures.py``, ``ADVERSARIAL``). The outputs stay as they were."""

import importlib

from tenders.extractor import relining
from tenders.extractor.candidates import expressions
from tenders.extractor.dates import find_mentions
from tests.extractor_found import SlicedLine

extract_module = importlib.import_module("tenders.extractor.extract")


class _Counted:
    """A pattern that counts its searches."""

    def __init__(self, pattern):
        self.pattern, self.searches = pattern, 0

    def match(self, *args):
        return self.pattern.match(*args)

    def search(self, *args):
        self.searches += 1
        return self.pattern.search(*args)


# --- a list of days a change moves its step to (round sb) -----------------------------------------------------------


def listed(text: str) -> list[bool]:
    return extract_module.listed_days_moved(text, expressions(find_mentions(text)))


def test_a_list_of_days_a_step_is_moved_to_marks_each_day_but_its_last():
    assert listed("見学会を2/17(火)・2/18(水)に延期します") == [True, False]
    assert listed("見学会を2/17(火)・2/18(水)・2/19(木)に延期します") == [True, True, False]
    assert listed("見学会は2/17(火)・2/18(水)に開催します") == [False, False]  # (no change)
    assert listed("質問2/17(火)、回答2/18(水)に変更") == [False, False]  # (a comma: two steps' days)
    assert listed("2/10(火)に公告。見学会を2/17(火)・2/18(水)に延期します") == [False, True, False]
    assert listed("") == []


def test_a_long_list_of_days_is_read_once(monkeypatch):
    # 「見学会を2/17(火)・2/17(火)・…」 thousands of times on one line: each day walked the list to its end (155 s at 200 KB)
    calls = []
    together = extract_module.days_listed_together
    monkeypatch.setattr(extract_module, "days_listed_together", lambda gap: calls.append(gap) or together(gap))
    text = "見学会を" + "2/17(火)・" * 2000 + "2/18(水)に延期します"
    moved = listed(text)
    assert moved == [True] * 2000 + [False]
    assert len(calls) <= len(moved)


# --- a page's news list under its heading (round sd) ----------------------------------------------------------------


def test_a_news_lists_posts_are_cut_as_before():
    line = "お知らせ  事業者向け新着情報 2024年9月3日 【第2報】結果について 2024年9月2日 説明会の開催 2024年8月30日 公告 "
    assert relining.news_heading_cuts(line, list(range(0, len(line), 7))) == [0, 5, 7, 14, 16, 38, 55, 56, 63]
    # (a heading amid a list read before: the list's rest as read from the day after it)
    line = "新着情報 2024年9月3日 x 新着情報 2024年9月2日 y 2024年9月1日 z"
    assert relining.news_heading_cuts(line, list(range(0, len(line), 7))) == [0, 7, 14, 17, 21, 22, 34, 35, 42]
    # (the heading at the line's start no heading; a heading's list of two posts, the points inside it dropped)
    line = "新着情報 2024年9月3日 " + "x" * 130 + " 新着情報 2024年9月2日 a 2024年9月1日 b"
    points = list(range(0, len(line), 7))
    assert relining.news_heading_cuts(line, points) == [*range(0, 141, 7), 146, 147, 151, 163, 168]
    assert relining.news_heading_cuts("新着情報", [3]) == [3]


def test_news_headings_over_and_over_read_their_posts_once(monkeypatch):
    # 「新着情報 2024年9月3日 お知らせ 2024年9月2日 告知 」 over and over on one line: each heading walked the posts to the
    # line's end, each point looked for in every list (36 s at 120,000 characters; 6.2 s at 200 KB, 0.5 s after)
    days = _Counted(relining._DAY_UNDER_RULE)
    monkeypatch.setattr(relining, "_DAY_UNDER_RULE", days)
    line = "新着情報 2024年9月3日 お知らせ 2024年9月2日 告知 " * 2000
    points = list(range(0, len(line), 5))
    cuts = relining.news_heading_cuts(line, points)
    assert days.searches <= 4 * 2000
    assert len([at for at in cuts if line.startswith("2024", at)]) == 4000
    assert len(cuts) < len(points)  # (the points inside the list dropped)


# --- a week's agenda (round sa) -------------------------------------------------------------------------------------


def test_a_week_agendas_gaps_are_counted_back_from_each_mark():
    # 「  9/15(火)   ◎ 説明会」 over and over on one line: each day's and mark's gap found by copying the line before it
    # (32 s at 2 MB, 15 s after, as the rest of the text is read)
    line = SlicedLine("  9/15(火)   ◎ 説明会 " * 2000)
    items = [at for at, char in enumerate(line) if char == "◎"]
    SlicedLine.copied = 0
    days, cuts = relining.week_agenda_rows(line, items)
    assert len(days) == 1999 and len(cuts) == 3998
    assert SlicedLine.copied <= 40 * len(items)
    assert relining._gap_before("a   b", 4) == 3 and relining._gap_before("   b", 3) == 3 and relining._gap_before("b", 0) == 0
