"""English procurement devices (round lh): an e-procurement record's Start / End Date fields, a 「Pre Bid Meeting」
spelt without its hyphen, a meeting's attendance registration, papers shown for inspection, a month written
「Mar-2028」, an item cited by its number inside a sentence, and two days offered for one event. Each test a few
invented lines, read as written and run onto one line."""

from tests.extractor_found import found, one_line

RECORD = (
    "Critical Dates\n"
    "Enquiry Start Date: 07-Apr-2027 09:00 AM\n"
    "Enquiry End Date: 20-Apr-2027 05:00 PM\n"
    "Bid Submission Start Date: 12-Apr-2027 09:00 AM\n"
    "Bid Submission End Date: 10-May-2027 03:00 PM\n"
    "Pre Bid Meeting Date: 15-Apr-2027 02:00 PM\n"
    "Tentative Award Notification: Jun-2027\n"
)


def test_an_e_procurement_records_start_dates_open_windows_and_its_end_dates_are_the_deadlines():
    assert found(RECORD) == [
        ("other", "2027-04-15", "14:00", "datetime"),
        ("question", "2027-04-20", "17:00", "datetime"),
        ("submission", "2027-05-10", "15:00", "datetime"),
        ("result", "2027-06-01", None, "month"),
    ]


def test_a_log_line_saying_a_window_opened_is_no_deadline():
    text = (
        "Bid Submission End Date: 10-May-2027 03:00 PM\n"
        "Activity Log\n"
        "12-Apr-2027 09:00 AM | Bid submission opened\n"
        "Registration window opens: 1 May 2027\n"
    )
    assert [step for step in found(text) if step[0] == "submission"] == [("submission", "2027-05-10", "15:00", "datetime")]
    assert not [step for step in found(text) if step[1] in ("2027-04-12", "2027-05-01")]


def test_a_pre_bid_meeting_spelt_without_its_hyphen_is_the_briefing():
    text = "Pre Bid Meeting Date: 15-Apr-2027 02:00 PM\nBid Submission End Date: 10-May-2027 03:00 PM\n"
    assert found(text) == [
        ("other", "2027-04-15", "14:00", "datetime"),
        ("submission", "2027-05-10", "15:00", "datetime"),
    ]


def test_registering_to_attend_the_meeting_online_is_the_meetings_registration():
    text = (
        "Pre Bid Meeting Place: Head Office, Room 3\n"
        "Online attendance: register by e-mail by 14-Apr-2027 12:00 PM\n"
        "Pre Bid Meeting Date: 15-Apr-2027 02:00 PM\n"
    )
    assert found(text) == [
        ("other", "2027-04-14", "12:00", "datetime"),
        ("other", "2027-04-15", "14:00", "datetime"),
    ]


def test_papers_shown_for_inspection_are_a_viewing_window_ending_at_its_closing_time():
    text = (
        "Inspection of site survey drawings (front counter): 08-Apr-2027 to 23-Apr-2027, 09:00–17:00\n"
        "Bid Submission End Date: 10-May-2027 03:00 PM\n"
    )
    assert found(text) == [
        ("other", "2027-04-23", "17:00", "datetime"),
        ("submission", "2027-05-10", "15:00", "datetime"),
    ]
    # the papers handed out and shown together stay the call's publication
    text = "Distribution and Viewing of Tender Documents: from 6 April 2027 to 30 April 2027\n"
    assert [step[0] for step in found(text)] == ["published"]


def test_a_month_joined_to_its_year_by_a_hyphen_is_a_month():
    text = "Bid Opening Date: 11-May-2027 10:30 AM\nTentative Award Notification: Jun-2027\n"
    assert found(text) == [
        ("other", "2027-05-11", "10:30", "datetime"),
        ("result", "2027-06-01", None, "month"),
    ]


def test_an_item_cited_by_its_number_inside_a_sentence_does_not_cut_the_sentence():
    text = (
        "Timeline\n"
        "1. Please confirm by return e-mail by Friday 7 May 2027 whether you intend to quote.\n"
        "2. We will circulate one answer sheet to those who confirmed under 1. on Wednesday 12 May.\n"
        "3. Quotations must reach us by 12 noon on Monday 17 May.\n"
    )
    expected = [
        ("application", "2027-05-07", None, "date"),
        ("answer", "2027-05-12", None, "date"),
        ("submission", "2027-05-17", "12:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_two_days_offered_for_one_interview_give_its_first_day():
    text = (
        "Quotations must reach us by 12 noon on Monday 17 May 2027.\n"
        "We would like a short interview with your lead consultant on Thursday 20 or Friday 21 May.\n"
    )
    expected = [
        ("submission", "2027-05-17", "12:00", "datetime"),
        ("hearing", "2027-05-20", None, "date"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_how_recent_a_paper_handed_in_must_be_is_no_step():
    text = (
        "What goes in the envelope\n"
        "• Price proposal: separate sealed envelope (Form 3)\n"
        "• Certificate of residence issued on or after 1 March 2027\n"
        "Proposal | by 17:00, Fri 21 May 2027 | By hand\n"
    )
    assert found(text) == [("submission", "2027-05-21", "17:00", "datetime")]


def test_a_record_counted_since_a_past_month_is_no_step_and_gives_no_year():
    text = (
        "• Proof of one similar contract of at least 12 months since April 2020\n"
        "Written questions | by 12:00 noon, Fri 14 May | e-mail only\n"
        "Proposal | by 17:00, Fri 21 May 2027 | By hand\n"
    )
    expected = [
        ("question", "2027-05-14", "12:00", "datetime"),
        ("submission", "2027-05-21", "17:00", "datetime"),
    ]
    assert found(text) == expected
    # run onto one line, the past month neither is a step nor lends the schedule its year
    assert [date for _, date, *_ in found(one_line(text))] == ["2027-05-14", "2027-05-21"]
