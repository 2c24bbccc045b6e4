"""Tables drawn with bars between their cells only, run onto one line (round ma): each test a text written for its
device, read as written and with its line breaks gone."""

from tests.extractor_found import found, one_line

# --- a table of two columns, one bar a row, no bar at a row's ends -----------------------------------------

TWO_COLUMNS = (
    "青柳町ふるさと納税返礼品PR業務委託に係る公募型プロポーザルの実施について\n"
    "青柳町では、ふるさと納税の返礼品を広く紹介するためのPR業務を委託する事業者を、公募型プロポーザル方式により"
    "選定します。参加を希望する方は、実施要領をよく読んだうえで、期限までに必要な書類を提出してください。\n"
    "なお、本業務は令和9年度当初予算の成立を\n"
    "前提として手続を行うものであり、予算が成立\n"
    "しなかった場合には、契約を締結しないことが\n"
    "あります。このことについて、参加者は町に対し\n"
    "損害の賠償その他の請求をすることはできません。\n"
    "1 業務の概要\n"
    "返礼品の写真撮影、紹介ページの作成及び町外向けの広報を行うものです。委託上限額は3,300,000円（消費税込み）です。"
    "履行期間は契約締結の日から翌年3月末日までとし、成果品は電子データで納品するものとします。\n"
    "2 日程\n"
    "　※印の日程は、当初の日程から変更したものです。\n"
    "\n"
    "手続 | 期日\n"
    "実施要領の公表 | 令和9年5月10日（月）\n"
    "質問書の提出期限 | 令和9年5月17日（月）午後3時\n"
    "参加申込書の提出期限 | 令和9年5月24日（月）午後3時（必着）\n"
    "※提案書の提出期限 | 令和9年6月7日（月）正午\n"
    "※選定結果の通知 | 令和9年6月下旬\n"
    "契約の締結 | 令和9年6月下旬（予定）\n"
    "\n"
    "3 問合せ先\n"
    "青柳町企画課 電話 000-0000-0000\n"
)


def test_a_two_column_table_of_bars_between_cells_keeps_its_rows_on_one_line():
    expected = [
        ("published", "2027-05-10", None, "date"),
        ("question", "2027-05-17", "15:00", "datetime"),
        ("application", "2027-05-24", "15:00", "datetime"),
        ("submission", "2027-06-07", "12:00", "datetime"),
        ("result", "2027-06-01", None, "late_month"),
        ("contract", "2027-06-01", None, "late_month"),
    ]
    assert found(TWO_COLUMNS) == expected
    assert found(one_line(TWO_COLUMNS)) == expected


def test_the_rows_of_a_two_column_bar_table_are_begun_in_each_shared_cell():
    from tenders.extractor.relining import bare_bar_rows

    rows = [
        "手続 | 期日",
        "実施要領の公表 | 令和9年5月10日（月）",
        "質問書の提出期限 | 令和9年5月17日（月）午後3時",
        "参加申込書の提出期限 | 令和9年5月24日（月）午後3時（必着）",
        "※提案書の提出期限 | 令和9年6月7日（月）正午",
        "※選定結果の通知 | 令和9年6月下旬",
        "契約の締結 | 令和9年6月下旬（予定）",
    ]
    line = " ".join(rows)
    starts = [len(" ".join(rows[:row])) + 1 for row in range(1, len(rows))]
    assert bare_bar_rows(line, []) == starts
    # a table of three columns, its dates alone in their cells, is no table of two
    line = "手続 | 期日 | 方法 公表 | 5月10日 | 町HP 質問 | 5月17日 | メール 申込 | 5月24日 | 持参 提案 | 6月7日 | 持参"
    assert all(line[at - 2 : at] != "| " for at in bare_bar_rows(line, []))


def test_an_english_two_column_bar_table_and_a_bilingual_or_date_first_one():
    from tenders.extractor.relining import bare_bar_rows

    rows = [
        "Milestone | Date",
        "Call for proposals opens | Monday 3 May 2027",
        "Deadline for questions | by Friday 14 May 2027, 17:00",
        "Answers published | Friday 21 May 2027",
        "Proposals due | Friday 4 June 2027, 12:00 noon",
        "Interviews | Week of 14 June 2027",
    ]
    line = " ".join(rows)
    assert bare_bar_rows(line, []) == [len(" ".join(rows[:row])) + 1 for row in range(1, len(rows))]
    # a Japanese label with its English beside it: the English words are no row's start (「期限 / Deadline | …」)
    rows = [
        "項目 / Item | 日時 / Date",
        "公告 / Notice | 2027年5月3日(月)",
        "質問期限 / Deadline for questions | 2027年5月14日(金) 17:00",
        "回答 / Answers to questions | 2027年5月21日(金)",
        "提案書提出期限 / Deadline for proposals | 2027年6月4日(金) 正午",
    ]
    assert bare_bar_rows(" ".join(rows), []) == []
    # the date in the left column (a log: 「13-Jan-2028 10:00 AM | Tender published」): its cells are no date's then a label's
    rows = [
        "12-Jan-2027 10:00 AM | Tender published",
        "19-Jan-2027 09:00 AM | Bid submission opened",
        "27-Jan-2027 06:12 PM | Corrigendum published",
        "02-Feb-2027 05:00 PM | Clarification closed",
    ]
    assert bare_bar_rows(" ".join(rows), []) == []
