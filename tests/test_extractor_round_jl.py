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


def test_a_page_number_between_dashes_opens_no_list_and_the_sections_after_it_keep_their_headings():
    # (「― 1 ―」 at a page's foot, run onto one line: no list of its own opened by 「1」, so 「3」「4」「5」 after it
    # go on from 「2」 and each section's heading names the steps under it)
    text = (
        "焼却灰運搬業務委託 入札公告 1 入札に付する事項 (1) 業務名 焼却灰運搬業務委託 (2) 履行期間 令和9年4月1日から"
        "令和10年3月31日まで 2 入札説明書の交付 (1) 交付期間 令和9年1月15日(金)から令和9年1月29日(金)まで "
        "(2) 交付方法 ホームページからダウンロード  ― 1 ―  組合公告第3号   3 入札参加資格の確認 (1) 提出期間 "
        "令和9年1月15日(金)から令和9年1月29日(金)午後4時まで (2) 確認結果 令和9年2月3日(水)に発送予定  "
        "4 入札説明書等に対する質問 (1) 受付期限 令和9年2月5日(金)正午まで (2) 回答 令和9年2月9日(火)ホームページに掲載  "
        "5 入札書の提出 (1) 提出方法 郵便により送付すること。 (2) 提出期限 令和9年2月16日(火)午後5時必着  "
        "6 開札の日時及び場所 (1) 日時 令和9年2月18日(木)午前10時 (2) 場所 会議室 ― 2 ―"
    )
    assert [(kind, date, time) for kind, date, time, _ in steps(text)][3:] == [
        ("question", dt.date(2027, 2, 5), dt.time(12, 0)),
        ("answer", dt.date(2027, 2, 9), None),
        ("submission", dt.date(2027, 2, 16), dt.time(17, 0)),
        ("other", dt.date(2027, 2, 18), dt.time(10, 0)),
    ]
