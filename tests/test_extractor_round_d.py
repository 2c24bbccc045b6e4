"""Which step a date is and which dates are steps: site visits, side requests, orders, notices of the time of a
step, corrections, prose schedules and distractors (each test a few lines written for its class)."""

from tests.extractor_found import found, kinds


def test_a_site_visit_and_its_registration_are_other():
    text = (
        "３　現場確認（任意）\n"
        "（１）実施日時　令和8年5月12日（火）10時00分から\n"
        "（２）申込方法　参加希望者は、令和8年5月11日（月）12時00分迄に電子メールで申し込むこと。\n"
        "◆設置場所の下見（任意）\n　5月14日（木）午後2時から午後4時まで\n"
    )
    assert found(text) == [
        ("other", "2026-05-11", "12:00", "datetime"),
        ("other", "2026-05-12", "10:00", "datetime"),
        ("other", "2026-05-14", "14:00", "datetime"),
    ]


def test_a_request_to_offer_an_equivalent_product_is_other():
    text = "同等品で見積る場合は、同等品承認申請書を令和8年6月1日(月)正午までに契約課へ提出してください。\n"
    assert found(text) == [("other", "2026-06-01", "12:00", "datetime")]


def test_an_order_and_an_invitation_to_submit_and_the_award_announced():
    text = (
        "※参加表明書を提出した者には、令和9年1月22日（金）までに企画提案書の提出要請書を電子メールで送付する。\n"
        "発注（注文書の送付）は令和9年3月中旬を予定しています。\n"
        "決定後、当機構ホームページにおいて契約の相手方を公表する（令和9年3月下旬予定）。\n"
    )
    assert kinds(text) == ["result", "contract", "result"]


def test_a_contract_made_apart_is_no_step():
    assert found("※運用保守は2027年3月31日まで別途契約予定\n質問期限 2026年6月1日(月)\n") == [
        ("question", "2026-06-01", None, "date")
    ]


def test_a_struck_through_date_copied_beside_the_new_one_is_left_out():
    text = (
        "【5月12日更新】日程を変更しました。取消線の日程は変更前のものです。\n"
        "項目\t日程\n"
        "質問への回答\t2023年5月15日（月）2023年5月17日（水）\n"
        "企画提案書の提出期限\t2023年5月26日（金）17時まで2023年6月2日（金）17時まで\n"
        "審査結果の通知\t2023年6月中旬2023年6月下旬\n"
    )
    assert found(text) == [
        ("answer", "2023-05-17", None, "date"),
        ("submission", "2023-06-02", "17:00", "datetime"),
        ("result", "2023-06-01", None, "late_month"),
    ]


def test_a_corrected_date_is_left_out_where_the_notice_before_is_quoted():
    text = (
        "見積書の提出期限に誤りがありました。次のとおり訂正いたします。\n"
        "見積書提出期限\n"
        "（誤）令和7年10月16日（木）17時00分（必着）\n"
        "（正）令和7年10月17日（金）17時00分（必着）\n"
        "> 6．日程\n"
        "> （1）仕様に関する質問期限　令和7年10月9日（木）12時00分まで\n"
        "> （2）見積書提出期限　令和7年10月16日（木）\n"
    )
    assert found(text) == [("question", "2025-10-09", "12:00", "datetime"), ("submission", "2025-10-17", "17:00", "datetime")]


def test_a_change_of_dates_written_one_under_the_other_is_no_column_of_dates():
    text = (
        "（３）審査結果の通知\n"
        "※実施時間及び会場は、参加者に個別に通知します。\n"
        "（４）契約締結\n"
        "　　変更前　　令和８年６月下旬\n"
        "　　変更後　　令和８年７月上旬\n"
    )
    assert found(text) == [("contract", "2026-07-01", None, "early_month")]


def test_items_a_word_processor_set_as_marker_and_tab_head_the_dates_under_them():
    text = (
        "2\t説明会\n"
        "(1)\t開催日時\n"
        "　令和6年4月16日（火）14時00分から15時00分まで\n"
        "(2)\t参加申込み\n"
        "ア\t申込期限\n"
        "　令和6年4月12日（金）17時00分まで\n"
        "5\tヒアリング\n"
        "(1)\t実施日\n"
        "　令和6年5月21日（火）（予定）\n"
        "6\t契約\n"
        "(1)\t特定された者と随意契約の手続を行う。契約締結は令和6年6月上旬を予定している。\n"
    )
    assert found(text) == [
        ("other", "2024-04-12", "17:00", "datetime"),
        ("other", "2024-04-16", "14:00", "datetime"),
        ("hearing", "2024-05-21", None, "date"),
        ("contract", "2024-06-01", None, "early_month"),
    ]


def test_a_notice_of_a_steps_time_promised_by_a_day_is_other():
    text = (
        "(1) ヒアリング 令和6年5月21日（火）\n"
        "(2) 実施時刻及び接続先は、企画書の提出者に対し、令和6年5月15日（水）までに電子メールにより通知する。\n"
        "(3) 審査会の集合時刻は、5月20日頃にお知らせします。\n"
    )
    assert found(text) == [("other", "2024-05-15", None, "date"), ("hearing", "2024-05-21", None, "date")]


def test_the_words_after_about_name_the_step():
    text = "３　再質問の受付\n（１）本回答の内容に関する再質問に限り、令和８年５月２７日（水）正午まで受け付けます。\n"
    assert found(text) == [("question", "2026-05-27", "12:00", "datetime")]


def test_a_cell_that_names_its_own_step_is_not_its_columns_step():
    text = (
        "区分\t質問書\t参加表明書\n"
        "受付期限\t令和元年６月２１日（金）正午\t令和元年６月２８日（金）午後５時\n"
        "その後の手続\t６月２６日（水）までに市ホームページに回答を掲載\t令和元年７月１日（月）までに参加資格確認結果を通知\n"
    )
    assert kinds(text) == ["question", "answer", "application", "result"]


def test_a_notice_signed_three_lines_down_opens_a_window_from_its_own_day():
    text = (
        "公　示\n"
        "　下記のとおり企画競争を実施する。\n"
        "　　令和9年（2027年）12月1日\n"
        "　　　　　　　　独立行政法人高等専門学校教育機構\n"
        "　　　　　　　　霧浜工業高等専門学校\n"
        "　　　　　　　　契約担当役　事務部長　篠原　和臣\n"
        "記\n"
        "２　説明書の交付　本公示の日から令和9年（2027年）12月21日（火）まで\n"
        "３　参加表明書の提出期限　令和9年（2027年）12月17日（金）17時15分迄\n"
    )
    assert found(text)[0] == ("published", "2027-12-01", None, "date")


def test_a_part_of_the_notices_own_month_is_still_to_come():
    text = (
        "令和8年5月11日\n\n栗ヶ浦市長　南雲　俊介\n\n"
        "見積書の提出期限　令和8年5月25日(月)午後3時\n"
        "決定結果は、令和8年5月下旬に見積書提出者全員へ通知します。\n"
    )
    assert kinds(text) == ["result", "submission"]  # (下旬 from the 21st)


def test_a_sentence_a_narrow_page_wrapped_is_read_to_its_end():
    text = (
        "４　入札説明書等の入手方法\n"
        "　　入札説明書、仕様書及び様式は、令和７年４月２５日（金）から電子入札システムの入札情報\n"
        "　サービスに掲載する。紙での交付は行わない。\n"
        "　台風の接近により、9月3日（木）に\n"
        "予定していた現地説明会を中止します。\n"
    )
    assert found(text) == [("published", "2025-04-25", None, "date")]


def test_what_a_date_describes_the_pages_stamps_and_its_list_of_other_pages_are_no_steps():
    text = (
        "【企画提案募集】観光列車車両ラッピングデザイン業務\n"
        "2027年6月1日 掲載　／　2027年6月25日 更新\n"
        "（３）現行の受付システムは令和10年3月31日をもって契約期間が満了する。\n"
        "質問受付締切　2027年6月18日（金）15時\n"
        "\n"
        "入札・契約情報 一覧\n"
        "2027.06.02\n"
        "【入札結果】学生寮給湯設備改修工事\n"
    )
    assert found(text) == [("question", "2027-06-18", "15:00", "datetime")]


def test_a_date_far_down_a_table_of_answers_is_not_the_items_step():
    text = (
        "２　質問への回答\n"
        "番号\n質問\n回答\n\n"
        "１\n業務時間を教えてください。\n開庁日の午前８時３０分から午後５時１５分までです。\n\n"
        "２\n引継ぎ期間はどの程度を想定していますか。\n"
        "令和８年９月１４日（月）から９月３０日（水）までの間で、現行受託者と協議のうえ調整してください。\n"
    )
    assert found(text) == []


def test_an_items_key_that_says_results_are_made_known_is_a_step():
    text = "◆見積書提出期限\n　令和7年10月24日（金）午後3時\n◆結果のお知らせ\n　11月上旬に、見積提出者全員へメールで採否をご連絡します。\n　発注（注文書の送付）は11月中旬を予定しています。\n"
    assert kinds(text) == ["submission", "result", "contract"]


def test_documents_handed_in_together_are_one_step():
    text = "◇競争参加資格確認申請書及び技術資料の提出期限\n　令和８年６月５日（金）１６時\n"
    assert found(text) == [("application", "2026-06-05", "16:00", "datetime")]


def test_the_contract_that_starts_the_work_is_dated_by_the_start_of_its_period():
    assert found("▶ 提出期限：2023年10月20日(金) 17時\n▶ 契約・制作開始：11月上旬～\n")[-1] == (
        "contract",
        "2023-11-01",
        None,
        "early_month",
    )


def test_what_is_done_with_the_papers_on_a_day_is_the_step():
    text = (
        "見積書は、令和4年8月19日（金曜日）午後5時までに、総務課へ持参又は郵送により提出してください。\n"
        "提出された見積書は、8月22日（月曜日）午前10時から役場2階第1会議室で開封します。\n"
    )
    assert found(text) == [("submission", "2022-08-19", "17:00", "datetime"), ("other", "2022-08-22", "10:00", "datetime")]
