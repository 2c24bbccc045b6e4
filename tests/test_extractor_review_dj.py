"""Review dj: rules of rounds dc to di narrowed or widened to their class, each with ordinary wording they mishandled
(a chat's correction of one step retiming another step of its day, a window's opening time read as a deadline, the
replacement of the system in use taken for its contract in force, an English deadline's hour on the line below read
after 「by」 only), and a check made once per line instead of once per date on a long line."""

import datetime as dt

from tenders.extractor import dates
from tests.extractor_found import steps

_CHAT = (
    "[チャット] 営業グループ のトーク履歴\n"
    "保存日時:2026/04/10 19:00\n"
    "2026/04/06(月)\n"
    "09:10\t高田 一郎\t桔梗市の案件、日程です\n"
    "・現地見学会 4/20(月)10時\n"
    "・提案書 5/8(金)17時まで\n"
    "09:20\t森 花子\t了解です。\n"
    "2026/04/07(火)\n"
    "08:50\t高田 一郎\t4/20(月)14時の説明会は会場ではなくオンラインです。\n"
    "09:00\t森 花子\t了解です。\n"
)


def test_a_chats_post_about_another_step_of_the_day_corrects_no_time():
    found = steps(_CHAT)
    assert ("other", dt.date(2026, 4, 20), dt.time(10, 0), "datetime") in found
    assert ("other", dt.date(2026, 4, 20), dt.time(14, 0), "datetime") in found


def test_the_time_a_window_opens_is_no_deadline():
    text = (
        "令和8年5月20日\n"
        "3 日程\n"
        "(1) 参加申込受付開始時刻 令和8年6月1日(月)午前9時\n"
        "(2) 参加申込締切 令和8年6月5日(金)午後5時\n"
    )
    assert steps(text) == [("application", dt.date(2026, 6, 5), dt.time(17, 0), "datetime")]


def test_the_contract_to_replace_the_system_in_use_is_the_calls():
    text = "4 日程\n" "(1) 提案書の提出期限 令和8年6月10日(水)午後5時\n" "(2) 現行システム更改業務の契約締結 令和8年7月上旬\n"
    assert ("contract", dt.date(2026, 7, 1), None, "early_month") in steps(text)


def test_an_english_deadlines_hour_below_it_in_other_words_than_by():
    text = (
        "Schedule\n" "Last date for clarification requests ..... 26th May, 2027 (Wednesday),\n" "no later than 4 PM Japan time\n"
    )
    assert steps(text) == [("question", dt.date(2027, 5, 26), dt.time(16, 0), "datetime")]


def test_a_long_line_of_slashed_dates_looks_for_an_english_word_once(monkeypatch):
    calls = []
    real = dates.HAS_WORD

    class Counted:
        def search(self, *args):
            calls.append(args)
            return real.search(*args)

    monkeypatch.setattr(dates, "HAS_WORD", Counted())
    mentions = dates.find_mentions("提出期限 2026/5/1、" * 200)
    assert len(mentions) == 200
    assert len(calls) <= 4  # (was one search of the whole line for each date: quadratic on a notice of one line)
