"""English remarks cells (round hb): a deadline's hour written in the row's remarks cell with 「By」 before it."""

import datetime as dt

from tests.extractor_found import steps


def test_a_remarks_cell_by_an_hour_gives_the_rows_deadline_its_time():
    text = (
        "Request for Expressions of Interest: harbour lighting survey\n"
        "Schedule\n"
        "Step | Date | Notes\n"
        "Deadline for questions | 14/05/2028 | By 17:00 JST, by e-mail only\n"
        "Submission of expressions of interest | 21/05/2028 | no later than 12:00 noon; late ones are returned\n"
    )
    found = steps(text)
    assert ("question", dt.date(2028, 5, 14), dt.time(17, 0), "datetime") in found
    assert ("application", dt.date(2028, 5, 21), dt.time(12, 0), "datetime") in found


def test_a_piped_row_with_an_until_cell_gives_the_time():
    text = (
        "Invitation to tender: office cleaning\n"
        "| No. | Step | Date | Remarks |\n"
        "| 1 | Submission of tenders | 2028-06-20 | until 16:00, at the reception desk |\n"
    )
    assert ("submission", dt.date(2028, 6, 20), dt.time(16, 0), "datetime") in steps(text)
