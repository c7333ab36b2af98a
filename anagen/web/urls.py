from django.urls import path

from anagen.web import search_views, views

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("methodology/", views.methodology, name="methodology"),
    path("guides/", views.guide_list, name="guides"),
    path("search/", search_views.search_page, name="search"),
    path("robots.txt", views.robots, name="robots"),
    path("guides/<slug:slug>/", views.guide_detail, name="guide"),
]
