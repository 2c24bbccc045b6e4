"""Change notices and 質問回答書 that move dates (round sd): which dates are the old ones, which rows a restated
schedule only repeats. Each test a few lines written for its shape."""

from tests.extractor_found import found

# --- a 質問回答書 that restates the whole schedule, its changed rows marked --------------------------------------


def test_an_answer_sheet_restating_its_schedule_keeps_only_the_rows_its_legend_marks():
    text = (
        "磯辺町観光案内サイト改修業務委託プロポーザル\n"
        "質問回答書\n"
        "令和9年5月20日\n"
        "\n"
        "質問1 提案書の作成期間を延ばしてもらえますか。\n"
        "回答 企画提案書の提出期限を令和9年6月18日(金)正午に延長します。\n"
        "\n"
        "(参考)変更後の日程\n"
        "※印は本回答書により変更した項目です。\n"
        "(1) 公告 令和9年5月6日(木)\n"
        "(2) 参加申込書の提出期限 令和9年5月27日(木)午後5時\n"
        "※(3) 企画提案書の提出期限 令和9年6月18日(金)正午\n"
        "(4) 審査結果の通知 令和9年7月上旬\n"
    )
    assert found(text) == [("submission", "2027-06-18", "12:00", "datetime")]


def test_a_legend_naming_the_answer_sheet_as_the_change_works_as_one_naming_the_notice():
    text = (
        "質問に対する回答\n"
        "\n"
        "変更後のスケジュール(※は本質問回答書で変更した日程)\n"
        "(1) 質問の受付 令和9年8月30日(月)正午まで\n"
        "※(2) 参加表明書の提出期限 令和9年9月13日(月)午後5時\n"
        "※(3) ヒアリング 令和9年9月27日(月)\n"
        "(4) 契約締結 令和9年10月中旬(予定)\n"
    )
    assert found(text) == [
        ("application", "2027-09-13", "17:00", "datetime"),
        ("hearing", "2027-09-27", None, "date"),
    ]


# --- the old value quoted, 「…」から変更し ------------------------------------------------------------------------


def test_a_value_quoted_from_the_call_and_changed_from_is_the_old_one():
    text = "質問回答書\n" "回答:選定結果の通知は、募集要項に記載の「令和9年11月中旬」から変更し、令和9年11月下旬に通知します。\n"
    assert found(text) == [("result", "2027-11-01", None, "late_month")]


def test_a_day_a_change_starts_from_is_no_old_value():
    text = "審査結果の通知 令和9年11月中旬\n※令和9年10月1日から受付窓口を変更します。\n"
    assert ("result", "2027-11-01", None, "mid_month") in found(text)


# --- an event moved to several days listed ------------------------------------------------------------------


def test_an_event_moved_to_days_listed_together_starts_on_the_first():
    text = (
        "令和9年6月1日\n"
        "施設見学会の日程変更について\n"
        "・施設見学会は、6/10(木)・6/11(金)の開催を取りやめ、6/24(木)・6/25(金)に延期します。\n"
    )
    assert found(text) == [("other", "2027-06-24", None, "date")]


def test_a_step_moved_from_one_day_to_another_still_takes_the_second():
    text = "令和9年6月1日\n施設見学会の日程変更について\n・施設見学会を6/24(木)から6/25(金)に延期します。\n"
    assert found(text) == [("other", "2027-06-25", None, "date")]
