"""Notices run onto one line whose lines were a list's items (round fd): each test a few lines written for its case,
as written and run onto one line."""

from tests.extractor_found import found, one_line

# --- a Markdown page (a wiki's, a portal's) whose schedule is a list, an item's key nested under a step ------------

_MARKDOWN_PAGE = (
    "# 清掃業務委託 見積合わせ\n"
    "\n"
    "## 概要\n"
    "\n"
    "- 件名：朝霧町役場本庁舎清掃業務委託\n"
    "- 履行期間：契約締結日から令和10年3月31日まで\n"
    "- 担当：総務課 管財係\n"
    "\n"
    "## 業務の目的\n"
    "\n"
    "- 本庁舎の執務室、会議室、廊下及び便所の日常清掃並びに定期清掃を行い、来庁者及び職員が快適に利用できる環境を保つ\n"
    "- 床面のワックス塗布、窓ガラスの清掃及び空調吹出口の清掃は、年間計画に基づき閉庁日に実施する\n"
    "\n"
    "## 参加資格\n"
    "\n"
    "- 町の競争入札参加資格者名簿（役務）に登録されている者\n"
    "- 過去3年間に同種業務を受託した実績がある者\n"
    "\n"
    "## スケジュール\n"
    "\n"
    "- 公開：令和9年6月1日（火）\n"
    "- 質問\n"
    "  - 受付期限：令和9年6月8日（火）17時\n"
    "  - 回答：令和9年6月11日（金）までに町ホームページに掲載\n"
    "- 見積書の提出\n"
    "  - 期限：令和9年6月18日（金）正午\n"
    "  - 方法：持参又は郵送（必着）\n"
    "- 開封：令和9年6月22日（火）午前10時\n"
    "\n"
    "## 問合せ先\n"
    "\n"
    "- 総務課 管財係（電話 0000-00-0000）\n"
)
_MARKDOWN_FOUND = [
    ("published", "2027-06-01", None, "date"),
    ("question", "2027-06-08", "17:00", "datetime"),
    ("answer", "2027-06-11", None, "date"),
    ("submission", "2027-06-18", "12:00", "datetime"),
    ("other", "2027-06-22", "10:00", "datetime"),
]


def test_a_markdown_list_run_onto_one_line_keeps_each_item_under_its_step():
    # (「- 質問 - 受付期限：…」: each item a line again, so 「受付期限」 reads under 「質問」, not under the step before)
    assert found(_MARKDOWN_PAGE) == _MARKDOWN_FOUND
    assert found(one_line(_MARKDOWN_PAGE)) == _MARKDOWN_FOUND


# --- an English mail whose dates are a dashed list, a range's dash in the text above it -----------------------------

_ENGLISH_MAIL = (
    "From: Procurement Section, Seabright City Waterworks Bureau\n"
    "Subject: Invitation to bid - interpretation services for the 2027 waterworks forum\n"
    "\n"
    "Dear Sir or Madam,\n"
    "\n"
    "We invite you to bid for the interpretation services described in the attached specification.\n"
    "The contract period is April 1, 2027 - March 31, 2028. The timetable is as follows.\n"
    "\n"
    " - Questions: by 12:00 on Wed 20 Jan 2027, using the question sheet attached.\n"
    " - We will reply to all bidders by Mon 25 Jan 2027.\n"
    " - Bids must reach us by 10:00 a.m. on Friday 29 January 2027 (e-mail, signed PDF).\n"
    " - Bids will be opened at 2:00 p.m. on 29 January 2027 in Meeting Room 3.\n"
    "\n"
    "Kind regards,\n"
    "Procurement Section\n"
)
_ENGLISH_FOUND = [
    ("question", "2027-01-20", "12:00", "datetime"),
    ("answer", "2027-01-25", None, "date"),
    ("submission", "2027-01-29", "10:00", "datetime"),
    ("other", "2027-01-29", "14:00", "datetime"),
]


def test_an_english_dashed_list_run_onto_one_line_keeps_each_item_a_line():
    # (「April 1, 2027 - March 31, 2028」: a range's dash, a month after it, begins no item)
    assert found(_ENGLISH_MAIL) == _ENGLISH_FOUND
    assert found(one_line(_ENGLISH_MAIL)) == _ENGLISH_FOUND


# --- a calendar printed as an agenda, run onto one line ------------------------------------------------------------

_AGENDA = (
    "営業推進部(共有) のカレンダー\n"
    "2027年10月1日 – 2027年11月30日\n"
    "表示: 予定リスト  タイムゾーン: (GMT+09:00) 日本標準時\n"
    "\n"
    "2027年10月4日 (月曜日)\n"
    "    終日           【朝霧町】観光アプリ構築業務 公募開始\n"
    "                    メモ: 実施要領・様式は町HP(商工観光課)から入手済\n"
    "\n"
    "2027年10月5日 (火曜日)\n"
    "    10:00 – 11:00   週次営業会議\n"
    "                    場所: 本社 3F 会議室A\n"
    "\n"
    "2027年10月13日 (水曜日)\n"
    "    14:00 – 15:00   【朝霧町】観光アプリ 事業者説明会(オンライン)\n"
    "                    説明: 参加は任意。URLは申込後にメールで届く。\n"
    "\n"
    "2027年10月22日 (金曜日)\n"
    "    17:00           【朝霧町】質問票 提出期限(メール)\n"
    "\n"
    "2027年11月5日 (金曜日)\n"
    "    12:00           【朝霧町】企画提案書 提出期限(正午必着)\n"
    "                    説明: 正本1部・副本6部、持参又は郵送\n"
)
_AGENDA_FOUND = [
    ("published", "2027-10-04", None, "date"),
    ("other", "2027-10-13", "14:00", "datetime"),
    ("question", "2027-10-22", "17:00", "datetime"),
    ("submission", "2027-11-05", "12:00", "datetime"),
]


def test_an_agenda_run_onto_one_line_keeps_each_day_and_event_a_line():
    # (each day a line after its blank one, each event its indented line with its start and title whole, its notes
    # lines of their own; the bureau's own meeting stays out)
    assert found(_AGENDA) == _AGENDA_FOUND
    assert found(one_line(_AGENDA)) == _AGENDA_FOUND


# --- a schedule exported as CSV, a group's later rows with an empty first cell ---------------------------------------

_CSV_SCHEDULE = (
    "令和9年度 朝霧町観光パンフレット作成業務 企画競争 日程表,,,,,\n"
    "朝霧町 商工観光課,,,,,\n"
    ",,,,,\n"
    "区分,手続,開始日,終了日,時刻,備考\n"
    "公告,公告,2027/6/1,,,町ホームページに掲載\n"
    ",実施要領の配布,2027/6/1,2027/6/18,9:00-17:00,土日祝を除く\n"
    "質問,質問書の提出,2027/6/1,2027/6/8,17:00,電子メールのみ\n"
    ",回答,,2027/6/11,,町ホームページに掲載\n"
    "応募,参加申込書,,2027/6/15,17:00,様式1\n"
    ",企画提案書,,2027/6/25,12:00,持参又は郵送（必着）\n"
    "審査,プレゼンテーション審査,,2027/7/6,13:00,場所は別途通知\n"
    ",,,,,\n"
    "提出先,朝霧町役場 本庁舎2階 商工観光課,,,,\n"
    "電話,0000-00-0000,,,,\n"
    "メール,kanko@asagiri.example.jp,,,,\n"
    ",,,,,\n"
    "注記,日程は都合により変更する場合があります。変更する場合は町ホームページでお知らせします。,,,,\n"
)
_CSV_FOUND = [
    ("published", "2027-06-01", None, "date"),
    ("question", "2027-06-08", "17:00", "datetime"),
    ("answer", "2027-06-11", None, "date"),
    ("application", "2027-06-15", "17:00", "datetime"),
    ("submission", "2027-06-25", "12:00", "datetime"),
    ("hearing", "2027-07-06", "13:00", "datetime"),
]


def test_a_csv_run_onto_one_line_ends_a_row_before_the_comma_of_an_empty_first_cell():
    # (「…,町ホームページに掲載 ,回答,,2027/6/11,…」: the space before the comma was the line break, the row under it
    # begins with its empty cell, not 「回答」 read in the 区分 column)
    assert found(_CSV_SCHEDULE) == _CSV_FOUND
    assert found(one_line(_CSV_SCHEDULE)) == _CSV_FOUND


# --- a CSV export whose every cell is quoted, sheets of several widths one after another ---------------------------

_QUOTED_CSV = (
    "件名: 朝霧町 観光パンフレット作成業務 日程表(CSV)\n"
    "\n"
    "日程表をCSV形式で送付します。正式な内容は実施要領をご確認ください。\n"
    "\n"
    "# シート,案件\n"
    '"項目","内容"\n'
    '"業務名","朝霧町観光パンフレット作成業務"\n'
    '"発注者","朝霧町 商工観光課"\n'
    "# シート,日程\n"
    '"No","区分","手続","日付","時刻","備考"\n'
    '"1","公表","実施要領の公表","2027/06/01","","町ホームページ 紙の配布は窓口"\n'
    '"2","質問","質問書の提出期限","2027/06/08","17:00","電子メール 様式2"\n'
    '"3","回答","質問への回答","2027/06/11","","町ホームページ"\n'
    '"4","申込","参加申込書の提出期限","2027/06/15","17:00","様式1 1社1件まで"\n'
    '"5","提案","企画提案書の提出期限","2027/06/25","12:00","持参又は郵送(必着)"\n'
    "# シート,提出書類\n"
    '"No","書類名","様式"\n'
    '"1","参加申込書","様式1"\n'
    '"2","企画提案書","様式2"\n'
    "# シート,審査項目\n"
    '"No","審査項目","配点"\n'
    '"1","企画力","50"\n'
    '"2","実施体制","30"\n'
    '"3","価格","20"\n'
)
_QUOTED_FOUND = [
    ("published", "2027-06-01", None, "date"),
    ("question", "2027-06-08", "17:00", "datetime"),
    ("answer", "2027-06-11", None, "date"),
    ("application", "2027-06-15", "17:00", "datetime"),
    ("submission", "2027-06-25", "12:00", "datetime"),
]


def test_a_quoted_csv_run_onto_one_line_begins_a_row_after_each_closing_quote_and_space():
    # (「…,"町ホームページ" "4","申込",…」: one space between two quoted cells and no comma, the line break; each
    # row whole keeps its time with its date)
    assert found(_QUOTED_CSV) == _QUOTED_FOUND
    assert found(one_line(_QUOTED_CSV)) == _QUOTED_FOUND
