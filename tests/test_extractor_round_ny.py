"""English amendments and corrigenda read without their line breaks (round ny): each test a few lines written for its
device, read as written and run onto one line."""

from tests.extractor_found import found, one_line

# --- a Markdown table's empty cell 「| - |」 is no list item ----------------------------------------------------


def test_a_new_row_whose_original_cell_is_a_dash_keeps_its_date_on_one_line():
    text = (
        "CORRIGENDUM No. 3\n"
        "\n"
        "Revised timetable\n"
        "\n"
        "| No. | Step | Before | After |\n"
        "|---|---|---|---|\n"
        "| 1 | Issue of the call | Tue 4 May 2027 | No change |\n"
        "| 2 | Registration for the site visit (NEW) | - | Thu 20 May 2027, 15:00 |\n"
        "| 3 | Site visit at the pumping station (NEW) | - | Tue 25 May 2027, 09:30 |\n"
        "| 4 | Deadline for bids | Fri 28 May 2027, 16:00 | Fri 11 Jun 2027, 16:00 |\n"
        "\n"
        "Enclosures:\n"
        "- Drawing set, revision C\n"
        "- Bill of quantities, revision B\n"
        "- Form Q-2 (Question form)\n"
    )
    expected = [
        ("other", "2027-05-20", "15:00", "datetime"),
        ("other", "2027-05-25", "09:30", "datetime"),
        ("submission", "2027-06-11", "16:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_dash_cell_between_bars_in_another_table_is_no_item_either():
    text = (
        "ADDENDUM 2 to the Request for Quotations\n"
        "\n"
        "| Activity | Initial date | Revised date |\n"
        "|---|---|---|\n"
        "| Online clarification meeting (new) | - | 14 October 2026, 11:00 |\n"
        "| Clarification questions due | 9 October 2026, 17:00 | 21 October 2026, 17:00 |\n"
        "| Quotations due | 23 October 2026, 12:00 | 6 November 2026, 12:00 |\n"
        "| Award notice (new) | - | by 20 November 2026 |\n"
        "\n"
        "Notes:\n"
        "- All times are local time.\n"
        "- Quotations already received stay valid.\n"
        "- Other terms stay as published.\n"
    )
    expected = [
        ("other", "2026-10-14", "11:00", "datetime"),
        ("question", "2026-10-21", "17:00", "datetime"),
        ("submission", "2026-11-06", "12:00", "datetime"),
        ("result", "2026-11-20", None, "date"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- a notice's own English date key after a Japanese heading run onto its line ------------------------------
# (its date keyed apart, the amendment's past events before it, 「installed in May 2026」, are no steps)


def test_the_date_of_issue_after_a_japanese_heading_still_dates_the_amendment():
    text = (
        "Harbour Works Bureau (港湾整備局)\n"
        "Procurement Office\n"
        "\n"
        "ADDENDUM No. 2\n"
        "to the Invitation to Tender (Notice No. HWB-2027-11)\n"
        "入札公告の訂正について(第2号)\n"
        "\n"
        "Date of issue: 9 March 2027\n"
        "\n"
        "To all tenderers,\n"
        "\n"
        "The Bureau hereby amends the Invitation to Tender published on Monday, 15 February 2027 as set out below.\n"
        "\n"
        "1. Reason for the addendum\n"
        "\n"
        "Following enquiries about the crane rail (installed in May 2026), the Bureau has revised Annex 4.\n"
        "\n"
        "2. Amended schedule\n"
        "\n"
        "| No. | Item | Original | Amended |\n"
        "|---|---|---|---|\n"
        "| 1 | Deadline for receipt of tenders | Fri 19 Mar 2027, 17:00 | Fri 2 Apr 2027, 17:00 |\n"
    )
    expected = [("submission", "2027-04-02", "17:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_date_of_this_corrigendum_key_after_a_japanese_title_cuts_too():
    text = (
        "Institute of Coastal Sensing (国立研究開発法人沿岸計測研究所)\n"
        "Contracts Unit\n"
        "\n"
        "CORRIGENDUM No. 1\n"
        "to the Notice of Invitation to Tender (No. ICS-28-002)\n"
        "仕様書等の変更について(第1号)\n"
        "\n"
        "Date of this corrigendum: 14 January 2028\n"
        "\n"
        "To all prospective tenderers,\n"
        "\n"
        "The Institute hereby amends the Notice of Invitation to Tender published on Friday, 5 January 2028 as set out below.\n"
        "\n"
        "1. Background\n"
        "\n"
        "In view of enquiries about the mooring system (fitted in October 2027), Section 5 has been revised.\n"
        "\n"
        "2. Amended schedule\n"
        "\n"
        "| No. | Step | Original | Amended |\n"
        "|---|---|---|---|\n"
        "| 1 | Opening of tenders | Tue 1 Feb 2028, 10:00 | Tue 8 Feb 2028, 10:00 |\n"
    )
    expected = [("other", "2028-02-08", "10:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_date_of_issue_after_a_japanese_issuer_and_title_cuts_too():
    text = (
        "Kawasemi Prefecture Roads Office 翠鳥県道路事務所\n"
        "Contracts Unit\n"
        "\n"
        "CORRIGENDUM No. 1\n"
        "to the Notice of Invitation to Tender (No. ICS-28-002)\n"
        "仕様書等の変更について(第1号)\n"
        "\n"
        "Date of issue: 14 January 2028\n"
        "\n"
        "To all prospective tenderers,\n"
        "\n"
        "The Institute hereby amends the Notice of Invitation to Tender published on Friday, 5 January 2028 as set out below.\n"
        "\n"
        "1. Background\n"
        "\n"
        "In view of enquiries about the mooring system (replaced in October 2027), Section 5 has been revised.\n"
        "\n"
        "2. Amended schedule\n"
        "\n"
        "| No. | Step | Original | Amended |\n"
        "|---|---|---|---|\n"
        "| 1 | Opening of tenders | Tue 1 Feb 2028, 10:00 | Tue 8 Feb 2028, 10:00 |\n"
    )
    expected = [("other", "2028-02-08", "10:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected
