"""What staff see when a search or a duplicate check has to stay fast on a large store: the best
match first while a query is narrow, newest first when it matches very many people; a birth
month finds everyone born that month; the planner knows that nearly every row is live."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.app import Application
from desktop.domain.candidate import Candidate, Consent
from desktop.services.actor import Actor
from desktop.services.candidates import save_candidate
from desktop.services.duplicates import DuplicateProbe, find_duplicates
from desktop.services.listing import list_ids
from desktop.storage import planner_stats, search_index


def _save(app: Application, admin: Actor, given: str, family: str, **fields: str) -> str:
    c = Candidate(given_names=given, family_name=family, **fields)
    c.consents = [Consent(purpose="intake", granted=True)]
    result = save_candidate(app.ctx, admin, c)
    assert result.saved, result.issues
    return result.candidate_id


def _people(app: Application, admin: Actor) -> tuple[str, list[str]]:
    # "Tremblay" alone is a closer match than "Tremblay" among many other words.
    others = [
        _save(
            app,
            admin,
            f"Marie-Ève Ngọc {i}",
            "Tremblay-Bouchard de la Montagne",
            email=f"m{i}@exemple.ca",
        )
        for i in range(3)
    ]
    best = _save(app, admin, "Lê", "Tremblay", email="le@exemple.ca")
    return best, others


def test_a_narrow_search_lists_the_best_match_first(app: Application, admin: Actor) -> None:
    best, others = _people(app, admin)
    found = list_ids(app.ctx, admin, search="tremblay")
    assert found[0] == best and set(found) == {best, *others}


def test_a_search_matching_very_many_people_lists_the_newest_first(
    app: Application, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    best, others = _people(app, admin)
    monkeypatch.setattr(search_index, "RANKED_AT_MOST", 2)
    newest_first = [best, *reversed(others)]
    assert list_ids(app.ctx, admin, search="tremblay") == newest_first
    assert list_ids(app.ctx, admin, search="tremblay", limit=2) == newest_first[:2]
    # Narrowed to a few: ranked again.
    assert list_ids(app.ctx, admin, search="tremblay le") == [best]


def test_a_birth_month_finds_everyone_born_that_month_and_no_one_else(
    app: Application, admin: Actor
) -> None:
    may = _save(app, admin, "Julio", "Vallejos", email="j1@exemple.ca", date_of_birth="1990-05-31")
    month_only = _save(
        app, admin, "Julio", "Vallejos", email="j2@exemple.ca", date_of_birth="1990-05"
    )
    _save(app, admin, "Julio", "Vallejos", email="j3@exemple.ca", date_of_birth="1990-06-01")
    _save(app, admin, "Julio", "Vallejos", email="j4@exemple.ca", date_of_birth="1990-04-30")
    probe = DuplicateProbe(given_names="Julio", family_name="Vallejos", date_of_birth="1990-05")
    found = {m.summary.id for m in find_duplicates(app.ctx, admin, probe)}
    assert found == {may, month_only}


def _live_stat(app: Application) -> str | None:
    with app.ctx.store.read() as session:
        return session.scalar(
            text("SELECT stat FROM sqlite_stat1 WHERE idx = :i"), {"i": planner_stats.LIVE_INDEX}
        )


def test_the_planner_is_told_how_many_rows_are_live(app: Application, admin: Actor) -> None:
    for i in range(12):
        _save(app, admin, f"Awa {i}", "Diop", email=f"a{i}@exemple.ca")
    with app.ctx.store.unit_of_work() as session:  # what sampling reports for a NULL column
        session.execute(text("ANALYZE"))
        session.execute(
            text("UPDATE sqlite_stat1 SET stat = '12 1' WHERE idx = :i"),
            {"i": planner_stats.LIVE_INDEX},
        )
    app.ctx.store.ensure_statistics()
    assert _live_stat(app) == "12 12"
    with app.ctx.store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM candidates WHERE deleted_at IS NULL "
            "ORDER BY created_at DESC, id"
        ).all()
    plan = " ".join(str(row[3]) for row in rows)
    assert planner_stats.LIVE_INDEX not in plan, plan
