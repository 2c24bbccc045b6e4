"""English notices (round fv): a date written with slashes is no Japanese version of an English step of another kind,
and the tender documents keyed or headed bare, whose window opens with the call; each test a few lines written for its
case, as written and run onto one line."""

from tests.extractor_found import found, one_line

_NOTICE = (
    "Notice of Open Competitive Tendering\n"
    "\n"
    "1. Subject: Supply of a tide gauge data logger, 2 sets\n"
    "2. Delivery: by 31 March 2028\n"
    "3. Procedure\n"
)
_DEADLINES = "(3) Time-limit for tender: 5:00 p.m., 6 December, 2027\n" "(4) Opening of tenders: 10:00 a.m., 8 December, 2027\n"

# --- a slashed date beside an English step on the same day ----------------------------------------------------------


def test_a_slashed_date_of_another_step_leaves_the_english_deadline_of_that_day():
    # (「Briefing session: 2027/12/6 (Mon) 10:00」 and 「Time-limit for tender: 5:00 p.m., 6 December, 2027」: two steps
    # of a day, the slashed one no Japanese text the English repeats)
    text = (
        _NOTICE
        + "(1) Contact point: Supplies Section, General Affairs Division.\n"
        + "(2) Briefing session: 2027/12/6 (Mon) 10:00, Meeting Room 3.\n"
        + _DEADLINES
    )
    expected = [
        ("other", "2027-12-06", "10:00", "datetime"),
        ("submission", "2027-12-06", "17:00", "datetime"),
        ("other", "2027-12-08", "10:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- the tender documents keyed or headed bare -----------------------------------------------------------------------

_FOUND = [
    ("published", "2027-11-01", None, "date"),
    ("submission", "2027-12-06", "17:00", "datetime"),
    ("other", "2027-12-08", "10:00", "datetime"),
]


def test_tender_documents_keyed_over_a_slashed_window_is_the_publication_with_its_start():
    # (「Tender documents: 2027/11/1 to 2027/12/6」: the papers handed out from the call's day, the window's end no tender,
    # nor the English deadline's Japanese version)
    text = (
        _NOTICE
        + "(1) Contact point: Supplies Section, General Affairs Division.\n"
        + "(2) Tender documents: 2027/11/1 to 2027/12/6 (download from the Institute's website)\n"
        + _DEADLINES
    )
    assert found(text) == _FOUND
    assert found(one_line(text)) == _FOUND


def test_tender_documents_keyed_over_an_iso_window_is_the_publication_with_its_start():
    text = (
        _NOTICE
        + "(1) Contact point: Supplies Section, General Affairs Division.\n"
        + "(2) Tender documents: 2027-11-01 to 2027-12-06 (download from the Institute's website)\n"
        + _DEADLINES
    )
    assert found(text) == _FOUND
    assert found(one_line(text)) == _FOUND


def test_a_bare_tender_documents_heading_over_its_period_is_the_publication():
    # (「4. TENDER DOCUMENTS 4.1 Period: 2027/11/1 (Mon) to 2027/11/29 (Mon)」: the heading names the papers, their
    # window opens with the call and its end is no tender, as written and run onto one line)
    text = (
        "Date of notice: 2027/11/1 (Mon)\n"
        "\n"
        + _NOTICE
        + "4. TENDER DOCUMENTS\n"
        + "4.1 Period: 2027/11/1 (Mon) to 2027/11/29 (Mon), 9:00-17:00 on business days.\n"
        + "4.2 Place: Supplies Section.\n"
        + "\n"
        + "5. TENDERS\n"
        + "5.1 Time-limit for tender: 5:00 p.m., 6 December, 2027\n"
        + "5.2 Opening of tenders: 10:00 a.m., 8 December, 2027\n"
    )
    assert found(text) == _FOUND
    assert found(one_line(text)) == _FOUND
