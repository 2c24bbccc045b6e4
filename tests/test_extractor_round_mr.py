"""Round mr: English notices' devices of writing the extractor missed. Each test a few lines written for its device (none
copied from the development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def test_an_english_windows_last_day_closing_early_after_its_daily_hours():
    # 最終日は正午まで in English: the last day's own hour, told in the next sentence, closes the window
    text = (
        "Request for Proposals: Visitor Survey 2026\n"
        "Issued by the Harbour Town Tourism Office\n"
        "Schedule\n"
        "1. Questions: by 4 September 2026, 17:00 JST (by e-mail)\n"
        "2. Submission of proposals: 14 September 2026 (Mon) - 25 September 2026 (Fri), 10:00-17:00 JST. On the final"
        " day the counter closes at 15:00.\n"
        "3. Interviews: early October 2026\n"
    )
    assert both(text) == [
        ("question", "2026-09-04", "17:00", "datetime"),
        ("submission", "2026-09-25", "15:00", "datetime"),
        ("hearing", "2026-10-01", None, "early_month"),
    ]


def test_an_english_windows_last_day_hour_told_after_its_hour():
    # the hour first, the day after it: 「but only until 12:00 noon on the last day」
    text = (
        "Call for Tenders - Printing of Guide Maps\n"
        "Deadline for questions: Friday, October 2, 2026, 5:00 p.m.\n"
        "Tenders are accepted from October 5 to October 16, 2026, between 9:00 a.m. and 5:00 p.m. on weekdays, but only"
        " until 12:00 noon on the last day.\n"
    )
    assert both(text) == [("question", "2026-10-02", "17:00", "datetime"), ("submission", "2026-10-16", "12:00", "datetime")]


def test_a_schedule_rows_window_closed_early_on_its_last_day_in_the_section_below():
    # the schedule's row gives the days only; its section below gives the hours and the last day's earlier close, the
    # day named again in brackets
    text = (
        "Call for Proposals\n"
        "Timeline\n"
        "- Deadline for clarification requests: Thursday, 20 August 2026\n"
        "- Submission of proposals: Monday, 31 August to Friday, 11 September 2026 (see 5)\n"
        "5. Proposals\n"
        "Proposals may be handed in from 31 August to 11 September 2026, 9:30 a.m. to 4:30 p.m. On the closing day"
        " (11 September, Fri.), the deadline is 12:00 noon.\n"
    )
    assert both(text) == [("question", "2026-08-20", None, "date"), ("submission", "2026-09-11", "12:00", "datetime")]


def test_bidding_documents_sold_from_a_day_after_the_terms_of_their_sale():
    # 有償交付 in an English IFB: the buyers and the fee between the papers' verb and the day the sale opens
    text = (
        "INVITATION FOR TENDERS\n"
        "Rural Roads Rehabilitation Programme, Lot 3\n"
        "1. Interested eligible bidders may purchase a complete set of the Tender Documents in English upon written"
        " application to the Procurement Unit and payment of a non-refundable fee of EUR 150, from 3 May 2027.\n"
        "2. Tenders must be delivered to the Procurement Unit no later than 11:00 hours on Thursday, 17 June 2027.\n"
    )
    assert both(text) == [("published", "2027-05-03", None, "date"), ("submission", "2027-06-17", "11:00", "datetime")]


def test_a_full_set_of_bidding_documents_bought_on_application_and_payment_from_a_day():
    # the passive, the papers' language after them, an item mark before them (a heading run onto its line in one line)
    text = (
        "Invitation for Bids\n"
        "(a) A full set of the Bidding Documents in English can be bought by any eligible firm on presentation of a letter"
        " of application to the Project Office listed below and on payment of a non-refundable fee of 200 US dollars, from"
        " 12 April 2027 until the closing date.\n"
        "(b) Deadline for bid submission: 25 May 2027, 10:00 hours.\n"
    )
    assert both(text) == [("published", "2027-04-12", None, "date"), ("submission", "2027-05-25", "10:00", "datetime")]


def test_bidders_told_to_register_after_an_event_and_its_attendance_note_book_a_seat_at_the_event():
    # the event announced, a sentence of who should come, then the bidders told to register: the event's registration
    text = (
        "Invitation to Tender: Harbour Lighting Upgrade\n"
        "An information session for prospective tenderers will be held at the Port Authority offices on 12 April 2027 at"
        " 10:00 a.m. Attendance is optional. Interested companies must register by e-mail no later than 8 April 2027,"
        " 12:00 noon. Tenders are due on 30 April 2027 at 3:00 p.m.\n"
    )
    assert both(text) == [
        ("other", "2027-04-08", "12:00", "datetime"),
        ("other", "2027-04-12", "10:00", "datetime"),
        ("submission", "2027-04-30", "15:00", "datetime"),
    ]
    inspection = (
        "Contract notice: Quay wall repairs\n"
        "A site inspection shall take place on 14/06/2027 at 09:30 (CEST). Participation is strongly encouraged but not"
        " compulsory. Bidders are requested to register through the portal by 10/06/2027 16:00.\n"
        "Time limit for receipt of tenders: 05/07/2027 12:00\n"
    )
    assert both(inspection)[0] == ("other", "2027-06-10", "16:00", "datetime")
    # no event before it: the bidders' registration in the call itself stays its application
    call = (
        "Invitation to Tender: Harbour Lighting Upgrade\n"
        "The tender documents are published on the portal. Bidders must register on the portal no later than 20 May 2027."
        " Tenders are due on 30 May 2027 at 3:00 p.m.\n"
    )
    assert both(call) == [("application", "2027-05-20", None, "date"), ("submission", "2027-05-30", "15:00", "datetime")]


def test_a_bids_validity_restated_in_an_amendments_quoted_clause_or_extended_is_no_step():
    # 入札の有効期間: the quoted new clause ends on the day a bid binds until (「that is, until」), and a bid kept as it
    # stands has its validity extended to a day; only the moved deadline is a step
    text = (
        "ADDENDUM No. 2 to ITB No. HW-2027-04\n"
        "The deadline for the submission of bids is extended from 10 March 2027 to 24 March 2027, 11:00 hours.\n"
        'Clause 18.1 of the Instructions to Bidders is replaced by the following: "Bids shall remain valid for a period of'
        ' one hundred and fifty (150) days after the bid submission deadline, that is, until 21 August 2027."\n'
        "Where no new bid is submitted, the bid already received will be considered as it stands, its validity being"
        " extended to 21 August 2027.\n"
    )
    assert both(text) == [("submission", "2027-03-24", "11:00", "datetime")]
