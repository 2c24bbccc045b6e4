"""English notices and the English parts of Japanese ones (round ek): each test a few lines written for its device,
read as written and run onto one line (a PDF's text layer, a portal page copied without its line breaks)."""

from tests.extractor_found import found, one_line

# --- an English schedule whose step stands before its date, run onto one line ----------------------------


COLUMN_TABLE = (
    "Hanamizuki Development Agency\n"
    "Request for Proposals: Baseline Survey of Coastal Fisheries Livelihoods\n"
    "1. BACKGROUND\n"
    "The Agency invites qualified firms to submit technical and financial proposals for the survey described below.\n"
    "2. SCHEDULE OF THE SELECTION PROCESS\n"
    "   Activity                                   Date                    Time\n"
    "   --------------------------------------------------------------------------\n"
    "   Issuance of RFP                            09/06/2027 (Mon)\n"
    "   Deadline for requests for clarification    09/17/2027 (Fri)        4:00 PM (JST)\n"
    "   Issuance of responses                      09/24/2027 (Fri)\n"
    "   Deadline for submission of proposals       10/08/2027 (Fri)        12:00 noon (JST)\n"
    "   Contract signing                           11/15/2027 (Mon)\n"
    "   --------------------------------------------------------------------------\n"
    "3. CONTACT\n"
    "Procurement Unit, e-mail: rfp@example.jp\n"
)

COLUMN_TABLE_STEPS = [
    ("published", "2027-09-06", None, "date"),
    ("question", "2027-09-17", "16:00", "datetime"),
    ("answer", "2027-09-24", None, "date"),
    ("submission", "2027-10-08", "12:00", "datetime"),
    ("contract", "2027-11-15", None, "date"),
]


def test_an_english_column_table_run_onto_one_line_keeps_each_step_with_its_date():
    assert found(COLUMN_TABLE) == COLUMN_TABLE_STEPS
    assert found(one_line(COLUMN_TABLE)) == COLUMN_TABLE_STEPS


def test_an_english_schedule_written_date_first_stays_date_first_on_one_line():
    text = (
        "Kiyosato Prefecture Tourism Bureau\n"
        "Call for Proposals: Winter Promotion in Australia (FY2027)\n"
        "The Bureau invites proposals from agencies with experience of travel trade promotion in Australia and "
        "New Zealand. Proposals may be written in English or Japanese.\n"
        "Schedule (all times JST)\n"
        "Date                          Step\n"
        "2027-05-10 (Mon)              Call published\n"
        "2027-05-21 (Fri) 17:00        Deadline for questions\n"
        "2027-05-28 (Fri)              Answers published\n"
        "2027-06-11 (Fri) 17:00        Deadline for proposals\n"
        "Contact: winter-cfp@example.jp\n"
    )
    steps = [
        ("published", "2027-05-10", None, "date"),
        ("question", "2027-05-21", "17:00", "datetime"),
        ("answer", "2027-05-28", None, "date"),
        ("submission", "2027-06-11", "17:00", "datetime"),
    ]
    assert found(text) == steps
    assert found(one_line(text)) == steps


# --- English rows with leaders, their labels longer than Japanese keys ------------------------------------


LEADER_TABLE = (
    "Kiyosato Prefectural University, Office of International Affairs\n"
    "Call for Proposals: Overseas Recruitment Agent Services (Academic Year 2028)\n"
    "(Dates in this document are written DD/MM/YYYY. Times are Japan Standard Time.)\n"
    "1. Overview\n"
    "The University seeks an agent to promote its English-taught programmes in four countries.\n"
    "2. Schedule\n"
    "  Announcement ..................................... 07/06/2027 (Mon)\n"
    "  Questions (e-mail only) ......... no later than 18/06/2027 (Fri) 17:00\n"
    "  Answers posted on the University website ......... 25/06/2027 (Fri)\n"
    "  Submission of proposals ............. until 09/07/2027 (Fri) 23:59\n"
    "  Online presentation .............................. 21/07/2027 (Wed)\n"
    "3. Contact\n"
    "E-mail: agent-rfp@example.jp\n"
)

LEADER_TABLE_STEPS = [
    ("published", "2027-06-07", None, "date"),
    ("question", "2027-06-18", "17:00", "datetime"),
    ("answer", "2027-06-25", None, "date"),
    ("submission", "2027-07-09", "23:59", "datetime"),
    ("hearing", "2027-07-21", None, "date"),
]


def test_an_english_schedule_with_leaders_run_onto_one_line_keeps_each_step_with_its_date():
    assert found(LEADER_TABLE) == LEADER_TABLE_STEPS
    assert found(one_line(LEADER_TABLE)) == LEADER_TABLE_STEPS


def test_an_english_label_that_filled_its_column_keeps_a_short_leader_and_its_time_below():
    text = (
        "Invitation for Quotation No. IFQ-2027-031: Supply of Two Field Vehicles\n"
        "1. Scope\n"
        "   The Office invites quotations for two four-wheel-drive vehicles for its field work.\n"
        "2. Procurement timetable\n"
        "   Issue of Invitation for Quotation ........ Monday, 7 June 2027\n"
        "   Pre-quotation meeting ................... Wednesday, 16 June 2027,\n"
        "                                             10:00 a.m. (local time)\n"
        "   Deadline for requests for clarification . Friday, 18 June 2027,\n"
        "                                             4:00 p.m. (local time)\n"
        "   Deadline for submission of quotations ... Friday, 2 July 2027,\n"
        "                                             11:00 a.m. (local time)\n"
        "3. Contact\n"
        "   procurement@example.jp\n"
    )
    steps = [
        ("published", "2027-06-07", None, "date"),
        ("other", "2027-06-16", "10:00", "datetime"),
        ("question", "2027-06-18", "16:00", "datetime"),
        ("submission", "2027-07-02", "11:00", "datetime"),
    ]
    assert found(text) == steps
    assert found(one_line(text)) == steps


def test_an_english_key_with_a_colon_in_a_sentence_begins_no_row():
    text = (
        "Kiyosato Institute of Technology - Notice of Procurement (English summary)\n"
        "Subject matter: one next-generation sequencer, with installation and training at the Institute.\n"
        "Questions on the specifications: send the Question Form by e-mail by 2027/09/08 17:00. Answers will be posted "
        "on this page by 2027/09/14.\n"
        "Documents certifying qualification and compliance with the specifications (Forms 1-3, catalogues, statement of "
        "compliance): submit by 2027/09/17 17:00 (must arrive).\n"
        "Time-limit for tender: 2027/10/04 17:00.\n"
    )
    as_written = found(text)
    assert ("application", "2027-09-17", "17:00", "datetime") in as_written
    assert found(one_line(text)) == as_written


# --- a British date with a comma before its year, at the start of a line -----------------------------------


def test_a_day_opening_a_line_before_its_month_and_year_is_no_outline_number():
    text = (
        "English Summary\n"
        "(1) Nature and quantity of the products to be purchased: Ocean current profiler array, 1 set\n"
        "(2) Delivery period: By 30 September, 2027\n"
        "(3) Delivery place: Kiyosato Marine Research Institute\n"
        "(4) Time-limit for the submission of application forms and relevant documents for the qualification: 5:00 p.m.,"
        " 19 January, 2027\n"
        "(5) Time-limit for tender: 5:00 p.m., 2 February, 2027. Tenders submitted by mail must arrive by the time-limit.\n"
        "(6) Contact point for the notice: Contract Section, Kiyosato Marine Research Institute\n"
    )
    assert ("submission", "2027-02-02", "17:00", "datetime") in found(text)
    assert ("submission", "2027-02-02", "17:00", "datetime") in found(one_line(text))


# --- English step wording and its kind ------------------------------------------------------------------


def test_the_publication_of_these_guidelines_is_the_calls_publication():
    text = (
        "4. Schedule\n"
        "(1) Publication of these Guidelines        Monday, 7 June 2027\n"
        "(2) Deadline for questions                Friday, 18 June 2027, 5:00 p.m.\n"
        "(3) Deadline for proposals                Friday, 9 July 2027, 5:00 p.m.\n"
    )
    assert found(text) == [
        ("published", "2027-06-07", None, "date"),
        ("question", "2027-06-18", "17:00", "datetime"),
        ("submission", "2027-07-09", "17:00", "datetime"),
    ]


def test_responses_to_requests_for_clarification_are_the_answers_not_the_questions():
    text = (
        "Amended schedule\n"
        "Deadline for requests for clarification          Friday, 10 September 2027, 12:00 noon\n"
        "Responses to requests for clarification          Thursday, 16 September 2027\n"
        "Responses to supplementary questions             Tuesday, 21 September 2027\n"
    )
    assert found(text) == [
        ("question", "2027-09-10", "12:00", "datetime"),
        ("answer", "2027-09-16", None, "date"),
        ("answer", "2027-09-21", None, "date"),
    ]


def test_an_award_notice_named_noun_first_is_the_result_and_a_contract_award_stays_the_contract():
    text = (
        "Schedule\n"
        "Quotation due ............ Friday, 11 June 2027, 12:00 noon\n"
        "Award notice ............. late June 2027\n"
        "Contract award ........... July 2027\n"
    )
    assert found(text) == [
        ("submission", "2027-06-11", "12:00", "datetime"),
        ("result", "2027-06-01", None, "late_month"),
        ("contract", "2027-07-01", None, "month"),
    ]
