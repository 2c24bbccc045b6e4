"""Our events are icalendar's text, byte for byte: read back with icalendar and written again, nothing changes.

The feed writes its events directly (calendars/content_lines.py) because icalendar's object model
is too slow for a thousand events; icalendar is the reference here.
"""

import datetime as dt

from django.contrib.auth import get_user_model
from hypothesis import given, settings, strategies as st
from icalendar import Calendar

from calendars import content_lines
from calendars.ical import build_calendar, event_lines
from tenders.models import Milestone, Notice, Profile, Team
from tenders.offsets import Offset
from tenders.text.cleaning import clean_line
from tests.conftest import TOKYO

# Text that tests escaping and folding: the escaped characters, line breaks, long runs of
# three- and four-byte characters, a backslash and a caret where a line may be folded.
PIECES = st.sampled_from(
    ["\\", ";", ",", "\n", "\r\n", "\r", "^", "\\N", "令和８年度", "公募型プロポーザル", "🗓️", "a", " ", '"', ":"]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), min_size=1, max_size=40).map("".join).filter(str.strip)
MOMENTS = st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2030, 12, 31), timezones=st.just(TOKYO))
PRECISIONS = st.sampled_from(["datetime", "date", "early_month", "mid_month", "late_month", "month"])
OFFSETS = st.lists(st.builds(Offset, st.integers(1, 30), st.sampled_from(["days", "business_days", "hours"])), max_size=3)


def unsaved_milestone(label, title, issuer, note, owner_name, precision, moment, done, revision):
    owner = get_user_model()(pk=7, username="owner@example.jp")
    Profile(user=owner, display_name=owner_name)
    notice = Notice(
        pk=41,
        team=Team(pk=1, name="営業一課"),
        owner=owner,
        title=title,
        issuer=issuer,
        updated_at=moment.astimezone(dt.timezone.utc),
    )
    milestone = Milestone(
        pk=99,
        notice=notice,
        kind="submission",
        label=label,
        delivery_note=note,
        ical_sequence=revision,
        updated_at=moment.astimezone(dt.timezone.utc),
        done_at=moment if done else None,
    )
    milestone.set_due(precision, moment.date(), moment.time().replace(second=0, microsecond=0))
    return milestone


@settings(max_examples=200, deadline=None)
@given(
    label=TEXT,
    title=TEXT,
    issuer=st.one_of(st.just(""), TEXT),
    note=st.one_of(st.just(""), TEXT),
    owner_name=TEXT,
    precision=PRECISIONS,
    moment=MOMENTS,
    done=st.booleans(),
    revision=st.integers(0, 10_000),
    offsets=OFFSETS,
)
def test_an_event_read_back_and_written_again_by_icalendar_is_unchanged(
    label, title, issuer, note, owner_name, precision, moment, done, revision, offsets
):
    milestone = unsaved_milestone(label, title, issuer, note, owner_name, precision, moment, done, revision)
    ours = b"BEGIN:VCALENDAR\r\n" + content_lines.join(event_lines(milestone, offsets, alarms=True)) + b"END:VCALENDAR\r\n"
    parsed = Calendar.from_ical(ours)
    assert parsed.to_ical() == ours
    (event,) = parsed.walk("VEVENT")
    assert clean_line(label).replace("\\N", "\n") in str(event["SUMMARY"])  # one line: breaks and control characters as spaces


@given(st.text(min_size=70, max_size=200))
def test_folded_lines_stay_under_75_octets_and_unfold_to_the_line(line):
    folded = content_lines.fold(line)
    parts = folded.split(b"\r\n ")
    assert all(len(part) < 75 for part in parts)
    assert b"".join(parts).decode() == line


def test_durations_as_icalendar_writes_them():
    assert content_lines.duration(-dt.timedelta(days=7)) == "-P7D"
    assert content_lines.duration(-dt.timedelta(hours=3)) == "-PT3H"
    assert content_lines.duration(-dt.timedelta(hours=36)) == "-P1DT12H"


def test_the_whole_feed_is_icalendars_text_too(kuwana):
    kuwana.team.reminder_offsets = ["1d", "3bd"]
    kuwana.team.save()
    body = build_calendar(
        "締切 — 営業一課", kuwana.milestones.select_related("notice__owner__profile", "notice__team"), alarms=True
    )
    assert Calendar.from_ical(body).to_ical() == body
    ours = [m for m in kuwana.milestones.all() if kuwana.team.acts_on(m.kind)]  # the issuer's steps get no mail, so no alarm
    assert body.count(b"BEGIN:VEVENT") == 8 and body.count(b"BEGIN:VALARM") == 2 * len(ours) > 0
    assert b"TRIGGER;VALUE=DATE-TIME:" in body and b"TRIGGER:-P1D" in body
