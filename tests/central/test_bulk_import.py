"""A bundle large enough for the bulk paths (PostgreSQL COPY of every table, several chunks) gives
central exactly the candidates the laptop holds: every field, child row, eligibility suggestion
and search entry, and a second import of later edits updates them in place."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select, text

from desktop.central.importer import import_bundle
from desktop.domain.candidate import Candidate, Diploma
from desktop.domain.interchange import candidate_to_json
from desktop.services.actor import SYSTEM
from desktop.services.candidates import get_candidate
from desktop.services.context import ServiceContext
from desktop.services.listing import list_ids
from desktop.storage.models import EligibilityRow
from tests.benchmarks.bulk import insert_candidates
from tests.benchmarks.people import bench_candidates
from tests.sync.sync_helpers import (
    Central,
    assert_one_winner_per_field,
    laptop_bundle,
    make_laptop,
    person,
)

COUNT = 90  # ~8 000 ops: two chunks of 5 000 ops, each table of each above the COPY threshold (32)


def _same_people(laptop_ctx: ServiceContext, central_ctx: ServiceContext, ids: list[str]) -> None:
    for candidate_id in ids:
        here = get_candidate(laptop_ctx, SYSTEM, candidate_id)
        there = get_candidate(central_ctx, SYSTEM, candidate_id)
        assert here is not None and there is not None, candidate_id
        assert _content(there) == _content(here), candidate_id
        assert _suggestion(central_ctx, candidate_id) == _suggestion(laptop_ctx, candidate_id)


def _content(c: Candidate) -> dict[str, object]:
    """Everything but the instants (central dates a candidate by the clocks of its ops)."""
    found = candidate_to_json(c)
    return {k: v for k, v in found.items() if k not in ("created_at", "updated_at")}


def _suggestion(ctx: ServiceContext, candidate_id: str) -> tuple[str, object]:
    with ctx.store.read() as session:
        row = session.scalar(
            select(EligibilityRow).where(EligibilityRow.candidate_id == candidate_id)
        )
        assert row is not None
        return row.suggested, row.reasons


def test_a_large_bundle_gives_central_the_laptops_candidates(
    tmp_path: Path, central: Central
) -> None:
    laptop = make_laptop(tmp_path, "salon", central)
    people = bench_candidates(COUNT)
    # Assessed as of today on both sides (central assesses with today's date).
    assert insert_candidates(laptop.app.ctx, laptop.actor, people, date.today()) == COUNT
    ids = [c.id for c in people if c.id]
    report = import_bundle(central.store, central.keys, laptop.export(tmp_path / "b1.zip"))
    assert report.status == "imported" and report.added == COUNT and report.missing == []
    central_ctx = ServiceContext(store=central.store)
    _same_people(laptop.app.ctx, central_ctx, ids)
    family = people[7].family_name or ""
    assert ids[7] in list_ids(central_ctx, SYSTEM, search=family)

    # Later edits: a new phone, a diploma fewer, one more candidate; central updates in place.
    edited = get_candidate(laptop.app.ctx, SYSTEM, ids[3])
    assert edited is not None
    edited.phone, edited.diplomas = "+15145550199", edited.diplomas[1:]
    laptop.save(edited)
    extra = laptop.save(person(1, marker="Nouvelle"))
    report = import_bundle(central.store, central.keys, laptop.export(tmp_path / "b2.zip"))
    assert (report.status, report.added, report.updated) == ("imported", 1, 1)
    _same_people(laptop.app.ctx, central_ctx, [ids[3], extra, ids[4]])
    assert_one_winner_per_field(central.store)


def test_a_large_import_gives_postgresql_statistics_on_the_tables_it_grows(
    tmp_path: Path, central: Central
) -> None:
    data = laptop_bundle(tmp_path, central, 6)
    report = import_bundle(central.store, central.keys, data, chunk_size=40)  # several chunks
    assert report.status == "imported" and report.added == 6
    with central.store.read() as session:
        if session.get_bind().dialect.name != "postgresql":
            return  # SQLite looks rows up by index without statistics
        analysed = set(
            session.scalars(
                text("SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL")
            )
        )
    assert {"op_log", "field_heads", "candidates", "consents"} <= analysed


def test_a_row_that_another_candidate_held_moves_to_the_one_that_names_it_now(
    tmp_path: Path, central: Central
) -> None:
    """Two laptops give the same diploma row to two people (a row id is meant to be unique):
    the import does not fail, the row ends under the person rebuilt last, nowhere else."""
    shared = "dddddddd-0000-4000-8000-000000000001"
    first = make_laptop(tmp_path, "a", central)
    second = make_laptop(tmp_path, "b", central)
    one = first.save(person(1, diplomas=[Diploma(id=shared, title="Génie civil", level="bac")]))
    two = second.save(person(2, diplomas=[Diploma(id=shared, title="Génie minier", level="bac")]))
    for index in range(3, 40):  # enough diploma rows for PostgreSQL's COPY path
        second.save(person(index))
    for laptop, name, added in ((first, "a.zip", 1), (second, "b.zip", 38)):
        report = import_bundle(central.store, central.keys, laptop.export(tmp_path / name))
        assert report.status == "imported" and report.added == added
    ctx = ServiceContext(store=central.store)
    holder, other = get_candidate(ctx, SYSTEM, two), get_candidate(ctx, SYSTEM, one)
    assert holder is not None and other is not None
    assert [(d.id, d.title) for d in holder.diplomas] == [(shared, "Génie minier")]
    assert other.diplomas == []
