"""Change notices, third pass (round lr): a call's own page whose title carries the tag of an edit
(「…公募型プロポーザルについて【日程を変更しました】」) over a 「当初の日程 | 変更後の日程」 table, one cell a line, is the call as
it now stands (its 「変更なし」 rows count with their values; the old cells of the rows it moved do not), also run onto one
line; a page's file link 「スケジュール新旧対照表(PDF:…)」 is no key of old dates; an English amendment letter dated on a line
of its own over 「AMENDMENT No. 1」, whose 「Delete: "…"」 clauses quote the dates it replaces and whose history (「issued
on」, 「held on」) lies before its own day. Each test a few invented lines."""

from tests.extractor_found import found, one_line

CALL_PAGE = (
    "ホーム > 事業者の方へ > 入札・契約 > 楠野市観光案内サイト改修業務委託に係る公募型プロポーザルについて【日程を変更しました】\n"
    "楠野市観光案内サイト改修業務委託に係る公募型プロポーザルについて【日程を変更しました】\n"
    "更新日 2027年5月20日\n"
    "\n"
    "令和9年5月20日　審査会場の都合により、以下のとおり日程を変更しました。「変更なし」の項目は当初の日程のとおりです。\n"
    "\n"
    "業務名\n"
    "楠野市観光案内サイト改修業務委託\n"
    "履行期間\n"
    "契約締結日から令和10年3月31日(金曜日)まで\n"
    "\n"
    "スケジュール\n"
    "項目\n"
    "当初の日程\n"
    "変更後の日程\n"
    "公募開始\n"
    "令和9年5月10日(月曜日)\n"
    "変更なし\n"
    "参加申込書の提出期限\n"
    "令和9年5月24日(月曜日)午後5時\n"
    "変更なし\n"
    "企画提案書の提出期限\n"
    "令和9年6月7日(月曜日)正午\n"
    "令和9年6月14日(月曜日)正午\n"
    "プレゼンテーション審査\n"
    "令和9年6月中旬\n"
    "令和9年6月下旬\n"
    "\n"
    "関連ファイル\n"
    "実施要領(PDF:300KB)\n"
    "スケジュール新旧対照表(PDF:40KB)\n"
    "質問への回答(令和9年5月28日掲載予定)\n"
)

CALL_PAGE_STEPS = [
    ("published", "2027-05-10", None, "date"),
    ("application", "2027-05-24", "17:00", "datetime"),
    ("submission", "2027-06-14", "12:00", "datetime"),
    ("hearing", "2027-06-01", None, "late_month"),
]


def test_a_call_page_tagged_as_edited_keeps_its_unchanged_rows_and_the_new_values():
    assert found(CALL_PAGE) == CALL_PAGE_STEPS


def test_a_call_page_tagged_as_edited_run_onto_one_line_tells_the_old_cells_from_the_new():
    assert found(one_line(CALL_PAGE)) == CALL_PAGE_STEPS


def test_a_separate_change_notice_with_the_same_table_still_leaves_its_unchanged_rows_out():
    text = (  # (must not: the title names the change, no call's page: what it restates as unchanged stays out)
        "楠野市観光案内サイト改修業務委託に係る公募型プロポーザルの日程変更について\n"
        "\n"
        "令和9年5月10日に公表した標記プロポーザルについて、次のとおり日程を変更します。\n"
        "\n" + CALL_PAGE[CALL_PAGE.index("項目\n") : CALL_PAGE.index("\n関連ファイル")]
    )
    assert found(text) == [
        ("submission", "2027-06-14", "12:00", "datetime"),
        ("hearing", "2027-06-01", None, "late_month"),
    ]


def test_a_call_page_title_with_a_bracketed_correction_is_still_a_correction():
    text = (  # (must not: 「…について（変更）」 is the title of a separate notice, no tag of a page's edit)
        "楠野市告示第88号\n"
        "楠野市観光案内サイト改修業務委託に係る公募型プロポーザルの実施について（変更）\n"
        "\n"
        "令和9年5月10日付けで告示した標記プロポーザルの日程を次のとおり変更する。\n"
        "\n"
        "項目\t変更前\t変更後\n"
        "参加申込書の提出期限\t令和9年5月24日(月曜日)午後5時\t変更なし\n"
        "企画提案書の提出期限\t令和9年6月7日(月曜日)正午\t令和9年6月14日(月曜日)正午\n"
    )
    assert found(text) == [("submission", "2027-06-14", "12:00", "datetime")]


AMENDMENT = (
    "KITAURA REGIONAL PORTS AUTHORITY\n"
    "Procurement Section\n"
    "\n"
    "3 March 2028\n"
    "\n"
    "AMENDMENT No. 1\n"
    "to the Bidding Documents for ITB No. KRPA/ITB/2028/011 (Supply of Mooring Buoys)\n"
    "\n"
    "1. Reference is made to the Invitation to Bid issued on 14 February 2028.\n"
    "2. Following the pre-bid meeting held on Monday, 28 February 2028, the Bidding Documents are amended as follows.\n"
    "\n"
    "ITB 7.1 - Clarification of Bidding Documents\n"
    'Delete: "Requests for clarification must be received no later than Friday, 10 March 2028, 17:00 hours."\n'
    'Replace with: "Requests for clarification must be received no later than Friday, 17 March 2028, 17:00 hours."\n'
    "\n"
    "ITB 25.1 - Bid opening\n"
    'Delete: "The Bid opening shall take place at 14:30 hours on 24 March 2028, Meeting Room B."\n'
    'Replace with: "The Bid opening shall take place at 14:30 hours on Friday, 31 March 2028, Meeting Room B."\n'
    "\n"
    "All other terms and conditions remain unchanged.\n"
)


def test_an_amendment_letter_keeps_the_replacing_dates_only():
    assert found(AMENDMENT) == [
        ("question", "2028-03-17", "17:00", "datetime"),
        ("other", "2028-03-31", "14:30", "datetime"),
    ]


def test_a_delete_clause_closed_leaves_the_dates_after_it_alone():
    text = (  # (must not: the quote 「Delete: "…"」 closed, the new step after it is no old value)
        "AMENDMENT No. 3\n"
        "ITB 8.1 - Site visit\n"
        'Delete: "Attendance is mandatory." Replace with: "Attendance is not mandatory."\n'
        "A site visit will be held on Thursday, 16 March 2028 at 10:00 hours (new entry).\n"
    )
    assert ("other", "2028-03-16", "10:00", "datetime") in found(text)
