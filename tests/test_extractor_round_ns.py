"""Change notices (round ns): a 正誤表 whose table came out one cell a line, and a recurring duty of the work written
as a day of the month after. Each test a few lines written for its device."""

from tests.extractor_found import found, one_line

# --- a 正誤表 set one cell a line ---------------------------------------------------------------------------------


def test_a_correction_table_one_cell_a_line_reads_its_corrected_column():
    text = (
        "榛名市公共施設予約システム更新業務 公募型プロポーザル募集要項の正誤表\n"
        "下表のとおり訂正します。\n"
        "番号\n資料名\n頁\n箇所\n誤\n正\n"
        "1\n募集要項\n3\n5(1)参加申込書の提出期限\n令和9年4月10日(金)午後5時\n令和9年4月17日(金)午後5時\n"
        "2\n募集要項\n4\n5(3)質問への回答\n令和9年4月17日(金)までに市ホームページに掲載\n"
        "令和9年4月21日(火)までに市ホームページに掲載\n"
        "3\n募集要項\n5\n6(2)ヒアリング\n令和9年5月中旬(予定)\n令和9年5月下旬(予定)\n"
    )
    assert found(text) == [
        ("application", "2027-04-17", "17:00", "datetime"),
        ("answer", "2027-04-21", None, "date"),
        ("hearing", "2027-05-01", None, "late_month"),
    ]


def test_a_comparison_table_header_printed_again_atop_the_next_page_is_its_header():
    text = (
        "正誤表\n"
        "No.\t頁\t該当箇所\t誤\t正\n"
        "1\t2\t4(2) 質問書の受付期限\t2027年9月3日(金)正午\t2027年9月10日(金)正午\n"
        "- 1 -\n"
        "No.\t頁\t該当箇所\t誤\t正\n"
        "4\t6\t7(1) 契約締結\t2027年10月下旬\t2027年11月上旬\n"
    )
    assert found(text) == [("question", "2027-09-10", "12:00", "datetime"), ("contract", "2027-11-01", None, "early_month")]
    text = (
        "変更公告\n"
        "項目\t変更前\t変更後\n"
        "質問の受付期限\t令和10年1月15日(月)正午\t令和10年1月22日(月)正午\n"
        "－２－\n"
        "項目\t変更前\t変更後\n"
        "ヒアリング\t令和10年1月下旬\t令和10年2月上旬\n"
    )
    assert found(text) == [("question", "2028-01-22", "12:00", "datetime"), ("hearing", "2028-02-01", None, "early_month")]


# --- a day of every month of the work ------------------------------------------------------------------------------


def test_a_day_of_the_month_after_for_the_month_before_is_no_date():
    text = (
        "正誤表\n"
        "箇所\t誤\t正\n"
        "4(1) 提案書の提出期限\t令和9年6月23日(水)午後5時\t令和9年6月30日(水)午後5時\n"
        "5(2) 月次報告\t毎月末日までに提出\t翌月5日までに前月分を提出\n"
    )
    assert found(text) == [("submission", "2027-06-30", "17:00", "datetime")]
    text = (
        "訂正表\n"
        "項目\t訂正前\t訂正後\n"
        "入札書の受領期限\t2028年2月9日(水)12時\t2028年2月16日(水)12時\n"
        "実績報告\t当月末日まで\t翌月7日までに、前月の実績を報告\n"
    )
    assert found(text) == [("submission", "2028-02-16", "12:00", "datetime")]


# --- an arrow between a cell's old and new value, each with the same words after its date --------------------------


def test_an_arrow_between_two_values_that_share_their_words_after_the_date():
    text = (
        "令和8年度 入札日程の変更について\n"
        "■質問への回答\n"
        "9月11日(金)までに市ホームページに掲載　→　9月18日(金)までに市ホームページに掲載\n"
        "■入札書の提出\n"
        "9月25日(金)午後3時まで持参　→　10月2日(金)午後3時まで持参\n"
    )
    assert found(text) == [("answer", "2026-09-18", None, "date"), ("submission", "2026-10-02", "15:00", "datetime")]
    assert found(one_line(text)) == found(text)
    text = "延期のお知らせ\n・回答の公表　2027年2月3日(水)ウェブサイトで公表 ⇒ 2027年2月10日(水)ウェブサイトで公表\n"
    assert found(text) == [("answer", "2027-02-10", None, "date")]
