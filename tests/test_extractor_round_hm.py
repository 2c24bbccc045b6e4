"""Dates proposed as steps that are none: the end of the work's period after an English 「from the signing」, the
words of a quoted page of the issuer's site."""

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


def test_a_quoted_page_of_the_issuers_site_names_no_step():
    text = (
        "3 日程\n"
        "  公募開始 令和8年9月1日(火)\n"
        "  企画提案書の提出期限 令和8年9月25日(金)午後5時\n"
        "4 要項の配布\n"
        "  要項は、令和8年9月1日(火)から同年9月18日(金)まで、町ホームページの「入札・契約情報」のページから"
        "ダウンロードしてください。\n"
    )
    assert steps(text) == [
        ("published", dt.date(2026, 9, 1), None, "date"),
        ("submission", dt.date(2026, 9, 25), dt.time(17, 0), "datetime"),
    ]


def test_papers_put_on_a_quoted_page_from_a_day_are_the_calls_publication():
    text = (
        "要項は、2027年5月10日（月）から、県ホームページの「企画提案募集」のページに掲載する。\n"
        "企画提案書の提出期限 2027年6月4日（金）正午\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 5, 10), None, "date"),
        ("submission", dt.date(2027, 6, 4), dt.time(12, 0), "datetime"),
    ]
