"""Review rv1 of rounds fy–gb: the checks of an English paper's head made once per line, not once per date of a long
line (an addendum's head, a page's last update), a page's number at a line's end found without copying the rest of the
line for each page, an addendum's head told from the words of a call's own text, a call's 公告日 of a state
(「公告日（予定）」) no call's of a list, and a deadline after a call's English title no day its paper is dated."""

import importlib

from tenders.extractor import relining
from tests.extractor_found import SlicedLine, found, one_line

extract_module = importlib.import_module("tenders.extractor.extract")


class _Counted:
    """A pattern that counts the characters it is asked to search."""

    def __init__(self, real):
        self.real, self.searched = real, 0

    def search(self, text, *args):
        self.searched += len(text)
        return self.real.search(text, *args)


def test_an_issued_key_asks_each_line_once_for_an_addendums_head(monkeypatch):
    counted = _Counted(extract_module.EN_ADDED_PAPER_HEAD)
    monkeypatch.setattr(extract_module, "EN_ADDED_PAPER_HEAD", counted)
    text = "Issued: Tuesday, August 25, 2026 " * 200
    extract_module.extract(text)
    # (was a search of the lines around the key, the whole long line among them, for each date: quadratic)
    assert 0 < counted.searched <= 2 * len(text)


def test_a_published_key_asks_each_line_once_for_a_pages_update(monkeypatch):
    counted = _Counted(extract_module.EN_UPDATED_KEY)
    monkeypatch.setattr(extract_module, "EN_UPDATED_KEY", counted)
    text = "Published: Tuesday, August 25, 2026 " * 200
    extract_module.extract(text)
    assert 0 < counted.searched <= 2 * len(text)


def test_a_pages_number_at_a_lines_end_is_found_without_copying_the_rest_for_each_page():
    page = "令和9年の業務について説明する" + " " * 16 + "- 3 - "
    line = SlicedLine(page * 300)
    SlicedLine.copied = 0
    relining.page_break_cuts(line, [], header=())
    assert SlicedLine.copied <= 2 * len(line)  # (was the rest of the line after each page's number: quadratic)
    end = "本文です。" + " " * 20 + "- 4 -  "
    assert relining.page_break_cuts(end, [], header=()) == [len("本文です。") + 20]


_HEAD = "REQUEST FOR PROPOSALS\nConsulting Services for the City Library System\n"


def test_an_issue_date_under_a_call_that_speaks_of_clarifications_is_its_publication():
    for before in (
        "Requests for clarification may be sent by e-mail.\n",
        "Contents\n1. Introduction\n2. Clarifications and amendments\n3. Schedule\n\n",
    ):
        text = _HEAD + before + "Issue date: 1 June 2027\nDeadline for proposals: 25 June 2027, 17:00\n"
        assert ("published", "2027-06-01", None, "date") in found(text), before
    same_line = _HEAD + "Issued: 1 June 2027    Deadline for clarifications: 10 June 2027\n"
    assert ("published", "2027-06-01", None, "date") in found(same_line)


def test_an_addendums_issue_date_is_still_no_publication():
    for head in ("ADDENDUM No. 1 - Answers to Questions\n", "Corrigendum No. 2\n", "CLARIFICATIONS\n"):
        text = head + "Consulting Services for the City Library System\nIssued: 5 June 2027\n"
        text += "Deadline for proposals: 25 June 2027, 17:00\n"
        assert "published" not in [kind for kind, *_ in found(text)], head


def test_a_planned_notice_day_beside_the_notice_day_keeps_one_publication():
    text = (
        "雪代市立図書館システム更新業務に係る公募型プロポーザル\n\n1 スケジュール\n"
        "公告日（予定） 令和9年6月1日\n公告日 令和9年6月7日\n参加申込期限 令和9年6月21日（月）午後5時\n"
    )
    assert [kind for kind, *_ in found(text)].count("published") == 1


def test_a_calls_deadline_after_its_english_title_run_onto_one_line_is_kept():
    # (round fy read the day after a call's title in a text's head as the day its paper is dated; a step keyed by words
    # its list did not name, or given with its hour, was dropped)
    for text, step in (
        (
            "REQUEST FOR PROPOSALS\nPrinting of Tourism Brochures\nProposals: 15 June 2027, 12:00 (JST)\n",
            ("submission", "2027-06-15", "12:00", "datetime"),
        ),
        (
            "Call for Expressions of Interest - Cruise Terminal Concession\n"
            "Expressions of interest: 15 June 2027 at 5:00 p.m.\n",
            ("application", "2027-06-15", "17:00", "datetime"),
        ),
        (
            "Invitation to Tender\nSupply of Ocean Observation Buoys\nReceipt of tenders: 15 June 2027\n",
            ("submission", "2027-06-15", None, "date"),
        ),
    ):
        assert found(one_line(text)) == [step], text
