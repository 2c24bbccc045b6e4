"""Add a chat channel to a team from a script, and optionally send the test message:

python manage.py chat_channel --team 営業一課 --kind slack --url https://hooks.slack.com/services/… --test
"""

from django.core.management.base import BaseCommand, CommandError

from tenders.chat.channels import channel_test
from tenders.chat.forms import ChannelForm
from tenders.chat.models import Channel, ChannelKind
from tenders.models import Team

OPTIONS = ("url", "secret", "token", "room_id", "client_id", "client_secret", "service_account", "bot_id", "channel_id")


class Command(BaseCommand):
    help = (
        "Add a chat channel (Slack, Teams, Google Chat, Chatwork, LINE WORKS, webhook) to a team; --test sends the test message."
    )

    def add_arguments(self, parser):
        parser.add_argument("--team", required=True, help="the team's name")
        parser.add_argument("--kind", required=True, choices=ChannelKind.values)
        parser.add_argument("--name", help="the channel's name (default: the service's)")
        for option in OPTIONS:
            parser.add_argument(f"--{option.replace('_', '-')}", dest=option)
        parser.add_argument("--private-key-file", help="LINE WORKS: the service account's private key (PEM file)")
        parser.add_argument("--no-reminders", action="store_true")
        parser.add_argument("--no-changes", action="store_true")
        parser.add_argument("--no-summary", action="store_true")
        parser.add_argument("--test", action="store_true", help="send the test message and show the service's answer")

    def handle(self, *args, **options):
        team = Team.objects.filter(name=options["team"]).first()
        if team is None:
            raise CommandError(f"チーム「{options['team']}」が見つかりません。")
        data = {name: options[name] for name in OPTIONS if options[name]}
        if options["private_key_file"]:
            with open(options["private_key_file"], encoding="utf-8") as key:
                data["private_key"] = key.read()
        kind = options["kind"]
        data.update(
            name=options["name"] or ChannelKind(kind).label,
            sends_reminders=not options["no_reminders"],
            sends_changes=not options["no_changes"],
            sends_summary=not options["no_summary"],
            enabled=True,
        )
        form = ChannelForm({k: v for k, v in data.items() if v is not False}, instance=Channel(team=team, kind=kind), kind=kind)
        if not form.is_valid():
            raise CommandError(" ".join(f"{field}: {' '.join(errors)}" for field, errors in form.errors.items()))
        channel = form.save()
        self.stdout.write(
            f"チャンネル「{channel.name}」（{channel.get_kind_display()}、{channel.credentials_hint}）を追加しました。"
        )
        if options["test"]:
            result = channel_test(channel)
            self.stdout.write(f"テスト送信: {result.outcome} — {result.answer}")
            if not result.ok:
                raise CommandError("テスト送信はサービスに受け付けられませんでした。")
