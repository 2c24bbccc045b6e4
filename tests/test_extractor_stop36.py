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
