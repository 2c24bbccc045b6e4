from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from calendars.models import Feed
from tenders.models import Team


class Command(BaseCommand):
    help = "Print every team's and every staff member's feed URL: team<TAB>NAME<TAB>URL, staff<TAB>EMAIL<TAB>URL."

    def handle(self, *args, **options):
        for team in Team.objects.order_by("name"):
            self.stdout.write(f"team\t{team.name}\t{Feed.objects.for_team(team).url}")
        staff = get_user_model().objects.filter(is_active=True, memberships__isnull=False).distinct().order_by("email")
        for user in staff:
            self.stdout.write(f"staff\t{user.email}\t{Feed.objects.for_person(user).url}")
