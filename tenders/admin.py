"""The admin: every save and delete goes through the services, like the web app's."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import ValidationError
from django.db import models
from django.forms import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _

from tenders import services
from tenders.forms import CLEANED_TEXT, MilestoneForm  # text typed in the admin is cleaned as in the web app
from tenders.models import (
    Heartbeat,
    Membership,
    Milestone,
    MilestoneChange,
    Notice,
    NoticeChange,
    NoticeDocument,
    Profile,
    Team,
)

User = get_user_model()


class ProfileInline(admin.StackedInline):
    model = Profile
    can_delete = False
    verbose_name_plural = _("profile")


class MembershipFormSet(BaseInlineFormSet):
    """Memberships of a team or of a person; a team keeps at least one lead (the services' rule)."""

    def clean(self):
        super().clean()
        leads_before = dict(  # lead memberships as saved: id → team
            Membership.objects.filter(
                pk__in=[f.instance.pk for f in self.forms if f.instance.pk], role=Membership.Role.LEAD
            ).values_list("pk", "team_id")
        )
        losing: dict[int, set[int]] = {}  # team → its lead memberships this change takes away
        for form in self.forms:
            membership = form.instance
            team_before = leads_before.get(membership.pk)
            if team_before is None:
                continue
            if form in self.deleted_forms or membership.role != Membership.Role.LEAD or membership.team_id != team_before:
                losing.setdefault(team_before, set()).add(membership.pk)
        for team_id, memberships in losing.items():
            try:
                services.team_keeps_a_lead(team_id=team_id, losing=memberships)
            except services.LastLeadError as error:
                raise ValidationError(f"{Team.objects.get(pk=team_id)}: {error.message}", code=error.code) from None


class MembershipInline(admin.TabularInline):
    model = Membership
    formset = MembershipFormSet
    extra = 1
    autocomplete_fields = ["user"]


def note_saved(formset, kept, deleted) -> None:
    """What the admin's history message lists (a formset's own save() would note it)."""
    formset.new_objects = [f.instance for f in kept if f.instance._state.adding]
    formset.changed_objects = [(f.instance, f.changed_data) for f in kept if not f.instance._state.adding]
    formset.deleted_objects = [f.instance for f in deleted]


def save_inline(request, formset):
    """Save a membership or profile inline through the services."""
    kept = [f for f in formset.forms if f not in formset.deleted_forms and f.has_changed()]
    note_saved(formset, kept, [f for f in formset.deleted_forms if f.instance.pk])
    for form in formset.deleted_forms:
        if form.instance.pk and formset.model is Membership:
            services.membership_remove(membership=form.instance)
    for form in formset.forms:
        if form in formset.deleted_forms or not form.has_changed():
            continue
        if formset.model is Membership:
            services.membership_save(membership=form.instance)
        elif formset.model is Profile:
            services.profile_update(profile=form.instance)


class ServiceDeletes:
    """Deleting from the admin (one, or the list's action) goes through the entity's service."""

    delete_service = None

    def delete_model(self, request, obj):
        type(self).delete_service(obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            type(self).delete_service(obj)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records to look at, never to add, change or delete from the admin: their app's pages, commands
    and services write them (chat's channels and posts, discovery's searches, results and mails)."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


admin.site.unregister(User)


@admin.register(User)
class StaffAdmin(ServiceDeletes, UserAdmin):
    inlines = [ProfileInline, MembershipInline]
    delete_service = staticmethod(lambda user: services.staff_delete(user=user))

    def save_model(self, request, obj, form, change):
        services.staff_save(user=obj)

    def save_formset(self, request, form, formset, change):
        save_inline(request, formset)

    list_display = ["username", "email", "display_name", "is_active", "is_staff"]
    list_select_related = ["profile"]

    @admin.display(description=_("display name"), ordering="profile__display_name")
    def display_name(self, user):
        return user.profile.display_name


@admin.register(Team)
class TeamAdmin(ServiceDeletes, admin.ModelAdmin):
    formfield_overrides = CLEANED_TEXT
    list_display = ["name", "deadline_time", "created_at"]
    search_fields = ["name"]
    inlines = [MembershipInline]
    delete_service = staticmethod(lambda team: services.team_delete(team=team))

    def save_model(self, request, obj, form, change):
        services.team_update(team=obj)

    def save_formset(self, request, form, formset, change):
        save_inline(request, formset)


class MilestoneInline(admin.TabularInline):
    model = Milestone
    form = MilestoneForm
    extra = 0
    fields = ["kind", "label", "precision", "date", "time", "delivery_note", "is_official", "change_reason"]
    show_change_link = True


class DocumentInline(admin.StackedInline):
    """A notice's source documents, as they were attached (from a document, an import): shown, not edited."""

    model = NoticeDocument
    extra = 0
    fields = ["filename", "file", "text"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Notice)
class NoticeAdmin(ServiceDeletes, admin.ModelAdmin):
    list_display = ["title", "issuer", "team", "owner", "status", "method", "updated_at"]
    list_filter = ["status", "method", "team", ("owner", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "issuer", "reference_number", "milestones__label"]
    list_select_related = ["team", "owner"]
    autocomplete_fields = ["owner", "assignees", "team"]
    date_hierarchy = "created_at"
    inlines = [MilestoneInline, DocumentInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}, **CLEANED_TEXT}
    fieldsets = [
        (None, {"fields": ["title", "issuer", "team", "status"]}),
        (_("procurement"), {"fields": ["method", "reference_number", "source_url", "budget_ceiling"]}),
        (_("people"), {"fields": ["owner", "assignees"]}),
        (_("notes"), {"fields": ["notes"]}),
    ]

    delete_service = staticmethod(lambda notice: services.notice_delete(notice=notice))

    def save_model(self, request, obj, form, change):
        """Saved with its milestones by ``save_related``, in one service call."""

    def save_related(self, request, form, formsets, change):
        (milestones,) = [formset for formset in formsets if formset.model is Milestone]
        kept = [f for f in milestones.forms if f not in milestones.deleted_forms and f.has_changed()]
        note_saved(milestones, kept, [f for f in milestones.deleted_forms if f.instance.pk])
        for formset in formsets:
            if formset is not milestones:
                note_saved(formset, [], [])  # documents are shown, not edited
        assignees = form.cleaned_data.get("assignees")
        if not change:
            services.notice_create(
                notice=form.instance, milestones=[f.instance for f in kept], assignees=assignees, by=request.user
            )
            return
        services.notice_update(
            notice=form.instance,
            assignees=assignees,
            milestones=[services.MilestoneEdit.of_form(f) for f in kept],
            removed=[f.instance for f in milestones.deleted_forms if f.instance.pk],
            by=request.user,
        )


class MilestoneChangeInline(admin.TabularInline):
    model = MilestoneChange
    extra = 0
    can_delete = False
    fields = ["changed_at", "changed_by", "old_display", "new_display", "reason"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description=_("old"))
    def old_display(self, change):
        return change.old_display()

    @admin.display(description=_("new"))
    def new_display(self, change):
        return change.new_display()


class OpenFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("open", _("open")), ("done", _("done"))]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return queryset.filter(done_at__isnull=True)
        if self.value() == "done":
            return queryset.filter(done_at__isnull=False)
        return queryset


@admin.register(Milestone)
class MilestoneAdmin(ServiceDeletes, admin.ModelAdmin):
    form = MilestoneForm
    list_display = ["label", "notice", "kind", "due", "delivery_note", "is_official", "is_done"]
    list_filter = [OpenFilter, "kind", "precision", "is_official", "notice__team"]
    search_fields = ["label", "notice__title", "notice__issuer"]
    list_select_related = ["notice"]
    date_hierarchy = "starts_on"
    inlines = [MilestoneChangeInline]
    fields = ["kind", "label", "precision", "date", "time", "delivery_note", "is_official", "source_excerpt", "change_reason"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("notice")

    @admin.display(description=_("due"), ordering="starts_on")
    def due(self, milestone):
        return milestone.due_display()

    @admin.display(description=_("done"), boolean=True)
    def is_done(self, milestone):
        return milestone.is_done

    def has_add_permission(self, request):
        return False  # milestones are added on their notice

    delete_service = staticmethod(lambda milestone: services.milestone_delete(milestone=milestone))

    def save_model(self, request, obj, form, change):
        services.milestone_update(edit=services.MilestoneEdit.of_form(form), by=request.user)


@admin.register(MilestoneChange)
class MilestoneChangeAdmin(admin.ModelAdmin):
    list_display = ["milestone", "changed_at", "changed_by", "__str__", "reason"]
    list_select_related = ["milestone", "changed_by"]
    search_fields = ["milestone__label", "milestone__notice__title", "reason"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(NoticeChange)
class NoticeChangeAdmin(ReadOnlyAdmin):
    """The history of changes made to many notices at once (status, owner, assignees, milestones done)."""

    list_display = ["notice", "changed_at", "changed_by", "summary"]
    list_select_related = ["notice", "changed_by"]
    list_filter = ["notice__team"]
    search_fields = ["notice__title", "summary"]
    date_hierarchy = "changed_at"


@admin.register(Heartbeat)
class HeartbeatAdmin(admin.ModelAdmin):
    """The workers' jobs' last beats (reminder sweep, chat sweep, discovery run)."""

    list_display = ["name", "beat_at", "alerted_at"]
    readonly_fields = ["name", "beat_at", "alerted_at"]

    def has_add_permission(self, request):
        return False
