"""Dates that are no steps of the call, corrections written as (誤)/(正) pairs, and kinds a row's or item's own
paper decides (round n): each test a few lines written for its class."""

from tests.extractor_found import found, kinds

# --- dates that are no steps of the call --------------------------------------------------------------------


def test_the_councils_sessions_are_no_step():
    text = (
        "令和9年度 清掃工場長寿命化計画策定業務 公募型プロポーザル\n"
        "(1) 参加表明書の提出期限 令和9年7月14日(水)午後5時\n"
        "(2) 組合議会の定例会は、例年10月及び2月に開催している。\n"
    )
    assert found(text) == [("application", "2027-07-14", "17:00", "datetime")]
    text = "1 日程\n・企画提案書の提出期限 令和8年8月3日(月)正午\n・市議会定例会 令和8年9月上旬開会予定\n"
    assert kinds(text) == ["submission"]
    text = "(1) 参加申込書の提出期限 令和8年8月3日(月)正午\n(2) 村議会の臨時会は、令和8年11月中旬に開会される予定です。\n"
    assert kinds(text) == ["application"]


def test_what_the_council_decides_in_a_session_is_still_a_step():
    text = "指定管理者候補者の選定 令和8年10月下旬\n指定の議決(市議会12月定例会) 令和8年12月\n"
    assert kinds(text) == ["result", "other"]


def test_a_closure_given_as_a_sentence_is_no_step():
    text = (
        "｜令和10年5月12日(金)　｜企画提案書の提出締切　　｜午後5時必着\n"
        "※5月3日(水・祝)から5月5日(金・祝)までは、当館事務室が閉室のため、持参による提出はできません。\n"
    )
    assert found(text) == [("submission", "2028-05-12", "17:00", "datetime")]
    text = (
        "企画提案書の提出期限 令和10年3月3日(金)午後5時15分\n"
        "3　令和10年2月29日（火曜）は庁舎の電気設備法定点検のため、午後は町役場での書類の受付を行わない。\n"
    )
    assert found(text) == [("submission", "2028-03-03", "17:15", "datetime")]
    text = (
        "参加申込書の提出期限 令和9年6月18日(金)正午\n"
        "なお、6月12日(土)は、システムメンテナンスのため、電子メールによる提出はできません。\n"
    )
    assert kinds(text) == ["application"]


def test_a_deadline_followed_by_what_is_refused_after_it_is_still_a_step():
    text = "(3) 企画提案書は、令和9年6月19日(土)午後5時までに提出すること。期限後の提出はできません。\n"
    assert found(text) == [("submission", "2027-06-19", "17:00", "datetime")]


def test_a_row_given_for_reference_is_no_step():
    text = (
        "No.\t項目\t日付\t方法・備考\n"
        "8\t企画提案書 提出期限\t2027/7/23\t持参のみ\n"
        "\t（参考）業務期間\t2027/9/1\t〜2029/3/23\n"
        "\t（参考）交付金計画提出\t2028/1/31\t構成市町経由\n"
    )
    assert found(text) == [("submission", "2027-07-23", None, "date")]
    text = "・参加申込書の提出期限 令和9年6月4日(金)午後5時\n・【参考】補助金の交付申請 令和9年7月上旬\n"
    assert kinds(text) == ["application"]


def test_a_reference_heading_over_the_schedule_leaves_its_rows_steps():
    text = "(参考)今後のスケジュール(変更後)\n\n ◆企画提案書の提出期限        令和9年7月14日(水)午後5時\n"
    assert found(text) == [("submission", "2027-07-14", "17:00", "datetime")]


def test_a_forwarders_own_tasks_above_the_forwarded_mail_are_no_steps():
    forwarded = (
        "-----Original Message-----\n"
        "From: 翡翠湖研究センター 契約係 <keiyaku@example.jp>\n"
        "Subject: 【見積依頼】多項目水質計 一式\n"
        "\n"
        "■見積書の提出期限\n"
        "　2025年11月20日（木）15時00分（必着）\n"
    )
    note = (
        "件名: Fw: 【見積依頼】多項目水質計 一式\n"
        "差出人: 内田 沙耶\n"
        "宛先: 官公庁営業グループ\n"
        "\n"
        "・メーカーへの価格照会：11/13(木)までに高野さんお願いします\n"
        "・質問があれば先方の締切（11/14 17時）に間に合うよう、11/13中に私まで\n"
        "\n"
    )
    assert found(note + forwarded) == [("submission", "2025-11-20", "15:00", "datetime")]
    note = note.replace("件名: Fw:", "Subject: FW:").replace(
        "-----Original Message-----", "---------- Forwarded message ---------"
    )
    forwarded = forwarded.replace("-----Original Message-----", "---------- Forwarded message ---------")
    assert kinds(note + forwarded) == ["submission"]


def test_a_mail_not_forwarded_keeps_the_steps_above_a_quoted_one():
    text = (
        "件名: 【日程変更】見積合わせのご案内\n"
        "差出人: 契約係\n"
        "\n"
        "見積書の提出期限を2025年11月27日（木）15時00分に変更します。\n"
        "\n"
        "-----Original Message-----\n"
        "件名: 見積合わせのご案内\n"
        "■見積合わせの結果\n"
        "　11月下旬に、見積書を提出いただいた全社へメールでご連絡します。\n"
    )
    assert sorted(kinds(text)) == ["result", "submission"]


def test_a_sidebar_of_the_categorys_other_calls_is_no_step():
    notice = "日程\n■公告日：令和8年6月1日（月曜日）\n■入札書の提出期限：令和8年6月17日（水曜日）午後5時\n\n"
    sidebar = (
        "このカテゴリの新着\n"
        "2026年05月29日　【入札結果】柏浦市役所庁舎清掃業務委託（令和8年度 役第14号）\n"
        "2026年05月25日　【入札公告】柏浦市学校給食センター食器洗浄機部品購入（令和8年度 物第26号）\n"
        "2026年05月18日　令和8年度 物品・役務 発注予定一覧（第1四半期）\n"
    )
    expected = [("published", "2026-06-01", None, "date"), ("submission", "2026-06-17", "17:00", "datetime")]
    assert found(notice + sidebar) == expected
    assert found(notice + sidebar.replace("このカテゴリの新着", "同じカテゴリーの記事")) == expected


SCHEDULE_EXTENDED = (
    "3．スケジュール（9月16日更新）\n"
    "　参加申込書の提出期限　令和9年9月17日（金）午後5時　→　令和9年9月30日（木）午後5時【延長】\n"
    "　企画提案書の提出期限　令和9年10月1日（金）午後5時　→　令和9年10月15日（金）正午【延長】\n"
)
EXTENDED = [("application", "2027-09-30", "17:00", "datetime"), ("submission", "2027-10-15", "12:00", "datetime")]


def test_a_headline_about_an_extension_gives_no_step_of_its_own():
    headline = (
        "　【重要】参加申込書及び企画提案書の提出期限を延長しました\n"
        "　9月13日から14日にかけての大雨により、市内の観光施設の一部で被害が生じたため、\n"
        "　下記スケジュールのとおり提出期限等を延長します。（2027年9月16日）\n\n"
    )
    assert found(headline + SCHEDULE_EXTENDED) == EXTENDED
    headline = "【重要】参加申込書及び企画提案書の提出期限を延長しました（2027年9月16日）\n\n"
    assert found(headline + SCHEDULE_EXTENDED) == EXTENDED
    headline = "【重要】2027年9月16日　企画提案書の提出期限を変更しました\n\n"
    assert found(headline + SCHEDULE_EXTENDED) == EXTENDED


def test_the_new_deadline_a_headline_names_is_a_step():
    text = "【重要】参加申込書の提出期限を令和9年9月30日（木）午後5時に延長しました\n"
    assert found(text) == [("application", "2027-09-30", "17:00", "datetime")]


def test_a_page_edit_adding_a_form_is_no_step():
    text = (
        "　●　質問書の提出期限　令和9年1月29日（金）午後5時\n"
        "◆ 質問書（様式第2号）\n"
        "　※1月20日に「質問書の様式（Excel版）」を追加しました。\n"
    )
    assert found(text) == [("question", "2027-01-29", "17:00", "datetime")]


def test_statements_about_the_work_are_no_steps():
    text = (
        "1　業務の概要\n"
        "(5) 調査の時期等\n"
        "　　現地調査は、原則として7月から8月までの間に行うこととし、8月13日から16日までの間は行わないものとします。\n"
        "2　日程\n"
        "(1) 見積書の提出 令和10年6月20日(火)正午まで\n"
        "6　その他\n"
        "(2) 本業務の調査結果は、8月の農業委員会総会（毎月10日開催）以降に順次報告します。\n"
    )
    assert found(text) == [("submission", "2028-06-20", "12:00", "datetime")]
    text = (
        "(1) 提案書類の提出期限 令和9年2月5日(金)午後5時\n"
        "⑶　委託候補者に選定された者は、令和9年3月中に本会職員立会いのもとで試行配達（2日間）を行うものとします。\n"
    )
    assert kinds(text) == ["submission"]
    text = "(3) 測定結果は、令和8年10月末日までに書面で報告すること。\n(4) 入札書の提出期限 令和8年6月10日(水)午後5時\n"
    assert kinds(text) == ["submission"]


def test_what_the_selected_party_hands_in_or_signs_is_still_a_step():
    text = "委託候補者に選定された者は、令和9年3月中旬に本会と契約を締結するものとします。\n"
    assert kinds(text) == ["contract"]
    text = "1　業務の概要\n(6) 説明会 令和8年7月3日(金)午後2時から 市役所3階会議室\n"
    assert found(text) == [("other", "2026-07-03", "14:00", "datetime")]


# --- corrections --------------------------------------------------------------------------------------------


def test_a_correction_in_wrong_and_right_pairs_keeps_each_items_right_date_and_its_step():
    text = (
        "2 訂正の内容\n"
        "(1) 公告「6 参加申込み」(2)提出期限\n"
        "   (誤) 令和9年6月25日(金)午後5時まで\n"
        "   (正) 令和9年7月1日(木)午後5時まで\n"
        "\n"
        "(2) 公告「7 企画提案書の提出」(2)提出期限\n"
        "   (誤) 令和9年7月9日(金)午後5時まで\n"
        "   (正) 令和9年7月15日(木)午後5時まで\n"
    )
    assert found(text) == [
        ("application", "2027-07-01", "17:00", "datetime"),
        ("submission", "2027-07-15", "17:00", "datetime"),
    ]
    text = "(3) 入札説明書「5 質問の受付」(1)受付期限\n" "   (誤) 令和9年6月18日(金)正午\n" "   (正) 令和9年6月22日(火)正午\n"
    assert found(text) == [("question", "2027-06-22", "12:00", "datetime")]


def test_the_date_a_cell_says_was_the_first_one_is_no_step():
    text = (
        " ◆公告(実施要領の公表)        令和9年6月11日(金)           (終了)\n"
        " ◆質問への回答                令和9年6月23日(水)           (本書)\n"
        " ◆参加申込書の提出期限        令和9年6月30日(水)午後5時\n"
        " ◆企画提案書の提出期限        令和9年7月14日(水)午後5時   ※変更\n"
        "                                (当初:令和9年7月9日(金)午後5時)\n"
        " ◆プレゼンテーション審査      令和9年7月22日(木)午後\n"
    )
    assert [day for _, day, *_ in found(text)] == ["2027-06-11", "2027-06-23", "2027-06-30", "2027-07-14", "2027-07-22"]


def test_a_changes_old_dates_in_brackets_are_out_also_where_the_first_notice_is_quoted():
    text = (
        "■変更内容\n"
        "　・公募期間（参加意思確認書の提出期限）\n"
        "　　（変更前）2027年3月1日(月)17時00分\n"
        "　　（変更後）2027年3月5日(金)17時00分\n"
        "　・確認結果の通知\n"
        "　　（変更前）2027年3月8日(月)まで\n"
        "　　（変更後）2027年3月12日(金)まで\n"
        "\n"
        ">> -----Original Message-----\n"
        ">> 4．公募期間\n"
        ">> 　2027年2月15日(月)から2027年3月1日(月)17時00分まで\n"
        ">> 7．参加意思確認書の提出期限\n"
        ">> 　2027年3月1日(月)17時00分（必着）\n"
        ">> 8．確認結果の通知\n"
        ">> 　2027年3月8日(月)までに書面により通知する。\n"
    )
    assert found(text) == [
        ("application", "2027-03-05", "17:00", "datetime"),
        ("result", "2027-03-12", None, "date"),
    ]


# --- kinds the row's or item's own paper decides ------------------------------------------------------------


def test_a_column_headed_only_by_its_deadline_leaves_each_rows_paper_its_kind():
    text = (
        "手続\t期限（17時まで）\t提出方法\n"
        "参加申込書（様式1）\t2026年6月5日（金）\t電子メール\n"
        "質問書（様式2）\t2026年6月10日（水）\t電子メール\n"
        "企画提案書（様式3～5）\t2026年6月19日（金）\t持参又は郵送（必着）\n"
    )
    assert found(text) == [
        ("application", "2026-06-05", "17:00", "datetime"),
        ("question", "2026-06-10", "17:00", "datetime"),
        ("submission", "2026-06-19", "17:00", "datetime"),
    ]
    text = (
        "│手続\t│提出期限(午後5時15分まで)\t│提出方法\t│\n"
        "│仕様書等に関する質問書の提出\t│令和9年2月15日(月)\t│電子メール\t│\n"
        "│一般競争入札参加資格確認申請書の提出\t│令和9年2月19日(金)\t│持参\t│\n"
        "│入札書の提出\t│令和9年3月3日(水)\t│持参\t│\n"
    )
    assert kinds(text) == ["question", "application", "submission"]


def test_a_column_that_names_its_step_still_decides_the_kind():
    text = "区分\t質問受付期限\t提出期限\n参加表明\t令和8年6月5日(金)\t令和8年6月12日(金)\n"
    assert kinds(text) == ["question", "application"]


def test_a_circled_items_generic_key_takes_the_step_of_the_item_above():
    text = (
        "1 競争入札に付する事項\n"
        " (1) 件名 連絡バス運行業務\n"
        "2 入札書の提出場所等\n"
        " (4) 仕様書等に関する質問\n"
        "     ① 提出期限 令和9年6月29日(火)17時00分\n"
        "     ② 提出方法 様式自由。電子メールにより提出すること。\n"
        " (5) 入札書の提出期限\n"
        "     令和9年7月15日(木)12時00分\n"
    )
    assert kinds(text) == ["question", "submission"]


def test_a_bracketed_section_heading_names_the_step_of_its_generic_items():
    text = (
        "【6 参加表明書の提出】\n"
        "(1) 提出書類 参加表明書(様式第1号)、会社概要書(様式第2号)、業務実績書(様式第3号)\n"
        "(2) 提出期限 令和9年7月2日(金)午後5時(必着)\n"
        "\n"
        "【7 企画提案書の提出】\n"
        "(1) 提出期限 令和9年7月16日(金)午後5時\n"
    )
    assert found(text) == [
        ("application", "2027-07-02", "17:00", "datetime"),
        ("submission", "2027-07-16", "17:00", "datetime"),
    ]


def test_a_rows_own_step_decides_its_kind_under_a_phase_named_in_the_first_column():
    text = (
        "区分\t内容\t月日\t曜日\t時刻\t場所\n"
        "募集\t申請書類 提出期限\t8月29日\t金\t17:00\t役場2階 企画課\n"
        "選定\t第1次審査（書類審査）\t9月中旬\t\t\t選定委員会\n"
        "\t第2次審査（プレゼンテーション・ヒアリング）\t9月30日\t火\t13:00～\t役場3階 第1会議室\n"
        "\t選定結果通知\t10月上旬\t\t\t文書で通知\n"
    )
    assert kinds("令和7年度 指定管理者募集\n" + text) == ["submission", "other", "hearing", "result"]


def test_under_an_event_in_the_first_column_its_registration_stays_the_events():
    text = (
        "区分\t内容\t月日\t時刻\n"
        "現地説明会\t開催\t7月16日\t10:00\n"
        "\t参加申込締切\t7月11日\t17:00\n"
        "募集\t応募申込書 提出期限\t8月8日\t17:00\n"
    )
    assert sorted(kinds("令和7年度 指定管理者募集\n" + text)) == ["application", "other", "other"]


def test_under_a_schedules_heading_each_dates_step_is_the_words_after_it():
    text = (
        "■ 選定スケジュール\n"
        "\n"
        "2027年5月10日（月）　募集開始（本ページに募集要項を掲載）\n"
        "2027年5月28日（金）　質問締切（17:00）／エントリーシート提出締切（17:00）\n"
        "2027年6月18日（金）　提案書提出締切（17:00）\n"
    )
    assert kinds(text) == ["published", "question", "application", "submission"]


def test_a_heading_that_names_a_step_still_labels_the_date_under_it():
    text = "■ 審査結果の通知\n2027年7月中旬　（電子メールで通知します）\n"
    assert kinds(text) == ["result"]


def test_a_bilingual_windows_english_gloss_does_not_make_it_a_period_of_the_work():
    text = (
        "入札公告\n"
        "　次のとおり一般競争入札に付します。\n"
        "　Kazeura Prefectural University invites tenders as follows.\n"
        "\n"
        "　　令和8年8月17日\n"
        "　　August 17, 2026\n"
        "\n"
        "　　公立大学法人風浦県立大学 理事長　久世 直道\n"
        "\n"
        "3　入札説明書の交付 / Tender documentation\n"
        "(1) 交付期間 / Period\n"
        "　　令和8年8月17日（月）から令和8年9月14日（月）まで\n"
        "4　入札書の受領期限 / Time-limit for tender\n"
        "　　令和8年9月28日（月）17時00分\n"
    )
    assert found(text) == [("published", "2026-08-17", None, "date"), ("submission", "2026-09-28", "17:00", "datetime")]


def test_a_period_of_the_work_stays_one_with_its_english_gloss():
    text = "(5) 履行期間 / Period of performance\n　　令和8年10月1日から令和9年3月31日まで\n"
    assert found(text) == []


def test_under_a_diamond_numbered_briefing_section_its_registration_is_the_briefings():
    text = (
        "(カ) 参加申請書の提出期限 2027年7月16日(金)17時00分\n"
        "\n"
        "◆5 説明会\n"
        " オンライン(Web会議システム)により開催する。参加を希望する者は、2027年7月5日(月)正午までに、会社名・参加者氏名"
        "(2名まで)・メールアドレスを記載の上、下記◆10の電子メールアドレスあてに申し込むこと。説明会への参加は、参加申請の要件ではない。\n"
    )
    assert found(text) == [("other", "2027-07-05", "12:00", "datetime"), ("application", "2027-07-16", "17:00", "datetime")]


def test_a_window_written_with_a_minus_sign_is_one_window():
    text = (
        "｜公告日　　　　　　　　　　　｜令和9年6月28日(月曜)\n"
        "｜仕様書等の閲覧　　　　　　　｜令和9年6月28日(月曜)−令和9年7月16日(金曜)(八雲野市入札情報サービスに掲載)\n"
    )
    assert found(text) == [("published", "2027-06-28", None, "date"), ("other", "2027-07-16", None, "date")]


def test_a_date_said_in_passing_in_an_answers_sentence_is_no_step():
    text = (
        "No.\t資料名\t項目\t質問内容\t回答\n"
        "4\t仕様書\t4(1) 広報計画\t開館記念日当日のイベント運営は業務に含まれるか。\t"
        "含みません。記念式典(令和10年4月29日)の運営は別途発注予定です。\n"
        "5\t実施要領\t8 審査\tプレゼンテーションの日時はいつか。\t令和9年7月22日(木)午後を予定しています。\n"
    )
    assert found(text) == [("hearing", "2027-07-22", None, "date")]


def test_a_paper_with_its_deadline_in_brackets_in_a_cells_sentence_is_a_step():
    text = "項目\t内容\n参加申込\t参加申込書(令和9年6月4日(金)午後5時必着)を持参又は郵送で提出すること。\n"
    assert found(text) == [("application", "2027-06-04", "17:00", "datetime")]


def test_a_step_named_after_a_range_of_parts_of_a_month_is_that_step():
    text = (
        "(2)審査に当たっては、令和9年7月中旬から下旬にかけて、提案者に対するヒアリングを実施する"
        "(オンライン参加可。日時は個別に連絡する。)。\n"
    )
    assert found(text) == [("hearing", "2027-07-01", None, "late_month")]
    text = "(4) 令和8年9月上旬から中旬にかけて、選定委員会によるプレゼンテーション審査を行う予定です。\n"
    assert found(text) == [("hearing", "2026-09-01", None, "mid_month")]


def test_the_month_of_a_council_session_and_the_budget_the_call_depends_on_are_no_steps():
    text = (
        "鼓市まつり運営業務委託 公募型プロポーザル\n"
        "1 日程\n"
        "・参加申込書の提出期限 令和8年7月17日(金)午後5時\n"
        "・企画提案書の提出期限 令和8年8月3日(月)正午\n"
        "　※ 市議会9月定例会(9月1日開会)で本業務の補正予算が否決された場合は、公募を中止します。\n"
        "（2）本業務は、令和9年度予算の議決（令和9年2月定例会）を前提とする。\n"
    )
    assert kinds(text) == ["application", "submission"]
    text = "指定の議決　令和8年12月（町議会12月定例会）\n"
    assert kinds(text) == ["other"]


YEARLESS_SCHEDULE = (
    "令和9年度 階層別研修企画運営業務委託 公募型プロポーザルの実施について\n"
    "　令和8年12月7日\n"
    "　　　　　鹿ノ子県市町村総合事務組合\n"
    "　　　　　管理者　鹿ノ子市長　真壁　英樹\n"
    "1　業務の概要\n"
    "（2）委託期間　令和9年4月1日から令和10年3月31日まで\n"
    "3　選定スケジュール\n"
    "　　12/16(水) 17:00　　参加表明書 提出締切\n"
    "　　1/15(金) 17:00　　 企画提案書 提出締切\n"
)


def test_a_schedule_without_years_takes_them_from_the_notices_date_not_from_the_period_of_the_work():
    assert found(YEARLESS_SCHEDULE) == [
        ("application", "2026-12-16", "17:00", "datetime"),
        ("submission", "2027-01-15", "17:00", "datetime"),
    ]


def test_a_step_called_off_and_a_contract_in_force_are_no_steps():
    text = (
        "令和7年度 橋梁補修工事 入札公告の一部変更について\n"
        "(1) 入札書の提出期限 令和7年5月27日(火)午後5時\n"
        "　なお、令和7年5月20日(火)に予定していた開札は行わない。\n"
    )
    assert kinds(text) == ["submission"]
    text = (
        "見積書の提出期限 令和9年2月26日(金)正午\n"
        "　・現在の計量システムの保守契約は令和9年3月31日まで継続します。\n"
        "　本件は、予算が成立しなかった場合、令和9年4月1日以降も契約を締結しない。\n"
    )
    assert found(text) == [("submission", "2027-02-26", "12:00", "datetime")]


def test_the_day_a_paper_is_counted_as_received_is_no_step():
    text = (
        "(1) 質問の受付期限 令和8年1月9日(金)午後5時\n"
        "※年末年始休業期間(2025年12月27日(土)～2026年1月4日(日))中に受け付けた質問は、1月5日(月)\n"
        "　受付として取り扱っています。\n"
    )
    assert found(text) == [("question", "2026-01-09", "17:00", "datetime")]
    text = "(2) 郵送の場合、12月28日以降に到着したものは、1月5日の受付とみなします。\n(3) 提出期限 令和8年1月16日(金)正午\n"
    assert [day for _, day, *_ in found(text)] == ["2026-01-16"]


def test_an_office_named_for_contracts_is_no_contract():
    text = (
        "(1) 入札書の提出期間 令和5年8月7日(月)から令和5年8月9日(水)午後5時まで\n"
        "(2) 提出方法 システムにより提出すること。紙による入札は、市の承認を得た場合に限り、"
        "令和5年8月9日(水)午後5時までに契約検査課へ持参すること。\n"
    )
    assert kinds(text) == ["submission"]
    text = (
        "◆ 令和10年5月15日(月)　公告・入札参加申込書の配布開始(市ホームページ・契約管財課窓口)\n"
        "◆ 令和10年5月22日(月)　質問書の提出期限\n"
    )
    assert kinds(text) == ["published", "question"]
    text = "(5) 契約締結 令和10年6月上旬(契約管財課において)\n"
    assert kinds(text) == ["contract"]


def test_the_papers_of_the_call_handed_out_are_its_publication():
    assert kinds("(2) 見積依頼書等の配布 令和8年6月1日(月)から6月12日(金)まで\n") == ["published"]
    assert kinds("入札参加申込書の交付 令和8年6月1日(月)から\n(3) 入札参加申込書の提出期限 令和8年6月12日(金)正午\n") == [
        "published",
        "application",
    ]


def test_a_notice_handed_to_one_bidder_is_no_publication():
    assert kinds("(5) 参加資格確認通知書の交付 令和8年6月19日(金)\n") == ["result"]


def test_tenders_to_be_opened_is_the_opening_not_a_hand_in():
    text = "8. Tenders must arrive by 5:00 p.m. on 21 July 2026.\n9. Tenders will be opened at 10:00 a.m. on 28 July 2026 in the Tender Room.\n"
    assert kinds(text) == ["submission", "other"]
