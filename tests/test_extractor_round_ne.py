"""Round ne: calls in rare layouts. A sheet saved as CSV whose schedule is a table inside a numbered item (its head
and rows numbered in a column of their own, under 「3,日程,,,」), its days written in figures and a window's end in the
cell after 「～」; a window that starts on a day named in words (「契約締結日」 ～ 2028/3/31). Each test a few lines
written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


SHEET_NUMBERED_ROWS = (
    ",,,,,,,,\n"
    ",,海辺町 観光案内所運営業務委託 公募型プロポーザル実施要領,,,,,,\n"
    ",,,,,,,,\n"
    "1,業務の概要,,,,,,,\n"
    ",(1),業務名,海辺町観光案内所運営業務委託,,,,,\n"
    ",,,,,,,,\n"
    "4,スケジュール,,,,,,,\n"
    ",番号,内容,日付,,,時刻,備考,\n"
    ",1,参加申込書の提出,2027/5/10(月),～,2027/5/14(金),17:00,持参又は郵送,\n"
    ",2,質問の提出期限,2027/5/12(水),,,12:00,電子メールのみ,\n"
    ',3,企画提案書の提出,2027/5/24(月),～,2027/5/28(金),17:00,"持参に限る\n'
    '正本1部",\n'
    ",4,プレゼンテーション,2027/6/8(火),,,13:30,役場2階,\n"
    ",,,,,,,,\n"
)


def test_sheet_rows_numbered_under_a_numbered_item_are_rows_of_their_own():
    assert found(SHEET_NUMBERED_ROWS) == [
        ("question", "2027-05-12", "12:00", "datetime"),
        ("application", "2027-05-14", "17:00", "datetime"),
        ("submission", "2027-05-28", "17:00", "datetime"),
        ("hearing", "2027-06-08", "13:30", "datetime"),
    ]


SHEET_HYPHEN_DAYS = (
    "2,日程等,,,,,\n"
    ",項番,事項,期日,,,\n"
    ",1.,質問の受付,2027-09-01,～,2027-09-07,\n"
    ",2.,質問への回答,2027-09-10,,,\n"
    ",3.,提案書の提出期限,2027-09-21,,,\n"
    ",4.,審査結果の通知,2027-10-05,,,\n"
    ",,,,,,\n"
)


def test_sheet_rows_under_a_numbered_item_with_hyphened_days():
    assert found(SHEET_HYPHEN_DAYS) == [
        ("question", "2027-09-07", None, "date"),
        ("answer", "2027-09-10", None, "date"),
        ("submission", "2027-09-21", None, "date"),
        ("result", "2027-10-05", None, "date"),
    ]


SHEET_NAMED_START = (
    "1,業務の概要,,,,,\n"
    ",(1),業務名,,図書館清掃業務委託,,\n"
    ",(2),履行期間,,契約締結日,～,2028/3/31(金)\n"
    ",,,,,,\n"
    "2,日程,,,,,\n"
    ",1,提案書の提出期限,,2027/4/20(火),,\n"
    ",2,審査結果の通知,,2027/5/11(火),,\n"
    ",,,,,,\n"
)


def test_sheet_window_from_a_day_named_in_words_is_the_period():
    steps = [("submission", "2027-04-20", None, "date"), ("result", "2027-05-11", None, "date")]
    assert found(SHEET_NAMED_START) == steps
    assert found(SHEET_NAMED_START.replace("契約締結日", "協定締結日の翌日")) == steps
    assert found(SHEET_NAMED_START.replace("契約締結日", "着手日")) == steps
