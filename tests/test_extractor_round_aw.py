"""A schedule table handed over one cell a line (round aw): a browser's or a converter's copy of a table, each cell on
a line of its own. Each test a few lines written for its class."""

from tests.extractor_found import found


def test_header_cells_letter_spaced_to_their_columns_head_the_table():
    text = (
        "3　日程\n"
        "事　項\n期　間（自）\n期　間（至）\n時　間\n"
        "仕様書の閲覧\n令和9年5月10日（月）\n令和9年5月21日（金）\n午前9時～午後5時\n"
        "参加申請書の受付\n令和9年5月11日（火）\n令和9年5月18日（火）\n午後3時まで\n"
        "開札\n令和9年5月28日（金）\n―\n午前10時\n"
    )
    result = found(text)
    assert ("application", "2027-05-18", "15:00", "datetime") in result
    assert ("other", "2027-05-28", "10:00", "datetime") in result
    days = [day for _, day, *_ in result]
    assert "2027-05-11" not in days  # the window's first day is no step


def test_a_change_table_keeps_its_rows_that_change_no_date():
    text = (
        "2　訂正の内容\n"
        "公告の該当箇所\n訂正前\n訂正後\n"
        "---\n---\n---\n"
        "1(3) 納入数量\n端末 40台\n端末 45台\n"
        "4(2) 質問の受付期限\n令和9年6月4日（金）午後5時\n令和9年6月9日（水）午後5時\n"
        "1(5) 参加資格\n平成30年度以降に同種業務の実績を有すること。\n平成29年度以降に同種業務の実績を有すること。\n"
        "6(1) 入札書の提出期限\n令和9年6月18日（金）正午\n令和9年6月25日（金）正午\n"
    )
    result = found(text)
    assert ("question", "2027-06-09", "17:00", "datetime") in result
    assert ("submission", "2027-06-25", "12:00", "datetime") in result
    days = [day for _, day, *_ in result]
    assert "2027-06-04" not in days and "2027-06-18" not in days  # the dates the correction replaced


def test_a_row_that_lost_its_empty_last_cell_leaves_the_next_rows_in_step():
    text = (
        "5　スケジュール\n"
        "手続き\n日時\n場所\n備考\n"
        "公告\n令和9年8月2日（月）\n市ホームページ\n\n"
        "質問への回答\n令和9年8月12日（木）\nホームページに掲載\n"
        "申請書の提出\n令和9年8月20日（金）午後5時まで\n契約課\n持参に限る\n"
        "開札\n令和9年8月27日（金）午前10時\n入札室\n立会いは任意\n"
    )
    assert found(text) == [
        ("published", "2027-08-02", None, "date"),
        ("answer", "2027-08-12", None, "date"),
        ("submission", "2027-08-20", "17:00", "datetime"),
        ("other", "2027-08-27", "10:00", "datetime"),
    ]


def test_a_rows_cells_wrapped_onto_a_second_row_give_its_time_and_a_note_below_stays_out():
    text = (
        "4　日程\n"
        "項目\n日程\n備考\n"
        "要領の公表\n令和9年9月1日(水)\n町ホームページ\n"
        "参加申込書の提出\n令和9年9月10日(金)\n\n17時00分まで\n持参又は郵送\n"
        "企画提案書の提出\n令和9年9月24日(金)\n\n12時00分まで\n持参に限る\n"
        "審査結果の通知\n令和9年10月中旬\n書面で通知\n"
        "\n"
        "※9月20日(月)から9月23日(木)までは、庁舎閉庁のため持参\n"
        "による受付は行わない。\n"
    )
    result = found(text)
    assert ("application", "2027-09-10", "17:00", "datetime") in result
    assert ("submission", "2027-09-24", "12:00", "datetime") in result
    assert ("result", "2027-10-01", None, "mid_month") in result
    days = [day for _, day, *_ in result]
    assert "2027-09-20" not in days and "2027-09-23" not in days
