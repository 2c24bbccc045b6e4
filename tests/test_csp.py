"""Every page carries a Content-Security-Policy that allows our own files and nothing inline, and no
page needs more: no inline script, style or event handler anywhere (the browser tests check that
nothing is blocked, tests/e2e)."""

import re

import pytest
from django.urls import reverse

from tenders.models import NoticeDocument

INLINE = [
    (re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I), "inline <script>"),
    (re.compile(r"<style\b", re.I), "<style> element"),
    (re.compile(r"\sstyle\s*=", re.I), "style attribute"),
    (re.compile(r"\son[a-z]+\s*=", re.I), "event handler attribute"),
    (re.compile(r"javascript:", re.I), "javascript: URL"),
]


def policy(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in header.split(";") if part.strip())}


def assert_strict(response, path):
    assert response.status_code == 200, path
    rules = policy(response)
    for directive in ("default-src", "script-src", "style-src"):
        assert rules[directive] == ["'self'"], (path, directive, rules[directive])
    assert rules["object-src"] == ["'none'"] and rules["frame-ancestors"] == ["'none'"] and rules["base-uri"] == ["'none'"]
    html = response.content.decode()
    for pattern, what in INLINE:
        match = pattern.search(html)
        assert match is None, f"{path}: {what}: {html[max(0, match.start() - 80):match.end() + 80] if match else ''}"


def test_signed_out_pages(client):
    for name in ("tenders:login", "tenders:password_reset"):
        assert_strict(client.get(reverse(name)), name)


def test_every_signed_in_page(client, kuwana, owner, team):
    NoticeDocument.objects.create(notice=kuwana, filename="公募要領.txt", text="本文")
    owner.is_staff = owner.is_superuser = True
    owner.save()
    client.force_login(owner)
    paths = [
        "/",
        "/?scope=teams",
        "/overdue/",
        "/notices/",
        f"/notices/{kuwana.pk}/",
        f"/notices/{kuwana.pk}/edit/",
        "/notices/new/",
        "/notices/new/from-document/",
        "/calendar/",
        "/calendars/",
        "/teams/",
        f"/teams/{team.pk}/",
        "/settings/",
        "/accounts/password/",
        f"/milestones/{kuwana.milestones.first().pk}/done/",
        "/admin/",
        f"/admin/tenders/notice/{kuwana.pk}/change/",
    ]
    for path in paths:
        assert_strict(client.get(path), path)


@pytest.mark.parametrize("text", ["入札公告\n質問の受付期限 令和8年4月15日（水）16時30分まで"])
def test_the_review_page(client, owner, team, text, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(owner)
    response = client.post(reverse("tenders:notice_from_document"), {"text": text})
    assert "読み取り結果の確認" in response.content.decode()
    assert_strict(response, "review")


def test_the_lockout_page(client, db, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        response = client.post(reverse("tenders:login"), {"username": "who@example.jp", "password": "wrong"})
    assert response.status_code == 429
    response.status_code = 200
    assert_strict(response, "locked out")
