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


# --- a correction by 「…」とあるのは「…」と読み替える ----------------------------------------------------------------


def test_a_window_read_anew_keeps_its_daily_closing_hour():
    text = (
        "市営住宅外壁改修工事の入札公告の訂正について\n"
        "令和9年4月2日付け公告第30号の一部を次のとおり訂正する。\n"
        "(1) 同公告「7 入札書の提出」中「令和9年4月20日(火)から令和9年4月22日(木)までの午前9時から午後4時まで」とあるのは"
        "「令和9年4月27日(火)から令和9年4月30日(金)までの午前9時から午後4時まで」と読み替えるものとする。\n"
    )
    assert found(text) == [("submission", "2027-04-30", "16:00", "datetime")]


def test_a_correction_by_quoted_words_keeps_out_what_stands_as_planned():
    text = (
        "市営住宅外壁改修工事の入札公告の訂正について\n"
        "令和9年4月2日付け公告第30号の一部を次のとおり訂正する。\n"
        "(1) 同公告「9 開札」中「令和9年4月23日(金)午前10時」とあるのは「令和9年5月7日(金)午前10時」と読み替えるものとする。\n"
        "(2) 質問に対する回答は、当初の予定どおり令和9年4月15日(木)に掲載する。\n"
    )
    assert found(text) == [("other", "2027-05-07", "10:00", "datetime")]


# --- a call made again names the call that failed ---------------------------------------------------------------


def test_the_failed_calls_days_in_a_call_made_again_are_no_steps():
    text = (
        "公園トイレ改修工事(再度公告)\n"
        "公告日 2027/06/01(火)\n"
        "入札書締切日時 2027/06/15(火) 17:00\n"
        "■再度公告の理由\n"
        "本件は、2027/04/12(月)に公告し、2027/05/10(月)に開札した案件について、入札者がなく不調となったものです。\n"
    )
    assert found(text) == [
        ("published", "2027-06-01", None, "date"),
        ("submission", "2027-06-15", "17:00", "datetime"),
    ]
