from __future__ import annotations

from django.urls import path

from bench.bare import views

urlpatterns = [
    path("a/<slug:slug>/", views.article),
    path("cached/<slug:slug>/", views.article_cached),
]
