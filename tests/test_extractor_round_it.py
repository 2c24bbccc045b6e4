"""English notices (round it): a port's bulletin that carries one new tender beside other tenders' results, and the
keys of a tender's schedule, as written and run onto one line. Each test a text written for its form."""

from tests.extractor_found import found, one_line

# --- a bulletin of several tenders -------------------------------------------------------------------------


BULLETIN = (
    "MINAMISAWA CITY WATERWORKS BUREAU\n"
    "TENDER BULLETIN (English)\n"
    "No. 29-11  |  2029.5.14 (Mon)\n"
    "========================================\n"
    "In this issue\n"
    "  [NEW]       1 tender notice\n"
    "  [AWARDED]   2 contracts\n"
    "  [CANCELLED] 1 tender\n"
    "Next edition: 2029.5.28 (Mon)\n"
    "========================================\n"
    "\n"
    "[NEW] TENDER NOTICE\n"
    "----------------------------------------\n"
    "Tender No.: MWB-29-031\n"
    "Subject: Replacement of flow meters, Kitahara Purification Plant\n"
    "Tender documents: 2029.5.14 (Mon) - 2029.6.8 (Fri)\n"
    "  download from the Bureau's website\n"
    "Questions: 2029.5.25 (Fri) 17:00\n"
    "Closing date: 2029.6.8 (Fri) 12:00 noon\n"
    "Opening: 2029.6.11 (Mon) 10:00\n"
    "  Room 3, Bureau Building\n"
    "----------------------------------------\n"
    "\n"
    "[AWARDED] CONTRACTS\n"
    "----------------------------------------\n"
    "Tender No.: MWB-29-012\n"
    "Subject: Pipe network survey, Zone 4\n"
    "Opening: 2029.5.7 (Mon)\n"
    "Awarded: 2029.5.10 (Thu)\n"
    "\n"
    "Tender No.: MWB-29-015\n"
    "Subject: Chlorine dosing pumps\n"
    "Opening: 2029.5.8 (Tue)\n"
    "Contract signing: 2029.5.31 (Thu)\n"
    "Delivery: by 2029.9.28 (Fri)\n"
    "----------------------------------------\n"
    "\n"
    "[CANCELLED]\n"
    "----------------------------------------\n"
    "Tender No.: MWB-29-020\n"
    "Subject: Office furniture\n"
    "Closing date: 2029.5.21 (Mon) 12:00 noon\n"
    "Re-tender: planned for 2029.7\n"
    "----------------------------------------\n"
)
NEW_TENDER = [
    ("published", "2029-05-14", None, "date"),
    ("question", "2029-05-25", "17:00", "datetime"),
    ("submission", "2029-06-08", "12:00", "datetime"),
    ("other", "2029-06-11", "10:00", "datetime"),
]


def test_a_bulletins_sections_of_tenders_awarded_or_called_off_are_other_tenders():
    # each section runs from its heading over a rule to the rule that closes it, blank lines between its entries
    assert found(BULLETIN) == NEW_TENDER


def test_a_bulletin_run_onto_one_line_gives_the_new_tenders_steps():
    # (its keys of several words, 「Tender documents:」「Closing date:」, cut back at their first word)
    assert found(one_line(BULLETIN)) == NEW_TENDER


def test_a_page_of_one_awarded_tender_alone_keeps_its_dates():
    text = (
        "[AWARDED] CONTRACT\n"
        "----------------------------------------\n"
        "Tender No.: MWB-29-015\n"
        "Subject: Chlorine dosing pumps\n"
        "Contract signing: 2029.5.31 (Thu)\n"
        "----------------------------------------\n"
    )
    assert found(text) == [("contract", "2029-05-31", None, "date")]


def test_a_bulletins_next_edition_is_no_step():
    # 「Next edition:」 under the contents' last line 「[CANCELLED] 1 tender」: the day the bulletin comes out again
    assert ("submission", "2029-05-28", None, "date") not in found(BULLETIN)


def test_a_tenders_opening_keyed_by_the_word_alone_is_the_opening():
    text = "TENDER NOTICE\nSupply of water meters\nClosing date: 2029.7.2 (Mon) 12:00 noon\nOpening: 2029.7.3 (Tue) 10:00\n"
    assert found(text) == [("submission", "2029-07-02", "12:00", "datetime"), ("other", "2029-07-03", "10:00", "datetime")]


def test_tender_documents_keyed_over_a_window_are_handed_out_from_its_start():
    text = (
        "INVITATION TO TENDER\n"
        "Supply of harbour buoys\n"
        "\n"
        "Tender documents: 2029.5.10 (Thu) - 2029.6.1 (Fri)\n"
        "Closing date: 2029.6.1 (Fri) 12:00 noon\n"
    )
    expected = [("published", "2029-05-10", None, "date"), ("submission", "2029-06-01", "12:00", "datetime")]
    assert found(text) == expected
