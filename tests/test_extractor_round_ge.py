"""English documents (round ge): each test a few lines written for its class."""

from tests.extractor_found import found, one_line

# --- a form's sample entry is no step ------------------------------------------------------------------------


def test_an_english_example_bracket_in_a_form_is_no_step():
    text = (
        "Schedule\n"
        "  Deadline for applications ........ 2027.07.02 17:00\n"
        "\n"
        "Annex 2: Request for clarification (Form 4)\n"
        "  Date submitted: ______ (example: 14 June 2027)\n"
        "  Company name: ______________\n"
    )
    assert found(text) == [("application", "2027-07-02", "17:00", "datetime")]
    assert found(one_line(text)) == [("application", "2027-07-02", "17:00", "datetime")]
    text = "Proposals due: 20 August 2027, 12:00\nDate of signature (e.g. 3 August 2027): ________\n"
    assert found(text) == [("submission", "2027-08-20", "12:00", "datetime")]


# --- a promise to tell applicants whether they passed is the result ---------------------------------------------


def test_telling_applicants_whether_they_passed_is_the_result():
    text = (
        "How to apply\n"
        "Entry forms must reach the Division by 5:00 p.m. on 2 June 2027.\n"
        "Entrants will be informed by post by 11 June 2027 whether they are\n"
        "shortlisted. Shortlisted entrants will be asked to send a full proposal.\n"
    )
    assert found(text) == [
        ("application", "2027-06-02", "17:00", "datetime"),
        ("result", "2027-06-11", None, "date"),
    ]
    text = "We will tell each entrant whether it has been selected by Friday 25 June 2027.\n"
    assert found(text) == [("result", "2027-06-25", None, "date")]
