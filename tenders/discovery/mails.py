"""Discovery's mails: one morning mail of new matches per team member (never one per hit), and one
mail per amendment to the notice's owner and assignees. Each is a row claimed before its SMTP call
(``tenders.lease``: pending → sending → sent), so it is sent once even when two workers run.

Who gets the new-match mail: every member of the team whose daily digest is on (個人設定), leads and
members alike; the digest switch turns both off.
"""

from __future__ import annotations

import datetime as dt
import logging
import time

from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from tenders import lease
from tenders.discovery.models import AmendmentMail, InboxItem, MatchMail, SavedSearch
from tenders.models import Team
from tenders.moments import day_start
from tenders.reminders.email import absolute, language_of, message_id

log = logging.getLogger(__name__)
MATCH_MAIL_VALID_FOR = dt.timedelta(hours=18)


def plan_match_mails(now: dt.datetime) -> int:
    """Today's mail for each member of each team with new items not yet mailed to them, once the team's
    saved searches have run today. Returns how many were planned."""
    today = timezone.localdate(now)
    start_of_day = day_start(today, timezone.get_current_timezone())
    planned = 0
    teams = Team.objects.filter(inbox_items__state=InboxItem.State.NEW).distinct()
    for team in teams:
        waiting = SavedSearch.objects.filter(team=team, enabled=True).exclude(last_run_at__gte=start_of_day)
        if waiting.exists():
            continue  # its searches of today first: one mail with all of them
        for person in team.members.filter(is_active=True).select_related("profile"):
            profile = getattr(person, "profile", None)
            if (profile is not None and not profile.digest_enabled) or not person.email:
                continue
            items = list(InboxItem.objects.filter(team=team, state=InboxItem.State.NEW).exclude(mails__recipient=person))
            if not items:
                continue
            with transaction.atomic():
                mail, created = MatchMail.objects.get_or_create(
                    team=team,
                    recipient=person,
                    day=today,
                    defaults={"expires_at": now + MATCH_MAIL_VALID_FOR, "next_attempt_at": now},
                )
                if created:
                    mail.items.set(items)
                    planned += 1
    return planned


def _message(recipient, template: str, context: dict, message_id_parts) -> EmailMultiAlternatives:
    """The mail from ``discovery/email/<template>_subject.txt`` and ``<template>.txt``, in the recipient's language."""
    with translation.override(language_of(recipient)):
        context = {**context, "recipient": recipient}
        subject = render_to_string(f"discovery/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"discovery/email/{template}.txt", context)
    return EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=body,
        to=[recipient.email],
        headers={"Message-ID": message_id(*message_id_parts)},
    )


def match_message(mail: MatchMail) -> EmailMultiAlternatives:
    items = list(mail.items.select_related("entry").order_by("-created_at", "pk"))
    context = {"team": mail.team, "items": items, "inbox_url": absolute(reverse("discovery:inbox"))}
    return _message(mail.recipient, "matches", context, ("matches", mail.team_id, mail.recipient_id, mail.day.isoformat()))


def amendment_message(mail: AmendmentMail) -> EmailMultiAlternatives:
    amendment = mail.amendment
    context = {
        "amendment": amendment,
        "notice": amendment.notice,
        "notice_url": absolute(reverse("tenders:notice_detail", args=[amendment.notice_id])),
    }
    return _message(mail.recipient, "amendment", context, ("amendment", amendment.pk, mail.recipient_id))


def _send_rows(model, rows, build, now: dt.datetime, connection) -> int:
    sent = [0]

    def send(row) -> bool:
        if lease.expired(row):
            return True
        try:
            message = build(row)
            message.connection = connection
            message.send()
        except Exception as exc:  # the SMTP server said no, or went away: retried with the lease's backoff
            log.warning("discovery mail %s %s failed: %s", model.__name__, row.pk, exc.__class__.__name__)
            lease.retry_or_fail(row, f"{exc.__class__.__name__}: {exc}"[:500], permanent=False)
            return True
        lease.close(row, model.Status.SENT, sent_at=timezone.now(), last_error="")
        sent[0] += 1
        return True

    lease.work_through(model, [list(rows)], send, now, time.monotonic())
    return sent[0]


def send_due(now: dt.datetime | None = None) -> int:
    """Plan today's new-match mails, then send what is due of both kinds. Returns how many were sent."""
    now = now or timezone.now()
    plan_match_mails(now)
    total = 0
    connection = get_connection()
    for model, related, build in (
        (MatchMail, ("team", "recipient__profile"), match_message),
        (AmendmentMail, ("amendment__notice", "recipient__profile"), amendment_message),
    ):
        lease.take_back_stale(model, now)
        lease.expire(model, now)
        rows = model.objects.select_related(*related).filter(status=model.Status.PENDING, next_attempt_at__lte=now)[:200]
        total += _send_rows(model, rows, build, now, connection)
    return total
