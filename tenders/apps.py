from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def ensure_profile(sender, instance, created, raw=False, **kwargs):
    """Every staff account has a profile (language, time zone, notification preferences)."""
    if created and not raw:
        from tenders.services import profile_ensure

        profile_ensure(user=instance)


class TendersConfig(AppConfig):
    name = "tenders"
    verbose_name = _("Tenders")

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_save

        from tenders import checks  # noqa: F401  (registers the deploy checks)

        post_save.connect(ensure_profile, sender=get_user_model(), dispatch_uid="tenders.ensure_profile")
