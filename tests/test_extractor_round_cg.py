"""Round cg: change notices marked in more ways — a revision stamp after a row, a bracket quoting the old schedule,
a dash under 変更後, a bracketed change note after the new date, 「当初」/「変更」 lines, a second correction quoting the
first, a posted correction, two month parts side by side, a suspended call's old schedule, a withdrawn lot's step."""

import datetime as dt

from tests.extractor_found import steps


def test_a_revision_stamp_after_a_row_takes_no_items_below_it():
    text = (
        "参加者募集の日程\n"
        "・事業説明会\n"
        "　令和9年4月8日（木）午後2時から\n"
        "　場所：町民会館 2階ホール　※4月2日更新\n"
        "・質問書の提出\n"
        "　令和9年4月12日（月）から4月16日（金）正午まで\n"
        "・提案書の提出\n"
        "　令和9年5月10日（月）午後4時まで\n"
    )
    found = steps(text)
    assert ("question", dt.date(2027, 4, 16), dt.time(12, 0), "datetime") in found
    assert ("submission", dt.date(2027, 5, 10), dt.time(16, 0), "datetime") in found
    assert not any(day == dt.date(2027, 4, 2) for _, day, _, _ in found)


def test_a_bracket_opened_by_the_old_version_mark_quotes_every_old_date_in_it():
    text = (
        "お知らせ\n"
        "令和9年3月3日　提出期限を変更しました。\n"
        "（変更前：質問書 3月10日（水）まで、提案書 3月24日（水）正午まで）\n"
        "\n"
        "日程\n"
        "質問書の提出期限：令和9年3月12日（金）午後5時\n"
        "提案書の提出期限：令和9年3月31日（水）正午\n"
    )
    assert steps(text) == [
        ("question", dt.date(2027, 3, 12), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 3, 31), dt.time(12, 0), "datetime"),
    ]


def test_a_dash_under_the_new_column_keeps_the_first_date():
    text = (
        "日程の変更について\n"
        "| 手続 | 当初 | 変更後 |\n"
        "|---|---|---|\n"
        "| 参加申込書の提出期限 | 令和9年6月4日(金)午後5時 | ― |\n"
        "| 提案書の提出期限 | 令和9年6月18日(金)午後5時 | 令和9年6月25日(金)午後5時 |\n"
    )
    assert steps(text) == [
        ("submission", dt.date(2027, 6, 25), dt.time(17, 0), "datetime"),
    ]  # (the dash says the first date stands: since the change-notice convention of INDEX.md a notice of a change
    # gives only what it changes, and the unchanged row is restated, no milestone of its own)


def test_a_change_note_in_brackets_after_the_new_date_is_no_page_edit():
    text = (
        "募集日程\n"
        "申請書の受付：2027年8月20日（金）正午まで【期限を延長しました（旧：8月6日（金）正午）】\n"
        "審査会：2027年9月上旬\n"
    )
    assert steps(text) == [
        ("submission", dt.date(2027, 8, 20), dt.time(12, 0), "datetime"),
        ("hearing", dt.date(2027, 9, 1), None, "early_month"),
    ]


def test_a_page_log_of_an_edit_stays_out():
    text = "更新履歴\n2027年8月2日　申請書の様式を修正しました。\n\n申請書の受付：2027年8月20日（金）正午まで\n"
    assert steps(text) == [("submission", dt.date(2027, 8, 20), dt.time(12, 0), "datetime")]


def test_the_first_and_the_changed_lines_under_a_step_read_the_changed_one():
    text = (
        "件名：ヒアリングの日程変更について\n"
        "\n"
        "■ヒアリング\n"
        "　当初：令和9年11月9日（火）午前10時～\n"
        "　変更：令和9年11月16日（火）午前10時～\n"
        "■選定結果の通知\n"
        "　当初：令和9年11月中旬\n"
        "　変更：令和9年11月下旬\n"
    )
    assert steps(text) == [
        ("hearing", dt.date(2027, 11, 16), dt.time(10, 0), "datetime"),
        ("result", dt.date(2027, 11, 1), None, "late_month"),
    ]


def test_a_second_correction_quoting_the_first_ones_new_date_keeps_only_its_own():
    text = (
        "訂正公告\n"
        "1　開札日時\n"
        "　訂正前　令和9年7月5日(月)午前10時\n"
        "　訂正後　令和9年7月12日(月)午前10時\n"
        "\n"
        "再度の訂正公告\n"
        "1　開札日時\n"
        "　訂正前（第1回訂正後）　令和9年7月12日(月)午前10時\n"
        "　訂正後　　　　　　　　令和9年7月9日(金)午前10時\n"
    )
    assert steps(text) == [("other", dt.date(2027, 7, 9), dt.time(10, 0), "datetime")]


def test_a_posted_correction_notice_is_not_the_calls_publication():
    text = (
        "お知らせ\n"
        "2027年5月20日　変更公告を掲載しました。\n"
        "2027年5月6日　入札公告を掲載しました。\n"
        "\n"
        "入札書の提出期限：令和9年6月8日(火)午後5時\n"
    )
    found = steps(text)
    assert ("published", dt.date(2027, 5, 6), None, "date") in found
    assert not any(day == dt.date(2027, 5, 20) for _, day, _, _ in found)


def test_two_month_parts_side_by_side_in_a_change_notice_are_the_old_and_the_new():
    text = (
        "日程を変更しました（取り消し線は変更前の日程です）。\n"
        "二次審査（面接）\n"
        "2027年10月中旬 2027年10月下旬\n"
        "契約締結\n"
        "2027年11月下旬\n"
    )
    assert steps(text) == [
        ("hearing", dt.date(2027, 10, 1), None, "late_month"),
        ("contract", dt.date(2027, 11, 1), None, "late_month"),
    ]


def test_the_schedule_before_a_suspension_given_for_reference_stays_out():
    text = (
        "手続の再開について\n"
        "■再開後の日程\n"
        "・提案書の提出期限　2027年12月10日(金) 17時\n"
        "・プレゼンテーション　2027年12月下旬\n"
        "\n"
        "■（参考）停止前のスケジュール\n"
        "・提案書の提出期限　2027年9月17日(金) 17時\n"
        "・プレゼンテーション　2027年10月上旬\n"
    )
    assert steps(text) == [
        ("submission", dt.date(2027, 12, 10), dt.time(17, 0), "datetime"),
        ("hearing", dt.date(2027, 12, 1), None, "late_month"),
    ]


def test_a_withdrawn_lots_step_in_brackets_stays_out():
    text = (
        "B工区の入札の取りやめについて\n"
        "※B工区の開札（令和9年9月14日（火）14:00）は行いません。\n"
        "A工区の開札日時：令和9年9月14日（火）13:30\n"
    )
    assert steps(text) == [("other", dt.date(2027, 9, 14), dt.time(13, 30), "datetime")]


def test_a_schedule_given_for_reference_without_an_earlier_word_is_still_read():
    # (distractor for the suspended schedule: 「（参考）スケジュール」 alone is the call's own schedule)
    text = "■（参考）スケジュール\n・提案書の提出期限　2027年12月10日(金) 17時\n"
    assert steps(text) == [("submission", dt.date(2027, 12, 10), dt.time(17, 0), "datetime")]


def test_two_month_parts_side_by_side_without_a_change_are_both_read():
    # (distractor for the side-by-side month parts: a notice that speaks of no change keeps both)
    text = "公募日程\n二次審査（面接）\n2027年10月中旬 2027年10月下旬\n"
    assert steps(text) == [
        ("hearing", dt.date(2027, 10, 1), None, "mid_month"),
        ("hearing", dt.date(2027, 10, 1), None, "late_month"),
    ]


def test_a_step_with_the_mark_called_off_on_the_line_below_stays_out():
    text = (
        "現地見学会の中止について\n"
        "1　中止する事項\n"
        "　現地見学会（令和9年10月6日(水)午前10時～正午）\n"
        "　　→中止\n"
        "2　変更のない事項\n"
        "　企画提案書の提出期限　令和9年10月27日(水)午後5時\n"
    )
    # (the notice calls off one event: the step under 「変更のない事項」 is restated, no step of its own (INDEX.md,
    # separate change notices; round la))
    assert steps(text) == []


def test_a_planned_event_with_its_hour_and_room_before_the_plan_word_is_called_off():
    text = (
        "令和9年10月6日(水)午前10時から市役所本庁舎3階会議室で開催を予定していた説明会は、講師の都合により、中止します。\n"
        "企画提案書の提出期限：令和9年10月27日(水)午後5時\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 10, 27), dt.time(17, 0), "datetime")]


def test_a_page_with_the_calls_summary_above_its_correction_keeps_the_summarys_past_steps():
    text = (
        "■入札公告（概要）\n"
        "公告日：令和9年8月2日(月)\n"
        "質問の受付：令和9年8月9日(月)午後5時まで\n"
        "入札書の提出期限：令和9年8月30日(月)午後5時\n"
        + "".join(f"・仕様書第{n}項 清掃の範囲は別表{n}のとおり\n" for n in range(1, 25))
        + "\n"
        "訂正公告\n"
        "令和9年8月2日付けで公告した庁舎清掃業務委託に係る一般競争入札について、次のとおり訂正する。\n"
        "　令和9年8月12日\n"
        "　　　　　　　　　　　　　　　　　北浜町長　山田　一郎\n"
        "1　入札書の提出期限\n"
        "　訂正前　令和9年8月30日(月)午後5時\n"
        "　訂正後　令和9年9月6日(月)午後5時\n"
    )
    found = steps(text)
    assert ("question", dt.date(2027, 8, 9), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2027, 9, 6), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2027, 8, 30), dt.time(17, 0), "datetime") not in found
