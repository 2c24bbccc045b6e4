"""The lead's mends of stop 37, each on a notice written for its form."""

import pytest

from tests.extractor_found import found

# --- an English step's name over a line whose first date an arrow leads on from: the old day, no step --------------

UPDATED_PAGE = (
    "Request for Proposals: Visitor Survey 2027 (updated)\n"
    "Kirinohama Tourism Bureau\n"
    "\n"
    "Schedule\n"
    "\n"
    "Deadline for applications to take part in the selection\n"
    ": By April 23 (Fri.), 2027, 5:00 p.m.\n"
    "\n"
    "Written replies to questions posted on this page\n"
    ": By May 7 (Fri.), 2027 ⇒ 【Changed】 By May 11 (Tue.), 2027\n"
    "\n"
    "Deadline for proposals\n"
    ": By May 21 (Fri.), 2027, 5:00 p.m.\n"
)


def test_an_english_name_does_not_reach_the_old_day_an_arrow_leads_on_from():
    dates = [(kind, day) for kind, day, _time, _precision in found(UPDATED_PAGE)]
    assert ("answer", "2027-05-07") not in dates
    assert ("submission", "2027-05-21") in dates


# --- 「as of」 before an English deadline's day: the deadline after a hand-in or a deadline's key --------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tenders must be received as of 5:00 p.m. on Friday, 15 October 2027.", ("submission", "2027-10-15")),
        ("The deadline for questions is as of Friday, 8 October 2027, 12:00.", ("question", "2027-10-08")),
        ("Submission deadline: as of Friday, 22 October 2027", ("submission", "2027-10-22")),
    ],
)
def test_as_of_after_a_hand_in_or_a_deadline_key_is_the_deadline(sentence, expected):
    text = f"INVITATION TO TENDER\nKitahama Harbour Authority\n\n1. Schedule\n{sentence}\n"
    assert expected in [(kind, day) for kind, day, _time, _precision in found(text)]


def test_as_of_after_a_qualification_is_a_reference_day():
    text = (
        "INVITATION TO TENDER\nKitahama Harbour Authority\n\n1. Eligibility\n"
        "Applicants must be corporations with three years of business as of 1st March 2027.\n"
    )
    assert [day for _kind, day, _time, _precision in found(text)] == []


# --- a 「Related notices」 list in capitals is an aside, as in title case --------------------------------------------

RELATED_IN_CAPITALS = (
    "Request for Proposals: Harbour Signage Renewal\n"
    "Kirinohama Port Office\n"
    "\n"
    "Schedule\n"
    "Deadline for questions: Friday, 14 May 2027, 17:00\n"
    "Deadline for proposals: Friday, 28 May 2027, 12:00\n"
    "\n"
    "{heading}\n"
    "Deadline for proposals: Monday, 12 April 2027 (Tourist Map Printing)\n"
)


@pytest.mark.parametrize("heading", ["Related notices", "RELATED NOTICES", "related links"])
def test_a_related_notices_list_gives_no_step_in_any_case(heading):
    days = [day for _kind, day, _time, _precision in found(RELATED_IN_CAPITALS.format(heading=heading))]
    assert days == ["2027-05-14", "2027-05-28"]
