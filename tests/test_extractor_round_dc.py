"""Change notices read for the steps to come, round dc: the dates a correction leaves as they were, a step already
over, the plan before a change named on the line above its date, a change of the start time alone, a new date marked in
brackets before its time, the reason of a call off, a Q&A's letter date and the current contract it is asked about."""

import datetime as dt

from tenders.extractor.scoring import SHAPES
from tests.extractor_found import steps


def both(text: str) -> list[list[tuple]]:
    return [steps(text), steps(SHAPES["one-line"](text))]


def test_the_dates_a_correction_leaves_unchanged_listed_in_one_bracket_are_no_steps():
    text = (
        "実施要領を次のとおり訂正します。\n"
        "参加申込書の提出期限\t令和9年3月5日(金)午後5時\t令和9年3月12日(金)午後5時\n"
        "※上記以外の事項（企画提案書の提出期限 令和9年3月26日(金)正午、ヒアリング 令和9年4月上旬 等）については、"
        "変更ありません。\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2027, 3, 26), dt.time(12, 0), "datetime") not in found
    assert not [step for step in found if step[0] == "hearing"]


def test_a_step_the_notice_says_is_over_is_no_step_of_the_schedule_to_come():
    text = (
        "募集の日程を次のとおり変更します。\n"
        "・企画提案書の提出期限　令和9年5月21日(金)正午\n"
        "※質問の受付（令和9年4月30日(金)まで）は終了しています。\n"
        "なお、参加表明書の受付（令和9年5月7日(金)午後5時締切）は予定どおり終了しました。\n"
    )
    for found in both(text):
        assert found == [("submission", dt.date(2027, 5, 21), dt.time(12, 0), "datetime")]


def test_a_step_to_end_later_is_still_read():
    text = "質問の受付（令和9年4月30日(金)まで）は、この日で終了します。\n"
    assert steps(text) == [("question", dt.date(2027, 4, 30), None, "date")]


def test_the_plan_before_a_change_named_on_the_line_above_its_date_is_superseded():
    text = (
        "2　企画提案書の提出期限\n"
        "（1）当初の提出期限\n"
        "　　令和9年6月4日（金曜日）午後5時\n"
        "（2）延長後の提出期限\n"
        "　　令和9年6月18日（金曜日）午後5時\n"
        "3　ヒアリングの実施日\n"
        "（1）当初の予定　令和9年6月中旬\n"
        "（2）変更後の実施日　令和9年6月29日（火曜日）\n"
    )
    assert steps(text) == [
        ("submission", dt.date(2027, 6, 18), dt.time(17, 0), "datetime"),
        ("hearing", dt.date(2027, 6, 29), None, "date"),
    ]
    one_line = steps(SHAPES["one-line"](text))
    assert ("submission", dt.date(2027, 6, 4), dt.time(17, 0), "datetime") not in one_line
    assert ("hearing", dt.date(2027, 6, 1), None, "mid_month") not in one_line


def test_a_change_of_the_start_time_alone_keeps_the_new_time():
    text = (
        "ヒアリングの開始時刻を、次のとおり変更します。\n"
        "　【変更前】　2027年7月8日（木）10:00～\n"
        "　【変更後】　2027年7月8日（木）14:00～\n"
    )
    assert steps(text) == [("hearing", dt.date(2027, 7, 8), dt.time(14, 0), "datetime")]


def test_a_new_date_marked_in_brackets_takes_the_time_after_them():
    text = "項目\t新\t旧\n" "現地説明会の日時\t【令和9年8月3日（火）】午後1時30分から\t令和9年7月27日（火）午後1時30分から\n"
    assert steps(text) == [("other", dt.date(2027, 8, 3), dt.time(13, 30), "datetime")]


def test_the_reason_of_a_call_off_dates_what_led_to_it():
    text = (
        "1　中止する工区　第2工区（第1工区は予定どおり執行します。）\n"
        "2　中止の理由\n"
        "　令和8年9月の豪雨による被災箇所と施工区間が重なることが判明しました。\n"
        "3　第1工区の開札日時　令和9年2月16日（火）午前10時\n"
    )
    assert steps(text) == [("other", dt.date(2027, 2, 16), dt.time(10, 0), "datetime")]


def test_a_letters_date_atop_its_title_is_no_step():
    text = (
        "令和9年1月20日（水）\n"
        "\n"
        "　　　市民ホール舞台設備改修業務に係る企画提案\n"
        "　　　　　　　　　質問回答書\n"
        "\n"
        "回答：企画提案書の提出期限を令和9年2月12日（金）正午に延長します。\n"
    )
    assert [step[1] for step in steps(text)] == [dt.date(2027, 2, 12)]


def test_the_current_contract_a_question_asks_about_is_no_step():
    text = "質問：現行の庁内ネットワーク機器の保守契約の期限を教えてください。\n回答：令和10年3月31日までです。\n"
    for found in both(text):
        assert found == []


def test_the_day_a_detail_asked_about_is_told_is_no_step():
    text = "質問：ヒアリングの開始時刻はいつ通知されますか。\n回答：令和9年3月3日（水曜日）までに電子メールで通知します。\n"
    assert steps(text) == []


def test_an_item_cited_by_its_number_alone_takes_the_name_the_notice_gives_it_elsewhere():
    text = (
        "告示の一部を次のように改正する。\n"
        "　第四項第三号中「令和九年五月十四日正午」を「令和九年五月二十一日正午」に改める。\n"
        "　第九項中「令和九年六月三十日」を「令和九年七月十五日」に改める。\n"
        "（参考）改正の概要\n"
        "・第四項第三号（企画提案書の提出期限）\n"
        "・第九項（業務の履行期限）\n"
    )
    for found in both(text):
        assert found == [("submission", dt.date(2027, 5, 21), dt.time(12, 0), "datetime")]


def test_a_legend_of_versions_with_an_arrow_is_no_flow_over_the_change_under_it():
    text = (
        "令和9年4月9日（金）から募集している企画提案について、日程を変更します。\n"
        "■変更内容（変更前→変更後）\n"
        "・参加申込書の提出期限　4月23日(金)17:00→4月30日(金)17:00\n"
    )
    assert steps(text) == [("application", dt.date(2027, 4, 30), dt.time(17, 0), "datetime")]


def test_the_old_schedule_given_for_reference_after_a_blank_line_stays_old_in_one_line():
    text = (
        "令和9年5月10日に公告した企画提案について、次のとおり日程を延期します。\n"
        "\n"
        "2　延期後の日程\n"
        "令和9年6月4日（金曜日）午後5時まで\n"
        "　企画提案書の提出期限\n"
        "令和9年6月15日（火曜日）\n"
        "　ヒアリング審査\n"
        "令和9年7月上旬\n"
        "　契約締結（当初の予定から変更ありません）\n"
        "\n"
        "（参考）当初の日程\n"
        "令和9年5月28日（金曜日）午後5時まで　企画提案書の提出期限\n"
        "令和9年6月8日（火曜日）　ヒアリング審査\n"
        "令和9年7月上旬　契約締結\n"
        "\n"
        "3　業務の概要\n"
        "（1）業務名　市民ホール舞台設備改修業務委託\n"
        "（2）業務期間　契約締結日から令和10年3月31日（金曜日）まで\n"
        "（3）提案上限額　8,800,000円（消費税及び地方消費税を含む）\n"
        "（4）その他　市民ホールの舞台照明、音響及び吊物機構の改修に係る基本設計及び実施設計を行うものです。\n"
        "4　既に書類を提出された方へ\n"
        "既に企画提案書を提出された方は、再度提出していただく必要はありません。内容に変更がある場合は、延期後の提出期限までに差し替えてください。\n"
        "5　問い合わせ先\n"
        "市民文化部 文化振興課 施設係　電話 000-0000-0000（平日午前8時30分から午後5時15分まで）\n"
    )
    expected = [
        ("submission", dt.date(2027, 6, 4), dt.time(17, 0), "datetime"),
        ("hearing", dt.date(2027, 6, 15), None, "date"),
        ("contract", dt.date(2027, 7, 1), None, "early_month"),
    ]
    for found in both(text):
        assert found == expected
