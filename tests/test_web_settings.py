"""Month view, team settings (leads only), personal settings, language, sign-in and passwords."""

import datetime as dt
import re

import time_machine
from django.urls import reverse

from calendars.models import Feed
from tenders.models import Membership, Profile, Team
from tests.conftest import tokyo
from tests.web_helpers import count_queries, many_notices, simple_notice

MONTH = reverse("tenders:month")


# --- month ----------------------------------------------------------------


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_month_puts_milestones_on_their_days(client, kuwana, owner):
    client.force_login(owner)
    response = client.get(MONTH)
    assert response.context["first"] == dt.date(2026, 4, 1)
    weeks = response.context["weeks"]
    assert weeks[0][0][0] == dt.date(2026, 3, 29)  # weeks start on Sunday
    days = {day: [m.label for m in milestones] for week in weeks for day, milestones in week}
    assert days[dt.date(2026, 4, 15)] == ["質問の受付期限"] and days[dt.date(2026, 4, 24)] == ["参加申込書等の提出期限"]
    content = response.content.decode()
    assert "2026年4月" in content and "16:30" in content
    may = client.get(MONTH, {"month": "2026-05"})
    assert [m.label for m in may.context["fuzzy"]] == ["契約の締結"]
    assert "5月下旬（予定）" in may.content.decode()
    assert client.get(MONTH, {"month": "garbage"}).context["first"] == dt.date(2026, 4, 1)


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_month_mine_or_team_and_never_other_teams(client, kuwana, teammate, outsider):
    client.force_login(teammate)
    assert not any(ms for week in client.get(MONTH, {"scope": "mine"}).context["weeks"] for _, ms in week)
    assert "質問の受付期限" in client.get(MONTH, {"scope": "teams"}).content.decode()
    client.force_login(outsider)
    content = client.get(MONTH, {"scope": "teams"}).content.decode()
    assert "質問の受付期限" not in content and "今月の日程はありません。" in content


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_month_queries_do_not_grow_with_data(client, team, owner):
    client.force_login(owner)
    many_notices(team, owner, 2)
    small = count_queries(client, MONTH + "?scope=teams")
    many_notices(team, owner, 30)
    assert count_queries(client, MONTH + "?scope=teams") == small


# --- team settings ----------------------------------------------------------


def test_only_leads_open_team_settings(client, team, owner, teammate, outsider):
    url = reverse("tenders:team_settings", args=[team.pk])
    for person, status in [(owner, 200), (teammate, 404), (outsider, 404)]:
        client.force_login(person)
        assert client.get(url).status_code == status
        assert client.post(
            reverse("tenders:member_add", args=[team.pk]), {"email": "x@example.jp", "role": "lead"}
        ).status_code in (status, 302 if status == 200 else 404)


ACTS_ON = ["question", "application", "submission", "hearing", "other"]


def test_lead_sets_offsets_business_days_and_deadline_time(client, team, owner):
    client.force_login(owner)
    url = reverse("tenders:team_settings", args=[team.pk])
    response = client.post(
        url,
        {
            "name": team.name,
            "actionable_kinds": ACTS_ON,
            "deadline_time": "16:00",
            "offsets": "10d, 2d、3h",
            "business_days": "on",
        },
    )
    assert response.status_code == 302
    team.refresh_from_db()
    assert team.reminder_offsets == ["10bd", "2bd", "3h"] and team.deadline_time == dt.time(16, 0)
    assert client.get(url).context["form"].initial["business_days"] is True
    response = client.post(url, {"name": team.name, "actionable_kinds": ACTS_ON, "deadline_time": "16:00", "offsets": "7 weeks"})
    assert (
        "「7 weeks」はリマインダーの時期として読めません。7日前、3営業日前、3時間前のように書いてください。"
        in response.content.decode()
    )
    team.refresh_from_db()
    assert team.reminder_offsets == ["10bd", "2bd", "3h"]


def test_offsets_read_in_words_and_are_accepted_as_shown(client, team, owner):
    client.force_login(owner)
    url = reverse("tenders:team_settings", args=[team.pk])
    content = client.get(url).content.decode()
    assert 'value="7日前, 3日前, 1日前, 3時間前"' in content
    assert not re.search(r"\b7d\b|\b3h\b", re.sub(r'value="[A-Za-z0-9]{40,}"', "", content))  # no code shown (random tokens aside)
    # What the page shows is what it takes back, in words or codes, in either language.
    response = client.post(
        url,
        {"name": team.name, "actionable_kinds": ACTS_ON, "deadline_time": "17:00", "offsets": "10日前, ３営業日前、3時間前, 1d"},
    )
    assert response.status_code == 302
    team.refresh_from_db()
    assert team.reminder_offsets == ["10d", "3bd", "3h", "1d"]
    client.post(reverse("tenders:language"), {"language": "en", "next": url})
    content = client.get(url).content.decode()
    assert 'value="10 days before, 3 business days before, 3 hours before, 1 day before"' in content
    assert (
        client.post(
            url, {"name": team.name, "actionable_kinds": ACTS_ON, "deadline_time": "17:00", "offsets": "2 days before, 5 hours"}
        ).status_code
        == 302
    )
    team.refresh_from_db()
    assert team.reminder_offsets == ["2d", "5h"]


def test_lead_adds_members_changes_roles_and_keeps_one_lead(client, smtp, team, owner, teammate):
    client.force_login(owner)
    client.post(
        reverse("tenders:member_add", args=[team.pk]), {"email": "new@example.jp", "display_name": "新人 花子", "role": "member"}
    )
    new = Membership.objects.get(team=team, user__email="new@example.jp")
    assert new.role == "member" and new.user.profile.display_name == "新人 花子"
    # The new member is invited by email and sets a password through the link.
    (invitation,) = smtp.messages
    assert invitation["To"] == "new@example.jp" and "営業一課" in invitation["Subject"]
    assert "山田 一郎" in invitation.get_content()
    client.logout()
    link = re.search(r"/accounts/password/reset/\S+/", invitation.get_content()).group(0)
    form = client.get(link, follow=True)
    client.post(form.redirect_chain[-1][0], {"new_password1": "Kigen-2026-shimekiri", "new_password2": "Kigen-2026-shimekiri"})
    assert client.login(username="new@example.jp", password="Kigen-2026-shimekiri")
    client.force_login(owner)
    own = Membership.objects.get(team=team, user=owner)
    update = reverse("tenders:member_update", args=[team.pk, own.pk])
    response = client.post(update, {"role": "member"}, follow=True)
    assert "リーダーが1人以上必要です" in response.content.decode()
    assert Membership.objects.get(pk=own.pk).role == "lead"
    mate = Membership.objects.get(team=team, user=teammate)
    client.post(reverse("tenders:member_update", args=[team.pk, mate.pk]), {"role": "lead"})
    assert Membership.objects.get(pk=mate.pk).role == "lead"
    client.post(reverse("tenders:member_update", args=[team.pk, new.pk]), {"remove": "1"})
    assert not Membership.objects.filter(pk=new.pk).exists()


def test_team_settings_show_the_team_feed_and_rotation(client, team, owner):
    client.force_login(owner)
    feed = Feed.objects.for_team(team)
    content = client.get(reverse("tenders:team_settings", args=[team.pk])).content.decode()
    assert feed.address_for(owner).url in content and reverse("calendars:rotate", args=[feed.pk]) in content  # the lead's own URL


# --- personal settings and language -------------------------------------------


def test_personal_settings_change_language_zone_and_digest(client, teammate):
    client.force_login(teammate)
    url = reverse("tenders:preferences")
    content = client.get(url).content.decode()
    assert "個人設定" in content and Feed.objects.for_person(teammate).url in content
    response = client.post(url, {"display_name": "鈴木 二郎", "language": "en", "time_zone": "Europe/London"}, follow=True)
    profile = Profile.objects.get(user=teammate)
    assert (profile.language, profile.time_zone, profile.digest_enabled) == ("en", "Europe/London", False)
    assert "Your settings were saved." in response.content.decode()
    response = client.post(url, {"display_name": "", "language": "ja", "time_zone": "Mars/Olympus"})
    assert response.status_code == 200 and Profile.objects.get(user=teammate).language == "en"


def test_header_switch_changes_the_language(client, teammate):
    client.force_login(teammate)
    response = client.post(reverse("tenders:language"), {"language": "en", "next": reverse("tenders:notice_list")}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("tenders:notice_list")
    assert "Notices" in response.content.decode() and '<html lang="en">' in response.content.decode()
    assert Profile.objects.get(user=teammate).language == "en"


@time_machine.travel(tokyo(2026, 4, 14, 9, 0), tick=False)
def test_the_persons_time_zone_sets_their_today(client, team, owner):
    simple_notice(team, owner, "時差", ("question", "質問期限", "datetime", dt.date(2026, 4, 14), dt.time(20, 0)))
    client.force_login(owner)
    assert "本日 20:00" in client.get(reverse("tenders:dashboard")).content.decode()
    # In Los Angeles it is still 4/13 17:00; the deadline is 4/14 04:00 there.
    Profile.objects.filter(user=owner).update(time_zone="America/Los_Angeles")
    assert "明日 04:00" in client.get(reverse("tenders:dashboard")).content.decode()


# --- sign-in and passwords --------------------------------------------------------


def test_sign_in_page_offers_reset_and_english(client):
    content = client.get(reverse("tenders:login")).content.decode()
    assert "パスワードを忘れた場合" in content and reverse("tenders:password_reset") in content
    response = client.post(reverse("set_language"), {"language": "en", "next": reverse("tenders:login")}, follow=True)
    assert "Forgot your password?" in response.content.decode()


def test_password_reset_by_email_through_smtp(client, smtp, teammate):
    response = client.post(reverse("tenders:password_reset"), {"email": "mate@example.jp"}, follow=True)
    assert "メールをご確認ください" in response.content.decode()
    (message,) = smtp.messages
    assert message["To"] == "mate@example.jp" and "パスワードの設定" in message["Subject"]
    body = message.get_content()
    assert "http://testserver/accounts/password/reset/" in body
    form = client.get(re.search(r"/accounts/password/reset/\S+/", body).group(0), follow=True)
    assert "新しいパスワードの設定" in form.content.decode()
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "Kigen-2026-shimekiri", "new_password2": "Kigen-2026-shimekiri"},
        follow=True,
    )
    assert "パスワードを設定しました" in done.content.decode()
    assert client.login(username="mate@example.jp", password="Kigen-2026-shimekiri")


def test_password_change(client, teammate):
    teammate.set_password("old-Password-1")
    teammate.save()
    client.force_login(teammate)
    url = reverse("tenders:password_change")
    response = client.post(url, {"old_password": "wrong", "new_password1": "Atarashii-2026", "new_password2": "Atarashii-2026"})
    assert response.status_code == 200 and "元のパスワード" in response.content.decode()
    response = client.post(
        url, {"old_password": "old-Password-1", "new_password1": "Atarashii-2026", "new_password2": "Atarashii-2026"}, follow=True
    )
    assert "パスワードを変更しました" in response.content.decode()


def test_superusers_see_every_team(client, kuwana, django_user_model):
    admin = django_user_model.objects.create_superuser("root@example.jp", "root@example.jp", "x")
    client.force_login(admin)
    assert client.get(reverse("tenders:notice_detail", args=[kuwana.pk])).status_code == 200
    assert client.get(reverse("tenders:team_settings", args=[Team.objects.get().pk])).status_code == 200
