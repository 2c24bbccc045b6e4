"""Review rv12 of rounds hs–hu: plain variants their rules read too widely."""

import pytest

from tenders.extractor import labels as L
from tests.extractor_found import found

HEAD = "Request for Proposals: Translation Services\n\nProposals must be received by 20 May 2027 at 17:00.\n"
DUE = ("submission", "2027-05-20", "17:00", "datetime")

# --- a step closed on a day is its deadline; only the office's days closed are no step (round hs) --------------


def test_office_closed_is_no_step():
    assert found(HEAD + "The office is closed on 3 May 2027.\n") == [DUE]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Registration is closed on 3 May 2027 at 17:00.", "application"),
        ("Applications are closed on 3 May 2027 at 17:00.", "application"),
    ],
)
def test_step_closed_on_a_day_is_its_deadline(sentence, kind):
    assert (kind, "2027-05-03", "17:00", "datetime") in found(HEAD + sentence + "\n")


def test_step_closed_read_by_label():
    assert L.is_not_milestone("The Bureau will be closed from")
    assert not L.is_not_milestone("Submissions will be closed on")


# --- a question's answer marker keeps the question's sentence whole (round hu) ----------------------------------

QA = HEAD + "\nQuestions and Answers\n\n"


@pytest.mark.parametrize("marker", ["A:", "Response:"])
def test_answer_marker_after_question(marker):
    text = QA + f"Q4. What is the deadline for questions? {marker} Friday 4 June 2027.\n"
    assert ("question", "2027-06-04", None, "date") in found(text)


def test_yes_after_question_goes_on_with_its_subject():
    text = QA + "Q5. Is there a site visit? Yes, on 8 June 2027.\n"
    assert ("other", "2027-06-08", None, "date") in found(text)


def test_sentence_after_question_still_read():
    text = QA + "Is there any flexibility on the deadline? Our team will be travelling until 4 February 2027.\n"
    assert found(text) == [DUE]
