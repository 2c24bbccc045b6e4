"""A notice read in one line (round ha): where its line breaks stood, told again from the words."""

from tenders.extractor.relining import cut_points
from tests.extractor_found import found, one_line


def test_an_english_section_may_open_on_a_one_letter_word():
    line = (
        "5. SITE VISIT 5.1 A site visit will be held at the depot. 5.2 Bidders must register by e-mail. "
        "6. BID OPENING Bids will be opened in public."
    )
    assert [line[at:].split()[0] for at in cut_points(line)] == ["5.1", "5.2", "6."]


def test_an_english_subsection_opening_on_a_one_letter_word_keeps_the_next_one_apart():
    # (「1.2 A …」 taken for no section: 「1.3 Requests for clarification …」 ran on after it, its dates read as others)
    text = (
        "WEST BAY PORT AUTHORITY\n"
        "INVITATION TO TENDER\n"
        "Maintenance Dredging of the Inner Basin\n\n"
        "1. Tender documents and clarifications\n"
        "1.1 The tender documents, comprising the instructions, the conditions of contract, the specifications and the"
        " drawings, may be downloaded from the Authority's portal from Monday 8 June 2026.\n"
        "1.2 A non-mandatory site inspection will be held at 10:00 on Tuesday 16 June 2026, assembling at the"
        " Operations Building, Pier 3. The inspection will be made by survey launch and will end by 12:30."
        " Tenderers who wish to attend must notify the Authority by e-mail before Friday 12 June 2026.\n"
        "1.3 Requests for clarification will be accepted from 8 June 2026 until 17:00 (Japan Standard Time) on"
        " Monday 22 June 2026. They must be sent in writing by e-mail. The Authority will answer all tenderers on or"
        " before Monday 29 June 2026.\n\n"
        "2. Submission of tenders\n"
        "Tenders must be received by 12:00 on Friday 10 July 2026 at the Contracts Office.\n"
    )
    assert (
        found(one_line(text))
        == found(text)
        == [
            ("published", "2026-06-08", None, "date"),
            ("submission", "2026-06-12", None, "date"),
            ("other", "2026-06-16", "10:00", "datetime"),
            ("question", "2026-06-22", "17:00", "datetime"),
            ("answer", "2026-06-29", None, "date"),
            ("submission", "2026-07-10", "12:00", "datetime"),
        ]
    )
