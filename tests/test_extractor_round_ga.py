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


# --- a sheet's row whose first cells are empty, after a row whose last one is --------------------------


SHEET_WITH_EMPTY_CELLS = (
    "朝霧町観光パンフレット制作業務に係る公募型プロポーザルの実施について\n"
    "\n"
    "朝霧町では、観光パンフレットの制作業務について、公募型プロポーザルにより受託候補者を選定します。\n"
    "参加を希望される方は、実施要領をご確認のうえ、期限までに必要書類を提出してください。\n"
    "\n"
    "■業務名　朝霧町観光パンフレット制作業務\n"
    "■委託期間　契約締結日から2028年2月25日まで\n"
    "■提案上限額　2,200,000円（消費税込み）\n"
    "■スケジュール（実施要領別表）\n"
    "\n"
    "No.\t工程\t日付\t曜日\t時刻\t備考\t\n"
    "1\t公募開始\t2027/5/10\t月\t\t町ホームページに掲載\t\n"
    "2\t質問受付\t2027/5/10\t月\t9:00\t受付開始\t\n"
    "\t\t2027/5/17\t月\t17:00\t締切（電子メールのみ）\t\n"
    "3\t企画提案書の提出\t2027/5/24\t月\t9:00\t受付開始\t\n"
    "\t\t2027/6/4\t金\t17:00\t締切（持参又は郵送・必着）\t\n"
    "4\t審査結果の通知\t6月下旬\t\t\t全参加者に書面で通知\t\n"
    "\n"
    "■問合せ先 朝霧町 企画課 電話：000-0000-0000\n"
)


def test_a_sheets_row_of_empty_first_cells_is_a_line_of_its_own():
    assert found(one_line(SHEET_WITH_EMPTY_CELLS)) == [
        ("published", "2027-05-10", None, "date"),
        ("question", "2027-05-17", "17:00", "datetime"),
        ("submission", "2027-06-04", "17:00", "datetime"),
        ("result", "2027-06-01", None, "late_month"),
    ]


# --- a table's last row before a blank line --------------------------------------------------------------


TABLE_BEFORE_BLANK_LINE = (
    "市民プール指定管理者の募集について\n"
    "\n"
    "市では、市民プールの管理運営を行う指定管理者を募集します。応募を希望する団体は、\n"
    "募集要項をご確認のうえ、期限までに申請書類を提出してください。指定期間は令和9年\n"
    "4月1日から令和14年3月31日までの5年間です。市民プールは屋内の25メートルプールと\n"
    "幼児用プールを備え、年間およそ6万人が利用しています。管理運営の実績のある団体の\n"
    "応募をお待ちしています。\n"
    "\n"
    "募集スケジュール\n"
    "\n"
    "概要\t日程\n"
    "募集要項の配布\t令和8年7月1日（水曜日）～7月31日（金曜日）\n"
    "質問の受付\t令和8年7月15日（水曜日）～7月22日（水曜日）\n"
    "申請書類の受付\t令和8年8月17日（月曜日）～8月21日（金曜日）\n"
    "基本協定の締結\t令和9年3月下旬\n"
    "\n"
    "質問の受付\n"
    "\u3000質問は電子メールで受け付けます。受付は7月22日（水曜日）午後5時までです。回答は市ホームページに掲載します。\n"
    "\n"
    "申請書類の受付\n"
    "\u3000受付時間は午前9時から午後5時までです（土曜日、日曜日を除く。）。郵送による提出は受け付けません。\n"
)


def test_a_tables_last_row_ends_at_the_blank_line_after_it_in_a_notice_put_back_in_part():
    assert found(one_line(TABLE_BEFORE_BLANK_LINE)) == [
        ("published", "2026-07-01", None, "date"),
        ("question", "2026-07-22", "17:00", "datetime"),
        ("submission", "2026-08-21", "17:00", "datetime"),
        ("contract", "2027-03-01", None, "late_month"),
    ]
