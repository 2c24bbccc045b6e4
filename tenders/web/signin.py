"""Sign-in safety: a lockout after repeated wrong passwords (django-axes, configured in settings) and
a limit on password-reset mails per address, so neither a password nor a mailbox can be hammered."""

import hashlib
import logging
import time

from axes.backends import AxesStandaloneBackend
from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.core.cache import caches
from django.shortcuts import render

from tenders.web.forms import StaffPasswordResetForm

log = logging.getLogger(__name__)

RESET_WINDOW_SECONDS = 3600


class LockoutBackend(AxesStandaloneBackend):
    """Axes' lockout check for every sign-in made through a request (the login form, the admin's).

    ``authenticate()`` without a request (the test client's ``login()``, a script) has no address to
    count or lock; it is left to the next backend instead of failing.
    """

    def authenticate(self, request=None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


class LockoutHandler(AxesDatabaseHandler):
    """Axes' database handler; a sign-in or sign-out signalled without a request (scripts, tests) has
    no address and nothing to record."""

    def user_logged_in(self, sender, request, user, **kwargs):
        if request is not None:
            super().user_logged_in(sender, request, user, **kwargs)

    def user_logged_out(self, sender, request, user, **kwargs):
        if request is not None:
            super().user_logged_out(sender, request, user, **kwargs)


def attempted_account(request, credentials):
    """The account a sign-in tried, as one key however it was typed (``Lead@Example.jp `` = ``lead@example.jp``)."""
    username = (credentials or {}).get(settings.AXES_USERNAME_FORM_FIELD) or ""
    return username.strip().lower() or None


def client_address(request):
    """The address a request came from: the proxy's last ``X-Forwarded-For`` hop behind a TLS proxy
    (``SECURE_PROXY_SSL_HEADER``), else the connection's own."""
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return request.META.get("REMOTE_ADDR")


def locked_out(request, original_response=None, credentials=None):
    """The page a locked-out sign-in gets (429), in the person's language, saying for how long."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes}
    return render(request, "registration/locked_out.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)


def _reset_key(email):
    return "password-reset:" + hashlib.sha256(email.strip().lower().encode()).hexdigest()


def reset_mail_allowed(email, *, now=None):
    """Count one reset mail to ``email`` if fewer than PASSWORD_RESET_MAILS_PER_HOUR went there in the last hour."""
    cache = caches["throttle"]
    now = time.time() if now is None else now
    key = _reset_key(email)
    recent = [sent for sent in cache.get(key, []) if sent > now - RESET_WINDOW_SECONDS]
    if len(recent) >= settings.PASSWORD_RESET_MAILS_PER_HOUR:
        return False
    cache.set(key, [*recent, now], RESET_WINDOW_SECONDS)
    return True


class ThrottledPasswordResetForm(StaffPasswordResetForm):
    """At most PASSWORD_RESET_MAILS_PER_HOUR reset mails per address; the page says the same either way."""

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email, *args, **kwargs):
        if not reset_mail_allowed(to_email):
            log.warning("Password reset mail not sent: the hourly limit for this address is reached")
            return
        super().send_mail(subject_template_name, email_template_name, context, from_email, to_email, *args, **kwargs)
