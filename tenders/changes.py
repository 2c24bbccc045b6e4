"""What a write changed, said by the service that made it: the one place where a change is announced.

Every service that writes the core ends by calling ``touched()`` with what it changed, inside its
transaction. Whatever keeps something derived from the core registers a listener with ``listen()``
(in its AppConfig.ready) and is called, in the same transaction, with a ``Change``: the reminders
app plans the reminders of the milestones named. ``touched()`` itself first renews the validity keys
of the teams named (``tenders.models.validity``), which kept pages and feeds read: nothing else
invalidates them. The core imports none of its listeners.

- ``teams``: the teams whose shown content changed (a notice, a milestone, an assignee, a member, a
  name, a setting). Every change names at least one team.
- ``milestones``: milestones whose date, kind, label, done state or notice (status, people) changed.
- ``whole_teams``: True when something of the teams themselves changed (settings such as reminder
  offsets, deadline time or the kinds they act on; members; a person's name or preferences), so that
  anything derived from any of their milestones may be stale.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

Listener = Callable[["Change"], None]

_listeners: list[Listener] = []


@dataclass(frozen=True)
class Change:
    teams: frozenset[int]
    milestones: frozenset[int] = frozenset()
    whole_teams: bool = False


def listen(listener: Listener) -> None:
    """Call ``listener(change)`` for every change from now on (once per listener)."""
    if listener not in _listeners:
        _listeners.append(listener)


def touched(*, teams: Iterable[int], milestones: Iterable[int] = (), whole_teams: bool = False) -> Change:
    """Announce a change to every listener, inside the caller's transaction; returns it (for tests)."""
    change = Change(
        teams=frozenset(int(pk) for pk in teams if pk is not None),
        milestones=frozenset(int(pk) for pk in milestones if pk is not None),
        whole_teams=whole_teams,
    )
    if change.teams:
        from tenders.models.validity import renew_validity

        renew_validity(change.teams)
    if change.teams or change.milestones:
        for listener in list(_listeners):
            listener(change)
    return change
