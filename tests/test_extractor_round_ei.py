"""A notice copied as one line (a PDF's text layer or a portal page, every line break a space) reads as the notice as
written (round ei): each test a text written for its device, as written and run onto one line."""

from tests.extractor_found import found, one_line

# --- a page of numbered questions and their answers ---------------------------------------------------------------

FAQ = (
    "風見町放課後子ども教室運営業務委託 公募型プロポーザル よくある質問\n"
    "　事業者の皆さまから多く寄せられる質問と回答をまとめました。\n"
    "　このページの内容は実施要領の補足です。内容に相違がある場合は実施要領が優先します。\n"
    "■ 業務について\n"
    "Q1. どのような業務ですか？\n"
    "A1. 町内の小学校3校で放課後子ども教室を運営する業務です。詳しくは仕様書をご覧ください。\n"
    "Q2. 委託期間はいつまでですか？\n"
    "A2. 令和10年4月1日から1年間です。\n"
    "■ 日程について\n"
    "Q3. 質問はいつまで受け付けてもらえますか？\n"
    "A3. 1月19日（水）午後5時までです。質問書を電子メールで送ってください。電話での質問はお受けしていません。\n"
    "Q4. 質問への回答はいつ掲載されますか？\n"
    "A4. 1月26日（水）までに、このページに掲載します。\n"
    "Q5. 参加申込の締切はいつですか？\n"
    "A5. 令和10年1月28日（金）午後5時15分（必着）です。\n"
    "Q6. プレゼンテーションはありますか？\n"
    "A6. はい。2月21日（月）に役場西庁舎2階の会議室で行う予定です。\n"
    "■ 問合せ先 風見町教育委員会 生涯学習課 電話 000-0000-0000\n"
)


def test_numbered_questions_and_answers_run_onto_one_line_begin_their_lines_again():
    expected = [
        ("question", "2028-01-19", "17:00", "datetime"),
        ("answer", "2028-01-26", None, "date"),
        ("application", "2028-01-28", "17:15", "datetime"),
        ("hearing", "2028-02-21", None, "date"),
    ]
    assert found(FAQ) == expected
    assert found(one_line(FAQ)) == expected  # (the hearing's answer no longer runs on from its question)


ENGLISH_FAQ = (
    "Hoshimi Prefecture - Questions and Answers No. 1\n"
    "Request for Proposals: Overseas Promotion of Local Crafts (FY2027)\n"
    "Q1. May a consortium apply?\n"
    "A1. Yes. The lead company submits the application on behalf of all members and\n"
    "signs the contract.\n"
    "Q2. Is there a page limit for the proposal?\n"
    "A2. Yes. The proposal may not exceed 30 pages of A4, excluding annexes and the\n"
    "cost breakdown.\n"
    "Q3. When will the presentations be held?\n"
    "A3. Presentations will be held online on Thursday, 30 September 2027.\n"
    "Q4. When will the contract be concluded?\n"
    "A4. The contract is expected to be concluded in\n"
    "late October 2027, after the selection committee reports.\n"
    "Proposals are due by 5:00 p.m. JST on Friday, 17 September 2027.\n"
)


def test_an_english_answer_run_onto_one_line_keeps_its_wrapped_words():
    # an English answer's line wraps in mid-sentence: 「A4. The contract …」 is no line cut from what runs on after it
    expected = [
        ("submission", "2027-09-17", "17:00", "datetime"),
        ("hearing", "2027-09-30", None, "date"),
        ("contract", "2027-10-01", None, "late_month"),
    ]
    assert found(ENGLISH_FAQ) == expected
    assert found(one_line(ENGLISH_FAQ)) == expected


# --- an English document's numbered sections ----------------------------------------------------------------------

TENDER = (
    "KASUMI CITY HARBOUR BUREAU\n"
    "\n"
    "NOTICE OF TENDER\n"
    "Kasumi Ferry Terminal Cleaning and Security Services\n"
    "\n"
    "1. OUTLINE\n"
    "1.1 The Bureau invites tenders for the cleaning and security services\n"
    "    of the Kasumi Ferry Terminal described in the Specifications.\n"
    "1.2 Tender documents are available on the Bureau's procurement page.\n"
    "\n"
    "2. ELIGIBILITY\n"
    "2.1 Be registered on the Bureau's list of qualified contractors\n"
    "    (building maintenance).\n"
    "2.2 Not be suspended from bidding by Kasumi City on the day of\n"
    "    opening of tenders.\n"
    "\n"
    "3. SCHEDULE\n"
    "  3-1 Publication of this notice ........... Monday, 10 January 2028\n"
    "  3-2 Deadline for written questions ....... Friday, 21 January 2028\n"
    "  3-3 Deadline for tenders ................. Friday, 18 February 2028\n"
    "  3-4 Opening of tenders ................... Tuesday, 22 February 2028\n"
    "\n"
    "4. CONTACT\n"
    "Contracts Section, Kasumi City Harbour Bureau\n"
    "E-mail: terminal-tender@city.kasumi.example.jp\n"
)


def test_an_english_notices_numbered_sections_run_onto_one_line_begin_their_lines_again():
    expected = [
        ("published", "2028-01-10", None, "date"),
        ("question", "2028-01-21", None, "date"),
        ("submission", "2028-02-18", None, "date"),
        ("other", "2028-02-22", None, "date"),
    ]
    assert found(TENDER) == expected
    assert found(one_line(TENDER)) == expected  # (each step's date no longer read under the step before)


def test_a_range_of_days_after_a_section_is_no_section_of_its_own():
    text = TENDER.replace(
        "  3-1 Publication of this notice ........... Monday, 10 January 2028\n",
        "  3-1 Interviews ......................... 1-2 March 2028\n",
    )
    # (「1-2 March」 follows 「3-1」 as a section's number would: a month's name after it keeps them the step's days)
    assert ("hearing", "2028-03-01", None, "date") in found(one_line(text))
