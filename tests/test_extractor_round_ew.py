"""English change notices: the line of the notice's own day in its head (「Date of Issue」「Date of this notice」)."""

import datetime as dt

from tests.extractor_found import steps

AMENDMENT = (
    "Harbour Research Institute\n"
    "CORRIGENDUM No. 1 / 入札公告の訂正\n"
    "Invitation to Tender No.: HRI-2027-12\n"
    "{own}: 14 May 2027\n"
    "{history}"
    "This Corrigendum amends the Invitation to Tender. The schedule is amended as follows.\n"
    "No. | Item | Original | Amended\n"
    "1 | Deadline for submission of tenders | 5:00 p.m., 28 May 2027 | 5:00 p.m., 4 June 2027\n"
)


def test_an_english_change_notices_date_of_issue_is_no_publication():
    found = steps(AMENDMENT.format(own="Date of Issue", history=""))
    assert ("submission", dt.date(2027, 6, 4), dt.time(17, 0), "datetime") in found
    assert not [step for step in found if step[0] == "published"]


def test_the_date_of_this_notice_is_the_change_notices_own_day_too():
    found = steps(AMENDMENT.format(own="Date of this notice", history=""))
    assert not [step for step in found if step[0] == "published"]


def test_a_day_before_the_change_notices_own_is_the_changed_calls_history():
    text = AMENDMENT.format(own="Date of Issue of this Corrigendum", history="") + (
        "\nRelated documents\n"
        "- Invitation to Tender (PDF, 1.2MB) - posted on 2027/04/28\n"
        "- Corrigendum No. 1 (PDF, 90KB) - posted on 2027/05/14\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 6, 4), dt.time(17, 0), "datetime")]
