"""Notices: created (from a proposal or a filled-in form), updated with their milestones, status."""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from tenders.changes import touched
from tenders.models import Milestone, Notice, NoticeStatusChange
from tenders.proposal import MilestoneProposal, NoticeProposal
from tenders.services.documents import atomic_keeping_files, notice_document_add
from tenders.services.milestones import MilestoneEdit, milestone_write

# What a notice shows on each of its milestones' calendar events (SUMMARY, DESCRIPTION, STATUS).
SHOWN_ON_EVENTS = ("title", "issuer", "status", "owner_id")


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


def _notice_from_proposal(team, owner, proposal: NoticeProposal) -> Notice:
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
    return notice


def notice_create(
    *,
    team=None,
    owner=None,
    proposal: NoticeProposal | None = None,
    notice: Notice | None = None,
    milestones: Iterable[Milestone] = (),
    assignees=None,
    by=None,
    document_name: str = "",
    document_text: str = "",
    document_file=None,
) -> Notice:
    """Save a new notice with all its milestones (and its source document), or nothing.

    From a proposal (``team``, ``owner``, ``proposal``: an import, the extractor) or from a filled-in,
    unsaved ``notice`` and its ``milestones`` (the notice form).
    """
    if proposal is not None:
        notice = _notice_from_proposal(team, owner, proposal)
        milestones = [_milestone_from_proposal(notice, item) for item in proposal.milestones]
    with atomic_keeping_files():
        notice.full_clean()
        notice.save()
        for milestone in milestones:
            milestone.notice = notice
            # Field rules and clean() here; the table's check constraints stay the database's (one query
            # each and per milestone otherwise: saving a notice was 159 queries, see docs/performance.md).
            milestone.full_clean(exclude=["ends_on", "notice"], validate_constraints=False)
            milestone.save()
        if assignees is not None:
            notice.assignees.set(assignees)
        if document_name or document_text or document_file:
            notice_document_add(notice=notice, filename=document_name, text=document_text, content=document_file)
        touched(teams=[notice.team_id], milestones=[milestone.pk for milestone in milestones])
    return notice


@transaction.atomic
def notice_update(
    *,
    notice: Notice,
    assignees=None,
    milestones: Iterable[MilestoneEdit] = (),
    removed: Iterable[Milestone] = (),
    by=None,
) -> Notice:
    """Save a notice's changed fields (the instance as edited), its assignees (when given), and its
    milestones: ``milestones`` added or changed (a date change is recorded with its reason),
    ``removed`` deleted. Events of every milestone grow their sequence when the notice's title,
    issuer, status or owner changed (they show them)."""
    before = Notice.objects.select_for_update().filter(pk=notice.pk).values(*SHOWN_ON_EVENTS, "team_id").get()
    if notice.status != before["status"]:
        _record_status(notice, before["status"], by)
    notice.full_clean()
    notice.save()
    shown_changed = any(getattr(notice, field) != before[field] for field in SHOWN_ON_EVENTS)
    if shown_changed:
        notice.milestones.update(ical_sequence=F("ical_sequence") + 1, updated_at=timezone.now())
    people_changed = False
    if assignees is not None:
        people_before = set(notice.assignees.values_list("pk", flat=True))
        notice.assignees.set(assignees)
        people_changed = people_before != set(notice.assignees.values_list("pk", flat=True))
    gone = [milestone.pk for milestone in removed if milestone.pk]
    Milestone.objects.filter(notice=notice, pk__in=gone).delete()
    for edit in milestones:
        edit.milestone.notice = notice
        milestone_write(edit, by=by)
    # Every milestone when what all of them show or whom they remind changed; else the ones edited.
    if shown_changed or people_changed or notice.team_id != before["team_id"]:
        changed = list(notice.milestones.values_list("pk", flat=True))
    else:
        changed = [edit.milestone.pk for edit in milestones]
    touched(teams={before["team_id"], notice.team_id}, milestones=[*changed, *gone])
    return notice


def _record_status(notice: Notice, old_status: str, by) -> None:
    NoticeStatusChange.objects.create(
        notice=notice,
        old_status=old_status,
        new_status=notice.status,
        changed_by=by if getattr(by, "is_authenticated", False) else None,
    )


def notice_set_status(*, notice: Notice, status: str, by=None) -> bool:
    """Change a notice's status, keeping it in the history (and telling calendars, whose events show it)."""
    if notice.status == status:
        return False
    notice.status = status
    notice_update(notice=notice, by=by)
    return True


@transaction.atomic
def notice_delete(*, notice: Notice) -> None:
    team_id = notice.team_id
    milestones = list(notice.milestones.values_list("pk", flat=True))
    notice.delete()
    touched(teams=[team_id], milestones=milestones)
