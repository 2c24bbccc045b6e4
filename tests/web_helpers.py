"""Shared pieces of the web tests: a sample notice and a quick way to add more."""

import datetime as dt

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tenders.interchange import read_json_file
from tenders.proposal import MilestoneProposal, NoticeProposal
from tenders.services import notice_create
from tests.conftest import SAMPLES

KUWANA = SAMPLES / "002_3fb179fb091801d6.json"


def sample_notice(team, owner, path=KUWANA):
    (proposal,) = read_json_file(path)
    return notice_create(team=team, owner=owner, proposal=proposal)


def simple_notice(team, owner, title, *milestones):
    """milestones: (kind, label, precision, date, time) tuples."""
    items = [MilestoneProposal(kind=k, label=label, precision=p, date=d, time=t) for k, label, p, d, t in milestones]
    return notice_create(team=team, owner=owner, proposal=NoticeProposal(title=title, issuer="テスト市", milestones=tuple(items)))


def many_notices(team, owner, count, start=dt.date(2026, 4, 16)):
    for i in range(count):
        simple_notice(
            team,
            owner,
            f"量産案件{i}",
            ("question", "質問受付期限", "datetime", start + dt.timedelta(days=i % 10), dt.time(12, 0)),
            ("submission", "提案書提出期限", "date", start + dt.timedelta(days=i % 10 + 2), None),
        )


def count_queries(client, url, *, cold: bool = False) -> int:
    """Queries of one page view, after a first view (which may save the session); ``cold``: nothing cached."""
    client.get(url)
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)
