from django.urls import path

from anagen.claims import views

app_name = "claims"

urlpatterns = [path("claims/", views.checker, name="checker")]
