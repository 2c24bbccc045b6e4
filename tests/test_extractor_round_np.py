"""Change notices of set uz: a 新旧対照表 printed one cell a line with a first column citing where each step stands,
a table of questions and answers with the day each question came in, answers that move two steps in one clause or
tell a plan as it was, and a restated schedule's list given for reference."""

from tests.extractor_found import found, one_line

# ---------------------------------------------------------------------------------------------------------------------
# A 新旧対照表 read one cell a line: its first column cites the item of the notice changed (「4(3)」「第5の2」), its
# header's names spread out (「変 更 前」) and cut (「公告第7号」 / 「の該当箇所」), a window's end on a line of its own


def test_a_one_cell_a_line_table_with_a_column_of_cited_items_gives_the_new_dates():
    text = (
        "入札公告の一部変更について\n"
        "令和9年3月1日付けで公告した庁舎空調改修工事について、次のとおり変更する。\n"
        "新旧対照表\n"
        "公告第7号\n"
        "の該当箇所\n"
        "項 目\n"
        "変 更 前\n"
        "変 更 後\n"
        "3(2)\n"
        "質問書の提出期\n"
        "限\n"
        "令和9年3月10日(水)\n"
        "午後5時\n"
        "令和9年3月17日(水)\n"
        "午後5時\n"
        "5(1)\n"
        "入札書の提出期\n"
        "間\n"
        "令和9年3月22日(月)午前9時\n"
        "から令和9年3月24日(水)午後5時まで\n"
        "令和9年3月29日(月)午前9時\n"
        "から令和9年3月31日(水)午後5時まで\n"
        "6\n"
        "開札の日時\n"
        "令和9年3月25日(木)午前10時\n"
        "令和9年4月1日(木)午前10時\n"
        "7 問い合わせ先\n"
        "契約課 電話 000-0000-0000\n"
    )
    assert found(text) == [
        ("question", "2027-03-17", "17:00", "datetime"),
        ("submission", "2027-03-31", "17:00", "datetime"),
        ("other", "2027-04-01", "10:00", "datetime"),
    ]


def test_the_cited_items_column_may_be_named_for_its_page_and_its_items_written_so():
    text = (
        "募集要項の一部訂正について\n"
        "次のとおり訂正します。\n"
        "要項の該当頁\n"
        "項目\n"
        "訂 正 前\n"
        "訂 正 後\n"
        "第2の1\n"
        "参加申込書の提\n"
        "出期限\n"
        "2028年5月12日(金)正午\n"
        "2028年5月19日(金)正午\n"
        "第2の3\n"
        "企画提案書の提出期限\n"
        "2028年6月2日(金)午後5時\n"
        "2028年6月9日(金)午後5時\n"
        "以上\n"
    )
    assert found(text) == [
        ("application", "2028-05-19", "12:00", "datetime"),
        ("submission", "2028-06-09", "17:00", "datetime"),
    ]


def test_a_window_from_the_notice_day_in_a_changed_row_is_the_row_steps_end():
    text = (
        "変更公告\n"
        "該当箇所\t項目\t変更前\t変更後\n"
        "4(3)\t設計図書の閲覧期間\t公告日から令和9年6月4日(金)まで\t公告日から令和9年6月11日(金)まで\n"
        "5(1)\t質問書の提出期限\t令和9年6月2日(水)正午\t令和9年6月9日(水)正午\n"
    )
    assert found(text) == [
        ("question", "2027-06-09", "12:00", "datetime"),
        ("other", "2027-06-11", None, "date"),
    ]


def test_the_table_named_in_prose_is_no_mark_of_an_old_value():
    text = (
        "入札公告の一部変更\n"
        "次の新旧対照表のとおり変更する。なお、入札書の提出期限は、令和9年9月24日(金)午後5時まで延長する。\n"
    )
    assert found(text) == [("submission", "2027-09-24", "17:00", "datetime")]
    text = "正誤表\n詳細は新旧対照表を参照。参加申込書の提出期限は2027年10月4日(月)正午とします。\n"
    assert found(text) == [("application", "2027-10-04", "12:00", "datetime")]


def test_a_reference_list_of_the_changed_schedule_keeps_its_marked_rows_only():
    text = (
        "公募型プロポーザルの日程変更について\n"
        "(参考)変更後の日程一覧\n"
        "※印は今回変更した項目。※印のない項目は当初から変更はない。\n"
        "公告 令和9年4月5日(月)\n"
        "※質問の受付期限 令和9年4月21日(水)午後5時\n"
        "※企画提案書の提出期限 令和9年5月14日(金)正午\n"
        "※ヒアリング 令和9年5月26日(水)午後1時\n"
        "契約締結 令和9年6月中旬(予定)\n"
    )
    assert found(text) == [
        ("question", "2027-04-21", "17:00", "datetime"),
        ("submission", "2027-05-14", "12:00", "datetime"),
        ("hearing", "2027-05-26", "13:00", "datetime"),
    ]


# ---------------------------------------------------------------------------------------------------------------------
# A 質問回答書 as a table: the column of the day each question came in, answers that restate a day, that move two steps
# in one clause, and that tell the plan as it was


def test_the_received_day_column_of_a_questions_and_answers_table_gives_no_step():
    text = (
        "質問回答書\n"
        "No.\t受付日\t項目\t質問内容\t回答\n"
        "1\t2027/9/6\t提出書類\t企画提案書の様式は指定されていますか。\t様式第5号を使用してください。\n"
        "2\t2027/9/7\t日程\t企画提案書の提出期限を延長できますか。\t企画提案書の提出期限を2027年10月15日(金)正午に延長します。\n"
        "3\t2027/9/8\t業務\t業務の範囲を教えてください。\t仕様書のとおりです。\n"
    )
    assert found(text) == [("submission", "2027-10-15", "12:00", "datetime")]
    text = (
        "質問に対する回答\n"
        "番号\t質問日\t質問\t回答\n"
        "1\t令和8年11月2日\t参加資格の基準日はいつですか。\t公告日です。\n"
        "2\t令和8年11月4日\t現地見学はできますか。\t11月20日(金)午前10時から実施します。\n"
        "3\t令和8年11月5日\t提案上限額は税込みですか。\t税込みです。\n"
    )
    assert found(text) == [("other", "2026-11-20", "10:00", "datetime")]


def test_an_answer_that_says_its_day_stands_restates_it():
    text = (
        "質問回答書\n"
        "No.\t質問内容\t回答\n"
        "1\t審査結果はいつ通知されますか。\t令和9年8月6日(金)までに書面で通知します。変更はありません。\n"
        "2\tヒアリングの日程は変わりますか。\tヒアリングは令和9年8月20日(金)に変更します。\n"
    )
    assert found(text) == [("hearing", "2027-08-20", None, "date")]


def test_two_steps_moved_in_one_clause_each_from_its_old_value():
    text = (
        "質問回答書\n"
        "No.\t質問内容\t回答\n"
        "1\t今後の日程を教えてください。\t"
        "選定結果の通知は「令和9年2月上旬」から「令和9年2月下旬」に、契約の締結は「令和9年3月上旬」から「令和9年3月中旬」に変更します。\n"
    )
    assert found(text) == [
        ("result", "2027-02-01", None, "late_month"),
        ("contract", "2027-03-01", None, "mid_month"),
    ]


def test_the_plan_as_it_was_before_a_step_new_day_is_no_step():
    text = (
        "質問回答書\n"
        "No.\t質問内容\t回答\n"
        "1\tプレゼンテーションの日程は変わりますか。\t"
        "令和10年5月中旬としていたプレゼンテーション審査は、令和10年5月27日(土)に実施します。\n"
    )
    assert found(text) == [("hearing", "2028-05-27", None, "date")]
    text = (
        "質問回答書\n"
        "No.\t質問内容\t回答\n"
        "1\t説明会は開催されますか。\t"
        "2028年7月3日(月)に予定しておりました説明会は、2028年7月10日(月)午後2時から開催します。\n"
    )
    assert found(text) == [("other", "2028-07-10", "14:00", "datetime")]


def test_a_plan_still_in_force_keeps_its_day():
    text = "募集要項\n令和9年6月16日(水)に予定している説明会の参加申込は、令和9年6月10日(木)正午までに行うこと。\n"
    assert "2027-06-16" in [day for _, day, *_ in found(text)]


def test_a_csv_sheet_of_answers_with_its_received_day_column_reads_the_same_on_one_line():
    text = (
        "公募型プロポーザル 質問回答書,,,,\n"
        ",,,,令和9年5月20日\n"
        "番号,受付日,項目,質問内容,回答\n"
        "1,2027/5/10,様式,提案書の様式に指定はありますか。,様式第3号によります。\n"
        '2,2027/5/11,日程,提出期限を延長できますか。,"企画提案書の提出期限を令和9年6月18日(金)午後5時に延長します。\n'
        '提出方法に変更はありません。"\n'
        "3,2027/5/12,業務,業務の範囲を教えてください。,仕様書のとおりです。\n"
        "4,2027/5/12,その他,見積書は必要ですか。,不要です。\n"
    )
    assert found(text) == [("submission", "2027-06-18", "17:00", "datetime")]
    assert found(one_line(text)) == found(text)
