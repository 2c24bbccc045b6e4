import datetime as dt

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from tenders.models import Milestone, Notice

HORIZON_DAYS = 14


@login_required
def dashboard(request):
    today = timezone.localdate()
    notices = Notice.objects.visible_to(request.user).active()
    milestones = (
        Milestone.objects.open()
        .filter(notice__in=notices, starts_on__lte=today + dt.timedelta(days=HORIZON_DAYS))
        .select_related("notice", "notice__owner__profile")
        .in_due_order()
    )
    overdue = [m for m in milestones if m.ends_on < today or (m.due_at and m.due_at < timezone.now())]
    coming = [m for m in milestones if m not in overdue]
    return render(request, "tenders/dashboard.html", {"overdue": overdue, "coming": coming, "today": today})


@login_required
def notice_detail(request, pk):
    notice = get_object_or_404(
        Notice.objects.visible_to(request.user).select_related("team", "owner__profile").distinct(), pk=pk
    )
    milestones = notice.milestones.prefetch_related("changes__changed_by")
    return render(request, "tenders/notice_detail.html", {"notice": notice, "milestones": milestones})


def healthz(request):
    """Liveness for load balancers and containers: the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})
