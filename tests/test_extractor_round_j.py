"""Times stated away from their dates, dates that are no steps of the call, and kinds the last noun decides
(round j): each test a few lines written for its class."""

from tests.extractor_found import found, kinds

# --- times stated away from their dates ---------------------------------------------------------------------


def test_a_reception_notes_final_day_closes_the_last_day_of_the_windows():
    text = (
        "1 日程\n"
        "　申請書の受付　9月14日（月）～9月18日（金）\n"
        "2 受付時間\n"
        "　土曜日及び日曜日を除く午前9時から午後5時まで。ただし、受付期間の最終日（9月18日（金））は正午までとします。\n"
    )
    assert found("令和8年度 指定管理者募集\n" + text)[-1] == ("submission", "2026-09-18", "12:00", "datetime")
    text = (
        "令和9年度 清掃業務委託 プロポーザル\n"
        "(1) 参加申込書の受付　令和9年5月10日(月)から令和9年5月14日(金)まで\n"
        "(2) 企画提案書の受付　令和9年6月1日(火)から令和9年6月4日(金)まで\n"
        "※受付時間は平日の午前8時30分から午後5時15分までとします。ただし、各受付の最終日は午後3時までとします。\n"
    )
    assert found(text) == [
        ("application", "2027-05-14", "15:00", "datetime"),
        ("submission", "2027-06-04", "15:00", "datetime"),
    ]


def test_without_a_final_day_the_windows_close_at_the_reception_hours():
    text = (
        "令和9年度 清掃業務委託 プロポーザル\n"
        "(1) 参加申込書の受付　令和9年5月10日(月)から令和9年5月14日(金)まで\n"
        "※受付時間は平日の午前8時30分から午後5時15分までとします。\n"
    )
    assert found(text) == [("application", "2027-05-14", "17:15", "datetime")]


def test_an_items_date_and_place_key_gives_the_event_above_its_start_time():
    text = "1　現地説明会\n" "（1）日時・場所\n" "　令和7年7月15日（火）午後1時30分から午後3時まで\n" "　文化会館 2階 会議室\n"
    assert found(text) == [("other", "2025-07-15", "13:30", "datetime")]
    text = "3　審査会（プレゼンテーション）\n（2）日程及び会場\n　令和7年9月2日（火）午前10時から\n"
    assert found(text) == [("hearing", "2025-09-02", "10:00", "datetime")]


# --- dates that are no steps of the call --------------------------------------------------------------------


def test_a_hospitals_or_offices_hours_are_no_step():
    text = (
        "外来受付時間　８：３０～１１：００\n"
        "　　　　　　　　　　　　　　　　　　　　　　　　　２０２７．０６．１４\n"
        "１．公告日\n　　令和９年６月１４日（月）\n"
    )
    assert kinds(text) == ["published"]
    text = (
        "参加申込書の提出期限　令和8年7月17日（金）午後5時\n"
        "（注）持参の場合の受付時間は、土曜日、日曜日及び祝日（7月20日（月曜日・海の日）を含む。）を除く"
        "午前8時30分から午後5時15分までとします。\n"
    )
    assert found(text) == [("application", "2026-07-17", "17:00", "datetime")]


def test_a_holiday_named_inside_the_days_left_out_is_no_step():
    text = (
        "令和8年度 窓口業務委託\n"
        "質問の受付　令和8年7月13日（月）から7月24日（金）まで\n"
        "　受付は、祝日（7月20日を含む。）を除く平日に限ります。\n"
    )
    assert found(text) == [("question", "2026-07-24", None, "date")]


def test_a_value_atop_a_table_of_keys_is_no_column_name():
    text = (
        "品目\t事務用椅子 40脚\n"
        "(2) 書庫 2台\n"
        "仕様\t仕様書のとおり(同等品可。同等品の場合は、カタログを添付してください。)\n"
        "納期\t2027年8月31日(火)\n"
        "見積書提出期限\t2027年6月24日(木)正午\n"
    )
    assert found(text) == [("submission", "2027-06-24", "12:00", "datetime")]


def test_days_that_are_a_period_of_something_else_are_no_step():
    text = (
        "【２】下見\n　　期日　令和７年７月２日（水）\n"
        "　　※７月１日（火）～７月４日（金）は定期考査期間のため、下見は放課後に限ります。\n"
    )
    assert kinds(text) == ["other"]
    text = "質問の受付　令和7年8月1日(金)まで\n8月10日から8月20日までは施設の休館期間となります。\n"
    assert kinds(text) == ["question"]
    # a window named for a step of the call is still one
    text = "令和7年度 受付業務\n　7月1日から7月10日までは企画提案書の提出期間です。\n"
    assert found(text) == [("submission", "2025-07-10", None, "date")]


def test_the_day_an_attached_file_was_put_up_is_no_step():
    text = (
        "質問受付締切日時\t2025/10/09 17:00\n"
        "添付資料\n"
        "入札公告.pdf（2025/10/03 登録）\n"
        "質問書様式.xlsx（2025/10/03 登録）\n"
        "回答書.docx（2025/10/14 掲載）\n"
    )
    assert found(text) == [("question", "2025-10-09", "17:00", "datetime")]


def test_a_posts_date_and_its_category_are_no_step():
    text = (
        "お知らせ\n2027.06.16 入札・契約\n院内無線LAN整備業務 公募型プロポーザルの実施について\n"
        "・公募開始 2027年6月16日(水)\n・企画提案書の提出 2027年7月23日(金)12:00必着\n"
    )
    assert kinds(text) == ["published", "submission"]
    text = "2026年3月2日　入札情報\n庁舎清掃業務の一般競争入札\n入札書の提出期限　2026年3月16日(月)17時\n"
    assert kinds(text) == ["submission"]


# --- kinds -------------------------------------------------------------------------------------------------------


def test_a_notices_posting_window_opens_with_the_notice():
    text = "　　公告掲示期間　　７．８．４（月）～７．８．２２（金）\n　　見積書提出〆切　７．８．２２（金）正午\n"
    assert found(text) == [
        ("published", "2025-08-04", None, "date"),
        ("submission", "2025-08-22", "12:00", "datetime"),
    ]
    assert kinds("公示期間　令和8年4月1日（水）から4月15日（水）まで\n") == ["published"]


def test_the_application_to_a_quotation_round_is_an_application():
    assert kinds("（１）見積合わせ参加申込期限\n　　令和９年６月２２日（火）午後４時まで\n") == ["application"]
    assert kinds("見積合わせへの参加申込み　令和9年6月22日(火)正午まで\n") == ["application"]
    assert kinds("見積合わせ（開封）日時　令和9年6月30日(水)午前11時\n") == ["other"]


def test_the_papers_of_a_post_qualification_are_an_application():
    text = "事後審査書類提出期限\t2025/10/22 17:00\n開札予定日時\t2025/10/20 10:00\n"
    assert kinds(text) == ["other", "application"]


def test_the_result_of_the_papers_handed_in_is_a_result():
    text = (
        "令和9年度 調査業務\n"
        "　提出された参加意思確認書は、応募要件を満たしているか審査し、令和９年７月８日（木）までに、"
        "その結果を電子メールで通知する。\n"
    )
    assert kinds(text) == ["result"]
    text = "令和9年度 調査業務\n　提出された企画提案書は、選定委員会で審査し、令和9年8月6日（金）に結果を通知します。\n"
    assert kinds(text) == ["result"]
    # what is done with the papers is no result when it is handed in
    text = "令和9年度 調査業務\n　参加申込書は、令和9年7月1日（木）までに、電子メールで提出すること。\n"
    assert kinds(text) == ["application"]


def test_a_part_of_a_month_before_a_step_names_that_step():
    text = "令和9年度 交流事業\n" "　最終的な審査結果は、二次審査終了後1週間程度で通知し、8月上旬の契約締結を予定しています。\n"
    assert found(text) == [("contract", "2027-08-01", None, "early_month")]
    text = "令和9年度 交流事業\n　選定結果は、審査会の後に通知し、9月中旬の協定締結を目指します。\n"
    assert kinds(text) == ["contract"]


def test_the_day_the_call_opens_is_its_publication():
    text = "令和9年度 交流事業\n　公募は2027年(令和9年)6月16日(水)から開始します。要領は添付ファイルをご覧ください。\n"
    assert found(text) == [("published", "2027-06-16", None, "date")]
    assert kinds("令和9年度 交流事業\n　募集は、令和9年6月16日(水)より開始する。\n") == ["published"]
    # a window of a step that opens is no publication
    assert kinds("令和9年度 交流事業\n　質問の受付は、令和9年6月16日(水)から開始します。\n") == []


def test_a_result_sent_as_of_a_day_is_a_result():
    text = "令和9年度 灯油単価契約\n（５）入札参加資格の審査結果は、令和９年６月３０日（水）付けで通知する。\n"
    assert found(text) == [("result", "2027-06-30", None, "date")]
    # a document of that day is none
    assert kinds("令和9年度 灯油単価契約\n（５）令和９年３月１日付けで通知した要領により、資格の確認を行う。\n") == []


def test_a_list_of_calls_above_one_calls_notice_keeps_only_that_calls_row():
    listing = (
        "No.｜公告日｜工事名｜参加申請期限｜開札日\n"
        "１｜Ｒ７．９．２５（木）｜町営住宅屋根改修工事｜Ｒ７．１０．２（木）｜Ｒ７．１０．１４（火）\n"
        "２｜Ｒ７．１０．２（木）｜温泉施設ボイラー更新工事｜Ｒ７．１０．９（木）｜Ｒ７．１０．２０（月）\n"
    )
    notice = (
        "\n【No.２】\n１　工事概要\n（１）工事名　温泉施設ボイラー更新工事\n"
        "２　入札参加申請\n（１）提出期限　令和７年１０月９日（木）午後５時\n"
        "３　開札\n（１）日時　令和７年１０月２０日（月）午前１０時\n"
    )
    assert found(listing + notice) == [
        ("published", "2025-10-02", None, "date"),
        ("application", "2025-10-09", "17:00", "datetime"),
        ("other", "2025-10-20", "10:00", "datetime"),
    ]
    # a page that only lists calls keeps every row's steps, each call's own publication among them
    assert kinds(listing) == ["published", "application", "published", "application", "other", "other"]


def test_a_table_of_keys_headed_by_the_calls_name_is_no_list_of_calls():
    text = (
        "件名\t庁舎清掃業務\t\n"
        "公告日\t2026年3月2日\t\n"
        "質問締切\t2026年3月9日 17時\t\n"
        "入札書提出期限\t2026年3月16日 17時\t\n"
        "\n入札書の提出期限は、上記のとおりとする。\n"
    )
    assert kinds(text) == ["published", "question", "submission"]


def test_a_window_whose_end_and_the_rest_of_its_label_wrap_onto_the_next_row_is_one_step():
    text = (
        "   手続                期間                                 備考\n"
        "   手続開始の公示      令和8年5月8日（金）                  県ホームページに掲載\n"
        "   企画提案書の受付    令和8年5月28日（木）～               持参又は郵送\n"
        "   期間                令和8年6月10日（水）                 （必着）\n"
        "                       午後4時まで\n"
        "   ヒアリング          令和8年6月16日（火）                 時刻は別途通知\n"
    )
    assert found(text) == [
        ("published", "2026-05-08", None, "date"),
        ("submission", "2026-06-10", "16:00", "datetime"),
        ("hearing", "2026-06-16", None, "date"),
    ]


def test_a_row_naming_its_own_step_under_an_open_window_is_a_row_of_its_own():
    text = (
        "   手続                期間                                 備考\n"
        "   募集要項の配布      令和8年5月8日（金）～                県ホームページ\n"
        "   質問の受付期限      令和8年5月15日（金）午後5時          電子メール\n"
        "   参加申込書の提出    令和8年5月22日（金）午後5時          持参\n"
    )
    assert kinds(text) == ["published", "question", "application"]


def test_what_the_work_receives_from_residents_is_no_hand_in_of_the_call():
    text = (
        "２　業務概要\n"
        "（１）業務名　保育所等入所選考支援システム導入業務\n"
        "（２）履行期間　契約締結日から令和１０年３月３１日（金）まで\n"
        "　　　なお、一斉入所申込み（令和９年１１月受付予定）の選考から本システムを使用する。\n"
        "３　日程\n"
        "（１）参加表明書の提出期限　令和９年７月５日（月）午後５時\n"
    )
    assert found(text) == [("application", "2027-07-05", "17:00", "datetime")]
    text = (
        "１　入札に付する事項\n"
        "　⑴　件名　給付金事務処理業務委託\n"
        "　⑵　履行期間　契約締結日から令和10年３月17日（金）まで（申請受付期間：令和９年７月15日から同年11月30日まで予定）\n"
        "２　入札書の提出期限　令和９年６月８日（火）\n"
    )
    assert kinds(text) == ["submission"]


def test_a_pages_update_stamps_and_edits_are_no_steps():
    text = (
        "【2027年4月20日更新】質問に対する回答（その1）を掲載しました。\n"
        "・2027年4月22日　参加申込書の提出方法を追記しました。\n"
        "・2027年4月23日追記：質問は電子メールで送付してください。\n"
        "参加申込書の提出期限　2027年5月7日（金）17時\n"
    )
    assert found(text) == [("application", "2027-05-07", "17:00", "datetime")]
    text = "質問書の提出期限　令和9年1月13日（水）正午\n様式集（令和9年1月12日差替）\n03_様式第3号（質問書）.xlsx（19KB）　※2027/01/12差替\n"
    assert kinds(text) == ["question"]
    # an answer put up on a day is still that day's answer
    assert kinds("令和9年度 調査業務\n　質問への回答は、令和9年1月18日（月）までに本ページに掲載します。\n") == ["answer"]


def test_whom_a_step_is_done_with_names_no_step():
    text = "（9）契約の締結\n　　選定された者と2月中旬に随意契約を締結する予定です。\n"
    assert kinds("令和8年度 動画制作業務\n" + text) == ["contract"]
    text = "令和8年度 動画制作業務\n　市は、最優秀提案者と令和9年3月上旬に協定を締結します。\n"
    assert found(text) == [("contract", "2027-03-01", None, "early_month")]


def test_a_closure_whose_reason_wraps_onto_the_next_line_is_no_step():
    text = (
        "令和8年度 日本語学習基盤構築業務\n"
        "企画書の提出期限　令和8年12月25日（金）正午\n"
        "※12月28日（月）から1月4日（月）までは\n"
        "  年末年始休業のため、問合せには応じられません。\n"
    )
    assert found(text) == [("submission", "2026-12-25", "12:00", "datetime")]


def test_a_note_that_the_deadline_day_closes_at_an_hour_times_the_deadlines():
    text = (
        "令和8年度 リネン業務委託\n"
        "(1) 参加表明書の提出期限　令和8年8月7日（金）まで\n"
        "(2) 技術提案書の提出期限　令和8年9月4日（金）まで\n"
        "(3) 受付時間は、土曜日、日曜日及び祝日を除く午前9時から午後4時までとする。\n"
        "(4) 郵送の場合も、提出期限日の午後4時までに到着したものに限り受け付ける。\n"
    )
    assert found(text) == [
        ("application", "2026-08-07", "16:00", "datetime"),
        ("submission", "2026-09-04", "16:00", "datetime"),
    ]
    # a note about one paper times only its step
    text = (
        "令和8年度 計量システム更新\n"
        "(1) 見積参加申込書の提出期限　令和8年9月24日（木）\n"
        "(2) 見積書の提出期限　令和8年10月2日（金）\n"
        "※見積参加申込書は、提出期限日の正午までとなります。\n"
    )
    assert found(text) == [
        ("application", "2026-09-24", "12:00", "datetime"),
        ("submission", "2026-10-02", None, "date"),
    ]


def test_an_events_start_stated_in_a_sentence_of_its_own_is_its_time():
    text = (
        "4 日程 (1)実施要領の公表 令和10年4月3日(月)(2)プレゼンテーション審査 令和10年5月30日(火)"
        "(3)審査結果の通知 令和10年6月上旬\n"
        "6 審査 プレゼンテーション審査は、市役所本庁舎3階大会議室において午前9時30分から順次行う。\n"
    )
    assert ("hearing", "2028-05-30", "09:30", "datetime") in found(text)
    text = (
        "令和9年度 業務\n(1) 現地説明会　令和9年6月10日（木）\n(2) ヒアリング　令和9年7月5日（月）\n"
        "　現地説明会は、市役所正面玄関に午前10時から集合とします。\n"
    )
    assert found(text) == [("other", "2027-06-10", "10:00", "datetime"), ("hearing", "2027-07-05", None, "date")]


def test_the_works_own_events_are_no_steps_of_the_call():
    text = (
        "２．業務概要\n（１）業務名　にぎわいイベント企画運営業務\n"
        "（２）開催予定日　令和９年７月17日(土)・18日(日)\n"
        "３．日程\n（１）企画提案書の提出期限　令和９年５月21日(金)正午\n"
    )
    assert kinds(text) == ["submission"]
    text = (
        "令和2年度 後期基本計画策定支援業務\n"
        "(1) 企画提案書の提出期限 令和2年7月31日(金)午後5時\n"
        "(4) 本業務では、総合計画審議会を令和2年10月、12月及び令和3年2月の計3回開催する予定である。\n"
    )
    assert kinds(text) == ["submission"]
    text = (
        "令和8年度 図書館基本設計業務\n(7) ヒアリング 令和8年6月5日(金)\n"
        " ・基本設計の市民説明会 令和8年11月(2回程度)\n"
        "(3) 第1クールの利用者説明会は令和8年9月15日（火曜日）を予定しています。\n"
    )
    assert kinds(text) == ["hearing"]
    # the call's own briefing is still one
    assert kinds("令和8年度 図書館基本設計業務\n(2) 現地説明会 令和8年5月12日(火)午前10時\n") == ["other"]


def test_an_items_heading_before_its_bracketed_date_names_the_step():
    text = (
        "8 審査（プレゼンテーション）【令和8年8月19日（水曜日）13時30分から】\n"
        "　(1) 会場　保健福祉センター2階　研修室\n"
        "　(2) 参加者が1者の場合も審査を行い、評価点が満点の6割に満たないときは選定しません。\n"
    )
    assert found(text) == [("hearing", "2026-08-19", "13:30", "datetime")]


def test_the_review_of_the_papers_is_the_step_the_bracket_names():
    assert kinds("(7) 提案書の審査（プレゼンテーション）　令和8年7月24日（金）13時\n") == ["hearing"]
    assert kinds("(7) 企画提案書の審査（書類審査）　令和8年7月24日（金）\n") == ["other"]
    assert kinds("(5) 企画提案書の提出（持参）　令和8年7月17日（金）16時\n") == ["submission"]


def test_a_contract_with_a_particular_party_is_a_contract():
    text = "令和元年度 検出器調達\n６　応募者がいない場合は、令和元年12月下旬に特定の者と契約を締結する予定である。\n"
    assert found(text) == [("contract", "2019-12-01", None, "late_month")]
    assert kinds("令和元年度 業務\n(6) 受託候補者の特定　令和元年12月20日（金）\n") == ["result"]


def test_a_name_defined_in_brackets_ends_no_sentence():
    text = (
        "令和8年度 清掃業務\n"
        "競争参加資格確認申請書（以下「申請書」という。）及び添付書類の提出期限は、2027年1月20日（水）正午とする。\n"
    )
    assert found(text) == [("application", "2027-01-20", "12:00", "datetime")]


def test_the_reception_hours_of_papers_give_no_time_to_an_answer():
    text = (
        "令和8年度 清掃業務\n"
        "提出された質問に対する回答は、2027年1月14日（木）に本学ウェブサイトに掲載する。\n"
        "申請書の提出期限は、2027年1月20日（水）正午とする。\n"
        "持参の場合の受付時間は、午前9時から午後5時まで（最終日は正午まで）とする。\n"
    )
    assert found(text)[0] == ("answer", "2027-01-14", None, "date")


def test_papers_handed_in_together_under_a_generic_key_are_the_first_papers_step():
    text = "５　競争参加資格確認申請書及び技術資料の提出\n（１）提出期限　令和７年５月２６日（月）午後５時\n"
    assert found(text) == [("application", "2025-05-26", "17:00", "datetime")]
    # steps of two kinds under a generic key are each its own
    text = "３　質問の受付及び回答\n（１）受付期間　令和７年５月１２日（月）から５月１６日（金）午後５時まで\n"
    assert kinds(text) == ["question"]


def test_answers_put_out_from_a_day_are_that_days_answer():
    text = (
        "令和7年度 除草業務\n（５）入札説明書に対する質問\n"
        "　　　回答　　　令和７年５月２２日（木）から、担当部局において閲覧に供するとともに、質問者に電子メールで送付する。\n"
    )
    assert found(text) == [("answer", "2025-05-22", None, "date")]


def test_a_month_and_its_part_in_two_cells_are_one_date():
    text = (
        "No.\t手続\t日付\t曜日\t時刻\t備考\n" "7\t開札\t2026/2/19\t木\t10:30\t入札室\n" "8\t契約締結（予定）\t2026/3\t中旬\t\t\n"
    )
    assert found(text) == [("other", "2026-02-19", "10:30", "datetime"), ("contract", "2026-03-01", None, "mid_month")]


def test_a_bid_notices_bare_application_papers_are_the_application_to_bid():
    text = (
        "【公告概要】\n"
        "　申請書提出期限　　　令和7年10月3日（金）午後4時\n"
        "　入札書提出期限　　　令和7年10月15日（水）午後4時\n"
        "３　入札参加資格確認申請書の提出\n"
        "（１）提出期間　令和7年9月29日（月）午前9時から令和7年10月3日（金）午後4時まで\n"
    )
    assert found(text) == [
        ("application", "2025-10-03", "16:00", "datetime"),
        ("submission", "2025-10-15", "16:00", "datetime"),
    ]
    # a call for proposals keeps its 申請書 a hand-in of the call
    text = "令和8年度 指定管理者の募集\n(1) 申請書の提出期限　令和8年8月28日（金）午後5時\n"
    assert kinds(text) == ["submission"]


def test_days_the_office_is_closed_in_between_are_no_step():
    text = (
        "令和8年度 母子手帳アプリ\n"
        "・第二次審査（プレゼンテーション）　令和8年6月3日(水)　※時間は第一次審査の結果とあわせて通知します\n"
        "・審査結果の通知　　　　　令和8年6月中旬\n"
        "\n"
        "※4月29日(水)から5月6日(水)までの間は、閉庁日のため持参による受付を行いません。\n"
    )
    assert kinds(text) == ["hearing", "result"]
