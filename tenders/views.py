import datetime as dt

from django.contrib.auth.decorators import login_required
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from tenders.models import Milestone, Notice
from tenders.services import milestone_mark_done, milestone_reopen

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
    now = timezone.now()
    overdue, coming = [], []
    for milestone in milestones:
        (overdue if milestone.is_overdue(now, today) else coming).append(milestone)
    return render(request, "tenders/dashboard.html", {"overdue": overdue, "coming": coming, "today": today})


@login_required
def notice_detail(request, pk):
    notice = get_object_or_404(
        Notice.objects.visible_to(request.user).select_related("team", "owner__profile").distinct(), pk=pk
    )
    milestones = notice.milestones.prefetch_related("changes__changed_by")
    return render(request, "tenders/notice_detail.html", {"notice": notice, "milestones": milestones})


@login_required
def milestone_done(request, pk):
    """Mark a milestone done (the link in reminder emails lands here: GET asks, POST does)."""
    milestone = get_object_or_404(
        Milestone.objects.filter(notice__in=Notice.objects.visible_to(request.user).values("pk")).select_related("notice"), pk=pk
    )
    if request.method == "POST":
        if request.POST.get("undo"):
            milestone_reopen(milestone=milestone)
            messages.info(request, _("“%(label)s” is open again.") % {"label": milestone.label})
        elif milestone_mark_done(milestone=milestone, by=request.user):
            messages.success(request, _("“%(label)s” is done. Its pending reminders are cancelled.") % {"label": milestone.label})
        return redirect("tenders:notice_detail", pk=milestone.notice_id)
    return render(request, "tenders/milestone_done.html", {"milestone": milestone})
