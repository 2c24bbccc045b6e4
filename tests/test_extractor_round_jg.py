"""A hearing held over several days whose starting hour is told once, after its last day: the first day, at that hour."""

import datetime as dt

from tenders.extractor import extract


def hearings(text: str) -> list[tuple[dt.date, dt.time | None, str]]:
    return [(m.date, m.time, m.precision) for m in extract(text).proposal.milestones if m.kind == "hearing"]


def test_days_counted_then_the_hour_of_each_day():
    text = (
        "(2) プレゼンテーション審査\n"
        "　ア 日時　令和9年6月8日(火)及び9日(水)の2日間、各日午前10時から。提案者ごとの日時は、後日通知します。\n"
    )
    assert hearings(text) == [(dt.date(2027, 6, 8), dt.time(10, 0), "datetime")]


def test_a_span_of_days_then_the_hour_of_each_day():
    text = "プレゼンテーション審査　令和10年5月23日(火)～5月24日(水)　各日9時30分から\n"
    assert hearings(text) == [(dt.date(2028, 5, 23), dt.time(9, 30), "datetime")]


def test_a_span_of_days_then_an_open_hour():
    text = "プレゼンテーション審査　令和10年5月23日(火)～5月24日(水)　9:30～\n"
    assert hearings(text) == [(dt.date(2028, 5, 23), dt.time(9, 30), "datetime")]


def test_a_sheet_row_whose_time_column_opens_the_hearing_days():
    text = (
        "No,項目,開始日,曜日,終了日,曜日,時刻,備考\n"
        "1,公告(実施要領・仕様書等の配布),2028/4/3,月,2028/4/21,金,,市ホームページに掲載\n"
        "2,説明会参加申込,2028/4/3,月,2028/4/7,金,17:00,電子メールで申込\n"
        "3,説明会,2028/4/11,火,,,14:00～15:30,市役所本庁舎3階 大会議室\n"
        "4,質問受付,2028/4/3,月,2028/4/14,金,17:00,電子メールで提出\n"
        "8,企画提案書の提出,2028/5/8,月,2028/5/12,金,12:00,持参に限る\n"
        "9,プレゼンテーション審査,2028/5/23,火,2028/5/24,水,9:30～,時間割は5/17までに通知\n"
    )
    assert hearings(text) == [(dt.date(2028, 5, 23), dt.time(9, 30), "datetime")]
