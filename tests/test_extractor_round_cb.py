"""Notices that change a call: the date in force is read, the superseded one stays out, however the issuer marks it."""

import datetime as dt

from tests.extractor_found import steps


def test_a_comparison_table_with_the_new_column_on_the_left_reads_the_new_text_only():
    text = (
        "入札説明書の一部改正について\n"
        "令和9年5月10日\n"
        "┌──────────────────┬──────────────────┐\n"
        "│　改正後　　　　　　│　改正前　　　　　　│\n"
        "├──────────────────┼──────────────────┤\n"
        "│(2) 入札参加申請書の提出期限│(2) 入札参加申請書の提出期限│\n"
        "│　令和9年6月4日(金)午後4時│　令和9年5月28日(金)午後4時│\n"
        "│(3) 開札日時　　　　　│(3) 開札日時　　　　　│\n"
        "│　令和9年6月18日(金)午前10時│　令和9年6月11日(金)午前10時│\n"
        "└──────────────────┴──────────────────┘\n"
    )
    assert steps(text) == [
        ("application", dt.date(2027, 6, 4), dt.time(16, 0), "datetime"),
        ("other", dt.date(2027, 6, 18), dt.time(10, 0), "datetime"),
    ]


def test_a_comparison_table_with_the_old_column_on_the_left_reads_the_right_one():
    text = "仕様書等の訂正\n" "旧\t新\n" "質問書の提出期限\t質問書の提出期限\n" "令和9年8月2日(月)正午\t令和9年8月6日(金)正午\n"
    assert steps(text) == [("question", dt.date(2027, 8, 6), dt.time(12, 0), "datetime")]


def test_a_half_day_before_the_arrow_is_the_old_date_of_the_step():
    text = "日程の変更\n・ヒアリング審査\n　令和9年9月7日(火)午前　→　令和9年9月14日(火)午前10時から\n"
    assert steps(text) == [("hearing", dt.date(2027, 9, 14), dt.time(10, 0), "datetime")]


def test_a_step_restated_by_the_tail_of_its_name_is_that_step():
    text = (
        "正誤表\n"
        "箇所\t誤\t正\n"
        "3(2) 質問書の提出期限\t令和9年10月5日(火)午後3時\t令和9年10月5日(火)正午\n"
        "※時刻のみの訂正です。提出期限の日付(10月5日)に変更はありません。\n"
    )
    assert steps(text) == [("question", dt.date(2027, 10, 5), dt.time(12, 0), "datetime")]


def test_a_deadline_named_alone_on_another_day_stays_a_submission():
    text = (
        "スケジュール\n"
        "(1) 質問書の提出期限 令和9年10月5日(火)正午\n"
        "(2) 提出期限の日付(10月19日)までに企画提案書を持参すること。\n"
    )
    found = steps(text)
    assert ("question", dt.date(2027, 10, 5), dt.time(12, 0), "datetime") in found
    assert any(kind == "submission" and day == dt.date(2027, 10, 19) for kind, day, _, _ in found)


def test_the_date_a_step_was_moved_from_in_a_note_stays_out():
    text = (
        "■変更後の日程\n"
        "③ 参加申込書の提出期限\n"
        "　令和9年11月12日(金)午後5時\n"
        "　※従前の期限(令和9年11月5日(金)午後5時)から1週間延期しました。\n"
    )
    assert steps(text) == [("application", dt.date(2027, 11, 12), dt.time(17, 0), "datetime")]


def test_an_earlier_round_noted_without_a_move_stays_in():
    text = "質問の受付期限 令和9年11月19日(金)正午\n" "※当初の質問受付(11月2日(火)締切)への回答は、11月9日(火)に送付しました。\n"
    found = steps(text)
    assert ("question", dt.date(2027, 11, 19), dt.time(12, 0), "datetime") in found


def test_a_page_about_a_change_of_schedule_keeps_its_own_date_out():
    text = (
        "基本計画策定業務 スケジュールの変更について\n"
        "\n"
        "公開日:2027年6月1日　担当:企画課\n"
        "\n"
        "・審査結果の通知\n"
        "　2027年7月上旬\n"
    )
    assert steps(text) == [("result", dt.date(2027, 7, 1), None, "early_month")]


def test_deleted_words_marked_inline_are_not_read():
    text = (
        "(7) 審査結果の通知\n"
        "　令和10年2月[削除]上旬[追加]下旬\n"
        "(8) 契約締結\n"
        "　[削除]令和10年3月1日(水)[追加]令和10年3月8日(水)\n"
    )
    assert steps(text) == [
        ("result", dt.date(2028, 2, 1), None, "late_month"),
        ("contract", dt.date(2028, 3, 8), None, "date"),
    ]


def test_an_amendment_by_item_numbers_reads_the_new_words_under_the_items_named_in_a_note():
    text = (
        "白浜町告示第88号\n"
        "令和9年4月2日付け白浜町告示第80号の一部を次のように改める。\n"
        "令和9年4月9日\n"
        "1 3(2)中「令和9年4月20日(火)正午」を「令和9年4月23日(金)正午」に改める。\n"
        "2 5(1)中「令和9年5月中旬」とあるのは「令和9年5月下旬」と読み替える。\n"
        "備考 告示第80号の3(2)は入札参加資格確認申請書の提出期限、5(1)は開札の時期を定める項目である。\n"
    )
    found = steps(text)
    assert ("application", dt.date(2027, 4, 23), dt.time(12, 0), "datetime") in found
    assert all(day != dt.date(2027, 4, 20) for _, day, _, _ in found)
    assert (dt.date(2027, 5, 1), "late_month") in [(day, precision) for _, day, _, precision in found]
    assert all(precision != "mid_month" for *_, precision in found)


def test_an_amendment_by_item_numbers_without_a_note_is_left_as_written():
    from tenders.extractor.normalize import amended_items_named

    lines = ["1 3(2)中「4月20日」を「4月23日」に改める。"]
    assert amended_items_named(lines) == lines


def test_a_step_said_not_corrected_in_a_note_for_reference_is_read():
    text = (
        "入札公告の訂正\n"
        "1 入札書の提出期限 令和9年6月10日(木)午後5時 → 令和9年6月17日(木)午後5時\n"
        "(参考)\n"
        "  質問書の提出期限(令和9年6月3日(木)午後5時)は変更しない。\n"
    )
    found = steps(text)
    assert ("question", dt.date(2027, 6, 3), dt.time(17, 0), "datetime") in found
    assert all(day != dt.date(2027, 6, 10) for _, day, _, _ in found)
