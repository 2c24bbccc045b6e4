"""English procurement documents read as a matrix of devices (round jt): how an English notice names a step, writes its
day and hour, and spans a window, each device tried in several wordings of invented text. What a bid team relies on is
asserted: the step's kind, its day, its hour and its precision (INDEX.md: a window that hands the papers out is the
call's publication at its start; an acceptance window ends on its last day, at its closing hour; an event held over a few
days records its first day; the answers made available over days are out from the first)."""

import pytest

from tests.extractor_found import found

HEAD = "INVITATION TO TENDER\nTender No. 2027-15: Supply of laboratory freezers\n\n1 Schedule\n"
NOTICE_DAY = "Date of Public Notice: 2 August 2027\n"


def notice(line: str, dated: bool = False) -> str:
    head = HEAD.replace("\n\n", "\n" + NOTICE_DAY + "\n") if dated else HEAD
    return head + line + "\n"


def published(day: str) -> tuple:
    return ("published", day, None, "date")


# --- (a) the window the tender papers are handed out in, named before the papers -----------------------------------

DISTRIBUTION = {
    "distribution_period_of": "(1) Distribution period of the tender documentation: From Friday, August 20, 2027 through "
    "Monday, October 4, 2027, from 9:00 a.m. to 5:00 p.m. on weekdays.",
    "period_for_obtaining": "(1) Period for obtaining the bid documents: from 20 August 2027 until 4 October 2027.",
    "download_period": "(1) Download period of the tender documents: 20 August 2027 to 4 October 2027",
    "issue_of_bid_documents": "(1) Issue of bid documents: 20 August 2027 - 4 October 2027",
    "distribution_between": "(1) Distribution of the bidding documents: between 20 August and 4 October 2027",
    "period_of_issue": "(1) Period of issue of the tender documents: from 20 August 2027 until 4 October 2027, 9:30 a.m. to "
    "5:00 p.m. on business days.",
}


@pytest.mark.parametrize("name", sorted(DISTRIBUTION))
def test_the_papers_window_named_before_them_is_the_call_published_on_its_first_day(name):
    assert found(notice(DISTRIBUTION[name])) == [published("2027-08-20")]


def test_a_hand_in_window_told_by_its_verb_ends_on_its_last_day():
    text = notice("(6) Proposals will be received during the period 1 - 4 October 2027.", dated=True)
    assert found(text) == [published("2027-08-02"), ("submission", "2027-10-04", None, "date")]


# --- (b) a day glossed in brackets by the same day in the Japanese calendar -----------------------------------------


def test_a_bracketed_japanese_gloss_lets_the_window_word_after_it_join_the_two_days():
    text = notice(
        "(1) Distribution of bid documents: From 3 December 2027 [令和9年12月3日(金)] to 31 January 2028 "
        "[令和10年1月31日(月)], by download from this page.\n"
        "(5) Time-limit for bids: 5:00 PM, 31 January 2028 (Monday) [令和10年1月31日(月)午後5時]"
    )
    assert found(text) == [published("2027-12-03"), ("submission", "2028-01-31", "17:00", "datetime")]


@pytest.mark.parametrize("bracket", ["[令和9年9月20日(月)]", "(令和9年9月20日)", "（令和9年9月20日（月））"])
def test_a_gloss_in_any_bracket_is_no_date_of_its_own(bracket):
    text = notice(f"(6) Tenders will be received from 20 September 2027 {bracket} to 4 October 2027.", dated=True)
    assert found(text) == [published("2027-08-02"), ("submission", "2027-10-04", None, "date")]


def test_the_gloss_gives_its_hour_to_the_english_day_before_it():
    text = notice(
        "(4) Tenders: from 20 September 2027 [令和9年9月20日(月)] to 4 October 2027 [令和9年10月4日(月)午後5時]", dated=True
    )
    assert found(text) == [published("2027-08-02"), ("submission", "2027-10-04", "17:00", "datetime")]


@pytest.mark.parametrize(
    "line",
    [
        "(6) Submission period: 20 September 2027 to 4 October 2027 (until 5:00 p.m. on the last day)",
        "(6) Submission period: 20 September 2027 to 4 October 2027 (until 17:00 JST on the final day)",
    ],
)
def test_the_last_days_hour_in_a_bracket_closes_the_window(line):
    assert found(notice(line, dated=True)) == [published("2027-08-02"), ("submission", "2027-10-04", "17:00", "datetime")]


# --- (b) an old date told in a cell's or a row's bracket after the new one ------------------------------------------

OLD_WORDS = [
    "extended from Friday, 2 October 2026 by Amendment No. 1",
    "originally Friday, 2 October 2026",
    "previously 2 October 2026",
    "was Friday, 2 October 2026",
    "changed from 2 October 2026",
]
RFP_HEAD = "REQUEST FOR PROPOSAL\nDate of issue: 31 August 2026\n\n"
DEADLINE = ("submission", "2026-10-09", "17:00", "datetime")


@pytest.mark.parametrize("old", OLD_WORDS)
def test_a_table_cells_bracketed_old_date_gives_no_step(old):
    text = (
        RFP_HEAD + "| No. | Activity | Date and time (JST) |\n|-----|----------|---------------------|\n"
        "| 1 | Issue of RFP | Monday, 31 August 2026 |\n"
        f"| 5 | Deadline for submission of proposals | Friday, 9 October 2026, 17:00 ({old}) |\n"
    )
    assert found(text) == [published("2026-08-31"), DEADLINE]


@pytest.mark.parametrize("old", OLD_WORDS)
def test_a_tab_rows_bracketed_old_date_gives_no_step(old):
    text = (
        RFP_HEAD + "No.\tActivity\tDate\n1\tIssue of RFP\tMonday, 31 August 2026\n"
        f"5\tDeadline for submission of proposals\tFriday, 9 October 2026, 17:00 ({old})\n"
    )
    assert found(text) == [published("2026-08-31"), DEADLINE]


# --- (a) who comes to a site visit or a briefing made known: the event's registration (other) ----------------------

VISIT = ("other", "2027-08-16", "14:00", "datetime")
REGISTRATIONS = {
    "names_of_participants": (
        "Please confirm the names of up to two participants by 12:00 noon on Friday 12 August 2027.",
        ("other", "2027-08-12", "12:00", "datetime"),
    ),
    "number_of_attendees": (
        "Those wishing to come must notify the number of attendees by noon on 12 August 2027.",
        ("other", "2027-08-12", "12:00", "datetime"),
    ),
    "confirm_attendance": (
        "Please confirm attendance by e-mail no later than 12 August 2027.",
        ("other", "2027-08-12", None, "date"),
    ),
    "rsvp": ("RSVP by 12 August 2027.", ("other", "2027-08-12", None, "date")),
    "to_attend_reply": (
        "To attend, reply to this address by Thu 12 August 2027, noon.",
        ("other", "2027-08-12", "12:00", "datetime"),
    ),
}


@pytest.mark.parametrize("name", sorted(REGISTRATIONS))
def test_a_seat_booked_at_the_site_visit_is_its_registration(name):
    sentence, registration = REGISTRATIONS[name]
    text = notice(f"(8) Site visit: Monday 16 August 2027 at 14:00. {sentence}", dated=True)
    assert found(text) == [published("2027-08-02"), registration, VISIT]


def test_a_firms_confirmation_of_participation_in_the_call_stays_its_application():
    text = notice("(4) Confirmation of participation in the tender: by 5:00 p.m., 17 September 2027", dated=True)
    assert found(text) == [published("2027-08-02"), ("application", "2027-09-17", "17:00", "datetime")]


# --- (a) the shortlisted tried or heard, over a few days: a hearing on its first day ---------------------------------

TRIED = [
    "(9) Tasting session for shortlisted caterers: between Tuesday 12 and Thursday 14 October 2027.",
    "(9) Menu tasting with the shortlisted bidders: 12-14 October 2027, at the Residence",
    "(9) Sessions with shortlisted firms: Tue 12 - Thu 14 October 2027",
    "(9) Shortlisted firms will be invited to a short trial interpretation session between Tuesday 12 and Thursday "
    "14 October 2027.",
]


@pytest.mark.parametrize("line", TRIED)
def test_a_session_with_the_shortlisted_is_a_hearing_on_its_first_day(line):
    assert found(notice(line, dated=True)) == [published("2027-08-02"), ("hearing", "2027-10-12", None, "date")]


def test_a_tasting_in_the_works_own_events_is_no_hearing():
    text = notice("(9) Press preview and tasting in New York: March 2028", dated=True)
    assert found(text) == [published("2027-08-02")]


# --- (a) other names -----------------------------------------------------------------------------------------------


def test_a_tender_explanation_meeting_is_the_briefing():
    text = notice("(2) Tender explanation meeting: 10:30 a.m., 21 August 2027 (Saturday)", dated=True)
    assert found(text) == [published("2027-08-02"), ("other", "2027-08-21", "10:30", "datetime")]


@pytest.mark.parametrize("name", ["the LTA", "the PO", "the framework agreement"])
def test_the_signature_of_an_agreement_named_short_is_the_contract(name):
    text = notice(f"(10) Expected date of signature of {name}: November 2027", dated=True)
    assert found(text) == [published("2027-08-02"), ("contract", "2027-11-01", None, "month")]


def test_a_draft_contract_among_the_annexes_signs_nothing():
    text = notice("Annex D - Draft Contract for Professional Services (issued 17 September 2027)", dated=True)
    assert found(text) == [published("2027-08-02")]


def test_a_contracts_term_from_its_signing_is_no_step():
    text = notice(
        "(5) Time-limit for tender: 1:30 p.m., Monday, October 4, 2027\n"
        "(6) The awarded contract will run from the date of conclusion to 31 March 2028.",
        dated=True,
    )
    assert found(text) == [published("2027-08-02"), ("submission", "2027-10-04", "13:30", "datetime")]


def test_a_long_step_named_after_its_date_in_a_date_first_list():
    text = (
        "REQUEST FOR PROPOSALS\nCoastal Survey Data Platform\n\n1 June 2027 - RFP issued\n"
        "8 June 2027, 12:00 - Deadline to confirm the names of attendees for the site visit\n"
        "10 June 2027, 14:00 - Site visit\n30 June 2027, 17:00 - Proposals due\n"
    )
    assert found(text) == [
        published("2027-06-01"),
        ("other", "2027-06-08", "12:00", "datetime"),
        ("other", "2027-06-10", "14:00", "datetime"),
        ("submission", "2027-06-30", "17:00", "datetime"),
    ]


# --- (c) the answers made available over days: out from the first ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "(3) Answers: Available for viewing on the e-bidding system from 10th September 2027 (Fri.) to 17th September "
        "2027 (Fri.)",
        "(3) Responses to clarification requests: posted from 10 September 2027 until 17 September 2027",
    ],
)
def test_answers_available_over_days_are_out_on_the_first(line):
    assert found(notice(line, dated=True)) == [published("2027-08-02"), ("answer", "2027-09-10", None, "date")]


# --- a change notice's English summary restating the papers' window as before -------------------------------------


def test_an_english_summary_of_a_change_restates_the_papers_window_it_left_open():
    text = (
        "変更公告\n\n　2027年8月2日付けで公告した「実験用冷凍庫の購入」に係る一般競争入札について、下記のとおり変更する。\n\n"
        "　　2027年8月20日\n\n　　　　契約担当役\n\n記\n\n"
        "（1）本公告「4.（2）入札説明書の交付期間」\n"
        "　変更前：2027年8月2日（月）から2027年9月3日（金）まで\n"
        "　変更後：2027年8月2日（月）から2027年9月10日（金）まで\n"
        "（2）本公告「4.（5）入札書の受領期限」\n"
        "　変更前：2027年9月3日（金）17時00分\n"
        "　変更後：2027年9月10日（金）17時00分\n\n"
        "Summary (Amendment)\n"
        '(1) Period for obtaining tender documentation: changed to "from 2 August, 2027 through 10 September, 2027"\n'
        "(2) Time-limit for tender: changed from 5:00 p.m., 3 September, 2027 to 5:00 p.m., 10 September, 2027\n"
    )
    assert found(text) == [("submission", "2027-09-10", "17:00", "datetime")]


# --- (b) a weekday's short date without its year, in a British or an American order ---------------------------------

SHORT = [
    ("(2) Questions: by 5 p.m. on Thursday 2/9", "17:00"),
    ("(2) Questions: Thursday 9/2, 5:00 PM", "17:00"),
    ("(2) Questions: by 17:00 hrs on Thu 2/9.", "17:00"),
]


@pytest.mark.parametrize(("line", "hour"), SHORT)
def test_a_weekdays_short_date_is_read_in_the_order_its_weekday_fits(line, hour):
    # (2 September 2027 is a Thursday; 9 February 2027 a Tuesday: the weekday and the notice's year settle the order)
    text = notice(line, dated=True)
    assert found(text) == [published("2027-08-02"), ("question", "2027-09-02", hour, "datetime")]


def test_a_weekdays_short_date_whose_order_nothing_settles_is_left_unread():
    # (2026 and 2027 written as often: 6 July 2026 and 7 June 2027 are both Mondays)
    text = "Budget of FY2026\nSite visit: Monday 7/6 at 10:00\nQuestions: Friday 9 July 2027, 17:00\n"
    assert found(text) == [("question", "2027-07-09", "17:00", "datetime")]


# --- a contract's term is no step ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "(6) The expected duration of the contract is from June 2028 to March 2029.",
        "(6) Contract duration: 1 April 2028 to 31 March 2029",
    ],
)
def test_the_duration_of_the_contract_is_the_works_term(line):
    assert found(notice(line, dated=True)) == [published("2027-08-02")]


# --- (b) a deadline's hour after its day, joined by the deadline's own words -----------------------------------------


@pytest.mark.parametrize("joined", ["no later than", "not later than", "before"])
def test_a_deadlines_hour_after_its_day_is_read_with_it(joined):
    text = notice(f"(6) Proposals due: Monday, October 4, 2027 {joined} 2:00 p.m. JST.", dated=True)
    assert found(text) == [published("2027-08-02"), ("submission", "2027-10-04", "14:00", "datetime")]


# --- (c) an event's days listed before their month: held from the first ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["(9) Presentations will be held on 12, 13 and 14 October 2027.", "(9) Interviews: 12th, 13th & 14th October 2027"],
)
def test_an_events_listed_days_start_it_on_the_first(line):
    assert found(notice(line, dated=True)) == [published("2027-08-02"), ("hearing", "2027-10-12", None, "date")]


# --- a weekday's short date in the team's own plan stays the team's ----------------------------------------------------


def test_a_team_plan_headed_with_an_aside_after_a_dash_gives_no_step():
    text = (
        "Proposal for the Harbour Festival website - notes\nCall published 1 September 2027.\n"
        "Questions due Wed 9/8, 5pm JST (email only)\n"
        "Proposal due Fri 9/24, noon, hand delivery only\n\n"
        "Internal milestones — these are ours, not the port's:\n"
        "- first full draft of the proposal by Fri 9/17\n"
        "- internal review Mon 9/20 14:00\n"
    )
    assert found(text) == [
        published("2027-09-01"),
        ("question", "2027-09-08", "17:00", "datetime"),
        ("submission", "2027-09-24", "12:00", "datetime"),
    ]
