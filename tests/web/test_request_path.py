"""What a page view no longer does per request, and what it must still say: the layout's blocks
found once, the user not loaded for a visitor without a session, the message signer made on
use, and `Vary: Cookie` on every public page, cached or not."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib import messages
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.template import Context, Engine
from django.test import Client, RequestFactory
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from anagen.web import context
from anagen.web.messages import LazyFallbackStorage
from anagen.web.templatetags.layout import ROOT_BLOCKS, LayoutExtendsNode
from anagen.web.templatetags.seo import page_url

pytestmark = pytest.mark.django_db

TREATMENT = "/treatments/finasteride-oral/"


LAYOUTS = {
    "root.html": "<t>{% block title %}root{% endblock %}</t>"
    "{% if show %}<b>{% block body %}{% endblock %}</b>{% endif %}",
    "middle.html": '{% extends "root.html" %}{% block title %}middle {{ block.super }}'
    "{% endblock %}",
    "page.html": '{% extends "middle.html" %}{% block body %}page {{ n }}{% endblock %}',
}


def _engine(builtins: list[str]) -> Engine:
    loader = ("django.template.loaders.locmem.Loader", LAYOUTS)
    return Engine(loaders=[("django.template.loaders.cached.Loader", [loader])], builtins=builtins)


def test_extends_renders_as_djangos_and_finds_the_root_blocks_once() -> None:
    engine = _engine(["anagen.web.templatetags.layout"])
    djangos = _engine([]).get_template("page.html")
    page = engine.get_template("page.html")
    assert isinstance(page.nodelist[0], LayoutExtendsNode)
    assert type(djangos.nodelist[0]) is not LayoutExtendsNode
    for show, n in ((True, 1), (True, 2), (False, 3)):
        out = page.render(Context({"show": show, "n": n}))
        assert out == djangos.render(Context({"show": show, "n": n}))
        assert out == (f"<t>middle root</t><b>page {n}</b>" if show else "<t>middle root</t>")
    root = engine.get_template("root.html")  # the compiled layout the cached loader keeps
    assert set(root.__dict__[ROOT_BLOCKS]) == {"title", "body"}
    assert engine.get_template("middle.html").__dict__[ROOT_BLOCKS] is None  # not a root


def test_an_anonymous_page_view_never_loads_the_user(
    client: Client, monkeypatch: Any, settings: Any
) -> None:
    """With its fragments warm (they are made for everyone, once), the page asks only whether a
    session cookie came."""
    from django.contrib import auth

    settings.ANAGEN_PAGE_CACHE_SECONDS = 0
    client.get(TREATMENT)

    loads = []
    real_get_user = auth.get_user

    def counting_get_user(request: HttpRequest) -> Any:
        loads.append(request.path)
        return real_get_user(request)

    monkeypatch.setattr(auth, "get_user", counting_get_user)
    response = client.get(TREATMENT)
    assert b"Log in</a>" in response.content and loads == []
    assert response["Vary"] == "Cookie"  # the page still depends on the session cookie


def test_a_signed_in_visitor_is_seen_as_signed_in(client: Client) -> None:
    client.force_login(User.objects.create_user("reader2", "r2@example.org", "pass-phrase-4"))
    page = client.get(TREATMENT).content
    assert b">Account</a>" in page and b"Write or edit your review" in page
    request = RequestFactory().get("/")
    request.COOKIES["sessionid"] = "stale"  # a cookie, but no one signed in with it

    class Anonymous:
        is_authenticated = False

    request.user = Anonymous()  # type: ignore[attr-defined]
    assert context.site(request)["signed_in"] is False


def test_a_cached_page_says_vary_cookie_like_the_page_it_copies(client: Client) -> None:
    first = client.get(TREATMENT)
    second = client.get(TREATMENT)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert first["Vary"] == second["Vary"] == "Cookie"


def test_messages_still_travel_in_the_cookie_with_the_signer_made_on_use() -> None:
    request = RequestFactory().get("/")
    request.session = {}  # type: ignore[assignment]
    storage = LazyFallbackStorage(request)
    cookie_storage = storage.storages[0]
    assert "signer" not in cookie_storage.__dict__  # nothing signed yet
    storage.add(messages.INFO, "Saved.")
    response = HttpResponse()
    storage.update(response)
    assert "messages" in response.cookies and "signer" in cookie_storage.__dict__
    later = RequestFactory().get("/")
    later.COOKIES["messages"] = response.cookies["messages"].value
    later.session = {}  # type: ignore[assignment]
    assert [str(m) for m in LazyFallbackStorage(later)] == ["Saved."]


# Paths a visitor may send: quoted and unquoted, dot segments, a leading `//`, and query strings.
ODD_PATH = st.text(alphabet="ab/.%2E?#&=;:@ü é+$,!~*'()[]\"<>", max_size=16)


@hypothesis_settings(max_examples=300, deadline=None)
@given(path=ODD_PATH, query=ODD_PATH, secure=st.booleans())
def test_the_page_address_is_the_one_django_builds(path: str, query: str, secure: bool) -> None:
    request = RequestFactory().get("/", secure=secure, HTTP_HOST="localhost:8000")
    request.path = request.path_info = "/" + path
    request.META["QUERY_STRING"] = query
    assert page_url(Context({"request": request})) == request.build_absolute_uri()


def test_the_host_is_checked_once_and_a_host_not_allowed_is_still_refused(client: Client) -> None:
    response = client.get(TREATMENT, HTTP_HOST="localhost")
    assert b'<meta property="og:url" content="http://localhost/treatments/' in response.content
    assert client.get(TREATMENT, HTTP_HOST="evil.example").status_code == 400
