from django.urls import path

from tenders.reminders import views

app_name = "reminders"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("mail/digest/stop/<str:token>/", views.digest_unsubscribe, name="digest_unsubscribe"),
]
