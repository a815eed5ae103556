"""Save, search as you type and duplicate check with 100 000 candidates (DESIGN.md §7).

Every measured call goes through the real services on a copy of the cached store
(`dataset.py`). Save and search are also measured in the same run as bare `sqlite3` doing the
same rows / the same FTS5 query, and the ratio is reported.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import text

from desktop.domain.names import fold
from desktop.services.candidates import get_candidate, save_candidate
from desktop.services.duplicates import DuplicateProbe, find_duplicates
from desktop.services.listing import list_ids, summaries
from desktop.storage.cipher import driver
from desktop.storage.engine import SQLITE_PRAGMAS
from tests.benchmarks import bulk
from tests.benchmarks.core import Figure, time_calls
from tests.benchmarks.dataset import Dataset, dataset
from tests.benchmarks.people import TODAY, bench_candidates

FULL, QUICK = 100_000, 10_000
SEARCH_LIMIT, VISIBLE = 1000, 50  # the GUI list asks for 1000 ids and shows about 50 rows
TYPED = ["helene", "vallejos jul", "nguyen thi", "mohamed", "ben salah"]


def run(quick: bool) -> list[Figure]:
    count = QUICK if quick else FULL
    samples = 60 if quick else 300
    with dataset(count) as data:
        figures = save_figures(data, samples)
        figures += search_figures(data, samples)
        figures += duplicate_figures(data, samples)
    for f in figures:
        f.details.update(candidates=count, build=data.build)
    return figures


def _bare_connection(data: Dataset) -> Any:
    """A bare SQLCipher connection (the same encryption as the app's: a fair baseline)."""
    con = driver().connect(str(data.app.paths.database), isolation_level=None)
    key = data.app.database_key()
    assert key is not None
    con.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    for pragma in SQLITE_PRAGMAS:
        con.execute(pragma)
    return con


def _plain(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
    return value


def save_figures(data: Dataset, samples: int) -> list[Figure]:
    warmup = 10
    fresh = bench_candidates(samples + warmup, seed=4242, start=data.count)
    copies = copy.deepcopy(fresh)
    new = time_calls(
        lambda c: save_candidate(data.ctx, data.actor, c, today=TODAY), fresh, warmup=warmup
    )
    rng = random.Random(5)
    ids = list_ids(data.ctx, data.actor)
    existing = [get_candidate(data.ctx, data.actor, i) for i in rng.sample(ids, samples + warmup)]

    def update(c: Any) -> None:
        c.employment_status = "studying" if c.employment_status != "studying" else "unemployed"
        c.notes = f"Revu le {date.today().isoformat()}"
        result = save_candidate(data.ctx, data.actor, c, today=TODAY)
        assert result.saved and result.changed, result.issues

    updated = time_calls(update, existing, warmup=warmup)
    # Bare sqlite3: the same rows (built by bulk.candidate_rows), one transaction per candidate.
    con = _bare_connection(data)
    row_sets = []
    for c in copies:
        c.id, now = "", datetime.now(UTC)
        for item in (*c.diplomas, *c.experiences, *c.target_occupations, *c.language_levels):
            item.id = ""
        for k in c.consents:
            k.id = ""
        rows = bulk.candidate_rows(c, event_id=None, actor_id=None, now=now, today=TODAY)
        if rows is not None:
            row_sets.append(rows)

    def bare_insert(rows: bulk.Rows) -> None:
        con.execute("BEGIN")
        for table, items in rows.items():
            cols = list(items[0])
            sql = f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))})'
            con.executemany(sql, [[_plain(r[k]) for k in cols] for r in items])
        con.execute("COMMIT")

    bare = time_calls(bare_insert, row_sets, warmup=warmup)
    con.close()
    target = "p95 ≤ 30 ms (DESIGN.md §7)"
    common = {"unit": "ms", "limit": 30.0, "target": target, "baseline_label": "bare sqlite3"}
    return [
        Figure.absolute(
            "save a new candidate, p95",
            new.p95,
            baseline=bare.p95,
            samples=new.n,
            details={"timing": new.summary(), "bare": bare.summary()},
            **common,
        ),
        Figure.absolute(
            "save an updated candidate, p95",
            updated.p95,
            baseline=bare.p95,
            samples=updated.n,
            details={"timing": updated.summary(), "bare": bare.summary()},
            **common,
        ),
    ]


def _typed_queries(data: Dataset, rng: random.Random) -> list[str]:
    """Each keystroke of a few names typed in full, as at the booth, then two-word queries."""
    with data.ctx.store.read() as session:
        names = session.execute(
            text(
                "SELECT given_names, family_name FROM candidates "
                "WHERE rowid % 997 = 0 ORDER BY rowid LIMIT 40"
            )
        ).all()
    words = list(TYPED)
    for given, family in rng.sample(list(names), min(12, len(names))):
        words.append(fold(given).split()[0])
        words.append(f"{fold(family).split()[0]} {fold(given)[:3]}")
    queries: list[str] = []
    for word in words:
        queries += [word[:n] for n in range(1, len(word) + 1) if word[n - 1] != " "]
    return queries


def search_figures(data: Dataset, samples: int) -> list[Figure]:
    rng = random.Random(11)
    queries = _typed_queries(data, rng)
    queries = (queries * (samples // len(queries) + 1))[: max(samples, len(queries))]
    warmup = 5

    def keystroke(q: str) -> None:
        ids = list_ids(data.ctx, data.actor, search=q, limit=SEARCH_LIMIT)
        summaries(data.ctx, data.actor, ids[:VISIBLE])

    typed = time_calls(keystroke, queries, warmup=warmup)
    con = _bare_connection(data)

    def bare_keystroke(q: str) -> None:
        terms = fold(q).split()
        match = " AND ".join(f'"{t}"*' for t in terms)
        ids = [
            r[0]
            for r in con.execute(
                "SELECT candidate_id FROM candidate_fts WHERE candidate_fts MATCH ? "
                "ORDER BY bm25(candidate_fts) LIMIT ?",
                (match, SEARCH_LIMIT),
            )
        ]
        shown = ids[:VISIBLE]
        con.execute(
            "SELECT id, given_names, family_name, email, phone, date_of_birth FROM candidates "
            f"WHERE id IN ({', '.join('?' * len(shown))})",
            shown,
        ).fetchall()

    bare = time_calls(bare_keystroke, queries, warmup=warmup)
    con.close()
    slowest = _slowest(keystroke, sorted(set(queries)))
    return [
        Figure.absolute(
            "search as you type (ids + 50 rows), p95",
            typed.p95,
            "ms",
            50.0,
            target="p95 ≤ 50 ms (DESIGN.md §7)",
            baseline=bare.p95,
            baseline_label="bare sqlite3 FTS5",
            samples=typed.n,
            details={"timing": typed.summary(), "bare": bare.summary(), "slowest": slowest},
        )
    ]


def _slowest(fn: Callable[[str], None], queries: list[str], n: int = 5) -> dict[str, float]:
    """The queries that took longest (one more timing each), to explain a miss."""
    timed = {q: time_calls(fn, [q, q], warmup=1).p95 for q in queries}
    return {q: round(ms, 1) for q, ms in sorted(timed.items(), key=lambda kv: -kv[1])[:n]}


def duplicate_figures(data: Dataset, samples: int) -> list[Figure]:
    rng = random.Random(23)
    with data.ctx.store.read() as session:
        rows = session.execute(
            text(
                "SELECT given_names, family_name, email, phone, date_of_birth FROM candidates "
                "WHERE rowid % 89 = 0 LIMIT :n"
            ),
            {"n": samples * 2},
        ).all()
    probes: list[DuplicateProbe] = []
    for given, family, email, phone, born in rng.sample(list(rows), min(samples, len(rows))):
        typed_given = fold(given).title()  # typed without accents
        kind = len(probes) % 3
        if kind == 0 and email:
            probes.append(DuplicateProbe(typed_given, family, email=email.upper()))
        elif kind == 1 and phone:
            probes.append(DuplicateProbe(typed_given, family, phone=phone[-10:]))
        else:
            probes.append(DuplicateProbe(typed_given, family, date_of_birth=born))
    found = 0

    def check(probe: DuplicateProbe) -> None:
        nonlocal found
        found += bool(find_duplicates(data.ctx, data.actor, probe))

    timing = time_calls(check, probes, warmup=5)
    return [
        Figure.absolute(
            "duplicate check while typing, p95",
            timing.p95,
            "ms",
            50.0,
            target="p95 ≤ 50 ms (DESIGN.md §7)",
            samples=timing.n,
            details={"timing": timing.summary(), "probes_with_a_match": found},
        )
    ]
