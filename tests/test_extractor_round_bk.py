"""Corrections, cancellations and answers of the more set: a block of the items as they stood under 「〔変更前〕」, the
steps a correction leaves as they were 「（参考）」, the schedule of a withdrawn call, a step called off, a question and
its answer each under its mark alone, and the dates around a call that are none of its steps."""

import datetime as dt

from tests.extractor_found import steps


def test_a_block_of_items_as_they_stood_gives_way_to_the_block_as_they_now_stand():
    text = (
        "入札公告の変更について\n\n"
        "令和10年2月2日付けで公告した一般競争入札について、次のとおり変更します。\n\n"
        "1 変更の内容\n\n"
        "〔変更前〕\n\n"
        "  5 入札書の受付期間\n"
        "    令和10年2月16日（金）から令和10年2月20日（火）午後4時まで\n\n"
        "  6 開札日時\n"
        "    令和10年2月22日（木）午前9時30分\n\n"
        "〔変更後〕\n\n"
        "  5 入札書の受付期間\n"
        "    令和10年3月1日（水）から令和10年3月6日（月）午後4時まで\n\n"
        "  6 開札日時\n"
        "    令和10年3月8日（水）午前9時30分\n\n"
        "2 変更しない事項（参考）\n"
        "  (1) 質問の受付期限\n"
        "    令和10年2月13日（火）正午\n"
        "  (2) 入札参加資格確認申請書の提出期限\n"
        "    令和10年2月14日（水）午後4時\n"
    )
    assert steps(text) == [
        ("submission", dt.date(2028, 3, 6), dt.time(16, 0), "datetime"),  # (変更しない事項: restated, no milestone)
        ("other", dt.date(2028, 3, 8), dt.time(9, 30), "datetime"),
    ]


def test_the_schedule_of_a_withdrawn_call_is_no_step_of_the_call_published_again():
    text = (
        "1 公告の取消し\n"
        "2 取消しの理由 仕様に誤りがあったため。\n"
        "3 取り消した公告の日程（参考）\n"
        "  参加申請書の提出期限  令和9年6月4日（金）午後5時\n"
        "  開札日時              令和9年6月18日（金）午前10時\n"
        "4 その他 改めて公告する。\n\n"
        "5 再度の公告\n"
        "(1) 参加申請書の提出期限 令和9年6月25日（金）午後5時\n"
        "(2) 開札日時 令和9年7月9日（金）午前10時\n"
    )
    assert steps(text) == [
        ("application", dt.date(2027, 6, 25), dt.time(17, 0), "datetime"),
        ("other", dt.date(2027, 7, 9), dt.time(10, 0), "datetime"),
    ]


def test_a_step_called_off_is_held_on_no_day():
    text = (
        "1 説明会の中止\n"
        "(1) 中止した現地見学会\n"
        "    令和9年5月12日(水)午前10時から 市民会館\n"
        "(2) 企画提案書の提出期限\n"
        "    令和9年5月28日(金)正午\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 5, 28), dt.time(12, 0), "datetime")]


def test_the_first_extensions_deadline_gives_way_when_the_text_tells_of_a_second():
    text = (
        "参加申込書の提出期限を再延長します。\n"
        "  当初 令和9年8月6日(金)17時\n"
        "  【延長後】参加申込書の提出期限 令和9年8月27日(金)17時\n"
        "※1回目の延長後の期限(8月20日)に合わせて提出された方は、差し替えることができます。\n"
    )
    assert steps(text) == [("application", dt.date(2027, 8, 27), dt.time(17, 0), "datetime")]


def test_a_question_and_its_answer_each_under_its_mark_alone():
    text = (
        "質問に対する回答\n\n"
        "No.1\n"
        "【質問】\n"
        " ヒアリングの日程が「11月中旬」とされていますが、日を教えてください。\n"
        "【回答】\n"
        " 令和9年11月16日(火)に実施します。\n\n"
        "No.2\n"
        "【質問】\n"
        " 施設を事前に見ることはできますか。\n"
        "【回答】\n"
        " 以下のとおり現地調査の機会を設けます。参加を希望する場合は、令和9年10月25日(月)正午までに電子メールで連絡してください。\n"
        "   日時 令和9年10月28日(木)午後1時30分から午後3時まで\n"
    )
    assert steps(text) == [
        ("other", dt.date(2027, 10, 25), dt.time(12, 0), "datetime"),
        ("other", dt.date(2027, 10, 28), dt.time(13, 30), "datetime"),
        ("hearing", dt.date(2027, 11, 16), None, "date"),
    ]


def test_a_result_sent_on_a_day_is_the_result_though_its_sentence_wraps():
    text = (
        "選定結果\n"
        " 令和9年9月10日(金)付けで、企画提案書を提出した全ての者に「選定結果通知書」を電子メールで\n"
        "送付しました。\n"
        " 令和9年8月2日付け告示第41号で公告した件に係るものです。\n"
    )
    assert steps(text) == [("result", dt.date(2027, 9, 10), None, "date")]


def test_a_contract_in_force_that_expires_the_days_a_system_fails_or_an_office_closes_are_no_steps():
    text = (
        "1 背景\n"
        " 現行の基幹システムの賃貸借・保守契約は令和11年3月31日に満了するため、更新を行う。\n"
        " 令和10年6月3日(木)午後2時頃から、電子申請システムに障害が発生し、申込書の提出ができない状態となりました。\n"
        " ※8月12日(水)から8月14日(金)までの間は、夏季休暇のため電話での問合せには対応できません。\n"
        "2 日程\n"
        " 参加申込書の提出期限 令和10年7月30日(金)午後5時\n"
        " 契約締結 令和10年9月上旬\n"
    )
    assert steps(text) == [
        ("application", dt.date(2028, 7, 30), dt.time(17, 0), "datetime"),
        ("contract", dt.date(2028, 9, 1), None, "early_month"),
    ]


def test_decisions_left_to_the_contractor_or_a_standing_council_are_the_works():
    text = (
        "回答：調査の実施日は受託者と協議のうえ決定します(令和9年11月中を想定)。\n"
        "回答：計画は令和10年2月の地域交通協議会において決定する予定です。\n"
        "(1) 企画提案書の提出期限 令和9年7月9日(金)正午\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 7, 9), dt.time(12, 0), "datetime")]


def test_a_registration_of_the_call_under_the_works_staff_briefing_stays_an_application():
    text = (
        "業務内容\n"
        " (1)システム移行の支援\n"
        " (2)職員向け説明会の企画運営\n"
        "スケジュール\n"
        " ①公募開始 令和9年4月23日(金)\n"
        " ②参加申込書提出期限 5月21日(金)午後5時\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 4, 23), None, "date"),
        ("application", dt.date(2027, 5, 21), dt.time(17, 0), "datetime"),
    ]
