"""Round ru: two pages set side by side and joined line by line with the same few spaces (a booklet scanned as
spreads, a leaflet's two columns copied from a viewer), the left page's lines not padded to a column: each page read
as its own text, so that each date under the schedule's page stays with the label under it."""

import datetime as dt

from tenders.extractor.normalize import spread_columns
from tests.extractor_found import steps

# the left page: a foreword and a short history; the right page: the schedule, each date over its indented step
SPREAD = (
    "―――― 2 / 4 ――――\n"
    "ごあいさつ   応募の日程\n"
    "霧ヶ峰市民プールは、昭和の終わりに市民の   令和9年5月10日（月）～6月4日（金）\n"
    "健康づくりの場として整備された屋内施設で   　応募書類の配布（市ホームページ）\n"
    "あり、現在も多くの市民に利用されています。   令和9年5月20日（木）午後5時\n"
    "市では、民間の創意工夫を生かした運営を   　質問の受付締切（電子メール）\n"
    "進めるため、管理者を広く募集いたします。   令和9年5月28日（金）\n"
    "令和9年6月4日（金）正午\n"
    "プールのあゆみ   　応募書類の提出期限（持参のみ）\n"
    "平成元年4月　市民プール開館   令和9年7月中旬　審査結果の通知\n"
    "平成20年7月　屋根の改修工事   令和9年9月　基本協定の締結\n"
    "令和3年度　利用者数 9万人   ※日程は予定です。\n"
)


def test_a_spread_of_two_pages_is_read_a_page_at_a_time():
    lines, origin = spread_columns(SPREAD.splitlines())
    right = lines.index("応募の日程")
    assert lines[1:right] == [
        "ごあいさつ",
        "霧ヶ峰市民プールは、昭和の終わりに市民の",
        "健康づくりの場として整備された屋内施設で",
        "あり、現在も多くの市民に利用されています。",
        "市では、民間の創意工夫を生かした運営を",
        "進めるため、管理者を広く募集いたします。",
        "プールのあゆみ",
        "平成元年4月　市民プール開館",
        "平成20年7月　屋根の改修工事",
        "令和3年度　利用者数 9万人",
    ]
    # (the date alone at the margin between two joined lines: the right page's, the left one's paragraph ended)
    assert lines[right + 5 : right + 8] == ["令和9年5月28日（金）", "令和9年6月4日（金）正午", "　応募書類の提出期限（持参のみ）"]
    assert origin[right + 6] == 7


def test_the_schedules_steps_keep_their_own_dates_and_the_history_gives_none():
    found = steps(SPREAD)
    assert ("question", dt.date(2027, 5, 20), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2027, 6, 4), dt.time(12, 0), "datetime") in found
    assert ("result", dt.date(2027, 7, 1), None, "mid_month") in found
    assert ("contract", dt.date(2027, 9, 1), None, "month") in found
    assert all(day.year >= 2027 for _, day, _, _ in found)  # (the history's days, the left page's, are no steps)
    # (the step under 5月28日 is the answer's line that the left page's sentence ran beside: no label of another date)
    assert not any(day == dt.date(2027, 5, 28) and kind == "submission" for kind, day, _, _ in found)


def test_a_comparison_tables_two_versions_are_no_spread():
    table = "\n".join(
        f"{new}   {old}"
        for new, old in [
            ("改正後の日程について記載する", "改正前の日程について記載する"),
            ("(1) 公募開始（実施要領等の公表）", "(1) 公募開始（実施要領等の公表）"),
            ("令和8年4月24日(金)", "令和8年4月24日(金)"),
            ("(2) 質問書の提出期限とその方法について", "(2) 質問書の提出期限とその方法について"),
            ("令和8年5月8日(金)午後5時", "令和8年5月1日(金)午後5時"),
            ("(3) 企画提案書の提出期限とその方法について", "(3) 企画提案書の提出期限とその方法について"),
            ("令和8年5月29日(金)正午", "令和8年5月22日(金)正午"),
            ("本プロポーザルのスケジュールは、次のとおり", "本プロポーザルのスケジュールは、次のとおり"),
            ("とする。なお、変更する場合は市のホーム", "とする。なお、変更する場合は市のホーム"),
        ]
    )
    assert spread_columns(table.splitlines()) is None


def test_a_table_of_steps_spaced_from_their_dates_is_no_spread():
    table = "\n".join(
        f"{step}   {day}"
        for step, day in [
            ("公募開始（実施要領等の公表・配布開始）", "令和9年5月10日（月）"),
            ("現地説明会の参加申込締切", "令和9年5月14日（金）正午"),
            ("質問の受付締切", "令和9年5月20日（木）午後5時"),
            ("質問への回答（市ホームページで公表）", "令和9年5月28日（金）"),
            ("応募書類の提出期限", "令和9年6月4日（金）正午"),
            ("第一次審査（書類審査）", "令和9年6月中旬"),
            ("第二次審査（プレゼンテーション審査）", "令和9年7月上旬"),
            ("審査結果の通知", "令和9年7月中旬"),
            ("基本協定の締結", "令和9年9月"),
        ]
    )
    assert spread_columns(table.splitlines()) is None
