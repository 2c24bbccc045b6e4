"""Round mn: devices of writing the English development set (un) showed the extractor missing. Each test a few lines
written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line

# (a section of prose before the schedule: the text run onto one line is long enough to be cut into lines again)
BACKGROUND_EN = (
    "1. Purpose\n"
    "The Council seeks a consultant to plan and carry out a survey of the visitors to its galleries and festivals,\n"
    "to analyse the answers and to report on how visitors learn of the programme and what keeps them away.\n"
    "2. Scope\n"
    "The consultant designs the questionnaire, recruits and trains the interviewers, carries out the fieldwork on\n"
    "at least twelve days spread over the season, codes the answers and presents the findings to the board.\n"
)


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def test_a_schedule_table_read_column_by_column_across_a_page_break_pairs_each_step_with_its_date():
    text = (
        "Harborview Arts Council                                   Call for Tenders HAC-31 (rev. 2)\n"
        "CALL FOR TENDERS: Visitor Survey 2027\n"
        "Issued on 3 May 2027 by the Harborview Arts Council.\n" + BACKGROUND_EN + "4. Timetable\n"
        "Activity\n"
        "Deadline\n"
        "1. Call for tenders published\n"
        "2. Clarification questions due\n"
        "3. Responses to questions issued\n"
        "4. Tenders due\n"
        "5. Interviews with shortlisted tenderers\n"
        "6. Award notification\n"
        "Page 3 of 6\n"
        "Harborview Arts Council                                   Call for Tenders HAC-31 (rev. 2)\n"
        "Monday 3 May 2027\n"
        "Friday 14 May 2027, 4:00 p.m.\n"
        "No later than\n"
        "Friday 21 May 2027\n"
        "Wednesday 2 June 2027,\n"
        "12:00 noon\n"
        "Week of 14 June 2027\n"
        "Early July 2027\n"
        "5. Evaluation\n"
        "Tenders are scored on quality (60) and price (40).\n"
    )
    assert found(text) == [
        ("published", "2027-05-03", None, "date"),
        ("question", "2027-05-14", "16:00", "datetime"),
        ("answer", "2027-05-21", None, "date"),
        ("submission", "2027-06-02", "12:00", "datetime"),
        ("hearing", "2027-06-14", None, "date"),
        ("result", "2027-07-01", None, "early_month"),
    ]


def test_a_column_of_us_style_dates_after_its_steps_with_a_footer_between():
    text = (
        "REQUEST FOR QUALIFICATIONS - Riverside Transit Wayfinding Design\n" + BACKGROUND_EN + "Key dates\n"
        "Pre-submission conference\n"
        "Deadline for written questions\n"
        "Answers posted to the website\n"
        "Proposals due\n"
        "Notice of award\n"
        "- 2 -\n"
        "April 12, 2027 (Mon.) 10:00 a.m. - 11:30 a.m.\n"
        "April 16, 2027 (Fri.) 3:00 p.m.\n"
        "April 23, 2027 (Fri.)\n"
        "May 7, 2027 (Fri.) 2:00 p.m.\n"
        "Late May 2027\n"
        "Submittals received after the deadline will be returned unopened.\n"
    )
    assert found(text) == [
        ("other", "2027-04-12", "10:00", "datetime"),
        ("question", "2027-04-16", "15:00", "datetime"),
        ("answer", "2027-04-23", None, "date"),
        ("submission", "2027-05-07", "14:00", "datetime"),
        ("result", "2027-05-01", None, "late_month"),
    ]


def test_numbered_steps_then_their_dates_after_the_page_footer_also_in_a_text_run_onto_one_line():
    text = (
        "Lakeshore Water Authority   Solicitation LWA-2027-114   Page header: Addendum 0\n"
        "SOLICITATION FOR PROPOSALS: Leak Detection Analytics Service\n" + BACKGROUND_EN + "3. Procurement schedule\n"
        "(1) Publication of the solicitation\n"
        "(2) Intent to propose (Form 2) due\n"
        "(3) Last day for questions\n"
        "(4) Proposals due\n"
        "(5) Oral presentations\n"
        "(6) Contract award (planned)\n"
        "- 4 -\n"
        "Lakeshore Water Authority   Solicitation LWA-2027-114   Page header: Addendum 0\n"
        "Tue. 10 August 2027\n"
        "Fri. 20 August 2027, 17:00\n"
        "Wed. 25 August 2027, 5 p.m.\n"
        "Thu. 9 September 2027, 14:00 (local time)\n"
        "Tue. 21 September 2027 -\n"
        "Thu. 23 September 2027\n"
        "Mid-October 2027\n"
        "4. Proposal contents\n"
        "Proposals are limited to 25 pages, not counting the price form.\n"
    )
    assert both(text) == [
        ("published", "2027-08-10", None, "date"),
        ("application", "2027-08-20", "17:00", "datetime"),
        ("question", "2027-08-25", "17:00", "datetime"),
        ("submission", "2027-09-09", "14:00", "datetime"),
        ("hearing", "2027-09-21", None, "date"),
        ("contract", "2027-10-01", None, "mid_month"),
    ]
