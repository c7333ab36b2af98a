from django.urls import path

from anagen.web import search_views, views
from anagen.web.feeds import EvidenceUpdatesFeed

app_name = "web"

# Public pages first: Django tries the routes in order (no two of them match the same path).
urlpatterns = [
    path("", views.home, name="home"),
    path("guides/<slug:slug>/", views.guide_detail, name="guide"),
    path("guides/", views.guide_list, name="guides"),
    path("methodology/", views.methodology, name="methodology"),
    path("search/", search_views.search_page, name="search"),
    path("robots.txt", views.robots, name="robots"),
    path("editorial-policy/", views.editorial_policy, name="editorial_policy"),
    path("report-error/", views.report_error, name="report_error"),
    path("editorial/error-reports/", views.error_reports, name="error_reports"),
    path("changelog/feed.atom", EvidenceUpdatesFeed(), name="feed"),
]
