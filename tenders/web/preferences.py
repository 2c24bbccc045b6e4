"""Personal settings: language, time zone, emails, the personal feed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from calendars.models import Feed
from tenders.services import profile_set_language, profile_update
from tenders.web.access import next_url
from tenders.web.forms import ProfileForm


@login_required
def preferences(request):
    profile = request.user.profile  # loaded by StaffPreferencesMiddleware
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        profile_update(profile=form.instance)
        translation.activate(profile.language)
        messages.success(request, _("Your settings were saved."))
        return redirect("tenders:preferences")
    return render(request, "tenders/preferences.html", {"form": form, "feed": Feed.objects.for_person(request.user)})


@login_required
@require_POST
def language(request):
    """The header's 日本語 / English switch: kept on the person's profile."""
    code = request.POST.get("language")
    profile_set_language(user=request.user, language=code)
    return redirect(next_url(request, "tenders:dashboard"))
