"""System checks of our own settings (``manage.py check --deploy``)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def site_url_is_https(app_configs, **kwargs):
    if settings.SITE_URL.startswith("https://"):
        return []
    return [
        Warning(
            "SITE_URL is not https://: links in emails and calendar feed URLs (which carry secret tokens) "
            "would travel in clear text.",
            hint="Set SITE_URL to the public https:// address of the site.",
            id="shimekiri.W001",
        )
    ]
