from django.urls import path

from tenders.discovery import views

app_name = "discovery"

urlpatterns = [
    path("inbox/", views.inbox, name="inbox"),
    path("inbox/searches/new/", views.search_edit, name="search_new"),
    path("inbox/searches/<int:pk>/", views.search_edit, name="search_edit"),
    path("inbox/searches/<int:pk>/run/", views.search_run, name="search_run"),
    path("inbox/searches/<int:pk>/status/", views.search_status, name="search_status"),
    path("inbox/items/<int:pk>/dismiss/", views.item_dismiss, name="item_dismiss"),
    path("inbox/items/<int:pk>/track/", views.item_track, name="item_track"),
    path("inbox/items/<int:pk>/track/status/", views.item_track_status, name="item_track_status"),
    path("amendments/<int:pk>/<str:action>/", views.amendment_decide, name="amendment_decide"),
]
