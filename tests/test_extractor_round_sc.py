"""Issuers' change notices and calls as tools and people hand them over (round sc): each test a few lines written for
its class."""

from tests.extractor_found import found, one_line

# --- a table of the old and the new schedule, each column named with what it holds --------------------------


CHANGE_TABLE = (
    "【日程変更】市民プール指定管理者募集　日程の変更について\n"
    "令和9年5月5日\n"
    "市民プール指定管理者募集について、次のとおり日程を変更します。\n"
    "項目\t当初の予定\t変更後の予定\n"
    "現地説明会\t5月12日（水）午前10時\t5月26日（水）午前10時\n"
    "施設見学\t〃（説明会終了後）\t〃（説明会終了後）\n"
    "提案書の提出期限\t6月4日（金）午後5時\t6月18日（金）午後5時\n"
)


def test_a_column_of_the_old_dates_named_with_what_it_holds_is_the_old_version():
    assert found(CHANGE_TABLE) == [
        ("other", "2027-05-26", "10:00", "datetime"),
        ("other", "2027-05-26", None, "date"),
        ("submission", "2027-06-18", "17:00", "datetime"),
    ]


def test_a_ditto_after_another_step_ends_keeps_the_day_not_the_hour():
    assert ("other", "2027-05-26", None, "date") in found(CHANGE_TABLE)
    assert ("other", "2027-05-26", None, "date") in found(one_line(CHANGE_TABLE))
