from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from anagen.api import api
from anagen.web.sitemaps import SITEMAPS

# Django tries these in order, and every include passed over costs a failed match of each of its
# routes: the most visited public pages (treatments, conditions, home, guides, products) come
# first. No two includes match the same path, so the order changes no route.
urlpatterns = [
    path("", include("anagen.knowledge.urls")),
    path("", include("anagen.web.urls")),
    path("", include("anagen.products.urls")),
    path("", include("anagen.assessment.urls")),
    path("", include("anagen.claims.urls")),
    path("", include("anagen.community.urls")),
    path("", include("anagen.editorial.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
]
