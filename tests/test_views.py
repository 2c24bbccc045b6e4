"""The plain pages: sign-in, what is due, a notice — and nobody sees another team's notice."""

import time_machine
from django.urls import reverse

from tests.conftest import tokyo


def test_dashboard_needs_sign_in(client):
    response = client.get(reverse("tenders:dashboard"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_sign_in_page_is_japanese_and_csrf_protected(client):
    response = client.get(reverse("tenders:login"))
    content = response.content.decode()
    assert "ログイン" in content and "csrfmiddlewaretoken" in content


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_dashboard_lists_what_is_due_for_a_teammate(client, kuwana, teammate):
    client.force_login(teammate)
    content = client.get(reverse("tenders:dashboard"), {"scope": "teams"}).content.decode()
    assert "4月15日（水）" in content and "質問の受付期限" in content
    assert "公募開始" not in content  # 4/1 is past, but the issuer's step: never late (issue 18.7)
    assert "企画提案書等の提出期限" not in content  # 5/11 is beyond 14 days


def test_outsider_gets_404_for_a_notice(client, kuwana, outsider, teammate):
    client.force_login(outsider)
    assert client.get(reverse("tenders:notice_detail", args=[kuwana.pk])).status_code == 404
    assert "質問の受付期限" not in client.get(reverse("tenders:dashboard"), {"scope": "teams"}).content.decode()
    client.force_login(teammate)
    assert client.get(reverse("tenders:notice_detail", args=[kuwana.pk])).status_code == 200


def test_english_speakers_can_switch(client, kuwana, teammate):
    teammate.profile.language = "en"
    teammate.profile.save()
    client.force_login(teammate)
    response = client.get(reverse("tenders:notice_detail", args=[kuwana.pk]), HTTP_ACCEPT_LANGUAGE="ja")
    assert response.headers["Content-Language"] == "en"  # the person's choice wins over the browser's


def test_labels_end_in_full_width_punctuation_in_japanese(client, teammate):
    client.force_login(teammate)
    content = client.get(reverse("tenders:notice_create")).content.decode()
    assert "件名：</label>" in content and "件名:</label>" not in content
    teammate.profile.language = "en"
    teammate.profile.save()
    assert ":</label>" in client.get(reverse("tenders:notice_create")).content.decode()


def test_the_navigation_names_the_subscription_page_as_the_page_does(client, teammate):
    client.force_login(teammate)
    content = client.get(reverse("calendars:subscribe")).content.decode()
    assert content.count("カレンダー購読") >= 2 and "カレンダー登録" not in content  # the menu and the heading


def test_the_month_names_holidays_and_closed_days_in_the_viewers_language(client, teammate):
    client.force_login(teammate)
    content = client.get(reverse("tenders:month"), {"month": "2027-01"}).content.decode()
    assert '<span class="day-off-name">元日</span>' in content and content.count('<span class="day-off-name">閉庁日</span>') == 5
    assert '<span class="day-off-name">成人の日</span>' in content
    teammate.profile.language = "en"
    teammate.profile.save()
    content = client.get(reverse("tenders:month"), {"month": "2027-01"}).content.decode()
    assert "New Year&#x27;s Day" in content and "Offices closed" in content
