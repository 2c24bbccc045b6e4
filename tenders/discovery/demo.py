"""Demo inbox: a saved search and the results of a recorded-style answer (tenders/demo/portal/), so
`make run` shows the 新着 inbox offline."""

from pathlib import Path

from django.db import transaction
from django.utils import timezone

from tenders.discovery import services
from tenders.discovery.models import SavedSearch
from tenders.discovery.portal import parse

NAME = "観光（三重県）"
ANSWER = Path(__file__).resolve().parents[1] / "demo" / "portal" / "answer.xml"


def load_demo_inbox(team) -> int:
    """The demo team's saved search (off: nothing asks the portal) and its inbox; returns the items added."""
    now = timezone.now()
    with transaction.atomic():
        search = SavedSearch.objects.filter(team=team, name=NAME).first() or services.saved_search_save(
            SavedSearch(team=team, name=NAME, query="観光", prefectures="24", enabled=False)
        )
        entries = services.entries_store(parse(ANSWER.read_bytes()).results, now)
        return len(services.inbox_add(team.pk, entries, search=search, now=now))
