"""Change notices read closer (round qj): each test a few lines written for its class."""

from tests.extractor_found import found

# --- a superseded time on the same day as its correction -------------------------------------------------


def test_a_crossed_out_time_leaves_the_corrected_time_of_the_same_day():
    text = (
        "件名 〇〇業務委託 入札日程の変更について\n"
        " ・開札  令和8年3月4日(水)10:00 → 令和8年3月11日(水)10:00 に変更。\n"
        "【訂正】\n"
        "   × 開札 3/11(水) 10:00\n"
        "   ○ 開札 3/11(水) 10:30\n"
        " 開札の日時 令和8年3月11日(水)午前10時30分\n"
    )
    assert found(text) == [("other", "2026-03-11", "10:30", "datetime")]


def test_an_old_time_in_a_before_column_leaves_the_new_time_of_the_same_day():
    text = (
        "入札説明会の日時を次のとおり訂正します。\n"
        "訂正前 説明会 令和8年5月20日(水)午前10時\n"
        "訂正後 説明会 令和8年5月20日(水)午後2時\n"
        "会場 本庁舎3階会議室。説明会の日時 令和8年5月20日(水)午後2時\n"
    )
    assert found(text) == [("other", "2026-05-20", "14:00", "datetime")]
