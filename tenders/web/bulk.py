"""Many notices at once, from the notice list: choose them (or all matching the filter) and what to
change, confirm on the next page, and ``notices_bulk_change`` saves it in one transaction."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _, gettext_lazy

from tenders.models import Notice, Team
from tenders.services import notices_bulk_change
from tenders.web.access import next_url
from tenders.web.forms import NoticeFilterForm, StaffChoiceField, StaffMultipleChoiceField, staff_of

MAX_NOTICES = 1000
SHOWN = 50


class BulkChangeForm(forms.Form):
    ACTIONS = (
        ("status", gettext_lazy("Change the status")),
        ("owner", gettext_lazy("Change the owner")),
        ("assignees", gettext_lazy("Change the assignees")),
        ("done", gettext_lazy("Mark all their milestones done")),
    )
    action = forms.ChoiceField(label=gettext_lazy("Change"), choices=ACTIONS)
    notice = forms.ModelMultipleChoiceField(queryset=Notice.objects.none(), widget=forms.MultipleHiddenInput)
    status = forms.ChoiceField(label=gettext_lazy("status"), choices=Notice.Status.choices, required=False)
    owner = StaffChoiceField(label=gettext_lazy("owner"), queryset=Notice.objects.none(), required=False)
    assignees = StaffMultipleChoiceField(
        label=gettext_lazy("assignees"), queryset=Notice.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        teams = Team.objects.of(user)
        self.fields["notice"].queryset = Notice.objects.visible_to(user)
        self.fields["owner"].queryset = staff_of(teams)
        self.fields["assignees"].queryset = staff_of(teams)

    def clean(self):
        cleaned = super().clean()
        action = cleaned.get("action")
        if action == "status" and not cleaned.get("status"):
            self.add_error("status", _("Choose the new status."))
        if action == "owner" and not cleaned.get("owner"):
            self.add_error("owner", _("Choose the new owner."))
        return cleaned


def chosen_notices(request, user):
    """The notices ticked on the list, or all matching its filter (``all``)."""
    visible = Notice.objects.visible_to(user)
    if request.GET.get("all") == "1":
        form = NoticeFilterForm(request.GET, user=user)
        notices = form.filter(visible.with_next_milestone()).in_next_due_order()
    else:
        ids = [value for value in request.GET.getlist("notice") if value.isdigit()]
        notices = visible.filter(pk__in=ids).order_by("pk")
    return list(notices.select_related("team", "owner__profile")[: MAX_NOTICES + 1])


@login_required
def notice_bulk(request):
    """GET: the confirmation page for the notices chosen on the list; POST: the change, then the list."""
    if request.method == "POST":
        form = BulkChangeForm(request.POST, user=request.user)
        if form.is_valid():
            data = form.cleaned_data
            action = data["action"]
            try:
                count = notices_bulk_change(
                    notices=data["notice"],
                    by=request.user,
                    status=data["status"] if action == "status" else None,
                    owner=data["owner"] if action == "owner" else None,
                    assignees=list(data["assignees"]) if action == "assignees" else None,
                    mark_done=action == "done",
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, _("%(count)s notices were changed.") % {"count": count})
                return redirect(next_url(request, "tenders:notice_list"))
        notices = list(form.cleaned_data.get("notice") or [])
        return render_confirm(request, form, notices)

    notices = chosen_notices(request, request.user)
    if not notices:
        messages.error(request, _("Choose the notices to change first."))
        return redirect(next_url(request, "tenders:notice_list"))
    if len(notices) > MAX_NOTICES:
        messages.error(request, _("More than %(limit)s notices: narrow the filter first.") % {"limit": MAX_NOTICES})
        return redirect(next_url(request, "tenders:notice_list"))
    action = request.GET.get("action") if request.GET.get("action") in dict(BulkChangeForm.ACTIONS) else "status"
    form = BulkChangeForm(initial={"action": action, "notice": [n.pk for n in notices]}, user=request.user)
    return render_confirm(request, form, notices)


def render_confirm(request, form, notices):
    context = {"form": form, "notices": notices[:SHOWN], "count": len(notices), "next": next_url(request, "tenders:notice_list")}
    return render(request, "tenders/notice_bulk.html", context)
