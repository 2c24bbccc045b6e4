"""`manage.py chat_channel` adds a channel from a script and, with --test, sends the test message."""

import pytest
from django.core.management import CommandError, call_command

from tenders.chat.models import Channel
from tests.chat import stand_in as services


def test_the_command_adds_a_channel_and_sends_the_test(team, chat_services, capsys):
    call_command(
        "chat_channel",
        "--team",
        team.name,
        "--kind",
        "webhook",
        "--url",
        chat_services.url("webhook"),
        "--secret",
        services.WEBHOOK_SECRET,
        "--test",
    )
    out = capsys.readouterr().out
    assert "テスト送信: ok" in out and services.WEBHOOK_SECRET not in out
    channel = Channel.objects.get()
    assert channel.kind == "webhook" and channel.last_success_at is not None
    assert len(chat_services.took("/hook/")) == 1


def test_the_command_reads_a_line_works_key_file(team, chat_services, tmp_path, capsys):
    key = tmp_path / "key.pem"
    key.write_text(chat_services.private_pem)
    call_command(
        "chat_channel",
        *("--team", team.name, "--kind", "line_works", "--client-id", services.LW_CLIENT_ID),
        *("--client-secret", services.LW_CLIENT_SECRET, "--service-account", services.LW_ACCOUNT),
        *("--private-key-file", str(key), "--bot-id", services.LW_BOT, "--channel-id", services.LW_CHANNEL, "--test"),
    )
    assert "テスト送信: ok" in capsys.readouterr().out


def test_the_command_refuses_bad_input_clearly(team, chat_services):
    with pytest.raises(CommandError, match="このサービスには必要です"):
        call_command("chat_channel", "--team", team.name, "--kind", "chatwork", "--token", "x" * 20)
    with pytest.raises(CommandError, match="見つかりません"):
        call_command("chat_channel", "--team", "ない課", "--kind", "slack", "--url", chat_services.url("slack"))
    assert not Channel.objects.exists()


def test_a_refused_test_fails_the_command(team, chat_services):
    with pytest.raises(CommandError, match="受け付けられませんでした"):
        call_command(
            "chat_channel",
            "--team",
            team.name,
            "--kind",
            "chatwork",
            "--token",
            "wrong-token-123456",
            "--room-id",
            services.CHATWORK_ROOM,
            "--test",
        )
