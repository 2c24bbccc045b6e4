"""Notices as conversion tools hand them over, round dg: vertical text read by an OCR, a portal's JSON record run onto
one line, a table cell's time wrapped onto the line below, a running header printed one character a line."""

from tenders.extractor.scoring import SHAPES
from tests.extractor_found import found

# vertical text read by an OCR keeps its presentation forms (︵︶ for brackets, ︑︒ for 、。) and reads the long vowel
# mark as a full-width bar between katakana
VERTICAL = (
    "萩野台村告示第十二号\n"
    "萩野台村観光パンフレット作成業務委託に係る公募型プロポ｜ザルの実施について\n"
    "萩野台村観光パンフレット作成業務委託の受託者を選定するため︑次のとおり公告する︒\n"
    "令和七年四月十四日\n"
    "萩野台村長 山科 一郎\n"
    "一 業務の概要\n"
    "︵一︶業務名 萩野台村観光パンフレット作成業務委託\n"
    "︵二︶業務期間 契約締結日から令和八年二月二十七日︵金︶まで\n"
    "︵三︶提案上限額 金三百三十万円︵消費税及び地方消費税を含む︒︶\n"
    "二 参加資格\n"
    "︵一︶地方自治法施行令第百六十七条の四の規定に該当しない者であること︒\n"
    "︵二︶平成二十七年度以降に︑地方公共団体から観光パンフレットの作成業務を受託した実績を有すること︒\n"
    "三 日程\n"
    "︵一︶質問書の提出期限 令和七年四月二十二日︵火︶午後五時まで\n"
    "︵二︶質問に対する回答 令和七年四月二十五日︵金︶までに村ホ｜ムペ｜ジに掲\n"
    "載\n"
    "︵三︶企画提案書の提出期限 令和七年五月九日︵金︶正午まで\n"
    "四 問合せ先\n"
    "萩野台村役場 産業振興課 観光係\n"
)


def test_vertical_text_read_by_an_ocr_as_written_and_on_one_line():
    want = [
        ("question", "2025-04-22", "17:00", "datetime"),
        ("answer", "2025-04-25", None, "date"),
        ("submission", "2025-05-09", "12:00", "datetime"),
    ]
    for text in (VERTICAL, SHAPES["one-line"](VERTICAL)):
        assert [step for step in found(text) if step[0] != "published"] == want


# a portal's record exported as JSON with indents, its nested objects closing on the lines of their last pairs once
# the record is run onto one line
RECORD = """{
  "id": "KSM-2026-118",
  "title": "学校給食センター調理機器更新",
  "organization": {
    "name": "霞沢市",
    "department": "教育委員会 学校給食課"
  },
  "publishedAt": "2026-07-01T09:00:00+09:00",
  "questionDeadline": "2026-07-10T17:00:00+09:00",
  "applicationDeadline": "2026-07-15T17:00:00+09:00",
  "bidPeriod": {
    "from": "2026-07-21T09:00:00+09:00",
    "to": "2026-07-24T17:00:00+09:00"
  },
  "documents": [
    {
      "name": "入札説明書.pdf",
      "size": 310211
    }
  ],
  "body": "霞沢市公告第118号\\n\\n1　開札\\n(1)　日時　令和8年7月28日(火)午前10時\\n(2)　場所　霞沢市役所3階入札室\\n\\n2　その他\\n詳細は入札説明書による。"
}"""


def test_a_json_record_run_onto_one_line_reads_as_written():
    as_written = found(RECORD)
    assert ("question", "2026-07-10", "17:00", "datetime") in as_written
    assert ("application", "2026-07-15", "17:00", "datetime") in as_written
    assert ("other", "2026-07-28", "10:00", "datetime") in as_written
    assert found(SHAPES["one-line"](RECORD)) == as_written


# a PDF's table read by a converter into CSV, each line of a wrapped cell a row of its own with only the first numbered
WRAPPED_CSV = """5 日程,,,
No.,手続,日時,備考
1,公告,令和7年9月1日（月）,市ウェブサイト
2,質問の受付,令和7年9月1日（月）から,電子メール
,,令和7年9月9日（火）正午まで,
3,参加表明書の,令和7年9月12日（金）,持参又は郵送
,提出期限,午後5時（必着）,
4,企画提案書の提出期限,令和7年9月26日（金）,持参に限る
,,正午,
"""


def test_a_csv_row_wrapped_onto_unnumbered_rows_keeps_its_times():
    assert [step for step in found(WRAPPED_CSV) if step[0] != "published"] == [
        ("question", "2025-09-09", "12:00", "datetime"),
        ("application", "2025-09-12", "17:00", "datetime"),
        ("submission", "2025-09-26", "12:00", "datetime"),
    ]


# a grid table (pandoc's RST) whose label and day cells wrapped together: the time or a day's last words below the day,
# the label's rest beside it, a note's rest in the last cell
GRID = """3　日程

+--------------------+--------------------------+------------------+
| 手続               | 日時                     | 方法             |
+====================+==========================+==================+
| 参加表明書の       | 令和9年10月4日（月）     | 持参又は郵送     |
| 提出期限           | 午後5時                  | （必着）         |
+--------------------+--------------------------+------------------+
| 参加資格確認       | 令和9年10月8日（金）     | 書面により通知   |
| 結果の通知         | までに                   |                  |
+--------------------+--------------------------+------------------+
"""


def test_a_grid_tables_wrapped_row_keeps_its_time_and_its_label():
    assert found(GRID) == [
        ("application", "2027-10-04", "17:00", "datetime"),
        ("result", "2027-10-08", None, "date"),
    ]


# a PDF's table read by line (pdfplumber): the row's number centred on a line of its own between the lines of its
# wrapped cells, the time (and the label's last characters) below it
NUMBER_BETWEEN = """6 日程
No. 項目 日程 備考
1 公募開始 令和6年2月5日（月） 市ホームページに掲載
質問の提出期限 令和6年2月13日（火） 電子メールに限る
2
正午 （様式第4号）
企画提案書の提出期 令和6年3月1日（金） 持参に限る
3
限 午後5時 （正本1部、副本6部）
4 審査結果の通知 令和6年3月中旬 全参加者に通知
"""


def test_a_time_below_a_row_number_on_a_line_of_its_own_goes_back_to_its_day():
    assert [step for step in found(NUMBER_BETWEEN) if step[0] in ("question", "submission")] == [
        ("question", "2024-02-13", "12:00", "datetime"),
        ("submission", "2024-03-01", "17:00", "datetime"),
    ]


# vertical text read page by page, each page's number 「︱ 一 ︱」 at its foot and a form feed after it: the outline
# read on over the page (「三 …」 on the next page goes on after 「二 …」)
PAGED_VERTICAL = (
    "沢渡町告示第九号\n次のとおり一般競争入札に付するので︑公告する︒\n令和七年八月一日\n沢渡町長 佐伯 肇\n"
    "一 入札に付する事項\n︵一︶件名 沢渡町役場庁舎空調設備改修工事\n︵二︶場所 沢渡町大字中里百二十番地\n"
    "︵三︶工期 契約締結の日から令和八年二月二十七日まで\n"
    "︵四︶工事概要 空調機器の更新︑冷温水配管の一部更新︑自動制御設備の改修及びこれらに伴う建築工事一式\n"
    "︵五︶予定価格 事前公表とする︒最低制限価格を設定する︒\n二 入札に参加する者に必要な資格\n"
    "︵一︶地方自治法施行令第百六十七条の四の規定に該当しない者であること︒\n"
    "︵二︶沢渡町建設工事入札参加資格者名簿の管工事に登載されている者であること︒\n"
    "︵三︶平成二十七年度以降に官公庁の空調設備工事を元請として完成した実績を有する者であること︒\n"
    "︵四︶管工事について監理技術者又は主任技術者を工事現場に専任で配置できる者であること︒配置予定技術者は入札参加資格確認申請の日以前に三か月以上の雇用関係にある者とする︒\n"
    "︱ 一 ︱\n\f"
    "三 設計図書に対する質問\n︵一︶受付期限 令和七年八月十八日︵月︶正午\n"
    "︵二︶回答 令和七年八月二十二日︵金︶に町ホ｜ムペ｜ジに掲載する︒\n"
    "四 入札参加資格確認申請\n︵一︶申請書の提出期限 令和七年八月二十五日︵月︶午後五時\n"
    "︵二︶提出方法 持参に限る︒郵送による提出は認めない︒\n"
    "︵三︶確認結果の通知 令和七年八月二十九日︵金︶までに書面により通知する︒\n"
    "五 入札及び開札\n︵一︶日時 令和七年九月五日︵金︶午前十時\n︵二︶場所 沢渡町役場二階 第一会議室\n"
    "︵三︶入札書は︑前記の日時に入札会場へ持参すること︒郵送による入札は認めない︒\n"
    "六 その他\n︵一︶入札保証金及び契約保証金は︑沢渡町財務規則の定めるところによる︒\n"
    "︵二︶本工事に係る予算は︑令和七年度沢渡町一般会計予算である︒\n"
    "︵三︶詳細は入札説明書による︒問合せは沢渡町総務課契約係まで︒\n"
    "︵四︶落札者の決定に当たっては︑入札書に記載された金額に当該金額の百分の十に相当する額を加算した金額をもって落札価格とするので︑見積もった契約希望金額の百十分の百に相当する金額を入札書に記載すること︒\n"
    "︱ 二 ︱\n"
)


def test_vertical_text_on_one_line_reads_its_outline_on_over_a_page():
    for text in (PAGED_VERTICAL, SHAPES["one-line"](PAGED_VERTICAL)):
        steps = found(text)
        assert ("question", "2025-08-18", "12:00", "datetime") in steps
        assert ("application", "2025-08-25", "17:00", "datetime") in steps
        assert ("other", "2025-09-05", "10:00", "datetime") in steps


# a 公報's running header printed down the page's edge (the issue's date, its weekday 「月」 among its characters, and its
# number), read one character a line at the head of each page: no header of a table set one cell a line
HEADER_DATE, HEADER_NUMBER = [*"令和3年11月15日月曜日"], [*"柏木県公報号外第53号"]
ONE_CHARACTER_HEADER = "\n".join(
    [
        *HEADER_DATE,
        *HEADER_NUMBER,
        "公　　告",
        "一般競争入札を次のとおり実施する。",
        "　令和3年11月15日",
        "柏木県知事　森　一",
        "1　入札に付する事項",
        "(1)　件名　柏木県庁舎警備業務委託",
        "(2)　履行期間　令和4年4月1日から令和7年3月31日まで",
        "2　現地説明会",
        "(1)　日時　令和3年11月19日（金）午後2時から",
        "(2)　参加は任意とする。",
        *HEADER_NUMBER,
        *HEADER_DATE,
        "3　質問及び回答",
        "(1)　質問は、令和3年11月25日（木）午後5時までに電子メールで提出すること。",
        "(2)　回答は、令和3年11月30日（火）までに県ホームページに掲載する。",
        "4　入札書の提出",
        "(1)　入札書は郵送により提出すること。",
        "(2)　提出期限　令和3年12月10日（金）午後5時（必着）",
    ]
)


def test_a_running_header_read_one_character_a_line_is_no_table():
    assert [step for step in found(ONE_CHARACTER_HEADER) if step[0] != "published"] == [
        ("other", "2021-11-19", "14:00", "datetime"),
        ("question", "2021-11-25", "17:00", "datetime"),
        ("answer", "2021-11-30", None, "date"),
        ("submission", "2021-12-10", "17:00", "datetime"),
    ]
