"""English procurement texts from Japanese issuers read by how they write a step's day (round kv): a time 「hrs」 before a
numeric date, a weekday set between commas after the date and before its hour, a notice of intention to award, a hearing
held over a few days that no office hours close, a change bulletin's title run onto the sentence that names the step.
Each test a few invented lines."""

from tests.extractor_found import found, one_line

HEAD = "Kasumigaoka Institute of Ocean Studies\nRequest for Proposals: Data Platform Services (RFP KIOS-2028-03)\n\n"
FOOT = (
    "\nContact\nProcurement Unit, Kasumigaoka Institute of Ocean Studies, 4-5-6 Hamabe, Kasumigaoka, Japan. "
    "E-mail: tender@example.jp. Telephone: +81-00-0000-0000. Please quote the reference number in all "
    "correspondence, and note that documents are published in English with a Japanese translation for reference.\n"
)

# --- a time with 「hrs」 before a numeric date -----------------------------------------------------------------------


def test_hours_word_before_a_dotted_date():
    text = HEAD + "Proposals must reach the Institute by 15:00 hrs on 14.07.2028.\n" + FOOT
    assert found(text) == [("submission", "2028-07-14", "15:00", "datetime")]
    assert found(one_line(text)) == [("submission", "2028-07-14", "15:00", "datetime")]


def test_hours_word_and_zone_before_a_slashed_day_first_date():
    text = HEAD + "Bids will be received until 1100 hrs JST on 21/07/2028 (Fri).\n" + FOOT
    assert found(text) == [("submission", "2028-07-21", "11:00", "datetime")]


def test_a_time_not_joined_to_the_numeric_date_stays_apart():
    # (the office's hours in the sentence before, no 「on」 joining them to the date: the date alone)
    text = HEAD + "The office is open until 17:00 hrs. Proposals are due on 14.07.2028.\n" + FOOT
    assert found(text) == [("submission", "2028-07-14", None, "date")]


# --- a weekday between commas after the date, its hour after it ---------------------------------------------------


def test_weekday_between_commas_then_the_hour():
    text = (
        HEAD
        + "- Deadline for questions: 5 July 2028, Wednesday, 4 pm JST\n- Closing date for proposals: July 14, 2028, Friday, 12:00 noon\n"
        + FOOT
    )
    steps = [("question", "2028-07-05", "16:00", "datetime"), ("submission", "2028-07-14", "12:00", "datetime")]
    assert found(text) == steps
    assert found(one_line(text)) == steps


def test_weekday_between_commas_without_an_hour_is_a_date():
    text = HEAD + "- Closing date for proposals: 14 July 2028, Friday, by e-mail only\n" + FOOT
    assert found(text) == [("submission", "2028-07-14", None, "date")]


# --- notice of intention to award -----------------------------------------------------------------------------------


def test_notice_of_intention_to_award_is_the_result():
    text = (
        HEAD
        + "- Tender closing: 14 July 2028, 12:00 JST\n- Notice of intention to award: 4 August 2028\n- Contract signature: 18 August 2028\n"
        + FOOT
    )
    assert found(text) == [
        ("submission", "2028-07-14", "12:00", "datetime"),
        ("result", "2028-08-04", None, "date"),
        ("contract", "2028-08-18", None, "date"),
    ]


def test_a_firm_intention_to_bid_stays_the_application():
    text = HEAD + "- Notice of intention to bid: 30 June 2028, 17:00 JST\n- Tender closing: 14 July 2028, 12:00 JST\n" + FOOT
    assert found(text) == [("application", "2028-06-30", "17:00", "datetime"), ("submission", "2028-07-14", "12:00", "datetime")]


# --- a hearing over a few days and the office's hours after it ------------------------------------------------------


def test_hearing_over_days_takes_no_closing_hour_from_office_hours():
    text = (
        HEAD
        + "Presentations will be held between 7 and 9 August 2028. Our office is open from 9:00 to 17:00 on weekdays.\n"
        + FOOT
    )
    assert found(text) == [("hearing", "2028-08-07", None, "date")]
    assert found(one_line(text)) == [("hearing", "2028-08-07", None, "date")]


def test_submission_window_still_closes_at_the_office_hours():
    text = HEAD + "Proposals are accepted from 1 to 8 August 2028. Our office is open from 9:00 to 17:00 on weekdays.\n" + FOOT
    assert found(text) == [("submission", "2028-08-08", "17:00", "datetime")]


def test_hearing_over_days_with_its_own_start_hour():
    text = HEAD + "Interviews: from Monday 7 August to Wednesday 9 August 2028, each day from 10:00 JST\n" + FOOT
    assert found(text)[0][:2] == ("hearing", "2028-08-07")


# --- a change bulletin's title run onto its sentence ----------------------------------------------------------------


def test_clarification_bulletin_title_run_onto_a_moved_deadline():
    text = (
        "Clarification Bulletin No. 2\nRFP KIOS-2028-03\n"
        "The proposal submission deadline has been postponed to Friday, 28 July 2028, 17:00 JST.\n" + FOOT
    )
    assert found(text) == [("submission", "2028-07-28", "17:00", "datetime")]
    assert found(one_line(text)) == [("submission", "2028-07-28", "17:00", "datetime")]


def test_a_bulletin_that_moves_the_question_deadline_stays_the_question():
    text = (
        "Addendum No. 1\nRFP KIOS-2028-03\n"
        "The deadline for written questions has been extended to Monday, 10 July 2028, 12:00 JST.\n" + FOOT
    )
    assert found(one_line(text)) == [("question", "2028-07-10", "12:00", "datetime")]


# --- an English list's items are no papers of one step --------------------------------------------------------------


def test_an_expression_of_interest_item_above_leaves_the_proposals_their_own_step():
    text = (
        HEAD
        + "- Expression of interest: 30 June 2028, 17:00 JST\n- Deadline for questions: 5 July 2028\n"
        + "- Deadline for submission of proposals: 14 July 2028, 12:00 JST\n"
        + FOOT
    )
    steps = [
        ("application", "2028-06-30", "17:00", "datetime"),
        ("question", "2028-07-05", None, "date"),
        ("submission", "2028-07-14", "12:00", "datetime"),
    ]
    assert found(text) == steps
    assert found(one_line(text)) == steps


def test_a_japanese_list_of_application_papers_over_its_window_stays_the_application():
    text = (
        "令和10年度 霞ヶ丘町 観光案内業務 公募型プロポーザル\n"
        "1 参加申込書類\n"
        "・参加申込書（様式1）\n"
        "・会社概要書（様式2）\n"
        "・業務実績調書（様式3） 受付期間\n"
        "令和10年6月1日(木)から6月15日(木)午後5時まで\n"
    )
    assert [kind for kind, *_ in found(text)] == ["application"]


# --- a bulleted row written date first, a dash before its step, in one line -----------------------------------------

DATE_FIRST_ROWS = (
    HEAD
    + "Timeline (all times JST)\n"
    + "  \u2022 03/07/2028 (Mon) - Publication of the RFP\n"
    + "  \u2022 12/07/2028 (Wed), 17:00 - Deadline for clarification requests\n"
    + "  \u2022 21/07/2028 (Fri), 12:00 - Deadline for proposals\n"
    + "  \u2022 Mid-August 2028 - Notification of the selected bidder\n"
    + "\nThe Institute may change this timeline.\n"
)
DATE_FIRST_STEPS = [
    ("published", "2028-07-03", None, "date"),
    ("question", "2028-07-12", "17:00", "datetime"),
    ("submission", "2028-07-21", "12:00", "datetime"),
    ("result", "2028-08-01", None, "mid_month"),
]


def test_date_first_bullets_with_a_dash_in_one_line():
    assert found(DATE_FIRST_ROWS) == DATE_FIRST_STEPS
    assert found(one_line(DATE_FIRST_ROWS)) == DATE_FIRST_STEPS


def test_dash_list_of_keyed_items_still_cut_in_one_line():
    # (a Markdown list whose items name the step before the date: each dash begins an item)
    text = (
        HEAD
        + "- Publication of the RFP: 03/07/2028\n- Deadline for clarification requests: 12/07/2028, 17:00\n"
        + "- Deadline for proposals: 21/07/2028, 12:00\n- Notification of the selected bidder: mid-August 2028\n"
        + FOOT
    )
    assert found(one_line(text)) == DATE_FIRST_STEPS


def test_the_last_date_first_bullet_ends_at_the_blank_line_in_one_line():
    # (the paragraph after the list, its blank line two spaces in one line, is no part of the last row's step)
    text = (
        HEAD
        + "Timeline\n"
        + "\u2022 12 July 2028, 5:00 p.m. - Deadline for clarification requests\n"
        + "\u2022 21 July 2028, 12:00 noon - Deadline for proposals\n"
        + "\u2022 Mid-August 2028 - Notification of the selected bidder\n"
        + "\nAll enquiries should be addressed to the Procurement Unit of the Kasumigaoka Institute of Ocean Studies.\n"
        + FOOT
    )
    steps = DATE_FIRST_STEPS[1:]
    assert found(text) == steps
    assert found(one_line(text)) == steps


def test_a_spaced_row_whose_time_follows_the_date_keeps_its_step():
    # (a row set out in columns: the first cell after the date is its hour, no step; the step is read as before)
    text = HEAD + "21 July 2028   12:00   Deadline for proposals, to be sent by e-mail to the Procurement Unit of the Institute\n"
    assert found(text)[0][:3] == ("submission", "2028-07-21", "12:00")
