"""Devices read on one line (round lb): a page or a PDF's text layer that arrives with every line break a space.
Each test a few invented lines, read as written and on one line."""

from tests.extractor_found import found, one_line

FILLER = (
    "Eligibility: tenderers must hold a valid grade for the supply of goods in the region, and must not fall under the "
    "articles of the budget order that bar a tenderer; documents in Japanese or English are accepted.\n"
)

# --- a tab table whose empty cell is written 「-」 ----------------------------------------------------------------

TAB_TABLE = (
    "NOTICE OF TENDER\n"
    "Supply of laboratory freezers\n"
    + FILLER * 3
    + "\n3. Schedule\n"
    "Step\tDate\tTime\n"
    "Publication of this notice\t2028-04-03 (Mon)\t-\n"
    "Deadline for written questions\t2028-04-12 (Wed)\t17:00\n"
    "Answers to questions\tby 2028-04-19 (Wed)\t-\n"
    "Submission of qualification documents\t2028-04-24 (Mon)\t15:00\n"
    "Notification of qualification results\tby 2028-05-01 (Mon)\t-\n"
    "Deadline for submission of tenders\t2028-05-15 (Mon)\t12:00\n"
    "Opening of tenders\t2028-05-16 (Tue)\t10:30\n"
    "\n4. Other\n"
    "- Tenders by e-mail are not accepted.\n"
    "- The price shall exclude consumption tax.\n"
    "- Questions are answered on this page.\n"
)


def test_a_tab_table_empty_cell_dash_is_no_list_item_on_one_line():
    written = found(TAB_TABLE)
    assert ("application", "2028-04-24", "15:00", "datetime") in written
    assert found(one_line(TAB_TABLE)) == written


def test_a_tab_indented_list_after_a_line_break_is_still_a_list():
    text = (
        "Notes on the call\n"
        + FILLER * 4
        + "Steps:\n"
        "\t- Questions by 2028-04-12 17:00\n"
        "\t- Answers by 2028-04-19\n"
        "\t- Tenders by 2028-05-15 12:00\n"
    )
    assert [(k, d, t) for k, d, t, _ in found(one_line(text))] == [
        (k, d, t) for k, d, t, _ in found(text)
    ]
