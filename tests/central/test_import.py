"""Central import (sync-security.md §1.5) on SQLite and PostgreSQL: S1, S2/S7, S4, S5, S6, S13."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.central.importer import import_bundle
from desktop.central.report import summary
from desktop.services.actor import SYSTEM
from desktop.services.context import ServiceContext
from desktop.services.listing import list_ids
from desktop.storage.models import ImportedBundleRow, SyncAlarmRow
from desktop.sync import hlc
from desktop.sync.laptop import bump_incarnation, export_bundle
from desktop.sync.outbox import outbox_save
from tests.sync.sync_helpers import (
    Central,
    laptop_bundle,
    make_laptop,
    op_count,
    person,
    state_hash,
    twin_central,
)


def _url(central: Central, tmp_path: Path, name: str, postgres_url: str | None) -> str:
    return postgres_url if postgres_url else f"sqlite:///{tmp_path / name}"


def test_same_bundle_twice_and_renamed_copy_change_nothing(
    tmp_path: Path, central: Central
) -> None:
    data = laptop_bundle(tmp_path, central, 3)
    first = import_bundle(central.store, central.keys, data, ack_dir=tmp_path / "acks")
    assert first.status == "imported" and first.added == 3 and first.ack_path is not None
    before = (op_count(central.store), state_hash(central.store))
    shutil.copy(tmp_path / "b.zip", tmp_path / "renamed.zip")
    for again in (data, (tmp_path / "renamed.zip").read_bytes()):
        report = import_bundle(central.store, central.keys, again)
        assert report.status == "already_imported" and report.ack == first.ack
    assert (op_count(central.store), state_hash(central.store)) == before
    ctx = ServiceContext(store=central.store)
    assert len(list_ids(ctx, SYSTEM)) == 3
    assert len(list_ids(ctx, SYSTEM, search="zenobie1")) == 1
    assert summary(central.store)["candidates"] == 3


def test_overlapping_bundles_in_both_orders_equal_one_bundle(
    tmp_path: Path, central: Central, central_url: str
) -> None:
    laptop = make_laptop(tmp_path, "a", central)
    ids = [laptop.save(person(i)) for i in range(2)]
    early = laptop.export(tmp_path / "early.zip")
    again = laptop.export(tmp_path / "again.zip")  # S7: the same range, another bundle id
    laptop.save(person(0, id=ids[0], phone="+15145550000"))
    laptop.save(person(5))
    full = laptop.export(tmp_path / "full.zip")
    sqlite = central_url.startswith("sqlite")
    twins = [
        twin_central(
            central, f"sqlite:///{tmp_path / f'twin{i}.db'}" if sqlite else _pg(central_url, i)
        )
        for i in range(2)
    ]
    for bundle in (early, again, full):
        import_bundle(central.store, central.keys, bundle)
    for bundle in (full, again, early):
        report = import_bundle(twins[0].store, twins[0].keys, bundle)
        assert report.status == "imported"
    assert report.applied == 0 and report.skipped == report.applied + report.skipped
    import_bundle(twins[1].store, twins[1].keys, full)
    hashes = {state_hash(c.store) for c in (central, *twins)}
    assert len(hashes) == 1
    for c in twins:
        c.store.close()


def _pg(url: str, index: int) -> str:
    import psycopg

    base, name = url.rsplit("/", 1)
    twin = f"{name}_twin{index}"
    dsn = base.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{twin}"')
    return f"{base}/{twin}"


def test_gaps_are_reported_and_the_ack_stops_before_them(tmp_path: Path, central: Central) -> None:
    from desktop.sync.ack import read_ack
    from desktop.sync.laptop import apply_ack

    laptop = make_laptop(tmp_path, "a", central)
    laptop.save(person(1))
    first = laptop.export(tmp_path / "1.zip")
    apply_ack(laptop.app.ctx.store, import_bundle(central.store, central.keys, first).ack or b"")
    laptop.save(person(2))
    middle = laptop.export(tmp_path / "middle.zip")  # only ops after the acknowledged ones
    apply_ack(laptop.app.ctx.store, import_bundle(central.store, central.keys, middle).ack or b"")
    laptop.save(person(3))
    third = laptop.export(tmp_path / "3.zip")
    twin_url = (
        f"sqlite:///{tmp_path / 'gap.db'}"
        if central.url.startswith("sqlite")
        else _pg(central.url, 9)
    )
    gap = twin_central(central, twin_url)
    import_bundle(gap.store, gap.keys, first)
    report = import_bundle(gap.store, gap.keys, third)  # the middle bundle never arrived
    missing = middle_range(tmp_path / "middle.zip")
    assert report.missing == [missing]
    ack = read_ack(report.ack or b"", central.keys.sign_public)
    assert ack["contiguous_up_to"] == missing[0] - 1
    assert summary(gap.store)["devices"][0]["missing"] == [list(missing)]
    gap.store.close()


def middle_range(path: Path) -> tuple[int, int]:
    from desktop.sync import bundle_format as fmt

    manifest = fmt.parse(path.read_bytes()).manifest
    return int(str(manifest["seq_from"])), int(str(manifest["seq_to"]))


class Crash(Exception):
    pass


@pytest.mark.parametrize("k", [1, 2, 3])
def test_import_killed_midway_then_rerun_equals_an_uninterrupted_import(
    tmp_path: Path, central: Central, k: int
) -> None:
    data = laptop_bundle(tmp_path, central, 6)
    twin_url = (
        f"sqlite:///{tmp_path / 'ref.db'}"
        if central.url.startswith("sqlite")
        else _pg(central.url, 20 + k)
    )
    reference = twin_central(central, twin_url)
    import_bundle(reference.store, reference.keys, data, chunk_size=37)

    def crash(done: int) -> None:
        if done == k:
            raise Crash

    with pytest.raises(Crash):
        import_bundle(central.store, central.keys, data, chunk_size=37, after_chunk=crash)
    with central.store.read() as session:
        assert session.scalar(select(func.count()).select_from(ImportedBundleRow)) == 0
    report = import_bundle(central.store, central.keys, data, chunk_size=37)
    assert report.status == "imported" and report.skipped == 37 * k
    assert state_hash(central.store) == state_hash(reference.store)
    reference.store.close()


def test_restored_laptop_without_new_incarnation_raises_the_alarm(
    tmp_path: Path, central: Central
) -> None:
    laptop = make_laptop(tmp_path, "a", central)
    laptop.save(person(1))
    backup = tmp_path / "backup.db"
    shutil.copy(laptop.app.paths.database, backup)
    laptop.save(person(2))
    assert (
        import_bundle(central.store, central.keys, laptop.export(tmp_path / "1.zip")).status
        == "imported"
    )
    before = state_hash(central.store)
    laptop.app.close()
    shutil.copy(backup, laptop.app.paths.database)
    restored = make_restored(laptop.home)
    restored.save(person(3))  # reuses seqs already imported, with other content
    report = import_bundle(central.store, central.keys, restored.export(tmp_path / "2.zip"))
    assert (report.status, report.reason) == ("rejected", "bundle.equivocation")
    assert state_hash(central.store) == before
    with central.store.read() as session:
        assert session.scalar(select(SyncAlarmRow.kind)) == "equivocation"
    bump_incarnation(restored.app.ctx.store)
    restored.save(person(4))
    result = export_bundle(restored.app.ctx.store, tmp_path / "3.zip")
    assert result.seq_from == 1
    report = import_bundle(central.store, central.keys, (tmp_path / "3.zip").read_bytes())
    assert report.status == "imported"
    restored.app.close()


def make_restored(home: Path):  # type: ignore[no-untyped-def]
    from desktop.app import open_application
    from tests.sync.sync_helpers import PASSWORD, Laptop

    app = open_application(home)
    return Laptop(app, app.unlock("admin", PASSWORD), "a", home)


def test_a_clock_two_years_ahead_is_quarantined(tmp_path: Path, central: Central) -> None:
    laptop = make_laptop(tmp_path, "a", central)
    two_years = 2 * 365 * 24 * 3600 * 1000
    laptop.app.ctx.save_hooks[0] = outbox_save(lambda: hlc.wall_ms() + two_years)
    laptop.save(person(1))
    report = import_bundle(central.store, central.keys, laptop.export(tmp_path / "b.zip"))
    assert (report.status, report.reason) == ("rejected", "bundle.future_clock")
    assert op_count(central.store) == 0
    with central.store.read() as session:
        assert session.scalar(select(SyncAlarmRow.kind)) == "future_clock"
    laptop.app.ctx.save_hooks[0] = outbox_save()  # clock corrected: the laptop warns
    from desktop.sync.laptop import clock_warning

    assert clock_warning(laptop.app.ctx.store) == hlc.CLOCK_BEHIND


def test_an_import_leaves_the_cycle_collector_as_it_found_it(
    tmp_path: Path, central: Central
) -> None:
    laptop = make_laptop(tmp_path, "a", central)
    laptop.save(person(1))
    data = laptop.export(tmp_path / "b.zip")
    assert gc.isenabled()
    assert import_bundle(central.store, central.keys, data[:-10]).status == "rejected"
    assert gc.isenabled()
    assert import_bundle(central.store, central.keys, data).status == "imported"
    assert gc.isenabled()
    gc.disable()
    try:  # an embedding program that runs without it keeps it off
        import_bundle(central.store, central.keys, data)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_import_progress_goes_chunk_by_chunk_once_the_bundle_is_verified(
    tmp_path: Path, central: Central
) -> None:
    data = laptop_bundle(tmp_path, central, 3)
    seen: list[tuple[int, int]] = []
    report = import_bundle(
        central.store, central.keys, data, chunk_size=50, progress=lambda d, t: seen.append((d, t))
    )
    chunks = -(-report.applied // 50)
    assert report.status == "imported" and chunks > 2
    assert seen == [(done, chunks) for done in range(chunks + 1)]
    assert import_bundle(central.store, central.keys, data[:-10], progress=seen.append).status == (
        "rejected"
    )  # a bundle that fails verification reports no progress
    assert len(seen) == chunks + 1
