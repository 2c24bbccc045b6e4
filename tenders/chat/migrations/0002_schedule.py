"""The one place the chat sweep's schedule is created (idempotent: update_or_create)."""

from django.db import migrations

from tenders.chat.sweep_job import SCHEDULE_NAME, ensure_schedule


def forwards(apps, schema_editor):
    ensure_schedule(apps.get_model("django_q", "Schedule"))


def backwards(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(name=SCHEDULE_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("chat", "0001_initial"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
