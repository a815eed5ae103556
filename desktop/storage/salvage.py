"""Copy what is still readable from a damaged store into a fresh file (recovery mode).

The damaged file is only read, never written. Its schema is replayed into a new file opened by
the same opener (so an encrypted store's copy has the same key), then every table is copied
row by row in rowid order; when a damaged page stops a scan, the copy resumes past it with
growing jumps, so one bad page costs the rows it held and not the rest of the table. The full-text
search index is left out: it is rebuilt from the candidates and is not needed to export them.
SQLCipher leaves a connection in an error state once a page fails its check, so the damaged file
is reopened (read only) after every failed read.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.storage.backup import Opener, fsync_folder

_SKIP_PREFIXES = ("sqlite_",)
_MAX_JUMP = 1 << 24
_BATCH = 500


class SalvageError(Exception):
    """Nothing can be read from the file (its first page or schema is lost)."""

    def __init__(self, code: str = "recovery.unreadable") -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, object] = {}


@dataclass
class SalvageReport:
    path: Path
    copied: dict[str, int] = field(default_factory=dict)
    damaged_tables: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.copied.values())


def _schema(conn: Any) -> list[tuple[str, str, str, str]]:
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM main.sqlite_master WHERE sql IS NOT NULL"
    ).fetchall()
    return [(str(a), str(b), str(c), str(d)) for a, b, c, d in rows]


class _Source:
    """The damaged file, read only; `reset()` gives a fresh connection after a failed read."""

    def __init__(self, opener: Opener, path: Path) -> None:
        self.opener, self.path = opener, path
        self.conn: Any = None
        self.reset()

    def reset(self) -> Any:
        self.close()
        self.conn = self.opener(self.path)
        self.conn.execute("PRAGMA query_only = 1")  # the damaged file is evidence: never written
        return self.conn

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(Exception):
                self.conn.close()
            self.conn = None


def _columns(source: _Source, table: str) -> list[str]:
    query = f'PRAGMA main.table_info("{table}")'
    try:
        rows = source.conn.execute(query).fetchall()
    except Exception:
        rows = source.reset().execute(query).fetchall()
    return [str(r[1]) for r in rows]


def _copy_table(source: _Source, target: Any, table: str) -> tuple[int, bool]:
    """Copy readable rows of one table; returns (rows copied, whether a damaged page was met)."""
    columns = _columns(source, table)
    quoted = ", ".join(f'"{c}"' for c in columns)
    insert = (
        f'INSERT OR IGNORE INTO "{table}" (rowid, {quoted}) '
        f"VALUES ({', '.join('?' for _ in range(len(columns) + 1))})"
    )
    select = (
        f'SELECT rowid, {quoted} FROM main."{table}" NOT INDEXED WHERE rowid > ? ORDER BY rowid'
    )
    copied, damaged, after, jump = 0, False, -(1 << 62), 1
    while True:
        batch: list[Any] = []
        try:
            for row in source.conn.execute(select, (after,)):
                batch.append(tuple(row))
                after = int(row[0])
                if len(batch) >= _BATCH:
                    target.executemany(insert, batch)
                    copied += len(batch)
                    batch = []
            target.executemany(insert, batch)
            return copied + len(batch), damaged
        except Exception:
            if batch:
                target.executemany(insert, batch)  # our own write failing (disk full) is raised
                copied += len(batch)
            damaged = True
            source.reset()
            if jump > _MAX_JUMP:
                return copied, damaged
            after += jump
            jump *= 2


def salvage(opener: Opener, damaged: Path, out: Path) -> SalvageReport:
    """Write the readable rows of `damaged` into the new file `out` (which must not exist)."""
    if out.exists():
        raise FileExistsError(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    report = SalvageReport(out)
    source: _Source | None = None
    target = None
    try:
        source = _Source(opener, damaged)
        try:
            schema = _schema(source.conn)
        except Exception as exc:
            raise SalvageError() from exc
        target = opener(out)
        with contextlib.suppress(Exception):
            target.isolation_level = None
        virtual = {name for kind, name, _t, sql in schema if "VIRTUAL TABLE" in sql.upper()}
        tables = [
            name
            for kind, name, _t, sql in schema
            if kind == "table"
            and name not in virtual
            and not name.startswith(_SKIP_PREFIXES)
            and not any(name.startswith(v + "_") for v in virtual)
        ]
        target.execute("BEGIN")
        for kind, name, _t, sql in schema:
            if kind == "table" and name in tables:
                target.execute(sql)
        for table in tables:
            copied, hit = _copy_table(source, target, table)
            report.copied[table] = copied
            if hit:
                report.damaged_tables.append(table)
        for kind, _name, table, sql in schema:
            if kind == "index" and table in tables:
                with contextlib.suppress(Exception):  # a unique index broken by damage: skip it
                    target.execute(sql)
        target.execute("COMMIT")
    except BaseException:
        if source is not None:
            source.close()
        if target is not None:
            with contextlib.suppress(Exception):
                target.close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{out}{suffix}").unlink(missing_ok=True)
        raise
    target.close()
    source.close()
    fsync_folder(out.parent)
    return report
