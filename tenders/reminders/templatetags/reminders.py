from django import template
from django.utils import timezone

from tenders.reminders.models import REMINDER_KINDS, Delivery

register = template.Library()


def _still_to_come(delivery: Delivery) -> bool:
    return delivery.status == Delivery.Status.PENDING and delivery.kind in REMINDER_KINDS and delivery.attempts == 0


@register.simple_tag
def notice_reminders(notice):
    """{milestone id: deliveries} for a notice, in one query: the stored rows, the ones still to come included."""
    by_milestone = {}
    deliveries = (
        Delivery.objects.filter(milestone__notice=notice)
        .exclude(status__in=[Delivery.Status.CANCELLED, Delivery.Status.SKIPPED])
        .select_related("recipient__profile")
        .order_by("send_at", "pk")
    )
    for delivery in deliveries:
        by_milestone.setdefault(delivery.milestone_id, []).append(delivery)
    return by_milestone


@register.inclusion_tag("reminders/_milestone_reminders.html")
def milestone_reminders(milestone, deliveries_by_milestone):
    """What was sent or tried, then what is stored to be sent (one line per moment, with its recipients):
    the page shows the queue the sweep will send, not a plan of its own."""
    rows = deliveries_by_milestone.get(milestone.pk, [])
    now = timezone.now()
    scheduled: dict[tuple, list] = {}
    for delivery in rows:
        if _still_to_come(delivery) and delivery.send_at < delivery.expires_at and delivery.expires_at > now:
            scheduled.setdefault((delivery.send_at, delivery.code), []).append(delivery.recipient)
    return {
        "deliveries": [d for d in rows if not _still_to_come(d)],
        "scheduled": [{"send_at": send_at, "code": code, "recipients": people} for (send_at, code), people in scheduled.items()],
    }
