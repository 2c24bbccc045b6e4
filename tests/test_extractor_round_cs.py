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


def test_close_of_business_takes_the_hour_the_notice_defines():
    text = (
        'Article 2 (Definitions)\n(3) "Close of business" means 17:00 Japan Standard Time on the business day concerned.\n'
        "Article 5 (Questions)\n"
        "(1) Questions shall be submitted by e-mail using Form 3 until close of business on 8 September 2026.\n"
        "Article 7 (Submission of Proposals)\n"
        "(1) An eligible Applicant shall submit its proposal on or before 2 October 2026 at close of business.\n"
    )
    found = steps(text)
    assert ("question", dt.date(2026, 9, 8), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2026, 10, 2), dt.time(17, 0), "datetime") in found


def test_a_bracket_naming_the_paper_stays_in_a_long_sentences_label():
    text = (
        "Article 6\n"
        "(1) A person wishing to participate shall submit Form 1 (Application to Participate) and Form 2 (Company "
        "Profile and Track Record) by 17:00 on 15 September 2026.\n"
    )
    assert steps(text) == [("application", dt.date(2026, 9, 15), dt.time(17, 0), "datetime")]
