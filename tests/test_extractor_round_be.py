"""English and bilingual notices of Japanese public bodies (round be): a year written only in an English fiscal-year
title, an English Terms of Reference whose dates are the work's; each test a few lines written for its class."""

from tests.extractor_found import found

# --- a year only in an English fiscal-year title ---------------------------------------------------------------------

FY_TITLE = (
    "Town of Kumoino\n"
    "FY2026 Visitor Guide Translation Services\n"
    "Request for Proposals\n"
    "\n"
    "Schedule\n"
    "  - Questions: by Wed., June 10, 5 p.m. JST\n"
    "  - Proposals: by Fri., June 26, noon JST (must arrive)\n"
    "  - Interviews: Tue., July 7\n"
)


def test_an_english_fiscal_year_title_gives_the_year_of_dates_written_without_one():
    # FY2026 runs from April 2026 to March 2027: the weekdays fit 2026
    assert found(FY_TITLE) == [
        ("question", "2026-06-10", "17:00", "datetime"),
        ("submission", "2026-06-26", "12:00", "datetime"),
        ("hearing", "2026-07-07", None, "date"),
    ]


def test_a_fiscal_year_written_out_in_the_title_and_a_january_in_the_next_calendar_year():
    text = (
        "Fiscal Year 2027 Harbor Festival Operation\n"
        "Call for Proposals\n"
        "\n"
        "Key dates\n"
        "  Questions due: Mon., December 13, 5:00 p.m.\n"
        "  Proposals due: Fri., January 14, 5:00 p.m.\n"
    )
    assert found(text) == [
        ("question", "2027-12-13", "17:00", "datetime"),
        ("submission", "2028-01-14", "17:00", "datetime"),
    ]


# --- an English Terms of Reference: its dates are the work's ---------------------------------------------------------


def test_terms_of_reference_give_the_works_dates_no_step_of_a_call():
    text = (
        "TERMS OF REFERENCE\n"
        "Training Course on Port Logistics (FY2027)\n"
        "\n"
        "1. Schedule of the course\n"
        "  4 Oct 2027 (Mon)   Briefing and orientation\n"
        "  5 Oct 2027 (Tue)   Opening ceremony, 10:00 a.m.\n"
        "  29 Oct 2027 (Fri)  Action plan presentations\n"
        "2. Deliverables\n"
        "  Final Report       15 December 2027 (Wed)\n"
        "3. Contract period: from the date of signature of the contract to 31 January 2028.\n"
    )
    assert found(text) == []


def test_a_request_for_proposals_with_its_terms_of_reference_appended_keeps_its_steps():
    text = (
        "REQUEST FOR PROPOSALS\n"
        "Training Course on Port Logistics\n"
        "Annex 1: Terms of Reference\n"
        "\n"
        "Deadline for questions: 14 May 2027 (Fri), 5:00 p.m.\n"
        "Deadline for proposals: 28 May 2027 (Fri), 5:00 p.m.\n"
    )
    assert found(text) == [
        ("question", "2027-05-14", "17:00", "datetime"),
        ("submission", "2027-05-28", "17:00", "datetime"),
    ]
