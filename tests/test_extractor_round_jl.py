"""Round jl: tables and label/value blocks whose line breaks became spaces (a page's text run onto one line)."""

import datetime as dt

from tests.extractor_found import steps


def test_a_table_written_step_date_place_run_onto_one_line_keeps_each_step_with_its_own_date():
    # (the cells one a line, run onto one line: a year alone in a cell before the first date, a step's period
    # 「開始」「終了」, and the place after each date before the next step; the last date's place names no step)
    text = (
        "3 日程 手続 日時 場所・方法 入札説明書の交付 令和8年 8月3日(月)から 8月14日(金)まで 町ホームページからダウ "
        "ンロード 質問書の受付期限 令和8年8月19日(水) 正午 電子メール 質問への回答 令和8年8月24日(月) "
        "町ホームページに掲載 入札書の提出 令和8年9月2日(水) 午後3時まで 総務課契約係へ持参 開札 "
        "令和8年9月3日(木) 午前10時 柚ノ木町役場 3階 入札室 4 入札保証金 免除 " + "5 その他 入札室に入室すること。 " * 20
    )
    assert steps(text) == [
        ("published", dt.date(2026, 8, 3), None, "date"),
        ("question", dt.date(2026, 8, 19), dt.time(12, 0), "datetime"),
        ("answer", dt.date(2026, 8, 24), None, "date"),
        ("submission", dt.date(2026, 9, 2), dt.time(15, 0), "datetime"),
        ("other", dt.date(2026, 9, 3), dt.time(10, 0), "datetime"),
    ]
