"""Year-less dates whose year a notice states once at its head (each test a few lines written for its class)."""

from tests.extractor_found import found


def test_a_month_and_year_on_a_title_slide_gives_the_year_of_the_schedule():
    text = (
        "Bidders' Briefing\n"
        "Harbour Signage Renewal\n"
        "March 2031  |  Kiriumi Prefectural Office\n"
        "\n"
        "Timeline\n"
        "Mon 10 Mar        Tender notice published\n"
        "Fri 21 Mar 17:00  Questions close\n"
        "Fri 4 Apr 12:00   Bids due\n"
    )
    assert found(text) == [
        ("published", "2031-03-10", None, "date"),
        ("question", "2031-03-21", "17:00", "datetime"),
        ("submission", "2031-04-04", "12:00", "datetime"),
    ]


def test_a_japanese_documents_month_under_its_title_gives_the_year():
    text = (
        "説明会資料\n"
        "港湾案内板更新業務\n"
        "令和13年3月\n"
        "霧海県港湾課\n"
        "\n"
        "日程\n"
        "3月10日(月) 公告\n"
        "3月21日(金)17時 質問締切\n"
        "4月4日(金)正午 企画提案書提出期限\n"
    )
    assert found(text) == [
        ("published", "2031-03-10", None, "date"),
        ("question", "2031-03-21", "17:00", "datetime"),
        ("submission", "2031-04-04", "12:00", "datetime"),
    ]


def test_an_english_date_at_the_head_gives_the_year_and_weekdays_check_it():
    text = (
        "Bidders' Briefing\n"
        "Harbour Signage Renewal\n"
        "24 March 2031\n"
        "\n"
        "Timeline\n"
        "Mon 10 Mar        Tender notice published\n"
        "Fri 21 Mar 17:00  Questions close\n"
        "Fri 9 Jan 12:00   Bids due\n"  # (a Friday in 2032, not in 2031: the weekday turns the year)
    )
    assert found(text) == [
        ("published", "2031-03-10", None, "date"),
        ("question", "2031-03-21", "17:00", "datetime"),
        ("submission", "2032-01-09", "12:00", "datetime"),
    ]


def test_a_page_published_on_a_website_names_where_the_answers_go():
    text = "Answers published on web page 25 June 2031\n"
    assert found(text) == [("answer", "2031-06-25", None, "date")]
