"""Change notices (round ix): a table of steps whose rows are 「当初」 and 「延長後」, a 告示 that changes its call by quoted
words (on a 公報 page, its call cited by its title; a day and an hour changed in one clause), a table set with spaces
whose rows open with a one-space indent, and the rows marked done in a notice that resumes a suspended call. Each test
a few lines written for its class."""

import datetime as dt

from tenders.extractor import extract
from tests.extractor_found import one_line, steps


def test_a_row_keyed_as_the_first_plan_over_columns_of_steps_gives_no_step():
    text = (
        "汐凪市ふるさと納税返礼品カタログ制作業務委託\n"
        "企画提案書等の提出期限の延期について\n\n"
        "　令和9年6月1日付けで公告した標記業務について、次のとおり提出期限を延期します。\n\n"
        "延期する期限\n"
        "区分｜参加表明書の提出期限｜企画提案書の提出期限\n"
        "当初｜令和9年6月15日（火）正午｜令和9年6月29日（火）午後5時\n"
        "延期後｜令和9年6月22日（火）正午｜令和9年7月6日（火）午後5時\n\n"
        "　その他の事項に変更はありません。\n"
    )
    assert steps(text) == [
        ("application", dt.date(2027, 6, 22), dt.time(12, 0), "datetime"),
        ("submission", dt.date(2027, 7, 6), dt.time(17, 0), "datetime"),
    ]


GAZETTE_PAGE = (
    "雪原村公報\n"
    "第二百五号\n"
    "令和九年五月十二日発行\n\n"
    "目　次\n"
    "告　示\n"
    "○雪原村観光パンフレット作成業務委託に係る企画提案の募集についての一部変更（産業観光課）……一\n"
    "○雪原村選挙管理委員会の会議の招集（選挙管理委員会）……二\n\n"
    "――――――――――――――――――――\n\n"
    "雪原村告示第二十八号\n"
    "　雪原村観光パンフレット作成業務委託に係る企画提案の募集について（令和九年四月十九日雪原村告示第二十号）の一部を"
    "次のように変更する。\n"
    "　　令和九年五月十日\n"
    "雪原村長　　森　田　　和　人\n\n"
    "　第五項中「五月二十日」を「五月二十七日」に、「午後三時」を「正午」に改める。\n"
    "　第七項中「六月三日」を「六月十日」に改める。\n"
    "　　　附　則\n"
    "　この告示は、告示の日から施行する。\n\n"
    "【変更の概要】\n"
    "　一　企画提案書の提出期限（第五項）\n"
    "　　　提出期限を一週間延ばし、締切の時刻を正午とします。\n"
    "　二　ヒアリングの実施日（第七項）\n"
    "　　　実施日を一週間延ばします。\n"
    "　参加申込書の受付（第三項）は五月六日をもって締め切っており、変更はありません。"
    "参加申込書を提出した者には、五月十日付けで電子メールにより通知しました。\n\n"
    "――――――――――――――――――――\n\n"
    "雪原村選挙管理委員会告示第四号\n"
    "　雪原村選挙管理委員会の会議を次のとおり招集する。\n"
    "　　令和九年五月十日\n"
    "雪原村選挙管理委員会委員長　　佐　藤　　実\n\n"
    "一　日時　令和九年五月二十四日　午前十時\n"
    "二　場所　雪原村役場二階会議室\n"
)


def test_a_gazette_notice_changing_a_call_cited_by_its_title_gives_only_the_days_its_clauses_give():
    # (「…の募集について（…告示第二十号）の一部を次のように変更する。」: the call cited by its title, its number in
    # brackets; the hour the clause's second pair gives is the new day's)
    expected = [
        ("submission", dt.date(2027, 5, 27), dt.time(12, 0), "datetime"),
        ("hearing", dt.date(2027, 6, 10), None, "date"),
    ]
    assert steps(GAZETTE_PAGE) == expected
    assert steps(one_line(GAZETTE_PAGE)) == expected


def test_a_notice_corrected_by_its_clauses_with_a_day_and_an_hour_in_one_clause():
    # (「…の一部を次のように訂正する。」 at its head: the past 「…通知しました」 is no step of the change)
    text = (
        "青波町告示第十五号\n"
        "　青波町ごみ収集運搬業務委託に係る公募型プロポーザルの実施（令和九年三月一日青波町告示第九号）の一部を次のように"
        "訂正する。\n"
        "　　令和九年三月十九日\n"
        "青波町長　　川　村　　正　一\n\n"
        "　第四項第一号中「三月二十六日（金）」を「四月二日（金）」に、「午後五時」を「正午」に改める。\n"
        "　第五項中「四月上旬」を「四月中旬」に改める。\n\n"
        "　参加申込書を提出した者には、三月十九日付けで電子メールにより通知しました。\n\n"
        "一　企画提案書の提出期限（第四項第一号）\n"
        "二　ヒアリングの実施時期（第五項）\n"
    )
    assert steps(text) == [
        ("submission", dt.date(2027, 4, 2), dt.time(12, 0), "datetime"),
        ("hearing", dt.date(2027, 4, 1), None, "mid_month"),
    ]


def test_a_spaced_table_whose_rows_open_with_one_space_keeps_its_first_column():
    # (「　10」 and 「　 9」: both numbers in the first column; the heading 「No.　項目」 names no step of a row)
    text = (
        "汐見台町立図書館システム更新業務 公募型プロポーザル\n\n"
        "日程\n\n"
        "　No.　項目　　　　　　　　　　　　日程　　　　　　　　　　　　備考\n"
        "　 1　　公告　　　　　　　　　　　　令和9年4月20日（火）　　　　町ホームページ\n"
        "　 2　　質問の受付期限　　　　　　　令和9年4月28日（水）正午　　電子メール\n"
        "　 3　　参加表明書の提出期限　　　　令和9年5月14日（金）午後5時　持参\n"
        "　 4　　企画提案書の提出期限　　　　令和9年6月4日（金）午後5時　 持参\n"
        "　 5　　ヒアリング　　　　　　　　　令和9年6月中旬\n"
        "　 6　　審査結果の通知　　　　　　　令和9年6月下旬\n"
        "　 7　　契約締結　　　　　　　　　　令和9年7月上旬\n"
        "　 8　　業務の開始　　　　　　　　　令和9年7月中旬\n"
        "　 9　　中間報告　　　　　　　　　　令和9年11月下旬\n"
        "　10　　成果品の納入　　　　　　　　令和10年3月中旬\n"
    )
    labels = [m.label for m in extract(text).proposal.milestones]
    assert labels[:2] == ["公告", "質問の受付期限"]


def test_rows_marked_done_in_a_notice_resuming_a_suspended_call_give_no_step():
    text = (
        "汐見台町立図書館システム更新業務 公募型プロポーザルの手続の再開について\n\n"
        "　令和9年5月10日（月）から停止していた標記プロポーザルの手続を、本日から再開します。\n\n"
        "再開後の日程（「実施済」は停止前に終えた手続です。）\n\n"
        "　No.　項目　　　　　　　　　　　　日程　　　　　　　　　　　　状況\n"
        "　 1　　公告　　　　　　　　　　　　令和9年4月20日（火）　　　　実施済\n"
        "　 2　　質問の受付期限　　　　　　　令和9年4月28日（水）正午　　実施済\n"
        "　 3　　参加表明書の提出期限　　　　令和9年6月18日（金）午後5時\n"
        "　 4　　企画提案書の提出期限　　　　令和9年7月2日（金）午後5時\n"
        "　 5　　ヒアリング　　　　　　　　　令和9年7月中旬\n"
        "　 6　　審査結果の通知　　　　　　　令和9年7月下旬\n"
        "　 7　　契約締結　　　　　　　　　　令和9年8月上旬\n"
    )
    expected = [
        ("application", dt.date(2027, 6, 18), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 7, 2), dt.time(17, 0), "datetime"),
        ("hearing", dt.date(2027, 7, 1), None, "mid_month"),
        ("result", dt.date(2027, 7, 1), None, "late_month"),
        ("contract", dt.date(2027, 8, 1), None, "early_month"),
    ]
    assert steps(text) == expected
    assert steps(one_line(text)) == expected
