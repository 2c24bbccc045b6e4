from django.contrib import admin

from calendars.models import Feed


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "include_alarms", "created_at", "rotated_at"]
    list_filter = ["kind", "include_alarms"]
    search_fields = ["team__name", "user__email"]
    fields = ["kind", "team", "user", "include_alarms", "created_at", "rotated_at"]
    readonly_fields = ["kind", "team", "user", "created_at", "rotated_at"]
    actions = ["rotate"]

    def has_add_permission(self, request):
        return False

    @admin.action(description="URLを変更する（古いURLは使えなくなります）")
    def rotate(self, request, queryset):
        for feed in queryset:
            feed.rotate()
