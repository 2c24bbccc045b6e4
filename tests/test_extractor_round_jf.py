"""Notices run onto one line (a PDF's text layer, a portal page copied without its line breaks): a tab-separated
table with a cell spanning rows has its rows back (round jf)."""

from tests.extractor_found import found, one_line

LEAD = (
    "沙峰県防災情報システム改修業務に係る随意契約の相手方の公募について\n令和10年1月17日\n沙峰県 危機管理課\n"
    "１　趣旨\n本県では、防災情報システムの改修業務について、特定の者と随意契約を締結する予定です。"
    "本公募は、当該業務の履行が可能な者の有無を確認するため、参加意思確認書の提出を求めるものです。\n"
    "なお、参加意思確認書の提出があり、審査の結果、業務の履行が可能と認められる者がある場合は、"
    "改めて公募型プロポーザル方式により契約の相手方を選定します。仕様書等は危機管理課で閲覧できます。\n"
    "２　日程\n"
)

# a two-column table whose label cell spans two rows, the row under it copied with an empty first cell
SPANNED_EMPTY = LEAD + (
    "項目\t日程\n"
    "公示日\t令和10年1月17日（月）\n"
    "仕様書等の閲覧期間\t令和10年1月17日（月）～2月4日（金）\n"
    "\t午前9時～午後5時（土日祝を除く）\n"
    "質問書の提出期限\t令和10年1月26日（水）午後5時\n"
    "質問に対する回答\t令和10年1月31日（月）\n"
    "参加意思確認書の提出期限\t令和10年2月4日（金）午後5時（必着）\n"
    "審査結果の通知\t令和10年2月中旬（予定）\n"
    "契約締結\t令和10年3月下旬（予定）\n"
)


def test_a_row_under_a_spanning_cell_copied_with_an_empty_first_cell_keeps_each_row_its_own_step_in_one_line():
    # run onto one line, every other row had been read as one (「質問書の提出期限」 taken for the label of the row
    # before's day): each row's step now reads its own day
    assert ("question", "2028-01-26", "17:00", "datetime") in found(one_line(SPANNED_EMPTY))
    assert ("answer", "2028-01-31", None, "date") in found(one_line(SPANNED_EMPTY))
    assert ("application", "2028-02-04", "17:00", "datetime") in found(one_line(SPANNED_EMPTY))
    assert found(one_line(SPANNED_EMPTY)) == found(SPANNED_EMPTY)


# a three-column table whose first cell spans rows, the rows under it copied without it (two cells, not three)
SPANNED_LEFT_OUT = LEAD + (
    "項目\t内容\t日程等\n"
    "公募開始\t募集要項等の公表\t令和8年8月3日(月曜日)\n"
    "説明会\t参加申込期限\t令和8年8月7日(金曜日)午後5時30分\n"
    "開催日時\t令和8年8月12日(水曜日)午後2時から午後3時まで\n"
    "会場\t市役所本庁舎7階 第3会議室\n"
    "質問\t受付期間\t令和8年8月3日(月曜日)から8月19日(水曜日)午後5時30分まで\n"
    "回答\t令和8年8月26日(水曜日)までに市ホームページで公表\n"
    "参加申込\t受付期間\t令和8年8月24日(月曜日)から9月2日(水曜日)まで\n"
    "受付時間\t午前9時から午後5時30分まで(土曜日・日曜日・祝日を除く)\n"
    "参加資格審査結果の通知\t令和8年9月8日(火曜日)(予定)\n"
    "企画提案書の提出\t受付期間\t令和8年9月24日(木曜日)から10月2日(金曜日)まで\n"
    "審査結果の通知\t令和8年10月下旬(予定)\n"
)


def test_rows_under_a_spanning_cell_copied_without_it_are_rows_of_their_own_in_one_line():
    # the rows of two cells under a row of three had been cut every four cells, a row's step read with the next row's day
    assert ("other", "2026-08-12", "14:00", "datetime") in found(one_line(SPANNED_LEFT_OUT))
    assert ("application", "2026-09-02", "17:30", "datetime") in found(one_line(SPANNED_LEFT_OUT))
    assert ("submission", "2026-10-02", "17:30", "datetime") in found(one_line(SPANNED_LEFT_OUT))
    assert found(one_line(SPANNED_LEFT_OUT)) == found(SPANNED_LEFT_OUT)
