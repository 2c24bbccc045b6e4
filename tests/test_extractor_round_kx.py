"""Change notices read by their marks (round kx): a restated schedule whose changed parts are underlined
(「＿＿令和9年7月5日（月）午後5時＿＿」), a strike-through drawn with full-width waves (「〜〜令和9年7月1日〜〜」), a
正誤表 whose text layer gives its columns one after another (「誤」 over 「正」, the old rows and then the new ones), and
a letter's steps already done (「9/10(金)までにご提出いただいた参加申込書は…」「9/14(火)に公開しました回答」).
Each test a few invented lines."""

from tests.extractor_found import found


def test_underline_marks_round_a_date_leave_it_as_written():
    from tenders.extractor.normalize import normalize_line

    assert normalize_line("　　＿＿令和９年７月５日（月）午後５時＿＿").strip() == "令和9年7月5日(月)午後5時"
    assert normalize_line("（８）審査結果の通知　＿＿令和９年８月上旬＿＿（予定）").count("_") == 0


def test_a_restated_schedule_reads_its_underlined_dates():
    text = (
        "霜月町公告第12号\n"
        "霜月町広報誌編集業務委託に係る公募型プロポーザルの実施について（変更公告）\n"
        "※＿＿＿＿で示した部分が変更箇所である。\n"
        "３　日程\n"
        "（１）質問書の提出期限\n"
        "　　　＿＿令和9年7月5日（月）午後5時＿＿\n"
        "（２）企画提案書の提出期限\n"
        "　　　＿＿令和9年7月20日（火）正午＿＿（必着）\n"
        "（３）審査結果の通知\n"
        "　　　＿＿令和9年8月上旬＿＿（予定）\n"
    )
    assert found(text) == [
        ("question", "2027-07-05", "17:00", "datetime"),
        ("submission", "2027-07-20", "12:00", "datetime"),
        ("result", "2027-08-01", None, "early_month"),
    ]


def test_a_strike_through_of_full_width_waves_is_the_old_value():
    text = (
        "【令和9年6月20日　一部変更】\n"
        "霜月町広報誌印刷業務 条件付一般競争入札の実施について\n"
        "5　入札参加資格確認申請\n"
        "(1)　提出期限　〜〜令和9年7月1日（木）午後5時〜〜　令和9年7月8日（木）午後5時（令和9年6月20日変更）\n"
        "7　開札\n"
        "(1)　日時　令和9年7月15日（木）午前10時\n"
    )
    steps = found(text)
    assert ("application", "2027-07-08", "17:00", "datetime") in steps
    assert not any(day == "2027-07-01" for _, day, *_ in steps)


def test_a_seigohyo_whose_columns_come_one_after_another_keeps_the_new_column():
    text = (
        "霜月町広報誌編集業務委託公募型プロポーザル実施要領\n"
        "正 誤 表\n"
        "令和9年7月2日に公表した実施要領の記載に誤りがありましたので、下記のとおり訂正します。\n"
        "頁\n"
        "誤\n"
        "正\n"
        "2\n"
        "3\n"
        "５(1) 質問書の提出期限 令和9年7月9日（金）午後5時\n"
        "６(2) 企画提案書の提出期限 令和9年7月26日（月）午後5時\n"
        "５(1) 質問書の提出期限 令和9年7月8日（木）午後5時\n"
        "６(2) 企画提案書の提出期限 令和9年7月26日（月）正午\n"
        "以上\n"
    )
    assert found(text) == [
        ("question", "2027-07-08", "17:00", "datetime"),
        ("submission", "2027-07-26", "12:00", "datetime"),
    ]


def test_a_letter_s_steps_already_done_are_left_out():
    text = (
        "件名：【霜月町】広報誌編集業務 公募型プロポーザル 日程変更のお知らせ\n"
        "参加申込事業者 各位\n"
        "9/14(火)に公開しました質問回答に関連して、仕様書を修正しました。\n"
        "企画提案書の提出期限を延長します。\n"
        "　（変更後）10/1(金) 17:00必着\n"
        "なお、9/10(金)までにご提出いただいた参加申込書は引き続き有効です。\n"
        "\n"
        "Date: Thu, 16 Sep 2027 10:00:00 +0900\n"
    )
    steps = found(text)
    assert ("submission", "2027-10-01", "17:00", "datetime") in steps
    assert not any(day in ("2027-09-14", "2027-09-10") for _, day, *_ in steps)


def test_an_ordinary_schedule_with_a_deadline_for_papers_handed_in_is_read():
    text = (
        "霜月町広報誌編集業務委託 公募型プロポーザル実施要領\n"
        "1 参加表明書の提出期限 令和9年7月9日（金）午後5時までに提出すること。\n"
        "2 企画提案書の提出期限 令和9年7月26日（月）午後5時\n"
        "3 審査結果の通知 令和9年8月上旬\n"
    )
    assert found(text) == [
        ("application", "2027-07-09", "17:00", "datetime"),
        ("submission", "2027-07-26", "17:00", "datetime"),
        ("result", "2027-08-01", None, "early_month"),
    ]


def test_an_ordinary_table_headed_old_and_new_beside_each_other_is_not_taken_for_stacked_columns():
    text = (
        "霜月町広報誌編集業務委託 公募型プロポーザル\n"
        "正\n"
        "1 参加表明書の提出期限 令和9年7月9日（金）午後5時\n"
        "2 企画提案書の提出期限 令和9年7月26日（月）午後5時\n"
    )
    assert found(text) == [
        ("application", "2027-07-09", "17:00", "datetime"),
        ("submission", "2027-07-26", "17:00", "datetime"),
    ]


def test_a_portal_s_box_of_new_calls_beside_the_call_is_no_step():
    text = (
        "訂正情報\n"
        "案件名\t霜月町立図書館 蔵書点検業務\n"
        "■ 日程\n"
        "入札書提出期限\t2027/07/15 17:00\n"
        "開札日時\t2027/07/16 10:00\n"
        "\n"
        "新着案件\n"
        "2027/07/02　霜月町役場 複合機賃貸借（入札書提出期限 2027/07/22 17:00）\n"
    )
    assert found(text) == [
        ("submission", "2027-07-15", "17:00", "datetime"),
        ("other", "2027-07-16", "10:00", "datetime"),
    ]


SPACED_TABLE = (
    "霜月町広報誌編集業務委託 募集要項 新旧対照表\n"
    "令和9年6月18日に公表した募集要項の一部を、次のとおり変更します。\n"
    "\n"
    "   項目                変更前                          変更後\n"
    "\n"
    "   (1) 質問の受付期    令和9年6月30日（水）午後5時     令和9年7月9日（金）午後5時\n"
    "   限                  まで                            まで\n"
    "\n"
    "   (2) 申請書類の提    令和9年7月12日（月）から7月     令和9年7月26日（月）から7月\n"
    "   出期間              16日（金）午後5時まで           30日（金）午後5時まで\n"
    "\n"
    "   (3) 選定委員会に    令和9年8月上旬（予定）          令和9年8月中旬（予定）\n"
    "   よるヒアリング\n"
)


def test_a_spaced_comparison_table_reads_the_new_column_and_days_cut_over_its_rows():
    assert found(SPACED_TABLE) == [
        ("question", "2027-07-09", "17:00", "datetime"),
        ("submission", "2027-07-30", "17:00", "datetime"),
        ("hearing", "2027-08-01", None, "mid_month"),
    ]
