"""Round nf: change notices set out as an English grid of old and new dates. A row whose date cell stops open on a
comma or a joining word (「2:00 p.m. (local time),」 over 「Tuesday, 18 May 2027」) is one row with the lines below it,
its label's wrapped words read with it however they begin (「Pre-proposal meeting at the」 over 「Port Authority Annex」),
so the new date keeps its time and a newly added step is read at all; and a notice's own day keyed 「Date of issue:」
「Issue date:」「Date of this Corrigendum:」 set to the right of its head (a letter's layout) is its own day, no step. A
mark of the old version (「訂正前」「変更前」「延長前」) in a sentence before the date's own, whose own sentence names the new
version (「訂正前の期限までに申し込まれた方は…不要です。訂正後の日程で…7月13日正午までにご連絡ください」), makes that date
no old one.
Each test a few lines written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


ADDED_MEETING = (
    "ADDENDUM No. 1\n"
    "Request for Proposals No. RFP-2027-014, Consulting Services for a Harbour Survey\n"
    "\n"
    "                                                        Issue date: 6 May 2027\n"
    "\n"
    "The schedule of the RFP is amended as follows.\n"
    "\n"
    "| Item | Activity                      | Previous                   | Revised                     |\n"
    "|------|-------------------------------|----------------------------|-----------------------------|\n"
    "| 1    | Pre-proposal meeting at the   | -                          | 2:00 p.m. (local time),     |\n"
    "|      | Port Authority Annex          |                            | Tuesday, 18 May 2027        |\n"
    "| 2    | Deadline for submission of    | 4:00 p.m., Friday,         | 4:00 p.m., Monday,          |\n"
    "|      | proposals                     | 28 May 2027                | 7 June 2027                 |\n"
)


def test_a_new_step_whose_label_wraps_capitalised_beside_an_open_date_cell():
    assert both(ADDED_MEETING) == [
        ("other", "2027-05-18", "14:00", "datetime"),
        ("submission", "2027-06-07", "16:00", "datetime"),
    ]


NO_END_BARS = (
    "CORRIGENDUM No. 3\n"
    "\n"
    "Ref. No. ITB-19/2027                                   Date of this Corrigendum: 2 August 2027\n"
    "\n"
    "No | Step                          | Original date                | Amended date\n"
    "1  | Joint site inspection, Pier   | 10:00 a.m., Wednesday,       | 9:30 a.m., Thursday,\n"
    "   | Seven Warehouse               | 11 August 2027               | 19 August 2027\n"
    "2  | Bid submission deadline       | 3:00 p.m., 25 August 2027    | 3:00 p.m., 2 September 2027\n"
)


def test_a_row_of_a_grid_without_end_bars_wrapped_under_an_open_date_cell():
    assert found(NO_END_BARS) == [
        ("other", "2027-08-19", "09:30", "datetime"),
        ("submission", "2027-09-02", "15:00", "datetime"),
    ]


REGISTRATION_WRAPPED = (
    "AMENDMENT No. 2\n"
    "\n"
    "| No | Event                      | Before            | After                        |\n"
    "+====+============================+===================+==============================+\n"
    "| 3  | Registration for the site  | -                 | from 2 August 2027 to        |\n"
    "|    | visit (NEW)                |                   | 5:00 p.m., 9 August 2027     |\n"
)


def test_a_window_cell_left_open_on_to_is_read_to_its_end_below():
    assert found(REGISTRATION_WRAPPED) == [("other", "2027-08-09", "17:00", "datetime")]


RIGHT_SET_OWN_DAY = (
    "Harbour Authority of Minato-Kita\n"
    "Procurement Division\n"
    "\n"
    "                                                    Date of issue: 14 June 2027\n"
    "                                                    Ref.: HAM-PRC-2027-044\n"
    "\n"
    "AMENDMENT No. 1\n"
    "to the Invitation for Bids HAM-IFB-2027-09\n"
    "\n"
    "The deadline for submission of bids is extended to 5:00 p.m. (JST), Friday, 2 July 2027.\n"
)


def test_a_change_notices_own_day_set_to_the_right_of_its_head():
    assert both(RIGHT_SET_OWN_DAY) == [("submission", "2027-07-02", "17:00", "datetime")]


def test_an_issue_date_set_to_the_right_of_an_addendums_head():
    text = RIGHT_SET_OWN_DAY.replace("Date of issue:", "   Issue date:").replace("AMENDMENT", "ADDENDUM")
    assert found(text) == [("submission", "2027-07-02", "17:00", "datetime")]


NOTE_AFTER_CORRECTION = (
    "柚木市観光案内板多言語化業務 公募型プロポーザル 実施要領の訂正について\n"
    "\n"
    "実施要領の記載に誤りがありましたので、次のとおり訂正します。\n"
    "\n"
    "項目　　　　　　　　　　誤　　　　　　　　　　　　　　　　正\n"
    "現地見学会の申込期限　　令和9年5月14日（金）午後5時　　　令和9年5月21日（金）午後5時\n"
    "\n"
    "１　既に現地見学会に申し込まれた方へ\n"
    "　訂正前の期限までに申し込まれた方は、再度の申込みは不要です。訂正後の日程で参加できない場合は、"
    "令和9年5月21日（金）午後5時までにご連絡ください。\n"
)


def test_an_old_version_named_in_the_sentence_before_leaves_the_new_date_standing():
    assert both(NOTE_AFTER_CORRECTION) == [("other", "2027-05-21", "17:00", "datetime")]
