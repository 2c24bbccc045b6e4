"""Steps of hospital, health and welfare calls (round x): each test a few lines written for its class."""

from tests.extractor_found import found

# --- a window pasted from a spreadsheet --------------------------------------------------------------------


def test_a_slashed_window_ends_on_its_short_end():
    text = "・申請書類の受付 2026/10/5～10/9 9:00～16:00 窓口持参\n"
    assert found(text) == [("submission", "2026-10-09", "16:00", "datetime")]
    # the end's month before the start's: the next year
    text = "・申請書類の受付 2026/12/21～1/15\n"
    assert found(text) == [("submission", "2027-01-15", None, "date")]


def test_a_spreadsheet_row_with_the_window_its_weekdays_and_hours_in_cells():
    text = (
        "番号\t内容\t日付\t曜日\t時間\t場所\n"
        "1\t質問票の提出\t2026/9/1\t火\t12:00\t電子メール\n"
        "2\t申請書の提出\t2026/9/14～9/18\t月～金\t10:00～16:00\t福祉課窓口\n"
    )
    assert found(text) == [("question", "2026-09-01", "12:00", "datetime"), ("submission", "2026-09-18", "16:00", "datetime")]


def test_a_remark_dated_with_the_start_of_the_work_is_no_step():
    text = "項目\t時期\t備考\n" "選定結果の通知\t2026年11月中旬\t文書で通知\n" "契約締結\t2027年3月下旬\t令和9年4月1日運用開始\n"
    assert found(text) == [("result", "2026-11-01", None, "mid_month"), ("contract", "2027-03-01", None, "late_month")]
