"""On a notice's page: its source on the portal (with the credit) and the amendments found there."""

from django import template

from tenders.discovery.models import Amendment, Tracking

register = template.Library()


@register.inclusion_tag("discovery/_notice_source.html")
def notice_source(notice, user):
    tracking = Tracking.objects.select_related("entry").filter(notice=notice).first()
    amendments = list(
        Amendment.objects.filter(notice=notice).select_related("entry", "decided_by").prefetch_related("receipts__user")
    )
    for amendment in amendments:
        amendment.read_by_me = any(receipt.user_id == user.pk for receipt in amendment.receipts.all())
    return {"tracking": tracking, "amendments": amendments, "notice": notice}
