"""English change notices: a grid of the old and new dates (「Step | Original | Revised」 over a rule 「----+----」)."""

import datetime as dt

from tests.extractor_found import one_line, steps

GRID = (
    "AMENDMENT No. 1\n"
    "to the Request for Proposals for the Harbour Festival Guide App\n"
    "\n"
    "The schedule of the Request for Proposals is changed as follows.\n"
    "\n"
    "  Step                      | Original                    | Revised\n"
    "  --------------------------+-----------------------------+-----------------------------\n"
    "  Deadline for proposals    | Mon., Mar. 8, 2027, 4:00 pm | Mon., Mar. 15, 2027, 4:00 pm\n"
    "  Interview                 | Wed., Mar. 17, 2027         | Wed., Mar. 24, 2027\n"
    "\n"
    "All other conditions remain unchanged.\n"
)


def test_a_grid_of_old_and_new_dates_run_onto_one_line_gives_the_new_dates():
    # one line: the grid's rows follow one another with no line break; each row's old date is not a step's
    assert steps(one_line(GRID)) == [
        ("submission", dt.date(2027, 3, 15), dt.time(16, 0), "datetime"),
        ("hearing", dt.date(2027, 3, 24), None, "date"),
    ]
