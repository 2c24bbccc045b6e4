from django.core.management.base import BaseCommand, CommandError

from tenders.reminders import health


class Command(BaseCommand):
    help = (
        "Is the reminder worker alive? Run it from cron every few minutes: when the minute sweep has been "
        "silent for 5 minutes it mails every team lead once per outage and exits 1."
    )

    def handle(self, *args, **options):
        stalled, beat, alerted = health.check()
        last = f"{beat.beat_at:%Y-%m-%d %H:%M:%S %Z}" if beat else "なし"
        if not stalled:
            self.stdout.write(f"リマインダーの送信は動いています（最後の確認: {last}）。")
            return
        raise CommandError(
            f"リマインダーの送信が止まっています（最後の確認: {last}）。リーダーに知らせたメール: {alerted} 通。", returncode=1
        )
