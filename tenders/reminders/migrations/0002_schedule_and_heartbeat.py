"""The one place the every-minute reminder schedule is created (idempotent: update_or_create).

It also records a first heartbeat, so a fresh installation has five minutes for its worker to
start before pages warn and /healthz answers 503.
"""

from django.db import migrations
from django.utils import timezone

from tenders.reminders.sweep_job import SCHEDULE_NAME, ensure_schedule


def forwards(apps, schema_editor):
    ensure_schedule(apps.get_model("django_q", "Schedule"))
    Heartbeat = apps.get_model("reminders", "Heartbeat")
    Heartbeat.objects.get_or_create(name="sweep", defaults={"beat_at": timezone.now()})


def backwards(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=SCHEDULE_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reminders", "0001_initial"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
