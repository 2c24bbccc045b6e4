"""The extractor read again (round rf): words and patterns written once and shared, the development output the same.
What the shared spellings read where the copies they replace did not: 正午 in an hour changed alone on its day (the
Japanese clock, CLOCK), 「Thur」 as an English weekday (EN_WEEKDAY), an English half of the day after a clock's figures
(CLOCK, where a special case added the 「pm」 of a step's bracket)."""

import pytest

from tenders.extractor.dates import changed_dates_removed
from tenders.extractor.normalize import FIRM_SELF_WORDS, FIRM_WORDS, TEAM_WORDS, words_pattern
from tests.extractor_found import found

HEAD = "令和8年7月1日\n汐見市告示第12号\n汐見市観光案内業務委託 公募型プロポーザル実施公告\n１ 日程\n"
SUBMISSION = ("submission", "2026-09-10", "17:00", "datetime")


@pytest.mark.parametrize(
    ("changed", "time"),
    [("午後5時→正午", "12:00"), ("正午 → 午後5時", "17:00"), ("午後3時→午後5時", "17:00"), ("15:00 ⇒ 16:30", "16:30")],
)
def test_an_hour_changed_alone_on_its_day_gives_the_new_hour_noon_too(changed, time):
    text = HEAD + f"(1) 質問の受付期限 令和8年8月27日(木) {changed}\n(2) 企画提案書の提出期限 令和8年9月10日(木) 午後5時\n"
    assert found(text) == [("question", "2026-08-27", time, "datetime"), SUBMISSION]


def test_an_english_old_hour_before_the_arrow_goes_with_its_half_of_the_day():
    assert changed_dates_removed("説明会 8月27日 3:00 pm → 5:00 pm").split() == ["説明会", "8月27日", "5:00", "pm"]


@pytest.mark.parametrize("weekday", ["Thur", "Thur.", "Thurs", "Thursday", "Thu"])
def test_an_english_date_with_its_weekday_short_or_whole_keeps_its_year_and_time(weekday):
    text = (
        "City of Shiomi - Request for Proposals\nSchedule\n"
        f"1. Deadline for questions: June 3 ({weekday}), 2027, 5:00 p.m.\n"
        "2. Submission of proposals: June 17 (Thu), 2027, 5:00 p.m.\n"
    )
    assert [(date, time) for _, date, time, _ in found(text)] == [("2027-06-03", "17:00"), ("2027-06-17", "17:00")]


@pytest.mark.parametrize(
    ("step", "kind", "time"),
    [
        ("入札書の提出期限（5:00 pm JST、郵送）", "submission", "17:00"),
        ("入札書の提出期限（郵送、5:00 p.m.）", "submission", "17:00"),
        ("開札（10:30 am、市役所3階 入札室）", "other", "10:30"),
    ],
)
def test_an_english_half_of_the_day_after_a_steps_bracketed_hour_is_kept(step, kind, time):
    text = HEAD + f"(1) {step}　令和8年9月10日(木)\n"
    assert found(text) == [(kind, "2026-09-10", time, "datetime")]


def test_the_firms_words_and_the_teams_are_each_written_once():
    assert set(FIRM_WORDS) == {"社内", *FIRM_SELF_WORDS} and "当社" in FIRM_SELF_WORDS
    assert words_pattern(("社内", *TEAM_WORDS), leaving=("庁内",)) == "社内|チーム内|部内|課内"


@pytest.mark.parametrize(
    ("line", "team"),
    [
        ("→※弊社締切は令和8年9月3日(木)正午です", True),  # the forwarder's note: its own deadline
        ("→ 社内：令和8年9月3日(木)に押印申請", True),
        ("→当社にて審査のうえ、令和8年9月3日(木)までに結果を通知します", False),  # an issuing company's own flow
    ],
)
def test_a_line_the_firm_wrote_into_the_call_it_forwards_dates_no_step(line, team):
    text = HEAD + "(1) 企画提案書の提出期限 令和8年9月10日(木) 午後5時\n" + line + "\n"
    steps = found(text)
    assert SUBMISSION in steps
    assert (("result", "2026-09-03", None, "date") in steps) is not team and len(steps) == (1 if team else 2)
