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


# --- numeric dates of English notices: month first (US) or day first (UK) ------------------------------------------


def test_us_numeric_dates_month_first_with_their_time_after_the_weekday():
    text = (
        "RFP TIMELINE (all times are Japan Standard Time)\n"
        "  RFP released               3/1/2027 (Mon)    -\n"
        "  Written questions due      3/12/2027 (Fri)   5:00 PM\n"
        "  Proposals due              3/26/2027 (Fri)   12:00 PM (noon)\n"
    )
    assert found(text) == [
        ("published", "2027-03-01", None, "date"),
        ("question", "2027-03-12", "17:00", "datetime"),
        ("submission", "2027-03-26", "12:00", "datetime"),
    ]


def test_uk_numeric_dates_day_first_the_weekday_settling_the_order():
    # 「05/04/2027」 could be 4 May (a Tuesday) or 5 April (a Monday): the weekday written says April
    text = (
        "Timetable\n"
        "Tender published\tMonday 05/04/2027\t-\n"
        "Clarification questions deadline\tFriday 16/04/2027\t17:00\n"
        "Tender submission deadline\tFriday 30/04/2027\t12:00 noon\n"
    )
    assert found(text) == [
        ("published", "2027-04-05", None, "date"),
        ("question", "2027-04-16", "17:00", "datetime"),
        ("submission", "2027-04-30", "12:00", "datetime"),
    ]


def test_a_numeric_date_whose_order_nothing_settles_is_left_unread():
    # 「01/07/2027」 is 1 July or 7 January; no weekday, no figure above 12: no date is guessed
    assert found("Contract signature\t01/07/2027\t-\n") == []


def test_a_fax_machines_stamp_atop_the_page_is_no_step():
    text = (
        "3/15/2027 09:12  FROM: 入札事務センター            TO: 000-0000-0000          P. 1/1\n"
        "\n"
        "入札公告\n"
        "入札書の提出期限 令和9年3月29日（月）午後5時\n"
    )
    assert found(text) == [("submission", "2027-03-29", "17:00", "datetime")]


def test_a_time_cell_with_pm_after_it_is_in_the_afternoon():
    # the row's own time cell 「5:00 PM」 (not 5 in the morning), beside a date in a cell of its own
    text = "Event\tDate\tTime\nWritten questions due\tMarch 12, 2027 (Fri)\t5:00 PM\nSite visit\tMarch 16, 2027 (Tue)\t10:30 AM\n"
    assert found(text) == [
        ("question", "2027-03-12", "17:00", "datetime"),
        ("other", "2027-03-16", "10:30", "datetime"),
    ]


# --- English step vocabulary ------------------------------------------------------------------------------------------


def test_english_announcement_and_opening_of_a_call_are_its_publication():
    text = (
        "Schedule\n"
        "Announcement of this RFP\tApril 5, 2027 (Mon.)\n"
        "Deadline for questions\tApril 16, 2027 (Fri.), 5:00 p.m.\n"
    )
    assert found(text) == [("published", "2027-04-05", None, "date"), ("question", "2027-04-16", "17:00", "datetime")]
    text = "FY2027 Call for Proposals\n\nThis call opens on Mon., April 5. The forms can be downloaded from that day.\n"
    assert found(text) == [("published", "2027-04-05", None, "date")]


def test_a_tender_published_is_no_hand_in_of_tenders():
    assert found("Tender published\t5 April 2027 (Mon)\nTender submission deadline\t30 April 2027 (Fri), 12:00 noon\n") == [
        ("published", "2027-04-05", None, "date"),
        ("submission", "2027-04-30", "12:00", "datetime"),
    ]


# --- a part of a month written in English without its year -----------------------------------------------------------


def test_late_june_without_a_year_takes_the_schedules_year():
    text = (
        "FY2027 Sister-City Exchange Program: Call for Proposals\n"
        "\n"
        "Timeline\n"
        "  - Proposals: by Thu., June 3, 5:15 p.m. JST\n"
        "  - Results: late June (all applicants will be notified in writing)\n"
        "  - Contract: early July\n"
    )
    assert found(text) == [
        ("submission", "2027-06-03", "17:15", "datetime"),
        ("result", "2027-06-01", None, "late_month"),
        ("contract", "2027-07-01", None, "early_month"),
    ]


def test_a_month_named_alone_without_a_year_is_no_date():
    text = "FY2027 Call for Proposals\n\nProposals: by Thu., June 3, 5:15 p.m. JST\nThe festival is held every July.\n"
    assert found(text) == [("submission", "2027-06-03", "17:15", "datetime")]


# --- an English notice's section describing the work: its dates are the work's ---------------------------------------


def test_the_dates_under_an_english_scope_of_work_are_no_steps():
    text = (
        "REQUEST FOR PROPOSALS\n"
        "\n"
        "1. SCOPE OF WORK\n"
        " - A trade tasting event for buyers, planned for Tue., Oct. 19, 2027\n"
        " - Final report with sales results, due Dec. 17, 2027\n"
        "\n"
        "2. QUESTIONS\n"
        "Written questions must be e-mailed by 5:00 p.m. on Friday, June 18, 2027.\n"
        "\n"
        "3. PROPOSAL SUBMISSION\n"
        "Proposals are due by 12:00 noon, Friday, July 9, 2027.\n"
    )
    assert found(text) == [
        ("question", "2027-06-18", "17:00", "datetime"),
        ("submission", "2027-07-09", "12:00", "datetime"),
    ]


# --- a date-first English schedule beside its Japanese version --------------------------------------------------------


def test_a_date_first_row_whose_step_has_an_aside_in_brackets():
    text = (
        "KEY DATES\n"
        "Fri., Jul. 9, 2027      Proposals due (12:00 noon EDT)\n"
        "Mid-July 2027           Online presentations (shortlisted firms only)\n"
        "Late July 2027          Selection notice to all proposers\n"
    )
    assert found(text) == [
        ("submission", "2027-07-09", "12:00", "datetime"),
        ("hearing", "2027-07-01", None, "mid_month"),
        ("result", "2027-07-01", None, "late_month"),
    ]


def test_an_english_mid_month_is_not_the_japanese_late_month_of_the_same_month():
    # the Japanese version gives 下旬 only; the English 「Mid-July」 (also dated the 1st) is a step of its own
    text = (
        "KEY DATES\n"
        "Mid-July 2027           Online presentations\n"
        "\n"
        "２　スケジュール\n"
        "（１）選定結果通知　　令和９年７月下旬\n"
    )
    assert found(text) == [("hearing", "2027-07-01", None, "mid_month"), ("result", "2027-07-01", None, "late_month")]


# --- an English time as the notice states it: wrapped below its date, a foreign time zone in brackets ---------------


def test_an_english_dates_time_wrapped_onto_the_line_below():
    text = (
        "Procurement timetable\n"
        "   (a) Pre-quotation meeting ................... Tuesday, 18 May 2027,\n"
        "                                                  10:00 a.m. (local time)\n"
        "                                                  Field office meeting room\n"
        "   (b) Deadline for submission of quotations ... Friday, 4 June 2027,\n"
        "                                                  11:00 a.m. (local time)\n"
    )
    assert found(text) == [
        ("other", "2027-05-18", "10:00", "datetime"),
        ("submission", "2027-06-04", "11:00", "datetime"),
    ]


def test_a_time_with_a_foreign_time_zone_in_brackets_before_its_date():
    # the time recorded as the notice states it, in the zone it names
    text = "Submission of quotations: no later than 11:00 a.m. (Ulaanbaatar time) on 4 June 2027 (Friday).\n"
    assert found(text) == [("submission", "2027-06-04", "11:00", "datetime")]
