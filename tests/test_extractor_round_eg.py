"""Schedule tables that conversion from PDF or Word left in awkward shapes (round eg): each test a few lines written
for its device."""

from tests.extractor_found import found

# --- a table drawn with rules, the whole text run onto one line ----------------------------------------------


def test_a_box_table_run_onto_one_line_is_read_row_by_row():
    text = (
        "第3 日程\n"
        "┌──────────────┬──────────────────┐\n"
        "│ 手続                 │ 期限(いずれも正午必着)       │\n"
        "├──────────────┼──────────────────┤\n"
        "│ 参加表明書           │ 2027年5月12日(水)            │\n"
        "├──────────────┼──────────────────┤\n"
        "│ 企画提案書及び       │ 2027年5月26日(水)            │\n"
        "│ 見積書               │                              │\n"
        "└──────────────┴──────────────────┘\n"
        "第4 その他\n"
        "本業務の実施に当たっては、機構の指示に従うこと。" + "委託契約書案のとおりとする。" * 30 + "\n"
    )
    expected = [("application", "2027-05-12", "12:00", "datetime"), ("submission", "2027-05-26", "12:00", "datetime")]
    assert found(text) == expected
    assert found(text.replace("\n", " ")) == expected


def test_a_grid_table_run_onto_one_line_is_read_row_by_row():
    text = (
        "## 4 スケジュール\n"
        "+------+----------------------+------------------------------+\n"
        "| No   | 項目                 | 日程                         |\n"
        "+======+======================+==============================+\n"
        "| 1    | 質問の受付           | 令和9年5月11日(火)から       |\n"
        "|      |                      | 5月18日(火)午後5時まで       |\n"
        "+------+----------------------+------------------------------+\n"
        "| 2    | 企画提案書の提出     | 令和9年6月1日(火)正午        |\n"
        "+------+----------------------+------------------------------+\n"
        "## 5 その他\n" + "提出書類は返却しない。" * 40 + "\n"
    )
    expected = [("question", "2027-05-18", "17:00", "datetime"), ("submission", "2027-06-01", "12:00", "datetime")]
    assert found(text) == expected
    assert found(text.replace("\n", " ")) == expected


def test_boxes_side_by_side_or_beside_their_dates_are_no_table():
    text = (
        "3 選定手続の流れ\n"
        " ┌──────┐   ┌──────┐   ┌──────┐\n"
        " │ 公 告      │ ─→│ 参加表明書 │ ─→│ 企画提案書 │\n"
        " └──────┘   └──────┘   └──────┘\n"
        "   6/1(火)            6/10(木)           6/24(木)\n"
        "                      17:00まで          正午まで\n"
        " ※日付はいずれも令和9年。\n" + "本業務の内容は仕様書のとおりとする。" * 30 + "\n"
    )
    assert [step[:2] for step in found(text.replace("\n", " "))] == [step[:2] for step in found(text)]


# --- a specification's head run onto one line ----------------------------------------------------------------


def test_a_specification_run_onto_one_line_keeps_its_work_dates_out():
    text = (
        "令和9年度 防災訓練運営支援業務委託\n仕 様 書\n\n令和9年5月\n総務部 危機管理課\n\n"
        "第1条(目的)\n" + "本仕様書は、訓練の企画及び運営を支援する業務について必要な事項を定める。" * 8 + "\n\n"
        "第6条(業務工程)\n"
        "令和9年6月25日(金) 実施計画書(案)の提出期限\n"
        "令和9年10月29日(金) 実施報告書の提出期限\n"
    )
    assert found(text) == []
    assert found(text.replace("\n", " ")) == []


# --- a transposed table: a row of dates, a row of times -----------------------------------------------------


def test_a_row_of_times_under_a_row_of_dates_wrapped_over_two_lines():
    text = (
        "日程\n"
        " 手続  募集        質問        参加申込書  審査会\n"
        "       開始        締切        提出締切    (プレゼン)\n"
        " 月日  7月1日      7月9日      7月21日     8月18日\n"
        "       (木)        (金)        (水)        (水)\n"
        " 時刻  ―           17時        17時        13時～\n"
        "\n"
        "令和9年7月1日から募集を開始しました。\n"
    )
    assert found(text) == [
        ("published", "2027-07-01", None, "date"),
        ("question", "2027-07-09", "17:00", "datetime"),
        ("application", "2027-07-21", "17:00", "datetime"),
        ("hearing", "2027-08-18", "13:00", "datetime"),
    ]


# --- a cell spanning two rows of a grid: its part of the rule between them left blank -------------------------


def test_a_grid_cell_spanning_two_rows_dates_both():
    text = (
        "+----+--------------------+--------------------------+\n"
        "| 1  | 企画提案書の提出   | 令和9年6月1日(火)正午    |\n"
        "+----+--------------------+--------------------------+\n"
        "| 2  | 審査結果の通知     | 令和9年6月下旬(予定)     |\n"
        "+----+--------------------+                          |\n"
        "| 3  | 契約の締結         |                          |\n"
        "+----+--------------------+--------------------------+\n"
    )
    assert found(text)[1:] == [("result", "2027-06-01", None, "late_month"), ("contract", "2027-06-01", None, "late_month")]
    boxed = (
        "┌──┬──────────┬─────────────┐\n"
        "│2 │審査結果の通知      │令和9年6月下旬            │\n"
        "├──┼──────────┤                          │\n"
        "│3 │契約の締結          │                          │\n"
        "└──┴──────────┴─────────────┘\n"
    )
    assert found(boxed) == [("result", "2027-06-01", None, "late_month"), ("contract", "2027-06-01", None, "late_month")]


def test_a_blank_part_of_a_rule_keeps_the_row_below_its_own_date():
    text = (
        "+----+--------------------+--------------------------+\n"
        "| 2  | 審査結果の通知     | 令和9年6月下旬(予定)     |\n"
        "+----+--------------------+                          |\n"
        "| 3  | 契約の締結         | 令和9年7月上旬(予定)     |\n"
        "+----+--------------------+--------------------------+\n"
    )
    assert found(text) == [("result", "2027-06-01", None, "late_month"), ("contract", "2027-07-01", None, "early_month")]


# --- a borderless table whose cells wrap, the label's too ------------------------------------------------------


def test_a_label_wrapped_beside_the_time_under_its_day():
    text = (
        "4. スケジュール\n"
        "    項目                        日程                          方法\n"
        "    質問書の提出                令和10年4月24日（月）         電子メール\n"
        "    参加申込書及び参加          令和10年5月8日（月）          持参又は郵送\n"
        "    資格確認申請書の提出        午後5時まで（必着）           （郵送は書留郵便に\n"
        "                                                              限る。）\n"
        "    プレゼンテーション          令和10年5月30日（火）         本庁舎3階\n"
        "    審査                        午前9時30分から               第2会議室\n"
    )
    assert found(text)[1:] == [
        ("application", "2028-05-08", "17:00", "datetime"),
        ("hearing", "2028-05-30", "09:30", "datetime"),
    ]


def test_a_label_cut_after_its_particle_goes_on_below():
    text = (
        "   項目                          日時                                 場所・方法\n"
        "   質問書の提出期限              令和9年2月8日（月）午後5時          電子メール\n"
        "   質問への                      令和9年2月12日（金）                 電子調達ポータルに\n"
        "   回答                                                               掲載\n"
        "   開札                          令和9年3月3日（水）午前10時          入札室\n"
    )
    assert found(text)[1] == ("answer", "2027-02-12", None, "date")


def test_a_row_of_times_under_a_row_of_days_is_no_wrapped_label():
    text = (
        "日程\n"
        "  手続      参加表明書      企画提案書      ヒアリング\n"
        "  月日      5月12日(水)     5月26日(水)     6月8日(火)\n"
        "  時刻      17時            正午            13時30分\n"
        "\n"
        "令和9年4月28日 公告\n"
    )
    assert found(text)[1:] == [
        ("application", "2027-05-12", "17:00", "datetime"),
        ("submission", "2027-05-26", "12:00", "datetime"),
        ("hearing", "2027-06-08", "13:30", "datetime"),
    ]


# --- a window written 自 over 至, each line's time in a column of its own -------------------------------------


def test_a_window_over_two_lines_closes_at_the_time_beside_its_end():
    text = (
        "3 入札日程等\n"
        " ――――――――――――――――――――――――――――――――――――――――――――――――\n"
        "  項 目                    期 間 ・ 日 時                     場所・方法\n"
        " ――――――――――――――――――――――――――――――――――――――――――――――――\n"
        "  入札説明書等の交付       自 令和8年8月3日(月)  午前9時     ホームページに掲載\n"
        "                           至 令和8年8月14日(金) 午後5時     (総務課でも交付)\n"
        " ――――――――――――――――――――――――――――――――――――――――――――――――\n"
        "  入札説明書等に対する     自 令和8年8月3日(月)  午前9時     電子メール\n"
        "  質問の受付               至 令和8年8月7日(金)  午後5時     (様式第3号)\n"
        " ――――――――――――――――――――――――――――――――――――――――――――――――\n"
        "  開札                     令和8年9月1日(火)  午前10時       3階 会議室\n"
        " ――――――――――――――――――――――――――――――――――――――――――――――――\n"
    )
    assert found(text) == [
        ("published", "2026-08-03", None, "date"),
        ("question", "2026-08-07", "17:00", "datetime"),
        ("other", "2026-09-01", "10:00", "datetime"),
    ]


# --- a row cut by a page break, the table's header printed again atop the next page ---------------------------


def test_a_window_cut_by_a_page_break_ends_under_the_header_printed_again():
    text = (
        "5 入札日程\n"
        "\n"
        "   項目                          日時                                 場所・方法\n"
        "   質問書の提出期限              令和9年2月8日（月）午後5時           電子メール\n"
        "   入札書の提出                  令和9年2月24日（水）午前9時から      電子入札システム\n"
        "\n"
        "令和9年度 清掃業務委託 入札公告\n"
        "                                                                    - 2 -\n"
        "令和9年度 清掃業務委託 入札公告\n"
        "\n"
        "   項目                          日時                                 場所・方法\n"
        "                                 令和9年3月2日（火）午後5時まで       （紙入札の承諾を受けた者\n"
        "                                                                      は、書留郵便により同日同\n"
        "                                                                      時刻までに必着）\n"
        "   開札                          令和9年3月3日（水）午前10時          入札室\n"
    )
    assert found(text) == [
        ("question", "2027-02-08", "17:00", "datetime"),
        ("submission", "2027-03-02", "17:00", "datetime"),
        ("other", "2027-03-03", "10:00", "datetime"),
    ]


# --- a sheet pasted as tab-separated text, cells of several lines quoted ---------------------------------------


def test_a_pasted_row_whose_quoted_cells_run_over_several_lines():
    text = (
        "変更後の日程\n"
        "No\t項目\t変更前\t変更後\t備考\n"
        "1\t質問への回答\t令和8年10月16日(金)\t令和8年10月20日(火)\t\n"
        '2\t"追加質問の提出期限\n'
        '(新設)"\t―\t"令和8年10月28日(水)\n'
        '午後5時"\t"修正した仕様書に\n'
        '関する事項に限る"\n'
        "3\t契約締結\t令和8年12月上旬\t令和8年12月中旬\t予定\n"
    )
    assert found(text) == [
        ("answer", "2026-10-20", None, "date"),
        ("question", "2026-10-28", "17:00", "datetime"),
        ("contract", "2026-12-01", None, "mid_month"),
    ]


# --- cells merged over several rows, printed once in the middle of their span ----------------------------------


def test_rows_under_a_merged_cell_printed_lower_down_are_rows_of_their_own():
    text = (
        "  区分        内容                          日程                                  備考\n"
        "              募集要項の配布                令和8年6月1日(月)~6月30日(火)        ホームページに掲載\n"
        "              現地見学会の参加申込          令和8年6月10日(水)午後5時まで        電子メール\n"
        "  募集        現地見学会                    令和8年6月16日(火)午前10時           正面玄関集合\n"
        "              質問の受付                    令和8年6月19日(金)午後5時まで        電子メール\n"
    )
    assert found(text) == [
        ("published", "2026-06-01", None, "date"),
        ("other", "2026-06-10", "17:00", "datetime"),
        ("other", "2026-06-16", "10:00", "datetime"),
        ("question", "2026-06-19", "17:00", "datetime"),
    ]


def test_a_day_merged_over_two_rows_printed_between_them_dates_both():
    text = (
        "  区分        内容                          日程                                  備考\n"
        "              第2次審査(面接審査)           令和8年8月27日(木)                   時刻は個別に通知\n"
        "  選定        選定結果の通知\n"
        "                                            令和8年9月上旬                        書面で通知\n"
        "              仮協定の締結\n"
        "  指定        基本協定の締結                令和9年1月下旬(予定)\n"
    )
    assert found(text)[1:3] == [("result", "2026-09-01", None, "early_month"), ("contract", "2026-09-01", None, "early_month")]


def test_a_window_opened_in_a_cell_still_ends_on_the_line_below():
    text = (
        "  手続            日程                          方法\n"
        "  質問受付        令和9年6月16日(水)~          電子メール\n"
        "                  6月25日(金)午後5時           (様式第2号)\n"
        "  提案書の提出    令和9年7月9日(金)正午        持参\n"
    )
    assert found(text) == [("question", "2027-06-25", "17:00", "datetime"), ("submission", "2027-07-09", "12:00", "datetime")]


# --- a column of years printed on each year's first row only ---------------------------------------------------


def test_a_year_column_printed_on_a_years_first_row_only():
    text = (
        "3 日程\n"
        " 年        月日       曜日   時刻     内容                               備考\n"
        " 令和9年   12月20日   月     12:00    企画提案書の提出期限               持参に限る\n"
        " 令和10年  1月12日    水     13:30    プレゼンテーション審査             本庁舎4階\n"
        "           1月下旬                    審査結果の通知                     書面\n"
        "           2月上旬                    契約締結(予定)\n"
    )
    assert found(text) == [
        ("submission", "2027-12-20", "12:00", "datetime"),
        ("hearing", "2028-01-12", "13:30", "datetime"),
        ("result", "2028-01-01", None, "late_month"),
        ("contract", "2028-02-01", None, "early_month"),
    ]


# --- a group's merged cell repeated on every row ---------------------------------------------------------------


def test_a_repeated_group_cell_names_no_step_of_a_row_whose_step_is_the_works_start():
    text = (
        "| 区分 | 手続 | 日程 | 備考 |\n"
        "|---|---|---|---|\n"
        "| 選定 | 選定結果の通知 | 令和8年10月下旬 | 書面で通知 |\n"
        "| 議決・協定 | 指定の議案提出 | 令和8年12月 | 12月定例会 |\n"
        "| 議決・協定 | 基本協定の締結 | 令和9年3月(予定) | 議会の議決後 |\n"
        "| 議決・協定 | 管理運営の開始 | 令和9年4月1日(木) | |\n"
    )
    assert found(text) == [
        ("result", "2026-10-01", None, "late_month"),
        ("other", "2026-12-01", None, "month"),
        ("contract", "2027-03-01", None, "month"),
    ]


# --- a flyer's own date over the short name of the office that issues it --------------------------------------


def test_a_flyers_date_over_its_office_is_no_step():
    text = (
        "　　　　令和9年度 記念事業企画運営業務委託\n"
        "　　　　　　　　企画提案を募集します\n"
        "\n"
        "                                              令和9年5月10日\n"
        "                                              蛍川町総務課\n"
        "\n"
        " ４ スケジュール\n"
        " ⑴ 参加申込書の提出\n"
        " 　令和9年5月28日（金）午後5時必着\n"
    )
    assert found(text) == [("application", "2027-05-28", "17:00", "datetime")]


# --- a table read column after column, run onto one line ------------------------------------------------------


def test_a_table_read_column_by_column_run_onto_one_line():
    text = (
        "第４ 日程\n"
        "　本募集の日程は、次の表のとおりとする。\n"
        "\n"
        "項目\n公告\n質問書の提出期限\n参加申込書の提出期限\n企画提案書の提出期限\n審査結果の通知\n"
        "日程\n令和８年９月１日（火）\n令和８年９月９日（水）\n午後５時\n令和８年９月１８日（金）\n午後５時\n"
        "令和８年１０月２日（金）\n正午\n令和８年１０月中旬\n"
        "方法・備考\n県ホームページに掲載\n電子メール\n電子メール\n持参又は郵送（必着）\n文書で通知\n"
        "\n"
        "第５ 質問の受付\n" + "質問は、質問書により電子メールで提出すること。" * 12 + "\n"
    )
    expected = [
        ("published", "2026-09-01", None, "date"),
        ("question", "2026-09-09", "17:00", "datetime"),
        ("application", "2026-09-18", "17:00", "datetime"),
        ("submission", "2026-10-02", "12:00", "datetime"),
        ("result", "2026-10-01", None, "mid_month"),
    ]
    assert found(text) == expected
    assert found(text.replace("\n", " ")) == expected


def test_a_run_of_closed_days_is_no_column_of_a_table():
    text = (
        "(3) 提出期限 令和9年5月12日（金）午後5時\n"
        "※閉庁日 5月3日（水） 5月4日（木） 5月5日（金） 5月6日（土） 5月7日（日）は受け付けない。\n"
        + "提出書類は返却しない。" * 40
        + "\n"
    )
    assert found(text.replace("\n", " ")) == [("submission", "2027-05-12", "17:00", "datetime")]
