"""Two workers running the same saved search at once store each result once (run on PostgreSQL in CI)."""

import os
import threading

import pytest
from django.core import mail
from django.db import connection

from tenders.discovery import mails, services
from tenders.discovery.models import InboxItem, PortalEntry, SavedSearch
from tenders.discovery.portal import Portal
from tenders.models import Membership, Team
from tenders.services import staff_get_or_create, team_join
from tests.discovery.stand_in import Entry

postgres_only = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="real concurrency is tested on PostgreSQL"
)


def in_parallel(work, count=2):
    start, errors = threading.Barrier(count), []

    def worker():
        try:
            start.wait()
            work()
        except Exception as exc:  # noqa: BLE001 - reported by the caller
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return errors


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_two_workers_send_the_morning_mail_once(portal_stand_in):
    team = Team.objects.create(name="並行チーム")
    lead, _ = staff_get_or_create(email="lead@example.jp", display_name="リーダー")
    team_join(team=team, user=lead, role=Membership.Role.LEAD)
    search = services.saved_search_save(SavedSearch(team=team, name="観光", query="観光"))
    portal_stand_in.entries = [Entry("K1", "観光業務")]
    services.saved_search_run(search, Portal.from_settings())
    assert not in_parallel(mails.send_due, count=3)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["lead@example.jp"]


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_two_workers_store_each_result_once(portal_stand_in):
    team = Team.objects.create(name="並行チーム")
    search = services.saved_search_save(SavedSearch(team=team, name="観光", query="観光"))
    portal_stand_in.entries = [Entry(f"K{n}", f"観光業務 {n}") for n in range(30)]
    found = []

    def work():
        for _ in range(3):
            found.extend(item.pk for item in services.saved_search_run(search, Portal.from_settings()))

    errors = in_parallel(work)
    assert not errors
    assert PortalEntry.objects.count() == 30 and InboxItem.objects.count() == 30
    assert sorted(found) == sorted(InboxItem.objects.values_list("pk", flat=True))  # each reported new exactly once
