from django.urls import path

from anagen.editorial import views

app_name = "editorial"

urlpatterns = [path("editors/<slug:slug>/", views.editor_profile, name="profile")]
