"""English notices (round lw): a page's list of papers dated after a dash, a timetable's dash for no time on a call's
page updated in place, a newsletter's issue date, the list of what a proposal must include, the budget's start, and
what an addendum tells as done before it: each test a few lines written for its class."""

from tests.extractor_found import found, one_line

# --- a page's list of papers, each dated after a dash ---------------------------------------------------------


def test_a_list_of_papers_with_type_size_and_a_dash_before_the_day_is_no_step():
    text = (
        "Request for Quotation: Cleaning services for the Consulate office\n\n"
        "1. Publication\nDate of publication of this notice: 02/02/2027\n\n"
        "2. Deadline for submission of quotations: 20/02/2027 at 12:00\n\n"
        "Documents\n"
        "Tender notice (PDF, 180 KB) - 02/02/2027\n"
        "Instructions to tenderers (PDF, 510 KB) - 02/02/2027\n"
        "Annex I - Technical specifications (Word, 75 KB) - 02/02/2027\n"
        "Clarification No. 1 (PDF, 40 KB) - 09/02/2027\n"
    )
    expected = [("published", "2027-02-02", None, "date"), ("submission", "2027-02-20", "12:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- a dash in a timetable's TIME column on a call's page updated in place ----------------------------------------


def test_a_dash_in_the_time_column_is_no_time_not_an_unchanged_mark():
    text = (
        "Consulate General of Veltria in Osaka - Open call for tenders\n"
        "Security guard services for the Consulate General\n\n"
        "UPDATE 12/02/2027 - Corrigendum No. 1\n"
        "The site visit initially scheduled for 15/02/2027 is moved to 17/02/2027 at 11:00. "
        "All other dates remain unchanged.\n\n"
        "6. Timetable\n"
        "                                              DATE           TIME\n"
        "Deadline for requesting clarifications        22/02/2027     16:00\n"
        "Deadline for submission of tenders            08/03/2027     12:00\n"
        "Notification of award                         29/03/2027     -\n"
        "Signature of the contract                     20/04/2027     -\n"
    )
    assert found(text) == [
        ("other", "2027-02-17", "11:00", "datetime"),
        ("question", "2027-02-22", "16:00", "datetime"),
        ("submission", "2027-03-08", "12:00", "datetime"),
        ("result", "2027-03-29", None, "date"),
        ("contract", "2027-04-20", None, "date"),
    ]


# --- a newsletter's issue date in its masthead ----------------------------------------------------------------


def test_the_date_of_a_newsletters_issue_is_no_step():
    text = (
        "PROCUREMENT WATCH ASIA - Issue 112 - 4 March 2027\n\n"
        "Kiriyama City: inbound promotion in North America\n"
        "Notice date: March 3, 2027\n"
        "Proposal deadline: Friday, April 2, 2027, 5:00 p.m.\n"
    )
    assert found(text) == [("published", "2027-03-03", None, "date"), ("submission", "2027-04-02", "17:00", "datetime")]
    # (run onto one line, the issue's day still no step; the notice date there is a reading of its own)
    assert "2027-03-04" not in [day for _, day, *_ in found(one_line(text))]


# --- what a proposal must include; the budget taking effect -----------------------------------------------------


def test_the_periods_in_a_list_of_what_proposals_must_include_are_no_steps():
    text = (
        "4. Schedule\n"
        "Proposals due .................... Friday, May 14, 2027, 12:00 noon\n\n"
        "5. Proposal contents\n"
        "Proposals must include: a company profile, an activity plan for July 2027 - June 2028 and a budget.\n"
    )
    expected = [("submission", "2027-05-14", "12:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_the_day_the_budget_takes_effect_is_no_step():
    text = (
        "Schedule\n"
        "Proposals due ............ February 19, 2027, 5:00 p.m.\n"
        "Contract execution ....... early April 2027\n\n"
        "9. Notification and contract\n"
        "All proposers will be notified of the outcome by e-mail. The selected proposer will sign the contract in "
        "early April 2027, after the FY2027 budget takes effect on April 1, 2027.\n"
    )
    assert found(text) == [("submission", "2027-02-19", "17:00", "datetime"), ("contract", "2027-04-01", None, "early_month")]


# --- what an addendum tells as done before it -------------------------------------------------------------------


def test_an_addendum_cites_its_call_papers_the_questions_answered_and_the_meeting_held_as_done():
    text = (
        "NATIONAL PORTS AUTHORITY OF LOREVIA\n"
        "ICB No. NPA/ICB/G-07\n\n"
        "ADDENDUM No. 1\n\n"
        "This Addendum is issued under ITB 8 of the Bidding Documents issued on 3 February 2027.\n"
        "Following requests made at the pre-bid meeting held on 24 February 2027, the deadline for the submission "
        "of Bids is extended to 6 April 2027, 11:00 hours.\n"
        "The responses below cover the questions received up to 1 March 2027.\n"
    )
    expected = [("submission", "2027-04-06", "11:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected
