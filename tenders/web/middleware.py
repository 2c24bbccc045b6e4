"""Each signed-in person sees pages in their own language and time zone (Profile)."""

from django.utils import timezone, translation

from tenders.models import Profile


class StaffPreferencesMiddleware:
    """After AuthenticationMiddleware: activate the person's language and time zone for this request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            try:
                profile = user.profile  # cached on the user for the templates
            except Profile.DoesNotExist:
                profile = None
            if profile is not None:
                translation.activate(profile.language)
                request.LANGUAGE_CODE = profile.language
                timezone.activate(profile.zone)
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()
