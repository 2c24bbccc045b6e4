"""English notices read by their language, not by one file (round jr): how an English notice writes a day and an hour,
and the English names of each step. Each test a few lines written for its form."""

from tenders.extractor.labels import kind_of
from tenders.extractor.relining import cut_points, schedule_rows
from tests.extractor_found import found, one_line

# --- a day: the month and its year, a day alone after a deadline's word ------------------------------------------


def test_a_month_and_its_year_after_a_deadline_word_is_the_month_not_its_twentieth():
    text = "Request for Proposals\nProposals must be submitted no later than September 2027.\n"
    assert found(text) == [("submission", "2027-09-01", None, "month")]


def test_a_day_without_its_year_after_due_prior_to_through_or_the_week_of_is_a_date():
    text = (
        "Request for Proposals 2027\n"
        "The RFP was issued on Wednesday, 1 September 2027.\n"
        "Questions due: 8 September\n"
        "Registration for the site visit must be sent prior to 10 September.\n"
        "Proposals will be accepted through September 24.\n"
        "Presentations will be held in the week of 4 October.\n"
    )
    assert found(text) == [
        ("published", "2027-09-01", None, "date"),
        ("question", "2027-09-08", None, "date"),
        ("other", "2027-09-10", None, "date"),
        ("submission", "2027-09-24", None, "date"),
        ("hearing", "2027-10-04", None, "date"),
    ]


def test_a_contract_period_through_its_last_day_stays_out():
    text = "Request for Proposals 2027\nProposals due: 24 September 2027\nThe services will be delivered through 31 March.\n"
    assert found(text) == [("submission", "2027-09-24", None, "date")]


# --- an hour: as British, military and web forms write it, its zone, midnight ------------------------------------


def test_a_dotted_hour_with_pm_is_the_afternoon_not_noon():
    text = (
        "Invitation to Tender\n"
        "Deadline for tenders: Wednesday 8 September 2027 at 5.00 pm\n"
        "Tenders will be opened at 10.30am on Thursday 9 September 2027.\n"
    )
    assert found(text) == [
        ("submission", "2027-09-08", "17:00", "datetime"),
        ("other", "2027-09-09", "10:30", "datetime"),
    ]


def test_an_hour_and_its_minutes_run_together_before_hrs_is_the_hour():
    text = "Request for Quotations\nQuotations due: 8 September 2027, 1700 hrs\nOpening of quotations: 1400 hrs on 9 September 2027\n"
    assert found(text) == [
        ("submission", "2027-09-08", "17:00", "datetime"),
        ("other", "2027-09-09", "14:00", "datetime"),
    ]


def test_a_count_after_a_date_is_no_hour():
    text = "Request for Quotations\nQuotations due: 8 September 2027, 3 amendments attached\n"
    assert found(text) == [("submission", "2027-09-08", None, "date")]


def test_midnight_is_the_end_of_the_day_written():
    text = "Call for Proposals\nProposals must be received by midnight on Friday, 8 October 2027.\n"
    assert found(text) == [("submission", "2027-10-08", "23:59", "datetime")]
    text = "Call for Proposals\nDeadline for proposals: 8 October 2027, 12:00 midnight\n"
    assert found(text) == [("submission", "2027-10-08", "23:59", "datetime")]


def test_a_web_forms_at_sign_joins_the_hour_to_its_date():
    text = "Call for Proposals\nProposals due: October 8th, 2027 @ 10:30 AM\n"
    assert found(text) == [("submission", "2027-10-08", "10:30", "datetime")]


def test_an_hour_before_its_date_keeps_its_zone_a_city_or_the_word_hours():
    text = (
        "Request for Proposals\n"
        "Questions must reach us by 5 p.m. Tokyo time on 14 September 2027.\n"
        "Proposals must reach us by 17:00 CET on 28 September 2027.\n"
        "The pre-proposal conference starts at 10:00 hours on 20 September 2027.\n"
    )
    assert found(text) == [
        ("question", "2027-09-14", "17:00", "datetime"),
        ("other", "2027-09-20", "10:00", "datetime"),
        ("submission", "2027-09-28", "17:00", "datetime"),
    ]


def test_an_hour_whose_bracket_names_the_zone_at_length_is_the_dates():
    text = "Request for Proposals\nProposals must be submitted no later than 17:00 (Japan Standard Time, UTC+9) on 15 September 2027.\n"
    assert found(text) == [("submission", "2027-09-15", "17:00", "datetime")]


def test_a_bracketed_hour_ending_a_row_is_not_the_next_rows_date():
    text = "Key dates Questions due Fri., Jun. 18, 2027 (5:00 p.m. EDT) Fri., Jun. 25, 2027 Answers posted on this page\n"
    assert [(date, time) for _, date, time, _ in found(text)] == [("2027-06-18", "17:00"), ("2027-06-25", None)]


# --- the hours of one day: a window closes at their end, an event starts at their start --------------------------


def test_the_hours_of_a_day_close_its_window_and_open_its_event():
    text = (
        "Invitation to Bid\n"
        "Bids will be accepted on Friday, 15 October 2027, 9:00-12:00, at the Procurement Office.\n"
        "A pre-bid meeting will be held on Friday, 1 October 2027, 9:00-12:00, in Room 3.\n"
    )
    assert found(text) == [
        ("other", "2027-10-01", "09:00", "datetime"),
        ("submission", "2027-10-15", "12:00", "datetime"),
    ]
    text = (
        "Invitation to Bid\n"
        "Bids will be accepted on Friday, 15 October 2027 from 9:00 to 12:00.\n"
        "A pre-bid meeting will be held between 10:00 and 11:30 on Friday, 1 October 2027.\n"
    )
    assert found(text) == [
        ("other", "2027-10-01", "10:00", "datetime"),
        ("submission", "2027-10-15", "12:00", "datetime"),
    ]


def test_hours_run_onto_the_next_rows_step_close_no_window():
    text = "Site visit 14 September 2027, 10:00-12:00 (local time) Deadline for written questions\n"
    assert [time for _, _, time, _ in found(text)] == ["10:00"]


# --- a mail's prose run onto one line: no schedule's rows ----------------------------------------------------------


def test_a_sentence_opened_by_its_pronoun_parts_the_dates_of_prose_from_a_schedules_rows():
    line = (
        "Subject: Prior information notice - RFQ 2027-Q-31 (Symposium 2027)  Dear registered supplier,  We plan to request "
        "quotations for interpretation services for the Symposium 2027 (Kita City, November 2027). We expect to publish "
        "the RFQ in the week of 16 Aug, with quotations due in early September. Exact dates will be confirmed in the RFQ."
    )
    assert schedule_rows(line, []) == []


# --- the English names of each step ----------------------------------------------------------------------------------


def test_the_call_made_public_in_its_english_names():
    assert kind_of("Issue of RFP to shortlisted applicants") == "other"  # (the second stage's papers, as a final RFP)
    for name in (
        "Advertisement",
        "Date of advertisement",
        "Launch of the call",
        "Tender launch",
        "Posting of the RFQ",
        "RFQ sent to suppliers",
        "Sale of bidding documents",
        "Availability of tender documents",
        "Distribution of the Implementation Guidelines",
        "Distribution of the draft specifications",
        "Publication of this Request",
    ):
        assert kind_of(name) == "published", name
    text = "Schedule\nTender launch: 1 September 2027\nTender closing date: 30 September 2027, 12:00\n"
    assert found(text) == [("published", "2027-09-01", None, "date"), ("submission", "2027-09-30", "12:00", "datetime")]
    assert found(one_line(text)) == found(text)  # (「Schedule Tender launch」: a heading run onto the key)


def test_questions_queries_and_their_deadline_in_english():
    for name in ("Deadline for queries", "Last date for queries", "Q&A deadline", "Questions arising from the site visit"):
        assert kind_of(name) == "question", name
    assert kind_of("query") is None  # (a search's key in a system's export, no question)
    assert kind_of("Registration for the site visit") == "other"


def test_clarifications_and_addenda_sent_out_are_the_answer():
    for name in ("Clarifications issued", "Clarifications published", "Addenda issued", "Issue of addenda"):
        assert kind_of(name) == "answer", name
    text = "Timetable\nDeadline for clarifications: 10 September 2027\nClarifications issued: 15 September 2027\n"
    assert found(text) == [("question", "2027-09-10", None, "date"), ("answer", "2027-09-15", None, "date")]


def test_a_firms_word_that_it_takes_part_is_the_application():
    for name in (
        "Notification of intent to submit a proposal",
        "Notice of Intent to Respond (Form A)",
        "EOIs must be submitted",
        "Confirmation of participation",
    ):
        assert kind_of(name) == "application", name
    assert kind_of("Notice of intent to award") == "result"
    assert kind_of("whether you intend to respond") == "application"
    text = "Request for Information\nNotice of Intent to Respond (Form A): 23 July 2027, 17:00\n"
    assert found(text) == [("application", "2027-07-23", "17:00", "datetime")]


def test_offers_and_responses_due_are_the_submission():
    for name in (
        "Offers due",
        "Deadline for offers",
        "Deadline for responses to the RFI",
        "Responses are due",
        "RFQ closing",
        "Deadline for receipt",
        "Please send your response as a single PDF to the address above no later than",
    ):
        assert kind_of(name) == "submission", name
    assert kind_of("Deadline for responses to queries") == "answer"


def test_a_demonstration_of_what_is_offered_is_the_hearing_not_the_works():
    for name in ("Product demonstration", "Demonstrations", "Demonstrations by shortlisted vendors"):
        assert kind_of(name) == "hearing", name
    assert kind_of("Demonstration experiment of the new buses") != "hearing"


def test_the_award_and_the_selection_made_known_are_the_result():
    for name in (
        "Expected date of award",
        "Announcement of award",
        "Award expected",
        "Intended award",
        "Selection",
        "Outcome of the shortlisting",
    ):
        assert kind_of(name) == "result", name
    assert kind_of("Contract award") == "contract"


def test_openings_a_bidders_conference_and_the_review_on_paper_are_other():
    for name in (
        "Public opening of technical envelopes",
        "Financial opening",
        "Bids opened",
        "Bidders' conference",
        "Webinar for bidders",
        "Site walk",
        "Bid evaluation",
        "Technical evaluation",
    ):
        assert kind_of(name) == "other", name
    assert kind_of("Notification of the technical evaluation results") == "result"


# --- the steps told in a sentence ------------------------------------------------------------------------------------


def test_steps_told_in_an_english_sentence():
    for kind, sentence in (
        ("published", "This Request for Proposals was advertised on 1 September 2027."),
        ("answer", "The Agency will respond to all clarification requests by 15 September 2027."),
        ("answer", "Answers will be published on 15 September 2027."),
        ("hearing", "Shortlisted vendors will demonstrate their systems on 4 October 2027."),
        ("result", "The award decision will be published on 15 October 2027."),
        ("result", "Unsuccessful bidders will be notified on 15 October 2027."),
    ):
        assert [k for k, *_ in found("Invitation for Bids\n" + sentence + "\n")] == [kind], sentence


def test_a_pages_own_stamp_stays_out():
    text = "Invitation for Bids\nPage published on 3 September 2027\nBids due: 24 September 2027, 12:00\n"
    assert found(text) == [("submission", "2027-09-24", "12:00", "datetime")]


def test_a_window_of_year_first_dates_in_english_words_ends_on_its_last_day():
    text = "Request for Proposals 2027\nSubmission period: 2027-09-06 to 2027-09-20\n"
    assert found(text) == [("submission", "2027-09-20", None, "date")]
    text = "Request for Proposals 2027\nPresentations: 2027-10-04 to 2027-10-06\n"
    assert found(text) == [("hearing", "2027-10-04", None, "date")]  # (an event over a few days: its first)


# --- an English key of no step under its heading: the heading's step (the English of 提出期限, 受付期間) ------------


def test_an_english_deadline_or_acceptance_period_under_a_heading_is_the_headings_step():
    text = (
        "Request for Proposals\n"
        "3. Expression of Interest\n"
        "(1) Deadline for submission: Friday, July 2, 2027, 17:00\n"
        "(2) Method: by e-mail\n"
        "4. Questions\n"
        "(1) Acceptance period: Monday, June 14, 2027 to Friday, June 25, 2027\n"
        "5. Schedule\n"
        "(1) Deadline for submission: Friday, July 16, 2027, 17:00\n"
    )
    assert found(text) == [
        ("question", "2027-06-25", None, "date"),
        ("application", "2027-07-02", "17:00", "datetime"),
        ("submission", "2027-07-16", "17:00", "datetime"),
    ]
    text = "Request for Proposals\nAcceptance period: Monday, June 14, 2027 to Friday, July 2, 2027\n"
    assert found(text) == [("submission", "2027-07-02", None, "date")]


def test_a_translated_notices_articles_head_their_items():
    text = (
        "Public Notice of Proposal-Based Selection\n"
        "Article 6 (Application for Participation)\n"
        "(1) An operator wishing to participate shall submit the following documents:\n"
        "  a. Application for Participation (Form 1)\n"
        "(2) Acceptance period: From Monday, June 14, 2027 to Friday, July 2, 2027, from 9:00 a.m. to 5:00 p.m. each day\n"
        "(3) Contract period: From the date of the contract to Friday, March 31, 2028\n"
        "Article 7 (Submission of Proposals)\n"
        "(1) Proposals shall be submitted by 5:00 p.m., Friday, July 16, 2027.\n"
    )
    assert found(text) == [
        ("application", "2027-07-02", "17:00", "datetime"),
        ("submission", "2027-07-16", "17:00", "datetime"),
    ]


def test_a_window_on_the_line_under_its_generic_item_is_the_headings_step():
    text = (
        "Call for Proposals 2027\n"
        "4. Application to Participate\n"
        "(1) Documents to be submitted\n"
        "    (a) Application to Participate (Form 1)\n"
        "(2) Submission period\n"
        "    From May 18, 2027 to 5:00 p.m. on June 3, 2027\n"
    )
    assert found(text) == [("application", "2027-06-03", "17:00", "datetime")]


def test_the_call_papers_made_available_are_its_publication():
    text = (
        "Public Notice\n"
        '(1) The Implementation Guidelines, the Specifications and the prescribed forms (hereinafter "the Guidelines, '
        "etc.\") will be made available on the Prefecture's website from Friday, June 11, 2027 to Friday, July 16, 2027.\n"
    )
    assert found(text) == [("published", "2027-06-11", None, "date")]
    text = "Invitation to Tender\nThe tender documents will be made available on the website from Friday, June 11, 2027.\n"
    assert found(text) == [("published", "2027-06-11", None, "date")]


def test_a_long_subject_before_the_step_it_holds_on_its_day():
    text = (
        "Public Notice\n"
        '(1) The Kita Prefecture Overseas Promotion Project Selection Committee (hereinafter "the Committee") will hold '
        "a presentation and interview session on Tuesday, July 27, 2027.\n"
    )
    assert found(text) == [("hearing", "2027-07-27", None, "date")]


# --- a notice's steps as a page of steps: 「Step 2: Ask us your questions」 / 「Due: …」 ---------------------------------


def test_a_due_key_under_its_steps_block_is_that_steps_deadline():
    text = (
        "How to apply\n"
        "\n"
        "Step 2: Ask us your questions\n"
        "Send your questions with the Question Form (Form 3) by e-mail only. We do not answer questions by\n"
        "phone.\n"
        "Due: 5:00 pm (JST), Friday 30 April 2027\n"
        "\n"
        "Step 3: Tell us you intend to apply\n"
        "Submit the Notice of Intent to Apply (Form 1) by e-mail.\n"
        "Due: 5:00 pm (JST), Friday 14 May 2027\n"
    )
    assert found(text) == [
        ("question", "2027-04-30", "17:00", "datetime"),
        ("application", "2027-05-14", "17:00", "datetime"),
    ]


def test_a_range_of_days_wrapped_after_its_first_day_starts_on_that_day():
    text = (
        "Step 5: Interview\n"
        "We will invite up to four applicants to an interview with the committee. Interviews will take place between Wednesday 9 and\n"
        "Friday 11 June 2027, at City Hall or online.\n"
    )
    assert found(text) == [("hearing", "2027-06-09", None, "date")]


def test_a_tender_handed_in_by_hand_is_no_goods_delivery():
    text = (
        "Invitation to Tender\n"
        "  (g) Time-limit for tender (hand delivery or registered post):\n"
        "      17:00 (JST) on Monday, 14 June 2027\n"
        "  (h) Delivery deadline of the equipment:\n"
        "      Friday, 31 March 2028\n"
    )
    assert found(text) == [("submission", "2027-06-14", "17:00", "datetime")]


def test_a_forms_sample_date_after_its_format_is_no_step():
    text = (
        "Request for Expressions of Interest\n"
        "Expressions of interest are due on Friday, 12 February 2027, 12:00.\n"
        "Cover Form\n"
        "Date of submission:      ____________ (dd.mm.yyyy, e.g. 08.02.2027)\n"
    )
    assert found(text) == [("application", "2027-02-12", "12:00", "datetime")]


# --- a list written date first: the dash before the step, the words that say how near the day is -------------------


def test_a_date_first_list_reads_the_step_after_its_dash_and_past_week_of_or_around():
    text = (
        "REQUEST FOR TENDER RFT-2027-12\n"
        "Key dates\n"
        "• 1 September 2027 – Release of RFT\n"
        "• 15 September 2027, 17:00 – Tenders due\n"
        "• Week of 27 September 2027 – Award\n"
        "• Around 4 October 2027 – Contract signature\n"
    )
    assert found(text) == [
        ("published", "2027-09-01", None, "date"),
        ("submission", "2027-09-15", "17:00", "datetime"),
        ("result", "2027-09-27", None, "date"),
        ("contract", "2027-10-04", None, "date"),
    ]


# --- a call for expressions of interest: its closing date is theirs ---------------------------------------------------


def test_the_closing_date_of_a_call_for_expressions_of_interest_is_the_application():
    text = (
        "REQUEST FOR EXPRESSIONS OF INTEREST\n"
        "Consulting services for a water study\n"
        "Deadline for clarification requests: 3 September 2027\n"
        "Submission deadline: 17 September 2027, 12:00\n"
        "Full proposals due: 29 October 2027\n"
    )
    assert found(text) == [
        ("question", "2027-09-03", None, "date"),
        ("application", "2027-09-17", "12:00", "datetime"),
        ("submission", "2027-10-29", None, "date"),  # (the second stage's proposals stay the submission)
    ]
    text = "Request for Proposals\nClosing date and time: Friday 17 September 2027 at 4 pm\n"
    assert found(text) == [("submission", "2027-09-17", "16:00", "datetime")]


# --- a page run onto one line: a range of figures is no item's number; a deadline's key named at length -------------


def test_a_range_of_figures_in_a_sentence_is_no_item_number_of_a_page_run_onto_one_line():
    line = (
        "3. Tender documents 3.1 The tender documents, consisting of the Instructions to Bidders, the Specifications and "
        "Forms 1 to 5, may be downloaded from the portal from 9:00 a.m. on May 24. 3.2 An optional site visit will be held."
    )
    assert [line[cut : cut + 3] for cut in cut_points(line)] == ["3.1", "3.2"]


def test_a_deadlines_key_named_at_length_before_its_papers_bracket_is_the_rows_step():
    text = (
        "Call for Proposals\n"
        "Schedule\n"
        "Friday 17 December 2027, 17:00     Deadline for questions (Form 6)\n"
        "Friday 7 January 2028, 17:00     Deadline for the application to participate (Forms 1 to 3 and Annex A documents)\n"
        "Friday 14 January 2028     Notification of the results of the eligibility check\n"
    )
    assert found(text) == [
        ("question", "2027-12-17", "17:00", "datetime"),
        ("application", "2028-01-07", "17:00", "datetime"),
        ("result", "2028-01-14", None, "date"),
    ]
