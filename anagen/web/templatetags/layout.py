"""`{% extends %}` that finds the layout's blocks once per compiled layout, not once per page.

Django's ExtendsNode walks every node of the root layout (web/base.html) on every render to
collect its `{% block %}`s: about a sixteenth of a treatment page's whole request, for an answer
that cannot change while the compiled template lives (the cached loader keeps it until the
templates are reloaded, and a reloaded template is a new object). This node keeps that answer
on the compiled layout and otherwise renders exactly as Django's does.

Installed for every template as a builtin (settings.TEMPLATES OPTIONS "builtins"), so templates
keep writing the ordinary `{% extends "web/base.html" %}`.
"""

from __future__ import annotations

from django import template
from django.template.base import Node, Parser, Template, TextNode, Token
from django.template.context import Context
from django.template.loader_tags import (
    BLOCK_CONTEXT_KEY,
    BlockContext,
    BlockNode,
    ExtendsNode,
    do_extends,
)

register = template.Library()

# Set on a compiled root layout: its blocks by name (None when it extends another template).
ROOT_BLOCKS = "_anagen_root_blocks"


def root_blocks(parent: Template) -> dict[str, BlockNode] | None:
    """The blocks of `parent` when it is the root of the chain (extends nothing), as Django's
    ExtendsNode.render works them out: the first node that is not text decides."""
    try:
        return parent.__dict__[ROOT_BLOCKS]
    except KeyError:
        pass
    blocks = None
    first = next((n for n in parent.nodelist if not isinstance(n, TextNode)), None)
    if first is not None and not isinstance(first, ExtendsNode):
        blocks = {n.name: n for n in parent.nodelist.get_nodes_by_type(BlockNode)}
    parent.__dict__[ROOT_BLOCKS] = blocks
    return blocks


class LayoutExtendsNode(ExtendsNode):
    def render(self, context: Context) -> str:
        compiled_parent = self.get_parent(context)
        state = context.render_context
        if BLOCK_CONTEXT_KEY not in state:
            state[BLOCK_CONTEXT_KEY] = BlockContext()
        block_context = state[BLOCK_CONTEXT_KEY]
        block_context.add_blocks(self.blocks)
        blocks = root_blocks(compiled_parent)
        if blocks is not None:
            block_context.add_blocks(blocks)  # reads the dict, never changes it
        with state.push_state(compiled_parent, isolated_context=False):
            return compiled_parent._render(context)


@register.tag("extends")
def do_layout_extends(parser: Parser, token: Token) -> Node:
    node = do_extends(parser, token)
    return LayoutExtendsNode(node.nodelist, node.parent_name)
