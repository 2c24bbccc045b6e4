"""Round rj: notices run onto one line whose year-less dates took a wrong year or lost their column. A record of a
meeting dated at its head that recalls a past call's days keeps the schedule's year; a sheet's row ended by empty
cells ends its line; a table spaced into columns under a head opening with its rows' numbers (「No.  手続」) keeps its
wrapped times; a letter's head set right with long runs of spaces still names the change it is."""

import datetime as dt

import pytest

from tenders.extractor.relining import relined
from tests.extractor_found import one_line, steps

MINUTES = (
    "潮見野町議会 会議録検索システム\n"
    "トップ ＞ 会議録の閲覧 ＞ 令和９年 ＞ 委員会 ＞ 総務常任委員会\n"
    "令和 9年 6月 総務常任委員会 － 06月14日－01号\n"
    "［ 目次 ］　［ 前の発言 ］　［ 次の発言 ］　［ 印刷 ］\n"
    "────────────────────\n"
    "P.1\n"
    "令和 9年 6月 総務常任委員会\n"
    "\n"
    "１　日　時　　令和９年６月14日（月曜日）\n"
    "２　場　所　　第１委員会室\n"
    "────────────────────\n"
    "P.2\n"
    "◯課長（森）　それでは、町民センターの指定管理者の募集について御説明いたします。\n"
    "　現在の指定期間が令和十年三月三十一日をもって満了いたしますことから、令和十年四月一日から令和十五年三月三十一日までの五年間を次期の指定期間といたします。\n"
    "　募集要項は、七月一日木曜日に町のホームページで公表いたします。\n"
    "　申請書類の受付は、八月十六日月曜日から八月二十七日金曜日までといたします。\n"
    "　議決をいただいた後、令和十年三月に基本協定を締結する予定でございます。\n"
    "◯委員（林）　前回の募集はどのような日程でしたか。\n"
    "◯課長（森）　前回、令和四年度の募集では、募集要項の公表が令和四年七月八日、申請の締切が同年八月三十一日でございました。\n"
)


@pytest.mark.parametrize("shape", [lambda text: text, one_line], ids=["as-written", "one-line"])
def test_a_recalled_past_call_gives_the_schedule_no_year(shape):
    found = steps(shape(MINUTES))
    days = {day for _, day, _, _ in found}
    assert dt.date(2027, 7, 1) in days
    assert dt.date(2027, 8, 27) in days
    assert not [day for day in days if day.year < 2027]


SHEET = (
    "潮見野町 学習用端末更新（一般競争入札）WBS\t\t\t\t\t\t\n"
    "案件：令和8年度 潮見野町立小中学校 学習用端末等更新事業（物品購入）／潮見野町公告第5号（令和9年1月12日）\t\t\t\t\t\t\n"
    "最終更新：2027/01/18 17:42\t\t\t\t\t\t※期日が「m/d」の行は町の説明書の記載どおり\n"
    "No\t項目\t期日\t曜日\t時刻\t状況\t参考：前年度の同種入札\n"
    "1\t公告\t2027/01/12\t火\t\t済\t2026/01/13\n"
    "2\t質問書の提出期限\t2027/01/19\t火\t17:00\t未\t2026/01/20\n"
    "3\t質問に対する回答\t1/22\t金\t\t未\t2026/01/23\n"
    "4\t資格確認結果の通知\t2/2\t火\t\t未\t2026/02/03\n"
    "5\t開札\t2027/02/12\t金\t10:00\t未\t2026/02/13\n"
)


@pytest.mark.parametrize("shape", [lambda text: text, one_line], ids=["as-written", "one-line"])
def test_a_sheet_row_ended_by_empty_cells_keeps_the_current_column(shape):
    found = steps(shape(SHEET))
    assert ("question", dt.date(2027, 1, 19), dt.time(17, 0), "datetime") in found
    assert ("answer", dt.date(2027, 1, 22), None, "date") in found
    assert ("result", dt.date(2027, 2, 2), None, "date") in found
    assert not [step for step in found if step[1].year == 2026]  # (the reference column: last year's call)


CHANGE = (
    " " * 67 + "2026年12月18日\n"
    "入札参加予定者 各位\n" + " " * 57 + "国立大学法人潮見野大学\n" + " " * 57 + "財務部契約課長\n" + " " * 57 + "（公印省略）\n"
    "\n"
    "        「潮見野大学学務システム更新一式」に係る一般競争入札\n"
    "              （総合評価落札方式）の日程変更について（お知らせ）\n"
    "\n"
    "  2026年11月20日付けで入札公告を行った標記案件について、仕様書の一部を修正したことに伴い、下記のとおり日程を変更します。\n"
    "\n" + " " * 36 + "記\n"
    "\n"
    "1. 変更後の日程\n"
    "  備考欄に「変更」又は「新設」とある手続が今回変更又は新設したものです。「変更なし」\n"
    "「実施済」とある手続は、参考として掲載しています。\n"
    "\n"
    "  No.  手続                              日時                        備考\n"
    "  1    入札公告                          2026年11月20日(金)          変更なし\n"
    "  2    入札説明会                        2026年12月2日(水)           実施済\n" + " " * 41 + "14時00分\n"
    "  3    追加質問書の提出期限              2027年1月6日(水)            新設\n"
    "       (仕様書の修正箇所に限る)          17時00分                    (※1)\n"
    "  4    入札書の提出期限                  2027年2月10日(水)           変更\n" + " " * 41 + "17時00分\n"
    "  5    開札                              2027年2月12日(金)           変更\n" + " " * 41 + "10時00分\n"
    "  6    納入期限                          2027年3月31日(水)           変更なし\n"
)


@pytest.mark.parametrize(
    "shape",
    [lambda text: text, one_line],
    ids=["as-written", "one-line"],
)
def test_a_numbered_spaced_table_of_a_change_keeps_its_times_and_marks(shape):
    found = steps(shape(CHANGE))
    assert ("question", dt.date(2027, 1, 6), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2027, 2, 10), dt.time(17, 0), "datetime") in found
    assert ("other", dt.date(2027, 2, 12), dt.time(10, 0), "datetime") in found
    # (the rows marked 変更なし / 実施済 restate the call: no step of the change)
    assert not [step for step in found if step[1] < dt.date(2027, 1, 1)]


def test_a_sheet_row_ended_by_empty_cells_ends_its_line_run_on():
    # 「…WBS<TAB><TAB>…<TAB> 案件：…」: the title row's empty cells, then the space its line break became; the next row a
    # line of its own, not read as the title row's further cells (a row twice as wide makes the sheet's rows run together)
    text, _, _ = relined(one_line(SHEET) * 2)  # (long enough to be cut back)
    assert any(line.startswith("案件：") for line in text.split("\n"))
