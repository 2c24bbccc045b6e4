"""English calls, round cs: dates written with dots, the day first (「24.09.2026」), and a clock time before a numeric
date joined by 「on」 (「12:00 noon JST on 06.10.2026」)."""

import datetime as dt

from tests.extractor_found import steps


def test_a_date_with_dots_puts_the_day_first():
    text = (
        "REQUEST FOR QUOTATION\n"
        "3. Questions\n"
        "Questions must be sent by e-mail no later than 24.09.2026, 17:00 JST.\n"
        "Answers will be posted on the website by 29.09.2026.\n"
    )
    found = steps(text)
    assert ("question", dt.date(2026, 9, 24), dt.time(17, 0), "datetime") in found
    assert ("answer", dt.date(2026, 9, 29), None, "date") in found


def test_a_dotted_date_that_could_be_either_order_is_still_the_day_first():
    text = "REQUEST FOR QUOTATION\n7. Purchase order\nNIAEM intends to issue the purchase order by 06.10.2026.\n"
    assert steps(text) == [("contract", dt.date(2026, 10, 6), None, "date")]


def test_a_time_before_a_numeric_date_joined_by_on_is_its_time():
    text = (
        "4. Submission of quotations\n"
        "Quotations must be received no later than 12:00 noon JST on 06.10.2026 (Tue).\n"
        "Questions must be sent by e-mail no later than 5:00 p.m. on 5/14/2027 (Fri).\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2026, 10, 6), dt.time(12, 0), "datetime") in found
    assert ("question", dt.date(2027, 5, 14), dt.time(17, 0), "datetime") in found

