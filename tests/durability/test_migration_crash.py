"""R12: kill -9 during a schema migration of a 10 000-candidate store: old or new, never between."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from alembic import command

from desktop.app import open_application
from desktop.services.accounts import authenticate, initialise
from desktop.storage.backup import list_backups
from desktop.storage.migrate import _config, head_revision
from tests.benchmarks import bulk
from tests.benchmarks.people import bench_candidates

ROOT = Path(__file__).resolve().parents[2]
OLD = "0004"
COUNT = 10_000


def _schema(database: Path) -> tuple[str | None, frozenset[str]]:
    conn = sqlite3.connect(database)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        sql = {r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")}
        return (revision[0] if revision else None), frozenset(sql)
    finally:
        conn.close()


@pytest.fixture(scope="module")
def old_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A 10 000-candidate store taken back to revision 0004, and the same store migrated."""
    home = tmp_path_factory.mktemp("r12") / "old"
    app = open_application(home)
    initialise(app.ctx, "Portable", "admin", "mot-de-passe-sûr")
    actor = authenticate(app.ctx, "admin", "mot-de-passe-sûr")
    assert (
        bulk.insert_candidates(app.ctx, actor, bench_candidates(COUNT), date(2026, 11, 1), hooks=[])
        == COUNT
    )
    config = _config()
    with app.ctx.store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, OLD)
    app.close()
    with sqlite3.connect(home / "passerelle.db") as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.rmtree(home / "backups")
    reference = home.parent / "reference"
    shutil.copytree(home, reference)
    open_application(reference).close()
    return home, reference


def _open_and_kill(home: Path, delay: float | None) -> bool:
    """Start the app on `home` in a subprocess and SIGKILL it after `delay` s (None: let it
    finish); True if it finished opening (and migrating) the store."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.durability.worker", "open", str(home)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    try:
        out, _err = proc.communicate(timeout=delay if delay is not None else 300)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=120)
    return b"opened" in out


def test_r12_a_migration_killed_at_any_moment_leaves_the_old_or_the_new_schema(
    old_store: tuple[Path, Path], tmp_path: Path
) -> None:
    source, reference = old_store
    old = _schema(source / "passerelle.db")
    new = _schema(reference / "passerelle.db")
    assert old[0] == OLD and new[0] == head_revision() and old[1] != new[1]
    started = time.perf_counter()
    assert _open_and_kill(_copy(source, tmp_path / "timing"), None)
    full = time.perf_counter() - started
    outcomes = set()
    for step in range(7):
        home = _copy(source, tmp_path / f"kill{step}")
        finished = _open_and_kill(home, full * (0.2 + step * 0.12))
        state = _schema(home / "passerelle.db")
        assert state in (old, new), f"kill {step}: schema between old and new"
        outcomes.add(state[0])
        for backup in list_backups(home / "backups"):
            # A published pre-migration backup is complete, verified, of the old schema.
            assert backup.verified and backup.kind == "migration"
            assert _schema(backup.path) == old
        if finished:
            assert state == new
        app = open_application(home)  # the next start finishes the job
        try:
            assert _schema(home / "passerelle.db") == new
            assert [b.kind for b in app.backups.list()] and all(
                b.verified for b in app.backups.list()
            )
            conn = sqlite3.connect(home / "passerelle.db")
            assert conn.execute("SELECT count(*) FROM candidates").fetchone()[0] == COUNT
            conn.close()
        finally:
            app.close()
    assert OLD in outcomes  # some kills landed before the migration committed


def _copy(source: Path, home: Path) -> Path:
    shutil.copytree(source, home)
    return home
