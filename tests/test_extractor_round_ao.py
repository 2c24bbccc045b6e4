"""A date or a time cut at any point by a hard wrap the text is not read as wrapped for (round ao): a PDF text layer
of a narrow column, a fax's OCR, a mail body whose lines vary in width, so no one width tells the wrap. The break
falls inside a number, between a number and its unit, between a day and its weekday, 午前 and its hour, an hour
and its minutes or a time and its 「まで」; the next line goes on the line above. Two real lines (a table's rows of
numbers, 「令和8年度」 over a new item, a whole date over the next item) stay apart. Each notice written for its
class."""

from tenders.extractor.normalize import date_cuts_joined
from tests.extractor_found import found

HEAD = "令和8年度 広報紙デザイン業務委託 公募型プロポーザルの実施について\n\n"


def notice(*items: str) -> str:
    return HEAD + "\n".join(items) + "\n\n問合せ先 総務課 電話000-0000-0000\n"


# --- the joining on its own ---------------------------------------------------------------------------------------


def test_a_date_cut_inside_its_numbers_is_joined_at_any_point():
    for above, below in (
        ("提出期限 令和8年6", "月1日(月)午後5時まで"),
        ("提出期限 2026年6月1", "0日(水)午後5時まで"),
        ("提出期限 令和", "8年6月10日(水)まで"),
        ("提出期限 令和8", "年6月10日(水)まで"),
        ("提出期限 6月10日(", "水)午後5時まで"),
        ("提出期限 6月10日", "(水)午後5時まで"),
        ("提出期限 6月10日(水)午", "後5時まで"),
        ("提出期限 6月10日(水)午後", "5時15分まで"),
        ("提出期限 6月10日(水)午後5時1", "5分まで"),
        ("提出期限 6月10日(水)午後5時", "15分まで"),
        ("提出期限 6月10日(水)17:", "00まで"),
        ("提出期限 6月10日(水)1", "7:00まで"),
        ("提出期限 6月10日(水)午後5時", "までに持参すること。"),
    ):
        assert date_cuts_joined([above, below, "(2) 提出場所 総務課"]) == [above + below, "", "(2) 提出場所 総務課"]


def test_a_window_cut_after_its_from_is_joined_when_its_end_follows():
    lines = ["受付期間 令和8年6月1日(月)から", "6月30日(火)まで(土日を除く)"]
    assert date_cuts_joined(lines) == ["".join(lines), ""]
    lines = ["受付時間 午前9時", "から午後5時まで"]
    assert date_cuts_joined(lines) == ["".join(lines), ""]
    lines = ["3.2.1\t交付期間 6月1日(月)から6月12日(金)まで(土日を除く毎日10時から17時", "まで)"]
    assert date_cuts_joined(lines) == ["".join(lines), ""]  # (a tab after a heading's number makes no table row)


def test_a_date_cut_again_on_the_next_line_goes_on_over_both():
    lines = ["提出期限 令和8年6", "月10日(水)午", "後5時まで", "(2) 提出場所 総務課"]
    assert date_cuts_joined(lines) == ["提出期限 令和8年6月10日(水)午後5時まで", "", "", "(2) 提出場所 総務課"]


def test_real_lines_stay_apart():
    for lines in (
        ["単価 1,200", "2,400", "3,600"],  # a list of amounts
        ["通知件数\t180,000\t2,700", "2月\t医療費通知\t175,000"],  # a table's rows
        ["(1) 対象 令和8年度", "(2) 期間 令和8年6月1日から"],  # 「令和8年度」 over a new item
        ["(3) 納入期限 令和9年3月31日", "(4) 納入場所 本庁舎"],  # a whole date over the next item
        ["令和8年5月", "1 趣旨"],  # a notice's month over its first heading
        ["3 日時 令和8年6月10日(水)午前10時", "(2) 場所 本庁舎3階"],
        [" 8月6日(金)", "17時まで\t掲載\t正午まで"],  # the row of the dates' times under the row of the dates
    ):
        assert date_cuts_joined(lines) == lines
    # a schedule's cells a line: the day's time goes on its date, the next row's date stays a line of its own
    lines = ["令和8年6月15日(月)", "13時から", "令和8年6月下旬"]
    assert date_cuts_joined(lines) == ["令和8年6月15日(月)13時から", "", "令和8年6月下旬"]


# --- the milestones a user relies on ---------------------------------------------------------------------------------


def test_a_deadline_cut_inside_its_date_keeps_its_day_and_time():
    text = notice(
        "1 質問の受付",
        "質問は電子メールにより受け付ける。受付期限は令和8年6",
        "月10日(水)午後5時までとする。",
        "2 企画提案書の提出",
        "企画提案書は、令和8年6月2",
        "4日(水)正午までに総務課へ持参すること。",
    )
    assert ("question", "2026-06-10", "17:00", "datetime") in found(text)
    assert ("submission", "2026-06-24", "12:00", "datetime") in found(text)


def test_a_deadline_cut_inside_its_time_keeps_the_time():
    text = notice(
        "1 参加申込書の提出",
        "参加申込書は、令和8年6月17日(水)午後",
        "5時15分までに提出すること。",
        "2 プレゼンテーションの実施",
        "プレゼンテーションは令和8年7月8日(水)1",
        "3時30分から本庁舎会議室で行う。",
    )
    assert ("application", "2026-06-17", "17:15", "datetime") in found(text)
    assert ("hearing", "2026-07-08", "13:30", "datetime") in found(text)


def test_a_deadline_cut_after_its_era_or_inside_its_clock_time():
    text = notice(
        "1 企画提案書の提出",
        "企画提案書の提出期限は、令和",
        "8年7月1日(水)17:",
        "00とし、持参又は郵送(必着)による。",
        "2 審査結果の通知",
        "審査結果は、令和8年7月1",
        "5日(水)頃に文書で通知する。",
    )
    assert ("submission", "2026-07-01", "17:00", "datetime") in found(text)
    assert ("result", "2026-07-15", None, "date") in found(text)
