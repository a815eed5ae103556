"""C15 (access and portability within 30 days) and C12 (incident register with the eight fields,
exportable, and the persons on a lost laptop, bundle or print batch)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.app import Application
from desktop.central.importer import import_bundle
from desktop.domain.candidate import Candidate, Consent, Diploma
from desktop.domain.interchange import candidate_from_json
from desktop.domain.privacy_records import AccessRequest, Incident
from desktop.services.access import (
    list_access_requests,
    overdue_requests,
    portable_copy,
    save_access_request,
    write_portable_copy,
    write_transcript,
)
from desktop.services.actor import Actor
from desktop.services.candidates import save_candidate
from desktop.services.context import ServiceContext
from desktop.services.dossiers import render_dossiers
from desktop.services.erasure import erase_candidate
from desktop.services.incidents import (
    affected_persons,
    affected_sources,
    column_headers,
    export_incidents,
    list_incidents,
    save_incident,
)
from tests.sync.sync_helpers import Central, make_laptop, person


def _save(app: Application, admin: Actor, given: str, family: str) -> str:
    c = Candidate(
        given_names=given,
        family_name=family,
        email=f"{family.lower()}@exemple.ca",
        consents=[Consent(purpose="intake", granted=True, notice_version="2026-01-fr")],
        diplomas=[Diploma(title="Maîtrise en génie civil", level="master", country="VN")],
    )
    result = save_candidate(app.ctx, admin, c, intake=True)
    assert result.saved
    return result.candidate_id


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_c15_a_request_is_due_in_30_days_and_flagged_when_overdue(
    app: Application, admin: Actor
) -> None:
    cid = _save(app, admin, "Thị Hồng", "Nguyễn")
    request = AccessRequest("", cid, "access", date(2026, 10, 1), "La personne elle-même")
    assert save_access_request(app.ctx, admin, request, today=date(2026, 10, 2)) == []
    [stored] = list_access_requests(app.ctx, admin)
    assert stored.due_on == date(2026, 10, 31)
    assert overdue_requests(app.ctx, admin, today=date(2026, 10, 31)) == []
    assert [r.id for r in overdue_requests(app.ctx, admin, today=date(2026, 11, 1))] == [stored.id]
    stored.status, stored.done_on = "done", date(2026, 10, 20)
    issues = save_access_request(app.ctx, admin, stored, today=date(2026, 11, 1))
    assert [i.code for i in issues] == ["access.identity_not_verified"]
    stored.identity_verified = True
    assert save_access_request(app.ctx, admin, stored, today=date(2026, 11, 1)) == []
    assert overdue_requests(app.ctx, admin, today=date(2026, 12, 1)) == []


def test_c15_the_transcript_holds_all_data_and_the_copies_round_trip(
    app: Application, admin: Actor, tmp_path: Path
) -> None:
    cid = _save(app, admin, "Thị Hồng", "Nguyễn")
    render_dossiers(app.ctx, admin, [cid], "full", out=tmp_path / "d.pdf")
    pdf = write_transcript(app.ctx, admin, cid, tmp_path / "t.pdf", "fr")
    text = _text(pdf)
    for expected in (
        "Relevé des renseignements personnels",
        "Nguyễn",
        "nguyễn@exemple.ca",
        "Maîtrise en génie civil",
        "2026-01-fr",
        "Dossier imprimé",
        "Confidentiel",
    ):
        assert expected in text, expected
    assert "Transcript of personal information" in _text(
        write_transcript(app.ctx, admin, cid, tmp_path / "t-en.pdf", "en")
    )
    line = portable_copy(app.ctx, admin, cid, "json").decode("utf-8")
    data = json.loads(line)
    assert data["id"] == cid and data["family_name"] == "Nguyễn"
    back, issues = candidate_from_json(data)
    assert issues == [] and back.diplomas[0].title == "Maîtrise en génie civil"
    rows = list(
        csv.reader(io.StringIO(portable_copy(app.ctx, admin, cid, "csv").decode("utf-8-sig")))
    )
    assert len(rows) == 2 and "Nguyễn" in rows[1]
    write_portable_copy(app.ctx, admin, cid, tmp_path / "copy.jsonl", "json")
    assert (tmp_path / "copy.jsonl").read_text(encoding="utf-8").strip() == line.strip()


def test_c12_the_register_exports_the_eight_fields_in_csv_xlsx_and_pdf(
    app: Application, admin: Actor, tmp_path: Path
) -> None:
    incident = Incident(
        id="",
        occurred_from=date(2026, 11, 14),
        occurred_to=date(2026, 11, 15),
        known_on=date(2026, 11, 16),
        description="Portable volé au Salon de l'immigration",
        information_concerned="Noms, coordonnées, statut d'immigration",
        persons_count=42,
        risk_level="serious",
        risk_assessment="Base chiffrée ; statut d'immigration sensible",
        cai_notified_on=date(2026, 11, 17),
        persons_notified_on=date(2026, 11, 18),
        measures="Appareil révoqué ; mots de passe changés",
    )
    assert save_incident(app.ctx, admin, incident, today=date(2026, 11, 20)) == []
    assert export_incidents(app.ctx, admin, tmp_path / "r.csv", "csv", "fr") == 1
    rows = list(csv.reader((tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == column_headers("fr") and len(rows[0]) == 8
    assert "42" in rows[1] and "Portable volé au Salon de l'immigration" in rows[1]
    export_incidents(app.ctx, admin, tmp_path / "r.xlsx", "xlsx", "en")
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == column_headers("en")
    export_incidents(app.ctx, admin, tmp_path / "r.pdf", "pdf", "fr")
    text = _text(tmp_path / "r.pdf")
    assert "Registre des incidents de confidentialité" in text and "Appareil révoqué" in text
    incomplete = Incident("", None, None, date(2026, 11, 16), "", "", None, "low", "")
    codes = {i.field for i in save_incident(app.ctx, admin, incomplete, today=date(2026, 11, 20))}
    assert codes == {"incident.description", "incident.information_concerned"}
    assert len(list_incidents(app.ctx, admin)) == 1


def test_c12_lost_laptop_drill_lists_the_persons_on_the_device_and_in_the_bundle(
    tmp_path: Path, sqlite_central: Central
) -> None:
    lost = make_laptop(tmp_path, "portable-perdu", sqlite_central)
    other = make_laptop(tmp_path, "portable-b", sqlite_central)
    on_lost = {lost.save(person(i, "L")) for i in range(3)}
    other.save(person(9, "B"))
    report = import_bundle(sqlite_central.store, sqlite_central.keys, lost.export(tmp_path / "l.b"))
    import_bundle(sqlite_central.store, sqlite_central.keys, other.export(tmp_path / "o.b"))
    ctx = ServiceContext(store=sqlite_central.store)
    by_device = affected_persons(ctx, lost.actor, "device", lost.device_id)
    assert set(by_device.candidate_ids) == on_lost and by_device.count == 3
    assert report.bundle_id is not None
    by_bundle = affected_persons(ctx, lost.actor, "bundle", report.bundle_id)
    assert set(by_bundle.candidate_ids) == on_lost
    assert not affected_persons(ctx, lost.actor, "bundle", "inconnu").known


def test_c12_a_lost_print_batch_lists_its_persons(app: Application, admin: Actor) -> None:
    ids = [_save(app, admin, "Farès", f"Haddad{i}") for i in range(2)]
    render_dossiers(app.ctx, admin, ids, "full")
    [batch] = [s for s in affected_sources(app.ctx, admin) if s.source == "print_batch"]
    assert batch.size == 2
    affected = affected_persons(app.ctx, admin, "print_batch", batch.source_id)
    assert sorted(affected.candidate_ids) == sorted(ids) and affected.still_held == 2
    erase_candidate(app.ctx, admin, ids[0])
    assert affected_persons(app.ctx, admin, "print_batch", batch.source_id).still_held == 1
