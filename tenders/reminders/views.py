from django.contrib.auth import get_user_model
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from tenders.reminders import email, health
from tenders.services import staff_stop_digest


def healthz(request):
    """200 with the last sweep time while the worker beats; 503 when it has been silent for 5 minutes."""
    now = timezone.now()
    beat = health.last_beat()
    body = {"last_sweep": beat.beat_at.isoformat() if beat else None}
    if health.is_stalled(beat, now):
        return JsonResponse({"status": "stalled", **body}, status=503)
    return JsonResponse({"status": "ok", **body})


# The one page without CSRF protection: RFC 8058's one-click POST comes from the mail provider, with
# no cookie and no form token; the signed token in the URL is what proves the digest was sent to them.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def digest_unsubscribe(request, token):
    """The digest's List-Unsubscribe address: a GET asks (link checkers follow links), a POST turns it off."""
    user = get_user_model().objects.filter(pk=email.digest_unsubscriber(token)).select_related("profile").first()
    if user is None:
        raise Http404
    with translation.override(email.language_of(user)):
        stopped = request.method == "POST"
        if stopped:
            staff_stop_digest(user=user)
        return render(
            request,
            "reminders/digest_unsubscribe.html",
            {
                "stopped": stopped,
                "recipient": user.email,
                "settings_url": reverse("tenders:preferences"),
            },
        )
