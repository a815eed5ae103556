"""Kept connections on the encrypted store (`desktop.storage.connections`), 100 000 candidates.

SQLCipher decrypts each page into the cache of the connection that reads it. The same reads —
a search keystroke of the list (matching ids, then the rows of its first page), over the GUI
benchmark's queries — are timed on kept connections (what the laptop store does) and on a new
connection for every unit of work (what it did before: key, pragmas, schema and every page
decrypted again), both through the same `Store.read()`. Also: the time `Store.file_change()` takes to let go of the kept connections
(around a restore) and a lock with connections kept (`Application.lock()`).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from desktop.services.listing import list_ids, summaries
from desktop.storage.cipher import laptop_engine
from desktop.storage.store import Store
from tests.benchmarks.bench_gui import QUERIES
from tests.benchmarks.core import Figure, Timing, time_calls
from tests.benchmarks.dataset import PASSWORD, USERNAME, Dataset, dataset

FULL, QUICK = 100_000, 10_000
PAGE = 100


def _keystroke(store: Store, data: Dataset) -> Callable[[str], None]:
    """What the list does for one keystroke in its search box: matching ids, then the rows of
    the first page."""
    from desktop.services.context import ServiceContext

    ctx = ServiceContext(store=store)

    def keystroke(query: str) -> None:
        ids = list_ids(ctx, data.actor, search=query, limit=1000)
        summaries(ctx, data.actor, ids[:PAGE])

    return keystroke


def read_figures(data: Dataset, samples: int) -> list[Figure]:
    queries = (QUERIES * (samples // len(QUERIES) + 1))[:samples]
    kept = time_calls(_keystroke(data.ctx.store, data), queries, warmup=len(QUERIES))
    key = data.app.database_key()
    assert key is not None
    fresh_store = Store(laptop_engine(data.app.paths.database, bytearray(key)))
    try:
        fresh_store.engine.pool.keeping.clear()  # type: ignore[attr-defined]  # NullPool-like
        fresh = time_calls(_keystroke(fresh_store, data), queries, warmup=len(QUERIES))
    finally:
        fresh_store.close()
    return [
        Figure.relative(
            "search keystroke (ids + first page), kept connection",
            kept.p95,
            "ms",
            baseline=fresh.p95,
            factor=1.0,  # if kept connections stop paying for themselves, drop them
            baseline_label="a new connection per unit of work",
            samples=kept.n,
            details={"kept": kept.summary(), "new_connection": fresh.summary()},
        )
    ]


def release_figures(data: Dataset, rounds: int) -> list[Figure]:
    store = data.ctx.store
    reader = _keystroke(store, data)
    changes, locks = [], []
    for _ in range(rounds):
        reader("nguyen")
        start = time.perf_counter()
        with store.file_change():
            pass
        changes.append((time.perf_counter() - start) * 1000)
    for _ in range(rounds):
        reader("nguyen")
        start = time.perf_counter()
        data.app.lock()
        locks.append((time.perf_counter() - start) * 1000)
        assert store.open_connections() == 0
        data.app.unlock(USERNAME, PASSWORD)
        store = data.ctx.store
        reader = _keystroke(store, data)
    t_change, t_lock = Timing(changes), Timing(locks)
    return [
        Figure.absolute(
            "let go of kept connections (file change)",
            t_change.p95,
            "ms",
            50,
            target="p95 ≤ 50 ms (around a restore)",
            samples=t_change.n,
            details=t_change.summary(),
        ),
        Figure.absolute(
            "lock with kept connections (none left open)",
            t_lock.p95,
            "ms",
            200,
            target="p95 ≤ 200 ms (Ctrl+L, idle lock)",
            samples=t_lock.n,
            details=t_lock.summary(),
        ),
    ]


def run(quick: bool) -> list[Figure]:
    count = QUICK if quick else FULL
    with dataset(count) as data:
        figures = read_figures(data, 60 if quick else 300)
        figures += release_figures(data, 3 if quick else 10)
    for f in figures:
        f.details.update(candidates=count)
    return figures
