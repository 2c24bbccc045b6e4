"""English notices (round fv): a date written with slashes is no Japanese version of an English step of another kind;
each test a few lines written for its case, as written and run onto one line."""

from tests.extractor_found import found, one_line

_NOTICE = (
    "Notice of Open Competitive Tendering\n"
    "\n"
    "1. Subject: Supply of a tide gauge data logger, 2 sets\n"
    "2. Delivery: by 31 March 2028\n"
    "3. Procedure\n"
)
_DEADLINES = "(3) Time-limit for tender: 5:00 p.m., 6 December, 2027\n" "(4) Opening of tenders: 10:00 a.m., 8 December, 2027\n"

# --- a slashed date beside an English step on the same day ----------------------------------------------------------


def test_a_slashed_date_of_another_step_leaves_the_english_deadline_of_that_day():
    # (「Briefing session: 2027/12/6 (Mon) 10:00」 and 「Time-limit for tender: 5:00 p.m., 6 December, 2027」: two steps
    # of a day, the slashed one no Japanese text the English repeats)
    text = (
        _NOTICE
        + "(1) Contact point: Supplies Section, General Affairs Division.\n"
        + "(2) Briefing session: 2027/12/6 (Mon) 10:00, Meeting Room 3.\n"
        + _DEADLINES
    )
    expected = [
        ("other", "2027-12-06", "10:00", "datetime"),
        ("submission", "2027-12-06", "17:00", "datetime"),
        ("other", "2027-12-08", "10:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected
