"""Calls in rare layouts: a schedule table laid sideways, its cells parted by single spaces, …"""

from tests.extractor_found import found, one_line

# (a notice's opening, long enough that its text run onto one line is cut back into lines)
OPENING = (
    "港北市庁舎清掃業務委託 公募型プロポーザル実施要領\n令和9年7月\n港北市 総務課\n"
    "１ 目的\n　本業務は、市庁舎の清掃を適切に実施するため、公募型プロポーザル方式により受託者を選定するものである。"
    "清掃の範囲は本庁舎及び第二庁舎の共用部分とし、詳細は別紙仕様書のとおりとする。\n"
    "２ 業務期間\n　契約締結日から１年間\n"
    "３ 参加資格\n　地方自治法施行令第167条の4の規定に該当しない者であること。市の入札参加資格者名簿に登載されていること。"
    "参加申込書を提出した者について参加資格の有無を確認し、その結果を書面により通知する。"
    "参加資格がないと認められた者は、通知の日の翌日から起算して５日以内に、その理由について書面により説明を求めることができる。\n"
)
CLOSING = "※時刻の記載のない項目は当日中とする。\n５ その他\n　提出書類は返却しない。\n"


def test_a_sideways_table_of_era_dotted_days_reads_each_column_as_a_step_with_its_time():
    text = (
        OPENING + "４ 日程\n"
        "項目 公告 質問締切 質問回答 参加申込期限 提案書提出期限 審査結果通知\n"
        "日付 R9.8.2 R9.8.10 R9.8.17 R9.8.24 R9.9.7 R9.9下旬\n"
        "曜日 (月) (火) (火) (火) (火) ―\n"
        "時刻 ― 17:00 ― 17:00 12:00 ―\n"
        "方法 市HP 電子メール 市HP 持参 持参 書面\n" + CLOSING
    )
    expected = [
        ("published", "2027-08-02", None, "date"),
        ("question", "2027-08-10", "17:00", "datetime"),
        ("answer", "2027-08-17", None, "date"),
        ("application", "2027-08-24", "17:00", "datetime"),
        ("submission", "2027-09-07", "12:00", "datetime"),
        ("result", "2027-09-01", None, "late_month"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_sideways_table_of_written_out_days_reads_alike_on_one_line():
    text = (
        OPENING + "４ スケジュール\n"
        "区分 公告 質問受付 回答 参加表明 企画提案書の提出\n"
        "月日 8月3日 8月12日 8月18日 8月25日 9月8日\n"
        "時間 ― 17:00 ― 17:00 正午\n" + CLOSING
    )
    expected = [
        ("published", "2027-08-03", None, "date"),
        ("question", "2027-08-12", "17:00", "datetime"),
        ("answer", "2027-08-18", None, "date"),
        ("application", "2027-08-25", "17:00", "datetime"),
        ("submission", "2027-09-08", "12:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_row_of_single_spaced_words_after_sentences_is_no_sideways_table():
    text = (
        OPENING + "４ 日程\n"
        "公告は令和9年8月2日、質問の締切は令和9年8月10日午後5時とする。\n"
        "参加申込期限 令和9年8月24日 午後5時\n" + CLOSING
    )
    assert found(one_line(text)) == found(text)
