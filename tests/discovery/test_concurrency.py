"""Two workers running the same saved search at once store each result once (run on PostgreSQL in CI)."""

import os
import threading

import pytest
from django.db import connection

from tenders.discovery import services
from tenders.discovery.models import InboxItem, PortalEntry, SavedSearch
from tenders.discovery.portal import Portal
from tenders.models import Team
from tests.discovery.stand_in import Entry


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="real concurrency is tested on PostgreSQL"
)
@pytest.mark.django_db(transaction=True)
def test_two_workers_store_each_result_once(portal_stand_in):
    team = Team.objects.create(name="並行チーム")
    search = services.saved_search_save(SavedSearch(team=team, name="観光", query="観光"))
    portal_stand_in.entries = [Entry(f"K{n}", f"観光業務 {n}") for n in range(30)]
    start = threading.Barrier(2)
    found, errors = [], []

    def worker():
        try:
            start.wait()
            for _ in range(3):
                found.extend(item.pk for item in services.saved_search_run(search, Portal.from_settings()))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    assert PortalEntry.objects.count() == 30 and InboxItem.objects.count() == 30
    assert sorted(found) == sorted(InboxItem.objects.values_list("pk", flat=True))  # each reported new exactly once
