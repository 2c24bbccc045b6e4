from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Shimekiri 締切"
admin.site.site_title = "Shimekiri"
admin.site.index_title = "管理"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("tenders.web.urls")),
    path("", include("tenders.reminders.urls")),
    path("", include("tenders.discovery.urls")),
    path("", include("tenders.chat.urls")),
    path("", include("calendars.urls")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler400 = "tenders.web.from_document.bad_request"  # a paste over the size limit: the form again, with a message
