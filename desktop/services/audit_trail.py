"""The audit trail as admins see it: filter by period and action, verify the chain, export.

Events name ids only (the actor's account is shown by its user name, resolved here); reading the
trail needs `audit.read` (admins). Two exports: CSV for a spreadsheet (a filtered view), and the
complete hash-chained JSON Lines file that `verify_export` — here or on any other machine —
checks event by event, so a reviewer can prove the trail was not edited after it left the laptop.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.domain.formatting import format_datetime
from desktop.domain.messages import register
from desktop.services.actor import Actor
from desktop.services.audit import record_now
from desktop.services.context import ServiceContext
from desktop.storage import audit_log, audit_queries, staff_store
from desktop.storage.audit_log import ChainCheck

EXPORT_FORMAT = "passerelle-audit"
EXPORT_VERSION = 1

register(
    {
        "audit.export_unreadable": (
            "Ce fichier n'est pas un export du journal d'audit Passerelle (ligne {line}).",
            "This file is not a Passerelle audit trail export (line {line}).",
        ),
        "audit.export_truncated": (
            "L'export est incomplet : {found} événement(s) sur {expected} annoncé(s).",
            "The export is incomplete: {found} event(s) of {expected} announced.",
        ),
    }
)


class AuditExportError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    actor_id: str | None
    actor: str  # the account's user name, "system" for the app itself
    action: str
    entity_type: str | None
    entity_ids: list[str]
    details: dict[str, Any] = field(default_factory=dict)
    device_id: str | None = None


@dataclass(frozen=True)
class AuditFilter:
    since: datetime | None = None  # inclusive, timezone-aware
    until: datetime | None = None  # exclusive
    action: str | None = None  # exact code, or a family ending in "."


def list_events(
    ctx: ServiceContext, actor: Actor, where: AuditFilter | None = None, limit: int = 1000
) -> list[AuditEntry]:
    """Newest first, at most `limit` events."""
    actor.require("audit.read")
    where = where or AuditFilter()
    with ctx.store.read() as session:
        names = staff_store.usernames_by_id(session)
        rows = audit_queries.filtered_events(
            session, since=where.since, until=where.until, action=where.action, limit=limit
        )
        return [
            AuditEntry(
                row.seq,
                row.at,
                row.actor_id,
                names.get(row.actor_id, row.actor_id) if row.actor_id else "system",
                row.action,
                row.entity_type,
                list(row.entity_ids),
                dict(row.details),
                row.device_id,
            )
            for row in rows
        ]


def actions(ctx: ServiceContext, actor: Actor) -> list[str]:
    """The action codes present in the trail (for the filter)."""
    actor.require("audit.read")
    with ctx.store.read() as session:
        return audit_queries.distinct_actions(session)


def verify(ctx: ServiceContext, actor: Actor) -> ChainCheck:
    actor.require("audit.read")
    with ctx.store.read() as session:
        return audit_queries.verify_stored(session)


def _write_atomically(out: Path, write: Any) -> None:
    partial = out.with_name(out.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def export_csv(
    ctx: ServiceContext,
    actor: Actor,
    out: Path,
    where: AuditFilter | None = None,
    lang: str = "fr",
) -> int:
    """The filtered events, oldest first, one row each; returns how many."""
    entries = list(reversed(list_events(ctx, actor, where, limit=0)))
    english = ["seq", "time_utc", "local_time", "actor_id", "actor", "action", "object_type"]
    french = ["seq", "heure_utc", "heure_locale", "id_acteur", "acteur", "action", "type_objet"]
    header = [
        *(english if lang == "en" else french),
        "object_ids" if lang == "en" else "ids_objets",
    ]
    header.append("details")

    def write(handle: Any) -> None:
        writer = csv.writer(handle)
        writer.writerow(header)
        for e in entries:
            writer.writerow(
                [
                    e.seq,
                    e.at.isoformat(),
                    format_datetime(e.at.astimezone(), lang),
                    e.actor_id or "",
                    e.actor,
                    e.action,
                    e.entity_type or "",
                    " ".join(e.entity_ids),
                    json.dumps(e.details, ensure_ascii=False, sort_keys=True) if e.details else "",
                ]
            )

    _write_atomically(out, write)
    record_now(ctx, actor, "audit.export", "audit", [], format="csv", count=len(entries))
    return len(entries)


def export_chain(ctx: ServiceContext, actor: Actor, out: Path) -> int:
    """The whole chain as JSON Lines: a header (device, count, head hash), then every event."""
    actor.require("audit.read")
    with ctx.store.read() as session:
        count, head = audit_log.head(session)
        total = audit_log.count(session)

        def write(handle: Any) -> None:
            header = {
                "format": EXPORT_FORMAT,
                "version": EXPORT_VERSION,
                "device_id": ctx.device_id,
                "events": total,
                "head_seq": count,
                "head_hash": head,
            }
            handle.write(json.dumps(header, sort_keys=True) + "\n")
            for row in audit_queries.chain(session):
                if row.seq > count:
                    break  # an event recorded while exporting belongs to the next export
                record = audit_queries.event_record(row)
                handle.write(json.dumps(record, sort_keys=True, ensure_ascii=True) + "\n")

        _write_atomically(out, write)
    record_now(ctx, actor, "audit.export", "audit", [], format="jsonl", count=total)
    return total


def verify_export(path: Path) -> ChainCheck:
    """Check an exported chain without any database: every hash, and nothing cut at the end."""
    records: list[dict[str, Any]] = []
    header: dict[str, Any] | None = None
    with path.open("r", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                raise AuditExportError("audit.export_unreadable", line=number) from None
            if not isinstance(obj, dict):
                raise AuditExportError("audit.export_unreadable", line=number)
            if number == 1:
                if obj.get("format") != EXPORT_FORMAT:
                    raise AuditExportError("audit.export_unreadable", line=number)
                header = obj
                continue
            records.append(obj)
    if header is None:
        raise AuditExportError("audit.export_unreadable", line=1)
    check = audit_queries.verify_records(records)
    if not check.ok:
        return check
    if len(records) != header.get("head_seq") or (
        records and records[-1].get("hash") != header.get("head_hash")
    ):
        raise AuditExportError(
            "audit.export_truncated", found=len(records), expected=header.get("head_seq")
        )
    return check
