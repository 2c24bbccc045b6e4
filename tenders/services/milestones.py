"""Milestones: a date change (kept in the history with its reason), done and open again."""

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from tenders.changes import touched
from tenders.models import Milestone, MilestoneChange

Due = tuple[str, dt.date, dt.time | None]  # (precision, date, time) as the notice writes them


@dataclass
class MilestoneEdit:
    """A milestone as a form or the admin changed it (unsaved), with its date before the change
    (None for a new one) and the reason given for a date change."""

    milestone: Milestone
    old_due: Due | None = None
    reason: str = ""

    @classmethod
    def of_form(cls, form) -> "MilestoneEdit":
        """What a validated milestone form (``tenders.forms.MilestoneForm``) changed."""
        return cls(form.instance, form.old_due if form.due_changed else None, form.cleaned_data.get("change_reason", ""))


def due_of(milestone: Milestone) -> Due:
    return (milestone.precision, milestone.date, milestone.due_time)


def _record_change(*, milestone: Milestone, old: Due, by=None, reason: str = "") -> MilestoneChange | None:
    """Keep a date change in the milestone's history: the one place a change is recorded."""
    new = due_of(milestone)
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


def milestone_write(edit: MilestoneEdit, *, by=None) -> MilestoneChange | None:
    """Save one edited milestone of a notice being saved: its calendar sequence grows when what its
    event shows changed, and a date change is recorded with its reason. Call inside the transaction of
    a service that ends with ``touched()``."""
    milestone = edit.milestone
    if milestone.shown_changed():
        milestone.ical_sequence += 1
    milestone.save()
    if edit.old_due is None:
        return None
    return _record_change(milestone=milestone, old=edit.old_due, by=by, reason=edit.reason)


@transaction.atomic
def milestone_reschedule(
    *, milestone: Milestone, precision: str, day: dt.date, time: dt.time | None = None, by=None, reason: str = ""
) -> MilestoneChange | None:
    """Move a milestone (a 訂正公告, or our own change), keeping the old date in its history.

    Returns the recorded change, or None when the date did not actually change.
    """
    old = due_of(milestone)
    milestone.set_due(precision, day, time)
    if due_of(milestone) == old:
        return None
    change = milestone_write(MilestoneEdit(milestone, old, reason), by=by)
    touched(teams=[milestone.notice.team_id], milestones=[milestone.pk])
    return change


@transaction.atomic
def milestone_update(*, edit: MilestoneEdit, by=None) -> MilestoneChange | None:
    """Save one milestone as the admin changed it (label, date with its reason, delivery…); returns the
    recorded date change, if any."""
    change = milestone_write(edit, by=by)
    milestone = edit.milestone
    touched(teams=[milestone.notice.team_id], milestones=[milestone.pk])
    return change


@transaction.atomic
def milestone_delete(*, milestone: Milestone) -> None:
    team_id, pk = milestone.notice.team_id, milestone.pk
    milestone.delete()
    touched(teams=[team_id], milestones=[pk])


def _set_done(milestone: Milestone, done: bool, by=None) -> bool:
    now = timezone.now()
    with transaction.atomic():
        changed = Milestone.objects.filter(pk=milestone.pk, done_at__isnull=done).update(
            done_at=now if done else None,
            done_by=by if done else None,
            ical_sequence=F("ical_sequence") + 1,
            updated_at=now,
        )
        if changed:
            touched(teams=[milestone.notice.team_id], milestones=[milestone.pk])
    milestone.refresh_from_db()
    return bool(changed)


def milestone_mark_done(*, milestone: Milestone, by=None) -> bool:
    """Mark done; returns False when it already was (a second click changes nothing)."""
    return _set_done(milestone, True, by)


def milestone_reopen(*, milestone: Milestone) -> bool:
    return _set_done(milestone, False)
