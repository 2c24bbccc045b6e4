"""Change notices written not as tables (round gd): the old and new values of a step run onto one line."""

import datetime as dt

from tests.extractor_found import one_line, steps


def test_a_new_value_after_the_old_ones_aside_run_onto_one_line_keeps_the_step_named_before_the_old():
    text = (
        "業務委託公募型プロポーザルの日程の変更について\n"
        "令和9年4月5日付けで公告した標記業務について、次のとおり変更します。\n"
        "（１）技術提案書の提出期限\n"
        "（変更前）\n"
        "令和9年5月12日（水）午後3時（必着）\n"
        "（変更後）\n"
        "令和9年5月19日（水）午後5時（必着）\n"
    )
    found = steps(one_line(text))
    assert ("submission", dt.date(2027, 5, 19), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2027, 5, 12), dt.time(15, 0), "datetime") not in found


def test_a_corrected_month_part_after_the_old_ones_aside_on_one_line_is_the_steps():
    text = (
        "指定管理者募集要項 正誤表\n"
        "令和9年6月1日に公表した募集要項に誤りがありましたので、次のとおり訂正します。\n"
        "１．募集要項 ８ページ 「８（２） 選定結果の通知」\n"
        "　誤　令和9年9月下旬（予定）\n"
        "　正　令和9年10月上旬（予定）\n"
    )
    assert ("result", dt.date(2027, 10, 1), None, "early_month") in steps(one_line(text))


def test_a_time_alone_corrected_on_one_line_keeps_the_new_time_on_the_old_day():
    text = (
        "業務委託公募型プロポーザル実施要領の訂正について\n"
        "令和9年4月5日付けで公表した実施要領について、次のとおり訂正します。\n"
        "（２）参加表明書の提出期限\n"
        "　訂正前　令和9年4月23日（金）午後5時（必着）\n"
        "　訂正後　令和9年4月23日（金）正午（必着）\n"
    )
    found = steps(one_line(text))
    assert ("application", dt.date(2027, 4, 23), dt.time(12, 0), "datetime") in found
    assert ("application", dt.date(2027, 4, 23), dt.time(17, 0), "datetime") not in found
