"""English notices (round jn): the grammar of their dates and steps, not any one file's wording. A window of days broken
over two lines, a 「Due:」 key under the heading of its step below a wrapped sentence, the English of 参加表明 and of an
expression of interest in the plural, and a sentence that ends on an acronym. Each test a short notice written for it."""

from tests.extractor_found import found

HEAD = (
    "Lindenvale City - Call for Partners: Youth Music Exchange 2028\n"
    "Page updated: 3 April 2028\n"
    "\n"
    "Lindenvale City is looking for an organisation to run the 2028 youth music exchange with our partner\n"
    "city. The program period runs from the date of the agreement to Friday 30 March 2029.\n"
    "\n"
)


def test_window_broken_over_two_lines_records_its_first_day():
    text = HEAD + (
        "Interviews\n"
        "Shortlisted organisations will present their plan to the selection panel. Interviews will be held between Tuesday 13 and\n"
        "Thursday 15 June 2028, at the Civic Hall or online.\n"
    )
    assert ("hearing", "2028-06-13", None, "date") in found(text)
    assert not [m for m in found(text) if m[1] == "2028-06-15"]


def test_window_whose_start_opens_the_next_line_records_its_first_day():
    text = HEAD + (
        "6. INTERVIEWS\n"
        "6.1 Interviews with the shortlisted organisations will take place at the City Hall (Annex, Room 2) between\n"
        "2028/06/20 (Tue.) and 2028/06/22 (Thu.). Each organisation will be given 45 minutes.\n"
    )
    assert ("hearing", "2028-06-20", None, "date") in found(text)
    assert not [m for m in found(text) if m[1] == "2028-06-22"]


def test_days_off_broken_over_two_lines_stay_out():
    text = HEAD + (
        "Step 1: Ask us your questions\n"
        "Send your questions by e-mail. Please note that the City Hall is closed on Friday 5 May and from\n"
        "Monday 1 to Wednesday 3 May 2028 (national holidays).\n"
        "Due: 5:00 pm (JST), Tuesday 9 May 2028\n"
    )
    assert found(text) == [("question", "2028-05-09", "17:00", "datetime")]


def test_due_key_takes_the_step_of_its_heading_over_a_wrapped_sentence():
    text = HEAD + (
        "Step 2: Ask us your questions\n"
        "Send your questions with the Question Form (Form 2) by e-mail only. Questions by telephone will not\n"
        "be answered.\n"
        "Due: 5:00 pm (JST), Friday 12 May 2028\n"
        "\n"
        "Step 3: Tell us you intend to apply\n"
        "Submit the Notice of Intent to Apply (Form 1) by e-mail.\n"
        "Due: 5:00 pm (JST), Friday 19 May 2028\n"
    )
    assert found(text) == [
        ("question", "2028-05-12", "17:00", "datetime"),
        ("application", "2028-05-19", "17:00", "datetime"),
    ]


def test_due_key_under_a_heading_of_no_step_gives_none():
    text = HEAD + (
        "Reporting\n"
        "The partner will send a short report on each visit to the International Division, with photographs\n"
        "and the list of participants.\n"
        "Due: Friday 2 March 2029\n"
    )
    assert found(text) == []


def test_intending_to_bid_before_a_site_visit_stays_its_registration():
    text = HEAD + (
        "A site visit to the Civic Hall will be held on Monday 8 May 2028 at 10:00.\n"
        "Companies intending to bid must register for the site visit by 17:00 on Thursday 4 May 2028.\n"
    )
    assert ("application", "2028-05-04", "17:00", "datetime") not in found(text)
    assert ("other", "2028-05-04", "17:00", "datetime") in found(text)


def test_expressions_of_interest_in_the_plural_are_the_application():
    text = HEAD + ("EOIs must be sent by e-mail to the address below no later than 12:00 noon JST on Monday, 22 May 2028.\n")
    assert found(text) == [("application", "2028-05-22", "12:00", "datetime")]


def test_a_sentence_ending_on_an_acronym_names_no_step_of_the_next():
    text = HEAD + (
        "Full proposals will be due in late June 2028; the exact deadline will be stated in the RFP. Shortlisted\n"
        "organisations may be invited to an online interview in early July 2028.\n"
    )
    text = text.replace("RFP. Shortlisted\n", "RFP. Shortlisted ")
    assert ("hearing", "2028-07-01", None, "early_month") in found(text)


REOI = (
    "REQUEST FOR EXPRESSIONS OF INTEREST\n"
    "Assignment: Leakage Survey of the Orvane Water Network\n"
    "REOI publication date: 06.03.2028\n"
    "\n"
)


def test_item_of_a_list_in_lower_case_names_the_date_on_its_next_line():
    text = REOI + (
        "9. Indicative timeline. The dates below are for information only and may be changed by\n"
        "the Agency without further notice:\n"
        "   - notification of the shortlist to all firms that submitted an EOI:\n"
        "     around 14.04.2028;\n"
        "   - contract negotiations and signing: June 2028.\n"
    )
    steps = found(text)
    assert ("result", "2028-04-14", None, "date") in steps
    assert ("contract", "2028-06-01", None, "month") in steps


def test_sentence_wrapped_over_three_lines_after_a_dated_one_names_its_step():
    text = REOI + (
        "7. Online information session. The Agency will hold an online information session on Tuesday,\n"
        "14.03.2028 at 10:00 JST. Firms wishing to attend should register\n"
        "by sending the name of the firm and of not more than two participants to the e-mail\n"
        "address in paragraph 11 no later than 10.03.2028, 17:00 JST. Attendance is optional.\n"
    )
    steps = found(text)
    assert ("other", "2028-03-10", "17:00", "datetime") in steps
    assert ("other", "2028-03-14", "10:00", "datetime") in steps


def test_sample_date_of_a_form_field_after_its_format_stays_out():
    text = REOI + (
        "EXPRESSION OF INTEREST - COVER FORM\n"
        "Name of lead firm:       ____________________________\n"
        "Date of submission:      ____________ (dd.mm.yyyy, e.g. 20.03.2028)\n"
    )
    assert found(text) == [("published", "2028-03-06", None, "date")]


def test_a_tenders_means_of_hand_delivery_is_no_delivery_of_goods():
    text = (
        "INVITATION TO TENDER\n"
        "Supply of a Weather Radar Receiver\n"
        "Date of this notice: 10 May 2028\n"
        "\n"
        "4. Time-limits\n"
        "  (a) Deadline for written questions:\n"
        "      17:00 (JST) on Friday, 19 May 2028\n"
        "  (b) Time-limit for tender (hand delivery or registered post):\n"
        "      17:00 (JST) on Monday, 12 June 2028\n"
        "  (c) Delivery deadline:\n"
        "      Friday, 30 March 2029\n"
    )
    steps = found(text)
    assert ("submission", "2028-06-12", "17:00", "datetime") in steps
    assert not [m for m in steps if m[1] == "2029-03-30"]


LETTERHEAD = (
    "HARBOUR DISTRICT WATER AUTHORITY\n"
    "Procurement Division\n"
    "1-1 Minato-dori, Kaisei 000-0000, Japan\n"
    "\n" + " " * 60 + "Ref.: HDWA/PD/2028-031\n" + " " * 60 + "24 May 2028\n"
    "\n"
    "CORRIGENDUM No. 1\n"
    "\n"
    "to the Invitation to Tender No. HDWA-ITT-2028-006 dated 8 May 2028\n"
    "\n"
)


def test_english_corrigendum_under_a_letterhead_set_right_gives_only_its_changes():
    text = LETTERHEAD + (
        "1. Amended dates\n"
        "The deadline for submission of tenders, originally 9 June 2028 at 12:00 (JST), is hereby\n"
        "extended to Friday, 16 June 2028 at 12:00 (JST).\n"
        "\n"
        "2. Dates that remain unchanged\n"
        "  - The deadline for submission of the qualification documents (Form Q-1)\n"
        "    remains 26 May 2028 at 17:00 (JST). No change.\n"
        "\n"
        "The clarification period closed on 19 May 2028 and the site visit took place on\n"
        "17 May 2028 as planned.\n"
    )
    assert found(text) == [("submission", "2028-06-16", "12:00", "datetime")]


def test_english_step_told_in_the_past_is_over_but_one_to_come_stays():
    text = (
        "Call for Proposals: Coastal Trail Signage\n"
        "Date of publication: 2 May 2028\n"
        "\n"
        "A call for comments on the draft specifications was published in March; the comment period closed on\n"
        "14 April 2028. Proposals must be submitted by e-mail no later than 17:00 JST on Friday, 9 June 2028.\n"
        "Please note that the office is closed on Monday, 5 June 2028.\n"
    )
    steps = found(text)
    assert ("submission", "2028-06-09", "17:00", "datetime") in steps
    assert not [m for m in steps if m[1] in ("2028-04-14", "2028-06-05")]


def test_english_amendment_signed_by_an_officer_with_the_office_bracketed_drops_the_days_before_it():
    text = (
        "NOTICE OF AMENDMENT\n"
        "to the Invitation to Tender for the Procurement of a Mass Spectrometer\n"
        "\n"
        "19 June 2028\n"
        "\n"
        "Naoko Ishihara\n"
        "Executive Director (Finance)\n"
        "Seiran University\n"
        "\n"
        "The Invitation to Tender published on 5 June 2028 is hereby amended as follows.\n"
        "\n"
        "| Item | Original | Amended |\n"
        "|---|---|---|\n"
        "| 3(5) Deadline for submission of tenders | 10 July 2028, 17:00 | 24 July 2028, 17:00 |\n"
        "\n"
        "The list of questions received up to 16 June 2028 and the answers thereto are published on the website.\n"
    )
    assert found(text) == [("submission", "2028-07-24", "17:00", "datetime")]


def test_no_change_mark_wrapped_under_the_items_date_restates_it():
    text = LETTERHEAD + (
        "1. Amended dates\n"
        "The deadline for submission of tenders, originally 9 June 2028 at 12:00 (JST), is hereby\n"
        "extended to Friday, 16 June 2028 at 12:00 (JST).\n"
        "\n"
        "2. Dates that remain unchanged\n"
        "  - Opening of tenders:\n"
        "    10:00 on Tuesday, 27 June 2028, Meeting Room 1, Main Building\n"
        "    (no change)\n"
    )
    assert found(text) == [("submission", "2028-06-16", "12:00", "datetime")]


def test_generic_key_indented_under_an_item_takes_the_items_key():
    text = (
        "REQUEST FOR PROPOSALS\n"
        "Date of issue: 4 August 2028\n"
        "\n"
        "B. Proposal Data Sheet\n"
        "DS 1   Language of the Proposal: English\n"
        "DS 2   Alternative Proposals: Shall not be considered.\n"
        "DS 3   Pre-proposal conference: Will be conducted.\n"
        "       Date and time: 22 August 2028, 14:00 hrs (Tokyo time)\n"
        "       Venue: Online (Microsoft Teams).\n"
        "DS 4   Deadline for submission of Proposals: 8 September 2028, 16:00 hrs (Tokyo time)\n"
    )
    steps = found(text)
    assert ("other", "2028-08-22", "14:00", "datetime") in steps
    assert ("submission", "2028-08-22", "14:00", "datetime") not in steps


def test_a_step_held_in_the_week_of_a_day_records_that_day():
    text = (
        "Call for Proposals: Harbour Festival Planner\n"
        "This call was published on Friday 12th May 2028.\n"
        "Proposals must reach us no later than midday (12:00 Japan time) on Friday 9 June 2028.\n"
        "Shortlisted applicants will be invited to a presentation in the week of 23 June. Each presentation\n"
        "will last 30 minutes.\n"
    )
    assert ("hearing", "2028-06-23", None, "date") in found(text)


def test_notice_number_of_a_year_gives_the_year_of_its_dates():
    text = (
        "Harumi City Public Notice No. 41 of 2028\n"
        "PUBLIC NOTICE OF OPEN COMPETITIVE TENDER\n"
        "Supply of Tourist Information Kiosks\n"
        "\n"
        "1.1 The Mayor hereby gives public notice, on Monday, May 22, of an open competitive tender.\n"
        "1.2 Delivery period: from the day following the date of the contract until Friday, March 16.\n"
        "4.1 Questions must arrive by June 2 at 4:30 p.m.\n"
        "5.2 Bids will be accepted from 9:00 a.m. to 4:30 p.m. on weekdays from June 19 (Mon.) through June 23 (Fri.);\n"
        "a bid sent by mail must arrive no later than 4:30 p.m. on June 23.\n"
    )
    steps = found(text)
    assert ("question", "2028-06-02", "16:30", "datetime") in steps
    assert ("submission", "2028-06-23", "16:30", "datetime") in steps
    assert not [m for m in steps if m[1] in ("2028-06-19", "2029-03-16", "2028-03-16")]


def test_date_cell_of_a_spaced_table_wrapped_beside_the_steps_wrapped_name():
    text = (
        "REQUEST FOR PROPOSALS\n"
        "Date of issue: 12 May 2028\n"
        "\n"
        "--------------------------------------------------------------------------------\n"
        " Activity                                        Date/Time\n"
        "--------------------------------------------------------------------------------\n"
        " Registration for the pre-proposal meeting       Wednesday, 17 May 2028,\n"
        " (e-mail to the address in 2.4)                  17:00 hrs (Tokyo time)\n"
        " \n"
        " Deadline for submission of Proposals            Monday, 12 June 2028,\n"
        "                                                 17:00 hrs (Tokyo time)\n"
        " \n"
        " Interviews with short-listed Proposers          between Tuesday 27 June and\n"
        " (online, 60 minutes each)                       Thursday 29 June 2028\n"
        "--------------------------------------------------------------------------------\n"
    )
    steps = found(text)
    assert ("other", "2028-05-17", "17:00", "datetime") in steps
    assert ("hearing", "2028-06-27", None, "date") in steps
    assert not [m for m in steps if m[1] == "2028-06-29"]


ARTICLES = (
    "[Provisional English Translation]\n"
    "Sakuraji Prefecture Public Notice No. 212\n"
    "\n"
    "Public Notice of Proposal-Based Selection\n"
    "FY2028 Sakuraji Prefecture Inbound Video Project\n"
    "\n"
    "June 9, 2028\n"
    "Emi Takase, Governor of Sakuraji Prefecture\n"
    "\n"
)


def test_translated_articles_give_their_headings_steps():
    text = ARTICLES + (
        "Article 4 (Distribution of the Implementation Guidelines)\n"
        '(1) The Implementation Guidelines, the Specifications and the prescribed forms (hereinafter "the Guidelines,\n'
        "etc.\") will be made available on the Prefecture's website from Friday, June 9, 2028 to Friday, July 14, 2028.\n"
        "\n"
        "Article 6 (Application for Participation)\n"
        "(1) An operator wishing to participate shall submit the Application for Participation (Form 1).\n"
        "(2) Acceptance period: From Monday, June 12, 2028 to Friday, June 30, 2028, from 9:00 a.m. to 5:00 p.m. each day\n"
        "\n"
        "Article 8 (Presentation and Screening)\n"
        '(1) The Sakuraji Prefecture Inbound Promotion Selection Committee (hereinafter "the Committee") will hold a\n'
        "presentation and interview session on Tuesday, July 25, 2028.\n"
    )
    text = text.replace("Guidelines,\netc.", "Guidelines, etc.").replace("hold a\npresentation", "hold a presentation")
    steps = found(text)
    assert ("published", "2028-06-09", None, "date") in steps
    assert ("application", "2028-06-30", "17:00", "datetime") in steps
    assert ("hearing", "2028-07-25", None, "date") in steps
    assert not [m for m in steps if m[1] in ("2028-06-12", "2028-07-14")]


def test_distribution_of_draft_specifications_opens_a_call_for_comments():
    text = (
        "Notice of Request for Comments on the Draft Specifications\n"
        "\n"
        "2  Distribution of the draft specifications\n"
        "(1) Period: From October 4, 2028 to October 31, 2028, 10:00 a.m. to 5:00 p.m.\n"
        "\n"
        "4  Submission of comments\n"
        "(1) Time-limit for the submission of comments: 5:00 p.m. Tuesday, October 31, 2028\n"
    )
    steps = found(text)
    assert ("published", "2028-10-04", None, "date") in steps


def test_a_pages_news_box_gives_no_step():
    text = (
        "Call for Expressions of Interest: Terminal 3 Food Court Concession\n"
        "Publication of this call      Monday 5 June 2028\n"
        "Deadline for EOI              Friday 30 June 2028, 12:00 (JST)\n"
        "\n"
        "News\n"
        "26 June 2028\n"
        "Deadline for Terminal 3 concession EOI extended\n"
        "5 June 2028\n"
        "Call for Expressions of Interest: Terminal 3 Food Court Concession\n"
        "View all news\n"
    )
    steps = found(text)
    assert ("application", "2028-06-30", "12:00", "datetime") in steps
    assert not [m for m in steps if m[1] == "2028-06-26"]


RFI_MAIL = (
    "From: Procurement Office <rfi@example.jp>\n"
    "Date: Tue, 18 Jul 2028 09:14:37 +0900\n"
    "Subject: [RFI 2028-05] Request for Information - Flood Forecasting Platform\n"
    "\n"
    "Dear colleagues,\n"
    "\n"
)


def test_request_for_informations_responses_and_intent_are_its_own_steps():
    text = RFI_MAIL + (
        "Key dates\n"
        "Please let us know by Friday 21 July whether you intend to respond. Responses are due on 31 July; we will\n"
        "hold clarification calls from 7 to 10 August.\n"
        "\n"
        "How to respond\n"
        "Registered parties are asked to send their written response to the questionnaire in Form 4 (maximum 15 pages,\n"
        "in Japanese or English) by 17:00 JST on Monday 31 July 2028.\n"
    ).replace("we will\nhold", "we will hold").replace("pages,\nin", "pages, in")
    steps = found(text)
    assert ("application", "2028-07-21", None, "date") in steps
    assert ("submission", "2028-07-31", "17:00", "datetime") in steps
    assert ("hearing", "2028-08-07", None, "date") in steps
    assert not [m for m in steps if m[0] == "question"]


def test_addendums_remarks_cell_keyed_previously_holds_the_old_value():
    text = (
        "ADDENDUM No. 2\n"
        "Invitation to Bid (ITB) No. HPA-ITB-2028-007\n"
        "Date of this Addendum: Friday, 6 October 2028\n"
        "\n"
        "REVISED BID TIMETABLE\n"
        "No. | Activity | Date and time (JST) | Status | Remarks\n"
        "1 | Deadline for submission of bids | Friday, 10 November 2028, 12:00 noon | Revised | Previously Friday, 27 October 2028, 12:00 noon\n"
        "2 | Public opening of technical envelopes | Friday, 10 November 2028, 14:00 | Revised | Previously Friday, 27 October 2028, 14:00\n"
        "3 | Technical presentations by bidders | - | Deleted | Previously Tuesday, 31 October and Wednesday, 1 November 2028\n"
    )
    assert found(text) == [
        ("submission", "2028-11-10", "12:00", "datetime"),
        ("other", "2028-11-10", "14:00", "datetime"),
    ]
