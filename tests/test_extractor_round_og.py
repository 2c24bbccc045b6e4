"""A bid team's pastes, as written and run onto one line (round og): each test a few invented lines written for one
device of layout or wording."""

from tests.extractor_found import found, one_line

# --- the day the answers are put up, moved by a sentence of the call's page ------------------------------------


def test_the_answers_day_moved_from_one_day_to_another_is_the_new_day():
    # 「…の掲載日をAからBに変更します」: the old day and the new, no window the answers are out over
    for sentence, expected in (
        (
            "質問への回答の掲載日を令和9年6月10日(木)から令和9年6月15日(火)に変更します。",
            ("answer", "2027-06-15", None, "date"),
        ),
        ("回答公開日を2026年11月5日(木)から2026年11月12日(木)に延期します。", ("answer", "2026-11-12", None, "date")),
        ("質問回答日を令和9年2月3日(水)から令和9年2月8日(月)に変更します。", ("answer", "2027-02-08", None, "date")),
    ):
        assert found(sentence) == [expected]


def test_a_call_page_updated_in_place_keeps_the_answers_new_day_only():
    text = (
        "■スケジュール\n"
        "・質問の受付\n"
        "令和9年5月10日(月)～令和9年5月17日(月)正午\n"
        "・質問への回答\n"
        "令和9年5月24日(月)(市ホームページに掲載)\n"
        "・提案書の提出\n"
        "令和9年6月1日(火)～令和9年6月8日(火)午後5時\n"
        "【5月20日更新】\n"
        "質問への回答の掲載日を令和9年5月24日(月)から令和9年5月27日(木)に変更します。\n"
        "その他の日程に変更はありません。\n"
    )
    expected = [
        ("question", "2027-05-17", "12:00", "datetime"),
        ("answer", "2027-05-27", None, "date"),
        ("submission", "2027-06-08", "17:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_the_answers_out_over_days_still_open_on_the_first_day():
    text = "回答書の閲覧期間 2027年10月20日(水)から2027年10月26日(火)まで\n"
    assert found(text) == [("answer", "2027-10-20", None, "date")]


def test_a_page_s_own_posting_day_is_still_no_step():
    text = "掲載日：2027年4月1日\n企画提案書の提出期限 令和9年5月14日(金)正午\n"
    assert found(text) == [("submission", "2027-05-14", "12:00", "datetime")]


# --- a chat's post asking whether it has a day right -------------------------------------------------------


def test_a_day_a_post_asks_about_is_no_step():
    for post in (
        "申込書って令和9年7月9日〆でしたっけ?",
        "提案書の提出は2027年8月20日(金)だったよね？",
        "説明会、令和9年6月3日(木)14時でしたよね?",
    ):
        assert found(post) == []
    text = (
        "・企画提案書の提出期限 令和9年8月20日(金)午後5時\n"
        "10:12 田中 提案書って令和9年8月21日〆でしたっけ?\n"
        "10:14 佐藤 20日の17時です\n"
    )
    assert found(text) == [("submission", "2027-08-20", "17:00", "datetime")]
    assert found(one_line(text)) == [("submission", "2027-08-20", "17:00", "datetime")]
