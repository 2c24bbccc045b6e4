from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

STORED_PLANNING = "0004_plan_stored_and_skipped"  # the migration from which reminders are stored when planned


def plan_after_upgrade(sender, plan=None, using="default", **kwargs):
    """Right after a migrate run that brought an existing database to stored planning: store the
    reminders of every open milestone once (what the plan_reminders command does), now that every
    table matches today's models. A data migration could not: it would run before later migrations."""
    if any(
        migration.app_label == "reminders" and migration.name == STORED_PLANNING and not backwards
        for migration, backwards in plan or ()
    ):
        from tenders.reminders.plan import plan_everything

        plan_everything()


class RemindersConfig(AppConfig):
    name = "tenders.reminders"
    label = "reminders"
    verbose_name = _("Reminders")

    def ready(self):
        from tenders import changes
        from tenders.reminders import plan

        changes.listen(plan.on_change)  # what is due next is planned inside the transaction of every write
        post_migrate.connect(plan_after_upgrade, sender=self, dispatch_uid="reminders.plan_after_upgrade")
