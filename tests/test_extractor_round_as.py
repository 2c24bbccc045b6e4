"""Notices in forms seldom met (round as): a schedule exported as CSV and pasted into a mail, a leaflet whose only year
is its issue month, a call printed in a town newsletter among other articles, a gantt chart with a due-date column, a
Q&A sheet whose questions quote dates. Each test a small text written for its class."""

from tests.extractor_found import found

CSV_MAIL = (
    "件名: 令和10年度 旧倉庫跡地活用事業者募集 日程表（CSV）\n"
    "差出人: 若竹市 財産活用課\n\n"
    "日程表をCSV形式でお送りします。\n\n"
    "# 出力日時,2028/05/01 10:02:11\n"
    '"No","区分","手続","開始日","終了日","時刻","備考"\n'
    '"1","公表","募集要項の公表","2028/05/08","2028/05/31","","市ホームページ"\n'
    '"2","説明会","現地見学会の申込","","2028/05/15","12:00","電子メール"\n'
    '"3","質問","質問書の受付","2028/05/08","2028/05/22","17:00","様式2"\n'
    '"4","提案","企画提案書の提出","2028/06/12","2028/06/26","17:00","持参"\n'
    '"5","審査","プレゼンテーション審査","2028/07/中旬","","","会議室"\n'
    '"6","契約","賃貸借契約の締結","2028/09","","","議会の議決後"\n'
    '"7","引渡","土地の引渡し","2029/03/31","","","参考（事業者の手続ではない）"\n'
)


def test_a_csv_export_reads_as_a_table_of_cells():
    """「"3","質問","質問書の受付","2028/05/08","2028/05/22","17:00"」: quoted fields parted by commas are a row's cells,
    so a window's end takes the time column, and a year and month alone in a cell 「2028/09」 is that month."""
    steps = found(CSV_MAIL)
    assert steps[:6] == [
        ("published", "2028-05-08", None, "date"),
        ("other", "2028-05-15", "12:00", "datetime"),
        ("question", "2028-05-22", "17:00", "datetime"),
        ("submission", "2028-06-26", "17:00", "datetime"),
        ("hearing", "2028-07-01", None, "mid_month"),
        ("contract", "2028-09-01", None, "month"),
    ]
    assert ("question", "2028-05-08", None, "date") not in steps  # a window's start is no step
    assert not any(day == "2028-05-01" for _, day, *_ in steps)  # the export's own time stamp


def test_a_year_and_month_in_a_sentence_is_no_date():
    """「2028/7」 standing in a sentence may be an edition or a fraction: only a cell of its own is a month."""
    text = (
        "令和10年度 清掃業務委託 公募\n\n1 日程\n"
        "(1) 質問の提出期限 令和10年6月5日(月)午後5時\n"
        "(2) 提案書の提出期限 令和10年6月20日(火)正午\n"
        "2 その他\n仕様は清掃ガイドライン 2028/7 版による。\n"
    )
    assert found(text) == [("question", "2028-06-05", "17:00", "datetime"), ("submission", "2028-06-20", "12:00", "datetime")]
