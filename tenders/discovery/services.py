"""The only writes of discovery's models. Each writes in one transaction; uniqueness is the database's
(two workers running the same search store each result once). Tracking and corrections change the
core only through ``tenders.services``."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from django.db import transaction
from django.utils import timezone

from tenders.discovery.models import (
    Amendment,
    AmendmentMail,
    AmendmentReceipt,
    InboxItem,
    PortalEntry,
    SavedSearch,
    Tracking,
)
from tenders.discovery.portal import PortalError, Result
from tenders.models import Notice
from tenders.services import milestone_reschedule, notice_set_status

CORRECTION_REASON = "訂正公告による変更"
MAIL_VALID_FOR = dt.timedelta(days=2)


def fingerprint(result: Result) -> str:
    """What a tracked notice's source says: its title, description and attachments."""
    content = json.dumps([result.project_name, result.description, sorted(a.uri for a in result.attachments)], ensure_ascii=False)
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _entry_fields(result: Result, now) -> dict:
    return {
        "project_name": result.project_name[:500] or "（件名なし）",
        "organization_name": result.organization_name[:300],
        "prefecture_name": result.prefecture_name[:20],
        "city_name": result.city_name[:100],
        "lg_code": result.lg_code[:10],
        "category": result.category[:20],
        "procedure_type": result.procedure_type[:50],
        "location": result.location[:300],
        "cft_issue_date": result.cft_issue_date[:40],
        "period_end_time": result.period_end_time[:40],
        "tender_submission_deadline": result.tender_submission_deadline[:40],
        "opening_tenders_event": result.opening_tenders_event[:40],
        "external_uri": result.external_uri[:1000] if result.external_uri.startswith(("http://", "https://")) else "",
        "description": result.description,
        "attachments": [{"name": a.name, "uri": a.uri} for a in result.attachments],
        "fingerprint": fingerprint(result),
        "last_seen_at": now,
    }


def entries_store(results: list[Result], now=None) -> list[PortalEntry]:
    """Each result stored once by its Key (inserted or brought up to date), in the order given."""
    now = now or timezone.now()
    fields_of = {r.key: _entry_fields(r, now) for r in results}
    with transaction.atomic():
        PortalEntry.objects.bulk_create(
            [PortalEntry(key=key, first_seen_at=now, **fields) for key, fields in fields_of.items()], ignore_conflicts=True
        )
        entries = {entry.key: entry for entry in PortalEntry.objects.filter(key__in=list(fields_of))}
        for key, fields in fields_of.items():
            entry = entries[key]
            if any(getattr(entry, name) != value for name, value in fields.items() if name != "last_seen_at"):
                for name, value in fields.items():
                    setattr(entry, name, value)
                entry.save()
        PortalEntry.objects.filter(key__in=list(entries)).update(last_seen_at=now)
    return [entries[r.key] for r in results]


def saved_search_save(search: SavedSearch) -> SavedSearch:
    search.full_clean()
    search.save()
    return search


def saved_search_delete(search: SavedSearch) -> None:
    search.delete()


def saved_search_mark_running(search: SavedSearch) -> None:
    SavedSearch.objects.filter(pk=search.pk).update(last_status=SavedSearch.Status.RUNNING, last_message="")


def saved_search_run(search: SavedSearch, portal, *, now=None, lookback_days: int = 14) -> list[InboxItem]:
    """Run one saved search: its new inbox items (each result once per team), or [] and the failure noted.

    Nothing of the results is stored when the portal fails; entries and items are stored together."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    try:
        results = portal.search(search.params(), today - dt.timedelta(days=lookback_days), today)
    except PortalError as exc:
        SavedSearch.objects.filter(pk=search.pk).update(
            last_run_at=now, last_status=SavedSearch.Status.FAILED, last_message=str(exc)[:1000]
        )
        raise
    with transaction.atomic():
        new = inbox_add(search.team_id, entries_store(results, now), search=search, now=now)
        message = f"{len(results)}件中、新着{len(new)}件"
        SavedSearch.objects.filter(pk=search.pk).update(last_run_at=now, last_status=SavedSearch.Status.OK, last_message=message)
    return new


def inbox_add(team_id: int, entries, *, search=None, now=None) -> list[InboxItem]:
    """The entries in a team's inbox: the items that are new to it (each entry once per team, even when
    two workers add it at once: the unique constraint decides, get_or_create reads the winner's row)."""
    now = now or timezone.now()
    new = []
    with transaction.atomic():
        for entry in entries:
            item, created = InboxItem.objects.get_or_create(
                team_id=team_id, entry=entry, defaults={"search": search, "created_at": now}
            )
            if created:
                new.append(item)
    return new


def item_dismiss(item: InboxItem, *, by) -> bool:
    """見送る: False when it was no longer new."""
    return bool(
        InboxItem.objects.filter(pk=item.pk, state=InboxItem.State.NEW).update(
            state=InboxItem.State.DISMISSED, decided_by=by, decided_at=timezone.now()
        )
    )


def item_prepare_start(item: InboxItem, *, by) -> None:
    """追跡する pressed: the worker is to read the entry's documents for this person."""
    InboxItem.objects.filter(pk=item.pk).update(
        preparation=InboxItem.Preparation.RUNNING, prepared_for=by, preparation_token="", preparation_notes=[]
    )


def item_prepared(item: InboxItem, *, token: str = "", notes=(), failed: bool = False) -> None:
    """The worker has staged the entry's text and attachments under ``token`` (or failed, ``notes`` say why)."""
    InboxItem.objects.filter(pk=item.pk).update(
        preparation=InboxItem.Preparation.FAILED if failed else InboxItem.Preparation.READY,
        preparation_token=token,
        preparation_notes=list(notes),
    )


class AlreadyTracked(Exception):
    """The result became a notice meanwhile (two people pressed 追跡する): the second save is undone."""

    def __init__(self, notice_id):
        super().__init__(notice_id)
        self.notice_id = notice_id


def tracking_record(*, notice: Notice, item: InboxItem, by) -> Tracking:
    """A notice saved from an inbox item: link it to its source and mark the item tracked (inside the
    transaction that created the notice)."""
    with transaction.atomic():
        locked = InboxItem.objects.select_for_update().select_related("entry").get(pk=item.pk)
        if locked.state == InboxItem.State.TRACKED:  # tracked by someone else meanwhile: their notice stays the one
            raise AlreadyTracked(locked.notice_id)
        entry = locked.entry
        tracking = Tracking.objects.create(
            notice=notice,
            entry=entry,
            fingerprint=entry.fingerprint,
            attachment_uris=sorted(a["uri"] for a in entry.attachments),
            known_keys=[entry.key],
            checked_at=timezone.now(),
        )
        InboxItem.objects.filter(team_id=item.team_id, entry=entry).update(
            state=InboxItem.State.TRACKED,
            notice=notice,
            decided_by=by,
            decided_at=timezone.now(),
            preparation=InboxItem.Preparation.NONE,
            preparation_token="",
        )
    return tracking


def tracking_checked(tracking: Tracking, *, entry: PortalEntry | None = None, keys=(), now=None) -> None:
    """What the daily check saw of a tracked notice's source: the next check compares with it."""
    fields = {"checked_at": now or timezone.now(), "known_keys": sorted({*tracking.known_keys, *keys})}
    if entry is not None:
        fields["fingerprint"] = entry.fingerprint
        fields["attachment_uris"] = sorted(a["uri"] for a in entry.attachments)
    Tracking.objects.filter(pk=tracking.pk).update(**fields)
    for name, value in fields.items():
        setattr(tracking, name, value)


def amendment_propose(
    *, notice: Notice, entry: PortalEntry, kind: str, what: str, proposed: list, proposed_status: str = "", now=None
) -> Amendment | None:
    """Store a change found at the source (once: the same change seen again is not proposed again),
    with one mail planned to the notice's owner and to each assignee. None when it was known."""
    now = now or timezone.now()
    signature = hashlib.sha256(json.dumps([entry.key, entry.fingerprint, kind], ensure_ascii=False).encode()).hexdigest()
    with transaction.atomic():
        amendment, created = Amendment.objects.get_or_create(
            notice=notice,
            signature=signature,
            defaults={
                "entry": entry,
                "kind": kind,
                "what": what,
                "proposed": proposed,
                "proposed_status": proposed_status,
                "created_at": now,
            },
        )
        if not created:
            return None
        AmendmentMail.objects.bulk_create(
            [
                AmendmentMail(amendment=amendment, recipient=person, expires_at=now + MAIL_VALID_FOR, next_attempt_at=now)
                for person in notice.people()
            ],
            ignore_conflicts=True,
        )
    return amendment


def amendment_accept(amendment: Amendment, *, by) -> bool:
    """Move each proposed date through the core's date-change path (history, 日程変更 mail, feeds) and,
    for a 中止, set the notice cancelled. All or nothing; False when it was no longer proposed."""
    with transaction.atomic():
        locked = Amendment.objects.select_for_update().filter(pk=amendment.pk, state=Amendment.State.PROPOSED).first()
        if locked is None:
            return False
        notice = locked.notice
        milestones = {m.pk: m for m in notice.milestones.all()}
        for change in locked.proposed:
            milestone = milestones.get(change.get("milestone"))
            if milestone is None:
                continue  # removed from the notice since: nothing to move
            precision, day, time = change["new"]
            milestone_reschedule(
                milestone=milestone,
                precision=precision,
                day=dt.date.fromisoformat(day),
                time=dt.time.fromisoformat(time) if time else None,
                by=by,
                reason=CORRECTION_REASON,
            )
        if locked.proposed_status:
            notice_set_status(notice=notice, status=locked.proposed_status, by=by)
        Amendment.objects.filter(pk=locked.pk).update(state=Amendment.State.ACCEPTED, decided_by=by, decided_at=timezone.now())
    return True


def amendment_dismiss(amendment: Amendment, *, by) -> bool:
    return bool(
        Amendment.objects.filter(pk=amendment.pk, state=Amendment.State.PROPOSED).update(
            state=Amendment.State.DISMISSED, decided_by=by, decided_at=timezone.now()
        )
    )


def amendment_mark_read(amendment: Amendment, *, user) -> AmendmentReceipt:
    """「確認済み」: who read it and when (the first time counts)."""
    receipt, _ = AmendmentReceipt.objects.get_or_create(amendment=amendment, user=user, defaults={"read_at": timezone.now()})
    return receipt
