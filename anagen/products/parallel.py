"""Evaluating import rows on every core while the caller writes.

Label analysis, claim check and score cost about as much as writing a row, and both are
single-threaded Python. A pool of worker processes evaluates the next batches while the caller
writes the current one. Each worker loads the knowledge base from the same content files once
(spawned, not forked, so no database connection or lock is ever shared with the parent).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.loader import load_content
from anagen.products.evaluate import ImportEvaluator
from anagen.products.importers import ImportRow

Evaluated = list[tuple[ImportRow, dict[str, Any]]]

_worker_evaluator: ImportEvaluator | None = None


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _start_worker(content_dir: str) -> None:
    global _worker_evaluator
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _worker_evaluator = ImportEvaluator(load_content(Path(content_dir)))


def _evaluate(rows: list[ImportRow]) -> list[dict[str, Any]]:
    assert _worker_evaluator is not None
    return [_worker_evaluator(row) for row in rows]


def evaluated_batches(
    batches: Iterable[list[ImportRow]],
    kb: KnowledgeBase,
    content_dir: Path | None = None,
    workers: int = 1,
) -> Iterator[Evaluated]:
    """Each batch with every row's product fields, in the order given. With `workers` > 1 and
    the content directory `kb` was loaded from, batches are evaluated in worker processes,
    a few batches ahead of the caller; otherwise here, one by one."""
    if workers <= 1 or content_dir is None:
        evaluator = ImportEvaluator(kb)
        for batch in batches:
            yield [(row, evaluator(row)) for row in batch]
        return
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(str(content_dir),),
    )
    ahead: deque[tuple[list[ImportRow], Future[list[dict[str, Any]]]]] = deque()
    try:
        for batch in batches:
            ahead.append((batch, pool.submit(_evaluate, batch)))
            if len(ahead) > 2 * workers:  # bounded: memory stays flat on any file size
                done, future = ahead.popleft()
                yield list(zip(done, future.result(), strict=True))
        while ahead:
            done, future = ahead.popleft()
            yield list(zip(done, future.result(), strict=True))
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
