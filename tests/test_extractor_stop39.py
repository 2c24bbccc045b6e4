"""The lead's mends of stop 39, each on a notice written for its form."""

import pytest

from tests.extractor_found import found

# --- an English hour in the bracket a step's name ends with: its 「pm」 kept ----------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("EOIs close (5:00 pm JST): Tuesday, 9 March 2027", ("application", "2027-03-09", "17:00")),
        ("Proposals due (5 p.m.): Friday, 12 March 2027", ("submission", "2027-03-12", "17:00")),
        ("Deadline for questions (12:00 noon JST): Monday, 1 March 2027", ("question", "2027-03-01", "12:00")),
    ],
)
def test_an_english_hour_bracketed_at_the_end_of_the_steps_name_is_its_time(line, expected):
    text = f"Call for Expressions of Interest\nKirinohama Port Office\n\nKey dates\n{line}\n"
    assert expected in [(kind, day, time) for kind, day, time, _precision in found(text)]


def test_an_english_afternoon_hour_among_a_brackets_words_is_in_the_afternoon():
    text = (
        "Call for Expressions of Interest\nKirinohama Port Office\n\nKey dates\n"
        "Proposals (5:00 pm JST, by post or by hand) due: Friday, 12 March 2027\n"
    )
    assert ("submission", "2027-03-12", "17:00") in [(kind, day, time) for kind, day, time, _precision in found(text)]
