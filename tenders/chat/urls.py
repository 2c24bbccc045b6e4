from django.urls import path

from tenders.chat import views

app_name = "chat"

urlpatterns = [
    path("teams/<int:pk>/chat/new/", views.channel_new, name="channel_new"),
    path("teams/<int:pk>/chat/<int:channel_pk>/", views.channel_edit, name="channel_edit"),
    path("teams/<int:pk>/chat/<int:channel_pk>/test/", views.channel_test_view, name="channel_test"),
    path("teams/<int:pk>/chat/<int:channel_pk>/delete/", views.channel_delete_view, name="channel_delete"),
]
