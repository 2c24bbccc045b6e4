"""Discovery in the admin: to look, not to write (the pages and the command go through the services)."""

from django.contrib import admin

from tenders.admin import ReadOnlyAdmin
from tenders.discovery.models import Amendment, AmendmentMail, InboxItem, MatchMail, PortalEntry, SavedSearch, Tracking


@admin.register(SavedSearch)
class SavedSearchAdmin(ReadOnlyAdmin):
    list_display = ["name", "team", "query", "prefectures", "run_at", "enabled", "last_run_at", "last_status"]
    list_filter = ["enabled", "last_status", "team"]


@admin.register(PortalEntry)
class PortalEntryAdmin(ReadOnlyAdmin):
    list_display = ["project_name", "organization_name", "cft_issue_date", "first_seen_at", "last_seen_at"]
    search_fields = ["project_name", "organization_name", "key"]


@admin.register(InboxItem)
class InboxItemAdmin(ReadOnlyAdmin):
    list_display = ["entry", "team", "state", "created_at", "notice"]
    list_filter = ["state", "team"]


@admin.register(Tracking)
class TrackingAdmin(ReadOnlyAdmin):
    list_display = ["notice", "entry", "checked_at"]


@admin.register(Amendment)
class AmendmentAdmin(ReadOnlyAdmin):
    list_display = ["notice", "kind", "state", "created_at", "decided_by"]
    list_filter = ["kind", "state"]


@admin.register(MatchMail)
class MatchMailAdmin(ReadOnlyAdmin):
    list_display = ["recipient", "team", "day", "status", "sent_at", "last_error"]
    list_filter = ["status"]


@admin.register(AmendmentMail)
class AmendmentMailAdmin(ReadOnlyAdmin):
    list_display = ["recipient", "amendment", "status", "sent_at", "last_error"]
    list_filter = ["status"]
