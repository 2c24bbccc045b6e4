"""Notices: created (from a proposal or a filled-in form), updated with their milestones, status."""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation

from tenders.changes import touched
from tenders.models import Membership, Milestone, Notice, NoticeChange, NoticeStatusChange, staff_name
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


@transaction.atomic
def notices_bulk_change(*, notices, by, status: str | None = None, owner=None, assignees=None, mark_done: bool = False) -> int:
    """Change many notices at once: their status, owner or assignees (replaced), or mark all their open
    milestones done. Only the notices ``by`` may edit (their teams'); an owner or assignee must be a
    member of each notice's team. One ``NoticeChange`` per notice changed (and its status history as
    one status change does); one ``touched()`` at the end. Returns how many notices changed."""
    chosen = Notice.objects.visible_to(by).filter(pk__in=[getattr(n, "pk", n) for n in notices])
    locked = list(
        Notice.objects.select_for_update(of=("self",)).filter(pk__in=chosen.values("pk")).select_related("owner__profile")
    )
    people = [p for p in [owner, *(assignees or [])] if p is not None]
    members = set(
        Membership.objects.filter(team__in={n.team_id for n in locked}, user__in=people).values_list("team_id", "user_id")
    )
    for notice in locked:
        for person in people:
            if (notice.team_id, person.pk) not in members:
                raise ValidationError(f"{staff_name(person)} は「{notice.title}」のチームにいません。")
    now = timezone.now()
    changed_teams, changed_milestones, count = set(), [], 0
    for notice in locked:
        parts = []
        shown = False
        if status and notice.status != status:
            with translation.override("ja"):
                old, old_status = notice.get_status_display(), notice.status
                notice.status = status
                _record_status(notice, old_status, by)
                parts.append(f"状況 {old} → {notice.get_status_display()}")
            shown = True
        if owner is not None and notice.owner_id != owner.pk:
            parts.append(f"担当 {staff_name(notice.owner)} → {staff_name(owner)}")
            notice.owner = owner
            shown = True
        if shown:
            notice.save(update_fields=["status", "owner", "updated_at"])
            notice.milestones.update(ical_sequence=F("ical_sequence") + 1, updated_at=now)
        if assignees is not None:
            before = set(notice.assignees.values_list("pk", flat=True))
            if before != {p.pk for p in assignees}:
                notice.assignees.set(assignees)
                names = "、".join(staff_name(p) for p in assignees) or "なし"
                parts.append(f"副担当 → {names}")
                shown = True
        if shown:
            changed_milestones += list(notice.milestones.values_list("pk", flat=True))
        if mark_done:
            open_ones = list(notice.milestones.open().values_list("pk", flat=True))
            if open_ones:
                Milestone.objects.filter(pk__in=open_ones).update(
                    done_at=now, done_by=by, ical_sequence=F("ical_sequence") + 1, updated_at=now
                )
                parts.append(f"日程 {len(open_ones)} 件を完了")
                changed_milestones += open_ones
        if parts:
            NoticeChange.objects.create(notice=notice, changed_at=now, changed_by=by, summary="一括変更: " + "、".join(parts))
            changed_teams.add(notice.team_id)
            count += 1
    if changed_teams:
        touched(teams=changed_teams, milestones=changed_milestones)
    return count
