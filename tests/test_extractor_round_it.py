"""English notices (round it): a clarification letter that moves a deadline and restates the schedule with a status
column, a port's bulletin that carries one new tender beside other tenders' results, the keys of a tender's schedule,
an info session on a slide and a letter's dateline. Each test a text written for its form."""

from tests.extractor_found import found, one_line

# --- a clarification letter of a change --------------------------------------------------------------------


CLARIFICATION_LETTER = (
    "KIRINOSATO RIVER BASIN AUTHORITY\n"
    "Contracts and Procurement Office\n"
    "11-3 Sakuragaoka, Kirinosato City 000-0000\n"
    "Tel. 000-0000-0000   Fax 000-0000-0001   E-mail: contracts@example.jp\n"
    "\n"
    "Our ref.: KRBA/CPO/ITT-27-004/CL-03\n"
    "Date: 9 March 2029\n"
    "\n"
    "To: All prospective tenderers\n"
    "\n"
    "Subject: ITT No. 27-004 - Supply of Flood Telemetry Stations for the Upper Basin\n"
    "         CLARIFICATION No. 3 (with Amendment of the Tender Deadline)\n"
    "\n"
    "Dear Sirs,\n"
    "\n"
    "1. This Clarification No. 3 answers the questions received by 1 March 2029 and not answered in Clarification "
    "No. 2 of 5 March 2029.\n"
    "\n"
    "2. Amendment of the Tender Deadline\n"
    "The deadline for the receipt of tenders is amended as follows:\n"
    "   Previously: 15:00 (JST), Friday, 23 March 2029\n"
    "   Amended:    15:00 (JST), Friday, 6 April 2029\n"
    "Follow-up questions may be sent until 12:00 (JST) on Friday, 16 March 2029. They will be answered in "
    "Clarification No. 4, to be issued by Friday, 23 March 2029.\n"
    "\n"
    "3. Schedule (restated for reference)\n"
    "| Step | Date | Status |\n"
    "|---|---|---|\n"
    "| Deadline for questions | 1 March 2029 | Closed |\n"
    "| Clarification No. 2 | 5 March 2029 | Issued |\n"
    "| Deadline for follow-up questions | 16 March 2029, 12:00 | New |\n"
    "| Receipt of tenders | 6 April 2029, 15:00 | Amended |\n"
    "| Notification of award | late April 2029 | No change |\n"
    "| Contract signature | 14 May 2029 | No change |\n"
    "\n"
    "Yours faithfully,\n"
    "\n"
    "Procurement Manager\n"
)
CLARIFIED = [
    ("question", "2029-03-16", "12:00", "datetime"),
    ("answer", "2029-03-23", None, "date"),
    ("submission", "2029-04-06", "15:00", "datetime"),
]


def test_a_letters_subject_wrapped_under_its_field_makes_the_letter_one_of_a_change():
    # the subject's second line names the letter a numbered clarification with an amendment: the restated rows and
    # the steps the letter says are over give nothing
    assert found(CLARIFICATION_LETTER) == CLARIFIED


def test_a_clarification_letter_run_onto_one_line_gives_the_same_steps():
    assert found(one_line(CLARIFICATION_LETTER)) == CLARIFIED


def test_a_letters_own_date_over_its_subject_makes_the_steps_before_it_history():
    # 「Date: 9 March 2029」 over 「Subject:」: the questions received by 1 March and the clarification of 5 March came
    # before the letter
    text = CLARIFICATION_LETTER.replace("9 March 2029\n", "12 March 2029\n").replace(
        "answers the questions received by 1 March 2029", "answers the questions received by 7 March 2029"
    )
    assert ("question", "2029-03-07", None, "date") not in found(text)
    assert found(text) == CLARIFIED


def test_a_letter_of_a_change_keeps_its_steps_written_without_their_year():
    # the letter's own day read before the steps' years are: a step of no written year stays to be read
    text = CLARIFICATION_LETTER.replace("on Friday, 16 March 2029.", "on Friday, 16 March.").replace(
        "| 16 March 2029, 12:00 | New |", "| 16 March, 12:00 | New |"
    )
    assert found(text) == CLARIFIED


def test_previously_keys_the_old_value_of_an_amended_step():
    text = (
        "ADDENDUM No. 2\n"
        "RFP No. HW-29-11 Groundwater Monitoring Services\n"
        "\n"
        "The closing date for proposals is amended as follows:\n"
        "   Previously:  17:00 (JST), Thursday, 10 May 2029\n"
        "   Revised:     17:00 (JST), Thursday, 24 May 2029\n"
    )
    assert found(text) == [("submission", "2029-05-24", "17:00", "datetime")]


def test_an_amended_status_cell_marks_the_row_a_change_keeps():
    text = (
        "ADDENDUM No. 1\n"
        "Invitation to Tender No. MS-29-02: Harbour Dredging Survey\n"
        "Date of this Addendum: 2 July 2029\n"
        "\n"
        "The schedule of the tender now reads:\n"
        "| Activity | Date | Status |\n"
        "|---|---|---|\n"
        "| Site inspection | 20 July 2029, 10:00 | Amended |\n"
        "| Online Q&A session | 24 July 2029, 14:00 | New |\n"
        "| Deadline for queries | 27 July 2029, 17:00 | No change |\n"
        "| Tender closing | 10 August 2029, 12:00 | No change |\n"
        "| Opening of tenders | 10 August 2029, 14:00 | No change |\n"
    )
    # (beside a row the change creates, 「New」: a row without a mark of its own would be one restated)
    assert found(text) == [("other", "2029-07-20", "10:00", "datetime"), ("other", "2029-07-24", "14:00", "datetime")]


def test_a_numbered_clarification_to_come_is_the_answers():
    text = (
        "INVITATION TO TENDER\n"
        "Supply of River Gauging Equipment\n"
        "\n"
        "5. Questions must be sent by e-mail by 17:00 (JST) on Monday, 4 June 2029. They will be answered in "
        "Clarification No. 1, to be issued by Friday, 8 June 2029.\n"
    )
    assert found(text) == [("question", "2029-06-04", "17:00", "datetime"), ("answer", "2029-06-08", None, "date")]


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


# --- a slide's timeline, a letter's dateline ---------------------------------------------------------------


def test_an_info_session_is_a_briefing():
    text = (
        "[Slide 4 / 8]\n"
        "Key dates\n"
        "• Info session (online) → Thu 8 Mar 2029, 10:00\n"
        "• Proposals due → Mon 2 Apr 2029, 12:00 noon\n"
    )
    assert found(text) == [("other", "2029-03-08", "10:00", "datetime"), ("submission", "2029-04-02", "12:00", "datetime")]


def test_a_letters_dateline_run_onto_the_line_above_gives_no_step():
    text = (
        "CALL FOR EXPRESSIONS OF INTEREST\n"
        "Regional Study on Coastal Fisheries\n"
        "\n"
        "1. EOIs must be received by 16:00 (JST) on Monday, 14th May 2029.\n"
        "2. The Office does not reimburse the cost of preparing an EOI.\n"
        "\n"
        "CONTACT\n"
        "E-mail: eoi@example.jp\n"
        "Tel.: 000-0000-0000 (Monday to Friday, 09:30-17:30 JST)\n"
        "\n"
        "Osaka, 2nd April 2029\n"
        "Keiko Arima\n"
        "Head, Osaka Liaison Office\n"
    )
    assert found(one_line(text)) == [("application", "2029-05-14", "16:00", "datetime")]
