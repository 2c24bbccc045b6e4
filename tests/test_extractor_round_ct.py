"""Shapes conversion tools give a notice, round ct: an OCR's 「午後l時」, 「下句」 and 「1〇月」, a budget's vote the
contract depends on, a Word table saved one cell a line that stops where the body's numbered items begin."""

import datetime as dt

from tests.extractor_found import steps


def test_an_ocr_reads_the_hour_after_pm_as_a_letter_and_late_month_as_ku():
    text = (
        "(5) プレゼンテーション 令和８年5月l5日(金)午後l時から 萌黄町役場２階 第l会議室\n"
        "(6) 選定結果の通知 令和８年５月下句（予定）\n"
    )
    found = steps(text)
    assert ("hearing", dt.date(2026, 5, 15), dt.time(13, 0), "datetime") in found
    assert ("result", dt.date(2026, 5, 1), None, "late_month") in found


def test_an_ocr_reads_a_zero_as_the_kanji_zero_after_a_digit_and_a_list_mark_stays_a_mark():
    text = "(7) ヒアリング 実施日 令和8年1〇月6日(火)(予定) 場所 本庁舎 2階 大会議室\n"
    assert steps(text) == [("hearing", dt.date(2026, 10, 6), None, "date")]
    text = "令和9年度 サウンディング\nスケジュール\n\n〇7月1日(木)\n　・実施要領の公表\n\n〇10月中旬\n　・実施結果の概要公表\n"
    assert ("result", dt.date(2027, 10, 1), None, "mid_month") in steps(text)


def test_the_month_a_budget_is_voted_on_as_the_contracts_condition_is_no_step():
    text = (
        "(1) 本契約は、令和9年度霜里市一般会計予算が令和9年3月の市議会定例会におい\n"
        "て議決されることを条件とします。予算が成立しなかった場合は、契約を締結し\n"
        "ない。\n"
        "(2) 開札 令和9年2月10日(水)午前10時\n"
    )
    assert steps(text) == [("other", dt.date(2027, 2, 10), dt.time(10, 0), "datetime")]


def test_a_table_one_cell_a_line_ends_where_a_sections_items_begin():
    cells = [
        "項目", "日程", "備考",
        "質問の受付", "令和8年7月13日(月)から7月22日(水)午後5時まで", "電子メール",
        "質問への回答", "令和8年7月29日(水)(予定)", "市ホームページに掲載",
        "指定管理業務の開始", "令和9年4月1日(木)", "",
        "8 現地説明会",
        "(1) 日時 令和8年7月15日(水)午後2時から午後3時30分まで",
        "(2) 場所 文化会館1階 第1会議室",
        "9 質問の受付及び回答",
        "(1) 質問は、質問書により、令和8年7月13日(月)から7月22日(水)午後5時までに電子メールで提出すること。",
        "(2) 質問に対する回答は、令和8年7月29日(水)に市ホームページに掲載する予定である。",
        "10 申請書類の提出",
        "(1) 受付期間 令和8年8月3日(月)から8月14日(金)まで(土曜日及び日曜日を除く。)",
        "(2) 受付時間 午前9時から午後5時まで",
    ]  # fmt: skip
    text = "7 募集日程\n\n" + "".join(cell + "\n\n" for cell in cells)
    found = steps(text)
    assert ("answer", dt.date(2026, 7, 22), dt.time(17, 0), "datetime") not in found
    assert ("question", dt.date(2026, 7, 29), None, "date") not in found


def test_a_two_column_page_read_across_with_half_width_spaces_in_its_own_words():
    text = (
        "１ 目的 ３ 日程\n"
        "本市では、海辺の公園を生かした体験型の ⑴ 募集開始\n"
        "観光を進めています。本業務は、市外の家 令和９年４月１２日（月）\n"
        "族連れを対象とした見学会を企画し、運営 ⑵ 質問受付\n"
        "することを目的とします。この事業により 令和９年４月１２日（月）～４月１９日\n"
        "交流人口の拡大を図るものとしています。 （月）午後５時まで（電子メール）\n"
        "２ 概要 ⑶ 企画提案書の提出期限\n"
        "⑴ 委託期間 契約締結日から令和１０年３月 令和９年５月１４日（金）正午必着\n"
        "３１日（金）まで ⑷ 審査結果の通知\n"
        "⑵ 実施時期 令和９年８月から１０月まで 令和９年５月下旬\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 4, 12), None, "date"),
        ("question", dt.date(2027, 4, 19), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 5, 14), dt.time(12, 0), "datetime"),
        ("result", dt.date(2027, 5, 1), None, "late_month"),
    ]


def test_a_word_tables_date_cells_broken_before_their_times_make_up_the_row_again():
    text = (
        "項目\t変更前\t変更後\n"
        "質問への回答\t令和8年11月18日（水）\t令和8年11月25日（水）\n"
        "企画提案書の提出期限\t令和8年12月4日（金）\n"
        "午後5時\t令和8年12月11日（金）\n"
        "午後5時\n"
        "プレゼンテーション審査\t令和8年12月15日（火）\t令和8年12月22日（火）\n"
    )
    assert steps(text) == [
        ("answer", dt.date(2026, 11, 25), None, "date"),
        ("submission", dt.date(2026, 12, 11), dt.time(17, 0), "datetime"),
        ("hearing", dt.date(2026, 12, 22), None, "date"),
    ]


def test_a_word_numbered_heading_with_its_tab_stands_over_the_tables_header():
    text = (
        "日程の変更について\n\n"
        "1\t変更する日程\n"
        "項目\t変更前\t変更後\n"
        "質問への回答\t令和8年11月18日(水)\t令和8年11月25日(水)\n"
        "審査結果の通知\t令和8年12月下旬\t令和9年1月上旬\n"
    )
    assert steps(text) == [
        ("answer", dt.date(2026, 11, 25), None, "date"),
        ("result", dt.date(2027, 1, 1), None, "early_month"),
    ]


def test_a_ruled_rows_last_column_empty_on_its_first_line_is_filled_by_its_wrapped_lines():
    rule = "  " + "─" * 46 + "\n"
    text = (
        "  番号 項目                     日時                          場所\n"
        + rule
        + "  8    提案書等提出期限         令和8年11月20日（金）         持参に限る\n"
        "                                正午\n" + rule + "  9    デモンストレーション     令和8年12月2日（水）\n"
        "       及びプレゼンテーション   午前9時30分から               当院 管理棟3階\n"
        "                                （1者150分程度）              大会議室\n" + rule
    )
    assert ("hearing", dt.date(2026, 12, 2), dt.time(9, 30), "datetime") in steps(text)


TABLE_HEAD = (
    "   項        目                  日時・期間                               方法・場所\n"
    "   ─────────────────────────────────────────────\n"
    "   公告                          令和8年6月1日（月）                      市ホームページ\n"
    "\n"
)


def test_a_label_cut_after_its_particle_goes_on_with_its_windows_end_on_the_next_row():
    text = TABLE_HEAD + (
        "   入札参加資格確認申請書の      令和8年6月2日（火）から                  電子入札システム\n"
        "   提出                          令和8年6月9日（火）午後5時まで           （紙入札の場合は持参）\n"
        "\n"
        "   設計図書等に対する質問        令和8年6月10日（水）正午まで             電子メール\n"
    )
    assert ("application", dt.date(2026, 6, 9), dt.time(17, 0), "datetime") in steps(text)


def test_a_rows_window_cut_by_a_page_break_ends_on_the_next_pages_first_line():
    text = TABLE_HEAD + (
        "   入札書の提出                  令和8年6月22日（月）午前9時から          電子入札システム\n"
        "                                                                          （紙入札の場合は契約検\n"
        "   ─────────────────────────────────────────────\n"
        "\n\n"
        "                                          - 2 -\n"
        "                                        条件付一般競争入札公告（空調設備設置工事）\n"
        "\n"
        "                                 令和8年6月24日（水）午後5時まで           査課へ持参）\n"
        "\n"
        "   開札                          令和8年6月25日（木）午前10時             本庁舎3階 入札室\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2026, 6, 24), dt.time(17, 0), "datetime") in found
    assert ("other", dt.date(2026, 6, 25), dt.time(10, 0), "datetime") in found


def test_how_far_a_proposals_work_plan_must_reach_is_no_step():
    text = (
        "（３）企画提案書の記載事項\n"
        "エ 法定協議会の運営支援の方法\n"
        "オ 業務工程（令和９年３月の計画決定までの工程を示すこと。）\n"
        "第９ プレゼンテーション審査\n"
        "（１）プレゼンテーション審査を令和８年８月１８日（火）に実施する。\n"
    )
    assert steps(text) == [("hearing", dt.date(2026, 8, 18), None, "date")]
