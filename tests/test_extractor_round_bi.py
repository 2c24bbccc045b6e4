"""Unusual forms of notices (round bi): a system's export of a call's procedure schedule as CSV, each test a few
lines written for its class."""

from tests.extractor_found import found

# --- a CSV export: windows with their hours, a list of files, a log of changes ---------------------------------

CSV_HEAD = '"工程","開始日時","終了日時","方法"\n'


def test_a_window_of_two_dated_cells_with_hours_is_its_end_beside_a_remark_of_dates():
    # (the start's hour kept the start apart: a remark's closed days then left the step's start standing)
    text = (
        '"No","手続名","開始日時","終了日時","方法","備考"\n'
        '"01","公告","2027/04/02","","市ホームページ",""\n'
        '"02","要領の配布","2027/04/02","2027/04/16","市ホームページ",""\n'
        '"03","企画提案書の受付","2027/04/20 09:00","2027/05/10 17:00","持参","連休（2027/04/29～2027/05/05）は受付しない"\n'
        '"04","プレゼンテーション","2027/05/24 10:00","2027/05/24 15:00","市役所",""\n'
    )
    assert found(text) == [
        ("published", "2027-04-02", None, "date"),
        ("submission", "2027-05-10", "17:00", "datetime"),
        ("hearing", "2027-05-24", "10:00", "datetime"),
    ]


def test_a_list_of_files_gives_no_steps_by_their_posting_times():
    text = (
        CSV_HEAD + '"公告","2027/04/02","","市ホームページ"\n'
        '"質問の受付","2027/04/05 09:00","2027/04/09 17:00","電子メール"\n'
        "\n"
        '"添付ファイル"\n'
        '"ファイル名","サイズ","掲載日時"\n'
        '"質問書.xlsx","20KB","2027/04/02 09:15"\n'
        '"審査結果報告書（前年度）.pdf","1.1MB","2027/04/02 09:16"\n'
    )
    assert found(text) == [
        ("published", "2027-04-02", None, "date"),
        ("question", "2027-04-09", "17:00", "datetime"),
    ]
    prose = "公告 2027年4月2日\n様式集.docx　96KB　2027/04/02 09:15\n"
    assert found(prose) == [("published", "2027-04-02", None, "date")]


def test_a_log_of_changes_under_its_own_csv_title_gives_no_time_to_a_step():
    text = (
        CSV_HEAD + '"公告","2027/04/02","","市ホームページ"\n'
        '"参加申請書の受付","2027/04/02 09:00","2027/04/12 17:00","持参"\n'
        "\n"
        '"変更履歴"\n'
        '"変更日時","変更内容"\n'
        '"2027/04/02 08:50","案件の公開"\n'
    )
    assert found(text) == [
        ("published", "2027-04-02", None, "date"),
        ("application", "2027-04-12", "17:00", "datetime"),
    ]
