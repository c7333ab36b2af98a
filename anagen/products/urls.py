from django.urls import path

from anagen.products import views

app_name = "products"

urlpatterns = [
    path("products/", views.product_list, name="list"),
    path("products/rankings/", views.rankings, name="rankings"),
    path("products/rankings/<slug:kind>/<slug:key>/", views.ranking, name="ranking"),
    path("products/compare/", views.compare, name="compare"),
    path("products/methodology/", views.methodology, name="methodology"),
    path("products/<slug:slug>/", views.product_detail, name="detail"),
]
