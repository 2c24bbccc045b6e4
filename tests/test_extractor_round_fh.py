"""Dates in long calls that are no step of the call: the work's own deliverables and events after the contract
(round fh); each test a few lines written for its case, as written and run onto one line."""

from tests.extractor_found import found, one_line

# --- an English call's schedule, then the scope of the work with its report -----------------------------------------

_EN_CALL = (
    "Request for Proposals: Harbour Festival Promotion Services\n"
    "Schedule\n"
    "- Deadline for questions: Friday, 4 June 2027, 12:00\n"
    "- Deadline for proposals: Friday, 18 June 2027, 17:00\n"
    "Scope of work\n"
)
_EN_FOUND = [
    ("question", "2027-06-04", "12:00", "datetime"),
    ("submission", "2027-06-18", "17:00", "datetime"),
]


def test_the_contractors_final_report_due_under_the_scope_of_work_is_no_step():
    text = _EN_CALL + "3.2 Deliver a final report with survey results by 30 November 2027.\n"
    assert found(text) == _EN_FOUND
    assert found(one_line(text)) == _EN_FOUND


def test_reporting_of_results_named_in_the_outline_of_the_work_is_no_step():
    text = _EN_CALL + "  • Reporting of results, with an analysis of the campaign, by the end of January 2028\n"
    assert found(text) == _EN_FOUND
    assert found(one_line(text)) == _EN_FOUND
