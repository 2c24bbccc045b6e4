"""Digests are claimed and leased like reminders; a reminder not sent by its deadline is "expired"."""

import django.utils.timezone
from django.conf import settings
from django.db import migrations, models
from django.db.models import F


def digests_leased_from_their_start(apps, schema_editor):
    """Digests made before: tried when they were made, and not sent again; one left "sending" by a dead
    worker is taken back (and closed as expired) by the next sweep."""
    DigestDelivery = apps.get_model("reminders", "DigestDelivery")
    DigestDelivery.objects.update(expires_at=F("created_at"), next_attempt_at=F("created_at"), attempts=1)
    DigestDelivery.objects.filter(status="sending").update(claimed_at=F("created_at"))


class Migration(migrations.Migration):

    dependencies = [
        ('reminders', '0002_schedule_and_heartbeat'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='delivery',
            name='delivery_status_valid',
        ),
        migrations.AddField(
            model_name='digestdelivery',
            name='attempts',
            field=models.PositiveSmallIntegerField(default=0, verbose_name='attempts'),
        ),
        migrations.AddField(
            model_name='digestdelivery',
            name='claimed_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='claimed at'),
        ),
        migrations.AddField(
            model_name='digestdelivery',
            name='expires_at',
            field=models.DateTimeField(default=django.utils.timezone.now, help_text='Not sent after this moment (the deadline has passed).', verbose_name='expires at'),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name='digestdelivery',
            name='next_attempt_at',
            field=models.DateTimeField(default=django.utils.timezone.now, verbose_name='next attempt'),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name='delivery',
            name='code',
            field=models.CharField(help_text='7d, 3bd, 3h; window; change:<id>; bounce:<id>; bounce:digest:<id>', max_length=40, verbose_name='offset'),
        ),
        migrations.AlterField(
            model_name='delivery',
            name='status',
            field=models.CharField(choices=[('pending', 'scheduled'), ('sending', 'sending'), ('sent', 'sent'), ('failed', 'failed'), ('cancelled', 'cancelled'), ('expired', 'expired (not sent after the deadline)')], default='pending', max_length=10, verbose_name='status'),
        ),
        migrations.AlterField(
            model_name='digestdelivery',
            name='status',
            field=models.CharField(choices=[('pending', 'scheduled'), ('sending', 'sending'), ('sent', 'sent'), ('empty', 'nothing to send'), ('failed', 'failed'), ('expired', 'expired (not sent by noon)')], default='pending', max_length=10, verbose_name='status'),
        ),
        migrations.RunPython(digests_leased_from_their_start, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name='digestdelivery',
            index=models.Index(condition=models.Q(('status', 'pending')), fields=['next_attempt_at'], name='digest_pending_due'),
        ),
        migrations.AddIndex(
            model_name='digestdelivery',
            index=models.Index(condition=models.Q(('status', 'sending')), fields=['claimed_at'], name='digest_in_flight'),
        ),
        migrations.AddConstraint(
            model_name='delivery',
            constraint=models.CheckConstraint(condition=models.Q(('status__in', ['pending', 'sending', 'sent', 'failed', 'cancelled', 'expired'])), name='delivery_status_valid'),
        ),
        migrations.AddConstraint(
            model_name='digestdelivery',
            constraint=models.CheckConstraint(condition=models.Q(('status__in', ['pending', 'sending', 'sent', 'empty', 'failed', 'expired'])), name='digest_status_valid'),
        ),
        migrations.AddConstraint(
            model_name='digestdelivery',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('status', 'sending'), _negated=True), ('claimed_at__isnull', False), _connector='OR'), name='digest_sending_is_claimed'),
        ),
    ]
