"""Every page of the web app, for an owner, a teammate and an outsider: theirs answers, the rest is 404."""

import pytest
from django.urls import reverse

from calendars.models import Feed
from tenders.models import Membership, NoticeDocument
from tests.web_helpers import sample_notice

OK, NOT_FOUND = 200, 404


@pytest.fixture
def pages(team, owner):
    notice = sample_notice(team, owner)
    milestone = notice.milestones.first()
    document = NoticeDocument.objects.create(notice=notice, filename="要領.txt", text="本文")
    membership = Membership.objects.get(team=team, user=owner)
    return {
        # name: (url, owner (lead), teammate, outsider)
        "dashboard": (reverse("tenders:dashboard"), OK, OK, OK),
        "overdue": (reverse("tenders:overdue"), OK, OK, OK),
        "notice list": (reverse("tenders:notice_list"), OK, OK, OK),
        "notice": (reverse("tenders:notice_detail", args=[notice.pk]), OK, OK, NOT_FOUND),
        "edit": (reverse("tenders:notice_edit", args=[notice.pk]), OK, OK, NOT_FOUND),
        "document": (reverse("tenders:notice_document", args=[notice.pk, document.pk]), OK, OK, NOT_FOUND),
        "notice .ics": (reverse("calendars:notice_calendar", args=[notice.pk]), OK, OK, NOT_FOUND),
        "mark done page": (reverse("tenders:milestone_done", args=[milestone.pk]), OK, OK, NOT_FOUND),
        "new notice": (reverse("tenders:notice_create"), OK, OK, OK),
        "from document": (reverse("tenders:notice_from_document"), OK, OK, OK),
        "month": (reverse("tenders:month"), OK, OK, OK),
        "teams": (reverse("tenders:team_list"), OK, OK, OK),
        "team settings": (reverse("tenders:team_settings", args=[team.pk]), OK, NOT_FOUND, NOT_FOUND),
        "settings": (reverse("tenders:preferences"), OK, OK, OK),
        "subscriptions": (reverse("calendars:subscribe"), OK, OK, OK),
        "password": (reverse("tenders:password_change"), OK, OK, OK),
        "_posts": [
            (reverse("tenders:notice_status", args=[notice.pk]), {"status": "go"}, NOT_FOUND),
            (reverse("tenders:milestone_done", args=[milestone.pk]), {}, NOT_FOUND),
            (reverse("tenders:member_add", args=[team.pk]), {"email": "x@example.jp", "role": "lead"}, NOT_FOUND),
            (reverse("tenders:member_update", args=[team.pk, membership.pk]), {"remove": "1"}, NOT_FOUND),
            (reverse("calendars:rotate", args=[Feed.objects.for_team(team).pk]), {}, NOT_FOUND),
        ],
    }


@pytest.mark.parametrize("who", ["owner", "teammate", "outsider"])
def test_each_page_answers_its_people_only(client, pages, who, request):
    client.force_login(request.getfixturevalue(who))
    column = {"owner": 1, "teammate": 2, "outsider": 3}[who]
    for name, row in pages.items():
        if name.startswith("_"):
            continue
        assert client.get(row[0]).status_code == row[column], f"{name} for {who}"


def test_outsiders_cannot_write_to_another_team(client, pages, outsider, team):
    client.force_login(outsider)
    for url, data, status in pages["_posts"]:
        assert client.post(url, data).status_code == status, url
    assert team.memberships.count() == 1


def test_every_page_needs_sign_in(client, pages):
    for name, row in pages.items():
        if name.startswith("_"):
            continue
        response = client.get(row[0])
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], name
