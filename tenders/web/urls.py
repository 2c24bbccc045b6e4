from django.conf import settings
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse_lazy

from tenders.web import bulk, dashboard, from_document, milestones, month, notices, preferences, spreadsheets, teams
from tenders.web.signin import ThrottledPasswordResetForm

app_name = "tenders"


def favicon(request):
    """Browsers ask /favicon.ico of pages that name none (the admin's)."""
    return redirect(static("img/favicon.svg"))


urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("favicon.ico", favicon, name="favicon"),
    path("overdue/", dashboard.overdue, name="overdue"),
    path("notices/", notices.notice_list, name="notice_list"),
    path("notices/new/", notices.notice_create, name="notice_create"),
    path("notices/bulk/", bulk.notice_bulk, name="notice_bulk"),
    path("notices/export/", spreadsheets.notice_export, name="notice_export"),
    path("notices/export/status/", spreadsheets.notice_export_status, name="notice_export_status"),
    path("notices/export/ready/", spreadsheets.notice_export_ready, name="notice_export_ready"),
    path("notices/export/file/", spreadsheets.notice_export_file, name="notice_export_file"),
    path("notices/import/", spreadsheets.notice_import, name="notice_import"),
    path("notices/new/from-document/", from_document.notice_from_document, name="notice_from_document"),
    path("notices/new/from-document/status/", from_document.read_upload_status, name="notice_from_document_status"),
    path("notices/<int:pk>/", notices.notice_detail, name="notice_detail"),
    path("notices/<int:pk>/edit/", notices.notice_edit, name="notice_edit"),
    path("notices/<int:pk>/status/", notices.notice_status, name="notice_status"),
    path("notices/<int:pk>/documents/<int:document_pk>/", notices.notice_document, name="notice_document"),
    path("milestones/<int:pk>/done/", milestones.milestone_done, name="milestone_done"),
    path("calendar/", month.month, name="month"),
    path("teams/", teams.team_list, name="team_list"),
    path("teams/<int:pk>/", teams.team_settings, name="team_settings"),
    path("teams/<int:pk>/members/", teams.member_add, name="member_add"),
    path("teams/<int:pk>/members/<int:membership_pk>/", teams.member_update, name="member_update"),
    path("settings/", preferences.preferences, name="preferences"),
    path("settings/language/", preferences.language, name="language"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/password/",
        auth_views.PasswordChangeView.as_view(success_url=reverse_lazy("tenders:password_change_done")),
        name="password_change",
    ),
    path("accounts/password/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path(
        "accounts/password/reset/",
        auth_views.PasswordResetView.as_view(
            form_class=ThrottledPasswordResetForm, success_url=reverse_lazy("tenders:password_reset_done")
        ),
        name="password_reset",
    ),
    path(
        "accounts/password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(extra_context={"mails_per_hour": settings.PASSWORD_RESET_MAILS_PER_HOUR}),
        name="password_reset_done",
    ),
    path(
        "accounts/password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(success_url=reverse_lazy("tenders:password_reset_complete")),
        name="password_reset_confirm",
    ),
    path("accounts/password/reset/done/", auth_views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
]
