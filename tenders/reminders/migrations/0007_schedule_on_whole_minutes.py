"""The every-minute sweep's schedule moved to whole minutes (sweep_job.ensure_schedule)."""

from django.db import migrations

from tenders.reminders.sweep_job import ensure_schedule


def forwards(apps, schema_editor):
    ensure_schedule(apps.get_model("django_q", "Schedule"))


class Migration(migrations.Migration):
    dependencies = [("reminders", "0006_deliveries_refer_by_foreign_keys_constraints")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
