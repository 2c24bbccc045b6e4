"""English notices' days (round fo): a US range of days 「April 6 - 8, 2027」, and an English summary's time for a
step its Japanese table dates without one. Each test a few lines written for its case, as written and run onto one
line."""

from tests.extractor_found import found, one_line

_RFP = (
    "Request for Proposals No. KHM-2027-03\n"
    "Kitahama Tourism Association\n"
    "\n"
    "Schedule\n"
    "  RFP issued                               Monday, March 1, 2027\n"
    "  Proposals due                            Friday, March 19, 2027, 4:00 PM\n"
)


# --- a range of days written month first, its year after the last day ------------------------------------------------


def test_a_presentation_held_over_a_us_range_of_days_is_its_first_day():
    text = _RFP + "  Finalist presentations                  May 11 - 13, 2027\n"
    expected = [
        ("published", "2027-03-01", None, "date"),
        ("submission", "2027-03-19", "16:00", "datetime"),
        ("hearing", "2027-05-11", None, "date"),
    ]
    assert sorted(found(text)) == sorted(expected)
    assert sorted(found(one_line(text))) == sorted(expected)


def test_a_window_over_a_us_range_of_days_with_an_en_dash_ends_on_its_last_day():
    text = (
        _RFP.replace("March 19, 2027, 4:00 PM", "March 17–19, 2027")
        + "  Interviews                               April 5 - 7, 2027\n"
    )
    expected = [
        ("published", "2027-03-01", None, "date"),
        ("submission", "2027-03-19", None, "date"),
        ("hearing", "2027-04-05", None, "date"),
    ]
    assert sorted(found(text)) == sorted(expected)


# --- the English summary of a Japanese notice gives a step's time its table leaves out --------------------------------

_BILINGUAL = (
    "北浜町観光案内業務委託公募型プロポーザル / Call for Proposals: Tourist Information Services\n"
    "\n"
    "スケジュール\n"
    "令和9年6月1日（火）\t公告\n"
    "令和9年6月18日（金）\t参加申込書の提出期限\n"
    "令和9年7月2日（金）午後5時\t企画提案書の提出期限\n"
    "\n"
    "English Summary\n"
    "- Publication of this notice: Tuesday, 1 June 2027\n"
    "- Deadline for the application form: 3:00 p.m. (JST), Friday, 18 June 2027\n"
    "- Deadline for proposals: 5:00 p.m., 2 July 2027 (Fri)\n"
)


def test_an_english_summary_gives_its_time_to_the_step_its_japanese_table_dates_only():
    expected = [
        ("published", "2027-06-01", None, "date"),
        ("application", "2027-06-18", "15:00", "datetime"),
        ("submission", "2027-07-02", "17:00", "datetime"),
    ]
    assert sorted(found(_BILINGUAL)) == sorted(expected)


# --- the answers named beside the questions, or sent out after an aside --------------------------------------------

_ITB = (
    "Invitation for Bids No. KHM/ITB/2027-09\n"
    "Supply of Office Furniture\n"
    "\n"
    "1. Requests for clarification must be sent by e-mail no later than 16:00 hrs on 7 September 2027 (Tue).\n"
    "2. Bids must be delivered not later than 12:00 noon on 21 September 2027 (Tue).\n"
)


def test_responses_sent_out_after_an_aside_are_the_answers():
    text = _ITB + (
        "3. Responses, without naming the bidder who asked, will be sent to all bidders no later than "
        "13 September 2027 (Mon).\n"
    )
    expected = [
        ("question", "2027-09-07", "16:00", "datetime"),
        ("answer", "2027-09-13", None, "date"),
        ("submission", "2027-09-21", "12:00", "datetime"),
    ]
    assert sorted(found(text)) == sorted(expected)
    assert sorted(found(one_line(text))) == sorted(expected)


def test_questions_and_responses_to_be_published_by_a_day_are_the_answers():
    text = _ITB + "\nKey dates\nClarification questions and responses - to be published by 14/09/2027\n"
    expected = [
        ("question", "2027-09-07", "16:00", "datetime"),
        ("answer", "2027-09-14", None, "date"),
        ("submission", "2027-09-21", "12:00", "datetime"),
    ]
    assert sorted(found(text)) == sorted(expected)
