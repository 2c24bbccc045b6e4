import datetime as dt
import socket
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tenders.models import Membership, Team
from tenders.services import staff_get_or_create, team_join

TOKYO = ZoneInfo("Asia/Tokyo")
SAMPLES = Path(__file__).resolve().parent.parent / "tenders" / "demo" / "notices"


def tokyo(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=TOKYO)


@pytest.fixture
def team(db):
    return Team.objects.create(name="営業一課")


@pytest.fixture
def other_team(db):
    return Team.objects.create(name="営業二課")


@pytest.fixture
def owner(team):
    """A team lead who owns notices."""
    user, _ = staff_get_or_create(email="owner@example.jp", display_name="山田 一郎")
    team_join(team=team, user=user, role=Membership.Role.LEAD)
    return user


@pytest.fixture
def teammate(team):
    user, _ = staff_get_or_create(email="mate@example.jp", display_name="鈴木 二郎")
    team_join(team=team, user=user)
    return user


@pytest.fixture
def outsider(other_team):
    user, _ = staff_get_or_create(email="outsider@example.jp", display_name="外部 三郎")
    team_join(team=other_team, user=user)
    return user


@pytest.fixture
def kuwana(team, owner):
    """Sample 002 (桑名市): eight milestones from 4/1 to 5月下旬 2026, owned by the team lead."""
    from tests.web_helpers import sample_notice

    return sample_notice(team, owner)


@pytest.fixture
def smtp(settings):
    """A real SMTP server on loopback; Django sends to it."""
    from tests.smtp import SMTPServer

    server = SMTPServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.stop()


@dataclass
class Names:
    """What the ``dns`` fixture answers: ``names[host]`` the addresses of one lookup each (the last one
    stays), ``lookups`` the names asked, in order."""

    names: dict[str, list[str]] = field(default_factory=dict)
    lookups: list[str] = field(default_factory=list)


@pytest.fixture
def dns(monkeypatch):
    """Host names that resolve to addresses a test chooses (an inside address, a name that changes its
    answer); every other name is resolved by the system as usual."""
    real, answers = socket.getaddrinfo, Names()

    def getaddrinfo(host, port, *args, **kwargs):
        if host not in answers.names:
            return real(host, port, *args, **kwargs)
        answers.lookups.append(host)
        given = answers.names[host]
        address = given.pop(0) if len(given) > 1 else given[0]
        if ":" in address:
            return [(socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port, 0, 0))]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return answers


@pytest.fixture
def sample_paths():
    return sorted(SAMPLES.glob("*.json"))


@pytest.fixture(autouse=True)
def fresh_heartbeat(request):
    """The worker's jobs count as alive in every test unless a test says otherwise (stalls are tested on purpose)."""
    names = request.fixturenames
    if "transactional_db" in names:
        request.getfixturevalue("transactional_db")
    elif "db" in names:
        request.getfixturevalue("db")
    else:
        yield
        return
    from django.utils import timezone

    from tenders.models import Heartbeat

    for name in (Heartbeat.SWEEP, Heartbeat.CHAT, Heartbeat.DISCOVERY):
        Heartbeat.objects.update_or_create(name=name, defaults={"beat_at": timezone.now(), "alerted_at": None})
    yield


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with nothing cached (rows and feeds are cached by their content's state, and
    a rolled-back test database may hand the next test the same ids and frozen times)."""
    from django.core.cache import cache

    from calendars import bodies

    cache.clear()
    bodies.clear()
    yield
    bodies.clear()


@pytest.fixture
def heard():
    """The changes the services announce (tenders.changes) while a test runs."""
    from tenders import changes

    seen = []
    changes.listen(seen.append)
    yield seen
    changes._listeners.remove(seen.append)


@pytest.fixture
def no_morning_messages(settings):
    """For tests that count reminder mails sent at the real hour: from 08:30 to noon in Tokyo the sweep
    would also send the morning digest (subprocess machines get REMINDER_DIGESTS=0 from tests.processes)."""
    settings.REMINDER_DIGESTS = False
    settings.CHAT_SUMMARIES = False  # the chat channels' morning summary, likewise
