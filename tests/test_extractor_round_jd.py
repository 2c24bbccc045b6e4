"""English notices read as English is written (round jd): the hour a sentence tells beside its date, outside the
date's own words. Each test a few lines written for its class."""

from tests.extractor_found import found

HEAD = "REQUEST FOR QUOTATION\nCold Storage Racks for the Harbour Depot\n\n"


def test_the_hour_on_the_line_above_a_wrapped_date():
    text = HEAD + (
        "4. Questions about this request must be sent by e-mail using Form Q by JST 17:00 on\n"
        "2028/03/08 (Wed.). Questions received later will not be answered.\n"
    )
    assert found(text) == [("question", "2028-03-08", "17:00", "datetime")]
    text = HEAD + (
        "4. Questions about this request must be sent by e-mail no later than 5:00 p.m. (Japan time) on\n"
        "Wednesday 8 March 2028. Questions received later will not be answered.\n"
    )
    assert found(text) == [("question", "2028-03-08", "17:00", "datetime")]
    text = (
        HEAD
        + (  # (a range of hours on the line above is no hour of the date)
            "4. Questions may be asked by telephone on weekdays between 9:00 and 17:00\n"
            "or sent by e-mail. The deadline for questions is 2028/03/08 (Wed.).\n"
        )
    )
    assert found(text) == [("question", "2028-03-08", None, "date")]


def test_the_hour_in_a_bracket_of_its_own_after_the_date():
    text = HEAD + "4. Questions must be sent by e-mail no later than 08.03.2028 (17:00 JST).\n"
    assert found(text) == [("question", "2028-03-08", "17:00", "datetime")]
    text = HEAD + "5. Quotations must be received by 2028/03/24 (Fri.) (5:00 pm JST).\n"
    assert found(text) == [("submission", "2028-03-24", "17:00", "datetime")]
    text = HEAD + "5. Quotations must be received by 24 March 2028 (noon).\n"
    assert found(text) == [("submission", "2028-03-24", "12:00", "datetime")]
    text = HEAD + "5. Quotations must be received by 2028/03/24 (Fri.) (10:00-12:00).\n"  # (a range: no one hour)
    assert found(text) == [("submission", "2028-03-24", None, "date")]


def test_the_hour_bracketed_before_on_and_a_dotted_date():
    text = HEAD + "5. Quotations must be delivered by e-mail by noon\n(12:00 JST) on Friday, 24.03.2028. Late ones are refused.\n"
    assert found(text) == [("submission", "2028-03-24", "12:00", "datetime")]
    text = HEAD + "5. Quotations must be delivered by (5:00 pm JST) on Friday, 24.03.2028.\n"
    assert found(text) == [("submission", "2028-03-24", "17:00", "datetime")]


def test_an_events_hours_from_jst_after_a_year_first_date():
    text = HEAD + "3. An online briefing will be held on 2028/03/01 (Wed.) from JST 14:00 to\nJST 15:30 via web conference.\n"
    assert found(text) == [("other", "2028-03-01", "14:00", "datetime")]


def test_an_ordinal_day_with_its_article_after_its_weekday():
    text = "Call for exhibitors\n\n" + (
        "- Questions can be sent by e-mail until 5 p.m. on Friday the 12th of May 2028.\n"
        "- Interviews will be held on Wednesday the 14th of June 2028.\n"
    )
    assert found(text) == [("question", "2028-05-12", "17:00", "datetime"), ("hearing", "2028-06-14", None, "date")]


def test_a_year_less_day_after_no_later_than_or_week_commencing():
    text = "Call for exhibitors 2028\n\n" + (
        "- Registration for the briefing: please let us know no later than 5 May.\n"
        "- Proposals must reach us by Friday 19 May 2028.\n"
        "- Clarification interviews (online, only if needed): w/c 29 May.\n"
    )
    assert found(text) == [
        ("other", "2028-05-05", None, "date"),
        ("submission", "2028-05-19", None, "date"),
        ("hearing", "2028-05-29", None, "date"),
    ]
