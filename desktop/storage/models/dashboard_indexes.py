"""Indexes the programme dashboard reads through (docs/DASHBOARD.md, docs/PERFORMANCE.md).

Each one covers a dashboard subquery, so that the database answers it from the index alone:
the people registered in a period (and at an event), the live people of an event, and the
assessment of each person (suggestion, decision and its date).

PROPOSED, not yet created by a migration: they belong in migration 0006 (owned by the workspace
work, asked in NOTES) with an import of this module in `models/__init__.py`. Until then the
store does not have them and nothing imports this module but the dashboard benchmark, which
measures the refresh with and without them (docs/PERFORMANCE.md, "Programme dashboard").
"""

from __future__ import annotations

from sqlalchemy import Index

from desktop.storage.models.candidate import CandidateRow, EligibilityRow

COHORT = Index(
    "ix_candidates_cohort",
    CandidateRow.created_at,
    CandidateRow.event_id,
    CandidateRow.deleted_at,
    CandidateRow.id,
)
EVENT_PEOPLE = Index(
    "ix_candidates_event_live", CandidateRow.event_id, CandidateRow.deleted_at, CandidateRow.id
)
OUTCOME = Index(
    "ix_eligibility_assessments_outcome",
    EligibilityRow.candidate_id,
    EligibilityRow.suggested,
    EligibilityRow.decision,
    EligibilityRow.decided_at,
)
