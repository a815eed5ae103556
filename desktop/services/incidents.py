"""The register of confidentiality incidents (Law 25 s. 3.5–3.8; domain.md C12).

Entries hold the eight elements the Regulation requires and the ids of the persons affected,
found with the helpers below: who was on a lost laptop (device), in a lost bundle, or in a lost
print batch (a `dossier.print` audit event). Exports: CSV, XLSX and PDF, with the eight fields.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.central.materialise import alias_map, resolve
from desktop.domain import privacy_messages  # noqa: F401  (registers the message texts)
from desktop.domain.candidate import new_id
from desktop.domain.formatting import format_date
from desktop.domain.issues import Issue, errors
from desktop.domain.privacy_messages import code_label
from desktop.domain.privacy_records import Incident, validate_incident
from desktop.services.actor import Actor
from desktop.services.audit import record, record_now
from desktop.services.changes import Changed
from desktop.services.context import ServiceContext
from desktop.services.dossiers import privacy_settings
from desktop.services.erasure import PrivacyError
from desktop.storage import erasure_store, privacy_store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def save_incident(
    ctx: ServiceContext, actor: Actor, incident: Incident, today: date | None = None
) -> list[Issue]:
    actor.require("privacy.manage")
    issues = validate_incident(incident, today or date.today())
    if errors(issues):
        return issues
    if not incident.id:
        incident.id = new_id()
    with ctx.store.unit_of_work() as session:
        created = privacy_store.save_incident(session, incident, actor.staff_id)
        record(
            session,
            ctx,
            actor,
            "incident.create" if created else "incident.update",
            "incident",
            [incident.id],
            risk=incident.risk_level,
            persons=incident.persons_count,
        )
    ctx.changes.emit(Changed("privacy"))
    return issues


def list_incidents(ctx: ServiceContext, actor: Actor) -> list[Incident]:
    actor.require("privacy.manage")
    with ctx.store.read() as session:
        return privacy_store.incidents(session)


def get_incident(ctx: ServiceContext, actor: Actor, incident_id: str) -> Incident:
    actor.require("privacy.manage")
    with ctx.store.read() as session:
        found = privacy_store.incident(session, incident_id)
    if found is None:
        raise PrivacyError("incident.not_found", id=incident_id)
    return found


# Who was affected --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Affected:
    """Persons concerned by a lost device, bundle or print batch (ids only)."""

    source: str  # device | bundle | print_batch
    source_id: str
    candidate_ids: list[str]  # as the store knows them now (merges resolved)
    still_held: int  # how many are still in this store (others were erased or purged)
    known: bool = True  # False: no such device, bundle or batch here

    @property
    def count(self) -> int:
        return len(self.candidate_ids)


def _resolved(session: Session, ids: set[str]) -> list[str]:
    if erasure_store.is_central(session):
        aliases = alias_map(session)
        ids = {resolve(aliases, i) for i in ids}
    return sorted(ids)


def affected_persons(ctx: ServiceContext, actor: Actor, source: str, source_id: str) -> Affected:
    """The persons on device D, in bundle B or in print batch P."""
    actor.require("privacy.manage")
    with ctx.store.read() as session:
        if source == "device":
            found: set[str] | None = erasure_store.candidates_from_device(session, source_id)
            known = bool(found) or source_id in erasure_store.known_devices(session)
        elif source == "bundle":
            found = erasure_store.candidates_in_bundle(session, source_id)
            known = found is not None
        elif source == "print_batch":
            batch = erasure_store.print_batch(session, source_id)
            found = set(batch) if batch is not None else None
            known = found is not None
        else:
            raise ValueError(source)
        ids = _resolved(session, found or set())
        held = len(erasure_store.live_candidate_ids(session, ids))
    return Affected(source, source_id, ids, held, known)


@dataclass(frozen=True)
class SourceChoice:
    source: str
    source_id: str
    when: datetime | None
    size: int


def affected_sources(ctx: ServiceContext, actor: Actor) -> list[SourceChoice]:
    """Devices, imported bundles and print batches this store knows (for the picker)."""
    actor.require("privacy.manage")
    choices: list[SourceChoice] = []
    with ctx.store.read() as session:
        for device_id in erasure_store.known_devices(session):
            choices.append(SourceChoice("device", device_id, None, 0))
        for bundle in erasure_store.imported_bundles(session):
            choices.append(
                SourceChoice("bundle", bundle.bundle_id, bundle.imported_at, bundle.op_count)
            )
        for event in erasure_store.print_batches(session):
            choices.append(SourceChoice("print_batch", event.id, event.at, len(event.entity_ids)))
    return choices


# Exports -------------------------------------------------------------------------------------------

COLUMN_KEYS = (
    "incident.occurred",
    "incident.known_on",
    "incident.description",
    "incident.information_concerned",
    "incident.persons_count",
    "incident.risk_assessment",
    "incident.notifications",
    "incident.measures",
)
_HEADERS = {
    "incident.occurred": ("Date ou période de l'incident", "Date or period of the incident"),
    "incident.known_on": ("Date de prise de connaissance", "Date the incident became known"),
    "incident.description": ("Description des circonstances", "Description of the circumstances"),
    "incident.information_concerned": (
        "Renseignements personnels visés",
        "Personal information concerned",
    ),
    "incident.persons_count": ("Nombre de personnes concernées", "Number of persons concerned"),
    "incident.risk_assessment": (
        "Évaluation du risque de préjudice sérieux",
        "Assessment of the risk of serious injury",
    ),
    "incident.notifications": (
        "Avis à la CAI et aux personnes (dates)",
        "Notices to the CAI and the persons (dates)",
    ),
    "incident.measures": ("Mesures prises", "Measures taken"),
}


def column_headers(lang: str) -> list[str]:
    return [_HEADERS[k][1 if lang == "en" else 0] for k in COLUMN_KEYS]


def _day(value: date | None, lang: str) -> str:
    return format_date(value, lang) if value else ""


def incident_cells(i: Incident, lang: str) -> list[str]:
    """The eight required elements of one entry, as text in `lang`."""
    en = lang == "en"
    if i.occurred_from and i.occurred_to and i.occurred_to != i.occurred_from:
        occurred = f"{_day(i.occurred_from, lang)} – {_day(i.occurred_to, lang)}"
    else:
        occurred = _day(i.occurred_from, lang) or ("unknown" if en else "inconnue")
    count = "" if i.persons_count is None else str(i.persons_count)
    if i.persons_count is None:
        count = "to be determined" if en else "à déterminer"
    risk = code_label("RiskLevel", i.risk_level, lang)
    if i.risk_assessment.strip():
        risk += f" — {i.risk_assessment.strip()}"
    cai = _day(i.cai_notified_on, lang) or ("not notified" if en else "non avisée")
    persons = _day(i.persons_notified_on, lang) or ("not notified" if en else "non avisées")
    notices = f"CAI: {cai}; persons: {persons}" if en else f"CAI : {cai} ; personnes : {persons}"
    return [
        occurred,
        _day(i.known_on, lang),
        i.description,
        i.information_concerned,
        count,
        risk,
        notices,
        i.measures,
    ]


def export_incidents(
    ctx: ServiceContext, actor: Actor, out: Path, fmt: str = "csv", lang: str = "fr"
) -> int:
    """Write the register (CSV, XLSX or PDF) through a temporary file; returns the entry count."""
    entries = list_incidents(ctx, actor)
    headers = column_headers(lang)
    partial = out.with_name(out.name + ".part")
    try:
        if fmt == "csv":
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow(headers)
            for entry in entries:
                writer.writerow(incident_cells(entry, lang))
            partial.write_bytes(buffer.getvalue().encode("utf-8-sig"))
        elif fmt == "xlsx":
            from openpyxl import Workbook

            book = Workbook()
            sheet = book.active
            assert sheet is not None
            sheet.title = "Incidents"
            sheet.append(headers)
            for entry in entries:
                sheet.append(incident_cells(entry, lang))
            book.save(partial)
        elif fmt == "pdf":
            from desktop.pdf.transcript import render_register  # reportlab when used

            blocks = [
                (
                    f"{_day(e.known_on, lang)} — {e.description[:80]}",
                    list(zip(headers, incident_cells(e, lang), strict=True)),
                )
                for e in entries
            ]
            render_register(
                blocks,
                partial,
                lang=lang,
                organisation=privacy_settings(ctx).get("organisation", ""),
            )
        else:
            raise ValueError(fmt)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    record_now(ctx, actor, "incident.export", "incident", [e.id for e in entries], format=fmt)
    return len(entries)
