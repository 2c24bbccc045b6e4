"""Reminder mail as mail clients read it (issue 18, point 19): raw MIME from a real SMTP server on loopback."""

import datetime as dt
import re
from urllib.parse import urlsplit

import pytest
import time_machine
from django.test import Client
from icalendar import Calendar

from calendars.models import Feed
from tenders.models import Profile
from tenders.reminders.sweep import sweep
from tenders.services import milestone_reschedule
from tenders.uids import milestone_uid
from tests.conftest import tokyo
from tests.reminder_helpers import announce
from tests.test_feeds import fetch


@pytest.fixture
def kuwana(kuwana, teammate):
    """Sample 002 with the teammate assigned too: its mail goes to two people."""
    kuwana.assignees.add(teammate)
    announce(kuwana.team)
    return kuwana


def sweep_at(*moment):
    with time_machine.travel(tokyo(*moment), tick=False):
        sweep()


def raw_headers(raw: bytes) -> list[bytes]:
    return raw.split(b"\r\n\r\n", 1)[0].replace(b"\r\n", b"\n").split(b"\n")


def test_date_is_japan_time_and_the_subject_starts_on_its_line(smtp, kuwana, owner):
    sweep_at(2026, 4, 14, 16, 30)
    (message,), (raw,) = zip(*[(m, r) for m, r in zip(smtp.messages, smtp.raw) if m["To"] == owner.email])
    assert message["Date"] == "Tue, 14 Apr 2026 16:30:00 +0900"
    assert message["Date"].datetime.utcoffset() == dt.timedelta(hours=9)
    headers = raw_headers(raw)
    (subject_line,) = [line for line in headers if line.startswith(b"Subject:")]
    assert re.fullmatch(rb"Subject: =\?utf-8\?b\?[A-Za-z0-9+/=]+\?=", subject_line)  # not an empty first line
    assert all(len(line) <= 78 for line in headers if not line.startswith(b"Message-ID"))
    assert (
        message["Subject"] == "【締切まで1日】質問の受付期限 —「世界を目指す若者応援事業」旅行手配業務委託"
    )  # no blank to strip


def test_html_mail_has_a_viewport(smtp, kuwana, owner):
    sweep_at(2026, 4, 14, 8, 30)  # the digest
    sweep_at(2026, 4, 14, 16, 30)  # a reminder
    htmls = [m.get_body(("html",)).get_content() for m in smtp.messages]
    assert len(htmls) >= 3
    assert all('<meta name="viewport" content="width=device-width, initial-scale=1">' in html for html in htmls)


def digest_of(smtp, person):
    return next(m for m in smtp.messages if m["To"] == person.email and "締切まとめ" in m["Subject"])


def test_the_digest_is_turned_off_in_one_click_without_signing_in(smtp, kuwana, owner, teammate):
    sweep_at(2026, 4, 14, 8, 30)
    digest = digest_of(smtp, owner)
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = re.fullmatch(r"<(https://shimekiri\.test/\S+)>", digest["List-Unsubscribe"])[1]
    raw = smtp.raw[smtp.messages.index(digest)]
    assert f"List-Unsubscribe: <{url}>".encode() in raw_headers(raw)  # on its own header line, not after an empty one
    text = digest.get_body(("plain",)).get_content()
    assert url in text and "https://shimekiri.test/settings/" in text  # the link and the setting
    assert f'href="{url}"' in digest.get_body(("html",)).get_content()
    path = urlsplit(url).path
    provider = Client(enforce_csrf_checks=True)  # a mail provider: no cookie, no CSRF token
    assert provider.get(path).status_code == 200  # a link checker's GET changes nothing
    assert Profile.objects.get(user=owner).digest_enabled
    response = provider.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200 and "停止しました" in response.content.decode()
    assert not Profile.objects.get(user=owner).digest_enabled
    assert Profile.objects.get(user=teammate).digest_enabled  # only the person the token names
    assert provider.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded").status_code == 200
    smtp.messages.clear()
    sweep_at(2026, 4, 15, 8, 30)
    assert [m["To"] for m in smtp.messages if "締切まとめ" in m["Subject"]] == [teammate.email]


def test_a_forged_unsubscribe_token_changes_nothing(smtp, kuwana, owner, teammate):
    sweep_at(2026, 4, 14, 8, 30)
    path = urlsplit(re.fullmatch(r"<(\S+)>", digest_of(smtp, owner)["List-Unsubscribe"])[1]).path
    token = path.rstrip("/").rsplit("/", 1)[1]
    forged = path.replace(token, f"{teammate.pk}:" + token.split(":", 1)[1])
    client = Client(enforce_csrf_checks=True)
    assert client.post(forged, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded").status_code == 404
    assert client.post("/mail/digest/stop/nonsense/").status_code == 404
    assert client.put(path).status_code == 405
    assert Profile.objects.filter(digest_enabled=False).count() == 0


def test_a_date_change_mail_carries_the_feeds_event(smtp, client, kuwana, owner):
    question = kuwana.milestones.get(label="質問の受付期限")
    with time_machine.travel(tokyo(2026, 4, 12, 18, 0), tick=False):
        milestone_reschedule(
            milestone=question,
            precision="datetime",
            day=dt.date(2026, 4, 20),
            time=dt.time(16, 30),
            by=owner,
            reason="訂正公告第1号",
        )
        sweep()
        feed = Calendar.from_ical(fetch(client, Feed.objects.for_team(kuwana.team)).content)
    (changed,) = [m for m in smtp.messages if "日程変更" in m["Subject"]]
    assert changed.get_content_type() == "multipart/mixed"
    (attachment,) = list(changed.iter_attachments())
    assert attachment.get_content_type() == "text/calendar" and attachment.get_param("method") == "PUBLISH"
    assert attachment.get_filename().endswith(".ics")
    calendar = Calendar.from_ical(attachment.get_content())
    assert str(calendar["METHOD"]) == "PUBLISH"
    (event,) = calendar.walk("VEVENT")
    in_feed = next(e for e in feed.walk("VEVENT") if str(e["UID"]) == str(event["UID"]))
    assert str(event["UID"]) == milestone_uid(question.pk) == f"milestone-{question.pk}@shimekiri.test"
    assert int(event["SEQUENCE"]) == int(in_feed["SEQUENCE"])
    assert event.decoded("DTSTART") == in_feed.decoded("DTSTART") == tokyo(2026, 4, 20, 16, 30)
    assert "訂正公告第1号" in str(event["DESCRIPTION"]) and "2026年4月15日（水）16:30" in str(event["DESCRIPTION"])
    assert changed.get_body(("plain",)).get_content()  # the text and HTML stay readable beside it
