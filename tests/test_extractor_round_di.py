"""Notices as forms conversion and copying hand them over: a day's time on a line of its own (past a page break, an
empty-celled row, a 午後 cut after its 午, a day joined first), a window read at its end (a sheet's quoted cell, a
portal's end fields), an OCR's spaced figures (each test a few lines written for its class)."""

from tests.extractor_found import found


def test_a_days_time_under_a_page_break_goes_on_with_its_row():
    text = (
        "  日程\n"
        "     手続き                    期日                          方法\n"
        "     公募の開始                令和9年3月2日(火)             町ホームページ\n"
        "\n"
        "     申込書の提出期限          令和9年3月16日(火)            郵送に限る\n"
        "\n"
        "                                   - 2 -\n"
        "  ○○町広報誌編集業務 募集要項\n"
        "\n"
        "                                午後4時(必着)\n"
        "     審査結果の通知            令和9年3月26日(金)            文書で通知\n"
    )
    assert ("application", "2027-03-16", "16:00", "datetime") in found(text)


def test_a_time_in_a_bar_row_of_empty_cells_goes_on_with_the_day_above():
    text = (
        "|手続|期日|備考|\n"
        "|申込書の提出期限|令和9年5月10日(月)|郵送|\n"
        "||午後4時まで(必着)||\n"
        "|審査結果の通知|令和9年5月20日(木)|文書|\n"
    )
    assert found(text) == [
        ("application", "2027-05-10", "16:00", "datetime"),
        ("result", "2027-05-20", None, "date"),
    ]


def test_a_gogo_cut_after_its_go_goes_on_below_an_indent():
    text = "七 日程\n (一)質問書の提出期限 令和九年五月十日(月)午\n    後四時まで\n"
    assert found(text) == [("question", "2027-05-10", "16:00", "datetime")]
    text = "7 日程\n (1)質問書の提出期限 令和9年5月10日(月)午\n    後4時まで\n"
    assert found(text) == [("question", "2027-05-10", "16:00", "datetime")]


def test_a_time_after_a_day_joined_from_two_short_lines():
    text = "スケジュール\n質問締切\n令和9年5月\n10日(月)\n午後4時\n質問への回答\n5月14日(金)\n"
    assert found(text)[0] == ("question", "2027-05-10", "16:00", "datetime")


def test_an_ocrs_spaced_article_number_opens_no_chapter():
    text = (
        "1  入札に参加する者に必要な資格\n"
        "  (1) 建築物清掃業の登録(建築物衛生法(昭和4 5\n"
        "      年法律第2 0号)第1 2条の2)を受けている者であること。\n"
        "  (2) 同種業務の実績を有すること。\n"
        "\n"
        "2  入札参加資格確認申請\n"
        "  (1) 提出期限  令和9年5月10日(月)午後5時\n"
        "\n"
        "3  入札説明書に対する質問\n"
        "  (1) 受付期限  令和9年5月12日(水)午後5時\n"
    )
    assert found(text) == [
        ("application", "2027-05-10", "17:00", "datetime"),
        ("question", "2027-05-12", "17:00", "datetime"),
    ]


def test_a_sheets_window_columns_go_on_past_a_quoted_cell_of_two_lines():
    text = (
        "No.\t手続\t開始日\t曜日\t終了日\t曜日\t時刻\t備考\n"
        '1\t説明書の交付\t2027/5/6\t木\t2027/5/20\t木\t9:00～17:00\t"町ホームページ\n'
        '(窓口でも可)"\n'
        "2\t参加申請書の提出\t2027/5/6\t木\t2027/5/14\t金\t17:00\t持参\n"
        "3\t質問書の提出\t2027/5/7\t金\t2027/5/17\t月\t17:00\t電子メール\n"
    )
    assert found(text) == [
        ("published", "2027-05-06", None, "date"),
        ("application", "2027-05-14", "17:00", "datetime"),
        ("question", "2027-05-17", "17:00", "datetime"),
    ]


def test_a_portal_records_window_end_in_fields_of_its_own():
    text = (
        "{\n"
        '  "schedule": [\n'
        "    {\n"
        '      "event": "質問書の受付",\n'
        '      "date": "2027-05-06",\n'
        '      "time": "09:00",\n'
        '      "end_date": "2027-05-14",\n'
        '      "end_time": "17:00"\n'
        "    },\n"
        "    {\n"
        '      "event": "開札",\n'
        '      "date": "2027-05-25",\n'
        '      "time": "10:00"\n'
        "    }\n"
        "  ]\n"
        "}\n"
    )
    assert found(text) == [("question", "2027-05-14", "17:00", "datetime"), ("other", "2027-05-25", "10:00", "datetime")]


def test_a_flow_charts_arrow_drawn_into_a_boxs_side_is_no_cell():
    text = (
        "                                  ┌──────────────────────┐\n"
        "                                  │ 公募開始              │\n"
        "                                  │ 令和9年5月6日(木)     │\n"
        "                                  └──────────┬───────────┘\n"
        "   ┌──────────────────────┐                  │\n"
        "   │ 質問書の提出          │◀─────────────────┘\n"
        "   │ 5月14日(金)17時まで   │\n"
        "   └──────────┬───────────┘\n"
        "              │                   ┌──────────────────────┐\n"
        "              └──────────────────▶│ 質問への回答          │\n"
        "                                  │ 5月20日(木)           │\n"
        "                                  └──────────────────────┘\n"
    )
    assert found(text) == [
        ("published", "2027-05-06", None, "date"),
        ("question", "2027-05-14", "17:00", "datetime"),
        ("answer", "2027-05-20", None, "date"),
    ]


def test_a_sheets_window_over_two_rows_its_name_merged_down_is_one_window():
    text = (
        "No.\t工程\t日付\t曜日\t時刻\t備考\n"
        "1\t公募開始\t2027/5/6\t木\t\tホームページに掲載\n"
        "2\t質問受付\t2027/5/6\t木\t9:00\t受付開始\n"
        "\t\t2027/5/13\t木\t17:00\t締切(電子メール)\n"
        "3\t質問回答\t2027/5/18\t火\t\tホームページに掲載\n"
    )
    assert found(text) == [
        ("published", "2027-05-06", None, "date"),
        ("question", "2027-05-13", "17:00", "datetime"),
        ("answer", "2027-05-18", None, "date"),
    ]


def test_a_pages_sidebar_of_calls_open_now_and_its_most_read_pages_are_no_steps():
    text = (
        "現在募集中の案件\n"
        "【プロポーザル】○○市観光パンフレット制作業務(提案書提出期限:令和9年5月20日(木)午後5時)\n"
        "【一般競争入札】○○市体育館清掃業務(入札日:令和9年5月25日(火)午前10時)\n"
        "募集中の案件一覧へ\n"
        "\n"
        "○○市広報動画制作業務に係る公募型プロポーザルの実施について\n"
        "参加申込書の提出期限 令和9年5月14日(金)午後5時\n"
        "\n"
        "よく見られているページ\n"
        "入札参加資格審査(令和9年度随時受付:令和9年6月1日から6月30日まで)\n"
    )
    assert found(text) == [("application", "2027-05-14", "17:00", "datetime")]


def test_a_step_name_a_narrow_cell_cut_inside_a_word_is_read_whole():
    text = (
        "4. 手続等\n"
        "項目\n"
        "期日等\n"
        "場所・方法\n"
        "様式等の配付期間\n"
        "2027年5月6日(木)~\n"
        "2027年5月20日(木)\n"
        "10時00分~17時00分\n"
        "(土日祝日を除く)\n"
        "機構本部2階 契約課(機\n"
        "構ウェブサイトにも掲載)\n"
        "質問の受付期限\n"
        "2027年5月\n"
        "13日(木)17時00分\n"
        "電子メール\n"
        "参加意思確認書の提\n"
        "出期限\n"
        "2027年5月20日(木)\n"
        "17時00分(必着)\n"
        "持参又は郵送\n"
        "確認結果の通知予定\n"
        "日\n"
        "2027年5月31\n"
        "日(月)\n"
        "書面により通知\n"
    )
    assert found(text) == [
        ("published", "2027-05-06", None, "date"),
        ("question", "2027-05-13", "17:00", "datetime"),
        ("application", "2027-05-20", "17:00", "datetime"),
        ("result", "2027-05-31", None, "date"),
    ]


def test_a_registration_in_the_remark_of_a_briefings_row_is_the_briefings():
    text = (
        "4. 日程\n"
        "項目\n"
        "日時\n"
        "備考\n"
        "説明書の交付期間\n"
        "令和9年5月6日(木)\n"
        "~令和9年5\n"
        "月20日(木)\n"
        "ウェブサイトから電子交\n"
        "付\n"
        "説明会\n"
        "令和9年5月12日(水)\n"
        "14時00分~15時0\n"
        "0分\n"
        "オンライン(参加登録\n"
        "は5月10日(月)正午\n"
        "まで)\n"
        "質問の受付期限\n"
        "令和9年5月14日\n"
        "(金)17時00分\n"
        "電子メールのみ\n"
    )
    assert ("other", "2027-05-10", "12:00", "datetime") in found(text)


def test_a_phones_short_lines_keep_a_pages_stamp_and_a_term_from_a_named_day():
    text = (
        ">入札・契約\n"
        "2027.05.06\n"
        "更新\n"
        "○○町観光施設\n"
        "経営支援業務の\n"
        "公募について\n"
        "期間\n"
        "契約日〜\n"
        "令和10年3月\n"
        "31日(金)\n"
        "▼スケジュール\n"
        "質問締切\n"
        "令和9年5月\n"
        "14日(金)\n"
        "午後5時\n"
    )
    assert found(text) == [("question", "2027-05-14", "17:00", "datetime")]
