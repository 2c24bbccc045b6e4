"""Notices as conversion tools give them (round dp): a spreadsheet's cells, a scan's OCR, a flyer's two columns, a
table's wrapped cells run into one line; and the day a hearing's details are told. Each test a few lines written
for its class."""

import unicodedata

from tenders.extractor import extract
from tests.extractor_found import found


def _padded(text: str, width: int) -> str:
    """``text`` with spaces after it up to ``width`` display columns (a wide character takes two)."""
    shown = sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
    return text + " " * (width - shown)


# --- a spreadsheet read by a converter ------------------------------------------------------------------------


def test_a_spreadsheet_date_cell_carries_no_midnight_and_its_time_is_the_next_cell():
    text = (
        "| 項目 | 日付 | 時刻 | 備考 |\n"
        "| --- | --- | --- | --- |\n"
        "| 公告日 | 2028-03-06 00:00:00 | NaN | NaN |\n"
        "| 質問の締切 | 2028-03-09 00:00:00 | 12:00:00 | 電子メール |\n"
        "| 見積書の提出期限 | 2028-03-16 00:00:00 | 16:30:00 | 持参 |\n"
    )
    assert found(text) == [
        ("published", "2028-03-06", None, "date"),
        ("question", "2028-03-09", "12:00", "datetime"),
        ("submission", "2028-03-16", "16:30", "datetime"),
    ]


def test_a_csv_export_reads_the_same():
    text = "項目,日付,時刻\n公告日,2028-03-06 00:00:00,\n見積書の提出期限,2028-03-16 00:00:00,16:30:00\n"
    assert found(text) == [
        ("published", "2028-03-06", None, "date"),
        ("submission", "2028-03-16", "16:30", "datetime"),
    ]


# --- a scan read by an OCR ------------------------------------------------------------------------------------


def test_an_hour_read_as_s_after_the_afternoon_is_five():
    text = "質問書の提出期限 令和9年2月10日(水)午後S時まで\n"
    assert found(text) == [("question", "2027-02-10", "17:00", "datetime")]


def test_a_day_digit_read_as_a_letter_is_the_one_its_weekday_fits():
    # 令和9年2月18日 is a Thursday, 2月13日 a Saturday: the weekday settles B
    text = "入札書の提出期限 令和9年2月1B日(木)\n"
    assert found(text) == [("submission", "2027-02-18", None, "date")]
    # neither 8 nor 3 fits a Monday: left as read (no day guessed)
    assert all(precision == "month" for *_, precision in found("入札書の提出期限 令和9年2月1B日(月)\n"))


def test_a_table_bar_read_as_a_letter_or_bracket_is_the_bar():
    text = (
        "| 項目 | 日程 |\n"
        "l 参加申込書の提出期限 | 令和9年2月12日(金)午後5時まで |\n"
        "] 企画提案書の提出期限 | 令和9年3月1日(月)正午まで l\n"
    )
    assert found(text) == [
        ("application", "2027-02-12", "17:00", "datetime"),
        ("submission", "2027-03-01", "12:00", "datetime"),
    ]
    assert [m.label for m in extract(text).proposal.milestones] == ["参加申込書の提出期限", "企画提案書の提出期限"]


# --- a flyer's two columns ------------------------------------------------------------------------------------


def test_a_right_column_table_whose_wrapped_cell_sits_beside_a_left_line():
    left = [
        "■ 事業の目的",
        "  町では、移住を希望する方への相談体制を",
        "整え、空き店舗を活用した拠点を設けるこ",
        "ととしました。拠点では相談のほか、見学会",
        "や交流会を開きます。この度、その運営を",
        "担う事業者を企画提案方式で募集します。",
        "",
        "■ 業務の内容",
        " (1) 相談窓口の運営",
        " (2) 見学会の開催",
        " (3) 情報発信",
        "",
        "■ 参加資格",
        " (1) 町の名簿に登録されていること。",
        " (2) 同種業務の実績があること。",
    ]
    right = [
        "■ 日程",
        "",
        "  公募開始          令和9年5月6日(木)",
        "",
        "  質問受付          5月6日(木)~5月14日(金)",
        "                    17時まで(電子メール)",
        "",
        "  企画提案書提出    5月28日(金)17時まで",
        "",
        "  審査会            6月8日(火)",
        "",
        "■ 提出先",
        " (1) 企画課",
        " (2) 電子メール",
    ]
    lines = [(_padded(a, 52) if b.strip() else a) + b for a, b in zip(left, right, strict=False)]
    lines += right[len(left) :]
    assert [line for line in lines if "17時まで(電子" in line][0].startswith("担う事業者")
    assert found("\n".join(lines) + "\n") == [
        ("published", "2027-05-06", None, "date"),
        ("question", "2027-05-14", "17:00", "datetime"),
        ("submission", "2027-05-28", "17:00", "datetime"),
        ("hearing", "2027-06-08", None, "date"),
    ]


# --- a table's wrapped cells, the lines run together ------------------------------------------------------------


def test_a_wrapped_closing_time_and_window_end_read_with_their_dates_in_one_line():
    pad = " " * 40
    text = (
        "4 日程    項目          日程      "
        f"要領の配布          令和9年4月12日(月)から{pad}令和9年4月23日(金)まで      "
        f"質問書の提出期限    令和9年4月16日(金){pad}午後5時まで      "
        f"企画提案書の提出期限 令和9年5月10日(月){pad}正午まで(必着)      "
        "審査結果の通知      令和9年5月下旬\n"
    )
    assert found(text) == [
        ("published", "2027-04-12", None, "date"),
        ("question", "2027-04-16", "17:00", "datetime"),
        ("submission", "2027-05-10", "12:00", "datetime"),
        ("result", "2027-05-01", None, "late_month"),
    ]


# --- when a hearing's details are told ------------------------------------------------------------------------


def test_the_day_a_hearings_date_and_means_are_told_is_no_hearing():
    text = (
        "(1) 企画提案書の提出期限 令和9年6月4日(金)正午\n"
        "(2) ヒアリングの日時・方法は、令和9年6月11日(金)までに提案者に通知する。\n"
    )
    assert found(text) == [("submission", "2027-06-04", "12:00", "datetime")]
