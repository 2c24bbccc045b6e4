from django.core.management.base import BaseCommand

from calendars.models import Feed
from tenders.models import Membership


class Command(BaseCommand):
    help = (
        "Print every feed URL: each member's own URL of their team's feed (team<TAB>NAME<TAB>EMAIL<TAB>URL) "
        "and every staff member's personal feed (staff<TAB>EMAIL<TAB>URL). Inactive staff have none."
    )

    def handle(self, *args, **options):
        memberships = (
            Membership.objects.filter(user__is_active=True).select_related("team", "user").order_by("team__name", "user__email")
        )
        for membership in memberships:
            feed = Feed.objects.for_team(membership.team)
            self.stdout.write(f"team\t{membership.team.name}\t{membership.user.email}\t{feed.address_for(membership.user).url}")
        people = {membership.user.pk: membership.user for membership in memberships}
        for user in sorted(people.values(), key=lambda user: user.email):
            self.stdout.write(f"staff\t{user.email}\t{Feed.objects.for_person(user).url}")
