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


def _listings(masthead: str, mark: str) -> str:
    return (
        masthead + "\nまちの情報\n━━━━━━━━━━━━\n※申込の記載がないものは申込不要です。\n\n"
        f"{mark}市民農園の利用者を募集\n▶申込　4月3日(月)～14日(金)に、農政課へ\n▶抽選会　4月21日(金)午前10時、市役所会議室\n\n"
        f"{mark}体育館の指定管理者を募集します\n　市立体育館を管理・運営する指定管理者を募集します。\n"
        "▶募集要項の配布　4月5日(水)から市ホームページで\n▶質問　4月19日(水)まで（メールのみ）\n"
        "▶申請書類の受付　5月8日(月)～12日(金)に、スポーツ課へ持参\n▶審査　6月中旬にプレゼンテーション審査\n\n"
        f"{mark}固定資産税の納期限\n▶5月1日(月)までに、納付書で金融機関へ。\n\n"
        f"{mark}職員採用試験\n▶申込　4月10日(月)～28日(金)に、電子申請で\n▶第1次試験　5月21日(日)、市立中学校\n"
    )


def test_a_newsletters_listings_each_under_a_marked_heading_keep_the_calls_steps_only():
    for masthead, mark in (("広報みなと　2027（令和9）年4月号　No.310", "■"), ("市報さくら 令和9年4月号", "◆")):
        assert [kind for kind, *_ in found(_listings(masthead, mark))] == [
            "published",
            "question",
            "submission",
            "hearing",
        ]


def test_marked_headings_of_one_calls_page_that_names_an_issue_in_its_text_stay_one_call():
    text = (
        "広報紙の印刷業務について\n\n　広報紙（令和9年4月号から令和10年3月号まで）の印刷業務の見積合わせを行います。\n\n"
        "■公告日\n令和9年2月1日（月曜日）\n\n■質問書の提出期限\n令和9年2月8日（月曜日）正午\n\n"
        "■見積書の提出期限\n令和9年2月22日（月曜日）午後3時\n\n■契約締結\n令和9年3月中旬（予定）\n"
    )
    assert [kind for kind, *_ in found(text)] == ["published", "question", "submission", "contract"]
