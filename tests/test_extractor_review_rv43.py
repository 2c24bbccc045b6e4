"""Review rv43 of rounds pq, pp and ps: the work their new devices do, and what they share."""

import importlib

extract_module = importlib.import_module("tenders.extractor.extract")


class _Sliced(str):
    """A line that counts the characters each slice of it copies."""

    copied = 0

    def __getitem__(self, key):
        part = str.__getitem__(self, key)
        _Sliced.copied += len(part)
        return part


# --- a paper cited with the day it came out (round pq) ----------------------------------------------------------


def test_a_cited_papers_day_is_looked_for_back_from_the_day_not_over_the_line_before_it():
    # 「出典：…統計（2026年3月公表）」 many times on one line (a notice put on one line): the bracket before each day read
    # back from the day, not the whole line before it copied for each of its dates (quadratic)
    reader = extract_module.Reader("令和8年5月1日\n令和8年度 業務委託 公告\n")
    reader.first_full_date = extract_module.dt.date(2026, 5, 1)
    line = _Sliced("出典:観光入込客統計(2026年3月公表)、" * 2000)
    mentions = reader.read_dates(line)
    assert len(mentions) == 2000
    _Sliced.copied = 0
    assert all(reader.cited_paper_day(line, m) for m in mentions)
    assert _Sliced.copied <= 4 * len(mentions)


def test_a_cited_papers_day_needs_its_bracket_opened_right_before_it():
    reader = extract_module.Reader("令和8年5月1日\n")
    reader.first_full_date = extract_module.dt.date(2026, 5, 1)
    for line, cited in (
        ("出典:観光入込客統計(  2026年3月公表)", True),
        ("出典:観光入込客統計 2026年3月公表)", False),
        ("2026年3月公表)", False),
        ("募集要項(2026年6月公表)", False),  # (after the notice's own day: no paper cited before it)
    ):
        (mention,) = reader.read_dates(line)
        assert reader.cited_paper_day(line, mention) is cited, line
