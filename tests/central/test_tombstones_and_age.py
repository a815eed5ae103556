"""S11: an erased person's tombstone holds no id in clear, late ops for them are still dropped, and
a bundle older than the maximum bundle age is quarantined."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, select, text

from desktop.central import review
from desktop.central.importer import import_bundle
from desktop.central.report import summary
from desktop.central.verify import MAX_BUNDLE_AGE_MS
from desktop.storage.models import SyncAlarmRow, TombstoneRow
from desktop.sync import hlc
from desktop.sync.laptop import apply_ack
from tests.sync.sync_helpers import Central, make_laptop, op_count, person, state_hash


def _all_text(central: Central, skip: tuple[str, ...] = ()) -> str:
    """Every value of every table of the central store, as one text."""
    parts = []
    with central.store.read() as session:
        for table in inspect(session.get_bind()).get_table_names():
            if table in skip or table.startswith("candidate_fts"):
                continue
            for row in session.execute(text(f'SELECT * FROM "{table}"')):
                parts.append(repr(tuple(row)))
    return "\n".join(parts)


def test_an_erased_person_leaves_only_keyed_hashes_and_late_ops_are_dropped(
    tmp_path: Path, central: Central
) -> None:
    a = make_laptop(tmp_path, "a", central)
    c = person(1, marker="Oubli")
    cid = a.save(c)
    keep = a.save(person(2))
    first = import_bundle(central.store, central.keys, a.export(tmp_path / "a1.zip"))
    apply_ack(a.app.ctx.store, first.ack or b"")
    diploma = c.diplomas[0].id
    review.erase(central.store, cid)
    c.notes = "plus tard"
    a.save(c)  # a later edit of the erased person, from a laptop that did not know
    late = import_bundle(central.store, central.keys, a.export(tmp_path / "a2.zip"))
    assert late.status == "imported" and late.dropped >= 1 and late.applied == 0
    assert summary(central.store)["candidates"] == 1
    with central.store.read() as session:
        stones = list(session.scalars(select(TombstoneRow.row_id)))
    assert stones and all(len(s) == 36 and "-" not in s for s in stones)
    # Central's own audit trail names the erasure's ids (ids only, see docs/SYNC.md); nothing else
    # in the store — tombstones, op log, registers, received audit events — keeps them in clear.
    everything = _all_text(central, skip=("audit_events",))
    assert cid not in everything and diploma not in everything
    assert "Oubli" not in everything
    assert keep in everything


def test_a_bundle_older_than_the_maximum_age_is_quarantined(
    tmp_path: Path, central: Central
) -> None:
    a = make_laptop(tmp_path, "a", central)
    a.save(person(1))
    data = a.export(tmp_path / "a1.zip")
    before = state_hash(central.store)
    later = hlc.wall_ms() + MAX_BUNDLE_AGE_MS + 24 * 3600 * 1000  # 12 months and a day later
    report = import_bundle(central.store, central.keys, data, now_ms=later)
    assert (report.status, report.reason) == ("rejected", "bundle.too_old")
    assert op_count(central.store) == 0 and state_hash(central.store) == before
    with central.store.read() as session:
        assert session.scalars(select(SyncAlarmRow.kind)).all() == ["too_old"]
    # Within the window the same file is imported normally.
    assert import_bundle(central.store, central.keys, data).status == "imported"
