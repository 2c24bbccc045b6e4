import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

import tenders.models.validity


def every_team_gets_a_key(apps, schema_editor):
    Team = apps.get_model("tenders", "Team")
    TeamValidity = apps.get_model("tenders", "TeamValidity")
    TeamValidity.objects.bulk_create(
        [TeamValidity(team=team, key=tenders.models.validity.new_validity_key()) for team in Team.objects.all()],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):

    dependencies = [
        ("tenders", "0007_milestone_date_in_range"),
    ]

    operations = [
        migrations.RenameField(model_name="milestone", old_name="revision", new_name="ical_sequence"),
        migrations.AlterField(
            model_name="milestone",
            name="ical_sequence",
            field=models.PositiveIntegerField(
                default=0, editable=False,
                help_text="The event's SEQUENCE in calendars: grows with every change of what the event shows (by the services).",
                verbose_name="calendar sequence",
            ),
        ),
        migrations.CreateModel(
            name="TeamValidity",
            fields=[
                ("team", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name="validity",
                                              serialize=False, to="tenders.team", verbose_name="team")),
                ("key", models.CharField(default=tenders.models.validity.new_validity_key, max_length=32, verbose_name="validity key")),
                ("changed_at", models.DateTimeField(default=django.utils.timezone.now, verbose_name="changed at")),
            ],
            options={"verbose_name": "team validity key", "verbose_name_plural": "team validity keys"},
        ),
        migrations.RunPython(every_team_gets_a_key, migrations.RunPython.noop),
        migrations.DeleteModel(name="TeamRevision"),
    ]
