"""Ordinary calls as conversion hands them over (round ll): a sheet saved as CSV whose schedule is a numbered row with
sub-items (「,(4),質問の受付期限,2027/5/12,(水),12:00:00,まで,」) and windows set over cells of their own; a gazette's items
set with a hanging indent (each label indented, its date flush left on the next line); a gazette's page holding the
tail of the notice before, a call's notice and an award's notice; and a PDF's schedule table read column after column
with its cells wrapped over lines. Each test a few invented lines, read as written and as one line."""

from tests.extractor_found import found, one_line

# --- a sheet saved as CSV: sub-items under a numbered row, windows over cells -----------------------------------

SHEET = (
    ",,,,,,,白浜町総第88号\n"
    ",,,,,,,令和9年5月6日\n"
    ",,庁舎清掃用品の見積合わせについて,,,,,\n"
    ",,,,,,,\n"
    "1,件名,,庁舎清掃用品　購入,,,,\n"
    "2,納入期限,,2027/8/31,(火),,,\n"
    "3,日程,,,,,,\n"
    ",(1),仕様書の閲覧,2027/5/6,(木),～,2027/5/14,(金)\n"
    ',,,"閲覧時間　9:00～17:00",,,,\n'
    ",(2),質問の受付期限,2027/5/12,(水),12:00:00,まで,\n"
    ",(3),質問への回答,2027/5/17,(月),までに,,\n"
    ",(4),見積書の提出期限,2027/5/21,(金),15:00:00,まで,\n"
    ",(5),開封,2027/5/24,(月),10:00:00,,\n"
    "4,問合せ先,,白浜町総務課,,,,\n"
)
SHEET_STEPS = [
    ("other", "2027-05-14", "17:00", "datetime"),
    ("question", "2027-05-12", "12:00", "datetime"),
    ("answer", "2027-05-17", None, "date"),
    ("submission", "2027-05-21", "15:00", "datetime"),
    ("other", "2027-05-24", "10:00", "datetime"),
]


def test_a_csv_rows_sub_items_are_rows_of_their_own_under_the_numbered_row():
    steps = found(SHEET)
    for step in SHEET_STEPS[1:]:
        assert step in steps
    assert ("other", "2027-08-31", None, "date") not in steps  # the delivery deadline


def test_a_csv_window_over_cells_of_its_own_is_one_window_ending_on_its_last_day():
    steps = found(SHEET)
    assert ("other", "2027-05-14", "17:00", "datetime") in steps
    assert not any(step[1] == "2027-05-06" and step[0] == "other" for step in steps)  # the window's start


def test_a_csv_sheet_run_onto_one_line_reads_the_same_steps_days():
    steps = [step[:2] for step in found(one_line(SHEET))]
    for step in SHEET_STEPS[1:]:
        assert step[:2] in steps


# --- a gazette's hanging indent: the label indented, its date flush left below ----------------------------------

HANGING = (
    "入札公告\n"
    "　次のとおり一般競争入札に付します。\n"
    "　　令和九年四月五日\n"
    "３　入札書の提出場所等\n"
    "　(2)　競争参加資格確認書類の提出期限\n"
    "令和九年五月十日午後五時\n"
    "　(3)　入札書の受領期限\n"
    "令和九年五月二十四日午後五時\n"
    "　(4)　開札の日時及び場所\n"
    "令和九年六月一日午前十一時　本学入札室\n"
    "４　その他\n"
)


def test_each_flush_left_date_under_an_indented_label_is_that_labels_value():
    steps = found(HANGING)
    assert ("application", "2027-05-10", "17:00", "datetime") in steps
    assert ("submission", "2027-05-24", "17:00", "datetime") in steps
    assert ("other", "2027-06-01", "11:00", "datetime") in steps
    assert ("submission", "2027-05-10", "17:00", "datetime") not in steps  # (the label below is not its)


def test_date_first_steps_indented_under_their_dates_still_read_as_before():
    text = (
        "スケジュール\n" "令和9年5月10日(月)\n" "　　参加申込書の提出期限\n" "令和9年5月24日(月)\n" "　　企画提案書の提出期限\n"
    )
    steps = found(text)
    assert ("application", "2027-05-10", None, "date") in steps
    assert ("submission", "2027-05-24", None, "date") in steps


# --- a gazette's page: the notice before's tail, a call, an award ------------------------------------------------

PAGE = (
    "令和 9 年 4 月 5 日　月曜日　　官　　報\n"
    "(8) Time-limit for tender: 5:00 P.M. 20 April, 2027\n"
    "(9) Contact point for the notice: Contract Section, Example Agency\n"
    "\n"
    "入札公告\n"
    "　次のとおり一般競争入札に付します。\n"
    "　　令和九年四月五日\n"
    "　　　　国立大学法人青潮大学長　某\n"
    "１　入札説明書の交付期間　令和九年四月五日から令和九年五月七日まで。\n"
    "２　競争参加資格確認書類の提出期限　令和九年五月十日午後五時\n"
    "３　入札書の受領期限　令和九年五月二十四日午後五時\n"
    "\n"
    "落札者等の公示\n"
    "　次のとおり落札者等について公示します。\n"
    "　　令和九年四月五日\n"
    "１　落札者を決定した日　令和九年三月十九日\n"
    "２　入札公告日　令和九年一月二十日\n"
)


def test_a_gazette_page_keeps_the_calls_steps_only():
    steps = found(PAGE)
    assert ("application", "2027-05-10", "17:00", "datetime") in steps
    assert ("submission", "2027-05-24", "17:00", "datetime") in steps
    assert not any(step[1] in ("2027-03-19", "2027-01-20", "2027-04-20") for step in steps)


def test_a_single_call_citing_an_award_notice_in_prose_is_read_whole():
    text = (
        "入札公告\n"
        "　次のとおり一般競争入札に付します。\n"
        "１　入札書の受領期限　令和九年五月二十四日午後五時\n"
        "２　落札者の決定は、別途公示する。\n"
    )
    assert ("submission", "2027-05-24", "17:00", "datetime") in found(text)


# --- a PDF's schedule read column after column, its cells wrapped -------------------------------------------------

COLUMNS = (
    "４ 募集の日程\n"
    "項目\n"
    "要項の配布\n"
    "質問の受付\n"
    "申請書の受付\n"
    "一次審査（書類審査）\n"
    "二次審査（プレゼンテーシ\n"
    "ョン）\n"
    "選定結果の通知\n"
    "協定の締結\n"
    "日程\n"
    "令和９年５月６日（木）～\n"
    "６月４日（金）\n"
    "令和９年５月２０日（木）正午\n"
    "まで\n"
    "令和９年６月１日（火）～\n"
    "６月４日（金）\n"
    "令和９年６月下旬\n"
    "（予定）\n"
    "令和９年７月中旬\n"
    "令和９年８月上旬\n"
    "令和９年１２月（予定）\n"
    "備考\n"
    "ＨＰに掲載\n"
    "※日程は予定です。\n"
)


def test_a_column_read_table_with_wrapped_cells_pairs_labels_and_dates_in_order():
    steps = found(COLUMNS)
    assert ("published", "2027-05-06", None, "date") in steps
    assert ("question", "2027-05-20", "12:00", "datetime") in steps
    assert ("submission", "2027-06-04", None, "date") in steps
    assert ("hearing", "2027-07-01", None, "mid_month") in steps
    assert ("result", "2027-08-01", None, "early_month") in steps
    assert ("contract", "2027-12-01", None, "month") in steps
    assert ("other", "2027-06-01", None, "late_month") in steps


def test_a_column_of_labels_that_wraps_more_ways_than_one_is_not_paired():
    # (two lines fill the column, one label too many to pair: read as it stands, no label taken from another row)
    text = COLUMNS.replace("選定結果の通知\n", "指定管理候補者の選定\n結果の通知\n")
    assert ("contract", "2027-08-01", None, "early_month") not in found(text)


# --- an event's start said under its heading; a viewing's hours as a span in a remark ---------------------------


def test_an_events_start_under_its_heading_is_not_blocked_by_its_sign_up():
    text = (
        "５ 日程\n"
        "現地説明会の参加申込\t令和9年5月12日(水)正午まで\n"
        "現地説明会\t令和9年5月18日(火)・19日(水)\n"
        "企画提案書の提出\t令和9年6月4日(金)午後5時まで\n"
        "６ 現地説明会\n"
        "（１）日時 令和9年5月18日(火)・19日(水)の2日間\n"
        "各日午前10時から正午まで\n"
        "（２）申込方法 令和9年5月12日(水)正午までに電子メールで申し込むこと。\n"
    )
    steps = found(text)
    assert ("other", "2027-05-18", "10:00", "datetime") in steps
    assert ("other", "2027-05-12", "12:00", "datetime") in steps


def test_a_viewings_hours_given_as_a_span_close_its_window():
    text = (
        "５ 日程\n"
        "関係資料の閲覧\t令和9年5月6日(木)~5月21日(金)\n"
        "企画提案書の提出\t令和9年6月4日(金)午後5時まで\n"
        "備考\n"
        "閲覧時間 午前9時~午後5時\n"
    )
    assert ("other", "2027-05-21", "17:00", "datetime") in found(text)
