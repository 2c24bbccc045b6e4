"""Round nb: English notices as a bid team, a hospital or a port bureau writes them. A team's mail that tells the call's
dates over a forwarded alert whose fields give the deadline by its day alone; a heading over a list (the team's own plan)
run onto the paragraph above it, and a list of dashes whose sentences hold a plus, in a text run onto one line; a step's
hour after its round's or form's number (「Deadline for questions (Round 1), 17:00」); a timetable's month cell alone
(「Jun」「Oct」「- October:」) and an agreement named as the step (「Concession Agreement」); an hour a wide gap parts from
the next row's date, run onto one line. Each test a few lines written for its device (none copied from a notice)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


FORWARDED_ALERT = (
    "Subject: FW: [BidAlert] Kirinoura City – library RFID system (proposal)\n"
    "\n"
    "Team,\n"
    "\n"
    "Dates from the city's notice, all Japan time:\n"
    "- Public notice: Tue 4 May 2027\n"
    "- Questions: 5/14 (Fri) 17:00 by e-mail\n"
    "- Proposal: 6/4 (Fri) 12:00 noon, hand delivery\n"
    "\n"
    "Thanks,\n"
    "Ken\n"
    "\n"
    "-----Original Message-----\n"
    "From: BidAlert <alerts@example.jp>\n"
    "Subject: [BidAlert] New match (1)\n"
    "\n"
    "Buyer:         Kirinoura City\n"
    "Published:     2027-05-04\n"
    "Closing date:  2027-06-04\n"
)


def test_a_note_restating_an_alert_whose_deadline_is_a_day_alone_is_the_calls_schedule():
    assert found(FORWARDED_ALERT) == [
        ("published", "2027-05-04", None, "date"),
        ("question", "2027-05-14", "17:00", "datetime"),
        ("submission", "2027-06-04", "12:00", "datetime"),
    ]


TEAM_PLAN_RUN_ON = (
    "Subject: Minamisato Town – school tablets (proposal) – key dates\n"
    "\n"
    "Key dates from the notice:\n"
    "- Questions deadline: Friday 11 June 2027, 17:00\n"
    "- Proposal deadline: Friday 2 July 2027, 12:00\n"
    "- Scoring: price + quality, 40/60\n"
    "\n"
    "Ask me if anything is unclear.\n"
    "\n"
    "Our internal plan\n"
    "- Draft questions + sources by Tuesday 8 June 2027\n"
    "- Pricing + sign-off by Monday 28 June 2027\n"
    "- Courier the proposal on Wednesday 30 June 2027\n"
)


def test_a_team_plans_heading_run_onto_the_paragraph_above_still_heads_its_list():
    expected = [("question", "2027-06-11", "17:00", "datetime"), ("submission", "2027-07-02", "12:00", "datetime")]
    assert found(TEAM_PLAN_RUN_ON) == expected
    assert found(one_line(TEAM_PLAN_RUN_ON)) == expected


NUMBERED_STEPS = (
    "Schedule\n"
    "FY2027\n"
    "  Sep 6 (Mon)      Call published\n"
    "  Sep 17 (Fri)     Questions (Round 2), 17:00\n"
    "  Oct 1 (Fri)      Expression of interest (Form 2), 12:00\n"
)


def test_a_steps_hour_after_its_rounds_or_forms_number():
    assert found(NUMBERED_STEPS) == [
        ("published", "2027-09-06", None, "date"),
        ("question", "2027-09-17", "17:00", "datetime"),
        ("application", "2027-10-01", "12:00", "datetime"),
    ]


MONTH_CELLS = (
    "Indicative timeline\n"
    "FY2029\n"
    "  Apr 20 (Fri)     Proposals due, 17:00\n"
    "  Jun              Selection of the preferred bidder\n"
    "  Aug – Sep        Project Agreement\n"
)


def test_a_month_alone_in_a_timetables_date_cell_and_an_agreement_as_the_step():
    assert found(MONTH_CELLS) == [
        ("submission", "2029-04-20", "17:00", "datetime"),
        ("result", "2029-06-01", None, "month"),
        ("contract", "2029-09-01", None, "month"),
    ]


def test_a_month_cell_keyed_in_a_list():
    listed = "Timeline 2028\n- Proposals due: 14 April 2028, 5:00 pm\n- June: Concession agreement signed\n"
    assert found(listed)[-1] == ("contract", "2028-06-01", None, "month")
    spaced = "Timeline\n14 April 2028, 17:00     Proposals due\nJul          Lease Agreement\n"
    assert found(spaced)[-1] == ("contract", "2028-07-01", None, "month")
    # (a month's name that opens a sentence, a verb's 「May」, is no cell)
    assert found("May  we ask you to send the proposal by Friday 14 April 2028, 5:00 pm.\n") == [
        ("submission", "2028-04-14", "17:00", "datetime")
    ]


SPACED_ROWS = (
    "Harbour Ferry Terminal Café Concession – Bidders' Briefing, 25 October 2027\n"
    "Port Authority of Shiomizaki, Concessions Team\n"
    "\n"
    "The concession covers the café and the kiosk of the ferry terminal for ten years. Applicants must hold a food\n"
    "business licence and be registered in the Authority's list of qualified bidders. The slides below set out the\n"
    "steps of the selection; the Guidelines on the Authority's website prevail where they differ.\n"
    "\n"
    "Timeline\n"
    "FY2027\n"
    "  Nov 8 (Mon)      Guidelines published\n"
    "  Nov 19 (Fri)     Site tour, 10:00 (sign-up required)\n"
    "  Dec 3 (Fri)      Questions, 17:00\n"
    "  Dec 17 (Fri)     Answers posted\n"
)


def test_an_hour_a_wide_gap_parts_from_the_next_rows_date_stays_its_rows():
    assert both(SPACED_ROWS) == [
        ("other", "2027-10-25", None, "date"),
        ("published", "2027-11-08", None, "date"),
        ("other", "2027-11-19", "10:00", "datetime"),
        ("question", "2027-12-03", "17:00", "datetime"),
        ("answer", "2027-12-17", None, "date"),
    ]
