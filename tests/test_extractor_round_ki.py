"""Change notices run onto one line (round ki): the devices their line breaks carried put back, each test a short
invented notice read in the one-line shape (a PDF's text layer, a portal page copied without its line breaks)."""

import time

from tenders.extractor.relining import relined
from tests.extractor_found import found, one_line

# --- an English item's heading over its keyed rows 「Original:」 「Amended:」 -------------------------------------

AMENDMENT = (
    "Harbourside Museum Trust\n"
    "ADDENDUM No. 1 to Invitation to Tender HMT-ITT-2026-11 (Gallery Lighting Renewal)\n"
    "\n"
    "This addendum forms part of the tender documents and must be read together with them. Tenderers are asked to\n"
    "note the following changes, made because the site survey report was published later than planned.\n"
    "\n"
    "1. Time-limit for the receipt of tenders (ITT Section 4.2)\n"
    "   Original:  Friday, 9 October 2026, 17:00\n"
    "   Amended:   Friday, 16 October 2026, 17:00\n"
    "\n"
    "2. Opening of tenders (ITT Section 4.5)\n"
    "   Original:  Monday, 12 October 2026, 10:00\n"
    "   Amended:   Monday, 19 October 2026, 10:00\n"
    "\n"
    "3. All other terms of the Invitation to Tender remain unchanged.\n"
)


def test_an_english_heading_over_its_original_and_amended_rows_gives_the_amended_step():
    assert found(AMENDMENT) == found(one_line(AMENDMENT))
    got = found(one_line(AMENDMENT))
    assert ("submission", "2026-10-16", "17:00", "datetime") in got
    assert ("other", "2026-10-19", "10:00", "datetime") in got
    # the values the addendum replaced are no steps
    assert not any(date in ("2026-10-09", "2026-10-12") for _, date, *_ in got)


def test_the_first_keyed_row_begins_its_line_under_the_heading():
    lines = relined(one_line(AMENDMENT))[0].splitlines()
    assert "Original:  Friday, 9 October 2026, 17:00" in lines
    assert any(line.endswith("Time-limit for the receipt of tenders (ITT Section 4.2)") for line in lines)


def test_a_key_inside_a_sentence_begins_no_line():
    # one space before 「Note:」 (no indent under a heading): the sentence's words stay on their line
    text = one_line(AMENDMENT.replace("3. All other", "3. Changes apply as from today. Note: all other"))
    lines = relined(text)[0].splitlines()
    assert any("Changes apply as from today. Note: all other" in line for line in lines)


def test_a_megabyte_of_such_tables_and_keyed_rows_reads_fast():
    for text in (one_line(AMENDMENT) * 1400,):
        start = time.perf_counter()
        relined(text)
        assert time.perf_counter() - start < 3
