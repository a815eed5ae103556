"""Figures of the central store: distinct candidates (after merges), per event, device, outcome.

`central report --json` prints `summary()`; its `candidates` key is a contract (DESIGN.md §4).
Its `programme` key holds the programme dashboard's figures (docs/DASHBOARD.md) for a period and
event, all time and every event by default.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select

from desktop.central.ranges import device_incarnations, gaps, received_ranges
from desktop.domain.dashboard import DashboardFilter, programme_today
from desktop.storage import dashboard_queries
from desktop.storage.models import (
    CandidateRow,
    EligibilityRow,
    EventRow,
    OpLogRow,
    SyncAlarmRow,
    SyncConflictRow,
    SyncDeviceRow,
)
from desktop.storage.store import Store

_LIVE = CandidateRow.deleted_at.is_(None)


def summary(
    store: Store, programme: DashboardFilter | None = None, as_of: date | None = None
) -> dict[str, Any]:
    with store.read() as session:
        total = int(
            session.scalar(select(func.count()).select_from(CandidateRow).where(_LIVE)) or 0
        )
        per_event = {
            (code or "-"): int(n)
            for code, n in session.execute(
                select(EventRow.code, func.count(CandidateRow.id))
                .select_from(CandidateRow)
                .outerjoin(EventRow, EventRow.id == CandidateRow.event_id)
                .where(_LIVE)
                .group_by(EventRow.code)
            )
        }
        outcomes = {
            (s or "-"): int(n)
            for s, n in session.execute(
                select(EligibilityRow.suggested, func.count())
                .join(CandidateRow, CandidateRow.id == EligibilityRow.candidate_id)
                .where(_LIVE)
                .group_by(EligibilityRow.suggested)
            )
        }
        decisions = {
            (s or "undecided"): int(n)
            for s, n in session.execute(
                select(EligibilityRow.decision, func.count())
                .join(CandidateRow, CandidateRow.id == EligibilityRow.candidate_id)
                .where(_LIVE)
                .group_by(EligibilityRow.decision)
            )
        }
        names = dict(session.execute(select(SyncDeviceRow.device_id, SyncDeviceRow.name)).all())
        devices = []
        for device_id, incarnation in device_incarnations(session):
            ranges = received_ranges(session, device_id, incarnation)
            candidates = session.scalar(
                select(func.count(func.distinct(OpLogRow.candidate_id))).where(
                    OpLogRow.device_id == device_id, OpLogRow.incarnation == incarnation
                )
            )
            devices.append(
                {
                    "device_id": device_id,
                    "name": names.get(device_id),
                    "incarnation": incarnation,
                    "ops": sum(b - a + 1 for a, b in ranges),
                    "candidates": int(candidates or 0),
                    "received": [list(r) for r in ranges],
                    "missing": [list(g) for g in gaps(ranges)],
                }
            )
        conflicts = int(
            session.scalar(
                select(func.count())
                .select_from(SyncConflictRow)
                .where(SyncConflictRow.resolved_at.is_(None))
            )
            or 0
        )
        alarms = int(session.scalar(select(func.count()).select_from(SyncAlarmRow)) or 0)
        figures = dashboard_queries.programme_figures(
            session, programme or DashboardFilter(), as_of or programme_today()
        )
    return {
        "candidates": total,
        "per_event": per_event,
        "per_eligibility": outcomes,
        "per_decision": decisions,
        "devices": devices,
        "open_conflicts": conflicts,
        "alarms": alarms,
        "programme": figures.to_json(),
    }


def event_id_for_code(store: Store, code: str) -> str | None:
    """The id of the event with this code (case-insensitive), for `report --event CODE`."""
    with store.read() as session:
        for event_id, event_code, _name in dashboard_queries.event_choices(session):
            if event_code.casefold() == code.strip().casefold():
                return event_id
    return None
