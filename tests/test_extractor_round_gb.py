"""English documents (round gb): each test a few lines written for its class."""

from tests.extractor_found import found, one_line

# --- a call's title over the day its paper is dated --------------------------------------------------------


def test_a_call_title_over_its_version_date_is_no_step_in_one_line():
    text = (
        "HARBOUR TOWN TOURISM BUREAU\n"
        "\n"
        "CALL FOR EXPRESSIONS OF INTEREST (EOI)\n"
        "Ref. HTB/EOI/2027/07\n"
        "Visitor Shuttle Services\n"
        "\n"
        "Document version 2.0 | 2027-08-02 | Status: open\n"
        "\n"
        "1. Timeline\n"
        "EOI submission deadline: 17:00 on 30 August 2027\n"
    )
    assert found(one_line(text)) == [("application", "2027-08-30", "17:00", "datetime")]


def test_a_request_for_proposals_over_its_month_is_no_step():
    text = (
        "Minato City\n"
        "Request for Proposal\n"
        "FY2028 Inbound Promotion Services in Asia\n"
        "Version 1.0 - May 2028\n"
        "\n"
        "4. Timeline\n"
        "Proposals due: 12:00 on 20 June 2028\n"
    )
    assert found(one_line(text)) == [("submission", "2028-06-20", "12:00", "datetime")]

    # a step's own key beside the call's name in the head stays a step
    text = "Request for Proposals: City Guide Service\nRe-announcement date: 13 January 2027\n"
    assert found(one_line(text))[0][1] == "2027-01-13"


# --- an English list's lettered and numbered items run into one line ---------------------------------------------


def test_lettered_items_keep_their_whole_labels_in_one_line():
    text = (
        "3. Timetable\n\n"
        "All times are Japan Standard Time. The procedure will follow the timetable below:\n\n"
        "  (a) Issue of the Tender Documentation:\n"
        "      from Monday, 6 September 2027 to Friday, 22 October 2027\n"
        "      (on weekdays, 9:00 to 17:00, at the Purchasing Office; download at any time)\n\n"
        "  (b) Site visit to the pumping station:\n"
        "      10:00 (JST) on Wednesday, 15 September 2027\n"
        "      Gate 3, North Pumping Station\n"
        "      (attendance is not compulsory)\n\n"
        "  (c) Deadline for written questions on the Specifications:\n"
        "      17:00 (JST) on Friday, 24 September 2027 (by e-mail only)\n\n"
        "  (d) Answers to the questions:\n"
        "      posted on the procurement website by Friday, 1 October 2027\n\n"
        "  (e) Opening of tenders:\n"
        "      10:30 (JST) on Tuesday, 2 November 2027\n"
        "      Meeting Room 5, Main Building\n"
    )
    assert found(one_line(text)) == [
        ("published", "2027-09-06", None, "date"),
        ("other", "2027-09-15", "10:00", "datetime"),
        ("question", "2027-09-24", "17:00", "datetime"),
        ("answer", "2027-10-01", None, "date"),
        ("other", "2027-11-02", "10:30", "datetime"),
    ]


def test_a_numbered_item_with_a_long_label_keeps_it_in_one_line():
    text = (
        "3 Tender documentation and time-limits\n"
        "(1) Contact point: Purchasing Office, Harbour Research Institute, 1-1 Minato, Umikaze City 000-0000 Japan.\n"
        "(2) Issue of the tender documentation: The tender documentation will be issued free of charge at the contact "
        "point in (1) from 1 June 2027 to 16 July 2027, between 9:00 a.m. and 5:00 p.m., excluding Saturdays, Sundays "
        "and national holidays.\n"
        "(3) Briefing session on the tender documentation: 10:00 a.m., 8 June 2027, Meeting Room 4, 2nd floor, Main "
        "Building. Attendance is not compulsory.\n"
        "(4) Time-limit for the submission of documents certifying qualification and compliance with the "
        "specifications: 5:00 p.m., 29 June 2027.\n"
        "(5) Time-limit for tender: 5:00 p.m., 16 July 2027. Tenders sent by post must arrive by this time.\n"
        "(6) Date and place of the opening of tenders: 1:30 p.m., 26 July 2027, Meeting Room 1, 3rd floor, Main "
        "Building.\n"
    )
    assert found(one_line(text))[1:] == [
        ("application", "2027-06-29", "17:00", "datetime"),
        ("submission", "2027-07-16", "17:00", "datetime"),
        ("other", "2027-07-26", "13:30", "datetime"),
    ]


def test_an_english_key_of_several_words_after_a_wide_gap_stays_whole_in_one_line():
    text = (
        "Minato City Association for International Exchange\n"
        "Home > Notices > Calls\n\n"
        "Call for Proposals\n"
        "Interpreter Dispatch Service for Foreign Residents, FY2027\n"
        "多言語通訳派遣業務 企画提案募集（英語版）\n\n"
        "Posted: May 10, 2027   Page last revised: May 12, 2027\n\n"
        "The Japanese version of this call is available on the Japanese page.\n\n"
        "1. Schedule\n"
        "Deadline for questions: May 20, 2027, 5:00 p.m.\n"
        "Deadline for proposals: June 4, 2027, 12:00 noon\n"
    )
    assert found(one_line(text)) == [
        ("question", "2027-05-20", "17:00", "datetime"),
        ("submission", "2027-06-04", "12:00", "datetime"),
    ]
