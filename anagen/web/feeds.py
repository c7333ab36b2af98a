"""Atom feed of evidence updates, from content/changelog.yaml."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from anagen.knowledge import runtime

# A feed reader needs only the recent changes; the whole history is on /changelog/.
FEED_ENTRIES = 50


class EvidenceUpdatesFeed(Feed):  # type: ignore[type-arg]
    feed_type = Atom1Feed
    title = "anagen: what changed in the evidence"
    link = "/changelog/"
    subtitle = "Changes to evidence grades and key findings, newest first."

    def items(self) -> list[tuple[int, Any]]:
        return list(enumerate(runtime.get_kb().changelog, start=1))[:FEED_ENTRIES]

    def item_title(self, item: tuple[int, Any]) -> str:
        return str(item[1].title)

    def item_description(self, item: tuple[int, Any]) -> str:
        return str(item[1].text)

    def item_link(self, item: tuple[int, Any]) -> str:
        n, entry = item
        return f"/changelog/#{entry.date:%Y-%m-%d}-{n}"

    def item_pubdate(self, item: tuple[int, Any]) -> dt.datetime:
        return dt.datetime.combine(item[1].date, dt.time(), tzinfo=dt.UTC)

    def item_updateddate(self, item: tuple[int, Any]) -> dt.datetime:
        return self.item_pubdate(item)
