from django.urls import path

from calendars import views

app_name = "calendars"

urlpatterns = [
    path("feeds/<str:key>.ics", views.feed, name="feed"),
    path("calendars/", views.subscribe, name="subscribe"),
    path("calendars/<int:pk>/rotate/", views.rotate, name="rotate"),
    path("notices/<int:pk>/calendar.ics", views.notice_calendar, name="notice_calendar"),
]
