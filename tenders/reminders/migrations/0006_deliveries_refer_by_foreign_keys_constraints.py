# The constraints of 0005, in a transaction of their own (PostgreSQL alters no table with pending
# deferred foreign-key checks from the rows 0005 rewrote).

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('reminders', '0005_deliveries_refer_by_foreign_keys'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddConstraint(
            model_name='delivery',
            constraint=models.UniqueConstraint(condition=models.Q(('kind__in', ['reminder', 'window'])), fields=('milestone', 'recipient', 'code', 'due'), name='delivery_once'),
        ),
        migrations.AddConstraint(
            model_name='delivery',
            constraint=models.UniqueConstraint(fields=('change', 'recipient'), name='delivery_change_once'),
        ),
        migrations.AddConstraint(
            model_name='delivery',
            constraint=models.UniqueConstraint(fields=('failed_delivery', 'recipient'), name='delivery_bounce_once'),
        ),
        migrations.AddConstraint(
            model_name='delivery',
            constraint=models.UniqueConstraint(fields=('failed_digest', 'recipient'), name='delivery_digest_bounce_once'),
        ),
        migrations.AddConstraint(
            model_name='delivery',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('change__isnull', True), ('failed_delivery__isnull', True), ('failed_digest__isnull', True), ('kind__in', ['reminder', 'window']), models.Q(('code', ''), _negated=True)), models.Q(('change__isnull', False), ('code', ''), ('failed_delivery__isnull', True), ('failed_digest__isnull', True), ('kind', 'change')), models.Q(('change__isnull', True), ('code', ''), ('kind', 'bounce'), models.Q(models.Q(('failed_delivery__isnull', False), ('failed_digest__isnull', True)), models.Q(('failed_delivery__isnull', True), ('failed_digest__isnull', False)), _connector='OR')), _connector='OR'), name='delivery_refers_to_what_it_is_about'),
        ),
    ]
