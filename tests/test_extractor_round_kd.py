"""English procurement documents (round kd): the hour after a year-first date, a window whose end carries its hour,
the office's close or its weekday between the range's word and the date, the bidders' oral defence. Each test a few
lines written for its device, with a case the rule must not overreach to."""

from tests.extractor_found import found

HEAD = "Request for Proposals No. 2027-014: Visitor Survey Services (FY2027)\nKey Dates\nIssue of RFP: 2027-06-01\n"

# --- an English hour after a year-first date --------------------------------------------------------------


def test_noon_and_hours_after_an_iso_date_are_its_time():
    text = HEAD + (
        "Registration for the pre-bid meeting: no later than 2027-06-08, noon\n"
        "Deadline for clarification requests: 2027-06-15 (Tue), 1700 hrs\n"
        "Bid opening: 2027-06-30 by 12:00 noon (Japan time)\n"
    )
    assert found(text) == [
        ("published", "2027-06-01", None, "date"),
        ("other", "2027-06-08", "12:00", "datetime"),
        ("question", "2027-06-15", "17:00", "datetime"),
        ("other", "2027-06-30", "12:00", "datetime"),
    ]


def test_an_event_from_an_hour_after_an_iso_date_starts_then():
    text = HEAD + "Pre-proposal conference: 2027-06-09, from 14:00\n"
    assert found(text)[-1] == ("other", "2027-06-09", "14:00", "datetime")


def test_a_figure_after_an_iso_date_is_no_hour():
    # (「2027-06-18, 2 copies」: a count, not two o'clock)
    text = HEAD + "Submission of proposals: 2027-06-18, 2 copies and one PDF\n"
    assert found(text)[-1] == ("submission", "2027-06-18", None, "date")


# --- a window's end told with its hour, the office's close or its weekday ------------------------------------


def test_a_window_whose_end_hour_stands_before_a_numeric_date_ends_then():
    text = HEAD + (
        "Queries: from 07/06/2027 to 10:00 a.m., 14/06/2027\n" "Submission of tenders: from 15/06/2027 to 17:00 JST, 25/06/2027\n"
    )
    assert found(text)[1:] == [
        ("question", "2027-06-14", "10:00", "datetime"),
        ("submission", "2027-06-25", "17:00", "datetime"),
    ]


def test_a_window_to_the_close_of_business_ends_on_its_last_day():
    text = (
        "Call for Proposals (FY2027)\n"
        "Proposals will be accepted from 2 August 2027 through close of business, 20 August 2027.\n"
        "Questions may be sent from 2 August 2027 to close of business on 9 August 2027.\n"
    )
    assert sorted(found(text)) == [
        ("question", "2027-08-09", None, "date"),
        ("submission", "2027-08-20", None, "date"),
    ]


def test_a_window_with_weekdays_before_its_numeric_dates_ends_on_the_last():
    text = HEAD + (
        "Expressions of interest: from Thu 23/09/2027 to Mon 27/09/2027, 1700 hrs\n"
        "Interviews: Tue 12/10/2027 – Thu 14/10/2027\n"
    )
    assert found(text)[1:] == [
        ("application", "2027-09-27", "17:00", "datetime"),
        ("hearing", "2027-10-12", None, "date"),
    ]


def test_two_steps_on_one_line_are_no_window():
    # (「… 10 June 2027; answers to Mon 14/06/2027」: a step's date then another's, no range word between them)
    text = HEAD + "Questions by 10/06/2027, 5:00 p.m.; answers posted on Mon 14/06/2027\n"
    assert [(d, t) for _, d, t, _ in found(text)[1:]] == [("2027-06-10", "17:00"), ("2027-06-14", None)]


# --- the bidders heard on their proposals -------------------------------------------------------------------


def test_an_oral_defence_is_the_hearing():
    text = HEAD + "Oral defence of technical proposals: 2027-07-12\nSubmission of proposals: 2027-07-02, 5:00 p.m.\n"
    assert found(text)[1:] == [
        ("submission", "2027-07-02", "17:00", "datetime"),
        ("hearing", "2027-07-12", None, "date"),
    ]


# --- an opening held over a range of hours starts at the first ---------------------------------------------


def test_a_bid_opening_with_a_range_of_hours_starts_at_the_first():
    text = HEAD + "Bid opening: 19 July 2027, 14:00-15:30\nTender opening (lot 2): 21 July 2027, from 10:00 to 12:00\n"
    assert found(text)[1:] == [
        ("other", "2027-07-19", "14:00", "datetime"),
        ("other", "2027-07-21", "10:00", "datetime"),
    ]
    text = "Invitation to Tender (FY2027)\nBids will be opened in public on Monday, 24 May 2027, from 13:30 to 15:00.\n"
    assert found(text) == [("other", "2027-05-24", "13:30", "datetime")]


def test_a_hand_in_window_with_daily_hours_still_ends_at_its_close():
    text = HEAD + "Submission of bids: from 12 July 2027 to 16 July 2027, 10:00-16:00 daily\n"
    assert found(text)[-1] == ("submission", "2027-07-16", "16:00", "datetime")
