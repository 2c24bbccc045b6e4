"""Shapes conversion tools and copying give ordinary calls: a table's cells one a line with 「から」「まで」 cut, a
leaflet's two columns marked with ■ and ●, a fax machine's stamp, a row cut by a page break under its header printed
again, a part of a month cut by a hard wrap, a label wrapped with its dates' times, a sheet's group cell."""

import datetime as dt

from tests.extractor_found import found, steps


def test_a_window_cut_inside_kara_and_made_inside_made_joins_in_a_cell_a_line_table():
    text = (
        "見積依頼\n\n"
        "4 日程\n"
        "手続\n"
        "期間\n"
        "提出先・方法\n"
        "仕様書の交付\n"
        "令和9年\n"
        "2月1日(月)から\n"
        "2月5日(金)まで\n"
        "市ホームページ\n"
        "見積書の提出\n"
        "令和9年2月1日(月)か\n"
        "ら2月10日(水)まで\n"
        "午前8時30分から午後4時ま\n"
        "で\n"
        "管財課へ持参\n"
        "見積結果の通知\n"
        "令和9年2月17日(水)\n"
        "電子メール\n"
    )
    got = steps(text)
    assert ("submission", dt.date(2027, 2, 10), dt.time(16, 0), "datetime") in got
    assert ("result", dt.date(2027, 2, 17), None, "date") in got
    assert [kind for kind, day, *_ in got if day == dt.date(2027, 2, 1)] == ["published"]


def test_a_kana_line_end_that_starts_no_date_stays_apart():
    text = "提出方法\n郵送又は持参のいずれか\nらくらく便での送付は不可\n提出期限 令和9年2月10日(水)午後4時\n"
    assert found(text) == [("submission", "2027-02-10", "16:00", "datetime")]


def test_a_leaflets_two_columns_marked_with_squares_and_bullets_are_read_a_column_at_a_time():
    text = (
        "月見台市 夏まつり2028            出店運営者を募集します\n"
        "公募型プロポーザル                   応募の流れ\n"
        "■まつりの概要                         ●募集開始 2028年3月6日(月)\n"
        "日時 2028年8月5日(土)・6日(日)    ●質問受付 3月15日(水)正午\n"
        "会場 月見台中央公園               ●参加申込 3月24日(金)17:00\n"
        "来場 約12,000人                      ●提案書提出 4月7日(金)17:00\n"
        "■業務の内容                           ●審査会 4月18日(火)\n"
        "・会場の設営と撤去                    ●結果通知 4月下旬\n"
        "・出店者の募集と調整\n"
        "・当日の運営                          ■お問い合わせ\n"
        "■応募資格                             月見台市 観光課\n"
        "・市内に事業所がある法人              TEL 000-000-0000\n"
    )
    assert steps(text) == [
        ("published", dt.date(2028, 3, 6), None, "date"),
        ("question", dt.date(2028, 3, 15), dt.time(12, 0), "datetime"),
        ("application", dt.date(2028, 3, 24), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2028, 4, 7), dt.time(17, 0), "datetime"),
        ("hearing", dt.date(2028, 4, 18), None, "date"),
        ("result", dt.date(2028, 4, 1), None, "late_month"),
    ]


def test_a_fax_stamp_with_the_senders_number_and_page_count_gives_no_time_to_the_days_step():
    text = (
        "2027/03/02 09:15  FAX 011-111-1111  若草町総務課   P.001/002\n\n"
        "                公　告\n\n"
        " 見積合わせを次のとおり行う。\n\n"
        "   令和９年３月２日（火）\n\n"
        "１　日　程\n"
        " （１）見積要領の配布　　令和９年３月２日（火）から令和９年３月９日（火）まで\n"
        " （２）見積書の提出期限　令和９年３月１２日（金）午後３時\n"
    )
    got = steps(text)
    assert ("published", dt.date(2027, 3, 2), None, "date") in got
    assert all(time != dt.time(9, 15) for _, _, time, _ in got)


def test_a_fax_number_in_a_line_with_a_date_still_gives_the_date():
    text = "提出期限 2027/03/12 15:00 (FAX 011-111-1111 可)\n"
    assert found(text) == [("submission", "2027-03-12", "15:00", "datetime")]


def test_a_row_cut_by_a_page_break_takes_its_time_from_under_the_repeated_header():
    text = (
        "5 日程\n\n"
        "   手続                  期日                        方法\n"
        "   質問の受付            令和9年6月1日(火)まで       電子メール\n"
        "   提案書の提出          令和9年6月15日(火)          持参\n"
        "\n"
        "                                        - 2 -\n"
        "             若葉市 事業者選定要領\n"
        "\n"
        "   手続                  期日                        方法\n"
        "                         午後3時まで(必着)           (企画課)\n"
        "   審査結果の通知        令和9年6月30日(水)          文書\n"
    )
    got = steps(text)
    assert ("submission", dt.date(2027, 6, 15), dt.time(15, 0), "datetime") in got
    assert ("result", dt.date(2027, 6, 30), None, "date") in got


def test_a_part_of_a_month_cut_by_a_hard_wrap_keeps_its_part():
    text = "(4) 日程\n書類選考の結果通知 令和9年10月中\n旬\n契約の締結 令和9年11月上旬\n"
    assert steps(text) == [
        ("result", dt.date(2027, 10, 1), None, "mid_month"),
        ("contract", dt.date(2027, 11, 1), None, "early_month"),
    ]


def test_a_changed_rows_label_wrapped_with_its_times_below_the_dates_keeps_the_new_time():
    text = (
        "日程の変更について\n\n"
        "    項目                   変更前                     変更後\n"
        "    ヒアリング             令和9年7月6日(火)          令和9年7月13日(火)\n"
        "    審査                   午後2時から                午前10時から\n"
        "    契約締結               令和9年7月下旬             令和9年8月上旬\n"
    )
    got = steps(text)
    assert ("hearing", dt.date(2027, 7, 13), dt.time(10, 0), "datetime") in got
    assert all(day != dt.date(2027, 7, 6) for _, day, *_ in got)


def test_a_window_over_two_cells_still_reads_as_one():
    text = "手続\t開始\t終了\n申込書の受付\t令和9年5月10日(月)午前9時から\t令和9年5月14日(金)午後5時まで\n"
    assert found(text) == [("application", "2027-05-14", "17:00", "datetime")]


def test_a_sheets_group_cell_and_its_steps_cell_name_one_step():
    text = (
        "No.\t手続\t内容\t開始\t終了\t時刻\n"
        "1\t一般競争入札参加資格\t確認申請書の提出\t9月1日(水)\t9月10日(金)\t17:00\n"
        "\t\t確認結果の通知\t\t9月17日(金)\t\n"
        "2\t入札\t入札書の提出\t9月21日(火)\t9月24日(金)\t16:00\n"
        "\n公告日 令和3年8月30日\n"
    )
    got = steps(text)
    assert ("application", dt.date(2021, 9, 10), dt.time(17, 0), "datetime") in got
    assert ("submission", dt.date(2021, 9, 24), dt.time(16, 0), "datetime") in got
