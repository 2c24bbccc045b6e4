"""Review rv43 of rounds pq, pp and ps: the work their new devices do, and what they share."""

import importlib

from tenders.extractor.change_notices import OLD_IN_BRACKETS
from tenders.extractor.normalize import OLD_BRACKET_LEGEND
from tests.extractor_found import SlicedLine, found, one_line

extract_module = importlib.import_module("tenders.extractor.extract")


# --- a paper cited with the day it came out (round pq) ----------------------------------------------------------


def test_a_cited_papers_day_is_looked_for_back_from_the_day_not_over_the_line_before_it():
    # 「出典：…統計（2026年3月公表）」 many times on one line (a notice put on one line): the bracket before each day read
    # back from the day, not the whole line before it copied for each of its dates (quadratic)
    reader = extract_module.Reader("令和8年5月1日\n令和8年度 業務委託 公告\n")
    reader.first_full_date = extract_module.dt.date(2026, 5, 1)
    line = SlicedLine("出典:観光入込客統計(2026年3月公表)、" * 2000)
    mentions = reader.read_dates(line)
    assert len(mentions) == 2000
    SlicedLine.copied = 0
    assert all(reader.cited_paper_day(line, m, None) for m in mentions)
    assert SlicedLine.copied <= 4 * len(mentions)


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
        assert reader.cited_paper_day(line, mention, None) is cited, line


CITING_CALL = (
    "令和8年5月1日\n"
    "浅葱市観光振興計画策定支援業務委託 公募型プロポーザルの実施について\n"
    "1 背景 出典:観光入込客統計(2026年3月公表)によれば、入込客数は回復している。\n"
    "2 参加申込書の提出期限 令和8年5月20日(水)午後5時\n"
    "3 企画提案書の提出期限 令和8年6月3日(水)午後5時\n"
)


def test_a_cited_papers_day_is_no_step_as_written_and_on_one_line():
    assert found(CITING_CALL) == found(one_line(CITING_CALL))
    assert "2026-03-01" not in {day for _, day, *_ in found(CITING_CALL)}


# --- the legend of old values in brackets (round pp) -------------------------------------------------------------


def test_the_legend_of_old_values_in_brackets_is_read_alike_by_both_its_readers():
    # (``old_brackets_under_new`` joins a 【 】 line under its new value only under the legend OLD_IN_BRACKETS reads)
    for legend in ("【 】内は変更前の予定です。", "【】内が当初の日程", "【 】 内の日付は訂正前"):
        assert OLD_BRACKET_LEGEND.search(legend) and OLD_IN_BRACKETS.search(legend), legend
    assert OLD_IN_BRACKETS.search("( )内は変更前") and not OLD_BRACKET_LEGEND.search("( )内は変更前")
    assert not OLD_BRACKET_LEGEND.search("【 】内は必須項目")
