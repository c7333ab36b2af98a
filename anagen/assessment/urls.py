from django.urls import path

from anagen.assessment import views

app_name = "assessment"

urlpatterns = [
    path("assessment/", views.questionnaire, name="start"),
    path("assessment/save/", views.save, name="save"),
    path("assessment/saved/<str:token>/", views.saved, name="saved"),
    path("assessment/saved/<str:token>/delete/", views.delete, name="delete"),
    path("assessment/method/", views.method, name="method"),
]
