"""S14: a genuine ack marks ops as received; a forged ack or one for another device marks nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.central.importer import import_bundle
from desktop.storage.models import OutboxOpRow
from desktop.sync import keys
from desktop.sync.ack import build_ack
from desktop.sync.errors import SyncError
from desktop.sync.laptop import apply_ack, export_bundle
from tests.sync.sync_helpers import Central, Laptop, make_laptop, person


def _acked(laptop: Laptop) -> int:
    with laptop.app.ctx.store.read() as session:
        stmt = select(func.count()).select_from(OutboxOpRow).where(OutboxOpRow.acked.is_(True))
        return int(session.scalar(stmt) or 0)


def test_acks_genuine_forged_and_for_another_device(
    tmp_path: Path, sqlite_central: Central
) -> None:
    a = make_laptop(tmp_path, "a", sqlite_central)
    b = make_laptop(tmp_path, "b", sqlite_central)
    a.save(person(1))
    b.save(person(2))
    report_a = import_bundle(
        sqlite_central.store, sqlite_central.keys, a.export(tmp_path / "a.zip")
    )
    report_b = import_bundle(
        sqlite_central.store, sqlite_central.keys, b.export(tmp_path / "b.zip")
    )
    assert report_a.ack is not None and report_b.ack is not None
    forger, _public = keys.new_signing_key()
    forged = build_ack(
        forger,
        store_id=sqlite_central.keys.store_id,
        device_id=a.device_id,
        incarnation=1,
        ranges=[(1, 10_000)],
        bundle_id=None,
    )
    with pytest.raises(SyncError) as caught:
        apply_ack(a.app.ctx.store, forged)
    assert caught.value.code == "ack.invalid"
    tampered = report_a.ack.replace(b'"contiguous_up_to":', b'"contiguous_up_to":9')
    with pytest.raises(SyncError):
        apply_ack(a.app.ctx.store, tampered)
    with pytest.raises(SyncError) as caught:
        apply_ack(a.app.ctx.store, report_b.ack)
    assert caught.value.code == "ack.other_device"
    assert _acked(a) == 0
    result = apply_ack(a.app.ctx.store, report_a.ack)
    assert result.acknowledged_up_to == report_a.applied and _acked(a) == report_a.applied
    # Acknowledged ops are not exported again; the key is bound, no enrolment block any more.
    assert export_bundle(a.app.ctx.store, tmp_path / "again.zip").path is None
    a.save(person(1, notes="suite"))
    nxt = export_bundle(a.app.ctx.store, tmp_path / "next.zip")
    assert nxt.seq_from == report_a.applied + 1
