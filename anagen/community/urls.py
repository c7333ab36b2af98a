from django.urls import include, path

from anagen.community import views

app_name = "community"

urlpatterns = [
    path("accounts/signup/", views.signup, name="signup"),
    path("accounts/", views.account, name="account"),
    path("accounts/data.json", views.download_data, name="data"),
    path("accounts/delete/", views.delete_account, name="delete"),
    path("reviews/<int:pk>/report/", views.report, name="report"),
    path("reviews/<slug:kind>/<slug:slug>/", views.review_form, name="review"),
    path("moderation/", views.queue, name="queue"),
    path("moderation/<int:pk>/<slug:action>/", views.moderate, name="moderate"),
]

auth_urlpatterns = [
    path("accounts/", include("django.contrib.auth.urls")),
]
