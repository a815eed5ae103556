"""The benchmark store: N generated candidates, built once and cached in tests/benchmarks/.cache/.

The first `SERVICE_SAVES` candidates go through `save_candidate` (timed: the build reports how long
N saves through the service would take); the rest through `bulk.insert_candidates`, which writes
the same rows (checked with every save hook on every build by `check_same_rows`) but, for speed,
runs only the audit hook: sync outbox ops exist for the first `SERVICE_SAVES` only. The cache key covers the migrations,
the generators and this code, so a schema change rebuilds the store. Each run works on a copy.
"""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text

from desktop.app import Application, open_application
from desktop.paths import Paths
from desktop.services.actor import Actor
from desktop.services.audit import audit_save
from desktop.services.candidates import save_candidate
from desktop.services.context import ServiceContext
from desktop.storage import audit_log
from desktop.storage.cipher import driver
from desktop.storage.engine import SQLITE_PRAGMAS
from desktop.storage.models import CandidateRow
from tests.benchmarks import bulk
from tests.benchmarks.people import TODAY, bench_candidates

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(__file__).resolve().parent / ".cache"
USERNAME, PASSWORD = "bench-admin", "benchmark-password"
SERVICE_SAVES = 1000
BATCH = 5000


@dataclass
class Dataset:
    app: Application
    actor: Actor
    count: int
    build: dict[str, Any]

    @property
    def ctx(self) -> ServiceContext:
        return self.app.ctx


def fingerprint() -> str:
    sources = sorted((ROOT / "desktop" / "storage" / "migrations" / "versions").glob("*.py"))
    sources += [ROOT / "desktop" / "services" / "demo_data.py", ROOT / "desktop" / "domain"]
    sources += [Path(__file__), Path(bulk.__file__), ROOT / "tests" / "benchmarks" / "people.py"]
    digest = hashlib.sha256()
    for path in sources:
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


@contextmanager
def raw_connection(app: Application) -> Iterator[Any]:
    """A bare SQLCipher connection on the unlocked app's store (same key, same pragmas)."""
    key = app.database_key()
    assert key is not None, "unlock the application first"
    con = driver().connect(str(app.paths.database), isolation_level=None)
    try:
        con.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
        for pragma in SQLITE_PRAGMAS:
            con.execute(pragma)
        yield con
    finally:
        con.close()


def _dump(app: Application) -> dict[str, list[tuple[Any, ...]]]:
    """The store's rows; sign-in and account events are left out (the bulk copy starts after
    them), and audit rows are compared without their position in the chain."""
    with raw_connection(app) as con:
        dump = bulk.table_dump(con)
    events = []
    for row in dump.get("audit_events", []):
        fields = dict(row)
        if str(fields.get("action", "")).startswith(("auth.", "staff.")):
            continue
        events.append(tuple((k, v) for k, v in row if k != "seq"))
    dump["audit_events"] = sorted(events, key=repr)
    return dump


def _sign_in(app: Application) -> Actor:
    return app.actor or app.unlock(USERNAME, PASSWORD)


def build(home: Path, count: int, log: Any = print) -> dict[str, Any]:
    """Fill a fresh data folder with `count` candidates; returns timings for the record."""
    check_same_rows()
    app = open_application(home)
    try:
        actor = app.initialise("benchmark laptop", USERNAME, PASSWORD)
        people = bench_candidates(count)
        first = min(SERVICE_SAVES, count)
        start = time.perf_counter()
        for c in people[:first]:
            result = save_candidate(app.ctx, actor, c, today=TODAY)
            assert result.saved, result.issues
        per_save = (time.perf_counter() - start) / max(first, 1)
        log(f"  {first} saves through save_candidate: {per_save * 1000:.1f} ms each")
        # The audit trail is written for every candidate; sync outbox ops only for the saves
        # above (the outbox hook costs ~14 ms a candidate; its size does not slow a save).
        hooks = [audit_save(app.ctx)]
        start = time.perf_counter()
        stored = first
        for i in range(first, count, BATCH):
            batch = people[i : i + BATCH]
            stored += bulk.insert_candidates(app.ctx, actor, batch, TODAY, hooks=hooks)
            log(f"  bulk insert: {stored} / {count}", end="\r")
        bulk_seconds = time.perf_counter() - start
        log(f"\n  bulk insert of {count - first}: {bulk_seconds:.0f} s")
        with raw_connection(app) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        app.close()
    return {
        "candidates": stored,
        "service_saves": first,
        "service_ms_per_save": round(per_save * 1000, 2),
        "service_estimate_for_all_s": round(per_save * count),
        "bulk_seconds": round(bulk_seconds, 1),
    }


def check_same_rows(n: int = 12) -> None:
    """Save `n` candidates through the service in one store and in bulk in another: same rows."""
    with tempfile.TemporaryDirectory() as tmp:
        app = open_application(Path(tmp) / "service")
        actor = app.initialise("check", USERNAME, PASSWORD)
        with app.ctx.store.read() as session:
            setup_events = audit_log.count(session)  # first-run events (account, sign-in)
        people = bench_candidates(n, seed=7)
        for c in people:
            assert save_candidate(app.ctx, actor, c, today=TODAY).saved
        by_service = _dump(app)
        app.close()
        shutil.copytree(Path(tmp) / "service", Path(tmp) / "bulk")
        bulk_app = open_application(Path(tmp) / "bulk")
        _sign_in(bulk_app)
        with bulk_app.ctx.store.unit_of_work() as session:  # back to no candidates, same device
            for table in reversed(CandidateRow.metadata.sorted_tables):
                if table.name == "audit_events":  # keep the first-run events, as in the service's
                    session.execute(table.delete().where(table.c.seq > setup_events))
                elif table.name not in ("device", "staff", "settings", "alembic_version"):
                    session.execute(table.delete())
            session.execute(text("DELETE FROM candidate_fts"))
        bulk.insert_candidates(bulk_app.ctx, actor, copy.deepcopy(people), TODAY)
        with bulk_app.ctx.store.read() as session:
            assert audit_log.verify(session).ok, "bulk audit events break the hash chain"
        by_bulk = _dump(bulk_app)
        bulk_app.close()
    for table, rows in by_service.items():
        other = by_bulk.get(table, [])
        if rows != other:
            diff = (
                next((a, b) for a, b in zip(rows, other, strict=False) if a != b) if other else ()
            )
            raise AssertionError(f"bulk rows of {table} differ from the service's: {diff}")


def _cached(count: int, log: Any) -> tuple[Path, dict[str, Any]]:
    folder = CACHE / f"store-{count}-{fingerprint()}"
    meta_file = folder / "meta.json"
    if meta_file.exists():
        return folder, json.loads(meta_file.read_text())
    log(f"Building a store of {count} candidates in {folder} (cached for later runs)")
    for stale in CACHE.glob(f"store-{count}-*"):
        shutil.rmtree(stale)
    staging = CACHE / f"building-{count}"
    shutil.rmtree(staging, ignore_errors=True)
    started = time.perf_counter()
    meta = build(staging, count, log)
    meta["build_seconds"] = round(time.perf_counter() - started, 1)
    (staging / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    staging.rename(folder)
    return folder, meta


@contextmanager
def dataset(count: int, log: Any = print) -> Iterator[Dataset]:
    """A fresh copy of the cached store of `count` candidates, opened and signed in."""
    folder, meta = _cached(count, log)
    with tempfile.TemporaryDirectory(prefix="passerelle-bench-") as tmp:
        home = Path(tmp)
        shutil.copy2(Paths.at(folder).database, Paths.at(home).database)
        shutil.copy2(Paths.at(folder).keyslots, Paths.at(home).keyslots)
        app = open_application(home)
        try:
            yield Dataset(app=app, actor=_sign_in(app), count=count, build=meta)
        finally:
            app.close()
