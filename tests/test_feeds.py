"""Calendar feeds, read back with vobject (an independent parser) and icalendar."""

import datetime as dt
import gzip
import re
from io import StringIO

import pytest
import time_machine
import vobject
from django.core.management import call_command
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from icalendar import Calendar

from calendars.models import Feed
from tenders.interchange import read_json_file
from tenders.models import Membership, Notice
from tenders.proposal import MilestoneProposal, NoticeProposal
from tenders.services import (
    MilestoneEdit,
    milestone_mark_done,
    milestone_reschedule,
    milestone_update,
    notice_create,
    notice_set_status,
    notice_update,
    profile_update,
    team_update,
)
from tests.conftest import SAMPLES, TOKYO, tokyo


@pytest.fixture(autouse=True)
def spring_2026():
    """The sample notices' spring: their milestones are recent, not past the feeds' window."""
    with time_machine.travel(tokyo(2026, 4, 1, 9, 0), tick=True):
        yield


@pytest.fixture
def okinawa(team, owner):
    (proposal,) = read_json_file(SAMPLES / "004_9549a5c2176a0164.json")
    return notice_create(team=team, owner=owner, proposal=proposal)


@pytest.fixture
def foreign(other_team, outsider):
    proposal = NoticeProposal(
        title="他チームの秘密案件",
        issuer="某県",
        milestones=(MilestoneProposal(kind="question", label="質問期限", date=dt.date(2026, 4, 20), precision="date"),),
    )
    return notice_create(team=other_team, owner=outsider, proposal=proposal)


def address(feed):
    """A URL the feed is read through: a team feed's, its first member's own (see Feed.address_for)."""
    if isinstance(feed, Feed) and feed.kind == Feed.Kind.TEAM:
        return feed.address_for(feed.team.memberships.order_by("pk").first().user)
    return feed


def fetch(client, feed, method="get", **headers):
    """The feed's response, its body read (a kept feed is sent as a file, in chunks)."""
    response = getattr(client, method)(address(feed).path, **headers)
    if not response.streaming:
        return response
    read = HttpResponse(b"".join(response.streaming_content), status=response.status_code)  # the client closes it
    read.headers = response.headers
    return read


def events_by_label(body: bytes):
    calendar = vobject.readOne(body.decode("utf-8"))
    return calendar, {e.summary.value.split("] ", 1)[1].split(" — ")[0]: e for e in calendar.vevent_list}


def test_team_feed_headers_and_calendar_properties(client, kuwana):
    feed = Feed.objects.for_team(kuwana.team)
    response = fetch(client, feed)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["ETag"] and response["Last-Modified"]
    body = response.content
    for line in [
        b"PRODID:-//Shimekiri//",
        b"VERSION:2.0",
        b"CALSCALE:GREGORIAN",
        b"METHOD:PUBLISH",
        b"X-WR-TIMEZONE:Asia/Tokyo",
        b"X-PUBLISHED-TTL:PT1H",
        b"REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        b"BEGIN:VTIMEZONE",
        b"TZID:Asia/Tokyo",
    ]:
        assert line in body
    calendar, events = events_by_label(body)
    assert calendar.x_wr_calname.value == "締切 — 営業一課"
    assert len(events) == 8


def test_times_all_day_and_fuzzy_spans(client, kuwana, okinawa, settings):
    settings.FEED_PAST_DAYS = 3650  # okinawa's 2024 milestones stay
    body = fetch(client, Feed.objects.for_team(kuwana.team)).content
    assert b"DTSTART;TZID=Asia/Tokyo:20260415T163000\r\n" in body
    assert b"DTSTART;VALUE=DATE:20260417\r\n" in body and b"DTEND;VALUE=DATE:20260418\r\n" in body
    calendar, events = events_by_label(body)
    question = events["質問の受付期限"]
    assert question.dtstart.value == dt.datetime(2026, 4, 15, 16, 30, tzinfo=question.dtstart.value.tzinfo)
    assert question.dtstart.value.astimezone(dt.timezone.utc) == dt.datetime(2026, 4, 15, 7, 30, tzinfo=dt.timezone.utc)
    assert question.dtend.value - question.dtstart.value == dt.timedelta(minutes=30)
    answer = events["質問の回答"]  # date only: all day, exclusive end the next day
    assert answer.dtstart.value == dt.date(2026, 4, 17) and not isinstance(answer.dtstart.value, dt.datetime)
    assert answer.dtend.value == dt.date(2026, 4, 18)
    contract = events["契約の締結"]  # 5月下旬: the 21st to the end of May, tentative, free
    assert (contract.dtstart.value, contract.dtend.value) == (dt.date(2026, 5, 21), dt.date(2026, 6, 1))
    assert contract.status.value == "TENTATIVE" and contract.transp.value == "TRANSPARENT"
    assert "5月下旬" in contract.summary.value
    early = events["契約"]  # 沖縄: 6月上旬 → days 1-10
    assert (early.dtstart.value, early.dtend.value) == (dt.date(2024, 6, 1), dt.date(2024, 6, 11))
    description = question.description.value
    assert "メール" in description and "山田 一郎" in description and "https://shimekiri.test/notices/" in description
    assert "案件の状況: 検討中" in description
    assert question.url.value.startswith("https://shimekiri.test/notices/")


def test_icalendar_reads_the_same_times(client, kuwana):
    parsed = Calendar.from_ical(fetch(client, Feed.objects.for_team(kuwana.team)).content)
    starts = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in parsed.walk("VEVENT")}
    timed = next(v for k, v in starts.items() if "参加申込書等の提出期限" in k)
    assert timed == dt.datetime(2026, 4, 24, 16, 30, tzinfo=TOKYO)


def test_uids_are_stable_and_sequence_grows_after_a_date_change(client, kuwana, owner):
    feed = Feed.objects.for_team(kuwana.team)
    _, before = events_by_label(fetch(client, feed).content)
    _, again = events_by_label(fetch(client, feed).content)
    assert {k: e.uid.value for k, e in before.items()} == {k: e.uid.value for k, e in again.items()}
    assert {k: e.dtstamp.value for k, e in before.items()} == {k: e.dtstamp.value for k, e in again.items()}
    milestone = kuwana.milestones.get(label="質問の受付期限")
    milestone_reschedule(
        milestone=milestone, precision="datetime", day=dt.date(2026, 4, 16), time=dt.time(12), by=owner, reason="訂正"
    )
    _, after = events_by_label(fetch(client, feed).content)
    moved = after["質問の受付期限"]
    assert moved.uid.value == before["質問の受付期限"].uid.value == f"milestone-{milestone.pk}@shimekiri.test"  # SITE_URL's host
    assert int(moved.sequence.value) > int(before["質問の受付期限"].sequence.value)
    assert moved.dtstart.value == dt.datetime(2026, 4, 16, 12, 0, tzinfo=moved.dtstart.value.tzinfo)
    assert int(after["質問の回答"].sequence.value) == int(before["質問の回答"].sequence.value)


def test_done_stays_marked_and_closed_notices_drop_out(client, kuwana, okinawa, owner):
    feed = Feed.objects.for_team(kuwana.team)
    milestone_mark_done(milestone=kuwana.milestones.get(label="公募開始"), by=owner)
    notice_set_status(notice=okinawa, status=Notice.Status.NO_GO)
    calendar, events = events_by_label(fetch(client, feed).content)
    assert events["公募開始"].summary.value.startswith("✔ ")
    assert "質問受付期限" not in events and len(events) == 8


def test_escaping_and_no_header_injection(client, team, owner):
    title = "A, B; C\nD\r\nBEGIN:VEVENT\r\nSUMMARY:injected"
    notice_create(
        team=team,
        owner=owner,
        proposal=NoticeProposal(
            title="案件, その1; 改訂",
            milestones=(MilestoneProposal(kind="other", label=title, date=dt.date(2026, 4, 20), precision="date"),),
        ),
    )
    body = fetch(client, Feed.objects.for_team(team)).content
    lines = body.split(b"\r\n")
    assert b"SUMMARY:injected" not in lines
    assert lines.count(b"BEGIN:VEVENT") == 1
    event = vobject.readOne(body.decode()).vevent
    assert event.summary.value == "[予定] A, B; C D BEGIN:VEVENT SUMMARY:injected — 案件, その1; 改訂"  # one line
    assert b"\\, " in body and b"\\;" in body


def test_team_feed_never_contains_another_teams_notice(client, kuwana, foreign):
    body = fetch(client, Feed.objects.for_team(kuwana.team)).content.decode()
    assert "他チームの秘密案件" not in body
    assert "他チームの秘密案件" in fetch(client, Feed.objects.for_team(foreign.team)).content.decode()


def test_personal_feed_follows_current_membership(client, kuwana, teammate):
    kuwana.assignees.add(teammate)
    feed = Feed.objects.for_person(teammate)
    assert b"BEGIN:VEVENT" in fetch(client, feed).content
    Membership.objects.filter(user=teammate).delete()
    assert b"BEGIN:VEVENT" not in fetch(client, feed).content


def test_conditional_get_answers_304_until_something_changes(client, kuwana, owner, django_assert_max_num_queries):
    feed = address(Feed.objects.for_team(kuwana.team))
    first = fetch(client, feed)
    with django_assert_max_num_queries(1):  # one lookup: the member's key, its feed and the team's revision; nothing is built
        second = fetch(client, feed, HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 304 and second.content == b""
    assert fetch(client, feed, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    milestone_mark_done(milestone=kuwana.milestones.first(), by=owner)
    third = fetch(client, feed, HTTP_IF_NONE_MATCH=first["ETag"])
    assert third.status_code == 200 and third["ETag"] != first["ETag"]


def test_building_a_feed_reads_the_same_few_queries_however_many_notices(client, kuwana, okinawa, team, owner):
    """Each event shows its notice, owner and status, but nothing is read per event or per notice."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from calendars import bodies

    feed = address(Feed.objects.for_team(team))

    def queries_to_build():
        bodies.clear()
        with CaptureQueriesContext(connection) as queries:
            body = fetch(client, feed).content
        return len(queries), body.count(b"BEGIN:VEVENT")

    two_notices = queries_to_build()
    for number in range(3):
        notice_create(
            team=team,
            owner=owner,
            proposal=NoticeProposal(
                title=f"追加案件{number}",
                issuer="某市",
                milestones=(
                    MilestoneProposal(
                        kind="submission", label="提出期限", date=dt.date(2026, 5, 1), time=dt.time(16), precision="datetime"
                    ),
                    MilestoneProposal(kind="result", label="結果通知", date=dt.date(2026, 5, 1), precision="late_month"),
                ),
            ),
        )
    five_notices = queries_to_build()
    assert five_notices[1] == two_notices[1] + 6
    assert five_notices[0] == two_notices[0]


def test_feeds_are_answered_before_the_page_middleware(client, kuwana):
    """Calendar apps poll all day: no session, language or CSRF work (nor cookies) for a feed; still the security headers."""
    from calendars.middleware import FEED_PATH

    feed = Feed.objects.for_team(kuwana.team)
    assert FEED_PATH.fullmatch(address(feed).path)["key"] == address(feed).key
    assert FEED_PATH.fullmatch(reverse("calendars:feed", kwargs={"key": "a-b_c"}))["key"] == "a-b_c"
    response = fetch(client, feed, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200 and not response.cookies
    assert "Cookie" not in response.get("Vary", "") and "Content-Language" not in response
    assert response["X-Content-Type-Options"] == "nosniff"
    missing = client.get(reverse("calendars:feed", kwargs={"key": "x" * 43}))
    assert missing.status_code == 404 and missing["Content-Type"].startswith("text/plain")
    assert client.get(address(feed).path, HTTP_HOST="evil.example").status_code == 400  # ALLOWED_HOSTS still holds
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en").has_header("Content-Language")  # pages still go through it


def test_gzip_when_asked(client, kuwana):
    response = fetch(client, Feed.objects.for_team(kuwana.team), HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content).startswith(b"BEGIN:VCALENDAR")


def test_unknown_and_rotated_tokens_answer_404(client, kuwana):
    feed = Feed.objects.for_team(kuwana.team)
    assert len(address(feed).key) >= 43  # 256 bits, url-safe base64
    old_path = address(feed).path
    assert client.get(old_path).status_code == 200
    assert client.get(reverse("calendars:feed", kwargs={"key": "x" * 43})).status_code == 404
    feed.rotate()
    assert client.get(old_path).status_code == 404
    assert client.get(address(feed).path).status_code == 200


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_the_teams_former_shared_url_says_where_to_subscribe_and_shows_nothing_else(client, kuwana):
    """Before each member had a URL of their own, a team shared one: calendars still polling it get
    one event saying what to do (not a silent 404 that leaves them stale), and none of the notices."""
    feed = Feed.objects.for_team(kuwana.team)
    with translation.override("en"):  # what the thread last spoke (another person's page) does not matter
        response = client.get(reverse("calendars:feed", kwargs={"key": feed.key}))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    calendar = vobject.readOne(response.content.decode("utf-8"))
    (event,) = calendar.vevent_list
    assert event.dtstart.value == dt.date(2026, 4, 14)
    assert "自分用のURL" in event.summary.value
    assert "https://shimekiri.test/calendars/" in event.description.value
    assert kuwana.title not in response.content.decode() and kuwana.team.name not in response.content.decode()
    former = feed.key
    feed.rotate()  # a lead who changes the team's URLs ends the former one for good
    assert client.get(reverse("calendars:feed", kwargs={"key": former})).status_code == 404
    assert client.get(address(feed).path).status_code == 200


def test_alarms_are_off_by_default_and_follow_team_offsets(client, kuwana):
    feed = Feed.objects.for_team(kuwana.team)
    assert b"BEGIN:VALARM" not in fetch(client, feed).content
    feed.include_alarms = True
    feed.save()
    kuwana.team.reminder_offsets = ["1d", "3h"]
    team_update(team=kuwana.team)
    _, events = events_by_label(fetch(client, feed).content)
    triggers = sorted(a.trigger.value for a in events["質問の受付期限"].valarm_list)
    assert triggers == [-dt.timedelta(days=1), -dt.timedelta(hours=3)]  # before a timed deadline: durations
    assert not hasattr(events["契約の締結"], "valarm")  # the issuer's step (and a 下旬 guess): no mail, no alarm


def test_personal_feed_etag_follows_the_offsets_of_its_alarms(client, kuwana, owner):
    feed = Feed.objects.for_person(owner)
    feed.include_alarms = True
    feed.save()
    first = fetch(client, feed)
    kuwana.team.reminder_offsets = ["2d"]
    team_update(team=kuwana.team)
    second = fetch(client, feed, HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 200  # not a stale 304: the alarms changed
    _, events = events_by_label(second.content)
    assert [a.trigger.value for a in events["質問の受付期限"].valarm_list] == [-dt.timedelta(days=2)]


def test_notice_download_needs_access(client, kuwana, teammate, outsider):
    url = reverse("calendars:notice_calendar", args=[kuwana.pk])
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    client.force_login(teammate)
    response = client.get(url)
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    assert response.content.count(b"BEGIN:VEVENT") == 8


def test_feed_urls_command_prints_absolute_tab_separated_lines(client, kuwana, teammate):
    out = StringIO()
    call_command("feed_urls", stdout=out)
    lines = [line.split("\t") for line in out.getvalue().splitlines()]
    assert [line[:-1] for line in lines] == [
        ["team", "営業一課", "mate@example.jp"],
        ["team", "営業一課", "owner@example.jp"],
        ["staff", "mate@example.jp"],
        ["staff", "owner@example.jp"],
    ]
    urls = [line[-1] for line in lines]
    for url in urls:
        assert re.fullmatch(r"https://shimekiri\.test/feeds/[A-Za-z0-9_-]{43}\.ics", url)
        assert client.get(url.removeprefix("https://shimekiri.test")).status_code == 200  # each one works
    assert len(set(urls)) == 4  # each member's team URL is their own
    again = StringIO()
    call_command("feed_urls", stdout=again)
    assert again.getvalue() == out.getvalue()  # URLs are stable until rotated


def test_subscribe_page_and_rotation_rules(client, kuwana, owner, teammate):
    client.force_login(teammate)
    page = client.get(reverse("calendars:subscribe")).content.decode()
    team_feed = Feed.objects.for_team(kuwana.team)
    personal = Feed.objects.for_person(teammate)
    mine, the_leads = team_feed.address_for(teammate), team_feed.address_for(owner)
    assert mine.url in page and personal.url in page and the_leads.url not in page
    assert "webcal://shimekiri.test/feeds/" in page and "URL で追加" in page  # Google: Other calendars → From URL
    assert "csrfmiddlewaretoken" in page
    # A member cannot rotate the team URL; a lead can; everyone can rotate their own.
    assert client.post(reverse("calendars:rotate", args=[team_feed.pk])).status_code == 404
    assert client.post(reverse("calendars:rotate", args=[personal.pk])).status_code == 302
    client.force_login(owner)
    assert client.post(reverse("calendars:rotate", args=[team_feed.pk])).status_code == 302
    assert client.get(mine.path).status_code == 404 and client.get(the_leads.path).status_code == 404  # every member's
    renewed = team_feed.address_for(teammate)
    assert renewed.key != mine.key and client.get(renewed.path).status_code == 200


def change_owner_name(notice, **_):
    notice.owner.profile.display_name = "山田 一郎（営業部長）"
    profile_update(profile=notice.owner.profile)


def change_title(notice, **_):
    notice.title = "件名を訂正した案件"
    notice_update(notice=notice)


def change_label(notice, **_):
    milestone = notice.milestones.first()
    milestone.label = "質問書の提出期限（訂正）"
    notice_update(notice=notice, milestones=[MilestoneEdit(milestone)])


def add_assignee(notice, teammate, **_):
    notice_update(notice=notice, assignees=[*notice.assignees.all(), teammate])


def rename_team(notice, **_):
    notice.team.name = "営業一課（新）"
    team_update(team=notice.team)


def reopen_after_done(notice, owner, **_):
    from tenders.services import milestone_reopen

    milestone = notice.milestones.first()
    milestone_mark_done(milestone=milestone, by=owner)
    milestone_reopen(milestone=milestone)


def move_to_other_team(notice, other_team, **_):
    notice.team = other_team
    notice_update(notice=notice)


@pytest.mark.parametrize(
    "change", [change_owner_name, change_title, change_label, add_assignee, rename_team, reopen_after_done, move_to_other_team]
)
def test_every_change_a_feed_shows_changes_its_etag(client, kuwana, owner, teammate, other_team, change):
    team_feed = Feed.objects.for_team(kuwana.team)
    before = fetch(client, team_feed)["ETag"]
    change(kuwana, owner=owner, teammate=teammate, other_team=other_team)
    after = fetch(client, team_feed)
    assert after["ETag"] != before
    assert after.content.count(b"BEGIN:VEVENT") == (0 if change is move_to_other_team else 8)


def test_the_feed_of_the_team_a_notice_moves_to_changes_too(client, kuwana, other_team, outsider):
    other_feed = Feed.objects.for_team(other_team)
    before = fetch(client, other_feed)
    kuwana.team = other_team
    notice_update(notice=kuwana)
    after = fetch(client, other_feed)
    assert after["ETag"] != before["ETag"] and after.content.count(b"BEGIN:VEVENT") == 8


def test_a_change_in_another_team_leaves_the_feed_as_it_was(client, kuwana, foreign):
    feed = Feed.objects.for_team(kuwana.team)
    before = fetch(client, feed)["ETag"]
    milestone = foreign.milestones.first()
    milestone.label = "質問期限（訂正）"
    milestone_update(edit=MilestoneEdit(milestone))
    assert fetch(client, feed, HTTP_IF_NONE_MATCH=before).status_code == 304


def test_gzip_is_made_once_per_change_and_keeps_its_own_etag(client, kuwana):
    feed = Feed.objects.for_team(kuwana.team)
    plain, zipped = fetch(client, feed), fetch(client, feed, HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert zipped["ETag"] == "W/" + plain["ETag"] and "Accept-Encoding" in zipped["Vary"]
    assert gzip.decompress(zipped.content) == plain.content
    assert fetch(client, feed, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=zipped["ETag"]).status_code == 304
