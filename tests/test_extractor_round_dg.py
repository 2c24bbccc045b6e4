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
