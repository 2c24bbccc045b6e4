"""Change notices (round ap): 訂正公告, 日程変更, 期限延長, 中止, a 質問回答書 that moves a date. Only the dates the
change sets are milestones: a superseded version of a step's date is not, nor is one the change restates as
unchanged. The devices: a correction's versions written one under the other (【訂正前】 / 【訂正後】 with blank lines
between, 当初 / 第1回訂正後 / 第2回訂正後（今回）, a line of ￣ under the new words), an underline shown as _…_ inside a
date, English (before)/(after) marks, a 変更前 | 変更後 table whose new cell says 変更なし (a step it restates, none of
its own), such a table set one cell a line, a mail calling the whole call off, dates a sentence puts off, a reply's or
a forwarder's own schedule above the issuer's mail, a 質問回答書 restating the steps it answers about. Each notice
written for its class."""

from tests.extractor_found import found


def test_versions_of_a_corrected_step_written_one_under_the_other_keep_only_the_one_in_force():
    text = (
        "令和9年度 市民プール改修工事の入札公告の一部訂正について\n\n"
        "　令和9年5月10日付けで公告した一般競争入札について、次のとおり訂正する。\n\n"
        "　　令和9年5月17日\n\n"
        "1　訂正箇所\n"
        "　(1) 公告 4(2) 入札書の提出期限\n\n"
        "　　【訂正前】\n"
        "　　　令和9年5月26日（水）午後5時まで\n\n"
        "　　【訂正後】\n"
        "　　　令和9年6月2日（水）午後5時まで\n\n"
        "　(2) 公告 5(1) 開札の日時\n\n"
        "　　【訂正前】\n"
        "　　　令和9年5月27日（木）午前10時\n\n"
        "　　【訂正後】\n"
        "　　　令和9年6月3日（木）午前10時\n\n"
        "2　その他\n"
        "　上記以外の事項（工期 令和9年12月24日（金）まで等）に\n"
        "　変更はありません。\n"
    )
    result = found(text)
    assert ("submission", "2027-06-02", "17:00", "datetime") in result
    assert ("other", "2027-06-03", "10:00", "datetime") in result
    days = [day for _, day, *_ in result]
    assert "2027-05-26" not in days and "2027-05-27" not in days  # the superseded versions
    assert "2027-12-24" not in days  # named only as unchanged, in a sentence wrapped after 「…等）に」


def test_a_second_correction_keeps_its_own_version_of_each_step_not_the_first_corrections():
    text = (
        "                                                     令和 9 年 8 月 2 日\n\n"
        "        「河川堤防点検データ整備業務」企画競争説明書の訂正について（第 2 回）\n\n"
        "  令和 9 年 7 月 5 日付けで公示した標記の企画競争について、下記のとおり再度訂正します。\n"
        "  訂正箇所には下線を付しています。\n\n"
        "                                  記\n\n"
        "1 企画書の提出期限（説明書 6.(2)）\n\n"
        "  当初\n"
        "     令和 9 年 8 月 6 日 ( 金 ) 正午\n"
        "  第 1 回訂正後\n"
        "     令和 9 年 8 月 13 日 ( 金 ) 正午\n"
        "  第 2 回訂正後（今回）\n"
        "     令和 9 年 8 月 20 日 ( 金 ) 午後 5 時\n"
        "                      ￣￣￣￣￣￣￣￣￣￣￣￣\n\n"
        "2 審査結果の通知（説明書 8.(1)）\n\n"
        "  第 1 回訂正後\n"
        "     令和 9 年 9 月上旬\n"
        "  第 2 回訂正後（今回）\n"
        "     令和 9 年 9 月中旬\n"
        "                ￣￣￣￣\n"
    )
    result = found(text)
    assert ("submission", "2027-08-20", "17:00", "datetime") in result
    assert ("result", "2027-09-01", None, "mid_month") in result
    days = [(kind, day) for kind, day, *_ in result]
    assert ("submission", "2027-08-06") not in days and ("submission", "2027-08-13") not in days
    assert len([kind for kind, *_ in result if kind == "result"]) == 1  # not 9月上旬 (the first correction's)


def test_an_underline_shown_as_underscores_inside_a_date_and_time_is_read_through():
    text = (
        "件名: Fw: 【風見県】森林GIS更新業務 公募型プロポーザル（訂正公告）\n\n"
        "---------- 転送メッセージ ----------\n\n"
        "　令和9年6月1日付けで公告した公募型プロポーザルの一部を次のとおり訂正する。\n\n"
        "| 項目 | 訂正前 | 訂正後 |\n"
        "|------|--------|--------|\n"
        "| 質問の受付期限 | 令和9年6月9日（水）午後5時まで | 令和9年6月_11日（金）_午後5時まで |\n"
        "| 企画提案書の提出期限 | 令和9年6月25日（金）午後5時まで | 令和9年6月_30日（水）_午後5時_15分_まで |\n"
    )
    result = found(text)
    assert ("question", "2027-06-11", "17:00", "datetime") in result
    assert ("submission", "2027-06-30", "17:15", "datetime") in result
    assert not any(precision == "month" for *_, precision in result)  # no 「6月_」 read as a month alone
    days = [day for _, day, *_ in result]
    assert "2027-06-09" not in days and "2027-06-25" not in days


def test_english_before_and_after_marks_leave_the_old_dates_out():
    text = (
        "件名: 【訂正】入札公告の一部訂正について（分析装置一式）\n\n"
        "入札公告の一部訂正について\n\n"
        "　令和9年1月8日付けで公告した一般競争入札について、次のとおり訂正する。\n\n"
        "| 項目 | 訂正前 | 訂正後 |\n"
        "|---|---|---|\n"
        "| 入札書の提出期限 | 令和9年2月12日（金）17時00分 | 令和9年2月19日（金）17時00分 |\n\n"
        "(English)\n"
        "  Time-limit for tender: (before) 5:00 p.m., 12 February, 2027\n"
        "                         (after)  5:00 p.m., 19 February, 2027\n"
        "  Opening of tenders:    (before) 2:00 p.m., 17 February, 2027\n"
        "                         (after)  2:00 p.m., 24 February, 2027\n"
    )
    result = found(text)
    assert ("submission", "2027-02-19", "17:00", "datetime") in result
    days = [day for _, day, *_ in result]
    assert "2027-02-12" not in days and "2027-02-17" not in days


def test_an_unchanged_cell_restates_the_old_date_and_cells_one_a_line_are_rows():
    pasted = (
        "件名: 【共有】公民館指定管理 スケジュール変更一覧\n\n"
        "No\t項目\t変更前\t変更後\t備考\n"
        "1\t参加申込書提出期限\t2027/7/9(金) 17:00\t変更なし\t\n"
        "2\t企画提案書提出期限\t2027/7/21(水) 12:00\t2027/7/28(水) 12:00\t延長\n"
        "3\t契約締結\t2027/9上旬\t変更なし\t\n\n"
        "社内スケジュール（案）：\n"
        "・7/23(金) 提案書ドラフトレビュー\n"
        "・7/26(月) 最終版印刷\n"
    )
    result = found(pasted)
    assert ("submission", "2027-07-28", "12:00", "datetime") in result
    days = [day for _, day, *_ in result]
    # 「変更なし」: the step stands as it was, restated by the change (a milestone of the call, none of the change's)
    assert "2027-07-09" not in days and "2027-09-01" not in days
    assert "2027-07-21" not in days
    assert "2027-07-23" not in days and "2027-07-26" not in days  # the bidder's own steps
    one_a_line = (
        "電子入札システムの障害に伴う入札日程の変更について（庁舎空調更新工事）\n\n"
        "日程の変更\n\n"
        "項目\n当初\n変更後\n"
        "入札書の受付期間\n令和9年3月1日（月）9時から3月3日（水）17時まで\n令和9年3月8日（月）9時から3月10日（水）17時まで\n"
        "開札日時\n令和9年3月4日（木）10時\n令和9年3月11日（木）10時\n"
        "契約締結（予定）\n令和9年3月中旬\n令和9年3月下旬\n"
    )
    result = found(one_a_line)
    assert ("submission", "2027-03-10", "17:00", "datetime") in result
    assert ("other", "2027-03-11", "10:00", "datetime") in result
    assert ("contract", "2027-03-01", None, "late_month") in result
    days = [day for _, day, *_ in result]
    assert "2027-03-03" not in days and "2027-03-04" not in days


def test_a_mail_calling_the_call_off_has_no_milestones_though_it_quotes_the_schedule():
    text = (
        "From: 水郷エネルギー株式会社 <info@example.jp>\n"
        "To: info@example.jp\n"
        "Bcc: （参加事業者各位）\n"
        "Date: Tue, 12 Oct 2027 10:00:00 +0900\n"
        "Subject: 「小水力発電所保守業務」公募型プロポーザルの中止について\n\n"
        "本日付けで手続を中止することといたしました。\n\n"
        "> 【スケジュール】\n"
        ">   質問受付期限　　　　令和9年10月20日（水）17:00\n"
        ">   企画提案書提出期限　令和9年11月5日（金）17:00\n"
        ">   契約締結　　　　　　令和9年12月上旬\n"
    )
    assert found(text) == []


def test_dates_a_sentence_puts_off_are_no_milestones():
    text = (
        "市史編さん支援業務委託に係る公募型プロポーザルについて\n\n"
        "【お知らせ】手続の一時停止について（令和9年9月6日掲載）\n\n"
        "　大雨災害への対応のため、標記プロポーザルの手続を一時停止します。\n"
        "　企画提案書の提出期限（9月10日（金）午後5時）及びプレゼンテーション（9月21日（火））は延期とし、"
        "変更後の日程は、決まり次第お知らせします。\n\n"
        "■再開後のスケジュール（令和9年）\n"
        "・企画提案書の提出　　10月15日（金）午後5時まで\n"
    )
    result = found(text)
    assert ("submission", "2027-10-15", "17:00", "datetime") in result
    days = [day for _, day, *_ in result]
    assert "2027-09-10" not in days and "2027-09-21" not in days


def test_a_reply_quoting_the_issuers_mail_leaves_the_repliers_own_schedule_out():
    text = (
        "件名: RE: 【訂正】入札公告の一部訂正について（窓口端末賃貸借）\n"
        "差出人: 営業部 <sales@example.jp>\n\n"
        "締切が延びました。\n"
        "　・見積確定（メーカー回答）　3/1(月)\n"
        "　・入札書（電子）投函　　　　3/9(火)\n\n"
        "> From: 契約課 <keiyaku@example.jp>\n"
        "> Subject: 【訂正】入札公告の一部訂正について\n"
        ">\n"
        "> 　令和9年1月20日付けで公告した一般競争入札について、次のとおり訂正する。\n"
        "> 　| 項目 | 訂正前 | 訂正後 |\n"
        "> 　|---|---|---|\n"
        "> 　| 入札書の提出期限 | 令和9年3月5日（金）17時00分 | 令和9年3月12日（金）17時00分 |\n"
    )
    result = found(text)
    assert ("submission", "2027-03-12", "17:00", "datetime") in result
    days = [day for _, day, *_ in result]
    assert "2027-03-01" not in days and "2027-03-09" not in days and "2027-03-05" not in days


def test_a_question_and_answer_notice_restating_steps_gives_them():
    text = (
        "汐風市観光案内サイト改修業務に係る公募型プロポーザル\n\n"
        "質問回答書\n\n"
        "回答日：令和9年4月16日（金）\n\n"
        "　令和9年4月7日（水）から同月13日（火）までに受け付けた質問について、次のとおり回答します。\n\n"
        "No.1\n"
        "質問：\n"
        "　共同企業体の構成員を後から変更できますか。\n"
        "回答：\n"
        "　参加申込書の提出期限である令和9年4月23日（金）午後5時以降の変更は認めません。\n"
    )
    result = found(text)
    assert ("question", "2027-04-13", None, "date") in result
    assert ("application", "2027-04-23", "17:00", "datetime") in result
    text = (
        "白樺町交流センター指定管理者の募集に関する質問への回答\n\n"
        "　質問受付期限の令和9年7月9日（金）までに受け付けた質問について、次のとおり回答します。\n\n"
        "No.1　申請書類の提出期限を延長できないか。\n"
        "回答　申請書類の提出期限を令和9年8月27日（金）午後5時まで延長します。\n"
    )
    result = found(text)
    assert ("question", "2027-07-09", None, "date") in result
