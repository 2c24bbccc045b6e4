"""English change notices and their times (round ib): each test a few lines written for its class."""

from tests.extractor_found import found

# --- the time an English date carries after it, in words ---------------------------------------------------


def test_an_event_starting_at_its_hour_after_its_date():
    text = (
        "Invitation to Tender\n"
        "\n"
        "1. A site visit will be held on Thursday, 14 October 2027, starting at 15:00 (JST) at the depot.\n"
        "2. Tenders must be received by 17:00 on Friday, 29 October 2027.\n"
    )
    assert found(text) == [("other", "2027-10-14", "15:00", "datetime"), ("submission", "2027-10-29", "17:00", "datetime")]
    text = "Invitation to Tender\n\nPresentations: Wednesday, 3 November 2027, commencing at 9:30 a.m.\n"
    assert found(text)[-1][1:] == ("2027-11-03", "09:30", "datetime")


def test_midday_is_the_noon_of_a_deadline():
    text = "Call for Proposals\n" "\n" "Proposals must be received by midday on Tuesday 19 October 2027.\n"
    assert found(text) == [("submission", "2027-10-19", "12:00", "datetime")]
    text = "Deadline for written questions        Monday 4 October 2027, midday\n"
    assert found(text)[-1][1:] == ("2027-10-04", "12:00", "datetime")
