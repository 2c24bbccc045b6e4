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


# --- a heading's step in the sentences of its items ------------------------------------------------------------


def test_a_sentence_whose_topic_repeats_the_heading_takes_its_step_past_the_items_between():
    text = (
        "7 審査\n"
        "(1) 審査は、選定委員会が行う。\n"
        "(2) 提案内容についてプレゼンテーションによる審査を行う。審査は、令和5年7月下旬に、オンラインで実施する予定である。\n"
        "(3) 審査結果は、全ての提案者に文書で通知する。\n"
    )
    assert found(text) == [("hearing", "2023-07-01", None, "late_month")]


# --- a history's heading, or the papers of the past offered to read now ----------------------------------------


def test_past_papers_offered_to_read_are_a_step_not_a_history():
    text = (
        "■過去の大会記録集の閲覧\n"
        "・第1回大会(平成30年度)の記録集を閲覧に供します。\n"
        "・閲覧期間：令和6年5月13日(月曜日)から5月31日(金曜日)まで\n"
    )
    assert found(text) == [("other", "2024-05-31", None, "date")]


# --- the office's days off are no step ----------------------------------------------------------------------------


def test_the_days_off_a_question_may_come_in_are_no_step():
    text = (
        "4 質問の受付\n"
        "ア 受付期間 令和8年12月14日(月曜日)から令和9年1月8日(金曜日)午後5時まで\n"
        "イ 12月26日(土曜日)から12月28日(月曜日)までの連休中に届いた質問は、12月29日(火曜日)に受け付けたものとする。\n"
    )
    assert found(text) == [("question", "2027-01-08", "17:00", "datetime")]


def test_a_site_tour_named_an_annai_kai_is_the_bidders_event():
    text = (
        "◇ 日程\n" "物件案内会:令和9年9月4日(土)午後1時~午後3時\n" " (申込不要。現地集合。)\n" "質問への回答:令和9年9月13日(月)\n"
    )
    assert found(text) == [("other", "2027-09-04", "13:00", "datetime"), ("answer", "2027-09-13", None, "date")]


# --- a bare act under its heading --------------------------------------------------------------------------------


def test_a_bare_apply_under_the_application_heading_is_the_application():
    text = (
        "3 参加の申込み\n"
        "　応募を希望される方は、申込書（様式第1号）に実績調書を添えて、令和9年3月5日（金）午後5時までに電子メールでお申し込みください。\n"
    )
    assert found(text) == [("application", "2027-03-05", "17:00", "datetime")]
