from django.http import JsonResponse
from django.utils import timezone

from tenders.reminders import health


def healthz(request):
    """200 with the last sweep time while the worker beats; 503 when it has been silent for 5 minutes."""
    now = timezone.now()
    beat = health.last_beat()
    body = {"last_sweep": beat.beat_at.isoformat() if beat else None}
    if health.is_stalled(beat, now):
        return JsonResponse({"status": "stalled", **body}, status=503)
    return JsonResponse({"status": "ok", **body})
