"""The daily check of tracked notices at their source: a changed description, a new attachment, or a
new entry of the same issuer and project whose title says 訂正/変更/延期/中止 becomes an amendment,
with the dates of a fresh extraction compared to the notice's milestones."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from tenders.discovery import services
from tenders.discovery.documents import read_entry
from tenders.discovery.models import Amendment, PortalEntry, Tracking
from tenders.discovery.portal import Portal, PortalError
from tenders.extractor import extract
from tenders.models import Notice

log = logging.getLogger(__name__)
CORRECTION_WORDS = ("訂正", "変更", "延期", "中止")


@dataclass
class Found:
    entry: PortalEntry
    kind: str
    what: str
    proposed: list
    proposed_status: str = ""


def _due(precision, day, time) -> list:
    return [precision, day.isoformat(), time.isoformat(timespec="minutes") if time else None]


def proposed_changes(notice: Notice, text: str) -> list[dict]:
    """The notice's milestones whose date a fresh extraction of ``text`` gives differently.

    A milestone is matched by kind and label, else by kind when the notice and the text have one of it."""
    milestones = list(notice.milestones.all())
    fresh = list(extract(text).proposal.milestones)
    changes, used = [], set()
    for item in fresh:
        same_kind = [m for m in milestones if m.kind == item.kind and m.pk not in used]
        match = next((m for m in same_kind if m.label.strip() == item.label.strip()), None)
        if match is None and len(same_kind) == 1 and sum(1 for f in fresh if f.kind == item.kind) == 1:
            match = same_kind[0]
        if match is None:
            continue
        used.add(match.pk)
        old = _due(match.precision, match.date, match.due_time)
        new = _due(item.precision, item.date, item.time)
        if old != new:
            changes.append({"milestone": match.pk, "label": match.label, "old": old, "new": new})
    return changes


def check(tracking: Tracking, portal: Portal, now=None) -> list[Amendment]:
    """Fetch a tracked notice's source again; the amendments it gives (each change once)."""
    now = now or timezone.now()
    source = tracking.entry
    params = {"Project_Name": source.project_name, "Organization_Name": source.organization_name}
    results = portal.search(params)
    entries = services.entries_store(results, now)
    found: list[Found] = []
    same = next((e for e in entries if e.key == source.key), None)
    if same is not None and same.fingerprint != tracking.fingerprint:
        new_uris = {a["uri"] for a in same.attachments} - set(tracking.attachment_uris)
        read = read_entry(same, portal, only=new_uris)
        if new_uris:
            names = "、".join(a.get("name") or a["uri"] for a in same.attachments if a["uri"] in new_uris)
            kind, what = Amendment.Kind.ATTACHMENT, f"新しい添付：{names}"
        else:
            kind, what = Amendment.Kind.CHANGED, "ポータルの公告本文が変わりました。"
        found.append(Found(same, kind, "\n".join([what, *read.notes]), proposed_changes(tracking.notice, read.text)))
    related = [
        e
        for e in entries
        if e.key != source.key
        and e.key not in tracking.known_keys
        and e.organization_name == source.organization_name
        and any(word in e.project_name for word in CORRECTION_WORDS)
    ]
    for entry in related:
        read = read_entry(entry, portal)
        cancelled = "中止" in entry.project_name
        found.append(
            Found(
                entry,
                Amendment.Kind.CANCEL if cancelled else Amendment.Kind.CORRECTION,
                "\n".join([f"{'中止' if cancelled else '訂正'}の公告：{entry.project_name}", *read.notes]),
                [] if cancelled else proposed_changes(tracking.notice, read.text),
                Notice.Status.CANCELLED if cancelled else "",
            )
        )
    amendments = []
    with transaction.atomic():
        for item in found:
            amendment = services.amendment_propose(
                notice=tracking.notice,
                entry=item.entry,
                kind=item.kind,
                what=item.what,
                proposed=item.proposed,
                proposed_status=item.proposed_status,
                now=now,
            )
            if amendment is not None:
                amendments.append(amendment)
        services.tracking_checked(tracking, entry=same, keys=[e.key for e in related], now=now)
    return amendments


def check_all(portal: Portal, now=None, *, due_only: bool = True, budget_seconds: float | None = None) -> list[Amendment]:
    """Every tracked notice that is still active (``due_only``: not yet checked today). With a budget it
    stops when the time is spent; the next run goes on with the ones not checked yet."""
    now = now or timezone.now()
    started = time.monotonic()
    trackings = Tracking.objects.select_related("notice", "entry").filter(notice__status__in=Notice.ACTIVE_STATUSES)
    if due_only:
        trackings = trackings.exclude(checked_at__date__gte=timezone.localdate(now))
    amendments = []
    for tracking in trackings:
        if budget_seconds is not None and time.monotonic() - started > budget_seconds:
            break
        try:
            amendments += check(tracking, portal, now)
        except PortalError as exc:
            log.warning("correction check of notice %s failed: %s", tracking.notice_id, exc)
    return amendments
