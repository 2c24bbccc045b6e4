"""Notices read as well in one line as as written (round ga): each test a few lines written for its class, run onto
one line as a PDF's text layer or a portal page gives them."""

from tests.extractor_found import found, one_line

# --- an English table whose cells tabs part ---------------------------------------------------------------


ENGLISH_TABLE = (
    "Harbour City Tourism Office\n"
    "Call for Proposals: Promotion of the Harbour Festival in Overseas Markets\n"
    "The Office invites proposals from companies with experience of promotion abroad. Proposals are assessed on their\n"
    "plan, their cost and the company's record, by a committee of five members.\n"
    "\n"
    "Schedule\n"
    "Step\tDate\tRemarks\n"
    "Call opens\tWed 2 June 2027\tGuidelines on the Office website\n"
    "Registration for the briefing\tMon 14 June 2027, 12:00\tOnline form\n"
    "Question deadline\tFri 18 June 2027, 17:00\tE-mail only (Form 2)\n"
    "Proposal deadline\tFri 9 July 2027, 17:00\tBy post, must arrive\n"
    "Contract\tAugust 2027\tAfter approval of the budget\n"
    "\n"
    "Contact: Harbour City Tourism Office, promotion team, 000-0000-0000\n"
)


def test_an_english_tables_rows_are_told_by_the_capital_that_begins_each():
    assert found(one_line(ENGLISH_TABLE)) == [
        ("published", "2027-06-02", None, "date"),
        ("other", "2027-06-14", "12:00", "datetime"),
        ("question", "2027-06-18", "17:00", "datetime"),
        ("submission", "2027-07-09", "17:00", "datetime"),
        ("contract", "2027-08-01", None, "month"),
    ]


# --- a table of records whose cells tabs part ------------------------------------------------------------


RECORDS_TABLE = (
    "北浜地方事務所\n"
    "トップページ > 調達情報 > オープンカウンター\n"
    "\n"
    "令和9年度　オープンカウンター実施案件一覧\n"
    "\n"
    "当所では、少額随意契約の透明性を確保するため、予定価格が一定額以下の物品購入・役務について見積書を募ります。\n"
    "参加を希望される方は、各案件の仕様書等をダウンロードし、見積書提出期限までに提出してください。\n"
    "\n"
    "【実施中の案件】\n"
    "No.\t掲載日\t件名\t見積書提出期限\t開封日時\t担当\n"
    "27-03\t6/1(火)\t窓付封筒（所名入り）の印刷 10,000枚\t6/8(火) 12:00\t6/9(水) 10:00\t会計係\n"
    "27-04\t6/3(木)\t本庁舎空調設備（3台）保守業務（令和9年8月～令和10年3月）\t6/10(木) 17:00\t6/11(金) 10:00\t会計係\n"
    "27-05\t6/3(木)\tプリンタ用トナーの購入（8品目）\t6/14(月) 12:00\t6/14(月) 14:00\t会計係\n"
    "\n"
    "【問合せ先】\n"
    "北浜地方事務所 会計係 電話：000-0000-0000\n"
)


def test_a_records_row_goes_on_after_a_tab_past_a_cell_of_no_date():
    assert found(one_line(RECORDS_TABLE)) == [
        ("submission", "2027-06-08", "12:00", "datetime"),
        ("other", "2027-06-09", "10:00", "datetime"),
        ("submission", "2027-06-10", "17:00", "datetime"),
        ("other", "2027-06-11", "10:00", "datetime"),
        ("submission", "2027-06-14", "12:00", "datetime"),
        ("other", "2027-06-14", "14:00", "datetime"),
    ]
