"""Round mw: devices of writing the English development set (un) showed the extractor missing: a column of the same
steps told in a clock abroad, a period whose start gives way to the contract's day, a bid team's own days below a line
that says they are its own, a sounding's dialogues. Each test a few lines written for its device (none copied from the
development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


PURPOSE_EN = (
    "1. Purpose\n"
    "The Prefecture seeks an agent abroad to promote the prefecture to tour operators and travel media, to organise\n"
    "a familiarisation trip in the autumn and to report each month on the market and on the enquiries received.\n"
)


def test_a_column_of_the_steps_told_again_in_london_time_under_its_zone_is_no_step():
    text = (
        "INVITATION TO TENDER - Overseas Promotion Agent in the United Kingdom\n"
        "Kawashiro Prefectural Government, International Tourism Division\n"
        "Issued: 6 April 2026\n\n" + PURPOSE_EN + "\n2. Timetable\n"
        "Times are given in Japan time, with the time in London for convenience; Japan time prevails.\n\n"
        "| Step | Tokyo (JST) | London (BST) |\n"
        "| Online briefing | Wed 15 Apr 2026, 08:00 | Wed 15 Apr 2026, 00:00 |\n"
        "| Questions due | Fri 24 Apr 2026, 17:00 | Fri 24 Apr 2026, 09:00 |\n"
        "| Tenders due | Mon 18 May 2026, 12:00 | Mon 18 May 2026, 04:00 |\n"
        "| Interviews | Tue 2 Jun 2026, 07:30 | Mon 1 Jun 2026, 23:30 |\n"
    )
    assert both(text) == [
        ("published", "2026-04-06", None, "date"),
        ("other", "2026-04-15", "08:00", "datetime"),
        ("question", "2026-04-24", "17:00", "datetime"),
        ("submission", "2026-05-18", "12:00", "datetime"),
        ("hearing", "2026-06-02", "07:30", "datetime"),
    ]


def test_a_spaced_column_of_pacific_times_a_day_behind_is_no_step():
    text = (
        "REQUEST FOR PROPOSALS - West Coast Sales Representative (FY2026)\n"
        "Minase City Economic Affairs Bureau\n"
        "Date of issue: June 1, 2026\n\n" + PURPOSE_EN + "\nKey dates\n"
        "Milestone                         Japan Standard Time               Los Angeles\n"
        "Virtual pre-proposal meeting      Thursday, June 11, 2026, 10:00    Wednesday, June 10, 6:00 p.m. PDT\n"
        "Questions due                     Friday, June 19, 2026, 17:00      Friday, June 19, 1:00 a.m. PDT\n"
        "Proposals due                     Monday, July 6, 2026, 12:00       Sunday, July 5, 8:00 p.m. PDT\n"
        "Interviews (online)               Wednesday, July 15, 2026          to be scheduled\n"
    )
    assert both(text) == [
        ("published", "2026-06-01", None, "date"),
        ("other", "2026-06-11", "10:00", "datetime"),
        ("question", "2026-06-19", "17:00", "datetime"),
        ("submission", "2026-07-06", "12:00", "datetime"),
        ("hearing", "2026-07-15", None, "date"),
    ]


CONTRACT_CALL = (
    "REQUEST FOR PROPOSALS - Visitor Guide Translation Services\n"
    "Issued: May 11, 2026\n\n"
    "2. CONTRACT OUTLINE\n"
    "(a) {period}\n"
    "(b) Budget ceiling: JPY 3,000,000\n\n"
    "4. SCHEDULE\n"
    "Deadline for written questions: Friday, May 22, 2026, 5:00 p.m.\n"
    "Proposal submission deadline: Friday, June 5, 2026, 5:00 p.m.\n"
    "Contract signing (planned): Late June 2026\n"
)


def test_a_period_whose_start_gives_way_to_the_contracts_day_in_a_bracket_ends_on_no_signing():
    for period in (
        "Contract term: 1 July 2026 (or the contract date if later) to 31 March 2027",
        "Term: from 1 July 2026 (or from the signing of the contract, whichever is later) until 31 March 2027",
        "Period: July 1, 2026 (or upon contract execution, if later) - March 31, 2027",
    ):
        assert both(CONTRACT_CALL.format(period=period)) == [
            ("published", "2026-05-11", None, "date"),
            ("question", "2026-05-22", "17:00", "datetime"),
            ("submission", "2026-06-05", "17:00", "datetime"),
            ("contract", "2026-06-01", None, "late_month"),
        ], period


def test_a_japanese_period_whose_start_gives_way_to_the_contracts_day_ends_on_no_signing():
    text = (
        "令和8年度 観光案内翻訳業務 企画提案募集要項\n"
        "1 業務概要\n"
        "(1) 委託期間 令和8年7月1日（契約締結日がこれより遅い場合は契約締結日）から令和9年3月31日まで\n"
        "2 日程\n"
        "(1) 質問の締切 令和8年5月22日(金)午後5時\n"
        "(2) 企画提案書の提出期限 令和8年6月5日(金)午後5時\n"
        "(3) 契約締結 令和8年6月下旬(予定)\n"
    )
    assert both(text) == [
        ("question", "2026-05-22", "17:00", "datetime"),
        ("submission", "2026-06-05", "17:00", "datetime"),
        ("contract", "2026-06-01", None, "late_month"),
    ]


def test_a_bid_briefs_in_house_schedule_whose_bracket_says_it_is_not_the_clients_is_no_step():
    text = (
        "BID BRIEF - Coastal Road Signage Survey (for the partner team)\n"
        "Prepared 2027-09-01\n\n"
        "1. Client schedule (from the call, all JST)\n"
        "Questions due ........................ 2027/9/10 (Fri) 17:00\n"
        "Application to participate ........... 2027/9/17 (Fri) 17:00\n"
        "Proposal due ......................... 2027/10/1 (Fri) 12:00\n"
        "Presentation ......................... 2027/10/14 (Thu)\n\n"
        "2. OUR IN-HOUSE SCHEDULE (these are ours - not the client's dates)\n"
        "9/8 (Wed)    Questions drafted\n"
        "9/16 (Thu)   Application signed by the President\n"
        "9/28 (Tue)   Proposal printed and bound\n"
        "10/12 (Tue)  Rehearsal with the partner\n\n"
        "3. Risks\n"
        "The partner's survey van must be booked by mid-October.\n"
    )
    assert found(text) == [
        ("question", "2027-09-10", "17:00", "datetime"),
        ("application", "2027-09-17", "17:00", "datetime"),
        ("submission", "2027-10-01", "12:00", "datetime"),
        ("hearing", "2027-10-14", None, "date"),
    ]


FORWARDED = (
    "From: Leo Grant <l.grant@example.jp>\n"
    "Sent: Wednesday, March 3, 2027 9:02 AM\n"
    "To: Mika Tanabe <m.tanabe@example.jp>\n"
    "Subject: RE: FW: Invitation to Tender - Harbour Water Quality Sensors\n\n"
    "Hi Mika,\n\n"
    "Noted, thanks.\n\n"
    "Leo\n\n"
    "-----Original Message-----\n"
    "From: Mika Tanabe <m.tanabe@example.jp>\n"
    "Sent: Tuesday, March 2, 2027 4:10 PM\n"
    "To: Leo Grant <l.grant@example.jp>\n"
    "Subject: FW: Invitation to Tender - Harbour Water Quality Sensors\n\n"
    "Hi Leo,\n\n"
    "{own}\n\n"
    "Regards,\n"
    "Mika\n\n"
    "-----Original Message-----\n"
    "From: Procurement Office <procurement@example.jp>\n"
    "Sent: Monday, March 1, 2027 10:00 AM\n"
    "Subject: Invitation to Tender - Harbour Water Quality Sensors\n\n"
    "INVITATION TO TENDER\n"
    "Harbour Water Quality Sensors (12 units)\n"
    "1. Schedule\n"
    "(1) Deadline for eligibility documents: Friday, March 19, 2027, 17:00\n"
    "(2) Deadline for receipt of tenders: Friday, April 2, 2027, 17:00\n"
    "(3) Opening of tenders: Monday, April 5, 2027, 10:00\n"
)
ISSUERS = [
    ("application", "2027-03-19", "17:00", "datetime"),
    ("submission", "2027-04-02", "17:00", "datetime"),
    ("other", "2027-04-05", "10:00", "datetime"),
]


def test_a_list_put_below_a_line_whose_bracket_says_the_days_are_the_teams_own_is_no_step():
    own = (
        "The Agency's tender is below. Here is what we need from you (internal targets only, not the Agency's):\n"
        "- Final quotation and technical compliance sheet: by Monday, March 15\n"
        "- Datasheets for the sensors: by Wednesday, March 17"
    )
    assert found(FORWARDED.format(own=own)) == ISSUERS


def test_the_day_a_bidder_says_it_will_hand_its_papers_in_is_no_step():
    for own in (
        "We intend to submit the eligibility documents on Thursday, March 18, a day ahead of their deadline.",
        "We plan to hand in the eligibility documents on Thursday, March 18 - one working day early.",
        "To be safe we'll courier the tender on Wednesday, March 31.",
    ):
        assert found(FORWARDED.format(own=own)) == ISSUERS, own


def test_a_soundings_one_to_one_dialogues_are_its_hearing_and_the_notice_of_their_slots_no_result():
    text = (
        "Market Sounding on the Future Use of the Former Hamakaze Ferry Terminal\n"
        "Hamakaze City, Port Planning Division\n\n"
        "Outline\n"
        "The City invites companies to share their ideas on the future use of the former ferry terminal and its car park,\n"
        "before it fixes the conditions of a later call for an operator. Taking part is not a condition of that call.\n\n"
        "Timetable\n"
        "Guidelines published ............................ Monday 4 September 2028\n"
        "Entry sheet ..................................... by 17:00 on Friday 22 September 2028\n"
        "Time slots notified to each entrant ............. by Friday 29 September 2028\n"
        "One-to-one dialogues ............................ mid-October to early November 2028\n"
        "Summary of the results published ................ around January 2029\n"
    )
    assert found(text) == [
        ("published", "2028-09-04", None, "date"),
        ("application", "2028-09-22", "17:00", "datetime"),
        ("other", "2028-09-29", None, "date"),
        ("hearing", "2028-11-01", None, "early_month"),
        ("result", "2029-01-01", None, "month"),
    ]
    assert ("hearing", "2028-11-01", None, "early_month") in found(one_line(text))


def test_a_dialogue_based_market_researchs_dialogues_are_its_hearing():
    text = (
        "Dialogue-based Market Research: Riverside Park Cafe and Boat Hire\n"
        "Issued by the Parks Department of Ochimizu City on 2 May 2028.\n\n"
        "Purpose\n"
        "The City wishes to hear from operators of cafes, boat hire and outdoor activities how the riverside park could be\n"
        "run and improved by a private partner, and what terms would make such a partnership viable for them.\n\n"
        "1. Registration: from 8 May to 17:00 on 19 May 2028\n"
        "2. Notice of dialogue date and time: by 26 May 2028 (by e-mail)\n"
        "3. Dialogues: 5 June 2028 to 16 June 2028 (about 60 minutes each)\n"
    )
    assert both(text) == [
        ("application", "2028-05-19", "17:00", "datetime"),
        ("other", "2028-05-26", None, "date"),
        ("hearing", "2028-06-16", None, "date"),
    ]


def test_a_tenders_competitive_dialogue_stays_a_step_beside_the_hearing():
    text = (
        "INVITATION TO TENDER - Concession for the Operation of the Hamakaze Marina\n"
        "Hamakaze City, Port Planning Division\n\n"
        "PHASE 2 - COMPETITIVE DIALOGUE\n"
        "Individual dialogues ............................ October 2028\n"
        "Final tenders due ............................... Friday 1 December 2028, 17:00\n"
    )
    assert ("other", "2028-10-01", None, "month") in found(text)
