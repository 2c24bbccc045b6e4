"""English procurement documents of Japanese bodies (round kq): a Japanese era year written in English, a US slashed date
after its weekday under its step's name, a year-less English window of days, a month alone a contract is signed in on
a line without a figure, a shortlist made known. Each test a few lines written for its device, with a case the rule
must not overreach to."""

from tests.extractor_found import found

HEAD = "Request for Proposals No. 2027-014: Visitor Survey Services (FY2027)\nKey Dates\n"

# --- an era year in English ------------------------------------------------------------------------------------------


def test_an_era_year_after_the_day_is_its_year_and_keeps_the_time():
    text = HEAD + (
        "Issue of RFP: May 5, Reiwa 9 (2027)\n"
        "Deadline for questions: May 12, Reiwa 9 (2027), 5:00 p.m.\n"
        "Submission of proposals: 26 May 2027 (Reiwa 9), 17:00 JST\n"
    )
    assert found(text) == [
        ("published", "2027-05-05", None, "date"),
        ("question", "2027-05-12", "17:00", "datetime"),
        ("submission", "2027-05-26", "17:00", "datetime"),
    ]


def test_an_era_year_before_the_month_and_day():
    text = HEAD + ("Issue of RFP: Reiwa 9 (2027), May 5\nDeadline for questions: Reiwa 9, 12 May, 12:00 noon\n")
    assert found(text) == [
        ("published", "2027-05-05", None, "date"),
        ("question", "2027-05-12", "12:00", "datetime"),
    ]


def test_an_era_year_without_a_day_is_no_step():
    # (「the budget of Reiwa 9」: a year alone, no date of a step)
    text = HEAD + "Issue of RFP: May 5, Reiwa 9 (2027)\nThe budget for Reiwa 9 was approved by the Council.\n"
    assert found(text) == [("published", "2027-05-05", None, "date")]


# --- a US slashed date after its weekday, under the step's name ---------------------------------------------------------


def test_a_weekday_and_a_us_date_under_the_step_name():
    text = (
        "Embassy of the Republic of Veltoria, Tokyo\nRequest for Quotation No. 2026-11\nSchedule\n"
        "ITB issued\n    Monday, 9/28/2026\n"
        "Deadline for questions\n    by Tuesday, 10/6/2026 at 1700 hrs\n"
        "Site visit\n    Wed. 10/7/2026, 2:00 p.m.\n"
    )
    assert found(text) == [
        ("published", "2026-09-28", None, "date"),
        ("question", "2026-10-06", "17:00", "datetime"),
        ("other", "2026-10-07", "14:00", "datetime"),
    ]


def test_a_weekday_alone_under_a_step_is_no_date():
    text = HEAD + "Issue of RFP: 5/3/2027\nSite visit\n    Monday\nDeadline for questions: Wednesday, 5/12/2027\n"
    assert found(text) == [
        ("published", "2027-05-03", None, "date"),
        ("question", "2027-05-12", None, "date"),
    ]


# --- a window of year-less English days ---------------------------------------------------------------------------------


def test_year_less_interview_days_in_a_cell_are_one_hearing_on_its_first_day():
    text = HEAD + (
        "| Milestone | Date |\n|---|---|\n"
        "| Publication of the RFP | Thursday 15 April |\n"
        "| Interviews | between Friday 28 May and Sunday 30 May |\n"
        "| Presentations (second round) | Monday 7 June to Wednesday 9 June |\n"
        "| Notice of selection | Tuesday 15 June |\n"
    )
    assert found(text) == [
        ("published", "2027-04-15", None, "date"),
        ("hearing", "2027-05-28", None, "date"),
        ("hearing", "2027-06-07", None, "date"),
        ("result", "2027-06-15", None, "date"),
    ]


def test_a_year_less_question_window_ends_on_its_last_day():
    text = HEAD + "| Step | Date |\n|---|---|\n| Questions | Friday 16 April to Friday 23 April |\n"
    assert found(text) == [("question", "2027-04-23", None, "date")]


def test_two_year_less_days_in_a_sentence_stay_two_days():
    # (「on 28 May to 30 May」 in a sentence, no cell or key before it: not read as a window)
    text = HEAD + "Issue of RFP: Thursday 15 April\nBids close: Friday 28 May\nOpening of bids: Monday 31 May\n"
    assert found(text) == [
        ("published", "2027-04-15", None, "date"),
        ("submission", "2027-05-28", None, "date"),
        ("other", "2027-05-31", None, "date"),
    ]


# --- a month alone a contract is signed in, a line without a figure -------------------------------------------------------


def test_a_contract_signed_in_a_month_alone():
    text = HEAD + "Issue of RFP: 6 May 2027\nThe Association expects to sign the contract in July.\n"
    assert found(text) == [
        ("published", "2027-05-06", None, "date"),
        ("contract", "2027-07-01", None, "month"),
    ]


def test_a_month_alone_of_a_past_event_is_no_step():
    text = HEAD + "Issue of RFP: 6 May 2027\nThe current contract was signed in July.\n"
    assert found(text) == [("published", "2027-05-06", None, "date")]


# --- a shortlist made known ------------------------------------------------------------------------------------------------


def test_a_shortlist_announced_is_a_result():
    text = (
        "Request for Expressions of Interest: Consulting Services for a Port Resilience Study\n"
        "Date of issue: 5 April 2027\n"
        "Expressions of interest due: 26 April 2027, 12:00 (Tokyo time)\n"
        "- Shortlist of consultants announced: 17 May 2027\n"
        "- Notification of shortlisted firms: 18 May 2027\n"
    )
    assert found(text) == [
        ("published", "2027-04-05", None, "date"),
        ("application", "2027-04-26", "12:00", "datetime"),
        ("result", "2027-05-17", None, "date"),
        ("result", "2027-05-18", None, "date"),
    ]


def test_a_shortlisted_firms_visit_is_no_result():
    text = HEAD + "Issue of RFP: 6 May 2027\nSite visit for shortlisted firms: 20 May 2027, 10:00\n"
    assert found(text)[-1][0] != "result"
