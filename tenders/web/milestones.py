"""Mark a milestone done, or open it again (htmx swaps the row; without JavaScript the page reloads)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from tenders.services import milestone_mark_done, milestone_reopen
from tenders.web.access import next_url, visible_milestone


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
            context = {
                "milestone": milestone,
                "now": timezone.now(),
                "today": timezone.localdate(),
                "next": next_url(request, "tenders:notice_detail", milestone.notice_id),
            }
            return render(request, "tenders/_milestone_row.html", context)
        if undo:
            messages.info(request, _("“%(label)s” is open again.") % {"label": milestone.label})
        else:
            messages.success(request, _("“%(label)s” is done. Its pending reminders are cancelled.") % {"label": milestone.label})
        return redirect(next_url(request, "tenders:notice_detail", milestone.notice_id))
    return render(request, "tenders/milestone_done.html", {"milestone": milestone})
