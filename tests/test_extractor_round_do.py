"""English-language notices of Japanese procurement (round do): each test a few lines written for its class."""

from tests.extractor_found import found

# --- an event held over several days starts on its first ----------------------------------------------------


def test_a_hearing_over_a_few_days_is_recorded_on_its_first_day():
    text = "二次審査（ヒアリング）\n令和9年6月8日（火）～10日（木）\n"
    assert found(text) == [("hearing", "2027-06-08", None, "date")]
    text = "Shortlisted bidders' interviews    2027/06/08 (Tue) - 06/10 (Thu)\n"
    assert found(text) == [("hearing", "2027-06-08", None, "date")]
    # (a sounding's dialogue period stays a window; a hearing moved from one day to another is on the new one)
    text = "個別対話の実施\n令和9年6月8日（火）～10日（木）\n"
    assert found(text)[-1][1] == "2027-06-10"
    text = "ヒアリングの実施日を、令和9年6月8日（火）から令和9年6月10日（木）に変更します。\n"
    assert found(text)[-1][1] == "2027-06-10"


# --- the notice's own date, not one of a related notice listed --------------------------------------------------


def test_a_related_notices_date_of_notice_is_not_the_calls_publication():
    text = (
        "Date of notice\n"
        "  2027/03/12\n"
        "Time-limit for tender: 12:00 noon 20 April, 2027\n"
        "\n"
        "Related notices\n"
        "  Supply of Reagents for Marine Sampling (Date of notice: 2027/01/15)\n"
    )
    assert found(text) == [
        ("published", "2027-03-12", None, "date"),
        ("submission", "2027-04-20", "12:00", "datetime"),
    ]


# --- a numbered heading over its generic 「(1) Period」「(1) Acceptance」 keys ----------------------------------


def test_a_headed_period_or_acceptance_key_takes_the_headings_step():
    text = (
        "Notice of tender\n"
        "\n"
        "3. Distribution and Viewing of Tender Documents\n"
        " (1) Period: From 2nd June 2027 (Wed.) to 25th June 2027 (Fri.)\n"
        "4. Submission of Application Documents (Documents for Confirmation of Qualification)\n"
        " (1) Period: From 09:00 on 2nd June 2027 (Wed.) to 16:00 on 14th June 2027 (Mon.)\n"
        "5. Questions Concerning the Specifications\n"
        " (1) Acceptance: Until 16:00 on 9th June 2027 (Wed.), by e-mail\n"
    )
    got = found(text)
    assert ("published", "2027-06-02", None, "date") in got
    assert ("question", "2027-06-09", "16:00", "datetime") in got
    assert ("application", "2027-06-14", "16:00", "datetime") in got  # (its kind in the heading's last words)
