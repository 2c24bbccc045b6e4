from django.contrib.auth import views as auth_views
from django.urls import path

from tenders import views

app_name = "tenders"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("healthz", views.healthz, name="healthz"),
    path("notices/<int:pk>/", views.notice_detail, name="notice_detail"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
]
