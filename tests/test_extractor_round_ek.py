"""English notices and the English parts of Japanese ones (round ek): each test a few lines written for its device,
read as written and run onto one line (a PDF's text layer, a portal page copied without its line breaks)."""

from tests.extractor_found import found


def _one_line(text: str) -> str:
    return text.replace("\n", " ")


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
    assert found(_one_line(COLUMN_TABLE)) == COLUMN_TABLE_STEPS


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
    assert found(_one_line(text)) == steps
