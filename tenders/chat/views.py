"""A team's chat channels, for its leads: listed on the team settings page (``channels_of``), added,
edited, tested (「テスト送信」, the service's answer shown) and removed here."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tenders.chat.channels import channel_delete, channel_test
from tenders.chat.forms import ChannelForm
from tenders.chat.models import Channel, ChannelKind
from tenders.chat.transports import Result
from tenders.models import Team


def led_team(user, pk) -> Team:
    return get_object_or_404(Team.objects.led_by(user), pk=pk)


def channels_of(team: Team):
    """For the team settings page."""
    return Channel.objects.filter(team=team).order_by("name", "pk")


def show_result(request, result: Result) -> None:
    if result.ok:
        messages.success(request, _("Test message sent. The service answered: %(answer)s") % {"answer": result.answer})
    else:
        messages.error(
            request, _("The test message was not accepted. The service answered: %(answer)s") % {"answer": result.answer}
        )


@login_required
def channel_new(request, pk):
    team = led_team(request.user, pk)
    kind = request.GET.get("kind") or request.POST.get("kind")
    if kind not in ChannelKind.values:
        return render(request, "chat/channel_kind.html", {"team": team, "kinds": ChannelKind.choices})
    return edit(request, team, Channel(team=team, kind=kind))


@login_required
def channel_edit(request, pk, channel_pk):
    team = led_team(request.user, pk)
    return edit(request, team, get_object_or_404(Channel, team=team, pk=channel_pk))


def edit(request, team, channel):
    form = ChannelForm(request.POST or None, instance=channel, kind=channel.kind)
    if request.method == "POST" and form.is_valid():
        channel = form.save()
        messages.success(request, _("Channel “%(name)s” saved.") % {"name": channel.name})
        if request.POST.get("test"):
            show_result(request, channel_test(channel))
        return redirect("chat:channel_edit", pk=team.pk, channel_pk=channel.pk)
    context = {"team": team, "channel": channel, "form": form, "kind_label": ChannelKind(channel.kind).label}
    return render(request, "chat/channel_form.html", context)


@login_required
@require_POST
def channel_test_view(request, pk, channel_pk):
    team = led_team(request.user, pk)
    channel = get_object_or_404(Channel, team=team, pk=channel_pk)
    show_result(request, channel_test(channel))
    return redirect("chat:channel_edit", pk=team.pk, channel_pk=channel.pk)


@login_required
@require_POST
def channel_delete_view(request, pk, channel_pk):
    team = led_team(request.user, pk)
    channel = get_object_or_404(Channel, team=team, pk=channel_pk)
    channel_delete(channel)
    messages.success(request, _("Channel “%(name)s” removed.") % {"name": channel.name})
    return redirect("tenders:team_settings", pk=team.pk)
