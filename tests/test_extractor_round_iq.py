"""English windows closed by their daily hours, a bilingual weekday with the time after it, an English row of the
application's papers and the technical proposal, and a page's list of related notices (round iq): each test a few
lines written for its rule."""

from tenders.extractor.dates import find_mentions
from tests.extractor_found import found, one_line

# --- an English window's start written without its year ----------------------------------------------------


def test_an_english_windows_start_without_a_year_opens_the_window():
    starts = [(m.month, m.day, m.year, m.range_start) for m in find_mentions("between July 1 and July 9, 2026")]
    assert starts == [(7, 1, 2026, True), (7, 9, 2026, False)]
    starts = [(m.month, m.day, m.year, m.range_start) for m in find_mentions("from 3 August to 14 August 2026")]
    assert starts == [(8, 3, 2026, True), (8, 14, 2026, False)]
    starts = [(m.month, m.day, m.year, m.range_start) for m in find_mentions("Dec 21 - Jan 8, 2027")]
    assert starts == [(12, 21, 2026, True), (1, 8, 2027, False)]  # (the year before: its month comes after the end's)


def test_a_changes_old_day_and_a_bare_and_open_no_window():
    said = find_mentions("The deadline was moved from May 18 to May 25, 2027.")
    assert [(m.month, m.day, m.range_start) for m in said] == [(5, 25, False)]
    said = find_mentions("Form 2 and July 9, 2026")  # (「and」 opens a window only after 「between」)
    assert [(m.month, m.day, m.range_start) for m in said] == [(7, 9, False)]


# --- its daily hours close its last day, in English as in Japanese -----------------------------------------


def test_an_english_window_ends_at_the_closing_hour_written_after_it():
    text = "Expressions of interest will be received between 3 August and 14 August 2026, from 10:00 a.m. to 4:00 p.m.\n"
    assert found(text) == [("application", "2026-08-14", "16:00", "datetime")]
    text = "Application Form: Nov 2 - Nov 13, 2026 (10:00-16:00, weekdays)\n"
    assert found(text) == [("application", "2026-11-13", "16:00", "datetime")]


def test_the_hours_told_in_the_sentence_after_the_window_close_it():
    text = (
        "Please hand in the entry form between July 1 and July 9, 2026. The counter is open from 9:00 AM to 5:00 PM"
        " on weekdays. Late forms are not accepted.\n"
    )
    assert found(text) == [("application", "2026-07-09", "17:00", "datetime")]


def test_another_answers_hours_run_onto_the_line_close_no_window():
    text = (
        "Q4. When can we apply?\n"
        "A. Please hand in the entry form between July 1 and July 9, 2026. The counter is open from 9:00 AM to 5:00 PM"
        " on weekdays.\n"
        "\n"
        "Q5. Can we visit the museum?\n"
        "A. The museum is open from 9:00 AM to 7:00 PM every day, and you are welcome to visit.\n"
        "\n"
        "Q6. When are the results?\n"
        "A. The results will be sent in late July 2026.\n"
    )
    assert found(one_line(text))[0] == ("application", "2026-07-09", "17:00", "datetime")


def test_an_office_closed_over_a_window_is_no_step():
    text = (
        "Proposals must arrive by 5:00 p.m. on 20 January 2027.\n"
        "Please note that the liaison desk will be\n"
        "  closed from 29th December to 3rd January 2027. Enquiries during this\n"
        "  period should be sent by e-mail.\n"
    )
    assert found(text) == [("submission", "2027-01-20", "17:00", "datetime")]


# --- a bilingual weekday bracket: the time after it is the date's ------------------------------------------


def test_a_time_after_a_bilingual_weekday_is_the_dates():
    text = (
        "参加申込期限 / Deadline for Entry\n"
        "2026-11-20 (金 / Fri) 16:00 必着 / must arrive\n"
        "\n"
        "企画提案書の提出期限 / Deadline for Proposals\n"
        "2026/12/4 (Fri/金) 12:00 正午 / noon\n"
    )
    assert found(text) == [
        ("application", "2026-11-20", "16:00", "datetime"),
        ("submission", "2026-12-04", "12:00", "datetime"),
    ]


# --- an English row of the application's papers and the technical proposal ---------------------------------


def test_the_application_papers_and_technical_proposal_are_a_step_each():
    text = (
        "| Step | Date |\n"
        "|---|---|\n"
        "| Deadline for submission of eligibility documents and technical proposal | 12 October 2026, 17:00 |\n"
        "| Opening of tenders | 26 October 2026, 10:00 |\n"
    )
    assert found(text) == [
        ("application", "2026-10-12", "17:00", "datetime"),
        ("submission", "2026-10-12", "17:00", "datetime"),
        ("other", "2026-10-26", "10:00", "datetime"),
    ]


# --- a page's list of related notices ----------------------------------------------------------------------


def test_a_pages_related_notices_are_no_steps():
    text = (
        "Tenders must arrive by 5:00 p.m., 21 May 2027.\n"
        "\n"
        "Related links\n"
        "- Invitation to Tender: Harbour Crane Renewal (2 April 2027)\n"
        "- Tender results: Pier 3 Fenders (12 March 2027)\n"
        "\n"
        "Contact\n"
        "Port Office, Tel 000-0000-0000\n"
    )
    assert found(text) == [("submission", "2027-05-21", "17:00", "datetime")]


# --- a bilingual schedule of three-line rows (a Japanese key, its English gloss, the date) run onto one line ------

SCHEDULE_HEAD = (
    "汐見市告示第88号\n"
    "Shiomi City Public Notice No. 88\n"
    "\n"
    "多言語観光案内板デザイン業務 公募型プロポーザルの実施について\n"
    "Public Proposal for the Multilingual Tourist Signage Design Project\n"
    "\n"
    "多言語観光案内板デザイン業務の受託者を公募型プロポーザル方式により選定するため、次のとおり公告する。\n"
    "Shiomi City hereby gives public notice that it will select the contractor for the project as set out below.\n"
    "\n"
    "2026-10-01\n"
    "汐見市長 森下 透\n"
    "Toru Morishita, Mayor of Shiomi City\n"
    "\n"
    "作成日 / Prepared: 2026-09-28\n"
    "最終更新 / Last updated: 2026-10-16\n"
    "\n"
)


def test_a_bilingual_rows_label_is_its_key_and_gloss_after_the_blank_line():
    text = SCHEDULE_HEAD + (
        "3 日程 / Schedule\n"
        "時刻は日本時間 / Times are Japan Standard Time (JST)\n"
        "\n"
        "公告日\nDate of Public Notice\n2026-10-01 (木 / Thu)\n"
        "\n"
        "説明会参加申込期限\nRegistration Deadline for the Site Briefing\n2026-10-06 (火 / Tue) 12:00\n"
        "\n"
        "説明会\nSite Briefing\n2026-10-08 (木 / Thu) 10:00–11:00\n"
        "\n"
        "質問受付期限\nDeadline for Questions\n2026-10-09 (金 / Fri) 17:00\n"
        "\n"
        "質問への回答\nAnswers to Questions\n2026-10-16 (金 / Fri) 予定 / planned\n"
        "\n"
        "企画提案書の提出期限\nDeadline for Proposals\n2026-10-30 (金 / Fri) 12:00 正午 / noon\n"
    )
    expected = [
        ("published", "2026-10-01", None, "date"),
        ("other", "2026-10-06", "12:00", "datetime"),
        ("other", "2026-10-08", "10:00", "datetime"),
        ("question", "2026-10-09", "17:00", "datetime"),
        ("answer", "2026-10-16", None, "date"),
        ("submission", "2026-10-30", "12:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_long_key_with_its_gloss_run_onto_its_line_still_labels_its_date():
    text = (
        "4 日程 / Schedule\n"
        "時刻は日本時間 / All times are Japan Standard Time\n"
        "\n"
        "公告日\nDate of Notice\n2026-10-01 (木 / Thu)\n"
        "\n"
        "質問受付期限\nDeadline for Questions\n2026-10-09 (金 / Fri) 17:00\n"
        "\n"
        "質問への回答\nAnswers to Questions\n2026-10-16 (金 / Fri) 予定 / planned\n"
        "\n"
        "参加申込書の提出期限\nDeadline for the Entry Form\n2026-10-23 (金 / Fri) 17:00 必着 / must arrive\n"
        "\n"
        "企画提案書の提出期限\nDeadline for Proposals\n2026-10-30 (金 / Fri) 12:00 正午 / noon\n"
        "\n"
        "一次審査(書類審査)結果通知\nNotice of the Results of the Document Screening\n2026-11-06 (金 / Fri)\n"
    )
    assert found(one_line(text))[-1] == ("result", "2026-11-06", None, "date")
