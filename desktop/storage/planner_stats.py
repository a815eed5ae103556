"""Statistics for SQLite's query planner on the laptop store (`Store.ensure_statistics`).

Without statistics, the SQLite inside SQLCipher chose `ix_candidates_deleted_at` for
`date_of_birth = ? AND deleted_at IS NULL` (every live row: 480 ms instead of 0.5 ms at 100 000
candidates), so a store gets sampled statistics once (`ANALYZE` with `analysis_limit`: a full
`ANALYZE` reads and decrypts the whole file). Sampling has one blind spot that matters here: it
reads about a thousand entries of each index, so for `deleted_at`, which is NULL for nearly every
row, it reports about a thousand rows per value. The planner then believes `deleted_at IS NULL`
picks a thousand rows and goes through that index (a table lookup per live row) instead of the
covering indexes made for the lists and counts: listing the ids of 100 000 candidates took
600 ms instead of 200, the status bar's "registered today" 250 ms instead of 40. So at every
sign-in the figure for that index is set to what it really is, the number of live rows, as
SQLite documents for statistics an application knows better (sqlite.org/optoverview.html §11):
one count over the index, and a write only when the figure is off by more than a quarter.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

LIVE_INDEX = "ix_candidates_deleted_at"
SAMPLED_ROWS = 1000  # per index, for the first statistics of a store (0.5 s at 100 000)

_HAS_STATS = "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
_COUNTS = f"SELECT count(*), sum(deleted_at IS NULL) FROM candidates INDEXED BY {LIVE_INDEX}"


def ensure_statistics(engine: Engine) -> bool:
    """Give the planner statistics if the file has none yet (True if it did), and the true
    number of live rows for `deleted_at` (changes are seen by connections opened afterwards)."""
    if engine.dialect.name != "sqlite":
        return False
    changed = made = False
    with engine.connect() as conn:
        if conn.exec_driver_sql(_HAS_STATS).first() is None:
            conn.exec_driver_sql(f"PRAGMA analysis_limit = {SAMPLED_ROWS}")
            conn.exec_driver_sql("ANALYZE")
            made = changed = True
        if _has_live_index(conn):
            changed = _set_live_rows(conn) or changed
        conn.commit()
    if changed:
        engine.dispose()  # kept connections loaded the old statistics with the schema
    return made


def _has_live_index(conn: Any) -> bool:
    found = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (LIVE_INDEX,)
    )
    return found.first() is not None


def _set_live_rows(conn: Any) -> bool:
    total, live = conn.exec_driver_sql(_COUNTS).one()
    if not total:
        return False  # an empty table: the planner's defaults are fine
    wanted = f"{int(total)} {max(1, int(live or 0))}"
    current = conn.exec_driver_sql(
        "SELECT stat FROM sqlite_stat1 WHERE idx = ?", (LIVE_INDEX,)
    ).scalar()
    if current is not None and _close_enough(str(current), wanted):
        return False
    conn.exec_driver_sql("DELETE FROM sqlite_stat1 WHERE idx = ?", (LIVE_INDEX,))
    conn.exec_driver_sql(
        "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('candidates', ?, ?)",
        (LIVE_INDEX, wanted),
    )
    conn.exec_driver_sql("ANALYZE sqlite_schema")  # this connection reloads them at once
    return True


def _close_enough(current: str, wanted: str) -> bool:
    try:
        have = [int(x) for x in current.split()[:2]]
    except ValueError:
        return False
    want = [int(x) for x in wanted.split()]
    return len(have) == 2 and all(abs(h - w) <= w / 4 for h, w in zip(have, want, strict=True))
