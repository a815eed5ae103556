"""Laptops' audit trails at central: store the events bundles carry and check each device's chain.

Every bundle carries the laptop's audit events that central has not acknowledged (ids only). They
are stored per device and the chain is re-verified (sync-security.md §2.3, X12): an event whose
hash does not match its content is *altered*; an event that does not link to its predecessor is a
*broken link*; a hole in the sequence is *missing* (a later bundle may still bring it); an event
already received with another hash is *rewritten* history; a bundle that skips events inside the
range it declares has *dropped* them. The last two are recorded as alarms when they are seen (they
leave no trace in the stored chain). Limitation: what a laptop never exported can be rewritten.
A laptop restored from a backup starts a new incarnation: its chain forks at the backup and is
resent whole, so each (device, incarnation) has a chain of its own.
When a person is erased, their id in received events is replaced by its keyed hash (`redact`):
such an event's own hash can no longer be recomputed, but its links still are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Text, cast, select
from sqlalchemy.orm import Session

from desktop.domain.candidate import new_id
from desktop.storage.audit_log import GENESIS, digest_event
from desktop.storage.models import CentralAuditEventRow, SyncAlarmRow

ALTERED, BROKEN_LINK, MISSING, REWRITTEN, DROPPED = (
    "altered",
    "broken_link",
    "missing",
    "rewritten",
    "dropped",
)
ALARM_KIND = "audit_chain"


@dataclass(frozen=True)
class ChainBreak:
    kind: str
    seq_from: int
    seq_to: int

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "seq_from": self.seq_from, "seq_to": self.seq_to}


def _digest(row: CentralAuditEventRow) -> str:
    return digest_event(
        row.prev_hash,
        row.seq,
        row.event_id,
        row.at,
        row.event_device_id,
        row.actor_id,
        row.action,
        row.entity_type,
        list(row.entity_ids),
        dict(row.details),
    )


def _valid_event(event: dict[str, Any]) -> bool:
    strings = ("id", "at", "action", "prev_hash", "hash")
    return (
        isinstance(event.get("seq"), int)
        and not isinstance(event.get("seq"), bool)
        and event["seq"] >= 1
        and all(isinstance(event.get(k), str) for k in strings)
        and isinstance(event.get("entity_ids"), list)
        and isinstance(event.get("details"), dict)
        and all(
            event.get(k) is None or isinstance(event.get(k), str)
            for k in ("device_id", "actor_id", "entity_type")
        )
    )


def store_events(
    session: Session,
    device_id: str,
    incarnation: int,
    events: list[dict[str, Any]],
    bundle_id: str | None,
    head: str | None = None,
    hide: Callable[[str], str | None] | None = None,
) -> list[ChainBreak]:
    """Keep the events not yet held; returns (and records as alarms) rewritten or dropped ones.

    `hide(id)` gives the keyed hash of an erased person's id (their events are stored redacted)."""
    items = [e for e in events if _valid_event(e)]
    seqs = [int(e["seq"]) for e in items]
    breaks: list[ChainBreak] = [ChainBreak(ALTERED, 0, 0) for e in events if not _valid_event(e)]
    held: dict[int, str] = {}
    if seqs:
        held = dict(
            session.execute(
                select(CentralAuditEventRow.seq, CentralAuditEventRow.hash)
                .where(CentralAuditEventRow.device_id == device_id)
                .where(CentralAuditEventRow.incarnation == incarnation)
                .where(CentralAuditEventRow.seq.between(min(seqs), max(seqs)))
            ).all()
        )
    for event in items:
        seq = int(event["seq"])
        if seq in held:
            if held[seq] != event["hash"]:
                breaks.append(ChainBreak(REWRITTEN, seq, seq))
            continue
        held[seq] = str(event["hash"])
        ids = [str(i) for i in event["entity_ids"]]
        hidden = [hide(i) if hide else None for i in ids]
        session.add(
            CentralAuditEventRow(
                device_id=device_id,
                incarnation=incarnation,
                seq=seq,
                event_id=event["id"],
                at=event["at"],
                event_device_id=event.get("device_id"),
                actor_id=event.get("actor_id"),
                action=event["action"][:40],
                entity_type=event.get("entity_type"),
                entity_ids=[h or i for h, i in zip(hidden, ids, strict=True)],
                details=dict(event["details"]),
                prev_hash=event["prev_hash"],
                hash=event["hash"],
                bundle_id=bundle_id,
                redacted=any(hidden),
            )
        )
    last = _head_seq(head)
    if seqs and last is not None:
        present = set(seqs)
        breaks += [
            ChainBreak(DROPPED, a, b) for a, b in _holes(present, min(seqs), max(last, max(seqs)))
        ]
    for item in breaks:
        session.add(
            SyncAlarmRow(
                id=new_id(),
                kind=ALARM_KIND,
                device_id=device_id,
                bundle_id=bundle_id,
                file_sha256=None,
                details={**item.to_json(), "incarnation": incarnation},
                at=datetime.now(UTC),
            )
        )
    session.flush()
    return breaks


def _head_seq(head: str | None) -> int | None:
    if not head or ":" not in head:
        return None
    try:
        return int(head.split(":", 1)[0])
    except ValueError:
        return None


def _holes(present: set[int], first: int, last: int) -> list[tuple[int, int]]:
    holes: list[tuple[int, int]] = []
    start: int | None = None
    for seq in range(first, last + 1):
        if seq not in present:
            start = seq if start is None else start
        elif start is not None:
            holes.append((start, seq - 1))
            start = None
    if start is not None:
        holes.append((start, last))
    return holes


def verify_device(
    session: Session, device_id: str, incarnation: int
) -> tuple[int, int, list[ChainBreak]]:
    """(events held, contiguous up to, breaks) of one device incarnation's stored chain."""
    stmt = (
        select(CentralAuditEventRow)
        .where(CentralAuditEventRow.device_id == device_id)
        .where(CentralAuditEventRow.incarnation == incarnation)
        .order_by(CentralAuditEventRow.seq)
    )
    breaks: list[ChainBreak] = []
    expected, prev_hash, count, contiguous = 1, GENESIS, 0, 0
    gap_seen = False
    for row in session.scalars(stmt):
        count += 1
        if row.seq > expected:
            breaks.append(ChainBreak(MISSING, expected, row.seq - 1))
            gap_seen = True
        elif row.prev_hash != prev_hash:
            breaks.append(ChainBreak(BROKEN_LINK, row.seq, row.seq))
        if not row.redacted and _digest(row) != row.hash:
            breaks.append(ChainBreak(ALTERED, row.seq, row.seq))
        if not gap_seen:
            contiguous = row.seq
        expected, prev_hash = row.seq + 1, row.hash
    return count, contiguous, breaks


def devices(session: Session) -> list[tuple[str, int]]:
    """(device id, incarnation) of every chain held."""
    stmt = select(CentralAuditEventRow.device_id, CentralAuditEventRow.incarnation).distinct()
    return sorted((str(d), int(i)) for d, i in session.execute(stmt).all())


def summary(session: Session) -> list[dict[str, Any]]:
    """Per device incarnation: events held, contiguous up to, breaks of the chain, alarms seen."""
    alarms: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for row in session.scalars(select(SyncAlarmRow).where(SyncAlarmRow.kind == ALARM_KIND)):
        if row.device_id is None:
            continue
        details = {k: v for k, v in dict(row.details).items() if k != "incarnation"}
        key = (row.device_id, int(dict(row.details).get("incarnation", 1)))
        alarms.setdefault(key, []).append(details)
    found = []
    for device_id, incarnation in sorted(set(devices(session)) | set(alarms)):
        count, contiguous, breaks = verify_device(session, device_id, incarnation)
        seen = alarms.get((device_id, incarnation), [])
        found.append(
            {
                "device_id": device_id,
                "incarnation": incarnation,
                "events": count,
                "contiguous_up_to": contiguous,
                "ok": not breaks and not seen,
                "breaks": [b.to_json() for b in breaks] + seen,
            }
        )
    return found


def redact(session: Session, ids: dict[str, str]) -> None:
    """Replace erased ids (id → keyed hash) in received audit events; marks them redacted."""
    for ident, hidden in ids.items():
        stmt = select(CentralAuditEventRow).where(
            cast(CentralAuditEventRow.entity_ids, Text).contains(ident)
        )
        for row in session.scalars(stmt):
            row.entity_ids = [hidden if i == ident else i for i in row.entity_ids]
            row.redacted = True
