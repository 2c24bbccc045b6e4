"""Everyday ways notices state dates around a schedule (round dd): each test a few lines written for its class."""

from tests.extractor_found import found

# --- a table aligned with spaces ---------------------------------------------------------------------------


def test_a_date_first_table_aligned_with_spaces_is_no_two_column_page():
    text = (
        "第1章 概要\n"
        "1 事業名 海辺公園管理運営事業\n"
        "2 事業期間\n"
        " (1) 令和10年4月1日から5年間\n"
        "3 事業内容\n"
        " 公園の維持管理及び運営\n"
        "\n"
        "第2章 日程\n"
        "表2 日程(予定)\n"
        " 日程                                 内容\n"
        " 令和9年5月10日(月曜日)               募集要項の公表\n"
        " 令和9年5月21日(金曜日)午後5時        第1回質問の受付期限\n"
        " 令和9年6月4日(金曜日)                第1回質問への回答\n"
        " 令和9年6月18日(金曜日)午後5時        第2回質問の受付期限\n"
        " 令和9年7月2日(金曜日)                第2回質問への回答\n"
        " 令和9年7月30日(金曜日)正午           提案書の提出期限\n"
        " 令和9年8月下旬                       審査結果の通知\n"
    )
    assert found(text) == [
        ("published", "2027-05-10", None, "date"),
        ("question", "2027-05-21", "17:00", "datetime"),
        ("answer", "2027-06-04", None, "date"),
        ("question", "2027-06-18", "17:00", "datetime"),
        ("answer", "2027-07-02", None, "date"),
        ("submission", "2027-07-30", "12:00", "datetime"),
        ("result", "2027-08-01", None, "late_month"),
    ]
