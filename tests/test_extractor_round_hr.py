"""What e-procurement systems deliver (round hr): a search result exported as CSV or TSV, a preamble of the export's
own data (its time, its search filter with a date range, the count of records) over a header row and its one wide
record. Each test a few lines written for its class."""

from tests.extractor_found import found, one_line

EXPORT_HEAD = (
    "No",
    "案件名",
    "公告日",
    "質問締切日時",
    "回答予定日",
    "参加申請締切日時",
    "入札締切日時",
    "開札日時",
    "状況",
    "最終更新日時",
)
EXPORT_ROW = (
    "3",
    "柚木台市立体育館照明器具更新",
    "2028/02/07",
    "2028/02/14 16:00",
    "2028/02/18",
    "2028/02/22 17:00",
    "2028/03/02 12:00",
    "2028/03/03 10:30",
    "受付中",
    "2028/02/09 11:41:20",
)
EXPORT_PREAMBLE = (
    "電子調達システム 入札情報（検索結果）",
    "出力日時{sep}2028/02/10 08:03:55",
    "検索条件{sep}発注機関=柚木台市;公告日=2028/02/01～2028/02/10",
    "件数{sep}1",
    "",
)
EXPORT_STEPS = [
    ("published", "2028-02-07", None, "date"),
    ("question", "2028-02-14", "16:00", "datetime"),
    ("answer", "2028-02-18", None, "date"),
    ("application", "2028-02-22", "17:00", "datetime"),
    ("submission", "2028-03-02", "12:00", "datetime"),
    ("other", "2028-03-03", "10:30", "datetime"),
]


def _export(sep: str) -> str:
    preamble = [line.format(sep=sep) for line in EXPORT_PREAMBLE]
    return "\n".join([*preamble, sep.join(EXPORT_HEAD), sep.join(EXPORT_ROW)]) + "\n"


def test_a_csv_export_reads_its_record_below_the_preamble_and_not_the_search_filter():
    assert found(_export(",")) == EXPORT_STEPS


def test_the_same_export_saved_as_tsv():
    assert found(_export("\t")) == EXPORT_STEPS


SCHEDULE_SHEET = """区分,手続,開始日,終了日,曜日,時刻,備考
公告,公告,2029/5/7,,月,,町ホームページ
質問,質問受付,2029/5/7,2029/5/18,金,17:00,電子メール
提出,企画提案書,,2029/6/1,金,12:00,持参
契約,契約締結,6月下旬,,,,予定
,(参考)委託期間,契約締結日,2030/3/29,金,,
"""


def test_a_period_from_the_signing_in_a_sheets_row_ends_no_step():
    assert found(SCHEDULE_SHEET) == [
        ("published", "2029-05-07", None, "date"),
        ("question", "2029-05-18", "17:00", "datetime"),
        ("submission", "2029-06-01", "12:00", "datetime"),
        ("contract", "2029-06-01", None, "late_month"),
    ]


def test_the_same_row_saved_as_tsv_with_a_blank_cell_before_its_end():
    sheet = SCHEDULE_SHEET.replace(",", "\t").replace("契約締結日\t2030/3/29", "契約締結日\t\t2030/3/29")
    assert found(sheet)[-1] == ("contract", "2029-06-01", None, "late_month")


def test_the_export_run_onto_one_line_starts_its_header_after_the_preambles_blank_line():
    assert found(one_line(_export(","))) == EXPORT_STEPS
