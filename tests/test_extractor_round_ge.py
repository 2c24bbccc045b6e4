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


# --- the original date of a changed step is no step ---------------------------------------------------------------


def test_the_date_an_english_change_calls_original_is_no_step():
    text = (
        "CORRIGENDUM No. 2\n"
        "Date of this corrigendum: 21 June 2027\n"
        "\n"
        "1. The deadline for the submission of proposals, originally 12:00 on Monday,\n"
        "   5 July 2027, is extended to 12:00 on Monday, 12 July 2027.\n"
        "2. Opening of proposals: 13 July 2027, 10:00\n"
    )
    # (not the old deadline, 5 July; the new one, 12 July, is the deadline's: round gq)
    assert found(text) == [("submission", "2027-07-12", "12:00", "datetime"), ("other", "2027-07-13", "10:00", "datetime")]
    text = (
        "ADDENDUM No. 3 Date of this addendum: 21 June 2027 CHANGE OF THE PROPOSAL DUE DATE RFP Section 4.2 is amended"
        " as follows: Original : June 30, 2027 (Wednesday), 5:00 p.m. JST Amended : July 7, 2027 (Wednesday), 5:00 p.m."
        " JST All other terms remain unchanged.\n"
    )
    assert ("submission", "2027-06-30", "17:00", "datetime") not in found(text)  # (a text run onto one line)
