"""Helpers of the durability tests: fictional candidates, page-level damage, file hashes."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from desktop.app import Application
from desktop.services.actor import Actor
from desktop.services.candidates import save_candidate
from tests.sync.sync_helpers import person


def save_people(
    app: Application, actor: Actor, start: int, count: int, marker: str = ""
) -> list[str]:
    ids = []
    for index in range(start, start + count):
        result = save_candidate(app.ctx, actor, person(index, marker))
        assert result.saved, result.issues
        ids.append(result.candidate_id)
    return ids


def leaf_pages(database: Path, table: str) -> list[int]:
    """The leaf pages of a table in a closed plain store (SQLite's dbstat virtual table)."""
    conn = sqlite3.connect(database)
    try:
        rows = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            (table,),
        ).fetchall()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    assert page_size == 4096
    return [int(r[0]) for r in rows]


def damage_page(database: Path, pageno: int, page_size: int = 4096) -> None:
    """Overwrite one page's b-tree header and cell pointers, as a failing disk sector would."""
    with open(database, "r+b") as handle:
        handle.seek((pageno - 1) * page_size)
        handle.write(b"\xa5" * 64)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
