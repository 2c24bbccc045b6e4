"""Round nl: English documents of set uo that still read wrong. A site's machine translation of a Japanese notice
writes a date word for word: the weekday 「(火)」 as 「(fire)」 (「(moon)」「(gold)」「(metal day)」「(Moon/holiday)」),
「令和8年10月13日」 as 「Reiwa 8 years 10 months 13 days」 (「2027 years 6 months 4 days」, 「Reiwa first year」, a day without
its year before its weekday), 「令和9年3月19日」 as 「Reiwa 9 years March 19」, and 開札日時 as 「Date and time of opening」; an
era's year is no item's number when a PDF runs the notice onto one line. Each test a few lines written for its device
(none copied from the development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def test_machine_translated_era_date_word_for_word():
    text = (
        "Tender notice (general competitive bidding) Supply of water meters\n"
        "3 Schedule\n"
        "(1) Question deadline: Reiwa 9 years 6 months 4 days (gold) 17:00\n"
        "(2) Bid deadline: Reiwa 9 year 6 month 18 day (metal day) 12:00\n"
    )
    assert both(text) == [
        ("question", "2027-06-04", "17:00", "datetime"),
        ("submission", "2027-06-18", "12:00", "datetime"),
    ]


def test_machine_translated_western_and_first_year_dates():
    assert found("Bid notice\n(1) Bid deadline: 2027 years 6 months 18 days (Gold) 12:00\n") == [
        ("submission", "2027-06-18", "12:00", "datetime")
    ]
    assert found("Bid notice\n(1) Bid deadline: Reiwa first year 5 months 31 days (gold) 17:00\n") == [
        ("submission", "2019-05-31", "17:00", "datetime")
    ]


def test_machine_translated_day_without_year_before_its_weekday():
    text = (
        "Tender notice Reiwa 9 years 6 months 1 days\n"
        "(1) Question deadline: 6 months 18 days (gold) 17:00\n"
        "(2) Contract period: 3 months 10 days from the contract day\n"
    )
    assert ("question", "2027-06-18", "17:00", "datetime") in found(text)
    assert all(date != "2027-03-10" for _, date, *_ in found(text))


def test_machine_translated_weekday_lets_the_hour_after_it_read():
    text = (
        "Bid announcement\n"
        "(1) Site tour: June 9, 2027 (water) 2 pm\n"
        "(2) Submission deadline of the bid: July 2, 2027 (Gold) 5 pm\n"
    )
    assert both(text) == [("other", "2027-06-09", "14:00", "datetime"), ("submission", "2027-07-02", "17:00", "datetime")]


def test_era_year_before_english_month_written_with_years():
    text = "Bid announcement\n(1) Bid deadline: Reiwa 9 years July 13 (fire) 17:00\n"
    assert both(text) == [("submission", "2027-07-13", "17:00", "datetime")]


def test_opening_keyed_date_and_time_of_opening():
    text = (
        "Bid announcement\n"
        "(1) Bid deadline: July 13, 2027 (Tue) 17:00\n"
        "(2) Date and time of opening: July 15, 2027 (Thu) 10:00\n"
        "(3) Place of opening: Conference room 2\n"
    )
    assert both(text) == [("submission", "2027-07-13", "17:00", "datetime"), ("other", "2027-07-15", "10:00", "datetime")]
    text = text.replace("Date and time of opening", "Day of the opening")
    assert both(text)[-1] == ("other", "2027-07-15", "10:00", "datetime")


# A translated tender page: its posting and update days in the head, a site visit's sign-up keyed 「Application:」 under
# the visit's heading (an hour's length in brackets, 「(about 1 hour)」), and 資格確認 as 「Application for confirmation of
# … qualification」 over a window keyed 「Submission deadline: From the announcement day to」
TRANSLATED_PAGE = (
    "Kaminose City > Bidding information > Goods\n"
    "Tender announcement (general competitive bidding) Purchase of school tablets\n"
    "Registration date: May 10, 2027   Update date: May 11, 2027\n"
    "\n"
    "1 Subject of the procurement\n"
    "(1) Name: Purchase of school tablets for the city junior high schools, 480 units with cases and chargers\n"
    "(2) Delivery place: Kaminose City Board of Education, the storage room on the 2nd floor\n"
    "\n"
    "2 Site observation\n"
    "(1) Date and time: May 17, 2027 (Mon) 2 pm (about 1 hour)\n"
    "(2) Place: Kaminose City Hall annex, meeting room 4\n"
    "(3) Application: Please send the form by e-mail until 17:00 on May 12 (Wed). Attendance is not required.\n"
    "\n"
    "3 Qualification review application\n"
    "(1) Acceptance period: from the day of this notice until May 28, 2027 (Fri) 5 pm\n"
    "(2) Method: Bring it or send it by registered mail.\n"
    "\n"
    "4 Bid\n"
    "(1) Bid deadline: June 22, 2027 (Tue) 5 pm\n"
    "(2) Date and time of opening: June 24, 2027 (Thu) 10:00\n"
)


def test_translated_page_head_site_visit_signup_and_qualification_window():
    assert both(TRANSLATED_PAGE) == [
        ("other", "2027-05-12", "17:00", "datetime"),
        ("other", "2027-05-17", "14:00", "datetime"),
        ("application", "2027-05-28", "17:00", "datetime"),
        ("submission", "2027-06-22", "17:00", "datetime"),
        ("other", "2027-06-24", "10:00", "datetime"),
    ]


def test_posting_day_beside_the_update_day_is_the_page_s():
    head = "Registration date: May 10, 2027   Update date: May 11, 2027"
    for written in (
        "Date of registration: May 10, 2027\nDate of update: May 11, 2027",
        head.replace("   Update date", " | Last updated"),
    ):
        text = TRANSLATED_PAGE.replace(head, written)
        assert all(date not in ("2027-05-10", "2027-05-11") for _, date, *_ in found(text))


def test_announcement_window_of_the_call_s_application_in_other_words():
    text = (
        "Bid notice\n"
        "5 Application for confirmation of competitive participation qualification\n"
        "(1) Submission deadline: From the announcement day to June 1, 2027 (Tue) 17:15\n"
        "6 Bid\n"
        "(1) Bid deadline: June 22, 2027 (Tue) 17:00\n"
    )
    assert found(text)[0] == ("application", "2027-06-01", "17:15", "datetime")
