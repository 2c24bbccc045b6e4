"""The heartbeats are the core's now (tenders 0010): the model leaves this app's state; its table stays."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("reminders", "0007_schedule_on_whole_minutes"),
        ("tenders", "0010_heartbeat"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="Heartbeat")], database_operations=[]),
    ]
