"""The lead's mends of stop 37, each on a notice written for its form."""

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
