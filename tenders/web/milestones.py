"""Mark a milestone done, or open it again (htmx swaps the row; without JavaScript the page reloads)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.urls import reverse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from tenders.services import milestone_mark_done, milestone_reopen
from tenders.web.access import visible_milestone


def _next_url(request, milestone):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("tenders:notice_detail", args=[milestone.notice_id])


@login_required
def milestone_done(request, pk):
    """GET asks (the link in reminder emails lands here), POST marks done or, with ``undo``, reopens."""
    milestone = visible_milestone(request.user, pk)
    if request.method == "POST":
        undo = bool(request.POST.get("undo"))
        if undo:
            milestone_reopen(milestone=milestone)
        else:
            milestone_mark_done(milestone=milestone, by=request.user)
        if request.htmx:
            context = {"milestone": milestone, "now": timezone.now(), "today": timezone.localdate(),
                       "next": _next_url(request, milestone), "just_changed": True}
            return render(request, "tenders/_milestone_row.html", context)
        if undo:
            messages.info(request, _("“%(label)s” is open again.") % {"label": milestone.label})
        else:
            messages.success(request, _("“%(label)s” is done. Its pending reminders are cancelled.") % {"label": milestone.label})
        return redirect(_next_url(request, milestone))
    return render(request, "tenders/milestone_done.html", {"milestone": milestone})
