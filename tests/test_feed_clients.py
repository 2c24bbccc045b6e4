"""Feeds as calendar clients read them (issue 18, points 3 and 14–18; issue 20, points 3 and 5).

Read back with vobject and icalendar (independent parsers), through the feed URL as a client polls it.
"""

import datetime as dt
import gzip

import pytest
import time_machine
import vobject
from django.urls import reverse
from icalendar import Calendar

from calendars.models import Feed
from tenders.models import Membership
from tenders.services import milestone_reschedule
from tests.conftest import TOKYO, tokyo
from tests.test_feeds import address, events_by_label, fetch
from tests.web_helpers import simple_notice

UTC = dt.timezone.utc


@pytest.fixture(autouse=True)
def spring_2026():
    with time_machine.travel(tokyo(2026, 4, 1, 9, 0), tick=True):
        yield


def team_feed(notice):
    return Feed.objects.for_team(notice.team)


# --- 18.14: read-only --------------------------------------------------------


@pytest.mark.parametrize("method", ["put", "post", "delete", "patch", "options"])
def test_a_feed_answers_only_get_and_head(client, kuwana, method):
    feed = team_feed(kuwana)
    before = fetch(client, feed).content
    for path in (address(feed).path, reverse("calendars:feed", kwargs={"key": "x" * 43})):
        response = getattr(client, method)(path, data="BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", content_type="text/calendar")
        assert response.status_code == 405
        assert response["Allow"] == "GET, HEAD"
    assert fetch(client, feed).content == before  # nothing written back
    head = client.head(address(feed).path)
    assert head.status_code == 200 and head["ETag"]


# --- 18.15: UIDs name the installation ---------------------------------------


def test_uids_carry_the_host_of_site_url(client, kuwana, settings):
    settings.SITE_HOST = "staging.shimekiri.example.jp"
    calendar = vobject.readOne(fetch(client, team_feed(kuwana)).content.decode())
    uids = {event.uid.value for event in calendar.vevent_list}
    assert uids == {f"milestone-{pk}@staging.shimekiri.example.jp" for pk in kuwana.milestones.values_list("pk", flat=True)}


# --- 18.16: caching headers --------------------------------------------------


def test_last_modified_is_at_least_the_start_of_the_day_in_tokyo(client, kuwana):
    """The first day shown moves at midnight (the server's zone), so Last-Modified moves with it."""
    feed = team_feed(kuwana)  # made on 4/1, nothing changed since
    with time_machine.travel(tokyo(2026, 4, 14, 8, 0), tick=False):
        response = fetch(client, feed)
    assert response["Last-Modified"] == "Mon, 13 Apr 2026 15:00:00 GMT"  # 4/14 00:00 in Tokyo


def test_switching_alarms_moves_last_modified(client, kuwana):
    feed = team_feed(kuwana)
    with time_machine.travel(tokyo(2026, 4, 1, 10, 0), tick=False):
        first = fetch(client, feed)
    with time_machine.travel(tokyo(2026, 4, 1, 12, 0), tick=False):
        feed.include_alarms = True
        feed.save()
        again = fetch(client, feed, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 200 and b"BEGIN:VALARM" in again.content  # not a stale 304
    assert again["Last-Modified"] != first["Last-Modified"]
    assert fetch(client, feed, HTTP_IF_MODIFIED_SINCE=again["Last-Modified"]).status_code == 304


@pytest.mark.parametrize("encoding", ["", "gzip"])
def test_a_304_carries_the_headers_of_the_200(client, kuwana, encoding):
    feed = team_feed(kuwana)
    full = fetch(client, feed, HTTP_ACCEPT_ENCODING=encoding)
    for condition in ({"HTTP_IF_NONE_MATCH": full["ETag"]}, {"HTTP_IF_MODIFIED_SINCE": full["Last-Modified"]}):
        short = fetch(client, feed, HTTP_ACCEPT_ENCODING=encoding, **condition)
        assert short.status_code == 304
        for header in ("ETag", "Cache-Control", "Vary", "Last-Modified"):
            assert short[header] == full[header], header


@pytest.mark.parametrize(
    "accept,zipped",
    [
        ("gzip", True),
        ("GZIP", True),
        ("gzip;q=0.5, identity", True),
        ("br, *", True),
        ("x-gzip", True),
        ("gzip;q=0", False),
        ("gzip; q=0.0, identity", False),
        ("*;q=0", False),
        ("identity", False),
        ("br", False),
        ("*, gzip;q=0", False),
    ],
)
def test_gzip_only_when_the_client_accepts_it(client, kuwana, accept, zipped):
    response = fetch(client, team_feed(kuwana), HTTP_ACCEPT_ENCODING=accept)
    assert response.has_header("Content-Encoding") is zipped
    body = gzip.decompress(response.content) if zipped else response.content
    assert body.startswith(b"BEGIN:VCALENDAR")


# --- 18.17: what changed, and the one-off download -----------------------------


def test_a_date_change_shows_its_reason_and_the_earlier_date(client, kuwana, owner):
    milestone = kuwana.milestones.get(label="質問の受付期限")
    change = milestone_reschedule(
        milestone=milestone,
        precision="datetime",
        day=dt.date(2026, 4, 20),
        time=dt.time(12),
        by=owner,
        reason="訂正公告第2号による延長",
    )
    _, events = events_by_label(fetch(client, team_feed(kuwana)).content)
    description = events["質問の受付期限"].description.value
    assert "訂正公告第2号による延長" in description
    assert f"変更前 {change.old_display()}" in description and "2026年4月15日（水）16:30" in description
    assert "変更前" not in events["質問の回答"].description.value


def test_the_notice_download_is_not_a_subscription(client, kuwana, owner):
    client.force_login(owner)
    body = client.get(reverse("calendars:notice_calendar", args=[kuwana.pk])).content
    calendar = Calendar.from_ical(body)
    for name in ("REFRESH-INTERVAL", "X-PUBLISHED-TTL", "X-WR-CALNAME", "NAME"):
        assert name not in calendar
    assert len(calendar.walk("VEVENT")) == 8


# --- 18.18: size, categories, Outlook ------------------------------------------


def test_milestones_long_past_leave_the_feed(client, team, owner, settings):
    settings.FEED_PAST_DAYS = 90
    simple_notice(
        team,
        owner,
        "過去の案件",
        ("submission", "古い提出期限", "date", dt.date(2026, 6, 2), None),
        ("submission", "新しい提出期限", "date", dt.date(2026, 6, 10), None),
    )
    feed = Feed.objects.for_team(team)
    with time_machine.travel(tokyo(2026, 9, 1, 8, 0), tick=False):  # 90 days back: 6/3
        first = fetch(client, feed)
        _, events = events_by_label(first.content)
    assert set(events) == {"新しい提出期限"}
    with time_machine.travel(tokyo(2026, 9, 9, 8, 0), tick=False):  # 90 days back: 6/11, nothing else changed
        assert fetch(client, feed, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200
        later = fetch(client, feed, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert later.status_code == 200 and b"BEGIN:VEVENT" not in later.content


def test_categories_carry_the_kind_and_outlook_sees_tentative_dates(client, kuwana):
    _, events = events_by_label(fetch(client, team_feed(kuwana)).content)
    assert events["質問の受付期限"].categories.value == ["質問期限"]
    assert events["契約の締結"].categories.value == ["契約"]
    busy = {label: event.x_microsoft_cdo_busystatus.value for label, event in events.items()}
    assert busy["契約の締結"] == "TENTATIVE"  # 5月下旬
    assert busy["質問の受付期限"] == "BUSY"  # 16:30
    assert busy["質問の回答"] == "FREE"  # a whole day, transparent


# --- 20.3: no control characters in event text ---------------------------------


def test_control_characters_never_reach_the_event_text(client, team, owner):
    team.name = "営業\u2028一課"
    team.save()
    label = "質問\x0b期限\x1cBEGIN:VEVENT\x85UID:forged\u2028SUMMARY:偽\u2029終"
    simple_notice(team, owner, "案件\u2028名", ("question", label, "date", dt.date(2026, 4, 20), None))
    body = fetch(client, Feed.objects.for_team(team)).content
    text = body.decode()
    for character in "\x0b\x1c\x85\u2028\u2029":
        assert character not in text
    unfolded = text.replace("\r\n ", "")
    assert unfolded.splitlines().count("BEGIN:VEVENT") == 1  # a reader splitting on any line break sees no forged event
    event = vobject.readOne(text).vevent
    assert event.summary.value == "[質問] 質問 期限 BEGIN:VEVENT UID:forged SUMMARY:偽 終 — 案件 名"
    assert vobject.readOne(text).x_wr_calname.value == "締切 — 営業 一課"


# --- 18.3: alarms ring when the mail is sent --------------------------------------


def alarm_moments(event) -> list[dt.datetime]:
    """Each alarm's moment: an absolute trigger as it is, a duration from the start (RFC 5545 3.8.6.3)."""
    start = event.decoded("DTSTART")
    if not isinstance(start, dt.datetime):
        start = dt.datetime.combine(start, dt.time(0), tzinfo=TOKYO)  # floating: a Tokyo reader
    moments = []
    for alarm in event.walk("VALARM"):
        trigger = alarm.decoded("TRIGGER")
        moments.append(trigger if isinstance(trigger, dt.datetime) else start + trigger)
    return sorted(moment.astimezone(UTC) for moment in moments)


def test_alarms_ring_at_the_moments_the_mail_is_sent(client, kuwana):
    kuwana.team.reminder_offsets = ["3bd", "1d", "3h"]
    kuwana.team.deadline_time = dt.time(17, 0)
    kuwana.team.save()
    simple_notice(
        kuwana.team,
        kuwana.owner,
        "年明けの案件",
        ("submission", "提出期限", "datetime", dt.date(2027, 1, 4), dt.time(10)),
        ("application", "書類の提出", "date", dt.date(2026, 4, 17), None),
        ("hearing", "プレゼン", "late_month", dt.date(2026, 5, 1), None),
    )
    feed = team_feed(kuwana)
    feed.include_alarms = True
    feed.save()
    events = {
        str(e["SUMMARY"]).split("] ", 1)[1].split(" — ")[0]: e
        for e in Calendar.from_ical(fetch(client, feed).content).walk("VEVENT")
    }
    # 4/15 (Wed) 16:30: three business days back is Friday 4/10 at the same time.
    assert alarm_moments(events["質問の受付期限"]) == [
        t.astimezone(UTC) for t in (tokyo(2026, 4, 10, 16, 30), tokyo(2026, 4, 14, 16, 30), tokyo(2026, 4, 15, 13, 30))
    ]
    # 4/17 (Fri), a date without a time: due at the team's 17:00, not at midnight.
    assert alarm_moments(events["書類の提出"]) == [
        t.astimezone(UTC) for t in (tokyo(2026, 4, 14, 17, 0), tokyo(2026, 4, 16, 17, 0), tokyo(2026, 4, 17, 14, 0))
    ]
    # 5月下旬: one "confirm the date" mail on the window's first business day (5/21, Thu) at 09:00.
    assert alarm_moments(events["プレゼン"]) == [tokyo(2026, 5, 21, 9, 0).astimezone(UTC)]
    # The issuer's steps (質問の回答, 契約の締結) get no reminder mail, so no alarm.
    assert alarm_moments(events["質問の回答"]) == alarm_moments(events["契約の締結"]) == []
    # 2027/1/4 10:00: 12/29–1/3 and the weekend are not business days, so 3bd is 12/24, as the mail.
    assert alarm_moments(events["提出期限"])[0] == tokyo(2026, 12, 24, 10, 0).astimezone(UTC)


def test_alarms_follow_each_notices_team_in_a_personal_feed(client, kuwana, owner, other_team):
    from tenders.services import team_join

    other_team.reminder_offsets = ["2d"]
    other_team.deadline_time = dt.time(12, 0)
    other_team.save()
    team_join(team=other_team, user=owner)
    simple_notice(other_team, owner, "二課の案件", ("submission", "二課の提出期限", "date", dt.date(2026, 4, 22), None))
    feed = Feed.objects.for_person(owner)
    feed.include_alarms = True
    feed.save()
    events = {
        str(e["SUMMARY"]).split("] ", 1)[1].split(" — ")[0]: e
        for e in Calendar.from_ical(fetch(client, feed).content).walk("VEVENT")
    }
    assert alarm_moments(events["二課の提出期限"]) == [tokyo(2026, 4, 20, 12, 0).astimezone(UTC)]
    assert len(alarm_moments(events["質問の受付期限"])) == len(kuwana.team.offsets())


# --- 20.5: access ends with membership -----------------------------------------------


def test_a_member_removed_from_the_team_can_no_longer_read_its_feed(client, kuwana, owner, teammate):
    feed = team_feed(kuwana)
    theirs, the_leads = feed.address_for(teammate), feed.address_for(owner)
    assert theirs.key != the_leads.key
    assert client.get(theirs.path).status_code == 200
    client.force_login(owner)
    membership = Membership.objects.get(team=kuwana.team, user=teammate)
    client.post(reverse("tenders:member_update", args=[kuwana.team.pk, membership.pk]), {"remove": "1"})
    client.logout()
    assert client.get(theirs.path).status_code == 404  # the URL they copied
    assert fetch(client, the_leads).status_code == 200  # the others' keep working
    assert feed.address_for(teammate) is None


def test_a_deactivated_persons_feeds_answer_404(client, kuwana, teammate):
    kuwana.assignees.add(teammate)
    personal, team = Feed.objects.for_person(teammate), team_feed(kuwana).address_for(teammate)
    assert client.get(personal.path).status_code == 200 and client.get(team.path).status_code == 200
    teammate.is_active = False
    teammate.save()
    assert client.get(personal.path).status_code == 404
    assert client.get(team.path).status_code == 404


def test_after_two_date_changes_the_event_tells_of_the_latest(client, kuwana, owner):
    milestone = kuwana.milestones.get(label="質問の受付期限")
    with time_machine.travel(tokyo(2026, 4, 1, 9), tick=False):
        milestone_reschedule(
            milestone=milestone, precision="datetime", day=dt.date(2026, 4, 20), time=dt.time(12), by=owner, reason="第1回の延長"
        )
    with time_machine.travel(tokyo(2026, 4, 2, 9), tick=False):
        milestone.refresh_from_db()
        milestone_reschedule(
            milestone=milestone, precision="datetime", day=dt.date(2026, 4, 24), time=dt.time(17), by=owner, reason="第2回の延長"
        )
    _, events = events_by_label(fetch(client, team_feed(kuwana)).content)
    description = events["質問の受付期限"].description.value
    assert "第2回の延長" in description and "第1回の延長" not in description
    assert "変更前 2026年4月20日（月）12:00" in description
