"""English notices (round ez): a notice's own date keyed under its heading, and the window in which the tender
documents are handed out; each test a few lines written for its case, as written and run onto one line."""

from tests.extractor_found import found, one_line

# --- an English notice's own date keyed after its heading, the text run onto one line ------------------------------

_HEADED = (
    "Harbour Research Foundation\n"
    "(Public Interest Incorporated Foundation)\n"
    "\n"
    "CALL FOR PROPOSALS\n"
    "Production of a Visitor Guide Video for the Harbour Museum\n"
    "\n"
    "Date of announcement: 6 April 2027\n"
    "\n"
    "1. Purpose\n"
    "The Foundation selects, through this call, the contractor for a visitor guide video in four languages.\n"
    "\n"
    "2. Schedule\n"
    "(1) Deadline for questions: 5:00 p.m., Friday, 16 April 2027\n"
    "(2) Deadline for proposals: 5:00 p.m., Friday, 7 May 2027\n"
)
_HEADED_FOUND = [
    ("published", "2027-04-06", None, "date"),
    ("question", "2027-04-16", "17:00", "datetime"),
    ("submission", "2027-05-07", "17:00", "datetime"),
]


def test_an_english_notice_date_keyed_under_its_heading_is_its_publication_on_one_line():
    # (「… Harbour Museum  Date of announcement: 6 April 2027  1. Purpose」: the key's row starts after the heading's
    # gap, not inside the heading, whose date is no milestone)
    assert found(_HEADED) == _HEADED_FOUND
    assert found(one_line(_HEADED)) == _HEADED_FOUND


def test_a_notice_date_keyed_with_its_noun_first_is_its_publication_on_one_line():
    text = _HEADED.replace("Date of announcement:", "Notice date:")
    assert found(text) == _HEADED_FOUND
    assert found(one_line(text)) == _HEADED_FOUND


# --- the window in which the tender documents are handed out (交付期間) ----------------------------------------------

_TENDER = (
    "Notice of Open Competitive Tendering\n"
    "\n"
    "1. Subject: Supply of a marine survey echo sounder, 1 set\n"
    "2. Delivery: by 26 February 2027\n"
    "3. Procedure\n"
)
_TENDER_END = "(3) Time-limit for tender: 5:00 p.m., 9 November, 2026\n" "(4) Opening of tenders: 10:00 a.m., 12 November, 2026\n"
_TENDER_FOUND = [
    ("published", "2026-10-05", None, "date"),
    ("submission", "2026-11-09", "17:00", "datetime"),
    ("other", "2026-11-12", "10:00", "datetime"),
]


def test_the_period_of_providing_the_tender_documentation_is_the_publication_with_its_start():
    text = (
        _TENDER
        + "(1) Contact point: Contract Section, Finance Division.\n"
        + "(2) Period of providing the tender documentation: From 5 October, 2026 to 9 November, 2026.\n"
        + _TENDER_END
    )
    assert found(text) == _TENDER_FOUND
    assert found(one_line(text)) == _TENDER_FOUND


def test_obtaining_the_tender_documentation_is_the_publication_not_a_tender():
    text = (
        _TENDER
        + "(1) Contact point: Contract Section, Finance Division.\n"
        + "(2) Obtaining the tender documentation: download from the procurement page from 5 October, 2026 to 9 November, 2026.\n"
        + _TENDER_END
    )
    assert found(text) == _TENDER_FOUND
    assert found(one_line(text)) == _TENDER_FOUND


def test_a_tender_documents_heading_over_its_period_is_the_publication():
    text = (
        _TENDER
        + "(1) Contact point: Contract Section, Finance Division.\n"
        + "4. TENDER DOCUMENTS\n"
        + "4.1 Period: 2026/10/5 (Mon) to 2026/11/9 (Mon), 9:00-17:00 on business days.\n"
        + "4.2 Place: Contract Section.\n"
        + "5. TENDERS\n"
        + _TENDER_END
    )
    assert found(text) == _TENDER_FOUND


# --- a timeline's rows opened by the bullet 「•」 ---------------------------------------------------------------------

_BULLETED = (
    "Kestrel Coast Foundation - Call for Proposals: Evaluation of the Coastal Livelihoods Project\n"
    "\n"
    "Scope\n"
    "An independent final evaluation of the project, with a field visit and a report in English.\n"
    "\n"
    "Timeline\n"
    "All deadlines are Japan Standard Time.\n"
    "• Call opens: Monday, 10 May 2027\n"
    "• Deadline for questions: Wednesday, 19 May 2027, 17:00 JST\n"
    "• Deadline for proposals: Monday, 31 May 2027, 17:00 JST\n"
    "• Selection of the evaluator: late June 2027\n"
)
_BULLETED_FOUND = [
    ("published", "2027-05-10", None, "date"),
    ("question", "2027-05-19", "17:00", "datetime"),
    ("submission", "2027-05-31", "17:00", "datetime"),
    ("result", "2027-06-01", None, "late_month"),
]


def test_a_row_opened_by_a_bullet_is_read_as_a_marked_item():
    # (「• Call opens」: the bullet is the item's marker, as 「・」 is, so a label read from its start is named)
    assert found(_BULLETED) == _BULLETED_FOUND
    assert found(one_line(_BULLETED)) == _BULLETED_FOUND


def test_a_date_of_issue_keyed_under_a_reference_line_keeps_its_key_whole_on_one_line():
    # (「Reference No.: HRF/RFP/2027/04 Date of issue: 6 April 2027」 run onto one line: the row of the second key starts
    # at 「Date of」, not at its last word 「issue」)
    text = _HEADED.replace("Date of announcement:", "Reference No.: HRF/RFP/2027/04\nDate of issue:")
    assert found(text) == _HEADED_FOUND
    assert found(one_line(text)) == _HEADED_FOUND


# --- the contractor named in the scope of work ---------------------------------------------------------------------

_SCOPE = (
    "Harbour Research Foundation - Request for Proposals: Visitor Survey 2027\n"
    "\n"
    "1. Schedule\n"
    "(1) Deadline for proposals: 5:00 p.m., Friday, 7 May 2027\n"
    "(2) Contract signing: late May 2027\n"
    "\n"
    "2. Scope of work\n"
)


def test_a_duty_of_the_contractor_with_its_date_is_no_contract_step():
    # (「The contractor shall submit … by 30 September 2027」: the party named, a duty of the work, not the contract
    # signed; the contract's own row stays)
    text = (
        _SCOPE
        + "The contractor shall deliver the survey report by Thursday, 30 September 2027.\n"
        + "All costs of the fieldwork are borne by the contractor.\n"
    )
    expected = [("submission", "2027-05-07", "17:00", "datetime"), ("contract", "2027-05-01", None, "late_month")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- an English list of keyed items run onto one line --------------------------------------------------------------

_LISTED = (
    "Harbour Research Foundation - Request for Proposals: Visitor Shuttle Operation\n"
    "\n"
    "1. Overview\n"
    "The Foundation seeks an operator for the museum's visitor shuttle from April 2028.\n"
    "\n"
    "2. Timeline (Japan Standard Time)\n"
    "- RFP published: Mon 2 Aug 2027\n"
    "- Registration for the online Q&A session: by noon, Mon 9 Aug 2027\n"
    "- Online Q&A session: Wed 11 Aug 2027, 10:00-11:00 JST\n"
    "- Deadline for written questions: 17:00 JST, Tue 17 Aug 2027\n"
    "- Answers to written questions: by Tue 24 Aug 2027\n"
    "- Deadline for submission of proposals: Fri 17 Sep 2027, 12:00 noon JST\n"
    "- Notification of award: late October 2027\n"
)
_LISTED_FOUND = [
    ("published", "2027-08-02", None, "date"),
    ("other", "2027-08-09", "12:00", "datetime"),
    ("other", "2027-08-11", "10:00", "datetime"),
    ("question", "2027-08-17", "17:00", "datetime"),
    ("answer", "2027-08-24", None, "date"),
    ("submission", "2027-09-17", "12:00", "datetime"),
    ("result", "2027-10-01", None, "late_month"),
]


def test_an_english_list_item_run_onto_one_line_keeps_its_key_whole():
    # (「… Mon 2 Aug 2027 - Registration for the online Q&A session: by noon」: the item's row starts at its 「-」, not at
    # the key's last word 「session」, so each date keeps its own step)
    assert found(_LISTED) == _LISTED_FOUND
    assert found(one_line(_LISTED)) == _LISTED_FOUND


# --- where a row's step is put up by its date, written after the date -----------------------------------------------

_POSTED = (
    "| No. | Step / 手続 | Date | 日程 |\n"
    "|---|---|---|---|\n"
    "| 1 | Deadline for questions / 質問受付期限 | Tue., May 18, 2027, 17:00 (JST) | 2027年5月18日(火)17:00 |\n"
    "| 2 | Answers to questions / 質問への回答 | By Mon., May 24, 2027 (on this page) | 2027年5月24日(月)までに本ページに掲載 |\n"
    "| 3 | Deadline for proposals / 企画提案書提出期限 | Fri., June 11, 2027, 17:00 (JST) | 2027年6月11日(金)17:00 |\n"
)
_POSTED_FOUND = [
    ("question", "2027-05-18", "17:00", "datetime"),
    ("answer", "2027-05-24", None, "date"),
    ("submission", "2027-06-11", "17:00", "datetime"),
]


def test_the_page_a_step_is_posted_on_by_its_date_names_no_step_of_its_own():
    # (「2027年5月24日(月)までに本ページに掲載」: the answers of the row are put up on the page by then, no publication)
    text = (
        "Call for Proposals: Inbound Digital Content / インバウンド向けデジタルコンテンツ制作業務 企画提案募集\n"
        "\n"
        "1. Outline / 概要\n"
        "The Prefecture invites proposals for the production of digital content for visitors from abroad.\n"
        "県は、海外からの旅行者向けデジタルコンテンツの制作について企画提案を募集します。\n"
        "\n"
        "2. Schedule / 日程\n" + _POSTED + "\n3. Eligibility / 参加資格\n"
        "Applicants must be registered in the Prefecture's list of qualified suppliers.\n"
    )
    assert found(text) == _POSTED_FOUND
    assert found(one_line(text)) == _POSTED_FOUND


# --- the sentence that opens an English call -----------------------------------------------------------------------


def test_the_sentence_inviting_proposals_names_no_step():
    # (「This Call invites proposals for a campaign … between December 2027 and February 2028」: the work's season, no
    # hand-in; the call's own deadline stays)
    text = (
        _SCOPE.replace("2. Scope of work\n", "")
        + "3. Purpose\n"
        + "This Call invites proposals for a winter campaign for visitors from Europe, to run in March 2028.\n"
    )
    expected = [("submission", "2027-05-07", "17:00", "datetime"), ("contract", "2027-05-01", None, "late_month")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_tenders_invited_as_follows_over_the_signature_date_is_no_tender():
    text = (
        "Notice of Open Competitive Tendering\n"
        "\n"
        "Tenders are hereby invited as follows.\n"
        "5 October, 2026\n"
        "President, Harbour Research Institute\n"
        "\n"
        "1. Subject: Supply of a marine survey echo sounder, 1 set\n"
        "2. Procedure\n" + _TENDER_END
    )
    expected = _TENDER_FOUND[1:]
    assert found(text) == expected
    assert found(one_line(text)) == expected
