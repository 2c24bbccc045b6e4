from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscoveryConfig(AppConfig):
    name = "tenders.discovery"
    label = "discovery"
    verbose_name = _("Discovery (官公需情報ポータルサイト)")
