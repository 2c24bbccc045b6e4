from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CalendarsConfig(AppConfig):
    name = "calendars"
    verbose_name = _("Calendar feeds")

    def ready(self):
        from calendars.addresses import on_change
        from tenders.changes import listen

        listen(on_change)
