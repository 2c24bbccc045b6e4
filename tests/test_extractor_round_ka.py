"""Round ka: the questions answered told in the passive, and a change table's old column named by the call."""

import pytest

from tenders.extractor import extract


def milestones(text: str) -> list[tuple]:
    return [(m["kind"], m["date"], m["time"], m["precision"]) for m in extract(text).as_json()["milestones"]]


@pytest.mark.parametrize(
    "line",
    [
        "Questions received during the period will be answered by 16 April 2027.",
        "All enquiries will be replied to by 16 April 2027.",
        "Clarification questions shall be responded to by 16 April 2027.",
    ],
)
def test_questions_answered_in_the_passive_are_the_answer(line: str) -> None:
    text = (
        "Call for proposals: regional data platform study\n\n"
        "Schedule\n"
        "Questions may be submitted by e-mail from 1 April 2027 to 9 April 2027.\n"
        f"{line}\n"
        "Proposals must be submitted by 30 April 2027, 17:00.\n"
    )
    found = milestones(text)
    assert ("answer", "2027-04-16", None, "date") in found
    assert ("question", "2027-04-16", None, "date") not in found
    assert ("submission", "2027-04-30", "17:00", "datetime") in found


TABLE = """Notice of change to the schedule (Addendum No. 2)
Issued 12 May 2027

This notice changes the schedule of the Invitation to Tender published on 20 April 2027.

Changed schedule
  Step                      | {old:<22}| {new}
  Deadline for questions    | Mon 24 May, 17:00     | Mon 31 May, 17:00
  Tender submission         | Fri 4 Jun, 12:00      | Fri 11 Jun, 12:00
"""


@pytest.mark.parametrize(("old", "new"), [("Call", "Now"), ("Previously", "New date"), ("Notice", "Current"), ("ITB", "Now")])
def test_change_table_keeps_only_the_new_column(old: str, new: str) -> None:
    found = milestones(TABLE.format(old=old, new=new))
    assert ("question", "2027-05-31", "17:00", "datetime") in found
    assert ("submission", "2027-06-11", "12:00", "datetime") in found
    assert ("question", "2027-05-24", "17:00", "datetime") not in found
    assert ("submission", "2027-06-04", "12:00", "datetime") not in found
