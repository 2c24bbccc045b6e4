"""Notices run onto one line (a PDF text layer, a portal page copied): the rows of a CSV export put back."""

import datetime as dt

from tests.extractor_found import one_line, steps

_PREAMBLE = (
    "4　スケジュール\n"
    "日程表を CSV 形式で出力したものを掲載します。長い文章が続きます。" * 3 + "\n"
    "---- 日程表.csv ここから ----\n"
)


def test_a_csv_schedule_run_onto_one_line_keeps_each_rows_date_and_time():
    text = (
        _PREAMBLE + "事業の日程表,,,\n"
        "作成日,令和8年5月28日,作成課,交通政策課\n"
        "No,項目,日時,備考\n"
        "1,公告（実施要領等の公表）,令和8年6月1日（月）,市ホームページに掲載\n"
        '2,質問書の提出期限,"令和8年6月8日（月）17:00","電子メールのみ,件名に「質問」と記載"\n'
        "3,質問への回答,令和8年6月12日（金）,市ホームページに掲載\n"
        '4,企画提案書の提出期限,"令和8年7月3日（金）12:00","持参のみ,正本1部"\n'
        "5,審査結果の通知,令和8年7月下旬（予定）,\n"
        "6,契約締結,令和8年8月上旬（予定）,\n"
        "---- 日程表.csv ここまで ----\n"
    )
    expected = [
        ("published", dt.date(2026, 6, 1), None, "date"),
        ("question", dt.date(2026, 6, 8), dt.time(17, 0), "datetime"),
        ("answer", dt.date(2026, 6, 12), None, "date"),
        ("submission", dt.date(2026, 7, 3), dt.time(12, 0), "datetime"),
        ("result", dt.date(2026, 7, 1), None, "late_month"),
        ("contract", dt.date(2026, 8, 1), None, "early_month"),
    ]
    assert steps(text) == expected
    assert steps(one_line(text)) == expected


def test_a_wide_csv_sheet_run_onto_one_line_keeps_its_columns():
    text = (
        _PREAMBLE + "No,項目,開始日,曜日,終了日,曜日,時刻,場所・方法,備考,担当\n"
        "1,募集要項の配布,2026/8/3,(月),2026/8/31,(月),,町ホームページ,土日祝を除く,生涯学習課\n"
        "2,現地説明会,2026/8/12,(水),,,10:00,交流センター 多目的室,施設見学を含む,生涯学習課\n"
        "3,質問の受付,2026/8/3,(月),2026/8/19,(水),17:00,電子メール,電話は不可,生涯学習課\n"
        "4,第2次審査（プレゼンテーション）,2026/10/14,(水),,,13:30,役場 大会議室,通過団体のみ,選定委員会\n"
    )
    assert steps(one_line(text)) == steps(text)
