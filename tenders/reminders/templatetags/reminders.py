from django import template
from django.utils import timezone

from tenders.reminders.models import REMINDER_KINDS, Delivery
from tenders.reminders.plan import upcoming

register = template.Library()


@register.simple_tag
def notice_reminders(notice):
    """{milestone id: deliveries} for a notice, in one query."""
    by_milestone = {}
    deliveries = (
        Delivery.objects.filter(milestone__notice=notice)
        .exclude(status__in=[Delivery.Status.CANCELLED, Delivery.Status.SKIPPED])
        .exclude(status=Delivery.Status.PENDING, kind__in=REMINDER_KINDS, attempts=0)  # still to come: shown as scheduled
        .select_related("recipient__profile")
        .order_by("send_at", "pk")
    )
    for delivery in deliveries:
        by_milestone.setdefault(delivery.milestone_id, []).append(delivery)
    return by_milestone


@register.inclusion_tag("reminders/_milestone_reminders.html")
def milestone_reminders(milestone, deliveries_by_milestone):
    scheduled = [] if milestone.is_done or not milestone.notice.is_active else upcoming(milestone, timezone.now())
    return {"deliveries": deliveries_by_milestone.get(milestone.pk, []), "scheduled": scheduled}
