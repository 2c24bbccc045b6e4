"""Writes that touch several models. Reads live on the QuerySets."""

import datetime as dt
import re
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import get_valid_filename

from tenders.models import (
    Membership, Milestone, MilestoneChange, Notice, NoticeDocument, NoticeStatusChange, Profile, Team, teams_changed,
)
from tenders.changes import touched
from tenders.extractor.text import clean_line, clean_text
from tenders.proposal import MilestoneProposal, NoticeProposal

User = get_user_model()


def staff_get_or_create(*, email: str, display_name: str = "", language: str = "ja") -> tuple[User, bool]:
    """The staff account for an email address (the username is the address)."""
    email = User.objects.normalize_email(email.strip())
    user = User.objects.filter(email__iexact=email).first()
    if user is not None:
        Profile.objects.get_or_create(user=user)
        return user, False
    user = User.objects.create_user(username=email, email=email)  # no usable password until reset
    Profile.objects.update_or_create(user=user, defaults={"display_name": display_name, "language": language})
    return user, True


def staff_stop_digest(*, user) -> bool:
    """Turn a person's morning digest off (the digest's one-click unsubscribe); False when it already was."""
    stopped = bool(Profile.objects.filter(user=user, digest_enabled=True).update(digest_enabled=False))
    if stopped:
        touched(teams=Membership.objects.filter(user=user).values_list("team_id", flat=True), whole_teams=True)
    return stopped


def team_join(*, team: Team, user, role: str = Membership.Role.MEMBER) -> Membership:
    membership, changed = Membership.objects.get_or_create(team=team, user=user, defaults={"role": role})
    if not changed and membership.role != role and role == Membership.Role.LEAD:
        membership.role = role
        membership.save(update_fields=["role"])
        changed = True
    if changed:
        touched(teams=[team.pk], whole_teams=True)
    return membership


def _milestone_from_proposal(notice: Notice, item: MilestoneProposal) -> Milestone:
    milestone = Milestone(
        notice=notice,
        kind=item.kind,
        label=item.label.strip(),
        delivery_note=(item.note or "").strip(),
        source_excerpt=item.evidence or "",
    )
    milestone.set_due(item.precision, item.date, item.time)
    return milestone


def notice_create(
    *,
    team: Team,
    owner,
    proposal: NoticeProposal,
    document_name: str = "",
    document_text: str = "",
    document_file=None,
) -> Notice:
    """Save a notice and all its milestones (and its source document), or nothing."""
    with atomic_keeping_files():
        return _notice_create(team=team, owner=owner, proposal=proposal, document_name=document_name,
                              document_text=document_text, document_file=document_file)


def _notice_create(*, team, owner, proposal, document_name, document_text, document_file) -> Notice:
    notice = Notice(
        team=team,
        owner=owner,
        title=proposal.title.strip(),
        issuer=proposal.issuer.strip(),
        reference_number=proposal.reference_number,
        source_url=proposal.source_url,
        budget_ceiling=proposal.budget_ceiling,
        notes=proposal.notes,
    )
    if proposal.method:
        notice.method = proposal.method
    if proposal.status:
        notice.status = proposal.status
    notice.full_clean()
    notice.save()
    milestones = [_milestone_from_proposal(notice, item) for item in proposal.milestones]
    for milestone in milestones:
        milestone.full_clean(exclude=["ends_on"])
        milestone.save()
    if document_name or document_text or document_file:
        notice_document_add(notice=notice, filename=document_name, text=document_text, content=document_file)
    touched(teams=[team.pk], milestones=[milestone.pk for milestone in milestones])
    return notice


_files_written: ContextVar[list[str] | None] = ContextVar("files_written", default=None)


@contextmanager
def atomic_keeping_files():
    """A transaction that stores document files: a file written inside it (``notice_document_add``)
    is removed again when the transaction does not commit, so a failed save leaves nothing on disk."""
    outer, written = _files_written.get(), []
    token = _files_written.set(written)
    try:
        with transaction.atomic():
            yield
    except BaseException:
        for name in written:
            default_storage.delete(name)
        raise
    finally:
        _files_written.reset(token)
    if outer is not None:  # nested: the enclosing transaction decides whether the files stay
        outer.extend(written)


def notice_document_add(*, notice: Notice, filename: str, text: str = "", content=None) -> NoticeDocument:
    """Attach a document to a notice being saved: its name as uploaded, its text (cleaned of control
    characters) and the original file, stored under a safe name inside ``atomic_keeping_files()``."""
    written = _files_written.get()
    if content is not None and written is None:
        raise RuntimeError("notice_document_add stores a file: call it inside atomic_keeping_files()")
    document = NoticeDocument(notice=notice, filename=clean_line(filename)[:255] or "document.txt", text=clean_text(text))
    if content is not None:
        document.file.save(document_storage_name(document.filename), content, save=False)
        written.append(document.file.name)
    document.save()
    return document


def document_storage_name(filename: str) -> str:
    """A name the storage accepts for any uploaded name (「()」 included): letters, digits, _-. of the
    name, shortened, with a plain suffix; 「document」 when nothing of the name is left."""
    path = Path(filename)
    suffix = path.suffix.lower() if re.fullmatch(r"\.[A-Za-z0-9]{1,8}", path.suffix) else ""
    try:
        stem = get_valid_filename(path.stem if suffix else filename)[:60]
    except SuspiciousFileOperation:
        stem = "document"
    return stem + suffix


def milestone_record_change(
    *, milestone: Milestone, old: tuple[str, dt.date, dt.time | None], by=None, reason: str = ""
) -> MilestoneChange | None:
    """Keep a date change in the milestone's history (after the milestone was saved)."""
    new = (milestone.precision, milestone.date, milestone.due_time)
    if tuple(old) == new:
        return None
    return MilestoneChange.objects.create(
        milestone=milestone,
        changed_by=by if getattr(by, "is_authenticated", False) else None,
        old_precision=old[0],
        old_date=old[1],
        old_time=old[2],
        new_precision=new[0],
        new_date=new[1],
        new_time=new[2],
        reason=reason.strip(),
    )


@transaction.atomic
def milestone_reschedule(
    *, milestone: Milestone, precision: str, day: dt.date, time: dt.time | None = None, by=None, reason: str = ""
) -> MilestoneChange | None:
    """Move a milestone (a 訂正公告, or our own change), keeping the old date in its history.

    Returns the recorded change, or None when the date did not actually change.
    """
    old = (milestone.precision, milestone.date, milestone.due_time)
    milestone.set_due(precision, day, time)
    if (milestone.precision, milestone.date, milestone.due_time) == old:
        return None
    milestone.save()
    change = milestone_record_change(milestone=milestone, old=old, by=by, reason=reason)
    touched(teams=[milestone.notice.team_id], milestones=[milestone.pk])
    return change


def milestone_mark_done(*, milestone: Milestone, by=None) -> bool:
    """Mark done; returns False when it already was (a second click changes nothing)."""
    changed = Milestone.objects.filter(pk=milestone.pk, done_at__isnull=True).update(
        done_at=timezone.now(), done_by=by, revision=F("revision") + 1, updated_at=timezone.now()
    )
    if changed:
        teams_changed([milestone.notice.team_id])
        touched(teams=[milestone.notice.team_id], milestones=[milestone.pk])
    milestone.refresh_from_db()
    return bool(changed)


def milestone_reopen(*, milestone: Milestone) -> bool:
    changed = Milestone.objects.filter(pk=milestone.pk, done_at__isnull=False).update(
        done_at=None, done_by=None, revision=F("revision") + 1, updated_at=timezone.now()
    )
    if changed:
        teams_changed([milestone.notice.team_id])
        touched(teams=[milestone.notice.team_id], milestones=[milestone.pk])
    milestone.refresh_from_db()
    return bool(changed)


@transaction.atomic
def notice_set_status(*, notice: Notice, status: str, by=None) -> bool:
    """Change a notice's status, keeping it in the history; milestone revisions grow so calendars see it."""
    if notice.status == status:
        return False
    NoticeStatusChange.objects.create(
        notice=notice, old_status=notice.status, new_status=status,
        changed_by=by if getattr(by, "is_authenticated", False) else None,
    )
    notice.status = status
    notice.full_clean()
    notice.save(update_fields=["status", "updated_at"])
    notice.milestones.update(revision=F("revision") + 1, updated_at=timezone.now())
    touched(teams=[notice.team_id], milestones=notice.milestones.values_list("pk", flat=True))
    return True
