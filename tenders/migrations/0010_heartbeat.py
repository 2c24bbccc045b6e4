"""The workers' heartbeats move from the reminders app to the core, table and rows as they were
(state only: ``reminders_heartbeat`` stays), so the chat sweep and the discovery run beat too.

Like the reminder sweep's first beat (reminders 0002), the new jobs get one at migration time: a fresh
installation has their grace period before /healthz counts them silent."""

from django.db import migrations, models
from django.utils import timezone


def first_beats(apps, schema_editor):
    Heartbeat = apps.get_model("tenders", "Heartbeat")
    for name in ("chat", "discovery"):
        Heartbeat.objects.get_or_create(name=name, defaults={"beat_at": timezone.now()})


class Migration(migrations.Migration):
    dependencies = [
        ("tenders", "0009_notice_change"),
        ("reminders", "0001_initial"),  # the table
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Heartbeat",
                    fields=[
                        ("name", models.CharField(max_length=40, primary_key=True, serialize=False)),
                        ("beat_at", models.DateTimeField()),
                        ("alerted_at", models.DateTimeField(blank=True, null=True)),
                    ],
                    options={
                        "verbose_name": "heartbeat",
                        "verbose_name_plural": "heartbeats",
                        "db_table": "reminders_heartbeat",
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(first_beats, migrations.RunPython.noop),
    ]
