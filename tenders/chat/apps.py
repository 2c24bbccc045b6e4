from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChatConfig(AppConfig):
    name = "tenders.chat"
    label = "chat"
    verbose_name = _("Chat channels")

    def ready(self):
        from tenders import changes
        from tenders.chat import plan, secrets

        secrets.fernet()  # a missing or malformed CHAT_SECRET_KEY stops start-up here, not at the first save
        changes.listen(plan.on_change)  # a channel's reminders are planned inside the transaction of every write
