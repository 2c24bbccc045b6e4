from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.db import models
from django.utils.translation import gettext_lazy as _

from tenders.forms import LineField, MilestoneForm, TextField
from tenders.models import Membership, Milestone, MilestoneChange, Notice, NoticeDocument, Profile, Team
from tenders.services import milestone_record_change

User = get_user_model()


class ProfileInline(admin.StackedInline):
    model = Profile
    can_delete = False
    verbose_name_plural = _("profile")


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    autocomplete_fields = ["user"]


admin.site.unregister(User)


@admin.register(User)
class StaffAdmin(UserAdmin):
    inlines = [ProfileInline, MembershipInline]
    list_display = ["username", "email", "display_name", "is_active", "is_staff"]
    list_select_related = ["profile"]

    @admin.display(description=_("display name"), ordering="profile__display_name")
    def display_name(self, user):
        return user.profile.display_name


# Text typed in the admin is cleaned of NUL and control characters on the way in, as in the web app.
CLEANED_TEXT = {models.CharField: {"form_class": LineField}, models.TextField: {"form_class": TextField}}


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    formfield_overrides = CLEANED_TEXT
    list_display = ["name", "deadline_time", "created_at"]
    search_fields = ["name"]
    inlines = [MembershipInline]


class MilestoneInline(admin.TabularInline):
    model = Milestone
    form = MilestoneForm
    extra = 0
    fields = ["kind", "label", "precision", "date", "time", "delivery_note", "is_official", "change_reason"]
    show_change_link = True


class DocumentInline(admin.StackedInline):
    model = NoticeDocument
    extra = 0
    fields = ["filename", "file", "text"]


def record_date_changes(request, forms):
    for form in forms:
        if getattr(form, "due_changed", False) and form.instance.pk:
            milestone_record_change(
                milestone=form.instance, old=form.old_due, by=request.user, reason=form.cleaned_data.get("change_reason", "")
            )


@admin.register(Notice)
class NoticeAdmin(admin.ModelAdmin):
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

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is Milestone:
            record_date_changes(request, formset.forms)


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
class MilestoneAdmin(admin.ModelAdmin):
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

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        record_date_changes(request, [form])


@admin.register(MilestoneChange)
class MilestoneChangeAdmin(admin.ModelAdmin):
    list_display = ["milestone", "changed_at", "changed_by", "__str__", "reason"]
    list_select_related = ["milestone", "changed_by"]
    search_fields = ["milestone__label", "milestone__notice__title", "reason"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
