"""What bid teams paste besides the notice itself (round jq): a sheet of several calls a row each, a newsletter of
several calls a paragraph each, a client's mail with its own lines written into the call. Each test a short text
written for its class."""

from tests.extractor_found import found

# --- a sheet of calls, a row each, copied from a spreadsheet -----------------------------------------------------

SHEET = (
    "案件一覧（営業部）\n"
    "\n"
    "発注機関\t件名\t公告日\t質問締切\t参加申込締切\t提出締切\tヒアリング\t備考\n"
    "星見町\t星見町観光パンフレット作成業務\t2028/05/08\t2028/05/15 17:00\t2028/05/19 17:00\t2028/05/31 12:00\t6月上旬予定\t"
    '"説明会 5/12(金)10:00~ 役場2階\n'
    '提案書は持参のみ"\n'
    "月見市\t月見市ウェブサイト改修業務\t5/9(火)\t5/15(月)正午\t5/22(月)17:15\t6/2(金)17:15\t－\t結果通知は6月中旬。\n"
    "雪野村\t雪野村移住PR動画制作業務\t2028/05/10\t2028/05/15 17:00\tなし（提案書と同時提出）\t2028/06/02 17:00\t6/9(金)\t\n"
)


def test_each_row_of_a_sheet_of_calls_is_a_call_with_its_own_steps():
    steps = found(SHEET)
    # (a cell of two lines, copied quoted, keeps the rows under it in the table; each row its own 公告日)
    assert ("published", "2028-05-08", None, "date") in steps
    assert ("published", "2028-05-09", None, "date") in steps
    assert ("published", "2028-05-10", None, "date") in steps
    # (two calls' questions due at the same moment are two steps)
    assert steps.count(("question", "2028-05-15", "17:00", "datetime")) == 2
    # (a bare 「提出締切」 among columns of named steps is each call's proposal)
    assert ("submission", "2028-05-31", "12:00", "datetime") in steps
    assert ("submission", "2028-06-02", "17:15", "datetime") in steps
    assert ("submission", "2028-06-02", "17:00", "datetime") in steps
    # (a remark's dates are read with its own words)
    assert ("other", "2028-05-12", "10:00", "datetime") in steps
    assert ("result", "2028-06-01", None, "mid_month") in steps


def test_a_step_cell_without_its_day_names_no_step_of_the_row():
    # 「なし（提案書と同時提出）」 under 参加申込締切: no application of that call, and no name for its other cells
    steps = found(SHEET)
    assert [date for kind, date, *_ in steps if kind == "application"] == ["2028-05-19", "2028-05-22"]
    assert ("hearing", "2028-06-09", None, "date") in steps
    assert ("question", "2028-05-15", "12:00", "datetime") in steps
