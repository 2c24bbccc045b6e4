"""Change notices in unusual carriers (round qb): each test a few lines written for its class."""

from tests.extractor_found import found

# --- a page watcher's diff: the removed lines are the old values ---------------------------------------------

DIFF_ALERT = (
    "監視ページの本文に変更がありました。\n"
    "@@ 12行目付近 @@\n"
    "  日程\n"
    "  ・入札公告 令和9年4月6日(火)\n"
    "- ・入札書の提出期限 令和9年4月20日(火)正午\n"
    "+ ・入札書の提出期限 令和9年4月27日(火)正午\n"
    "- ・開札 令和9年4月21日(水)午前10時\n"
    "+ ・開札 令和9年4月28日(水)午前10時\n"
    "\n"
    "以上\n"
)


def test_a_diffs_removed_lines_are_no_milestones():
    expected = [
        ("published", "2027-04-06", None, "date"),
        ("submission", "2027-04-27", "12:00", "datetime"),
        ("other", "2027-04-28", "10:00", "datetime"),
    ]
    assert found(DIFF_ALERT) == expected
