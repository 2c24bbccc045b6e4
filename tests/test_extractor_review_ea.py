"""Review ea of rounds dt, dx, dy and dz: faults found in their rules, each shown by a short fictional text."""

from tenders.extractor import labels as L
from tests.extractor_found import found


def test_a_word_that_begins_as_a_weekday_ending_a_line_joins_no_date_below():
    # 「Sundays.」 is no weekday cut from its date: the briefing's line under it keeps its own words
    text = (
        "Request for Proposals - Library Cleaning 2029\n\n"
        "Proposals are due by 5:00 p.m. on 14 May 2029.\n"
        "The service covers the reading rooms open on Sundays.\n"
        "12 June 2029 Briefing session at the Central Library.\n"
    )
    assert ("2029-06-12", None, "date") in [step[1:] for step in found(text)]


def test_a_pre_qualification_notice_is_no_result():
    assert L.kind_of("Pre-qualification notice") != "result"
    assert L.kind_of("Pre qualification notice") != "result"
    assert L.kind_of("Shortlist / eligibility notice") == "result"
    text = (
        "Consultancy Services for the Harbour Study\n\n"
        "Pre-qualification notice published: 2 April 2029\n"
        "Deadline for pre-qualification applications: 20 April 2029\n"
        "Shortlist notice: 10 May 2029\n"
    )
    assert [step for step in found(text) if step[0] == "result"] == [("result", "2029-05-10", None, "date")]
