from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RemindersConfig(AppConfig):
    name = "tenders.reminders"
    label = "reminders"
    verbose_name = _("Reminders")

    def ready(self):
        from tenders import changes
        from tenders.reminders import plan

        changes.listen(plan.on_change)  # what is due next is planned inside the transaction of every write
