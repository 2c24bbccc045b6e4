"""Change notices from this stop's development set (round kg): a letter's tracked changes written out as Pandoc marks,
a news post of an extension and its 「変更のない事項」, a 質問回答書 that opens a second question window; each test a
few lines written for its device."""

from tests.extractor_found import found

# --- a Word letter's tracked changes, exported with Pandoc's marks ------------------------------------------


def test_only_the_rows_a_tracked_change_struck_or_underlined_are_steps():
    text = (
        "湖畔町清掃業務委託に係る企画提案募集要領の一部変更について（通知）\n"
        "令和9年3月2日付けで公表した募集要領について、下記のとおり一部を変更しましたので通知します。\n"
        "（凡例）~~取消線~~は削除箇所、[下線]{.underline}は追加箇所を示します。\n"
        "5　日程\n"
        "　(1)　募集要領の公表　　　令和9年3月2日（火）\n"
        "　(2)　質問の受付期限　　　令和9年3月12日（金）17時00分\n"
        "　(3)　企画提案書の提出期限　~~令和9年4月2日（金）~~[令和9年4月9日（金）]{.underline}正午\n"
        "　[(4)　現地確認会　　　　　令和9年3月25日（木）午前10時から]{.underline}\n"
        "　~~(4)~~[(5)]{.underline}　審査結果の通知　　令和9年4月下旬\n"
        "　~~(5)~~[(6)]{.underline}　契約締結　　　　　令和9年5月上旬（予定）\n"
    )
    assert found(text) == [
        ("other", "2027-03-25", "10:00", "datetime"),
        ("submission", "2027-04-09", "12:00", "datetime"),
    ]


def test_pandoc_insertions_and_deletions_read_without_the_edits_stamp():
    text = (
        "入札公告の一部変更について\n"
        "令和8年10月1日付けで公告した入札について、次のとおり変更します。\n"
        "日程\n"
        "・入札説明書の交付　令和8年10月1日（木）\n"
        '・質問の受付期限　[10月9日（金）]{.deletion author="契約課" date="2026-10-05T09:12:00Z"}'
        '[10月16日（金）]{.insertion author="契約課" date="2026-10-05T09:12:00Z"}午後5時\n'
        "・入札書の提出期限　令和8年10月28日（水）午後5時\n"
        "・開札　令和8年10月29日（木）午前10時\n"
    )
    assert found(text) == [("question", "2026-10-16", "17:00", "datetime")]


def test_a_renumbered_row_is_no_change_of_its_day():
    # (the item's number struck and underlined, its day as before: restated, not proposed)
    text = (
        "業務委託募集要項の変更について\n"
        "1 スケジュール（見え消し）\n"
        "　~~(3)~~[(4)]{.underline}　企画提案書の提出期限　令和9年6月4日（金）17時\n"
        "　~~(4)~~[(5)]{.underline}　ヒアリング　令和9年6月14日（月）\n"
        "　[(3)　説明会　令和9年5月20日（木）午後2時]{.underline}\n"
        "　~~(5)~~[(6)]{.underline}　契約締結　令和9年7月上旬\n"
    )
    assert found(text) == [("other", "2027-05-20", "14:00", "datetime")]


# --- a town's news post of an extension ------------------------------------------------------------------


def test_a_news_post_of_an_extension_keeps_its_changes_only():
    text = (
        "新着情報 > 【日程変更】駅前広場照明設計業務の企画提案募集期間を延長します\n"
        "\n"
        "【日程変更】駅前広場照明設計業務の企画提案募集期間を延長します\n"
        "2027.02.03　都市整備係\n"
        "\n"
        "■ 変更後の日程\n"
        "・企画提案書の提出期限\n"
        "　2月19日（金）17時 → 2月26日（金）17時\n"
        "\n"
        "■ 変更のない事項\n"
        "・審査結果の通知（3月中旬予定）及び契約締結（3月下旬予定）の時期に変更はありません。\n"
    )
    assert found(text) == [("submission", "2027-02-26", "17:00", "datetime")]


def test_an_events_room_after_its_hour_is_no_posting_stamp():
    text = (
        "(8) 開札の日時及び場所\n"
        "　　令和9年2月26日（金）10時30分　本庁舎2階第3会議室\n"
        "(9) 入札説明会\n"
        "　　令和9年2月1日（月）13時30分　契約課\n"
    )
    assert found(text) == [
        ("other", "2027-02-01", "13:30", "datetime"),
        ("other", "2027-02-26", "10:30", "datetime"),
    ]


def test_the_order_papers_put_up_are_no_contract():
    text = (
        "入札公告の変更について\n"
        "令和8年5月11日付けで公告した入札について、次のとおり変更します。\n"
        "訂正後の図面は、令和8年5月20日に電子入札システムの「発注図書」欄に差し替えて掲載しています。\n"
        "| 項目 | 変更前 | 変更後 |\n"
        "|---|---|---|\n"
        "| 入札書の提出期限 | R8.6.1(月) 17:00 | R8.6.8(月) 17:00 |\n"
    )
    assert found(text) == [("submission", "2026-06-08", "17:00", "datetime")]


# --- a 質問回答書 that opens a second question window ----------------------------------------------------


def test_a_second_question_window_a_sheet_of_answers_opens_is_a_question():
    text = (
        "令和10年1月24日\n"
        "「公民館予約システム構築業務」\n"
        "企画競争に関する質問回答書\n"
        "令和9年12月20日付けで公示した標記企画競争について、参加者から提出された質問に対し、"
        "下記のとおり回答します。\n"
        "【No.4】\n"
        "該当箇所：その他\n"
        "質問：開示資料を確認した上で追加の質問をすることはできますか。\n"
        "回答：開示資料に関する質問に限り、追加の質問を次のとおり受け付けます。\n"
        "　　受付期限：2028年1月28日（金）正午\n"
        "　　回答：2028年2月2日（水）までに、ウェブサイトに掲載します。\n"
    )
    assert found(text) == [
        ("question", "2028-01-28", "12:00", "datetime"),
        ("answer", "2028-02-02", None, "date"),
    ]


def test_papers_accepted_as_announced_stay_a_submission():
    text = "4 企画提案書の提出\n" "　企画提案書を次のとおり受け付けます。\n" "　　提出期限：令和9年9月3日（金）午後5時\n"
    assert found(text) == [("submission", "2027-09-03", "17:00", "datetime")]
