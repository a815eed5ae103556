"""The audit trail for admins: events of every kind, filters, chain check, exports verified."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.app import Application
from desktop.domain.candidate import Candidate, Consent, EventRef
from desktop.services import audit_trail, candidates, dossiers, events, settings
from desktop.services.actor import Actor
from desktop.services.exporting import export_candidates
from desktop.services.importing import import_file
from desktop.storage.models import AuditEventRow

MARKER = "Zyxwvutsrq"


def _busy_day(app: Application, admin: Actor, tmp_path: Path) -> str:
    event = events.create_event(app.ctx, admin, "SALON")
    settings.set_setting(app.ctx, admin, "current_event_id", event.id)
    c = Candidate(
        given_names=MARKER,
        family_name="Ouellet",
        email=f"{MARKER.lower()}@example.ca",
        event=EventRef(code="SALON"),
        consents=[Consent(purpose="intake", granted=True)],
    )
    cid = candidates.save_candidate(app.ctx, admin, c).candidate_id
    c.phone = "514 555 0123"
    candidates.save_candidate(app.ctx, admin, c)
    candidates.record_decision(app.ctx, admin, cid, "admitted")
    dossiers.render_dossiers(app.ctx, admin, [cid], "full")
    export_candidates(app.ctx, admin, tmp_path / "out.jsonl")
    import_file(app.ctx, admin, tmp_path / "out.jsonl")
    return cid


def test_every_kind_of_change_leaves_an_event_with_ids_only(
    app: Application, admin: Actor, tmp_path: Path
) -> None:
    cid = _busy_day(app, admin, tmp_path)
    entries = audit_trail.list_events(app.ctx, admin)
    found = {e.action for e in entries}
    assert {
        "event.create",
        "settings.change",
        "candidate.create",
        "candidate.update",
        "candidate.decide",
        "dossier.print",
        "candidate.export",
        "candidate.import",
    } <= found
    assert {e.actor for e in entries} <= {"admin", "system"}
    assert any(cid in e.entity_ids for e in entries)
    assert MARKER.lower() not in repr(entries).lower()


def test_filters_by_action_family_and_period(
    app: Application, admin: Actor, tmp_path: Path
) -> None:
    _busy_day(app, admin, tmp_path)
    only = audit_trail.list_events(app.ctx, admin, audit_trail.AuditFilter(action="candidate."))
    assert only and all(e.action.startswith("candidate.") for e in only)
    exact = audit_trail.list_events(app.ctx, admin, audit_trail.AuditFilter(action="dossier.print"))
    assert [e.action for e in exact] == ["dossier.print"]
    future = datetime.now(UTC) + timedelta(days=1)
    assert audit_trail.list_events(app.ctx, admin, audit_trail.AuditFilter(since=future)) == []
    past = audit_trail.AuditFilter(until=datetime.now(UTC) - timedelta(days=1))
    assert audit_trail.list_events(app.ctx, admin, past) == []
    assert "dossier.print" in audit_trail.actions(app.ctx, admin)


def test_a_tampered_event_breaks_the_chain_where_it_was_edited(
    app: Application, admin: Actor, tmp_path: Path
) -> None:
    _busy_day(app, admin, tmp_path)
    assert audit_trail.verify(app.ctx, admin).ok
    with app.ctx.store.unit_of_work() as session:
        session.execute(update(AuditEventRow).where(AuditEventRow.seq == 3).values(action="x.y"))
    check = audit_trail.verify(app.ctx, admin)
    assert not check.ok and check.broken_at == 3


def test_the_chain_export_verifies_elsewhere_and_detects_edits_and_cuts(
    app: Application, admin: Actor, tmp_path: Path
) -> None:
    _busy_day(app, admin, tmp_path)
    out = tmp_path / "audit.jsonl"
    total = audit_trail.export_chain(app.ctx, admin, out)
    check = audit_trail.verify_export(out)
    assert check.ok and check.events == total
    lines = out.read_text("utf-8").splitlines()
    edited = json.loads(lines[4])
    edited["details"] = {"count": 999}
    (tmp_path / "edited.jsonl").write_text(
        "\n".join([*lines[:4], json.dumps(edited), *lines[5:]]) + "\n", "utf-8"
    )
    broken = audit_trail.verify_export(tmp_path / "edited.jsonl")
    assert not broken.ok and broken.broken_at == edited["seq"]
    (tmp_path / "cut.jsonl").write_text("\n".join(lines[:-1]) + "\n", "utf-8")
    with pytest.raises(audit_trail.AuditExportError) as caught:
        audit_trail.verify_export(tmp_path / "cut.jsonl")
    assert caught.value.code == "audit.export_truncated"
    assert MARKER.lower() not in out.read_text("utf-8").lower()


def test_csv_export_has_one_row_per_filtered_event_in_quebec_time(
    app: Application, admin: Actor, tmp_path: Path
) -> None:
    _busy_day(app, admin, tmp_path)
    out = tmp_path / "audit.csv"
    where = audit_trail.AuditFilter(action="candidate.")
    count = audit_trail.export_csv(app.ctx, admin, out, where, lang="fr")
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == count and all(r["action"].startswith("candidate.") for r in rows)
    assert "\u00a0h" in rows[0]["heure_locale"]  # « 14 h 30 », « 21 h » on the hour
    assert [int(r["seq"]) for r in rows] == sorted(int(r["seq"]) for r in rows)
    assert "audit.export" in audit_trail.actions(app.ctx, admin)
