"""Layouts that used to yield nothing or lose a time: a page's fields after its 更新履歴, schedules whose date,
weekday and time stand in columns of their own, OCR of scans (each test a few lines written for its class)."""

from tests.extractor_found import found


def test_a_field_key_after_the_update_history_ends_the_history():
    text = (
        "更新履歴\n"
        "2026年5月20日 質問への回答を掲載しました\n"
        "2026年5月11日 公告しました\n"
        "公告日\n"
        "令和8年5月11日\n"
        "手続\t日時\n"
        "質問の受付\t令和8年5月15日（金）17時00分\n"
        "入札書の提出\t令和8年5月29日（金）17時00分\n"
    )
    assert found(text) == [
        ("published", "2026-05-11", None, "date"),
        ("question", "2026-05-15", "17:00", "datetime"),
        ("submission", "2026-05-29", "17:00", "datetime"),
    ]


def test_a_schedule_with_day_weekday_and_time_in_columns_of_their_own():
    text = (
        "スケジュール（2026年）\n"
        "月日 曜 時刻 内容\n"
        "6/1 月 － 公募開始\n"
        "6/8 月 17:00 質問受付締切\n"
        "6/19 金 12:00 企画提案書提出締切\n"
        "7月上旬 － － 審査結果通知\n"
    )
    assert found(text) == [
        ("published", "2026-06-01", None, "date"),
        ("question", "2026-06-08", "17:00", "datetime"),
        ("submission", "2026-06-19", "12:00", "datetime"),
        ("result", "2026-07-01", None, "early_month"),
    ]


def test_something_put_up_after_every_deadline_is_no_publication_of_the_call():
    text = (
        "(1) 参加申込書 令和7年6月20日（金）午後5時まで\n"
        "(2) 企画提案書 令和7年7月4日（金）正午まで\n"
        "(3) 記載事項 アーカイブ配信（令和8年1月31日まで公開）の方法\n"
    )
    assert found(text) == [("application", "2025-06-20", "17:00", "datetime"), ("submission", "2025-07-04", "12:00", "datetime")]


def test_a_window_of_years_is_no_step():
    text = (
        "(2) 参加申込書の提出期限までに登録を行っていること。\n"
        "(3) 令和2年4月1日から令和7年3月31日までの間に同種業務を受託した実績を有すること。\n"
        "(4) 参加申込書 令和7年6月20日（金）午後5時まで\n"
    )
    assert found(text) == [("application", "2025-06-20", "17:00", "datetime")]


def test_ocr_letters_among_the_digits_of_a_date_or_time_and_misread_weekdays():
    text = (
        "(1) 質問受付期限 令和5年1O月11日(氷)正午まで\n"
        "(2) 参加申請 提出期限 令和5年l0月l3日(全)午後5時まで\n"
        "(3) 資格確認結果の通知 令和5年1O月16曰(月)\n"
        "(4) 開札 令和5年1O月19日(本)午前1O時OO分\n"
    )
    assert found(text) == [
        ("question", "2023-10-11", "12:00", "datetime"),
        ("application", "2023-10-13", "17:00", "datetime"),
        ("result", "2023-10-16", None, "date"),
        ("other", "2023-10-19", "10:00", "datetime"),
    ]


def test_ocr_fixes_leave_ordinary_text_alone():
    from tenders.extractor.labels import ocr_corrected

    for text in ("総合点数7OO点以上", "契約金額の1OO分の1O以上", "COVID-19", "No.1 会場", "全日(本)程"):
        assert ocr_corrected(text) == text


def test_a_day_the_documents_are_not_handed_out_is_no_step():
    text = "(1) 閲覧期間 令和5年10月2日(月)から10月16日(月)まで\n(2) 10月9日(月)はスポーツの日のため、閲覧及び交付は行わない。\n"
    assert [m[1] for m in found(text)] == ["2023-10-16"]


def test_start_and_end_columns_with_the_hours_in_a_column_of_their_own():
    text = (
        "事項\t期間（自）\t期間（至）\t時間\n"
        "設計図書の閲覧\t令和4年5月9日（月）\t令和4年5月20日（金）\t午前9時～午後5時\n"
        "参加申請書の受付\t令和4年5月10日（火）\t令和4年5月17日（火）\t午前9時～午後5時（最終日は正午まで）\n"
        "質問書の受付\t令和4年5月10日（火）\t令和4年5月18日（水）\t午後4時まで\n"
    )
    assert found(text) == [
        ("application", "2022-05-17", "12:00", "datetime"),
        ("question", "2022-05-18", "16:00", "datetime"),
        ("other", "2022-05-20", "17:00", "datetime"),
    ]


def test_a_space_aligned_table_ruled_between_rows_whose_first_cells_wrap():
    rule = "  " + "─" * 40 + "\n"
    text = (
        "  区　分            期　日                        時　間\n"
        + rule
        + "  入札説明書の      自 令和8年6月1日（月）     午前9時から\n"
        "  交付              至 令和8年6月12日（金）   午後5時まで\n"
        + rule
        + "  参加資格確認      令和8年6月17日（水）      －\n"
        "  結果の通知\n" + rule + "  質問書の提出      自 令和8年6月1日（月）至 令和8年6月5日（金）  午後5時まで\n" + rule
    )
    assert found(text) == [
        ("published", "2026-06-01", None, "date"),
        ("question", "2026-06-05", "17:00", "datetime"),
        ("result", "2026-06-17", None, "date"),
    ]


def test_a_time_with_am_or_pm_written_before_it():
    text = (
        "8月19日（月）｜ PM5:00まで ｜ 説明会参加申込締切\n"
        "8月20日（火）｜ PM2:00～PM3:00 ｜ 説明会\n"
        "9月24日（火）｜ AM10:00～ ｜ プレゼンテーション審査\n"
        "公告日 令和6年8月9日\n"
    )
    assert found(text)[1:] == [
        ("other", "2024-08-19", "17:00", "datetime"),
        ("other", "2024-08-20", "14:00", "datetime"),
        ("hearing", "2024-09-24", "10:00", "datetime"),
    ]
    from tenders.extractor.normalize import latin_ampm

    assert latin_ampm("PM2.5の測定 AMEDAS 10:00") == "PM2.5の測定 AMEDAS 10:00"


def test_a_box_table_whose_cells_wrap_in_the_middle_of_a_date():
    text = (
        "┌──────┬───────┐\n"
        "│手　続│期日・期限    │\n"
        "├──────┼───────┤\n"
        "│入札説明書の│令和5年5月19│\n"
        "│交付        │日（金）から6│\n"
        "│            │月30日（金）ま│\n"
        "│            │で            │\n"
        "├──────┼───────┤\n"
        "│質問の受付期│令和5年6月1│\n"
        "│限          │日（木）17時00│\n"
        "│            │分            │\n"
        "├──────┼───────┤\n"
        "│資格確認結果│令和5年6月22│\n"
        "│の通知      │日（木）      │\n"
        "└──────┴───────┘\n"
    )
    assert found(text) == [
        ("published", "2023-05-19", None, "date"),
        ("question", "2023-06-01", "17:00", "datetime"),
        ("result", "2023-06-22", None, "date"),
    ]


def test_a_flyer_whose_markers_labels_and_dates_come_in_blocks_of_their_own():
    text = (
        "募集スケジュール\n①\n②\n③\n④\n"
        "募集要項の配布\n現地説明会\n応募書類の受付\n選定委員会\n（プレゼンテーション）\n"
        "令和2年6月1日（月）\n～6月26日（金）\n"
        "6月10日（水）午後2時～\n"
        "※参加申込は6月5日（金）まで\n"
        "6月22日（月）\n～6月26日（金）\n"
        "7月上旬\n"
        "応募書類の受付時間は午前9時から午後5時までです。\n"
    )
    assert found(text) == [
        ("published", "2020-06-01", None, "date"),
        ("other", "2020-06-05", None, "date"),
        ("other", "2020-06-10", "14:00", "datetime"),
        ("submission", "2020-06-26", "17:00", "datetime"),
        ("hearing", "2020-07-01", None, "early_month"),
    ]


def test_a_page_break_between_an_item_and_its_date():
    header = "入札説明書（MRI装置一式）\n"
    text = (
        "8 入札書の提出\n"
        "（1）提出期限 令和6年10月1日（火）午後5時まで\n"
        "（2）入札書の封筒の表に「10月3日開札 MRI装置一式 入札書在中」と朱書きすること。\n"
        "9 開札\n"
        "（1）日時\n" + header + "3 / 6\n" + header + "令和6年10月3日（木）午前10時\n"
        "（2）場所 第2会議室\n"
        "10 入札保証金\n" + header + "4 / 6\n" + header + "11 その他\n"
    )
    assert found(text) == [("submission", "2024-10-01", "17:00", "datetime"), ("other", "2024-10-03", "10:00", "datetime")]


def test_a_clause_the_page_width_cut_goes_on_at_the_next_line():
    text = (
        "(4) 資格確認 入札参加申請書を提出した者には、令和5年10月12日(木)までに参加資格の確認\n"
        "結果をファクシミリにより通知する。\n"
    )
    assert found(text) == [("result", "2023-10-12", None, "date")]
