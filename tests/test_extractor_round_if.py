"""English notices (round if): a specification's section of the call's own steps, an answer's aside, daily hours in
the 24-hour clock. Each test a few lines written for its class."""

from tests.extractor_found import found, one_line

# --- a specification whose section gives the call's own steps ----------------------------------------------


def test_terms_of_reference_keep_the_steps_of_their_selection_section():
    text = (
        "KOMOREBI WATER SUPPLY AUTHORITY\n"
        "\n"
        "TERMS OF REFERENCE\n"
        "Leak Detection Survey of the Eastern Network\n"
        "\n"
        "3. DURATION\n"
        "3.1 The survey shall be completed by 28 February 2029.\n"
        "\n"
        "6. TIMETABLE OF THE PROCUREMENT\n"
        "6.1 Requests for clarification shall be received no later than 9 October 2028 (Monday).\n"
        "6.2 Proposals shall be submitted on or before 23 October 2028 (Monday).\n"
        "\n"
        "7. CONTACT\n"
        "Tel: 000-0000-0000\n"
    )
    expected = [("question", "2028-10-09", None, "date"), ("submission", "2028-10-23", None, "date")]
    assert found(text) == expected
    assert found(one_line(text)) == expected
    reports = text.replace("6. TIMETABLE OF THE PROCUREMENT", "6. REPORTS")  # the work's own deliveries: no steps
    assert found(reports) == []


# --- an answer whose step has an aside with commas ---------------------------------------------------------


def test_an_answers_aside_with_commas_keeps_the_step_it_names():
    text = (
        "Q4. When and how do we take part?\n"
        "A4. Expressions of interest (Form A, and Form B for joint ventures) are accepted by e-mail from Tuesday 7 March 2028 "
        "until 16:00 on Friday 17 March 2028.\n"
    )
    assert found(text) == [("application", "2028-03-17", "16:00", "datetime")]


# --- a window's daily hours in the 24-hour clock -----------------------------------------------------------


def test_a_windows_daily_hours_written_10_to_17_close_its_last_day():
    text = (
        "| Step | Date | Remarks |\n"
        "|---|---|---|\n"
        "| Submission of the qualification documents | From 3 July 2028 to 14 July 2028 | "
        "Note: received 9:30 to 16:30 on working days |\n"
        "| Deadline for tenders | 1 August 2028, 12:00 | |\n"
    )
    assert found(text) == [
        ("application", "2028-07-14", "16:30", "datetime"),
        ("submission", "2028-08-01", "12:00", "datetime"),
    ]
