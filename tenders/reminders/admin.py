from django.contrib import admin

from tenders.reminders.models import Delivery, DigestDelivery


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["milestone", "recipient", "kind", "code", "send_at", "status", "attempts", "sent_at", "last_error"]
    list_filter = ["status", "kind", "milestone__notice__team"]
    search_fields = ["milestone__label", "milestone__notice__title", "recipient__email"]
    list_select_related = ["milestone", "recipient"]
    date_hierarchy = "send_at"
    readonly_fields = [f.name for f in Delivery._meta.fields]

    def has_add_permission(self, request):
        return False


@admin.register(DigestDelivery)
class DigestDeliveryAdmin(admin.ModelAdmin):
    list_display = ["recipient", "day", "status", "items", "attempts", "sent_at", "last_error"]
    list_filter = ["status"]
    readonly_fields = [f.name for f in DigestDelivery._meta.fields]

    def has_add_permission(self, request):
        return False
