"""Keep each team's revision counter growing with every change (see tenders.models.revisions)."""

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from tenders.models import Membership, Milestone, Notice, Profile, Team
from tenders.models.revisions import TeamRevision, teams_changed


def team_saved(sender, instance, created, raw=False, **kwargs):
    if created:
        TeamRevision.objects.get_or_create(team=instance)
    else:
        teams_changed([instance.pk])


def notice_saving(sender, instance, raw=False, **kwargs):
    """Note the team a notice is in before it is saved: moving it changes that team too."""
    if instance.pk is not None:
        instance._team_before = Notice.objects.filter(pk=instance.pk).values_list("team_id", flat=True).first()


def notice_changed(sender, instance, raw=False, **kwargs):
    teams_changed({instance.team_id, getattr(instance, "_team_before", None) or instance.team_id})


def milestone_changed(sender, instance, raw=False, **kwargs):
    teams_changed(Team.objects.filter(notices=instance.notice_id))


def assignees_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if reverse:  # a person's notices were changed
        teams_changed(Team.objects.filter(notices__in=pk_set or []))
    else:
        teams_changed([instance.team_id])


def membership_changed(sender, instance, **kwargs):
    teams_changed([instance.team_id])


def person_changed(sender, instance, raw=False, update_fields=None, **kwargs):
    """A name is shown on rows and events of every team the person is in (signing in changes none)."""
    if update_fields is not None and set(update_fields) <= {"last_login"}:
        return
    user_id = instance.user_id if isinstance(instance, Profile) else instance.pk
    teams_changed(Team.objects.filter(memberships__user=user_id))


def connect():
    post_save.connect(team_saved, sender=Team, dispatch_uid="revision.team")
    for model, receiver in ((Notice, notice_changed), (Milestone, milestone_changed), (Membership, membership_changed)):
        post_save.connect(receiver, sender=model, dispatch_uid=f"revision.save.{model.__name__}")
        post_delete.connect(receiver, sender=model, dispatch_uid=f"revision.delete.{model.__name__}")
    pre_save.connect(notice_saving, sender=Notice, dispatch_uid="revision.notice_before")
    m2m_changed.connect(assignees_changed, sender=Notice.assignees.through, dispatch_uid="revision.assignees")
    post_save.connect(person_changed, sender=Profile, dispatch_uid="revision.profile")
    post_save.connect(person_changed, sender=get_user_model(), dispatch_uid="revision.user")
