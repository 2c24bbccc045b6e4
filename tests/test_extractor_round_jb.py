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
