"""The page-part caches: `{% fragment %}` (content, keyed by the content version), `{% once %}`
(layout made from code alone), and the fixed security-policy header."""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.template import Context, Template, TemplateSyntaxError
from django.test import RequestFactory

from anagen.web.cache import bump_version
from anagen.web.middleware import StaticCSPMiddleware
from anagen.web.templatetags import fragments


def _render(source: str, **context: Any) -> str:
    return Template("{% load fragments %}" + source).render(Context(context))


class Counter:
    """A context builder that counts how often the page asked for it."""

    def __init__(self, **values: Any) -> None:
        self.values = values
        self.calls = 0

    def __call__(self) -> dict[str, Any]:
        self.calls += 1
        return self.values


def test_a_fragment_builds_its_context_only_on_a_miss_and_a_write_replaces_it() -> None:
    source = '{% fragment "t-body" slug from body %}<p>{{ text }}</p>{% endfragment %}'
    first = Counter(text="first")
    assert _render(source, slug="a", body=first) == "<p>first</p>"
    later = Counter(text="changed")
    assert _render(source, slug="a", body=later) == "<p>first</p>"  # warm: no build
    assert (first.calls, later.calls) == (1, 0)
    assert _render(source, slug="b", body=later) == "<p>changed</p>"  # another key
    bump_version()  # a content load, a product or a review changed
    assert _render(source, slug="a", body=later) == "<p>changed</p>"


def test_unless_renders_the_fragment_fresh_and_stores_nothing() -> None:
    source = '{% fragment "t-box" from box unless personal %}{{ who }}{% endfragment %}'
    assert _render(source, box=Counter(who="ann"), personal=True) == "ann"
    assert _render(source, box=Counter(who="bob"), personal=True) == "bob"
    assert _render(source, box=Counter(who="everyone"), personal=False) == "everyone"
    assert _render(source, box=Counter(who="ann"), personal=True) == "ann"


def test_turned_off_fragments_always_render(settings: Any) -> None:
    settings.ANAGEN_FRAGMENT_CACHE_SECONDS = 0
    source = '{% fragment "t-off" from body %}{{ n }}{% endfragment %}'
    assert _render(source, body=Counter(n=1)) == "1"
    assert _render(source, body=Counter(n=2)) == "2"


def test_keys_from_visitor_text_are_hashed_so_every_backend_takes_them() -> None:
    hostile = "a b\x00c" + "é" * 300
    key = fragments.fragment_key("box", 7, ["treatment", hostile])
    assert key.startswith("fragment:box:") and len(key) < 60 and " " not in key
    assert fragments.fragment_key("box", 7, ["treatment", "x-0"]) == "fragment:box:7:treatment:x-0"
    # Values that could run into each other are hashed as a list, so they never share a key.
    assert fragments.fragment_key("box", 7, ["a:b", "c"]) != fragments.fragment_key(
        "box", 7, ["a", "b:c"]
    )
    source = '{% fragment "t-hostile" q %}{{ q }}{% endfragment %}'
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no cache-key warning either
        assert _render(source, q=hostile) == _render(source, q=hostile)


@pytest.mark.parametrize(
    "source",
    [
        "{% fragment name %}{% endfragment %}",
        "{% fragment %}{% endfragment %}",
        '{% fragment "x" unless a from b %}{% endfragment %}',
        "{% once %}{% endonce %}",
    ],
)
def test_a_malformed_tag_is_a_clear_template_error(source: str) -> None:
    with pytest.raises(TemplateSyntaxError, match=r"fragment|once"):
        Template("{% load fragments %}" + source)


def test_once_renders_a_layout_part_once_per_key_in_this_process() -> None:
    source = '{% once "t-nav" signed_in %}{{ label }}{% endonce %}'
    assert _render(source, signed_in=False, label="Log in") == "Log in"
    assert _render(source, signed_in=False, label="changed") == "Log in"
    assert _render(source, signed_in=True, label="Account") == "Account"


def test_the_security_policy_header_is_the_librarys_and_overrides_still_apply() -> None:
    from csp.middleware import CSPMiddleware

    factory = RequestFactory()
    ours = StaticCSPMiddleware(lambda request: HttpResponse("ok"))
    library = CSPMiddleware(lambda request: HttpResponse("ok"))
    expected = library(factory.get("/"))["Content-Security-Policy"]
    assert "script-src 'self'" in expected
    for _ in range(3):  # built on the first response, reused after
        assert ours(factory.get("/"))["Content-Security-Policy"] == expected

    def overridden(request: Any) -> HttpResponse:
        response = HttpResponse("ok")
        response._csp_update = {"img-src": ["https://example.org"]}  # what @csp_update sets
        return response

    special = StaticCSPMiddleware(overridden)
    special(factory.get("/"))  # the plain header is not what the next one gets
    assert "https://example.org" in special(factory.get("/"))["Content-Security-Policy"]
    assert "https://example.org" not in ours(factory.get("/"))["Content-Security-Policy"]


def test_the_local_memory_cache_takes_any_key_without_warnings() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        cache.set("a key with spaces " + "x" * 300, 1)
        assert cache.get("a key with spaces " + "x" * 300) == 1


def test_a_fragment_takes_the_version_the_view_already_read() -> None:
    from anagen.web.cache import content_version

    source = '{% fragment "t-given" from body %}{{ n }}{% endfragment %}'
    assert _render(source, body=Counter(n=1), content_version=content_version()) == "1"
    assert _render(source, body=Counter(n=2)) == "1"  # the same key when the tag reads it
    assert _render(source, body=Counter(n=3), content_version=content_version() + 1) == "3"
