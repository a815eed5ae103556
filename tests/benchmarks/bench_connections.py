"""Kept connections on the encrypted store (`desktop.storage.connections`), 100 000 candidates.

SQLCipher decrypts each page into the cache of the connection that reads it. The same small
read — the summaries of one page of the list (100 rows), as the list shows them — is timed on a
kept connection (what the laptop store does) and on a new connection for every unit of work
(what it did before: key, pragmas, schema and every page read again), both through the same
`Store.read()`. Also: the time `Store.file_change()` takes to let go of the kept connections
(around a restore) and a lock with connections kept (`Application.lock()`).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from desktop.services.listing import list_ids, summaries
from desktop.storage.cipher import laptop_engine
from desktop.storage.store import Store
from tests.benchmarks.core import Figure, Timing, time_calls
from tests.benchmarks.dataset import PASSWORD, USERNAME, Dataset, dataset

FULL, QUICK = 100_000, 10_000
PAGE = 100


def _page_reader(store: Store, data: Dataset, pages: list[list[str]]) -> Callable[[int], None]:
    from desktop.services.context import ServiceContext

    ctx = ServiceContext(store=store)

    def read(i: int) -> None:
        assert summaries(ctx, data.actor, pages[i % len(pages)])

    return read


def read_figures(data: Dataset, samples: int) -> list[Figure]:
    ids = list_ids(data.ctx, data.actor)
    rng = random.Random(11)
    pages = [ids[s : s + PAGE] for s in (rng.randrange(0, len(ids) - PAGE) for _ in range(50))]
    kept = time_calls(_page_reader(data.ctx.store, data, pages), range(samples), warmup=len(pages))
    key = data.app.database_key()
    assert key is not None
    fresh_store = Store(laptop_engine(data.app.paths.database, bytearray(key)))
    try:
        fresh_store.engine.pool.keeping.clear()  # type: ignore[attr-defined]  # NullPool-like
        fresh = time_calls(_page_reader(fresh_store, data, pages), range(samples), warmup=5)
    finally:
        fresh_store.close()
    return [
        Figure.relative(
            "read one list page (100 rows), kept connection",
            kept.p95,
            "ms",
            baseline=fresh.p95,
            factor=0.8,  # at least a fifth faster, or keeping connections is not worth it
            baseline_label="a new connection per read",
            samples=kept.n,
            details={"kept": kept.summary(), "new_connection": fresh.summary()},
        )
    ]


def release_figures(data: Dataset, rounds: int) -> list[Figure]:
    store = data.ctx.store
    reader = _page_reader(store, data, [list_ids(data.ctx, data.actor, limit=PAGE)])
    changes, locks = [], []
    for _ in range(rounds):
        reader(0)
        start = time.perf_counter()
        with store.file_change():
            pass
        changes.append((time.perf_counter() - start) * 1000)
    for _ in range(rounds):
        reader(0)
        start = time.perf_counter()
        data.app.lock()
        locks.append((time.perf_counter() - start) * 1000)
        assert store.open_connections() == 0
        data.app.unlock(USERNAME, PASSWORD)
        store = data.ctx.store
        reader = _page_reader(store, data, [list_ids(data.ctx, data.actor, limit=PAGE)])
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
