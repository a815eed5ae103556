"""X12: the laptop's audit events ride in bundles; central keeps them (ids only) and reports a
dropped, altered or rewritten event as a chain break, in the import report and `central report`."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, select, text, update

from desktop.central.importer import import_bundle
from desktop.central.report import summary
from desktop.services import sync_laptop
from desktop.storage import audit_log
from desktop.storage.models import AuditEventRow, CentralAuditEventRow
from tests.sync.sync_helpers import Central, make_laptop, person


def _chain(central: Central, device_id: str) -> dict[str, object]:
    (found,) = [d for d in summary(central.store)["audit"] if d["device_id"] == device_id]
    return found


def test_audit_events_travel_and_a_dropped_event_is_a_reported_break(
    tmp_path: Path, central: Central
) -> None:
    a = make_laptop(tmp_path, "a", central)
    a.save(person(1, marker="Traceur"))
    result = sync_laptop.export_bundle(a.app.ctx, a.actor, tmp_path / "a1.zip")
    assert result.audit_events >= 1  # the save (ids and field counts only)
    first = import_bundle(central.store, central.keys, (tmp_path / "a1.zip").read_bytes())
    assert first.status == "imported" and first.audit_breaks == []
    sync_laptop.apply_ack(a.app.ctx, a.actor, first.ack or b"")
    chain = _chain(central, a.device_id)
    assert chain["ok"] and chain["events"] == result.audit_events
    with central.store.read() as session:
        stored = " ".join(
            repr(tuple(r)) for r in session.execute(text("SELECT * FROM central_audit_events"))
        )
    assert "Traceur" not in stored and "exemple.ca" not in stored

    # Later events: the export's own event, a save, another save; then someone deletes one.
    a.save(person(2))
    a.save(person(3))
    with a.app.ctx.store.unit_of_work() as session:
        seqs = sorted(session.scalars(select(AuditEventRow.seq)))
        victim = seqs[-2]
        session.execute(delete(AuditEventRow).where(AuditEventRow.seq == victim))
    second = import_bundle(central.store, central.keys, a.export(tmp_path / "a2.zip"))
    assert second.status == "imported"  # the ops still arrive; the break is reported
    kinds = {(b["kind"], b["seq_from"]) for b in second.audit_breaks}
    assert ("dropped", victim) in kinds and ("missing", victim) in kinds
    chain = _chain(central, a.device_id)
    assert not chain["ok"] and any(b["kind"] == "dropped" for b in chain["breaks"])


def test_an_event_altered_at_central_or_rewritten_on_the_laptop_is_reported(
    tmp_path: Path, central: Central
) -> None:
    a = make_laptop(tmp_path, "a", central)
    a.save(person(1))
    a.save(person(2))
    report = import_bundle(central.store, central.keys, a.export(tmp_path / "a1.zip"))
    assert report.audit_breaks == [] and _chain(central, a.device_id)["ok"]
    with central.store.unit_of_work() as session:
        session.execute(
            update(CentralAuditEventRow)
            .where(CentralAuditEventRow.device_id == a.device_id, CentralAuditEventRow.seq == 2)
            .values(action="staff.logout")
        )
    chain = _chain(central, a.device_id)
    assert {"kind": "altered", "seq_from": 2, "seq_to": 2} in chain["breaks"]

    # On the laptop, an already exported event is rewritten and the chain re-hashed after it.
    with a.app.ctx.store.unit_of_work() as session:
        rows = list(session.scalars(select(AuditEventRow).order_by(AuditEventRow.seq)))
        prev = rows[0].prev_hash
        for row in rows:
            if row.seq == 1:
                row.details = {"forged": True}
            row.prev_hash = prev
            row.hash = audit_log._digest(
                prev,
                row.seq,
                row.id,
                row.at,
                row.device_id,
                row.actor_id,
                row.action,
                row.entity_type,
                list(row.entity_ids),
                dict(row.details),
            )
            prev = row.hash
    again = import_bundle(
        central.store, central.keys, a.export(tmp_path / "a2.zip", include_acked=True)
    )
    assert ("rewritten", 1) in {(b["kind"], b["seq_from"]) for b in again.audit_breaks}
