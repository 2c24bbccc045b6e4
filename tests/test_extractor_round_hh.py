"""English documents and their schedules (round hh): each test a few lines written for its class."""

from tests.extractor_found import found

# --- a change notice's table of old and new values ---------------------------------------------------------


def test_a_step_the_amendment_adds_has_no_old_value_and_counts():
    text = (
        "AMENDMENT No. 1\n"
        "Date of this Amendment: 4 March 2027\n"
        "The Invitation to Tender issued on 15 February 2027 is amended as follows.\n"
        "\n"
        "Item | Original | Amended\n"
        "--- | --- | ---\n"
        "Information session | — (not foreseen) | Wednesday 10 March 2027, 15:00\n"
        "Deadline for questions | Friday 12 March 2027, 17:00 | Friday 19 March 2027, 17:00\n"
        "Deadline for tenders | Friday 2 April 2027, 12:00 | No change\n"
        "Opening of tenders | Monday 5 April 2027, 10:00 | No change\n"
    )
    assert found(text) == [
        ("other", "2027-03-10", "15:00", "datetime"),
        ("question", "2027-03-19", "17:00", "datetime"),
    ]


def test_a_new_step_marked_not_planned_or_by_a_dash_counts():
    text = (
        "CORRIGENDUM No. 2\n"
        "Date of issue: 9 November 2026\n"
        "The schedule of the Request for Quotations is changed as follows.\n"
        "\n"
        "No. | Step | Before | After\n"
        "1 | Site inspection | Not planned | 10:00 a.m., Tuesday, 17 November 2026\n"
        "2 | Registration for the site inspection | - | by 12:00 noon, Friday, 13 November 2026\n"
        "3 | Closing date for quotations | 5:00 p.m., Monday, 23 November 2026 | 5:00 p.m., Monday, 30 November 2026\n"
        "4 | Award of contract | December 2026 | No change\n"
    )
    assert sorted(found(text)) == [
        ("other", "2026-11-13", "12:00", "datetime"),
        ("other", "2026-11-17", "10:00", "datetime"),
        ("submission", "2026-11-30", "17:00", "datetime"),
    ]
