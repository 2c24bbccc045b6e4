from django.contrib.auth import get_user_model
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from tenders.reminders import email, health
from tenders.services import staff_stop_digest


def healthz(request):
    """200 while the reminder sweep beats, 503 when it has been silent for 5 minutes; with the last
    beat of each job (reminder sweep, chat sweep, discovery run) and the jobs silent past their limit."""
    body = health.report()
    return JsonResponse(body, status=503 if body["status"] == "stalled" else 200)


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
