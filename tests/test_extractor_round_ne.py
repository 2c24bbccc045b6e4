"""Round ne: calls in rare layouts. A gazette's running head printed between a notice's items with its parts in
another order (the issue's day first, its number first, the page's number first or left out) is no step's date. A briefing's heading with an aside on how it is held (「オンライン説明会（Zoom）」
「現地見学会【任意参加】」) keeps the sign-up under it a briefing's, no application to the call. A sheet saved as CSV whose schedule is a table inside a numbered item (its head
and rows numbered in a column of their own, under 「3,日程,,,」), its days written in figures and a window's end in the
cell after 「～」; a window that starts on a day named in words (「契約締結日」 ～ 2028/3/31). Each test a few lines
written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


SHEET_NUMBERED_ROWS = (
    ",,,,,,,,\n"
    ",,海辺町 観光案内所運営業務委託 公募型プロポーザル実施要領,,,,,,\n"
    ",,,,,,,,\n"
    "1,業務の概要,,,,,,,\n"
    ",(1),業務名,海辺町観光案内所運営業務委託,,,,,\n"
    ",,,,,,,,\n"
    "4,スケジュール,,,,,,,\n"
    ",番号,内容,日付,,,時刻,備考,\n"
    ",1,参加申込書の提出,2027/5/10(月),～,2027/5/14(金),17:00,持参又は郵送,\n"
    ",2,質問の提出期限,2027/5/12(水),,,12:00,電子メールのみ,\n"
    ',3,企画提案書の提出,2027/5/24(月),～,2027/5/28(金),17:00,"持参に限る\n'
    '正本1部",\n'
    ",4,プレゼンテーション,2027/6/8(火),,,13:30,役場2階,\n"
    ",,,,,,,,\n"
)


def test_sheet_rows_numbered_under_a_numbered_item_are_rows_of_their_own():
    assert found(SHEET_NUMBERED_ROWS) == [
        ("question", "2027-05-12", "12:00", "datetime"),
        ("application", "2027-05-14", "17:00", "datetime"),
        ("submission", "2027-05-28", "17:00", "datetime"),
        ("hearing", "2027-06-08", "13:30", "datetime"),
    ]


SHEET_HYPHEN_DAYS = (
    "2,日程等,,,,,\n"
    ",項番,事項,期日,,,\n"
    ",1.,質問の受付,2027-09-01,～,2027-09-07,\n"
    ",2.,質問への回答,2027-09-10,,,\n"
    ",3.,提案書の提出期限,2027-09-21,,,\n"
    ",4.,審査結果の通知,2027-10-05,,,\n"
    ",,,,,,\n"
)


def test_sheet_rows_under_a_numbered_item_with_hyphened_days():
    assert found(SHEET_HYPHEN_DAYS) == [
        ("question", "2027-09-07", None, "date"),
        ("answer", "2027-09-10", None, "date"),
        ("submission", "2027-09-21", None, "date"),
        ("result", "2027-10-05", None, "date"),
    ]


SHEET_NAMED_START = (
    "1,業務の概要,,,,,\n"
    ",(1),業務名,,図書館清掃業務委託,,\n"
    ",(2),履行期間,,契約締結日,～,2028/3/31(金)\n"
    ",,,,,,\n"
    "2,日程,,,,,\n"
    ",1,提案書の提出期限,,2027/4/20(火),,\n"
    ",2,審査結果の通知,,2027/5/11(火),,\n"
    ",,,,,,\n"
)


def test_sheet_window_from_a_day_named_in_words_is_the_period():
    steps = [("submission", "2027-04-20", None, "date"), ("result", "2027-05-11", None, "date")]
    assert found(SHEET_NAMED_START) == steps
    assert found(SHEET_NAMED_START.replace("契約締結日", "協定締結日の翌日")) == steps
    assert found(SHEET_NAMED_START.replace("契約締結日", "着手日")) == steps


GAZETTE_PAGE = (
    "白浜市公報　　　　　　　　　　　　　　第二百五号\n"
    "令和九年五月十四日　金曜日\n"
    "\n"
    "白浜市告示第四十一号\n"
    "　一般競争入札を次のとおり実施するので告示する。\n"
    "　　令和九年五月十四日\n"
    "　　　　　　　　　　　　　白浜市長　青木　正\n"
    "一　入札に付する事項\n"
    "　　白浜市立学校給食センター調理機器賃貸借\n"
    "二　入札手続等\n"
    "　１　入札参加資格確認申請書の提出期限\n"
    "　　令和九年五月二十八日︵金曜日︶午後五時\n"
    "　２　入札書の提出期限\n"
    "　　令和九年六月十一日︵金曜日︶午後五時\n"
    "　３　開札の日時\n"
    "　　令和九年六月十五日︵火曜日︶午前十時\n"
    "三　その他\n"
    "\n"
    "{head}\n"
    "\n"
    "　１　入札保証金　免除\n"
    "　２　契約保証金　契約金額の百分の十以上。ただし、白浜\n"
    "　市契約規則第二十条に該当する場合は免除する。\n"
)


def test_gazette_running_head_in_another_order_is_no_step():
    steps = [
        ("application", "2027-05-28", "17:00", "datetime"),
        ("submission", "2027-06-11", "17:00", "datetime"),
        ("other", "2027-06-15", "10:00", "datetime"),
    ]
    for head in (
        "令和九年五月十四日　金曜日　　　　白浜市公報　　　第二百五号",
        "第二百五号　　白浜市公報　　令和九年五月十四日︵金曜日︶　　三",
        "三　　白浜市公報　　第二百五号　　令和9年5月14日(金)",
    ):
        assert both(GAZETTE_PAGE.format(head=head)) == steps, head


BRIEFING_WITH_ASIDE = (
    "企画提案募集のご案内\n"
    "\n"
    "STEP 1\n"
    "{briefing}\n"
    "2027年8月20日（金）10:00～11:00\n"
    "参加申込は 8月18日（水）17:00 まで（申込フォーム）\n"
    "\n"
    "STEP 2\n"
    "参加申込書の提出\n"
    "2027年8月27日（金）17:00\n"
    "\n"
    "STEP 3\n"
    "企画提案書の提出\n"
    "2027年9月10日（金）17:00 必着\n"
)


def test_briefing_heading_with_an_aside_keeps_its_sign_up():
    for briefing in ("オンライン説明会（Zoom）", "現地見学会【任意参加】", "事業説明会(オンライン開催)"):
        assert found(BRIEFING_WITH_ASIDE.format(briefing=briefing)) == [
            ("other", "2027-08-18", "17:00", "datetime"),
            ("other", "2027-08-20", "10:00", "datetime"),
            ("application", "2027-08-27", "17:00", "datetime"),
            ("submission", "2027-09-10", "17:00", "datetime"),
        ], briefing
