"""Helpers of the durability tests: fictional candidates, reopening the encrypted store, page-level
damage, file hashes."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.app import Application, open_application
from desktop.services.actor import Actor
from desktop.services.candidates import save_candidate
from tests.conftest import ADMIN_PASSWORD
from tests.sync.sync_helpers import person

PAGE = 4096
Opener = Callable[[Path], Any]


def save_people(
    app: Application, actor: Actor, start: int, count: int, marker: str = ""
) -> list[str]:
    ids = []
    for index in range(start, start + count):
        result = save_candidate(app.ctx, actor, person(index, marker))
        assert result.saved, result.issues
        ids.append(result.candidate_id)
    return ids


def reopen(home: Path, password: str = ADMIN_PASSWORD) -> Application:
    """The application on `home`, unlocked as admin (as at the next start)."""
    application = open_application(home)
    application.unlock("admin", password)
    return application


def query(opener: Opener, database: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = opener(database)
    try:
        return [tuple(r) for r in conn.execute(sql, params).fetchall()]
    finally:
        conn.close()


def ids(opener: Opener, database: Path) -> set[str]:
    return {r[0] for r in query(opener, database, "SELECT id FROM candidates")}


def integrity(opener: Opener, database: Path) -> str:
    return str(query(opener, database, "PRAGMA integrity_check")[0][0])


def damage_page(database: Path, pageno: int, page_size: int = PAGE) -> None:
    """Overwrite part of one page, as a failing disk sector would (on an encrypted store the
    page's HMAC no longer matches: SQLCipher refuses it)."""
    with open(database, "r+b") as handle:
        handle.seek((pageno - 1) * page_size + 16)
        handle.write(b"\xa5" * 64)


def table_pages(opener: Opener, database: Path, table: str) -> list[int]:
    """Pages (other than its root) whose damage stops a full scan of `table` but not a scan of
    `outbox_ops`: found by trial on copies, since an encrypted file cannot be inspected."""
    root = int(
        query(opener, database, "SELECT rootpage FROM sqlite_master WHERE name = ?", table)[0][0]
    )
    count = database.stat().st_size // PAGE
    found = []
    with tempfile.TemporaryDirectory() as folder:
        for page in range(root + 1, count + 1):
            copy = Path(folder) / f"p{page}.db"
            shutil.copyfile(database, copy)
            damage_page(copy, page)
            try:
                query(opener, copy, f"SELECT count(*) FROM {table} NOT INDEXED")
            except Exception:
                try:
                    query(opener, copy, "SELECT count(*) FROM outbox_ops NOT INDEXED")
                    query(opener, copy, "SELECT count(*) FROM staff NOT INDEXED")
                except Exception:
                    continue
                found.append(page)
            copy.unlink()
            if len(found) >= 3:
                break
    assert found, f"no page of {table} found"
    return found


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
