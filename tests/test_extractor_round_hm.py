"""Dates proposed as steps that are none: the end of the work's period after an English 「from the signing」."""

import datetime as dt

from tests.extractor_found import steps


def test_english_period_from_the_contract_date_ends_the_work_not_a_signing():
    text = (
        "Schedule\n"
        "Deadline for proposals: 12:00 noon, June 12, 2026\n"
        "Conclusion of the contract: Late June 2026 (planned)\n"
        "Term of the services\n"
        "    From the day following the date of conclusion of the contract to February 26, 2027\n"
    )
    assert steps(text) == [
        ("submission", dt.date(2026, 6, 12), dt.time(12, 0), "datetime"),
        ("contract", dt.date(2026, 6, 1), None, "late_month"),
    ]


def test_english_answer_on_the_term_from_the_signing_is_no_signing():
    text = (
        "Proposals must arrive by 5 p.m. on Friday 9 October 2026.\n"
        "Q. For how long is the agreement?\n"
        "A. From the date the contract is signed until 30 September 2027.\n"
    )
    assert steps(text) == [("submission", dt.date(2026, 10, 9), dt.time(17, 0), "datetime")]
