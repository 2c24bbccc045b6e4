"""Change notices (round ix): a table of steps whose rows are 「当初」 and 「延長後」, a 告示 that changes its call by quoted
words (on a 公報 page, its call cited by its title; a day and an hour changed in one clause), a table set with spaces
whose rows open with a one-space indent, and the rows marked done in a notice that resumes a suspended call. Each test
a few lines written for its class."""

import datetime as dt

from tests.extractor_found import steps


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
