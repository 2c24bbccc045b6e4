"""Review rv2 of rounds gc–ge: an English example's bracket (「(e.g. …)」「(example: …)」) told in any case, as its
pattern reads it (a check before it looked for the lower-case words alone, so 「(E.g. 15 June 2027)」 in a form run
onto one line gave a step)."""

from tests.extractor_found import found, one_line

FORM = (
    "Schedule\n"
    "  Deadline for applications ........ 2027.07.02 17:00\n"
    "\n"
    "Annex 2: Request for clarification (Form 4)\n"
    "  Date received: ______ (E.g. 15 June 2027)\n"
    "  Date signed: ______ (EXAMPLE: 16 June 2027)\n"
    "  Company name: ______________\n"
)


def test_an_english_example_bracket_in_capitals_is_no_step():
    assert found(FORM) == [("application", "2027-07-02", "17:00", "datetime")]
    assert found(one_line(FORM)) == [("application", "2027-07-02", "17:00", "datetime")]
