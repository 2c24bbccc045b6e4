"""Calls in forms met now and then, round cm: a poster's dotted month.day with its weekday, a month grid whose days'
words stand under the row of their numbers, a bid team's own rows beside the issuer's steps, a remarks column's date,
a mail's quoted table, and the fields of a sheet's head."""

import datetime as dt

from tests.extractor_found import steps


def test_a_posters_dotted_month_day_with_its_weekday_is_read():
    text = (
        "出店者募集!  2031.4.1 TUE OPEN\n"
        "SCHEDULE\n"
        "▶ 質問受付\n"
        "  ~ 1.15 WED(メールのみ)\n"
        "▶ 応募書類受付\n"
        "  1.27 MON → 1.31 FRI 17:00 必着\n"
        "令和12年12月 青葉町\n"
    )
    found = steps(text)
    assert ("question", dt.date(2031, 1, 15), None, "date") in found
    assert ("submission", dt.date(2031, 1, 31), dt.time(17, 0), "datetime") in found


def test_a_dotted_figure_without_a_weekday_and_a_papers_date_over_its_town_stay_out():
    text = (
        "2031.4.1 TUE OPEN\n"
        "・応募書類受付 令和13年1月31日(金)17:00必着\n"
        "・倍率 2.5 倍、ver 6.1 の様式\n"
        "受付 平日 8:30~17:15\n"
        "令和12年12月 青葉町\n"
    )
    assert [day for _, day, _, _ in steps(text)] == [dt.date(2031, 1, 31)]


GRID = (
    "案件カレンダー\n"
    "凡例: 【市】=市の手続 【社】=社内予定\n"
    "\n"
    "2030年9月\n"
    "日\t月\t火\t水\t木\t金\t土\n"
    "1\t2\t3\t4\t5\t6\t7\n"
    "\t【市】入札公告\t\t【社】積算開始\t\t【市】質問締切 17:00\n"
    "8\t9\t10\t11\t12\t13\t14\n"
    "\t\t\t【市】入札書 提出期限\t【社】入札書 発送\n"
    "\t\t\t17:00 必着\n"
    "15\t16\t17\t18\t19\t20\t21\n"
    "\n"
    "22\t23\t24\t25\t26\t27\t28\n"
    "\t【市】開札 10:00\n"
    "29\t30\n"
)


def test_a_month_grid_reads_words_under_the_days_by_their_column():
    found = steps(GRID)
    assert ("published", dt.date(2030, 9, 2), None, "date") in found
    assert ("question", dt.date(2030, 9, 6), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2030, 9, 11), dt.time(17, 0), "datetime") in found
    assert ("other", dt.date(2030, 9, 23), dt.time(10, 0), "datetime") in found


def test_a_grids_team_entries_stay_out():
    days = {day for _, day, _, _ in steps(GRID)}
    assert dt.date(2030, 9, 2) in days  # (the grid is read)
    assert dt.date(2030, 9, 4) not in days  # 【社】積算開始
    assert dt.date(2030, 9, 12) not in days  # 【社】入札書 発送


SHEET = (
    "【案件管理シート】桜台市 図書館システム更新\n"
    "シート: 日程\t最終更新: 2030/06/20 09:12 山本\tステータス: 参加表明済\n"
    "発注者\t桜台市\n"
    "凡例\t先方=市の手続 / 社内=当社の段取り\n"
    "\n"
    "No\t担当\t時刻\t日付\t先方/社内\tステップ\tメモ\n"
    "1\t山本\t\t2030/06/03\t先方\t公告\t市HP\n"
    "2\t山本\t17:00\t2030/06/12\t先方\t質問書の提出期限\tメールのみ。6/11 19:40送信済\n"
    "3\t川口\t15:00\t2030/06/19\t社内\t参加表明書 発送\tレターパック\n"
    "4\t川口\t17:00\t2030/06/20\t先方\t参加表明書の提出期限\t必着\n"
    "5\t川口\t16:00\t2030/07/01\t社内\tプレゼンリハーサル\t\n"
    "6\t川口\t13:00\t2030/07/04\t先方\tプレゼンテーション\t\n"
)


def test_a_teams_sheet_gives_the_issuers_steps_with_the_time_column_before_the_date():
    found = steps(SHEET)
    assert ("question", dt.date(2030, 6, 12), dt.time(17, 0), "datetime") in found
    assert ("application", dt.date(2030, 6, 20), dt.time(17, 0), "datetime") in found
    assert ("hearing", dt.date(2030, 7, 4), dt.time(13, 0), "datetime") in found


def test_a_sheets_team_rows_its_memo_date_and_its_update_field_stay_out():
    days = [day for _, day, _, _ in steps(SHEET)]
    assert dt.date(2030, 6, 11) not in days  # sent by the team (the memo)
    assert dt.date(2030, 6, 19) not in days  # 社内: posted by the team
    assert dt.date(2030, 7, 1) not in days  # 社内: rehearsal
    assert days.count(dt.date(2030, 6, 20)) == 1  # the update stamp is no second step


MAIL = (
    "差出人: 営業部 <sales@example.jp>\n"
    "件名: Fwd: 今後の日程について\n"
    "\n"
    "転送します。\n"
    "\n"
    "> > 令和12年5月1日(水)に御提出いただいた参加表明書について審査した結果、資格を確認しました。\n"
    "> > 今後の日程は下表のとおりです。\n"
    "> >\n"
    "> > +----+--------------------+------------------------------+------------------------------+\n"
    "> > | No | 項目               | 日時                         | 備考                         |\n"
    "> > +----+--------------------+------------------------------+------------------------------+\n"
    "> > | 1  | 企画提案書提出期限 | 令和12年5月17日(金)午後3時   | 持参のみ                     |\n"
    "> > | 2  | プレゼンテーション | 令和12年5月28日(火)午前10時  | 各者の時間は5月22日(水)までに |\n"
    "> > |    |                    |                              | 電子メールで通知します       |\n"
    "> > +----+--------------------+------------------------------+------------------------------+\n"
)


def test_a_mails_quoted_table_gives_each_row_one_step_at_its_date_column():
    found = steps(MAIL)
    assert ("submission", dt.date(2030, 5, 17), dt.time(15, 0), "datetime") in found
    assert [step for step in found if step[0] == "hearing"] == [("hearing", dt.date(2030, 5, 28), dt.time(10, 0), "datetime")]


def test_a_quoted_tables_remark_and_what_the_addressee_handed_in_stay_out():
    days = [day for _, day, _, _ in steps(MAIL)]
    assert dt.date(2030, 5, 22) not in days
    assert dt.date(2030, 5, 1) not in days


def test_a_replys_line_over_the_mail_it_quotes_is_no_step():
    """「2026/06/01 11:05 に … さんは書きました:」 is when the quoted mail was sent: not the day of the step its first
    quoted line names (「> 参加申込書をご提出いただいた事業者各位」), once a reply's quoted lines are read unmarked."""
    text = (
        "件名: Fwd: 企画提案募集 スケジュール変更のお知らせ\n"
        "差出人: 営業部 <sales@example.jp>\n\n"
        "機構から変更の連絡が来ました。\n\n"
        "2026/06/01 11:05 に 観光振興機構 事業推進課 さんは書きました:\n"
        "> 参加申込書をご提出いただいた事業者各位\n"
        ">\n"
        "> 企画提案書の提出期限を次のとおり変更いたします。\n"
        "> （変更前）令和8年6月12日（金）正午\n"
        "> （変更後）令和8年6月19日（金）正午\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2026, 6, 19), dt.time(12, 0), "datetime") in found
    assert all(day != dt.date(2026, 6, 1) for _, day, _, _ in found)
