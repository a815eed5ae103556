"""The dashboard's covering indexes exist on every store and SQLite reads the dashboard through them.

Migration 0012 creates them, also on a store upgraded from 0011. The query plans are read with
EXPLAIN QUERY PLAN on a laptop store (SQLCipher's SQLite) holding a thousand candidates written
like the dashboard benchmark's, for the statements one refresh really runs (captured as they go).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import event, inspect

from desktop.app import Application
from desktop.domain.dashboard import DashboardFilter
from desktop.services.dashboard import programme_figures
from desktop.storage.engine import sqlite_engine
from desktop.storage.migrate import _config, current_revision, head_revision, upgrade
from tests.benchmarks.bench_dashboard import AS_OF, COORDINATOR, fill

INDEXES = {
    "candidates": {"ix_candidates_cohort", "ix_candidates_event_live"},
    "eligibility_assessments": {"ix_eligibility_assessments_outcome"},
}


def _indexes(engine, table: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {index["name"] for index in inspect(engine).get_indexes(table)}


def test_a_store_upgraded_from_0011_gets_the_dashboard_indexes(tmp_path: Path) -> None:
    engine = sqlite_engine(tmp_path / "store.db")
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0011")
    assert not _indexes(engine, "candidates") & INDEXES["candidates"]
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    for table, names in INDEXES.items():
        assert names <= _indexes(engine, table)
    engine.dispose()


def _plans(app: Application, flt: DashboardFilter) -> list[tuple[str, list[str]]]:
    """(statement, plan lines) of every statement one refresh runs."""
    engine = app.ctx.store.engine
    ran: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        ran.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        programme_figures(app.ctx, COORDINATOR, flt, AS_OF)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    with engine.connect() as conn:
        return [
            (sql, [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)])
            for sql, params in ran
        ]


def _reads(plans: list[tuple[str, list[str]]], marker: str) -> list[str]:
    """The plan lines that read the candidates, of the statements containing `marker`."""
    found = [
        line
        for sql, lines in plans
        if marker in sql
        for line in lines
        if " candidates " in f"{line} "
    ]
    assert found, marker
    return found


def test_a_refresh_reads_the_cohort_and_the_assessments_from_the_covering_indexes(
    app: Application,
) -> None:
    events, _rows = fill(app.ctx.store, 1000, 100)
    period = _plans(app, DashboardFilter(date(2026, 4, 1), date(2027, 3, 31)))
    event_year = _plans(app, DashboardFilter(date(2025, 1, 1), date(2025, 12, 31), events[0]))
    one_event = _plans(app, DashboardFilter(event_id=events[1]))
    for plans in (period, event_year):
        for line in _reads(plans, "candidates.created_at >="):
            assert "COVERING INDEX ix_candidates_cohort" in line, line
    for line in _reads(one_event, "candidates.event_id ="):
        assert "COVERING INDEX ix_candidates_event_live" in line, line
    for plans in (period, event_year, one_event):
        assessments = [
            line
            for sql, lines in plans
            if "eligibility_assessments.suggested" in sql
            for line in lines
            if "eligibility_assessments" in line
        ]
        assert assessments and all(
            "COVERING INDEX ix_eligibility_assessments_outcome" in line for line in assessments
        ), assessments
        assert not [line for _sql, lines in plans for line in lines if "SCAN candidates" in line]
