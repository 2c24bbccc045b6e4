"""English notices read as English is written (round jb): the outcome told in plain words, and a key 「Deadline:」
under the heading of its block. Each test a few lines written for its class."""

from tests.extractor_found import found


def test_letting_the_applicants_know_the_outcome_is_the_result():
    text = (
        "Proposals must reach us by 5:00 pm on Friday 12 May 2028.\n"
        "We will let every applicant know the outcome by Friday 26 May 2028.\n"
    )
    assert found(text)[-1] == ("result", "2028-05-26", None, "date")
    text = "Tenders close on 2 June 2028.\nWe will tell each tenderer the result by 16 June 2028.\n"
    assert found(text)[-1] == ("result", "2028-06-16", None, "date")


def test_a_deadline_key_under_its_blocks_heading_takes_the_step_it_names():
    text = (
        "Call for Proposals: Winter Lantern Festival Operator\n"
        "\n"
        "+ Information session\n"
        "Date and time: Tuesday, January 9, 2029, 2:00 p.m.\n"
        "Deadline: Friday, January 5, 2029, 5:00 p.m.\n"
        "\n"
        "+ Questions\n"
        "Send your questions with Form 3 by e-mail only.\n"
        "Deadline: Thursday, January 11, 2029, 5:00 p.m.\n"
        "\n"
        "+ Step 2: Proposal\n"
        "Only entrants who passed the check may submit.\n"
        "How to submit: by hand or by registered mail.\n"
        "Deadline: Friday, February 2, 2029, 12:00 noon\n"
    )
    assert found(text) == [
        ("other", "2029-01-05", "17:00", "datetime"),
        ("other", "2029-01-09", "14:00", "datetime"),
        ("question", "2029-01-11", "17:00", "datetime"),
        ("submission", "2029-02-02", "12:00", "datetime"),
    ]
