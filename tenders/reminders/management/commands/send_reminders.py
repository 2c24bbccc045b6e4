from django.core.management.base import BaseCommand, CommandError

from tenders.reminders.sweep import sweep


class Command(BaseCommand):
    help = "One reminder sweep (what the worker runs every minute): prints one line per mail; exits 1 if any failed."

    def handle(self, *args, **options):
        report = sweep()
        for line in report.lines:
            self.stdout.write(line)
        if not report.lines:
            self.stdout.write("送信するリマインダーはありません。")
        if not report.ok:
            raise CommandError(report.failure_summary(), returncode=1)
