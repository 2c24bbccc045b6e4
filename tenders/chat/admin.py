"""Chat channels in the admin: to look, not to write (leads use the team page, scripts the command).
Credentials are never shown: only their masked hint."""

from django.contrib import admin

from tenders.admin import ReadOnlyAdmin
from tenders.chat.models import Channel, ChatDelivery


@admin.register(Channel)
class ChannelAdmin(ReadOnlyAdmin):
    list_display = ["name", "team", "kind", "credentials_hint", "enabled", "dead_at", "last_success_at", "last_error_at"]
    list_filter = ["kind", "enabled", "team"]
    fields = [
        "team",
        "kind",
        "name",
        "credentials_hint",
        "sends_reminders",
        "sends_changes",
        "sends_summary",
        "enabled",
        "last_success_at",
        "last_error_at",
        "last_error",
        "dead_at",
        "created_at",
    ]


@admin.register(ChatDelivery)
class ChatDeliveryAdmin(ReadOnlyAdmin):
    list_display = ["channel", "kind", "code", "milestone", "day", "send_at", "status", "attempts", "sent_at", "last_error"]
    list_filter = ["status", "kind"]
    list_select_related = ["channel", "milestone"]
