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
