"""A bid team's own papers around a call, round cp: a sheet's record columns (「最終更新」「作成日時」) and its time column
apart from the date, a 社内 section whose items stand indented without bullets, a log of what the team did, a paper's
own stamps (「作成:」「改訂:」「最終更新」), the team's rows of a chart aligned with spaces, a chart's axis of two months,
and a JSON record's date in the issuer's words beside a list of the team's own tasks."""

import datetime as dt

from tests.extractor_found import steps

SHEET = (
    "案件一覧から該当行を貼り付けます。\n"
    "\n"
    "No.\t工程\t区分\t日付\t曜日\t時刻\t担当\t備考\t最終更新\n"
    "1\t入札公告\t市\t2031/05/07\t水\t\t田中\t市HP\t2031/05/08 09:12:44\n"
    "2\t入札参加申請書の提出期限\t市\t2031/05/16\t金\t17:00\t田中\t持参\t2031/05/09 14:03:10\n"
    "3\t申請書 社内締切\t社内\t2031/05/14\t水\t12:00\t高木\t\t2031/05/09 14:03:10\n"
    "4\t入札書の提出期限\t市\t2031/05/28\t水\t12:00\t田中\t郵送不可\t2031/05/12 08:40:02\n"
)


def test_a_sheets_time_column_past_its_weekday_gives_the_steps_time():
    found = steps(SHEET)
    assert ("published", dt.date(2031, 5, 7), None, "date") in found
    assert ("application", dt.date(2031, 5, 16), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2031, 5, 28), dt.time(12, 0), "datetime") in found


def test_a_sheets_update_column_dates_no_step():
    days = {day for _, day, _, _ in steps(SHEET)}
    assert dt.date(2031, 5, 7) in days  # (the sheet is read)
    assert not days & {dt.date(2031, 5, 8), dt.date(2031, 5, 9), dt.date(2031, 5, 12)}


def test_a_sheets_record_key_in_a_row_dates_no_step():
    text = (
        "件名\t図書館システム更新\t登録日\t2031/05/02\n"
        "ステータス\t参加申請準備\t最終更新\t2031/05/09 14:03\n"
        "\n"
        "入札参加申請書の提出期限 2031年5月16日(金)17時\n"
    )
    found = steps(text)
    assert ("application", dt.date(2031, 5, 16), dt.time(17, 0), "datetime") in found
    assert all(day not in (dt.date(2031, 5, 2), dt.date(2031, 5, 9)) for _, day, _, _ in found)


KARTE = (
    "【2 発注者日程】\n"
    " 質問書の提出期限        令和13年5月9日(金)午後5時まで\n"
    " 企画提案書の提出期限    令和13年5月30日(金)午後5時まで\n"
    "\n"
    "【3 社内日程】\n"
    " 質問案 とりまとめ       2031/05/07(水)\n"
    " 提案書 最終稿           2031/05/26(月)\n"
    " プレゼン練習            2031/06/05(木) 15:00~\n"
    "\n"
    "【4 発注者日程(続き)】\n"
    " プレゼンテーション      令和13年6月10日(火)\n"
)


def test_a_team_sections_indented_items_without_bullets_stay_out_the_issuers_around_it_read():
    found = steps(KARTE)
    assert ("question", dt.date(2031, 5, 9), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2031, 5, 30), dt.time(17, 0), "datetime") in found
    assert ("hearing", dt.date(2031, 6, 10), None, "date") in found
    assert not {day for _, day, _, _ in found} & {dt.date(2031, 5, 26), dt.date(2031, 6, 5)}


LOG = (
    "【日程】\n"
    " 参加申込書の提出期限  2031年5月16日(金)正午\n"
    " 選定結果の通知        2031年6月上旬\n"
    "\n"
    "【5 接触・経過記録】\n"
    " 2031/05/08 公告を確認、資料をダウンロード\n"
    " 2031/05/12 参加申込書を郵送で提出\n"
    " 2031/05/14 選定結果の通知方法を電話で確認\n"
    "\n"
    "【6 備考】\n"
    " 郵送は必着。\n"
)


def test_the_days_of_a_teams_log_are_no_steps_the_issuers_above_it_are():
    found = steps(LOG)
    assert ("application", dt.date(2031, 5, 16), dt.time(12, 0), "datetime") in found
    assert ("result", dt.date(2031, 6, 1), None, "early_month") in found
    assert not {day for _, day, _, _ in found} & {dt.date(2031, 5, 8), dt.date(2031, 5, 12), dt.date(2031, 5, 14)}


CHART = (
    "令和13年度 道路台帳整備業務 対応工程表\n"
    "                                      作成:2031/05/02 営業部\n"
    "                                      改訂:2031/05/09 Rev.2(回答日を追記)\n"
    "凡例  ▲:市の日程   ●:社内期限\n"
    "\n"
    "                                               5月                         6月\n"
    "No. 項目                      主体  期日              \n"
    "1   公告                      市    5/7(水)          ▲\n"
    "2   質問書提出期限            市    5/14(水) 17:00    ▲\n"
    "3   参加表明書 社内締切       社内  5/19(月)          ●\n"
    "4   参加表明書提出期限        市    5/21(水) 17:00    ▲\n"
    "5   ヒアリング練習            社内  6/3(火) 15:00     ●\n"
    "6   ヒアリング                市    6/6(金)           ▲\n"
    "\n"
    "令和13年5月 営業部\n"
)


def test_a_spaced_charts_team_rows_its_stamps_and_its_month_axis_stay_out_its_issuer_rows_read():
    found = steps(CHART)
    assert ("question", dt.date(2031, 5, 14), dt.time(17, 0), "datetime") in found
    assert ("application", dt.date(2031, 5, 21), dt.time(17, 0), "datetime") in found
    assert ("hearing", dt.date(2031, 6, 6), None, "date") in found
    days = {day for _, day, _, _ in found}
    assert not days & {dt.date(2031, 5, 19), dt.date(2031, 6, 3), dt.date(2031, 5, 2), dt.date(2031, 5, 9)}
    assert all(precision != "month" for _, _, _, precision in found)  # 「5月 … 6月」: the chart's axis


RECORD = (
    "{\n"
    '  "item": {\n'
    '    "title": "施設予約システム導入業務",\n'
    '    "schedule": [\n'
    "      {\n"
    '        "step": "質問の受付",\n'
    '        "end": "2031-05-09T17:00:00+09:00",\n'
    '        "date_text": "令和13年5月9日(金)午後5時まで"\n'
    "      },\n"
    "      {\n"
    '        "step": "プレゼンテーション審査",\n'
    '        "start": "2031-06-04T13:00:00+09:00",\n'
    '        "end": "2031-06-04T17:00:00+09:00",\n'
    '        "date_text": "令和13年6月4日(水)午後1時から(予定)"\n'
    "      },\n"
    "      {\n"
    '        "step": "審査結果の通知",\n'
    '        "date": null,\n'
    '        "date_text": "令和13年6月中旬"\n'
    "      }\n"
    "    ]\n"
    "  },\n"
    '  "crm": {\n'
    '    "internal_deadlines": [\n'
    '      {"task": "質問案", "due": "2031-05-07", "assignee": "久米"},\n'
    '      {"task": "プレゼン練習", "due": "2031-05-30", "assignee": "久米"}\n'
    "    ]\n"
    "  }\n"
    "}\n"
)


def test_a_records_date_in_the_issuers_words_is_read():
    found = steps(RECORD)
    assert ("question", dt.date(2031, 5, 9), dt.time(17, 0), "datetime") in found
    assert ("hearing", dt.date(2031, 6, 4), dt.time(13, 0), "datetime") in found
    assert ("result", dt.date(2031, 6, 1), None, "mid_month") in found


def test_a_records_list_of_the_teams_tasks_stays_out():
    found = steps(RECORD)
    days = {day for _, day, _, _ in found}
    assert not days & {dt.date(2031, 5, 7), dt.date(2031, 5, 30)}
    assert ("hearing", dt.date(2031, 6, 4), dt.time(17, 0), "datetime") not in found  # (the window's end: no start)
