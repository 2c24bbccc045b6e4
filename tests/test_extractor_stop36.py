"""Stop 36's mends by the lead, each with the text of its form (invented)."""

import pytest

from tenders.extractor import extract


def steps(text: str) -> list[tuple[str, str, str | None]]:
    return [(m["kind"], m["date"], m.get("time")) for m in extract(text).as_json()["milestones"]]


@pytest.mark.parametrize(
    "briefing",
    ["A guided tour of the depot", "A venue visit", "A facility tour", "A walk-through of the site", "A clarification meeting"],
)
def test_an_english_briefing_of_any_wording_is_an_event_and_keeps_its_start_time(briefing):
    """EN_EVENT's first characters were guarded by a hand-written list that missed the briefings EN_BRIEFING gained
    later: 「…will be held on Monday, 13 July 2026 from 10:00 to 11:30」 lost its start time (an event's is recorded)."""
    text = (
        "Request for Proposals: Visitor Survey 2026\n\n"
        "Schedule\n"
        f"{briefing} will be held on Monday, 13 July 2026 from 10:00 to 11:30.\n"
        "Proposals must be received no later than 17:00 on Friday, 31 July 2026.\n"
    )
    assert ("other", "2026-07-13", "10:00") in steps(text)
    assert ("submission", "2026-07-31", "17:00") in steps(text)


@pytest.mark.parametrize("venue", ["（会場：旧藤ノ森小学校）", "（会場：旧庁舎3階）", "　旧町役場前集合"])
def test_a_venue_named_for_what_it_was_keeps_its_step(venue):
    """「旧」 read as the key of an old version anywhere in a step's line dropped a visit held at 「旧藤ノ森小学校」 (found
    by review rv14); the key itself still drops its date."""
    schedule = "４　日程\n（１）公告　令和9年5月1日（金）\n（２）現地見学会{}　令和9年5月13日（木）午後2時\n（３）参加申込期限　令和9年5月20日（木）午後5時"
    assert ("other", "2027-05-13", "14:00") in steps(schedule.format(venue))
    change = "参加申込期限\n旧：令和9年5月20日（木）午後5時\n新：令和9年5月27日（木）午後5時"
    assert [step[1] for step in steps(change)] == ["2027-05-27"]


@pytest.mark.parametrize(
    ("hours", "start"),
    [("from 3:00 to 4:00 p.m.", "15:00"), ("from 9:00 to 5:00 p.m.", "09:00"), ("from 13:00 to 16:00", "13:00")],
)
def test_an_english_event_from_an_hour_to_an_afternoon_hour_starts_in_the_afternoon(hours, start):
    """「from 3:00 to 4:00 p.m.」 after an event's date: the p.m. written after the end is the start's too (from 15:00),
    as 「3:00-4:00 p.m.」 already read; a start that would then come after its end stays in the morning (found by round
    ij on a forwarded mail)."""
    text = f"An online Q&A session will be held on Wednesday, April 28, 2027, {hours} (JST)."
    assert steps(text) == [("other", "2027-04-28", start)]
