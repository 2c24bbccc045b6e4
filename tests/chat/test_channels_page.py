"""A lead adds, edits and tests a channel on the team settings page; credentials are stored encrypted
(the raw column), shown masked, and kept when a field is left blank; members and outsiders get 404."""

import pytest
from django.db import connection

from tenders.chat.models import Channel
from tests.chat import stand_in as services
from tests.chat.conftest import credentials_for


def add(client, team, kind, data, test=True):
    fields = {"kind": kind, "name": f"営業{kind}", "sends_reminders": "on", "sends_summary": "on", "enabled": "on", **data}
    if test:
        fields["test"] = "1"
    return client.post(f"/teams/{team.pk}/chat/new/?kind={kind}", fields, follow=True)


@pytest.mark.parametrize("kind", ["slack", "teams", "google_chat", "chatwork", "line_works", "webhook"])
def test_a_lead_adds_each_kind_and_sees_the_test_answer(kind, client, owner, team, chat_services):
    client.force_login(owner)
    page = add(client, team, kind, credentials_for(kind, chat_services)).content.decode()
    assert "テスト送信しました。サービスの応答: HTTP 2" in page
    channel = Channel.objects.get()
    assert channel.kind == kind and channel.last_success_at is not None
    assert len(chat_services.accepted) >= 1


def test_a_refused_test_shows_the_answer_and_is_kept_as_the_last_error(client, owner, team, chat_services):
    client.force_login(owner)
    page = add(client, team, "chatwork", {"token": "wrong-token-000000000", "room_id": services.CHATWORK_ROOM}).content.decode()
    assert "テスト送信は受け付けられませんでした" in page and "Invalid API token" in page
    channel = Channel.objects.get()
    assert "Invalid API token" in channel.last_error and "wrong-token-000000000" not in page


def test_credentials_are_encrypted_in_the_database_and_masked_on_the_page(client, owner, team, chat_services):
    client.force_login(owner)
    url = chat_services.url("slack")
    add(client, team, "slack", {"url": url}, test=False)
    channel = Channel.objects.get()
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM chat_channel WHERE id = %s", [channel.pk])
        raw = " ".join(str(value) for value in cursor.fetchone())
    assert "SlackSecretPart0123" not in raw and "hooks" not in raw and "/slack/" not in raw
    assert channel.credentials == {"url": url}
    for page in (client.get(f"/teams/{team.pk}/"), client.get(f"/teams/{team.pk}/chat/{channel.pk}/")):
        text = page.content.decode()
        assert "SlackSecretPart0123" not in text and "/slack/services" not in text
        assert "…0123" in text  # the masked tail


def test_a_blank_credential_keeps_the_stored_one(client, owner, team, chat_services):
    client.force_login(owner)
    add(client, team, "webhook", credentials_for("webhook", chat_services), test=False)
    channel = Channel.objects.get()
    client.post(
        f"/teams/{team.pk}/chat/{channel.pk}/", {"kind": "webhook", "name": "改名", "url": "", "secret": "", "enabled": "on"}
    )
    channel.refresh_from_db()
    assert channel.name == "改名" and channel.credentials["secret"] == services.WEBHOOK_SECRET
    assert not channel.sends_reminders


def test_a_missing_credential_is_a_clear_message_and_nothing_is_saved(client, owner, team, chat_services):
    client.force_login(owner)
    page = add(client, team, "line_works", {"client_id": "x"}).content.decode()
    assert "このサービスには必要です。" in page
    assert not Channel.objects.exists()


def test_a_bad_private_key_is_refused(client, owner, team, chat_services):
    client.force_login(owner)
    data = {
        **credentials_for("line_works", chat_services),
        "private_key": "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----",
    }
    page = add(client, team, "line_works", data).content.decode()
    assert "PEM 形式の秘密鍵ではありません" in page
    assert not Channel.objects.exists()


def test_members_and_outsiders_cannot_reach_a_channel(client, teammate, outsider, team, add_channel):
    channel = add_channel("slack")
    for user in (teammate, outsider):
        client.force_login(user)
        assert client.get(f"/teams/{team.pk}/chat/{channel.pk}/").status_code == 404
        assert client.post(f"/teams/{team.pk}/chat/{channel.pk}/test/").status_code == 404
        assert client.get(f"/teams/{team.pk}/chat/new/?kind=slack").status_code == 404


def test_a_test_send_revives_a_dead_channel(client, owner, team, add_channel, chat_services):
    from django.utils import timezone

    channel = add_channel("slack")
    Channel.objects.filter(pk=channel.pk).update(dead_at=timezone.now())
    client.force_login(owner)
    client.post(f"/teams/{team.pk}/chat/{channel.pk}/test/")
    channel.refresh_from_db()
    assert not channel.is_dead and channel.last_success_at is not None


def test_a_lead_removes_a_channel(client, owner, team, add_channel):
    channel = add_channel("slack")
    client.force_login(owner)
    client.post(f"/teams/{team.pk}/chat/{channel.pk}/delete/")
    assert not Channel.objects.exists()


def test_an_unreadable_store_is_a_clear_error_without_secrets(add_channel, settings):
    from tenders.chat.channels import channel_test

    channel = add_channel("slack")
    settings.CHAT_SECRET_KEY = "b3RoZXIta2V5LW90aGVyLWtleS1vdGhlci1rZXktMzI="  # another key: the stored token cannot be read
    result = channel_test(channel)
    assert not result.ok and "CHAT_SECRET_KEY" in result.answer


def test_the_key_can_be_rotated(add_channel, settings):
    channel = add_channel("slack")
    old = settings.CHAT_SECRET_KEY
    settings.CHAT_SECRET_KEY = "b3RoZXIta2V5LW90aGVyLWtleS1vdGhlci1rZXktMzI=," + old
    assert channel.credentials["url"].endswith("SlackSecretPart0123")


def test_the_admin_shows_channels_without_their_credentials(client, django_user_model, add_channel):
    channel = add_channel("slack")
    boss = django_user_model.objects.create_superuser("boss", "boss@example.jp", "pw")
    client.force_login(boss)
    for url in (
        "/admin/chat/channel/",
        f"/admin/chat/channel/{channel.pk}/change/",
        "/admin/chat/chatdelivery/",
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert "SlackSecretPart0123" not in response.content.decode()
