"""English procurement documents of Japanese bodies (round kq2): a deadline's sentence wrapped before its date, the
hour and its zone (「5:00 p.m. SGT on」) or the hour, the zone and the weekday (「by 3:00 p.m. SGT on Friday,」) ending
the line above; an hour in another zone bracketed after the date; an hour keyed after the date with its zone
(「Date: Fri, 30.04.2027   Local time: 15:00 SGT」). Each test a few lines written for its device, with a case the rule
must not overreach to."""

from tests.extractor_found import found

HEAD = "REQUEST FOR PROPOSALS\nTourism Promotion in Europe\nPrefectural Liaison Office, Paris\n\n"

# --- the clock's 「p.m.」 before a zone ends no sentence --------------------------------------------------------------


def test_a_wrapped_sentence_names_its_step_past_the_hour_and_its_zone():
    # (the step is the sentence the date ends, never the section's heading above the numbered clause)
    text = HEAD + (
        "SECTION 4. SUBMISSION OF PROPOSALS\n"
        "4.1 Questions must be submitted in writing by e-mail no later than 5:00 p.m. CET on\n"
        "    Tuesday, 4/13/2027. No telephone inquiries will be accepted.\n"
    )
    assert found(text) == [("question", "2027-04-13", "17:00", "datetime")]


def test_a_zone_written_out_after_the_half_of_the_day():
    text = HEAD + (
        "3. RECEIPT OF PROPOSALS\n"
        "3.2 Requests for clarification must reach the Office no later than 4 p.m. Local time on\n"
        "    Monday, 17 May 2027. Requests received late will not be answered.\n"
    )
    assert found(text) == [("question", "2027-05-17", "16:00", "datetime")]


def test_a_sentence_after_the_hour_is_its_own():
    # (「… at 10:00 a.m. Interviews …」: a new sentence after the half of the day, no zone: its own step)
    text = HEAD + (
        "5. Selection\n"
        "The committee will meet on Monday, 7 June 2027 at 10:00 a.m. Interviews will be held on\n"
        "    Thursday, 10 June 2027.\n"
    )
    assert found(text) == [("hearing", "2027-06-10", None, "date")]


# --- the weekday ends the line above, an hour in another zone bracketed after the date ---------------------------------


def test_the_hour_before_the_date_stands_over_the_bracketed_conversion():
    text = HEAD + (
        "4.2 Proposals must be submitted electronically (one PDF) by 3:00 p.m. CET on Friday,\n"
        "    4/30/2027 (10:00 p.m. Japan Standard Time on Friday, 4/30/2027). Late\n"
        "    proposals will not be considered.\n"
    )
    assert found(text) == [("submission", "2027-04-30", "15:00", "datetime")]


def test_the_hour_and_weekday_wrapped_before_a_written_date():
    text = HEAD + (
        "4.3 Requests for clarification may be sent by e-mail until 5 p.m. CET on Wednesday,\n"
        "    21 April 2027, after which no question will be answered.\n"
    )
    assert found(text) == [("question", "2027-04-21", "17:00", "datetime")]


def test_a_bracketed_hour_alone_is_still_the_dates():
    # (no hour before the date on the line above: the bracket's hour is the only one given)
    text = HEAD + (
        "4.2 Proposals must be submitted electronically (one PDF) on or before\n"
        "    4/30/2027 (3:00 p.m. CET). Late proposals will not be considered.\n"
    )
    assert found(text) == [("submission", "2027-04-30", "15:00", "datetime")]


# --- an hour keyed after the date, its zone after it ----------------------------------------------------------------


def test_a_keyed_local_time_with_its_zone_after_the_date():
    text = HEAD + (
        "IV.2.2) Clarification questions: by Tue, 13.04.2027, 17:00 CET, by e-mail\n"
        "IV.2.4) Time limit for receipt of proposals:\n"
        "        Date: Fri, 30.04.2027   Local time: 15:00 CET\n"
        "IV.2.7) Interviews with shortlisted tenderers:\n"
        "        Date: 03.05.2027   Time: 10:00 JST\n"
    )
    assert found(text) == [
        ("question", "2027-04-13", "17:00", "datetime"),
        ("submission", "2027-04-30", "15:00", "datetime"),
        ("hearing", "2027-05-03", "10:00", "datetime"),
    ]


def test_the_notice_as_a_whole():
    text = HEAD + (
        "SECTION 4. SUBMISSION INSTRUCTIONS\n"
        "4.1 Questions must be submitted in writing by e-mail no later than 5:00 p.m. SGT on\n"
        "    Tuesday, 4/13/2027. No telephone inquiries will be accepted.\n"
        "4.2 Proposals must be submitted electronically (one PDF) by 3:00 p.m. SGT on Friday,\n"
        "    4/30/2027 (4:00 p.m. Japan Standard Time on Friday, 4/30/2027). Late\n"
        "    proposals will not be considered.\n"
        "4.3 Finalists will be invited to an online interview on Wednesday,\n"
        "    5/12/2027.\n\n"
        "SECTION 5. TIMETABLE (summary)\n"
        "IV.2.2) Clarification questions: by Tue, 13.04.2027, 17:00 SGT, by e-mail\n"
        "IV.2.4) Time limit for receipt of proposals:\n"
        "        Date: Fri, 30.04.2027   Local time: 15:00 SGT\n"
    )
    assert found(text) == [
        ("question", "2027-04-13", "17:00", "datetime"),
        ("submission", "2027-04-30", "15:00", "datetime"),
        ("hearing", "2027-05-12", None, "date"),
    ]
