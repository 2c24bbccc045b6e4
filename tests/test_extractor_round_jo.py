"""Round jo: English notices as a city, an agency or an international desk writes them — the year only in the
notice's number, US-style dates, two-column tables whose rows wrap, a change mail's restated steps, a bilingual notice
with the English under each Japanese line."""

import datetime as dt

from tests.extractor_found import found, one_line, steps


def test_a_law_cited_by_its_number_and_year_in_a_sentence_dates_nothing():
    # (「Public Notice No. 5 of 2019」 inside a sentence of the head is a citation, not the notice's own number)
    text = (
        "Kiriyama City\n"
        "The tender is held under the Procurement Rules (City Public Notice No. 5 of 2019).\n"
        "Bids must arrive no later than noon on June 22.\n"
    )
    assert found(text) == []


def test_a_cited_paragraph_or_forms_number_opens_no_line_in_a_page_run_onto_one_line():
    # (「Paragraph 1 of」「Forms 1 to 4」 run onto one line: the numbers of the law's paragraph and of the forms are
    # no outline items, and the sentence that opens the download keeps its start)
    text = one_line(
        "Hanamizu City Public Notice No. 3 of 2027\n\n"
        "1. General\n\n"
        "1.1 Pursuant to Article 234, Paragraph 1 of the Local Autonomy Act, the Mayor gives notice of a tender.\n\n"
        "2. Tender Documents\n\n"
        "2.1 The tender documents, consisting of the Specifications and Forms 1 to 4, may be downloaded from the "
        "City's portal from 9:00 a.m. on May 10 until the bid deadline.\n\n"
        "3. Bids\n\n"
        "3.1 Bids must arrive no later than 4:00 p.m. on May 28.\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 5, 10), dt.time(9, 0), "datetime"),
        ("submission", dt.date(2027, 5, 28), dt.time(16, 0), "datetime"),
    ]


def test_an_english_date_first_row_keeps_a_long_step_name_before_its_aside():
    # (the step's name over forty letters, then its aside in brackets: the step, not the schedule's heading)
    text = (
        "Section 5. Schedule\n"
        "Friday 3 December 2027, 17:00     Deadline for questions (Form 4)\n"
        "Friday 10 December 2027, 17:00     Deadline for the application to participate (Forms 1 to 3 and Annex B papers)\n"
        "Friday 17 December 2027     Notification of the results of the eligibility check\n"
    )
    assert ("application", dt.date(2027, 12, 10), dt.time(17, 0), "datetime") in steps(text)


def test_a_two_column_table_run_onto_one_line_keeps_its_wrapped_rows_whole():
    # (run onto one line and cut again, a row's first line keeps the two spaces of the blank line above it, its
    # wrapped line not: both cells shifted alike)
    text = one_line(
        "REQUEST FOR PROPOSAL\n\n"
        "1. Schedule of the RFP process\n\n"
        "The RFP process will follow the schedule below. All times are Japan Standard Time (UTC+9).\n\n"
        "--------------------------------------------------------------------------\n"
        " Activity                                   Date/Time\n"
        "--------------------------------------------------------------------------\n"
        " Issuance of RFP                            Monday, 10 May 2027\n"
        " \n"
        " Registration for the briefing              Thursday, 13 May 2027,\n"
        " (e-mail to the address in 2.3)             16:00 hrs (Tokyo time)\n"
        " \n"
        " Deadline for submission of Proposals       Monday, 7 June 2027,\n"
        "                                            17:00 hrs (Tokyo time)\n"
        " \n"
        " Interviews with short-listed Proposers     between Tuesday 22 June and\n"
        " (online, 45 minutes each)                  Thursday 24 June 2027\n"
        "--------------------------------------------------------------------------\n\n"
        "2. Submission of Proposals\n\n"
        "Proposals shall be submitted electronically to the address in 2.3 as two separate PDF files.\n"
    )
    found_steps = steps(text)
    assert ("other", dt.date(2027, 5, 13), dt.time(16, 0), "datetime") in found_steps
    assert ("hearing", dt.date(2027, 6, 22), None, "date") in found_steps


def test_a_date_that_closes_a_bracket_opened_on_the_line_above_is_the_sentences_not_the_paragraph_aboves():
    # (「(approximately October 2027 and」 over 「June 2028) and a final report …」: the work's missions, in the sentence of
    # the contract's duration; no result of the award named in the paragraph above)
    text = (
        "Notification of award (estimated)          Friday, 9 July 2027\n\n"
        "6.1 The successful Proposer will be invited to sign a Contract for Consulting\n"
        "Services within ten working days of the notification of award.\n\n"
        "6.2 The expected duration of the contract is from 2 August 2027 to\n"
        "31 March 2029, including two field missions (approximately October 2027 and\n"
        "June 2028) and a final report due on 28 February 2029.\n"
    )
    assert [(kind, date) for kind, date, *_ in steps(text)] == [("result", dt.date(2027, 7, 9))]


def test_a_team_plan_heading_run_onto_its_first_item_keeps_the_plan_out():
    # (a bid team's mail run onto one line: 「3. OUR INTERNAL PLAN (draft)   - Mon 4 Oct …: …」, the heading of the
    # team's own plan on the line of its first item; none of the plan's days is a step of the call)
    text = one_line(
        "From: Anna Berg <a.berg@example.jp>\n"
        "Subject: Bid/No-Bid: harbour lighting EOI\n\n"
        "Hi all,\n\n"
        "1. THE CALL\n"
        "  - Deadline for questions: Fri 8 Oct 2027, 17:00\n"
        "  - Proposal submission: Fri 22 Oct 2027, 12:00\n\n"
        "2. NOTES\n"
        "The prefecture asks for a printed proposal in Japanese and an electronic copy; the branch in Tokyo will "
        "deliver it by hand.\n\n"
        "3. OUR INTERNAL PLAN (draft)\n"
        "  - Mon 4 Oct 2027, 10:00 JST: Bid/No-Bid call\n"
        "  - Wed 13 Oct: application pack signed by the branch director (hanko!)\n"
        "  - Mon 18 Oct: red team review\n\n"
        "Best regards,\nAnna\n"
    )
    assert [(kind, date) for kind, date, *_ in steps(text)] == [
        ("question", dt.date(2027, 10, 8)),
        ("submission", dt.date(2027, 10, 22)),
    ]


BILINGUAL = (
    "汐見県公告第21号\n"
    "[Shiomi Prefecture Public Notice No. 21]\n\n"
    "　令和９年６月１日\n"
    "[1 June 2027]\n\n"
    "３　入札説明書等の交付\n"
    "[3. Distribution of the Tender Documents]\n"
    "（１）交付期間　令和９年６月１日（火）から令和９年６月２５日（金）まで\n"
    "　　[(1) Period: from Tuesday, 1 June 2027 to Friday, 25 June 2027]\n\n"
    "４　入札参加資格確認申請\n"
    "[4. Application for Confirmation of Eligibility to Take Part]\n"
    "（１）提出期限　令和９年６月１１日（金）午後５時（必着）\n"
    "　　[(1) Deadline: 5:00 p.m., Friday, 11 June 2027 (must arrive by then)]\n\n"
    "５　入札書の提出\n"
    "[5. Submission of Bids]\n"
    "（１）提出期限　令和９年６月２５日（金）午後５時\n"
    "　　[(1) Deadline: 17:00, Friday, 25 June 2027]\n"
)


def test_a_bracketed_english_line_under_a_japanese_heading_keeps_the_japanese_item_open():
    # (each Japanese line with its English in square brackets below: 「[4. …]」 is the same item, so the deadline under
    # it is the application's, not the item before's)
    assert steps(BILINGUAL) == [
        ("published", dt.date(2027, 6, 1), None, "date"),
        ("application", dt.date(2027, 6, 11), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 6, 25), dt.time(17, 0), "datetime"),
    ]


def test_a_bracketed_english_heading_alone_still_opens_its_item():
    # (no Japanese line above it: 「[2. Schedule]」 is the item itself)
    text = "[1. Purpose]\nThe Bureau calls for proposals.\n\n[2. Questions]\n(1) Deadline: 5:00 p.m., Friday, 11 June 2027\n"
    assert steps(text) == [("question", dt.date(2027, 6, 11), dt.time(17, 0), "datetime")]


REPLY_OF_A_CHANGE = (
    "From: Overseas Desk, Minamo Prefectural Government <desk@example.jp>\n"
    "Sent: Wednesday, June 9, 2027 11:20 AM\n"
    "To: desk@example.jp\n"
    "Subject: RE: [Minamo Pref.] Call for Proposals - Minamo Seafood Fair in Taipei - DEADLINE EXTENDED\n\n"
    "Dear Applicants,\n\n"
    "The fair organiser has moved our booth, so we have revised the Specification and extend the deadline as follows.\n\n"
    "1. Proposal submission deadline\n"
    "   NEW: Monday, 28 June 2027, 5 pm JST\n"
    "   (previously: Monday, 21 June 2027, 5 pm JST)\n\n"
    "2. Additional questions (new)\n"
    "   Questions on the revised parts only may be sent until 5 pm JST on Wednesday, 16 June. Questions on other parts "
    "will not be answered, as the question period closed on 1 June.\n\n"
    "3. The following remain UNCHANGED:\n"
    "   - Notification of results: mid-July 2027\n"
    "   - Contract (planned): late July 2027\n\n"
    "Best regards,\n"
    "Overseas Desk\n\n"
    "-----Original Message-----\n"
    "From: Overseas Desk, Minamo Prefectural Government <desk@example.jp>\n"
    "Sent: Monday, May 17, 2027 9:00 AM\n"
    "Subject: [Minamo Pref.] Call for Proposals - Minamo Seafood Fair in Taipei\n\n"
    "> Schedule\n"
    ">   - Questions:                 by Tuesday, 1 June, 5 pm JST\n"
    ">   - Application form:          by Friday, 4 June 2027, 5 pm JST\n"
    ">   - Proposal submission:       by Monday, 21 June 2027, 5 pm JST\n"
    ">   - Notification of results:   mid-July 2027\n"
    ">   - Contract (planned):        late July 2027\n"
)


def test_the_issuers_reply_that_moves_a_deadline_gives_only_what_it_changes_or_adds():
    # (a reply above the call it quotes under 「-----Original Message-----」: the quoted schedule, the steps it says stand
    # unchanged and the question period it says closed are no steps of the change)
    assert steps(REPLY_OF_A_CHANGE) == [
        ("question", dt.date(2027, 6, 16), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 6, 28), dt.time(17, 0), "datetime"),
    ]


def test_a_paragraph_that_says_the_rest_stands_speaks_not_of_the_dates_after_it_in_a_mail_run_onto_one_line():
    # (a forwarded change run onto one line: 「… (originally late May 2027)  All other dates … remain unchanged.  In
    # addition, we will hold …」, the blank lines two spaces: the moved result and the new session are the change's)
    text = one_line(
        "From: Programme Office <office@example.jp>\n"
        "Sent: Monday, April 26, 2027 10:14 AM\n"
        "Subject: FW: Call for Proposals - Village Microgrid Studies (DEADLINE EXTENDED)\n\n"
        "Dear colleagues,\n\n"
        "Please note the proposal deadline has been extended to 5:00 p.m. (JST), Friday, May 14, 2027.\n\n"
        "As a result, the following dates have also been moved:\n"
        "- Online interviews: Tuesday, June 8, 2027 (originally Monday, May 24, 2027)\n"
        "- Notification of selection results: mid-June 2027 (originally late May 2027)\n\n"
        "All other dates and conditions in the original call remain unchanged.\n\n"
        "In addition, we will hold an extra online Q&A session on Wednesday, April 28, 2027, from 3:00 to 4:00 p.m. "
        "(JST), mainly for applicants who joined after the question deadline.\n\n"
        "Best regards,\nProgramme Office\n\n"
        "-----Original Message-----\n"
        "From: Programme Office <office@example.jp>\n"
        "Sent: Friday, April 2, 2027 9:30 AM\n"
        "Subject: Call for Proposals - Village Microgrid Studies\n\n"
        "> Schedule\n"
        "> - Deadline for questions: 5:00 p.m. (JST), Friday, April 16, 2027\n"
        "> - Proposal deadline: 5:00 p.m. (JST), Friday, April 30, 2027\n"
        "> - Online interviews: Monday, May 24, 2027\n"
        "> - Notification of selection results: late May 2027\n"
    )
    found_steps = [(kind, date, precision) for kind, date, _, precision in steps(text)]
    assert ("result", dt.date(2027, 6, 1), "mid_month") in found_steps
    assert ("other", dt.date(2027, 4, 28), "datetime") in found_steps
    assert ("submission", dt.date(2027, 4, 30), "date") not in found_steps


def test_an_update_log_under_its_heading_stays_out_of_a_page_run_onto_one_line():
    # (a call's timeline page copied without its line breaks: 「… (external site)  Update history • 9 June 2027: …」,
    # the log's heading after the last bullet of the list above; the log's days are no steps)
    text = one_line(
        "Call for Tenders - Timeline\n"
        "Avalanche Sensor Network: Design and Installation (T-2027-11)\n\n"
        "Published: 3 June 2027   Last updated: 10 June 2027\n\n"
        "Timeline\n"
        "\u2022 Call for tenders published: Thursday, 3 June 2027\n"
        "\u2022 Written questions: accepted until Friday, 18 June 2027, 17:00 JST\n"
        "\u2022 Submission of tenders: Friday, 9 July 2027, 17:00 JST\n"
        "\u2022 Contract signature: late August 2027\n\n"
        "Documents\n"
        "\u2022 Tender Documents (Japanese) - PDF, 2.0 MB (updated 10 June 2027)\n"
        "\u2022 Briefing registration form (external site)\n\n"
        "Update history\n"
        "\u2022 10 June 2027: Q&A No. 1-3 posted; Tender Documents corrected (typo in Annex 1)\n"
        "\u2022 3 June 2027: Page published\n\n"
        "Contact\nContracts Office, e-mail: tender@example.jp\n"
    )
    assert [(kind, date) for kind, date, *_ in steps(text)] == [
        ("published", dt.date(2027, 6, 3)),
        ("question", dt.date(2027, 6, 18)),
        ("submission", dt.date(2027, 7, 9)),
        ("contract", dt.date(2027, 8, 1)),
    ]


def test_a_call_pages_own_paper_put_up_is_its_publication_and_the_rfp_to_the_shortlist_a_later_stage():
    text = (
        "Call for Expressions of Interest: Harbour Food Hall Concession\n\n"
        "Schedule\n"
        "Deadline for EOI\n"
        "Friday 2 July 2027, 12:00 noon (JST)\n"
        "Issue of RFP to shortlisted applicants\n"
        "Late July 2027\n\n"
        "Documents\n"
        "EOI Document (PDF, 1.1 MB) - published 7 June 2027\n"
        "EOI Form (Word, 80 KB)\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 6, 7), None, "date"),
        ("application", dt.date(2027, 7, 2), dt.time(12, 0), "datetime"),
        ("other", dt.date(2027, 7, 1), None, "late_month"),
    ]


def test_a_long_sentence_that_ends_on_its_day_names_its_step_in_its_last_words():
    # (the papers and the verb past the first 80 characters: 「A2. The Guidelines, … were published on the
    # Prefecture's website on 25 May 2026」)
    text = (
        "Frequently Asked Questions\n\n"
        "A2. The Guidelines, the Specifications and the prescribed Forms 1 to 6 of this call were published on the "
        "Prefecture's website on 25 May 2027.\n"
        "A10. Proposals must be submitted by 17:00 on Friday 18 June 2027.\n"
    )
    assert [(kind, date) for kind, date, *_ in steps(text)] == [
        ("published", dt.date(2027, 5, 25)),
        ("submission", dt.date(2027, 6, 18)),
    ]


def test_a_long_sentence_that_ends_on_a_day_no_step_is_named_in_gives_no_step():
    # (the last words before the day name a move of an office, no step of the call)
    text = (
        "Call for Proposals - Singapore Promotion Desk\n\n"
        "Proposals must be submitted by 5:00 p.m., Friday, June 4, 2027.\n"
        "The Prefecture's overseas office in Singapore, which opened in 2019 and now employs four local staff members, "
        "will move to a new building on Friday, October 1, 2027.\n"
    )
    assert [(kind, date) for kind, date, *_ in steps(text)] == [("submission", dt.date(2027, 6, 4))]
