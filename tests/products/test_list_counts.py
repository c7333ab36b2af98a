"""The list's match counts and its filter form are read once per content version: a write to
the catalogue, which bumps the version, shows at once."""

from __future__ import annotations

import pytest
from django.test import Client

from anagen.products.listing import catalogue_page
from anagen.products.models import Product
from anagen.web.cache import bump_version

pytestmark = pytest.mark.django_db


def test_the_count_is_cached_until_the_catalogue_changes(
    django_assert_num_queries: object,
) -> None:
    chosen = {"form": "foam"}
    before = catalogue_page(chosen, 1, 10).paginator.count
    assert before > 0
    with django_assert_num_queries(2):  # type: ignore[operator]
        # the page's ids and its products; the count comes from the cache
        assert catalogue_page(chosen, 1, 10).paginator.count == before
    Product.objects.filter(form="foam").order_by("pk").first().delete()  # type: ignore[union-attr]
    bump_version()
    assert catalogue_page(chosen, 1, 10).paginator.count == before - 1
    # Each set of filters has its own count.
    assert catalogue_page({"form": "tablet"}, 1, 10).paginator.count == (
        Product.objects.filter(form="tablet").count()
    )


def test_the_filter_form_shows_the_chosen_filters(client: Client) -> None:
    foam = client.get("/products/?form=foam").content.decode()
    tablet = client.get("/products/?form=tablet").content.decode()
    assert "<option selected>foam</option>" in foam
    assert "<option selected>tablet</option>" in tablet
    assert "<option selected>foam</option>" not in tablet
    plain = client.get("/products/").content.decode()
    assert (
        "selected" not in plain.split('<form method="get" class="filters"')[1].split("</form>")[0]
    )
