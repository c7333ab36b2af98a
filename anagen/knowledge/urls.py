from django.urls import path

from anagen.knowledge import views

app_name = "knowledge"

# The most visited page first (one slug segment: it cannot match the category pages' paths).
urlpatterns = [
    path("treatments/<slug:slug>/", views.treatment_detail, name="treatment"),
    path("treatments/", views.treatment_list, name="treatment_list"),
    path("treatments/category/<slug:category>/", views.category, name="category"),
    path("changelog/", views.changelog, name="changelog"),
    path("conditions/", views.condition_list, name="condition_list"),
    path("conditions/<slug:slug>/", views.condition_detail, name="condition"),
]
