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


# --- a change notice's old schedule under its own heading, given for reference -----------------------------


def test_the_schedule_as_first_set_is_no_milestone():
    text = (
        "○○センター改修設計業務 公募型プロポーザルの日程変更について\n"
        "【変更後の日程】\n"
        "・参加表明書の提出 令和9年9月3日(金)午後5時まで\n"
        "・提案書の提出 令和9年9月24日(金)正午まで\n"
        "【当初の日程(参考)】\n"
        " 参加表明書の提出は8月27日(金)まで、提案書の提出は9月17日(金)までとしていました。\n"
    )
    assert found(text) == [
        ("application", "2027-09-03", "17:00", "datetime"),
        ("submission", "2027-09-24", "12:00", "datetime"),
    ]
    text = text.replace("当初の日程", "変更前の日程")
    assert found(text)[-1] == ("submission", "2027-09-24", "12:00", "datetime")
    assert len(found(text)) == 2


# --- those who acted on or before a day: no step ----------------------------------------------------------


def test_those_who_acted_on_or_before_a_day_are_no_step():
    text = (
        "・参加申込書の提出期限 令和9年5月14日(金)午後5時\n"
        "既に提出された方へ\n"
        "4月30日以前に参加申込書を提出された方は、再提出の必要はありません。\n"
    )
    assert found(text) == [("application", "2027-05-14", "17:00", "datetime")]


# --- a system's record: a step's rough time as an object of a month and a part of it ------------------------


def test_a_records_rough_month_and_part_is_its_period():
    text = (
        "{\n"
        '  "schedule": [\n'
        "    {\n"
        '      "step": "企画提案書の提出",\n'
        '      "end": "2027-06-18T17:00:00+09:00",\n'
        '      "approx": null\n'
        "    },\n"
        "    {\n"
        '      "step": "契約締結",\n'
        '      "end": null,\n'
        '      "approx": {\n'
        '        "month": "2027-07",\n'
        '        "part": "下旬"\n'
        "      },\n"
        '      "remarks": "予定"\n'
        "    }\n"
        "  ]\n"
        "}\n"
    )
    assert found(text) == [
        ("submission", "2027-06-18", "17:00", "datetime"),
        ("contract", "2027-07-01", None, "late_month"),
    ]
