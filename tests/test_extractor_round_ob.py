"""English notices read in round ob: an event announced by a lead sentence ending in a colon, its keyed items under
it; each test a few lines written for its device."""

from tests.extractor_found import found, one_line

# --- an event announced by a lead sentence ending in a colon ------------------------------------------------


def test_a_when_key_under_a_long_event_lead_is_the_events_day():
    text = (
        "Proposals are due on Friday, 16 July 2027, 16:00.\n"
        "\n"
        "In addition, the Agency will organise an online briefing session on the updated data sheets (new):\n"
        "  - Date and time: Tuesday, 22 June 2027, 10:00 - 11:30 (JST)\n"
        "  - Platform: Zoom (the link is sent on registration)\n"
    )
    assert found(text) == [
        ("other", "2027-06-22", "10:00", "datetime"),
        ("submission", "2027-07-16", "16:00", "datetime"),
    ]
    text = (
        "Further, the Port Authority will host a guided site visit to the container yard and the planned berth:\n"
        "• When: 3 March 2028, 13:30\n"
        "• Meeting point: Gate 2\n"
    )
    assert found(text) == [("other", "2028-03-03", "13:30", "datetime")]
    assert found(one_line(text)) == found(text)


def test_a_registration_key_under_an_event_lead_is_the_events_sign_up():
    text = (
        "Tenders close at 12:00 on Monday, 4 October 2027.\n"
        "\n"
        "The Board will also hold a pre-bid meeting on the revised drawings of the pumping station (new):\n"
        "  - Date and time: Wednesday, 15 September 2027, 14:00 (JST), Room 4\n"
        "  - Registration: e-mail the names of your delegates to the procurement desk by\n"
        "    17:00 on Friday, 10 September 2027.\n"
    )
    assert found(text) == [
        ("other", "2027-09-10", "17:00", "datetime"),
        ("other", "2027-09-15", "14:00", "datetime"),
        ("submission", "2027-10-04", "12:00", "datetime"),
    ]
    text = (
        "We will run an information session for suppliers interested in the catering concession:\n"
        "- Date and time: 8 May 2026, 15:00\n"
        "- Registration: by 6 May 2026 through the online form\n"
    )
    assert found(text) == [("other", "2026-05-06", None, "date"), ("other", "2026-05-08", "15:00", "datetime")]
    assert found(one_line(text)) == found(text)


# --- a call published on a site named by its owner ----------------------------------------------------------


def test_a_call_published_on_its_owners_named_site_is_the_publication():
    text = "Timetable\n" "Mon 7 June 2027        Tender published on NDRA website\n" "Fri 25 June 2027 17:00 Tenders due\n"
    assert found(text) == [("published", "2027-06-07", None, "date"), ("submission", "2027-06-25", "17:00", "datetime")]
    text = "Key dates\n- 2 February 2026: RFQ published on City of Marlow portal\n- 20 February 2026: Quotations due\n"
    assert found(text) == [("published", "2026-02-02", None, "date"), ("submission", "2026-02-20", None, "date")]


# --- a month and its year written with a slash --------------------------------------------------------------


def test_a_month_and_year_in_a_cell_or_after_its_part_of_the_month_is_that_month():
    text = "Step | Planned\n" "Proposals due | 14/05/2027 12:00\n" "Award notice | early 07/2027\n" "Agreement signed | 08/2027\n"
    assert found(text) == [
        ("submission", "2027-05-14", "12:00", "datetime"),
        ("result", "2027-07-01", None, "early_month"),
        ("contract", "2027-08-01", None, "month"),
    ]
    text = "Bids close on 3 June 2026. The contract is expected to be signed in late-09/2026.\n"
    assert found(text) == [("submission", "2026-06-03", None, "date"), ("contract", "2026-09-01", None, "late_month")]
    assert found("Bids close on 3 June 2026 under Tender No. 06/2026.\n") == [("submission", "2026-06-03", None, "date")]


# --- an amendment's table of versions: an old value told in words -----------------------------------------


def test_a_row_whose_old_value_is_told_in_words_is_a_moved_step():
    text = (
        "CORRIGENDUM No. 1\n"
        "The timetable of the Invitation for Bids is amended as follows.\n"
        "Step | Original | Revised\n"
        "Bid submission deadline | 10/06/2027 15:00 | 17/06/2027 15:00\n"
        "Site inspection | week of 24/05 | 27/05/2027\n"
        "Bid opening | 10/06/2027 15:30 | 17/06/2027 15:30\n"
    )
    assert ("other", "2027-05-27", None, "date") in found(text)
    text = (
        "Addendum No. 3\n"
        "Activity | Before | After\n"
        "Interviews | days 8-9 of month 11 | 12/11/2026\n"
        "Proposal deadline | 20/10/2026 17:00 | 27/10/2026 17:00\n"
    )
    assert found(text) == [("submission", "2026-10-27", "17:00", "datetime"), ("hearing", "2026-11-12", None, "date")]


# --- a change letter's own date, over its title ------------------------------------------------------------


def test_a_change_letters_date_over_its_title_is_its_own_day():
    text = (
        "Ref.: PA/ITB/2026-03/ADD-1\n"
        "Date: 9 March 2026\n"
        "\n"
        "ADDENDUM No. 1 TO THE INVITATION FOR BIDS\n"
        "\n"
        "ITB issued on: 12 February 2026\n"
        "The deadline for the submission of bids is extended to 14:00 on Thursday, 26 March 2026.\n"
    )
    assert found(text) == [("submission", "2026-03-26", "14:00", "datetime")]


# --- an amendment's old words, their key run onto the clause's heading --------------------------------------


def test_old_words_after_a_for_key_run_onto_their_heading_are_no_step():
    text = (
        "CORRIGENDUM No. 1 "
        '2.1 Clause 5 (Site visit) For: "The site visit will take place in the week of 8 June 2026." '
        'Read: "The site visit will take place on Wednesday, 10 June 2026 at 10:00." '
        '2.2 Clause 9 (Opening of bids) For: "Bids will be opened on 22 June 2026 at 14:00." '
        'Read: "Bids will be opened on 29 June 2026 at 14:00."'
    )
    assert found(text) == [("other", "2026-06-10", "10:00", "datetime"), ("other", "2026-06-29", "14:00", "datetime")]
