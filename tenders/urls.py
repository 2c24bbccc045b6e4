from django.contrib.auth import views as auth_views
from django.urls import path

from tenders import views

app_name = "tenders"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("notices/<int:pk>/", views.notice_detail, name="notice_detail"),
    path("milestones/<int:pk>/done/", views.milestone_done, name="milestone_done"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
]
