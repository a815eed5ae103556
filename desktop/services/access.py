"""Access and portability (Law 25 s. 27–32; domain.md C15): the register of access requests
(due 30 days after receipt, overdue flagged) and, for one candidate, a PDF transcript of all
data held and a structured copy (one JSON Lines record of the interchange contract, or CSV).

Answering requests is an admin's job; every transcript or copy made is recorded in the audit
trail (ids only), and appears in the next transcript's list of disclosures.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from desktop.domain import privacy_messages  # noqa: F401  (registers the message texts)
from desktop.domain.candidate import Candidate, new_id
from desktop.domain.interchange import candidate_to_json
from desktop.domain.issues import Issue, errors
from desktop.domain.privacy_records import AccessRequest, validate_access_request
from desktop.services.actor import Actor
from desktop.services.audit import record, record_now
from desktop.services.changes import Changed
from desktop.services.context import ServiceContext
from desktop.services.dossiers import privacy_settings
from desktop.services.erasure import PrivacyError
from desktop.services.tabular import CSV_COLUMNS, candidate_to_row
from desktop.storage import privacy_store
from desktop.storage.candidate_store import load_candidate

_DISCLOSED = ("dossier.print", "privacy.transcript", "privacy.portability")


def save_access_request(
    ctx: ServiceContext, actor: Actor, request: AccessRequest, today: date | None = None
) -> list[Issue]:
    """Create or update a request (a new one gets an id); returns the issues, nothing saved on error."""
    actor.require("privacy.manage")
    issues = validate_access_request(request, today or date.today())
    if errors(issues):
        return issues
    if not request.id:
        request.id = new_id()
    with ctx.store.unit_of_work() as session:
        created = privacy_store.save_access_request(session, request, actor.staff_id)
        record(
            session,
            ctx,
            actor,
            "access_request.create" if created else "access_request.update",
            "access_request",
            [request.id] + ([request.candidate_id] if request.candidate_id else []),
            kind=request.kind,
            status=request.status,
        )
    ctx.changes.emit(Changed("privacy"))
    return issues


def list_access_requests(
    ctx: ServiceContext, actor: Actor, candidate_id: str | None = None
) -> list[AccessRequest]:
    actor.require("privacy.manage")
    with ctx.store.read() as session:
        return privacy_store.access_requests(session, candidate_id)


def overdue_requests(
    ctx: ServiceContext, actor: Actor, today: date | None = None
) -> list[AccessRequest]:
    day = today or date.today()
    return [r for r in list_access_requests(ctx, actor) if r.overdue(day)]


def _candidate(
    ctx: ServiceContext, candidate_id: str
) -> tuple[Candidate, list[tuple[datetime, str, dict[str, object]]]]:
    with ctx.store.read() as session:
        c = load_candidate(session, candidate_id)
        if c is None:
            raise PrivacyError("erasure.not_found", id=candidate_id)
        events = privacy_store.events_about(session, candidate_id, _DISCLOSED)
    return c, events


def _disclosure_text(action: str, details: dict[str, object], lang: str) -> tuple[str, str]:
    names = {
        "dossier.print": ("Dossier imprimé", "Dossier printed"),
        "privacy.transcript": ("Relevé remis (accès)", "Transcript given (access)"),
        "privacy.portability": ("Copie structurée remise", "Structured copy given"),
    }
    details_text = {
        "full": ("dossier complet (coordination)", "full dossier (coordinators)"),
        "anonymized": ("profil anonymisé (entreprise)", "anonymized profile (company)"),
        "candidate": ("copie remise à la personne", "copy given to the person"),
        "json": ("JSON", "JSON"),
        "csv": ("CSV", "CSV"),
    }
    pair = names.get(action, (action, action))
    code = str(details.get("variant") or details.get("format") or "")
    detail = details_text.get(code, (code, code))
    en = lang == "en"
    return (pair[1] if en else pair[0]), (detail[1] if en else detail[0])


def write_transcript(
    ctx: ServiceContext,
    actor: Actor,
    candidate_id: str,
    out: Path,
    lang: str = "fr",
    request_id: str | None = None,
) -> Path:
    """The PDF transcript of everything held about the candidate (through a temporary file)."""
    actor.require("privacy.manage")
    c, events = _candidate(ctx, candidate_id)
    from desktop.pdf.transcript import Disclosure, render_transcript  # reportlab when used

    disclosures = [Disclosure(at, *_disclosure_text(a, d, lang)) for at, a, d in events]
    partial = out.with_name(out.name + ".part")
    try:
        render_transcript(
            c, partial, lang=lang, settings=privacy_settings(ctx), disclosures=disclosures
        )
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    ids = [candidate_id] + ([request_id] if request_id else [])
    record_now(ctx, actor, "privacy.transcript", "candidate", ids, lang=lang)
    return out


def portable_copy(ctx: ServiceContext, actor: Actor, candidate_id: str, fmt: str = "json") -> bytes:
    """One candidate's data in a structured, commonly used format: JSON Lines or CSV (UTF-8)."""
    actor.require("privacy.manage")
    c, _events = _candidate(ctx, candidate_id)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(CSV_COLUMNS)
        writer.writerow(candidate_to_row(c))
        data = buffer.getvalue().encode("utf-8-sig")
    else:
        data = (json.dumps(candidate_to_json(c), ensure_ascii=False) + "\n").encode("utf-8")
    return data


def write_portable_copy(
    ctx: ServiceContext,
    actor: Actor,
    candidate_id: str,
    out: Path,
    fmt: str = "json",
    request_id: str | None = None,
) -> Path:
    data = portable_copy(ctx, actor, candidate_id, fmt)
    partial = out.with_name(out.name + ".part")
    with partial.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, out)
    ids = [candidate_id] + ([request_id] if request_id else [])
    record_now(ctx, actor, "privacy.portability", "candidate", ids, format=fmt)
    return out


def close_request(
    ctx: ServiceContext, actor: Actor, request: AccessRequest, done_on: date | None = None
) -> list[Issue]:
    return save_access_request(
        ctx, actor, replace(request, status="done", done_on=done_on or date.today())
    )
