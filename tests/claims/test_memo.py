"""The caches that outlive a check_claims() call: every one keyed by text can be emptied, so the
benchmark measures checking, not remembering."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import anagen.claims
from anagen.claims.engine import check_claims
from anagen.claims.memo import forget_sentences, sentence_caches
from anagen.knowledge.base import KnowledgeBase


def _lasting_caches() -> dict[str, object]:
    found = {}
    for info in pkgutil.iter_modules(anagen.claims.__path__):
        module = importlib.import_module(f"anagen.claims.{info.name}")
        for name, value in vars(module).items():
            if (
                callable(value)
                and hasattr(value, "cache_clear")
                and value.__module__ == module.__name__
            ):
                found[f"{info.name}.{name}"] = value
    return found


def test_every_cache_keyed_by_text_is_one_forget_sentences_empties() -> None:
    listed = set(map(id, sentence_caches()))
    for name, cached in _lasting_caches().items():
        first = next(iter(inspect.signature(cached).parameters))
        if first != "kb":  # a per-knowledge-base index may stay
            assert id(cached) in listed, f"{name} is keyed by text but not forgotten"


def test_forgetting_empties_them_and_changes_no_finding(kb: KnowledgeBase) -> None:
    text = (
        "Minoxidil regrows hair in 90% of men. Biotin cures baldness. "
        "Saw palmetto blocks DHT with no side effects."
    )
    before = check_claims(text, kb)
    assert any(c.cache_info().currsize for c in sentence_caches())
    forget_sentences()
    assert all(c.cache_info().currsize == 0 for c in sentence_caches())
    assert check_claims(text, kb) == before


def test_a_sentence_repeated_in_another_text_keeps_that_texts_reading(kb: KnowledgeBase) -> None:
    # The same sentence read in other texts, at other places, about other products and for
    # other kinds of product: each call gives what it gives with nothing remembered.
    line = "It regrows hair in 90% of men with no side effects."
    calls = [
        (f"Minoxidil foam is our pick. {line}", None, ()),
        (f"Biotin gummies for men.\n\n{line}", None, ()),
        (line, "supplement", ("biotin",)),
        (line, "otc_drug", ("minoxidil",)),
        (f"Does it regrow hair? Yes! {line}", None, ("minoxidil",)),
    ]
    remembered = [check_claims(text, kb, context, subjects) for text, context, subjects in calls]
    for (text, context, subjects), report in zip(calls, remembered, strict=True):
        forget_sentences()
        assert check_claims(text, kb, context, subjects) == report
