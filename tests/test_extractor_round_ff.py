"""Dates that are no step of the call (round ff): how long a quote or a bid's security binds, and the date that
opens an attached file's name; each test a few lines written for its case, as written and run onto one line."""

from tests.extractor_found import found, one_line

# --- a quote's or a bid security's validity ---------------------------------------------------------------------

_RFQ = (
    "REQUEST FOR QUOTATION No. RFQ-2027-014\n"
    "Supply of interpretation equipment for the Asagiri Forum\n"
    "\n"
    "1. Deadline for quotations: 12:00 noon (Japan time), Friday, 5th March 2027.\n"
    "2. The Office expects to notify all companies of the outcome on or about 19 March 2027.\n"
    "\n"
    "Annex 2: Quotation form\n"
    "Company name: ______________\n"
)
_RFQ_FOUND = [
    ("submission", "2027-03-05", "12:00", "datetime"),
    ("result", "2027-03-19", None, "date"),
]


def test_the_day_a_quotation_is_valid_until_is_no_step():
    # (run onto one line, the form's line is read with the lines before it: not checked here)
    text = _RFQ + "This quotation is valid until: ______________ (at least 31 May 2027)\n"
    assert found(text) == _RFQ_FOUND


def test_the_day_a_bid_security_is_valid_until_is_no_step():
    text = (
        "INVITATION TO BID No. ITB-2027-08\n"
        "1. Bids must be delivered to the Procurement Office no later than 2:00 p.m. on 14 June 2027.\n"
        "2. Each bid shall be accompanied by a bid security in the form of a bank guarantee valid until 12.10.2027.\n"
    )
    assert found(text) == [("submission", "2027-06-14", "14:00", "datetime")]
    assert found(one_line(text)) == [("submission", "2027-06-14", "14:00", "datetime")]


# --- a file's name that opens with its date -----------------------------------------------------------------------

_PAGE = (
    "月ヶ瀬町観光ポータル構築業務 企画提案競技\n"
    "\n"
    "■日程\n"
    "・事業者説明会　令和9年5月12日（水）午後2時\n"
    "・企画提案書の提出期限　令和9年6月4日（金）午後5時\n"
    "\n"
    "■添付ファイル\n"
)
_PAGE_FOUND = [
    ("other", "2027-05-12", "14:00", "datetime"),
    ("submission", "2027-06-04", "17:00", "datetime"),
]


def test_the_date_that_opens_an_attached_files_name_is_no_step():
    text = _PAGE + "20270518_説明会資料.pdf（2.1MB）\n20270520_質問回答.pdf (184 KB)\n"
    assert found(text) == _PAGE_FOUND
    assert found(one_line(text)) == _PAGE_FOUND


# --- a late clause restating the moment a named paper is due --------------------------------------------------------


def test_submissions_received_after_the_named_papers_deadline_restate_it():
    text = (
        "REQUEST FOR EXPRESSIONS OF INTEREST\n"
        "Consulting services for the Hoshizora irrigation survey\n"
        "\n"
        "1. Last date for clarification requests: 4 PM Japan time on 14th May, 2027\n"
        "2. Last date for submission of Expressions of Interest: 4 PM Japan time on 28th May, 2027\n"
        "\n"
        "6. Submission of Expressions of Interest\n"
        "(a) The EOI shall be submitted in English, in PDF format, by e-mail only.\n"
        "(b) Submissions received after 4 PM Japan time on Friday, 28th May, 2027 will not be considered.\n"
    )
    expected = [("question", "2027-05-14", "16:00", "datetime"), ("application", "2027-05-28", "16:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_call_period_and_its_late_clause_end_at_the_paper_due_on_its_last_day():
    text = (
        "参加意思確認書の提出を求める公募について\n"
        "１．日程\n"
        "│ 1 │質問書の提出期限                    │2027年3月5日（金）17時00分              │\n"
        "│ 2 │参加意思確認書の提出期限            │2027年3月12日（金）17時00分（必着）     │\n"
        "│ 3 │審査結果の通知                      │2027年3月19日（金）（予定）              │\n"
        "　※　公募期間は、2027年2月22日（月）から2027年3月12日（金）までとする。\n"
        "２．参加意思確認書の提出等\n"
        "（１）公募要領の交付\n"
        "　　本公募要領は、ホームページの「調達情報」欄からダウンロードにより交付する。\n"
        "（２）提出書類\n"
        "　　①　参加意思確認書（様式１）　1部\n"
        "（３）提出期限\n"
        "　　2027年3月12日（金）17時00分（必着）\n"
        "　　公募期間の最終日である同日の17時00分を過ぎて到着したものは、いかなる理由があっても受け付けない。\n"
    )
    expected = [
        ("question", "2027-03-05", "17:00", "datetime"),
        ("application", "2027-03-12", "17:00", "datetime"),
        ("result", "2027-03-19", None, "date"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- a page's list of news posts ---------------------------------------------------------------------------------

_NOTICE = (
    "学習用電子黒板賃貸借（一般競争入札）\n"
    "\n"
    "1 日程\n"
    "(1) 入札参加資格確認申請書の提出期限　令和9年6月9日（水曜日）午後5時\n"
    "(2) 開札　令和9年6月23日（水曜日）午前10時\n"
)
_NOTICE_FOUND = [
    ("application", "2027-06-09", "17:00", "datetime"),
    ("other", "2027-06-23", "10:00", "datetime"),
]


def test_the_posts_listed_under_a_pages_news_heading_are_no_steps():
    text = (
        "入札・契約の新着情報\n"
        "2027年6月1日　令和10・11年度 競争入札参加資格審査申請（定期受付）について（受付期間：令和9年7月1日～令和9年8月16日）\n"
        "2027年5月28日　市道朝霧線舗装補修工事の入札結果を掲載しました\n"
        "\n"
        "新着情報一覧へ\n"
        "\n"
    ) + _NOTICE
    assert found(text) == _NOTICE_FOUND


def test_a_news_heading_run_onto_one_line_with_its_posts_gives_no_steps():
    # (「<h3>新着情報</h3><ul><li>2027.05.20 …」 with its tags taken out; the whole text run onto one line: not checked)
    text = _NOTICE + "  新着情報   2027.05.20 企画提案の募集について  2027.05.10 令和9年度 総会のお知らせ\n"
    assert found(text) == _NOTICE_FOUND
