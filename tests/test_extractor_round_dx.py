"""English notices read further (round dx): a hard-wrapped step block under 「STEP n」 headings whose dates the wrap
cut (a weekday ending a line, a time cut before its p.m.), an English range of days whose start is a day alone, the
line under a step's heading that names no step itself, an arrow or bullet opening a wrapped item, comments on a draft
(no submission), an office named 「Contract Division」 (no contract). Each test a few lines written for its class."""

from tests.extractor_found import found


def test_a_step_block_whose_dates_the_wrap_cut():
    text = (
        "Call for Proposals - Harbour Promotion 2029\n"
        "\n"
        "STEP 1  Ask questions (optional)\n"
        "        -> Send the question form by e-mail until Monday, 6 August 2029,\n"
        "           12:00 noon JST.\n"
        "        -> All questions and answers will be posted on the web\n"
        "           page above on or around Friday, 10 August 2029.\n"
        "\n"
        "STEP 2  Online interview (selected firms only)\n"
        "        -> Selected firms will be informed by Tuesday,\n"
        "           21 August 2029.\n"
        "        -> Interviews will take place online between Monday\n"
        "           27 and Wednesday 29 August 2029.\n"
    )
    assert found(text) == [
        ("question", "2029-08-06", "12:00", "datetime"),
        ("answer", "2029-08-10", None, "date"),
        ("result", "2029-08-21", None, "date"),
        ("hearing", "2029-08-27", None, "date"),
    ]


def test_an_english_range_of_days_records_an_event_first_day():
    text = "Request for Proposals - City Guide 2029\n\nPresentations: Tue 13 - Wed 14 March 2029\n"
    assert found(text) == [("hearing", "2029-03-13", None, "date")]
    text = "Request for Proposals - City Guide 2029\n\nPresentations: 13-14 March 2029\n"
    assert found(text) == [("hearing", "2029-03-13", None, "date")]


def test_a_day_of_its_own_before_a_window_end_is_no_range_start():
    text = (
        "Request for Proposals - City Guide 2029\n"
        "\n"
        "Proposals will be accepted from Monday, July 2 to Friday, July 13, 2029, by hand.\n"
    )
    assert found(text) == [("submission", "2029-07-13", None, "date")]


def test_a_time_cut_before_its_pm_and_a_comment_deadline():
    text = (
        "Notice of Request for Comments on the Draft Specifications\n"
        "\n"
        "4  Submission of comments\n"
        "(1) Time-limit for the submission of comments: 4:00\n"
        "    p.m. Monday, November 5, 2029\n"
    )
    assert found(text) == [("other", "2029-11-05", "16:00", "datetime")]


def test_an_office_called_contract_division_signs_no_contract():
    text = (
        "Invitation to Tender - Ocean Buoys\n"
        "\n"
        "Paper copies are available at the Contract Division on business days until 20 August 2029.\n"
    )
    assert [kind for kind, *_ in found(text)] != ["contract"]


def test_an_event_held_on_a_day_from_an_hour_to_another_starts_at_the_first():
    text = (
        "Call for Proposals - Tourism Representative 2029\n"
        "\n"
        "An online briefing session will be held on Monday 4 June 2029 from 10:00 a.m. to 11:30 a.m. (JST).\n"
    )
    assert found(text) == [("other", "2029-06-04", "10:00", "datetime")]


def test_a_close_of_business_hour_in_brackets_before_the_date():
    text = (
        "Call for Proposals - Tourism Representative 2029\n"
        "\n"
        "Proposals must be received no later than close of business (4:30 p.m. JST) on Friday 22 June 2029.\n"
    )
    assert found(text) == [("submission", "2029-06-22", "16:30", "datetime")]
