"""What the reminder tests share: a team's settings or people changed outside a service say so,
as every service does (``tenders.changes.touched``), so the reminders are planned again at once."""

from tenders.changes import touched


def announce(*teams) -> None:
    touched(teams=[team.pk for team in teams], whole_teams=True)
