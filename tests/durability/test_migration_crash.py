"""R12: kill -9 during a schema migration of a 10 000-candidate store: old or new, never between."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from alembic import command

from desktop.storage.backup import list_backups
from desktop.storage.migrate import _config, head_revision
from tests.benchmarks import bulk
from tests.benchmarks.people import bench_candidates
from tests.conftest import new_application
from tests.durability.helpers import Opener, integrity, query, reopen

ROOT = Path(__file__).resolve().parents[2]
OLD = "0004"
COUNT = 10_000


def _schema(opener: Opener, database: Path) -> tuple[str | None, frozenset[str]]:
    assert integrity(opener, database) == "ok"
    revision = query(opener, database, "SELECT version_num FROM alembic_version")
    sql = query(opener, database, "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")
    return (revision[0][0] if revision else None), frozenset(r[0] for r in sql)


@pytest.fixture(scope="module")
def old_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Opener]:
    """A 10 000-candidate store taken back to revision 0004, the same store migrated, its key."""
    home = tmp_path_factory.mktemp("r12") / "old"
    app = new_application(home)
    actor = app.actor
    assert actor is not None
    people = bench_candidates(COUNT)
    assert bulk.insert_candidates(app.ctx, actor, people, date(2026, 11, 1), hooks=[]) == COUNT
    config = _config()
    with app.ctx.store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, OLD)
    opener = app.file_opener()
    app.close()
    conn = opener(home / "passerelle.db")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    shutil.rmtree(home / "backups")
    reference = home.parent / "reference"
    shutil.copytree(home, reference)
    reopen(reference).close()
    return home, reference, opener


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
    old_store: tuple[Path, Path, Opener], tmp_path: Path
) -> None:
    source, reference, opener = old_store
    old = _schema(opener, source / "passerelle.db")
    new = _schema(opener, reference / "passerelle.db")
    assert old[0] == OLD and new[0] == head_revision() and old[1] != new[1]
    started = time.perf_counter()
    assert _open_and_kill(_copy(source, tmp_path / "timing"), None)
    full = time.perf_counter() - started
    outcomes = set()
    for step in range(7):
        home = _copy(source, tmp_path / f"kill{step}")
        finished = _open_and_kill(home, full * (0.2 + step * 0.12))
        state = _schema(opener, home / "passerelle.db")
        assert state in (old, new), f"kill {step}: schema between old and new"
        outcomes.add(state[0])
        for backup in list_backups(home / "backups"):
            # A published pre-migration backup is complete, verified, of the old schema.
            assert backup.verified and backup.kind == "migration"
            assert _schema(opener, backup.path) == old
        if finished:
            assert state == new
        app = reopen(home)  # the next start finishes the job
        try:
            assert _schema(opener, home / "passerelle.db") == new
            assert [b.kind for b in app.backups.list()] and all(
                b.verified for b in app.backups.list()
            )
            count = query(opener, home / "passerelle.db", "SELECT count(*) FROM candidates")
            assert count == [(COUNT,)]
        finally:
            app.close()
    assert OLD in outcomes  # some kills landed before the migration committed


def _copy(source: Path, home: Path) -> Path:
    shutil.copytree(source, home)
    return home
