"""`{% fragment %}`: a cached part of a page that also builds its own context, only on a miss.

    {% fragment "treatment-body" head.slug from body %}…{% endfragment %}
    {% fragment "community-box" kind slug filters from box unless signed_in %}…

The key is the name, the content version and the values after it, so every write that changes a
public page (see `anagen.web.cache.bump_version`) replaces the fragment at once. `from X` names
a callable in the context that returns the variables the fragment needs; it runs only when the
fragment is rendered, so a page whose fragments are warm does none of that work (no queries).
`unless C` renders the fragment fresh, uncached, when C is true (e.g. for a signed-in visitor).

    {% once "site-nav" signed_in %}…{% endonce %}

renders a part of the layout once per process for each key: only for parts made from the code
alone (URL names, static file names, fixed labels), never from content, and keyed only by values
that take a few values (signed in or not).

Django's own `{% cache %}` cannot defer the context, hashes every key, and raises and catches an
exception per fragment when no `template_fragments` cache exists; pages use this tag instead.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from django import template
from django.conf import settings
from django.core.cache import cache
from django.template.base import FilterExpression, NodeList, Parser, Token

from anagen.web.cache import content_version

register = template.Library()

# Values made only of these characters (slugs, numbers) go into the key as they read; if any is
# not (e.g. a filter from the query string), all are hashed together, unambiguously, so no two
# different sets of values share a key and every cache backend accepts it.
PLAIN_VALUE = re.compile(r"[\w.\-]{1,80}", re.ASCII)


def fragment_key(name: str, version: int, values: list[Any]) -> str:
    texts = [str(v) for v in values]
    if all(PLAIN_VALUE.fullmatch(t) for t in texts):
        return ":".join(["fragment", name, str(version), *texts])
    digest = hashlib.md5(repr(texts).encode(), usedforsecurity=False).hexdigest()
    return f"fragment:{name}:{version}:{digest}"


class FragmentNode(template.Node):
    child_nodelists = ("nodelist",)

    def __init__(
        self,
        nodelist: NodeList,
        name: str,
        values: list[FilterExpression],
        builder: FilterExpression | None,
        unless: FilterExpression | None,
    ) -> None:
        self.nodelist = nodelist
        self.name = name
        self.values = values
        self.builder = builder
        self.unless = unless

    def render(self, context: template.Context) -> str:
        seconds = settings.ANAGEN_FRAGMENT_CACHE_SECONDS
        if not seconds or (self.unless is not None and self.unless.resolve(context)):
            return self._render(context)
        key = fragment_key(self.name, _version(context), [v.resolve(context) for v in self.values])
        html = cache.get(key)
        if html is None:
            html = self._render(context)
            cache.set(key, html, seconds)
        return html

    def _render(self, context: template.Context) -> str:
        if self.builder is None:
            return self.nodelist.render(context)
        # Resolving a callable calls it (Django templates do), so a cached builder runs here.
        with context.push(**self.builder.resolve(context)):
            return self.nodelist.render(context)


# What `{% once %}` rendered in this process: (name, *values) -> HTML.
_ONCE: dict[tuple[Any, ...], str] = {}


class OnceNode(template.Node):
    child_nodelists = ("nodelist",)

    def __init__(self, nodelist: NodeList, name: str, values: list[FilterExpression]) -> None:
        self.nodelist = nodelist
        self.name = name
        self.values = values

    def render(self, context: template.Context) -> str:
        key = (self.name, *(v.resolve(context) for v in self.values))
        html = _ONCE.get(key)
        if html is None:
            html = _ONCE[key] = self.nodelist.render(context)
        return html


def _version(context: template.Context) -> int:
    """The content version, read once per page render (a page and the layout it extends
    share one render context), or taken from the view when it has read it already
    (`fragment_page` puts it in the context as `content_version`)."""
    state = context.render_context
    if "fragment-version" not in state:
        state["fragment-version"] = context.get("content_version") or content_version()
    return state["fragment-version"]


def _name_first(tag: str, token: Token) -> tuple[str, list[str]]:
    bits = token.split_contents()[1:]
    if not bits or bits[0][0] not in "\"'" or bits[0][-1] != bits[0][0]:
        raise template.TemplateSyntaxError(f"{{% {tag} %}} needs a quoted name first")
    return bits[0][1:-1], bits[1:]


@register.tag("once")
def do_once(parser: Parser, token: Token) -> OnceNode:
    name, rest = _name_first("once", token)
    nodelist = parser.parse(("endonce",))
    parser.delete_first_token()
    return OnceNode(nodelist, name, [parser.compile_filter(b) for b in rest])


@register.tag("fragment")
def do_fragment(parser: Parser, token: Token) -> FragmentNode:
    name, rest = _name_first("fragment", token)
    unless = builder = None
    if len(rest) >= 2 and rest[-2] == "unless":
        unless, rest = parser.compile_filter(rest[-1]), rest[:-2]
    if len(rest) >= 2 and rest[-2] == "from":
        builder, rest = parser.compile_filter(rest[-1]), rest[:-2]
    if "from" in rest or "unless" in rest:
        raise template.TemplateSyntaxError("{% fragment %}: write `from X` before `unless C`")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, name, [parser.compile_filter(b) for b in rest], builder, unless)
