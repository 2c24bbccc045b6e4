"""Team settings, for the team's leads: members and roles, reminders, deadline time, the team feed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from calendars.models import Feed
from tenders.chat.views import channels_of
from tenders.models import Team, staff_name
from tenders.services import LastLeadError, membership_remove, membership_set_role, staff_get_or_create, team_join
from tenders.web.access import led_team
from tenders.web.forms import MemberAddForm, StaffPasswordResetForm, TeamSettingsForm


@login_required
def team_list(request):
    teams = Team.objects.of(request.user).distinct()
    led = set(Team.objects.led_by(request.user).values_list("pk", flat=True))
    return render(request, "tenders/team_list.html", {"teams": teams, "led": led})


@login_required
def team_settings(request, pk):
    team = led_team(request.user, pk)
    form = TeamSettingsForm(request.POST or None, instance=team)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Team settings saved. Reminders follow the new offsets from the next sweep."))
        return redirect("tenders:team_settings", pk=team.pk)
    context = {
        "team": team,
        "form": form,
        "member_form": MemberAddForm(),
        "memberships": team.memberships.select_related("user__profile").order_by("role", "user__username"),
        "feed": Feed.objects.for_team(team),
        "chat_channels": channels_of(team),
    }
    return render(request, "tenders/team_settings.html", context)


@login_required
@require_POST
def member_add(request, pk):
    team = led_team(request.user, pk)
    form = MemberAddForm(request.POST)
    if form.is_valid():
        with transaction.atomic():  # the account and its membership, or neither
            user, created = staff_get_or_create(email=form.cleaned_data["email"], display_name=form.cleaned_data["display_name"])
            team_join(team=team, user=user, role=form.cleaned_data["role"])
        if created:
            invite(request, user, team)
            messages.success(
                request, _("%(name)s was added and got an email to set their password.") % {"name": staff_name(user)}
            )
        else:
            messages.success(request, _("%(name)s was added.") % {"name": staff_name(user)})
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect("tenders:team_settings", pk=team.pk)


def invite(request, user, team):
    """The password-setting link, worded as an invitation to the team."""
    form = StaffPasswordResetForm({"email": user.email})
    if form.is_valid():
        form.save(
            request=request,
            use_https=request.is_secure(),
            subject_template_name="registration/invitation_subject.txt",
            email_template_name="registration/invitation_email.txt",
            extra_email_context={"team": team.name, "inviter": staff_name(request.user)},
        )


@login_required
@require_POST
def member_update(request, pk, membership_pk):
    """Change a member's role, or remove them (``remove``); a team always keeps at least one lead."""
    team = led_team(request.user, pk)
    membership = get_object_or_404(team.memberships.select_related("user__profile"), pk=membership_pk)
    try:
        if request.POST.get("remove"):
            membership_remove(membership=membership)
            messages.success(request, _("%(name)s was removed from the team.") % {"name": staff_name(membership.user)})
        elif membership_set_role(membership=membership, role=request.POST.get("role")):
            membership.refresh_from_db()
            messages.success(
                request,
                _("%(name)s is now %(role)s.") % {"name": staff_name(membership.user), "role": membership.get_role_display()},
            )
    except LastLeadError as error:
        messages.error(request, error.message)
    return redirect("tenders:team_settings", pk=team.pk)
