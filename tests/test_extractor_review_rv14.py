"""Review rv14 of this session's rules: each fault found, with an invented text of its form."""

from tests.extractor_found import found, one_line

# --- an English 'close of business' hour -------------------------------------------------------------------


def test_a_close_of_business_hour_with_pm_in_capitals_is_in_the_afternoon():
    """「close of business (5:00 PM)」: the bracket's a.m./p.m. was read in lower case only, and 「PM」 taken as a time zone,
    so the hour came out 05:00 (before the rule the bracket was left alone and 「5:00 PM」 read as 17:00)."""
    text = (
        "Invitation to Tender: Cleaning Services\n"
        "\n"
        "Schedule\n"
        "Tenders must be received by close of business (5:00 PM) on Friday, 11 June 2027.\n"
    )
    expected = [("submission", "2027-06-11", "17:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected
    assert found(text.replace("(5:00 PM)", "(5:00 P.M. EST)")) == expected


# --- an English specification's section of the call's own steps ------------------------------------------

TERMS = (
    "TERMS OF REFERENCE\n"
    "Riverside Park Landscaping\n"
    "\n"
    "3. DURATION\n"
    "3.1 The works shall be completed by 28 February 2028.\n"
    "\n"
    "4. {heading}\n"
    "4.1 The contractor shall submit the planting plan no later than 14 June 2027.\n"
    "4.2 Presentation of the draft planting design to the Council: 21 June 2027, 10:00.\n"
    "\n"
    "6. TIMETABLE OF THE PROCUREMENT\n"
    "6.1 Requests for clarification shall be received no later than 10 May 2027 (Monday).\n"
    "6.2 Proposals shall be submitted on or before 24 May 2027 (Monday).\n"
)


def test_a_work_section_named_with_an_english_word_of_a_call_gives_no_step():
    """CALL_PART read any 「selection」「procurement」「invitation」「tender」 in a heading as the call's: a specification's work
    sections 「SELECTION OF PLANT SPECIES」「PROCUREMENT OF MATERIALS」 kept the work's presentation as a hearing."""
    expected = [("question", "2027-05-10", None, "date"), ("submission", "2027-05-24", None, "date")]
    for heading in (
        "REPORTS",
        "SELECTION OF PLANT SPECIES",
        "PROCUREMENT OF MATERIALS",
        "INVITATIONS TO STAKEHOLDERS",
        "TENDERING OF PLANTS",
    ):
        assert found(TERMS.format(heading=heading)) == expected, heading
    # the call's own sections, however worded, keep their steps
    for heading in (
        "SCHEDULE OF THE SELECTION PROCESS",
        "TENDER TIMETABLE",
        "SUBMISSION OF PROPOSALS",
        "KEY DATES OF THE PROCUREMENT",
    ):
        text = TERMS.format(heading=heading).replace("6. TIMETABLE OF THE PROCUREMENT", "6. REPORTS")
        assert ("hearing", "2027-06-21", "10:00", "datetime") in found(text), heading
