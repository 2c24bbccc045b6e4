from django.core.management.base import BaseCommand
from django.db import transaction

from tenders.reminders.models import Delivery
from tenders.reminders.plan import plan_everything


class Command(BaseCommand):
    help = "Plan the reminders of every open milestone again (e.g. after restoring a database); safe to run any time."

    def handle(self, *args, **options):
        with transaction.atomic():
            plan_everything()
        pending = Delivery.objects.filter(status=Delivery.Status.PENDING).count()
        self.stdout.write(f"リマインダーを計画しました（送信待ち {pending} 通）。")
