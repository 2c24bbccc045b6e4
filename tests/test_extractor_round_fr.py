"""Change notices read as one line (round fr): a text copied with its line breaks read as spaces keeps the rows of its
table of the dates before and after a change. A cell after a date saying the date is unchanged (「同左」「(変更なし)」)
stays on its row, no label of the next; the head of a comparison table (「改正後<TAB>改正前」, 「番号<TAB>項目<TAB>変更前
<TAB>変更後」) run into the words before it is a line of its own; and an item's number that begins both cells of a row
of the comparison table begins no line. Each notice written for its layout."""

from tests.extractor_found import found, one_line

# the words of a notice around its table (a line of one is longer than any notice's own line only with them)
REASON = (
    "仕様書に掲げる調査の対象と数量を見直したことに伴い、参加を予定する事業者が提案を準備する期間を確保するため、"
    "以降の手続の日程を次のとおり改めます。既に参加申込書を提出した事業者は、改めて提出する必要はありません。"
    "変更後の仕様書及び様式は、本ページに掲載しています。\n\n"
)
# the same words as a PDF's text gives them, each line cut where the page's width ended, mid-sentence (the notice read as
# one line then has words parted by the spaces that stood for those breaks)
WRAPPED = (
    "仕様書に掲げる調査の対象と数量を見直したこ\nとに伴い、参加を予定する事業者が提案を準備\nする期間を確保するため、"
    "以降の手続の日程\nを次のとおり改めます。既に参加申込書を提出\nした事業者は、改めて提出する必要はありませ\nん。"
    "変更後の仕様書及び様式は、本ページに掲\n載しています。担当課の窓口でも配布してい\nます。\n\n"
)
OTHER = (
    "\nその他\n(1) 上記以外の事項(参加資格、評価基準、提出方法等)については、当初の要領のとおりとします。\n"
    "(2) 業務期間及び提案上限額に変更はありません。\n(3) 提出書類の様式は、本ページから入手してください。\n"
)


def test_a_spaced_table_of_a_change_keeps_its_unchanged_marks_on_their_rows_in_one_line():
    text = (
        "潮騒町観光案内サイト改修業務 プロポーザルの日程変更について\n\n"
        "標記業務の日程を次のとおり変更します。\n"
        f"{REASON}"
        "　　項目　　　　　　　　　　当初　　　　　　　　　　　　変更後\n"
        "　　公告　　　　　　　　　　令和9年4月3日（金）　　　　（変更なし）\n"
        "　　質問の受付期限　　　　　令和9年4月10日（金）午後5時　（変更なし）\n"
        "　　企画提案書の提出期限　　令和9年4月24日（金）正午　　令和9年5月8日（金）正午\n"
        "　　審査結果の通知　　　　　令和9年5月中旬　　　　　　　（変更なし）\n\n"
        f"{OTHER}"
        "問合せ先　潮騒町 商工観光課\n"
    )
    result = found(one_line(text))
    assert ("submission", "2027-05-08", "12:00", "datetime") in result
    days = [day for _, day, *_ in result]
    assert "2027-04-24" not in days  # the superseded date
    assert "2027-04-10" not in days  # restated as it was


def test_a_comparison_table_whose_rows_begin_with_the_same_item_number_in_both_cells_in_one_line():
    text = (
        "浜木綿町公告第12号\n\n"
        "浜木綿町地域交通計画策定業務 公募型プロポーザル実施公告の一部訂正について\n\n"
        "公告の一部を次のとおり訂正する。\n"
        f"{REASON}"
        "新旧対照表\n"
        "訂正後\t訂正前\n"
        "5　日程\t5　日程\n"
        "(1)　公告日　令和9年6月1日(火)\t(1)　公告日　令和9年6月1日(火)\n"
        "(2)　参加表明書の提出期限　令和9年6月18日(金)午後5時\t(2)　参加表明書の提出期限　令和9年6月11日(金)午後5時\n"
        "(3)　企画提案書の提出期限　令和9年7月9日(金)正午\t(3)　企画提案書の提出期限　令和9年7月2日(金)正午\n\n"
        f"{OTHER}"
        "問い合わせ先　浜木綿町 企画課\n"
    )
    days = [day for _, day, *_ in found(one_line(text))]
    assert "2027-06-18" in days and "2027-07-09" in days
    assert "2027-06-11" not in days and "2027-07-02" not in days  # the old version's column
    assert "2027-06-01" not in days  # restated as it was


def test_a_markdown_table_of_a_change_ends_at_the_blank_line_under_its_last_row_in_one_line():
    text = (
        "Notice of Amendment: Supply of Laboratory Freezers\n\n"
        "The following items of the Notice of Procurement are amended.\n\n"
        "| Item | Before amendment | After amendment |\n"
        "|---|---|---|\n"
        "| Deadline for questions | 12:00 noon, 6 August, 2027 | 12:00 noon, 13 August, 2027 |\n"
        "| Date and time of opening of tenders | 10:00 A.M., 20 August, 2027 | 10:00 A.M., 27 August, 2027 |\n\n"
        "In other words, tenders will now be opened at 10:00 A.M. on Friday, 27 August, 2027. All other items of the "
        "Notice of Procurement, including the qualifications for participating in the tendering procedures, the "
        "delivery place and the delivery period, remain unchanged. Suppliers that have already submitted documents "
        "need not submit them again.\n\n"
        "Contact: Procurement Division, Finance Department\n"
    )
    days = [day for _, day, *_ in found(one_line(text))]
    assert "2027-08-13" in days and "2027-08-27" in days
    assert "2027-08-06" not in days and "2027-08-20" not in days  # the dates before the amendment


def test_a_list_restated_under_a_heading_of_no_change_stays_restated_in_one_line():
    text = (
        "若葉市図書館システム更新業務 公募型プロポーザルの日程変更について\n\n"
        "標記業務の日程を次のとおり変更します。\n"
        f"{WRAPPED}"
        "■ 変更内容\n\n"
        "　企画提案書の提出期限　令和9年7月9日（金）正午　→　令和9年7月16日（金）正午\n\n"
        "■ 変更のない事項\n\n"
        "　・参加申込書の提出期限　令和9年6月25日（金）午後5時\n"
        "　・審査結果の通知　令和9年8月上旬\n"
        f"{OTHER}"
        "問合せ先　若葉市 情報政策課\n"
    )
    days = [day for _, day, *_ in found(one_line(text))]
    assert "2027-07-16" in days
    assert "2027-06-25" not in days and "2027-08-01" not in days  # restated as they were


def test_a_schedule_restated_in_an_answer_sheet_stays_restated_in_one_line():
    text = (
        "令和9年6月4日\n\n"
        "潮騒町観光案内サイト改修業務に係る公募型プロポーザル\n質問に対する回答書\n\n"
        "令和9年5月21日付けで公告した標記プロポーザルについて、受け付けた質問に対し、次のとおり回答します。\n"
        f"{WRAPPED}"
        "1　スケジュール（実施要領 第6 の再掲）\n"
        "　(1) 公告　　　　　　　　　令和9年5月21日（金）\n"
        "　(2) 質問受付期限　　　　　令和9年5月31日（月）午後5時\n"
        "　(3) 参加申込書の提出期限　令和9年6月9日（水）午後5時\n"
        "　(4) 企画提案書の提出期限　令和9年6月18日（金）午後5時\n"
        "　(5) 審査結果の通知　　　　令和9年7月中旬\n"
        "　※(4)の期限は、下記質問No.1の回答により変更しています。\n\n"
        "2　質問及び回答\n"
        "No.1　質問　企画提案書の提出期限を延長していただけないでしょうか。\n"
        "　回答　企画提案書の提出期限を令和9年6月25日（金）午後5時に延長します。\n"
        f"{OTHER}"
    )
    result = found(one_line(text))
    assert ("submission", "2027-06-25", "17:00", "datetime") in result
    days = [day for _, day, *_ in result]
    assert "2027-05-21" not in days and "2027-06-09" not in days and "2027-07-01" not in days  # restated as they were
