"""The whole coordinator workflow on the central PostgreSQL store (dates, numerics, IN lists)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.central.setup import open_central
from desktop.domain.enums import Role
from desktop.domain.workspace import Introduction, SubsidyFile
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.services.employers import delete_employer, list_employers, list_openings
from desktop.services.followups import due_followups, placement_followups
from desktop.services.introductions import draft_placement, introduce, record_outcome
from desktop.services.matching import suggest_candidates, suggest_openings
from desktop.services.placements import get_subsidy, list_placements, record_placement, save_subsidy
from desktop.services.workspace_common import WorkspaceError
from tests.support.workspace_data import company, opening, person

COORDINATOR = Actor(staff_id=None, username="coordo", role=Role.COORDINATOR)


@pytest.mark.postgres
def test_the_coordinator_workflow_runs_on_postgresql(postgres_url: str) -> None:
    store = open_central(postgres_url)
    try:
        ctx = ServiceContext(store=store)
        employer = company(ctx, COORDINATOR, "Génie Laval — Ingénierie Hồ & Fils")
        job = opening(ctx, COORDINATOR, employer, noc="22300", education="bac", french="basic")
        candidate = person(ctx, COORDINATOR, "محمد", "العلي", targets=("22300",))
        person(ctx, COORDINATOR, "Sans", "Consentement", targets=("22300",), share=False)
        (match,) = suggest_candidates(ctx, COORDINATOR, job, date(2026, 6, 1))
        assert match.candidate_id == candidate and match.score == 40 + 20 + 10 + 5
        assert [
            s.match.opening_id for s in suggest_openings(ctx, COORDINATOR, candidate).suggestions
        ] == [job]
        intro = introduce(
            ctx,
            COORDINATOR,
            Introduction(candidate_id=candidate, employer_id=employer, opening_id=job),
            date(2026, 4, 20),
        ).id
        assert record_outcome(ctx, COORDINATOR, intro, "hired", date(2026, 4, 25)).offer_placement
        placement = draft_placement(ctx, COORDINATOR, intro)
        assert placement.hours_per_week == Decimal("37.50")
        placement.start_date = date(2026, 4, 30)
        assert record_placement(ctx, COORDINATOR, placement).saved
        assert save_subsidy(
            ctx, COORDINATOR, SubsidyFile(placement_id=placement.id, planned_weeks=52)
        ).saved
        subsidy = get_subsidy(ctx, COORDINATOR, placement.id)
        assert subsidy is not None and subsidy.max_hourly_subsidy_cents == 1610  # 30 April 2026
        assert [f.due_on for f in placement_followups(ctx, COORDINATOR, placement.id)] == [
            date(2026, 5, 30),
            date(2026, 7, 30),
            date(2026, 10, 30),
            date(2027, 4, 30),
        ]
        due = due_followups(ctx, COORDINATOR, date(2026, 6, 3))
        assert [f.due_on for f in due.overdue] == [date(2026, 5, 30)] and due.this_week == []
        (summary,) = list_employers(ctx, COORDINATOR, "genie laval")
        assert summary.placements == 1 and summary.supported_since == date(2026, 4, 20)
        assert list_openings(ctx, COORDINATOR)[0].hours_per_week == 37.5
        assert list_placements(ctx, COORDINATOR)[0].subsidy_status == "drafted"
        with pytest.raises(WorkspaceError):
            delete_employer(ctx, COORDINATOR, employer)
    finally:
        store.close()
