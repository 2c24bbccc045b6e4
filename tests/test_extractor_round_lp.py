"""Separate change notices in their call's context, in the forms their writers choose (round lp): each test a few
invented lines for its device."""

from tests.extractor_found import found, one_line

# --- a bidding system's mail of the records it updated --------------------------------------------------------------

SYSTEM_MAIL = (
    "From: 北浜市電子入札システム <noreply@example.jp>\n"
    "Subject: 【電子入札】お気に入り案件の更新のお知らせ\n"
    "\n"
    "有限会社 砂丘設備 様\n"
    "\n"
    "お気に入りに登録された案件の情報が更新されました。\n"
    "内容はシステムの案件一覧で必ず確認してください。\n"
    "このメールは送信専用です。\n"
    "本日 2027/05/14 (金) 17:00 までの更新をお知らせします。\n"
    "\n"
    "------------------------------\n"
    "■更新案件 1／2\n"
    "　案件名称　　：北浜市立第三中学校 給水管更新工事\n"
    "　更新種別　　：変更公告（日時変更）\n"
    "　更新日時　　：2027/05/14 16:10\n"
    "　【変更された項目】\n"
    "　入札書受付締切日時　　2027/05/25 17:00　→　2027/06/01 17:00\n"
    "　開札予定日時　　　　　2027/05/26 10:00　→　2027/06/02 10:00\n"
    "　【追加された項目】\n"
    "　追加質問受付締切日時　2027/05/21 17:00\n"
    "------------------------------\n"
    "　【変更のない項目（参考）】\n"
    "　公告日　　　　　　　　2027/05/07\n"
    "　質問回答予定日　　　　2027/05/19\n"
    "------------------------------\n"
    "■更新案件 2／2\n"
    "　案件名称　　：北浜市民プール 循環ポンプ修繕\n"
    "　更新種別　　：入札中止\n"
    "　　（当初の入札書受付締切日時 2027/05/17 17:00、開札予定日時 2027/05/18 10:00）\n"
)


def test_a_record_field_names_the_mail_a_change_and_its_restated_block_stays_out():
    assert found(SYSTEM_MAIL) == [
        ("question", "2027-05-21", "17:00", "datetime"),
        ("submission", "2027-06-01", "17:00", "datetime"),
        ("other", "2027-06-02", "10:00", "datetime"),
    ]


def test_a_record_field_names_the_mail_a_change_read_as_one_line():
    assert found(one_line(SYSTEM_MAIL)) == found(SYSTEM_MAIL)


def test_a_record_of_a_call_beside_it_keeps_the_mail_a_call():
    text = SYSTEM_MAIL.replace("　更新種別　　：入札中止", "　更新種別　　：入札公告")
    assert ("published", "2027-05-07", None, "date") in found(text)


def test_a_bracket_of_the_steps_as_first_planned_holds_old_days_only():
    text = (
        "北浜市民プール 循環ポンプ修繕の入札延期について\n"
        "\n"
        "　入札書の受付締切日時を2027年6月4日（金）17時に延期します。\n"
        "　（当初の入札書受付締切日時 2027年5月20日（木）17時、開札予定日時 2027年5月21日（金）10時）\n"
    )
    assert found(text) == [("submission", "2027-06-04", "17:00", "datetime")]


# --- a web notice of a change, its schedule restated with marks ------------------------------------------------------

RESCHEDULED = (
    "潮見台市 交流センター指定管理者募集に係る日程の変更（延長）について\n"
    "\n"
    "潮見台市では、令和8年6月22日（月）から交流センターの指定管理者を募集していますが、7月8日（水）に予定どおり実施した"
    "施設見学会で、空調設備の不具合が分かったため、以降の日程を次のとおり変更します。\n"
    "\n"
    "変更後のスケジュール\n"
    "　（【変更】【追加】の表示がない項目は、当初の募集要項のとおりで変更ありません。）\n"
    "\n"
    "　　　募集要項の配布　　　　　令和8年6月22日（月）から\n"
    "　　　施設見学会　　　　　　　7月8日（水）午前10時　〔実施済み〕\n"
    "　【追加】設備説明会　　　　　7月24日（金）午後2時から\n"
    "　　　　　　　　　　　　　　　参加申込は7月21日（火）正午までに電子メールで\n"
    "　【変更】質問の受付期限　　　7月31日（金）午後5時\n"
    "　【変更】申請書類の受付　　　8月28日（金）まで\n"
    "　　　選定結果の通知　　　　　10月下旬\n"
    "　　　議案の提出　　　　　　　令和8年12月 市議会定例会\n"
)


def test_a_legend_of_rows_without_the_mark_leaves_only_the_moved_and_added_steps():
    assert found(RESCHEDULED) == [
        ("other", "2026-07-21", "12:00", "datetime"),
        ("other", "2026-07-24", "14:00", "datetime"),
        ("question", "2026-07-31", "17:00", "datetime"),
        ("submission", "2026-08-28", None, "date"),
    ]


def test_a_change_titled_with_its_kind_in_brackets_is_a_change_notice():
    plain = RESCHEDULED.replace("日程の変更（延長）について", "日程の変更について")
    assert found(RESCHEDULED) == found(plain)


# --- a 正誤表 drawn in a box, a cell wrapped over lines ------------------------------------------------------------

BOXED_ERRATA = (
    "「図書館システム更新業務」企画競争説明書の訂正について\n"
    "2027年8月20日\n"
    "国立大学法人汐留技術大学\n"
    "\n"
    "2027年8月2日に公示した企画競争について、説明書の記載を次のとおり訂正します。\n"
    "\n"
    "┌──┬────────────┬────────────┬────────────┐\n"
    "│No│箇所                │誤                  │正                  │\n"
    "├──┼────────────┼────────────┼────────────┤\n"
    "│１│説明書　第４　日程  │（記載なし）        │（追加）説明会      │\n"
    "│  │                    │                    │２０２７年９月１日  │\n"
    "│  │                    │                    │（水）１０時００分  │\n"
    "│  │                    │                    │（オンライン）      │\n"
    "├──┼────────────┼────────────┼────────────┤\n"
    "│２│説明書　第４　日程  │２０２７年９月１０日│２０２７年９月１７日│\n"
    "│  │⑶　提案書の提出期限│（金）１７時００分  │（金）１７時００分  │\n"
    "├──┼────────────┼────────────┼────────────┤\n"
    "│３│説明書　第４　日程  │２０２７年９月下旬  │２０２７年１０月上旬│\n"
    "│  │⑷　審査結果の通知  │                    │                    │\n"
    "└──┴────────────┴────────────┴────────────┘\n"
)


def test_a_boxed_errata_keeps_its_wrong_column_old_past_a_wrapped_cell():
    steps = found(BOXED_ERRATA)
    assert ("submission", "2027-09-17", "17:00", "datetime") in steps
    assert ("result", "2027-10-01", None, "early_month") in steps
    assert ("submission", "2027-09-10", "17:00", "datetime") not in steps
    assert ("result", "2027-09-01", None, "late_month") not in steps


# --- a 質問回答書 as a tab table, read as one line -----------------------------------------------------------------

ANSWER_SHEET = (
    "白砂町観光案内サイト改修業務委託\n"
    "公募型プロポーザルに係る質問への回答\n"
    "令和9年6月11日\n"
    "白砂町 商工観光課\n"
    "\n"
    "令和9年5月24日付けで公告した標記プロポーザルについて、6月4日（金）までに受け付けた質問に回答します。\n"
    "\n"
    "No.\t資料名\t頁\t項目\t質問内容\t回答\n"
    "1\t実施要領\t2\t3(2)\t共同企業体での参加は可能か。\t不可とします。\n"
    "2\t仕様書\t3\t第3条 サーバ\t現行サーバの台数を示してほしい。\t2台です。\n"
    "3\t実施要領\t4\t5 日程\t提案書の提出期限を延長してほしい。\t提出期限を6月25日（金）正午から7月2日（金）正午に延長します。\n"
    "4\t仕様書\t5\t第5条 保守\t保守の範囲を示してほしい。\t仕様書のとおりです。\n"
    "5\t仕様書\t6\t第6条 研修\t操作研修の回数を示してほしい。\t2回以上とします。\n"
    "6\t様式集\t7\t様式第2号 見積書\t見積書の宛名を示してほしい。\t白砂町長あてとしてください。\n"
    "7\t様式集\t8\t様式第3号 実績書\t実績の件数に上限はあるか。\t5件までとします。\n"
    "\n"
    "問合せ先　白砂町 商工観光課 電話 000-0000-0000\n"
)


def test_an_answer_sheet_read_as_one_line_keeps_its_rows_and_its_own_day_stays_out():
    expected = [("submission", "2027-07-02", "12:00", "datetime")]
    assert found(ANSWER_SHEET) == expected
    assert found(one_line(ANSWER_SHEET)) == expected
