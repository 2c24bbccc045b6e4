"""English notices' hours, briefings and rows (round ic): each test a few lines written for its class."""

from tests.extractor_found import found, one_line

# --- the hour of 「close of business」 the notice gives -----------------------------------------------------


def test_close_of_business_with_its_hour_in_a_bracket_after_the_date():
    text = (
        "Request for Quotations\n"
        "\n"
        "Key dates\n"
        "  Questions due ............ 9/8/2027, 4:00 p.m.\n"
        "  Quotations due ........... 9/22/2027, close of business (4:30 p.m.)\n"
    )
    assert found(text)[-1] == ("submission", "2027-09-22", "16:30", "datetime")


def test_close_of_business_defined_in_a_questions_answer():
    text = (
        "Re: Request for Proposals - questions\n"
        "\n"
        'Q1. What does "close of business" mean in the timeline?\n'
        "A1. It means 17:30 JST, when the Bureau's offices close.\n"
        "\n"
        "  - Written questions due:       Thu 7 Oct 2027, 17:00 JST\n"
        "  - Participation Form due:      Thu 14 Oct 2027, close of business\n"
    )
    assert found(text)[-1] == ("application", "2027-10-14", "17:30", "datetime")


# --- an English section's heading run onto its first sentence (line breaks become spaces) ---------------------


def test_a_heading_run_onto_its_sentence_leaves_the_sentence_its_step():
    text = (
        "Invitation to Tender\n"
        "\n"
        "4. Questions and answers\n"
        "Questions about the specifications must be sent by e-mail no later than 4:00 p.m. on 8 October 2027. "
        "Answers will be posted on the website by 15 October 2027.\n"
    )
    assert found(one_line(text)) == [("question", "2027-10-08", "16:00", "datetime"), ("answer", "2027-10-15", None, "date")]


# --- an English deadline's time wrapped onto the line before its date, the lines run together -----------------


def test_a_time_wrapped_before_its_date_in_one_line():
    text = (
        "Notice of Procurement\n"
        "\n"
        "(1) Date of this notice: 2 August 2027\n"
        "(2) Tenderers shall hand in the declaration of eligibility by 4:30 p.m.\n"
        "    Aug. 20, 2027 (Fri.).\n"
        "(3) Time-limit for tender: 3:00\n"
        "    p.m. Monday, September 6, 2027\n"
    )
    assert found(one_line(text))[1:] == [
        ("application", "2027-08-20", "16:30", "datetime"),
        ("submission", "2027-09-06", "15:00", "datetime"),
    ]
