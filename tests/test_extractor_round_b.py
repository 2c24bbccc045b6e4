"""Which step a date is, and which dates are steps at all: publication windows, corrections, a briefing's
registration, and dates that look like steps but are not (each test a few lines written for its class)."""

from tests.extractor_found import found


def test_a_window_the_documents_are_put_up_in_is_their_publication():
    text = (
        "(2) 設計図書等の公開期間\n　令和7年10月6日(月)から令和7年10月22日(水)まで\n(3) 質問\n　令和7年10月10日(金)午後5時まで\n"
    )
    assert found(text)[0] == ("published", "2025-10-06", None, "date")


def test_the_period_of_a_public_call_whose_end_is_another_step_says_when_it_opened():
    text = "■公募期間\n　2027年11月26日〔金〕～2027年12月10日〔金〕\n■参加意思の表明\n　2027年12月10日〔金〕17時までに提出してください。\n"
    assert found(text) == [("published", "2027-11-26", None, "date"), ("application", "2027-12-10", "17:00", "datetime")]
    alone = "公募期間：令和8年4月1日（水）～令和8年4月20日（月）\n質問期限：令和8年4月10日（金）\n"
    assert found(alone)[-1] == ("submission", "2026-04-20", None, "date")  # nothing else handed in by its end


def test_sending_out_the_request_for_quotations_is_the_publication():
    text = "① 見積依頼書の発送日　2027年1月13日(水)\n② 見積書の提出期限　2027年1月29日(金) 12時00分\n"
    assert found(text)[0] == ("published", "2027-01-13", None, "date")


def test_delivering_the_goods_is_no_step_of_the_call():
    text = "３　納車期限　　令和８年８月３１日（月）\n４　見積書提出期限　令和８年５月２２日（金）正午\n"
    assert found(text) == [("submission", "2026-05-22", "12:00", "datetime")]


def test_the_materials_of_a_request_for_information_are_handed_in():
    assert found("(1) 資料等の提供期限 令和6年11月5日17時00分\n") == [("submission", "2024-11-05", "17:00", "datetime")]


def test_a_table_of_errors_keeps_the_right_date_only():
    text = (
        "(2) 実施要領 スケジュール (2) 質問書の提出期限\n"
        "　　誤　令和6年8月28日(水)午後5時\n"
        "　　正　令和6年8月30日(金)午後5時\n"
        "(3) 実施要領 スケジュール (3) 質問に対する回答\n"
        "　　誤　令和6年9月2日(月)までに市ホームページに掲載\n"
        "　　正　令和6年9月4日(水)までに市ホームページに掲載\n"
    )
    assert found(text) == [("question", "2024-08-30", "17:00", "datetime"), ("answer", "2024-09-04", None, "date")]


def test_the_amendment_formula_replaces_a_date_and_a_time():
    text = (
        "1 質問の回答日 令和9年5月27日（木）\n"
        "2 入札書の提出 令和9年6月8日（火）午前10時00分\n"
        "一部訂正\n"
        "　1の質問の回答日について、「令和9年5月27日（木）」とあるのは\n"
        "　「令和9年5月25日（火）」と訂正します。\n"
        "　2の入札書の提出について、「午前10時00分」とあるのは「午前9時50分」と訂正します。\n"
    )
    assert found(text) == [("answer", "2027-05-25", None, "date"), ("submission", "2027-06-08", "09:50", "datetime")]


def test_signing_up_for_a_briefing_is_a_step_of_the_briefing():
    in_its_item = "（２）入札説明会　令和９年２月８日（月）１４時００分（オンライン。参加希望者は令和９年２月５日（金）正午までに申し込むこと。）\n"
    assert found(in_its_item)[0] == ("other", "2027-02-05", "12:00", "datetime")
    under_its_item = "◇オンライン説明会：7月10日（木）14時～\n　→参加希望者は7月9日（水）12時〆切で登録してください。\n◇公募開始：2025年7月4日（金）\n"
    assert ("other", "2025-07-09", "12:00", "datetime") in found(under_its_item)
    in_its_section = "4．説明会\n（1）日時　令和7年10月27日（月）14時00分\n（3）申込方法　参加を希望する者は、令和7年10月24日（金）12時00分までに電子メールを送付すること。\n"
    assert found(in_its_section)[0] == ("other", "2025-10-24", "12:00", "datetime")
    next_item = "▽事業者説明会=令和9年6月27日午後2時▽参加申込期限=7月3日▽企画提案書提出期限=7月25日午後5時\n"
    assert ("application", "2027-07-03", None, "date") in found(next_item)  # the call's, in the item after the briefing's


def test_what_is_done_after_the_contract_is_signed_is_no_step():
    text = "（1）入札日時　2026年3月6日(金)10:00\n（2）落札者は、契約締結後、2026年3月31日(火)までに製品安全データシートを提出すること。\n"
    assert found(text) == [("submission", "2026-03-06", "10:00", "datetime")]


def test_days_the_office_is_closed_or_nothing_is_received_are_no_steps():
    text = (
        "(1) 質問期限 令和8年10月13日（火）正午\n"
        "※10月12日（月）はスポーツの日のため休日です。\n"
        "7. 入札書の提出(郵便入札)\n"
        "   受付期間: 2027年3月23日(火) ～ 2027年3月26日(金) 必着\n"
        "   ※ 3月21日(日)及び3月22日(月・振替休日)は郵便物の配達がありませんのでご注意ください。\n"
    )
    assert found(text) == [("question", "2026-10-13", "12:00", "datetime"), ("submission", "2027-03-26", None, "date")]


def test_a_title_about_the_call_is_no_label_of_the_date_under_it():
    text = "見積合わせの実施について(町立体育館 暗幕取替)\n\n令和6年10月1日\n草枕町 総務課\n\n見積書の提出 令和6年10月17日(木)正午まで\n"
    assert found(text) == [("submission", "2024-10-17", "12:00", "datetime")]


def test_a_report_to_the_assembly_is_no_step_of_the_call():
    text = "特定結果の通知 令和8年9月下旬\n■村議会との関係\n　基本計画案は、令和9年2月頃に村議会全員協議会へ報告する予定です。\n"
    assert [kind for kind, *_ in found(text)] == ["result"]


def test_a_publication_window_opened_by_the_notice_starts_on_the_notice_date():
    text = (
        "　次のとおり告示する。\n\n　　令和９年１月８日\n\n　　　　南雄島市選挙管理委員会\n　　　　委員長　喜屋武　貞夫\n\n"
        "(1) 実施要領の配布\n　ｱ 期間　告示日から令和９年２月５日（金）まで\n(2) 質問\n　ｱ 期限　令和９年１月１５日（金）午後５時\n"
    )
    assert found(text) == [("published", "2027-01-08", None, "date"), ("question", "2027-01-15", "17:00", "datetime")]
    unsigned = "(1) 実施要領の配布 公告の日の翌日から令和９年２月５日（金）まで\n(2) 質問期限 令和９年１月１５日（金）午後５時\n"
    assert found(unsigned) == [("question", "2027-01-15", "17:00", "datetime")]  # no notice date: no publication day


def test_a_step_joined_with_one_that_is_not_is_kept():
    text = "　　┌ 審査結果の通知 ┐\n　　　令和８年７月下旬\n　　　　↓\n　　┌ 契約締結・業務開始 ┐\n　　　令和８年８月上旬\n"
    assert found(text) == [("result", "2026-07-01", None, "late_month"), ("contract", "2026-08-01", None, "early_month")]


def test_what_came_before_the_call_was_published_is_no_step_of_it():
    text = (
        "3　審査の経過\n"
        "　令和9年6月14日(月)          公告(実施要領の公表)\n"
        "　令和9年7月16日(金)正午      企画提案書の提出締切\n"
        "　(審査基準は、令和9年5月27日(木)に開催した第1回選定委員会で決定しました。)\n"
    )
    assert found(text) == [("published", "2027-06-14", None, "date"), ("submission", "2027-07-16", "12:00", "datetime")]


def test_a_deadline_naming_no_step_stays_beside_another_at_a_different_time():
    text = "- 質問の受付期限：令和7年6月9日（月）正午\n- 同等品承認申請の期限：令和7年6月9日（月）午後5時\n"
    assert found(text) == [("question", "2025-06-09", "12:00", "datetime"), ("other", "2025-06-09", "17:00", "datetime")]


def test_a_page_date_listed_among_the_steps_is_the_publication():
    listed = "## 3 日程\n- 公開日：令和7年6月2日（月）\n- 質問の受付期限：令和7年6月9日（月）正午\n"
    assert found(listed)[0] == ("published", "2025-06-02", None, "date")
    metadata = "公開日：令和7年6月2日（月）\n## 3 日程\n- 質問の受付期限：令和7年6月9日（月）正午\n"
    assert found(metadata) == [("question", "2025-06-09", "12:00", "datetime")]


def test_a_posting_date_in_brackets_is_a_publication_only_after_a_sentence():
    sentence = "4. 入札説明書の入手\n   市ホームページからダウンロードしてください(2027年3月3日(水)9:00掲載)。\n"
    assert found(sentence) == [("published", "2027-03-03", "09:00", "datetime")]
    link = "質問への回答 令和8年1月21日\n質問への回答(令和8年1月23日掲載予定)\n"
    assert found(link) == [("answer", "2026-01-21", None, "date")]


def test_a_generic_key_in_brackets_belongs_to_the_step_before_the_bracket():
    text = "１　質問受付件数　7件（受付期間：令和8年6月5日（金）～6月15日（月）正午）\n"
    assert found(text) == [("question", "2026-06-15", "12:00", "datetime")]
