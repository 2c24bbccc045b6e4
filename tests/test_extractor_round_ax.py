"""Bundles: one text holding several papers of one call (a notice and its correction, a call and a mail that moves a
date) (round ax): the same step given in several papers is one milestone, and a later paper's change wins. Each test
a few lines written for its class."""

from tests.extractor_found import found

# --- a correction's table, the notice it corrects given above it: the old dates are gone ----------------------

NOTICE_THEN_CORRECTION_TABLE = (
    "青浜町告示第5号\n"
    "青浜町観光案内所運営業務に係る公募型プロポーザルの実施について\n"
    "令和11年4月2日\n"
    "青浜町長　山田　一郎\n"
    "1　日程\n"
    "(1) 質問の提出期限　令和11年4月12日（木）午後5時\n"
    "(2) 企画提案書の提出期限　令和11年4月26日（木）午後5時\n"
    "(3) プレゼンテーション　令和11年5月9日（水）\n"
    "(4) 契約の締結　令和11年5月中旬\n"
    "\n"
    "青浜町告示第8号\n"
    "青浜町観光案内所運営業務に係る公募型プロポーザルの実施について（訂正）\n"
    "令和11年4月2日付け青浜町告示第5号の一部を次のとおり訂正する。\n"
    "令和11年4月10日\n"
    "青浜町長　山田　一郎\n"
    "| 項目 | 訂正前 | 訂正後 |\n"
    "|---|---|---|\n"
    "| (2) 企画提案書の提出期限 | 令和11年4月26日（木）午後5時 | 令和11年5月1日（火）午後5時 |\n"
    "| (3) プレゼンテーション | 令和11年5月9日（水） | 令和11年5月15日（火） |\n"
    "| (4) 契約の締結 | 令和11年5月中旬 | 令和11年5月下旬 |\n"
)


def test_a_correction_table_puts_out_the_old_dates_of_the_notice_above():
    assert found(NOTICE_THEN_CORRECTION_TABLE) == [
        ("question", "2029-04-12", "17:00", "datetime"),
        ("submission", "2029-05-01", "17:00", "datetime"),
        ("hearing", "2029-05-15", None, "date"),
        ("contract", "2029-05-01", None, "late_month"),
    ]


def test_a_correction_table_leaves_the_unchanged_start_of_a_window():
    text = (
        "公告\n"
        "1　入札説明書の交付期間　令和11年6月1日（金）から令和11年6月15日（金）まで\n"
        "2　入札書の提出期限　令和11年6月22日（金）午後5時\n"
        "\n"
        "訂正公告\n"
        "| 箇所 | 訂正前 | 訂正後 |\n"
        "|---|---|---|\n"
        "| 1 交付期間 | 令和11年6月1日（金）から令和11年6月15日（金）まで | 令和11年6月1日（金）から令和11年6月20日（水）まで |\n"
        "| 2 入札書の提出期限 | 令和11年6月22日（金）午後5時 | 令和11年6月27日（水）午後5時 |\n"
    )
    assert found(text) == [
        ("published", "2029-06-01", None, "date"),
        ("submission", "2029-06-27", "17:00", "datetime"),
    ]


# --- a corrected date given by the notice's own item and by another paper's sentence --------------------------


def test_a_corrected_date_puts_out_the_same_papers_date_in_the_guidelines():
    # the 実施要領 names the step by its form (「質問書（様式第2号）」), the correction by its deadline
    text = (
        "公告\n"
        "(1) 質問の提出期限　令和11年7月5日（木）午後5時\n"
        "(2) 企画提案書の提出期限　令和11年7月19日（木）正午\n"
        "\n"
        "実施要領\n"
        "5　質問\n"
        "　質問書（様式第2号）を令和11年7月5日（木）午後5時までに電子メールで提出すること。\n"
        "\n"
        "訂正公告\n"
        "(1) 質問の提出期限\n"
        "　（誤）令和11年7月5日（木）午後5時\n"
        "　（正）令和11年7月9日（月）午後5時\n"
    )
    assert found(text) == [
        ("question", "2029-07-09", "17:00", "datetime"),
        ("submission", "2029-07-19", "12:00", "datetime"),
    ]


# --- a second mail that moves a date: 「変更前：」 alone on its line, the step named in the sentence above -------


def test_a_mail_that_moves_a_date_puts_out_the_first_mails_date():
    text = (
        "件名: 企画提案募集のご案内\n"
        "主な日程\n"
        "・企画提案書　令和11年9月3日（月）17時まで\n"
        "・プレゼン審査　令和11年9月14日（金）予定\n"
        "\n"
        "件名: 【重要】プレゼンテーション審査の日程変更について\n"
        "選定委員の都合により、プレゼンテーション審査の日程を下記のとおり変更いたします。\n"
        "\n"
        "　変更前：令和11年9月14日（金）\n"
        "　変更後：令和11年9月18日（火）13時00分から\n"
    )
    assert found(text) == [
        ("submission", "2029-09-03", "17:00", "datetime"),
        ("hearing", "2029-09-18", "13:00", "datetime"),
    ]


# --- a correction's table cites the notice's item by its number: the section's heading names the step ---------


def test_a_correction_row_citing_an_item_by_number_is_of_that_sections_step():
    # 「4（1）提出期限」 is the deadline of section 4, the qualification's application (not a bid); its old date in
    # the notice above is gone
    text = (
        "入札公告\n"
        "4　競争入札参加資格確認申請\n"
        "（1）提出期限　令和11年10月5日（金）午後5時\n"
        "（2）確認結果の通知　令和11年10月12日（金）までに通知する。\n"
        "5　入札書の提出及び開札\n"
        "（1）入札書の提出期限　令和11年10月24日（水）午後5時\n"
        "\n"
        "訂正公告\n"
        "| 箇所 | 訂正前 | 訂正後 |\n"
        "|---|---|---|\n"
        "| 4（1）提出期限 | 令和11年10月5日（金）午後5時 | 令和11年10月10日（水）午後5時 |\n"
    )
    assert found(text) == [
        ("application", "2029-10-10", "17:00", "datetime"),
        ("result", "2029-10-12", None, "date"),
        ("submission", "2029-10-24", "17:00", "datetime"),
    ]


# --- a question form (様式) among the papers: the sample question's dates are quoted, no steps -----------------


def test_a_question_forms_sample_row_gives_no_step():
    text = (
        "1　スケジュール\n"
        "（1）質問受付期限　令和11年10月13日（金）午後5時\n"
        "（2）企画提案書提出期限　令和11年11月10日（金）正午\n"
        "\n"
        "様式第3号\n"
        "質　問　書\n"
        "| 番号 | 該当箇所（頁・項目） | 質問内容 |\n"
        "|---|---|---|\n"
        "| 例 | 実施要領2（3） | 令和12年2月の研修は対面での実施を想定していますか。 |\n"
        "|  |  |  |\n"
    )
    assert found(text) == [
        ("question", "2029-10-13", "17:00", "datetime"),
        ("submission", "2029-11-10", "12:00", "datetime"),
    ]


# --- 「(1) 実施期間」 under an event's heading: the days the event is held on, not the work's period -----------


def test_an_events_period_under_its_heading_is_the_events():
    text = (
        "4 ． 技術提案書\n"
        "　( 1 ) 提出期限　　 令和 11 年 8 月 24 日 ( 金 ) 午後 4 時\n"
        "5 ． ヒアリング\n"
        "　( 1 ) 実施期間　　 令和 11 年 8 月 29 日 ( 水 ) から 8 月 31 日 ( 金 ) まで\n"
        "　( 2 ) 各者の日時は、令和 11 年 8 月 27 日 ( 月 ) 以降に通知する。\n"
        "6 ． 業務概要\n"
        "　( 1 ) 実施期間　　 契約締結日から令和 12 年 3 月 15 日 ( 金 ) まで\n"
    )
    assert found(text) == [
        ("submission", "2029-08-24", "16:00", "datetime"),
        ("hearing", "2029-08-29", None, "date"),  # (a hearing over three days: its first day, as INDEX says)
    ]


# --- a paper of answers among the attachments: 「…を示されたい。」 asks, the answer's date is what it asks about ---


def test_an_answer_to_a_question_asked_as_されたい_gives_no_step_of_the_work():
    text = (
        "4　質問及び回答\n"
        "　(1) 質問期限　令和11年11月20日（火）午後5時\n"
        "　(2) 回答日　令和11年11月26日（月）\n"
        "5　入札\n"
        "　(1) 開札日時　令和11年12月6日（木）午前10時\n"
        "\n"
        "質問回答書.pdf\n"
        "令和11年11月26日\n"
        "質問1　既設側溝の撤去に伴う交通規制は片側交互通行でよいか。\n"
        "回答1　よい。\n"
        "質問2　（その1）工事の完成時期を示されたい。\n"
        "回答2　令和11年12月21日（金）完成予定である。\n"
        "※本回答書は入札公告及び設計図書の一部とする。\n"
    )
    assert found(text) == [
        ("question", "2029-11-20", "17:00", "datetime"),
        ("answer", "2029-11-26", None, "date"),
        ("other", "2029-12-06", "10:00", "datetime"),
    ]


# --- an evaluation sheet's own date: 「（令和…年…月…日 …選定委員会決定）」 under its title, no step -----------------


def test_the_day_a_committee_adopted_the_evaluation_sheet_is_no_step():
    text = (
        "募集スケジュール\n"
        "●５月８日（月）午後５時\n"
        "　　質問の締切\n"
        "●６月２日（金）正午\n"
        "　　企画提案書の提出締切\n"
        "\n"
        "別紙\n"
        "評価基準\n"
        "（令和12年４月20日　青浜町観光振興業務委託事業者選定委員会決定）\n"
        "１　第１次審査（書類審査）\n"
        "　　・業務の理解度（10点）\n"
    )
    assert found(text) == [
        ("question", "2030-05-08", "17:00", "datetime"),
        ("submission", "2030-06-02", "12:00", "datetime"),
    ]


# --- a mail over the guidelines it carries: 「本日（3月1日）より…を募集しております」 opens the call on the day sent ---


def test_a_mail_that_says_the_call_opened_today_dates_it_by_the_day_it_was_sent():
    text = (
        "差出人: 青浜町 観光課 <kanko@aohama.example.jp>\n"
        "送信日時: 2029年3月5日 月曜日 16:42\n"
        "宛先: eigyo@kaisha.example.jp\n"
        "件名: 企画提案募集のご案内\n"
        "\n"
        "本日（3月5日）より、標記業務の企画提案を募集しております。\n"
        "・企画提案書　4月9日（月）17時まで\n"
        "\n"
        "-------- 以下、募集要項の本文 --------\n"
        "令和11年度 青浜町観光振興業務委託 企画提案募集要項\n"
        "　■募集開始　　　　　令和11年3月5日（月）\n"
        "　■企画提案書提出期限　令和11年4月9日（月）17時\n"
        "　■事業期間　　　　　契約締結日から令和12年2月28日（木）まで\n"
    )
    assert found(text) == [
        ("published", "2029-03-05", None, "date"),
        ("submission", "2029-04-09", "17:00", "datetime"),
    ]


def test_a_day_the_work_starts_from_is_no_opening_of_the_call():
    text = "令和11年4月1日から業務を開始する事業者を募集します。\n・企画提案書　令和11年3月9日（金）17時まで\n"
    assert found(text) == [("submission", "2029-03-09", "17:00", "datetime")]
