"""What bid teams paste (round dy): a spreadsheet's header row over one wide data row (TSV or CSV, a cell holding
line breaks quoted), a checklist's step made known on a site, a window of days the step takes one of beside the part
of the month it is given as. Each test a few lines written for its class."""

from tests.extractor_found import found

SHEET_HEAD = "\t".join(
    ("No", "案件名", "公告日", "質問期限", "回答日", "参加申込期限", "提出期限", "審査", "結果", "社内〆", "備考", "最終更新")
)
SHEET_ROW = "\t".join(
    (
        "12",
        "青葉町観光サイト改修業務",
        "2027/05/10",
        "2027/05/17 17:00",
        "2027/05/21",
        '"2027/05/24 12:00\n※持参のみ"',
        "2027/06/07 17:00",
        "6月中旬予定",
        "6月下旬",
        "2027/06/02",
        '"要項より転記\n・審査は6/14〜6/18のうち1日\n・委託期間 契約日〜2028/3/31"',
        "2027/05/12 9:05",
    )
)
SHEET_STEPS = [
    ("published", "2027-05-10", None, "date"),
    ("question", "2027-05-17", "17:00", "datetime"),
    ("answer", "2027-05-21", None, "date"),
    ("application", "2027-05-24", "12:00", "datetime"),
    ("submission", "2027-06-07", "17:00", "datetime"),
    ("hearing", "2027-06-01", None, "mid_month"),
    ("result", "2027-06-01", None, "late_month"),
]


def test_a_header_row_over_one_wide_row_pairs_each_header_cell_with_its_cell():
    assert found(SHEET_HEAD + "\n" + SHEET_ROW + "\n") == SHEET_STEPS


def test_the_same_row_run_onto_one_line():
    assert found((SHEET_HEAD + "\n" + SHEET_ROW).replace("\n", " ")) == SHEET_STEPS


def test_the_same_row_saved_as_csv():
    head = SHEET_HEAD.replace("\t", ",")
    row = SHEET_ROW.replace("\t", ",")
    assert found(head + "\n" + row + "\n") == SHEET_STEPS


def test_a_checklist_step_made_known_on_the_towns_site_is_the_step():
    text = (
        "提案準備チェックリスト\n"
        "募集要項　令和9年5月10日（月）公募開始\n"
        "☑ 2. 質問書の提出　　期限：5/17（月）17:00　電子メール\n"
        "☑ 3. 質問回答の確認　　町HP掲載：5/21（金）\n"
        "☐ 4. 参加申込書の提出　　期限：5/24（月）12:00 必着\n"
    )
    assert found(text) == [
        ("published", "2027-05-10", None, "date"),
        ("question", "2027-05-17", "17:00", "datetime"),
        ("answer", "2027-05-21", None, "date"),
        ("application", "2027-05-24", "12:00", "datetime"),
    ]


def test_a_window_the_hearing_takes_one_day_of_within_its_part_of_the_month_is_that_part():
    text = (
        "公告日　令和9年6月1日\n"
        "1 企画提案書の提出期限　令和9年7月9日（金）正午\n"
        "2 プレゼンテーション審査　7月下旬予定\n"
        "　※審査は7/26(月)〜7/30(金)のうち1日（日時は別途通知）\n"
    )
    assert found(text) == [
        ("published", "2027-06-01", None, "date"),
        ("submission", "2027-07-09", "12:00", "datetime"),
        ("hearing", "2027-07-01", None, "late_month"),
    ]


def test_a_bill_put_before_the_council_with_its_paper_section_cited_is_no_contract():
    text = (
        "入札説明書の要点（打合せメモ）\n"
        "公告日：令和9年8月2日(月)\n"
        "・入札書の提出期限は 8/30(月)17時。\n"
        "・仮契約は10月中旬の予定、議案は12月の市議会定例会に上程予定(説明書「12 契約」)。\n"
    )
    assert found(text) == [
        ("published", "2027-08-02", None, "date"),
        ("submission", "2027-08-30", "17:00", "datetime"),
        ("contract", "2027-10-01", None, "mid_month"),
        ("other", "2027-12-01", None, "month"),
    ]


def test_a_remark_on_an_earlier_round_of_the_work_gives_no_date():
    text = (
        "入札説明書の要点（打合せメモ）\n"
        "公告日：令和9年8月2日(月)\n"
        "・入札書の提出期限は 8/30(月)17時。\n"
        "・吉川:第1期の時は議決が遅れて本契約が1月にずれ込んだ。\n"
    )
    assert found(text) == [("published", "2027-08-02", None, "date"), ("submission", "2027-08-30", "17:00", "datetime")]


def test_a_request_to_colleagues_for_comments_is_no_step_and_a_shortlist_notice_is_a_result():
    text = (
        "Subject: Kaede Prefecture RFP - schedule\n"
        "\n"
        "| Step                           | Date                 |\n"
        "|--------------------------------|----------------------|\n"
        "| RFP published                  | Fri 1 Oct 2027       |\n"
        "| Expression of interest due     | Fri 15 Oct 2027, 17:00 |\n"
        "| Shortlist / eligibility notice | Fri 22 Oct 2027      |\n"
        "\n"
        "Please reply with comments by Tuesday 5 Oct 18:00.\n"
    )
    assert found(text) == [
        ("published", "2027-10-01", None, "date"),
        ("application", "2027-10-15", "17:00", "datetime"),
        ("result", "2027-10-22", None, "date"),
    ]
