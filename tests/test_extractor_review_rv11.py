"""Review rv11 of rounds hq and hr: each test a few invented lines for a fault the review found."""

from tests.extractor_found import found

HEAD = (
    "市民体育館清掃業務委託 一般競争入札の日程変更について\n"
    "令和9年5月10日付けで公告した標記の入札について、次のとおり日程を変更します。\n"
    "\n"
)


# --- the old schedule a change notice quotes ends at the next heading, a blank line or none between ----------------


def test_the_new_schedule_right_under_the_old_ones_table_gives_the_steps():
    text = HEAD + (
        "３　変更前の日程\n"
        "| 項目 | 日程 |\n"
        "| 入札書の受付期限 | 令和9年5月28日（金）午後5時 |\n"
        "| 開札日時 | 令和9年6月1日（火）午前10時 |\n"
        "４　変更後の日程\n"
        "| 項目 | 日程 |\n"
        "| 入札書の受付期限 | 令和9年6月11日（金）午後5時 |\n"
        "| 開札日時 | 令和9年6月15日（火）午前10時 |\n"
    )
    assert found(text) == [
        ("submission", "2027-06-11", "17:00", "datetime"),
        ("other", "2027-06-15", "10:00", "datetime"),
    ]


def test_the_next_section_of_the_old_schedules_number_style_is_no_old_item():
    text = HEAD + (
        "３　当初の日程\n"
        "　（１）入札書の受付期限　令和9年5月28日（金）午後5時\n"
        "　（２）開札日時　令和9年6月1日（火）午前10時\n"
        "４　変更内容\n"
        "　（１）開札日時　令和9年6月15日（火）午前10時\n"
    )
    assert found(text) == [("other", "2027-06-15", "10:00", "datetime")]


def test_the_new_schedules_bracketed_heading_right_under_the_old_table_ends_it():
    text = HEAD + (
        "【変更前のスケジュール】\n"
        "| 項目 | 日程 |\n"
        "| 入札書の受付期限 | 令和9年5月28日（金）午後5時 |\n"
        "【変更後のスケジュール】\n"
        "| 項目 | 日程 |\n"
        "| 入札書の受付期限 | 令和9年6月11日（金）午後5時 |\n"
    )
    assert found(text) == [("submission", "2027-06-11", "17:00", "datetime")]


# --- an export's preamble over a sheet's header: a step's own day above it is no export's data -----------------------


def test_a_steps_day_above_a_sheets_header_is_read_not_left_out_as_a_preamble():
    text = (
        "入札予定\n"
        "契約締結日,2027/7/1\n"
        "No,案件名,公告日,質問締切,提出期限,開札日,担当課,備考\n"
        "1,庁舎清掃業務,2027/6/1,2027/6/8,2027/6/15,2027/6/20,総務課,なし\n"
    )
    assert ("contract", "2027-07-01", None, "date") in found(text)


# --- a period from the signing in a sheet's row: not where the start's column names the steps ------------------------


def test_the_contracts_own_day_under_a_phase_named_for_a_period_is_a_step():
    text = (
        "庁舎清掃業務委託 公募型プロポーザルの実施について\n"
        "標記業務の受託者を公募型プロポーザルにより選定します。\n"
        "\n"
        "| 区分 | 手続 | 予定日 |\n"
        "|---|---|---|\n"
        "| 公募期間 | 参加申込締切 | 2027/1/20 |\n"
        "| 契約期間 | 契約締結日 | 2027/3/19 |\n"
    )
    assert found(text) == [("application", "2027-01-20", None, "date"), ("contract", "2027-03-19", None, "date")]
